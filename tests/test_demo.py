"""demo.db is current with the schema and is what the documented build command produces."""
import runpy
import sqlite3

from datasette_newsframe import store

from .conftest import ROOT, dump, needs_shared

DEMO = ROOT / "demo.db"


def test_demo_schema_version_is_current():
    conn = sqlite3.connect(DEMO)
    version = conn.execute("select value from newsframe_meta where key = 'schema_version'").fetchone()
    assert version == (str(store.SCHEMA_VERSION),), "demo.db is stale: run python demo/build.py"


def test_demo_is_small_and_cites_polnear():
    assert DEMO.stat().st_size < 8_000_000
    conn = sqlite3.connect(DEMO)
    assert conn.execute("select count(*) from corpus_citations where citation like '%Newell%LREC 2018%'").fetchone() \
        == (1,)
    assert conn.execute("select count(distinct source_id) from articles").fetchone() == (8,)


@needs_shared()
def test_demo_is_what_the_build_command_produces(tmp_path):
    build = runpy.run_path(str(ROOT / "demo" / "build.py"))["build"]
    fresh = tmp_path / "demo.db"
    build(fresh)
    assert dump(fresh) == dump(DEMO), "demo.db differs from a fresh build: run python demo/build.py"
