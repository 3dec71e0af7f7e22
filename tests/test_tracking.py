"""The speaker tracker on hand-built parses (tokens only, no Stanza): who speaks a quote without a
cue, and what pronouns, first names and descriptions stand for. Each case is a pattern of real
news; the end-to-end behaviour on real parses is in test_attribution.py and the gold tests."""
from __future__ import annotations

import pytest
from handmade import floating_quotes, hand_parse

from quotes.lexicon import load
from quotes.names import NameIndex
from quotes.narrative import role, sentence_mentions


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.speaker.name, q.speaker.resolved_from) for q in floating_quotes(text)]


def test_person_introduced_without_a_speech_verb_speaks_the_next_quote():
    text = ("Minister Karel Peeters opende zaterdag de wedstrijd. „We zijn trots op deze stad.”\n\n"
            "Jan Smets (54) uit Gent staat al sinds zes uur langs het parcours.\n\n"
            "„Ik heb nog nooit zoveel volk gezien.”")
    assert speakers(text)[-1] == ("Jan Smets", "introduced")


def test_quote_after_a_quote_keeps_the_speaker_when_nobody_is_mentioned_in_between():
    text = ("Burgemeester Anna de Wit was tevreden. „Het was een mooie dag.”\n\n"
            "„Volgend jaar doen we het opnieuw.”")
    assert speakers(text) == [("Anna de Wit", "introduced"), ("Anna de Wit", "previous_quote")]


def test_speakers_alternate_with_the_narrative():
    text = ("Wethouder Piet Bakker legde het plan uit. „Dit is nodig voor de buurt.”\n\n"
            "Natalia (34) woont al twintig jaar aan het plein. „Ik ben bang voor de herrie.”\n\n"
            "Bakker begrijpt dat. „We doen wat we kunnen om de overlast te beperken.”")
    assert [name for name, _ in speakers(text)] == ["Piet Bakker", "Natalia", "Piet Bakker"]


def test_a_pronoun_resolves_by_gender_to_the_subject_before_it():
    text = ("Anna Vos en haar collega Piet Jansen zaten in de zaal. Hij keek naar de rechter.\n\n"
            "„Ik wil alleen de waarheid horen.”")
    assert speakers(text) == [("Piet Jansen", "introduced")]


def test_a_title_with_its_portfolio_makes_the_name_after_it_the_subject():
    text = ("Premier Dick Schoof was kort. „Het kabinet staat pal.”\n\n"
            "Minister van Buitenlandse Zaken Caspar Veldkamp sloot zich daarbij aan. Hij was stellig.\n\n"
            "„Wij laten Kyiv niet vallen.”")
    assert speakers(text)[-1][0] == "Caspar Veldkamp"


def test_a_person_named_inside_the_quote_is_not_its_speaker():
    text = ("Trainer Erik ten Hag keek toe hoe Mats Hoving scoorde.\n\n"
            "„Mats heeft vandaag laten zien wat hij kan.”")
    assert speakers(text) == [("Erik ten Hag", "introduced")]


def test_a_first_person_quote_is_not_spoken_by_a_place_or_a_bare_name():
    text = "Brugge – Kristof Dedeyne kijkt naar zijn velden. In Beernem regent het al weken niet.\n\n„Ik mag niets.”"
    assert speakers(text) == [("Kristof Dedeyne", "introduced")]


def test_an_object_pronoun_is_not_the_subject_of_its_own_clause():
    text = ("Saskia de Boer reed een sterke koers. Moeder Mien spoorde haar aan om door te gaan. "
            "Tot halverwege had Saskia de Boer moeite.\n\n„Mijn benen waren leeg.”")
    assert speakers(text) == [("Saskia de Boer", "introduced")]


def test_a_definite_description_stands_for_the_person_named_before():
    text = ("Het was de avond van Thijs Oude Luttikhuis. De 21-jarige spits scoorde twee keer.\n\n"
            "„Ik heb dit lang gewild.”")
    assert speakers(text) == [("Thijs Oude Luttikhuis", "introduced")]


def test_a_first_name_alone_is_the_person_named_in_full():
    text = ("Riet Koster (81) staat nog vijf dagen per week in haar zaak. Riet begon in 1965 als leerling.\n\n"
            "„Ik stop pas als de schaar uit mijn hand valt.”")
    [(name, _)] = speakers(text)
    assert name == "Riet Koster"


def test_a_quote_that_opens_the_article_goes_to_the_person_named_after_it():
    text = "„Dit voelt als een nederlaag.”\n\nTrainer Ruud Bosschaart zat na afloop met een strak gezicht in de zaal."
    assert speakers(text) == [("Ruud Bosschaart", "next_sentence")]


@pytest.mark.parametrize("sentence, word, expected", [
    ("Ook bondscoach Bert Romp was content.", "bondscoach", "subject"),
    ("Daags voor de koers kreeg ze een telefoontje.", "ze", "inverted"),
    ("Ze zocht contact met ploegleider Zijlaard.", "ploegleider", "oblique"),
    ("Het werd 2-2 na een vrije trap van invaller Mats Hoving.", "Mats", "other"),
    ("Dat wordt bevestigd door gynaecologe Sofie Claes.", "gynaecologe", "subject"),
])
def test_surface_roles(sentence, word, expected):
    tokens = hand_parse(sentence).sentences[0].tokens
    assert role(tokens, tokens.index(word), load()) == expected


def test_mentions_are_read_outside_quotes_only():
    text = "Voorzitter Jan Peeters zei niets. „Piet de Groot heeft gelijk.”"
    parsed = hand_parse(text)
    lex = load()
    inside = lambda pos: pos >= text.index("„")  # noqa: E731
    found = [m for s in parsed.sentences for m in sentence_mentions(s, text, lex, NameIndex(parsed.sentences, lex), inside)]
    assert [(m.kind, m.name) for m in found] == [("name", "Jan Peeters")]


def test_a_quote_nothing_attributes_goes_to_the_main_speaker():
    text = ("„Mijn basisniveau is flink omhoog gegaan.”\n\n"
            "De afgelopen week twijfelde ze nog. Tot halverwege had Saskia de Boer moeite met de koers.\n\n"
            "„Mijn gedachten sprongen alle kanten op.”\n\n„Ik ben nogal een twijfelaar.”")
    assert speakers(text)[0] == ("Saskia de Boer", "main_speaker")
