"""The plugin's pages through the real Datasette app: counts match SQL, counts link to their rows."""
import sqlite3
from urllib.parse import urlsplit

import pytest
from datasette.app import Datasette

from datasette_newsframe import loader

from .conftest import ROOT, write_jsonl
from .test_plugin import make_datasette

DEMO = str(ROOT / "demo.db")


def sql(query, params=()):
    conn = sqlite3.connect(DEMO)
    try:
        return conn.execute(query, params).fetchall()
    finally:
        conn.close()


async def rows_behind(ds, href):
    """How many rows Datasette's own table view shows for a link from a page."""
    parts = urlsplit(href)
    response = await ds.client.get(parts.path + ".json?" + parts.query + "&_size=0&_extra=count", follow_redirects=True)
    assert response.status_code == 200, href
    data = response.json()
    return data.get("filtered_table_rows_count", data.get("count"))


@pytest.fixture(scope="module")
def ds():
    return Datasette([DEMO])


TOP_ACTOR = sql("select actor_id from quotes where actor_id is not null group by 1 order by count(*) desc limit 1")[0][0]


@pytest.mark.asyncio
async def test_every_page_answers_html_and_json(ds):
    for path in ["/demo/-/newsframe", f"/demo/-/newsframe/actors/{TOP_ACTOR}", "/demo/-/newsframe/articles/1",
                 "/demo/-/newsframe/compare?source=1&source=2", "/demo/-/newsframe/compare"]:
        html = await ds.client.get(path)
        assert html.status_code == 200, path
        assert "<svg" in html.text or path.endswith("compare") or "articles" in path
        base, _, query = path.partition("?")
        as_json = await ds.client.get(base + ".json" + ("?" + query if query else ""))
        assert as_json.status_code == 200 and as_json.headers["content-type"].startswith("application/json")
        other = await ds.client.get(path + ("&" if "?" in path else "?") + "_format=json")
        assert other.json() == as_json.json()


@pytest.mark.asyncio
async def test_actor_page_counts_match_sql_and_link_to_their_rows(ds):
    data = (await ds.client.get(f"/demo/-/newsframe/actors/{TOP_ACTOR}.json")).json()
    assert data["total_quotes"] == sql("select count(*) from quotes where actor_id = ?", [TOP_ACTOR])[0][0]
    expected = dict(sql("select source_id, count(*) from quotes where actor_id = ? group by 1", [TOP_ACTOR]))
    assert {r["source_id"]: r["quotes"] for r in data["by_source"]} == expected
    for r in data["by_source"]:
        total = sql("select count(*) from quotes where source_id = ?", [r["source_id"]])[0][0]
        assert r["share"] == pytest.approx(r["quotes"] / total)
    html = (await ds.client.get(f"/demo/-/newsframe/actors/{TOP_ACTOR}")).text
    for r in data["by_source"]:
        href = f"/demo/quotes?actor_id={TOP_ACTOR}&amp;source_id={r['source_id']}"
        assert href in html
        assert await rows_behind(ds, href.replace("&amp;", "&")) == r["quotes"]
    months = {r["month"]: r["quotes"] for r in data["over_time"]}
    assert sum(months.values()) == sql("select count(*) from quotes where actor_id = ? and published is not null",
                                       [TOP_ACTOR])[0][0]


@pytest.mark.asyncio
async def test_overview_counts_link_to_their_rows(ds):
    data = (await ds.client.get("/demo/-/newsframe.json")).json()
    for s in data["sources"]:
        assert await rows_behind(ds, f"/demo/quotes?source_id={s['id']}") == s["quotes"]
        assert await rows_behind(ds, f"/demo/articles?source_id={s['id']}") == s["articles"]
    for a in data["top_actors"][:5]:
        assert await rows_behind(ds, f"/demo/quotes?actor_id={a['id']}") == a["quotes"]


@pytest.mark.asyncio
async def test_compare_share_of_voice_and_filters(ds):
    data = (await ds.client.get("/demo/-/newsframe/compare.json?source=2&source=7")).json()
    assert [s["id"] for s in data["sources"]] == [2, 7]
    for s in data["sources"]:
        assert s["quotes"] == sql("select count(*) from quotes where source_id = ?", [s["id"]])[0][0]
    for row in data["share_of_voice"]:
        for x in row["by_source"]:
            n = sql("select count(*) from quotes where actor_id = ? and source_id = ?",
                    [row["actor_id"], x["source_id"]])[0][0]
            assert x["quotes"] == n
    for e in data["exclusive"]:
        for a in e["actors"]:
            others = [s["id"] for s in data["sources"] if s["id"] != e["source_id"]]
            assert sql(f"select count(*) from quotes where actor_id = ? and source_id in ({','.join('?' * len(others))})",
                       [a["actor_id"], *others])[0][0] == 0
    kinds = {(r["source_id"], r["kind"]): r["quotes"] for r in data["kinds"]}
    assert kinds == {(s, k): n for s, k, n in sql(
        "select source_id, kind, count(*) from quotes where source_id in (2, 7) group by 1, 2")}
    assert all(d["terms"] for d in data["distinctive_terms"])
    # a story filter narrows the articles to the full-text matches
    story = (await ds.client.get("/demo/-/newsframe/compare.json?source=2&source=7&q=email+server")).json()
    matches = sql("select source_id, count(*) from articles where source_id in (2, 7) and id in "
                  "(select rowid from articles_fts where articles_fts match '\"email\" \"server\"') group by 1")
    assert {s["id"]: s["articles"] for s in story["sources"]} == {k: v for k, v in matches} | \
        {s: 0 for s in (2, 7) if s not in dict(matches)}
    dated = (await ds.client.get("/demo/-/newsframe/compare.json?source=2&source=7&from=2016-06&to=2016-07")).json()
    assert sum(s["articles"] for s in dated["sources"]) == sql(
        "select count(*) from articles where source_id in (2, 7) and published >= '2016-06' "
        "and substr(published, 1, 7) <= '2016-07'")[0][0]


@pytest.mark.asyncio
async def test_bad_parameters_give_400_with_a_message(ds):
    for query, words in [("source=1&source=999", "unknown source id 999"), ("source=abc&source=1", "whole number"),
                         ("source=1&source=2&from=yesterday", "from must be a date"),
                         ("source=1&source=2&q=" + "x" * 300, "too long")]:
        response = await ds.client.get("/demo/-/newsframe/compare.json?" + query)
        assert response.status_code == 400 and words in response.json()["error"], query
        html = await ds.client.get("/demo/-/newsframe/compare?" + query)
        assert html.status_code == 400
    # FTS syntax in a search term is neutralised, not an error
    odd = await ds.client.get('/demo/-/newsframe/compare.json?source=1&source=2&q=NEAR(" AND OR *')
    assert odd.status_code == 200
    assert (await ds.client.get("/demo/-/newsframe/actors/999999")).status_code == 404
    assert (await ds.client.get("/demo/-/newsframe/articles/999999.json")).status_code == 404


@pytest.mark.asyncio
async def test_article_page_marks_every_quote(ds):
    data = (await ds.client.get("/demo/-/newsframe/articles/1.json")).json()
    html = (await ds.client.get("/demo/-/newsframe/articles/1")).text
    marked = {int(x.split('"')[0]) for x in html.split('data-quote="')[1:]}
    assert marked == {q["id"] for q in data["quotes"]}
    assert 'class="nf-q nf-scare"' in html and 'class="nf-q nf-indirect"' in html
    assert 'href="/demo/-/newsframe/actors/' in html and "nf-mention" in html


@pytest.mark.asyncio
async def test_a_speaker_the_model_chose_is_marked_as_inferred(tmp_path):
    db = tmp_path / "r.db"
    loader.load(db, [write_jsonl(tmp_path / "r.jsonl", [{
        "id": "r1", "source": "S", "text": 'Donald Trump spoke to reporters on Monday.\n\n"Syrians are now being '
                                           'caught at the southern border, just like I said," Trump from his desk.'
                                           '\n\n"We will win this state by a lot," said Donald Trump.'}])])
    conn = sqlite3.connect(db)
    by = conn.execute("select attributed_by from quotes where kind = 'direct' order by char_start").fetchall()
    conn.close()
    assert by == [("ranker",), ("rules",)]
    ds = Datasette([str(db)])
    article = (await ds.client.get("/r/-/newsframe/articles/1")).text
    actor = (await ds.client.get("/r/-/newsframe/actors/1")).text
    assert article.count("speaker inferred") == 1 and actor.count("speaker inferred") == 1


@pytest.mark.asyncio
async def test_pages_escape_article_content_and_respect_permissions(tmp_path):
    hostile = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'
    db = tmp_path / "h.db"
    loader.load(db, [write_jsonl(tmp_path / "h.jsonl", [{
        "id": "h1", "source": hostile, "title": hostile, "author": hostile, "url": "javascript:alert(3)",
        "text": f'Intro {hostile}.\n\n"We say {hostile} loudly here," said Evil Person.'}])])
    ds = Datasette([str(db)])
    for path in ["/h/-/newsframe", "/h/-/newsframe/articles/1", "/h/-/newsframe/actors/1",
                 "/h/-/newsframe/compare?source=1&source=1", "/h/quotes", "/h/articles"]:
        html = (await ds.client.get(path)).text
        assert "<script>alert(1)" not in html and "<img src=x" not in html, path
        assert 'href="javascript:' not in html, path
    denied = make_datasette([str(db)], deny=["h"])
    for path in ["/h/-/newsframe", "/h/-/newsframe/articles/1", "/h/-/newsframe/actors/1",
                 "/h/-/newsframe/compare?source=1&source=1", "/h/-/newsframe/articles/1.json"]:
        assert (await denied.client.get(path)).status_code == 403, path


@pytest.mark.asyncio
async def test_render_cell_in_datasette_tables(ds):
    html = (await ds.client.get("/demo/quotes?article_id=1&kind=direct")).text
    assert 'class="nf-cell-quote"' in html and "/demo/-/newsframe/articles/1#q" in html
    assert "newsframe.css" in html
    from datasette_newsframe.cells import render

    cell = render({"kind": "scare", "article_id": 3, "id": 9}, "<b>x</b>", "text", "quotes", "demo", ds)
    assert "&lt;b&gt;x&lt;/b&gt;" in str(cell) and 'class="nf-scare"' in str(cell)
    assert render({}, "plain", "name", "actors", "demo", ds) is None


@pytest.mark.asyncio
async def test_canned_queries_on_this_datasette_line(ds):
    await ds.invoke_startup()
    top_name = sql("select name from actors where id = ?", [TOP_ACTOR])[0][0]
    cases = {"quotes_per_actor_per_source": {"kind": "", "min_quotes": "1"}, "stance_by_source": {},
             "share_of_voice": {"source": ""}, "actors_only_one_source_quotes": {"min_quotes": "2"},
             "actor_quotes_over_time": {"actor": top_name}}
    for name, params in cases.items():
        response = await ds.client.get(f"/demo/{name}.json?_shape=array&" +
                                        "&".join(f"{k}={v}" for k, v in params.items()), follow_redirects=True)
        assert response.status_code == 200, (name, response.text[:300])
        assert response.json(), name
    # one kind, so that the rows stay under Datasette's 1,000-row cap for a query
    per = (await ds.client.get("/demo/quotes_per_actor_per_source.json?_shape=array&kind=direct&min_quotes=1",
                               follow_redirects=True)).json()
    assert len(per) < 1000
    assert sum(r["quotes"] for r in per) == sql(
        "select count(*) from quotes where actor_id is not null and kind = 'direct'")[0][0]


@pytest.mark.asyncio
async def test_summary_fast_path_agrees_with_live_queries(ds):
    from datasette_newsframe import queries

    db = ds.get_database("demo")
    ids = [2, 6, 7]
    fast = await queries.compare(db, ids, {"from": "", "to": "", "q": ""})
    live = await queries.compare(db, ids, {"from": "1000", "to": "", "q": ""})  # a filter that keeps all
    for key in ("sources", "share_of_voice", "exclusive", "kinds", "stance"):
        assert fast[key] == live[key], key


def test_summary_tables_equal_live_aggregates(tmp_path):
    from click.testing import CliRunner

    from datasette_newsframe.cli import cli

    db = tmp_path / "s.db"
    loader.load(db, [write_jsonl(tmp_path / "a.jsonl", [
        {"id": "1", "source": "A", "text": '"We will win this," said Jane Roe. Jane Roe claimed the vote was rigged.'},
        {"id": "2", "source": "B", "text": '"Not so fast at all," John Poe said.'}])])
    CliRunner().invoke(cli, ["actors", "merge", str(db), "John Poe", "Jane Roe"])

    def check():
        conn = sqlite3.connect(db)
        live = conn.execute("select actor_id, source_id, count(*), sum(kind = 'direct'), sum(stance = 'distancing') "
                            "from quotes where actor_id is not null group by 1, 2 order by 1, 2").fetchall()
        summary = conn.execute("select actor_id, source_id, quotes, direct, distancing from summary_actor_sources "
                               "order by 1, 2").fetchall()
        assert live == summary and summary
        assert conn.execute("select sum(quotes) from summary_sources").fetchone()[0] == \
            conn.execute("select count(*) from quotes").fetchone()[0]
        cues = conn.execute("select actor_id, source_id, cue_lemma, coalesce(stance, 'none'), count(*) from quotes "
                            "where actor_id is not null and cue_lemma is not null group by 1, 2, 3 "
                            "order by 1, 2, 3").fetchall()
        assert cues == conn.execute("select actor_id, source_id, cue_lemma, stance, quotes from summary_actor_cues "
                                    "order by 1, 2, 3").fetchall()
    check()
