"""Trust: hostile input, killed loads, readers during loads, escaping, time limits.

Each test tries the attack or the accident for real: real files, a real loader subprocess
killed with SIGKILL, a real Datasette server and headless Chromium.
"""
import json
import os
import sqlite3
import subprocess
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from datasette_newsframe import loader
from datasette_newsframe.extract import extract

from .conftest import refuse_to_read
from .conftest import (POLNEAR, ROOT, TOOLS, datasette_server, dump, kill_after, needs_shared, run_load,
                       write_jsonl)
from .conftest import query as q


# ---- bad input -------------------------------------------------------------------------

GOOD_TEXT = 'Intro line.\n\n"We will stand firm on this," the minister, Jane Roe, said on Monday.'


def make_bad_corpus(folder):
    """Every kind of bad file the trust issue lists, next to good ones. Returns the good ids."""
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "utf16.txt").write_bytes(("Title sixteen\n\n" + GOOD_TEXT).encode("utf-16"))
    (folder / "latin1.txt").write_bytes("Title\n\nCaf\xe9 owners said no.\n".encode("latin-1"))
    (folder / "bad_middle.txt").write_bytes(b"Title\n\nGood start.\nthen \xff\xfe broken\nend\n")
    (folder / "huge.txt").write_text("Huge\n\n" + ("word " * 10_500_000), encoding="utf-8")  # 52 MB
    (folder / "page.html").write_text("<html><body><nav>Home</nav><p>Cookies?</p></body></html>", encoding="utf-8")
    (folder / "good.txt").write_text("Good title\n\n" + GOOD_TEXT, encoding="utf-8")
    write_jsonl(folder / "lines.jsonl", [
        {"id": "j1", "source": "Wire", "text": GOOD_TEXT, "published": "03/12/2021"},
        {"id": "j2", "source": "Wire", "text": GOOD_TEXT + " More.", "published": "3 Dec 2021"},
        {"id": "j3", "source": "Wire", "text": GOOD_TEXT + " Undated."},
        "[1, 2]",
        {"id": "j4", "source": "Wire"},
        {"id": "j5", "source": "Wire", "text": {"nested": True}},
        {"id": "j1", "source": "Wire", "text": "Same id, other text."},
        '{"id": "j6", "source": "Wire", "text": "cut off',
    ])
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    return {"utf16.txt", "good.txt", "j1", "j2", "j3"}


def test_bad_corpus_reported_and_nothing_half_written(tmp_path, monkeypatch):
    folder = tmp_path / "bad"
    good = make_bad_corpus(folder)
    (folder / "locked.txt").write_text("Locked\n\n" + GOOD_TEXT, encoding="utf-8")
    refuse_to_read(monkeypatch, "locked.txt")
    db = tmp_path / "c.db"
    result = loader.load(db, [folder])
    where = {(os.path.basename(e.path), e.line): e.message for e in result.errors}
    expected = {("empty.txt", None): "empty file", ("binary.txt", None): "binary",
                ("latin1.txt", 3): "not valid UTF-8", ("bad_middle.txt", 4): "not valid UTF-8",
                ("huge.txt", None): "more than the limit", ("page.html", None): "no article text",
                ("locked.txt", None): "permission denied", ("lines.jsonl", 4): "expected a JSON object",
                ("lines.jsonl", 5): 'missing "text"', ("lines.jsonl", 6): '"text" must be a string',
                ("lines.jsonl", 7): "duplicate id 'j1'", ("lines.jsonl", 8): "invalid JSON"}
    for key, words in expected.items():
        assert key in where and words in where[key], (key, where)
    assert any("symlink loop" in m for m in where.values())
    assert result.failed == len(result.errors) == len(expected) + 1
    stored = {r[0] for r in q(db, "select external_id from articles")}
    assert stored == good
    dates = dict(q(db, "select external_id, published from articles where external_id like 'j%'"))
    assert dates == {"j1": "2021-12-03", "j2": "2021-12-03", "j3": None}
    # every stored article has its quotes, and nothing of a refused one is there
    assert q(db, "select count(*) from articles a where not exists (select 1 from quotes q where q.article_id = a.id)") \
        == [(0,)]
    assert q(db, "select count(*) from load_errors") == [(result.failed,)]
    assert q(db, "pragma integrity_check") == [("ok",)]


# ---- property-based: extraction never breaks on any text -------------------------------

PIECES = ["said", "says", "told", "he", "she", "they", "Trump", "Mr. Putin", "the minister", "according to",
          "claimed", "that", ", ", ". ", "\n\n", "\n", "\"", "\u201c", "\u201d", "'", "\u2018", "\u2019", "''",
          "\u00ab", "\u00bb", "\u201e", "-", "\u2014", ":", "(", ")", "U.S.", "NATO", "Moscow"]
ODD = st.sampled_from(["\u0301", "\u200b", "\u200d", "\u200f", "\u202e", "\ufeff", "\U0001f600", "\u05e9\u05dc\u05d5\u05dd",
                       "\u0645\u0631\u062d\u0628\u0627", "\u00e9", "e\u0301", "\u0000", "\r\n", "\t"])
TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12), ODD), max_size=80).map("".join)


def check_extraction(body):
    result = extract(body)
    for item in result.quotes:
        assert 0 <= item.start <= item.end <= len(body)
        assert body[item.start:item.end] == item.text
        assert item.kind in ("direct", "partial", "indirect", "scare")
        if item.speaker_start is not None:
            assert 0 <= item.speaker_start <= item.speaker_end <= len(body)
            assert body[item.speaker_start:item.speaker_end] == item.speaker_mention
    for m in result.mentions:
        assert 0 <= m.start < m.end <= len(body) and body[m.start:m.end] == m.text
    return result


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_extraction_never_fails_and_offsets_hold(body):
    check_extraction(body)


# ---- killed loads ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def big_jsonl(tmp_path_factory):
    """600 PolNeAR train articles with fresh ids, dates and sources (nothing deduplicated)."""
    folder = tmp_path_factory.mktemp("big")
    train = folder / "train.jsonl"
    subprocess.run([sys.executable, str(TOOLS / "to_jsonl.py"), str(POLNEAR / "train"), str(POLNEAR / "metadata.tsv"),
                    str(train)], check=True)
    records = [json.loads(line) for line in open(train, encoding="utf-8")]
    out = folder / "big.jsonl"
    with open(out, "w", encoding="utf-8") as f:
        for i in range(600):
            r = dict(records[i % len(records)])
            r["id"] = f"copy{i}-{r['id']}"
            r["source"] = f"{r['source']} {i % 3}"
            f.write(json.dumps(r) + "\n")
    return out


@needs_shared()
def test_sigkill_at_several_points_then_rerun_equals_uninterrupted_load(tmp_path, big_jsonl):
    reference = tmp_path / "reference.db"
    started = time.monotonic()
    assert run_load(reference, big_jsonl).wait() == 0
    duration = time.monotonic() - started
    expected = dump(reference)
    per_article = {eid: (nq, nm) for eid, nq, nm in q(reference, """
        select a.external_id, (select count(*) from quotes where article_id = a.id),
               (select count(*) from mentions where article_id = a.id) from articles a""")}
    kills = 0
    for fraction in (0.2, 0.45, 0.7, 0.9):
        db = tmp_path / f"killed{fraction}.db"
        kills += kill_after(run_load(db, big_jsonl), duration * fraction)
        assert q(db, "pragma integrity_check") == [("ok",)]
        # every article that made it is whole: the same quotes and mentions as in the full load
        partial = q(db, """select a.external_id, (select count(*) from quotes where article_id = a.id),
                                  (select count(*) from mentions where article_id = a.id) from articles a""")
        assert all(per_article[eid] == (nq, nm) for eid, nq, nm in partial)
        assert run_load(db, big_jsonl).wait() == 0
        assert dump(db) == expected
        # full-text search, built at the end of a load into an empty corpus, is complete after the rerun
        for table in ("articles", "quotes"):
            conn = sqlite3.connect(db)
            conn.execute(f"insert into {table}_fts({table}_fts, rank) values ('integrity-check', 1)")  # raises if not
            conn.close()
            assert q(db, f"select count(*) from {table}_fts where {table}_fts match 'said'") == \
                q(reference, f"select count(*) from {table}_fts where {table}_fts match 'said'") != [(0,)]
    assert kills >= 3


def test_crash_before_actor_consolidation_is_finished_by_the_next_run(tmp_path, monkeypatch):
    records = [{"id": str(i), "source": "S", "text": f'Intro {i}.\n\n"We will win number {i}," said Jane Roe. '
                                                     f'Roe added that Donald Trump said so.'} for i in range(30)]
    src = write_jsonl(tmp_path / "in.jsonl", records)
    reference = tmp_path / "reference.db"
    loader.load(reference, [src])

    def crash(db):
        raise KeyboardInterrupt("killed after the last commit, before consolidation")

    monkeypatch.setattr(loader, "consolidate", crash)
    db = tmp_path / "crashed.db"
    with pytest.raises(KeyboardInterrupt):
        loader.load(db, [src])
    monkeypatch.undo()
    assert q(db, "select value from newsframe_meta where key = 'consolidated'") == [("0",)]
    result = loader.load(db, [src])
    assert result.unchanged == 30 and result.loaded == 0
    assert dump(db) == dump(reference)


@needs_shared()
@pytest.mark.asyncio
async def test_pages_keep_answering_while_a_load_runs(tmp_path, big_jsonl):
    from datasette.app import Datasette

    db = tmp_path / "live.db"
    loader.load(db, [write_jsonl(tmp_path / "first.jsonl", [{"id": "first", "source": "S", "text": GOOD_TEXT}])])
    ds = Datasette([str(db)])
    proc = run_load(db, big_jsonl)
    answered = 0
    try:
        while proc.poll() is None:
            for path in ["/live/-/newsframe.json", "/live/quotes.json?_size=5"]:
                response = await ds.client.get(path)
                assert response.status_code == 200, (path, response.text[:200])
                answered += 1
            time.sleep(0.05)
    finally:
        proc.wait()
    assert proc.returncode == 0 and answered >= 4
    assert q(db, "pragma journal_mode") == [("wal",)]


# ---- the web side ----------------------------------------------------------------------

PAYLOADS = ["<script>document.body.setAttribute('data-pwned','script')</script>",
            "\"><img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">",
            "'><svg onload=\"document.body.setAttribute('data-pwned','svg')\">"]


def hostile_db(tmp_path):
    db = tmp_path / "x.db"
    bad = " ".join(PAYLOADS)
    loader.load(db, [write_jsonl(tmp_path / "x.jsonl", [
        {"id": "x1", "source": "Evil " + PAYLOADS[1], "title": bad, "author": bad,
         "url": "javascript:document.body.setAttribute('data-pwned','url')",
         "text": f"Intro {bad}.\n\n\"We say {PAYLOADS[0]} and more,\" said {PAYLOADS[2]} Evil Person.\n\n"
                 f"Evil Person said the {PAYLOADS[1]} plan was fine."},
        {"id": "x2", "source": "Plain", "text": "\"Nothing to see here at all,\" said Jane Roe."}])])
    return db


def test_no_payload_runs_in_a_real_browser(tmp_path):
    from .test_browser import CHROMIUM, dom

    if CHROMIUM is None:
        pytest.skip("no chromium installed")
    db = hostile_db(tmp_path)
    with datasette_server(db) as base:
        actor = q(db, "select id from actors where name = 'Evil Person'")[0][0]
        pages = ["/x/-/newsframe", "/x/-/newsframe/articles/1", f"/x/-/newsframe/actors/{actor}",
                 "/x/-/newsframe/compare?source=1&source=2", "/x/quotes", "/x/articles", "/x/articles/1",
                 "/x/sources", "/x/mentions"]
        for page in pages:
            html = dom(base + page)
            assert "<html" in html, page
            assert "data-pwned" not in html.split("<body", 1)[1].split(">", 1)[0], page
            assert 'href="javascript:' not in html, page


@pytest.mark.asyncio
async def test_time_limit_gives_a_message_not_an_error(tmp_path, monkeypatch):
    from datasette.app import Datasette

    from datasette_newsframe import queries, views

    async def slow(*args, **kwargs):
        raise views.QueryInterrupted(None, "select", {})

    ds = Datasette([str(ROOT / "demo.db")])
    monkeypatch.setattr(queries, "compare", slow)
    response = await ds.client.get("/demo/-/newsframe/compare.json?source=1&source=2")
    assert response.status_code == 503 and "time limit" in response.json()["error"]
    # and for real: Datasette's own limit, set absurdly low, stops the heavy compare queries
    monkeypatch.undo()
    strict = Datasette([str(ROOT / "demo.db")], settings={"sql_time_limit_ms": 1})
    response = await strict.client.get("/demo/-/newsframe/compare.json?source=2&source=6&source=7&source=3")
    assert response.status_code in (200, 503)
    if response.status_code == 503:
        assert "time limit" in response.json()["error"]


# ---- publishing ------------------------------------------------------------------------

def test_wheel_in_a_fresh_virtualenv_serves_demo_from_elsewhere(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(tmp_path / "dist"), str(ROOT)], check=True)
    (wheel,) = (tmp_path / "dist").glob("*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = venv / "bin" / "pip"
    import datasette

    subprocess.run([str(pip), "install", "-q", str(wheel), f"datasette=={datasette.__version__}"], check=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    def get(path):
        done = subprocess.run([str(venv / "bin" / "datasette"), str(ROOT / "demo.db"), "--get", path],
                              cwd=elsewhere, capture_output=True, text=True)
        assert done.returncode == 0, (path, done.stderr[-500:])
        return done.stdout

    assert "who is quoted, by whom" in get("/demo/-/newsframe") and "<svg" in get("/demo/-/newsframe")
    assert ".nf-chart" in get("/-/static-plugins/datasette_newsframe/newsframe.css")
    assert json.loads(get("/demo/stance_by_source.json?_shape=array"))
    assert "datasette-newsframe" in get("/-/plugins.json")


def test_publish_cloudrun_dockerfile_installs_the_plugin(tmp_path):
    fake = tmp_path / "bin"
    fake.mkdir()
    captured = tmp_path / "Dockerfile.captured"
    (fake / "gcloud").write_text(f"""#!/bin/sh
case "$*" in
  *"config get-value"*) echo test-project ;;
  *"builds submit"*) cp Dockerfile {captured} ;;
esac
exit 0
""")
    (fake / "gcloud").chmod(0o755)
    env = dict(os.environ, PATH=f"{fake}:{os.environ['PATH']}")
    done = subprocess.run([sys.executable, "-m", "datasette", "publish", "cloudrun", str(ROOT / "demo.db"),
                           "--service", "newsframe-demo", "--install", "datasette-newsframe"],
                          env=env, capture_output=True, text=True, cwd=tmp_path, input="")
    assert captured.exists(), done.stdout + done.stderr
    dockerfile = captured.read_text()
    assert "datasette-newsframe" in dockerfile and "pip install" in dockerfile
    assert "demo.db" in dockerfile and "datasette serve" in dockerfile
