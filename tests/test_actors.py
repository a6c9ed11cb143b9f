"""Actors: one row per real actor, roles, places standing for countries, overrides that survive reloads."""
from click.testing import CliRunner

from datasette_newsframe import loader
from datasette_newsframe.actors import plan, resolve_lone
from datasette_newsframe.cli import cli
from datasette_newsframe.extract.gazetteer import PRONOUNS, TITLES

from .conftest import SEED, needs_shared, write_jsonl
from .conftest import query as q


def test_plan_merges_spellings_and_surnames_but_never_two_people():
    people = [(1, "Donald Trump", 50), (2, "Donald J. Trump", 5), (3, "Trump", 9), (4, "Hillary Clinton", 40),
              (5, "Hillary Rodham Clinton", 3), (6, "Bill Clinton", 10), (7, "Clinton", 8),
              (8, "Donald Trump Jr", 4), (9, "Jane Doe", 3), (10, "John Doe", 3), (11, "Doe", 2)]
    merges = plan(people)
    assert merges == {2: 1, 5: 4}  # spellings of one full name; Bill Clinton and Donald Trump Jr stay themselves
    lone = [(100, "Trump", None), (101, "Clinton", None), (102, "Clinton", "Mr."), (103, "Clinton", "Mrs."),
            (104, "Doe", None), (105, "Hillary", None)]
    assert resolve_lone(people, lone) == {
        (100, "Trump"): 1,
        (101, "Clinton"): 4,  # Hillary is named far more often than Bill
        (102, "Clinton"): 6,  # "Mr. Clinton" is Bill however often Hillary is named
        (103, "Clinton"): 4,
        (105, "Hillary"): 4,
    }  # two Does equally named: no guess


def test_words_before_a_name_the_corpus_knows_far_better_are_no_part_of_it():
    people = [(1, "Donald Trump", 500), (2, "Real Donald Trump", 2), (3, "Bernie Sanders", 300),
              (4, "Vermonter Bernie Sanders", 1), (5, "Lee Harvey Oswald", 3), (6, "Harvey Oswald", 30),
              (7, "Crooked Hillary Clinton", 50), (8, "Hillary Clinton", 100), (9, "Donald J. Trump", 4)]
    # "Lee" is a first name: Lee Harvey Oswald is his own name; "Crooked Hillary Clinton" is named too
    # often to be folded in by counts alone (the article's lower-case "crooked" does it, entities.py)
    assert plan(people) == {2: 1, 4: 3, 9: 1}
    assert resolve_lone(people, [(100, "Trump", None)]) == {(100, "Trump"): 1}


def test_a_regnal_name_is_an_actor_of_its_own_never_a_first_name(tmp_path):
    # "Pope Francis" used to join the corpus's only full name starting with Francis (a U-2 pilot), and
    # "Queen Elizabeth" the Elizabeth Warren of the same article
    db = tmp_path / "r.db"
    src = write_jsonl(tmp_path / "r.jsonl", [
        {"id": "r1", "source": "P", "text": 'The pope spoke.\n\nPope Francis visited Mexico on Sunday. '
                                            '"We must build bridges, not walls," the pope said.'},
        {"id": "r2", "source": "Q", "text": 'Spy swap.\n\nFrancis Gary Powers was exchanged in 1962. '
                                            '"I was held for two years," Francis Gary Powers said.'},
        {"id": "r3", "source": "Q", "text": 'Royals.\n\nQueen Elizabeth opened Parliament. "My government '
                                            'will act," the queen said. "We will fight this bill," Elizabeth Warren said.'}])
    loader.load(db, [src])
    speakers = q(db, "select q.speaker_mention, a.name from quotes q join actors a on a.id = q.actor_id order by q.id")
    assert speakers == [("the pope", "Pope Francis"), ("Francis Gary Powers", "Francis Gary Powers"),
                        ("the queen", "Queen Elizabeth"), ("Elizabeth Warren", "Elizabeth Warren")]
    before = q(db, "select id, name from actors order by id")
    loader.load(db, [src])  # consolidation again keeps them
    assert q(db, "select id, name from actors order by id") == before


def test_one_name_with_either_apostrophe_is_one_actor(tmp_path):
    # outlets write O'Malley with a straight or a curly apostrophe: one person either way, named with
    # the apostrophe an analyst types in SQL
    db = tmp_path / "a.db"
    loader.load(db, [write_jsonl(tmp_path / "a.jsonl", [
        {"id": "a1", "source": "Paper A", "text": 'Intro.\n\n"We will win Iowa," Martin O\u2019Malley said.'},
        {"id": "a2", "source": "Paper B", "text": 'Intro.\n\n"We need new leadership," Martin O\'Malley said.'}])])
    rows = q(db, "select a.name, count(*) from quotes join actors a on a.id = quotes.actor_id group by a.id")
    assert rows == [("Martin O'Malley", 2)]
    assert q(db, "select speaker_mention from quotes order by id") == [("Martin O\u2019Malley",), ("Martin O'Malley",)]


@needs_shared()
def test_seed_actors_roles_and_countries(tmp_path):
    db = tmp_path / "s.db"
    loader.load(db, [SEED])
    people = dict(q(db, "select name, count(*) from actors where kind = 'person' group by name"))
    for name in ["Antony Blinken", "Vladimir Putin", "Sergei Lavrov", "Wendy Sherman", "Joe Biden"]:
        assert people.get(name) == 1, name
    assert not {"Blinken", "Putin", "Lavrov", "Sherman", "Biden"} & set(people)
    roles = dict(q(db, "select a.name, group_concat(distinct m.role) from mentions m join actors a on a.id = m.actor_id "
                       "where m.role is not null group by a.name"))
    assert roles["Antony Blinken"] == "US Secretary of State"
    assert roles["Vladimir Putin"] == "Russian President"
    assert roles["Sergei Lavrov"] == "Russian Foreign Minister"
    assert roles["Wendy Sherman"] == "US Deputy Secretary of State"
    assert "President" in roles["Joe Biden"]
    kinds = dict(q(db, "select name, kind from actors"))
    for name, kind in [("Russia", "country"), ("Ukraine", "country"), ("United States", "country"),
                       ("Belarus", "country"), ("NATO", "organization"), ("OSCE", "organization")]:
        assert kinds.get(name) == kind, name
    moscow = q(db, "select distinct a.name from mentions m join actors a on a.id = m.actor_id where m.text = 'Moscow'")
    assert moscow == [("Russia",)]
    assert q(db, "select count(*) from mentions where text = 'Moscow' and via = 'Moscow'")[0][0] >= 5
    # Kiev stands for Ukraine and keeps its spelling
    assert q(db, "select a.name, m.via from mentions m join actors a on a.id = m.actor_id where m.text = 'Kiev'") == \
        [("Ukraine", "Kiev")]
    # a pronoun speaker counts as a mention of its actor, but is no alias
    assert q(db, "select count(*) from actor_aliases where alias in ('she', 'he', 'the secretary')") == [(0,)]


@needs_shared()
def test_polnear_train_and_dev_actors(polnear_train_dev_db):
    db = polnear_train_dev_db
    top = q(db, "select a.name from quotes q join actors a on a.id = q.actor_id group by a.id "
                "order by count(*) desc limit 2")
    assert top == [("Donald Trump",), ("Hillary Clinton",)]
    names = {r[0] for r in q(db, "select name from actors where kind = 'person'")}
    for person in ["Bill Clinton", "Chelsea Clinton", "Mike Pence", "Tim Kaine", "Barack Obama"]:
        assert person in names, person
    for bare in ["Clinton", "Trump", "Obama", "Pence", "Kaine", "Hillary", "Donald", "Sanders"]:
        assert bare not in names, bare
    bad = {n for n in names if n in TITLES or n.lower() in PRONOUNS or n.lower() in ("who", "the", "a")}
    assert not bad
    every = {r[0] for r in q(db, "select name from actors")}  # of any kind: no "I" or "YOU" from shouting
    assert not {n for n in every if n in TITLES or n.lower() in PRONOUNS or n.lower() in ("you", "who", "them")}
    # no bare surname or first name is an actor; every one-word name is kept on its rows
    assert {n for n in names if len(n.split()) < 2} == set()
    assert q(db, "select count(*) from mentions where actor_id is null and name is null") == [(0,)]
    # nor an organisation named by a surname ("the Obama administration" is that, not "Obama")
    orgs = {r[0] for r in q(db, "select name from actors where kind = 'organization'")}
    assert "Obama administration" in orgs and not {"Obama", "Trump", "Clinton"} & orgs
    assert "Joseph R. Biden Jr" not in names  # Joe Biden's "Jr." is part of his name
    aliases = {r[0] for r in q(db, "select alias from actor_aliases x join actors a on a.id = x.actor_id "
                                   "where a.name = 'Donald Trump'")}
    assert {"Trump", "Donald J. Trump"} <= aliases and "Donald Trump Jr" not in aliases


@needs_shared()
def test_overrides_survive_reload(tmp_path):
    db = str(tmp_path / "o.db")
    text1 = 'Intro.\n\n"We will win this," said Jane Roe. "Count on it," added John Poe.'
    src = write_jsonl(tmp_path / "a.jsonl", [{"id": "1", "source": "S", "text": text1}])
    loader.load(db, [src])
    runner = CliRunner()
    result = runner.invoke(cli, ["actors", "merge", db, "John Poe", "Jane Roe"])
    assert result.exit_code == 0, result.output
    assert q(db, "select count(*) from actors where name = 'John Poe'") == [(0,)]
    result = runner.invoke(cli, ["actors", "rename", db, "Jane Roe", "Jane Q. Roe"])
    assert result.exit_code == 0, result.output
    # a changed article and a new one are loaded: extraction makes "John Poe" and "Jane Roe" again
    write_jsonl(src, [{"id": "1", "source": "S", "text": text1 + " More."},
                      {"id": "2", "source": "S", "text": 'Intro.\n\n"Again," said John Poe.'}])
    loader.load(db, [src])
    names = {r[0] for r in q(db, "select name from actors where kind = 'person'")}
    assert "John Poe" not in names and "Jane Roe" not in names and "Jane Q. Roe" in names
    assert q(db, "select count(*) from quotes q join actors a on a.id = q.actor_id where a.name = 'Jane Q. Roe'") == \
        [(3,)]
    # split: mentions written "John Poe" become their own actor again
    result = runner.invoke(cli, ["actors", "split", db, "John Poe", "John Poe"])
    assert result.exit_code == 0, result.output
    loader.load(db, [write_jsonl(tmp_path / "b.jsonl", [{"id": "3", "source": "S", "text": 'Intro.\n\n"Yes," said John Poe.'}])])
    assert q(db, "select count(*) from quotes q join actors a on a.id = q.actor_id where a.name = 'John Poe'") == [(3,)]
    listing = runner.invoke(cli, ["actors", "list", db])
    assert "Jane Q. Roe" in listing.output and "John Poe" in listing.output


def test_one_word_name_is_no_actor_until_the_corpus_names_the_person(tmp_path):
    db = str(tmp_path / "l.db")
    first = {"id": "1", "source": "S", "text": 'Intro.\n\n"The contractors were left alone," Tiegen said.'}
    loader.load(db, [write_jsonl(tmp_path / "a.jsonl", [first])])
    assert q(db, "select count(*) from actors where name = 'Tiegen'") == [(0,)]
    # the quote keeps its speaker as written and the name extraction gave it
    assert q(db, "select speaker_mention, speaker_name, actor_id from quotes") == [("Tiegen", "Tiegen", None)]
    assert q(db, "select text, name, actor_id from mentions") == [("Tiegen", "Tiegen", None)]
    # a later load names him in full: the earlier quote and mention join that actor
    later = {"id": "2", "source": "S", "text": 'Intro.\n\n"I was there," said John Tiegen, a security contractor.'}
    loader.load(db, [write_jsonl(tmp_path / "b.jsonl", [later])])
    assert q(db, "select a.name, count(*) from quotes q join actors a on a.id = q.actor_id group by 1") == \
        [("John Tiegen", 2)]
    assert q(db, "select count(*) from mentions where actor_id is null") == [(0,)]
    assert {r[0] for r in q(db, "select alias from actor_aliases")} == {"Tiegen", "John Tiegen"}
    # or the analyst names the person: an override gives a one-word name its actor, on every load
    third = {"id": "3", "source": "S", "text": 'Intro.\n\n"We stayed," Geist said.'}
    loader.load(db, [write_jsonl(tmp_path / "c.jsonl", [third])])
    assert q(db, "select count(*) from quotes where actor_id is null") == [(1,)]
    result = CliRunner().invoke(cli, ["actors", "rename", db, "Geist", "Mark Geist"])
    assert result.exit_code == 0, result.output
    loader.load(db, [write_jsonl(tmp_path / "c.jsonl", [dict(third, text=third["text"] + " More.")])])
    assert q(db, "select a.name from quotes q join actors a on a.id = q.actor_id where q.text like 'We stayed%'") == \
        [("Mark Geist",)]


def test_names_that_look_like_other_things(tmp_path):
    text = ("Intro.\n\nRep. Steve Israel said the vote was close. \"Budgets matter,\" said Dean Baker, an economist. "
            "British Prime Minister Theresa May said little. \"It was a long night,\" O'Neill said, "
            "according to NYPD Commissioner James O\u2019Neill. Prosecutors said the case was closed. "
            "PolitiFact said the claim was false. A Chinese official said talks went on. "
            "\"We will fight,\" a Democratic aide said. The progress was slow, and Progress said so.")
    db = tmp_path / "n.db"
    loader.load(db, [write_jsonl(tmp_path / "n.jsonl", [{"id": "n", "text": text}])])
    kinds = dict(q(db, "select name, kind from actors"))
    for name in ["Steve Israel", "Dean Baker", "Theresa May", "James O'Neill"]:  # stored with a straight apostrophe
        assert kinds.get(name) == "person", name
    assert kinds.get("Prosecutors") == "group" and kinds.get("PolitiFact") == "organization"
    assert "Progress" not in kinds and "Israel" not in kinds
    # a transcript's speaker label is the person, not an acronym
    transcript = "Gov. Mike Pence spoke on Sunday.\nPENCE: We will win Indiana.\nTAPPER: Thank you."
    loader.load(db, [write_jsonl(tmp_path / "t.jsonl", [{"id": "t", "text": transcript}])])
    assert q(db, "select m.text, a.name from mentions m join actors a on a.id = m.actor_id where m.text = 'PENCE'") \
        == [("PENCE", "Mike Pence")]
    assert q(db, "select count(*) from actors where name in ('PENCE', 'TAPPER', 'Tapper')") == [(0,)]
    speakers = dict(q(db, "select substr(q.text, 1, 12), a.name from quotes q join actors a on a.id = q.actor_id"))
    assert speakers["It was a lon"] == "James O'Neill"  # the apostrophe differs, the person does not
    assert speakers["We will figh"] == "Democratic Party"
    assert "China" in {a for a in speakers.values()}


def test_override_errors(tmp_path):
    db = str(tmp_path / "e.db")
    loader.load(db, [write_jsonl(tmp_path / "a.jsonl", [{"id": "1", "text": '"Hi there you all," said Al Bo.'}])])
    result = CliRunner().invoke(cli, ["actors", "merge", db, "Nobody Here", "Al Bo"])
    assert result.exit_code == 1 and "no actor named 'Nobody Here'" in result.output
    result = CliRunner().invoke(cli, ["actors", "rename", db, "Al Bo", "Al Bo"])
    assert result.exit_code == 1 and "the same" in result.output


def quotes_per_actor(tmp_path, articles):
    """Load ``articles`` with the real loader; {actor name: quotes} across the corpus."""
    db = tmp_path / "t.db"
    loader.load(db, [write_jsonl(tmp_path / "t.jsonl", articles)])
    return dict(q(db, "select a.name, count(*) from quotes q join actors a on a.id = q.actor_id group by 1"))


def test_transliterations_of_one_name_are_one_actor(tmp_path):
    # TASS writes "Sergey Lavrov", Press TV "Sergei Lavrov": outlets compared must count one Lavrov
    articles = [{"id": "1", "source": "TASS", "text": "Intro.\n\nSergey Lavrov said the talks were useful. "
                 "Volodymyr Zelenskyy said they were not."},
                {"id": "2", "source": "Press TV", "text": "Intro.\n\nSergei Lavrov said the talks were useful. "
                 "Volodymyr Zelensky said they were not. Lavrov said the talks would go on."}]
    quoted = quotes_per_actor(tmp_path, articles)
    assert quoted["Sergei Lavrov"] == 3  # the most named spelling leads
    assert [n for n in quoted if "Zelensk" in n] in (["Volodymyr Zelensky"], ["Volodymyr Zelenskyy"])
    assert plan([(1, "Terry Smith", 3), (2, "Terri Smith", 2)]) == {}  # other names stay other people


def test_arabic_names_across_articles(tmp_path):
    # SANA writes "al-Assad", Reuters "Assad": one actor; "Salman" alone is not Mohammed bin Salman
    articles = [{"id": "1", "source": "SANA", "text": "Intro.\n\nPresident Bashar al-Assad said the talks were "
                 "useful. Crown Prince Mohammed bin Salman said they were not."},
                {"id": "2", "source": "Reuters", "text": "Intro.\n\nAssad said the talks were useful. Al-Assad "
                 "said the talks would go on. King Salman said nothing new had been agreed on."}]
    quoted = quotes_per_actor(tmp_path, articles)
    assert quoted == {"Bashar al-Assad": 3, "Mohammed bin Salman": 1}
    assert resolve_lone([(1, "Mohammed bin Salman", 20)], [(7, "Salman", None)]) == {}


def test_spelling_variants_and_seats_of_government(tmp_path):
    text = ("Intro.\n\nKyiv and Kiev are one city. Fighting went on in Luhansk and in Lugansk. "
            "The Kremlin said talks would go on. Washington disagreed.")
    db = tmp_path / "v.db"
    loader.load(db, [write_jsonl(tmp_path / "v.jsonl", [{"id": "v", "text": text}])])
    linked = dict(q(db, "select m.text, a.name from mentions m join actors a on a.id = m.actor_id"))
    assert linked["Kyiv"] == linked["Kiev"] == "Ukraine"
    assert linked["Luhansk"] == linked["Lugansk"] == "Lugansk"
    assert linked["Kremlin"] == "Russia" and linked["Washington"] == "United States"
    assert q(db, "select a.name from quotes q join actors a on a.id = q.actor_id") == [("Russia",)]


@needs_shared()
def test_consolidation_is_idempotent(tmp_path, polnear_train_dev_db):
    import shutil

    from datasette_newsframe import store
    from datasette_newsframe.loader import consolidate

    from .conftest import dump

    db = tmp_path / "copy.db"
    shutil.copy(polnear_train_dev_db, db)
    before = dump(db)
    conn = store.connect(db)
    consolidate(conn)  # a second pass, as after a load stopped during consolidation, changes nothing
    conn.close()
    assert dump(db) == before


def test_titles_decide_which_person_a_surname_is():
    from datasette_newsframe.extract.entities import find_entities

    text = ("Intro. First lady Michelle Obama spoke, and President Barack Obama listened. Later Mrs. Obama "
            "left. Mr. Obama stayed and President Obama waved. Michelle Obama smiled. Obama said no. "
            "The European delegation and the Clean Power Plan were discussed.")
    found = [(m.text, m.role, m.name) for m in find_entities(text) if m.text == "Obama"]
    assert found == [("Obama", "Mrs.", "Michelle Obama"), ("Obama", "Mr.", "Barack Obama"),
                     ("Obama", "President", "Barack Obama"), ("Obama", None, "Michelle Obama")]
    kinds = {m.text: m.kind for m in find_entities(text)}
    assert "European" not in kinds and kinds.get("Clean Power Plan") != "person"


def test_a_description_its_article_leaves_open_goes_to_whom_the_corpus_gives_that_role(tmp_path):
    # two people named equally often: the article alone cannot tell who "the Republican nominee" is;
    # the corpus calls Donald Trump that and Hillary Clinton "the Democratic nominee"
    roles = _wire('Republican nominee Donald Trump spoke in Ohio, and Democratic nominee Hillary Clinton in Iowa.')
    story = _story('Donald Trump and Hillary Clinton met on Monday. Donald Trump and Hillary Clinton both claimed '
                   'victory.\n\n"I won it easily," the Republican nominee said.\n\n"He lost the debate," the '
                   'Democratic nominee said.\n\n"Nobody won," the moderator said.')
    expected = [("the Republican nominee", "Donald Trump"), ("the Democratic nominee", "Hillary Clinton"),
                ("the moderator", None)]
    assert _story_speakers(tmp_path / "d.db", roles + [story]) == expected
    assert _story_speakers(tmp_path / "d.db", roles + [story]) == expected  # consolidation again: the same
    # without the corpus's roles no one is guessed
    assert [name for _, name in _story_speakers(tmp_path / "alone.db", [story])] == [None, None, None]


def test_an_articles_guess_at_a_description_yields_to_the_corpus(tmp_path):
    # the story names Donald Trump most and ties no one to Vermont, so on its own it guesses Trump for
    # "the Vermont senator"; the corpus writes "Vermont Sen." before Bernie Sanders
    roles = _wire('Vermont Sen. Bernie Sanders spoke in Iowa.')
    story = _story('Donald Trump attacked the justice. Donald Trump said she should resign, and Donald Trump '
                   'repeated it. Bernie Sanders was in Ohio.\n\n"She has every right to speak her mind about it," '
                   'the Vermont senator said.')
    assert _story_speakers(tmp_path / "alone.db", [story]) == [("the Vermont senator", "Donald Trump")]
    db = tmp_path / "d.db"
    assert _story_speakers(db, roles + [story]) == [("the Vermont senator", "Bernie Sanders")]
    assert _story_speakers(db, roles + [story]) == [("the Vermont senator", "Bernie Sanders")]  # again: the same
    assert q(db, "select speaker_name from quotes where speaker_mention = 'the Vermont senator'") == [
        ("Donald Trump",)]  # what the article alone said stays on record


def _wire(sentence):
    """Three wire stories that say ``sentence`` on three days: the roles the corpus gives people."""
    return [{"id": f"r{i}", "source": "Wire", "text": f"Report {i}.\n\nOn day {i}: {sentence}"} for i in range(3)]


def _story(text):
    """The story "s1" whose quotes _story_speakers reads."""
    return {"id": "s1", "source": "Paper", "text": "Story.\n\n" + text}


def _story_speakers(db, articles):
    """Load ``articles`` into ``db``; (speaker mention, actor) of the direct quotes of article "s1"."""
    loader.load(db, [write_jsonl(db.with_suffix(".jsonl"), articles)])
    return q(db, "select q.speaker_mention, a.name from quotes q join articles r on r.id = q.article_id "
                 "left join actors a on a.id = q.actor_id where r.external_id = 's1' and q.kind = 'direct' "
                 "order by q.id")


def test_a_state_in_a_description_is_the_state_the_corpus_writes_before_the_title(tmp_path):
    # the story names two senators equally and ties neither to a state; the corpus writes "Texas Sen."
    # before Ted Cruz and "Florida Sen." before Marco Rubio, and "former Florida Gov." before Jeb Bush
    roles = _wire('Texas Sen. Ted Cruz and Florida Sen. Marco Rubio spoke in Iowa, as did former Florida Gov. '
                  'Jeb Bush.')
    story = _story('Ted Cruz, Marco Rubio and Jeb Bush met on Monday. Ted Cruz, Marco Rubio and Jeb Bush all '
                   'claimed victory.\n\n"I won it easily," the Texas senator said.\n\n"He lost the debate," the '
                   'Florida senator said.\n\n"Nobody won," the former Florida governor said.')
    db = tmp_path / "d.db"
    assert _story_speakers(db, roles + [story]) == [
        ("the Texas senator", "Ted Cruz"), ("the Florida senator", "Marco Rubio"),
        ("the former Florida governor", "Jeb Bush")]
    assert q(db, "select distinct role from mentions m join actors a on a.id = m.actor_id "
                 "where a.name = 'Ted Cruz' and role is not null") == [("Texas Sen.",)]


def test_i_outside_quotation_marks_is_the_writer_the_byline_names(tmp_path):
    # a column: "I" is its writer, never the person the text named last; a Q&A's answers speak for
    # the person asked; an agency's byline names no one
    db = tmp_path / "i.db"
    loader.load(db, [write_jsonl(tmp_path / "i.jsonl", [
        {"id": "col", "source": "Paper", "author": "Heidi M. Przybyla, USA TODAY",
         "text": 'My week.\n\nI met Wayne Berman at the party on Friday.\n\n"We will never agree on taxes," I told '
                 'him.'},
        {"id": "wire", "source": "Wire", "author": "AP",
         "text": 'A column.\n\nI met Wayne Berman at the party on Friday.\n\n"We will never agree," I told him.'},
        {"id": "qa", "source": "Paper", "author": "Michael Grunwald",
         "text": 'Q&A with Joe Biden.\n\nJoe Biden spoke with us on Thursday.\n\nQ: Why not run?\n\nA: I said the '
                 'timing was wrong for my family.\n\nQ: And now?\n\nA: I said I would help the party.'}])])
    rows = q(db, "select r.external_id, q.speaker_mention, a.name from quotes q join articles r on r.id = q.article_id "
                 "left join actors a on a.id = q.actor_id where q.speaker_mention = 'I' order by q.id")
    assert rows[:2] == [("col", "I", "Heidi M. Przybyla"), ("wire", "I", None)]
    assert {name for ext, _, name in rows if ext == "qa"} == {"Joe Biden"}
