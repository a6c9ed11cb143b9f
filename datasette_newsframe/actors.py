"""Corpus-wide actor consolidation: one row per real actor.

Within an article, extraction already binds "Putin" to "Vladimir Putin" when the
article names him in full. Across the corpus this module decides, from names and
counts only (no text), which stored actors are the same:

- full names that differ by titles, middle names or initials ("Donald J. Trump",
  "Hillary Rodham Clinton") merge into the most frequent spelling, and so does a name that opens
  with words no first name before a person the corpus names far more often ("Real Donald Trump");
- a bare surname or first name ("Clinton", "Hillary") from an article that never
  gives the full name is no actor of its own (a surname is not who someone is): article by
  article it goes to the full-name person with that surname, of the gender its title gives
  ("Mrs. Clinton"), and when several share it (Bill and Hillary Clinton), to the one the corpus
  names far more often; when no one clearly does, it stays on its mentions and quotes without
  an actor until the corpus names the person in full: two people are never merged;
- a quote whose speaker is a description the article alone leaves open ("the Republican nominee"
  in a story naming Donald Trump and Hillary Clinton about equally) goes to the person of the
  article whom the corpus gives that role far more often than anyone else there, and so does one
  the article only guessed at ("the Vermont senator" as the person it names most);
- a quote whose speaker is "I" outside quotation marks is the writer's: the person the byline
  names, when it names one;
- the analyst's overrides (merge, split, rename) are applied last, on every load.
"""
import functools
import re
from collections import defaultdict

from .extract.entities import is_first_name
from .extract.gazetteer import (FORMAL_JR, GENDER_OF_FIRST, HONORIFIC_GENDER, NICKNAMES, ORG_SUFFIXES, ORGANIZATIONS,
                                REGNAL_TITLES, ROLE_FILLER, TITLES, TRANSLITERATIONS)
from .extract.names import name_words
from .extract.speakers import PROMINENT_HEADS, ROLE_WORDS

# A surname goes to the most frequent full name only when it is this many times
# more frequent than the next person with that surname.
DOMINANCE = 3.0


@functools.lru_cache(maxsize=1 << 16)  # a consolidation asks for every actor's key several times
def name_key(name):
    """'first last' without titles, middle names or initials, or None for one-word names."""
    words = name_words(name)
    if len(words) < 2:
        return None
    suffix = re.search(r"\b(Jr|Sr|II|III|IV)\.?$", name.strip())
    # "Donald Trump Jr." is not "Donald Trump"; "Joe Biden" is "Joseph R. Biden" (Jr. included)
    patronym = next((i for i, w in enumerate(words[1:], 1) if w in ("bin", "ibn", "bint")), None)
    # "Mohammed bin Salman": the last word is the father's name, so "Salman" alone is not him
    last = "-".join(words[patronym:]) if patronym else last_key(words[-1])
    key = f"{first_key(words[0])} {last}"
    return key + (f" {suffix.group(1).lower()}" if suffix and key not in FORMAL_JR else "")


def first_key(word):
    """A first name as merging compares it: "Joe" is "Joseph", "Sergey" is "Sergei"."""
    word = NICKNAMES.get(word, word)
    return TRANSLITERATIONS.get(word, word)


def last_key(word):
    """A surname as merging compares it: "Zelenskyy", "Zelenskiy" and "Zelensky" are one."""
    return re.sub(r"sk(?:yy|iy|ii|yi)$", "sky", word)


def plan(people):
    """{actor id: canonical actor id} for full-name person actors to merge.

    ``people``: rows (id, name, weight) where weight is how often the corpus names the
    actor in full (mentions + quotes). Ids not in the result stay as they are; one-word
    names are left to resolve_lone().
    """
    return _full_names(people)[0]


def regnal_names(lone):
    """{(article id, one-word name): "Pope Francis"} for the rows of ``lone`` (as resolve_lone
    takes them) whose name has a regnal title."""
    out = {}
    for article_id, name, titles in lone:
        title = _regnal_title(titles)
        if title:
            out[(article_id, name)] = f"{title} {name}"
    return out


def _regnal_title(titles):
    found = {t.strip().lower() for t in (titles or "").split(",")}
    return next((t for t in REGNAL_TITLES if t.lower() in found), None)


def resolve_lone(people, lone, roles=None):
    """{(article id, one-word name): actor id} for names without an actor (store.unlink_lone_names).

    ``lone``: rows (article id, name, titles) where titles are the roles the article gives the
    name, joined by commas ("Mr.", "President"), or None; ``roles``: {actor id: words of the roles
    the corpus gives that actor}. The name goes to the full-name person with that surname or
    first name, of the gender an honorific gives ("Mrs. Clinton" is Hillary even where Bill is
    named more), preferring those the corpus gives the same title ("President Obama" is Barack,
    not Michelle), when the corpus names them at least DOMINANCE times as often as the next.
    """
    _, canonical = _full_names(people)
    index = _surname_index(canonical)
    roles = roles or {}
    out = {}
    for article_id, name, titles in lone:
        if _regnal_title(titles):
            continue  # regnal_names()
        titles = (titles or "").lower().split(",")
        gender = next((HONORIFIC_GENDER[t] for t in titles if t in HONORIFIC_GENDER), None)
        if gender is None and ("he" in titles) != ("she" in titles):  # one kind of pronoun stood for it
            gender = "male" if "he" in titles else "female"
        words = {w for t in titles for w in t.split()} - HONORIFIC_GENDER.keys() - ROLE_FILLER - {"he", "she"}
        target = _resolve_single(name, index, gender, lambda head: bool(words & roles.get(head, set())))
        if target is not None:
            out[(article_id, name)] = target
    return out


def known_persons(names, people):
    """{name: actor id} for the names that are a person the corpus already has under any spelling
    ("Joel B. Pollak" is the "Joel Pollak" of ``people``, rows as plan() takes them)."""
    _, canonical = _full_names(people)
    return {name: canonical[name_key(name)][0] for name in names if name_key(name) in canonical}


def is_lone_name(name):
    """A person's name of one word ("Tiegen", "Bob"): no actor of its own, it is not who someone is
    (a regnal name with its title, "Pope Francis", is)."""
    return name_key(name) is None and name.split(" ", 1)[0] not in REGNAL_TITLES


def _full_names(people):
    """Merges among full names, and {key: (canonical id, total weight)}; one-word rows are skipped."""
    merge = {}
    by_key = defaultdict(list)
    for actor_id, name, weight in people:
        key = name_key(name)
        if key:
            by_key[key].append((weight, -actor_id, actor_id, name))
    canonical = {}
    for key, group in by_key.items():
        group.sort(reverse=True)  # most named first, then the oldest id
        head = group[0][2]
        for _, _, actor_id, _ in group[1:]:
            merge[actor_id] = head
        canonical[key] = (head, sum(g[0] for g in group))
    # "Real Donald Trump" (a book's title), "Vermonter Bernie Sanders": a name that opens with words
    # no first name, then a person the corpus names in full far more often, is that person
    for key, group in by_key.items():
        name = group[0][3]
        tail = _described_name(name)
        if tail in canonical and tail != key and canonical[tail][1] >= DOMINANCE * canonical[key][1]:
            del canonical[key]
            for _, _, actor_id, _ in group:
                merge[actor_id] = canonical[tail][0]
    return merge, canonical


def _described_name(name):
    """The key of the person's name inside a name of three words or more that opens with words no
    first name ("Real Donald Trump" -> "donald trump"), or None."""
    words = [w.capitalize() for w in name_words(name)]  # name_words gives them in lower case
    if len(words) < 3 or is_first_name(words[0]):
        return None
    inside = next((i for i in range(1, len(words) - 1) if is_first_name(words[i])), None)
    return name_key(" ".join(words[inside:])) if inside else None


def _surname_index(canonical):
    by_surname, by_first = defaultdict(list), defaultdict(list)
    for key, (head, weight) in canonical.items():
        first, last = key.split(" ")[:2]
        gender = GENDER_OF_FIRST.get(first)
        by_surname[last].append((weight, head, gender))
        by_first[first].append((weight, head, gender))
    return by_surname, by_first


def _resolve_single(name, index, gender=None, same_title=None):
    """The full-name actor a one-word name belongs to, or None when no one clearly does."""
    if re.search(r"\b(Jr|Sr|II|III|IV)\.?$", name.strip()) or not name_words(name):
        return None  # "Donald Jr" is not Donald Trump
    by_surname, by_first = index
    word = name_words(name)[-1]
    candidates = sorted(set(by_surname.get(last_key(word), []) + by_first.get(first_key(word), [])),
                        reverse=True)
    if gender:
        candidates = [c for c in candidates if c[2] in (gender, None)]
    titled = [c for c in candidates if same_title and same_title(c[1])]
    if titled:
        candidates = titled
    if len(candidates) == 1 or (len(candidates) > 1 and candidates[0][0] >= DOMINANCE * candidates[1][0]):
        return candidates[0][1]
    return None


# a definite description of a person: "the Republican nominee", "the former secretary of state"
_DESCRIPTION = re.compile(r"[Tt]he((?:\s+[A-Za-z][a-z\-.]*){1,6})")
# words of a description that say when or how, not which role: "the presumptive nominee" is a nominee
_NO_ROLE = {"former", "presumptive", "then", "current", "longtime", "top", "retired", "outgoing", "incoming", "new",
            "likely", "eventual", "embattled", "influential", "veteran", "senior", "potential", "possible", "late"}
_ABBREVIATED = {"pres.": "president", "sen.": "senator", "gov.": "governor", "rep.": "representative",
                "sec.": "secretary", "gen.": "general"}
# heads of descriptions of a person's role: titles and role nouns, not the words of an office that
# name no one alone ("the state", "the campaign")
_ROLE_HEADS = ({t.lower() for t in TITLES if t.isalpha()} | ROLE_WORDS | PROMINENT_HEADS | {"moderator", "justice"}) \
    - {"state", "foreign", "defense", "defence", "former", "first", "supreme", "democratic", "republican", "independent",
       "presidential", "senior", "crown", "staff", "vice", "prime", "deputy", "majority", "minority", "us", "democrat",
       "gop", "senators", "representatives", "governors", "executive", "top", "chief"}


def role_words(role):
    """(head, words) of a role or a description's words: "Republican presidential nominee" ->
    ("nominee", {"republican", "presidential", "nominee"}); "secretary of state" -> ("secretary",
    {"secretary", "state"}); the head is the last word before "of"."""
    words = [_ABBREVIATED.get(w, w) for w in role.lower().split()]
    head = words[:words.index("of")] if "of" in words else words
    return (head[-1] if head else None), set(words) - {"of", "the"}


def description_words(mention):
    """(head, words) a person's role must have for a description to be them (role_words, without
    words like "former" or "presumptive" that name no role), or None for no definite description of
    a role ("the Republican nominee", "the former secretary of state"; not "the Clinton campaign")."""
    m = _DESCRIPTION.fullmatch((mention or "").strip())
    if not m or not m.group(1).split()[-1].islower():
        return None
    head, words = role_words(" ".join(w for w in m.group(1).split() if w.lower() not in _NO_ROLE))
    return (head, words) if head in _ROLE_HEADS else None


def resolve_descriptions(descriptions, named, role_counts):
    """{quote id: actor id} for quotes whose speaker is a description the article alone did not
    resolve ("the Republican nominee" in a story naming Donald Trump and Hillary Clinton equally).

    ``descriptions``: rows (quote id, article id, speaker position, speaker mention); ``named``: {article
    id: [(first position, person actor id)]} of the people each article names; ``role_counts``: {actor
    id: {role as written, lowercased: times the corpus gives it}}. Among the people the article names
    before the description, the one the corpus gives a role with the description's head and words
    most often goes, when at least twice and DOMINANCE times as often as the next ("the state" is
    no "secretary of state": the heads differ)."""
    out = {}
    roles_of = {}
    for quote_id, article_id, pos, mention in descriptions:
        wanted = description_words(mention)
        if not wanted:
            continue
        head, words = wanted
        scores = []
        for first, actor_id in named.get(article_id, ()):
            if first < pos:
                if actor_id not in roles_of:
                    roles_of[actor_id] = [(role_words(r), n) for r, n in role_counts.get(actor_id, {}).items()]
                scores.append((sum(n for (h, w), n in roles_of[actor_id] if h == head and words <= w), -actor_id))
        scores.sort(reverse=True)
        if scores and scores[0][0] >= 2 and (len(scores) == 1 or scores[0][0] >= DOMINANCE * scores[1][0]):
            out[quote_id] = -scores[0][1]
    return out


def overrule_guesses(guessed, named, role_counts):
    """{quote id: actor id} for quotes whose description their article resolved only by a guess (the
    article gives the person it chose no role with the description's head): whom the corpus gives
    that role (resolve_descriptions) when it decides, else the article's choice again, so every
    consolidation decides them the same way ("The Vermont senator" in a story that names Donald Trump
    most is Bernie Sanders when the corpus calls him that).

    ``guessed``: rows (quote id, article id, speaker position, speaker mention, actor id of the
    article's choice, its roles in the article joined by "|")."""
    guesses = {}
    for quote_id, article_id, pos, mention, actor_id, roles in guessed:
        wanted = description_words(mention)
        if wanted and not any(role_words(r)[0] == wanted[0] for r in (roles or "").split("|") if r):
            guesses[quote_id] = (article_id, pos, mention, actor_id)
    corpus = resolve_descriptions([(q, a, p, m) for q, (a, p, m, _) in guesses.items()], named, role_counts)
    return {quote_id: corpus.get(quote_id, actor_id) for quote_id, (_, _, _, actor_id) in guesses.items()}


# "Pam Key", "Heidi M. Przybyla, USA TODAY", "By EDUARDO PORTER. Email: ..."
_BYLINE = re.compile(r"(?:[Bb][Yy]\s+)?([A-Z][\w'\-]*\.?(?:\s+[A-Z][\w'\-]*\.?){1,3})\s*(?:[,.;]|$)")


def byline_person(author):
    """The one person an article's byline names, or None (an agency, an outlet, several people)."""
    m = _BYLINE.match((author or "").strip())
    if not m or " and " in author or "&" in author:
        return None
    name = m.group(1).rstrip(".")
    name = name.title() if name.isupper() else name
    words = name.split()
    if words[-1] in ORG_SUFFIXES or name in ORGANIZATIONS or name_key(name) is None or words[0] in TITLES:
        return None
    return name


OVERRIDE_ACTIONS = ("merge", "split", "rename")


def describe_override(action, name, target):
    if action == "merge":
        return f"actors named {name!r} are {target!r}"
    if action == "split":
        return f"mentions written {name!r} are their own actor {target!r}"
    return f"{name!r} is renamed {target!r}"


def check_override(action, name, target):
    """Raise ValueError for an override that cannot mean anything."""
    if action not in OVERRIDE_ACTIONS:
        raise ValueError(f"unknown action {action!r}; use one of {', '.join(OVERRIDE_ACTIONS)}")
    if not (name or "").strip() or not (target or "").strip():
        raise ValueError("both names are required")
    if action != "split" and re.sub(r"\s+", " ", name.strip()) == re.sub(r"\s+", " ", target.strip()):
        raise ValueError("the two names are the same")
