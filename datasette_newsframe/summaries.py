"""The summary tables the pages read, and how they stay current after each load.

Triggers note, in the same transaction as the change, what every change to articles, quotes and
mentions makes stale, in ``summary_stale``: (actor id, source id) for an actor's rows of one source
(summary_actor_sources, summary_actor_cues, summary_actor_roles) and (0, source id) for a source's
totals (summary_sources); source 0 is "no source". ``refresh()`` recounts only those, through the
indexes, and empties ``summary_stale`` in the same transaction, so a small load into a large
corpus costs what it changed, not the corpus, and a killed run leaves its notes for the next.
A load into an empty corpus drops the triggers (``stop_tracking``: a trigger per row would cost
more than one pass) and the next ``refresh()`` rebuilds the tables whole and puts them back.
"""

_MARK = "INSERT OR IGNORE INTO summary_stale (actor_id, source_id)"
_ROLE = "{0}.actor_id IS NOT NULL AND {0}.role != ''"  # a NULL role fails the comparison too

# name -> CREATE TRIGGER; only changes of the columns the summaries count are noted
TRIGGERS = {
    "sources_stale_ai": f"AFTER INSERT ON sources BEGIN {_MARK} VALUES (0, new.id); END",
    "articles_stale_ai": f"AFTER INSERT ON articles BEGIN {_MARK} VALUES (0, coalesce(new.source_id, 0)); END",
    "articles_stale_ad": f"AFTER DELETE ON articles BEGIN {_MARK} VALUES (0, coalesce(old.source_id, 0)); END",
    "articles_stale_au": f"""AFTER UPDATE OF source_id, published, word_count ON articles
        WHEN old.source_id IS NOT new.source_id OR old.published IS NOT new.published
          OR old.word_count IS NOT new.word_count
        BEGIN {_MARK} VALUES (0, coalesce(old.source_id, 0)), (0, coalesce(new.source_id, 0)); END""",
    "quotes_stale_ai": f"""AFTER INSERT ON quotes BEGIN
        {_MARK} VALUES (0, coalesce(new.source_id, 0)), (coalesce(new.actor_id, 0), coalesce(new.source_id, 0));
        END""",
    "quotes_stale_ad": f"""AFTER DELETE ON quotes BEGIN
        {_MARK} VALUES (0, coalesce(old.source_id, 0)), (coalesce(old.actor_id, 0), coalesce(old.source_id, 0));
        END""",
    "quotes_stale_au": f"""AFTER UPDATE OF actor_id, source_id, kind, stance, cue_lemma ON quotes
        WHEN old.actor_id IS NOT new.actor_id OR old.source_id IS NOT new.source_id OR old.kind IS NOT new.kind
          OR old.stance IS NOT new.stance OR old.cue_lemma IS NOT new.cue_lemma
        BEGIN {_MARK}
          SELECT old.actor_id, coalesce(old.source_id, 0) WHERE old.actor_id IS NOT NULL
          UNION ALL SELECT new.actor_id, coalesce(new.source_id, 0) WHERE new.actor_id IS NOT NULL
          UNION ALL SELECT 0, coalesce(old.source_id, 0) WHERE old.source_id IS NOT new.source_id
                                                           OR old.kind IS NOT new.kind
          UNION ALL SELECT 0, coalesce(new.source_id, 0) WHERE old.source_id IS NOT new.source_id;
        END""",
    # only mentions with a role are counted (summary_actor_roles)
    "mentions_stale_ai": f"""AFTER INSERT ON mentions WHEN {_ROLE.format('new')}
        BEGIN {_MARK} VALUES (new.actor_id, coalesce(new.source_id, 0)); END""",
    "mentions_stale_ad": f"""AFTER DELETE ON mentions WHEN {_ROLE.format('old')}
        BEGIN {_MARK} VALUES (old.actor_id, coalesce(old.source_id, 0)); END""",
    "mentions_stale_au": f"""AFTER UPDATE OF actor_id, source_id, role ON mentions
        WHEN old.actor_id IS NOT new.actor_id OR old.source_id IS NOT new.source_id OR old.role IS NOT new.role
        BEGIN {_MARK}
          SELECT old.actor_id, coalesce(old.source_id, 0) WHERE {_ROLE.format('old')}
          UNION ALL SELECT new.actor_id, coalesce(new.source_id, 0) WHERE {_ROLE.format('new')};
        END""",
}

# What each summary table holds, as one INSERT ... SELECT: for a refresh, {quotes} and {mentions} are the
# rows of the stale pairs and {sources}, {sources_of_quotes} keep the stale sources; for a rebuild, the
# whole tables (_WHOLE). Constants only: no input reaches this SQL.
_SUMMARIES = {
    "summary_sources": """
        insert into summary_sources (source_id, articles, quotes, words, first_published, last_published,
                                     direct, partial, indirect, scare)
        select s.id, count(a.id), coalesce(k.quotes, 0), coalesce(sum(a.word_count), 0),
               min(a.published), max(a.published), coalesce(k.direct, 0), coalesce(k.partial, 0),
               coalesce(k.indirect, 0), coalesce(k.scare, 0)
        from sources s left join articles a on a.source_id = s.id
        left join (select source_id, count(*) as quotes, sum(kind = 'direct') as direct,
                          sum(kind = 'partial') as partial, sum(kind = 'indirect') as indirect,
                          sum(kind = 'scare') as scare
                   from quotes {sources_of_quotes} group by source_id) k on k.source_id = s.id
        {sources} group by s.id""",
    "summary_actor_cues": """
        insert into summary_actor_cues (actor_id, source_id, cue_lemma, stance, quotes)
        select q.actor_id, q.source_id, q.cue_lemma, min(coalesce(q.stance, 'none')), count(*) from {quotes}
        where q.actor_id is not null and q.cue_lemma is not null group by 1, 2, 3""",
    "summary_actor_roles": """
        insert into summary_actor_roles (actor_id, source_id, role, mentions)
        select m.actor_id, m.source_id, m.role, count(*) from {mentions}
        where m.role != '' and m.actor_id is not null group by 1, 2, 3""",
    "summary_actor_sources": """
        insert into summary_actor_sources
        select q.actor_id, q.source_id, count(*),
               sum(q.kind = 'direct'), sum(q.kind = 'partial'), sum(q.kind = 'indirect'), sum(q.kind = 'scare'),
               sum(q.stance = 'neutral'), sum(q.stance = 'distancing'), sum(q.stance = 'endorsing'),
               sum(q.stance = 'confrontational'), sum(q.stance = 'directive')
        from {quotes} where q.actor_id is not null and q.source_id is not null
        group by q.actor_id, q.source_id""",
}
_WHOLE = {"quotes": "quotes q", "mentions": "mentions m", "sources": "", "sources_of_quotes": ""}
_STALE_SOURCES = "(select source_id from summary_stale where actor_id = 0)"
_STALE = {
    # each stale pair's quotes, straight from the (source_id, actor_id) index: CROSS JOIN has SQLite
    # read the stale pairs first (left to itself it scans that index whole)
    "quotes": "summary_stale p cross join quotes q "
              "on q.source_id is nullif(p.source_id, 0) and q.actor_id = p.actor_id",
    # each stale pair's mentions with a role, from the (actor_id, source_id, role) index
    "mentions": "summary_stale p cross join mentions m "
                "on m.actor_id = p.actor_id and m.source_id is nullif(p.source_id, 0)",
    "sources": f"where s.id in {_STALE_SOURCES}",
    "sources_of_quotes": f"where source_id in {_STALE_SOURCES}",
}
# the rows a refresh replaces: a stale source's totals, a stale pair's rows (source 0 is none)
_STALE_PAIRS = "(select actor_id, source_id from summary_stale where actor_id != 0)"
_DELETE_STALE = {table: f"delete from {table} where (actor_id, coalesce(source_id, 0)) in {_STALE_PAIRS}"
                 for table in ("summary_actor_cues", "summary_actor_roles", "summary_actor_sources")}
_DELETE_STALE["summary_sources"] = f"delete from summary_sources where source_id in {_STALE_SOURCES}"
_EVERYTHING_STALE = "summaries_stale"  # newsframe_meta key: the next refresh rebuilds whole


def start_tracking(conn):
    """Triggers in place (idempotent): in a new corpus, and once the summaries are whole again after
    stop_tracking(). Without them the next refresh rebuilds whole: the note stop_tracking() leaves
    goes only when they are back."""
    for name, body in TRIGGERS.items():
        conn.execute(f"CREATE TRIGGER IF NOT EXISTS {name} {body}")


def stop_tracking(conn):
    """Before a load into an empty corpus: no trigger per row, and the next refresh rebuilds whole.
    The note goes in before any article does, so a load killed midway still rebuilds on its next run."""
    conn.execute(f"insert or replace into newsframe_meta (key, value) values ('{_EVERYTHING_STALE}', 'all')")
    for name in TRIGGERS:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")


def refresh(db, whole=False):
    """Bring the summary tables up to date: only what summary_stale names, or all of them when a
    load into an empty corpus left them to be rebuilt (or ``whole``)."""
    conn = db.conn
    with conn:  # one transaction, whether or not the connection opens them itself
        if not conn.in_transaction:
            conn.execute("BEGIN")
        whole = whole or conn.execute("select 1 from newsframe_meta where key = ?",
                                      [_EVERYTHING_STALE]).fetchone() is not None
        for table, insert in _SUMMARIES.items():
            conn.execute(f"delete from {table}" if whole else _DELETE_STALE[table])
            conn.execute(insert.format(**(_WHOLE if whole else _STALE)))
        conn.execute("delete from summary_stale")
        if whole:  # tracking starts again from summaries that are whole
            conn.execute("delete from newsframe_meta where key = ?", [_EVERYTHING_STALE])
            start_tracking(conn)
