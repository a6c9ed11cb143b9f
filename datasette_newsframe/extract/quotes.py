"""Quotations and reported speech, with their speakers, cues and kinds.

Pure function of the text: ``find_quotes(body, mentions)`` returns Quote records
with offsets into ``body``. No model: quote marks are paired per paragraph, and
attributions are read from the few words around each quote, the way news is
written ("...," Blinken said / Lavrov said: "..." / according to X, ...).
"""
import re

from ..records import Quote
from . import apostrophes, ranker, single_quotes
from .entities import ARTICLE_PREFIX, DATELINE, opens_nickname
from .gazetteer import PRONOUNS
from .lexicon import FORMS, lemma_of
from .marks import CLOSE_MARKS, DOUBLE, DOUBLE_MARK, OPEN_MARKS
from .speakers import (ADVERB_TAIL, CAP, DAYS, DETERMINERS, GROUP_NOUNS, OPENING_WORDS, ROLE_WORDS, STOP_WORDS,
                       SUBJECT_HEADS, SUBORDINATING, Resolver, WRITTEN_NOUNS, np_after, np_before, sentence_subject)


# Lexicon forms that do not introduce speech on their own (evaluation, perception, too common);
# CUE below is every other form of the lexicon, longest first so "pointed out" wins.
_NOT_SPEECH = {"show", "showed", "shown", "shows", "find", "found", "finds", "prove", "proved", "proven",
               "demonstrate", "demonstrated", "demonstrates", "demonstrating", "post", "posted", "posts",
               "posting", "order", "ordered", "orders", "ordering", "command", "commanded", "commands",
               "continue", "continues", "continued", "continuing", "speaking", "spoke", "speak", "speaks",
               "spoken", "so-called", "report", "reports", "reporting", "attack", "attacks", "attacking",
               "charge", "charges", "charging", "quote", "quotes", "quoting", "cite", "cites", "citing",
               "find", "finding", "answer", "answers", "answering", "describe", "describes", "describing",
               "estimate", "estimates", "estimating", "rail", "rails", "railing", "dismiss", "dismisses",
               "dismissing", "agree", "agrees", "agreeing", "mention", "mentions", "mentioning",
               "observe", "observes", "observing", "believe", "believes", "believing", "think",
               "thinks", "thinking", "thought", "blame", "blames", "blaming", "mock", "mocks",
               "mocking", "appeal", "appeals", "appealing", "post", "conclude", "concludes",
               "concluding", "recall", "recalls", "recalling", "predict", "predicts", "predicting",
               "promise", "promises", "promising", "vow", "vows", "vowing", "pledge", "pledges",
               "pledging", "demand", "demands", "demanding", "order", "state", "states", "respond", "responds",
               "responded", "responding", "answer", "answered", "written", "react", "reacts", "reacted",
               "reacting", "riff", "riffs", "riffed", "riffing", "retaliate", "retaliates", "retaliated",
               "retaliating", "press", "presses", "pressed", "pressing"}
CUE_FORMS = sorted((f for f in FORMS if f not in _NOT_SPEECH and not f.startswith(("what ", "according", "so-", "in "))
                    and not FORMS[f].startswith(("what ", "so-", "according", "in "))), key=len, reverse=True)
CUE = r"(?:" + "|".join(re.escape(f) for f in CUE_FORMS) + r")"
CUE_RE = re.compile(rf"(?<![\w\-]){CUE}(?![\w\-])", re.I)
# Verbs that take a reported clause ("said the expansion ... was a red line").
CLAUSE_CUES = re.compile(
    r"(?<![\w\-])(said|says|say|told|tells|(?<!\bto )tell|added|adds|stated|claimed|claims|argued|argues|insisted|insists|"
    r"warned|warns|noted|notes|announced|announces|acknowledged|acknowledges|admitted|admits|explained|"
    r"explains|suggested|suggests|alleged|alleges|asserted|asserts|contended|contends|maintained|"
    r"maintains|predicted|predicts|promised|promises|reported|reports|vowed|vows|wrote|writes|"
    r"tweeted|tweets|believes|believed|thinks|thought|confirmed|confirms|denied|denies|stressed|"
    r"stresses|emphasized|emphasised|emphasizes|conceded|concedes|revealed|reveals|replied|replies|"
    r"responded|responds|declared|declares|indicated|indicates|recalled|recalls|complained|complains|"
    r"boasted|boasts|pointed out|points out|accused|accuses|urged|urges|testified|testifies|"
    r"acknowledged|conceded|hinted|hints|charged|charges|countered|counters|signaled|signalled|accuse|"
    r"(?:been )?harping on about|harped on about|harps on about|"
    r"(?:(?<=\bis )|(?<=\bare )|(?<=\bwas )|(?<=\bwere )|(?<=\bbeen )|(?<=['\u2019]s )|(?<=['\u2019]re ))"
    r"(?:saying|telling|arguing|claiming|warning|insisting|suggesting|predicting))"
    r"(?![\w\-])"
)
DISTANCE = re.compile(r"(?<![\w\-])(so-called|what (?:they|he|she|it|critics|some) (?:call|calls|called|"
                      r"described as|describe as|claim)|dubbed|branded|billed as|labeled|labelled)"
                      r"[\s,]*$", re.I)
ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Del|Gov|Gen|Lt|Col|Sgt|Capt|St|Jr|Sr|No|Inc|Co|Corp|vs|"
                    r"Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Prof|Rev|Ft|Mt|approx|etc)|\b[A-Z]|"
                    r"\b(?:[A-Z]\.)+[A-Z])\.$")


def paragraphs(body):
    """(start, end) of each non-blank line: news paragraphs are one line each here."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", body) if m.group().strip()]


def _is_open(body, i, start):
    """Whether a straight double quote at ``i`` opens a quotation (by what stands beside it)."""
    before = body[i - 1] if i > start else " "
    after = body[i + 1] if i + 1 < len(body) else " "
    if before.isspace() or before in "([{\u2014\u2013-/:" or i == start:
        return not after.isspace()
    if after.isspace() or after in ".,;:!?)]}\u2014\u2013-":
        return False
    return not before.isalnum()


def pair_marks(body, start, end):
    """Quoted spans in one paragraph: [(open_mark, close_mark or None)].

    Curly marks say which way they face; straight marks are read from their
    neighbours. An unclosed quote runs to the paragraph end (news style for a
    quote that goes on in the next paragraph); a stray closing mark is ignored,
    so one odd mark never costs the rest of the article.
    """
    spans = []
    opened = None
    for mark in DOUBLE_MARK.finditer(body, start, end):  # the marks only, not every character
        i = mark.start()
        c = body[i]
        if c in OPEN_MARKS:
            # a wrong-way mark that plainly closes: 'for her here,“ said Jim Clyburn'
            is_open = not (opened is not None and i > start and not body[i - 1].isspace()
                           and (i + 1 >= end or body[i + 1].isspace() or body[i + 1] in ".,;:!?"))
        elif c in CLOSE_MARKS:
            is_open = False
        else:
            # inside a quotation a straight mark closes it, unless it plainly opens a new one
            is_open = _is_open(body, i, start) if opened is None else (
                i + 1 < end and body[i - 1].isspace() and not body[i + 1].isspace()
                and body[i + 1] not in ".,;:!?")
        if is_open:
            if opened is not None:
                spans.append((opened, None, i))  # previous quote never closed
            opened = i
        elif opened is not None:
            spans.append((opened, i, i))
            opened = None
    if opened is not None:
        spans.append((opened, None, end))
    return spans


# an end mark, closing marks and space, then what opens a sentence (also '' in PolNeAR's NYT texts)
# a sentence ends before a capital, a digit or a name with its Arabic article ("... useful. al-Assad said")
_SENTENCE_BREAK = re.compile(r"[.!?]+(?:[\"'\u201d\u2019)\]]*\s+|[\"\u201d](?=[\u201cA-Z]))"
                             rf"(?=(?:''|[\"\u201c\u2018'(\[])?(?:{ARTICLE_PREFIX})?[A-Z0-9])")


def sentence_bounds(body, start, end, quoted):
    """Sentence (start, end) pairs in [start, end), never splitting inside a quotation."""
    inside = [(a, b) for a, b in quoted]
    bounds = []
    s = start
    for m in _SENTENCE_BREAK.finditer(body[start:end]):
        cut = start + m.end()
        stop = start + m.start()
        gap = cut - 1  # the space after the sentence, after any closing quote mark
        if any(a <= gap < b for a, b in inside):
            continue
        if re.match(r"[!?]+[\"\u201d]", m.group()) and _ATTRIBUTION_NEXT.match(body, cut):
            continue  # '"Why are you still endorsing him?" Obama asked.' is one sentence
        if ABBREV.search(body[max(s, stop - 12):stop + 1]):
            continue
        bounds.append((s, cut))
        s = cut
    if s < end:
        bounds.append((s, end))
    return bounds


def _attribution_next():
    # '"...!" Murphy, the head of Right to Rise USA, tweeted': an appositive may stand before the verb
    return re.compile(rf"(?:[\w.'\u2019\-]+,?\s+){{1,10}}?{AFTER_CUE}(?![\w\-])|(?:{AFTER_CUE})\s+[A-Z]", re.I)


def sentence_around(body, start, end):
    """The sentence(s) of ``body`` that hold [start, end): the evidence behind a quote or mention."""
    start, end = max(0, min(start, len(body))), max(0, min(end, len(body)))
    p_start = body.rfind("\n", 0, start) + 1
    p_end = body.find("\n", end)
    p_end = len(body) if p_end < 0 else p_end
    if end > p_end:  # the span crosses paragraphs: give the paragraphs
        return body[p_start:p_end]
    marks = pair_marks(body, p_start, p_end)
    quoted = [(o, (c + 1) if c is not None else stop) for o, c, stop in marks]
    bounds = sentence_bounds(body, p_start, p_end, quoted)
    first = next((s for s, e in bounds if s <= start < e), p_start)
    last = next((e for s, e in bounds if s < max(end, start + 1) <= e), p_end)
    return body[first:last].strip()


def _trim(body, s, e):
    """Trim white space and a trailing comma from a quoted span."""
    while s < e and body[s].isspace():
        s += 1
    while e > s and (body[e - 1].isspace() or body[e - 1] == ","):
        e -= 1
    return s, e


def _words(text):
    return len(re.findall(r"[\w'\u2019\-]+", text))


# Words that announce a title: 'Trump's new book, "Crippled America: How to Make America Great Again,"'
TITLE_CUE = re.compile(r"\b(?:book|books|movie|film|show|series|song|album|novel|memoir|column|op-ed|essay|article|"
                       r"documentary|play|musical|program|programme|podcast|headline|titled|entitled|called|named|"
                       r"(?:episode|edition|broadcast|taping|airing)\s+of)"  # 'Tuesday's episode of "The ... Show"'
                       r"[,:]?\s*[\"\u201c]?$|[\u201d\"]\s+and\s+[\"\u201c]$", re.I)


def _looks_like_title(text, announced=False):
    """Quoted names of shows, books, films: every main word capitalised, no clause. A title the
    sentence announces ('the movie, "Sharknado 3: Oh Hell No!"') may end in ! or ?."""
    words = re.findall(r"[\w'\u2019\-]+", text)
    if not words or len(words) > 12 or (text.rstrip(",.").endswith(("?", "!")) and not announced):
        return False
    small = {"a", "an", "the", "of", "in", "on", "and", "or", "to", "for", "at", "with", "is", "vs"}
    return all(w[0].isupper() or w.lower() in small or w[0].isdigit() for w in words) \
        and (words[0][0].isupper() or words[0][0].isdigit()) and len(words) > 1


def find_quotes(body, mentions, apostrophe_quotes=False):
    """All quotations in ``body``: direct, partial, scare and indirect. Statements between ''
    (see apostrophes.py) are reported speech, or quotations with ``apostrophe_quotes``."""
    view = reading_view(body, apostrophe_quotes)
    quotes, resolver, paras = rule_quotes(view, mentions)
    quotes = [q._replace(attributed_by="rules") if q.speaker_start is not None else q for q in quotes]
    quotes = ranker.fill_speakers(view, quotes, mentions, resolver, [p for p, _ in paras])
    if view is body:
        return quotes
    quotes = [apostrophes.as_written(body, view, q) for q in quotes]
    return quotes if apostrophe_quotes else apostrophes.as_reported(body, view, quotes)


def reading_view(body, apostrophe_quotes=False):
    """The body as the rules read it: '' quotation marks made double marks (apostrophes.py), or
    single quotation marks swapped with double ones (single_quotes.py)."""
    view = single_quotes.as_double_marks(body)
    if view is not body:
        return view
    view = apostrophes.as_double_marks(body)
    if view is not body and not apostrophe_quotes:
        # only the '' around whole statements stand for marks: short quoted words stay part of
        # the reported speech around them ("Mr. Rubio had been ''rocked'' by Mr. Christie")
        statements = set()
        for p_start, p_end in paragraphs(view):
            for o, c, stop in pair_marks(view, p_start, p_end):
                if _opens_statement(view, p_start, o, c if c is not None else stop):
                    statements.update((o - 1, c) if c is not None else (o - 1,))
        view = apostrophes.as_double_marks(body, statements)
    return view


def _opens_statement(body, p_start, o, end):
    """Whether quoted words are a statement of their own (what _direct calls direct) rather than
    words inside a sentence (partial, scare), read from the words before them alone."""
    text = body[o + 1:end].strip()
    before = body[max(p_start, o - 80):o].rstrip()
    if not text or DISTANCE.search(before):
        return False
    upper = text[0].isupper()
    if not (upper or not before or before[-1] in ':,.!?"'):
        return False
    return upper or _words(text) > 5 or not re.search(r"[\w,]$", before)


def rule_quotes(body, mentions):
    """The quotations the rules find, with the resolver and paragraphs they read (the ranker's
    input, also in training/train_speaker_ranker.py)."""
    resolver = Resolver(body, mentions)
    out = []
    last = None  # last attributed quote: (Quote, paragraph index)
    said_last = None  # the last speaker of anything, direct or reported: (Quote, paragraph index)
    paras = paragraphs(body)
    marks_of = [pair_marks(body, p_start, p_end) for p_start, p_end in paras]
    quoted_of = [[(o, (c + 1) if c is not None else stop) for o, c, stop in marks] for marks in marks_of]
    # the body with every quotation masked: reporting words inside a quotation report nothing
    masked = _mask(body, [span for quoted_in in quoted_of for span in quoted_in])
    for p_index, (p_start, p_end) in enumerate(paras):
        marks, quoted = marks_of[p_index], quoted_of[p_index]
        sentences = sentence_bounds(body, p_start, p_end, quoted)
        resolver.add_quoted(quoted)
        para_quotes = []
        for o, c, stop in marks:
            q = _direct(body, masked, o, c, stop, p_start, sentences, resolver)
            if q is not None:
                para_quotes.append(q)
        # quotes with no words of attribution: keep the speaker of the paragraph or the last one
        filled = []
        for i, q in enumerate(para_quotes):
            if q.speaker_start is None and q.kind == "direct":
                donor = next((x for x in reversed(filled) if x.speaker_start is not None), None)
                if donor is None:  # a later quote's speaker, unless it opens where this one stops (quoted inside it)
                    donor = next((x for x in para_quotes[i + 1:] if x.speaker_start is not None
                                  and x.kind == "direct" and x.start - q.end > 2), None)
                at_paragraph_start = not body[p_start:q.start - 1].strip()
                opens_paragraph = body[q.start - 1] in DOUBLE and at_paragraph_start
                if donor is None and opens_paragraph and said_last is not None and said_last[1] == p_index - 1:
                    donor = said_last[0]  # 'Clinton responded, saying the campaign lied. / "I am so sick ..."'
                if donor is None and at_paragraph_start and p_index:
                    # 'Cruz continued:' right before: nearer than the last speaker ('Cruz called them on it:')
                    donor = _colon_intro(body, paras[p_index - 1], resolver)
                if donor is None and last is not None and last[1] >= p_index - 2 and opens_paragraph:
                    donor = last[0]
                if donor is None and q.start - 1 > p_start:
                    donor = _previous_sentence_subject(body, q.start - 1, sentences, resolver)
                if donor is not None:
                    q = _with_speaker(q, donor)
            elif q.speaker_start is None and q.kind == "partial" and filled:
                # '"It's not new," said Rep. Bobby Scott, adding that "we've been ..."': the speaker
                # of an earlier quote in the same sentence
                prev = filled[-1]
                if prev.speaker_start is not None and _sentence_of(sentences, prev.start) == \
                        _sentence_of(sentences, q.start):
                    q = _with_speaker(q, prev)
            filled.append(q)
        filled = [q for q in filled if q.kind != "title"]
        out.extend(filled)
        for q in filled:
            if q.speaker_start is not None and q.kind == "direct":
                last = (q, p_index)
        reported = []
        for s, e in sentences:
            inside = [(a, b) for a, b in quoted if a < e and b > s]
            if not inside:
                reported.extend(_indirect(body, s, e, resolver))
                continue
            # reported speech in a sentence with a quotation ('He says he respects Clinton and calls
            # her "an intelligent woman"', '... called it "careless," but said she should face no
            # charges'): read the sentence with its quotations masked, keep what lies outside them
            for q in _indirect(masked, s, e, resolver):
                q = _outside_quotes(body, q, inside)
                if q is not None:
                    reported.append(q)
        out.extend(reported)
        spoken = [q for q in filled + reported if q.speaker_start is not None]
        if spoken:
            said_last = (max(spoken, key=lambda q: q.start), p_index)
    out.sort(key=lambda q: (q.start, q.end))
    return out, resolver, paras


def _mask(body, quoted):
    """``body`` with each quotation (marks included) turned into one lowercase non-word, so the
    clause rules read around it at the same offsets."""
    chars = list(body)
    for a, b in quoted:
        chars[a:b] = "x" * (b - a)
    return "".join(chars)


def _outside_quotes(body, q, inside):
    """An indirect quote read from a masked sentence, cut before the first quotation it runs
    into; None when too little is left (the quotation was the content: 'said it was "a
    disaster"')."""
    cs, ce = q.start, q.end
    if q.speaker_start is not None and any(a < q.speaker_end and b > q.speaker_start for a, b in inside):
        return None  # '"...," said Dave Majernik': the quotation is no speaker
    if any(b <= q.cue_start and len(body[b:q.cue_start].split()) <= 16
           and not re.search(r"[.;:]|\b(?:but|and|then)\s", body[b:q.cue_start]) for a, b in inside):
        return None  # '"...," Johnson said, looking out at ...': the quotation's own attribution
    for a, b in inside:
        if a < ce and b > cs:
            # the content stops before the quotation only where a new clause takes it ('he would
            # release it, calling them "boring"'); else the quotation is part of the content
            if a <= cs:
                return None
            if _STRONG_BREAK.search(body, cs, a):  # 'said she was too busy: "..."'
                ce = a
                break
            link = _CLAUSE_LINK.search(body, cs, a)
            if link is None:
                return None
            ce = link.start()
            break
    cs, ce = _content(body, cs, ce)
    if ce - cs <= 8 or _words(body[cs:ce]) < 3:
        return None
    mention = body[q.speaker_start:q.speaker_end] if q.speaker_start is not None else None
    return q._replace(start=cs, end=ce, text=body[cs:ce], speaker_mention=mention)


_STRONG_BREAK = re.compile(r"(?:[:;\u2014\u2013]|\s-)\s*$")
# where a second verb phrase starts: ', calling', ' and warned of', ', but said'
_CLAUSE_LINK = re.compile(r"(?:,\s*(?:and\s+|but\s+)?|\s+[\-\u2014\u2013]+\s*|\s+(?:and|but)\s+)(?:also\s+|then\s+)?"
                          r"[a-z]\w+(?:ing|ed|s)\b")


def _previous_sentence_subject(body, open_mark, sentences, resolver):
    """'Clinton touted her record. "We need ..."': a quote that opens a sentence after one that
    names a subject is that subject's. Returns a donor Quote carrying the speaker, or None."""
    sent_s, _ = _sentence_of(sentences, open_mark)
    if body[sent_s:open_mark].strip():
        return None
    earlier = [(s, e) for s, e in sentences if e <= sent_s]
    if not earlier:
        return None
    prev_s, prev_e = earlier[-1]
    np = sentence_subject(body, prev_s, prev_e)
    if not np or body[np[0]:np[1]].split()[0].lower() in DETERMINERS or resolver.in_quote(np[0]):
        return None
    speaker = resolver.resolve(np[0], np[1], np[0])
    if not speaker or speaker[1] not in ("person", "organization"):
        return None
    return Quote(start=open_mark, end=open_mark, text="", kind="direct", speaker_mention=body[np[0]:np[1]],
                 speaker_start=np[0], speaker_end=np[1], speaker_name=speaker[0], speaker_kind=speaker[1])


# a name, a short verb phrase, a colon: "Cruz called them on it:"; also as the last clause ("..., and Breitbart
# News responded:")
_NAME_BEFORE_COLON = r"([A-Z][\w\-.]*(?:\s+[A-Z][\w\-.]*)*)\s+[a-z]+(?:\s+[\w\-'\u2019]+){0,4}\s*:\s*$"
_NAME_THEN_COLON = re.compile(r"(?<![\w\-'\u2019])" + _NAME_BEFORE_COLON)
_AND_NAME_THEN_COLON = re.compile(r"(?:,\s*|\s)(?:and|but)\s+" + _NAME_BEFORE_COLON)
_ISSUED_STATEMENT = re.compile(r"(?<![\w\-])(?:issued|released|put out|sent out|posted)\s+(?:a|an)\s+(?:[\w\-]+\s+)?"
                               rf"(?:{'|'.join(WRITTEN_NOUNS)})\b")


def _colon_intro(body, para, resolver):
    """'The Clinton Foundation describes itself in the following way:' then a quoted paragraph:
    the subject of the introducing sentence speaks. Returns a donor Quote, or None."""
    p_start, p_end = para
    sentences = sentence_bounds(body, p_start, p_end, [])
    sent_s = sentences[-1][0] if sentences else p_start
    if not body[p_start:p_end].rstrip().endswith(":") and not _ISSUED_STATEMENT.search(body, sent_s, p_end):
        return None  # (a paragraph ending "the DNC issued a statement apologizing ..." introduces one too)
    # the subject of the last clause: "The New York Times made these allegations, and Breitbart News responded:"
    last_clause = _AND_NAME_THEN_COLON.search(body, sent_s, p_end)
    np = last_clause.span(1) if last_clause else sentence_subject(body, sent_s, p_end)
    speaker = np and resolver.resolve(np[0], np[1], np[0])
    if not speaker:  # "As Breitbart's Joel Pollak reported after the raid:" names who by the verb
        cue = next(AFTER_CUE_RE.finditer(body, sent_s, p_end), None)
        np = cue and np_before(body, cue.start(), limit=sent_s)
        speaker = np and resolver.resolve(np[0], np[1], np[0])
    if not speaker:  # "..., and Lordy, do we know how tempting that can be!— Cruz called them on it:"
        named = _NAME_THEN_COLON.search(body, max(sent_s, p_end - 80), p_end)
        np = named and named.span(1)
        speaker = np and resolver.resolve(np[0], np[1], np[0])
        speaker = speaker if speaker and speaker[1] in ("person", "organization") else None
    if not speaker:  # "Wait, it gets better:" introduces no one
        return None
    return Quote(start=p_end, end=p_end, text="", kind="direct", speaker_mention=body[np[0]:np[1]],
                 speaker_start=np[0], speaker_end=np[1], speaker_name=speaker[0], speaker_kind=speaker[1],
                 cue=":", cue_lemma=None)


def _with_speaker(q, donor):
    return Quote(start=q.start, end=q.end, text=q.text, kind=q.kind,
                 speaker_mention=donor.speaker_mention, speaker_start=donor.speaker_start,
                 speaker_end=donor.speaker_end, speaker_name=donor.speaker_name,
                 speaker_kind=donor.speaker_kind, cue=donor.cue, cue_lemma=donor.cue_lemma,
                 cue_start=donor.cue_start, cue_end=donor.cue_end)


def _sentence_of(sentences, pos):
    for s, e in sentences:
        if s <= pos < e:
            return s, e
    return sentences[-1] if sentences else (pos, pos)


def _direct(body, masked, o, c, stop, p_start, sentences, resolver):
    """One quoted span -> a direct, partial or scare Quote (or None for titles, nicknames and empties)."""
    s, e = _trim(body, o + 1, c if c is not None else stop)
    if e <= s or opens_nickname(body, o):
        return None
    text = body[s:e]
    n_words = _words(text)
    if n_words == 0:
        return None
    sent_s, sent_e = _sentence_of(sentences, o)
    close_end = (c + 1) if c is not None else stop
    before = body[max(sent_s, o - 400):o]  # the words near the quote decide; keeps searches short
    sent_s = o - len(before)
    after = body[close_end:max(sent_e, close_end)][:400]
    attribution = _attribution_after(body, close_end, after)
    introducer = None  # 'Fallon fired back: "...," he wrote': "he" is the mention, Fallon who it is
    if attribution is None:
        attribution = _attribution_before(body, sent_s, o, before)
    elif before.rstrip().endswith(":") and body[attribution["np_start"]:attribution["np_end"]].lower() in PRONOUNS:
        introducer = _attribution_before(body, sent_s, o, before)
        if introducer is not None and (not body[introducer["np_start"]].isupper() or
                                       body[introducer["np_start"]:introducer["np_end"]].lower() in PRONOUNS):
            introducer = None
    turn = _TRANSCRIPT_TURN.match(text)
    speaker_of_turn = turn and resolver.labelled(turn.group(1))
    if speaker_of_turn:  # '"WALLACE: Governor, ...' in a transcript: the label says who speaks
        attribution = {"np_start": s, "np_end": s + turn.end(1), "cue": ":", "cue_start": s + turn.end(1),
                       "cue_end": s + turn.end(1) + 1}
    distance = DISTANCE.search(before)
    embedded = bool(re.search(r"[\w,]\s*$", before)) and not _cue_match(_EMBED_END, before, len(before) - 60) \
        and not before.strip() == ""
    starts_clause = text[:1].isupper() or text[:1] in "([\u2014-'" or not before.strip() \
        or re.search(r"[:,]\s*$", before)
    announced = bool(TITLE_CUE.search(before[-50:]))
    if _looks_like_title(text, announced) and (announced or attribution is None and n_words <= 6):
        # a title, no quotation, even with a speaker next ('On Tuesday's episode of "The ... Show," the
        # nominee said she wanted to speak "directly to white people"'): kept until its speaker is handed on
        if attribution is None or attribution.get("np_start") is None:
            return None
        return _quote(body, s, e, "title", attribution,
                      resolver.resolve(attribution["np_start"], attribution["np_end"], o))
    if before.endswith("=") or text.startswith(">"):  # markup that survived extraction: '<tweet pic="...">'
        return None
    if _FOLLOW_ME.match(text):
        return None  # an author's byline promotion: '"Follow Pam Key on Twitter @pamkeyNEN."'
    if _READING_LIST_ITEM.search(before, max(0, len(before) - 120)) or _READING_LIST_TITLE.match(after):
        return None  # '"Title," by Times' Ben Sisario: "The Living Room, a ...": a headline and an article's lede
    # a quotation with no closing mark stops at the next one: what follows is no tail of it (a quote inside a
    # blockquote, '"For example ... "They haven't done ...," he quoted one analyst."', has its own speaker)
    in_sentence = _sentence_cue(body, masked, sent_s, o, sent_e if c is not None else stop) \
        if attribution is None else None
    if distance is not None:
        kind = "scare"
        cue, cue_s = distance.group(1), sent_s + distance.start(1)
        attribution = attribution or _subject(body, sent_s, o, resolver, cue, cue_s) or {
            "np_start": None, "np_end": None, "cue": cue, "cue_start": cue_s, "cue_end": cue_s + len(cue)}
    elif n_words <= 3 and attribution is None and not starts_clause:
        kind = "partial" if in_sentence else "scare"
    elif embedded and not starts_clause:
        kind = "partial"
    elif embedded and n_words <= 5 and not text[:1].isupper():
        kind = "partial"
    else:
        kind = "direct"
    if attribution is None and kind != "scare":
        attribution = in_sentence
    if attribution is None and kind != "scare" and n_words >= 4:
        attribution = _subject_speaks(body, sent_s, o, resolver)
    if attribution is not None and o < (attribution.get("np_start") or -1) < close_end and not speaker_of_turn:
        attribution = None  # the words of the quotation itself never name who says it
    speaker = (speaker_of_turn, "person") if speaker_of_turn else None
    if speaker is None and attribution is not None and attribution.get("np_start") is not None:
        speaker = introducer and resolver.resolve(introducer["np_start"], introducer["np_end"], o) \
            or resolver.resolve(attribution["np_start"], attribution["np_end"], o)
    if speaker and kind == "direct":
        resolver.spoke(speaker[0], speaker[1], close_end)
    return _quote(body, s, e, kind, attribution, speaker)


_TRANSCRIPT_TURN = re.compile(r"([A-Z][A-Z'\u2019\-]{2,}):\s")  # "PENCE: Well, look, ..."
_FOLLOW_ME = re.compile(r"Follow\s+[^\n]{1,60}?\s+on\s+(?:Twitter|Facebook|Instagram)\b")
# a newsletter's reading list: '"Title," by Outlet's Author: "excerpt"'
_READING_LIST_ITEM = re.compile(r"[\"\u201d],?\s+by\s+[^\"\u201c\u201d\n]{2,80}:\s*$")
_READING_LIST_TITLE = re.compile(r"\s*,?\s*by\s+[^\"\u201c\u201d\n]{2,80}:\s*[\"\u201c]")


def _quote(body, s, e, kind, attribution, speaker):
    if attribution is None:
        return Quote(start=s, end=e, text=body[s:e], kind=kind)
    cue = attribution.get("cue")
    has_np = attribution.get("np_start") is not None
    return Quote(
        start=s, end=e, text=body[s:e], kind=kind,
        speaker_mention=body[attribution["np_start"]:attribution["np_end"]] if has_np else None,
        speaker_start=attribution["np_start"], speaker_end=attribution["np_end"],
        speaker_name=speaker[0] if speaker else None, speaker_kind=speaker[1] if speaker else None,
        cue=cue, cue_lemma=lemma_of(cue) if cue else None,
        cue_start=attribution.get("cue_start"), cue_end=attribution.get("cue_end"),
    )


# Verbs that report speech only right after a quote ("...," Rubio continued).
AFTER_ONLY = r"(?:continued|continues|went on|concluded|concludes|recalled|recalls|offered|quipped|quips|" \
             r"chimed in|shouted|yelled|exclaimed|cried|chanted|read|reads|reported|reports|posted|" \
             r"described|observed|observes|mused|muses|laughed|predicted|predicts|promised|promises|" \
             r"vowed|vows|demanded|demands|ordered|conceded|explained|wondered|wonders|asserted|" \
             r"wrote|writes|tweeted|tweets|replied|replies|answered|answers|agreed|agrees|" \
             r"recounted|remembered|mentioned|cautioned|complained|complains|boasted|boasts|" \
             r"declared|declares|thundered|added|adds|noted|notes|announced|responded|responds|retorted|" \
             r"countered|counters|snapped|joked|jokes|mocks|insisted|acknowledged|conceded|admitted|sings|sang|pressed)"
AFTER_CUE = rf"(?:{CUE}|{AFTER_ONLY})"
AFTER_CUE_RE = re.compile(rf"(?<![\w\-]){AFTER_CUE}(?![\w\-])", re.I)
_ATTRIBUTION_NEXT = _attribution_next()
AFTER_CUE_NP = re.compile(rf"^\s*[,\u2014\-]?\s*({AFTER_CUE})\s+", re.I)
NP_CUE = re.compile(r"^\s*[,\u2014\-]?\s*", re.I)


# '"...." ― Karen Bobadilla.': a dash and a name closing the line sign the quote (lists of reactions,
# epigraphs), on its line or opening the next ("-President Obama, tweeting after the speech.");
# a comma may add who they are ("― Jorge Falcon, 34, of Phoenix").
# Unicode spaces count as spaces ('\u201d\xa0\u2015 Karen Bobadilla\xa0'), the line break does not.
_SP = r"[^\S\n]"
DASH_SIGNATURE = re.compile(rf"{_SP}*(?:\n\s*(?=[\-\u2015\u2014\u2013]))?([\u2015\u2014\u2013]|(?<=\n)-){_SP}*"
                            rf"([A-Z][\w.'\u2019\-]*(?:{_SP}+(?:[A-Z][\w.'\u2019\-]*|de|la|del|van|von|da|di)){{0,5}})"
                            rf"{_SP}*(?:,[^\n]{{0,80}})?[.]?{_SP}*(?:\n|$)")


def _attribution_after(body, pos, after):
    """'..., Blinken said' / '..., said Blinken' / '..., the secretary said' right after a quote."""
    m = DASH_SIGNATURE.match(body, pos, pos + 160)
    if m:
        return {"np_start": m.start(2), "np_end": m.start(2) + len(m.group(2).rstrip(".")),
                "cue": m.group(1), "cue_start": m.start(1), "cue_end": m.end(1)}
    m = AFTER_CUE_NP.match(after) or (_WEAK_INVERTED.match(after) if body[pos - 2:pos - 1] in ",?!" else None)
    if m and not re.match(r"\s*(?:that|the\s+\w+\s+(?:is|was|were|are))\b", after[m.end():]):
        np = np_after(body, pos + m.end())
        if np:
            return {"np_start": np[0], "np_end": np[1], "cue": m.group(1),
                    "cue_start": pos + m.start(1), "cue_end": pos + m.end(1)}
    m = re.match(r"^\s*[,\u2014\-]?\s*according to\s+", after, re.I)
    if m:
        np = np_after(body, pos + m.end())
        if np:
            return {"np_start": np[0], "np_end": np[1], "cue": "according to",
                    "cue_start": pos + m.start(), "cue_end": pos + m.end()}
    lead = NP_CUE.match(after).end()
    window = after[lead:lead + 140]
    for m in AFTER_CUE_RE.finditer(window):
        # abbreviations ("Sen.", "U.S.", "D-N.Y.") and parentheses do not end the speaker phrase
        head = re.sub(r"\([^)]{0,40}\)|\b(?:[A-Z][a-z]{0,3}\.|(?:[A-Z]\.)+|[A-Z]-(?:[A-Z][a-z]{0,4}\.?)+)", "x",
                      window[:m.start()])  # party and state: "R-Ky.", "D-N.Y.", "D-Calif."
        if re.search(r"[.;:!?\"\u201c\u201d]", head):
            break
        # everything between the quote and the verb names the speaker ("CIA spokesman Ryan Trapani")
        np_s = pos + lead
        np_e = pos + lead + len(window[:m.start()].rstrip(" ,"))
        words = window[:m.start()].split()
        first = words[0] if words else ""
        adverbs = ADVERB_TAIL.search(body[np_s:np_e])
        if adverbs:
            np_e = np_s + adverbs.start()
        if first.lower() in PRONOUNS and len(body[np_s:np_e].split()) > 1 \
                or words and words[-1].lower() in ("when", "who", "that", "which", "where", "while", "if", "because"):
            break  # a clause, not who speaks: '"...," he was echoing Ryan, who used the same words when asked'
        if first.lower() == "that" and "," in window[:m.start()]:
            # '"..." that would respond to requests, counsel Caroline Wolverton wrote': the quote's clause goes
            # on to the last comma, the speaker follows it
            cut = window.rindex(",", 0, m.start()) + 1
            np_s = pos + lead + cut + len(window[cut:m.start()]) - len(window[cut:m.start()].lstrip())
            words = body[np_s:np_e].split()
            first = words[0] if words else ""
        if _FINITE_OUTSIDE_RELATIVE.search(body, np_s, np_e) and not _RELATIVE.search(body, np_s, np_e):
            # a clause of its own: '"...," Hillary Clinton had a good night Tuesday, winning ... to' is no speaker
            break
        described = _DESCRIPTION_THEN_NAME.match(window)  # "nuclear experts David Albright and ... wrote"
        if np_e > np_s and len(words) <= 24 and (first[:1].isupper() or first.lower() in DETERMINERS
                                                  or first in GROUP_NOUNS or first.lower() in PRONOUNS
                                                  or described and described.group(1) in ROLE_WORDS | GROUP_NOUNS
                                                  or (len(words) <= 8 and re.search(r"\b[A-Z][a-z]", window[:m.start()])
                                                      and not any(w.lower() in STOP_WORDS for w in words))):
            return {"np_start": np_s, "np_end": np_e, "cue": m.group(),
                    "cue_start": pos + lead + m.start(), "cue_end": pos + lead + m.end()}
        break
    m = _WEAK_AFTER.match(after) if body[pos - 2:pos - 1] == "," else None
    if m and (m.group(1)[0].isupper() or m.group(1).split()[0].lower() in DETERMINERS):
        # '"...," a voice-over in the ad states.': words that are nouns elsewhere ('"Super Tuesday" March 1
        # states') report only after a quotation that its comma hands on
        return {"np_start": pos + m.start(1), "np_end": pos + m.end(1), "cue": m.group(2),
                "cue_start": pos + m.start(2), "cue_end": pos + m.end(2)}
    return None


# narrower than FINITE: a modal keeps the speaker ('"...?" a reporter can be heard asking Trump')
_FINITE_OUTSIDE_RELATIVE = re.compile(r"(?<![\w\-'])(?:had|has|have|is|was|were|are|will|would)\s")
_RELATIVE = re.compile(r"(?<![\w\-])(?:who|which|that|whose)\s")
_DESCRIPTION_THEN_NAME = re.compile(r"(?:[a-z\-]+\s+){0,2}([a-z\-]+)\s+[A-Z][a-z]")
# '"... Is Obama profiling?" reacted Trump.': the weak verbs inverted, right after a quote's own comma or mark
_WEAK_VERBS = "reacted|riffed|retaliated"
_WEAK_INVERTED = re.compile(rf"\s*({_WEAK_VERBS})\s+(?=[A-Z])")
_WEAK_AFTER = re.compile(rf"\s*([^,.;:!?\"\u201c\u201d\n]{{2,60}}?)\s+(states|state|{_WEAK_VERBS})"
                         r"(?=\s*[.,;]|\s+(?:in|on|at|during|after|to)\b)")


_CUE_BEFORE_QUOTE = re.compile(rf"({CUE})(?:\s+[\w.'\u2019\-]+){{0,6}}?\s*[:,]?\s*(?:that\s+)?$", re.I)
# the verbs that report after a quote, and "states"/"reacted", right before one: 'Another child responded,
# "..."', 'Cruz continued: "..."' (the verbs of CUE are read above)
_REPLY_BEFORE_QUOTE = re.compile(rf"(?<![\w\-])({AFTER_ONLY}|reacted|reacts|states)\s*[:,]\s*$", re.I)
_CUE_AT_END = re.compile(rf"{CUE}\s*$", re.I)
_EMBED_END = re.compile(rf"{CUE}\s*,?\s*$", re.I)


CUE_FIRST_WORDS = frozenset(f.split()[0].lower() for f in CUE_FORMS)
_WORD = re.compile(r"(?<![\w\-'])[\w\-']+")


def _cue_match(pattern, text, start):
    """``pattern`` (which opens with the verb alternation) matched at a word of text[start:] that can
    open a reporting verb, leftmost first. Trying the long alternation only there, instead of
    searching every position, is most of extraction's speed; verbs inside words ("acclaimed") do not count."""
    for w in _WORD.finditer(text, max(0, start)):
        if w.group().lower() in CUE_FIRST_WORDS:
            m = pattern.match(text, w.start())
            if m:
                return m
    return None


def _attribution_before(body, sent_s, o, before):
    """'Lavrov said: "..."' / 'Smith told reporters, "..."' / 'NAME: "...' just before a quote."""
    if len(before) > 400:  # only the words near the quote matter; keeps end-anchored searches short
        sent_s = o - 400
        before = body[sent_s:o]
    near = max(0, len(before) - 160)  # the verb stands within a few words of the quote
    m = _cue_match(_CUE_BEFORE_QUOTE, before, near)
    while m:  # a nearer verb with its own subject: 'a woman asked for a photo and Clinton said, "..."'
        nearer = _cue_match(_CUE_BEFORE_QUOTE, before, m.end(1))
        if not nearer or _noun_use(before, nearer.start(1), nearer.group(1)) \
                or re.search(r"\b(?:that|as|while|when)\b|\b(?:he|she|they)\s*$", before[m.end(1):nearer.start(1)]) \
                or not np_before(body, sent_s + nearer.start(1), limit=sent_s + m.end(1)):
            break  # not "X said he expected that Americans will say", not "Ginsburg's comments"
        m = nearer
    if m and m.group(1).lower() in _NOUNS_TOO and _noun_use(before, m.start(1), m.group(1)):
        m = None  # "Sanders delivered a snappy retort:": the sentence's subject, below
    if m and (re.search(r"[:,]\s*$", before) or _cue_match(_CUE_AT_END, before, near)):
        cue_s = sent_s + m.start(1)
        np = np_before(body, cue_s, limit=sent_s)
        if m.group(1).lower().endswith("ing"):
            np = _participle_subject(body, sent_s, before, m.start(1), np)
        if np:
            return {"np_start": np[0], "np_end": np[1], "cue": m.group(1),
                    "cue_start": cue_s, "cue_end": sent_s + m.end(1)}
    m = _REPLY_BEFORE_QUOTE.search(before, max(0, len(before) - 40))
    if m:  # 'Another child responded, "..."', 'Cruz continued: "..."': verbs that report only next to a quote
        cue_s = sent_s + m.start(1)
        np = np_before(body, cue_s, limit=sent_s)
        if np:
            return {"np_start": np[0], "np_end": np[1], "cue": m.group(1), "cue_start": cue_s,
                    "cue_end": sent_s + m.end(1)}
    m = re.search(r"according to\s+(.+?),\s*$", before, re.I)
    if m:
        np = np_after(body, sent_s + m.start(1))
        if np:
            return {"np_start": np[0], "np_end": np[1], "cue": "according to",
                    "cue_start": sent_s + m.start(), "cue_end": sent_s + m.start(1)}
    m = _DIGEST_CREDIT.search(before, max(0, len(before) - 60))
    if m:  # a newsletter item, "Media shares blame in Iowa poll overhype - HuffPollster: "..."": its author
        return {"np_start": sent_s + m.start(1), "np_end": sent_s + m.end(1), "cue": ":",
                "cue_start": sent_s + m.end(1), "cue_end": sent_s + m.end(1) + 1}
    m = re.search(r"(?:^|[\n])\s*([A-Z][A-Za-z.\-'\u2019 ]{1,40}):\s*$", before)
    if m and len(m.group(1).split()) <= 4:
        verb = _COLON_VERB.search(m.group(1))
        if verb:  # "The statement read:": the speaker is the words before the verb
            return {"np_start": sent_s + m.start(1), "np_end": sent_s + m.start(1) + verb.start(),
                    "cue": verb.group(1), "cue_start": sent_s + m.start(1) + verb.start(1),
                    "cue_end": sent_s + m.start(1) + verb.end(1)}
        return {"np_start": sent_s + m.start(1), "np_end": sent_s + m.end(1), "cue": ":",
                "cue_start": sent_s + m.end(1), "cue_end": sent_s + m.end(1) + 1}
    return None


_DIGEST_CREDIT = re.compile(r"\w\s+[\-\u2013\u2014]\s+([A-Z][\w.\-'\u2019]*(?:\s+[A-Z][\w.\-'\u2019]*){0,3}):\s*$")
# reporting words that are nouns as often ("a snappy retort:", "his claim that")
_NOUNS_TOO = {"retort", "counter", "claim", "claims", "remark", "comment", "comments", "note", "reply", "warning",
              "boast", "tweet"}
_COLON_VERB = re.compile(rf"\s+({AFTER_CUE})$", re.I)


def _subject_speaks(body, sent_s, o, resolver):
    """A quotation in a sentence with no reporting verb is the subject's words ("Sanders credited
    the win to "a closed primary ..."", "He commanded the party to "..."") when the subject that
    opens the sentence is an actor of the article (not "Guns are "..."", "Flying home, she ...")."""
    np = sentence_subject(body, max(sent_s, o - 300), o)
    if np and resolver.resolve(np[0], np[1], o):
        return {"np_start": np[0], "np_end": np[1], "cue": None, "cue_start": None, "cue_end": None}
    return None


def _sentence_cue(body, masked, sent_s, o, sent_e):
    """For a partial quote: the speaker of the sentence it sits in ('X stressed that ... "..."'), read
    with the sentence's other quotations masked ('"... I'll say it again ...," Axelrod tweeted after
    Clinton argued that "..."': Clinton argued, no "I" said)."""
    sent_s = max(sent_s, o - 600)
    sent_e = min(sent_e, o + 600)
    head = masked[sent_s:o]
    cues = list(CUE_RE.finditer(head))
    for i in range(len(cues) - 1, -1, -1):  # nearest verb first: "threatened ... and said that ... "...""
        m = cues[i]
        if _noun_use(head, m.start(), m.group()):
            continue
        if any(_inside_that_clause(head, c, m) for c in cues[:i]):
            continue  # a verb inside another's "that" clause: "X warned that Moscow will respond"
        np = np_before(body, sent_s + m.start(), limit=sent_s)
        agent = _PASSIVE_BY.match(head, m.end()) if _PASSIVE_BEFORE.search(head, 0, m.start()) else None
        if agent:  # "Rubio was asked by moderator Gerard Baker whether ... "...": the moderator asks
            np = np_after(body, sent_s + agent.end()) or np
        if m.group().lower() in INVERTED_CUES and re.search(r",\s*$", head[:m.start()]):
            inverted = np_after(body, sent_s + m.end() + 1)
            if inverted and body[inverted[1]:inverted[1] + 1] == ",":  # "The paradox, says Carl Anthony, is"
                np = inverted
        if m.group().lower().endswith("ing") and _OPENS_PARTICIPLE.fullmatch(head[:m.start()]):
            np = _main_subject(body, masked, sent_s + m.end(), sent_e)
        elif m.group().lower().endswith("ing"):
            np = _participle_subject(body, sent_s, head, m.start(), np)
        elif not np and re.search(r"\band\s+(?:also\s+)?$", head[:m.start()]):
            np = sentence_subject(body, sent_s, sent_s + m.start()) or np  # "X defended it and said ..."
        if np:
            return {"np_start": np[0], "np_end": np[1], "cue": m.group(),
                    "cue_start": sent_s + m.start(), "cue_end": sent_s + m.end()}
    m = INDIRECT_OPENERS.match(head)
    if m:  # 'According to his physician, he had "astonishingly excellent" results'
        np, cue, cue_s = _opener(body, sent_s, m)
        if np:
            return {"np_start": np[0], "np_end": np[1], "cue": cue, "cue_start": cue_s, "cue_end": cue_s + len(cue)}
    speechy = PARTIAL_CUES.search(head) or re.search(r":\s*$", head)
    if speechy:
        # the subject of the nearest such verb ("in what aide Kevin Phillips called "..."", "one lawmaker
        # called Trump "..."'), else the sentence's ("Nixon's use of ... led to what ...")
        verbs = [v for v in PARTIAL_CUES.finditer(head) if v.group().lower() not in _SPEECH_NOUNS
                 and (not v.group().lower().endswith("ing") or _WITH_NAME_END.search(head, 0, v.start()))
                 and not _noun_use(head, v.start(), v.group())]
        np = verbs and np_before(body, sent_s + verbs[-1].start(), limit=sent_s)
        if np and not _speaker_like(body[np[0]:np[1]]):
            np = None  # "... the platform committee meeting began": no one who speaks
        if np:
            speechy = verbs[-1]
        subject = sentence_subject(body, sent_s, o)
        if not np or subject and subject[0] <= np[0] and np[1] <= subject[1]:
            np = subject  # the whole subject: "Clinton campaign chairman John Podesta called"
        if np and np[0] <= sent_s + speechy.start() < np[1] and speechy.group().lower() not in _SPEECH_NOUNS:
            np = None  # the word is the subject ("The promise to "..." appeals to ..."), unlike "The email:"
        if np:
            return {"np_start": np[0], "np_end": np[1], "cue": speechy.group().strip(" :") or ":",
                    "cue_start": sent_s + speechy.start(), "cue_end": sent_s + speechy.end()}
    tail = body[o:sent_e]
    m = _TAIL_CUE.search(tail)
    if m:
        np = np_before(body, o + m.start(2), limit=o + m.start(1))
        if np:
            return {"np_start": np[0], "np_end": np[1], "cue": m.group(2),
                    "cue_start": o + m.start(2), "cue_end": o + m.end(2)}
    m = TAIL_CUE_NP.search(tail)
    if m:  # '... signals "the beginning of the end" for the EU, said Geert Wilders, founder of ...'
        np = np_after(body, o + m.end())
        if np:
            return {"np_start": np[0], "np_end": np[1], "cue": m.group(1),
                    "cue_start": o + m.start(1), "cue_end": o + m.end(1)}
    return None


# "..., with Cruz recently promising to "carpet bomb them"": the name after "with" does the -ing verb
_WITH_NAME_END = re.compile(r"(?<![\w\-])with\s+[A-Z][\w\-'\u2019.]*(?:\s+[A-Z][\w\-'\u2019.]*)*\s+(?:[a-z]+ly\s+)?$")
_OBJECT_OF = re.compile(r"(?<![\w\-])(?:to|in|on|at|for|from|with|by)\s+$")  # not "of": "footage of Clinton asking"
_PASSIVE_BEFORE = re.compile(r"(?<![\w\-])(?:was|were|is|are|been|being|be)\s+(?:[a-z]+ly\s+)?$")
_PASSIVE_BY = re.compile(r"\s+by\s+")
INVERTED_CUES = {"says", "said", "writes", "wrote", "notes", "noted", "argues", "argued", "adds", "added",
                 "explains", "explained"}
_CUE_COMMA_END = re.compile(rf"(?<![\w\-])({CUE})(?:\s+[^,\"\u201c\u201d]{{1,40}})?\s*,\s*$", re.I)
# A reporting word used as a noun: "Trump's remarks", "his claims", "a rare note of ...".
_POSSESSED = re.compile(r"(?:['\u2019]s?|(?<![\w\-])(?:his|her|their|its|my|our|your))\s+$", re.I)
_INDEFINITE = re.compile(r"(?<![\w\-])(?:a|an)\s+(?:[\w\-]+\s+){0,2}$", re.I)


def _inside_that_clause(head, earlier, cue):
    """Whether ``cue`` stands inside the "that" clause of the ``earlier`` verb of the sentence ``head``:
    not when the clause has ended ("Rubio suggested that ..., while Cruz said", "After Trump argued
    that ..., Rubio said")."""
    that = re.search(r"\bthat\b", head[earlier.end():cue.start()])
    if not that:
        return False
    rest = head[earlier.end() + that.end():cue.start()]
    if re.search(r";|,\s*(?:while|but|whereas|although|though)\s", rest):
        return False
    return not ("," in rest and _OPENS_SUBORDINATE.match(head[:earlier.start()]))


def _speaker_like(phrase):
    """Whether a phrase before a verb can be who speaks: a name, a pronoun, "who", or a noun for people
    or institutions ("one lawmaker", "many commentators", "the campaign"), not "the meeting began"."""
    words = phrase.split()
    last = words[-1].strip(".,'\u2019").lower() if words else ""
    return bool(words) and (words[-1][0].isupper() or last in PRONOUNS or last in ("who", "which")
                            or last in SUBJECT_HEADS or last + "s" in SUBJECT_HEADS or last in ROLE_WORDS)


def _noun_use(text, start, word):
    """Whether the reporting word ``word`` at ``start`` of ``text`` is a noun there."""
    head = text[max(0, start - 40):start]
    # "a spokesman notes" is a verb after "a"; "a rare note" (no -s, -ed, -ing) is not
    return bool(_POSSESSED.search(head) or (not re.search(r"(?:s|ed|ing)$", word, re.I)
                                            and _INDEFINITE.search(head)))


# a participle opening the sentence after a subordinator: 'After saying her foot was "so swollen ...," she was
# "whisked ..."' is said by the main clause's subject
_OPENS_PARTICIPLE = re.compile(rf"\s*(?:(?:But|And)\s+)?(?:{SUBORDINATING}|When|By|Without)\s+")
_MAIN_SUBJECT = re.compile(rf",[\"\u201d]?\s+((?:he|she|they|we|I)\b|{CAP}(?:\s+{CAP}){{0,3}})(?=\s+[a-z])")


def _main_subject(body, masked, pos, sent_e):
    """The subject after the comma that ends a subordinate clause running from ``pos``, outside quotations
    (a comma may close one: '..., on," she was')."""
    for m in _MAIN_SUBJECT.finditer(body, pos, sent_e):
        if masked[m.start(1)] != "x" and (masked[m.start()] == "," or body[m.start() + 1] in CLOSE_MARKS + '"'):
            return m.start(1), m.end(1)
        if masked[m.start()] == ",":
            return None  # the clause ended with no subject after it
    return None


def _participle_subject(body, sent_s, head, at, np):
    """Who does a participle at ``at`` of ``head`` (the sentence so far; ``np`` is the phrase right
    before it): a name right before it ('footage of Hillary Clinton asking, "..."'), the speaker of a
    verb just before it ('..., Lewandowski added, saying it should be "..."'), else the sentence's
    subject ('His office put out a statement saying ...'), not the nearest noun ('... the polls saying')."""
    if np and not re.search(r",\s*$", head[:at]) and body[np[0]].isupper() \
            and body[np[0]:np[1]].split()[0].lower() not in DETERMINERS and body[np[0]:np[1]] not in DAYS \
            and not _OBJECT_OF.search(body, max(0, np[0] - 8), np[0]):
        return np  # (not "a statement Wednesday saying": a day names no one; nor "a statement to Wired explaining")
    if np and re.search(r"(?<![\w\-])with\s+(?:[\w\-'\u2019]+\s+){0,2}$", body[max(0, np[0] - 30):np[0]]):
        return np  # "..., with one of her ads asking, "..."": the ad asks
    prior = _CUE_COMMA_END.search(head, 0, at)
    if prior and not _noun_use(head, prior.start(1), prior.group(1)):
        np = np_before(body, sent_s + prior.start(1), limit=sent_s)
        if np:
            return np
    return sentence_subject(body, sent_s, sent_s + at) or np


def _subject(body, sent_s, o, resolver, cue, cue_s):
    """Who a scare quote is put on: the subject of the sentence, where one is named."""
    cues = list(CUE_RE.finditer(body[sent_s:o]))
    anchor = sent_s + cues[0].start() if cues else None
    if anchor is None:
        return None
    np = np_before(body, anchor, limit=sent_s)
    if not np:
        return None
    return {"np_start": np[0], "np_end": np[1], "cue": cue, "cue_start": cue_s, "cue_end": cue_s + len(cue)}


# what someone put out that a quote in the sentence comes from ("in a statement", "in an email")
_SPEECH_NOUNS = ("message", "statement", "interview", "remarks", "speech", "email", "letter", "tweet", "op-ed")
# Words in a sentence that make a quote in it reported speech of the sentence's subject.
PARTIAL_CUES = re.compile(rf"(?<![\w\-])(?:{CUE}|call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|dubb(?:ed|ing)|"
                          r"label(?:s|ed|led|ing)?|brand(?:s|ed|ing)?|vow(?:s|ed|ing)?|promis(?:e|es|ed|ing)|"
                          r"pledg(?:e|es|ed|ing)|predict(?:s|ed|ing)?|continu(?:e|es|ed|ing)|repeat(?:s|ed|ing)?|"
                          r"tweet(?:s|ed|ing)?|post(?:s|ed|ing)|wr(?:ite|ites|ote|iting)|quot(?:e|es|ed|ing)|"
                          r"cit(?:e|es|ed|ing)|chant(?:s|ed|ing)?|shout(?:s|ed|ing)?|read(?:s|ing)?|"
                          r"welcom(?:e|es|ed|ing)|voic(?:e|es|ed|ing)|referr(?:ed|ing)|refers?|tout(?:s|ed|ing)?|relat(?:e|es|ed|ing)|hits?|"
                          r"f(?:ound|inds?)(?=\s+(?:[\w\-]+\s+){0,3}?that\s)|"  # "X found in 2014 that ... "the best""
                          rf"{'|'.join(map(re.escape, _SPEECH_NOUNS))})(?![\w\-])", re.I)


# "According to X, ...", "In the words of X, ...", "In her words, ...": the speaker is X or the pronoun
INDIRECT_OPENERS = re.compile(r"^\s*(?:(?:In addition|Meanwhile|However|Now|But|And|Still|Yet|Also|Indeed),?\s+)?"
                              r"(?P<cue>(?:according to|in the words of)\s+(?P<source>[^,]{2,130})|"
                              r"in\s+(?P<pronoun>his|her|their|its)\s+(?:own\s+)?words),\s*", re.I)


def _opener(body, base, m):
    """(speaker phrase span or None, cue, cue start) of an INDIRECT_OPENERS match at ``base``."""
    cue_s = base + m.start("cue")  # after any "But," lead-in
    if m.group("pronoun"):  # "In her words,": the pronoun is the speaker, the words before and after it the cue
        return (base + m.start("pronoun"), base + m.end("pronoun")), body[cue_s:base + m.end()].rstrip(" ,"), cue_s
    written = body[cue_s:base + m.start("source")].strip()
    cue = "according to" if written.lower() == "according to" else written  # as the lexicon spells it
    return _source_after(body, base + m.start("source"), base + m.end("source")), cue, cue_s


def _source_after(body, s, e):
    """Who 'according to' names in body[s:e]: the speaker phrase where there is one, else the
    whole phrase ('according to media buying sources', '... to complete but unofficial returns')."""
    np = np_after(body, s)
    if np:
        return np[0], min(np[1], e)
    e = s + len(body[s:e].rstrip(" ,."))
    return (s, e) if 0 < len(body[s:e].split()) <= 14 else None


TAIL_VERBS = r"(?:said|says|say|added|adds|argued|argues|warned|warns|noted|notes|claimed|claims|wrote|writes|" \
             r"explained|explains|insisted|insists|stated|contended|contends|maintained|maintains|" \
             r"asserted|asserts|believes|believe|thinks|think|suggested|suggests|predicted|predicts|" \
             r"told (?:The |the )?[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,3}|tells (?:The |the )?[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,3}|" \
             r"told \w+|tells \w+|reported|reports|acknowledged|conceded|allowed|recalled|observed|announced|" \
             r"announces|confirmed|confirms|revealed|tweeted|countered|replied|Says|Said|Warns|Claims|" \
             r"Tells(?: [A-Z][\w.\-]*){1,3})"
# "..., X said." / "..., said X, a spokesman."
# ("added to" is no speech: "..., followed by attempts to insulate Melania only added to the picture")
TAIL_NP_CUE = re.compile(rf",\s*((?:[\w.'\u2019\-]+\s+){{1,8}}?)(?:also\s+|later\s+|has\s+|have\s+)?({TAIL_VERBS})"
                         r"(?:\s+(?:on|in|at|during|last|this|earlier|later|after|before|(?<!added )to|of|about|when|while|"
                         r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|recently|yesterday|today)\b"
                         r"[^,.;:]{0,90})?\s*[.]?\s*$")
FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|does|did|"
                    r"do|isn't|wasn't|won't|didn't|doesn't)\b")
TAIL_CUE_NP = re.compile(rf",\s*({TAIL_VERBS})\s+(?=[A-Z]|the\s|a\s|an\s|(?:[a-z][\w\-]*\s+){{1,3}}[A-Z])")
# "A, a wide array of economists say, B."
PARENTHETICAL = re.compile(rf",\s*((?:[\w.'\u2019\-]+\s+){{0,8}}?)({TAIL_VERBS}|according to [^,]{{2,60}}),\s")
# "..., adding that ..." : the sentence's subject speaks
PARTICIPLE = re.compile(r",\s*(?:[a-z]+ly\s+)?(?:while\s+|by\s+|before\s+|after\s+)?(adding|saying|noting|arguing|warning|claiming|insisting|explaining|"
                        r"acknowledging|suggesting|stressing|predicting|asserting|contending|declaring|"
                        r"announcing|telling [\w\s]{1,30}?)\s+(?:that\s+)?")
# what someone put out, then what it says: "issued a statement saying that ...", "is making a pitch to
# New York voters saying ..."; the sentence's subject speaks
_NOUN_SAYING = re.compile(r"(?<![\w\-])(?:statement|response|reply|announcement|warning|release|letter|tweet|post|video|ad|advertisement|pitch|message|"
                          r"memo|note|email|e-mail|op-ed|column|speech|appeal|plea|filing|complaint|lawsuit|"
                          r"motion|brief|petition|notice)s?\s+(?:(?:to|on|from|with|in)\s+[^,.;\"\u201c\u201d]{0,40}?\s+)?"
                          r"(saying|arguing|warning|claiming|insisting|noting|suggesting|declaring|announcing|"
                          r"asserting|stating),?\s+(?:that\s+)?")
# words of NOT_CONTENT_START that do open a clause here: "said there was", "said more than 1 million donors"
_CLAUSE_START = re.compile(r"(?:(?:too|so)\s+(?:many|much|few|little)\s|(?:there|this|that|it|these|those)\s+(?:[a-z]+ly\s+)?(?:is|are|was|were|will|would|can|could|may|might|has|have|had|should|must|"
                           r"seems?|appears?)|(?:more|less|fewer)\s+than\s+(?:\d|half|a\s|one|two|three|"
                           r"four|five|six|seven|eight|nine|ten))\b", re.I)
# "announced last month that": adverbial words, then "that" (not "he understands how hard that can be")
_WORDS_BEFORE_THAT = (r"(?:(?!(?:he|she|they|it|we|I|you|how|what|why|who|there|this|is|are|was|were|"
                      r"has|have|had)\b)[\w\-'%]+\s+){0,5}?")
_WITH_SAYING = re.compile(r"\bwith\s+((?:[\w\-'\u2019%]+\s+){1,6}?)(saying|telling \w+|arguing|claiming)\s+(?:that\s+)?")
_GROUP_SAYING = re.compile(r"(?<![\w\-])((?:(?!(?:of|the|a|an|and|with|among|for|to|in|on)\b)[\w\-]+\s+){0,3}(?:voters|people|respondents|Americans|Republicans|Democrats|"
                           r"members|supporters|residents|adults|women|men|students|workers|parents|Latinos|"
                           r"Hispanics|independents|conservatives|liberals))\s+(saying|telling \w+)\s+(?:that\s+)?")
_ASKED_TO = re.compile(r"(?<![\w\-])(asked|asks|begged|begs|pressed|presses|implored|implores|pleaded with|"
                       r"called on|calls on)\s+((?:[\w\-'\u2019.]+\s+){1,4}?to\s+[a-z]+)")
_CLAUSE_BREAK = re.compile(r"(?:,\s*|\s+)(?:but|and|while|yet)\s+(?:\w+\s+){0,3}?$|;\s*(?:\w+\s+){0,3}?$")
# the participles of PARTICIPLE, _NOUN_SAYING, _WITH_SAYING and _GROUP_SAYING
_PARTICIPLES = ("saying", "telling", "arguing", "claiming", "adding", "noting", "warning", "insisting",
                "explaining", "acknowledging", "suggesting", "stressing", "predicting", "asserting",
                "contending", "declaring", "announcing", "stating")
_NO_ONE_SAYS = re.compile(r"\b(?:suffice it|needless|safe|fair|hard|easy|impossible|too early|too soon|premature|"
                          r"it goes without) to\s+$", re.I)
_AMOUNT = re.compile(r"(?:(?:about|around|nearly|almost|more than|some|over|another|roughly)\s+)?[$\d]")
NOT_CONTENT_START = {"in", "on", "at", "to", "of", "for", "with", "by", "from", "about", "during", "after",
                     "before", "and", "or", "but", "so", "as", "when", "while", "because", "goodbye",
                     "hello", "yes", "no", "thanks", "sorry", "nothing", "something", "anything", "more",
                     "much", "little", "otherwise", "repeatedly", "earlier", "later", "last", "this", "next", "here",
                     "there", "now", "then", "so", "again", "too", "enough", "aloud", "out", "up", "nothing"}


# compiled once: these run for every sentence
_TAIL_CUE = re.compile(rf",\s*((?:[\w.'\u2019\-]+\s+){{1,6}}?)({CUE})[^.]*\.?[\"\u201d\u2019]?\s*$")
_AND_CUE = re.compile(rf",?\s+(?:and|but)\s+(?:has\s+|also\s+|later\s+)?{CLAUSE_CUES.pattern}")
# "..., according to X." / "..., according to X, a Republican pollster who ..." / "..., according to X - half a point"
_ACCORDING_TAIL = re.compile(r",\s*according to\s+((?:[^,.]|(?<=\b[A-Z])\.|\.(?=\w)){2,80}?)"
                             r"(?:,\s*(?:an?|the|who|which)\s[^.;]{0,150}|\s[\-\u2014\u2013]\s[^.;]{0,150})?"
                             r"[.,]?\s*$", re.I)
# "Trump Says He's Unlikely To ...": a headline in title case
_HEADLINE_CUE = re.compile(r"\s*((?:[\w'\u2019\u2018\-.]+\s+){1,6}?)(?:Just\s+|Now\s+|Also\s+)?(Says|Said|Tells|Told|Claims|"
                           r"Warns|Admits|Announces|Announced|Insists|Suggests|Urges|Vows)\s+(\S)")
# "Asked whether he would ..., X said", "Asked by reporters about the email, X said": the question
_ASKED_LEAD = re.compile(r"\s*(?:When\s+)?[Aa]sked\s+(?:by\s+([^,\"\u201c\u201d]{2,60}?)\s+)?"
                         r"(?:(?:during|on|in|at|after|last|this|earlier)\s[^,\"\u201c\u201d]{1,40}?\s(?=whether|if|what|why|how|about))?"
                         r"(?:about\s+)?"
                         r"((?:whether|if|what|why|how|when|where|who|which|to\s|(?<=about\s))[^,\"\u201c\u201d]{3,200}),\s*")
_AS_REPORTED_BY = re.compile(r"\s*(?:(?:And|But|Now),?\s+)?[Aa]s\s+(?:first\s+|previously\s+|earlier\s+)?(reported|noted|"
                             r"revealed|first reported)\s+by\s+([^,\"\u201c\u201d]{2,80}),\s*")
_AS_X_SAID = re.compile(rf"\s*(?:(?:And|But|Now),?\s+)?[Aa]s\s+((?:[\w.'\u2019\-]+\s+){{1,10}}?)(?:has\s+|have\s+|also\s+)?"
                        rf"({TAIL_VERBS}|put it|pointed out)(?:\s+[^,\"\u201c\u201d]{{0,40}})?,\s*")
# words that open a subordinate clause at the start of a sentence
_SUBORDINATORS = ("If", "When", "Whenever", "As", "Because", "Although", "Though", "Even though", "While", "After",
                  "Before", "Since", "Once", "Until", "Unless", "Whether")
_OPENS_SUBORDINATE = re.compile(r"\s*(?:(?:But|And|Yet)\s+)?(?:" + "|".join(_SUBORDINATORS) + r")\b")
# where and when it was said, then the content: "said in a phone call with his Omani counterpart
# on Saturday that ...", "told reporters in Moscow on Friday that ..."
_ADVERBIAL_THAT = r"(?:in|at|on|during|after|before|with|from|via|through|while|when|late|earlier|last)\s+" \
                  r"(?:[\w\-'.]+,?\s+){0,12}?that\s+"
_WORDS_THEN_THAT = re.compile(r"\s+" + _WORDS_BEFORE_THAT + r"that\s+")
_ADVERBIAL_THEN_THAT = re.compile(r"\s+" + _ADVERBIAL_THAT)
# "said Monday", "said last month", "has said for weeks": then the content
_WHEN_SAID = re.compile(r"\s*(?:(?:on\s+)?\w+day(?:\s+(?:night|morning|afternoon|evening))?\s+|in a statement\s+|"
                        r"in an interview\s+|(?:last|this|earlier this|late last|early last)\s+(?:week|weekend|month|"
                        r"year|spring|summer|fall|autumn|winter|night|\w+day)\s+|yesterday\s+|today\s+|recently\s+|"
                        r"earlier\s+|repeatedly\s+|publicly\s+|for (?:days|weeks|months|years|decades)\s+)?,?\s*")
# whom something was told, and when: "told cheering supporters here Sunday that"
_TOLD_WHOM = re.compile(r"\s+(?:(?:reporters|journalists|supporters|voters|the [\w\-]+(?: [\w\-]+)?|an? [\w\-]+"
                        r"|(?:[a-z][\w\-]*\s){0,2}(?:reporters|journalists|supporters|voters|pollsters|allies|aides|"
                        r"donors|crowds?|audiences?|members|students|workers|listeners|viewers|readers|lawmakers|"
                        r"senators|delegates|friends|people|residents|Americans|Republicans|Democrats)"
                        r"|(?:[A-Z][\w\-.']*\s?){1,4}|him|her|them|us|me|you|CNN|NBC|Fox News)\s*)"
                        r"(?:on \w+day\s+|in an interview\s+|last \w+\s+|" + _ADVERBIAL_THAT + r"|"
                        + _WORDS_BEFORE_THAT + r"that\s+)?,?\s*(?:that\s+)?")
# "Putin was quoted as saying that ...", "Lavrov was cited by RIA Novosti as saying ..."
_QUOTED_AS_SAYING = re.compile(r"(?<![\w\-])(?:was|were|is|are|has been|have been)\s+(?:quoted|cited)\s+"
                               r"(?:by\s+[^,.]{1,60}?\s+)?as\s+(saying)\s+(?:that\s+)?")
# lowercase role words before a name: "journalist ", "longtime GOP strategist "
_ROLE_BEFORE_NAME = re.compile(r"(?:[\w\-]+\s+){0,5}(?:[a-z][\w\-]*|[A-Z]{2,})\s+")
# a second reported clause with a subject of its own: ", while 22 percent said", "; and Democrats say"
_OTHER_SPEAKER = re.compile(rf"[,;]\s+(?:while|whereas|but|and)\s+(?=(?:[\w\-'\u2019.]+\s+){{1,6}}?"
                            rf"(?:has\s+|have\s+|also\s+)?{CLAUSE_CUES.pattern})")
# a plain subject: "Friends, lobbyists and former foes"; one that opens a clause late in the sentence
_LIST_SUBJECT = re.compile(r"\s*[\w\-'\u2019]+(?:\s+[\w\-'\u2019]+)?(?:,\s*[\w\-'\u2019]+(?:\s+[\w\-'\u2019]+)?)+,?"
                           r"\s+(?:and|or)\s+[\w\-'\u2019]+(?:\s+[\w\-'\u2019]+)?\s*")
# "Organizers of the push to boycott Trump's AIPAC speech": a noun, then what qualifies it, no verb form
_LONG_SUBJECT = re.compile(r"\s*(?!(?:" + "|".join(_SUBORDINATORS) + r"|Whereas|Given|It|There)\b)"
                           r"[A-Z][\w\-'\u2019]*(?:\s+(?![\w\-]+ed\b)[\w\-'\u2019.]+)+\s*")
_PLAIN_SUBJECT = re.compile(r"\s*((?:The|A|An|Its|His|Her|Their|Our|Some|Many|Most|Both|All|Several|Other|Two|Three|"
                            r"[A-Z][\w\-]*['\u2019]s?)(?:\s+[\w\-'\u2019]+){1,4}?)\s+(?=(?:has|have|had|was|were|is|are|"
                            r"will|would|also|[a-z]+ed)\b)")
_CLAUSE_OPENING = re.compile(r"^.*[,;]\s*((?:even\s+)?(?:although|though|while|because|but|since|whereas|yet)\s+)?(?=\S)",
                             re.S)
_BARE_SUBJECT = re.compile(r"(?!(?:with|where|which|who|whose|when|as|despite|coupled|including|in|on|at|for|to|of|"
                           r"from|by|after|before|and|or|but|so|then|it|there)\b)(?:(?![a-z]+(?:ed|ing)\b)[A-Za-z][a-z\-]*\s*){1,4}")
_AND_THEN = re.compile(r"(?:\band|\bbut|,\s*then|\bthen)\s+(?:also\s+|later\s+)?(?:has\s+|have\s+|had\s+)?(?:also\s+)?$")


# every word that can start one of the readings below: a sentence without any is not read (speed)
_TRIGGER = re.compile(
    r"(?:sa(?:id|ys?|ying)|t(?:old|ells?|elling)|add(?:ed|s|ing)|stat(?:ed|ing)|claim(?:ed|s|ing)?|"
    r"argu(?:e|ed|es|ing)|insist(?:ed|s|ing)?|warn(?:ed|s|ing)?|not(?:ed|es|ing)|announc(?:ed|es|ing)|"
    r"acknowledg(?:ed|es|ing)|admit(?:s|ted)|explain(?:ed|s|ing)|suggest(?:ed|s|ing)|alleg(?:ed|es)|"
    r"assert(?:ed|s|ing)|contend(?:ed|s|ing)|maintain(?:ed|s)|predict(?:ed|s|ing)|promis(?:ed|es)|report(?:ed|s)|"
    r"vow(?:ed|s)|wr(?:ote|ites)|tweet(?:ed|s)|believ(?:e|es|ed)|thinks?|thought|confirm(?:ed|s)|den(?:ied|ies)|"
    r"stress(?:ed|es|ing)|emphasi[sz](?:ed|es)|conced(?:ed|es)|reveal(?:ed|s)|repl(?:ied|ies)|respond(?:ed|s)|"
    r"declar(?:ed|es|ing)|indicat(?:ed|es)|recall(?:ed|s)|complain(?:ed|s)|boast(?:ed|s)|point(?:ed|s)|"
    r"accus(?:e|ed|es)|urg(?:ed|es)|testif(?:ied|ies)|hint(?:ed|s)|charg(?:ed|es)|counter(?:ed|s)|"
    r"signal(?:ed|led)|harp(?:ing|ed|s)|allowed|observed|according|words|ask(?:ed|s)|begg?(?:ed|s)|"
    r"press(?:ed|es)|implor(?:ed|es)|pleaded|call(?:ed|s)|wonder(?:ed|s)|quoted|cited)")
_LOWER_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_TRIGGERS_SEEN = {}  # word -> whether it is a trigger; words are few, sentences many


def _triggered(sentence):
    """Whether ``sentence`` has a _TRIGGER word (looked up word by word, faster than the pattern)."""
    for word in _LOWER_WORD.findall(sentence.lower()):
        hit = _TRIGGERS_SEEN.get(word)
        if hit is None:
            if len(_TRIGGERS_SEEN) > 200_000:  # a bound on memory over a long load
                _TRIGGERS_SEEN.clear()
            hit = _TRIGGERS_SEEN[word] = _TRIGGER.fullmatch(word) is not None
        if hit:
            return True
    return False


def _indirect(body, s, e, resolver):
    """Reported speech without quote marks in one sentence."""
    sentence = body[s:e]
    if not _triggered(sentence) or len(sentence.split()) < 4:
        return []
    m = INDIRECT_OPENERS.match(sentence)
    if m:  # According to X, CONTENT.
        np, cue, cue_s = _opener(body, s, m)
        return _emit(body, s + m.end(), e, np, cue, cue_s, resolver)
    m = _HEADLINE_CUE.match(sentence)
    if m and _title_case(sentence):  # "Trump Says He's Unlikely To Have A Good Relationship With David Cameron."
        return _emit(body, s + m.start(3), e, (s + m.start(1), s + m.start(1) + len(m.group(1).rstrip())), m.group(2),
                     s + m.start(2), resolver)
    m = _ASKED_LEAD.match(sentence)
    if m:  # "Asked whether he would ..., Reid said ...": the question, then the answer
        return _asked(body, s, m, resolver) + _indirect(body, s + m.end(), e, resolver)
    m = _AS_REPORTED_BY.match(sentence)
    if m:  # As reported by Western Journalism, CONTENT.
        return _emit(body, s + m.end(), e, _source_after(body, s + m.start(2), s + m.end(2)), m.group(1),
                     s + m.start(1), resolver)
    m = _AS_X_SAID.match(sentence)
    if m:  # As another Pew study noted, CONTENT.
        np = np_before(body, s + m.start(2), limit=s + m.start(1)) or (s + m.start(1), s + m.end(1) - 1)
        return _emit(body, s + m.end(), e, np, m.group(2), s + m.start(2), resolver)
    m = _ACCORDING_TAIL.search(sentence)
    if m:  # CONTENT, according to X.
        np = _source_after(body, s + m.start(1), s + m.end(1))
        return _emit(body, s, s + m.start(), np, "according to", s + m.start(), resolver)
    m = TAIL_NP_CUE.search(sentence)
    # "When he arrived, the mayor said." has no content; "As a woman, she raised less suspicion,
    # Mr. Verdery said." has, after the subordinate clause
    if m and not (_OPENS_SUBORDINATE.match(sentence) and "," not in sentence[:m.start()]):
        np = np_before(body, s + m.start(2), limit=s + m.start(1))
        if np and np[0] > s + m.start(1) + 2 and _ROLE_BEFORE_NAME.fullmatch(body[s + m.start(1):np[0]]):
            np = s + m.start(1), np[1]  # "..., journalist Martha Raddatz said."
        if (np is None or body[np[0]:np[1]].lower() in ("him", "her", "them")) and len(m.group(1).split()) <= 6 \
                and not FINITE.search(m.group(1)):
            np = s + m.start(1), s + m.start(1) + len(m.group(1).rstrip())  # "..., a source close to him said."
        if np and np[0] <= s + m.start(1) + 2:
            return _emit(body, s, s + m.start(), np, m.group(2), s + m.start(2), resolver)
    m = TAIL_CUE_NP.search(sentence)
    if m and m.start() > 15 and not _named_subject(body, s, s + m.start(1)):
        np = np_after(body, s + m.end())
        # "..., said the spokesman." ends the sentence with its speaker; "X, an aide, said the
        # campaign is ..." goes on with a clause: that is the content, read below
        if np and (len(body[np[0]:np[1]].split(",")[0].split()) > 8 or FINITE.search(body[np[0]:np[1]]) or not re.match(
                r"\s*(?:[,(]|[.!?]?[\"\u201d]?\s*$|(?:who|which)\s)", body[np[1]:e])):
            np = None
        if np:
            return _emit(body, s, s + m.start(), np, m.group(1), s + m.start(1), resolver)
    m = PARENTHETICAL.search(sentence)
    if m and m.start() >= 3 and len(sentence[m.end():].split()) >= 2:
        np = np_before(body, s + m.start(2), limit=s + m.start(1)) if not m.group(2).startswith("according") \
            else np_after(body, s + m.start(2) + len("according to "))
        if np:
            return _emit(body, s, e, np, m.group(2).split()[0] if m.group(2).startswith("according") is False
                         else "according to", s + m.start(2), resolver)
    m = _QUOTED_AS_SAYING.search(sentence) if "quoted" in sentence or "cited" in sentence else None
    if m:
        np = np_before(body, s + m.start(), limit=s)
        if np:
            return _emit(body, s + m.end(), e, np, m.group(1), s + m.start(1), resolver)
    out = []
    for m in CLAUSE_CUES.finditer(sentence):
        cue_s = s + m.start()
        if _NO_ONE_SAYS.search(body, max(s, cue_s - 30), cue_s):
            continue  # "suffice it to say", "it is safe to say": the writer's idiom, no one's speech
        np = np_before(body, cue_s, limit=s)
        if not np and _AND_THEN.search(body[s:cue_s]):
            np = sentence_subject(body, s, cue_s)  # "X defended the route and said ..."
        if not np:
            np = _subject_before(body, s, cue_s) or _appositive_subject(body, s, cue_s, resolver)
        if not np:
            continue
        np = _named_opening(body, s, np, cue_s, resolver) or np
        rest = s + m.end()
        cue = m.group()
        if cue.startswith(("told", "tell")):
            obj = _TOLD_WHOM.match(body[rest:e])
            if not obj:
                continue
        else:  # "announced last month that ...", "said on Tuesday that ..."
            obj = _WORDS_THEN_THAT.match(body[rest:e]) or _ADVERBIAL_THEN_THAT.match(body[rest:e]) or \
                _WHEN_SAID.match(body[rest:e])
        cs = rest + (obj.end() if obj else 0)
        if cs >= e or not re.match(r"[\w\u2018'(]", body[cs:cs + 1] or " "):
            continue
        if cue in ("added", "adds") and _AMOUNT.match(body, cs, e):
            continue  # "the U.S. added around 292,000 jobs"
        nxt = re.match(r"([\w\u2019']+)", body[cs:e])
        infinitive = nxt and nxt.group(1) == "to" and re.match(
            r"(vow|promis|pledg|threaten|urg|agre|warn|call|ask|insist|claim)", cue)
        if nxt and nxt.group(1).lower() in NOT_CONTENT_START and not (obj and "that" in obj.group()) \
                and not infinitive and not _CLAUSE_START.match(body, cs, e):
            continue
        if _OPENS_SUBORDINATE.match(sentence) and "," not in body[s:cue_s]:
            # "Though Trump said the event was tragic, he maintained that ...": the content is the
            # subordinate clause, which ends at its comma; the main clause is read on its own
            comma = body.find(", ", cs, e)
            if comma > cs and len(body[comma:e].split()) >= 3:
                found = _emit(body, cs, comma, np, cue, cue_s, resolver)
                if found:
                    return found + _indirect(body, comma + 2, e, resolver)
        stop = _AND_CUE.search(body[cs:e])
        other = _OTHER_SPEAKER.search(body, cs, cs + stop.start() if stop else e)
        if other:  # "74 percent said A, while 22 percent said B": B is the other speaker's
            found = _emit(body, cs, other.start(), np, cue, cue_s, resolver)
            if found:
                return found + _indirect(body, other.end(), e, resolver)
        found = _emit(body, cs, cs + stop.start() if stop else e, np, cue, cue_s, resolver)
        if found:
            out.extend(_participle_before(body, s, cue_s, resolver))
        out.extend(found)
        if found and stop:
            inner = CLAUSE_CUES.search(body[cs + stop.start():e])
            cs2 = cs + stop.start() + inner.end()
            cs2 += len(re.match(r"\s*(?:that\s+)?", body[cs2:e]).group())
            out.extend(_emit(body, cs2, e, np, inner.group(), cs + stop.start() + inner.start(), resolver))
        if found:
            return out
    participle = any(w in sentence for w in _PARTICIPLES)  # the patterns below are slow to try in vain
    m = participle and (_WITH_SAYING.search(sentence) or _GROUP_SAYING.search(sentence))
    if m:  # "..., with 30 percent of voters saying they ...", "the proportion of GOP voters saying they ..."
        return _emit(body, s + m.end(), e, (s + m.start(1), s + m.end(1)), m.group(2), s + m.start(2), resolver)
    m = participle and (PARTICIPLE.search(sentence) or _NOUN_SAYING.search(sentence))
    if m:  # "Mook refused to speculate, adding that he would be on vacation"; "issued a statement saying"
        np = sentence_subject(body, s, s + m.start()) or _plain_subject(body, s, s + m.start())
        if np:
            return _emit(body, s + m.end(), e, np, m.group(1).split()[0], s + m.start(1), resolver)
    m = any(w in sentence for w in ("ask", "beg", "press", "implor", "plead", "call")) and _ASKED_TO.search(sentence)
    if m:  # "Clinton asks her assistant to print out ...": a request, with whom it is put to
        np = np_before(body, s + m.start(1), limit=s) or _subject_before(body, s, s + m.start(1))
        if np:
            return _emit(body, s + m.start(2), e, np, m.group(1), s + m.start(1), resolver)
    m = re.search(r"(?<![\w\-])(asked|asks|wondered|wonders)\s+(?:(?:him|her|them|us|me|reporters|voters|the \w+|"
                  r"[A-Z]\w+(?:\s+[A-Z]\w+)?)\s+)?(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?(?=(?:whether|if|what|why|how|when|where|who|which)\b)", sentence)
    if m:
        np = np_before(body, s + m.start(1), limit=s) or _subject_before(body, s, s + m.start(1))
        if np:
            return _emit(body, s + m.end(), e, np, m.group(1), s + m.start(1), resolver)
    return out


def _appositive_subject(body, s, cue_s, resolver):
    """'Jeffrey Salkin, a rabbi helping to organize the boycott, said ...': of the comma-separated
    pieces before the verb, the first that names a person (else any actor) is the speaker."""
    head = body[s:cue_s]
    if not re.search(r",\s*$", head) or re.search(r"[\"\u201c\u201d;:]", head) or len(head) > 300:
        return None
    pieces = []
    for m in re.finditer(r"[^,]+", head):
        a = s + m.start() + len(m.group()) - len(m.group().lstrip())
        b = s + m.start() + len(m.group().rstrip())
        if b > a and len(body[a:b].split()) <= 10:
            pieces.append((a, b))
    for wanted in ({"person"}, {"organization", "country", "group"}):
        for a, b in pieces:
            if resolver.kinds_in(a, b) & wanted:
                return a, b
    return None


def _named_opening(body, s, np, cue_s, resolver):
    """The person's name a sentence opens with when the words up to the verb describe that person
    ("Tom Fitton, the president of Judicial Watch, a conservative group that has sued ..., said"):
    the name speaks, not the organisation nearest the verb. Narrower than _appositive_subject on
    purpose: the sentence must open with the name itself ("Carter's press secretary, Peter Cook,"
    is Cook's, not Carter's; reading the first person anywhere in the pieces moved such quotes to
    the wrong actor on train)."""
    if np[0] <= s or not body[np[1]:cue_s].rstrip().endswith(","):
        return None
    m = _NAME_THEN_COMMA.match(body, s, np[0])
    if m and "person" in resolver.kinds_in(m.start(1), m.end(1)):
        return m.start(1), m.end(1)
    return None


_NAME_THEN_COMMA = re.compile(r"\s*(?:(?:But|And|Yet|So|Still)\s+)?"
                              r"((?:[A-Z][\w.'\u2019\-]*\s+){0,4}[A-Z][\w.'\u2019\-]*),\s")


def _subject_before(body, s, cue_s):
    """The subject right before a cue when it is short and plain ("Sanders' team said", "Friends,
    lobbyists and former foes say", "..., although history says")."""
    np = sentence_subject(body, s, cue_s)
    if np is not None:
        gap = body[np[1]:cue_s]
        if ADVERB_TAIL.fullmatch(" " + gap) or not gap.strip() or re.fullmatch(r"[\s\w'\u2019]{0,40}", gap) \
                and len(gap.split()) <= 3:
            return np[0], cue_s - len(gap) + len(gap.rstrip()) if not gap.strip() else np[1] + len(gap.rstrip())
    head = body[s:cue_s]
    clause = None if _LIST_SUBJECT.fullmatch(head) else _CLAUSE_OPENING.search(head)
    if clause:
        s, head = s + clause.end(), head[clause.end():]
        if not clause.group(1) and not _BARE_SUBJECT.fullmatch(head):
            return None  # after a plain comma only a bare noun phrase: "In Iowa, where ..., exit polls suggested"
    words = head.split()
    if all(w.capitalize() in OPENING_WORDS for w in words):
        return None  # "When asked why, ...": no subject at all
    if (0 < len(words) <= 5 and not re.search(r"[,;:\"\u201c\u201d()]", head)
            or 0 < len(words) <= 8 and _LIST_SUBJECT.fullmatch(head)
            or 0 < len(words) <= 12 and _LONG_SUBJECT.fullmatch(head)) and not FINITE.search(head):
        start = s + len(head) - len(head.lstrip())
        return start, s + len(head.rstrip())
    return None


def _title_case(sentence):
    """Whether a sentence is a headline in title case: nearly every word of four letters or more
    capitalised."""
    long_words = [w for w in re.findall(r"[A-Za-z][\w'\u2019\-]*", sentence) if len(w) >= 4]
    return len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) >= 0.85 * len(long_words)


def _asked(body, s, m, resolver):
    """The question of an _ASKED_LEAD match, as reported speech of whoever asked it: the 'by ...'
    phrase where there is one, else no one (the interviewer the article does not name)."""
    cs, ce = _content(body, s + m.start(2), s + m.end(2))
    if _words(body[cs:ce]) < 2:
        return []
    if m.group(1):
        return _emit(body, cs, ce, (s + m.start(1), s + m.end(1)), "asked", s + m.start(), resolver)
    cue_s = s + m.start() + len(m.group()) - len(m.group().lstrip())
    return [Quote(start=cs, end=ce, text=body[cs:ce], kind="indirect", cue="asked", cue_lemma=lemma_of("asked"),
                  cue_start=cue_s, cue_end=cue_s + len("asked"))]


def _participle_before(body, s, cue_s, resolver):
    """Reported speech in a participle before a later clause with its own verb ('He gave Trump some
    credit, saying he should be congratulated, but he suggested ...')."""
    m = PARTICIPLE.search(body, s, cue_s)
    if not m:
        return []
    end = _CLAUSE_BREAK.search(body, m.end(), cue_s)
    if not end:
        return []
    np = sentence_subject(body, s, m.start()) or _plain_subject(body, s, m.start())
    return _emit(body, m.end(), end.start(), np, m.group(1).split()[0], m.start(1), resolver) if np else []


def _named_subject(body, s, cue_s):
    """Whether everything before a verb is its subject with an appositive ('Gov. John Kasich of Ohio,
    a Republican who ..., said the Khan family deserved better'): then the words after the verb are
    what was said, not who said it."""
    np = np_before(body, cue_s, limit=s)
    return bool(np) and body[cue_s - 2:cue_s].strip() == "," and len(body[s:np[0]].split()) <= 3 \
        and "," not in body[s:np[0]]


def _plain_subject(body, s, e):
    """A common-noun subject opening the sentence ("The departments declined ..., saying"), up to
    its verb."""
    m = _PLAIN_SUBJECT.match(body, s, e)
    return (m.start(1), m.end(1)) if m else None


# verbs a subject found before "say"/"saying" can run into: "Cook declined to say whether", "The Florida
# senator sought to calm his supporters, ..., saying", "the base chief known as Bob"
_VERB_TAIL = re.compile(r"(?:\s+(?:also|then|has|have|had|was|were|is|are|would|will|must|did|does|declined|refused|"
                        r"sought|wanted|tried|agreed|went on|continued|began|appeared|seemed|hoped|planned|failed|"
                        r"known)(?:\s+to)?)+$")


def _emit(body, cs, ce, np, cue, cue_s, resolver):
    """One indirect quote for body[cs:ce] if it is long enough to be a statement."""
    if not np:
        return []
    tail = _VERB_TAIL.search(body, np[0], np[1])
    if tail and tail.start() > np[0]:
        np = (np[0], tail.start())
    cs, ce = _content(body, cs, ce)
    if ce - cs <= 8 or _words(body[cs:ce]) < 3:
        return []
    return [_indirect_quote(body, cs, ce, np, cue, cue_s, resolver)]


def _content(body, s, e):
    if s == 0 or body[s - 1] == "\n":  # "BEIJING, Dec. 3 (Xinhua) -- China urged ...": the dateline is no content
        dateline = DATELINE.match(body, s, e)
        if dateline and dateline.end() < e:
            s = dateline.end()
    while s < e and body[s] in " ,;:\u2014-":
        s += 1
    # the reporter's framing after the reported clause: "..., saying ...", "..., while ...",
    # "..., according to ...", "... - a proposal he has raised before"
    for m in _FRAMING.finditer(body, s, e):
        if len(body[s:m.start()].split()) >= 4:
            e = m.start()
            break
    while e > s and (body[e - 1].isspace() or body[e - 1] in ".,;:"):
        e -= 1
    return s, e


_FRAMING = re.compile(r",\s+(?:saying|noting|citing|adding|arguing|drawing|putting|insisting|pointing|reflecting|calling|"
                      r"referring|describing|explaining|warning|suggesting|claiming|while)\b|,?\s+according to\b|"
                      r"\s[\u2014\u2013-]\s(?:a|an|the)\b|,?\s+and\s+(?:asked|urged|called|demanded)\b")


def _indirect_quote(body, cs, ce, np, cue, cue_s, resolver):
    speaker = resolver.resolve(np[0], np[1], cs)
    return Quote(start=cs, end=ce, text=body[cs:ce], kind="indirect",
                 speaker_mention=body[np[0]:np[1]], speaker_start=np[0], speaker_end=np[1],
                 speaker_name=speaker[0] if speaker else None, speaker_kind=speaker[1] if speaker else None,
                 cue=cue, cue_lemma=lemma_of(cue.split()[0] if cue.startswith("told") else cue),
                 cue_start=cue_s, cue_end=cue_s + len(cue))
