"""Score a loaded corpus's quotes against BRAT attribution annotations (PolNeAR-style).

Gold: ``T`` lines typed Source / Cue / Content with character offsets (``;`` between
fragments) and ``E`` lines tying one attribution's parts together. A gold direct quote
is a span in double quotation marks of 4+ words inside an annotated Content; a gold
indirect quote is a Content without quotation marks whose cue is a reporting verb of
our lexicon (extract/lexicon.py). Predictions are matched by
character overlap (Jaccard >= 0.5 once quote marks, spaces and punctuation are
trimmed), one to one, best overlap first. Figures are given overall and per source,
since precision by outlet matters when outlets are compared.
"""
import re
import sqlite3
from collections import defaultdict
from pathlib import Path

from .extract.lexicon import lemma_of

MIN_WORDS = 4
OPEN = "\u201c\""
CLOSE = "\u201d\""
TRIM = "\u201c\u201d\"'\u2018\u2019,.;:-\u2014 \t\n"


def read_brat(path):
    """[(source spans, cue spans, content spans)] from one .ann file."""
    spans, events = {}, []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            head = parts[1].split(" ", 1)
            if len(head) == 2:
                try:
                    spans[parts[0]] = (head[0], [tuple(int(x) for x in frag.split()) for frag in head[1].split(";")])
                except ValueError:
                    continue
        elif parts[0].startswith("E"):
            events.append(dict(x.split(":", 1) for x in parts[1].split() if ":" in x))
    out = []
    for e in events:
        def get(role):
            return spans[e[role]][1] if e.get(role) in spans else []
        if get("Content"):
            out.append((get("Source"), get("Cue"), get("Content")))
    return out


def _trim(text, s, e):
    while s < e and text[s] in TRIM:
        s += 1
    while e > s and text[e - 1] in TRIM:
        e -= 1
    return s, e


def _jaccard(a, b):
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def _quoted(text, s, e):
    """Quoted segments inside text[s:e]; an unclosed one runs to e."""
    out, i = [], s
    while i < e:
        if text[i] in OPEN:
            j = i + 1
            while j < e and text[j] not in CLOSE:
                j += 1
            out.append((i, min(j + 1, e)))
            i = j + 1
        else:
            i += 1
    return out


def _is_reporting(cue_text):
    """Whether an annotated cue is a reporting verb of our lexicon ("said", "according to", "has said")."""
    words = re.findall(r"[\w\-']+", cue_text.lower())
    return any(lemma_of(" ".join(words[i:i + n])) for n in (3, 2, 1) for i in range(len(words)))


def gold_quotes(text, attributions):
    """(direct [(span, source spans)], reported speech [span], all unquoted contents [span])."""
    direct, indirect, unquoted = [], [], []
    for source, cue, content in attributions:
        a, b = content[0][0], content[-1][1]
        segments = _quoted(text, a, b)
        for qs, qe in segments:
            if len(re.findall(r"\w+", text[qs:qe])) >= MIN_WORDS:
                direct.append((_trim(text, qs, qe), source))
        if not segments:
            unquoted.append(_trim(text, a, b))
            if _is_reporting(" ".join(text[x:y] for x, y in cue)):
                indirect.append(_trim(text, a, b))
    return direct, indirect, unquoted


class Tally:
    def __init__(self):
        self.tp = self.fp = self.fn = self.attributed = 0
        self.speaker_ok = self.speaker_total = 0
        self.indirect_hit = self.indirect_total = self.indirect_pred = self.indirect_pred_ok = 0

    def add(self, other):
        for k, v in vars(other).items():
            setattr(self, k, getattr(self, k) + v)

    def figures(self):
        def f1(p, r):
            return 2 * p * r / (p + r) if p + r else 0.0
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        ap = self.attributed / (self.tp + self.fp) if self.tp + self.fp else 0.0
        ar = self.attributed / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return {
            "direct_p": round(p, 3), "direct_r": round(r, 3), "direct_f1": round(f1(p, r), 3),
            "speaker_mention_acc": round(self.speaker_ok / self.speaker_total, 3) if self.speaker_total else None,
            "attributed_f1": round(f1(ap, ar), 3),
            "indirect_recall": round(self.indirect_hit / self.indirect_total, 3) if self.indirect_total else None,
            "indirect_precision": round(self.indirect_pred_ok / self.indirect_pred, 3) if self.indirect_pred else None,
            "gold_direct": self.tp + self.fn, "pred_direct": self.tp + self.fp,
        }


def score_article(text, attributions, predicted):
    """Tally for one article. ``predicted``: rows with kind, char_start, char_end, speaker offsets."""
    tally = Tally()
    direct, indirect, unquoted = gold_quotes(text, attributions)
    preds = []
    for q in predicted:
        span = _trim(text, q["char_start"], q["char_end"])
        if q["kind"] != "indirect" and len(re.findall(r"\w+", text[span[0]:span[1]])) >= MIN_WORDS:
            preds.append((span, q))
    pairs = sorted(((_jaccard(g[0], p[0]), i, j) for i, g in enumerate(direct) for j, p in enumerate(preds)
                    if _jaccard(g[0], p[0]) >= 0.5), reverse=True)
    used_g, used_p = set(), set()
    for _, i, j in pairs:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        tally.tp += 1
        source = direct[i][1]
        q = preds[j][1]
        if source:
            tally.speaker_total += 1
            ok = q["speaker_char_start"] is not None and any(
                min(q["speaker_char_end"], b) > max(q["speaker_char_start"], a) for a, b in source)
            tally.speaker_ok += ok
            tally.attributed += ok
    tally.fp += len(preds) - len(used_p)
    tally.fn += len(direct) - len(used_g)
    all_spans = [_trim(text, q["char_start"], q["char_end"]) for q in predicted]
    for g in indirect:
        tally.indirect_total += 1
        tally.indirect_hit += any(_jaccard(g, p) >= 0.5 for p in all_spans)
    for q in predicted:
        if q["kind"] == "indirect":
            tally.indirect_pred += 1
            span = _trim(text, q["char_start"], q["char_end"])
            # any annotated content without quote marks counts: belief and perception too
            tally.indirect_pred_ok += any(_jaccard(g, span) >= 0.5 for g in unquoted)
    return tally


def _ann_files(gold_dir):
    """{article key: first .ann file} — 'name_abcd.ann' (PolNeAR annotator suffix) or 'name.ann'."""
    found = {}
    for path in sorted(Path(gold_dir).rglob("*.ann")):
        key = re.sub(r"_[0-9a-f]{4}$", "", path.stem)
        found.setdefault(key, path)
        found.setdefault(path.stem, path)
    return found


def evaluate(db_path, gold_dir):
    """{"overall": figures, "by_source": {name: figures}, "articles": n matched}."""
    anns = _ann_files(gold_dir)
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    articles = conn.execute("select a.id, a.external_id, a.body, s.name as source from articles a "
                            "left join sources s on s.id = a.source_id").fetchall()
    quotes = defaultdict(list)
    for q in conn.execute("select article_id, kind, char_start, char_end, speaker_char_start, speaker_char_end "
                          "from quotes"):
        quotes[q["article_id"]].append(dict(q))
    overall, by_source, matched = Tally(), defaultdict(Tally), 0
    for a in articles:
        stem = Path(a["external_id"]).stem if a["external_id"].endswith(".txt") else a["external_id"]
        ann = anns.get(stem)
        if ann is None:
            continue
        matched += 1
        tally = score_article(a["body"], read_brat(ann), quotes[a["id"]])
        overall.add(tally)
        by_source[a["source"] or "(no source)"].add(tally)
    conn.close()
    return {"articles": matched, "overall": overall.figures(),
            "by_source": {k: v.figures() for k, v in sorted(by_source.items())}}
