"""The seed article's quotations, as the quotes issue lists them."""
import pytest

from datasette_newsframe.extract import extract
from datasette_newsframe.extract.lexicon import stance_of
from datasette_newsframe.readers import read_paths

from .conftest import SEED, needs_shared

pytestmark = needs_shared()


@pytest.fixture(scope="module")
def seed():
    (article,) = list(read_paths([SEED]))
    return article.body, extract(article.body).quotes


def find(quotes, start_of_text, kind=None):
    hits = [q for q in quotes if q.text.startswith(start_of_text) and (kind is None or q.kind == kind)]
    assert hits, f"no quote starting {start_of_text!r}"
    return hits[0]


def test_offsets_are_exact(seed):
    body, quotes = seed
    for q in quotes:
        assert body[q.start:q.end] == q.text
        if q.speaker_start is not None:
            assert body[q.speaker_start:q.speaker_end] == q.speaker_mention


def test_blinken_direct_quote_speaker_after(seed):
    q = find(seed[1], "I think these things are joined", "direct")
    assert (q.speaker_mention, q.speaker_name, q.cue, q.cue_lemma) == ("Blinken", "Antony Blinken", "said", "say")


def test_unattributed_continuation_paragraph_keeps_blinken(seed):
    q = find(seed[1], "But here's what's important", "direct")
    assert q.speaker_name == "Antony Blinken"
    assert q.text.endswith("a determination to stand resolutely against it.")


def test_the_secretary_said_is_blinken(seed):
    q = find(seed[1], "Don't engage in actions", "direct")
    assert (q.speaker_mention, q.speaker_name) == ("the secretary", "Antony Blinken")


def test_she_said_is_wendy_sherman(seed):
    q = find(seed[1], "Should Putin take action", "direct")
    assert (q.speaker_mention, q.speaker_name) == ("she", "Wendy Sherman")


def test_lavrov_geopolitical_games_partial(seed):
    q = find(seed[1], "geopolitical games", "partial")
    assert q.speaker_name == "Sergei Lavrov" and q.cue == "warned"


def test_serious_consequences_partial_by_blinken(seed):
    hits = [q for q in seed[1] if q.text == "serious consequences"]
    assert len(hits) == 2 and all(q.kind == "partial" and q.speaker_name == "Antony Blinken" for q in hits)


def test_unusual_is_a_scare_quote_with_distancing_cue(seed):
    q = find(seed[1], "unusual", "scare")
    assert q.cue == "what they call" and stance_of(q.cue) == "distancing"
    assert q.speaker_mention == "US and NATO military officials"


def test_putin_indirect_red_line_statements(seed):
    putin = [q for q in seed[1] if q.kind == "indirect" and q.speaker_name == "Vladimir Putin"]
    texts = [q.text for q in putin]
    assert any(t.startswith("the expansion of NATO military infrastructure in Ukraine was a red line") for t in texts)
    leader = find(seed[1], "Moscow would view the deployment", "indirect")
    assert (leader.speaker_mention, leader.speaker_name) == ("The Russian leader", "Vladimir Putin")
    assert any(t.startswith("Moscow will act if the US-led NATO") for t in texts)


def test_claimed_is_distancing(seed):
    q = find(seed[1], "Russia is coordinating its activities", "indirect")
    assert (q.speaker_mention, q.speaker_name, q.cue_lemma) == ("He", "Antony Blinken", "claim")
    assert stance_of(q.cue) == "distancing"


def test_top_russian_diplomat_is_lavrov(seed):
    q = find(seed[1], "Moscow would respond to security threats", "indirect")
    assert (q.speaker_mention, q.speaker_name) == ("The top Russian diplomat", "Sergei Lavrov")


def test_country_speaker_and_accusation(seed):
    q = find(seed[1], "it was free to move its troops", "indirect")
    assert (q.speaker_name, q.cue_lemma) == ("Russia", "say")
    q = find(seed[1], "Russia of preparing for an attack", "indirect")
    assert (q.speaker_name, q.cue_lemma, stance_of(q.cue)) == ("Antony Blinken", "accuse", "confrontational")
