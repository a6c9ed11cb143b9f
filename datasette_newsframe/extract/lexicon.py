"""Reporting verbs: surface forms -> lemma -> stance.

Stances follow the evaluative reading of reporting verbs in the literature:
Thompson & Ye (1991) split reporting verbs by the writer's stance towards the
reported proposition (factive/endorsing, counter-factive, non-factive/neutral);
Caldas-Coulthard (1994) separates neutral structuring verbs (say, tell) from
metapropositional ones that interpret the speech act (claim, accuse, urge);
Bergler (1992) shows that verbs like "claim" and "allege" distance the reporter
from the content. We use five classes:

  neutral          the writer only reports (said, told, stated, added)
  distancing       the writer signals doubt (claimed, alleged, insisted, "so-called")
  endorsing        the writer presents the content as true (confirmed, revealed)
  confrontational  the speech act is an attack (accused, threatened, slammed)
  directive        the speaker demands action (urged, called on, demanded)

The loader copies this table into the database (``reporting_verbs``) where an analyst
may edit it; pages and ``newsframe_stance()`` read the stance from there.
"""

STANCES = ("neutral", "distancing", "endorsing", "confrontational", "directive")

# lemma: (stance, [other surface forms]); regular -s/-ed/-ing forms are added below.
VERBS = {
    # neutral
    "say": ("neutral", ["said", "says", "saying"]),
    "tell": ("neutral", ["told", "tells", "telling"]),
    "state": ("neutral", []),
    "add": ("neutral", []),
    "note": ("neutral", []),
    "explain": ("neutral", []),
    "announce": ("neutral", []),
    "describe": ("neutral", []),
    "report": ("neutral", []),
    "write": ("neutral", ["wrote", "written", "writes", "writing"]),
    "tweet": ("neutral", []),
    "post": ("neutral", []),
    "ask": ("neutral", []),
    "reply": ("neutral", ["replied", "replies"]),
    "respond": ("neutral", []),
    "react": ("neutral", []),
    "riff": ("neutral", []),
    "assure": ("neutral", []),
    "gush": ("neutral", []),
    "press": ("neutral", []),
    "answer": ("neutral", []),
    "continue": ("neutral", []),
    "recall": ("neutral", []),
    "remark": ("neutral", []),
    "comment": ("neutral", []),
    "mention": ("neutral", []),
    "observe": ("neutral", []),
    "according to": ("neutral", []),
    "in the words of": ("neutral", [f"in {who} {own}words" for who in ("his", "her", "their", "its")
                                    for own in ("", "own ")]),
    "speak": ("neutral", ["spoke", "spoken", "speaks", "speaking"]),
    "predict": ("neutral", []),
    "estimate": ("neutral", []),
    "suggest": ("neutral", []),
    "believe": ("neutral", []),
    "think": ("neutral", ["thought", "thinks"]),
    "argue": ("neutral", []),
    "told reporters": ("neutral", []),
    "put it": ("neutral", ["puts it", "putting it"]),
    "declare": ("neutral", []),
    "proclaim": ("neutral", []),
    "indicate": ("neutral", []),
    "exhort": ("directive", []),
    "plead": ("directive", ["pled"]),
    "yell": ("neutral", []),
    "shout": ("neutral", []),
    "scream": ("neutral", []),
    "exclaim": ("neutral", []),
    "chant": ("neutral", []),
    "promise": ("neutral", []),
    "vow": ("neutral", []),
    "pledge": ("neutral", []),
    "cite": ("neutral", []),
    "quote": ("neutral", []),
    "conclude": ("neutral", []),
    "testify": ("neutral", ["testified", "testifies"]),
    "agree": ("neutral", []),
    "joke": ("neutral", []),
    "recount": ("neutral", []),
    "emphasize": ("neutral", ["emphasised", "emphasises", "emphasising"]),
    "stress": ("neutral", []),
    "warn": ("neutral", []),
    "caution": ("neutral", []),
    "reiterate": ("neutral", []),
    "interject": ("neutral", []),
    "quip": ("neutral", ["quipped", "quipping", "quips"]),
    "muse": ("neutral", []),
    "opine": ("neutral", []),
    "elaborate": ("neutral", []),
    "wonder": ("neutral", []),
    "complain": ("neutral", []),
    "lament": ("neutral", []),
    "acknowledge": ("endorsing", []),
    # distancing
    "claim": ("distancing", []),
    "allege": ("distancing", []),
    "insist": ("distancing", []),
    "maintain": ("distancing", []),
    "contend": ("distancing", []),
    "assert": ("distancing", []),
    "purport": ("distancing", []),
    "profess": ("distancing", []),
    "boast": ("distancing", []),
    "brag": ("distancing", ["bragged", "bragging"]),
    "what they call": ("distancing", ["what it calls", "what he calls", "what she calls",
                                      "what they described as", "what it called", "what he called",
                                      "what she called", "what they called", "what they claim"]),
    "so-called": ("distancing", []),
    "deny": ("distancing", ["denied", "denies"]),
    # endorsing
    "confirm": ("endorsing", []),
    "reveal": ("endorsing", []),
    "admit": ("endorsing", ["admitted", "admitting"]),
    "point out": ("endorsing", ["pointed out", "points out", "pointing out"]),
    "show": ("endorsing", ["showed", "shown", "shows"]),
    "demonstrate": ("endorsing", []),
    "prove": ("endorsing", ["proved", "proven"]),
    "concede": ("endorsing", []),
    "disclose": ("endorsing", []),
    "find": ("endorsing", ["found", "finds"]),
    # confrontational
    "accuse": ("confrontational", []),
    "threaten": ("confrontational", []),
    "slam": ("confrontational", ["slammed", "slamming"]),
    "attack": ("confrontational", []),
    "blast": ("confrontational", []),
    "charge": ("confrontational", []),
    "criticize": ("confrontational", ["criticised", "criticises", "criticising"]),
    "condemn": ("confrontational", []),
    "denounce": ("confrontational", []),
    "lash out": ("confrontational", ["lashed out", "lashes out", "lashing out"]),
    "blame": ("confrontational", []),
    "mock": ("confrontational", []),
    "harp on about": ("confrontational", ["harping on about", "harped on about", "harps on about",
                                          "been harping on about"]),
    "rail": ("confrontational", []),
    "decry": ("confrontational", ["decried", "decries"]),
    "fire back": ("confrontational", ["fired back", "fires back", "firing back"]),
    "hit back": ("confrontational", ["hits back", "hitting back"]),
    "shoot back": ("confrontational", ["shot back", "shoots back", "shooting back"]),
    "scoff": ("confrontational", []),
    "rebuke": ("confrontational", []),
    "dismiss": ("confrontational", []),
    "counter": ("confrontational", []),
    "retort": ("confrontational", []),
    "retaliate": ("confrontational", []),
    "protest": ("confrontational", []),
    # directive
    "urge": ("directive", []),
    "call on": ("directive", ["called on", "calls on", "calling on", "called for", "calls for",
                              "calling for", "call for"]),
    "demand": ("directive", []),
    "order": ("directive", []),
    "instruct": ("directive", []),
    "appeal": ("directive", []),
    "implore": ("directive", []),
    "insist on": ("directive", []),
    "command": ("directive", []),
}


def _regular_forms(lemma):
    """-s, -ed, -ing forms of a one-word regular verb."""
    if " " in lemma or "-" in lemma:
        return []
    if lemma.endswith("e"):
        return [lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return [lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    if lemma.endswith(("ss", "sh", "ch", "x")):
        return [lemma + "es", lemma + "ed", lemma + "ing"]
    return [lemma + "s", lemma + "ed", lemma + "ing"]


def _build():
    forms = {}
    for lemma, (stance, extra) in VERBS.items():
        for form in [lemma] + _regular_forms(lemma) + list(extra):
            forms.setdefault(form, lemma)
    return forms


FORMS = _build()  # surface form -> lemma


def lemma_of(cue):
    """Lemma of a reporting cue as written ("Claimed" -> "claim"), or None."""
    if not cue:
        return None
    key = " ".join(cue.lower().split())
    return FORMS.get(key)


def stance_of(cue):
    """Stance of a cue or lemma by the built-in lexicon, or None when it is not a reporting verb."""
    lemma = lemma_of(cue)
    return VERBS[lemma][0] if lemma else None


def rows():
    """The lexicon as rows for the ``reporting_verbs`` table: (form, lemma, stance)."""
    return [
        {"form": form, "lemma": lemma, "stance": VERBS[lemma][0]}
        for form, lemma in sorted(FORMS.items())
    ]
