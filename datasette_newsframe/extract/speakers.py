"""Speaker mentions around a reporting verb, and what actor they refer to.

``np_before`` / ``np_after`` find the words that name the speaker ("Blinken",
"she", "the top Russian diplomat", "US and NATO military officials"); ``Resolver``
binds them to an actor named in the article: names by the entity mentions,
pronouns by the nearest earlier subject of the right gender, descriptions by the
role the article gave an actor ("the secretary" -> "US Secretary of State Antony Blinken").
"""
import bisect
import functools
import re

from .entities import (ACRONYM, ADJECTIVES, ALIASES, ARTICLE_PREFIX, DATELINE, GROUP_WORDS, SHOUTED_WORDS,
                       lone_person, persons, plausible_name)
from .gazetteer import (AGENCY_COUNTRY, BROADCAST_NAME_ENDS, BROADCASTERS, COMPANIES, COMPANY_NAME_ENDS, COUNTRIES,
                        MAGAZINES, NAME_PARTICLES, NEWS_AGENCIES, ORG_SUFFIXES, ORGANIZATIONS, OUTLET_NAME_ENDS, OUTLETS,
                        PRONOUNS, TITLES, US_STATE_NAMES, US_STATES)

PRONOUN_RE = re.compile(r"(?<![\w\-])(he|she|they|it|we|i|He|She|They|It|We|I)\s*$")
CAP = rf"(?:[A-Z][a-z]?\.(?:[A-Z]\.)*|(?<![\w\-]){ARTICLE_PREFIX}[A-Z][\w\-]*|[A-Z][\w\-]*(?:['\u2019][A-Za-z]+)*\.?|O['\u2019][A-Z]\w+)"
CAP_RUN_END = re.compile(rf"((?:{CAP})(?:[ \t]+(?:(?:{'|'.join(NAME_PARTICLES)})[ \t]+)?{CAP})*)\s*$")
ADVERB_TAIL = re.compile(
    r"(?:\s+(?:has|have|had|was|were|is|also|later|then|again|further|previously|earlier|once|repeatedly|"
    r"recently|only|now|often|frequently|publicly|privately|simply|just|flatly|even|still|would|will|could|may|"
    r"might|reportedly|allegedly|separately|similarly|likewise|quickly|angrily|bluntly|curtly|"
    r"finally|immediately|openly|initially|first|never|always|not|n't|did|does|do|"
    # any other -ly adverb ("strongly suggested"), not the nouns and adjectives spelt so
    r"(?!(?:fami|a|ra|dai|week|month|year|quarter|assemb|supp|bu|on|ear|ita|anoma|li|ho|ug|jol|"
    r"friend|like|love|elder|time|cost|sil)ly\b)(?-i:[a-z]{2,}ly)))+\s*$", re.I)
POSSESSIVE_END = re.compile(r"['\u2019]s?$")
POSSESSIVE_AFTER = re.compile(r"['\u2019](?:s\b|(?![\w]))")
DETERMINERS = {"the", "a", "an", "one", "another", "his", "her", "its", "their", "two", "three", "several",
               "many", "some", "other", "both", "this", "that", "these", "those", "our", "my", "your"}
GROUP_NOUNS = {"officials", "analysts", "experts", "critics", "sources", "aides", "advisers", "advisors",
               "lawmakers", "residents", "people", "protesters", "supporters", "voters", "Republicans",
               "Democrats", "investigators", "authorities", "police", "prosecutors", "diplomats",
               "observers", "leaders", "members", "staffers", "activists", "economists", "scientists",
               "researchers", "strategists", "operatives", "pollsters", "conservatives", "liberals",
               "progressives", "donors", "insiders", "allies", "officers", "agents", "spokespeople",
               "representatives", "senators", "governors", "delegates", "organizers", "witnesses",
               "doctors", "lawyers", "attorneys", "reporters", "journalists", "editors", "students",
               "workers", "Americans", "Russians", "Iranians", "Ukrainians", "Europeans", "others", "many",
               "some", "both", "all", "lobbyists", "executives", "historians", "scholars", "commentators",
               "pundits", "parents", "veterans", "citizens", "immigrants", "farmers", "teachers", "candidates",
               "moderates", "evangelicals", "respondents", "participants", "fans", "viewers", "readers"}
STOP_WORDS = {"that", "which", "who", "whom", "when", "where", "while", "as", "if", "because", "but", "and",
              "or", "so", "then", "after", "before", "since", "until", "though", "although", "what", "how",
              "why", "in", "on", "at", "with", "from", "by", "to", "into", "about", "than", "is", "are", "was",
              "were", "be", "been", "not", "it's", "there", "this", "here", "said", "says", "told", "for",
              "of", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might",
              "did", "do", "does", "also", "just", "only", "even", "still", "now", "yet", "very", "more",
              "most", "less", "much", "all", "any", "no", "every", "each", "such", "like"}
ROLE_SYNONYMS = {
    "diplomat": {"foreign minister", "secretary of state", "ambassador", "envoy", "diplomat", "foreign"},
    "leader": {"president", "prime minister", "chancellor", "leader", "premier", "king", "supreme leader"},
    "secretary": {"secretary"}, "minister": {"minister"}, "president": {"president"},
    "senator": {"senator", "sen."}, "governor": {"governor", "gov."}, "candidate": {"candidate", "nominee"},
    "nominee": {"nominee", "candidate"}, "chief": {"chief", "director", "head"},
    "spokesman": {"spokesman", "spokesperson"}, "spokeswoman": {"spokeswoman", "spokesperson"},
    "spokesperson": {"spokesman", "spokeswoman", "spokesperson"},
    "general": {"general", "gen."}, "admiral": {"admiral", "adm."},
    "mogul": {"businessman", "mogul", "nominee", "candidate"}, "billionaire": {"billionaire", "businessman",
                                                                               "nominee", "candidate"},
    "congressman": {"rep.", "congressman", "representative"}, "lawmaker": {"sen.", "rep.", "senator",
                                                                           "congressman", "lawmaker"},
}
# a name's own reporting verb: "Peskov told", "Wang Wenbin said on Friday", "Lavrov also stressed"
# (after the name, maybe a party tag: "Ryan (R-Wis.) said"; a comma only closing an apposition, see
# _reported_speaker_since: "The Kremlin's spokesman, Dmitry Peskov, said", not "for Clinton, said Kunin")
REPORTED_BY = re.compile(r"(?:\s*\([^)]{0,40}\))?(,?)\s+(?:also\s+|later\s+|has\s+|had\s+)?"
                         r"(?:said|says|told|tells|added|noted|stressed|insisted|argued|warned|explained|claimed|"
                         r"announced|wrote|tweeted)\b")
OBJECT_PRONOUNS = {"him": "he", "her": "she", "his": "he", "them": "they", "their": "they", "us": "we",
                   "me": "i", "its": "it"}
ADVERBIAL_PREPOSITIONS = {"in", "on", "at", "during", "since", "over", "after", "before", "throughout"}
AUXILIARIES = {"has", "have", "had", "was", "were", "is", "are", "will", "would", "also"}
DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today", "Yesterday"}
INDEFINITE = {"Nothing", "Something", "Everything", "Anything", "Nobody", "Everybody", "Somebody", "Anybody",
              "Anyone", "Everyone", "Someone", "None", "Little", "Much", "More", "This", "That", "There", "It",
              "Here", "What", "Which", "Who"}
ORG_HEADS = {"daily", "newspaper", "paper", "agency", "ministry", "department", "campaign", "committee",
             "government", "administration", "network", "channel", "outlet", "company", "group", "party",
             "organization", "organisation", "institute", "office", "council", "embassy", "military",
             "army", "report", "statement", "alliance", "bloc", "foundation", "firm", "service", "poll",
             "survey", "study", "website", "site", "magazine", "union", "court", "commission", "board"}
PERSON_HEADS = {"spokesman", "spokeswoman", "spokesperson", "official", "aide", "adviser", "advisor",
                "source", "analyst", "expert", "representative", "staffer", "strategist", "operative"}


# titles of the people a story is about: 'the senator' is its main person when no one else has the title
PROMINENT_HEADS = {"senator", "governor", "candidate", "nominee", "businessman", "billionaire", "mogul", "tycoon",
                   "congressman", "congresswoman", "frontrunner", "front-runner", "hopeful", "contender"}
# a ministry named without its country ("the Foreign Ministry said")
GOVERNMENT_BODY = re.compile(r"(?:Foreign|Defen[cs]e|Interior|Finance|Economy|Justice|Health|Energy|Trade|"
                             r"Emergencies|Education|Culture|Intelligence) Ministry|Ministry of [A-Z][\w ]+|"
                             r"Foreign Office")
STATE_OF_FORM = {form: state for state, forms in US_STATES.items() for form in (state,) + forms}
_FORMS = "|".join(re.escape(f) for f in sorted(STATE_OF_FORM, key=len, reverse=True))
# how news ties a politician to a state: a party tag ("R-Fla.", "(I-Vt.)"), the state before a title
# ("Florida Sen."), or "of Florida" after the name; a state merely near the name ("in Iowa") is not a tie
STATE_TIE = re.compile(rf"\b[RDI]-({_FORMS})(?![\w])|\b({US_STATE_NAMES})\s+(?:Sen\.|Gov\.|Rep\.|Senator|Governor|"
                       rf"Congressman|Congresswoman|Republican|Democrat)")
STATE_AFTER_NAME = re.compile(rf",?\s+of\s+({US_STATE_NAMES})\b")
STATE_IN = re.compile(rf"\b({US_STATE_NAMES})\b")
OFFICES = {"president", "senator", "sen.", "governor", "gov.", "secretary", "minister", "mayor", "rep.",
           "representative", "congressman", "congresswoman", "judge", "justice", "ambassador", "speaker"}
SUBJECT_HEADS = {w for w in GROUP_NOUNS | PERSON_HEADS | ORG_HEADS if w.islower()}
ROLE_WORDS = PERSON_HEADS | {"chairman", "chairwoman", "chair", "manager", "director", "secretary", "leader",
                             "president", "chief", "pollster", "founder", "executive", "counsel", "lawyer",
                             "attorney", "adviser", "advisor", "treasurer", "co-chair"}
# a description that introduces someone unnamed ("one longtime adviser", "a senior aide")
_INDEFINITE_START = re.compile(r"(?:a|an|one|another|some|several|two|three|many)\s", re.I)
# lowercase role words between a capitalised word and a name: "Clinton campaign chairman John Podesta",
# "Former secretary of state Hillary Rodham Clinton"
_PREPOSITIONS = {"in", "inside", "outside", "at", "for", "from", "with", "within", "on", "to", "by", "near", "about"}
_ROLE_THEN_NAME = re.compile(rf"((?:[ \t]+[a-z\-]+){{1,3}})[ \t]+{CAP}(?:[ \t]+{CAP})*")
_LOWER_RUN = re.compile(r"(?:[ \t]+[a-z][a-z\-]*){1,3}")
_LOWER_WORD = re.compile(r"[ \t]+([a-z][a-z\-]*)")


# heads of definite descriptions that mean an organisation the article named before ("the influential
# US daily" after The New York Times, "the company" after Apple Inc.), by the kind of organisation
PRINT_HEADS = {"daily", "newspaper", "paper", "tabloid"}
BROADCAST_HEADS = {"network", "channel", "broadcaster"}
OUTLET_HEADS = PRINT_HEADS | BROADCAST_HEADS | {"magazine", "outlet", "publication"}
COMPANY_HEADS = {"company", "firm", "retailer", "automaker", "carmaker", "lender", "insurer", "airline",
                 "carrier", "conglomerate", "manufacturer", "corporation", "startup"}
GROUP_HEADS = {"group", "organization", "organisation", "nonprofit", "charity"}
NAMED_HEADS = {"department", "ministry", "committee", "council", "foundation", "institute", "commission", "campaign",
               "union", "alliance", "coalition", "university", "court", "bank"}
DESCRIBED_ORG_HEADS = OUTLET_HEADS | COMPANY_HEADS | GROUP_HEADS | NAMED_HEADS
# last words of the names of groups: "the group" is a foundation, a movement, a PAC, not a public body
GROUP_NAME_ENDS = {"Foundation", "Institute", "Institution", "Center", "Centre", "Project", "Fund", "Coalition",
                   "Alliance", "League", "Society", "Association", "Union", "Network", "Watch", "Action", "Movement",
                   "Matter", "PAC", "Group", "Trust", "Federation", "Council", "Club", "Front", "Brigade", "Brigades"}
GROUP_ORGANIZATIONS = {"ISIS", "Taliban", "Hamas", "Hezbollah", "al-Qaeda", "al-Shabaab", "WikiLeaks",
                       "Planned Parenthood", "Clinton Foundation", "Brookings Institution", "Pew Research Center",
                       "Islamic Revolution Guards Corps"}

# Heads that belong to the institution's name ("the Obama administration", "the Commerce Department"),
# unlike documents and people ("a Pentagon statement", "a Chinese official") that speak for the modifier.
NAMED_BY_HEAD = {"administration", "campaign", "government", "department", "ministry", "committee",
                 "embassy", "office", "council", "foundation", "institute", "commission", "board"}
PARTY_ADJECTIVES = {"Democratic": "Democratic Party", "Republican": "Republican Party", "GOP": "Republican Party"}
PARTY_MEMBERS = {"Democrat", "Republican"}
# people named after whom they back: "the Christie supporter" is not Christie
ASSOCIATES = {"supporter", "supporters", "voter", "voters", "fan", "fans", "ally", "allies", "friend", "friends",
              "backer", "backers", "donor", "donors", "loyalist", "loyalists", "surrogate", "surrogates",
              "delegate", "delegates", "volunteer", "volunteers", "critic", "critics", "opponent", "opponents"}
COUNTRY_OF_ADJECTIVE = {a: c for c, (adjectives, _) in COUNTRIES.items() for a in adjectives}


def _modifier_actor(name, head):
    """Who speaks in "<Name> <head>": a known actor ("a Chinese official" -> China, "a Democratic aide"
    -> the Democratic Party), the institution ("the Obama administration"), else the name itself."""
    if name in ALIASES:
        return ALIASES[name][0], ALIASES[name][1]
    if name in COUNTRY_OF_ADJECTIVE:
        return COUNTRY_OF_ADJECTIVE[name], "country"
    if name in PARTY_ADJECTIVES:
        return PARTY_ADJECTIVES[name], "organization"
    if head.lower() in NAMED_BY_HEAD:
        return f"{name} {head}", "organization"
    if " " not in name and plausible_name(name) and head.lower() in PERSON_HEADS:
        return name, "person"  # "a Clinton aide" may speak for a Clinton the article names
    return name, "organization"


def _member_group(words):
    """The group someone belongs to, named by the capitalised words before its noun:
    "a Nevada Democrat" -> "Nevada Democrats", "a Clinton ally" -> "Clinton allies" ("a YouGov poll of
    American voters" -> "American voters"); None without them."""
    if "of" in words:
        words = words[len(words) - words[::-1].index("of"):]
    owner = " ".join(w for w in words[:-1] if w[0].isupper() and w.lower() not in DETERMINERS)
    noun = re.sub(r"[^\w\-]+$", "", words[-1])
    plural = noun if noun.endswith("s") else re.sub(r"y$", "ie", noun) + "s"
    return (f"{owner} {plural}", "group") if owner else None


# a share of respondents opening a clause: "74 percent", "More than six in 10", "half of them"
NUMBER_SUBJECT = re.compile(
    r"(?:^|(?<![$\d])(?<!\$\d)[,;:]\s+|\b(?:and|while|but|whereas|though|although|because|since|as|when|after|"
    r"before|if)\s+)((?:(?:about|nearly|almost|roughly|"
    r"some|just|only|more than|less than|fewer than|over|under|as many as|as few as)\s+)?(?:\d[\d,.]*(?:\s*(?:percent|%))?|"
    r"(?:one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out of)\s+(?:\d+|ten)|\d+\s+(?:in|out of)\s+\d+|"
    r"half|a third|a quarter|(?:one|two|three|four)[\s\-](?:thirds?|quarters?|fourths?|fifths?)|a majority|most|many|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|several|a few|a number|"
    r"a handful|a dozen|scores)(?:\s+(?:of\s+)?(?:the\s+|those\s+|them\b|[\w\-'\u2019]+)){0,4})$", re.I)


_OWNER_NOUN = re.compile(rf"(?:^|[,;:]\s+|\b(?:and|but|while)\s+)((?:the\s+)?{CAP}(?:\s+{CAP})*['\u2019]s?\s+[a-z][\w\-]*"
                         r"(?:\s+[a-z][\w\-]*)?)$")
_DASHED_ASIDE = re.compile(r"\s+(?:[\u2014\u2013]\s?[^\u2014\u2013\"\u201c\u201d]{1,120}?\s?[\u2014\u2013]|-\s[^\"\u201c\u201d]{1,120}?\s-)$")
_COMMA_ASIDE = re.compile(r"(?<=\w),\s*(?:like|unlike|as well as|along with|together with|including|for example|"
                          r"for instance|however|too|in turn|in particular|in fact|meanwhile)\b[^,\"\u201c\u201d]{0,80},$")
_TIME_WORDS = ("day", "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend")
_WHEN_TAIL = re.compile(r"\s+(?:on|last|this|early|late|earlier|later)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)?"
                        r"(?:day|week|month|year|morning|afternoon|evening|night|weekend)\s*$")
# a role held in something, the whole phrase the speaker: "the secretary of state", "a spokesman for the
# campaign", "the governor of Ohio" (not its last words: "the campaign", "Ohio")
_ROLE_OF_NOUNS = ROLE_WORDS | PROMINENT_HEADS | OFFICES | {
    "head", "member", "members", "envoy", "editor", "professor", "commissioner", "deputy", "friend", "researcher",
    "economist", "fellow", "officials", "spokesmen", "aides", "advisers", "leaders", "ceo", "partner", "co-founder"}
_ROLE_OF = re.compile(r"(?<![\w\-])((?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any)\s+"
                      r"(?:(?!(?:that|who|which|and|or|but|to|in|on|at|with|by|said|says|told)\s)[\w\-.]+\s+){0,3}?"
                      rf"(?i:{'|'.join(map(re.escape, sorted(_ROLE_OF_NOUNS, key=len, reverse=True)))})\s+(?:of|for|to)\s+"
                      r"(?:(?:the\s+)?(?:[A-Z][\w\-.'\u2019&]*\s+){0,4}[A-Z][\w\-.'\u2019&]*|"  # a name: "of Ohio"
                      r"(?:the|his|her|their|its|(?:the\s+)?[A-Z][\w\-.]*['\u2019]s?)\s+(?:[\w\-'\u2019]+\s+){0,4}[\w\-]+|"
                      r"[a-z]+))$")  # "for the campaign", "of China's delegation to the forum", "of state"
_THE_OFFICE_OF = re.compile(rf"[Tt]he\s+(?:[\w\-]+\s+){{0,2}}?({'|'.join(map(re.escape, sorted(OFFICES)))})\s+(?:of|for)\s")
OPENING_WORDS = {"The", "But", "And", "So", "Then", "When", "In", "On", "As", "If", "While", "After", "Before", "Also",
                  "Yet", "Still", "Though", "Although", "Because", "Since", "Once", "Until", "Unless", "Whether"}
# what someone writes and sends: "Sanders' fundraising email to his supporters notes" is the email's, not its
# readers'
WRITTEN_NOUNS = ("email", "e-mail", "letter", "message", "statement", "note", "memo", "tweet", "post")
_TALKING_TO = re.compile(r"\s+(?:speaking|talking|writing)\s+(?:to|with|for)\s+[^,;:\"\u201c\u201d]{1,40}$")
_WRITTEN_TO = re.compile(rf"(?<![\w\-])(?:{'|'.join(WRITTEN_NOUNS)})s?(\s+to\s+[^,;:\"\u201c\u201d]{{1,40}})$")
# words that open a subordinate clause whose subject, or the main clause's, speaks (not "If", "When", "As":
# sentence_subject reads those itself)
SUBORDINATING = (r"(?:Even\s+)?(?:Though|Although|After|Before|While|Because|Since|Once|Until|Unless|Upon|"
                 r"Despite|Whereas)")
_SUBORDINATE_OPENING = re.compile(SUBORDINATING + r"\s+")
_MAIN_CLAUSE = re.compile(r",\s+(?=(?:he|she|they|we|I)\b|[A-Z])")
_FRONTED_LY = re.compile(r"[A-Z][a-z]+ly\b[^,\"\u201c\u201d]{1,60},\s+(?=(?:he|she|they|we|I|it|the|a|an|[A-Z])\b)")
_ABBREVIATION_END = re.compile(r"(?:\b(?:Jr|Sr|Inc|Co|Corp|Ltd|Bros)|(?<![\w.])[A-Z])\.$")
_DESCRIBED_THEN_WHO = re.compile(r"(?:^|[,;]\s*|\b(?:and|but|while)\s+)\s*((?:[Tt]he|[Aa]n?|[A-Z][\w\-]*)(?:\s+[\w\-'\u2019]+){0,4})"
                                 r"\s*,\s*(?:who|which)\s[^,\"\u201c\u201d]{2,150},$")


# "the Trump campaign", "Clinton's presidential campaign"
_NAMED_CAMPAIGN = re.compile(r"(?<![\w\-])([A-Z][\w\-]+)(?:['\u2019]s?)?\s+(?:presidential\s+)?campaign\b")
# "the statement", "the fundraising email": a piece of writing its author's words come from
_DEFINITE_WRITING = re.compile(rf"[Tt]he\s+(?:[\w\-]+\s+)?(?:{'|'.join(WRITTEN_NOUNS)})")
# someone issuing one: "provided a written statement", "sent out an email", "emailed supporters"
_ISSUED_WRITING = {noun: re.compile(r"(?<![\w\-])(?:(?:issued|released|provided|sent(?:\s+out)?|put\s+out|posted|"
                                    r"published|wrote)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w\-]+\s+){0,2}"
                                    rf"{noun}s?\b" + (r"|e-?mailed\b" if noun in ("email", "e-mail") else "") + ")")
                   for noun in WRITTEN_NOUNS}
# what someone writes or publishes: their owner speaks through it ("Bush's Facebook post")
OWN_WORDS = {*WRITTEN_NOUNS, "posts", "tweets", "account", "page", "website", "site", "blog", "feed", "video",
             "speech", "remarks", "op-ed", "column", "book", "memoir", "ad", "ads"}
_OPENS_OWNED = re.compile(r"(?:(?:[Ff]rom|[Ii]n|[Oo]n|[Tt]he)\s+)?")
_PAREN_COMMA_END = re.compile(r"\s*\([^)]{0,40}\),\s*$")
_DESCRIBED_END = re.compile(rf"{CAP}\s*,\s*(?=[a-z])[^,\"\u201c\u201d]{{2,120}}$")


def np_before(body, pos, limit=0):
    """(start, end) of the speaker phrase that ends just before ``pos`` (a reporting verb)."""
    text = body[limit:pos]
    m = ADVERB_TAIL.search(text)
    if m:
        text = text[:m.start()]
    m = _TALKING_TO.search(text, max(0, len(text) - 60))
    if m:  # "Another intelligence source speaking to Fox News said": the source, not Fox News
        text = text[:m.start()]
    m = _WRITTEN_TO.search(text, max(0, len(text) - 60))
    if m:
        text = text[:m.start(1)]
    if text.rstrip().endswith(_TIME_WORDS):  # "Donald Trump on Saturday tweeted": the time is no speaker
        m = _WHEN_TAIL.search(text, max(0, len(text) - 40))
        text = text[:m.start()] if m else text
    text = text.rstrip()
    paren = _PAREN_COMMA_END.search(text)
    if paren:  # "Gov. John Kasich (R-OH), said"; "X, chairman of America Rising (a Republican PAC), tweeted"
        text = text[:paren.start()] + ("," if _DESCRIBED_END.search(text, 0, paren.start()) else "")
    if text.endswith(("\u2014", "\u2013", " -")):
        # "Many speakers at the service — including Muslims, Christians, Jews — said"
        m = _DASHED_ASIDE.search(text, max(0, len(text) - 140))
        text = text[:m.start()] if m else text
    elif text.endswith(","):
        text = re.sub(r",\s*[RDI]-[A-Z][\w.]*,$", ",", text)  # "Rep. Chris Collins, R-N.Y., noted"
        # "Democratic economists, like their Republican counterparts, say": the aside is not the subject
        m = _COMMA_ASIDE.search(text, max(0, len(text) - 120))
        text = text[:m.start()] if m else text
    if not text or text[-1] in ";:!?\"\u201c\u201d" or text[-1] == "." and not _ABBREVIATION_END.search(text):
        return None  # ("Joseph R. Biden Jr. warned" ends in an abbreviation, not a sentence)
    end = limit + len(text)
    m = PRONOUN_RE.search(text)
    if m:
        return limit + m.start(1), end
    m = re.search(r"(?<![\w\-])(who|which)\s*$", text)
    if m and re.search(r"[\w)%][\s,\-\u2014]*$", text[:m.start(1)]):  # "Trump - who ... said", "18% who say"
        return limit + m.start(1), end
    # "Trump, the Republican nominee, said" / "Sen. Durbin (D-Ill.), noting ..., said" -> the name
    appos = re.search(rf"({CAP}(?:\s+{CAP})*(?:\s+of\s+{CAP})?)(?:\s*\([^)]{{0,40}}\))?\s*,\s*(?=[a-z0-9])[^,\"\u201c\u201d]{{2,120}},$", text)
    if appos and appos.group(1).split()[-1] not in DAYS and not re.search(r"[,;]", text[:appos.start(1)][-3:] or "x"):
        return limit + appos.start(1), limit + appos.end(1)
    named = re.search(rf",\s*({CAP}(?:\s+{CAP})*(?:\s+and\s+{CAP}(?:\s+{CAP})*)?)\s*,$", text)
    if named and (not re.search(rf"{CAP}\s*,\s*$", text[:named.start(1)]) or " and " in named.group(1)
                  or len(named.group(1).split()) > 2):
        # "Her campaign manager, Robby Mook, suggested" (not "in Columbus, Ohio, said": a place)
        return limit + named.start(1), limit + named.end(1)
    text = re.sub(r"\s*\([^)]{0,40}\)$", "", text)  # "Sen. Chuck Schumer (D-N.Y.) said"
    end = limit + len(text)
    if text.endswith(","):
        # "The former governor, who dropped his own bid ..., noted" / "Republican lawmakers, who ..., have vowed"
        relative = _DESCRIBED_THEN_WHO.search(text)
        return (limit + relative.start(1), limit + relative.end(1)) if relative else None
    m = _ROLE_OF.search(text, max(0, len(text) - 100))
    if m:
        return limit + m.start(1), end
    m = _OWNER_NOUN.search(text, max(0, len(text) - 100))
    if m and m.group(1).split()[0] not in {"The", "A", "An"}:  # "Hillary Clinton's campaign says"
        return limit + m.start(1), end
    m = NUMBER_SUBJECT.search(text, max(0, len(text) - 100))
    if m:  # poll figures and counts: "Among Trump voters, 74 percent said", "five past and current employees told"
        return limit + m.start(1), end
    m = CAP_RUN_END.search(text)
    if m and m.group(1).split()[-1] not in TITLES | {"The", "A", "An"} | INDEFINITE and m.group(1) not in DAYS:
        s = limit + m.start(1)
        # include a leading determiner phrase for "the Clinton campaign"-like cases is not needed:
        # the capitalised run is the name. Drop function words that opened the sentence.
        run = m.group(1)
        words = run.split()
        while len(words) > 1 and words[0] in OPENING_WORDS:
            s += len(words[0]) + (len(run) - len(run.lstrip())) + 1
            run = run[len(words[0]) + 1:]
            words = words[1:]
        if words[0] in OPENING_WORDS:
            return None  # "When asked why, ...": a sentence's first word, no speaker
        role = re.search(r"((?:[A-Z][\w.\-]*\s+)+(?:of|for)\s+)$", body[max(limit, s - 60):s])
        if role:  # "US Secretary of State Antony Blinken"
            s = max(limit, s - 60) + role.start(1)
        det = re.search(r"(?<![\w\-])(the|a|an)\s+$", body[max(limit, s - 5):s], re.I)
        if det:  # "the Texan said", "the Post reported"
            s = max(limit, s - 5) + det.start(1)
        group = _GROUP_IN_PLACE.search(body, max(limit, s - 40), s)
        if group:  # "Legislative leaders in North Carolina noted", "Officials in Moscow said": not the place
            s = group.start(1)
            words = body[max(limit, s - 60):s].split()[-2:]
            for w in reversed(words):  # "Republican lawmakers", "Legislative leaders": their modifiers too
                if w.lower() in STOP_WORDS or VERBISH.match(w) or not re.fullmatch(r"[A-Za-z][\w\-]*", w):
                    break
                s -= len(w) + 1
        return s, end
    tokens = list(re.finditer(r"[\w\-'\u2019.]+|[^\w\s]", text))
    if not tokens:
        return None
    last = tokens[-1].group()
    if last.lower() in STOP_WORDS or last.lower() in DETERMINERS or not re.match(r"[\w]", last):
        return None
    # a determiner phrase: "the top Russian diplomat", "a Coca-Cola spokesman"
    for back in range(1, min(len(tokens), 8) + 1):
        tok = tokens[-back]
        word = tok.group()
        if not re.match(r"[\w]", word):
            break
        if word.lower() in DETERMINERS:
            if back + 1 < len(tokens) and tokens[-back - 1].group().lower() in ADVERBIAL_PREPOSITIONS \
                    and tokens[-back - 2].group().lower() in AUXILIARIES:
                return None  # "Beck, who has in the past described ...": an adverbial, not the subject
            return limit + tok.start(), end
        if word.lower() in STOP_WORDS - {"all", "both", "many", "some"}:
            break
    # a group: "US and NATO military officials", "Democrats"
    if last in GROUP_NOUNS or last.lower() in GROUP_NOUNS:
        start = tokens[-1].start()
        for back in range(2, min(len(tokens), 6) + 1):
            word = tokens[-back].group()
            if not re.match(r"[\w]", word) or (word.lower() in STOP_WORDS and word != "and"):
                break
            start = tokens[-back].start()
        if text[start:].split()[0] == "and":
            start += 4
        return limit + start, end
    return None


def np_after(body, pos):
    """(start, end) of the speaker phrase that starts at ``pos`` (after 'said' or 'according to')."""
    tail = body[pos:pos + 160]
    m = re.match(r"(he|she|they|it|we|I)\b", tail, re.I) or \
        re.match(r"(him|her|them|us|me)(?=\s*[,.;:!?)]|\s*$)", tail, re.I)  # "according to him," not "her aide"
    if m:
        return pos, pos + m.end(1)
    cut = re.search(r"(?<!\b[A-Z])(?<!\b(?:Mr|Ms|Dr|Jr|Sr|St|Lt|Ft|Mt|Co|No))(?<!\b(?:Mrs|Sen|Rep|Gov|Gen|Col|Sgt|Rev|Del|"
                    r"Adm|Maj|Inc))(?<!\b(?:Capt|Prof|Atty|Cmdr|Sens|Reps|Corp|Govs))[.;:!?\"\u201c\u201d(,]"
                    r"|\s(?:in|on|at|during|who|after|before|when|while|to|from|about|as|last|this|"
                    r"that|and then|because|said|says|told|added|but|with|of the|since|ahead|whether|why|how)\s", tail)
    phrase = tail[:cut.start()] if cut else tail
    phrase = phrase.rstrip()
    if not phrase or len(phrase.split()) > 10 or phrase.split()[0] in DAYS:
        return None  # '"...," Mitch McConnell, R-Ky., said Tuesday': when, not who
    named = _NAME_AFTER_COMMA.match(tail, len(phrase)) if phrase.split()[0].lower() in DETERMINERS else None
    if named:  # "said the bureau's director, James B. Comey, on Monday": the description and the name
        return pos, pos + named.end(1)
    first = phrase.split()[0]
    if first.lower() in STOP_WORDS and first.lower() not in DETERMINERS and not _CAPITALISED_PAIR.match(phrase):
        return None  # ("said Will Doyle": a capitalised word before a name is a first name here)
    # "former Pennsylvania Gov. Ed Rendell", "retired neurosurgeon Ben Carson": a name comes later
    if not (first[0].isupper() or first.lower() in DETERMINERS or first in GROUP_NOUNS
            or re.search(r"\b[A-Z][a-z]", phrase)):
        return None
    return pos, pos + len(phrase)


# a group, then where it is: "Legislative leaders in North Carolina", "People in Fort Pierce"
_GROUP_IN_PLACE = re.compile(rf"(?<![\w\-])((?i:{'|'.join(sorted(w for w in GROUP_NOUNS | {'legislators'} if w.islower()))}))"
                             r"\s+(?:in|from|across|throughout)\s+$")
_CAPITALISED_PAIR = re.compile(r"[A-Z][a-z]+\s+[A-Z][a-z]")
_NAME_AFTER_COMMA = re.compile(r",\s*((?:[A-Z][a-z]?\.\s*|[A-Z][\w\-'\u2019]+\s+){1,3}[A-Z][\w\-'\u2019]+)(?=\s*(?:[,.;]|$))")


# The punctuation first, then what stands before it: tried only at punctuation, not at every character.
SENTENCE_END = re.compile(r"[.!?](?<![A-Z][.!?])(?<!\b(?:Mr|Ms|Dr|Jr|Sr|St)[.!?])(?<!\b(?:Mrs|Sen|Rep|Gov|Gen)[.!?])"
                          r"[\"'\u201d\u2019]?\s+|\n+")


# what lies between a name and the relative pronoun that stands for it: "Jeb Bush, who",
# "Trump - who", "Rep. Chris Collins (R-N.Y.), who"
_RELATIVE_GAP = re.compile(r"\s*(?:\([^)]{0,40}\)\s*)?(?:,|\s[-\u2013\u2014])?\s*")
# a description of the name between them: "Lloyd Grove, the Daily Beast editor who", "Marco Rubio of
# Florida, who", "Angela Corey is the Republican state attorney who", "Sosa, 61, a media consultant who"
_DESCRIBED_GAP = re.compile(
    r"(?:,?\s+of\s+[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*)?(?:\s*\([^)]{0,40}\))?(?:,\s*\d{1,3})?"
    r"(?:(?:,\s+|\s+(?:is|was|has\s+been)\s+)"
    r"(?:(?:a|an|the|his|her|its|their|(?:one|two|three)\s+of\s+the)\s+|[A-Z][\w.\-]*['\u2019]s\s+|"
    r"(?:former|then|longtime|onetime|senior|deputy|executive|chief|co-founder|founder|president|chairman|"
    r"director|head|leader|spokesman|spokeswoman)\s+)"
    r"[^,;:.!?\"\u201c\u201d()]{0,100}?)?,?\s*")
# "the Mexican president, who": a definite noun phrase of up to six words, no verb or possessive in it
_NP_WORD = r"(?!(?:is|was|were|are|be|been|has|have|had|from|to|by|with|at|on|in|for|that|who|which|and|or|but|as)\s)[\w\-.]+"
_DEFINITE_BEFORE = re.compile(rf"(?<![\w\-'\u2019])[Tt]he\s+(?:{_NP_WORD}\s+){{0,5}}?{_NP_WORD},?\s*$")


# where the name a speaker phrase opens with ends: an apposition, a relative clause or "of"/"at"
_HEAD_BREAK = re.compile(r",\s| (?:of|at|from|for) ")
_INTERVIEW_ANSWER = re.compile(r"^A: ", re.M)


def is_interview(body):
    """Whether an article is a Q&A, whose answers ("A: ...") speak as "I" for the person asked."""
    return len(_INTERVIEW_ANSWER.findall(body)) >= 2


def _org_fits(head_word, name):
    """Whether an organisation is one a description's head can mean: a paper for "the daily", a
    broadcaster for "the network", a magazine for "the magazine", any outlet for "the outlet" (no
    "website": the sites quoted are seldom outlets), a company for "the company", a
    foundation, movement or PAC for "the group", one with the head in its name for "the committee"."""
    last = name.split()[-1]
    outlet = name in OUTLETS or last in OUTLET_NAME_ENDS
    broadcaster = name in BROADCASTERS or last in BROADCAST_NAME_ENDS
    if head_word in PRINT_HEADS:
        return outlet and not broadcaster and name not in NEWS_AGENCIES
    if head_word in BROADCAST_HEADS:
        return broadcaster
    if head_word == "magazine":
        return name in MAGAZINES or last == "Magazine"
    if head_word in OUTLET_HEADS:
        return outlet
    if head_word in COMPANY_HEADS:  # "Twitter", "Apple Inc", "United Technologies"; not "Bank of Japan"
        return name in COMPANIES or last in COMPANY_NAME_ENDS and " of " not in name or (
            not outlet and last not in ORG_SUFFIXES and name not in ORGANIZATIONS and name not in COUNTRIES
            and not ACRONYM.match(name) and " of " not in name and " for " not in name)
    if head_word in GROUP_HEADS:
        return name in GROUP_ORGANIZATIONS or (name not in ORGANIZATIONS and not outlet
                                                and (last in GROUP_NAME_ENDS or ACRONYM.match(name)))
    return head_word in name.lower().split()


class Resolver:
    """Binds speaker phrases to actors named in the article."""

    def __init__(self, body, mentions):
        self.body = body
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.persons = persons(self.mentions)
        self.quoted = []
        self._quote_starts = []
        self.last_speaker = None
        self.sentence_starts = [0] + [m.end() for m in SENTENCE_END.finditer(body)]

    def labelled(self, label):
        """The one person of the article a transcript's speaker label ("PENCE", "WALLACE") names by surname, or None."""
        found = [p for p in self.persons if " " in p and p.split()[-1].upper() == label]
        return found[0] if len(found) == 1 else None

    def kinds_in(self, s, e):
        """Kinds of the mentions inside body[s:e]."""
        i = bisect.bisect_left(self.starts, s)
        out = set()
        while i < len(self.mentions) and self.mentions[i].start < e:
            if self.mentions[i].end <= e:
                out.add(self.mentions[i].kind)
            i += 1
        return out

    def add_quoted(self, ranges):
        self.quoted.extend(ranges)
        self.quoted.sort()
        self._quote_starts = [a for a, _ in self.quoted]

    def spoke(self, name, kind, pos):
        """Remember the last speaker: "she said" right after X's quote is usually X."""
        if name:
            self.last_speaker = (name, kind, pos)

    def in_quote(self, pos):
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        # quoted ranges never overlap, so only the last one starting before pos can hold it
        return i >= 0 and self.quoted[i][0] <= pos < self.quoted[i][1]

    def _overlapping(self, s, e):
        i = bisect.bisect_left(self.starts, s - 200)
        hits = [m for m in self.mentions[i:] if m.start < e and m.end > s]
        return hits

    def resolve(self, s, e, anchor):
        """(actor name, kind) for the speaker phrase body[s:e], or None."""
        found = self._resolve(s, e)
        if found and found[1] == "organization" and GOVERNMENT_BODY.fullmatch(found[0]):
            # "the Foreign Ministry" of a Xinhua story is China's, not every country's
            country = self._home_country(s)
            if country:
                return f"{COUNTRIES[country][0][0]} {found[0]}", "organization"
        return found

    @functools.cached_property
    def _datelines(self):
        return [(m.start(), m.group(1), m.group(2) or m.group(3)) for m in DATELINE.finditer(self.body)]

    def _home_country(self, pos):
        """The country whose government a wire story before ``pos`` reports on: that of its state news
        agency ("/TASS/", "(Xinhua)"), else that of the place it was filed from ("KYIV (AP) --"), or None."""
        before = [d for d in self._datelines if d[0] <= pos]
        if not before:
            return None
        _, place, agency = before[-1]
        if agency in AGENCY_COUNTRY:  # TASS in Stockholm still reports Russia's ministries
            return AGENCY_COUNTRY[agency]
        found = ALIASES.get(place.split(",")[0].strip().title())  # "KYIV" -> Kyiv -> Ukraine
        if found and found[1] == "country" and COUNTRIES.get(found[0], ([],))[0]:  # with an adjective to name by
            return found[0]
        return None

    def _resolve(self, s, e):
        text = self.body[s:e]
        office = _THE_OFFICE_OF.match(text)
        if office:  # "the secretary of state", "the governor of Ohio": whom the article gave that office
            found = self._description(text, office.group(1).lower(), s)
            if found:
                return found
        hits = self._overlapping(s, e)
        brk = _HEAD_BREAK.search(text)
        named = [m for m in hits if m.kind == "person" and m.end == s + brk.start()
                 and m.name.split()[-1] not in TITLES  # "UMWA Director of ..." is no name
                 and (" " in m.name or brk.group() != " for ")] if brk else []  # nor "Fight for $15"
        if named:
            # the person a phrase opens with speaks, not those its apposition or "of ..." names:
            # "Tom Fitton, the president of Judicial Watch", "Jeffrey Lewis of the James Martin Center",
            # "Cameron Easley for Morning Consult",
            # "Senator Jeff Sessions, a close advisor to Trump" ("the Vatican spokesman, Federico
            # Lombardi": no name before the comma, so the name after it)
            return named[-1].name, "person"
        head = re.findall(r"[\w\-']+", text)
        if head and head[-1].lower() in DESCRIBED_ORG_HEADS and re.match(r"[Tt]he\s", text) \
                and all(m.kind in ("country", "place") for m in hits) \
                and not any(w.lower() in DESCRIBED_ORG_HEADS or w[0].isdigit() for w in head[1:-1]):
            # "the influential US daily", "the company": the organisation of that kind named last (not
            # "the company website", "the 2009 paper")
            found = self._named_organisation(head[-1].lower(), s)
            if found:
                return found
        if hits and not (head and head[-1].lower() in ORG_HEADS):
            # "Jeff Weaver, Sanders' campaign manager": a possessive name is whom the speaker works for
            owners = [m for m in hits if POSSESSIVE_AFTER.match(self.body, m.end)]
            if owners and head and head[-1].lower() in OWN_WORDS and _OPENS_OWNED.fullmatch(self.body, s, owners[0].start):
                hits = owners[:1]  # "From Bush's Facebook post", "Trump's Twitter account": what he wrote
            elif len(owners) < len(hits):
                hits = [m for m in hits if m not in owners]
            # "the Christie supporter", "Trump voters": a name before a common noun only modifies it
            if head and head[-1] in ASSOCIATES:
                hits = [m for m in hits if not re.match(r"[ \t]+[a-z]", self.body[m.end:e])]
                if not hits:  # one of the group: "a Trump supporter" -> "Trump supporters"
                    return _member_group(text.split())
            best = [m for m in hits if m.kind == "person"] or [m for m in hits if m.kind != "place"]
            places = [m for m in hits if m.kind == "place" and m.start > s]
            if places and all(m.kind in ("place", "group") for m in hits) \
                    and _GROUP_IN_PLACE.search(self.body, s, places[0].start):
                # "People in Fort Pierce", "Republican lawmakers in Texas": the group there, by its words
                return " ".join(w for w in text.split() if w.lower() not in DETERMINERS), "group"
            if not best:
                # places do not speak (seats of government are countries already), but their people do:
                # "New Hampshire voters said" -> the group "New Hampshire voters"
                words = text.split()
                if len(words) > 1 and (words[-1] in GROUP_NOUNS or words[-1].lower() in GROUP_NOUNS):
                    return " ".join(w for w in words if w.lower() not in DETERMINERS), "group"
                if len(words) > 1 and words[-1] in PARTY_MEMBERS:
                    if re.match(r"[Tt]he\s", text):  # "the Wisconsin Republican": one person, not the group
                        return self._state_member(text, s)
                    return _member_group(words)  # "a Nevada Democrat": one of the group "Nevada Democrats"
                if head and (head[-1].lower() in PROMINENT_HEADS or head[-1].lower() in ROLE_SYNONYMS):
                    return self._description(text, head[-1].lower(), s)  # "the Florida senator": a person
                return None
            m = best[-1]
            return m.name, m.kind
        word = text.strip().lower()
        word = OBJECT_PRONOUNS.get(word, word)  # "according to her", "in his words"
        if word in PRONOUNS:
            return self._pronoun(word, s)
        if word in ("who", "which"):
            return self._antecedent(s, word)
        if not head:
            return None
        head_word = head[-1].lower()
        if head_word in ORG_HEADS and hits:  # "the Biden administration", "the Clinton campaign"
            words = [w for w in head if w[0].isupper() and w.lower() not in DETERMINERS]
            owner = POSSESSIVE_END.sub("", words[0]) if words else ""
            if owner in COUNTRIES and COUNTRIES[owner][0]:  # "Iran's Foreign Ministry" -> "Iranian Foreign Ministry"
                words[0] = COUNTRIES[owner][0][0]
            elif words and not head[-1][0].isupper() and " ".join(words[:2]) not in OUTLETS:
                words[0] = owner  # "Clinton's campaign" is the Clinton campaign ("People's Daily" keeps its name)
            if not head[-1][0].isupper():  # "the State Department" already ends with its head
                words.append(head_word)
            return " ".join(words), "organization"
        if head_word == "campaign" and re.fullmatch(r"[Tt]he\s+campaign", text.strip()):
            return self._named_campaign(s)  # "the campaign said": the one named last
        if head_word in WRITTEN_NOUNS and _DEFINITE_WRITING.fullmatch(text.strip()):
            return self._author(head_word, s)  # "the statement said": whoever issued it
        if head_word in ORG_HEADS or head_word in PERSON_HEADS:
            caps = [w for w in head[:-1] if w[0].isupper() and w.lower() not in DETERMINERS]
            if caps:
                owner = POSSESSIVE_END.sub("", " ".join(caps))
                name, kind = _modifier_actor(owner, head[-1])
                if kind == "person" and owner != " ".join(caps):
                    return None  # "Obama's former strategist" is someone of Obama's, not Obama
                if kind == "person":  # "a Clinton aide": the Clinton the article names, if any;
                    named = [p for p in self.persons if name in p.split()]  # else "a Coca-Cola spokesman"
                    return (named[-1], "person") if named else (name, "organization")
                return name, kind  # "the Kremlin's spokesman" speaks for Russia
            if head_word in ORG_HEADS:
                return None
        found = self._description(text, head_word, s)
        if found:
            return found
        found = self._bare_name(text)
        if found and found[1] == "person" and " " not in found[0]:
            # "Trump Says ..." in a Title Case headline, whose names the entity finder leaves alone: the
            # one person of the article with that surname
            full = [p for p in self.persons if " " in p and p.split()[-1] == found[0]]
            if len(full) == 1:
                return full[0], "person"
            at = self.body.find(found[0], s, e)
            if at < 0 or not lone_person(self.body, at, at + len(found[0]), None):
                return None  # "Along with the photo, he posted": not a name
        return found

    def _antecedent(self, pos, word):
        """Whom a relative "who"/"which" at ``pos`` stands for: the name right before it ("Jeb Bush,
        who"), the name a description after a comma or "is" describes ("Lloyd Grove, the Daily Beast
        editor who", "Sen. Marco Rubio of Florida, who", "Angela Corey is the state attorney who"), or
        the actor a definite description means ("The former secretary of state, who"). A description
        of someone unnamed ("a campaign surrogate who", "6 in 10 voters who") stands for no one: the
        nearest name before it is someone else."""
        i = bisect.bisect_left(self.starts, pos - 160)
        before = [m for m in self.mentions[i:] if m.end <= pos]
        # a person a description describes comes first: in "Armin Laschet, the leader of the opposition
        # in North-Rhine Westphalia, who" the name right before "who" is inside the description
        people = [m for m in before if m.kind == "person" and _DESCRIBED_GAP.fullmatch(self.body, m.end, pos)]
        adjacent = [m for m in before if _RELATIVE_GAP.fullmatch(self.body, m.end, pos)]
        speaking = people[:1] if word == "who" else []
        speaking = speaking or [m for m in adjacent if m.kind == "person"] or [m for m in adjacent if m.kind != "place"]
        if speaking:
            return speaking[-1].name, speaking[-1].kind
        np = _DEFINITE_BEFORE.search(self.body, max(0, pos - 80), pos)
        if np:
            start, end = np.start(), np.start() + len(np.group().rstrip(" ,"))
            inside = [m for m in before if m.start >= start and m.kind != "place"]
            if word == "which" and inside:  # "the Associated Press report, which"
                return inside[-1].name, inside[-1].kind
            found = self._resolve(start, end)  # "the Mexican president, who"
            if found and found[1] == "person":
                return found
        return None

    @staticmethod
    def _bare_name(text):
        """A capitalised name the entity finder did not type ("Trump" in an article that never
        gives the full name): the name itself, without titles."""
        runs = re.findall(rf"{CAP}(?:\s+{CAP})*\s*$", text.rstrip(" ,."))  # the name must be the head
        for run in reversed(runs):
            words = [w for w in run.split() if w not in TITLES and w not in ADJECTIVES
                     and w not in {"The", "A", "An", "One", "Another", "His", "Her", "Their", "Its"}]
            if not words or len(words) > 4 or sum(w.isupper() and len(w) > 1 for w in words) >= 2:
                continue  # not a name: a shouted headline or a long title
            name = " ".join(words).rstrip(".,")
            if name in ALIASES:
                return ALIASES[name][0], ALIASES[name][1]
            if len(words) == 1 and name in GROUP_WORDS:
                return name, "group"
            if len(words) == 1 and name.isupper() and (len(name) > 6 or name.lower() in SHOUTED_WORDS):
                return None  # "WASHINGTON ―", "YOU": a dateline or a shouted word, no acronym
            if len(words) == 1 and (name.isupper() or re.match(r"(?:the|The)\s", run) or
                                    re.match(r"(?:the|The)\s+$", text[:len(text) - len(run)][-4:])):
                return name, "organization"  # "The Hill reported", "POLITICO"
            if len(words) == 1 and not plausible_name(name):
                return None
            if words[-1] in ORG_SUFFIXES:
                return name, "organization"
            if name[0].isupper() and name.lower() not in PRONOUNS:
                return name, "person"
        return None

    def _candidates(self, pos, kinds):
        """Mentions of the given kinds before ``pos`` and outside quotes, nearest sentence first."""
        i = bisect.bisect_left(self.starts, pos)
        sent_idx = bisect.bisect_right(self.sentence_starts, pos) - 1
        window = self.sentence_starts[max(0, sent_idx - 6)]
        groups = {}
        for m in self.mentions[bisect.bisect_left(self.starts, window):i]:
            if m.kind in kinds and not self.in_quote(m.start):
                k = bisect.bisect_right(self.sentence_starts, m.start) - 1
                groups.setdefault(k, []).append(m)
        for k in sorted(groups, reverse=True):
            if sent_idx - k > 6:
                break
            yield groups[k]

    def _pronoun(self, word, pos):
        if word == "i" and not is_interview(self.body):
            return None  # "I said" outside quotation marks is the writer, whom the text does not name
        gender = PRONOUNS[word]
        if word in ("they", "it", "we"):
            for group in self._candidates(pos, {"organization", "country"}):
                return group[0].name, group[0].kind
            return None
        if self.last_speaker and self.last_speaker[1] == "person" and pos - self.last_speaker[2] < 400:
            name = self.last_speaker[0]
            person = self.persons.get(name)
            if person is None or person.gender in (None, gender):
                # unless someone else has spoken since, in reported speech ('Peskov told TASS that ...
                # "...," he said'): a name right before a reporting verb
                since = self._reported_speaker_since(self.last_speaker[2], pos, gender)
                return (since, "person") if since else (name, "person")
        for group in self._candidates(pos, {"person"}):
            fits = [m for m in group if gender is None or self.persons.get(m.name) is None
                    or self.persons[m.name].gender in (None, gender)]
            if fits:
                return fits[0].name, "person"
        return None

    def _reported_speaker_since(self, start, pos, gender):
        """The last person named between ``start`` and ``pos`` right before a reporting verb, if
        the pronoun fits them: another speaker since the last quote's."""
        i = bisect.bisect_left(self.starts, start)
        found = None
        for m in self.mentions[i:]:
            if m.start >= pos:
                break
            verb = REPORTED_BY.match(self.body, m.end)
            if verb and verb.group(1) and self.body[max(0, m.start - 2):m.start] != ", ":
                verb = None
            if m.kind == "person" and m.is_name and not self.in_quote(m.start) \
                    and verb and m.name != self.last_speaker[0]:
                person = self.persons.get(m.name)
                if gender is None or person is None or person.gender in (None, gender):
                    found = m.name
        return found

    def _description(self, text, head_word, pos):
        """'the secretary', 'the Russian leader': the nearest actor with a matching role; 'the Florida
        senator' only among the people the article ties to Florida, when it ties anyone to it."""
        if _INDEFINITE_START.match(text):
            return None  # "one longtime adviser to Bill Clinton", "a senior aide": someone not named
        # "the Florida senator and Republican presidential candidate": every head counts
        heads = {part.split()[-1].lower() for part in re.split(r"\s+and\s+", text) if part.split()} | {head_word}
        wanted = set().union(*(ROLE_SYNONYMS.get(h, {h}) for h in heads))
        nationality = [w for w in re.findall(r"[A-Z][\w\.]+", text) if w in ADJECTIVES or w in ("US", "U.S.")]
        roles = {}
        for m in self.mentions:
            if m.kind == "person" and m.role:
                roles.setdefault(m.name, set()).add(m.role.lower())
        from_state, elsewhere = self._tied_to_state(text, pos)  # "the Florida senator" is no senator from Iowa
        best = None
        for m in self.mentions:
            if m.start >= pos or m.kind != "person" or m.name not in roles:
                continue
            if (from_state and m.name not in from_state) or m.name in elsewhere:
                continue
            role_text = " ".join(roles[m.name])
            if not any(w in role_text for w in wanted):
                continue
            if nationality and not any(n.lower() in role_text for n in nationality):
                continue
            best = m
        if best is not None:
            return best.name, "person"
        if heads & PROMINENT_HEADS and not nationality and re.match(r"[Tt]he\s", text):  # not "a candidate"
            # an office is not another office: "the Florida senator" is not "President Obama"
            other = OFFICES - wanted if heads & OFFICES else set()
            excluded = {n for n, r in roles.items() if other & set(" ".join(r).split())} | elsewhere
            if from_state:
                left = from_state - excluded
                return (left.pop(), "person") if len(left) == 1 else None
            return self._most_named_before(pos, excluded)
        return None

    def _state_member(self, text, pos):
        """'the Wisconsin Republican': the one person the article ties to that state before ``pos``, else
        no one (the person named most is often of the other party: Obama in a story on Paul Ryan)."""
        from_state, _ = self._tied_to_state(text, pos)
        return (from_state.pop(), "person") if len(from_state) == 1 else None

    def _tied_to_state(self, text, pos):
        """({people the article ties before ``pos`` to the US state a description names}, {people it
        ties to other states}); both empty when the description names no state."""
        state = STATE_IN.search(text)
        ties = self._states_before(pos) if state else {}
        from_state = {n for n, states in ties.items() if state.group(1) in states}
        return from_state, {n for n in ties if n not in from_state}

    def _named_campaign(self, pos):
        """The campaign written last before ``pos`` as "the Trump campaign" or "Clinton's campaign", as
        the organisation "Trump campaign", or None."""
        owners = [m.group(1) for m in _NAMED_CAMPAIGN.finditer(self.body, max(0, pos - 2000), pos)
                  if m.group(1).lower() not in DETERMINERS and m.group(1) not in ADJECTIVES]  # not "The campaign"
        return (f"{owners[-1]} campaign", "organization") if owners else None

    def _author(self, noun, pos):
        """Who wrote "the statement", "the email" the article quotes: the subject of the last sentence
        before ``pos`` (in the paragraph or the one before) that has someone issue, send or post one
        ("Cook provided a written statement", "Clinton's campaign sent out an email"), or None."""
        start = self.body.rfind("\n", 0, max(0, self.body.rfind("\n", 0, pos) - 1)) + 1
        issued = list(_ISSUED_WRITING[noun].finditer(self.body, start, pos))
        if not issued:
            return None
        verb = issued[-1]
        sentence = max(self.body.rfind(". ", start, verb.start()) + 2, self.body.rfind("\n", start, verb.start()) + 1,
                       start)
        np = np_before(self.body, verb.start(), limit=sentence)
        return self._resolve(*np) if np else None

    def _named_organisation(self, head_word, pos):
        """The organisation named last before ``pos`` that a definite description with this head can
        mean (_org_fits), or None."""
        for m in reversed(self.mentions[:bisect.bisect_left(self.starts, pos)]):
            if m.kind == "organization" and m.is_name and _org_fits(head_word, m.name):
                return m.name, "organization"
        return None

    @functools.cached_property
    def _state_ties(self):
        """(position, person, US state) for each time the article ties someone to a state: a state or its
        short form right around their name ("Marco Rubio (R-Fla.)", "Florida Sen. Marco Rubio", "Joni Ernst, R-Iowa")."""
        ties = []
        for m in self.mentions:
            if m.kind == "person" and m.is_name:
                # a state and title right before the name, a party tag after it: "the U.S. attorney, Channing
                # D. Phillips - the Utah Republican" is no tie of Phillips to Utah
                found = [f.group(2) for f in STATE_TIE.finditer(self.body, max(0, m.start - 30), m.start)
                         if f.group(2) and not self.body[f.end():m.start].strip()]
                found += [f.group(1) for f in STATE_TIE.finditer(self.body, m.end, m.end + 30) if f.group(1)]
                found += [f.group(1) for f in [STATE_AFTER_NAME.match(self.body, m.end)] if f]
                ties.extend((m.start, m.name, STATE_OF_FORM[state]) for state in found)
        return ties

    def _states_before(self, pos):
        """{person: US states} the article ties them to before ``pos``."""
        ties = {}
        for at, name, state in self._state_ties:
            if at < pos:
                ties.setdefault(name, set()).add(state)
        return ties

    def _most_named_before(self, pos, excluded):
        """'the Florida senator', 'the businessman' where the article gives no one that title: the
        person it names most before ``pos``: at least twice and twice as often as anyone else."""
        counts = {}
        for m in self.mentions[:bisect.bisect_left(self.starts, pos)]:
            if m.kind == "person" and m.is_name and m.name not in excluded:
                counts[m.name] = counts.get(m.name, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            return ranked[0][0], "person"
        return None


CONJUNCTION = re.compile(r"^\s*(?:But|And|Yet|So|Still|Then|Now|Also|Later|Earlier|Instead)\s+(?![,])"
                         r"(?:(?:then|also|now|later|so)\s+(?![,]))?")
LEAD_IN = re.compile(
    r"^\s*(?:(?:Meanwhile|However|Indeed|Moreover|Which|Who|Where|which|who|where|"
    r"In|On|At|After|Before|During|Speaking|Asked|Writing|Addressing|Responding|Following|While|When|"
    r"Since|Last|This|Over|Throughout|Despite|Like|Unlike|Amid|Alongside|Among|With|Without|For|From|As|Under|Through|"
    r"Outside|Inside|Near|Across|Even|Hours|Days|Weeks|Months|Minutes|Moments|Shortly|Separately|Elsewhere|"
    r"Back|Once|Today|Yesterday|Tuesday|Monday|Wednesday|Thursday|Friday|Saturday|Sunday|Again|Along|"
    r"Immediately|Soon|Just|Then|Led by|Joined by|Flanked by|Accompanied by|Preceded by|Followed by|"
    r"Although|Though|Because|If|Unless|Until|Upon|Given|Having|Adding|Continuing|Ahead|Besides|Beyond|Ever|"
    r"although|though|because|while|when|if|after|before|as|since|on|in|at|during|last|this|even|[A-Z][a-z]+ing|"
    r"[Ll]ater|[Ee]arlier|The (?:day|night|morning|evening|week|month|year) (?:after|before)|"
    r"(?:[Aa] few|[Ss]everal|[A-Z][a-z]+|\d+)\s+(?:days|weeks|months|hours|years|minutes)\s+"
    r"(?:later|earlier|ago|after|before))"
    r"\b[^,\"\u201c]{0,120},\s*"
    # "Preceded at the lectern by Joe Arpaio, the Arizona sheriff, Trump launched": a participle with
    # its agent, and the agent's description
    r"|[A-Z][a-z]+ed\s+(?:[\w\-]+\s+){0,4}?by\s[^,\"\u201c]{1,80},(?:\s*(?:the|a|an)\s[^,\"\u201c]{1,80},)?\s*)+")
VERBISH = re.compile(r"^(?:[a-z]+ed|[a-z]+s|[a-z]+n['\u2019]t|is|was|has|had|will|would|also|then|later|again|says|"
                     r"told|can|could|did|does|do|may|might|must|should|went|made|took|gave|got|put|let|kept|sent|set|"
                     r"left|held|brought|began|became|wrote|spoke|stood|ran|came|saw|said)$")


def sentence_subject(body, sent_s, pos):
    """(start, end) of the subject that opens the sentence in body[sent_s:pos], or None.

    Used when a quote's own neighbourhood names no speaker but its sentence does
    ("Sen. Durbin, noting ..., said, ..." / "McConnell delivered a message: ...").
    """
    if sent_s == 0 or body[sent_s - 1] == "\n":
        dateline = DATELINE.match(body, sent_s, pos)  # "PHILADELPHIA, July 25 (UPI) — The DNC released ..."
        if dateline:
            sent_s = dateline.end()
    text = body[sent_s:pos]
    conj = CONJUNCTION.match(text)
    if conj:
        sent_s += conj.end()
        text = text[conj.end():]
    offset = 0
    while True:  # lead-in phrases, and a place that goes on after one ("In Aspen, Colo., she ...")
        lead = LEAD_IN.match(text, offset)
        place = re.match(rf"\s*{CAP}(?:\s+{CAP})*\s*,\s*", text[offset:]) \
            if offset and re.search(rf"{CAP},\s*$", text[:offset]) else None
        if not (lead and lead.end() > offset) and not place:
            break
        offset = lead.end() if lead and lead.end() > offset else offset + place.end()
    rest = text[offset:]
    lead_ws = len(rest) - len(rest.lstrip(" \t\n-\u2014"))
    start = sent_s + offset + lead_ws
    rest = rest[lead_ws:]
    if rest[:1] in "\"\u201c":  # '"...," Clinton responded': the subject follows the quotation
        close = re.search(r"[\"\u201d]", rest[1:])
        if not close:
            return None
        after = start + 1 + close.end()
        after += len(body[after:pos]) - len(body[after:pos].lstrip(" ,\u2014-"))
        return sentence_subject(body, after, pos) if after < pos else None
    m = re.match(r"(?:[A-Z][a-z]+ly\s+)?(he|she|they|it|we|I|He|She|They|It|We)\b", rest)
    if m:  # "Initially he called himself ...": the adverb is no subject
        return start + m.start(1), start + m.end(1)
    if re.match(r"(?:[A-Z][a-z]+ly|Nevertheless|However|Meanwhile|Instead|Still|Indeed|Moreover|Furthermore|Now|"
                r"Then|Today|Yesterday|Earlier|Later|Overall|Again|Separately|Similarly|Likewise|Afterward|"
                r"Regardless|Otherwise|Nonetheless|Besides|Also|Thus|Hence|Therefore|Accordingly|"
                r"Consequently|Here|There|Yes|No|Well|Plus|Anyway),\s", rest):
        skip = rest.index(",") + 1
        return sentence_subject(body, start + skip, pos)
    m = _SUBORDINATE_OPENING.match(rest)
    if m:  # never "Though": the subordinate clause's own subject ("Though she called ... and called for
        # ..."), or once it has ended the main clause's ("After the court failed to ..., Trump said")
        main = _MAIN_CLAUSE.search(rest, m.end(), pos - start)
        return sentence_subject(body, start + (main.end() if main else m.end()), pos)
    m = _FRONTED_LY.match(rest)
    if m:  # "Initially a Democrat, he ran ...": the fronted phrase ends where a subject starts
        return sentence_subject(body, start + m.end(), pos)
    m = re.match(rf"(?:{CAP})(?:[ \t]+(?:(?:de|van|von|bin|al|da|del|la|le|di|of|for|and)[ \t]+)?(?:{CAP}))*", rest)
    if m and m.group().split()[0] not in {"The", "A", "An", "This", "That", "These", "Those", "There", "It",
                                           "What", "When", "If", "Why", "How", "Where", "Who", "His", "Her",
                                           "Then", "But", "And", "So", "Yet", "Now", "Later", "Here", "Even",
                                           "Just", "Only", "Asked", "Many", "Some", "Most", "All", "Both",
                                           "From", "To", "For", "With", "In", "On", "At", "By", "As", "Of",
                                           "Wait", "Yes", "No", "Well", "Still", "Like", "Each", "Every", "Another"}:
        end = m.end()
        while end > 0 and rest[end - 1] in ",.":
            end -= 1
        # a role may come before the name: "Clinton campaign chairman John Podesta"
        named = _ROLE_THEN_NAME.match(rest, end)
        if named and any(w in ROLE_WORDS or w in PROMINENT_HEADS for w in named.group(1).split()) \
                and not any(w in _PREPOSITIONS or w in STOP_WORDS and w != "of" for w in named.group(1).split()):
            return start, start + named.end()
        # ... or the name modifies who speaks: "Trump supporters", "Clinton campaign officials", "Nuclear
        # proliferation experts" (up to two other words before the head, no verb among them)
        run = _LOWER_RUN.match(rest, end)
        words = list(_LOWER_WORD.finditer(run.group())) if run else []
        for k in range(len(words), 0, -1):
            head = words[k - 1].group(1)
            if head in SUBJECT_HEADS and (k == 1 or head not in DETERMINERS) and not any(
                    w.group(1) in STOP_WORDS or VERBISH.match(w.group(1)) for w in words[:k - 1]):
                end += words[k - 1].end()
                break
        return start, start + end
    words = list(re.finditer(r"[\w\-'\u2019.]+", rest[:120]))
    if not words or words[0].group().lower() not in DETERMINERS:
        return None
    end = words[0].end()
    for w in words[1:6]:
        if rest[end:w.start()].strip():  # punctuation between words ends the phrase
            break
        if w.group().lower() in STOP_WORDS or VERBISH.match(w.group()):
            break
        end = w.end()
    if end == words[0].end():
        return None
    return start, start + end
