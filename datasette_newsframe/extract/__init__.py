"""Extraction: pure functions of an article's text -> quotes and mentions.

Nothing here touches the database. ``extract(body)`` is the built-in extractor
that the loader calls through the ``newsframe_extractors`` plugin hook.
"""
import bisect

from ..records import Extraction, Mention
from .entities import find_entities
from .quotes import find_quotes


def extract(body, apostrophe_quotes=False):
    """Quotes and entity mentions of one article body."""
    mentions = find_entities(body)
    quotes = find_quotes(body, mentions, apostrophe_quotes)
    return Extraction(quotes=tuple(quotes), mentions=speaker_mentions(mentions, quotes))


def extract_apostrophe_quotes(body):
    """``extract`` for archives that write quotation marks as two apostrophes (''...''): they
    pair as quotation marks (the 'rules-apostrophe-quotes' extractor)."""
    return extract(body, apostrophe_quotes=True)


def speaker_mentions(mentions, quotes):
    """All mentions, plus the speakers written as pronouns or descriptions ("the secretary said"):
    they are mentions of their actor too, but not aliases."""
    taken = {(m.start, m.end) for m in mentions}
    starts = [m.start for m in mentions]  # find_entities returns them in text order
    extra = []
    for q in quotes:
        if q.speaker_name and q.speaker_start is not None and (q.speaker_start, q.speaker_end) not in taken \
                and not _overlaps(mentions, starts, q.speaker_start, q.speaker_end):
            taken.add((q.speaker_start, q.speaker_end))
            extra.append(Mention(start=q.speaker_start, end=q.speaker_end, text=q.speaker_mention,
                                 name=q.speaker_name, kind=q.speaker_kind or "person", is_name=False))
    return tuple(sorted(list(mentions) + extra, key=lambda m: (m.start, m.end)))


def _overlaps(mentions, starts, s, e):
    i = bisect.bisect_left(starts, s)
    return any(m.start < e and m.end > s for m in mentions[max(0, i - 3):i + 3])
