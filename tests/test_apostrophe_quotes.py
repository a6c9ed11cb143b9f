"""Statements between two apostrophes (''...''), as the New York Times' archive text writes quotes."""
import re

from datasette_newsframe import loader
from datasette_newsframe.extract import extract, extract_apostrophe_quotes

from .conftest import query, write_jsonl

NYT = ("Rubio is tested.\n\n"
       "Senator Marco Rubio spoke in Manchester on Sunday.\n\n"
       "''I'm going to say it again,'' Mr. Rubio said in front of a crowd of about 1,000 people. "
       "''Barack Obama wants to change the country.''\n\n"
       "Gov. Chris Christie said Mr. Rubio had been ''rocked'' by the debate on Saturday night.\n\n"
       "''We are told all the time, 'Kosovo is a special case,''' Mr. Putin said.")


def records(extractor, text):
    out = []
    for q in extractor(text).quotes:
        assert text[q.start:q.end] == q.text
        out.append((q.kind, q.text, q.speaker_mention, q.cue))
    return out


def test_statements_between_apostrophes_are_reported_speech_with_their_speakers():
    # the quotes issue counts '' among apostrophes: the statement is speech without quotation
    # marks, and one its attribution splits is one record, as PolNeAR annotates it
    assert records(extract, NYT) == [
        ("indirect", "I'm going to say it again,'' Mr. Rubio said in front of a crowd of about 1,000 people. "
                     "''Barack Obama wants to change the country.", "Mr. Rubio", "said"),
        ("indirect", "Mr. Rubio had been ''rocked'' by the debate on Saturday night", "Gov. Chris Christie", "said"),
        ("indirect", "We are told all the time, 'Kosovo is a special case,'", "Mr. Putin", "said"),
    ]


def test_the_apostrophe_quotes_extractor_reads_them_as_quotation_marks():
    assert records(extract_apostrophe_quotes, NYT) == [
        ("direct", "I'm going to say it again", "Mr. Rubio", "said"),
        ("direct", "Barack Obama wants to change the country.", "Mr. Rubio", "said"),
        ("partial", "rocked", "Gov. Chris Christie", "said"),
        ("direct", "We are told all the time, 'Kosovo is a special case,'", "Mr. Putin", "said"),
    ]


def test_apostrophes_stay_apostrophes_next_to_double_marks():
    # a paragraph (or an article) that writes double marks keeps '' as two apostrophes
    text = ("Intro line.\n\n''Nobody reads this,'' the sign said.\n\n"
            "Her rival's team said the ''polls'' were \"plainly wrong about this race.\"\n\n"
            "\"We will win this race easily,\" Jane Roe said.")
    assert [(q.kind, q.text) for q in extract(text).quotes] == [
        ("partial", "plainly wrong about this race."), ("direct", "We will win this race easily")]


def test_the_loader_takes_the_extractor_by_name(tmp_path):
    src = write_jsonl(tmp_path / "nyt.jsonl", [{"id": "n1", "source": "The New York Times", "text": NYT}])
    plain, marks = tmp_path / "plain.db", tmp_path / "marks.db"
    loader.load(plain, [src])
    loader.load(marks, [src], extractor="rules-apostrophe-quotes")
    sql = "select kind, count(*) from quotes group by kind order by kind"
    assert query(plain, sql) == [("indirect", 3)]
    assert query(marks, sql) == [("direct", 3), ("partial", 1)]
    assert query(marks, "select extractor from load_runs") == [("rules-apostrophe-quotes",)]


def test_polnear_dev_new_york_times_statements_have_speakers(tmp_path, polnear_dev_jsonl):
    # PolNeAR's New York Times texts write every quote as ''...'': a paragraph that opens with one
    # is a statement, stored with the actor who made it (none were before)
    db = tmp_path / "dev.db"
    loader.load(db, [polnear_dev_jsonl])
    opened = found = 0
    for article_id, body in query(db, "select a.id, a.body from articles a join sources s on s.id = a.source_id where s.name = 'The New York Times'"):
        starts = {(s, kind, actor is not None) for s, kind, actor in query(
            db, "select char_start, kind, actor_id from quotes where article_id = ?", (article_id,))}
        for m in re.finditer(r"(?m)^''(?=\S)", body):
            opened += 1
            found += (m.end(), "indirect", True) in starts
    assert opened >= 20 and found >= 0.85 * opened
    assert query(db, "select count(*) from quotes where speaker_mention like '%''''%'")[0][0] <= 3
