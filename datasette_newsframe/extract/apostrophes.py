"""Quotations written between two apostrophes (''...''), as archive text of the New York Times
has them (PolNeAR's New York Times articles: 116 of 120 on train write every quote this way).

The quotes issue counts '' among apostrophes, and PolNeAR's gold reads what stands between
them as unquoted speech. So by default such a statement is reported speech (kind ``indirect``)
with the speaker its attribution names; the ``rules-apostrophe-quotes`` extractor reads the
marks as quotation marks instead (kinds direct, partial, scare) for archives where that is what
they are.

Either way the rules read a *view* of the body in which each '' that serves as a quotation mark
is a space and a straight double mark, so every offset stays the body's and the quotation
rules run unchanged; the text of each record is then cut from the body as written.
"""
import re

from .marks import DOUBLE_MARK, count_double

_RUN = re.compile(r"(?<!')'{2,3}(?!')")
_OPENS_AFTER = "([{\u2014\u2013-/"


def writes_quotes_so(body):
    """Whether an article marks its quotations with '' (more of them than of double marks)."""
    twos = body.count("''")
    return twos >= 2 and twos > 2 * count_double(body)


def as_double_marks(body, only=None):
    """The body with each '' quotation mark (those starting at an offset in ``only``, when given)
    made a space and a double mark; paragraphs that have double marks of their own keep their
    apostrophes. The body itself when it does not write quotes so (``only`` says it does)."""
    if only is None and not writes_quotes_so(body):
        return body
    with_double = {body.rfind("\n", 0, m.start()) for m in DOUBLE_MARK.finditer(body)}  # their line breaks
    chars = list(body)
    for m in _RUN.finditer(body):
        i, j = m.start(), m.end()
        before = body[i - 1] if i else "\n"
        after = body[j] if j < len(body) else "\n"
        opens = (before.isspace() or before in _OPENS_AFTER) and not after.isspace()
        # three apostrophes: a single quote inside closes or opens next to the double one
        # ("a special case,'''" / "'''Kosovo")
        if j - i == 3:
            i = i if opens else j - 2
        if only is not None and i not in only or with_double and body.rfind("\n", 0, i) in with_double:
            continue
        chars[i], chars[i + 1] = (" ", '"') if opens else ('"', " ")
    return "".join(chars)


def as_written(body, view, q):
    """A quotation read from the view, with its texts cut from the body."""
    def cut(text, a, b):
        return body[a:b] if text is not None and a is not None and text == view[a:b] else text
    return q._replace(text=cut(q.text, q.start, q.end),
                      speaker_mention=cut(q.speaker_mention, q.speaker_start, q.speaker_end),
                      cue=cut(q.cue, q.cue_start, q.cue_end))


def as_reported(body, view, quotes):
    """Statements between '' as reported speech: kind indirect, and a statement its attribution
    splits ("''A,'' Mr. X said. ''B''") one record from A to B, as PolNeAR annotates it."""
    out = []
    for q in quotes:
        if q.kind == "indirect" or not _between_apostrophes(body, view, q):
            out.append(q)
            continue
        q = q._replace(kind="indirect")
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "indirect" and _between_apostrophes(body, view, prev) \
                and prev.speaker_start is not None and prev.speaker_start == q.speaker_start \
                and q.start - prev.end < 120 and "\n" not in body[prev.end:q.start]:
            out[-1] = prev._replace(end=q.end, text=body[prev.start:q.end])
            continue
        out.append(q)
    return out


def _between_apostrophes(body, view, q):
    return q.start > 0 and view[q.start - 1] == '"' and body[q.start - 1] == "'"
