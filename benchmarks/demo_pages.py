"""How fast the plugin's pages answer on demo.db, through the real Datasette app.

  python benchmarks/demo_pages.py [DB] [RUNS]

Asks for each page RUNS times (default 30) after one warm-up request and prints the median
and the worst time in milliseconds.
"""
import asyncio
import statistics
import sys
import time
from pathlib import Path

from datasette.app import Datasette

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from page_latency import busiest  # noqa: E402


async def main(db_path, runs):
    name = Path(db_path).stem
    actor, (a, b) = busiest(db_path)
    ds = Datasette([str(db_path)])
    pages = [f"/{name}/-/newsframe", f"/{name}/-/newsframe/actors/{actor}",
             f"/{name}/-/newsframe/compare?source={a}&source={b}",
             f"/{name}/-/newsframe/compare?source={a}&source={b}&q=email&from=2016-01",
             f"/{name}/-/newsframe/articles/1", f"/{name}/quotes?actor_id={actor}"]
    print(f"{'page':<62} {'median ms':>10} {'worst ms':>9}")
    for path in pages:
        await ds.client.get(path)
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            response = await ds.client.get(path)
            times.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, path
        print(f"{path:<62} {statistics.median(times):>10.1f} {max(times):>9.1f}")


if __name__ == "__main__":
    db = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "demo.db")
    asyncio.run(main(db, int(sys.argv[2]) if len(sys.argv) > 2 else 30))
