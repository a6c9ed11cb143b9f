"""read -> extract -> store for a whole load run, with its summary and errors.

Articles are committed in batches; each article is written whole or not at all
(store.write_article), and a crash mid-batch leaves the last committed batch.
With ``strict`` the whole run is one transaction, rolled back at the first error.
"""
from dataclasses import dataclass, field

from . import actors, plugins, store
from .extract.names import actor_key
from .readers import read_paths
from .readers.text import read_metadata
from .records import Article, ReadError


@dataclass
class LoadResult:
    loaded: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: int = 0
    errors: list = field(default_factory=list)
    run_id: int = None

    def counts(self):
        return {"loaded": self.loaded, "unchanged": self.unchanged, "replaced": self.replaced,
                "failed": self.failed}

    def summary(self):
        return (f"loaded {self.loaded}, unchanged {self.unchanged}, replaced {self.replaced}, "
                f"failed {self.failed}")


class StrictStop(Exception):
    """--strict met an error; nothing of this run was kept."""

    def __init__(self, error):
        self.error = error
        super().__init__(str(error))


MAX_ARTICLE_CHARS = 2_000_000  # ~300,000 words: far beyond any news article, so larger input is a mistake


def load(db_path, paths, fmt="auto", extractor="rules", metadata=None, source=None, strict=False,
         batch_size=500, on_error=None, on_file=None, max_chars=MAX_ARTICLE_CHARS):
    """Load ``paths`` into the corpus database at ``db_path``; returns a LoadResult."""
    extract = plugins.get_extractor(extractor)
    meta_rows = read_metadata(metadata) if metadata else None
    db = store.connect(db_path)
    conn = db.conn
    conn.isolation_level = None  # transactions are ours: BEGIN/COMMIT below
    result = LoadResult()
    result.run_id = store.start_run(db, paths, fmt, extractor)
    stances = store.stance_table(db)
    seen = {}  # (source, external_id) -> (hash, where) within this run
    cache = {}
    pending = 0
    conn.execute("BEGIN")
    try:
        for record in read_paths(paths, fmt=fmt, metadata=meta_rows, source=source,
                                 skip=[metadata] if metadata else (), on_file=on_file):
            if isinstance(record, Article):
                try:
                    if len(record.body) > max_chars:
                        raise ReadError(record.path, f"article {record.external_id!r} has {len(record.body):,} "
                                                     f"characters, more than the limit of {max_chars:,} "
                                                     "(raise it with --max-chars)", line=record.line)
                    outcome = _load_one(db, record, extract, stances, result.run_id, seen, cache)
                except ReadError as e:
                    record = e
                else:
                    setattr(result, outcome, getattr(result, outcome) + 1)
                    pending += outcome != "unchanged"
            if isinstance(record, ReadError):
                result.failed += 1
                result.errors.append(record)
                if strict:
                    raise StrictStop(record)
                store.record_error(db, result.run_id, record)
                if on_error:
                    on_error(record)
            if not strict and pending >= batch_size:
                conn.execute("COMMIT")
                conn.execute("BEGIN")
                pending = 0
        conn.execute("COMMIT")
    except BaseException as e:
        conn.execute("ROLLBACK")
        if isinstance(e, StrictStop):
            conn.execute("BEGIN")
            store.record_error(db, result.run_id, e.error)
            conn.execute("COMMIT")
            result.loaded = result.replaced = result.unchanged = 0
            store.finish_run(db, result.run_id, result.counts())
        raise
    if result.loaded or result.replaced:
        consolidate(db)
    store.finish_run(db, result.run_id, result.counts())
    db.close()
    return result


def consolidate(db):
    """One actor per real actor across the corpus, then the analyst's overrides (actors.py)."""
    store.apply_merges(db, actors.plan(store.actor_weights(db)))
    store.apply_overrides(db)
    store.prune_actors(db)


def _load_one(db, article, extract, stances, run_id, seen, cache):
    digest = store.content_hash(article)
    where = f"{article.path}:{article.line}" if article.line else article.path
    key = (article.source, article.external_id)
    if key in seen:
        if seen[key][0] != digest:
            raise ReadError(article.path, f"duplicate id {article.external_id!r} with different text "
                                          f"(first seen at {seen[key][1]}); kept the first", line=article.line)
        return "unchanged"
    seen[key] = (digest, where)
    found = store.existing(db, article)
    if found and found[1] == digest:
        return "unchanged"
    try:
        extraction = extract(article.body)
    except Exception as e:  # an extractor bug must not stop the run; the article is reported
        raise ReadError(article.path, f"extraction failed for {article.external_id!r}: "
                                      f"{type(e).__name__}: {e}", line=article.line)
    names = {m.name for m in extraction.mentions} | {q.speaker_name for q in extraction.quotes if q.speaker_name}
    keys = {n: actor_key(n) for n in names}
    store.write_article(db, article, extraction, digest, run_id, keys, stances,
                        replace_id=found[0] if found else None, cache=cache)
    return "replaced" if found else "loaded"
