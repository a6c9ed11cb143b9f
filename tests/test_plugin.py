"""The plugin in the real Datasette server (through datasette.client) on demo.db."""
import inspect
import json
import sqlite3

import pytest
from datasette.app import Datasette

from datasette_newsframe import sql_functions

from .conftest import ROOT

DEMO = str(ROOT / "demo.db")


def make_datasette(files, deny=None):
    """A Datasette that denies viewing the databases in ``deny``, on 0.65 (metadata) and 1.0 (config)."""
    settings = {"databases": {name: {"allow": False} for name in (deny or [])}}
    if "config" in inspect.signature(Datasette.__init__).parameters:
        return Datasette(files, config=settings)
    return Datasette(files, metadata=settings)


@pytest.mark.asyncio
async def test_plugin_is_installed():
    ds = Datasette([DEMO])
    response = await ds.client.get("/-/plugins.json")
    assert "datasette-newsframe" in {p["name"] for p in response.json()}


@pytest.mark.asyncio
async def test_demo_database_tables_and_row_pages_load():
    ds = Datasette([DEMO])
    for path in ["/demo", "/demo/articles", "/demo/quotes", "/demo/actors", "/demo/articles/1"]:
        response = await ds.client.get(path, follow_redirects=True)
        assert response.status_code == 200, path
    row = await ds.client.get("/demo/articles/1.json?_shape=array", follow_redirects=True)
    assert row.json()[0]["title"].startswith("Blinken")


@pytest.mark.asyncio
async def test_overview_page_matches_sql():
    ds = Datasette([DEMO])
    response = await ds.client.get("/demo/-/newsframe.json")
    assert response.status_code == 200
    data = response.json()
    conn = sqlite3.connect(DEMO)
    assert data["totals"]["articles"] == conn.execute("select count(*) from articles").fetchone()[0]
    assert data["totals"]["quotes"] == conn.execute("select count(*) from quotes").fetchone()[0]
    by_source = dict(conn.execute("select s.name, count(*) from quotes q join articles a on a.id = q.article_id "
                                  "join sources s on s.id = a.source_id group by 1").fetchall())
    assert {s["name"]: s["quotes"] for s in data["sources"]} == by_source
    assert len(data["sources"]) == 8
    top = conn.execute("select actor_id, count(*) from quotes where actor_id is not null group by 1 "
                       "order by 2 desc limit 1").fetchone()
    assert (data["top_actors"][0]["id"], data["top_actors"][0]["quotes"]) == top
    html = (await ds.client.get("/demo/-/newsframe")).text
    assert "Newell" in html and "PolNeAR" in html  # the citation is shown
    assert "Iran Press TV" in html


@pytest.mark.asyncio
async def test_menu_and_database_links():
    ds = Datasette([DEMO])
    html = (await ds.client.get("/demo")).text
    assert "/demo/-/newsframe" in html


@pytest.mark.asyncio
async def test_permission_denied_database_gives_403_and_no_links():
    ds = make_datasette([DEMO], deny=["demo"])
    response = await ds.client.get("/demo/-/newsframe")
    assert response.status_code == 403
    response = await ds.client.get("/demo/-/newsframe.json")
    assert response.status_code == 403
    assert "/demo/-/newsframe" not in (await ds.client.get("/")).text


@pytest.mark.asyncio
async def test_non_corpus_database_is_404(tmp_path):
    other = tmp_path / "plain.db"
    sqlite3.connect(other).execute("create table t (x)").connection.commit()
    ds = Datasette([str(other)])
    assert (await ds.client.get("/plain/-/newsframe")).status_code == 404
    assert (await ds.client.get("/nope/-/newsframe")).status_code == 404


def test_sql_functions_on_plain_sqlite3():
    conn = sqlite3.connect(":memory:")
    sql_functions.register(conn)
    assert conn.execute("select newsframe_stance('claimed'), newsframe_stance('said'), "
                        "newsframe_stance('urged'), newsframe_stance('slammed'), newsframe_stance('confirmed'), "
                        "newsframe_stance('eat'), newsframe_stance(null), newsframe_stance('')").fetchone() == \
        ("distancing", "neutral", "directive", "confrontational", "endorsing", None, None, None)
    keys = conn.execute("select newsframe_actor_key('Russian President Vladimir Putin'), "
                        "newsframe_actor_key('Putin'), newsframe_actor_key('Mr. Putin'), "
                        "newsframe_actor_key(null), newsframe_actor_key('')").fetchone()
    assert keys == ("putin", "putin", "putin", None, None)
    quotes = json.loads(conn.execute(
        "select newsframe_quotes(?)", ['"We stand resolutely together," Blinken said.']).fetchone()[0])
    assert quotes[0]["text"] == "We stand resolutely together" and quotes[0]["speaker"] == "Blinken"
    assert conn.execute("select newsframe_quotes(null), newsframe_quotes('')").fetchone() == ("[]", "[]")
    entities = json.loads(conn.execute("select newsframe_entities('NATO met in Moscow.')").fetchone()[0])
    assert [(e["text"], e["name"], e["kind"]) for e in entities] == [
        ("NATO", "NATO", "organization"), ("Moscow", "Russia", "country")]
    assert conn.execute("select newsframe_entities(null)").fetchone() == ("[]",)
    body = "First one. Then Putin said the line was red. Last one."
    start = body.index("the line")
    assert conn.execute("select newsframe_context(?, ?, ?)", [body, start, start + 8]).fetchone() == \
        ("Then Putin said the line was red.",)
    assert conn.execute("select newsframe_context(null, 1, 2), newsframe_context('x', null, 1)").fetchone() == \
        (None, None)


@pytest.mark.asyncio
async def test_sql_functions_registered_in_datasette():
    ds = Datasette([DEMO])
    response = await ds.client.get(
        "/demo.json?sql=select+newsframe_stance('claimed')+as+s&_shape=array", follow_redirects=True)
    assert response.json() == [{"s": "distancing"}]
