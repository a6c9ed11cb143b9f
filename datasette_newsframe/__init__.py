"""Datasette hooks for newsframe corpora. Each hook is a few lines calling into the modules."""
from datasette import hookimpl

from . import canned, cells, sql_functions, views
from .permissions import can_view_database

DB = r"^/(?P<database>[^/]+)/-/newsframe"
FMT = r"(\.(?P<format>json))?$"


@hookimpl
def prepare_connection(conn):
    sql_functions.register(conn)


@hookimpl
def register_routes():
    return [
        (DB + FMT, views.overview),
        (DB + r"/actors/(?P<actor_id>\d+)" + FMT, views.actor_page),
        (DB + r"/articles/(?P<article_id>\d+)" + FMT, views.article_page),
        (DB + r"/compare" + FMT, views.compare_page),
    ]


async def _is_corpus(datasette, name):
    return not name.startswith("_") and await datasette.get_database(name).table_exists("newsframe_meta")


async def _visible_corpora(datasette, actor):
    return [name for name in datasette.databases
            if await _is_corpus(datasette, name) and await can_view_database(datasette, actor, name)]


@hookimpl
def menu_links(datasette, actor):
    async def inner():
        return [{"href": datasette.urls.database(name) + "/-/newsframe", "label": f"newsframe: {name}"}
                for name in await _visible_corpora(datasette, actor)]
    return inner


@hookimpl
def database_actions(datasette, actor, database):
    async def inner():
        if database in await _visible_corpora(datasette, actor):
            return [{"href": datasette.urls.database(database) + "/-/newsframe",
                     "label": "newsframe overview: who is quoted, by whom"}]
        return []
    return inner


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    return cells.render(row, value, column, table, database, datasette)


@hookimpl
def extra_css_urls(database, table, datasette):
    if table in cells.TABLES:
        return [datasette.urls.static_plugins("datasette_newsframe", "newsframe.css")]
    return []


@hookimpl
def canned_queries(datasette, database):
    # Datasette 0.65; on 1.0 the same queries are added at startup below
    async def inner():
        return canned.for_database() if await _is_corpus(datasette, database) else {}
    return inner


@hookimpl
def startup(datasette):
    if not hasattr(datasette, "add_query"):
        return None

    async def inner():
        for name in list(datasette.databases):
            if await _is_corpus(datasette, name):
                for query_name, q in canned.QUERIES.items():
                    await datasette.add_query(name, query_name, q["sql"], title=q["title"],
                                              description=q["description"])
    return inner
