"""Small written cases for each behaviour the quotes issue asks for."""
from datasette_newsframe.extract import extract


def quotes(text):
    qs = extract(text).quotes
    for q in qs:
        assert text[q.start:q.end] == q.text
    return qs


def direct_speakers(text):
    """(speaker mention, speaker name) of each direct quote of ``text``."""
    return [(q.speaker_mention, q.speaker_name) for q in quotes(text) if q.kind == "direct"]


def only(text, kind=None):
    qs = [q for q in quotes(text) if kind is None or q.kind == kind]
    assert len(qs) == 1, qs
    return qs[0]


def test_speaker_before_with_colon():
    q = only('Officials met on Monday.\n\nLavrov said: "We will respond to any provocation by the West."')
    assert (q.kind, q.speaker_mention, q.cue) == ("direct", "Lavrov", "said")


def test_speaker_after_both_orders():
    q = only('Talks ended.\n\n"We stand with our allies in Europe," said Blinken.')
    assert q.speaker_mention == "Blinken" and q.kind == "direct"
    q = only('Talks ended.\n\n\u201cWe stand with our allies in Europe,\u201d Blinken said.')
    assert q.speaker_mention == "Blinken"


def test_curly_and_straight_marks_and_apostrophes_do_not_break_pairing():
    text = ("Intro line.\n\n\u201cThe voters' choice is clear and we don't doubt it,\u201d said Jane Roe. "
            "Her rival's team said the ''polls'' were \"plainly wrong about this race.\"")
    qs = quotes(text)
    assert [q.text for q in qs if q.kind != "indirect"] == [
        "The voters' choice is clear and we don't doubt it", "plainly wrong about this race."]


def test_one_odd_mark_does_not_cost_the_rest():
    text = ('Intro.\n\nHe wrote 5" of text and then "this is the first real quote here," Ann Lee said.\n\n'
            '"And this second one stands too," Ann Lee said.')
    texts = [q.text for q in quotes(text) if q.kind == "direct"]
    assert "And this second one stands too" in texts


def test_multi_paragraph_quote_and_continuation():
    text = ('Intro.\n\n"We are ready to talk about everything on the table,\u201d Sherman said.\n\n'
            '"But we will not accept threats against our partners in the region.\n\n'
            '"And we will act together with them."\n\nOther news followed.')
    qs = [q for q in quotes(text) if q.kind == "direct"]
    assert [q.speaker_name for q in qs] == ["Sherman"] * 3
    assert qs[1].text == "But we will not accept threats against our partners in the region."


def test_partial_quote_inside_reported_speech():
    q = only('Intro.\n\nBlinken stressed that Moscow risks "serious consequences" if it moves.', "partial")
    assert (q.speaker_mention, q.cue) == ("Blinken", "stressed")


def test_scare_quotes():
    q = only('Intro.\n\nThe so-called "peace plan" was rejected by both sides.', "scare")
    assert q.text == "peace plan" and q.cue == "so-called"
    q = only('Intro.\n\nThe ministry released "unusual" figures on Friday.', "scare")
    assert q.speaker_mention is None


def test_indirect_speech_forms():
    q = only("Intro.\n\nPutin said the expansion of NATO was a red line for Russia.", "indirect")
    assert q.text == "the expansion of NATO was a red line for Russia" and q.speaker_name == "Putin"
    q = only("Intro.\n\nAccording to the report, turnout fell sharply in every district.", "indirect")
    assert q.cue == "according to" and q.speaker_mention == "the report"
    q = only("Intro.\n\nTurnout fell sharply in every district, the commission said on Monday.", "indirect")
    assert q.text == "Turnout fell sharply in every district" and q.speaker_mention == "the commission"
    q = only("Intro.\n\nKiev accused Moscow of massing troops on the border.", "indirect")
    assert (q.speaker_name, q.cue_lemma) == ("Ukraine", "accuse")
    # a speaker set off by an appositive; "said the campaign is ..." is a clause, not "said the spokesman"
    q = only("Intro.\n\nMarlon Marshall, Clinton's director of state campaigns, said the campaign is taking "
             "nothing for granted.", "indirect")
    assert (q.speaker_mention, q.text) == ("Marlon Marshall", "the campaign is taking nothing for granted")
    q = only("Intro.\n\nThe talks will go on next week, said Jane Roe, a spokeswoman.", "indirect")
    assert (q.speaker_mention, q.text) == ("Jane Roe", "The talks will go on next week")
    # reported speech before a quotation in the same sentence
    qs = quotes('Intro.\n\nBut Jane Roe said she was too busy to look for the evidence: "I have a lot going on."')
    assert [(q.kind, q.speaker_name) for q in qs] == [("indirect", "Jane Roe"), ("direct", "Jane Roe")]
    assert qs[0].text == "she was too busy to look for the evidence"


def _indirect(text):
    return [(q.speaker_mention, q.text) for q in quotes("Intro.\n\n" + text) if q.kind == "indirect"]


def test_indirect_speech_in_sentences_with_quotations():
    # the quotation is masked, the reported clause before it kept; its own attribution is no content
    assert _indirect('He says he respects Clinton and calls her "an extremely intelligent woman."') == [
        ("He", "he respects Clinton")]
    assert _indirect('FBI Director James Comey called it "extremely careless," but said she should face no '
                     'criminal charges.') == [("FBI Director James Comey", "she should face no criminal charges")]
    assert _indirect('"We are ready," Johnson said, looking out at the crowd.') == []
    # a quotation inside the reported clause makes it a partial quote, not indirect speech
    assert _indirect('Senator Jones said the plan was "a disaster for everyone involved."') == []


def test_indirect_speech_subjects():
    assert _indirect("Among Trump voters, 74 percent said they are set on voting for him, while 22 percent "
                     "said they might change their mind.") == [
        ("74 percent", "they are set on voting for him"), ("22 percent", "they might change their mind")]
    assert _indirect("Friends, lobbyists and former foes say that Trump is picking the right man.") == [
        ("Friends, lobbyists and former foes", "Trump is picking the right man")]
    assert _indirect("Cruz strongly suggested they should drop out of the race.") == [
        ("Cruz", "they should drop out of the race")]
    assert _indirect("Many black voters found it offensive, journalist Martha Raddatz said.") == [
        ("journalist Martha Raddatz", "Many black voters found it offensive")]
    assert _indirect("The former governor, who dropped his own bid last September, noted that the electorate "
                     "wants an outsider.") == [("The former governor", "the electorate wants an outsider")]
    assert _indirect("Still, Cruz will change how he approaches his colleagues, a source close to him said.") == [
        ("a source close to him", "Still, Cruz will change how he approaches his colleagues")]
    # an appositive subject: what follows the verb is content, not a speaker after it
    assert _indirect("Gov. John Kasich of Ohio, a Republican who has refused to endorse Mr. Trump, said the Khan "
                     "family deserved better.")[0][1] == "the Khan family deserved better"


def test_indirect_speech_openers_and_tails():
    assert _indirect("Her lead grew in every state, according to complete but unofficial returns.") == [
        ("complete but unofficial returns", "Her lead grew in every state")]
    assert _indirect("As another Pew study noted, the average age of Latinos born in California was 18.") == [
        ("another Pew study", "the average age of Latinos born in California was 18")]
    assert _indirect("As reported by Western Journalism, there are 150 delegates at stake tonight.") == [
        ("Western Journalism", "there are 150 delegates at stake tonight")]
    assert _indirect("Senate Majority Leader Mitch McConnell issued a statement saying that the Senate should "
                     "wait.") == [("Senate Majority Leader Mitch McConnell", "the Senate should wait")]
    assert _indirect("Trump Says He Is Unlikely To Have A Good Relationship With David Cameron.") == [
        ("Trump", "He Is Unlikely To Have A Good Relationship With David Cameron")]
    assert _indirect("Bernie Sanders raised more than $33 million in three months, his campaign announced "
                     "Saturday.") == [("his campaign", "Bernie Sanders raised more than $33 million in three months")]
    # a reported clause ends where the reporter's framing starts
    assert _indirect("Trump argued that a database would keep people out, saying it is about management.")[0] == (
        "Trump", "a database would keep people out")
    # a reported clause inside a subordinate one ends at its comma; the main clause is read too
    assert _indirect("Though Trump said the event was tragic, he maintained that it does not change his "
                     "statements.") == [("Trump", "the event was tragic"),
                                        ("he", "it does not change his statements")]
    # an inserted attribution right after a short subject
    assert _indirect("Time, Mr. Pence added, was on their side.") == [("Mr. Pence", "Time, Mr. Pence added, was on their side")]
    # the writer's idiom is no one's speech
    assert _indirect("And suffice it to say, the reversals do not change the fact that his views are "
                     "incoherent.") == []
    # "added" with an amount is no speech
    assert _indirect("While the U.S. added around 292,000 jobs in December, China suffered market chaos.") == []


def test_asked_questions_and_requests():
    qs = [q for q in quotes("Intro.\n\nAsked whether he would counsel Clinton to pick Sanders, Reid said he "
                            "would not give her advice.") if q.kind == "indirect"]
    assert [(q.speaker_mention, q.cue, q.text) for q in qs] == [
        (None, "asked", "whether he would counsel Clinton to pick Sanders"),
        ("Reid", "said", "he would not give her advice")]
    assert _indirect("In another email, Clinton asks her assistant to print out the recommendations.") == [
        ("Clinton", "her assistant to print out the recommendations")]


def test_pronoun_and_description_speakers():
    text = ("Intro.\n\nUS Secretary of State Antony Blinken met Wendy Sherman in Geneva.\n\n"
            "\"We will not be intimidated by anyone,\" she said.\n\n"
            "\"Our allies stand with us,\" the secretary said.")
    assert direct_speakers(text) == [
        ("she", "Wendy Sherman"), ("the secretary", "Antony Blinken")]


def test_organisation_and_country_speakers():
    q = only('Intro.\n\n"We do not comment on rumours about our products," a Coca-Cola spokesman said.')
    assert (q.speaker_name, q.speaker_kind) == ("Coca-Cola", "organization")
    q = only("Intro.\n\nThe Kremlin said the talks had been useful for both sides.", "indirect")
    assert (q.speaker_name, q.speaker_kind) == ("Russia", "country")


def test_stance_of_cues():
    from datasette_newsframe.extract.lexicon import lemma_of, stance_of

    assert [stance_of(v) for v in ("said", "claimed", "confirmed", "slammed", "urged", "called on")] == [
        "neutral", "distancing", "endorsing", "confrontational", "directive", "directive"]
    assert lemma_of("Pointed out") == "point out" and stance_of("eats") is None


def test_empty_and_quote_free_text():
    assert extract("").quotes == ()
    assert [q.kind for q in extract("Nothing is said here at all, just facts and figures.").quotes] == []


def test_dash_signatures():
    text = ("Readers wrote in.\n\n\u201cHe does not know the struggles of working families at all.\u201d \u2015 Karen Bobadilla."
            "\n\u201cThe most unqualified candidate to ever run for office.\u201d \u2015 Jorge Falcon, 34, of Phoenix"
            "\n\u201cHe cannot answer a question without scaring people.\u201d\u00a0\u2015\u00a0Esther Tapia\u00a0"
            "\n\n\"Great speech. She is ready for the job.\"\n\n-Barack Obama, tweeting after the speech.")
    assert direct_speakers(text) == [
        ("Karen Bobadilla", "Karen Bobadilla"), ("Jorge Falcon", "Jorge Falcon"), ("Esther Tapia", "Esther Tapia"),
        ("Barack Obama", "Barack Obama")]
    # a dash inside running text is no signature
    q = only('Intro.\n\n"We will see about that soon," Ann Lee said \u2014 and left the room.', "direct")
    assert q.speaker_mention == "Ann Lee"


def test_subject_of_a_sentence_without_reporting_verb_speaks():
    q = only('Intro.\n\nBernie Sanders credited the result to "a closed primary, something I am not enthusiastic '
             'about."', "partial")
    assert (q.speaker_mention, q.speaker_name, q.cue) == ("Bernie Sanders", "Bernie Sanders", None)
    # no actor opens the sentence: no speaker is guessed
    q = only('Intro.\n\nGuns are "the ultimate public health crisis of our time" in the view of many.')
    assert q.speaker_mention is None


def test_speakers_described_by_whom_they_work_for():
    def speaker(text):
        q = only(text, "direct")
        return q.speaker_mention, q.speaker_name
    assert speaker('Intro.\n\n"We reject these claims entirely," the Kremlin\'s spokesman said.') == \
        ("the Kremlin's spokesman", "Russia")
    assert speaker('Intro.\n\n"We reject these claims entirely," a Chinese official said.') == \
        ("a Chinese official", "China")
    # someone of Obama's is not Obama
    assert speaker('Intro.\n\n"My reaction, that was outrageous," Obama\'s former strategist said.') == \
        ("Obama's former strategist", None)


def test_reporting_words_used_as_nouns_and_lead_in_phrases_name_no_speaker():
    # "note" and "remarks" are nouns here; the speaker is the clause's subject
    q = only('Intro.\n\nMike Pence thanked the crowd. And although he thanked them for coming, he sounded a rare '
             'note of doubt, saying, "I\'m not sure I really deserve it."', "direct")
    assert (q.speaker_mention, q.speaker_name) == ("he", "Mike Pence")
    q = only('Intro.\n\nThe lawmaker, who represents a district in Albay province, said Trump\'s remarks "have had '
             'widespread dissemination, thus aggravating the shame."')
    assert q.speaker_mention == "The lawmaker"
    # a phrase that opens the sentence is not its subject
    q = only('Intro.\n\nJohn Tiegen wrote a post. Along with the photo, he had posted: "We are not mourning, we are '
             'celebrating!"', "direct")
    assert (q.speaker_mention, q.speaker_name) == ("he", "John Tiegen")


def test_anonymous_party_members_and_appositive_employers():
    q = only('Primary news.\n\n"We are worried about turnout in the north," said a Nevada Democrat.', "direct")
    assert (q.speaker_mention, q.speaker_name, q.speaker_kind) == ("a Nevada Democrat", "Nevada Democrats", "group")
    # the name someone works for is not the speaker: "Jeff Weaver, Sanders' campaign manager"
    q = only("Bernie Sanders campaigned.\n\n\"We are going all the way to the convention,\" said Jeff Weaver, "
             "Sanders' campaign manager.", "direct")
    assert q.speaker_name == "Jeff Weaver"


def test_places_parentheticals_and_lead_ins_around_the_speaker():
    def speaker(text):
        return next(q for q in quotes(text) if q.kind != "indirect").speaker_name
    # "in Columbus, Ohio," is where, not who
    assert speaker('Hillary Clinton won. Clinton, during a town hall meeting in Columbus, Ohio, said she was "going '
                   'to put a lot of coal miners out of business."') == "Hillary Clinton"
    # an inverted parenthetical names the speaker after the verb
    assert speaker('Nancy Reagan died. The paradox of Nancy, says Carl Anthony, historian at the library, is that '
                   'she was "one of the most powerful first ladies in the era."') == "Carl Anthony"
    # "A few days later," and "Surveying ...," open the sentence; the subject follows
    assert speaker('Donald Trump spoke. But a few days later, Trump reversed himself, telling CBS that the laws '
                   '\u201care set. And I think we have to leave it that way.\u201d') == "Donald Trump"
    assert speaker('Kevin Williamson writes.\n\nSurveying rust-belt desolation in upstate New York, Williamson '
                   'concludes: \u201cNobody did this to them. They failed themselves.\u201d') == "Kevin Williamson"


def test_delegate_title_and_sung_quotes():
    q = only('The hearing went on.\n\n"We were never told about the contract at all," said Del. Stacey Plaskett.')
    assert (q.speaker_mention, q.speaker_name) == ("Del. Stacey Plaskett", "Stacey Plaskett")
    qs = quotes('Mary J. Blige has a show.\n\n\u201cPromise mama you\u2019ll keep your hands in sight,\u201d Blige sings to '
                'Clinton before asking her, \u201cI just want to know, where do we go from here?\u201d')
    assert [q.speaker_mention for q in qs if q.kind == "direct"] == ["Blige", "Blige"]


def test_the_verb_and_the_subject_nearest_the_quote():
    def speaker(text):
        return [(q.speaker_mention, q.speaker_name) for q in quotes(text) if q.kind != "indirect"]
    # a nearer verb with its own subject
    assert speaker('Hillary Clinton arrived. At one point, a woman asked for a photo and Clinton said, \u201cas long '
                   'as we\u2019re not violating any election laws.\u201d') == [("Clinton", "Hillary Clinton")]
    # a participle after a noun belongs to the sentence's subject; after a name, to the name
    assert speaker('John Kasich campaigned.\n\nJohn Kasich says he would be yelling at people on their way into '
                   'the polls saying \u201cHey, vote for me.\u201d') == [("John Kasich", "John Kasich")]
    assert speaker('The ad ran on Monday. The ad uses footage of Hillary Clinton asking, \u201cWhy aren\u2019t I 50 '
                   'points ahead?\u201d') == [("Hillary Clinton", "Hillary Clinton")]
    # "X said Tuesday in Paris, noting ...": X notes it
    assert speaker('Francois Hollande spoke. Donald Trump spoke.\n\nTrump\u2019s \u201cexcesses\u201d are sickening, '
                   'Hollande said Tuesday in Paris, noting the nominee \u201cmakes you want to retch.\u201d') == \
        [("Hollande", "Francois Hollande")] * 2
    # a time phrase opens the sentence; a role and a name follow the organisation
    assert speaker('John Podesta spoke. Fifteen minutes after Pence was picked, Clinton campaign chairman John '
                   'Podesta called the governor "the most extreme pick in a generation."') == \
        [("Clinton campaign chairman John Podesta", "John Podesta")]


def test_supporters_are_not_whom_they_support_and_places_after_lead_ins():
    def speaker(text):
        return [(q.speaker_mention, q.speaker_name, q.speaker_kind) for q in quotes(text) if q.kind != "indirect"]
    assert speaker('Chris Christie spoke.\n\nAt the town hall meeting in Hudson, New Hampshire Monday, the Christie '
                   'supporter retorted: \u201cThere is a special place in hell for them.\u201d') == \
        [("the Christie supporter", "Christie supporters", "group")]
    assert speaker('Hillary Clinton spoke.\n\n"We are very worried about the numbers," said Simon Rosenberg, a '
                   'Clinton supporter.') == [("Simon Rosenberg", "Simon Rosenberg", "person")]
    # "Berea, OH," continues the lead-in; "(R-OH)," does not end the speaker's name
    assert speaker('John Kasich won Ohio.\n\nSpeaking in Berea, OH, after winning Ohio, Gov. John Kasich (R-OH), '
                   'said, \u201cI\u2019m getting ready to rent a covered wagon.\u201d') == \
        [("Gov. John Kasich", "John Kasich", "person")]


WIRE_STORY = """Moscow vows response to new sanctions

MOSCOW, March 3. /TASS/. Moscow will respond to any new Western sanctions, Russian Foreign Ministry \
Spokeswoman Maria Zakharova said on Thursday.

"We have repeatedly warned our Western colleagues that such steps will not go unanswered," the diplomat \
stressed at a weekly briefing.

According to her, the European Union "has lost its independence in foreign policy."

In her words, Brussels is "following Washington's lead in everything."

BEIJING, March 3 (Xinhua) -- Chinese Foreign Ministry spokesperson Wang Wenbin said at a regular press \
briefing that China opposes unilateral sanctions. "Sanctions never solve problems," the spokesperson said.
"""


def test_wire_datelines_are_no_actors():
    mentions = extract(WIRE_STORY).mentions
    names = {m.name for m in mentions}
    assert not names & {"MOSCOW", "BEIJING", "Ministry"}
    assert {"TASS", "Xinhua", "Maria Zakharova", "Wang Wenbin"} <= names
    # the dateline pattern needs the agency or a dash: an organisation opening a paragraph stays
    assert [m.name for m in extract("Talks.\n\nNATO, meanwhile, said it was ready.").mentions] == ["NATO"]
    assert [m.name for m in extract("Talks.\n\nNATO - the alliance - said it was ready.").mentions] == ["NATO"]


def test_wire_speakers_by_role_object_pronoun_and_in_her_words():
    by_text = {q.text: q for q in quotes(WIRE_STORY)}
    roles = {m.name: m.role for m in extract(WIRE_STORY).mentions if m.role}
    assert roles["Wang Wenbin"] == "Chinese Foreign Ministry spokesperson"
    assert roles["Maria Zakharova"] == "Russian Foreign Ministry Spokeswoman"
    q = by_text["We have repeatedly warned our Western colleagues that such steps will not go unanswered"]
    assert (q.speaker_mention, q.speaker_name) == ("the diplomat", "Maria Zakharova")
    q = by_text["has lost its independence in foreign policy."]
    assert (q.kind, q.speaker_mention, q.speaker_name, q.cue) == ("partial", "her", "Maria Zakharova", "according to")
    q = by_text["following Washington's lead in everything."]
    assert (q.speaker_mention, q.speaker_name, q.cue, q.cue_lemma) == \
        ("her", "Maria Zakharova", "In her words", "in the words of")
    q = by_text["Sanctions never solve problems"]
    assert (q.speaker_mention, q.speaker_name) == ("the spokesperson", "Wang Wenbin")


def test_wire_reported_speech_after_datelines_and_long_time_phrases():
    q = only("Talks.\n\nBEIJING, Dec. 3 (Xinhua) -- China on Friday urged the United States to stop "
             "interfering in its internal affairs, a Foreign Ministry spokesperson said.", "indirect")
    assert q.text.startswith("China on Friday urged") and q.speaker_mention == "a Foreign Ministry spokesperson"
    q = only("Talks.\n\nSTOCKHOLM, December 3. /TASS/. Moscow expects Washington to respond to its proposals, "
             "Russian Foreign Minister Sergey Lavrov said on Friday after talks with US Secretary of State "
             "Antony Blinken.", "indirect")
    assert (q.text, q.speaker_name) == ("Moscow expects Washington to respond to its proposals", "Sergey Lavrov")
    q = only("Talks.\n\nSergey Lavrov spoke to reporters.\n\nAccording to him, Blinken promised to pass the "
             "proposals on to President Joe Biden.", "indirect")
    assert (q.speaker_mention, q.speaker_name, q.cue) == ("him", "Sergey Lavrov", "according to")
    q = only("Talks.\n\nKremlin spokesman Dmitry Peskov told reporters in Moscow on Friday that the leaders could "
             "hold a video call soon.", "indirect")
    assert (q.text, q.speaker_name) == ("the leaders could hold a video call soon", "Dmitry Peskov")
    q = only("Talks.\n\nVladimir Putin was quoted by Interfax as saying that Russia would not allow NATO to "
             "expand further east.", "indirect")
    assert (q.text, q.speaker_name, q.cue_lemma) == \
        ("Russia would not allow NATO to expand further east", "Vladimir Putin", "say")


def test_a_pronoun_after_reported_speech_is_its_speakers():
    text = ('Talks.\n\n"The Islamic Republic supports a political solution," Hossein Amir-Abdollahian said.\n\n'
            'Kremlin spokesman Dmitry Peskov told TASS that Moscow had not received any proposals. '
            '"There is nothing to discuss yet," he told TASS.')
    (q,) = [q for q in quotes(text) if q.text == "There is nothing to discuss yet"]
    assert (q.speaker_mention, q.speaker_name) == ("he", "Dmitry Peskov")


def test_a_one_word_name_made_a_person_by_a_title_is_that_person_throughout():
    text = ("Talks.\n\nPresident Obama spoke in Ohio on Monday. Crowds cheered as Obama arrived, and later "
            "the visit of Obama was praised.\n\nThe Flint water crisis went on. Flint said nothing.")
    found = [(m.text, m.kind) for m in extract(text).mentions]
    assert found.count(("Obama", "person")) == 3
    # speech once is weak evidence: that occurrence only ("Flint said"), not the city elsewhere
    assert found.count(("Flint", "person")) == 1


def test_a_title_no_one_has_is_the_person_the_story_is_about():
    text = ("Talks.\n\nMarco Rubio campaigned in Iowa. Rubio met voters, and Jeb Bush stayed home. Rubio "
            "was upbeat.\n\n\"We will win this state in the end,\" the Florida senator said.\n\n"
            "\"Anything can happen in a primary,\" a candidate said.")
    by_text = {q.text: q for q in quotes(text)}
    assert by_text["We will win this state in the end"].speaker_name == "Marco Rubio"
    assert by_text["Anything can happen in a primary"].speaker_name is None  # "a candidate" is anyone
    # two people named as often: no guess
    even = text.replace("and Jeb Bush stayed home", "and Jeb Bush stayed home. Bush was calm. Bush slept")
    assert {q.text: q for q in quotes(even)}["We will win this state in the end"].speaker_name is None


def test_ministries_are_named_once_and_by_their_country():
    def speaker(text):
        (q,) = [q for q in quotes(text) if q.kind == "indirect"]
        return q.speaker_name
    said = " said the talks had been useful and long."
    assert speaker("Talks.\n\nThe State Department" + said) == "State Department"  # not "... department"
    assert speaker("Talks.\n\nIran's Foreign Ministry" + said) == "Iranian Foreign Ministry"
    assert speaker("Talks.\n\nThe Russian Foreign Ministry" + said) == "Russian Foreign Ministry"
    # a ministry without its country is that of the state news agency, else of the place the story was filed from
    assert speaker("BEIJING, Dec. 3 (Xinhua) -- The Foreign Ministry" + said) == "Chinese Foreign Ministry"
    assert speaker("STOCKHOLM, December 3. /TASS/. The Foreign Ministry" + said) == "Russian Foreign Ministry"
    assert speaker("KYIV, Ukraine (AP) \u2014 The Foreign Ministry" + said) == "Ukrainian Foreign Ministry"
    assert speaker("Talks.\n\nThe Foreign Ministry" + said) == "Foreign Ministry"


def test_suffixes_and_initials_are_part_of_a_name_and_titles_found_again():
    text = ("Talks.\n\nDefense Secretary Lloyd J. Austin III said the United States stood with its allies. "
            "Martin Luther King Jr. was quoted on a banner.\n\nArmy Gen. Mark A. Milley, chairman of the Joint "
            "Chiefs of Staff, spoke first. The general said the allies would be consulted.")
    ex = extract(text)
    people = {m.text: (m.name, m.kind) for m in ex.mentions}
    assert people["Lloyd J. Austin III"] == ("Lloyd J. Austin III", "person")  # no "shouting" for J. and III
    assert people["Martin Luther King Jr"] == ("Martin Luther King Jr", "person")  # "King" is no title here
    assert people["Joint Chiefs of Staff"][1] == "organization"
    said = {q.text: q.speaker_name for q in ex.quotes if q.kind == "indirect"}
    assert said["the allies would be consulted"] == "Mark A. Milley"
    assert said["the United States stood with its allies"] == "Lloyd J. Austin III"


def test_honorifics_of_clerics_are_titles():
    text = ("Talks.\n\nLeader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei says sanctions have failed. "
            "Hezbollah Secretary General Sayyed Hassan Nasrallah said the resistance was strong. "
            "\"We are ready,\" Sayyed Nasrallah said.")
    ex = extract(text)
    assert {m.name for m in ex.mentions if m.kind == "person"} == {"Ali Khamenei", "Hassan Nasrallah"}
    (q,) = [q for q in ex.quotes if q.kind == "direct"]
    assert q.speaker_name == "Hassan Nasrallah"


def test_an_organisation_then_a_name_in_one_run():
    tail = " said on Tuesday that the country would keep its nuclear program despite the pressure from the West."
    ex = extract("Talks.\n\nSecretary of the Supreme National Security Council Ali Shamkhani" + tail)
    found = {m.text: (m.kind, m.role) for m in ex.mentions}
    assert found["Ali Shamkhani"] == ("person", "Secretary of the Supreme National Security Council")
    assert found["National Security Council"][0] == "organization"
    ex = extract("Talks.\n\nThe deal went to Pershing Square Capital Management and Trump Tower Commercial LLC." + tail)
    assert {m.text: m.kind for m in ex.mentions if m.kind in ("person", "organization")} == {
        "Pershing Square Capital Management": "organization", "Trump Tower Commercial LLC": "organization"}


def test_arabic_names_keep_their_article_and_particles():
    ex = extract("Talks.\n\nSyrian President Bashar al-Assad said the talks had failed. \"We will not surrender,\" "
                 "al-Assad said. Assad left for Moscow. Saudi Crown Prince Mohammed bin Salman said the kingdom "
                 "would act. Egyptian President Abdel Fattah el-Sisi said Egypt would help. Grand Ayatollah Ali "
                 "al-Sistani urged calm.")
    people = {(m.text, m.name) for m in ex.mentions if m.kind == "person"}
    assert people == {("Bashar al-Assad", "Bashar al-Assad"), ("al-Assad", "Bashar al-Assad"),
                      ("Assad", "Bashar al-Assad"), ("Mohammed bin Salman", "Mohammed bin Salman"),
                      ("Abdel Fattah el-Sisi", "Abdel Fattah el-Sisi"), ("Ali al-Sistani", "Ali al-Sistani")}
    assert [(q.speaker_mention, q.speaker_name) for q in ex.quotes] == [
        ("Syrian President Bashar al-Assad", "Bashar al-Assad"), ("al-Assad", "Bashar al-Assad"),
        ("Saudi Crown Prince Mohammed bin Salman", "Mohammed bin Salman"),
        ("Egyptian President Abdel Fattah el-Sisi", "Abdel Fattah el-Sisi")]
    # a sentence may open with the article (SANA's style)
    ex = extract("Talks.\n\nPresident Bashar al-Assad said the talks were useful. al-Assad said they would go on.")
    assert [(q.text, q.speaker_name) for q in ex.quotes] == [
        ("the talks were useful", "Bashar al-Assad"), ("they would go on", "Bashar al-Assad")]
    # particles inside a name, not an article opening a foreign name
    ex = extract("Talks.\n\nMayor Bill de Blasio said the city was ready. Los Hijos de Trump posted a video.")
    assert {m.name for m in ex.mentions if m.kind == "person"} == {"Bill de Blasio"}
    ex = extract("Talks.\n\nAl-Qaeda claimed the attack, and al-Qaida and Al Qaeda were named again.")
    assert {(m.name, m.kind) for m in ex.mentions} == {("al-Qaeda", "organization")}


def test_the_leader_is_the_leader_of_the_islamic_revolution():
    ex = extract("Tehran.\n\nLeader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei met officials on Sunday. "
                 "The Leader said the enemies had failed to break the nation. The head of the Islamic Revolution "
                 "Guards Corps also spoke, and the IRGC said the drills would go on.")
    assert [(q.speaker_mention, q.speaker_name) for q in ex.quotes if q.kind == "indirect"] == [
        ("The Leader", "Ali Khamenei"), ("the IRGC", "Islamic Revolution Guards Corps")]
    assert {m.name for m in ex.mentions if m.kind == "organization"} == {"Islamic Revolution Guards Corps"}


def test_a_subject_after_a_dateline_a_lead_in_or_before_a_time():
    def speakers(text):
        return [(q.speaker_mention, q.speaker_name) for q in quotes(text)]
    assert speakers("Intro.\n\nPHILADELPHIA, July 25 (UPI) \u2014 The Democratic National Committee released a "
                    "statement on Monday, offering \u201ca deep and sincere apology\u201d to Sen. Bernie Sanders.") == [
        ("The Democratic National Committee", "Democratic National Committee")]
    assert speakers('Intro.\n\nThe day after the primary, Republican Gov. Doug Ducey called the long lines '
                    '"a disgrace to every voter."') == [("Republican Gov. Doug Ducey", "Doug Ducey")]
    assert speakers('Intro.\n\nCandidate Donald Trump on Saturday tweeted an image bearing the words "most '
                    'corrupt candidate ever!" at once.') == [("Candidate Donald Trump", "Donald Trump")]


def test_the_subject_of_the_nearest_calling_verb_and_of_a_clause_after_another():
    def speakers(text):
        return [(q.speaker_mention, q.speaker_name) for q in quotes(text) if q.kind != "indirect"]
    # "in what X called": X, not the sentence's subject
    assert speakers("Richard Nixon ran. Kevin Phillips wrote.\n\nNixon\u2019s use of the strategy led to what aide "
                    "Kevin Phillips called \u201cthe beginning of a new Republican era\u201d in 1969.") == [
        ("Kevin Phillips", "Kevin Phillips")]
    assert speakers('Intro.\n\nThat proposal was debated in January; one lawmaker called Trump "the orange prince '
                    'of American self-publicity." It failed.') == [("one lawmaker", None)]
    # a clause after a subordinate one, or after ", while", is no part of the earlier verb's "that" clause
    assert speakers("Donald Trump and Marco Rubio debated.\n\nAfter Trump argued that Medicare should not be cut, "
                    "Rubio said only that his \u201cnumbers don\u2019t add up.\u201d") == [("Rubio", "Marco Rubio")]
    assert speakers('Marco Rubio and Ted Cruz spoke.\n\nRubio suggested that someone who does not answer cannot '
                    'win, while Cruz said that the "stakes in this election are too high" for Trump.') == [
        ("Cruz", "Ted Cruz")]
    # ... but a verb inside the "that" clause still is
    assert speakers('Antony Blinken spoke.\n\nBlinken warned that Moscow risks "serious consequences" if it '
                    'invades.') == [("Blinken", "Antony Blinken")]


def test_a_role_held_in_something_is_the_whole_speaker_and_who_holds_it():
    def speakers(text):
        return [(q.speaker_mention, q.speaker_name) for q in quotes(text) if q.kind != "indirect"]
    assert speakers('Secretary of State Hillary Clinton visited Ohio.\n\nLater the secretary of state said she was '
                    '"not only here to do my job" in Kentucky.') == [("the secretary of state", "Hillary Clinton")]
    assert speakers('Ohio Gov. John Kasich spoke first. Then Sen. Rob Portman spoke.\n\n"We will win this state '
                    'in November," the governor of Ohio said.') == [("the governor of Ohio", "John Kasich")]
    # a spokesman speaks for the campaign; no one in it is named
    assert speakers('Intro.\n\n"We have no comment on the report at all," a spokesman for the campaign said.') == [
        ("a spokesman for the campaign", None)]


def test_surnames_ending_in_ing_and_openers_that_are_no_subject():
    def speakers(text):
        return [(q.speaker_mention, q.speaker_name) for q in quotes(text) if q.kind != "indirect"]
    assert speakers('Betsy Ebeling, 68, came with her husband.\n\n"It is fine for all of us," Ebeling said.') == [
        ("Ebeling", "Betsy Ebeling")]
    # a nationality alone is a surname of someone named in full, never an adjective ("Cuban officials")
    assert speakers('Mark Cuban spoke. Cuban officials were angry.\n\n"We are done with it," Cuban said.') == [
        ("Cuban", "Mark Cuban")]
    assert speakers('Cuban officials were angry.\n\n"We are done with it," Cuban said.') == [("Cuban", None)]
    # "Morning" in an article that writes "morning" is no one's surname
    assert speakers('Morning Joe Monday aired in the morning.\n\n"We are done with this race," Morning said.') \
        == [("Morning", None)]
    assert speakers('Mel Sembler agreed to serve.\n\nWhen asked why, Sembler responded in a text message: '
                    '"Trump will be the Republican Party\'s nominee."') == [("Sembler", "Mel Sembler")]
    assert speakers('Michael Bloomberg spoke.\n\nInitially a Democrat, he ran in 2001 as a Republican and said '
                    '"this city needs a manager, not a politician."') == [("he", "Michael Bloomberg")]
    assert speakers('Donald Trump spoke.\n\nImmediately after the attacks, Trump issued a statement, "Last night, '
                    'our nation was attacked by a radical Islamic terrorist."') == [("Trump", "Donald Trump")]
    assert speakers('Intro.\n\nIn response, Republican presidential nominee Donald Trump issued the following '
                    'statement:\n\n"Our prayers are with all those affected by the attacks."') == [
        ("Republican presidential nominee Donald Trump", "Donald Trump")]


def test_a_newsletter_item_credits_its_author_and_replies_before_a_quote():
    def speakers(text):
        return [(q.speaker_mention, q.speaker_name, q.cue) for q in quotes(text) if q.kind != "indirect"]
    assert speakers('Intro.\n\nThe interplay has been important for Republican contests - Philip Bump: "Two weeks '
                    'ago, the strongest territory had been the South."') == [("Philip Bump", "Philip Bump", ":")]
    # verbs that report only next to a quote
    assert speakers('Bill Clinton came in. A child asked who he was. Another child responded, \u201cThat\u2019s '
                    'Hillary\u2019s husband.\u201d') == [("Another child", None, "responded")]
    assert speakers('Intro.\n\nAt the rally Donald Trump reacted: "What sport is he talking about, and who?"') == [
        ("Donald Trump", "Donald Trump", "reacted")]
    # ... and words that are nouns elsewhere report after a quote only when its comma hands on to them
    assert speakers('Intro.\n\nHe sent staff to all 11 of the "Super Tuesday" March 1 states to organize.') == []
    assert speakers('Intro.\n\n"She will stand up to the gun lobby and take on the NRA," a voice-over in the ad '
                    'states.') == [("a voice-over in the ad", None, "states")]
    assert speakers('Francois Hollande spoke.\n\n"France will always be France, it never gives up," an angry '
                    'Hollande retaliated.') == [("an angry Hollande", "Francois Hollande", "retaliated")]


def test_a_reading_list_excerpt_is_no_quotation():
    # a newsletter's link item quotes an article's lede: no one said it
    text = ('SPOTTED. Intro line.\n\nNIGHTLIFE BEAT\u2014"The Living Room to close at the end of December," by '
            'Times\' Ben Sisario: "The Living Room, a no-frills nightclub that gave an early stage to many acts, '
            'will close." http://nyti.ms/1abc.\n\n"We will miss it very much," said Jane Roe, a regular.')
    assert [(q.text, q.speaker_mention) for q in quotes(text) if q.kind != "indirect"] == [
        ("We will miss it very much", "Jane Roe")]


def test_a_pronoun_after_a_quote_is_who_introduced_it_and_a_clause_is_no_speaker():
    def speakers(text):
        return [(q.speaker_mention, q.speaker_name) for q in quotes(text) if q.kind != "indirect"]
    # the mention stays as written ("he"); the actor is who the colon introduced, not the last man named
    assert speakers('Donald Trump spoke after the murder of Father Jacques Hamel in Normandy.\n\nTrump asserted '
                    'that France had lost its identity: \u201cFrance is no longer France, not any more,\u201d he '
                    'claimed.') == [("he", "Donald Trump")]
    # '"...," he was echoing Ryan, who used the same words when asked': a clause, not a speaker
    assert speakers('Donald Trump and Paul Ryan met.\n\nWhen Trump used the words, \u201cI\u2019m not quite there '
                    'yet,\u201d he was echoing Ryan, who used the same words when asked.') == [("he", "Donald Trump")]


def test_a_reporting_noun_a_source_talking_to_an_outlet_and_with_x_asking():
    def speakers(text):
        return [(q.speaker_mention, q.speaker_name) for q in quotes(text) if q.kind != "indirect"]
    assert speakers('Bernie Sanders spoke.\n\nSanders delivered a snappy retort: "No one is tearing this up. We '
                    'are going to go forward."') == [("Sanders", "Bernie Sanders")]
    assert speakers('Intro.\n\nAnother intelligence source speaking to Fox News said, \u201cThe agents are '
                    'investigating the possible intersection of donations.\u201d') == [
        ("Another intelligence source", None)]
    assert speakers('JoAnne Kloppenburg ran.\n\nKloppenburg and her backers tried to tie Bradley to Walker, with '
                    'one of her ads asking, \u201cIs Rebecca Bradley independent enough to serve?\u201d') == [
        ("her ads", None)]
    # "said" after "a top aide" is the verb, not a noun
    assert speakers('Hillary Clinton spoke.\n\nClinton, a top aide said, \u201cis very confident, very confident '
                    'in the contrast\u201d with Trump.') == [("a top aide", None)]


def test_a_reporting_word_that_is_the_subject_and_pressed_after_a_quote():
    def speakers(text):
        return [(q.speaker_mention, q.speaker_name) for q in quotes(text) if q.kind != "indirect"]
    # "The promise to "..." appeals to ...": the promise speaks no one's words; the tail names who does
    assert speakers('Intro.\n\nThe promise to \u201ctake our country back\u201d appeals to voters who wish for a '
                    'return to an older era, said Alan Abramowitz, a demographer at Emory University.') == [
        ("Alan Abramowitz", "Alan Abramowitz")]
    assert speakers('Sean Hannity and Donald Trump talked.\n\n"Building it? Not negotiable," Trump said.\n\n'
                    '"Would it be negotiable about the 11 million?" Hannity pressed.') == [
        ("Trump", "Donald Trump"), ("Hannity", "Sean Hannity")]


def test_sentence_openers_and_titles_are_no_part_of_a_name():
    def people(text):
        return sorted({m.name for m in extract(text).mentions if m.kind == "person"})
    assert people("Michael Bloomberg and Bernie Sanders spoke.\n\nWhatever Bloomberg's impact on the race, his "
                  "chances are slim. Following Sanders on MSNBC, Hillary Clinton spoke.") == [
        "Bernie Sanders", "Hillary Clinton", "Michael Bloomberg"]
    assert people("RNC Chief of Staff Katie Walsh spoke. Together, Senators Marco Rubio and Ted Cruz voted. "
                  "Post Editor-in-Chief Martin Baron wrote.") == [
        "Katie Walsh", "Marco Rubio", "Martin Baron", "Ted Cruz"]
    # nor are places named after a saint or a fort: "she" after them is the woman named
    text = 'Donna Lages spoke.\n\nIn Fort Pierce, near St. Clairsville, the mood was tense. "Too much hate," she said.'
    assert people(text) == ["Donna Lages"] and [q.speaker_name for q in quotes(text)] == ["Donna Lages"]
    # organisations and programmes are no people
    kinds = {m.name: m.kind for m in extract("Intro.\n\nBlack Lives Matter and National Nurses United marched "
                                             "against cuts to Social Security.").mentions}
    assert kinds.get("Black Lives Matter") == "organization" and kinds.get("National Nurses United") == \
        "organization" and kinds.get("Social Security") != "person"


def test_who_stands_for_the_name_it_follows_or_describes_and_a_bare_description_for_no_one():
    def who(text):
        return [(q.speaker_mention, q.speaker_name) for q in quotes("Intro.\n\n" + text)
                if q.speaker_mention in ("who", "which")]
    # the name right before it, or the name a description after a comma (or "is") describes
    assert who("The budget was defended by Maria Lopez, the council's chief budget officer, who said the "
               "deficit was smaller than feared.") == [("who", "Maria Lopez")]
    assert who("It was attacked by Senator Ann Beck of Ohio, who said the plan would fail.") == [
        ("who", "Ann Beck")]
    assert who("The plan was derided by Tom Ruiz, the leader of the opposition in Lower Saxony, who said "
               "the cuts were cruel.") == [("who", "Tom Ruiz")]
    assert who("Jane Holt is the county prosecutor who said the case was closed.") == [("who", "Jane Holt")]
    # a description of someone unnamed is no one named nearby, nor is someone's family
    assert who("Bernie Sanders dropped remarks made by a campaign surrogate who said voters should stay "
               "home.") == [("who", None)]
    assert who("Mark Dunn was fired with the help of Ellen Park's adult children, who believed the campaign "
               "was failing.") == [("who", None)]
    # "which" after an outlet's report is the outlet
    assert who("The release linked to the Associated Press report, which said the vote was close.") == [
        ("which", "Associated Press")]


def test_a_modal_with_only_a_day_and_added_to_are_no_part_of_who_speaks():
    q = only('Intro.\n\nThe timing was so odd that a spokesman for Maria Ortiz could only quip: "I guess the '
             'holiday was booked."')
    assert (q.speaker_mention, q.cue) == ("a spokesman for Maria Ortiz", "quip")
    q = only('Intro.\n\nThe town released a statement Wednesday saying the comments "are based on opinion, not '
             'facts," and invited him to visit.')
    assert (q.speaker_mention, q.cue) == ("The town", "saying")
    # "added to the picture" reports nothing
    assert _indirect("Denials, followed by attempts to shield Anna Berg only added to the picture of a campaign "
                     "in chaos.") == []


def test_reporting_words_inside_another_quotation_report_nothing():
    text = ('Intro.\n\n"She did it again and I\'ll say it again. It is misleading to imply that the bill was a '
            'bailout," Ben Ruiz tweeted after Clara Diaz argued that "if everyone had voted as he voted, we '
            'would not have rescued the industry."')
    q = [q for q in quotes(text) if q.text.startswith("if everyone")][0]
    assert (q.kind, q.speaker_mention, q.cue) == ("partial", "Clara Diaz", "argued")


def test_a_nickname_in_quotation_marks_is_part_of_the_name_and_no_quotation():
    text = ('Intro.\n\nFormer CIA contractor John \u201cTig\u201d Tiegen found both issues disqualifying.\n\n'
            '\u201cI don\u2019t see how anyone can trust her with secrets,\u201d Tiegen said.')
    r = extract(text)
    assert {m.name for m in r.mentions if m.kind == "person"} == {"John Tiegen"}
    assert [(q.text, q.speaker_name) for q in r.quotes] == [
        ("I don\u2019t see how anyone can trust her with secrets", "John Tiegen")]


def test_a_described_name_before_a_parenthesis_an_owner_of_a_post_and_churches():
    # "X, chairman of Y (a PAC), tweeted": X, not Y
    q = only('Intro.\n\nJeff Barlow, chairman of America Rising (a Republican PAC), tweeted: "People behind '
             'her are wearing the wrong shirts."')
    assert (q.speaker_mention, q.speaker_name) == ("Jeff Barlow", "Jeff Barlow")
    # a post speaks for whose post it is
    q = only('Intro.\n\nJeb Bush spoke on Monday.\n\nFrom Bush\'s Facebook post: "We must move to overcome the '
             'divisiveness that has come into the arena."')
    assert q.speaker_name == "Jeb Bush"
    # a church is an organisation, never a person a surname joins
    r = extract('Intro.\n\nThe service at King Solomon Missionary Baptist Church drew thousands.\n\nBillie Jean '
                'King won 12 titles. King says Ali "talked the talk and walked the walk."')
    assert {m.name: m.kind for m in r.mentions}.get("Solomon Missionary Baptist Church") == "organization"
    assert "Solomon Missionary Baptist Church" not in [q.speaker_name for q in r.quotes]


def test_a_capitalised_word_opening_a_subject_takes_the_noun_it_modifies():
    from datasette_newsframe.extract.speakers import sentence_subject

    def subject(text):
        found = sentence_subject(text, 0, len(text))
        return text[found[0]:found[1]] if found else None
    assert subject("Nuclear proliferation experts have discounted the claims, but") == "Nuclear proliferation experts"
    assert subject("Clinton campaign officials said") == "Clinton campaign officials"
    assert subject("Republican National Committee spokesman Sean Spicer noted") == \
        "Republican National Committee spokesman Sean Spicer"
    assert subject("Bolton thought some of it was") == "Bolton"


def test_a_description_then_names_after_a_quote_is_the_speaker():
    q = only('Intro.\n\n"Tritium would enable designs with a greater yield," nuclear experts David Albright and '
             'Serena Kelleher of the Institute for Science and International Security wrote in September.')
    assert q.speaker_mention.startswith("nuclear experts David Albright") and q.cue == "wrote"


def test_assured_mocks_and_now_report_after_a_quote():
    q = only('Intro.\n\n"Donald Trump is not a racist, guys," Bruce LeVell assured the mostly white crowd.')
    assert (q.speaker_mention, q.cue, q.cue_lemma) == ("Bruce LeVell", "assured", "assure")
    q = only('Intro.\n\n"The marketplace has not failed the working class," he mocks.')
    assert (q.speaker_mention, q.cue) == ("he", "mocks")
    q = only('Intro.\n\nOn his website, Sanders has made the change. "This is your movement," it now says.')
    assert (q.speaker_mention, q.cue) == ("it", "says")
    q = only('Intro.\n\n"Muslims are our sports heroes, he says. Is he profiling?" reacted Trump.')
    assert (q.speaker_mention, q.cue) == ("Trump", "reacted")
    q = only('Intro.\n\nThe impostor gushed about a "common interest in keeping our hemisphere safe" on Monday.')
    assert (q.kind, q.speaker_mention, q.cue_lemma) == ("partial", "The impostor", "gush")


def test_a_passive_ask_is_asked_by_its_agent():
    q = only('Intro.\n\nRubio was asked by Fox Business moderator Gerard Baker whether his plan would risk "adding '
             'another expensive entitlement program to an already overburdened system."')
    assert (q.speaker_mention, q.speaker_name, q.cue) == (
        "Fox Business moderator Gerard Baker", "Gerard Baker", "asked")


def test_a_participle_with_its_agent_opens_no_subject():
    q = only('Intro.\n\nPreceded at the lectern by Joe Arpaio, the Arizona sheriff, Trump launched into a lament '
             'for the "countless Americans" who are victims.')
    assert (q.kind, q.speaker_mention) == ("partial", "Trump")


def test_a_participle_after_an_object_of_a_preposition_and_alongside():
    # "a letter to X asking": the writer asks, not X
    q = only('Intro.\n\nPhoenix Mayor Greg Stanton wrote a letter to Attorney General Loretta E. Lynch asking the '
             'Justice Department to investigate the "fiasco."')
    assert q.speaker_mention == "Phoenix Mayor Greg Stanton"
    # "Alongside" opens a sentence; it is no first name
    r = extract('Intro.\n\nAlongside BLM calls for action, even a top GOP strategist said Clinton will have to '
                'choose, saying, "At some point, she is going to have to come out."')
    assert "Alongside BLM" not in {m.name for m in r.mentions}
    assert [q.speaker_mention for q in r.quotes if q.kind == "direct"] == ["a top GOP strategist"]


def test_a_role_with_of_before_a_name_and_a_description_with_its_name_after_said():
    q = only('Intro.\n\nFormer secretary of state Hillary Rodham Clinton: "We learned that from the State '
             'Department and its analysis."')
    assert (q.speaker_mention, q.speaker_name) == ("Former secretary of state Hillary Rodham Clinton",
                                                   "Hillary Rodham Clinton")
    q = only('Intro.\n\nThe two men knew each other only "casually" from the same mosque, said the bureau\'s '
             'director, James B. Comey, on Monday.')
    assert (q.speaker_mention, q.speaker_name) == ("the bureau's director, James B. Comey", "James B. Comey")


def test_found_that_reports_a_partial_quote():
    q = only('Intro.\n\nTwo military analysts, Patrick Megahan and Chris Harman, found in 2014 that the Israeli Air '
             'Force is "the best in the world" today.')
    assert (q.kind, q.speaker_mention, q.cue) == ("partial", "Patrick Megahan and Chris Harman", "found")
    # "..., with Cruz recently promising to "..."": the name after "with" speaks, not the sentence's subject
    q = only('Intro.\n\nCruz and Trump used the most aggressive language, with Cruz recently promising to "carpet '
             'bomb them into oblivion." Yet they offered nothing.')
    assert (q.speaker_mention, q.cue) == ("Cruz", "promising")


def test_a_colon_paragraph_introduces_the_quote_after_it():
    text = ('Ted Cruz debated on Tuesday.\n\nWhen the moderators yielded to snark, and Lordy, do we know how '
            'tempting that can be!\u2014 Cruz called them on it:\n\n"The questions asked in this debate illustrate why people distrust the '
            'media."\n\nMarco Rubio spoke later.\n\nCruz continued:\n\n"You look at the questions and you see it."')
    qs = quotes(text)
    assert [(q.speaker_mention, text.index(q.speaker_mention, q.speaker_start)) for q in qs] == [
        ("Cruz", text.index("Cruz called")), ("Cruz", text.index("Cruz continued"))]


def test_an_indefinite_description_is_no_one_named():
    text = ('Intro.\n\nSenior policy adviser Jake Sullivan spoke on Monday.\n\n"He was never comfortable," said '
            'one longtime adviser to Bill Clinton.')
    q = [q for q in quotes(text) if q.kind == "direct"][0]
    assert (q.speaker_mention, q.speaker_name) == ("one longtime adviser", None)


def test_a_message_to_readers_speaks_for_its_owner_not_its_readers():
    q = only('Intro.\n\nBernie Sanders backed eight candidates.\n\nSanders\u2019 fundraising email to his supporters '
             'notes that Jane Kim "is a civil rights attorney who has fought for housing."')
    assert (q.speaker_mention, q.speaker_name) == ("Sanders\u2019 fundraising email", "Bernie Sanders")


def test_will_is_a_first_name_inside_a_sentence_and_a_modal_opening_a_question():
    r = extract('Intro.\n\n"It is a pretty expensive business model," said Will Doyle, a professor at Vanderbilt.'
                '\n\nWill Trump win? Nobody knows.')
    assert {m.name for m in r.mentions if m.kind == "person"} == {"Will Doyle"}
    assert [(q.speaker_mention, q.speaker_name) for q in r.quotes] == [("Will Doyle", "Will Doyle")]


def test_a_group_in_a_place_speaks_not_the_place():
    assert _indirect("Legislative leaders in North Carolina, for instance, noted that the panel was "
                     "composed of judges nominated by Democrats.") == [
        ("Legislative leaders in North Carolina", "the panel was composed of judges nominated by Democrats")]
    assert [m for m, _ in _indirect("Officials in Moscow said the talks would resume next week.")] == [
        "Officials in Moscow"]
    # the group there is the actor, named by its words (officials in a capital are its country's)
    assert [(q.speaker_name, q.speaker_kind) for q in quotes(
        "Intro.\n\nPeople in Fort Pierce said the mosque was a peaceful place.")] == [
        ("People in Fort Pierce", "group")]


def test_a_that_clause_continuing_a_quote_is_no_part_of_its_speaker():
    q = only('Intro.\n\n"If State obtains more records, it intends to search them" that would respond to requests '
             'from Judicial Watch, Justice Department trial counsel Caroline Wolverton wrote in a filing.')
    assert (q.speaker_mention, q.cue) == ("Justice Department trial counsel Caroline Wolverton", "wrote")
    q = only('Intro.\n\n"He can assert it, but it seems extremely unlikely" that Sanders can catch Clinton, said '
             'Steve Elmendorf, a Democratic strategist.')
    assert q.speaker_mention == "Steve Elmendorf"


def test_a_clause_after_a_quote_is_no_speaker():
    q = only('Intro.\n\nFor someone who conceded in a debate that she is "not a natural politician," Hillary Clinton '
             'had a good night Tuesday, winning three states by margins big enough to add to her lead.')
    assert q.speaker_mention in ("who", None)


def test_a_colon_introduction_is_its_last_clauses_subject():
    text = ('Intro.\n\nThe New York Times made the same allegations in February, and Breitbart News responded:'
            '\n\n"If there are people in this country who want to help, they should say so."')
    assert quotes(text)[0].speaker_mention == "Breitbart News"


def test_a_paragraph_ending_in_an_issued_statement_introduces_the_quote_after_it():
    text = ('Intro.\n\nAt Brazile\u2019s direction, the DNC issued a statement apologizing to Sanders for the emails.'
            '\n\n\u201cOn behalf of everyone at the DNC, we want to offer a deep apology.\u201d')
    assert quotes(text)[0].speaker_mention == "the DNC"


def test_a_blockquote_after_a_colon_is_the_introducers_not_a_quote_inside_it():
    text = ('Joel Pollak wrote on Friday.\n\nAs Breitbart\u2019s Joel Pollak reported after the raid:\n\n"For example, '
            'the government has done almost nothing with the trove it recovered in May 2011. \u201cThey haven\u2019t '
            'done anything close to a full exploitation,\u201d perhaps only 10%, he quoted one analyst."')
    first = quotes(text)[0]
    assert first.text.startswith("For example") and first.speaker_mention == "Breitbart\u2019s Joel Pollak"


def test_will_before_a_surname_and_a_comma_or_after_a_quote_is_a_first_name():
    q = only('Intro.\n\n"How do we win Loudoun?" Will Estrada, the chairman for the exurb, said of the race.',
             "direct")
    assert q.speaker_name == "Will Estrada"
    q = only("Intro.\n\nWill Estrada, the chairman for the exurb, said the race was close.", "indirect")
    assert q.speaker_name == "Will Estrada"
    assert not [m for m in extract("Intro.\n\nWill Trump win? Nobody knows yet.").mentions if m.text.startswith("Will")]


def test_a_capitalised_word_before_usa_names_an_organisation_not_the_country():
    mentions = extract("Intro.\n\nPriorities USA Action said it would spend $100 million. Team USA won. "
                       "The USA is big, and he was made in the USA.").mentions
    assert [(m.text, m.kind) for m in mentions] == [
        ("Priorities USA Action", "organization"), ("Team USA", "organization"), ("USA", "country"), ("USA", "country")]


def test_capitals_running_into_a_word_name_a_brand():
    mentions = extract("Intro.\n\nAccording to AZCentral, the road was closed. CNNMoney reported it, "
                       "and GOPers cheered.").mentions
    assert [(m.text, m.kind) for m in mentions] == [("AZCentral", "organization"), ("CNNMoney", "organization")]


def test_an_even_as_clause_opening_a_sentence_is_no_subject():
    q = only("Intro.\n\nOn Tuesday, even as shares of Valeant were tumbling, Mr. Ackman wrote to investors, "
             "telling them Valeant was worth multiples of the current market price.", "indirect")
    assert (q.speaker_mention, q.cue, q.text) == (
        "Mr. Ackman", "telling", "Valeant was worth multiples of the current market price")


def test_the_name_an_apposition_follows_speaks_not_the_name_inside_it():
    # "..., a close advisor to Trump": Trump is whom the speaker advises, not the speaker
    q = only('Intro.\n\n"This party is not divided," Senator Jeff Sessions, a close advisor to Donald Trump, told AFP.',
             "direct")
    assert (q.speaker_mention, q.speaker_name) == ("Senator Jeff Sessions, a close advisor to Donald Trump",
                                                   "Jeff Sessions")
    q = only('Intro.\n\n"We will win," Michael Briggs, a spokesman for Bernie Sanders, said.', "direct")
    assert q.speaker_name == "Michael Briggs"
    # a description before the comma: the name after it speaks
    q = only('Intro.\n\n"We build bridges," the Vatican spokesman, Federico Lombardi, told Vatican Radio.',
             "direct")
    assert q.speaker_name == "Federico Lombardi"


def test_a_name_before_any_reporting_verb_of_the_lexicon_is_a_person():
    # "complained", "testified" are in the lexicon, not only said/told/...
    r = extract('Intro.\n\nThe billionaire Mark Cuban backed Obama in 2008.\n\nCuban complained that Cruz is '
                'too principled, "absolutely black and white."')
    assert [(q.kind, q.speaker_mention, q.speaker_name) for q in r.quotes] == [("partial", "Cuban", "Mark Cuban")]


def test_surnames_that_are_also_titles_or_function_words():
    r = extract('Intro.\n\nConservative columnist George Will reignited his feud with Trump.\n\n'
                '"This might, and should, change the race," Will wrote.\n\n'
                'New York Congressman Pete King spoke to reporters.\n\n"That is not my recollection," King said.'
                '\n\nWill Trump win? "Nobody knows," said Al From, who founded the DLC. "Ask me later," From added.')
    assert [(q.speaker_mention, q.speaker_name) for q in r.quotes] == [
        ("Will", "George Will"), ("King", "Pete King"), ("Al From", "Al From"), ("From", "Al From")]
    # a title or function word alone, with no full name it ends, is no one; nor is "Marine One"
    r = extract('Intro.\n\n"We will see," King said. Marine One landed.')
    assert [m for m in r.mentions if m.kind == "person"] == []


def test_a_place_after_a_first_name_is_a_surname():
    r = extract("Intro.\n\nSam Houston said Texas would fight on. The actress Kerry Washington agreed.")
    assert [(m.text, m.kind) for m in r.mentions] == [("Sam Houston", "person"), ("Texas", "place"),
                                                      ("Kerry Washington", "person")]


def test_reported_speech_of_a_name_its_description_follows():
    # the organisation nearest the verb is whom the speaker works for, not the speaker
    assert _indirect("Intro.\n\nBut Tom Fitton, the president of Judicial Watch, a conservative group that has "
                     "sued the department, said that the damage was done.") == [
        ("Tom Fitton", "the damage was done")]
    qs = quotes("Intro.\n\nMatthew Prince, chief executive of CloudFlare, a San Francisco company, said that "
                "activists had criticized his company.")
    assert [(q.speaker_mention, q.speaker_name) for q in qs] == [("Matthew Prince", "Matthew Prince")]
    # a sentence opening with something else keeps the subject nearest the verb
    assert _indirect("Intro.\n\nAfter meeting Barack Obama, Senate leaders said the vote was fair.") == [
        ("Senate leaders", "the vote was fair")]


def test_pronouns_follow_the_gender_the_census_gives_a_first_name():
    # "Rachel" and "Milton" are on no hand-made list; the 1990 US Census lists give their gender
    r = extract('Intro.\n\nMilton Berg and his daughter Rachel Berg waited in line.\n\n'
                '"I feel bad to say it," she said.')
    assert [(q.speaker_mention, q.speaker_name) for q in r.quotes] == [("she", "Rachel Berg")]


def test_groups_named_by_creed_or_origin_are_no_persons():
    r = extract('Intro.\n\nLGBT Americans rallied on Sunday. Neither Alan Grayson nor his wife spoke.')
    assert [(m.text, m.kind) for m in r.mentions if m.kind in ("person", "group")] == [
        ("LGBT Americans", "group"), ("Alan Grayson", "person")]


def test_hyphenated_modifiers_and_office_titles_are_no_part_of_a_name():
    r = extract('Intro.\n\nSouth Korean-born Monte Haines said he was shocked. "It is over," said Texas-based '
                'Matt Mackowiak. Maricopa County Recorder Helen Purcell agreed, and so did FBI General Counsel '
                'James A. Baker. Qaeda-linked Islamic militants attacked.')
    assert [(m.text, m.kind) for m in r.mentions if m.kind == "person" and m.is_name] == [
        ("Monte Haines", "person"), ("Matt Mackowiak", "person"), ("Helen Purcell", "person"),
        ("James A. Baker", "person")]
    # an office's "... Affairs" ends an organisation's name before the person's
    r = extract("Intro.\n\nThe email was sent to the State Department, where Under Secretary for Political Affairs "
                "Wendy Sherman was waiting for news about the plane.")
    assert [(m.text, m.kind) for m in r.mentions] == [
        ("State Department", "organization"), ("Political Affairs", "organization"), ("Wendy Sherman", "person")]


def test_outlets_named_the_and_a_common_word():
    r = extract('Intro.\n\nThe Hill reported that the vote failed. Lawmakers on the Hill were angry. "No," Rubio '
                'told The Hill. Ships crossed the Atlantic. A reader wrote to The Atlantic. Economist Jared '
                'Bernstein agreed.')
    assert [(m.text, m.kind) for m in r.mentions if m.kind != "group"] == [
        ("The Hill", "organization"), ("Rubio", "person"), ("The Hill", "organization"),
        ("The Atlantic", "organization"), ("Jared Bernstein", "person")]


def test_a_description_before_a_first_name_is_no_part_of_the_name():
    r = extract('Intro.\n\nComedian Sarah Silverman took the stage; the comedian was late. Journalist Jorge Ramos '
                'and Lee Harvey Oswald were mentioned, and so was Moner Mohammad Abusalha, a journalist.')
    assert [(m.text, m.role) for m in r.mentions if m.kind == "person"] == [
        ("Sarah Silverman", "Comedian"), ("Jorge Ramos", "Journalist"), ("Lee Harvey Oswald", None),
        ("Moner Mohammad Abusalha", None)]


def test_places_and_buildings_are_no_persons():
    r = extract("Intro.\n\nThe rally moved from Salt Lake City to Madison Square Garden and Quicken Loans Arena, "
                "where John Kasich spoke.")
    assert [(m.text, m.kind) for m in r.mentions if m.kind == "person"] == [("John Kasich", "person")]


def test_organisations_named_by_a_place():
    r = extract("Intro.\n\nThe Boston Globe Poll and the New York Police Department agreed with the Illinois Board "
                "of Elections, Cedar Rapids Gazette readers and the Ohio Democratic Party, in San Bernardino.")
    assert [(m.text, m.kind) for m in r.mentions] == [
        ("Boston Globe", "organization"), ("New York Police Department", "organization"),
        ("Illinois Board of Elections", "organization"), ("Cedar Rapids Gazette", "organization"),
        ("Ohio Democratic Party", "organization"), ("San Bernardino", "place")]


def test_a_surname_of_two_words_is_the_full_name_given_before():
    r = extract('Intro.\n\nThe party chair, Debbie Wasserman Schultz, met with the mayor, Bill de Blasio, on '
                'the first day of the convention.\n\n'
                '"It is an open process," Wasserman Schultz said. De Blasio said he agreed.')
    assert [q.speaker_name for q in r.quotes if q.kind == "direct"] == ["Debbie Wasserman Schultz"]
    assert [m.name for m in r.mentions if m.kind == "person" and m.is_name] == [
        "Debbie Wasserman Schultz", "Bill de Blasio", "Debbie Wasserman Schultz", "Bill de Blasio"]


def test_things_named_after_a_person_are_no_persons():
    # "Trump Village", "Trump Tower Grill": named after Donald Trump; "Hillary Clinton" stays herself
    # after a run that opens with a description ("Crooked Hillary Clinton")
    r = extract('Intro.\n\nDonald Trump spoke at Trump Village, then at the Trump Tower Grill, where he mocked '
                'Crooked Hillary Clinton again. "Hillary Clinton is a liar," Trump said.')
    assert sorted({m.name for m in r.mentions if m.kind == "person" and m.is_name}) == [
        "Crooked Hillary Clinton", "Donald Trump", "Hillary Clinton"]
    assert [q.speaker_name for q in r.quotes] == ["Donald Trump"]


def test_descriptions_seas_and_shirts_are_no_persons_and_a_first_name_keeps_its_surname():
    r = extract('Intro.\n\nThe Presumptive Democrat toured the Aral Sea in a Canova T-Shirt and met Steven Law, a '
                'Republican strategist, and Christian Estrosi, a former mayor of Nice.\n\n'
                '"The sea is gone," Law said. "It is a tragedy," Estrosi said.')
    assert [m.text for m in r.mentions if m.kind == "person" and m.is_name] == [
        "Steven Law", "Christian Estrosi", "Law", "Estrosi"]
    assert [q.speaker_name for q in r.quotes] == ["Steven Law", "Christian Estrosi"]


def test_a_one_word_name_after_a_function_word_is_no_person_by_its_title():
    # "the mayor of Nice": the title is the mayor's, Nice is the place
    r = extract('Intro.\n\nThe former mayor of Nice spoke. Within Sanders\'s camp, aides said little.')
    assert [m.text for m in r.mentions if m.kind == "person"] == []


def test_the_worlds_countries_their_capitals_and_formal_names_speak():
    # beyond the hand-made list: countries.tsv (training/build_countries.py, from countryinfo)
    r = extract('Intro.\n\nEritrea said on Monday that "the border will stay closed to all traffic." Asmara '
                'accused Ethiopia of "provoking a new war in the region." The Republic of Armenia stayed silent. '
                'A professor at Georgetown University flew on Malaysia Airlines.')
    assert [(q.speaker_mention, q.speaker_name, q.speaker_kind) for q in r.quotes if q.kind != "indirect"] == [
        ("Eritrea", "Eritrea", "country"), ("Asmara", "Eritrea", "country")]
    assert [(m.text, m.name, m.kind) for m in r.mentions] == [
        ("Eritrea", "Eritrea", "country"), ("Asmara", "Eritrea", "country"), ("Ethiopia", "Ethiopia", "country"),
        ("Republic of Armenia", "Armenia", "country"), ("Georgetown University", "Georgetown University", "organization"),
        ("Malaysia Airlines", "Malaysia Airlines", "organization")]


def test_a_country_that_is_also_a_first_name_is_left_to_the_name_rules():
    # "Jordan", "Chad" are Census first names: "Jim Jordan said" is a person, never the kingdom
    r = extract('Intro.\n\n"We will subpoena them," Rep. Jim Jordan said. "Soon," Jordan added.')
    assert {q.speaker_name for q in r.quotes} == {"Jim Jordan"}


def test_shows_and_reports_named_after_a_person_are_outlets():
    r = extract('Intro.\n\nRachel Maddow spoke about it at length on her show, The Rachel Maddow Show, and the '
                'Drudge Report linked to the clip within the hour.\n\n"Show me the emails," Maddow said.')
    assert [(m.text, m.name, m.kind) for m in r.mentions] == [
        ("Rachel Maddow", "Rachel Maddow", "person"), ("Rachel Maddow Show", "Rachel Maddow Show", "organization"),
        ("Drudge Report", "Drudge Report", "organization"), ("Maddow", "Rachel Maddow", "person")]
    assert [q.speaker_name for q in r.quotes] == ["Rachel Maddow"]


def test_organisations_named_x_for_y_are_one_organisation():
    r = extract('Intro.\n\nA fellow at the Peterson Institute for International Economics in Washington and '
                'Center for American Progress President Neera Tanden both spoke, as did a lawyer from the '
                'Council for Public Security and Criminal Justice.')
    assert [(m.text, m.kind) for m in r.mentions] == [
        ("Peterson Institute for International Economics", "organization"), ("Washington", "country"),
        ("Center for American Progress", "organization"), ("Neera Tanden", "person"),
        ("Council for Public Security and Criminal Justice", "organization")]


def test_wars_eras_and_verbs_opening_a_run_are_no_persons():
    # "Impeaching Trump" where the article writes "impeach"; "Voting Rights Act" keeps its name
    r = extract('Intro.\n\nSince the Cold War and the Great Recession, voters have asked to impeach Donald Trump. '
                'Impeaching Trump would test the Voting Rights Act, Ellison said.')
    assert [(m.text, m.name, m.kind) for m in r.mentions if m.kind in ("person", "organization")] == [
        ("Donald Trump", "Donald Trump", "person"), ("Trump", "Donald Trump", "person"),
        ("Voting Rights Act", "Voting Rights Act", "organization"), ("Ellison", "Ellison", "person")]


def test_a_title_case_headline_is_no_organisation():
    r = extract('White Supremacists Are Capitalizing On Trump To Expand Their Movement\n\nThe Grand Old Party '
                'and CREDO Action disagreed.')
    assert [(m.text, m.kind) for m in r.mentions if m.kind == "organization"] == [
        ("Grand Old Party", "organization"), ("CREDO Action", "organization")]


def test_a_description_of_an_organisation_is_the_one_named_before():
    # the "the influential US daily": the paper the article named, not a "US daily"
    def speakers(text):
        return [(q.speaker_mention, q.speaker_name) for q in extract(text).quotes if q.kind == "direct"]
    assert speakers('Intro.\n\nThe New York Times reported on Monday that the talks had stalled. CNN aired the '
                    'news.\n\n"The talks are over," the influential US daily said.') == [
        ("the influential US daily", "The New York Times")]
    assert speakers('Intro.\n\nRT aired the interview and Reuters carried it.\n\n"We stand by it," the network '
                    'said.') == [("the network", "RT")]
    assert speakers('Intro.\n\nThe FBI asked Apple Inc. to unlock the phone.\n\n"We will not do it," the company '
                    'said.') == [("the company", "Apple Inc")]
    assert speakers('Intro.\n\nThe Heritage Foundation and the Justice Department both published studies.\n\n'
                    '"Taxes are too high," the group said.') == [("the group", "Heritage Foundation")]
    assert speakers('Intro.\n\nThe House Oversight Committee met with Apple Inc. on Friday.\n\n"We will subpoena '
                    'them," the committee said.') == [("the committee", "Oversight Committee")]
    # a compound or a dated document names no organisation of the article
    assert speakers('Intro.\n\nApple Inc. updated its site.\n\n"We are open on Sundays," the company website '
                    'said.') == [("the company website", None)]


def test_acronyms_of_programmes_times_and_things_are_no_organisations():
    r = extract('Intro.\n\nThe super PAC aired a TV ad at 9 p.m. EST about NAFTA and the ACA, the FBI said, and a '
                'LIVE VIDEO of the event ran in Atlanta, GA, where NEVER was the word of the week: "never."')
    assert [(m.text, m.kind) for m in r.mentions if m.kind == "organization"] == [("FBI", "organization")]


def test_a_cable_company_and_a_new_yorker_are_no_persons():
    r = extract('Intro.\n\nA spokesman for Time Warner Cable said so, and a New Yorker agreed, as did two New Yorkers.')
    assert [(m.text, m.kind) for m in r.mentions] == [("Time Warner Cable", "organization")]


def test_a_state_and_party_description_is_the_one_person_tied_to_that_state():
    text = ('Intro.\n\nHouse Speaker Paul Ryan (R-Wis.) met President Barack Obama on Monday. The Wisconsin '
            'Republican said the plan would not pass the House this year.')
    q = only(text, "indirect")
    assert (q.speaker_mention, q.speaker_name) == ("The Wisconsin Republican", "Paul Ryan")
    # no one tied to Wisconsin: no one, and never the group "Wisconsin Republicans"
    q = only(text.replace(" (R-Wis.)", ""), "indirect")
    assert (q.speaker_mention, q.speaker_name) == ("The Wisconsin Republican", None)
    # "a Nevada Democrat" is still one of a group
    q = only('Intro.\n\nA Nevada Democrat said the caucus would be close this year.', "indirect")
    assert q.speaker_name == "Nevada Democrats"


def test_a_state_and_title_after_a_name_ties_the_next_name_not_that_one():
    text = ('Intro.\n\nThe letter went to the U.S. attorney, Channing Phillips - Utah Republican Jason Chaffetz '
            'wrote it. The Utah Republican said the rules had been broken by the department.')
    q = only(text, "indirect")
    assert q.speaker_name == "Jason Chaffetz"


def test_a_paper_named_after_its_city_is_an_organisation():
    text = ('Intro.\n\nThe governor spoke to the Orlando Sentinel on Friday. The Arizona Republic and the '
            'Hartford Courant also reported it.')
    found = {(m.name, m.kind) for m in extract(text).mentions}
    assert {("Orlando Sentinel", "organization"), ("Arizona Republic", "organization"),
            ("Hartford Courant", "organization")} <= found


def test_a_subject_stops_before_its_verbs():
    q = only('Intro.\n\nPentagon press secretary Peter Cook declined to say whether it was a violation of '
             'the rules.', "indirect")
    assert (q.speaker_mention, q.speaker_name) == ("Pentagon press secretary Peter Cook", "Peter Cook")
    q = only('Intro.\n\nThe Florida senator sought to calm his supporters, saying the heckler would not be '
             'harmed at the rally.', "indirect")
    assert q.speaker_mention == "The Florida senator"


def test_a_dash_before_a_title_does_not_hide_it():
    text = 'Intro.\n\n"Great speech. She is tested and ready,"\n\n-President Obama, tweeting after the speech.'
    q = only(text, "direct")
    assert (q.speaker_mention, q.speaker_name) == ("President Obama", "Obama")
    assert [(m.name, m.role) for m in extract(text).mentions] == [("Obama", "President")]


def test_an_organisation_word_before_a_name_describes_the_person():
    text = 'Intro.\n\nDorothy Woods, whose husband, Navy SEAL Ty Woods, was killed in Benghazi, spoke on Friday.'
    found = [(m.name, m.role) for m in extract(text).mentions if m.kind == "person"]
    assert found == [("Dorothy Woods", None), ("Ty Woods", "Navy SEAL")]
    # the surname alone goes to the Woods its pronoun fits, not to the one named last
    q = only(text + ' Woods said she was proud of him.\n\n"It was a great loss," she said.', "direct")
    assert (q.speaker_mention, q.speaker_name) == ("she", "Dorothy Woods")


def test_a_county_is_a_place_and_says_nothing():
    text = ('Intro.\n\nShe pointed to his showing in Miami-Dade County, the senator\u2019s home. '
            '\u201cI think that speaks volumes,\u201d she said.')
    assert [(m.name, m.kind) for m in extract(text).mentions] == [("Miami-Dade County", "place")]
    assert only(text, "direct").speaker_name is None


def test_a_describing_word_before_a_surname_is_no_new_person():
    text = ('Intro.\n\nDonald Trump spoke in Ohio. Critics call him Fascist Trump; a fascist, they say. '
            'Team Clinton answered at once. Hillary Clinton spoke later, and Rahm Emanuel and Zeke Emanuel '
            'came. Central Asian leaders and Middle Eastern envoys listened. David French said no.')
    found = {(m.text, m.name, m.kind) for m in extract(text).mentions}
    assert ("Fascist Trump", "Donald Trump", "person") in found
    assert ("Team Clinton", "Team Clinton", "organization") in found
    assert {("Rahm Emanuel", "Rahm Emanuel", "person"), ("Zeke Emanuel", "Zeke Emanuel", "person"),
            ("David French", "David French", "person")} <= found
    assert not {name for _, name, _ in found} & {"Central Asian", "Middle Eastern", "Fascist Trump"}


def test_a_run_ending_in_a_word_the_article_writes_in_lower_case_is_no_person():
    text = ('Intro.\n\nThe Gulf States met in Riyadh, where the states agreed on little. Head Start lost '
            'money that the program needed for a head start. The United Auto Workers and the Communications '
            'Workers backed the plan; workers marched. Ash Carter spoke about the Carter years.')
    found = {(m.name, m.kind) for m in extract(text).mentions}
    assert not {name for name, _ in found} & {"Gulf States", "Head Start"}
    assert {("United Auto Workers", "organization"), ("Communications Workers", "organization"),
            ("Ash Carter", "person")} <= found


def test_a_surname_in_a_title_case_headline_is_the_person_the_article_names():
    text = ('Trump Says He Never Pledged To Kill Family Members Of Terrorists.\n\nDonald Trump said on '
            'Friday that he had never made such a pledge to anyone.')
    q = [q for q in quotes(text) if q.speaker_mention == "Trump"]
    assert [(q.kind, q.speaker_name) for q in q] == [("indirect", "Donald Trump")]


def test_outlets_as_they_write_their_own_names():
    text = ('Intro.\n\nAs POLITICO has reported, the plan failed. Politifact rated the claim false, and '
            'Western Journalism reported that the vote was close.')
    found = {(m.text, m.name, m.kind) for m in extract(text).mentions}
    assert {("POLITICO", "Politico", "organization"), ("Politifact", "PolitiFact", "organization"),
            ("Western Journalism", "Western Journal", "organization")} <= found


def test_the_statement_is_its_authors():
    text = ('Intro.\n\nPentagon press secretary Peter Cook spoke on Monday. The Times said Cook provided a '
            'written statement in response.\n\n\u201cAfter reviewing his email practices, the secretary believes '
            'it was a mistake,\u201d the statement said.\n\nClinton\'s campaign sent out an email on Tuesday.\n\n'
            '"We absolutely need to win the states that lie ahead of us," the email said.\n\n'
            '"Nobody knows who wrote this one at all," the letter said.')
    assert [(q.speaker_mention, q.speaker_name) for q in quotes(text) if q.kind == "direct"] == [
        ("the statement", "Peter Cook"), ("the email", "Clinton campaign"), ("the letter", None)]


def test_the_campaign_is_the_one_named_last():
    text = ('Intro.\n\nThe Sanders campaign filed its report on Saturday. The campaign said the average '
            'donation was $27 this month.\n\nHis campaign manager spoke later. The campaign said it would '
            'assess its options.')
    assert [q.speaker_name for q in quotes(text) if q.speaker_mention == "The campaign"] == [
        "Sanders campaign", "Sanders campaign"]
    assert only('Intro.\n\nHe spoke on Friday. The campaign said the rally drew many people to the arena.',
                "indirect").speaker_name is None


def test_party_and_state_after_a_name_and_a_day_after_the_verb():
    text = ("Intro here.\n\n\u201cOur assumption is that the veto will be overridden,\u201d Senate Majority Leader "
            "Mitch McConnell, R-Ky., said Tuesday.\n\n\u201cNo way at all here,\u201d Sen. Bob Casey, D-Pa., said."
            "\n\n\u201cNot this year,\u201d Rep. Adam Schiff, D-Calif., said.")
    assert [q.speaker_name for q in quotes(text) if q.kind == "direct"] == [
        "Mitch McConnell", "Bob Casey", "Adam Schiff"]
    # a day is when, not who: "A report released Wednesday said" is the report's
    q = only("Intro here.\n\nA report released Wednesday said Defense Secretary Ash Carter used a personal "
             "email account.", "indirect")
    assert q.speaker_mention == "A report released Wednesday"


def test_a_subordinate_clause_opens_no_speaker():
    # the clause's own subject, not "Though"
    text = ("Intro here.\n\nThough she called the bank\u2019s behavior \u201coutrageous\u201d and called for "
            "compensation to be \u201cclawed back\u201d for executives, Clinton restricted her comments.")
    assert [(q.text, q.speaker_mention) for q in quotes(text) if q.kind == "partial"] == [
        ("outrageous", "she"), ("clawed back", "she")]
    # a participle after the subordinator: the main clause's subject, after a comma that may close a quote
    text = ("Intro here.\n\nAfter saying her right foot was \u201cso swollen I could barely get my shoe on,\u201d "
            "she was taken to the hospital.")
    assert only(text, "partial").speaker_mention == "she"
    text = ("Intro here.\n\nAfter blasting the Drudge Report for linking to a story, Glenn Beck doubled down by "
            "reciting a passage about \u201cboasters\u201d to the crowd.")
    assert only(text, "partial").speaker_name == "Glenn Beck"
    # once the subordinate clause has ended, the main clause's subject
    text = ("Intro here.\n\nAfter the Supreme Court failed to reach a majority decision on the plan, Trump said "
            "the deadlock has \u201ckept us safe\u201d before claiming that open borders are \u201ctearing "
            "American families apart.\u201d")
    assert [q.speaker_mention for q in quotes(text) if q.kind == "partial"] == ["Trump", "Trump"]


def test_a_person_writing_for_an_outlet_is_who_speaks():
    q = only("Polls moved.\n\n\u201cThe impact of the debate is still small,\u201d wrote Cameron Easley for Morning "
             "Consult.", "direct")
    assert (q.speaker_mention, q.speaker_name) == ("Cameron Easley for Morning Consult", "Cameron Easley")


def test_a_surname_alone_is_the_namesake_named_just_before_else_the_one_named_first():
    text = ("Hillary Clinton spoke in Iowa on Monday about her health plan and the costs it would bring to families."
            "\n\nDr. Connie Mariano, who was the White House physician under former President Bill Clinton, "
            "said in 1998 Clinton allowed her to release his records.\n\n"
            "The campaign has kept its doctors quiet for months and answered no questions about them at all, "
            "and reporters have asked again and again without getting any reply from anyone in the campaign.\n\n"
            "\u201cI had a big clot behind my right knee,\u201d Clinton wrote in 2003.")
    r = extract(text)
    alone = [m.name for m in r.mentions if m.text == "Clinton"]
    assert alone == ["Bill Clinton", "Hillary Clinton"]
    assert [q.speaker_name for q in r.quotes if q.kind == "direct"] == ["Hillary Clinton"]


def test_an_announced_title_is_no_quote_but_hands_on_its_speaker():
    text = ("Senator Ann Lee spoke on the radio on Tuesday.\n\nOn Tuesday\u2019s episode of \u201cThe Steve Harvey "
            "Morning Show,\u201d Lee said she wanted to speak \u201cdirectly to white people\u201d about it.")
    qs = [q for q in quotes(text) if q.kind != "indirect"]
    assert [(q.kind, q.text, q.speaker_name) for q in qs] == [("partial", "directly to white people", "Ann Lee")]


def test_markup_and_byline_promotions_are_no_quotes():
    text = ('Cruz welcomed it.\n\n<tweet tweet-author="@tedcruz" tweet-date="January 19, 2016\n">I love '
            '@SarahPalinUSA Without her support, I would not be in the Senate.</tweet>\n\n'
            '"Follow Pam Key on Twitter @pamkeyNEN."')
    assert [q.text for q in quotes(text) if q.kind != "indirect"] == []


def test_a_transcript_turn_is_said_by_its_label():
    text = ('Fox News host Chris Wallace spoke with Indiana Gov. Mike Pence on Sunday.\n\n'
            '"WALLACE: Do you really see those two as equivalent, sir?\n\n'
            '"PENCE: Well, look, you know, Mark Cuban has been out there saying some pretty tough stuff.\n\n'
            '"But the truth is that Donald Trump has a unique way of communicating.')
    assert direct_speakers(text) == [
        ("WALLACE", "Chris Wallace"), ("PENCE", "Mike Pence"), ("PENCE", "Mike Pence")]


def test_a_club_for_something_is_one_organisation():
    text = ("The Club for Growth is reportedly spending $1.5 million on ads.\n\nOne Club for Growth ad, which is "
            "running now, says: \"He is no conservative at all, not one bit.\"")
    assert only(text, "direct").speaker_name == "Club for Growth"
