"""The summary tables stay current incrementally: a load into a corpus recounts only the actors and
sources it changed (summaries.py), and ends where a whole rebuild would, also after a killed run."""
import json
import sqlite3
import time

from datasette_newsframe import loader, store, summaries

from .conftest import dump, kill_after, needs_shared, query, run_load, write_jsonl

SUMMARIES = ("summary_sources", "summary_actor_cues", "summary_actor_roles", "summary_actor_sources")


def summary_rows(db_path):
    conn = sqlite3.connect(db_path)
    try:
        return {t: sorted(conn.execute(f"select * from {t}").fetchall(), key=repr) for t in SUMMARIES}
    finally:
        conn.close()


def rebuilt_whole(db_path, tmp_path):
    """The summary tables of a copy of the corpus, rebuilt from every row."""
    copy = tmp_path / f"whole-{db_path.name}"
    copy.unlink(missing_ok=True)
    src, dst = sqlite3.connect(db_path), sqlite3.connect(copy)
    src.backup(dst)  # with what the write-ahead log holds, which a file copy would miss
    src.close()
    dst.close()
    db = store.connect(copy)
    summaries.refresh(db, whole=True)
    db.close()
    return summary_rows(copy)


def dev_records(path):
    return [json.loads(line) for line in open(path, encoding="utf-8")]


@needs_shared()
def test_a_load_into_a_corpus_recounts_only_what_it_changed(tmp_path, polnear_dev_jsonl):
    records = dev_records(polnear_dev_jsonl)
    sources = sorted({r["source"] for r in records})
    one, other = sources[0], sources[1]
    of_one = [r for r in records if r["source"] == one]
    first, later = [r for r in records if r["source"] != one][:40] + of_one[:5], of_one[5:]
    db = tmp_path / "c.db"
    loader.load(db, [write_jsonl(tmp_path / "first.jsonl", first)])
    assert query(db, "select count(*) from summary_stale") == [(0,)]
    assert query(db, "select count(*) from newsframe_meta where key = 'summaries_stale'") == [(0,)]
    # a mark on the row of a source the next load does not touch: a whole rebuild would wipe it
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("update summary_sources set articles = -1 "
                     "where source_id = (select id from sources where name = ?)", [other])
    conn.close()
    before = query(db, "select s.name, x.articles from summary_sources x join sources s on s.id = x.source_id")
    loader.load(db, [write_jsonl(tmp_path / "later.jsonl", later)])
    after = dict(query(db, "select s.name, x.articles from summary_sources x join sources s on s.id = x.source_id"))
    assert after[other] == -1  # not recounted
    assert after[one] == dict(before)[one] + len(later) == len(of_one)  # recounted
    # everything but the marked row is what a whole rebuild gives
    marked = query(db, "select id from sources where name = ?", [other])[0][0]
    mine, whole = summary_rows(db), rebuilt_whole(db, tmp_path)
    for rows in (mine, whole):
        rows["summary_sources"] = [r for r in rows["summary_sources"] if r[0] != marked]
    assert mine == whole


@needs_shared()
def test_refresh_after_new_changed_articles_fixes_and_edits_equals_a_whole_rebuild(tmp_path, polnear_dev_jsonl):
    from click.testing import CliRunner

    from datasette_newsframe.cli import cli

    records = dev_records(polnear_dev_jsonl)
    db = tmp_path / "c.db"
    loader.load(db, [write_jsonl(tmp_path / "a.jsonl", records[:50])])
    changed = [dict(r, text=r["text"] + '\n\n"We are done here," said Jane Roe, the committee chairwoman.')
               for r in records[40:50]]
    result = loader.load(db, [write_jsonl(tmp_path / "b.jsonl", records[50:70] + changed)])
    assert (result.loaded, result.replaced) == (20, 10)
    assert summary_rows(db) == rebuilt_whole(db, tmp_path)
    # an analyst's fix: Jane Roe merged into the corpus's most quoted actor
    top = query(db, "select a.name from actors a join quotes q on q.actor_id = a.id group by a.id "
                    "order by count(*) desc limit 1")[0][0]
    assert CliRunner().invoke(cli, ["actors", "merge", str(db), "Jane Roe", top]).exit_code == 0
    assert summary_rows(db) == rebuilt_whole(db, tmp_path)
    # an edit by hand in SQL is noted by the triggers and counted by the next refresh
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("update quotes set actor_id = null, kind = 'scare' where id in "
                     "(select id from quotes where actor_id is not null order by id limit 5)")
        conn.execute("update mentions set role = 'Chief Cook' where id in "
                     "(select id from mentions where actor_id is not null and role is null order by id limit 5)")
        conn.execute("delete from quotes where id in (select id from quotes order by id desc limit 3)")
    conn.close()
    assert query(db, "select count(*) from summary_stale")[0][0] > 0
    result = loader.load(db, [tmp_path / "b.jsonl"])  # the next load, even one that changes nothing
    assert result.unchanged == 30
    assert query(db, "select count(*) from summary_stale") == [(0,)]
    assert summary_rows(db) == rebuilt_whole(db, tmp_path)
    assert query(db, "select count(*) from summary_actor_roles where role = 'Chief Cook'")[0][0] > 0


@needs_shared()
def test_a_load_into_a_corpus_killed_midway_then_run_again_ends_as_if_uninterrupted(tmp_path, polnear_dev_jsonl):
    records = dev_records(polnear_dev_jsonl)
    base = write_jsonl(tmp_path / "base.jsonl", records[:40])
    more = write_jsonl(tmp_path / "more.jsonl",
                       [dict(r, id=f"{r['id']}-{i}") for i in range(3) for r in records[40:]]
                       + [dict(r, text=r["text"] + "\n\nThe minister said nothing.") for r in records[:20]])
    reference = tmp_path / "reference.db"
    assert run_load(reference, base, 20).wait() == 0
    started = time.monotonic()
    assert run_load(reference, more, 20).wait() == 0
    duration = time.monotonic() - started
    kills = 0
    for fraction in (0.3, 0.6, 0.9):
        db = tmp_path / f"killed{fraction}.db"
        assert run_load(db, base, 20).wait() == 0
        kills += kill_after(run_load(db, more, 20), duration * fraction)
        assert run_load(db, more, 20).wait() == 0
        assert dump(db) == dump(reference)  # summary tables, summary_stale and the rest
        assert summary_rows(db) == rebuilt_whole(db, tmp_path)
    assert kills >= 2


def test_a_load_into_an_empty_corpus_rebuilds_whole_then_tracks_changes(tmp_path):
    db = tmp_path / "c.db"
    loader.load(db, [write_jsonl(tmp_path / "a.jsonl", [
        {"id": "1", "source": "A", "text": '"We will win this," said Jane Roe, the mayor.'}])])
    triggers = {r[0] for r in query(db, "select name from sqlite_master where type = 'trigger'")}
    assert set(summaries.TRIGGERS) <= triggers
    conn = sqlite3.connect(db)
    with conn:
        store.start_bulk_load(conn)  # as a load into an empty corpus begins
    conn.close()
    assert not set(summaries.TRIGGERS) & {r[0] for r in query(db, "select name from sqlite_master "
                                                                  "where type = 'trigger'")}
    assert query(db, "select value from newsframe_meta where key = 'summaries_stale'") == [("all",)]
    db_ = store.connect(db)
    summaries.refresh(db_)
    db_.close()
    assert set(summaries.TRIGGERS) <= {r[0] for r in query(db, "select name from sqlite_master where type = 'trigger'")}
    assert query(db, "select count(*) from newsframe_meta where key = 'summaries_stale'") == [(0,)]
    assert query(db, "select articles, quotes, direct from summary_sources") == [(1, 1, 1)]
