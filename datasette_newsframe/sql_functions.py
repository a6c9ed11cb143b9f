"""SQL functions for analysts, registered on every Datasette connection.

Each is a plain Python function of its arguments, NULL-safe, so it works on any
sqlite3 connection too (``register(conn)``).
"""
import json

from .extract import extract
from .extract.entities import find_entities
from .extract.lexicon import stance_of
from .extract.names import actor_key
from .extract.quotes import sentence_around


def newsframe_quotes(text):
    """JSON array of the quotes the extractor finds in ``text``."""
    if not text:
        return "[]"
    return json.dumps([
        {"kind": q.kind, "text": q.text, "start": q.start, "end": q.end,
         "speaker_mention": q.speaker_mention, "speaker": q.speaker_name, "cue": q.cue,
         "cue_lemma": q.cue_lemma, "stance": stance_of(q.cue) or stance_of(q.cue_lemma),
         "attributed_by": q.attributed_by}
        for q in extract(str(text)).quotes
    ], ensure_ascii=False)


def newsframe_entities(text):
    """JSON array of the named entities found in ``text``."""
    if not text:
        return "[]"
    return json.dumps([
        {"text": m.text, "name": m.name, "kind": m.kind, "start": m.start, "end": m.end, "role": m.role}
        for m in find_entities(str(text))
    ], ensure_ascii=False)


def newsframe_stance(verb):
    """Stance class of a reporting verb by the built-in lexicon ('claimed' -> 'distancing')."""
    if not verb:
        return None
    return stance_of(str(verb))


def newsframe_actor_key(name):
    """Key used to merge aliases of one actor."""
    if not name:
        return None
    return actor_key(str(name))


def newsframe_context(text, start, end):
    """The sentence of ``text`` around the span [start, end) (character offsets, as in quotes)."""
    if not text or start is None or end is None:
        return None
    return sentence_around(str(text), int(start), int(end))


FUNCTIONS = {
    "newsframe_context": (newsframe_context, 3),
    "newsframe_quotes": (newsframe_quotes, 1),
    "newsframe_entities": (newsframe_entities, 1),
    "newsframe_stance": (newsframe_stance, 1),
    "newsframe_actor_key": (newsframe_actor_key, 1),
}


def register(conn):
    for name, (fn, n_args) in FUNCTIONS.items():
        conn.create_function(name, n_args, fn, deterministic=True)
