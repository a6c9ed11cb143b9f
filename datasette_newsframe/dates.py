"""Publication dates as written by outlets -> ISO 8601."""
import re
from datetime import datetime

# Tried in order; the first that parses wins. Day-first for numeric dates, as
# most outlets outside the US write them ("03/12/2021" is 3 December).
_FORMATS = [
    "%A, %d %B %Y %I:%M %p",  # Friday, 03 December 2021 10:18 PM (GlobalSecurity.org)
    "%A, %d %B %Y %H:%M",
    "%A, %d %B %Y",
    "%A, %B %d, %Y",
    "%d %B %Y %H:%M",
    "%d %B %Y",
    "%d %b %Y",
    "%B %d, %Y %I:%M %p",
    "%B %d, %Y",
    "%b %d, %Y",
    "%b. %d, %Y",
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y",
    "%d.%m.%Y",
    "%Y/%m/%d",
    "%Y%m%d",
]


def parse_date(raw):
    """Return ``raw`` as an ISO 8601 string, or None when it is not a date we can read.

    Dates without a time stay dates ("2016-09-12"); times keep minutes
    ("2021-12-03T22:18") and seconds only when the input has them.
    """
    if raw is None:
        return None
    text = re.sub(r"\s+", " ", str(raw)).strip()
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
        has_time = "T" in text or " " in text
        return _iso(value, has_time)
    except ValueError:
        pass
    for fmt in _FORMATS:
        try:
            value = datetime.strptime(text, fmt)
        except ValueError:
            continue
        return _iso(value, "%H" in fmt or "%I" in fmt)
    return None


def _iso(value, has_time):
    if not has_time:
        return value.date().isoformat()
    spec = "seconds" if value.second or value.microsecond else "minutes"
    return value.isoformat(timespec=spec)
