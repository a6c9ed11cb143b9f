"""Each reader on real input: the seed, PolNeAR dev, and small files written here."""
import json

from datasette_newsframe.readers import read_paths
from datasette_newsframe.records import Article, ReadError

from .conftest import SEED, needs_shared, write_jsonl

pytestmark = needs_shared()

BODY_START = "US Secretary of State Antony Blinken has again threatened Russia"
BODY_END = "needed to agree on long-term security guarantees."


def test_globalsecurity_seed_fields(seed_text):
    (article,) = list(read_paths([SEED]))
    assert article.format == "globalsecurity"
    assert article.source == "Iran Press TV"
    assert article.title == "Blinken: US and European allies 'stand resolutely against' Russia"
    assert article.published == "2021-12-03T22:18"
    assert article.published_raw == "Friday, 03 December 2021 10:18 PM"
    assert article.publisher == "GlobalSecurity.org"
    assert article.section == "Weapons of Mass Destruction (WMD)"
    assert article.body.startswith(BODY_START)
    assert article.body.endswith(BODY_END)
    assert "UNITED24" not in article.body and "mailing list" not in article.body
    # the body is an exact slice of the file, so offsets can be traced back to it
    assert article.body in seed_text
    assert article.external_id == SEED.name


def test_globalsecurity_other_outlet(tmp_path):
    text = ("UNITED24 - Make a charitable donation in support of Ukraine!\n\nMilitary\n\nTASS\n\n"
            "Lavrov says talks went well\n\nTASS\n\n3 Dec 2021\n\n\"The talks went well,\" Lavrov said.\n\n"
            "Join the GlobalSecurity.org mailing list\n")
    path = tmp_path / "tass.txt"
    path.write_text(text, encoding="utf-8")
    (article,) = list(read_paths([path]))
    assert (article.source, article.section, article.published) == ("TASS", "Military", "2021-12-03")
    assert article.body == "\"The talks went well,\" Lavrov said."


def _reprint(outlet, date_line, body):
    return (f"UNITED24 - Make a charitable donation in support of Ukraine!\n\nMilitary\n\n{outlet}\n\n"
            f"Talks end without a deal\n\n{outlet}\n\n{date_line}\n\n{body}\n\n"
            "Join the GlobalSecurity.org mailing list\n")


def test_globalsecurity_date_lines_of_other_outlets(tmp_path):
    body = '"The talks went well," Lavrov said.'
    cases = {
        "By Ken Bredemeier December 3, 2021 03:43 PM": "2021-12-03T15:43",  # a byline before the date
        "Source: Xinhua| 2021-12-03 22:11:25|Editor: huaxia": "2021-12-03T22:11:25",
        "Dec 3, 2021 10:18 AM": "2021-12-03T10:18",
        "3 December 2021, 17:44": "2021-12-03T17:44",
        "Sept. 3, 2021": "2021-09-03",
        "Winter 2021 edition": None,  # a date line no format reads: kept as written, not body
    }
    for n, (line, published) in enumerate(cases.items()):
        path = tmp_path / f"reprint{n}.txt"
        path.write_text(_reprint("Voice of America", line, body), encoding="utf-8")
        (article,) = list(read_paths([path]))
        assert (article.format, article.source, article.title) == \
            ("globalsecurity", "Voice of America", "Talks end without a deal"), line
        assert (article.published, article.published_raw, article.body) == (published, line, body)


def test_jsonl_fields_and_exact_body(tmp_path):
    body = "Title line\r\n\r\nSmith said \u201chello there friends.\u201d\n"
    path = write_jsonl(tmp_path / "a.jsonl", [
        {"id": "x1", "source": "TASS", "title": "T", "published": "3 Dec 2021", "url": "http://e.x/1",
         "author": "A. Writer", "text": body},
        {"text": "Only text here, nothing else."},
    ])
    first, second = list(read_paths([path]))
    assert first.body == body  # exactly, \r\n included
    assert (first.external_id, first.source, first.published, first.url, first.author) == \
        ("x1", "TASS", "2021-12-03", "http://e.x/1", "A. Writer")
    assert second.external_id == "a.jsonl:2" and second.source is None and second.line == 2


def test_text_reader_with_metadata_and_source(tmp_path):
    folder = tmp_path / "nyt"
    (folder / "sub").mkdir(parents=True)
    (folder / "one.txt").write_text("Headline one\n\nBody one says things.\n", encoding="utf-8")
    (folder / "sub" / "two.txt").write_text("Headline two\n\nBody two.\n", encoding="utf-8")
    meta = tmp_path / "meta.tsv"
    meta.write_text("filename\tpublisher\tpublication_date\tauthor\none\tThe Paper\t2016-09-12\tJane Roe\n",
                    encoding="utf-8")
    from datasette_newsframe.readers.text import read_metadata

    one, two = list(read_paths([folder], metadata=read_metadata(meta), source="Default Outlet"))
    assert one.external_id == "one.txt" and two.external_id == "sub/two.txt"
    assert one.body == "Headline one\n\nBody one says things.\n" and one.title == "Headline one"
    assert (one.source, one.published, one.author) == ("The Paper", "2016-09-12", "Jane Roe")
    assert two.source == "Default Outlet" and two.published is None


def test_html_reader_uses_trafilatura(tmp_path):
    paragraphs = "".join(
        f"<p>Paragraph {i}: \u201cWe will not back down,\u201d Governor Jane Roe said on Tuesday in the capital "
        f"city, speaking to reporters gathered outside the statehouse about the budget.</p>" for i in range(6))
    html = (f"<!DOCTYPE html><html><head><title>Budget fight | The Daily Example</title>"
            f"<meta property='og:site_name' content='The Daily Example'>"
            f"<meta property='og:url' content='https://daily.example/budget'>"
            f"<meta name='date' content='2021-03-04'></head><body><nav>Home News Sport</nav>"
            f"<article><h1>Budget fight</h1>{paragraphs}</article><footer>Copyright</footer></body></html>")
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    (article,) = list(read_paths([path]))
    assert isinstance(article, Article), article
    assert article.format == "html"
    assert article.source == "The Daily Example"
    assert article.url == "https://daily.example/budget"
    assert article.published == "2021-03-04"
    assert "We will not back down" in article.body and "Home News Sport" not in article.body


def test_polnear_dev_as_jsonl(polnear_dev_jsonl):
    records = list(read_paths([polnear_dev_jsonl], fmt="jsonl"))
    assert len(records) == 84 and all(isinstance(r, Article) for r in records)
    originals = [json.loads(line) for line in open(polnear_dev_jsonl, encoding="utf-8")]
    assert [r.body for r in records] == [o["text"] for o in originals]
    assert len({r.source for r in records}) == 7


def test_unknown_extension_skipped_under_auto(tmp_path):
    (tmp_path / "notes.md").write_text("# not an article", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Title\n\nBody.\n", encoding="utf-8")
    records = list(read_paths([tmp_path]))
    assert [r.external_id for r in records] == ["a.txt"]


def test_missing_path_is_an_error(tmp_path):
    (record,) = list(read_paths([tmp_path / "nope"]))
    assert isinstance(record, ReadError) and "no such file" in str(record)
