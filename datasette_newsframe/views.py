"""Route handlers for the plugin's pages. Views only query; every one checks permission first."""
import json

from datasette import Forbidden, NotFound, Response

from .permissions import can_view_database
from .store import SCHEMA_VERSION

OVERVIEW_SOURCES = """
select s.id, s.name,
       count(distinct a.id) as articles,
       (select count(*) from quotes q join articles a2 on a2.id = q.article_id where a2.source_id = s.id) as quotes,
       min(a.published) as first_published, max(a.published) as last_published
from sources s left join articles a on a.source_id = s.id
group by s.id order by articles desc, s.name
"""
TOP_ACTORS = """
select ac.id, ac.name, ac.kind, count(*) as quotes, count(distinct a.source_id) as sources
from quotes q join actors ac on ac.id = q.actor_id join articles a on a.id = q.article_id
group by ac.id order by quotes desc, ac.name limit :limit
"""


async def _corpus_db(datasette, request):
    name = request.url_vars["database"]
    try:
        db = datasette.get_database(name)
    except KeyError:
        raise NotFound(f"Database not found: {name}")
    if not await can_view_database(datasette, request.actor, name):
        raise Forbidden("You do not have permission to view this database")
    if not await db.table_exists("quotes") or not await db.table_exists("newsframe_meta"):
        raise NotFound(f"{name} is not a newsframe corpus (load one with: newsframe load {name}.db FILES)")
    return name, db


async def _rows(db, sql, params=None):
    result = await db.execute(sql, params or {})
    return [dict(r) for r in result.rows]


async def overview(datasette, request):
    name, db = await _corpus_db(datasette, request)
    totals = (await _rows(db, "select (select count(*) from articles) as articles,"
                              " (select count(*) from quotes) as quotes,"
                              " (select count(*) from actors) as actors,"
                              " (select count(*) from load_errors) as load_errors,"
                              " (select min(published) from articles) as first_published,"
                              " (select max(published) from articles) as last_published"))[0]
    data = {
        "database": name,
        "schema_version": SCHEMA_VERSION,
        "totals": totals,
        "sources": await _rows(db, OVERVIEW_SOURCES),
        "top_actors": await _rows(db, TOP_ACTORS, {"limit": 20}),
        "quote_kinds": await _rows(db, "select kind, count(*) as quotes from quotes group by kind order by 2 desc"),
        "citations": await _rows(db, "select name, citation, url, licence, note from corpus_citations order by id")
        if await db.table_exists("corpus_citations") else [],
    }
    if request.url_vars.get("format") == "json" or request.args.get("_format") == "json":
        return Response.json(data)
    return Response.html(await datasette.render_template(
        "newsframe_overview.html", dict(data, json_data=json.dumps(data)), request=request))
