"""Named entities without a model: capitalised runs typed by gazetteers and shape.

Pure function of the text: ``find_entities(body)`` returns Mention records with
offsets into ``body``, a canonical name per actor within the article, the role
the article gives (title words before the name) and, for places standing for a
government, the surface form in ``via``.
"""
import bisect
import functools
import re
from dataclasses import dataclass
from typing import Optional

from ..records import Mention
from . import lexicon
from .gazetteer import (ARABIC_ARTICLES, CENSUS_FIRST_NAMES, COUNTRIES, COUNTRY_NAMES, FIRST_NAMES,
                        GENDER_OF_FIRST, HONORIFIC_GENDER, MORE_COUNTRIES, NAME_PARTICLES, ORG_NAME_ENDS,
                        ORG_SUFFIXES, ORGANIZATIONS, PLACE_VARIANTS, PLACES, REGNAL_TITLES, ROLE_FILLER, TITLES,
                        US_STATE_NAMES)

# A word of a name; only initials and known abbreviations keep a period, so a run stops at a sentence end.
ABBR = r"(?:(?:[A-Z]\.)+|(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Maj|Cmdr|Rev|Prof|Atty|St|Ft|" \
       r"Mt|Jr|Sr|Inc|Corp|Co|Ltd|Bros|Dept|Univ|Pres|Supt|Sec|Amb|Hon)\.)"
# "al-Assad", "el-Sisi", "bin-Laden": an Arabic article or "son of" before a capital is part of the word
ARABIC_ARTICLE = "(?:" + "|".join(ARABIC_ARTICLES) + ")-"
ARTICLE_PREFIX = rf"(?:{ARABIC_ARTICLE}|bin-|ibn-)"
_ARTICLE_OF = re.compile(rf"^(?i:{ARABIC_ARTICLE})(?=[A-Z])")  # also "Al-Assad" opening a sentence
TOKEN = rf"(?:{ABBR}|(?:{ARTICLE_PREFIX})?[A-Z][\w\-]*(?:['\u2019][A-Za-z]+)*|O['\u2019][A-Z]\w+)"
PARTICLE = "(?:" + "|".join(NAME_PARTICLES) + ")"
RUN = re.compile(rf"(?<![\w\-]){TOKEN}(?:[ \t]+(?:{PARTICLE}[ \t]+)?{TOKEN})*")
POSSESSIVE = re.compile(r"['\u2019]s?$")
ACRONYM = re.compile(r"^[A-Z]{2,6}s?$")
SHOUTED_WORDS = {"i", "you", "we", "they", "he", "she", "it", "me", "us", "him", "her", "them", "who", "what",
                 "why", "how", "yes", "no", "not", "and", "the", "but", "all", "now", "wow", "omg", "lol"}
TRANSCRIPT_LABEL = re.compile(r":[ \t]")
# capitals that name no one who speaks: programmes, laws, deals, times, titles, things
NOT_ORG_ACRONYMS = {"PAC", "TV", "LGBT", "LGBTQ", "TPP", "TTIP", "NAFTA", "FOIA", "NCLB", "ACA", "DACA", "DAPA", "CHIP",
                    "NDAA", "EST", "EDT", "PST", "PDT", "CST", "CDT", "AM", "PM", "OK", "ID", "VP", "POTUS", "FLOTUS",
                    "DC", "NYC", "WWI", "WWII", "AIDS", "HIV", "DNA", "GDP", "GNP", "CPI", "VAT", "HB", "ZIP", "DVD",
                    "DVR", "MBA", "LSAT", "SAT", "SMH", "RV", "VR", "LLC", "PR", "CD", "QA", "ASAP", "FYI", "RIP",
                    "AKA", "CEO", "CFO", "COO", "MVP", "VIP", "SUV", "URL", "PDF", "FAQ", "USB", "IQ", "PTSD", "RINO",
                    "WASP", "MSM"}
# A wire dateline opening a paragraph: the place the story was filed from, no actor
# ("MOSCOW, March 3. /TASS/.", "KYIV, Ukraine (AP) \u2014", "BEIJING, Dec. 3 (Xinhua) --", "WASHINGTON \u2015").
# It must end in the agency or a dash, so "NATO, meanwhile, said" stays a mention.
DATELINE = re.compile(r"^[ \t]*([A-Z][A-Z.'\-]+(?:[ \t]+[A-Z][A-Z.'\-]+)*"
                      r"(?:,[ \t]+[A-Z][\w.]*(?:[ \t]+[\w.]+){0,2}?){0,2})\.?[ \t]*"
                      r"(?:(?:\(([A-Z][^()\n]{0,39})\)|/([A-Z][\w\-]{1,20})/\.?)[ \t]*(?:[\u2014\u2013\u2015]|-{1,2})?"
                      r"|[\u2014\u2013\u2015]|-{1,2}[ \t])", re.M)
STATE_CODES = set("""AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ
NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC""".split())
# "PolitiFact", "InsideSources": a capital inside one word is a brand, unless it follows a
# surname prefix ("McConnell", "MacArthur", "DeSantis", "LaHood", "VanHollen", "O'Neill")
CAMEL_ORG = re.compile(r"^(?!Mc|Mac|De|Di|Da|La|Le|Van|Von|Du|St)[A-Z][a-z]+[A-Z][A-Za-z]*$"
                       r"|^[A-Z]{2,}[A-Z][a-z]{2,}[A-Za-z]*(?<!ers)$")  # "AZCentral", "CNNMoney", not "GOPers"

STOP = set("""A An The This That These Those It Its In On At By For From With Without Of To As And But Or Nor
Neither Either
So Yet If When While Where Why How What Who Whom Whose Which After Before Since Until Although Though Because
During Despite Besides Under Over About Against Between Into Through Among Amid Also Still Just Even Only Then Now
Last Next Early Late Earlier Later Yesterday Today Tomorrow Tonight There Here He She They We I You His Her
Their Our My Your Him Them Us Me Mr Mrs Ms Such Many Most Some Any All Both Each Every Few Several No Not
Should Would Could Can Will May Might Must Shall Do Does Did Is Are Was Were Be Been Being Has Have Had
Let Let's Please Yes Well Oh Like Unlike According Speaking Asked Told Said Says Meanwhile However Instead
Indeed Moreover Furthermore Nevertheless Nonetheless Thus Therefore Hence Regardless Read More Watch See
Sign Click Share Follow Photo Video Image Getty Images AP Editor Note Update Updated Advertisement Related
One Two Three Four Five Six Seven Eight Nine Ten First Second Third Another Other New Old Big Top High
Whether Once Almost Perhaps Maybe Again Not Never Always Often Sometimes Asked Why I'd I'm I've I'll
I’d I’m I’ve I’ll Don't Don’t It's It’s That's That’s Nobody Somebody Everybody Anybody Everyone Someone
Anyone None Nothing Something Everything Whatever Whoever Whichever Whenever Wherever Given Following
Certainly Clearly Obviously Surely Very Outside Inside Actually Apparently Fortunately Unfortunately Ultimately
Eventually Finally Initially Interestingly Importantly Including Regarding Alongside Amid Amidst Despite
Besides Beyond Throughout Toward Towards Within Upon Onto Absent Off Per Via""".split())
DAYS_MONTHS = set("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
Jan. Feb. Mar. Apr. Aug. Sep. Sept. Oct. Nov. Dec. Christmas Easter Thanksgiving Halloween""".split())
ROLE_WORDS = {"of", "vice-presidential", "presidential", "nominee", "candidate", "foreign", "minister",
              "secretary", "spokesman", "spokeswoman", "chief", "leader", "senator", "deputy", "top",
              "former", "democratic", "republican", "president", "press", "national", "security",
              "adviser", "advisor", "campaign", "manager", "chairman", "director", "defense", "state",
              "army", "general", "ambassador", "governor", "gov.", "sen.", "rep.", "mayor",
              "spokesperson", "ministry", "envoy", "negotiator", "diplomat",
              # "Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei" (Press TV, IRNA)
              "islamic", "revolution", "supreme"}


def _build_aliases():
    """surface form -> (canonical name, kind, stands-for-government?)."""
    table = {}

    def add_country(country, adjectives, seats):
        table.setdefault(country, (country, "country", False))
        for a in adjectives:
            if not a[0].isupper() or not a.endswith(("n", "ese", "ish", "i", "ian")) or " " in a:
                table.setdefault(a, (country, "country", False))
        for seat in seats:
            table.setdefault(seat.replace("the ", ""), (country, "country", True))

    for country, (adjectives, seats) in COUNTRIES.items():
        if country not in MORE_COUNTRIES:
            add_country(country, adjectives, seats)
    for org, aliases in ORGANIZATIONS.items():
        table[org] = (org, "organization", False)
        for a in aliases:
            table.setdefault(a.replace("the ", "") if a.startswith("the ") else a, (org, "organization", False))
    for place in PLACES:
        table.setdefault(place, (PLACE_VARIANTS.get(place, place), "place", False))
    for variant, canonical in PLACE_VARIANTS.items():
        # a variant of a seat of government stands for the country too ("Kyiv" like "Kiev")
        table[variant] = table.get(canonical) if table.get(canonical, ("", ""))[1] == "country" \
            else (canonical, "place", False)
    table["Kremlin"] = ("Russia", "country", True)
    # the other countries last: a place or an organisation of the hand-made lists keeps its reading
    for country, (adjectives, seats) in MORE_COUNTRIES.items():
        add_country(country, adjectives, seats)
    for name, country in COUNTRY_NAMES.items():
        table.setdefault(name.replace("the ", ""), (country, "country", False))
    return table


ALIASES = _build_aliases()
# Adjectives ("Russian") are roles and nationalities, not mentions on their own.
ADJECTIVES = {a for _, (adjs, _) in COUNTRIES.items() for a in adjs if a.endswith(("n", "ese", "ish", "i"))
              and a not in COUNTRIES and a not in ("Iran", "Oman", "Japan", "Taiwan", "Pakistan", "Afghanistan")}
ADJECTIVES -= {"US", "U.S.", "UK", "U.K.", "USA"}
# regions and faiths: adjectives too ("European officials", "Islamic extremism"), never a person
ADJECTIVES |= {"European", "Western", "Eastern", "Northern", "Southern", "Arab", "African", "Asian", "Latin",
               "Hispanic", "Islamic", "Muslim", "Christian", "Jewish", "Catholic", "Evangelical", "Sunni", "Shiite"}
# Last words of capitalised runs that name laws, plans and events, not people ("Clean Power Plan")
NOT_PERSON_LAST = {"Plan", "Day", "Act", "Program", "Programme", "Initiative", "Treaty", "Agreement", "Accord",
                   "Doctrine", "Summit", "Conference", "Convention", "Forum", "Amendment", "Bill", "Law",
                   "Street", "Avenue", "Road", "Park", "River", "Lake", "Island", "Islands", "Valley", "Bay",
                   # places and buildings: "Salt Lake City", "Madison Square Garden", "Quicken Loans Arena"
                   "City", "Beach", "Garden", "Gardens", "Square", "Heights", "Springs", "Falls", "Creek",
                   "Harbor", "Canyon", "Airport", "Station", "Stadium", "Arena", "Resort", "Hotel", "Casino", "Tower",
                   "Village", "Mall", "Grill", "Zone", "Sea", "Ocean", "Desert", "Mountains", "Shirt", "T-Shirt",
                   # wars, eras, shows, rooms: "Cold War", "Great Recession", "Saturday Night Live", "East Room"
                   "War", "Recession", "Bowl", "Rights", "Time", "Gulf", "Room", "Live", "Dead", "Morning",
                   "Effect", "Core", "Tour", "Coliseum", "Inn", "Palace"}
PLACE_PREFIXES = {"St.", "Saint", "Ste.", "Fort", "Ft.", "Mount", "Mt.", "Port", "Lake", "Cape"}
ORG_PREFIXES = {"Team"}  # "Team Clinton", "Team USA": a team, not a person
PLACE_ENDS = {"County", "Parish", "Township", "Borough"}
# a nickname in quotation marks between a first name and a surname: 'George "Jay" Keyworth'
NICKNAMED = re.compile(r"(?<![\w\-])([A-Z][a-z]+) [\"\u201c\u2018']([A-Z][\w.\-]*)[\"\u201d\u2019'] ([A-Z][\w\-]+)")


class _Gazetteer:
    """The names of ALIASES in a text: at each capital the longest that ends at a word's end, like one
    alternation of them all tried longest first, but looked up by their first two characters (an
    alternation of 800 names tried at every capital cost a tenth of the time spent finding names)."""

    def __init__(self, names):
        self.by_start = {}
        for name in sorted(names, key=len, reverse=True):
            self.by_start.setdefault(name[:2], []).append(name)

    def find(self, body):
        """(start, end, name) of each name in ``body``, in order, never overlapping."""
        pos = 0
        for c in _CAPITAL.finditer(body):
            start = c.start()
            if start < pos:
                continue
            for name in self.by_start.get(body[start:start + 2], ()):
                end = start + len(name)
                if body.startswith(name, start) and (end == len(body) or not _WORD_CHAR.match(body, end)):
                    yield start, end, name
                    pos = end
                    break


_WORD_CHAR = re.compile(r"[\w\-]")
GAZETTEER = _Gazetteer(ALIASES)


OF_ORG = re.compile(
    r"(?<![\w\-])(?:(?:U\.S\.|US|the)\s+)?(Department|Ministry|Bureau|University|Bank|Board|Council|Office|Institute|"
    r"Museum|Church|College|School|Academy|Court|League|Society|Federation|Association|Union|Commission|"
    r"Committee|Chamber|Secretary|Minister|Director|Chairman|President)\s+of\s+(?:the\s+)?"
    r"[A-Z][\w\-]+(?:\s+(?:and\s+)?[A-Z][\w\-]+)*")

# "Center for Responsive Politics", "Americans for Prosperity", "Peterson Institute for International
# Economics": the words before the organisation word join it (_for_orgs)
FOR_ORG_WORDS = {"Center", "Centre", "Institute", "Council", "Committee", "Campaign", "Coalition", "Alliance",
                 "Foundation", "Fund", "Project", "Network", "Society", "Association", "Union", "League",
                 "Partnership", "Americans", "Citizens", "Students", "Women", "Veterans", "Moms", "Organization",
                 "Party", "Movement", "Club"}
_FOR_CAPITAL = re.compile(r" for (?:the |a )?(?=[A-Z])")  # opens with a literal, which re searches for fast
_ORG_WORD_BEFORE = re.compile(r"(?<![\w\-])[A-Z][a-z]+$")
_CAPITALS_AFTER = re.compile(r"[A-Z][\w\-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w\-]*)*")
_CAPITALS_BEFORE = re.compile(r"(?:(?<![\w\-.])(?:[A-Z]\.|[A-Z][\w\-]*)\s+){1,3}$")  # "Peter G. Peterson Institute"
# small words an organisation's name may hold when a headline capitalises them ("Council On Foreign
# Relations", "Committee To Protect Journalists", "The New York Times", "Grand Old Party")
_ORG_NAME_JOINERS = {"Of", "And", "For", "The", "On", "In", "At", "To", "A", "An", "New", "Old", "First", "High", "Top"}

# compiled once: these run for every capitalised word
_ROLE_WORD = re.compile(r"[\w\.\-']+")
_NON_SPACE = re.compile(r"\S+")
_NOT_NAME_CHAR = re.compile(r"[^\w\-'\u2019]")
_POSSESSIVE_END = re.compile(r"['\u2019]s?(?=\s)")
_FUNCTION_WORD_BEFORE = re.compile(r"\b(?:of|the|The|in|on|at|for|to|from|by|with|and|a|an)\s+$")
_TITLE_OF = re.compile(r"\b([A-Z][a-z]+)\s+of\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,3}$")
_SUFFIX_WORD = re.compile(r"II|III|IV|Jr\.?,?|Sr\.?,?")
_INITIAL_OR_NUMERAL = re.compile(r"[A-Z]\.|II|III|IV|Jr\.?|Sr\.?")
_CAPITAL = re.compile(rf"(?<![\w\-])(?:{ARTICLE_PREFIX})?[A-Z]")


def _at_capitals(pattern, body):
    """pattern.finditer(body) for a pattern that starts at a capitalised word: tried only there,
    since a long alternation tried at every character is most of the cost of finding names."""
    pos = 0
    for c in _CAPITAL.finditer(body):
        if c.start() < pos:
            continue
        m = pattern.match(body, c.start())
        if m:
            yield m
            pos = m.end()


@dataclass(frozen=True)
class Person:
    """A person as first named in full in the article."""

    name: str
    gender: Optional[str]


def _gender(first):
    return GENDER_OF_FIRST.get(first.lower())


# Words that open a role but do not make the next word a person ("Presidential Debates", "State Treasury").
NOT_TITLES = {"US", "U.S.", "Democratic", "Republican", "Independent", "Presidential", "State", "Foreign",
              "Defense", "Defence", "Vice", "Prime", "Deputy", "Chief", "Executive", "First", "Supreme",
              "Former", "former", "Senior", "Majority", "Minority", "Crown", "of", "the", "presidential",
              "democratic", "republican", "national", "security", "press", "top", "foreign", "state", "defense"}
_WORD_BEFORE = re.compile(r"(?<![\w\-.])([A-Z][a-z]+) $")


def _nicknamed(m):
    return m.group(1) in FIRST_NAMES and plausible_name(m.group(3))


def opens_nickname(body, o):
    """Whether the quotation mark at ``o`` opens a nickname ('John "Tig" Tiegen'), not a quotation."""
    first = _WORD_BEFORE.search(body, max(0, o - 20), o)
    m = first and NICKNAMED.match(body, first.start(1))
    return bool(m) and m.start(2) == o + 1 and _nicknamed(m)


_NAMED_USA = re.compile(r"\b([A-Z][a-z]+) USA$")  # searched up to the alias: "$" is its end
_CAPITALISED_AFTER = re.compile(r"(?: [A-Z][a-z]+\b)*")


def _after_first_name(body, start):
    m = _WORD_BEFORE.search(body, max(0, start - 20), start)
    return bool(m) and m.group(1) in FIRST_NAMES


# a US state right before a title is part of the role: "Florida Sen. Marco Rubio" is the Florida senator
_STATE_BEFORE = re.compile(rf"(?<![\w.])(?:{US_STATE_NAMES}) $")


def _role_before(body, start):
    """Title words written right before a name ("US Secretary of State", "Florida Sen.")."""
    words = list(_ROLE_WORD.finditer(body[max(0, start - 80):start]))
    keep = None
    for i in range(len(words) - 1, -1, -1):
        w = words[i].group()
        dash = len(w) - len(w.lstrip("-"))  # "-President Obama, tweeting": the dash opens the role
        w = w[dash:]
        if w in TITLES or w in ADJECTIVES or w.lower() in ROLE_WORDS or w in ("US", "U.S.") \
                or (w == "the" and i and words[i - 1].group() == "of"):  # "Leader of the Islamic Revolution"
            keep = words[i].start() + dash
            if dash:
                break
            continue
        break
    if keep is None:
        return None
    at = max(0, start - 80) + keep
    state = _STATE_BEFORE.search(body, max(0, at - 16), at)
    role = body[state.start() if state else at:start].strip(" ,")
    role = re.sub(r"^(?:(?:of|the|top|former|First|Former)\s+)*(?:(?:of|the)\s+)*", "", role)
    role = re.sub(r"(?:\s+(?:of|the|for|top))+$|[\"'\u201c\u201d,;:]+", "", role).strip()
    if not re.search(r"[A-Za-z]", re.sub(r"\b(?:of|the)\b", "", role)):
        return None  # "Department of Education": "of" alone is no title
    return role or None


def _first_name_of(tokens, i):
    """A title word that is a first name right before the surname: "Dean Baker" (not "Dean of ...")."""
    return i == len(tokens) - 2 and tokens[i].group() in FIRST_NAMES


def _first_name_mid_sentence(body, base, tokens):
    """'said Will Doyle', 'an aide, Will Estrada,', '"...?" Will Estrada, the chairman, said': a stop word
    that is a first name, before a surname and after a word of the sentence or a closing quotation
    mark, or before a surname and a comma, is the name ("Will Trump win?" opens a sentence)."""
    if len(tokens) < 2 or tokens[0].group() not in FIRST_NAMES or not plausible_name(tokens[1].group()):
        return False
    start = base + tokens[0].start()
    return bool(_MID_SENTENCE.search(body, max(0, start - 3), start)) or len(tokens) == 2 \
        and body.startswith(", ", base + tokens[1].end())


_MID_SENTENCE = re.compile(r"[a-z,\"\u201d]\s+$")


_HYPHEN_MODIFIER = re.compile(r"\w-(?:born|based|linked|backed|funded|owned|led|run|era|style|speaking|bred|raised|"
                              r"made|affiliated|allied|aligned|leaning|friendly|inspired)$")


def _verb_ing(body, word):
    """Whether a capitalised -ing word opening a run is a verb's -ing form the article also writes as a
    verb ("Impeaching Trump", "Playing Trump" where it writes "impeach", "play"), not a name
    ("Boeing", "Sterling")."""
    if len(word) < 6 or is_first_name(word):
        return False
    lower, stem = _lowercase_words(body), word[:-3].lower()  # not the -ing word: "morning", "building"
    return stem in lower or stem + "e" in lower or (stem[-1] == stem[-2] and stem[:-1] in lower)


def _adjective_as_first_name(body, tokens):
    """Whether a nationality or faith word opening a two-word run is a first name: "Christian
    Estrosi", "German Ortega" (not "Christian Church", "German officials", "Christian Zionists")."""
    if len(tokens) != 2 or tokens[0].group() not in CENSUS_FIRST_NAMES:
        return False
    last = tokens[1].group().rstrip(".,")
    return plausible_name(last) and last not in ORG_SUFFIXES and last not in NOT_PERSON_LAST \
        and last.lower() not in _lowercase_words(body)


def _split_run(body, run_start, run_end):
    """A capitalised run -> (start, end, role) of the name inside it, or None."""
    tokens = list(_NON_SPACE.finditer(body[run_start:run_end]))
    base = run_start
    # "South Korean-born Monte Haines", "Texas-based Matt Mackowiak": the words up to a hyphenated
    # modifier describe the name after them
    if "-" in body[run_start:run_end]:
        modifier = max((i for i, t in enumerate(tokens) if _HYPHEN_MODIFIER.search(t.group())), default=None)
        if modifier is not None:
            tokens = tokens[modifier + 1:]
    # leading function words and titles are not part of the name
    while tokens and (tokens[0].group() in STOP and not _first_name_mid_sentence(body, base, tokens)
                      or (tokens[0].group() in TITLES and not _first_name_of(tokens, 0))
                      or tokens[0].group() in DAYS_MONTHS
                      or (tokens[0].group().endswith("ing") and len(tokens) > 1
                          and tokens[-1].group() not in ORG_SUFFIXES and _verb_ing(body, tokens[0].group()))
                      or (tokens[0].group() in ADJECTIVES and len(tokens) > 1
                          and not _adjective_as_first_name(body, tokens))):
        tokens.pop(0)
    while tokens and tokens[-1].group() in DAYS_MONTHS and not (
            len(tokens) > 1 and tokens[-2].group() in FIRST_NAMES):  # "Theresa May" is no date
        tokens.pop()
    # a title inside the run starts the name after it: "Apple CEO Tim Cook", "Army Capt. Christian Pardo"
    for i in range(len(tokens) - 2, -1, -1):
        if tokens[i].group() in TITLES and tokens[i].group() not in ("US", "U.S.", "Democratic", "Republican") \
                and not _first_name_of(tokens, i) \
                and not all(_SUFFIX_WORD.fullmatch(t.group()) for t in tokens[i + 1:]):  # "Martin Luther King Jr."
            tokens = tokens[i + 1:]
            break
    if not tokens:
        return None
    start = base + tokens[0].start()
    end = base + tokens[-1].end()
    text = body[start:end]
    stripped = POSSESSIVE.sub("", text)
    if stripped != text and len(stripped) > 1:
        end = start + len(stripped)
    while end > start and body[end - 1] in ".,-":
        # keep "Jr." and initials, drop sentence periods
        if re.search(r"(?:\b[A-Z]|Jr|Sr|St|Inc|Co|Corp)\.$", body[start:end]):
            break
        end -= 1
    if end <= start:
        return None
    return start, end, _role_before(body, start)


# groups by creed, party or origin: a capitalised run ending in one is people, not a person
# ("Evangelical Christians", "Iowa Democrats")
PEOPLE_BY_CREED_OR_ORIGIN = {"Americans", "Muslims", "Christians", "Jews", "Democrats", "Republicans", "Conservatives",
                             "Liberals", "Progressives", "Evangelicals", "Latinos", "Hispanics", "Catholics", "Mormons",
                             "Germans", "Russians", "Mexicans", "Europeans", "Iranians", "Ukrainians", "Britons",
                             "Voters", "Independents", "Millennials"}
GROUP_WORDS = PEOPLE_BY_CREED_OR_ORIGIN | {"Aides", "Analysts", "Sources", "Candidates", "People", "Officials",
                                           "Critics", "Experts", "Supporters", "Blacks", "Whites", "Immigrants",
                                           "Protesters", "Residents", "Leaders", "Lawmakers", "Senators", "Delegates",
                                           "Women", "Men", "Veterans", "Workers", "Students", "Parents", "Chinese",
                                           "Others", "Many", "Some", "Most", "Several", "Both", "Few", "Prosecutors",
                                           "Authorities", "Witnesses", "Demonstrators", "Opponents", "Investigators",
                                           "Police", "Officers", "Observers", "Diplomats", "Economists",
                                           "Researchers", "Scientists", "Doctors", "Lawyers", "Attorneys",
                                           "Organizers", "Activists", "Advocates", "Insiders", "Strategists",
                                           "Pollsters", "Donors", "Staffers", "Allies", "Rivals", "Skeptics",
                                           "Proponents", "Backers", "Detractors", "Historians", "Scholars",
                                           "Journalists", "Reporters", "Citizens", "Participants", "Attendees",
                                           "Members", "Employees", "Victims", "Families"}


_PREFIXED = re.compile(rf"{ARTICLE_PREFIX}[A-Z]")
_FOREIGN_ARTICLES = {"Los", "Las", "El", "La", "Die", "Der", "Das", "Il"}  # not Al (Gore), Le (Pen), Les (Moonves)


def _name_word(word, i, n):
    """Whether ``word`` (the i-th of n) can be part of a personal name: capitalised, "al-Assad", or a
    particle inside it ("Mohammed bin Salman", "Ludwig van Beethoven")."""
    if i == 0 and word in _FOREIGN_ARTICLES:
        return False  # "Los Hijos de Trump" is a group, "La Repubblica" a paper
    return word[0].isupper() or bool(_PREFIXED.match(word)) or (0 < i < n - 1 and word in NAME_PARTICLES)


def _first_name_inside(words, body):
    """Index of the first name inside a run of three words or more that opens with a description
    ("Author Roger Stone", "Navy SEAL Ty Woods", "Crooked Hillary Clinton" -> where the name
    starts), or None. The description is words the article also writes in lower case, acronyms,
    titles, nationalities, organisation words ("Navy") or words ending like a role noun; a first name
    is on the hand-made list or the Census's; a run that opens with a name or an initial ("Lee Harvey
    Oswald", "J. Christopher Stevens", "Moner Mohammad Abusalha") is left whole."""
    if len(words) < 3 or is_first_name(words[0]) or "." in words[0] or words[-1] in DAYS_MONTHS:
        return None  # "Morning Joe Monday" is a show
    first = next((i for i in range(1, len(words) - 1) if is_first_name(words[i])), None)
    if first is None:
        return None
    lower = _lowercase_words(body)
    return first if all(_describes(w, lower) for w in words[:first]) else None


def _describes(word, lower):
    """Whether a capitalised word before a name describes the person rather than names them: a word
    the article also writes in lower case (``lower``), an acronym, a title, a nationality, an
    organisation word ("Navy SEAL") or a word ending like a role noun."""
    return word.lower() in lower or (word.isupper() and len(word) > 1) or word in TITLES or word in ADJECTIVES \
        or word in ORG_SUFFIXES or bool(_ROLE_NOUN.search(word))


# nouns of a role or an origin by their ending: "Comedian", "Activist", "Actress", "Assemblywoman",
# "Moderator", "Kentuckian" (not "-er": "Moner Mohammad Abusalha" is one man's name)
_ROLE_NOUN = re.compile(r"(?:ist|ian|ess|man|woman|or|ists|ians)$")


def is_first_name(word):
    """Whether a capitalised word is a first name of the hand-made list or the Census's."""
    return word in FIRST_NAMES or word in CENSUS_FIRST_NAMES


def _stop_word_as_surname(words, i, headlines, start):
    """Whether function word i of a name run is a surname after a first name: "Theresa May", and at
    the end of the run "George Will", "Al From" (not in a Title Case headline: "Hillary Will Win")."""
    if words[i - 1] not in FIRST_NAMES or words[i] in ("One", "Two"):  # "Marine One" is a helicopter
        return False
    return words[i] in DAYS_MONTHS or (i == len(words) - 1 and not any(a <= start < b for a, b in headlines))


def plausible_name(word):
    """Whether one capitalised word can be a person's name on its own (not 'Friday', 'POLITICO')."""
    w = _ARTICLE_OF.sub("", word.strip(".,;:'\u2019"))  # "al-Assad" as "Assad"
    return bool(w) and w[0].isupper() and w not in STOP and w not in DAYS_MONTHS and w not in TITLES \
        and w not in ADJECTIVES and w not in GROUP_WORDS and not w.isupper() \
        and not _NOT_NAME_CHAR.search(w) and len(w) > 1


def _org_then_name(words):
    """Index of the last word of an organisation that a first name follows in one capitalised run
    ("National Security Council Ali Shamkhani"), or None; "Navy SEAL Chris Kyle" is no such run."""
    after_org = max((i for i, w in enumerate(words[:-2]) if w in ORG_SUFFIXES), default=None)
    if len(words) < 4 or after_org is None or len(words) - after_org - 1 > 4 or words[after_org + 1] not in FIRST_NAMES:
        return None
    name = words[after_org + 1:]
    if any(w in ORG_SUFFIXES or (w.isupper() and not _INITIAL_OR_NUMERAL.fullmatch(w)) for w in name):
        return None
    return after_org


def _place_org_end(body, end):
    """Where an organisation named by a place and up to four capitalised words ends, at its last
    organisation word and what an "of" adds ("Boston Globe Poll" -> after "Globe"; "Illinois Board
    of Elections"), or None when no such word follows the place."""
    words = _CAPITALISED_AFTER.match(body, end).group().split()
    last = max((i for i, w in enumerate(words[:4]) if w in ORG_SUFFIXES), default=None)
    if last is None:
        return None
    end += len(" " + " ".join(words[:last + 1]))
    of = _OF_CAPITALS.match(body, end)
    return of.end() if of else end


_OF_CAPITALS = re.compile(r" of(?: the)?(?: [A-Z][a-z]+)+")


def _for_orgs(body, taken):
    """(start, end) of organisations named "X for Y" ("Center for American Progress", "Washington
    Institute for Near East Policy"), not over spans already taken, without the titles and names
    around them ("Center for American Progress President Neera Tanden", "Sen. Jones")."""
    out = []
    for m in _FOR_CAPITAL.finditer(body):
        org_word = _ORG_WORD_BEFORE.search(body, max(0, m.start() - 20), m.start())
        if not org_word or org_word.group() not in FOR_ORG_WORDS:
            continue
        start, end = org_word.start(), _CAPITALS_AFTER.match(body, m.end()).end()
        before = _CAPITALS_BEFORE.search(body, max(0, start - 60), start)
        if before:
            words = before.group().split()
            while words and (words[0] in STOP or words[0] in TITLES or _HYPHEN_MODIFIER.search(words[0])):
                words.pop(0)
            start -= len(" ".join(words)) + 1 if words else 0
        words = list(_NON_SPACE.finditer(body, m.end(), end))  # after "X for (the)"
        cut = next((i for i, t in enumerate(words) if t.group() in FIRST_NAMES
                    or t.group() in TITLES and i < len(words) - 1), None)  # "... Criminal Justice" ends in one
        if cut is not None:
            words = words[:cut]
            while words and words[-1].group() in ("and", "of"):
                words.pop()
            if not words:
                continue
            end = words[-1].end()
        if not taken.overlapping(start, end):
            out.append((start, end))
    return out


def _datelines(body):
    """(start, end) of the place part of each wire dateline in ``body``."""
    return [m.span(1) for m in DATELINE.finditer(body)
            if ALIASES.get(m.group(1), ("", "place"))[1] != "organization"]  # "NATO - the alliance - said"


def find_entities(body):
    """Mentions of people, organisations, countries and places in ``body``, in order."""
    found = []  # (start, end, name, kind, role, via)
    taken = list(_datelines(body))
    for m in NICKNAMED.finditer(body):  # 'John "Tig" Tiegen' is John Tiegen, so "Tiegen said" is too
        if _nicknamed(m):
            name = f"{m.group(1)} {m.group(3)}"
            found.append((m.start(), m.end(), name, "person", _role_before(body, m.start()), None))
            taken.append((m.start(), m.end()))
    for m in OF_ORG.finditer(body):  # "Department of Education", "University of Chicago"
        if m.group(1) in ("Secretary", "Minister", "Director", "Chairman", "President"):
            continue
        name = body[m.start(1):m.end()]  # "U.S. Department of Education" -> "Department of Education"
        found.append((m.start(), m.end(), name, "organization", None, None))
        taken.append((m.start(), m.end()))
    for start, end in _for_orgs(body, _Spans(taken)):
        found.append((start, end, body[start:end], "organization", None, None))
        taken.append((start, end))
    of_orgs = _Spans(taken)
    of_org_at = {f[0]: i for i, f in enumerate(found) if f[3] == "organization"}  # where each starts, in found
    org_of_place_end = 0
    for g_start, g_end, surface in GAZETTEER.find(body):
        if of_orgs.overlapping(g_start, g_end) or g_start < org_of_place_end:
            continue
        canonical, kind, seat = ALIASES[surface]
        if surface in ADJECTIVES or (kind in ("country", "place") and _after_first_name(body, g_start)):
            continue  # "Steve Israel", "George Washington", "Marty West": a surname, left to the name runs
        of_org = of_org_at.get(g_end + 1) if kind == "place" and body.startswith(" ", g_end) else None
        if of_org is not None:  # "Illinois" + "Board of Elections": one organisation of the place
            end = found[of_org][1]
            found[of_org] = (g_start, end, body[g_start:end], "organization", None, None)
            taken.append((g_start, end))
            continue
        org_end = _place_org_end(body, g_end) if kind == "place" or canonical in MORE_COUNTRIES else None
        if org_end and not of_orgs.overlapping(g_start, org_end):
            # "Cedar Rapids Gazette", "New York Police Department", "Georgetown University", "Malaysia
            # Airlines": an organisation of the place
            found.append((g_start, org_end, body[g_start:org_end], "organization", None, None))
            taken.append((g_start, org_end))
            org_of_place_end = org_end
            continue
        named = _NAMED_USA.search(body, max(0, g_start - 40), g_end) if surface == "USA" else None
        if named and named.group(1) not in TITLES and named.group(1) not in STOP and named.group(1) not in ADJECTIVES:
            # "Priorities USA (Action)", "Team USA": an organisation's name, not the country
            end = _CAPITALISED_AFTER.match(body, g_end).end()
            found.append((named.start(1), end, body[named.start(1):end], "organization", None, None))
            taken.append((named.start(1), end))
            continue
        found.append((g_start, g_end, canonical, kind, None, surface if seat or surface != canonical else None))
        taken.append((g_start, g_end))

    spans = _Spans(taken)

    def free(s, e):
        return not spans.overlapping(s, e)

    candidates = []
    for m in _at_capitals(RUN, body):
        # split the run around gazetteer names ("Assistant U.S. Attorney Maya D. Song") and keep each piece
        pieces, s = [], m.start()
        for ts, te in spans.overlapping(m.start(), m.end()):
            if ts < m.end() and te > s:
                if ts > s:
                    pieces.append((s, ts))
                s = max(s, te)
        if s < m.end():
            pieces.append((s, m.end()))
        # a possessive ends a name and the next one may start: "MSNBC's Rachel Maddow"
        split_pieces = []
        for ps, pe in pieces:
            for pm in _POSSESSIVE_END.finditer(body[ps:pe]):
                split_pieces.append((ps, ps + pm.end()))
                ps = ps + pm.end()
            split_pieces.append((ps, pe))
        for ps, pe in split_pieces:
            while ps < pe and body[ps] in " \t":
                ps += 1
            word = body[ps:pe].rstrip(" ,.")
            if (word in STOP or word in TITLES) and free(ps, ps + len(word)) \
                    and _followed_by_speech(body, ps + len(word)):
                # "Will wrote", "King said": the surname of a George Will or Pete King the article
                # names, and nothing else (resolve_names)
                found.append((ps, ps + len(word), word, "surname", None, None))
                continue
            split = _split_run(body, ps, pe) if pe > ps else None
            if split is None:
                continue
            s2, e2, role = split
            text = body[s2:e2].strip(" ,.")
            if not text or not free(s2, e2) or text in STOP or text in DAYS_MONTHS or text in TITLES \
                    or text in ADJECTIVES and not _adjective_as_name(body, s2, s2 + len(text)):
                continue
            e2 = s2 + len(body[s2:e2].rstrip(" ,."))
            candidates.append((s2, e2, body[s2:e2], role))

    headlines = _title_case_lines(body)
    for s, e, text, role in candidates:
        words = text.split()
        if len(words) >= 2 and (sum(w.isupper() and not _INITIAL_OR_NUMERAL.fullmatch(w) for w in words) >= 2
                                or all(w.isupper() for w in words)):
            continue  # "HILLARY CLINTON IS FEELING THE BERN", "TARP II": no name ("Lloyd J. Austin III" is one)
        in_headline = len(words) >= 2 and any(a <= s < b for a, b in headlines)
        if in_headline and words[-1] in ORG_SUFFIXES and any(w in STOP and w not in _ORG_NAME_JOINERS
                                                             for w in words[1:]):
            continue  # "White Supremacists Are Capitalizing On Trump To Expand Their Movement": a headline
        if in_headline and words[-1] not in ORG_SUFFIXES:
            # in a Title Case headline every word is capitalised: keep "First Last" only
            if words[0] not in FIRST_NAMES:
                continue
            keep = 3 if len(words) > 2 and re.fullmatch(r"[A-Z]\.", words[1]) else 2  # "Donald J. Trump"
            e = s + len(" ".join(words[:keep])) if len(words) > keep else e
            text = body[s:e]
            words = text.split()
        after_org = _org_then_name(words)
        if after_org is not None:  # "Secretary of the Supreme National Security Council Ali Shamkhani"
            keep = len(words) - after_org - 1
            org = " ".join(words[:after_org + 1])
            found.append((s, s + len(org), org, "organization", None, None))
            start_name = s + text.rindex(" ".join(words[-keep:]))
            title = _TITLE_OF.search(body, max(0, s - 40), s)  # "Speaker of the Islamic ..." is the title
            title_is_role = title and (title.group(1) in TITLES or title.group(1).lower() in ROLE_WORDS
                                       or title.group(1) == "Head")
            head = body[title.start() if title_is_role else s:start_name].strip()
            name = body[start_name:e]
            found.append((start_name, e, name, "person", head, None))
            continue
        if len(words) > 5 and words[-1] not in ORG_SUFFIXES:
            # "United Auto Workers Secretary-Treasurer Gary Casteel": a name at the end of a long run
            keep = 3 if re.fullmatch(r"[A-Z]\.", words[-2]) else 2
            head = " ".join(words[:-keep])
            start_name = s + text.rindex(" ".join(words[-keep:]))
            if any(w in ORG_SUFFIXES for w in words[:-keep]):
                org_words = words[:max(i for i, w in enumerate(words[:-keep]) if w in ORG_SUFFIXES) + 1]
                found.append((s, s + len(" ".join(org_words)), " ".join(org_words), "organization", None, None))
            name = body[start_name:e]
            found.append((start_name, e, name, "person", head, None))
            continue
        last = words[-1]
        if len(words) == 1 and (last in ("Ministry", "Department", "Office", "Bureau") or last in ORG_NAME_ENDS
                                or last in NOT_ORG_ACRONYMS) and last not in GROUP_WORDS:
            continue  # "Chinese Foreign Ministry spokesperson": "Ministry" alone names no one, "Register" no paper
        if (last in ORG_SUFFIXES and not (len(words) == 1 and last in GROUP_WORDS and last in ORG_NAME_ENDS)) \
                or (len(words) > 1 and words[-1] in ("Times", "Post", "News")):  # "Workers said": a group
            found.append((s, e, text, "organization", None, None))
        elif len(words) == 1 and len(text) > 3 and text.isupper() and TRANSCRIPT_LABEL.match(body, e) \
                and body[max(0, s - 1):s] in ("", "\n"):
            found.append((s, e, text.title(), "?", None, None))  # "PENCE: ..." in a transcript is Pence
        elif len(words) == 1 and (text.lower() in SHOUTED_WORDS or text in STATE_CODES or text in ("Yorker", "Yorkers")
                                  or len(text) > 3 and text.isupper() and text.lower() in _lowercase_words(body)):
            continue  # "YOU", "NEVER" in a shouted line, "Berea, OH", "GA", "a New Yorker": no one
        elif len(words) == 1 and (ACRONYM.match(text) or CAMEL_ORG.match(text)):
            found.append((s, e, text, "organization", None, None))
        elif len(words) > 1 and (words[-1] in NOT_PERSON_LAST or words[-2] in NOT_PERSON_LAST
                                 and _SUFFIX_WORD.fullmatch(words[-1])) \
                and not (len(words) == 2 and words[0] in FIRST_NAMES):
            continue  # "Clean Power Plan", "Twilight Zone", "World War II"; "Steven Law", "Michael Bay" are people
        elif len(words) > 1 and (words[-1] in TITLES or words[-1] in ADJECTIVES) \
                and not any(is_first_name(w) for w in words[:-1]):
            # "Presumptive Democrat", "Central Asian": a description ("Pete King", "Erik Prince",
            # "David French" are names)
            continue
        elif len(words) > 1 and words[-1] in PEOPLE_BY_CREED_OR_ORIGIN and not body.startswith(" of ", e):
            # "LGBT Americans", "Iowa Democrats": people, not a person ("Communications Workers of
            # America", "Citizens United" are organisations, left to the rules below)
            found.append((s, e, text, "group", None, None))
        elif len(words) == 2 and words[0] in ORG_PREFIXES:
            found.append((s, e, text, "organization", None, None))
        elif len(words) == 2 and words[0] in PLACE_PREFIXES or len(words) > 1 and words[-1] in PLACE_ENDS:
            found.append((s, e, text, "place", None, None))  # "St. Clairsville", "Miami-Dade County": no one speaks
        elif len(words) > 1 and not is_first_name(words[0]) and "." not in words[0] \
                and words[-1].lower() in _lowercase_words(body):
            continue  # "Gulf States", "Head Start": the article writes the last word in lower case
        elif 2 <= len(words) <= 5 and all(_name_word(w, i, len(words)) for i, w in enumerate(words)) \
                and not any(w in STOP and not _stop_word_as_surname(words, i, headlines, s)
                            for i, w in enumerate(words) if i):
            first = _first_name_inside(words, body)
            if first:  # "Author Roger Stone", "Crooked Hillary Clinton": the words before a first name describe
                lead = " ".join(words[:first])
                s, role = s + len(lead) + 1, " ".join(filter(None, (role, lead)))
                text = body[s:e]
            found.append((s, e, text, "person", role, None))
        elif len(words) == 1 and text in GROUP_WORDS:
            found.append((s, e, text, "group", None, None))
        elif len(words) == 1 and text in ADJECTIVES:
            found.append((s, e, text, "?", role, None))  # "Cuban said" in a story on Mark Cuban, if it names him
        elif len(words) == 1 and (not plausible_name(text) or
                                  (text.endswith("ing") and text.lower() in _lowercase_words(body))):
            continue  # "Morning" in an article that writes "morning" is no surname; "Ebeling" may be
        elif len(words) == 1:
            # decided below: a surname of someone named in full, or a person by its context
            found.append((s, e, text, "?", role, None))

    # "Sanders-Clinton" split by a line break or a space: the hyphen is no part of the name
    found = [(s, e - 1, name[:-1], *rest) if name.endswith("-") and e - 1 > s else (s, e, name, *rest)
             for s, e, name, *rest in found]
    return resolve_names(body, found)


def resolve_names(body, found):
    """Typed spans (start, end, name, kind, role, via) -> Mentions, with a surname or first name
    alone bound to the full name seen nearest before it in the article. Kind "?" marks a one-word
    name that stays only if a full name or its context makes it a person."""
    found = sorted(found)
    out = []
    full = [(s, name) for s, e, name, kind, _, _ in found if kind == "person" and " " in name]
    tails, named_after = _longer_names(body, found, full)
    full_by_pos = _FullNames([(s, name) for s, name in full if name not in named_after])
    titles = {}  # full name -> words of the roles the article gives it
    for _, _, name, kind, role, _ in found:
        if kind == "person" and " " in name and role:
            titles.setdefault(name, set()).update(role.lower().split())
    # per one-word name: the full name it belongs to, or whether its context makes it a person
    evidence = [(_nearest_full(name, s, full_by_pos, role, titles, _pronoun_gender(body, e)),
                 kind == "?" and lone_person(body, s, e, role)) if kind in ("person", "?") and " " not in name
                else (_nearest_surname(name, s, full_by_pos), False) if kind == "surname"
                else (None, False) for s, e, name, kind, role, _ in found]
    # a one-word name its context makes a person is that person everywhere in the article ("... now
    # said Trump had" -> also "While Trump laid out"), given a title once ("Mr. Obama") or speech
    # twice (one "Flint said" is weak evidence)
    votes = {}
    for (_, _, name, _, role, _), (match, person) in zip(found, evidence):
        if person and not match:
            votes[name] = votes.get(name, 0) + (2 if role else 1)
    lone = {name for name, n in votes.items() if n >= 2}
    for (s, e, name, kind, role, via), (match, person) in zip(found, evidence):
        if kind == "surname" and not match or name in named_after:
            continue
        if kind == "person" and " " in name:
            name = _nearest(tails.get(_name_keys(name)), s) or name
        if kind in ("person", "?", "surname") and " " not in name:
            if match:
                name, kind = match, "person"
            elif kind == "?" and (person or name in lone):
                kind = "person"
            elif kind == "?":
                continue
        out.append(Mention(start=s, end=e, text=body[s:e], name=name, kind=kind, role=role, via=via))
    return out


def _longer_names(body, found, full):
    """What the article's full names (start, name) say about each other: the longer name each tail
    of a name stands for ("Wasserman Schultz", "de Blasio" after "Debbie Wasserman Schultz", "Bill de
    Blasio"), and the names that are things named after a person ("Trump World", "Trump National
    Doral" beside "Donald Trump"; "Trump Train" where "Trump" alone names him)."""
    tails, surnames = {}, {}
    for s, name in full:
        if is_first_name(name.split()[0]):  # "Hillary Clinton" is no part of "Crooked Hillary Clinton"
            words = _name_keys(name)
            surnames.setdefault(words[-1], []).append((s, name))
            for k in range(2, len(words)):
                tails.setdefault(words[-k:], []).append((s, name))
    alone = {_name_keys(name)[0] for _, _, name, kind, _, _ in found
             if kind in ("person", "?") and " " not in name and not is_first_name(name)}
    lower = _lowercase_words(body)
    named_after = set()
    for _, name in full:
        words = name.split()
        keys = _name_keys(name)
        if is_first_name(words[0]) or keys in tails:
            continue
        if len(words) == 2 and keys[-1] in surnames and "." not in words[0] and _describes(words[0], lower):
            # "Fascist Trump", "AG Lynch": a word the article writes in lower case, then the surname
            # of a person it names in full, is that person ("Rahm Emanuel" beside "Zeke Emanuel" and
            # "W. Bush" beside "Laura Bush" stay)
            tails[keys] = surnames[keys[-1]]
            continue
        if keys[0] in surnames or keys[0] in alone and any(w.lower() in lower or w in ALIASES for w in words[1:]):
            # the word alone names no Khizr Khan, Trayvon Martin or Ban Ki-moon: those end in names
            named_after.add(name)
    return tails, named_after


class _Spans:
    """Non-overlapping (start, end) spans, sorted, with a fast overlap look-up."""

    def __init__(self, items):
        self.items = sorted(items)
        self.starts = [a for a, _ in self.items]

    def overlapping(self, s, e):
        i = max(0, bisect.bisect_left(self.starts, s) - 1)
        out = []
        while i < len(self.items) and self.items[i][0] < e:
            if self.items[i][1] > s:
                out.append(self.items[i])
            i += 1
        return out


def _same_word(word):
    # "O’Neill" and "O'Neill" are one name; so are "al-Assad" and "Assad"
    return _ARTICLE_OF.sub("", POSSESSIVE.sub("", word).replace("\u2019", "'"))



@functools.lru_cache(maxsize=8192)
def _name_keys(name):
    """A name's words as compared: "De Blasio" and "de Blasio", "O’Neill" and "O'Neill" alike."""
    return tuple(_same_word(w).lower() for w in name.split())


class _FullNames:
    """Full names by each of their words, in text order, for surname look-ups."""

    def __init__(self, items):
        self.by_word = {}
        for s, name in items:
            for part in {_same_word(p) for p in name.split()}:
                self.by_word.setdefault(part, []).append((s, name))

    def lookup(self, word):
        word = _same_word(word)
        found = self.by_word.get(word)
        if found or len(word) < 6:
            return found
        # one letter dropped, added or changed in a long surname is a typo of it ("McLenney", "McClenney")
        near = {w for w in self.by_word if w[0] == word[0] and len(w) > 5 and _one_edit(w, word)}
        return self.by_word[near.pop()] if len(near) == 1 else None


def _one_edit(a, b):
    a, b = a.lower(), b.lower()
    if abs(len(a) - len(b)) > 1 or a == b or a + "s" == b or b + "s" == a:  # "the Clintons" are a family
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:]
    return a[i + 1:] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1:]


def _nearest_full(word, pos, full_names, role=None, titles=None, gender=None):
    """Full name with ``word`` as its surname, first name or another part ("Acosta" of
    "Melba Acosta Febo"): the nearest before, else the most frequent. A title narrows the choice:
    "Mr. Obama" is no Michelle, "President Obama" the Obama the article calls president; so does
    the pronoun of "Woods said she" (Dorothy Woods, not her late husband Ty named since)."""
    found = full_names.lookup(word)
    if found and gender:
        found = [f for f in found if _gender(f[1].split()[0]) in (gender, None)] or found
    if not found or not role:
        return _namesake(found, pos)
    words = set(role.lower().split())
    gender = next((HONORIFIC_GENDER[w] for w in words if w in HONORIFIC_GENDER), None)
    if gender:
        found = [f for f in found if _gender(f[1].split()[0]) in (gender, None)]
    words -= HONORIFIC_GENDER.keys() | ROLE_FILLER
    same = [f for f in found if words & titles.get(f[1], set())]
    if words & _REGNAL:
        return _nearest(same, pos)  # "Queen Elizabeth" is no Elizabeth Warren
    return _namesake(same or found, pos)


# "Woods said she", "Clinton told reporters he": the pronoun that a one-word name's own statement uses
_SAID_PRONOUN = re.compile(r"\s+(?:said|says|told\s+\w+|added|wrote)\s+(?:that\s+)?(she|he)\b")


def _pronoun_gender(body, end):
    m = _SAID_PRONOUN.match(body, end, end + 40)
    return m and ("female" if m.group(1) == "she" else "male")


def _nearest_surname(word, pos, full_names):
    """The full name ending in ``word`` that it means at ``pos`` (_namesake), or None."""
    return _namesake([f for f in full_names.lookup(word) or () if f[1].split()[-1] == word], pos)


_REGNAL = {t.lower() for t in REGNAL_TITLES}


# about a sentence: a namesake named in full this close before is the one meant ("Bill Clinton spoke
# with voters ... At one point, a woman asked for a photo and Clinton said")
_NEAR = 300


def _namesake(found, pos):
    """Which of the full names ``found`` for a word alone at ``pos`` it means: the nearest before when
    they are one person or one was named just before, else the one the article names first (news
    introduces whom it is about first): "Clinton said" in a story on Hillary Clinton that mentioned
    former President Bill Clinton three paragraphs up is still hers, "Mr. Trump" beside his brother
    Freddy Trump still Donald Trump."""
    i = bisect.bisect_left(found, (pos, "")) if found else 0
    if not _namesakes(found) or i and pos - found[i - 1][0] <= _NEAR:
        return _nearest(found, pos)
    return found[0][1]


def _namesakes(found):
    """Whether the full names ``found`` are of two people or more: each opens with a first name, and not
    one person written two ways ("Ken Starr", "Kenneth Starr"; "Brent Bozell III"; "AG Mukasey")."""
    firsts = {n.split()[0][:3] for _, n in found or ()}
    return len(firsts) > 1 and all(is_first_name(n.split()[0]) for _, n in found)


def _nearest(found, pos):
    if not found:
        return None
    i = bisect.bisect_left(found, (pos, ""))
    if i:
        return found[i - 1][1]
    after = [n for _, n in found]
    return max(after, key=after.count)  # ties: the first seen, so loads are reproducible


def _title_case_lines(body):
    """(start, end) of lines written in Title Case (headlines), where capitals do not mark names."""
    out = []
    for m in re.finditer(r"[^\n]+", body):
        words = re.findall(r"[A-Za-z][\w'\u2019\-]*", m.group())
        if len(words) >= 4:
            long_words = [w for w in words if len(w) > 3]
            if long_words and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words):
                out.append((m.start(), m.end()))
    return out


def lone_person(body, s, e, role):
    """A one-word name no full name explains is a person only by its context: a title before it
    ("Mr. Acosta"), or speech around it ("Acosta said"), and never right after a function word
    ("The Hill reported", "Department of Education said", "the mayor of Nice")."""
    word = body[s:e]
    if word[0].lower() + word[1:] in _lowercase_words(body):
        return False  # "Progress", "Treasury": the article writes it as a common word elsewhere
    if _FUNCTION_WORD_BEFORE.search(body[max(0, s - 6):s]):
        return False  # "The Hill reported", "a former mayor of Nice": no title of its own
    if role:
        # a title right before the name ("Mr. Regalado"), not an adjective ("American Samoa",
        # "Presidential Debates")
        last = role.split()[-1]
        return last not in NOT_TITLES and (last in TITLES or last.lower() in ROLE_WORDS)
    if word.endswith("ing") or word in ADJECTIVES:
        return False  # "Having", "Cuban": an -ing word or a nationality alone is a surname only of a full name
    return _followed_by_speech(body, e) or bool(re.search(r"(?:said|says|told|according to)\s+$",
                                                          body[max(0, s - 14):s]))


@functools.lru_cache(maxsize=4)  # one article at a time; a str keeps its hash, so look-ups are cheap
def _lowercase_words(body):
    return frozenset(re.findall(r"(?<![\w\-])[a-z][\w\-'\u2019]*", body))


# a reporting verb in the past, or says/tells/writes/adds, right after a name: the lexicon's forms
# ("Cuban complained", "Comey testified"), not its -s forms that are also plural nouns ("Trump rallies")
_SPEECH_FORMS = sorted({f for f, lemma in lexicon.FORMS.items() if " " not in f and f != lemma
                        and not f.endswith(("ing", "s", "en"))} | {"says", "tells", "writes", "adds"},
                       key=lambda f: (-len(f), f))
SPEECH_AFTER = re.compile(r"^\s*(?:,[^,]{0,60},\s*)?(?:has |had |also |later |then |again |further |)"
                          r"(?:" + "|".join(_SPEECH_FORMS) + r")\b")


_DETERMINER_END = re.compile(r"(?<![\w\-])(?:the|a|an)\s+$", re.I)
_NAME_END = re.compile(r"['\u2019]s\b|\s*[,;:!?)\"\u201d]")


def _adjective_as_name(body, s, e):
    """Whether a nationality word alone stands as a name ('"...," Cuban said', "Cuban's"), not as an
    adjective ("Cuban officials", "the Cuban said")."""
    return not _DETERMINER_END.search(body, max(0, s - 5), s) and (_followed_by_speech(body, e)
                                                                   or bool(_NAME_END.match(body, e)))


def _followed_by_speech(body, end):
    return bool(SPEECH_AFTER.match(body[end:end + 80]))


def persons(mentions):
    """Person records by canonical name, for pronoun resolution."""
    out = {}
    for m in mentions:
        if m.kind == "person" and m.name not in out:
            out[m.name] = Person(m.name, _gender(m.name.split()[0]))
    return out
