"""Page latency and load time at growing corpus sizes: the scaling curve.

  python benchmarks/page_latency.py [SIZES...]        (default: 1000 10000 100000)

For each size, builds a corpus from PolNeAR train (make_corpus.py), loads it with
`newsframe load --workers 2`, then asks the real Datasette app (datasette.client) 15 times for
the overview, the most quoted actor's page and a comparison of the two largest sources, and
prints the median and worst latency of each, as a table. Then it loads 20 articles more into
that corpus (10 new, 10 changed versions of loaded ones) and prints how long that load took, the
summary refresh within it, and a rebuild of the summary tables whole for comparison.
"""
import asyncio
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_corpus  # noqa: E402

from datasette.app import Datasette  # noqa: E402

from datasette_newsframe import loader, store, summaries  # noqa: E402


def busiest(db_path):
    """(most quoted actor id, [two largest source ids]): the heaviest pages to time."""
    conn = sqlite3.connect(db_path)
    actor = conn.execute("select actor_id from summary_actor_sources group by 1 order by sum(quotes) desc limit 1"
                         ).fetchone()[0]
    sources = [r[0] for r in conn.execute("select source_id from summary_sources order by articles desc limit 2")]
    conn.close()
    return actor, sources


async def latencies(db_path, name, runs=15):
    actor, (a, b) = busiest(db_path)
    ds = Datasette([str(db_path)])
    pages = {"overview": f"/{name}/-/newsframe", "top actor": f"/{name}/-/newsframe/actors/{actor}",
             "compare 2 largest": f"/{name}/-/newsframe/compare?source={a}&source={b}"}
    out = {}
    for label, path in pages.items():
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            response = await ds.client.get(path)
            times.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (path, response.status_code)
        out[label] = (statistics.median(times), max(times))
    return out


def add_articles(db_path, records, n, folder):
    """Load 10 new articles and 10 changed versions of loaded ones into the corpus of ``n``:
    (seconds for the whole load, seconds of its summary refresh, seconds of a whole rebuild)."""
    path = make_corpus.write_additions(records, folder / f"add{n}.jsonl")
    refresh, took = summaries.refresh, {}

    def timed_refresh(db, whole=False):
        started = time.perf_counter()
        refresh(db, whole)
        took["refresh"] = time.perf_counter() - started
    summaries.refresh = timed_refresh
    try:
        started = time.perf_counter()
        result = loader.load(db_path, [path])
        total = time.perf_counter() - started
    finally:
        summaries.refresh = refresh
    assert (result.loaded, result.replaced) == (10, 10), result.summary()
    db = store.connect(db_path)
    started = time.perf_counter()
    summaries.refresh(db, whole=True)
    whole = time.perf_counter() - started
    db.close()
    return total, took["refresh"], whole


def main(sizes):
    tmp = Path(tempfile.mkdtemp())
    train = tmp / "train.jsonl"
    records = make_corpus.split_records()
    with open(train, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r) + "\n")
    print(f"{'articles':>9} {'load s':>8} {'articles/s':>11} {'db MB':>7}  "
          f"{'overview ms':>14} {'top actor ms':>14} {'compare ms':>14}  {'add 20 s':>9} "
          f"{'refresh ms':>11} {'rebuild ms':>11}   (pages: median / worst of 15)")
    for n in sizes:
        src, db = tmp / f"c{n}.jsonl", tmp / f"c{n}.db"
        make_corpus.make(n, src, train)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "datasette_newsframe.cli", "load", "--quiet", "--workers", "2",
                        str(db), str(src)], check=True, stdout=subprocess.DEVNULL)
        took = time.perf_counter() - started
        lat = asyncio.run(latencies(db, db.stem))
        cells = "".join(f"{lat[k][0]:>7.0f} / {lat[k][1]:<5.0f}" for k in ("overview", "top actor", "compare 2 largest"))
        add, refresh, rebuild = add_articles(db, records, n, tmp)
        print(f"{n:>9} {took:>8.1f} {n / took:>11.0f} {db.stat().st_size / 1e6:>7.0f}  {cells} {add:>9.1f} "
              f"{refresh * 1000:>11.0f} {rebuild * 1000:>11.0f}", flush=True)
    print(f"machine: {os.cpu_count()} cores")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1000, 10000, 100000])
