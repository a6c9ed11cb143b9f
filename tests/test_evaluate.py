"""newsframe evaluate: BRAT gold against a loaded corpus, overall and per source."""
import json
import subprocess
import sys

from click.testing import CliRunner

from datasette_newsframe import loader
from datasette_newsframe.cli import cli
from datasette_newsframe.evaluate import read_brat, score_article

from .conftest import POLNEAR, TOOLS, needs_shared, write_jsonl

TEXT = 'Intro line here.\n\n"We will win this race easily," Jane Roe said. Critics said the plan was far too costly.'


def ann(tmp_path, name, lines):
    path = tmp_path / "gold" / f"{name}.ann"
    path.parent.mkdir(exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def span(part, after=0):
    s = TEXT.index(part, after)
    return f"{s} {s + len(part)}"


GOLD = [
    f"T1\tSource {span('Jane Roe')}\tJane Roe",
    f"T2\tCue {span('said')}\tsaid",
    f"T3\tContent {span(chr(34) + 'We will win this race easily,' + chr(34))}\tquote",
    "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
    f"T4\tSource {span('Critics')}\tCritics",
    f"T5\tCue {span('said', TEXT.index('Critics'))}\tsaid",
    f"T6\tContent {span('the plan was far too costly')}\tcontent",
    "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4",
]


def test_read_brat_and_score_one_article(tmp_path):
    attributions = read_brat(ann(tmp_path, "a1", GOLD))
    assert len(attributions) == 2
    good = [{"kind": "direct", "char_start": TEXT.index("We will"), "char_end": TEXT.index(",\" Jane"),
             "speaker_char_start": TEXT.index("Jane Roe"), "speaker_char_end": TEXT.index("Jane Roe") + 8},
            {"kind": "indirect", "char_start": TEXT.index("the plan"), "char_end": len(TEXT) - 1,
             "speaker_char_start": None, "speaker_char_end": None}]
    figures = score_article(TEXT, attributions, good).figures()
    assert (figures["direct_f1"], figures["speaker_mention_acc"], figures["attributed_f1"]) == (1.0, 1.0, 1.0)
    assert (figures["indirect_recall"], figures["indirect_precision"]) == (1.0, 1.0)
    wrong_speaker = [dict(good[0], speaker_char_start=0, speaker_char_end=5)]
    figures = score_article(TEXT, attributions, wrong_speaker).figures()
    assert (figures["direct_f1"], figures["attributed_f1"], figures["indirect_recall"]) == (1.0, 0.0, 0.0)
    assert score_article(TEXT, attributions, []).figures()["direct_r"] == 0.0


def test_evaluate_cli_on_loaded_corpus(tmp_path):
    ann(tmp_path, "a1", GOLD)
    db = tmp_path / "c.db"
    loader.load(db, [write_jsonl(tmp_path / "in.jsonl", [{"id": "a1", "source": "Paper", "text": TEXT}])])
    result = CliRunner().invoke(cli, ["evaluate", str(db), str(tmp_path / "gold"), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["articles"] == 1 and data["overall"]["attributed_f1"] == 1.0
    assert data["by_source"]["Paper"]["direct_f1"] == 1.0
    missing = CliRunner().invoke(cli, ["evaluate", str(db), str(tmp_path)])
    assert missing.exit_code == 0  # tmp_path holds gold/ below it: found recursively


@needs_shared()
def test_evaluate_polnear_dev_agrees_with_shared_scorer(tmp_path, polnear_dev_jsonl):
    db = tmp_path / "dev.db"
    loader.load(db, [polnear_dev_jsonl])
    ours = json.loads(CliRunner().invoke(cli, ["evaluate", str(db), str(POLNEAR / "dev"), "--json"]).output)
    assert ours["articles"] == 84 and len(ours["by_source"]) == 7
    pred = tmp_path / "pred.jsonl"
    subprocess.run([sys.executable, str(TOOLS / "db_to_pred.py"), str(db), str(pred)], check=True)
    out = subprocess.run([sys.executable, str(TOOLS / "score.py"), str(POLNEAR / "dev"),
                          str(POLNEAR / "metadata.tsv"), str(pred)], check=True, capture_output=True, text=True)
    shared = json.loads(out.stdout)
    for key in ("direct_f1", "speaker_mention_acc", "attributed_f1"):
        assert abs(ours["overall"][key] - shared[key]) < 0.02, key
    # floors that guard the extractor against regressions (measured on dev, see README)
    assert shared["direct_f1"] >= 0.96 and shared["attributed_f1"] >= 0.89 and shared["speaker_named_acc"] >= 0.92
    assert shared["indirect_recall"] >= 0.65 and shared["indirect_precision"] >= 0.75
