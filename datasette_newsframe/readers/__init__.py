"""Readers: files and folders -> Article records (or ReadErrors naming file and line).

One module per input format; this module finds the files and picks the reader.
"""
import dataclasses
import os
from pathlib import Path

from ..records import Article, ReadError
from . import globalsecurity, html, jsonl, text
from .decode import read_text

FORMATS = ("auto", "globalsecurity", "jsonl", "text", "html")
EXTENSIONS = {".txt": "text", ".text": "text", ".jsonl": "jsonl", ".ndjson": "jsonl",
              ".html": "html", ".htm": "html"}


def iter_files(paths, skip=()):
    """Yield (path, external_id) for every file under ``paths``, sorted, or a ReadError.

    Folders are walked recursively; symlinked folders are followed once (loops are
    cut), hidden files are left out. external_id is the path relative to the folder
    given, or the file name for a file given directly.
    """
    skip = {os.path.realpath(s) for s in skip}
    for given in paths:
        if isinstance(given, tuple):  # already walked: (path, external_id), as the Dask path passes them
            yield Path(given[0]), given[1]
            continue
        given = Path(given)
        if not given.exists():
            yield ReadError(given, "no such file or folder")
        elif given.is_dir():
            yield from _walk(given, skip)
        elif os.path.realpath(given) not in skip:
            yield given, given.name


def _walk(top, skip):
    seen_dirs = set()
    errors = []
    for root, dirs, files in os.walk(top, followlinks=True, onerror=errors.append):
        real = os.path.realpath(root)
        if real in seen_dirs:
            dirs[:] = []
            yield ReadError(root, "symlink loop: folder already read, skipped")
            continue
        seen_dirs.add(real)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root) / name
            if name.startswith(".") or os.path.realpath(path) in skip:
                continue
            yield path, path.relative_to(top).as_posix()
        while errors:
            e = errors.pop(0)
            yield ReadError(getattr(e, "filename", None) or root, f"cannot read folder: {e.strerror or e}")
    while errors:
        e = errors.pop(0)
        yield ReadError(getattr(e, "filename", None) or top, f"cannot read folder: {e.strerror or e}")


def format_for(path, content, fmt):
    """The reader to use for one file; None when --format auto does not know the file."""
    if fmt != "auto":
        return fmt
    kind = EXTENSIONS.get(Path(path).suffix.lower())
    if kind == "text" and globalsecurity.looks_like(content):
        return "globalsecurity"
    if kind is None and html.looks_like(content):
        return "html"
    return kind


def read_paths(paths, fmt="auto", metadata=None, source=None, skip=(), on_file=None):
    """Yield Article or ReadError records for every article in ``paths``.

    A file that fails yields one ReadError and reading goes on with the next file;
    in JSON Lines a bad line yields a ReadError and the next line is read.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    for item in iter_files(paths, skip=skip):
        if isinstance(item, ReadError):
            yield item
            continue
        path, external_id = item
        if on_file:
            on_file(path)
        if fmt == "auto" and Path(path).suffix.lower() not in EXTENSIONS and Path(path).suffix:
            continue  # not an article file (metadata, images, ...) under --format auto
        try:
            if (fmt if fmt != "auto" else EXTENSIONS.get(Path(path).suffix.lower())) == "jsonl":
                records = jsonl.read_file(path, external_id)  # streamed: JSON Lines files can be huge
            else:
                content = read_text(path)
                kind = format_for(path, content, fmt)
                if kind is None:
                    continue
                records = _records(kind, path, external_id, content, metadata, source)
            for record in records:
                if isinstance(record, Article) and record.source is None and source:
                    record = dataclasses.replace(record, source=source)
                yield record
        except ReadError as e:
            yield e


def _records(kind, path, external_id, content, metadata, source):
    """The records of one file already read as text, by its reader."""
    if kind == "jsonl":
        return jsonl.read(path, external_id, content)
    if kind == "globalsecurity":
        return [globalsecurity.read(path, external_id, content)]
    if kind == "html":
        return [html.read(path, external_id, content, source=source)]
    return [text.read(path, external_id, content, metadata=metadata, source=source)]
