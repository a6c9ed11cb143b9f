"""GlobalSecurity.org reprints, saved as text.

Layout, one item per non-empty line: site banner ("UNITED24 - ..."), site section,
outlet, headline, outlet again, date line, body paragraphs, site footer
("Join the GlobalSecurity.org mailing list"). Banner and footer are the site's,
not the article's; the body is kept as an exact slice of the file.
"""
import re

from ..dates import find_date
from ..records import Article, ReadError

PUBLISHER = "GlobalSecurity.org"
FOOTER = re.compile(r"^\s*Join the GlobalSecurity\.org mailing list", re.M)
BANNER = re.compile(r"^(UNITED24\b|.*\bdonation\b)", re.I)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# How far into the file the outlet/headline/outlet/date block may start.
HEADER_LINES = 12


def _lines(text):
    """Non-empty lines with their start and end offsets."""
    for m in re.finditer(r"[^\r\n]+", text):
        if m.group().strip():
            yield m.start(), m.end(), m.group().strip()


def parse_header(text):
    """Find the outlet/headline/outlet/date block; None when the text has another layout.

    The date line may carry more than the date ("By Ken Bredemeier December 3, 2021 03:43 PM");
    a short line with a year that no format reads is still the date line (kept as written,
    published unknown), so it never becomes the body's first paragraph.
    """
    lines = list(_lines(text[:8000]))[:HEADER_LINES]
    for i in range(len(lines) - 3):
        outlet, title, again, date = (lines[i + k][2] for k in range(4))
        if outlet != again or outlet == title:
            continue
        published = find_date(date)
        if published is None and not (len(date) <= 80 and YEAR.search(date)):
            continue
        before = [ln[2] for ln in lines[:i] if not BANNER.match(ln[2])]
        return {
            "section": before[-1] if before else None,
            "source": outlet,
            "title": title,
            "published_raw": date,
            "published": published,
            "body_from": lines[i + 3][1],
        }
    return None


def looks_like(text):
    return parse_header(text) is not None and bool(FOOTER.search(text) or BANNER.match(text.lstrip()))


def read(path, external_id, text):
    header = parse_header(text)
    if header is None:
        raise ReadError(path, "not in GlobalSecurity.org layout: expected outlet, headline, "
                              "outlet again and a date line near the top")
    footer = FOOTER.search(text, header["body_from"])
    end = footer.start() if footer else len(text)
    start = header["body_from"]
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        raise ReadError(path, "GlobalSecurity.org article has no body after the date line")
    return Article(
        external_id=external_id, body=text[start:end], title=header["title"],
        source=header["source"], published=header["published"],
        published_raw=header["published_raw"], publisher=PUBLISHER,
        section=header["section"], format="globalsecurity", path=str(path),
    )
