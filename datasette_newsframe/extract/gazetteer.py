"""Small built-in gazetteers: countries and what stands for them, organisations, titles.

Kept deliberately small and editable; entities.py uses them to type capitalised
names without a statistical model (fast, offline, no download).
"""
import pathlib


# country -> (adjectives / demonyms, places and institutions that stand for its government)
COUNTRIES = {
    "United States": (["US", "U.S.", "American", "America", "USA", "United States of America"],
                      ["Washington", "the White House", "White House", "the Pentagon", "Pentagon"]),
    "Russia": (["Russian", "Russian Federation"], ["Moscow", "the Kremlin", "Kremlin"]),
    "Ukraine": (["Ukrainian"], ["Kiev", "Kyiv"]),
    "Iran": (["Iranian", "Islamic Republic"], ["Tehran"]),
    "China": (["Chinese", "People's Republic of China"], ["Beijing"]),
    "United Kingdom": (["UK", "U.K.", "British", "Britain", "Great Britain"], ["London", "Downing Street"]),
    "France": (["French"], ["Paris", "the Elysee", "Elysee"]),
    "Germany": (["German"], ["Berlin"]),
    "Belarus": (["Belarusian", "Belarussian"], ["Minsk"]),
    "Israel": (["Israeli"], ["Tel Aviv", "Jerusalem"]),
    "Syria": (["Syrian"], ["Damascus"]),
    "Iraq": (["Iraqi"], ["Baghdad"]),
    "Afghanistan": (["Afghan"], ["Kabul"]),
    "Turkey": (["Turkish", "Türkiye"], ["Ankara"]),
    "Saudi Arabia": (["Saudi"], ["Riyadh"]),
    "Japan": (["Japanese"], ["Tokyo"]),
    "North Korea": (["North Korean", "DPRK"], ["Pyongyang"]),
    "South Korea": (["South Korean"], ["Seoul"]),
    "India": (["Indian"], ["New Delhi"]),
    "Pakistan": (["Pakistani"], ["Islamabad"]),
    "Mexico": (["Mexican"], ["Mexico City"]),
    "Canada": (["Canadian"], ["Ottawa"]),
    "Cuba": (["Cuban"], ["Havana"]),
    "Venezuela": (["Venezuelan"], ["Caracas"]),
    "Poland": (["Polish"], ["Warsaw"]),
    "Sweden": (["Swedish"], ["Stockholm"]),
    "Italy": (["Italian"], ["Rome"]),
    "Spain": (["Spanish"], ["Madrid"]),
    "Egypt": (["Egyptian"], ["Cairo"]),
    "Libya": (["Libyan"], ["Tripoli"]),
    "Yemen": (["Yemeni"], ["Sanaa"]),
    "Lebanon": (["Lebanese"], ["Beirut"]),
    "Qatar": (["Qatari"], ["Doha"]),
    "Georgia (country)": (["Georgian"], ["Tbilisi"]),
    "Kazakhstan": (["Kazakh"], ["Astana"]),
    "Brazil": (["Brazilian"], ["Brasilia"]),
    "Australia": (["Australian"], ["Canberra"]),
    "Greece": (["Greek"], ["Athens"]),
    "Palestine": (["Palestinian"], ["Ramallah"]),
    "Vietnam": (["Vietnamese"], ["Hanoi"]),
}


def _more_countries():
    """The world's other countries, from countries.tsv (training/build_countries.py): {name:
    (words for its people, capital)} and {formal or other name: country} ("Republic of Armenia")."""
    countries, names = {}, {}
    path = pathlib.Path(__file__).with_name("countries.tsv")
    for line in path.read_text(encoding="utf-8").splitlines():
        name, people, seats, others = line.split("\t")
        if name not in COUNTRIES:
            countries[name] = (people.split(";") if people else [], seats.split(";") if seats else [])
            names.update((other, name) for other in others.split(";") if other)
    return countries, names


# After the hand-made list, which wins: its metonyms ("the Kremlin") are read with more care.
MORE_COUNTRIES, COUNTRY_NAMES = _more_countries()
COUNTRIES.update(MORE_COUNTRIES)

# Regions and cities that are places, not governments.
PLACES = {
    "Europe", "Asia", "Africa", "Middle East", "West", "Donetsk", "Lugansk", "Luhansk", "Crimea",
    "Donbas", "Donbass", "Iowa", "New Hampshire", "Ohio", "Florida", "Pennsylvania", "Texas",
    "California", "New York", "Virginia", "North Carolina", "Nevada", "Colorado", "Michigan",
    "Wisconsin", "Arizona", "Utah", "Indiana", "Illinois", "Chicago", "Philadelphia", "Cleveland",
    "Las Vegas", "Los Angeles", "Brooklyn", "Manhattan", "Vermont", "Arkansas", "Alabama", "Georgia",
    "South Carolina", "Missouri", "Minnesota", "Maine", "Oregon", "Washington State", "Baltimore",
    "Boston", "Miami", "Denver", "Atlanta", "Dallas", "Houston", "Detroit", "Milwaukee", "Tennessee",
    "Kentucky", "Louisiana", "Massachusetts", "Connecticut", "New Jersey", "Maryland", "Kansas",
    "Nebraska", "Oklahoma", "Mississippi", "Idaho", "Montana", "Wyoming", "Alaska", "Hawaii",
    "New Mexico", "West Virginia", "Delaware", "Rhode Island", "Iowa City", "Des Moines",
    "Charlotte", "Orlando", "Tampa", "Phoenix", "Seattle", "San Francisco", "Silicon Valley",
    "Wall Street", "Capitol Hill", "Mosul", "Aleppo", "Benghazi", "Gaza", "West Bank",
    "Stockholm", "Geneva", "Brussels", "Vienna",
    # more places of several words, whose words would otherwise read as a person's name ("San Bernardino")
    "North Dakota", "South Dakota", "Puerto Rico", "San Bernardino", "San Diego", "San Antonio", "San Jose",
    "New Orleans", "Boca Raton", "Little Rock", "Salt Lake City", "Kansas City", "Oklahoma City", "St. Louis",
    "Fort Worth", "El Paso", "Palm Beach", "West Palm Beach", "Cedar Rapids", "Sioux City", "Orange County",
    "Mexico City", "Hong Kong", "New Delhi", "Tel Aviv", "Abu Dhabi", "Addis Ababa", "Buenos Aires",
    "Rio de Janeiro", "Sao Paulo", "Kuala Lumpur", "Ho Chi Minh City", "Rust Belt", "Sun Belt",
}

# Spelling variants that are one place.
PLACE_VARIANTS = {"Luhansk": "Lugansk", "Kyiv": "Kiev", "Donbass": "Donbas"}

# Well-known organisations (canonical name -> other names).
ORGANIZATIONS = {
    "NATO": ["North Atlantic Treaty Organization", "the North Atlantic Treaty Organization"],
    "OSCE": ["Organization for Security and Cooperation in Europe",
             "Organization for Security and Co-operation in Europe"],
    "United Nations": ["UN", "U.N."],
    "European Union": ["EU", "E.U."],
    "Reuters": [], "Interfax": [], "CNN": [], "Fox News": ["Fox"], "MSNBC": [], "NBC": ["NBC News"],
    "CBS": ["CBS News"], "ABC": ["ABC News"], "BBC": [], "Associated Press": ["AP"], "TASS": [],
    "Xinhua": [], "IRNA": [], "Press TV": ["Iran Press TV"], "Politico": ["POLITICO"], "Breitbart": ["Breitbart News"],
    "The New York Times": ["New York Times", "the New York Times", "NYT"],
    "The Washington Post": ["Washington Post", "the Washington Post"], "USA Today": ["USA TODAY"],
    "The Wall Street Journal": ["Wall Street Journal", "the Wall Street Journal", "WSJ"],
    "HuffPost": ["Huffington Post", "The Huffington Post"], "Twitter": [], "Facebook": [],
    # outlets whose name is "The" and a common word: "The Hill reported" is the paper, not a Mr. Hill;
    # with a capital T only ("on the Hill" is Capitol Hill, "the Atlantic" an ocean, "a New Yorker"
    # and "Economist Jared Bernstein" no outlets)
    "The Hill": [], "The Atlantic": [], "The Nation": [], "The Intercept": [], "The Guardian": [],
    "The Economist": [], "The New Yorker": [], "The Daily Beast": ["the Daily Beast", "Daily Beast"],
    "The Daily Caller": ["the Daily Caller", "Daily Caller"], "The Federalist": [], "National Review": [],
    "Brookings Institution": ["the Brookings Institution", "Brookings"],
    "FBI": ["Federal Bureau of Investigation"], "CIA": ["Central Intelligence Agency"],
    "State Department": ["the State Department", "Department of State"],
    "Justice Department": ["the Justice Department", "Department of Justice", "DOJ"],
    "Congress": [], "Senate": ["the Senate"], "House of Representatives": ["the House"],
    "Supreme Court": ["the Supreme Court"], "Democratic Party": ["Democrats", "the Democratic Party", "DNC",
                                                                 "Democratic National Committee", "Democrat Party",
                                                                 "Democrat National Committee"],
    "Republican Party": ["Republicans", "GOP", "the Republican Party", "RNC",
                         "Republican National Committee"],
    "Clinton Foundation": ["the Clinton Foundation"], "Pew Research Center": ["Pew"],
    "Gallup": [], "Quinnipiac University": ["Quinnipiac"], "WikiLeaks": [], "ISIS": ["Islamic State", "ISIL"],
    "Taliban": ["the Taliban"], "Hamas": [], "Hezbollah": [], "Planned Parenthood": [],
    "Islamic Revolution Guards Corps": ["IRGC", "Islamic Revolutionary Guard Corps", "Revolutionary Guards"],
    "al-Qaeda": ["Al Qaeda", "Al-Qaeda", "al Qaeda", "al-Qaida", "Al-Qaida", "Al Qaida"],
    "al-Shabaab": ["Al-Shabaab", "al-Shabab", "Al-Shabab", "Al Shabaab"],
    "Department of Defense": ["Defense Department", "the Defense Department", "DoD"],
    "Joint Chiefs of Staff": ["Joint Chiefs", "the Joint Chiefs"],
    "Kremlin": [], "World Health Organization": ["WHO"],
    # outlets and companies that stand alone as speakers ("Forbes reported", "Verizon said")
    "Forbes": [], "PolitiFact": ["Politifact", "PolitiFact.com"], "Western Journal": ["Western Journalism"],
    "Haaretz": [], "Mashable": [], "Verizon": [], "DuPont": [], "Boeing": [],
    "Bloomberg News": [], "Axios": [], "BuzzFeed": ["BuzzFeed News"], "NPR": [], "PBS": [], "Gawker": [],
    "TMZ": [], "Univision": [], "Telemundo": [],
    # news agencies and state media that analysts compare (and that are quoted as sources)
    "RIA Novosti": ["RIA"], "Sputnik": [], "RT": ["Russia Today"], "Fars News Agency": ["Fars"],
    "Tasnim News Agency": ["Tasnim"], "Mehr News Agency": [], "ISNA": [], "Al Jazeera": [],
    "Al Arabiya": [], "Anadolu Agency": ["Anadolu"], "Global Times": [], "CGTN": [], "People's Daily": [],
    "Kyodo News": ["Kyodo"], "Yonhap": [], "KCNA": ["Korean Central News Agency"],
    "Agence France-Presse": ["AFP"], "Voice of America": ["VOA"], "IAEA": ["International Atomic Energy Agency"],
}

# the news outlets among them, by kind: "the daily" is no broadcaster, "the network" no paper
BROADCASTERS = {"CNN", "Fox News", "MSNBC", "NBC", "CBS", "ABC", "BBC", "NPR", "PBS", "Univision", "Telemundo", "RT",
                "CGTN", "Al Jazeera", "Al Arabiya", "Press TV", "Voice of America"}
NEWS_AGENCIES = {"Reuters", "Associated Press", "Agence France-Presse", "TASS", "Xinhua", "IRNA", "Interfax",
                 "RIA Novosti", "Sputnik", "Kyodo News", "Yonhap", "KCNA", "Anadolu Agency", "Fars News Agency",
                 "Tasnim News Agency", "Mehr News Agency", "ISNA", "Bloomberg News"}
MAGAZINES = {"The Atlantic", "The New Yorker", "The Economist", "National Review", "Forbes", "The Nation", "Time",
             "Newsweek", "Rolling Stone", "Vanity Fair", "Vogue", "Variety", "Mother Jones", "The Weekly Standard"}
OUTLETS = BROADCASTERS | NEWS_AGENCIES | MAGAZINES | {
    "Politico", "Breitbart", "The New York Times", "The Washington Post", "USA Today", "The Wall Street Journal",
    "HuffPost", "The Hill", "The Intercept", "The Guardian", "The Daily Beast", "The Daily Caller", "The Federalist",
    "PolitiFact", "Western Journal", "Haaretz", "Mashable", "Axios", "BuzzFeed", "Gawker", "TMZ", "Global Times",
    "People's Daily"}
# companies among the organisations, which "the company" can mean
COMPANIES = {"Twitter", "Facebook", "Verizon", "DuPont", "Boeing", "Gallup"}
# last words of the names of outlets not on the lists ("Des Moines Register", "Daily Mail", "WNYC Radio");
# paper names' are common words alone ("Register to vote", "Star quarterback")
PAPER_NAME_ENDS = {"Register", "Chronicle", "Globe", "Examiner", "Inquirer", "Dispatch", "Star", "Sentinel", "Courant",
                   "Republic", "Bee"}
BROADCAST_NAME_ENDS = {"Radio", "TV", "Television", "Channel", "Network", "Show", "Podcast"}
OUTLET_NAME_ENDS = PAPER_NAME_ENDS | BROADCAST_NAME_ENDS | {
    "Times", "Post", "News", "Journal", "Herald", "Tribune", "Gazette", "Magazine", "Press", "Daily", "Weekly",
    "Review", "Monitor", "Observer", "Telegraph", "Sentinel", "Mail", "Express", "Independent", "Report"}
# last words of company names ("Apple Inc.", "UnitedHealth Group", "United Technologies")
COMPANY_NAME_ENDS = {"Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Company", "Corporation", "LLC", "Ltd", "Ltd.",
                     "Group", "Holdings", "Bank", "Airlines", "Motors", "Technologies", "Partners", "Management",
                     "Capital", "Industries", "Pharmaceuticals", "Logistics", "Studios", "Entertainment", "Energy",
                     "Services"}

# Words that end an organisation's name.
ORG_SUFFIXES = {
    "Institution", "Institute", "Affairs", "Party", "Agency", "Department", "Ministry", "Council", "Committee",
    "Campaign", "University", "College", "News", "Times", "Post", "Journal", "Foundation",
    "Association", "Bank", "Corp", "Corp.", "Inc", "Inc.", "Group", "Organization", "Organisation",
    "Union", "Alliance", "Commission", "Court", "Administration", "Center", "Centre", "Network",
    "Company", "Co.", "Fund", "Service", "Office", "Board", "Bureau", "Force", "Forces", "Army",
    "Navy", "Guard", "Society", "Federation", "Caucus", "PAC", "Project", "Coalition", "Network",
    "Magazine", "Herald", "Tribune", "Gazette", "Press", "Radio", "TV", "Television", "Channel",
    "Club", "League", "Authority", "House", "Senate", "Congress", "Assembly", "Parliament", "Police",
    "Reserve", "Secretariat", "Watch", "Initiative", "Trust", "Fed", "Airlines", "Motors", "Media",
    "Award", "Awards", "Prize", "Act", "Amendment", "Program", "Programme", "Summit", "Conference", "Festival",
    "Museum", "Library", "Hospital", "Airport", "Stadium", "Hotel", "Casino", "Tower", "Plaza", "Hall", "Square",
    "LLC", "Ltd", "Ltd.", "Holdings", "Management", "Partners", "Corps", "Guards", "Brigade", "Brigades",
    "Command", "Services", "Corporation", "Research", "Insider", "Beacon", "United", "Front", "Matter", "Security",
    "Church", "Cathedral", "Mosque", "Synagogue", "Temple", "Ministries", "School", "Academy", "Seminary",
    "Steelworkers",
}
# words that end the name of a paper, a show or another organisation ("Des Moines Register", "The
# Rachel Maddow Show", "Drudge Report", "United Technologies", "Border Patrol", "CREDO Action") but
# alone are common words ("Show me", "Politics"): organisation words only after a name
ORG_NAME_ENDS = PAPER_NAME_ENDS | {"Show", "Podcast", "Report", "Reports", "Technologies", "Studios", "Politics",
                                   "Insights", "Solutions", "Partnership", "Enforcement", "Patrol", "Operations",
                                   "Action", "Movement", "Cable", "Workers"}
ORG_SUFFIXES |= ORG_NAME_ENDS

# The Arabic article as it is written in Latin script before a name ("Bashar al-Assad", "el-Sisi")
ARABIC_ARTICLES = ("al", "el", "ad", "as", "ash", "an", "ar", "at", "az")
# Lowercase words inside a personal name ("Bill de Blasio", "Mohammed bin Salman")
NAME_PARTICLES = ("de", "van", "von", "bin", "ibn", "bint", "al", "da", "del", "der", "la", "le", "di")

# Titles written before a name; they go into the role, not into the name.
TITLES = {
    "President", "Vice", "Secretary", "Sen.", "Senator", "Rep.", "Representative", "Gov.", "Governor",
    "Mr.", "Mrs.", "Ms.", "Miss", "Dr.", "Prof.", "Professor", "Minister", "Prime", "Deputy",
    "Chancellor", "Judge", "Justice", "Gen.", "General", "Col.", "Lt.", "Adm.", "Admiral", "Mayor",
    "Speaker", "Chairman", "Chairwoman", "Chair", "Leader", "Ambassador", "Attorney", "Sheriff",
    "Pope", "King", "Queen", "Prince", "Princess", "Sir", "Lord", "Lady", "Director", "Commissioner",
    "Spokesman", "Spokeswoman", "Spokesperson", "Chief", "Foreign", "Defense", "Defence", "State",
    "Former", "former", "First", "Supreme", "Ayatollah", "Sheikh", "Rev.", "Reverend", "Father",
    "Candidate", "Nominee", "Majority", "Minority", "Whip", "Senior", "Adviser", "Advisor",
    "Congressman", "Congresswoman", "Councilman", "Councilwoman", "Assemblyman", "Officer",
    "Executive", "CEO", "Founder", "Co-founder", "Alderman", "Councilor", "Chancellor", "Provost", "Dean",
    "Host", "Anchor", "Correspondent", "Columnist", "Editor", "Pastor", "Bishop", "Rabbi", "Imam", "Cardinal", "Trustee", "Ret.", "U.S.", "US", "Democratic",
    "Republican", "Independent", "Presidential", "Sgt.", "Capt.", "Maj.", "Cmdr.", "Gen", "Sens.", "Del.", "Pres.",
    "Reps.", "Govs.", "Messrs.", "Mx.", "Emperor", "Sultan", "Emir", "Crown", "General's", "Democrat", "GOP",
    "Senators", "Representatives", "Governors", "Staff",  # "Senators Rubio and Cruz", "Chief of Staff Jake Sullivan"
    "Reporter", "Editor-in-Chief", "Advocate", "Rival", "Challenger", "Supervisor", "Counsel", "Co-anchor",
    "Co-host", "Recorder", "Treasurer", "Comptroller", "Auditor", "Economist", "Pollster", "Strategist", "Analyst",
    "Historian",
    # honorifics of Shia clerics and descendants of the Prophet, as Press TV and IRNA write them
    "Seyyed", "Sayyed", "Sayyid", "Seyed", "Hojatoleslam", "Hojjatoleslam", "Mufti",
}

# First names with a usual gender, used only to pick a pronoun's antecedent.
FEMALE = set("""Hillary Chelsea Wendy Nancy Elizabeth Elisabeth Kellyanne Sarah Huma Donna Debbie Melania
Ivanka Michelle Condoleezza Madeleine Angela Theresa Marine Nikki Carly Jill Susan Loretta Janet Kamala
Tulsi Amy Kirsten Maxine Dianne Barbara Laura Hope Katrina Megyn Ann Anne Mary Jennifer Jessica Karen
Lisa Linda Patricia Maria Margaret Catherine Kate Emily Rachel Rebecca Heather Julie Julia Claire Alice
Lindsey Stephanie Sharon Deborah Lynn Kathleen Katie Kelly Christina Christine Valerie Jane Joan Joanne
Marsha Martha Cynthia Diane Gina Tammy Tina Abigail Ilhan Alexandria Sheila Roberta Victoria Anna Olga
Maria Natalia Yulia Irina Ursula Liz Meghan Samantha Ruth Sonia Elena Neera Jen Jennifer Nina Zoe Zainab
Jeanne Brenda Carol Sandra Betsy Dana Erin Gretchen Joy Robin Sally Shirley Wanda Ellen Helen Gloria""".split())
MALE = set("""Dean Donald Bill William Barack Joe Joseph Mike Michael Tim Timothy Bernie Ted Marco Jeb John Ben
Chris Christopher Rand Paul Vladimir Sergei Sergey Antony Anthony Jim James Robert Bob Rudy Newt Reince
Corey Steve Stephen Steven Eric Jared Rick Scott Mitch Harry Chuck Charles Jason Kevin Lindsey George Dick
Al Mark David Dave Tom Thomas Jack Richard Ron Ronald Gary Lester Matt Matthew Sean Bret Brian Andrew
Peter Frank Jeff Jeffrey Ken Kenneth Larry Lawrence Martin Patrick Sam Samuel Tony Xi Recep Benjamin
Bashar Kim Hassan Mohammad Mohammed Ali Abdullah Emmanuel Boris Justin Alexei Dmitry Dmitri Lavrov Jens
Hunter Beau Adam Josh Joshua Ryan Nick Nicholas Dan Daniel Greg Gregory Jon Jonathan Keith Kyle Luke Ned
Nate Nathan Phil Philip Ray Raymond Roger Russ Russell Todd Tucker Wolf Jake Jorge Carlos Luis Juan
Jose Pedro Marc Franklin Woodrow Dwight Lyndon Gerald Herbert Abraham Ulysses Mitt Lamar Orrin Roy
Kellen Doug Douglas Howard Hugh Ian Ivan Jerry Jesse Jimmy Karl Kurt Lou Louis Mario Maurice Max Mel
Mo Ned Neil Oliver Oscar Pat Pete Ralph Reggie Rex Rob Rod Ross Rudolph Stan Stuart Ted Terry Travis
Trey Troy Vince Vincent Walter Wayne Will Willie Yuri Zach Zachary Evan Elijah Eli Andy Alan Allen Ari""".split()) - {"Lindsey", "Kim"}

# first names given to both men and women, so with no gender ("Kerry Washington", "Kerry Healey");
# the Census list is not used here: its names include surnames ("Clinton", "Cruz") that would
# swallow the place after them
FIRST_NAMES = MALE | FEMALE | {"Kerry"}


def _census_first_names():
    """{first name: "male", "female" or "either"} from the 1990 US Census lists (built by
    training/build_census_first_names.py). Used for gender and to tell a first name inside a run
    of capitalised words, not to find names: many of its 5,000 names are words (Will, Hope)."""
    path = pathlib.Path(__file__).with_name("census_first_names.tsv")
    return dict(line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line)


_CENSUS = _census_first_names()
CENSUS_FIRST_NAMES = frozenset(_CENSUS)
# gender by first name and by honorific, lowercased keys: the lists above first (a name on both
# counts as female), then the Census ("Rachel", "Nicole", "Milton")
GENDER_OF_FIRST = {**{n.lower(): g for n, g in _CENSUS.items() if g != "either"},
                   **{n.lower(): "male" for n in MALE}, **{n.lower(): "female" for n in FEMALE}}
HONORIFIC_GENDER = {"mr.": "male", "mr": "male", "mrs.": "female", "mrs": "female", "ms.": "female", "ms": "female"}
# words of a role that say nothing about which office it is ("the former U.S. ...")
ROLE_FILLER = {"the", "of", "former", "then", "us", "u.s.", "a", "an", "and", "for"}

PRONOUNS = {"he": "male", "she": "female", "they": None, "it": None, "we": None, "i": None}

# Short forms of first names, so "Joe Biden" and "Joseph R. Biden" share a merge key.
# People whose "Jr." is part of the name they are known by, so "Joseph R. Biden Jr." is "Joe Biden"
# (for everyone else a suffix marks another person: "Donald Trump Jr."). Keys as actors.name_key.
FORMAL_JR = {"joseph biden", "martin king", "henry gates", "william buckley", "robert casey"}

NICKNAMES = {"joe": "joseph", "bill": "william", "billy": "william", "will": "william", "bernie": "bernard",
             "mike": "michael", "tim": "timothy", "chris": "christopher", "jim": "james", "jimmy": "james",
             "bob": "robert", "rob": "robert", "bobby": "robert", "dick": "richard", "rick": "richard",
             "tom": "thomas", "tony": "anthony", "dan": "daniel", "dave": "david", "ben": "benjamin",
             "liz": "elizabeth", "beth": "elizabeth", "kate": "katherine", "katie": "katherine",
             "jeff": "jeffrey", "steve": "stephen", "matt": "matthew", "pat": "patrick", "nick": "nicholas",
             "sam": "samuel", "alex": "alexander", "andy": "andrew", "greg": "gregory", "ed": "edward",
             "larry": "lawrence", "jerry": "gerald", "ron": "ronald", "don": "donald", "doug": "douglas",
             "chuck": "charles", "charlie": "charles", "hank": "henry", "fred": "frederick", "ken": "kenneth"}

# State news agencies and the government whose ministries they report as "the Foreign Ministry".
AGENCY_COUNTRY = {"TASS": "Russia", "RIA Novosti": "Russia", "RIA": "Russia", "Interfax": "Russia",
                  "Sputnik": "Russia", "Xinhua": "China", "CGTN": "China", "IRNA": "Iran", "Fars": "Iran",
                  "Tasnim": "Iran", "Mehr": "Iran", "ISNA": "Iran", "Press TV": "Iran", "KCNA": "North Korea",
                  "Yonhap": "South Korea", "Kyodo": "Japan", "Anadolu": "Turkey", "SANA": "Syria",
                  "Ukrinform": "Ukraine", "BelTA": "Belarus"}

# One name, several spellings in the Latin alphabet (wire services transliterate Russian and
# Ukrainian names differently: TASS writes "Sergey Lavrov", Press TV "Sergei Lavrov").
TRANSLITERATIONS = {"sergey": "sergei", "sergej": "sergei", "alexey": "alexei", "aleksei": "alexei",
                    "aleksey": "alexei", "andrey": "andrei", "dmitry": "dmitri", "dmitriy": "dmitri",
                    "yuriy": "yuri", "yury": "yuri", "nikolay": "nikolai", "vitaliy": "vitali", "vitaly": "vitali",
                    "anatoliy": "anatoli", "anatoly": "anatoli", "valeriy": "valeri", "valery": "valeri",
                    "yevgeny": "evgeni", "yevgeniy": "evgeni", "evgeny": "evgeni", "evgeniy": "evgeni",
                    "gennady": "gennadi", "gennadiy": "gennadi", "grigory": "grigori", "georgy": "georgi",
                    "maksim": "maxim", "oleksiy": "oleksii", "mariya": "maria", "tatyana": "tatiana",
                    "mohammad": "mohammed", "muhammad": "mohammed", "mohamed": "mohammed"}

# US states with the short forms news writes after a politician's name ("Sen. Marco Rubio (R-Fla.)",
# "Rep. Steve Israel, D-N.Y."): AP abbreviations and postal codes. "The Florida senator" is the one of them
# the article ties to Florida.
US_STATES = {
    "Alabama": ("Ala.", "AL"), "Alaska": ("Alaska", "AK"), "Arizona": ("Ariz.", "AZ"), "Arkansas": ("Ark.", "AR"),
    "California": ("Calif.", "CA"), "Colorado": ("Colo.", "CO"), "Connecticut": ("Conn.", "CT"),
    "Delaware": ("Del.", "DE"), "Florida": ("Fla.", "FL"), "Georgia": ("Ga.", "GA"), "Hawaii": ("Hawaii", "HI"),
    "Idaho": ("Idaho", "ID"), "Illinois": ("Ill.", "IL"), "Indiana": ("Ind.", "IN"), "Iowa": ("Iowa", "IA"),
    "Kansas": ("Kan.", "KS"), "Kentucky": ("Ky.", "KY"), "Louisiana": ("La.", "LA"), "Maine": ("Maine", "ME"),
    "Maryland": ("Md.", "MD"), "Massachusetts": ("Mass.", "MA"), "Michigan": ("Mich.", "MI"),
    "Minnesota": ("Minn.", "MN"), "Mississippi": ("Miss.", "MS"), "Missouri": ("Mo.", "MO"),
    "Montana": ("Mont.", "MT"), "Nebraska": ("Neb.", "NE"), "Nevada": ("Nev.", "NV"),
    "New Hampshire": ("N.H.", "NH"), "New Jersey": ("N.J.", "NJ"), "New Mexico": ("N.M.", "NM"),
    "New York": ("N.Y.", "NY"), "North Carolina": ("N.C.", "NC"), "North Dakota": ("N.D.", "ND"),
    "Ohio": ("Ohio", "OH"), "Oklahoma": ("Okla.", "OK"), "Oregon": ("Ore.", "OR"), "Pennsylvania": ("Pa.", "PA"),
    "Rhode Island": ("R.I.", "RI"), "South Carolina": ("S.C.", "SC"), "South Dakota": ("S.D.", "SD"),
    "Tennessee": ("Tenn.", "TN"), "Texas": ("Texas", "TX"), "Utah": ("Utah", "UT"), "Vermont": ("Vt.", "VT"),
    "Virginia": ("Va.", "VA"), "Washington": ("Wash.", "WA"), "West Virginia": ("W.Va.", "WV"),
    "Wisconsin": ("Wis.", "WI"), "Wyoming": ("Wyo.", "WY"),
}
# the states as one regex alternation, longest first ("West Virginia" before "Virginia")
US_STATE_NAMES = "|".join(sorted(US_STATES, key=len, reverse=True))

# Titles that go with a regnal or religious name, not a first name: "Pope Francis" is no "Francis
# Gary Powers" and "Queen Elizabeth" no Elizabeth Warren, so such a name binds to no other person
# (entities._nearest_full) and is an actor of its own, title included (actors.regnal_names).
REGNAL_TITLES = ("Pope", "King", "Queen", "Emperor", "Empress", "Sultan")
