"""The schema contract of the foundation issue, read back from a real database file."""
import sqlite3

from datasette_newsframe import loader, store

from .conftest import SEED, needs_shared

pytestmark = needs_shared()

CONTRACT = {
    "sources": {"id", "name"},
    "articles": {"id", "source_id", "external_id", "title", "published", "url", "author", "body",
                 "content_hash", "publisher", "section"},
    "actors": {"id", "name", "kind"},
    "actor_aliases": {"actor_id", "alias"},
    "mentions": {"id", "article_id", "actor_id", "char_start", "char_end", "text"},
    "quotes": {"id", "article_id", "actor_id", "kind", "text", "char_start", "char_end", "speaker_mention",
               "speaker_char_start", "speaker_char_end", "cue", "cue_lemma", "stance"},
    "reporting_verbs": {"form", "lemma", "stance"},
    "load_errors": {"path", "line", "message"},
}
FOREIGN_KEYS = {
    ("articles", "source_id", "sources"), ("actor_aliases", "actor_id", "actors"),
    ("mentions", "article_id", "articles"), ("mentions", "actor_id", "actors"),
    ("quotes", "article_id", "articles"), ("quotes", "actor_id", "actors"),
}


def test_schema_contract(tmp_path):
    db = tmp_path / "s.db"
    loader.load(db, [SEED])
    conn = sqlite3.connect(db)
    for table, columns in CONTRACT.items():
        found = {r[1] for r in conn.execute(f"pragma table_info({table})")}
        assert columns <= found, (table, columns - found)
    fks = {(t, r[3], r[2]) for t in CONTRACT for r in conn.execute(f"pragma foreign_key_list({t})")}
    assert FOREIGN_KEYS <= fks
    # every foreign key column leads an index
    for table, column, _ in FOREIGN_KEYS:
        indexed = [conn.execute(f"pragma index_info({r[1]})").fetchone()[2]
                   for r in conn.execute(f"pragma index_list({table})")]
        assert column in indexed, (table, column)
    assert conn.execute("select value from newsframe_meta where key = 'schema_version'").fetchone() == \
        (str(store.SCHEMA_VERSION),)
    assert conn.execute("pragma user_version").fetchone() == (store.SCHEMA_VERSION,)
    assert conn.execute("select count(*) from articles_fts where articles_fts match 'Blinken'").fetchone() == (1,)
    assert conn.execute("select count(*) from quotes_fts where quotes_fts match 'geopolitical'").fetchone() == (1,)
    assert conn.execute("select stance from reporting_verbs where form = 'claimed'").fetchone() == ("distancing",)
    assert conn.execute("pragma foreign_key_check").fetchall() == []
