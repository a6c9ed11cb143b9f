"""Load throughput of the whole `newsframe load` against the I/O floor, in one run.

  python benchmarks/load_throughput.py [N_ARTICLES] [WORKERS] [SPACY_PYTHON]

Builds an N-article corpus (default 50,000) from PolNeAR train (make_corpus.py), then times,
each in a fresh process and database:
  floor   newsframe load --extractor none   (read JSON Lines, hash, store bodies, full-text index)
  full    newsframe load                    (read, extract quotes and actors, store, index, merge actors)
  full-W  newsframe load --workers W
and prints words/s, articles/s, the ratio to the floor, and the loader process's peak memory.
With SPACY_PYTHON (an environment set up as spacy_pipeline.py says), the peer pipeline of spaCy
en_core_web_sm + textacy runs on the first 1,000 articles of the same corpus, and the ratio is printed.
"""
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_corpus  # noqa: E402


def timed_load(db, src, *flags):
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "datasette_newsframe.cli", "load", "--quiet", *flags, str(db),
                             str(src)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    took = time.perf_counter() - started
    out = proc.stdout.read().decode()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"load failed: {out} {proc.stderr.read().decode()[-500:]}")
    return took, usage.ru_maxrss / 1024, out.strip()


def main(n=50_000, workers=2, spacy_python=None):
    tmp = Path(tempfile.mkdtemp())
    src = tmp / "corpus.jsonl"
    words = make_corpus.make(n, src)
    print(f"corpus: {n} articles, {words:,} words, {src.stat().st_size / 1e6:.0f} MB of JSON Lines")
    rows = []
    for name, flags in [("floor (no extraction)", ["--extractor", "none"]), ("full, 1 process", []),
                        (f"full, --workers {workers}", ["--workers", str(workers)])]:
        took, rss, summary = timed_load(tmp / f"{len(rows)}.db", src, *flags)
        rows.append((name, took, rss))
        print(f"  {name:<24} {took:8.1f} s  {words / took:>10,.0f} words/s  {n / took:>8,.0f} articles/s  "
              f"peak {rss:6.0f} MB  ({summary})")
    floor = rows[0][1]
    print(f"full/floor: 1 process {rows[1][1] / floor:.2f}x, {workers} workers {rows[2][1] / floor:.2f}x; "
          f"speed-up with {workers} workers {rows[1][1] / rows[2][1]:.2f}x")
    print(f"database size {(tmp / '1.db').stat().st_size / 1e6:.0f} MB; machine: {os.cpu_count()} cores")
    if spacy_python:
        # the peer pipeline on the first articles of the same corpus: at its speed all of it would take hours
        out = tmp / "spacy.json"
        subprocess.run([spacy_python, str(Path(__file__).parent / "spacy_pipeline.py"), str(src), str(out),
                        str(SPACY_SAMPLE)], check=True)
        peer = json.loads(out.read_text(encoding="utf-8"))
        rate = peer["words"] / peer["seconds"]
        print(f"  spaCy {peer['spacy']} en_core_web_sm {peer['model']} + textacy, 1 process, first {peer['articles']} "
              f"articles: {rate:,.0f} words/s; the full load is {words / rows[1][1] / rate:.0f}x that in 1 process, "
              f"{words / rows[2][1] / rate:.0f}x with {workers} workers")


SPACY_SAMPLE = 1000

if __name__ == "__main__":
    args = sys.argv[1:]
    main(*(int(a) for a in args[:2]), spacy_python=args[2] if len(args) > 2 else None)
