"""Quotations between single curly marks (‘...’), as British and Irish outlets write them (the BBC,
The Guardian, The Times, The Independent; ‘We will respond,’ he said), with double marks for a
quotation inside one.

The quotation rules pair double marks. For an article that writes its quotations with single
marks they read a *view* of the body in which the roles are swapped: each single mark that
opens or closes a quotation becomes a double one, each double mark a single one (a quotation
inside a quotation is no quotation of its own, as in US style), and apostrophes stay. Every
character keeps its offset, so records are cut from the body as written (apostrophes.as_written).

Which ’ closes a quotation: the first after its ‘ in the paragraph that no letter follows (not
don’t, it’s) and that is not a plural possessive inside the quotation (‘the voters’ choice’: a
’ after an s and before a word in lower case, when a later ’ in the paragraph could close
it). A quotation left open at a paragraph's end runs on, news style, as
with double marks.
"""
import re

from .marks import count_double

OPEN = "\u2018"
CLOSE = "\u2019"
_SWAP = {"\u201c": OPEN, "\u201d": CLOSE, '"': CLOSE}
# a ‘ opens a quotation at a word's start: after a space, a line break, a bracket or a dash
_OPENER = re.compile(r"(?:(?<=[\s(\[\u2014\u2013-])|^)\u2018(?=\S)", re.M)
_CLOSER = re.compile(r"\u2019(?![A-Za-z\u00c0-\u024f])")
_POSSESSIVE = re.compile(r"(?<=s)\u2019 (?=[a-z])")


def writes_quotes_so(body):
    """Whether an article marks its quotations with single curly marks: at least two ‘ open
    a quotation, and more do than there are double marks."""
    if body.count(OPEN) < 2:
        return False  # most articles: no need to look further
    opens = len(_OPENER.findall(body))
    return opens >= 2 and opens > count_double(body)


def as_double_marks(body):
    """The body with single and double quotation marks swapped (see the module docstring), or the
    body itself when it does not write quotations with single marks."""
    if not writes_quotes_so(body):
        return body
    chars = list(body)
    for i, ch in enumerate(body):
        if ch in _SWAP:
            chars[i] = _SWAP[ch]
    pos = 0
    while True:
        opener = _OPENER.search(body, pos)
        if opener is None:
            break
        line_end = body.find("\n", opener.end())
        line_end = len(body) if line_end < 0 else line_end  # a paragraph is a line
        chars[opener.start()] = "\u201c"
        close = _closer(body, opener.end(), line_end)
        if close is None:
            pos = line_end  # open to the paragraph's end: it runs on
        else:
            chars[close] = "\u201d"
            pos = close + 1
    return "".join(chars)


def _closer(body, start, end):
    """Offset of the ’ that closes a quotation opened before ``start``, or None."""
    candidates = [m.start() for m in _CLOSER.finditer(body, start, end)]
    for k, at in enumerate(candidates):
        if _POSSESSIVE.match(body, at) and k < len(candidates) - 1:
            continue  # "the voters’ choice": a later mark closes
        return at
    return None

