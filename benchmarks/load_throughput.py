"""Load throughput of the whole `newsframe load` against the I/O floor, in one run.

  python benchmarks/load_throughput.py [N_ARTICLES] [WORKERS]

Builds an N-article corpus (default 50,000) from PolNeAR train (make_corpus.py), then times,
each in a fresh process and database:
  floor   newsframe load --extractor none   (read JSON Lines, hash, store bodies, full-text index)
  full    newsframe load                    (read, extract quotes and actors, store, index, merge actors)
  full-W  newsframe load --workers W
and prints words/s, articles/s, the ratio to the floor, and the loader process's peak memory.
"""
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


def main(n=50_000, workers=2):
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


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
