"""Route handlers for the plugin's pages. Views only query (queries.py) and render.

Every page checks view-database first, answers as JSON with ``.json`` or ``?_format=json``,
gives 400 with a message for parameters it cannot use, and a message (not a 500) when a
query hits Datasette's time limit.
"""
from urllib.parse import urlencode

from datasette import Forbidden, NotFound, Response
from markupsafe import Markup

from . import charts, queries
from .highlight import highlight
from .permissions import can_view_database
from .store import SCHEMA_VERSION

try:  # where Datasette keeps it differs between lines
    from datasette.database import QueryInterrupted
except ImportError:  # pragma: no cover
    from datasette.utils import QueryInterrupted

STANCES = ["neutral", "distancing", "endorsing", "confrontational", "directive", "none"]
KINDS = ["direct", "partial", "indirect", "scare"]


async def _corpus_db(datasette, request):
    name = request.url_vars["database"]
    try:
        db = datasette.get_database(name)
    except KeyError:
        raise NotFound(f"Database not found: {name}")
    if not await can_view_database(datasette, request.actor, name):
        raise Forbidden("You do not have permission to view this database")
    if not await db.table_exists("quotes") or not await db.table_exists("newsframe_meta"):
        raise NotFound(f"{name} is not a newsframe corpus (build one with: newsframe load {name}.db FILES)")
    version = (await db.execute("select value from newsframe_meta where key = 'schema_version'")).first()
    if version is None or version[0] != str(SCHEMA_VERSION):
        raise queries.BadRequest(
            f"{name} was built with newsframe schema version {version[0] if version else 'unknown'}; this "
            f"plugin reads version {SCHEMA_VERSION}. Rebuild it: newsframe load NEW.db with the same files.")
    return name, db


def _wants_json(request):
    return request.url_vars.get("format") == "json" or request.args.get("_format") == "json"


class _Urls:
    """Links from a page to Datasette's own views of the rows it counts."""

    def __init__(self, datasette, database):
        self.ds, self.db = datasette, database

    def base(self):
        return self.ds.urls.database(self.db) + "/-/newsframe"

    def actor(self, actor_id):
        return f"{self.base()}/actors/{actor_id}"

    def article(self, article_id):
        return f"{self.base()}/articles/{article_id}"

    def table(self, table, **filters):
        clean = {k: v for k, v in filters.items() if v is not None}
        return self.ds.urls.table(self.db, table) + ("?" + urlencode(clean) if clean else "")

    def compare(self, ids, **filters):
        return f"{self.base()}/compare?" + urlencode([("source", i) for i in ids] +
                                                     [(k, v) for k, v in filters.items() if v])


async def _page(datasette, request, template, data, extra):
    if _wants_json(request):
        return Response.json(data, default=str)
    context = dict(data)
    context.update(extra)
    return Response.html(await datasette.render_template(template, context, request=request))


def _error(request, message, status):
    if _wants_json(request):
        return Response.json({"ok": False, "error": message}, status=status)
    return Response.html(Markup("<h1>Error {}</h1><p>{}</p>").format(status, message), status=status)


def _guard(handler):
    """Turn bad parameters into 400 and Datasette's query time limit into 503, with a message."""
    async def inner(datasette, request):
        try:
            return await handler(datasette, request)
        except queries.BadRequest as e:
            return _error(request, str(e), 400)
        except QueryInterrupted:
            return _error(request, "This page's queries took longer than Datasette's time limit "
                                   "(setting sql_time_limit_ms); narrow it with a date range or search term, "
                                   "or raise the limit.", 503)
    inner.__name__ = handler.__name__
    return inner


async def _one(datasette, request, fetch, key, missing):
    """(database name, page data, urls) for a page about one row, or 404."""
    name, db = await _corpus_db(datasette, request)
    data = await fetch(db, int(request.url_vars[key]))
    if data is None:
        raise NotFound(missing)
    data["database"] = name
    return name, data, _Urls(datasette, name)


@_guard
async def overview(datasette, request):
    name, db = await _corpus_db(datasette, request)
    data = dict(await queries.overview(db), database=name, schema_version=SCHEMA_VERSION)
    urls = _Urls(datasette, name)
    source_chart = charts.bar_chart(
        [{"label": s["name"], "value": s["quotes"], "href": urls.table("quotes", source_id=s["id"])}
         for s in data["sources"]],
        "Quotes per source", "Number of quotes extracted from each source's articles")
    actor_chart = charts.bar_chart(
        [{"label": a["name"], "value": a["quotes"], "href": urls.actor(a["id"])} for a in data["top_actors"]],
        "Most quoted actors", "The twenty actors quoted most often across the corpus")
    return await _page(datasette, request, "newsframe_overview.html", data, {
        "urls_nf": urls, "source_chart": source_chart, "actor_chart": actor_chart,
        "compare_all": urls.compare([s["id"] for s in data["sources"][:2]])})


@_guard
async def actor_page(datasette, request):
    name, data, urls = await _one(datasette, request, queries.actor, "actor_id", "No such actor")
    actor_id = data["who"]["id"]
    by_source = charts.bar_chart(
        [{"label": r["source"], "value": round(100 * r["share"], 2),
          "href": urls.table("quotes", actor_id=actor_id, source_id=r["source_id"])} for r in data["by_source"]],
        f"Share of each source's quotes given to {data['who']['name']}",
        "Percent of all quotes in each source that are attributed to this actor", fmt="{}%")
    stance_rows = {}
    for r in data["stance"]:
        stance_rows.setdefault(r["source"], {})[r["stance"]] = r["quotes"]
    stance_chart = charts.stacked_shares(
        [{"label": s, "counts": c} for s, c in stance_rows.items()], STANCES, charts.STANCE_COLOURS,
        f"Reporting-verb stance for {data['who']['name']}, by source",
        "How each source introduces this actor's words: neutral, distancing, endorsing, "
        "confrontational or directive verbs")
    time_chart = charts.line_chart(
        [{"label": data["who"]["name"], "points": [(r["month"], r["quotes"]) for r in data["over_time"]]}],
        f"Quotes of {data['who']['name']} per month", "Number of quotes per month of publication")
    return await _page(datasette, request, "newsframe_actor.html", data, {
        "urls_nf": urls, "by_source_chart": by_source, "stance_chart": stance_chart, "time_chart": time_chart,
        "stances": STANCES, "stance_table": stance_rows})


@_guard
async def article_page(datasette, request):
    name, data, urls = await _one(datasette, request, queries.article, "article_id", "No such article")
    html = highlight(data["article"]["body"], data["quotes"], data["mentions"], urls.actor)
    return await _page(datasette, request, "newsframe_article.html", data, {"urls_nf": urls, "body_html": html})


@_guard
async def compare_page(datasette, request):
    name, db = await _corpus_db(datasette, request)
    known = {r["id"]: r["name"] for r in await queries.rows(db, "select id, name from sources order by name")}
    ids, filters = queries.parse_compare_args(request.args, known)
    urls = _Urls(datasette, name)
    if len(ids) < 2:
        if _wants_json(request) and ids:
            raise queries.BadRequest("compare needs two or more source ids: ?source=1&source=2")
        data = {"database": name, "sources": [], "known_sources": known, "filters": filters, "ready": False}
        return await _page(datasette, request, "newsframe_compare.html", data, {"urls_nf": urls, "charts_": {}})
    data = await queries.compare(db, ids, filters)
    data.update(database=name, known_sources=known, ready=True)
    names = [s["name"] for s in data["sources"]]
    share_chart = charts.grouped_bars(
        [{"label": r["name"], "values": [x["share"] for x in r["by_source"]],
          "hrefs": [urls.table("quotes", actor_id=r["actor_id"], source_id=x["source_id"]) for x in r["by_source"]]}
         for r in data["share_of_voice"]], names,
        "Share of voice: each actor's share of a source's quotes",
        "For each actor, the percent of each source's quotes attributed to them")
    stance_rows = []
    for s in data["sources"]:
        for kind in ("person", "organization", "country", "group"):
            counts = {r["stance"]: r["quotes"] for r in data["stance"]
                      if r["source_id"] == s["id"] and r["actor_kind"] == kind}
            if counts:
                stance_rows.append({"label": f"{s['name']} · {kind}", "counts": counts})
    stance_chart = charts.stacked_shares(stance_rows, STANCES, charts.STANCE_COLOURS,
                                         "Reporting-verb stance by source and kind of actor",
                                         "How each source introduces people, organisations and countries")
    kinds_chart = charts.stacked_shares(
        [{"label": s["name"], "counts": {r["kind"]: r["quotes"] for r in data["kinds"] if r["source_id"] == s["id"]}}
         for s in data["sources"]], KINDS,
        {"direct": "#3366aa", "partial": "#88aadd", "indirect": "#dd7733", "scare": "#aa3377"},
        "Direct, partial, indirect and scare quotes by source", "The mix of quotation kinds in each source")
    time_chart = charts.line_chart(
        [{"label": s["name"], "points": [(r["month"], r["articles"]) for r in data["over_time"]
                                         if r["source_id"] == s["id"]]} for s in data["sources"]],
        "Articles per month, by source", "Coverage over time of the selected sources")
    return await _page(datasette, request, "newsframe_compare.html", data, {
        "urls_nf": urls, "charts_": {"share": share_chart, "stance": stance_chart, "kinds": kinds_chart,
                                     "time": time_chart, "legend": charts.legend(names)},
        "kinds_list": KINDS, "stances": STANCES})
