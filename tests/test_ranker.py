"""The speaker ranker: it only attributes quotes the rules left without a speaker, its model
ships in the package, and the training script (run on PolNeAR train) reproduces that model."""
import json
import subprocess
import sys

from datasette_newsframe.extract import extract, ranker
from datasette_newsframe.extract.entities import find_entities
from datasette_newsframe.extract.quotes import find_quotes, reading_view, rule_quotes

from .conftest import POLNEAR, ROOT, TOOLS, needs_shared

NO_VERB = ('Donald Trump spoke to reporters on Monday.\n\n"Syrians are now being caught at the southern border, '
           'just like I said," Trump from his desk.')


def test_a_quote_with_no_words_of_attribution_gets_the_speaker_the_model_picks():
    (q,) = extract(NO_VERB).quotes
    assert (q.speaker_mention, q.speaker_name, q.cue, q.attributed_by) == ("Trump", "Donald Trump", None, "ranker")
    assert NO_VERB[q.speaker_start:q.speaker_end] == "Trump"


def test_without_the_model_the_rules_alone_decide(monkeypatch):
    monkeypatch.setattr(ranker, "_RANKER", None)
    (q,) = extract(NO_VERB).quotes
    assert q.speaker_start is None


@needs_shared()
def test_the_ranker_changes_only_quotes_the_rules_left_unattributed(polnear_dev_jsonl):
    filled = 0
    for line in open(polnear_dev_jsonl, encoding="utf-8"):
        body = json.loads(line)["text"]
        mentions = find_entities(body)
        if reading_view(body) is not body:
            continue  # '' statements are rewritten after the ranker (tests/test_apostrophe_quotes.py)
        rules, _, _ = rule_quotes(body, mentions)
        final = find_quotes(body, mentions)
        assert [(q.start, q.end, q.kind) for q in final] == [(q.start, q.end, q.kind) for q in rules]
        for before, after in zip(rules, final):
            if before.speaker_start is not None:
                assert after == before._replace(attributed_by="rules")
            elif before.kind not in ("direct", "partial"):
                assert after == before
            elif after.speaker_start is not None:
                assert after.attributed_by == "ranker"
                filled += 1
                assert body[after.speaker_start:after.speaker_end] == after.speaker_mention
                assert not (after.start <= after.speaker_start < after.end)  # never inside its own quote
    assert filled >= 5


@needs_shared()
def test_the_shipped_model_is_what_the_training_script_makes_from_polnear_train(tmp_path):
    out = tmp_path / "model.json"
    run = subprocess.run([sys.executable, str(ROOT / "training" / "train_speaker_ranker.py"), str(POLNEAR), str(TOOLS),
                          str(out)], capture_output=True, text=True, check=True)
    assert "two-fold cross-validation on train" in run.stdout
    assert json.loads(out.read_text()) == json.loads(ranker.WEIGHTS_FILE.read_text())
    model = json.loads(out.read_text())
    assert 0 < model["threshold"] < 1 and model["trained_on"] == "PolNeAR train"
