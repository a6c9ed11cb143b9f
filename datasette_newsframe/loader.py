"""read -> extract -> store for a whole load run, with its summary and errors.

Articles are committed in batches; each article is written whole or not at all
(store.write_article), and a crash mid-batch leaves the last committed batch.
With ``strict`` the whole run is one transaction, rolled back at the first error.
"""
import collections
import multiprocessing
from dataclasses import dataclass, field

from . import actors, plugins, store, summaries
from .extract.names import actor_key
from .extract.speakers import is_interview
from .readers import read_paths
from .readers.text import read_metadata
from .records import ReadError


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
         batch_size=500, on_error=None, on_file=None, max_chars=MAX_ARTICLE_CHARS, workers=1,
         consolidate_actors=True):
    """Load ``paths`` into the corpus database at ``db_path``; returns a LoadResult.

    With ``workers`` > 1, extraction (a pure function of each article) runs in that many
    processes while this one reads and writes; articles are still written in input order.
    ``consolidate_actors=False`` leaves corpus-wide actor merging to a later ``newsframe merge``.
    """
    extract = plugins.get_extractor(extractor)
    meta_rows = read_metadata(metadata) if metadata else None
    db = store.connect(db_path)
    conn = db.conn
    conn.isolation_level = None  # transactions are ours: BEGIN/COMMIT below
    result = LoadResult()
    result.run_id = store.start_run(db, paths, fmt, extractor)
    stances = store.stance_table(db)
    records = read_paths(paths, fmt=fmt, metadata=meta_rows, source=source,
                         skip=[metadata] if metadata else (), on_file=on_file)
    plan = _Planner(db, max_chars)
    pool = multiprocessing.get_context("fork").Pool(workers) if workers > 1 else None
    cache = {}
    pending = 0

    def fail(error):
        result.failed += 1
        result.errors.append(error)
        if strict:
            raise StrictStop(error)
        store.record_error(db, result.run_id, error)
        if on_error:
            on_error(error)

    def write(chunk, extractions):
        nonlocal pending
        for item, extraction in zip(chunk, extractions):
            action = item[0]
            if action == "error":
                fail(item[1])
            elif action == "unchanged":
                result.unchanged += 1
            elif isinstance(extraction, ReadError):
                fail(extraction)
            else:
                _, article, digest, replace_id = item
                if not (result.loaded or result.replaced):
                    store.mark_unconsolidated(conn)  # committed with the first batch
                _store(db, article, extraction, digest, result.run_id, stances, replace_id, cache)
                if replace_id is None:
                    result.loaded += 1
                else:
                    result.replaced += 1
                pending += 1
            if not strict and pending >= batch_size:
                conn.execute("COMMIT")
                conn.execute("BEGIN")
                pending = 0

    store.start_load(conn)  # into an empty corpus, indexes and full-text search are built at the end
    conn.execute("BEGIN")
    try:
        # a few chunks in flight keep every worker busy while this process reads and writes
        in_flight = collections.deque()
        for chunk in _chunks((plan.item(r) for r in records), 32 * max(1, workers)):
            in_flight.append((chunk, _extract_chunk(pool, extract, chunk)))
            if len(in_flight) > (3 if pool is not None else 0):
                done, job = in_flight.popleft()
                write(done, job())
        while in_flight:
            done, job = in_flight.popleft()
            write(done, job())
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
    finally:
        if pool is not None:
            pool.terminate()
        store.finish_bulk_load(conn)
    if consolidate_actors and (result.loaded or result.replaced or not store.is_consolidated(db)):
        consolidate(db)  # also after a run that was killed before it got here
    else:
        summaries.refresh(db)  # what this run, or an edit by hand since the last one, changed
    store.finish_run(db, result.run_id, result.counts())
    db.close()
    return result


class _Planner:
    """Decides, in input order, what to do with each record: refuse, skip as unchanged, or extract."""

    def __init__(self, db, max_chars):
        self.db, self.max_chars = db, max_chars
        self.seen = {}  # (source, external_id) -> (hash, where) within this run

    def item(self, record):
        if isinstance(record, ReadError):
            return ("error", record)
        article = record
        if len(article.body) > self.max_chars:
            return ("error", ReadError(article.path, f"article {article.external_id!r} has {len(article.body):,} "
                                                     f"characters, more than the limit of {self.max_chars:,} "
                                                     "(raise it with --max-chars)", line=article.line))
        digest = store.content_hash(article)
        where = f"{article.path}:{article.line}" if article.line else article.path
        key = (article.source, article.external_id)
        if key in self.seen:
            if self.seen[key][0] != digest:
                return ("error", ReadError(article.path, f"duplicate id {article.external_id!r} with different text "
                                                         f"(first seen at {self.seen[key][1]}); kept the first",
                                           line=article.line))
            return ("unchanged", article)
        self.seen[key] = (digest, where)
        found = store.existing(self.db, article)
        if found and found[1] == digest:
            return ("unchanged", article)
        return ("extract", article, digest, found[0] if found else None)


def _chunks(items, size):
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _safe_extract(extract, article):
    """Extraction of one article, or a ReadError naming it (an extractor bug must not stop the run)."""
    try:
        return extract(article.body)
    except Exception as e:
        return ReadError(article.path, f"extraction failed for {article.external_id!r}: {type(e).__name__}: {e}",
                         line=article.line)


def _extract_chunk(pool, extract, chunk):
    """Start extracting a chunk; returns a function that gives its extractions, in order."""
    todo = [item[1] for item in chunk if item[0] == "extract"]
    if pool is None:
        done = [_safe_extract(extract, a) for a in todo]
        job = None
    else:
        job = pool.starmap_async(_safe_extract, [(extract, a) for a in todo])

    def results():
        found = iter(job.get() if job is not None else done)
        return [next(found) if item[0] == "extract" else None for item in chunk]
    return results


def _store(db, article, extraction, digest, run_id, stances, replace_id, cache):
    names = {m.name for m in extraction.mentions} | {q.speaker_name for q in extraction.quotes if q.speaker_name}
    keys = {n: actor_key(n) for n in names}
    store.write_article(db, article, extraction, digest, run_id, keys, stances, replace_id=replace_id, cache=cache)


def consolidate(db):
    """One actor per real actor across the corpus, then the analyst's overrides (actors.py),
    then the summary tables the pages read."""
    store.apply_merges(db, actors.plan(store.actor_weights(db)))  # one pass: merges go by name, not weight
    store.apply_overrides(db)
    # a one-word name is no actor (actors.py): article by article it joins the person the corpus
    # names in full, or stays without an actor
    store.unlink_lone_names(db, actors.is_lone_name)
    lone = store.lone_names(db)
    store.relink_lone_names(db, actors.resolve_lone(store.actor_weights(db), lone, store.actor_roles(db)))
    store.relink_lone_names(db, store.person_actors(db, actors.regnal_names(lone)))
    # speakers their articles left open or only guessed, decided again on the whole corpus
    open_descriptions, guesses = _descriptions(db)
    store.link_quotes(db, guesses)
    store.set_unnamed_speakers(db, {**open_descriptions, **_writers(db)})
    store.prune_actors(db)
    summaries.refresh(db)
    store.mark_consolidated(db)


def _descriptions(db):
    """({quote id: actor id} for quotes by a description their article left open ("the Republican
    nominee"): whom the corpus gives that role (actors.resolve_descriptions), and the same for those
    the article only guessed: the corpus's choice where it decides, else the article's
    (actors.overrule_guesses))."""
    open_ = store.unresolved_descriptions(db)
    guessed = store.guessed_descriptions(db)
    named = store.persons_named(db, [row[1] for row in open_] + [row[1] for row in guessed])
    roles = store.role_counts(db, {actor_id for people in named.values() for _, actor_id in people})
    return actors.resolve_descriptions(open_, named, roles), actors.overrule_guesses(guessed, named, roles)


def _writers(db):
    """{quote id: actor id}: quotes by "I" outside quotation marks go to the person the byline names,
    under the corpus's spelling of them when it has one (not in a Q&A, whose "I" is the person asked)."""
    writers = {quote_id: actors.byline_person(author) for quote_id, author, body in store.narrated_quotes(db)
               if not is_interview(body)}
    names = {name for name in writers.values() if name}
    ids = actors.known_persons(names, store.actor_weights(db)) if names else {}
    ids.update(store.person_actors(db, {name: name for name in names - ids.keys()}))
    return {quote_id: ids[name] for quote_id, name in writers.items() if name}
