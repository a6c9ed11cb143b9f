"""Build demo.db from the sources in this folder: ``python demo/build.py [OUT.db]``.

Sources: the GlobalSecurity.org reprint of an Iran Press TV article (articles/) and
280 articles of the PolNeAR train split, 40 from each of its 7 publishers
(polnear_train_sample.jsonl, written by shared/tools/polnear/to_jsonl.py). The result
is the same for the same sources and code; tests/test_demo.py checks demo.db against it.
"""
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from datasette_newsframe import loader, store  # noqa: E402

POLNEAR_CITATION = (
    "Edward Newell, Drew Margolin and Derek Ruths. 2018. An attribution relations corpus for "
    "political news. In Proceedings of the Eleventh International Conference on Language Resources "
    "and Evaluation (LREC 2018)."
)


def build(out):
    out = Path(out)
    for suffix in ("", "-wal", "-shm"):
        if Path(str(out) + suffix).exists():
            os.remove(str(out) + suffix)
    out = out.resolve()
    # load with paths relative to the repository, so articles.path is the same in every checkout
    here = os.getcwd()
    os.chdir(HERE.parent)
    try:
        results = [
            loader.load(out, ["demo/articles"], fmt="auto", strict=True),
            loader.load(out, ["demo/polnear_train_sample.jsonl"], fmt="jsonl", strict=True),
        ]
    finally:
        os.chdir(here)
    db = store.connect(out)
    store.add_citation(
        db, "PolNeAR v1.0.0", POLNEAR_CITATION, url="https://github.com/networkdynamics/PolNeAR",
        note="280 articles of the train split (40 from each of Breitbart, HuffPost, The New York Times, "
             "Politico, USA Today, The Washington Post, Western Journalism); 2016 US election coverage.")
    store.add_citation(
        db, "GlobalSecurity.org / Iran Press TV",
        "Blinken: US and European allies 'stand resolutely against' Russia. Iran Press TV, "
        "3 December 2021, as reprinted by GlobalSecurity.org.",
        note="One article, in the GlobalSecurity.org reprint layout.")
    # leave one self-contained file: fold the write-ahead log back in
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.execute("PRAGMA journal_mode=DELETE")
    db.conn.execute("VACUUM")
    db.close()
    return results


if __name__ == "__main__":
    target = sys.argv[1] if len(sys.argv) > 1 else str(HERE.parent / "demo.db")
    for r in build(target):
        print(r.summary())
    print(f"wrote {target} ({os.path.getsize(target) / 1e6:.1f} MB)")
