"""JSON Lines: one article an object a line; only "text" is required.

Keys: id, source, title, published, url, author, text. A bad line is reported with
its line number and skipped; the rest of the file still loads.
"""
import json

from ..dates import parse_date
from ..records import Article, ReadError

FIELDS = ("source", "title", "url", "author")


def read(path, external_prefix, text):
    """Yield an Article or a ReadError per non-blank line."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            yield _article(path, external_prefix, number, line)
        except ReadError as e:
            yield e


def _article(path, prefix, number, line):
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        raise ReadError(path, f"invalid JSON ({e.msg} at column {e.colno})", line=number)
    if not isinstance(obj, dict):
        raise ReadError(path, f"expected a JSON object, got {type(obj).__name__}", line=number)
    body = obj.get("text")
    if body is None:
        raise ReadError(path, 'missing "text"', line=number)
    if not isinstance(body, str):
        raise ReadError(path, f'"text" must be a string, got {type(body).__name__}', line=number)
    if not body.strip():
        raise ReadError(path, '"text" is empty', line=number)
    meta = {}
    for key in FIELDS:
        value = obj.get(key)
        if value is not None and not isinstance(value, (str, int, float)):
            raise ReadError(path, f'"{key}" must be a string', line=number)
        meta[key] = str(value).strip() if value is not None and str(value).strip() else None
    ident = obj.get("id")
    external_id = str(ident) if ident not in (None, "") else f"{prefix}:{number}"
    raw_date = obj.get("published")
    raw_date = str(raw_date) if raw_date not in (None, "") else None
    return Article(
        external_id=external_id, body=body, published=parse_date(raw_date),
        published_raw=raw_date, format="jsonl", path=str(path), line=number, **meta,
    )
