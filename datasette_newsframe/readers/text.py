"""Plain text files: the first non-empty line is the title; the body is the file, exactly.

Metadata may come from a CSV or TSV keyed by file name (with or without extension):
columns source (or publisher), published (or publication_date, date), author, title, url.
"""
import csv
import os

from ..dates import parse_date
from ..records import Article, ReadError

KEY_COLUMNS = ("filename", "file", "name", "id", "path")
SOURCE_COLUMNS = ("source", "outlet", "publisher")
DATE_COLUMNS = ("published", "publication_date", "date")


def read_metadata(path):
    """CSV/TSV -> {file key: row}. Raises ReadError naming the file and line."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            sample = f.read(4096)
            f.seek(0)
            delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
            reader = csv.DictReader(f, delimiter=delimiter)
            key = next((c for c in KEY_COLUMNS if c in (reader.fieldnames or [])), None)
            if key is None:
                raise ReadError(path, f"metadata needs one of the columns {', '.join(KEY_COLUMNS)}", line=1)
            rows = {}
            for row in reader:
                name = (row.get(key) or "").strip()
                if name:
                    rows[name] = row
                    rows[os.path.splitext(os.path.basename(name))[0]] = row
            return rows
    except (OSError, UnicodeDecodeError) as e:
        raise ReadError(path, f"cannot read metadata: {e}")


def _first(row, columns):
    for c in columns:
        if row.get(c) and row[c].strip() and row[c].strip() != "None":
            return row[c].strip()
    return None


def read(path, external_id, text, metadata=None, source=None):
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if not lines:
        raise ReadError(path, "empty file")
    base = os.path.basename(str(path))
    row = {}
    if metadata:
        row = metadata.get(base) or metadata.get(os.path.splitext(base)[0]) or {}
    raw_date = _first(row, DATE_COLUMNS)
    return Article(
        external_id=external_id, body=text,
        title=_first(row, ("title",)) or lines[0][:500],
        source=_first(row, SOURCE_COLUMNS) or source,
        published=parse_date(raw_date), published_raw=raw_date,
        author=_first(row, ("author",)), url=_first(row, ("url",)),
        format="text", path=str(path),
    )
