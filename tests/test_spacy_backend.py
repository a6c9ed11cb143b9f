"""The spaCy backend through the same pluggy hook as any third-party extractor.

spaCy's English models are not on PyPI, so this uses spaCy's blank English pipeline with an
entity ruler: real spaCy tokenisation and entity spans, no model download.
"""
import sqlite3

import pytest

spacy = pytest.importorskip("spacy")

from datasette_newsframe import hookspecs, loader, plugins  # noqa: E402
from datasette_newsframe.extract.spacy_backend import SpacyExtractor  # noqa: E402

from .conftest import SEED, needs_shared  # noqa: E402

pytestmark = needs_shared()


def ruler_pipeline():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PERSON", "pattern": p} for p in
                        ["Antony Blinken", "Blinken", "Wendy Sherman", "Vladimir Putin", "Putin", "Sergei Lavrov",
                         "Lavrov", "Joe Biden"]] +
                       [{"label": "GPE", "pattern": p} for p in ["Russia", "Moscow", "Ukraine", "Washington"]] +
                       [{"label": "ORG", "pattern": p} for p in ["NATO", "Brookings Institution"]])
    return nlp


def test_spacy_entities_feed_the_same_quote_extraction():
    body = SEED.read_text(encoding="utf-8")
    result = SpacyExtractor(nlp=ruler_pipeline())(body)
    def quote(start):
        return next(q for q in result.quotes if q.text.startswith(start))

    assert quote("I think these things are joined").speaker_name == "Antony Blinken"
    assert quote("Should Putin take action").speaker_name == "Wendy Sherman"
    moscow = [m for m in result.mentions if m.text == "Moscow"]
    assert moscow and all(m.name == "Russia" and m.via == "Moscow" for m in moscow)
    assert {m.name for m in result.mentions if m.kind == "person"} >= {"Antony Blinken", "Vladimir Putin"}


def test_a_plugin_extractor_is_used_by_the_loader(tmp_path):
    class Plugin:
        @hookspecs.hookimpl
        def newsframe_extractors(self):
            return {"spacy-ruler": SpacyExtractor(nlp=ruler_pipeline())}

    plugin = Plugin()
    plugins.manager().register(plugin, name="test-spacy-ruler")
    try:
        db = tmp_path / "s.db"
        result = loader.load(db, [SEED], extractor="spacy-ruler")
        assert result.loaded == 1
        conn = sqlite3.connect(db)
        assert conn.execute("select extractor from load_runs").fetchone() == ("spacy-ruler",)
        assert ("Antony Blinken",) in conn.execute(
            "select distinct a.name from quotes q join actors a on a.id = q.actor_id").fetchall()
    finally:
        plugins.manager().unregister(plugin)


def test_spacy_without_a_model_is_a_clear_load_error(tmp_path):
    extractor = plugins.extractors()["spacy"]
    try:
        extractor.nlp()
    except RuntimeError:
        pass
    else:
        pytest.skip("an English spaCy model is installed here")
    result = loader.load(tmp_path / "m.db", [SEED], extractor="spacy")
    assert result.failed == 1 and "spaCy model 'en_core_web_sm' is not installed" in str(result.errors[0])
