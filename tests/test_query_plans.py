"""Every query behind the plugin's pages uses an index or a small summary table: checked with
SQLite's EXPLAIN QUERY PLAN on a real corpus (PolNeAR train and dev), query by query."""
import re
import sqlite3

import pytest

from datasette_newsframe import queries

from .conftest import needs_shared

# Tables that grow with the corpus: a page must never read them whole.
LARGE = ("articles", "quotes", "mentions", "actor_aliases")


class _Results:
    def __init__(self, rows):
        self.rows = rows


class PlanRecorder:
    """Stands in for Datasette's Database: runs each query on the SQLite file and keeps its plan."""

    def __init__(self, path):
        self.conn = sqlite3.connect(path)
        self.conn.row_factory = sqlite3.Row
        self.plans = []

    async def execute(self, sql, params=None):
        params = params or {}
        plan = [row[3] for row in self.conn.execute("EXPLAIN QUERY PLAN " + sql, params)]
        self.plans.append((sql, plan))
        return _Results(self.conn.execute(sql, params).fetchall())


def full_scans(plans):
    """(query, step) for every step that reads a large table without an index (plans name a table
    by its alias in the query: "from quotes q" scans "q")."""
    out = []
    for sql, plan in plans:
        aliases = {alias: table for table, alias in re.findall(r"(?:from|join)\s+(\w+)\s+(?:as\s+)?(\w+)", sql, re.I)}
        for step in plan:
            words = step.split()
            if words[:1] == ["SCAN"] and aliases.get(words[1], words[1]) in LARGE and "INDEX" not in step:
                out.append((" ".join(sql.split())[:120], step))
    return out


@needs_shared()
@pytest.mark.asyncio
async def test_page_queries_use_indexes(polnear_train_dev_db):
    db = PlanRecorder(polnear_train_dev_db)
    overview = await queries.overview(db)
    top = overview["top_actors"][0]["id"]
    await queries.actor(db, top)
    await queries.article(db, 1)
    largest = [s["id"] for s in overview["sources"][:2]]
    await queries.compare(db, largest, {})  # the summaries answer
    await queries.compare(db, largest, {"from": "2016-01", "to": "2016-06", "q": "immigration"})
    assert len(db.plans) > 15
    assert full_scans(db.plans) == []
    # a source's latest quotes come straight from an index, not from sorting all of them
    latest = [plan for sql, plan in db.plans if "from quotes where source_id = :one" in sql]
    assert latest and not any("TEMP B-TREE" in step for plan in latest for step in plan)
    # and the checker sees a full scan when there is one
    db.plans = []
    await db.execute("select count(*) from quotes where text like '%wall%'")
    assert full_scans(db.plans) == [("select count(*) from quotes where text like '%wall%'", "SCAN quotes")]
    db.plans = []
    await db.execute("select count(*) from quotes q where q.text like '%wall%'")  # under an alias too
    assert [step for _, step in full_scans(db.plans)] == ["SCAN q"]


@needs_shared()
def test_summary_refresh_reads_only_what_is_stale(polnear_train_dev_db):
    """The statements of an incremental refresh (summaries.py) go through indexes from the stale
    pairs, so a small load into a large corpus does not read the corpus."""
    from datasette_newsframe import summaries

    conn = sqlite3.connect(polnear_train_dev_db)
    try:
        conn.execute("insert or ignore into summary_stale select actor_id, source_id from summary_actor_sources "
                     "order by quotes desc limit 3")
        conn.execute("insert or ignore into summary_stale select 0, source_id from summary_sources limit 1")
        plans = []
        for table, insert in summaries._SUMMARIES.items():
            for sql in (summaries._DELETE_STALE[table], insert.format(**summaries._STALE)):
                plans.append((sql, [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql)]))
    finally:
        conn.rollback()
        conn.close()
    assert len(plans) == 8
    # nothing is read whole (not even an index) but the stale pairs themselves
    scans = [(" ".join(sql.split())[:80], step) for sql, plan in plans for step in plan
             if step.startswith("SCAN") and step.split()[1] not in ("summary_stale", "p")]
    assert scans == []
