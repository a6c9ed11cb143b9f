"""The corpus database: schema, schema version, and whole-article writes.

Storage never parses text: it receives Article and Extraction records (and actor
keys computed by extract.names) and writes them. Each article is written inside
a SAVEPOINT, so it is stored whole (article, quotes, mentions) or not at all.
"""
import hashlib
import json
from datetime import datetime, timezone

import sqlite_utils

from . import summaries
from .extract import lexicon

SCHEMA_VERSION = 6
KINDS = ("person", "organization", "country", "place", "group", "other")
QUOTE_KINDS = ("direct", "partial", "indirect", "scare")

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS newsframe_meta (
    key TEXT PRIMARY KEY,
    value TEXT
);
CREATE TABLE IF NOT EXISTS sources (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE IF NOT EXISTS load_runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT,
    finished_at TEXT,
    paths TEXT,
    format TEXT,
    extractor TEXT,
    loaded INTEGER DEFAULT 0,
    unchanged INTEGER DEFAULT 0,
    replaced INTEGER DEFAULT 0,
    failed INTEGER DEFAULT 0
);
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    source_id INTEGER REFERENCES sources(id),
    external_id TEXT NOT NULL,
    title TEXT,
    published TEXT,
    published_raw TEXT,
    url TEXT,
    author TEXT,
    publisher TEXT,
    section TEXT,
    body TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    word_count INTEGER,
    format TEXT,
    path TEXT,
    load_run_id INTEGER REFERENCES load_runs(id)
);
CREATE TABLE IF NOT EXISTS actors (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN {KINDS}),
    key TEXT NOT NULL,
    UNIQUE (name, kind)
);
CREATE TABLE IF NOT EXISTS actor_aliases (
    actor_id INTEGER NOT NULL REFERENCES actors(id),
    alias TEXT NOT NULL,
    PRIMARY KEY (actor_id, alias)
);
CREATE TABLE IF NOT EXISTS mentions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    actor_id INTEGER REFERENCES actors(id),
    source_id INTEGER REFERENCES sources(id),  -- copy of the article's, so an actor's roles count by source
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    text TEXT NOT NULL,
    name TEXT,       -- the name extraction gave within the article, before corpus-wide merging
    role TEXT,
    via TEXT
);
CREATE TABLE IF NOT EXISTS reporting_verbs (
    form TEXT PRIMARY KEY,
    lemma TEXT NOT NULL,
    stance TEXT NOT NULL CHECK (stance IN {lexicon.STANCES})
);
CREATE TABLE IF NOT EXISTS quotes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    actor_id INTEGER REFERENCES actors(id),
    source_id INTEGER REFERENCES sources(id),  -- copy of the article's, so counts link to filtered rows
    published TEXT,                            -- copy of the article's date, for the same reason
    kind TEXT NOT NULL CHECK (kind IN {QUOTE_KINDS}),
    text TEXT NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    speaker_mention TEXT,
    speaker_char_start INTEGER,
    speaker_char_end INTEGER,
    speaker_name TEXT,  -- the name extraction gave the speaker within the article
    cue TEXT,
    cue_lemma TEXT,
    cue_char_start INTEGER,
    cue_char_end INTEGER,
    stance TEXT,
    attributed_by TEXT CHECK (attributed_by IN ('rules', 'ranker'))  -- who chose the speaker
);
CREATE TABLE IF NOT EXISTS load_errors (
    id INTEGER PRIMARY KEY,
    load_run_id INTEGER REFERENCES load_runs(id),
    path TEXT,
    line INTEGER,
    message TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS actor_overrides (
    id INTEGER PRIMARY KEY,
    action TEXT NOT NULL CHECK (action IN ('merge', 'split', 'rename')),
    name TEXT NOT NULL,
    target TEXT NOT NULL,
    created_at TEXT
);
CREATE TABLE IF NOT EXISTS corpus_citations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    citation TEXT NOT NULL,
    url TEXT,
    licence TEXT,
    note TEXT
);
-- Summary tables the pages read, kept current by the loader (summaries.py).
CREATE TABLE IF NOT EXISTS summary_sources (
    source_id INTEGER PRIMARY KEY REFERENCES sources(id),
    articles INTEGER, quotes INTEGER, words INTEGER,
    first_published TEXT, last_published TEXT,
    direct INTEGER, partial INTEGER, indirect INTEGER, scare INTEGER
);
CREATE TABLE IF NOT EXISTS summary_actor_roles (
    actor_id INTEGER NOT NULL REFERENCES actors(id),
    source_id INTEGER REFERENCES sources(id),
    role TEXT NOT NULL,
    mentions INTEGER
);
CREATE INDEX IF NOT EXISTS summary_actor_roles_actor ON summary_actor_roles(actor_id, source_id, mentions);
CREATE TABLE IF NOT EXISTS summary_actor_cues (
    actor_id INTEGER NOT NULL REFERENCES actors(id),
    source_id INTEGER REFERENCES sources(id),
    cue_lemma TEXT NOT NULL,
    stance TEXT,
    quotes INTEGER
);
CREATE INDEX IF NOT EXISTS summary_actor_cues_actor ON summary_actor_cues(actor_id, source_id, quotes);
CREATE TABLE IF NOT EXISTS summary_actor_sources (
    actor_id INTEGER NOT NULL REFERENCES actors(id),
    source_id INTEGER NOT NULL REFERENCES sources(id),
    quotes INTEGER, direct INTEGER, partial INTEGER, indirect INTEGER, scare INTEGER,
    neutral INTEGER, distancing INTEGER, endorsing INTEGER, confrontational INTEGER, directive INTEGER,
    PRIMARY KEY (actor_id, source_id)
);
CREATE INDEX IF NOT EXISTS summary_actor_sources_source ON summary_actor_sources(source_id, quotes);
-- What changed since the summaries were last refreshed, noted by triggers (summaries.TRIGGERS).
CREATE TABLE IF NOT EXISTS summary_stale (
    actor_id INTEGER NOT NULL,   -- 0: the source's totals
    source_id INTEGER NOT NULL,  -- 0: no source
    PRIMARY KEY (actor_id, source_id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX IF NOT EXISTS articles_source_external ON articles(source_id, external_id);
CREATE INDEX IF NOT EXISTS articles_source_published ON articles(source_id, published);
CREATE INDEX IF NOT EXISTS quotes_actor_published ON quotes(actor_id, published);
CREATE INDEX IF NOT EXISTS quotes_source ON quotes(source_id);  -- a source's latest quotes, in id order, unsorted
CREATE INDEX IF NOT EXISTS articles_external_id ON articles(external_id);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_load_run_id ON articles(load_run_id);
CREATE INDEX IF NOT EXISTS actors_key ON actors(key);
CREATE INDEX IF NOT EXISTS mentions_article_id ON mentions(article_id);
CREATE INDEX IF NOT EXISTS quotes_article_id ON quotes(article_id);
CREATE INDEX IF NOT EXISTS quotes_actor_id ON quotes(actor_id, kind);
CREATE INDEX IF NOT EXISTS quotes_source_id ON quotes(source_id, actor_id);
CREATE INDEX IF NOT EXISTS quotes_published ON quotes(published);
CREATE INDEX IF NOT EXISTS mentions_actor_role ON mentions(actor_id, role);
-- only what names an actor in full counts for actor_weights() and actor_roles(): these small indexes
-- answer them without reading every mention and quote
CREATE INDEX IF NOT EXISTS mentions_full_name ON mentions(actor_id, role) WHERE name LIKE '% %';
CREATE INDEX IF NOT EXISTS quotes_full_name ON quotes(actor_id) WHERE speaker_name LIKE '% %';
CREATE INDEX IF NOT EXISTS mentions_actor_source_role ON mentions(actor_id, source_id, role) WHERE role != '';
CREATE INDEX IF NOT EXISTS quotes_cue_lemma ON quotes(cue_lemma);
CREATE INDEX IF NOT EXISTS load_errors_load_run_id ON load_errors(load_run_id);
"""


# Indexes of the two largest tables. A load into an empty corpus builds them once at its end (a sort)
# rather than row by row; a load that was killed before that puts them back when it is run again.
BULK_INDEXES = [line for line in SCHEMA.splitlines()
                if line.startswith("CREATE INDEX") and (" ON quotes(" in line or " ON mentions(" in line)]
# Full-text search (FTS5 with external content, kept current by sqlite-utils' triggers). A load into an
# empty corpus drops the insert triggers and has FTS5 index all rows at its end: about 3x faster than
# a trigger per row, and the part of the load that is left when extraction runs in workers.
FTS_COLUMNS = {"articles": ["title", "body"], "quotes": ["text"]}


def _insert_trigger(table):
    """The insert trigger as sqlite-utils' enable_fts(create_triggers=True) writes it."""
    columns = ", ".join(f'"{c}"' for c in FTS_COLUMNS[table])
    values = ", ".join(f'new."{c}"' for c in FTS_COLUMNS[table])
    return (f'CREATE TRIGGER "{table}_ai" AFTER INSERT ON "{table}" BEGIN\n'
            f'  INSERT INTO "{table}_fts" (rowid, {columns}) VALUES (new.rowid, {values});\nEND')


def start_load(conn):
    """Before writing articles: a bulk load into an empty corpus (start_bulk_load), else mend the
    indexes and full-text search of a bulk load that was killed before it built them."""
    if conn.execute("select not exists (select 1 from articles)").fetchone()[0]:
        start_bulk_load(conn)
    else:
        finish_bulk_load(conn)


def start_bulk_load(conn):
    """Before a load into an empty corpus: no per-row index or full-text work (see finish_bulk_load)."""
    for sql in BULK_INDEXES:
        conn.execute(f"DROP INDEX IF EXISTS {sql.split()[5]}")  # CREATE INDEX IF NOT EXISTS <name> ON ...
    for table in FTS_COLUMNS:
        conn.execute(f'DROP TRIGGER IF EXISTS "{table}_ai"')
    summaries.stop_tracking(conn)


def finish_bulk_load(conn):
    """Indexes and full-text search complete again; also mends a bulk load that was killed midway."""
    for sql in BULK_INDEXES:
        conn.execute(sql)
    for table in FTS_COLUMNS:
        if not conn.execute("select 1 from sqlite_master where type = 'trigger' and name = ?",
                            [f"{table}_ai"]).fetchone():
            with conn:  # the index rebuilt from every row and its trigger back, or neither
                conn.execute("BEGIN")
                conn.execute(f"INSERT INTO \"{table}_fts\"(\"{table}_fts\") VALUES ('rebuild')")
                conn.execute(_insert_trigger(table))


class SchemaError(Exception):
    """The database was written by another schema version than this code's."""


def connect(path):
    """A sqlite-utils Database with the newsframe schema in place (WAL, so readers keep reading)."""
    db = sqlite_utils.Database(path)
    db.conn.execute("PRAGMA journal_mode=WAL")
    # indexes and full-text search of a large corpus do not fit SQLite's default 2 MB page cache;
    # 64 MB keeps index inserts in memory without growing with the corpus
    db.conn.execute("PRAGMA cache_size = -65536")
    # WAL with synchronous=NORMAL: a killed process never corrupts or half-writes (commits are atomic),
    # only a power cut may lose the last commits; FULL would sync on every checkpoint of a long load
    db.conn.execute("PRAGMA synchronous = NORMAL")
    ensure_schema(db)
    return db


def schema_version(db):
    if not db["newsframe_meta"].exists():
        return None
    row = db.execute("select value from newsframe_meta where key = 'schema_version'").fetchone()
    return int(row[0]) if row else None


def ensure_schema(db):
    """Create the schema in an empty database; refuse one from another version."""
    found = schema_version(db)
    if found is not None and found != SCHEMA_VERSION:
        raise SchemaError(
            f"{db.conn.execute('pragma database_list').fetchone()[2]} has newsframe schema version {found}, "
            f"this newsframe writes version {SCHEMA_VERSION}: load into a new database file")
    if found == SCHEMA_VERSION:
        return
    with db.conn:
        db.conn.executescript(SCHEMA)
        db.conn.execute("insert or replace into newsframe_meta (key, value) values ('schema_version', ?)",
                        [str(SCHEMA_VERSION)])
        db.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db["reporting_verbs"].insert_all(lexicon.rows(), pk="form", replace=True)
        summaries.start_tracking(db.conn)
    for table, columns in FTS_COLUMNS.items():
        db[table].enable_fts(columns, create_triggers=True, tokenize="porter")


def content_hash(article):
    """Hash of everything the reader gave: same hash, same rows."""
    fields = [article.body, article.title, article.source, article.published, article.url,
              article.author, article.publisher, article.section]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode("utf-8")).hexdigest()


def now():
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def start_run(db, paths, fmt, extractor):
    with db.conn:
        cursor = db.conn.execute(
            "insert into load_runs (started_at, paths, format, extractor) values (?, ?, ?, ?)",
            [now(), json.dumps([str(p) for p in paths]), fmt, extractor])
    return cursor.lastrowid


def finish_run(db, run_id, counts):
    with db.conn:
        db.conn.execute(
            "update load_runs set finished_at = ?, loaded = ?, unchanged = ?, replaced = ?, failed = ? "
            "where id = ?",
            [now(), counts["loaded"], counts["unchanged"], counts["replaced"], counts["failed"], run_id])


def record_error(db, run_id, error):
    db.conn.execute("insert into load_errors (load_run_id, path, line, message) values (?, ?, ?, ?)",
                    [run_id, error.path, error.line, error.message])


def _source_id(conn, name):
    if not name:
        return None
    conn.execute("insert or ignore into sources (name) values (?)", [name])
    return conn.execute("select id from sources where name = ?", [name]).fetchone()[0]


def existing(db, article):
    """(id, content_hash) of the stored article with this source and external id, or None."""
    conn = db.conn
    source = conn.execute("select id from sources where name = ?", [article.source]).fetchone() \
        if article.source else None
    return conn.execute(
        "select id, content_hash from articles where external_id = ? and source_id is ?",
        [article.external_id, source[0] if source else None]).fetchone()


def _actor_id(conn, cache, name, kind, key):
    kind = kind if kind in KINDS else "other"
    cached = cache.get((name, kind))
    if cached:
        return cached
    # one apostrophe in actor names, the one an analyst types in SQL ("O'Malley", not "O’Malley")
    stored = name.replace("\u2019", "'")
    conn.execute("insert or ignore into actors (name, kind, key) values (?, ?, ?)", [stored, kind, key or stored.lower()])
    actor_id = conn.execute("select id from actors where name = ? and kind = ?", [stored, kind]).fetchone()[0]
    cache[(name, kind)] = actor_id
    return actor_id


def write_article(db, article, extraction, digest, run_id, keys, stances, replace_id=None, cache=None):
    """Store one article with its quotes and mentions, replacing ``replace_id`` if given.

    ``keys`` maps actor names to their merge keys; ``stances`` maps cue forms to stances
    (read from the database's editable ``reporting_verbs``). Runs in a SAVEPOINT: on any
    error nothing of this article is written and the previous version stays.
    """
    conn = db.conn
    cache = {} if cache is None else cache
    conn.execute("SAVEPOINT article")
    try:
        if replace_id is not None:
            delete_article_rows(conn, replace_id)
        source_id = _source_id(conn, article.source)
        cursor = conn.execute(
            "insert into articles (id, source_id, external_id, title, published, published_raw, url, author,"
            " publisher, section, body, content_hash, word_count, format, path, load_run_id)"
            " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [replace_id, source_id, article.external_id, article.title, article.published, article.published_raw,
             article.url, article.author, article.publisher, article.section, article.body, digest,
             len(article.body.split()), article.format, article.path, run_id])
        article_id = cursor.lastrowid
        mention_rows, alias_rows = [], set()
        for m in extraction.mentions:
            actor_id = _actor_id(conn, cache, m.name, m.kind, keys.get(m.name))
            if m.is_name:
                alias_rows.add((actor_id, m.via or m.text))
            mention_rows.append((article_id, actor_id, source_id, m.start, m.end, m.text, m.name, m.role, m.via))
        conn.executemany("insert into mentions (article_id, actor_id, source_id, char_start, char_end, text, name,"
                         " role, via) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", mention_rows)
        # an alias once written in this run is not written again (the cache is cleared on a rollback)
        alias_rows = sorted(row for row in alias_rows if ("alias", row) not in cache)
        conn.executemany("insert or ignore into actor_aliases (actor_id, alias) values (?, ?)", alias_rows)
        cache.update((("alias", row), True) for row in alias_rows)
        quote_rows = []
        for q in extraction.quotes:
            actor_id = _actor_id(conn, cache, q.speaker_name, q.speaker_kind or "person",
                                 keys.get(q.speaker_name)) if q.speaker_name else None
            quote_rows.append((article_id, actor_id, source_id, article.published, q.kind, q.text, q.start, q.end,
                               q.speaker_mention,
                               q.speaker_start, q.speaker_end, q.speaker_name, q.cue, q.cue_lemma, q.cue_start,
                               q.cue_end,
                               stances.get((q.cue or "").lower()) or stances.get(q.cue_lemma), q.attributed_by))
        conn.executemany(
            "insert into quotes (article_id, actor_id, source_id, published, kind, text, char_start, char_end,"
            " speaker_mention, speaker_char_start, speaker_char_end, speaker_name, cue, cue_lemma, cue_char_start,"
            " cue_char_end, stance, attributed_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            quote_rows)
    except BaseException:
        conn.execute("ROLLBACK TO SAVEPOINT article")
        conn.execute("RELEASE SAVEPOINT article")
        cache.clear()  # actor ids made inside the rolled-back savepoint are gone
        raise
    conn.execute("RELEASE SAVEPOINT article")
    return article_id


def delete_article_rows(conn, article_id):
    conn.execute("delete from quotes where article_id = ?", [article_id])
    conn.execute("delete from mentions where article_id = ?", [article_id])
    conn.execute("delete from articles where id = ?", [article_id])


def stance_table(db):
    """cue form -> stance from the database's editable lexicon (a lemma is a form too)."""
    return {form: stance for form, stance in db.execute("select form, stance from reporting_verbs")}


def prune_actors(db):
    """Drop actors (and their aliases) that no mention or quote refers to any more."""
    with db.conn:
        db.conn.execute("delete from actor_aliases where actor_id not in (select actor_id from mentions "
                        "where actor_id is not null union select actor_id from quotes where actor_id is not null)")
        db.conn.execute("delete from actors where id not in (select actor_id from actor_aliases)"
                        " and id not in (select actor_id from quotes where actor_id is not null)")


def unlink_lone_names(db, is_lone):
    """Person actors named by one word only ("Tiegen") stop being actors: their mentions and quotes
    keep the name (mentions.name, quotes.speaker_name) with no actor, for relink_lone_names()."""
    with db.conn:
        ids = [(actor_id,) for actor_id, name in db.conn.execute("select id, name from actors where kind = 'person'")
               if is_lone(name)]
        db.conn.executemany("update mentions set actor_id = null where actor_id = ?", ids)
        db.conn.executemany("update quotes set actor_id = null where actor_id = ?", ids)
        db.conn.executemany("delete from actor_aliases where actor_id = ?", ids)
        db.conn.executemany("delete from actors where id = ?", ids)


def lone_names(db):
    """(article id, name, titles) of one-word names left without an actor by unlink_lone_names();
    titles are the roles the article gives the name ("Mr.", "President") and the pronouns that stand
    for it ("he", "she"), joined by commas."""
    return db.execute("""
        select article_id, name, group_concat(distinct role)
        from (select article_id, name, case when lower(text) in ('he', 'him', 'his') then 'he'
                                            when lower(text) in ('she', 'her') then 'she' else role end as role
              from mentions where actor_id is null and name is not null
              union all
              select article_id, speaker_name, null from quotes where actor_id is null and speaker_name is not null)
        group by 1, 2 order by 1, 2""").fetchall()


def actor_roles(db):
    """{actor id: set of lowercased words of the roles articles give the actor named in full}, for
    person actors (not the roles of one-word names linked to it: see actor_weights)."""
    out = {}
    for actor_id, role in db.execute("select distinct m.actor_id, m.role from mentions m join actors a "
                                     "on a.id = m.actor_id where a.kind = 'person' and m.role is not null "
                                     "and m.name like '% %'"):
        out.setdefault(actor_id, set()).update(role.lower().split())
    return out


def unresolved_descriptions(db):
    """(quote id, article id, speaker position, speaker mention) of quotes whose speaker is a phrase
    starting with "the" that named no one in its article (the corpus decides them: set_unnamed_speakers)."""
    return db.execute("select id, article_id, speaker_char_start, speaker_mention from quotes "
                      "where speaker_name is null and speaker_mention like 'the %' order by id").fetchall()


def set_unnamed_speakers(db, targets):
    """Quotes whose speaker phrase named no one in its article ("the Republican nominee", "I") get
    the actor the corpus decides now, {quote id: actor id}, and the others none: each consolidation
    decides them all again, and writes only those whose actor changes."""
    with db.conn:
        current = dict(db.conn.execute("select id, actor_id from quotes where speaker_name is null "
                                       "and (actor_id is not null or id in (select value from json_each(?)))",
                                       [json.dumps(sorted(targets))]))
        db.conn.executemany("update quotes set actor_id = ? where id = ?",
                            [(targets.get(quote_id), quote_id) for quote_id, actor_id in sorted(current.items())
                             if targets.get(quote_id) != actor_id])


def guessed_descriptions(db):
    """(quote id, article id, speaker position, speaker mention, actor id, roles) of quotes whose
    speaker is a phrase starting with "the" that its article resolved to a person: the actor of the
    person it named (as the article's mentions of that name are linked now) and the roles, joined by
    "|", the article gives that name (none when the article only guessed: "the Vermont senator" as
    the person it names most)."""
    return db.execute("""
        select q.id, q.article_id, q.speaker_char_start, q.speaker_mention, m.actor_id,
               (select group_concat(lower(r.role), '|') from mentions r
                where r.article_id = q.article_id and r.name = q.speaker_name and r.role is not null)
        from quotes q join mentions m on m.id = (select id from mentions where article_id = q.article_id
                                                  and name = q.speaker_name and actor_id is not null
                                                  order by char_start limit 1)
        join actors a on a.id = m.actor_id
        where q.speaker_name is not null and q.speaker_mention like 'the %' and a.kind = 'person'
        order by q.id""").fetchall()


def persons_named(db, article_ids):
    """{article id: [(first position, actor id)]} of the person actors named (not by a pronoun or a
    description) in the given articles: only those are read, so memory follows the number of
    descriptions to decide, not the corpus."""
    out = {}
    for article_id, actor_id, first in db.execute("""
            select m.article_id, m.actor_id, min(m.char_start) from mentions m join actors a on a.id = m.actor_id
            where a.kind = 'person' and m.article_id in (select value from json_each(?))
              and m.text glob '[A-Z]*' and m.text not like 'the %'
              and lower(m.text) not in ('he', 'she', 'his', 'her', 'him', 'they', 'it', 'we', 'i')
            group by 1, 2 order by 1, 3""", [json.dumps(sorted(set(article_ids)))]):
        out.setdefault(article_id, []).append((first, actor_id))
    return out


def role_counts(db, actor_ids):
    """{person actor id: {role, lowercased: how often articles give it}} for the given actors."""
    out = {}
    for actor_id, role, n in db.execute("select actor_id, lower(role), count(*) from mentions where role is not null "
                                        "and actor_id in (select value from json_each(?)) group by 1, 2",
                                        [json.dumps(sorted(actor_ids))]):
        out.setdefault(actor_id, {})[role] = n
    return out


def narrated_quotes(db):
    """(quote id, byline, body) of quotes whose speaker is "I" outside quotation marks that named no
    one in the article: the writer's, unless the article is a Q&A."""
    return db.execute("select q.id, a.author, a.body from quotes q join articles a on a.id = q.article_id "
                      "where q.speaker_name is null and q.speaker_mention = 'I' order by q.id").fetchall()


def link_quotes(db, targets):
    """Give quotes their actor: {quote id: actor id}."""
    with db.conn:  # only those that change (summaries.TRIGGERS note each change)
        db.conn.executemany("update quotes set actor_id = ? where id = ? and actor_id is not ?",
                            [(actor_id, quote_id, actor_id) for quote_id, actor_id in sorted(targets.items())])


def has_lone_name(conn, name):
    return conn.execute("select 1 from mentions where actor_id is null and name = ? union all "
                        "select 1 from quotes where actor_id is null and speaker_name = ? limit 1",
                        [name, name]).fetchone() is not None


def person_actors(db, names):
    """{key: person actor id} for {key: actor name}, adding the actors that do not exist yet."""
    with db.conn:
        cache = {}
        return {k: _actor_id(db.conn, cache, name, "person", name.lower()) for k, name in names.items()}


def relink_lone_names(db, targets):
    """Give one-word names their actor, article by article: {(article id, name): actor id}."""
    with db.conn:
        for (article_id, name), actor_id in sorted(targets.items()):
            _relink(db.conn, name, actor_id, "and article_id = ?", [article_id])


def _relink(conn, name, actor_id, where="", params=()):
    conn.execute(f"update mentions set actor_id = ? where actor_id is null and name = ? {where}",
                 [actor_id, name, *params])
    conn.execute(f"update quotes set actor_id = ? where actor_id is null and speaker_name = ? {where}",
                 [actor_id, name, *params])
    # the name as written is an alias; pronouns and descriptions that stood for it are not
    conn.execute(f"insert or ignore into actor_aliases (actor_id, alias) select distinct ?, text "
                 f"from mentions where actor_id = ? and name = ? and lower(text) = lower(name) {where}",
                 [actor_id, actor_id, name, *params])


def actor_weights(db):
    """(id, name, weight) of person actors: the input of actors.plan() and actors.resolve_lone().
    The weight counts what names the actor in full, not the one-word names linked to it, so that
    linking them (relink_lone_names) does not change the next consolidation's choices."""
    return db.execute("""
        select a.id, a.name,
               (select count(*) from mentions m where m.actor_id = a.id and m.name like '% %')
             + (select count(*) from quotes q where q.actor_id = a.id and q.speaker_name like '% %') as weight
        from actors a where a.kind = 'person' order by a.id""").fetchall()


def merge_actor(conn, source_id, target_id):
    """Move everything of actor ``source_id`` to ``target_id`` and drop it."""
    if source_id == target_id:
        return
    conn.execute("update mentions set actor_id = ? where actor_id = ?", [target_id, source_id])
    conn.execute("update quotes set actor_id = ? where actor_id = ?", [target_id, source_id])
    conn.execute("insert or ignore into actor_aliases (actor_id, alias) "
                 "select ?, alias from actor_aliases where actor_id = ?", [target_id, source_id])
    conn.execute("insert or ignore into actor_aliases (actor_id, alias) select ?, name from actors where id = ?",
                 [target_id, source_id])
    conn.execute("delete from actor_aliases where actor_id = ?", [source_id])
    conn.execute("delete from actors where id = ?", [source_id])


def apply_merges(db, mapping):
    with db.conn:
        for source_id, target_id in sorted(mapping.items()):
            merge_actor(db.conn, source_id, target_id)


def add_override(db, action, name, target):
    with db.conn:
        db.conn.execute("insert into actor_overrides (action, name, target, created_at) values (?, ?, ?, ?)",
                        [action, name, target, now()])


def apply_overrides(db):
    """Replay the analyst's fixes in the order they were made; returns how many rows they changed."""
    conn = db.conn
    changed = 0
    with conn:
        for action, name, target in conn.execute(
                "select action, name, target from actor_overrides order by id").fetchall():
            before = conn.total_changes
            if action in ("merge", "rename"):
                sources = [r[0] for r in conn.execute("select id from actors where name = ? order by id", [name])]
                lone = has_lone_name(conn, name)  # "Tiegen" with no actor of its own may be given one
                if not sources and not lone:
                    continue
                found = conn.execute("select id from actors where name = ? order by id", [target]).fetchone()
                if found is None and sources:
                    conn.execute("update actors set name = ? where id = ?", [target, sources[0]])
                    found = (sources[0],)
                    sources = sources[1:]
                elif found is None:
                    found = (conn.execute("insert into actors (name, kind, key) values (?, 'person', ?)",
                                          [target, target.lower()]).lastrowid,)
                for source_id in sources:
                    merge_actor(conn, source_id, found[0])
                if lone:
                    _relink(conn, name, found[0])
            elif action == "split":
                rows = conn.execute("select distinct actor_id from mentions where text = ? and actor_id is not null "
                                    "union select distinct actor_id from quotes where speaker_mention = ? "
                                    "and actor_id is not null", [name, name]).fetchall()
                for (old_id,) in rows:
                    old = conn.execute("select name, kind, key from actors where id = ?", [old_id]).fetchone()
                    if old is None or old[0] == target:
                        continue
                    conn.execute("insert or ignore into actors (name, kind, key) values (?, ?, ?)",
                                 [target, old[1], target.lower()])
                    new_id = conn.execute("select id from actors where name = ? and kind = ?",
                                          [target, old[1]]).fetchone()[0]
                    conn.execute("update mentions set actor_id = ? where actor_id = ? and text = ?",
                                 [new_id, old_id, name])
                    conn.execute("update quotes set actor_id = ? where actor_id = ? and speaker_mention = ?",
                                 [new_id, old_id, name])
                    conn.execute("delete from actor_aliases where actor_id = ? and alias = ?", [old_id, name])
                    conn.execute("insert or ignore into actor_aliases (actor_id, alias) values (?, ?)", [new_id, name])
            changed += conn.total_changes - before
    return changed


def mark_unconsolidated(conn):
    """Note, in the transaction that writes articles, that actors and summaries need a rebuild;
    a load killed before consolidate() finishes leaves the note for the next run."""
    conn.execute("insert or replace into newsframe_meta (key, value) values ('consolidated', '0')")


def mark_consolidated(db):
    with db.conn:
        db.conn.execute("insert or replace into newsframe_meta (key, value) values ('consolidated', '1')")


def is_consolidated(db):
    row = db.execute("select value from newsframe_meta where key = 'consolidated'").fetchone()
    return row is None or row[0] == "1"


def add_citation(db, name, citation, url=None, licence=None, note=None):
    with db.conn:
        db.conn.execute(
            "insert into corpus_citations (name, citation, url, licence, note) values (?, ?, ?, ?, ?)"
            " on conflict(name) do update set citation = excluded.citation, url = excluded.url,"
            " licence = excluded.licence, note = excluded.note",
            [name, citation, url, licence, note])
