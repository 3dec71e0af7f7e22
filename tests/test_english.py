"""English end to end on real parses of the bundled English models: the patterns of issue 16
(reporting verbs, "according to", inversion, "told reporters", split quotes, titles, anonymous
sources, pronoun chains), through one session-scoped English Attributor."""
from __future__ import annotations

import pytest

ARTICLE = (
    '"We will not back down," Senator Jane Smith said on Tuesday. She added that the bill would '
    "pass before the summer.\n\n"
    "According to the White House, the president will travel to Brussels next week.\n\n"
    '"This is a mistake," said Mr. Johnson, a Republican from Ohio. "The plan," he said, "is dead."\n\n'
    "Officials said the talks had stalled. A person familiar with the talks told reporters that a deal "
    "was still possible.\n\n"
    '"We are ready," Smith said. "The vote is on Friday."')


@pytest.fixture(scope="module")
def article_quotes(english_attributor):
    return english_attributor.attribute(ARTICLE)


def _find(quotes, text):
    found = [q for q in quotes if text in q.text]
    assert found, f"no quote holds {text!r}: {[q.text for q in quotes]}"
    return found[0]


@pytest.mark.parametrize("content, kind, name, lemma", [
    ("We will not back down", "direct", "Jane Smith", "say"),
    ("the bill would pass", "indirect", "Jane Smith", "add"),
    ("the president will travel", "indirect", "White House", "according to"),
    ("This is a mistake", "direct", "Johnson", "say"),
    ("The plan", "direct", "Johnson", "say"),
    ("is dead", "direct", "Johnson", "say"),
    ("the talks had stalled", "indirect", "Officials", "say"),
    ("a deal was still possible", "indirect", "A person familiar with the talks", "tell"),
])
def test_english_patterns(article_quotes, content, kind, name, lemma):
    quote = _find(article_quotes, content)
    assert (quote.kind, quote.cue.lemma if quote.cue else None) == (kind, lemma)
    assert name.lower() in quote.speaker.name.lower() or name.lower() in quote.speaker.mention.lower()


def test_pronouns_and_anonymous_sources(article_quotes):
    assert _find(article_quotes, "the bill would pass").speaker.resolved_from == "pronoun"
    assert _find(article_quotes, "the talks had stalled").speaker.type == "anonymous"
    assert _find(article_quotes, "a deal was still possible").speaker.type == "anonymous"


def test_a_quote_going_on_after_its_cue_is_one_quote(article_quotes):
    ready = _find(article_quotes, "We are ready")
    assert [p.text for p in ready.parts] == ["We are ready,", "The vote is on Friday."]
    assert ready.speaker.name == "Jane Smith"
    interrupted = _find(article_quotes, "The plan")
    assert [p.text for p in interrupted.parts] == ["The plan,", "is dead."]


def test_offsets_index_the_text(article_quotes):
    assert article_quotes and all(ARTICLE[q.start:q.end] == q.text for q in article_quotes)
    assert all(ARTICLE[p.start:p.end] == p.text for q in article_quotes for p in q.parts)


NEWS = ("Paul Ryan: FBI decision defies explanation\n\n"
        "Clinton leads Trump by four points, according to a new poll.\n\n"
        "Romney criticized Trump's refusal to release his taxes. "
        '"We will win," Calderon told CNBC on Saturday.\n\n'
        "The billionaire businessman says running for president is tough.\n\n"
        '"We are ready to fight," Jenna Golden, the campaign\'s director of digital advertising, said on Tuesday.\n\n'
        '"Ted Cruz is not my favorite," Graham, a former candidate, told CBS News on Tuesday, when a dozen '
        "states held contests.\n\n"
        "The attack came from Chris Christie, who says the senator lacks the experience to be president.\n\n"
        "Pentagon spokesman John Kirby said the strikes would continue.")


@pytest.fixture(scope="module")
def news_quotes(english_attributor):
    return english_attributor.attribute(NEWS)


@pytest.mark.parametrize("content, kind, name, method", [
    ("FBI decision defies explanation", "indirect", "Paul Ryan", "colon_claim"),  # a headline's source
    ("Clinton leads Trump by four points", "indirect", "a new poll", "volgens"),  # a poll as a source
    ("Trump's refusal to release his taxes", "indirect", "Romney", "indirect_fragment"),  # an object
    ("We will win", "direct", "Calderon", "direct_post_cue"),  # not CNBC, to whom he said it
    ("running for president is tough", "indirect", "The billionaire businessman", "indirect_dat"),
    ("We are ready to fight", "direct", "Jenna Golden", "direct_post_cue"),  # past an apposition to the cue
    ("Ted Cruz is not my favorite", "direct", "Graham", "direct_post_cue"),
    ("the strikes would continue", "indirect", "John Kirby", "indirect_dat"),  # not "Pentagon"
])
def test_attributions_english_news_counts(news_quotes, content, kind, name, method):
    quote = _find(news_quotes, content)
    assert (quote.kind, quote.speaker.name, quote.method) == (kind, name, method)


def test_a_relative_pronoun_at_the_cue_is_named_after_its_noun(news_quotes):
    quote = _find(news_quotes, "the senator lacks the experience")
    assert (quote.speaker.mention, quote.speaker.name, quote.speaker.resolved_from) == ("who", "Chris Christie", "pronoun")


def test_the_addressee_of_told_is_neither_speaker_nor_content(news_quotes):
    assert not [q for q in news_quotes if "CBS News" in q.text or q.speaker.name == "CBS News"]


QUOTATIONS = ('"Judge," Brafman said, "I have never had that happen in thirty-seven years."\n\n'
              'Sanders writes that "there is no room for language like that in our political discourse."\n\n'
              'On the subject of Israel, Trump added, "Sheldon knows that nobody will be more loyal to Israel."\n\n'
              '"Ted Cruz is the best conservative candidate," Viguerie tells Breitbart News.\n\n'
              '"He checks all our boxes."\n\n'
              'John Bolton spoke at length on Monday. He said:\n\n'
              '"In all the administrations I have served in, you cut off your business ties."')


@pytest.fixture(scope="module")
def quotation_quotes(english_attributor):
    return english_attributor.attribute(QUOTATIONS)


def test_a_quotation_the_cue_opens_with_a_comma_is_direct_speech(quotation_quotes):
    judge = _find(quotation_quotes, "Judge")
    assert [p.text for p in judge.parts] == ["Judge,", "I have never had that happen in thirty-seven years."]
    assert (judge.kind, judge.speaker.name) == ("direct", "Brafman")
    sheldon = _find(quotation_quotes, "Sheldon knows")  # the words before the cue are no part of it
    assert (sheldon.kind, sheldon.text, sheldon.speaker.name, sheldon.method) == (
        "direct", "Sheldon knows that nobody will be more loyal to Israel.", "Trump", "direct_pre_cue")


def test_a_reported_clause_wholly_in_quote_marks_is_direct(quotation_quotes):
    quote = _find(quotation_quotes, "there is no room")
    assert (quote.kind, quote.speaker.name, quote.cue.lemma) == ("direct", "Sanders", "write")
    assert quote.text == "there is no room for language like that in our political discourse."


def test_a_paragraph_ending_with_its_cue_goes_on_in_the_next_paragraph(quotation_quotes):
    quote = _find(quotation_quotes, "Ted Cruz is the best")
    assert [p.text for p in quote.parts] == ["Ted Cruz is the best conservative candidate,", "He checks all our boxes."]
    assert quote.speaker.name == "Viguerie"


def test_a_colon_ending_a_paragraph_introduces_the_quote_opening_the_next(quotation_quotes):
    quote = _find(quotation_quotes, "In all the administrations")
    assert (quote.method, quote.speaker.mention, quote.speaker.name) == ("direct_pre_cue", "He", "John Bolton")


WIRE = ("MOSCOW — The Kremlin on Tuesday dismissed an offer by Turkey to host new peace talks, saying the "
        'conditions were "not ripe."\n\n'
        "A spokeswoman for the German Foreign Office said Berlin welcomed any initiative that respected "
        "Ukraine's sovereignty. She declined to comment on the timing.\n\n"
        '"Without your help we would not survive the winter," he told them, according to two people in the room.\n\n'
        "According to a senior U.S. official, Washington supports Finland's proposal.\n\n"
        "Ukraine will eventually become a member of NATO, Jens Stoltenberg said on Friday during a visit to Kyiv.\n\n"
        "Critics at home say the government is spending too fast, and the minister thanked Congress for its support.")


@pytest.fixture(scope="module")
def wire_quotes(english_attributor):
    return english_attributor.attribute(WIRE)


@pytest.mark.parametrize("content, kind, mention, name", [
    ("the conditions were", "indirect", "The Kremlin", "Kremlin"),  # not the dateline, not the object
    ("Berlin welcomed", "indirect", "A spokeswoman for the German Foreign Office",
     "A spokeswoman for the German Foreign Office"),
    ("to comment on the timing", "indirect", "She", "A spokeswoman for the German Foreign Office"),
    ("Without your help", "direct", "he", None),  # his quote, not the two people's
    ("Washington supports", "indirect", "a senior U.S. official", "a senior U.S. official"),
    ("Ukraine will eventually become", "indirect", "Jens Stoltenberg", "Jens Stoltenberg"),
    ("the government is spending", "indirect", "Critics at home", "Critics at home"),
])
def test_wire_copy_speakers(wire_quotes, content, kind, mention, name):
    quote = _find(wire_quotes, content)
    assert (quote.kind, quote.speaker.mention) == (kind, mention)
    assert name is None or quote.speaker.name == name


def test_wire_copy_cues_and_texts(wire_quotes):
    assert _find(wire_quotes, "Washington supports").cue.text == "According to"
    assert all(q.text.strip() and WIRE[q.start:q.end] == q.text for q in wire_quotes)  # none empty
    assert not [q for q in wire_quotes if q.cue and q.cue.text in ("support", "terms")]
