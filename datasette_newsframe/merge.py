"""Combine shard corpus databases into one: ``newsframe merge OUT.db SHARD.db...``.

Shards are corpora built from parts of the input (by ``newsframe load --no-consolidate``, or
by the Dask path in distributed.py). Merging copies them in the order given, mapping sources
and actors by name and giving articles, quotes and mentions fresh ids in that order, then runs
the corpus-wide actor merge and rebuilds the summaries, so that shards made from consecutive
parts of the input give the same corpus as one direct load. Each shard is copied in one
transaction: a failed shard leaves OUT.db as it was before it.
"""
import sqlite3

from . import store

ARTICLE_COLUMNS = ("external_id", "title", "published", "published_raw", "url", "author", "publisher", "section",
                   "body", "content_hash", "word_count", "format", "path")
QUOTE_COLUMNS = ("kind", "text", "char_start", "char_end", "speaker_mention", "speaker_char_start",
                 "speaker_char_end", "speaker_name", "cue", "cue_lemma", "cue_char_start", "cue_char_end", "stance",
                 "published", "attributed_by")
MENTION_COLUMNS = ("char_start", "char_end", "text", "name", "role", "via")


class MergeError(Exception):
    pass


def merge(out_path, shard_paths):
    """Copy every shard into the corpus at ``out_path``; returns {"articles": n, "skipped": n}."""
    db = store.connect(out_path)
    conn = db.conn
    conn.isolation_level = None
    run_id = store.start_run(db, shard_paths, "merge", "merge")
    store.start_load(conn)  # into an empty corpus, indexes and full-text search are built at the end
    try:
        copied, skipped = _copy_shards(conn, shard_paths, run_id)
    finally:
        store.finish_bulk_load(conn)
    _consolidate(db)
    store.finish_run(db, run_id, {"loaded": copied, "unchanged": skipped, "replaced": 0, "failed": 0})
    db.close()
    return {"articles": copied, "skipped": skipped}


def _copy_shards(conn, shard_paths, run_id):
    """Each shard in one transaction; returns (articles copied, skipped as already there)."""
    copied = skipped = 0
    for path in shard_paths:
        shard = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        shard.row_factory = sqlite3.Row
        try:
            version = shard.execute("select value from newsframe_meta where key = 'schema_version'").fetchone()
        except sqlite3.DatabaseError as e:
            raise MergeError(f"{path}: not a newsframe corpus ({e})")
        if version is None or version[0] != str(store.SCHEMA_VERSION):
            raise MergeError(f"{path}: schema version {version[0] if version else 'unknown'}, "
                             f"expected {store.SCHEMA_VERSION}")
        conn.execute("BEGIN")
        try:
            n, s = _copy(conn, shard, run_id)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        finally:
            shard.close()
        copied += n
        skipped += s
    return copied, skipped


def _consolidate(db):
    from .loader import consolidate
    consolidate(db)


def _copy(conn, shard, run_id):
    sources = {}
    for r in shard.execute("select id, name from sources order by id"):
        conn.execute("insert or ignore into sources (name) values (?)", [r["name"]])
        sources[r["id"]] = conn.execute("select id from sources where name = ?", [r["name"]]).fetchone()[0]
    actors = {}
    for r in shard.execute("select id, name, kind, key from actors order by id"):
        conn.execute("insert or ignore into actors (name, kind, key) values (?, ?, ?)", [r["name"], r["kind"], r["key"]])
        actors[r["id"]] = conn.execute("select id from actors where name = ? and kind = ?",
                                       [r["name"], r["kind"]]).fetchone()[0]
    conn.executemany("insert or ignore into actor_aliases (actor_id, alias) values (?, ?)",
                     [(actors[r[0]], r[1]) for r in shard.execute(
                         "select actor_id, alias from actor_aliases order by actor_id, alias")])
    copied = skipped = 0
    for a in shard.execute(f"select id, source_id, {', '.join(ARTICLE_COLUMNS)} from articles order by id"):
        source_id = sources.get(a["source_id"])
        found = conn.execute("select id, content_hash from articles where external_id = ? and source_id is ?",
                             [a["external_id"], source_id]).fetchone()
        if found and found[1] == a["content_hash"]:
            skipped += 1
            continue
        if found:  # a later shard's version of the same article replaces the earlier one
            store.delete_article_rows(conn, found[0])
        values = [a[c] for c in ARTICLE_COLUMNS]
        cursor = conn.execute(
            f"insert into articles (id, source_id, {', '.join(ARTICLE_COLUMNS)}, load_run_id) "
            f"values (?, ?, {', '.join('?' * len(ARTICLE_COLUMNS))}, ?)",
            [found[0] if found else None, source_id, *values, run_id])
        article_id = cursor.lastrowid
        conn.executemany(
            f"insert into mentions (article_id, actor_id, source_id, {', '.join(MENTION_COLUMNS)}) "
            f"values (?, ?, ?, {', '.join('?' * len(MENTION_COLUMNS))})",
            [(article_id, actors.get(m["actor_id"]), source_id, *[m[c] for c in MENTION_COLUMNS])
             for m in shard.execute(f"select actor_id, {', '.join(MENTION_COLUMNS)} from mentions "
                                    "where article_id = ? order by id", [a["id"]])])
        conn.executemany(
            f"insert into quotes (article_id, actor_id, source_id, {', '.join(QUOTE_COLUMNS)}) "
            f"values (?, ?, ?, {', '.join('?' * len(QUOTE_COLUMNS))})",
            [(article_id, actors.get(q["actor_id"]), source_id, *[q[c] for c in QUOTE_COLUMNS])
             for q in shard.execute(f"select actor_id, {', '.join(QUOTE_COLUMNS)} from quotes "
                                    "where article_id = ? order by id", [a["id"]])])
        copied += 1
    for r in shard.execute("select action, name, target, created_at from actor_overrides order by id"):
        if not conn.execute("select 1 from actor_overrides where action = ? and name = ? and target = ?",
                            [r["action"], r["name"], r["target"]]).fetchone():
            conn.execute("insert into actor_overrides (action, name, target, created_at) values (?, ?, ?, ?)",
                         list(r))
    for r in shard.execute("select name, citation, url, licence, note from corpus_citations order by id"):
        conn.execute("insert or ignore into corpus_citations (name, citation, url, licence, note) "
                     "values (?, ?, ?, ?, ?)", list(r))
    conn.executemany("insert into load_errors (load_run_id, path, line, message) values (?, ?, ?, ?)",
                     [(run_id, *r) for r in shard.execute("select path, line, message from load_errors order by id")])
    return copied, skipped
