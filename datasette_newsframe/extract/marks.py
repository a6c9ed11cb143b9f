"""The double quotation marks the rules pair (quotes.py), and that tell an article which writes
its quotations between two apostrophes from one that does not (apostrophes.py)."""
import re

OPEN_MARKS = "\u201c\u201e\u00ab"
CLOSE_MARKS = "\u201d\u00bb"
STRAIGHT = '"'
DOUBLE = OPEN_MARKS + CLOSE_MARKS + STRAIGHT
DOUBLE_MARK = re.compile("[" + re.escape("".join(sorted(DOUBLE))) + "]")


def count_double(body):
    """How many double quotation marks ``body`` has, of any kind."""
    return sum(body.count(mark) for mark in DOUBLE)
