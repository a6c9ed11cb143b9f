"""Write a corpus of N articles made from PolNeAR train, as JSON Lines, for the benchmarks.

  python benchmarks/make_corpus.py N OUT.jsonl [TRAIN.jsonl]

Articles repeat with new ids, shifted dates and numbered sources (7 publishers x 4 copies), so
nothing is deduplicated. TRAIN.jsonl defaults to ../shared's train split written by to_jsonl.py.
"""
import datetime
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def split_records(path=None, split="train"):
    """A PolNeAR split's articles, from ``path`` or written by the shared to_jsonl.py tool."""
    if path is None:
        path = Path(tempfile.mkdtemp()) / f"{split}.jsonl"
        subprocess.run([sys.executable, str(SHARED / "tools/polnear/to_jsonl.py"),
                        str(SHARED / f"corpora/polnear/{split}"), str(SHARED / "corpora/polnear/metadata.tsv"),
                        str(path)], check=True)
    return [json.loads(line) for line in open(path, encoding="utf-8")]


def make(n, out, train=None):
    records = split_records(train)
    words = 0
    with open(out, "w", encoding="utf-8") as f:
        for i in range(n):
            r = dict(records[i % len(records)])
            copy = i // len(records)
            r["id"] = f"{r['id']}#{copy}"
            r["source"] = f"{r['source']} {copy % 4}"
            if r.get("published"):
                day = datetime.date.fromisoformat(r["published"][:10]) + datetime.timedelta(days=copy % 365)
                r["published"] = day.isoformat()
            words += len(r["text"].split())
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return words


def write_additions(records, out):
    """20 articles to load into a corpus make() wrote: 10 new ones and 10 changed versions of the
    copies it gave id "#0" (the small load the benchmarks time)."""
    with open(out, "w", encoding="utf-8") as f:
        for i, r in enumerate(records[:20]):
            r = dict(r, source=f"{r['source']} 0", id=f"{r['id']}#added" if i < 10 else f"{r['id']}#0")
            if i >= 10:
                r["text"] += '\n\n"That is all," the spokesman said.'
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    n, out = int(sys.argv[1]), sys.argv[2]
    total = make(n, out, sys.argv[3] if len(sys.argv) > 3 else None)
    print(f"wrote {n} articles, {total} words to {out}")
