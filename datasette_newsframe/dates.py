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
    "%d %B %Y, %H:%M",
    "%d %b %Y %H:%M",
    "%B %d, %Y %I:%M %p",
    "%B %d, %Y %H:%M",
    "%B %d, %Y",
    "%b %d, %Y %I:%M %p",
    "%b %d, %Y",
    "%b. %d, %Y %I:%M %p",
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
    text = re.sub(r"\bSept\b", "Sep", re.sub(r"\s+", " ", str(raw)).strip())  # strptime knows only "Sep"
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


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_TIME = r"(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?"
# a date inside a longer line: "By Ken Bredemeier December 3, 2021 03:43 PM", "Source: Xinhua| 2021-12-03 22:11:25|"
_DATE_IN_LINE = re.compile(
    rf"\b(?:\d{{4}}-\d{{2}}-\d{{2}}(?:[ T]\d{{2}}:\d{{2}}(?::\d{{2}})?)?|"
    rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?"
    rf"(?:\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|{_MONTH}\s+\d{{1,2}},\s+\d{{4}}){_TIME}|"
    rf"\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}(?:\s+\d{{2}}:\d{{2}})?)", re.I)


def find_date(line):
    """The date of a date line that also carries other words (a byline, an agency, an editor), as
    ISO 8601, or None. Only for lines known to hold a date, such as a reprint's date line."""
    found = parse_date(line)
    if found or line is None:
        return found
    for m in _DATE_IN_LINE.finditer(str(line)):
        found = parse_date(m.group())
        if found:
            return found
    return None


def _iso(value, has_time):
    if not has_time:
        return value.date().isoformat()
    spec = "seconds" if value.second or value.microsecond else "minutes"
    return value.isoformat(timespec=spec)
