"""JSON Lines: one article an object a line; only "text" is required.

Keys: id, source, title, published, url, author, text. A bad line is reported with
its line number and skipped; the rest of the file still loads.
"""
import codecs
import json

from ..dates import parse_date
from ..records import Article, ReadError
from .decode import read_text

FIELDS = ("source", "title", "url", "author")


def read(path, external_prefix, text):
    """Yield an Article or a ReadError per non-blank line of already decoded text."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            yield _article(path, external_prefix, number, line)
        except ReadError as e:
            yield e


def read_file(path, external_prefix):
    """Stream a JSON Lines file line by line (memory stays flat however large the file is).

    Yields an Article or a ReadError per non-blank line; a line that is not UTF-8 is reported
    with its number and the next line is read. UTF-16 files (rare) are decoded whole.
    """
    try:
        f = open(path, "rb")
    except OSError as e:
        yield ReadError(path, f"cannot read the file: {e.strerror or e}")
        return
    with f:
        head = f.read(4)
        f.seek(0)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            try:
                yield from read(path, external_prefix, read_text(path))
            except ReadError as e:
                yield e
            return
        seen_any = False
        for number, raw in enumerate(f, start=1):
            if number == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8):]
            if not raw.strip():
                continue
            seen_any = True
            try:
                if b"\x00" in raw:
                    raise ReadError(path, "binary data (NUL bytes), not JSON", line=number)
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError as e:
                    raise ReadError(path, f"not valid UTF-8 (byte 0x{raw[e.start]:02x} at column {e.start + 1})",
                                    line=number)
                yield _article(path, external_prefix, number, line)
            except ReadError as e:
                yield e
        if not seen_any:
            yield ReadError(path, "empty file")


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
