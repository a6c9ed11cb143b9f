"""Datasette hooks for newsframe corpora. Each hook is a few lines calling into the modules."""
from datasette import hookimpl

from . import sql_functions, views
from .permissions import can_view_database


@hookimpl
def prepare_connection(conn):
    sql_functions.register(conn)


@hookimpl
def register_routes():
    return [
        (r"^/(?P<database>[^/]+)/-/newsframe(\.(?P<format>json))?$", views.overview),
    ]


async def _newsframe_databases(datasette, actor):
    out = []
    for name, db in datasette.databases.items():
        if name.startswith("_") or not await db.table_exists("newsframe_meta"):
            continue
        if await can_view_database(datasette, actor, name):
            out.append(name)
    return out


@hookimpl
def menu_links(datasette, actor):
    async def inner():
        return [{"href": datasette.urls.database(name) + "/-/newsframe", "label": f"newsframe: {name}"}
                for name in await _newsframe_databases(datasette, actor)]
    return inner


@hookimpl
def database_actions(datasette, actor, database):
    async def inner():
        if database in await _newsframe_databases(datasette, actor):
            return [{"href": datasette.urls.database(database) + "/-/newsframe",
                     "label": "newsframe overview: who is quoted, by whom"}]
        return []
    return inner
