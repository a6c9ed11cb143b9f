"""The pages in a real browser: headless Chromium (Debian's chromium) against a real Datasette server.

Checks that each page renders, its charts are drawn (SVG bars, lines), and the links on it
lead to pages that answer. CI installs chromium (.ci/run); elsewhere the test is skipped
when no chromium is installed.
"""
import os
import re
import shutil
import subprocess
import tempfile
import urllib.request

import pytest

from .conftest import ROOT, datasette_server

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars"]

if CHROMIUM is None:
    if os.environ.get("CI"):
        raise RuntimeError("CI must install Debian's chromium for the browser tests (see .ci/run)")
    pytestmark = pytest.mark.skip(reason="no chromium installed (apt-get install chromium)")


@pytest.fixture(scope="module")
def server():
    with datasette_server(ROOT / "demo.db") as base:
        yield base


def browse(url, *extra):
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *extra, url],
                              capture_output=True, text=True, timeout=60)
    return done.stdout


def dom(url):
    # a cold Chromium start now and then prints nothing; one more try tells that from a broken page
    return browse(url, "--dump-dom") or browse(url, "--dump-dom")


def check_links(base, html, limit=40):
    hrefs = sorted({h.replace("&amp;", "&") for h in re.findall(r'href="(/[^"#]*)', html)})
    assert hrefs
    for href in hrefs[:limit]:
        with urllib.request.urlopen(base + href, timeout=30) as response:
            assert response.status == 200, href


def top_actor():
    import sqlite3
    conn = sqlite3.connect(ROOT / "demo.db")
    return conn.execute("select actor_id from quotes where actor_id is not null group by 1 "
                        "order by count(*) desc limit 1").fetchone()[0]


def test_overview_renders_with_charts_and_links(server):
    html = dom(server + "/demo/-/newsframe")
    assert "who is quoted, by whom" in html
    charts = re.findall(r'<svg class="nf-chart".*?</svg>', html, re.S)
    assert len(charts) == 2
    import sqlite3
    n_sources = sqlite3.connect(ROOT / "demo.db").execute("select count(*) from sources").fetchone()[0]
    assert charts[0].count("<rect") == n_sources  # one bar per source
    assert "<title>Most quoted actors</title>" in charts[1]
    check_links(server, html)


def test_actor_page_renders_with_charts_and_links(server):
    html = dom(f"{server}/demo/-/newsframe/actors/{top_actor()}")
    charts = re.findall(r'<svg class="nf-chart".*?</svg>', html, re.S)
    assert len(charts) == 3
    assert "<rect" in charts[0] and "<rect" in charts[1] and "<polyline" in charts[2]
    check_links(server, html)


def test_compare_page_renders_with_charts_and_links(server):
    html = dom(server + "/demo/-/newsframe/compare?source=2&source=6")
    charts = re.findall(r'<svg class="nf-chart".*?</svg>', html, re.S)
    assert len(charts) == 4 and all("<rect" in c or "<polyline" in c for c in charts)
    assert "Share of voice" in html and "Most distinctive words" in html
    check_links(server, html)


def test_article_page_marks_quotes_and_links_mentions(server):
    html = dom(server + "/demo/-/newsframe/articles/1")
    assert html.count('class="nf-q nf-') >= 20
    check_links(server, html)


def test_screenshot_on_a_phone_sized_window(server, tmp_path):
    shot = tmp_path / "phone.png"
    browse(server + "/demo/-/newsframe", f"--screenshot={shot}", "--window-size=390,1600")
    assert shot.exists() and shot.stat().st_size > 20_000
    width = int.from_bytes(shot.read_bytes()[16:20], "big")
    assert width == 390


@pytest.fixture(scope="module")
def polnear_server(polnear_train_dev_db):
    """A real Datasette server on a corpus of PolNeAR train and dev loaded together."""
    with datasette_server(polnear_train_dev_db) as base:
        yield base, polnear_train_dev_db


def test_pages_on_polnear_train_and_dev(polnear_server):
    import sqlite3

    base, db = polnear_server
    conn = sqlite3.connect(db)
    trump = conn.execute("select id from actors where name = 'Donald Trump'").fetchone()[0]
    a, b = [r[0] for r in conn.execute("select source_id from summary_sources order by quotes desc limit 2")]
    article = conn.execute("select article_id from quotes group by 1 order by count(*) desc limit 1").fetchone()[0]
    html = dom(base + "/polnear/-/newsframe")
    assert "Donald Trump" in html and html.count('<svg class="nf-chart"') == 2
    html = dom(f"{base}/polnear/-/newsframe/actors/{trump}")
    assert html.count('<svg class="nf-chart"') == 3 and "<polyline" in html
    check_links(base, html, limit=25)
    html = dom(f"{base}/polnear/-/newsframe/compare?source={a}&source={b}&q=debate")
    assert html.count('<svg class="nf-chart"') == 4
    check_links(base, html, limit=25)
    html = dom(f"{base}/polnear/-/newsframe/articles/{article}")
    assert html.count('class="nf-q nf-') >= 10
