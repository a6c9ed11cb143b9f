"""Speaker ranker: a small logistic model that picks a quotation's speaker among the
mentions around it when the rules (quotes.py) found no words of attribution.

Candidates are the named mentions and the pronouns near the quote (from the paragraph
before to a few sentences after, never inside a quotation); each gets a handful of
yes/no features (side, distance, sentence, a reporting verb next to it, subject
position, last speaker, salience). The weights were learned on PolNeAR train by
training/train_speaker_ranker.py and ship with the package (speaker_ranker.json):
nothing is downloaded, and with no weights file the rules alone decide.
"""
import bisect
import json
import math
import re
from pathlib import Path

from ..records import Quote
from .gazetteer import PRONOUNS

WEIGHTS_FILE = Path(__file__).with_name("speaker_ranker.json")
SPEAKING_PRONOUNS = re.compile(r"(?<![\w\-'\u2019])(?:he|she|they|we|I|He|She|They|We)(?![\w\-'\u2019])")
# The verbs of attribution the features look for next to a candidate: the common ones only. The whole
# reporting-verb lexicon (quotes.AFTER_CUE_RE) was tried: fewer right attributions in cross-validation
# (41 of 54 against 46 of 61), and quotes.py imports this module, not the other way round.
CUE_WORDS = re.compile(r"(?<![\w\-])(?:said|says|say|told|tells|added|adds|asked|asks|wrote|writes|tweeted|"
                       r"explained|argued|argues|noted|notes|insisted|continued|replied|responded|answered|"
                       r"stated|declared|warned|recalled|according to|acknowledged|claimed|claims|"
                       r"announced|remarked|quipped|joked|observed|suggested|stressed)(?![\w\-])", re.I)
PREPOSITIONS = {"of", "to", "with", "about", "for", "by", "against", "at", "in", "on", "from", "than", "over",
                "into", "under", "like", "toward", "towards", "behind", "between"}
_APPOSITIVE_THEN = re.compile(r"^\s*(?:,[^,]{0,60},|\([^)]{0,40}\))?\s*(?:also |later |has |had )?")
WINDOW_AFTER = 300  # characters after the quotation where its speaker may stand


def features(body, q, cand, ctx):
    """Yes/no features of one candidate (start, end, name, kind) for quote ``q``."""
    s, e, name, kind = cand
    f = ["bias"]
    side = "before" if e <= q.start else "after"
    dist = q.start - e if side == "before" else s - q.end
    f.append(side)
    f.append(f"{side}_d{next(i for i, limit in enumerate((4, 30, 100, 300, 10 ** 9)) if dist < limit)}")
    q_sents = {ctx.sentence(q.start), ctx.sentence(max(q.start, q.end - 1))}
    c_sent = ctx.sentence(s)
    if c_sent in q_sents:
        f.append("same_sentence")
        if q.kind == "partial":
            f.append("partial_same_sentence")
    elif c_sent == min(q_sents) - 1:
        f.append("previous_sentence")
    para_gap = ctx.paragraph(q.start) - ctx.paragraph(s)
    f.append("same_paragraph" if para_gap == 0 else "previous_paragraph" if para_gap == 1 else "other_paragraph")
    f.append(f"kind_{kind}")
    if body[s:e].lower() in PRONOUNS:
        f.append("pronoun")
    # "X said", "X, a spokesman, said", "X (D-Ill.) also said"
    if CUE_WORDS.match(_APPOSITIVE_THEN.sub("", body[e:e + 90])):
        f.append("cue_after")
    if re.search(r"(?:said|says|according to|told|added|wrote|asked)\s*$", body[max(0, s - 20):s], re.I):
        f.append("cue_before")
    lead = body[ctx.sentence_start(s):s]
    if not lead.strip(" \t\n\"\u201c\u201d'") or re.fullmatch(r"[\s\"\u201c\u201d]*(?:But|And|So|Then|Now|Still)?\s*",
                                                              lead):
        f.append("subject")
    if name and name == ctx.last_speaker(q.start):
        f.append("last_speaker")
    count = ctx.counts.get(name, 0)
    f.append("salience_" + ("0" if count == 0 else "1" if count == 1 else "2" if count <= 3 else "3"))
    if name and name == ctx.top_person:
        f.append("top_person")
    if body[e:e + 2] in ("'s", "\u2019s"):
        f.append("possessive")
    word_before = re.search(r"([\w]+)\s*$", body[max(0, s - 15):s])
    if word_before and word_before.group(1).lower() in PREPOSITIONS:
        f.append("after_preposition")
    if re.search(r":\s*[\"\u201c]?\s*$", body[e:q.start][-6:]) and side == "before":
        f.append("colon_before_quote")
    if side == "before" and cand == ctx.nearest_before(q):
        f.append("nearest_before")
    if side == "after" and cand == ctx.nearest_after(q):
        f.append("nearest_after")
    return f


class Context:
    """What the features need to know about the article, computed once."""

    def __init__(self, body, quotes, mentions, resolver, paragraph_starts, sentence_starts):
        self.body = body
        self.resolver = resolver
        self.paragraph_starts = paragraph_starts
        self.sentence_starts = sentence_starts
        self.counts = {}
        for m in mentions:
            if m.is_name:
                self.counts[m.name] = self.counts.get(m.name, 0) + 1
        people = [(n, c) for n, c in self.counts.items() if any(m.name == n and m.kind == "person" for m in mentions)]
        self.top_person = max(people, key=lambda p: p[1])[0] if people else None
        self.mentions = [m for m in mentions if m.is_name and m.kind != "place" and not resolver.in_quote(m.start)]
        self.mention_starts = [m.start for m in self.mentions]
        spoken = sorted((q.start, q.speaker_name) for q in quotes if q.speaker_name and q.kind == "direct")
        self.spoken_starts = [p for p, _ in spoken]
        self.spoken_names = [n for _, n in spoken]
        self._cands = {}

    def sentence(self, pos):
        return bisect.bisect_right(self.sentence_starts, pos)

    def sentence_start(self, pos):
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        return self.sentence_starts[i] if i >= 0 else 0

    def paragraph(self, pos):
        return bisect.bisect_right(self.paragraph_starts, pos)

    def last_speaker(self, pos):
        i = bisect.bisect_left(self.spoken_starts, pos) - 1
        return self.spoken_names[i] if i >= 0 else None

    def candidates(self, q):
        """(start, end, name, kind) of everyone who may have said ``q``, in text order."""
        key = (q.start, q.end)
        if key in self._cands:
            return self._cands[key]
        p = self.paragraph(q.start) - 1
        lo = self.paragraph_starts[max(0, p - 1)]
        nxt = self.paragraph(q.end)
        para_end = self.paragraph_starts[nxt] if nxt < len(self.paragraph_starts) else len(self.body)
        hi = min(q.end + WINDOW_AFTER, para_end)
        out = []
        i = bisect.bisect_left(self.mention_starts, lo)
        while i < len(self.mentions) and self.mentions[i].start < hi:
            m = self.mentions[i]
            if not (q.start <= m.start < q.end):
                out.append((m.start, m.end, m.name, m.kind))
            i += 1
        for m in SPEAKING_PRONOUNS.finditer(self.body, lo, hi):
            if q.start <= m.start() < q.end or self.resolver.in_quote(m.start()):
                continue
            found = self.resolver.resolve(m.start(), m.end(), m.start())
            out.append((m.start(), m.end(), found[0] if found else None, found[1] if found else "person"))
        out.sort()
        self._cands[key] = out
        return out

    def nearest_before(self, q):
        before = [c for c in self.candidates(q) if c[1] <= q.start]
        return before[-1] if before else None

    def nearest_after(self, q):
        after = [c for c in self.candidates(q) if c[0] >= q.end]
        return after[0] if after else None


class Ranker:
    def __init__(self, weights, threshold):
        self.weights = weights
        self.threshold = threshold

    @classmethod
    def load(cls, path=WEIGHTS_FILE):
        if not Path(path).exists():
            return None
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls(data["weights"], data["threshold"])

    def probability(self, feats):
        z = sum(self.weights.get(f, 0.0) for f in feats)
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))

    def fill(self, body, quotes, ctx):
        """Quotes with the speakers the model is confident about where the rules found none."""
        out = []
        for q in quotes:
            if q.speaker_start is None and q.kind in ("direct", "partial"):
                scored = [(self.probability(features(body, q, c, ctx)), c) for c in ctx.candidates(q)]
                best = max(scored, key=lambda pc: pc[0], default=None)  # the first of equals
                if best and best[0] >= self.threshold:
                    s, e, name, kind = best[1]
                    q = Quote(start=q.start, end=q.end, text=q.text, kind=q.kind, speaker_mention=body[s:e],
                              speaker_start=s, speaker_end=e, speaker_name=name, speaker_kind=kind if name else None,
                              attributed_by="ranker")
            out.append(q)
        return out


_RANKER = Ranker.load()


def fill_speakers(body, quotes, mentions, resolver, paragraph_starts):
    """The ranker's choices for quotes left without a speaker (unchanged without a model)."""
    if _RANKER is None or not any(q.speaker_start is None and q.kind in ("direct", "partial") for q in quotes):
        return quotes
    ctx = Context(body, quotes, mentions, resolver, paragraph_starts, resolver.sentence_starts)
    return _RANKER.fill(body, quotes, ctx)
