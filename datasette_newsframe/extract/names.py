"""Names -> keys for merging aliases, without a model.

"Russian President Vladimir Putin", "Vladimir V. Putin", "Mr. Putin" and "Putin's"
all have the key "putin" as a surname key and "vladimir putin" as a full key.
"""
import functools
import re
import unicodedata

from .gazetteer import ARABIC_ARTICLES, COUNTRIES, FIRST_NAMES, ORG_SUFFIXES, TITLES

# "Russian President Vladimir Putin": nationality words open a role, as titles do.
_NATIONAL = {a for adjectives, _ in COUNTRIES.values() for a in adjectives}

_SUFFIX = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_INITIAL = re.compile(r"^[A-Z]\.?$")
_ARTICLE = re.compile("^(?:" + "|".join(ARABIC_ARTICLES) + r")-(?=\w)")


def fold(text):
    """Lowercase, strip accents, one apostrophe ("O’Malley" and "O'Malley" are one name)."""
    text = unicodedata.normalize("NFKD", text).replace("\u2019", "'")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.lower()


@functools.lru_cache(maxsize=65536)  # the same names recur across a corpus
def name_words(name):
    """The words of a personal name without titles, initials, suffixes or possessives (a tuple)."""
    words = [w for w in re.split(r"\s+", (name or "").strip()) if w]
    words = [_POSSESSIVE.sub("", w) for w in words]
    # titles and roles only count at the front ("Secretary of State Antony Blinken")
    while words and (words[0] in TITLES or words[0] in _NATIONAL
                     or words[0].lower() in {"of", "the", "state", "foreign", "minister", "president"}) \
            and not (len(words) == 2 and words[0] in FIRST_NAMES):  # "Dean Baker" is a name
        words.pop(0)
    words = [w for w in words if not _INITIAL.match(w) and fold(w).strip(".,") not in _SUFFIX]
    # "al-Assad" is "Assad" ("Bashar al-Assad", "Mr. Assad"), "el-Sisi" is "Sisi"
    words = [_ARTICLE.sub("", fold(w).strip(".,;:")) for w in words]
    return tuple(w for w in words if w)  # cached: immutable


@functools.lru_cache(maxsize=65536)
def actor_key(name):
    """Normalised key used to merge aliases of one actor.

    People: the surname ("Russian President Vladimir Putin", "Mr. Putin" -> "putin");
    which full name a bare surname belongs to is decided per article and corpus, never
    by this key alone. Organisations keep all their words ("brookings institution").
    Empty or NULL input gives None.
    """
    words = name_words(name)
    if not words:
        return None
    raw = (name or "").split()
    if raw and (raw[-1] in ORG_SUFFIXES or len(words) > 4 or any(w in ("bin", "ibn", "bint") for w in words) or not all(w[:1].isupper() for w in raw if w not in ("of", "the"))):
        return " ".join(words)
    return words[-1]


def surname(name):
    words = name_words(name)
    return words[-1] if words else None
