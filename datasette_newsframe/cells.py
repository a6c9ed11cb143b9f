"""render_cell: quote and article cells in Datasette's own table views, escaped."""
from markupsafe import Markup

TABLES = ("quotes", "articles")


def render(row, value, column, table, database, datasette):
    """HTML for quotes.text and articles.body cells; None (Datasette's default) for anything else."""
    if table not in TABLES or not isinstance(value, str):
        return None
    base = datasette.urls.database(database) + "/-/newsframe"
    if table == "quotes" and column == "text":
        kind = _get(row, "kind") or "direct"
        article_id, quote_id = _get(row, "article_id"), _get(row, "id")
        link = Markup("")
        if isinstance(article_id, int):
            link = Markup(' <a href="{}/articles/{}#q{}" title="the article, with this quote marked">'
                          'in context</a>').format(base, article_id, quote_id)
        return Markup('<p class="nf-cell-quote"><mark class="nf-{}">{}</mark>{}</p>').format(kind, value, link)
    if table == "articles" and column == "body":
        article_id = _get(row, "id")
        excerpt = value if len(value) <= 400 else value[:400].rsplit(" ", 1)[0] + "\u2026"
        link = Markup(' <a href="{}/articles/{}">read with quotes marked</a>').format(base, article_id) \
            if isinstance(article_id, int) else Markup("")
        return Markup("{}{}").format(excerpt, link)
    return None


def _get(row, key):
    try:
        value = row[key]
    except (KeyError, IndexError):
        return None
    # Datasette passes foreign keys expanded as {"value": ..., "label": ...} on some views
    return value.get("value") if isinstance(value, dict) else value
