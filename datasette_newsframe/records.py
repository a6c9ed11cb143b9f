"""Records passed between the stages: read -> extract -> store.

Small immutable records; every span is a pair of character offsets into
``Article.body`` so that ``body[start:end]`` is always the text it names. Mentions and
quotes are named tuples: an article has dozens of them, and with ``--workers`` they
cross between processes, where they unpickle about twice as fast as dataclass instances.
"""
from dataclasses import dataclass, field
from typing import NamedTuple, Optional, Tuple


@dataclass(frozen=True)
class Article:
    """One article as a reader found it, before any extraction."""

    external_id: str  # the input's own id, or the file path relative to what was loaded
    body: str
    title: Optional[str] = None
    source: Optional[str] = None  # the outlet that wrote it ("Iran Press TV")
    published: Optional[str] = None  # ISO 8601, or None when unknown
    published_raw: Optional[str] = None  # the date as written in the input
    url: Optional[str] = None
    author: Optional[str] = None
    publisher: Optional[str] = None  # who reprinted it ("GlobalSecurity.org"), if not the source
    section: Optional[str] = None
    format: str = "text"
    path: Optional[str] = None  # file the article came from
    line: Optional[int] = None  # line in that file (JSON Lines), 1-based


class Mention(NamedTuple):
    """A span of the body that names or refers to an actor."""

    start: int
    end: int
    text: str
    name: str  # canonical name of the actor within the article ("Antony Blinken")
    kind: str  # person, organization, country, place, group, other
    role: Optional[str] = None  # title the article gives ("US Secretary of State")
    via: Optional[str] = None  # surface form that stands for the actor ("Moscow" -> Russia)
    is_name: bool = True  # False for "she", "the secretary": a mention, but not an alias


class Quote(NamedTuple):
    """A quotation or reported statement, with its speaker as written."""

    start: int
    end: int
    text: str
    kind: str  # direct, partial, indirect, scare
    speaker_mention: Optional[str] = None
    speaker_start: Optional[int] = None
    speaker_end: Optional[int] = None
    speaker_name: Optional[str] = None  # canonical actor name the mention resolves to
    speaker_kind: Optional[str] = None
    cue: Optional[str] = None  # reporting verb as written ("claimed", "according to")
    cue_lemma: Optional[str] = None
    cue_start: Optional[int] = None
    cue_end: Optional[int] = None
    attributed_by: Optional[str] = None  # "rules" (words around the quote) or "ranker" (the speaker model)


@dataclass(frozen=True)
class Extraction:
    """Everything extraction found in one article."""

    quotes: Tuple[Quote, ...] = field(default_factory=tuple)
    mentions: Tuple[Mention, ...] = field(default_factory=tuple)


class ReadError(Exception):
    """Input that cannot become an article; names the file and, where known, the line."""

    def __init__(self, path, message, line=None):
        self.path = str(path)
        self.line = line
        self.message = message
        where = self.path if line is None else f"{self.path}:{line}"
        super().__init__(f"{where}: {message}")
