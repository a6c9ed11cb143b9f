"""State media side by side, as an analyst loads them: GlobalSecurity.org reprints of TASS and Xinhua
next to the seed's Iran Press TV story, through `newsframe load` and the real Datasette app."""
import pytest
from click.testing import CliRunner
from datasette.app import Datasette

from datasette_newsframe.cli import cli

from .conftest import SEED, needs_shared
from .conftest import query as q

BANNER = "UNITED24 - Make a charitable donation in support of Ukraine!\n\nMilitary\n\n"
FOOTER = "\n\nJoin the GlobalSecurity.org mailing list\n"

TASS = BANNER + """TASS

Russia expects US response on security guarantees, Lavrov says

TASS

03.12.2021

STOCKHOLM, December 3. /TASS/. Moscow expects Washington to respond to its proposals on security \
guarantees in Europe, Russian Foreign Minister Sergey Lavrov said on Friday after talks with US Secretary \
of State Antony Blinken.

"We told our American colleagues that we need legally binding guarantees," the Russian top diplomat said.

Kremlin Spokesman Dmitry Peskov told reporters in Moscow on Friday that the leaders could hold a video \
call soon. "There are no specific dates yet," he said.

MOSCOW, December 3. /TASS/. The Foreign Ministry said the talks with Washington had been difficult.""" + FOOTER

XINHUA = BANNER + """Xinhua

China urges U.S. to stop interfering in internal affairs

Xinhua

Source: Xinhua| 2021-12-03 22:11:25|Editor: huaxia

BEIJING, Dec. 3 (Xinhua) -- China on Friday urged the United States to stop interfering in its internal \
affairs, a Foreign Ministry spokesperson said.

"The U.S. side should stop its wrong words and deeds," spokesperson Wang Wenbin told a regular press briefing.

"Democracy is not Coca-Cola," he added.""" + FOOTER


@needs_shared()
@pytest.mark.asyncio
async def test_tass_xinhua_and_press_tv_compared(tmp_path):
    folder = tmp_path / "reprints"
    folder.mkdir()
    (folder / "tass.txt").write_text(TASS, encoding="utf-8")
    (folder / "xinhua.txt").write_text(XINHUA, encoding="utf-8")
    db = str(tmp_path / "wire.db")
    result = CliRunner().invoke(cli, ["load", "--quiet", db, str(folder), str(SEED)])
    assert result.exit_code == 0, result.output
    sources = dict(q(db, "select s.name, a.published from articles a join sources s on s.id = a.source_id"))
    assert sources == {"TASS": "2021-12-03", "Xinhua": "2021-12-03T22:11:25", "Iran Press TV": "2021-12-03T22:18"}
    # one Lavrov, though TASS writes "Sergey" and Press TV "Sergei"; no dateline became an actor
    names = {r[0] for r in q(db, "select name from actors")}
    assert len([n for n in names if "Lavrov" in n]) == 1
    assert not names & {"STOCKHOLM", "MOSCOW", "BEIJING", "Ministry"}
    # the two foreign ministries stay two, each named by the place its story was filed from
    speakers = {(s, a) for s, a in q(db, "select s.name, ac.name from quotes qu join actors ac on ac.id = qu.actor_id "
                                         "join sources s on s.id = qu.source_id")}
    assert ("Xinhua", "Chinese Foreign Ministry") in speakers and ("TASS", "Russian Foreign Ministry") in speakers
    assert {("TASS", "Dmitry Peskov"), ("Xinhua", "Wang Wenbin")} <= speakers
    (lavrov,) = [r[0] for r in q(db, "select id from actors where name like '%Lavrov'")]
    by_source = dict(q(db, "select s.name, count(*) from quotes qu join sources s on s.id = qu.source_id "
                           "where qu.actor_id = ? group by 1", [lavrov]))
    assert by_source.get("TASS", 0) >= 2 and by_source.get("Iran Press TV", 0) >= 2

    # the comparison page counts that one Lavrov for both outlets
    ds = Datasette([db])
    ids = dict(q(db, "select name, id from sources"))
    page = await ds.client.get(f"/wire/-/newsframe/compare.json?source={ids['TASS']}&source={ids['Iran Press TV']}")
    assert page.status_code == 200
    row = next(r for r in page.json()["share_of_voice"] if r["actor_id"] == lavrov)
    assert {b["source_id"]: b["quotes"] for b in row["by_source"]} == \
        {ids["TASS"]: by_source["TASS"], ids["Iran Press TV"]: by_source["Iran Press TV"]}
