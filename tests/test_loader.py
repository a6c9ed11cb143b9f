"""The loader end to end on real SQLite files: idempotence, replacement, bad input, atomicity."""
import json
import os
import sqlite3
import subprocess
import sys

import pytest
from click.testing import CliRunner

from datasette_newsframe import loader, plugins, store
from datasette_newsframe.cli import cli

from .conftest import refuse_to_read
from .conftest import SEED, dump, needs_shared, write_jsonl
from .conftest import query as rows

pytestmark = needs_shared()


def test_cli_seed_then_unchanged(tmp_path):
    db = str(tmp_path / "x.db")
    runner = CliRunner()
    first = runner.invoke(cli, ["load", db, str(SEED)])
    assert first.exit_code == 0, first.output
    assert "loaded 1, unchanged 0, replaced 0, failed 0" in first.output
    (row,) = rows(db, "select s.name, a.title, a.published, a.publisher, a.section, a.external_id "
                      "from articles a join sources s on s.id = a.source_id")
    assert row == ("Iran Press TV", "Blinken: US and European allies 'stand resolutely against' Russia",
                   "2021-12-03T22:18", "GlobalSecurity.org", "Weapons of Mass Destruction (WMD)", SEED.name)
    before = dump(db)
    second = runner.invoke(cli, ["load", db, str(SEED)])
    assert second.exit_code == 0 and "loaded 0, unchanged 1" in second.output
    assert dump(db) == before


def test_console_script_runs(tmp_path):
    db = tmp_path / "c.db"
    done = subprocess.run([sys.executable, "-m", "datasette_newsframe.cli", "load", str(db), str(SEED)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "loaded 1" in done.stdout


def test_polnear_dev_loads_84_articles_from_7_sources(tmp_path, polnear_dev_jsonl):
    db = tmp_path / "dev.db"
    result = loader.load(db, [polnear_dev_jsonl])
    assert (result.loaded, result.failed) == (84, 0)
    assert rows(db, "select count(*), count(distinct source_id) from articles") == [(84, 7)]
    texts = {json.loads(line)["id"]: json.loads(line)["text"] for line in open(polnear_dev_jsonl, encoding="utf-8")}
    stored = dict(rows(db, "select external_id, body from articles"))
    assert stored == texts
    # every stored quote and mention is a true slice of its article body
    bad = rows(db, "select count(*) from quotes q join articles a on a.id = q.article_id "
                   "where substr(a.body, q.char_start + 1, q.char_end - q.char_start) != q.text")
    assert bad == [(0,)]
    bad = rows(db, "select count(*) from mentions m join articles a on a.id = m.article_id "
                   "where substr(a.body, m.char_start + 1, m.char_end - m.char_start) != m.text")
    assert bad == [(0,)]


def test_changed_article_replaces_old_rows(tmp_path):
    db = tmp_path / "r.db"
    src = tmp_path / "in.jsonl"
    write_jsonl(src, [{"id": "a", "source": "S", "text": '"We will win this fight," Jane Doe said on Monday.'}])
    loader.load(db, [src])
    (article_id,) = rows(db, "select id from articles")[0]
    old_quotes = rows(db, "select text from quotes")
    write_jsonl(src, [{"id": "a", "source": "S", "text": '"We have lost this battle today," John Roe said.'}])
    result = loader.load(db, [src])
    assert (result.replaced, result.loaded) == (1, 0)
    assert rows(db, "select id from articles") == [(article_id,)]
    new_quotes = rows(db, "select text from quotes")
    assert new_quotes == [("We have lost this battle today",)] and new_quotes != old_quotes
    assert rows(db, "select name from actors order by name") == [("John Roe",)]  # Jane Doe pruned
    assert rows(db, "select count(*) from articles_fts where articles_fts match 'battle'") == [(1,)]
    assert rows(db, "select count(*) from articles_fts where articles_fts match 'fight'") == [(0,)]


BAD_JSONL = [
    {"id": "good1", "source": "S", "text": "A perfectly good article. \"It is fine,\" she said."},
    "not json at all {",
    "[1, 2, 3]",
    {"id": "notext", "source": "S"},
    {"id": "numtext", "source": "S", "text": 42},
    {"id": "good1", "source": "S", "text": "Same id, but different text this time."},
    {"id": "good2", "source": "S", "text": "Another good one.", "published": "03/12/2021"},
    '{"id": "truncated", "text": "cut off in the mid',
]


def test_bad_jsonl_lines_reported_and_good_ones_loaded(tmp_path):
    db = str(tmp_path / "b.db")
    src = write_jsonl(tmp_path / "bad.jsonl", BAD_JSONL)
    result = CliRunner().invoke(cli, ["load", db, str(src)])
    assert result.exit_code == 1
    for line, words in [(2, "invalid JSON"), (3, "expected a JSON object"), (4, 'missing "text"'),
                        (5, '"text" must be a string'), (6, "duplicate id 'good1'"), (8, "invalid JSON")]:
        assert f"bad.jsonl:{line}: " in result.output and words in result.output, (line, result.output)
    assert "loaded 2, unchanged 0, replaced 0, failed 6" in result.output
    assert rows(db, "select external_id, published from articles order by 1") == [
        ("good1", None), ("good2", "2021-12-03")]
    errors = rows(db, "select line, message from load_errors order by line")
    assert [e[0] for e in errors] == [2, 3, 4, 5, 6, 8]


def test_bad_files_reported_with_path_and_line(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (folder / "latin1.txt").write_bytes("Title\n\nLine two\nCaf\xe9 society said no.\n".encode("latin-1"))
    (folder / "utf16.txt").write_bytes("Title sixteen\n\nBody in UTF-16.\n".encode("utf-16"))
    (folder / "good.txt").write_text("Good title\n\nGood body.\n", encoding="utf-8")
    (folder / "locked.txt").write_text("Locked\n\nBody.\n", encoding="utf-8")
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    refuse_to_read(monkeypatch, "locked.txt")
    db = tmp_path / "f.db"
    result = loader.load(db, [folder])
    messages = {os.path.basename(e.path) + (f":{e.line}" if e.line else ""): e.message for e in result.errors}
    assert messages["empty.txt"] == "empty file"
    assert "binary" in messages["binary.txt"]
    assert "not valid UTF-8" in messages["latin1.txt:4"]  # line of the bad byte
    assert "permission denied" in messages["locked.txt"]
    assert any("symlink loop" in m for m in messages.values())
    assert sorted(r[0] for r in rows(db, "select external_id from articles")) == ["good.txt", "utf16.txt"]
    assert rows(db, "select count(*) from load_errors") == [(len(result.errors),)]


def test_failed_article_leaves_database_as_it_was(tmp_path, monkeypatch):
    db = tmp_path / "a.db"
    src = tmp_path / "in.jsonl"
    write_jsonl(src, [{"id": "keep", "source": "S", "text": '"Version one of this," Ann Lee said.'}])
    loader.load(db, [src])
    before = dump(db)
    # the write fails half way through the replacement of "keep" (after its quotes are deleted)
    write_jsonl(src, [{"id": "keep", "source": "S", "text": '"Version two of this," Ann Lee said.'}])
    real = store.write_article

    def failing(db_, article, extraction, *args, **kwargs):
        db_.conn.execute("delete from quotes")
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store, "write_article", failing)
    with pytest.raises(RuntimeError):
        loader.load(db, [src])
    monkeypatch.setattr(store, "write_article", real)
    assert dump(db) == before
    assert rows(db, "select integrity_check from pragma_integrity_check") == [("ok",)]


def test_extractor_error_skips_only_that_article(tmp_path, monkeypatch):
    def fragile(body):
        if "boom" in body:
            raise ValueError("cannot parse")
        return plugins.extractors()["rules"](body)

    monkeypatch.setattr(plugins, "get_extractor", lambda name: fragile)
    src = write_jsonl(tmp_path / "in.jsonl", [
        {"id": "1", "text": '"First one is fine," Al Bo said.'},
        {"id": "2", "text": "this goes boom"},
        {"id": "3", "text": "Third is fine too."}])
    result = loader.load(tmp_path / "e.db", [src])
    assert (result.loaded, result.failed) == (2, 1)
    assert "in.jsonl:2" in str(result.errors[0]) and "cannot parse" in str(result.errors[0])
    assert rows(tmp_path / "e.db", "select external_id from articles order by 1") == [("1",), ("3",)]


def test_strict_keeps_nothing(tmp_path):
    db = str(tmp_path / "s.db")
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "1", "text": "Fine."}, "{broken"])
    result = CliRunner().invoke(cli, ["load", "--strict", db, str(src)])
    assert result.exit_code == 1
    assert "in.jsonl:2" in result.output and "nothing of this run was kept" in result.output
    assert rows(db, "select count(*) from articles") == [(0,)]
    assert rows(db, "select line from load_errors") == [(2,)]


def test_schema_version_mismatch_is_refused(tmp_path):
    db = tmp_path / "old.db"
    loader.load(db, [SEED])
    conn = sqlite3.connect(db)
    conn.execute("update newsframe_meta set value = '0' where key = 'schema_version'")
    conn.commit()
    conn.close()
    result = CliRunner().invoke(cli, ["load", str(db), str(SEED)])
    assert result.exit_code == 1 and "schema version 0" in result.output


def test_workers_give_the_same_database(tmp_path, polnear_dev_jsonl):
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    loader.load(one, [polnear_dev_jsonl], workers=1)
    result = CliRunner().invoke(cli, ["load", "--workers", "2", "--batch-size", "7", str(two), str(polnear_dev_jsonl)])
    assert result.exit_code == 0, result.output
    assert dump(one) == dump(two)


def test_jsonl_is_streamed_and_a_bad_line_does_not_cost_the_file(tmp_path):
    src = tmp_path / "mixed.jsonl"
    with open(src, "wb") as f:
        f.write(b'{"id": "a", "text": "First article, fine."}\n')
        f.write(b'{"id": "b", "text": "Caf\xe9 in Latin-1 here."}\n')
        f.write(b'\n{"id": "c", "text": "Third article, fine."}\r\n')
    result = loader.load(tmp_path / "m.db", [src])
    assert (result.loaded, result.failed) == (2, 1)
    assert result.errors[0].line == 2 and "not valid UTF-8" in result.errors[0].message
    assert rows(tmp_path / "m.db", "select external_id, body from articles order by 1") == [
        ("a", "First article, fine."), ("c", "Third article, fine.")]
