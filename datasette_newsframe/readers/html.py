"""Saved web pages: main text and metadata by trafilatura (maintained, offline)."""
from urllib.parse import urlparse

from ..dates import parse_date
from ..records import Article, ReadError


def looks_like(text):
    head = text[:2048].lower()
    return "<html" in head or "<!doctype html" in head or "<body" in head


def read(path, external_id, text, source=None):
    import trafilatura  # imported here: only HTML input pays for it

    doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, include_tables=False)
    if doc is not None and not isinstance(doc, dict):  # trafilatura 2.x returns a Document
        doc = doc.as_dict()
    body = (doc or {}).get("text") or ""
    if len(body.split()) < 20:
        raise ReadError(path, "no article text found in this HTML page")
    url = doc.get("url")
    site = doc.get("sitename") or (urlparse(url).hostname if url else None)
    raw_date = doc.get("date")
    return Article(
        external_id=external_id, body=body, title=doc.get("title"),
        source=source or site, published=parse_date(raw_date), published_raw=raw_date,
        url=url, author=doc.get("author"), publisher=site if source and site != source else None,
        format="html", path=str(path),
    )
