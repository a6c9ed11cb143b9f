"""newsframe's rules against spaCy en_core_web_sm + textacy on the same texts, in one run.

  python benchmarks/spacy_compare.py SPACY_PYTHON

SPACY_PYTHON is the interpreter of the environment spacy_pipeline.py describes. On PolNeAR dev
(84 articles) and the seed article this prints:
  - speed: words per second of each on one core (the whole spaCy parse plus textacy's
    direct_quotations, against newsframe's extract());
  - quotations: both scored by the shared PolNeAR scorer (../shared/tools/polnear/score.py);
  - entities: how often each finds the other's people, organisations and places (spans that
    overlap), with examples of what only one of them finds, on the seed article.
"""
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from datasette_newsframe.extract import extract  # noqa: E402
from datasette_newsframe.readers import read_paths  # noqa: E402

SHARED = make_corpus.SHARED
SEED = SHARED / "seeds" / "000_2ed910efdd63ae0a.txt"
# spaCy's OntoNotes labels -> newsframe's kinds
KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "NORP": "group"}
OURS = {"person": "person", "organization": "organization", "country": "place", "place": "place", "group": "group"}


def run_spacy(python, articles, tmp):
    src, out = tmp / "in.jsonl", tmp / "out.json"
    with open(src, "w", encoding="utf-8") as f:
        for a in articles:
            f.write(json.dumps({"id": a["id"], "text": a["text"]}) + "\n")
    subprocess.run([python, str(Path(__file__).parent / "spacy_pipeline.py"), str(src), str(out)], check=True)
    return json.loads(out.read_text(encoding="utf-8"))


def score(predictions, tmp, name):
    path = tmp / f"{name}.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for article_id, quotes in predictions.items():
            f.write(json.dumps({"id": article_id, "quotes": quotes}) + "\n")
    out = subprocess.run([sys.executable, str(SHARED / "tools/polnear/score.py"), str(SHARED / "corpora/polnear/dev"),
                          str(SHARED / "corpora/polnear/metadata.tsv"), str(path)],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def overlaps(span, spans):
    return any(s < span[1] and span[0] < e for s, e in spans)


def agreement(ours, theirs):
    """{kind: (found by both, only ours, only spaCy)} over spans of each kind."""
    table = {}
    for kind in ("person", "organization", "place"):
        a = [(s, e) for s, e, k in ours if k == kind]
        b = [(s, e) for s, e, k in theirs if k == kind]
        both = sum(overlaps(x, b) for x in a)
        table[kind] = (both, len(a) - both, len(b) - sum(overlaps(y, a) for y in b))
    return table


def main(python):
    tmp = Path(tempfile.mkdtemp())
    dev = make_corpus.split_records(split="dev")
    seed = next(iter(read_paths([SEED])))
    articles = [{"id": r["id"], "text": r["text"]} for r in dev] + [{"id": "seed", "text": seed.body}]
    spacy_out = run_spacy(python, articles, tmp)

    started = time.perf_counter()
    ours = {a["id"]: extract(a["text"]) for a in articles}
    our_seconds = time.perf_counter() - started
    words = sum(len(a["text"].split()) for a in articles)
    print(f"{len(articles)} articles, {words:,} words (PolNeAR dev and the seed)")
    print(f"speed, one core: spaCy {spacy_out['spacy']} en_core_web_sm {spacy_out['model']} + textacy "
          f"{spacy_out['words'] / spacy_out['seconds']:,.0f} words/s; newsframe {words / our_seconds:,.0f} words/s "
          f"({spacy_out['seconds'] / our_seconds:.0f}x)")

    theirs = {r["id"]: r for r in spacy_out["results"]}
    dev_ids = [r["id"] for r in dev]
    textacy_preds = {i: [dict(q, kind="direct") for q in theirs[i]["quotes"]] for i in dev_ids}
    our_preds = {i: [{"start": q.start, "end": q.end, "kind": q.kind, "speaker_start": q.speaker_start,
                      "speaker_end": q.speaker_end, "speaker": q.speaker_name} for q in ours[i].quotes]
                 for i in dev_ids}
    print("quotations on PolNeAR dev, shared scorer (textacy gives direct quotations only):")
    for name, preds in (("textacy", textacy_preds), ("newsframe", our_preds)):
        r = score(preds, tmp, name)
        print(f"  {name:10} direct F1 {r['direct_f1']:.3f}  speaker mention {r['speaker_mention_acc']:.3f}  "
              f"attributed F1 {r['attributed_f1']:.3f}  indirect recall {r['indirect_recall']:.3f}")

    totals = {}
    for article in articles:
        mine = [(m.start, m.end, OURS.get(m.kind)) for m in ours[article["id"]].mentions if m.is_name]
        spacy_ents = [(s, e, KINDS.get(label)) for s, e, label, _ in theirs[article["id"]]["entities"]]
        for kind, counts in agreement(mine, spacy_ents).items():
            totals[kind] = tuple(x + y for x, y in zip(totals.get(kind, (0, 0, 0)), counts))
    print("entities (spans of the same kind that overlap):")
    for kind, (both, only_ours, only_spacy) in totals.items():
        print(f"  {kind:13} both {both:6,}  only newsframe {only_ours:6,}  only spaCy {only_spacy:6,}  "
              f"agreement {both / max(1, both + only_ours + only_spacy):.0%}")

    body = seed.body
    mine = {body[m.start:m.end] for m in ours["seed"].mentions if m.is_name and m.kind == "person"}
    spacy_people = {text for _, _, label, text in theirs["seed"]["entities"] if label == "PERSON"}
    print("people in the seed article:")
    print(f"  both:           {', '.join(sorted(mine & spacy_people))}")
    print(f"  only newsframe: {', '.join(sorted(mine - spacy_people)) or '-'}")
    print(f"  only spaCy:     {', '.join(sorted(spacy_people - mine)) or '-'}")


if __name__ == "__main__":
    main(sys.argv[1])
