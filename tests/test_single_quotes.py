"""Quotations between single curly marks (‘...’), as British outlets write them."""
from datasette_newsframe import loader
from datasette_newsframe.extract import extract
from datasette_newsframe.extract.single_quotes import writes_quotes_so

from .conftest import query, write_jsonl

# one story, written in British style (single marks, double ones inside) and in US style
BRITISH = ("Johnson defiant over Ukraine\n\n"
           "LONDON - The prime minister spoke to MPs on Monday.\n\n"
           "\u2018We will not be intimidated by anyone. The voters\u2019 choice is clear and we don\u2019t doubt "
           "it,\u2019 Boris Johnson told MPs. \u2018Our support for Ukraine is unwavering.\u2019\n\n"
           "The Kremlin\u2019s spokesman, Dmitry Peskov, said the claims were \u2018absurd\u2019.\n\n"
           "He added: \u2018Nobody here called it \u201ca war\u201d in Moscow.\n\n"
           "\u2018We will answer in our own time.\u2019")
US = (BRITISH.replace("\u201c", "\u2039").replace("\u201d", "\u203a")
      .replace("\u2018We", "\u201cWe").replace("\u2018Our", "\u201cOur").replace("\u2018Nobody", "\u201cNobody")
      .replace("\u2018absurd\u2019", "\u201cabsurd\u201d").replace("it,\u2019", "it,\u201d")
      .replace("unwavering.\u2019", "unwavering.\u201d").replace("time.\u2019", "time.\u201d")
      .replace("\u2039", "\u2018").replace("\u203a", "\u2019"))


def records(text):
    out = []
    for q in extract(text).quotes:
        assert text[q.start:q.end] == q.text
        if q.kind != "indirect":
            out.append((q.kind, q.text, q.speaker_mention, q.speaker_name))
    return out


def test_single_marks_are_quotation_marks_where_an_article_writes_quotes_so():
    assert writes_quotes_so(BRITISH) and not writes_quotes_so(US)
    assert records(BRITISH) == [
        ("direct", "We will not be intimidated by anyone. The voters\u2019 choice is clear and we don\u2019t "
                   "doubt it", "Boris Johnson", "Boris Johnson"),
        ("direct", "Our support for Ukraine is unwavering.", "Boris Johnson", "Boris Johnson"),
        ("partial", "absurd", "Dmitry Peskov", "Dmitry Peskov"),
        # a quotation inside one is no quotation of its own, and one open at a paragraph's end runs on
        ("direct", "Nobody here called it \u201ca war\u201d in Moscow.", "He", "Dmitry Peskov"),
        ("direct", "We will answer in our own time.", "He", "Dmitry Peskov"),
    ]
    # the same story in US style reads the same
    assert [r[0] + r[3] for r in records(US)] == [r[0] + r[3] for r in records(BRITISH)]


def test_apostrophes_and_a_stray_single_mark_stay_apostrophes():
    # a US-style article with apostrophes and one single-quoted word inside a quotation
    text = ('Intro.\n\n"The voters\u2019 choice is clear: they said \u2018enough\u2019 to us," Ann Lee said.')
    assert not writes_quotes_so(text)
    assert records(text) == [("direct", "The voters\u2019 choice is clear: they said \u2018enough\u2019 to us",
                              "Ann Lee", "Ann Lee")]


def test_a_british_story_loads_with_its_quotations(tmp_path):
    db = tmp_path / "uk.db"
    loader.load(db, [write_jsonl(tmp_path / "uk.jsonl", [
        {"id": "uk-1", "source": "The Guardian", "title": "Johnson defiant over Ukraine", "text": BRITISH}])])
    rows = query(db, "select q.kind, a.name from quotes q join actors a on a.id = q.actor_id "
                     "where q.kind != 'indirect' order by q.char_start")
    assert rows == [("direct", "Boris Johnson"), ("direct", "Boris Johnson"), ("partial", "Dmitry Peskov"),
                    ("direct", "Dmitry Peskov"), ("direct", "Dmitry Peskov")]
