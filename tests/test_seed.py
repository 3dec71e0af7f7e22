"""The seed article end to end: the 13 attributions of issue 2, offsets, metadata and stance."""
from __future__ import annotations

import pytest

# (speaker name, a phrase of the quote, the cue lemma or None for a quote without a cue of its own)
EXPECTED = [
    ("Antonio Costa", "Onze samenwerking met gelijkgezinde NAVO-partners", "aldus"),
    ("Antonio Costa", "belangrijke beslissingen die gisterenavond", "aldus"),
    ("Antonio Costa", "We moeten samenwerken met onze partners", "aldus"),
    ("een Europese bron", "maar we hebben beslist", "zeggen"),
    ("een Europese bron", "juichten de partnerlanden", "volgens"),
    ("de partnerlanden", "vastbesloten te zijn", "zeggen"),
    ("Bart De Wever", "het VK, Canada en andere partners", "aangeven"),
    ("Bart De Wever", "Als we moeten antwoorden op de nieuwe orde", None),
    ("Een Britse bron", "een twintigtal landen bereid zijn", "zeggen"),
    ("Recep Tayipp Erdogan", "De Europese veiligheid is niet alleen", "zeggen"),
    ("Recep Tayipp Erdogan", "Het is in het belang van ons allebei", None),
    ("Recep Tayipp Erdogan", "een wapenstilstand in de lucht en op zee", "verklaren"),
    ("Recep Tayipp Erdogan", "als gastheer op te treden", "aanbieden"),
]


def _find(quotes, phrase):
    return next((q for q in quotes if phrase in q.text), None)


def test_all_13_attributions(seed_quotes):
    right = 0
    for name, phrase, cue in EXPECTED:
        quote = _find(seed_quotes, phrase)
        if quote and quote.speaker.name.lower() == name.lower() and (quote.cue.lemma if quote.cue else None) == cue:
            right += 1
    assert right == len(EXPECTED)


def test_no_extra_quotes(seed_quotes):
    assert len(seed_quotes) == len(EXPECTED)


def test_offsets_index_the_file_as_read(seed_quotes, seed_doc):
    for quote in seed_quotes:
        assert seed_doc.text[quote.start:quote.end] == quote.text
        assert seed_doc.text[quote.speaker.start:quote.speaker.end] == quote.speaker.mention
        if quote.cue:
            assert seed_doc.text[quote.cue.start:quote.cue.end] == quote.cue.text


@pytest.mark.parametrize("phrase, kind", [
    ("belangrijke beslissingen die gisterenavond", "mixed"),
    ("het VK, Canada en andere partners", "mixed"),
    ("een wapenstilstand in de lucht en op zee", "mixed"),
    ("Onze samenwerking met gelijkgezinde", "direct"),
    ("vastbesloten te zijn", "indirect"),
])
def test_kinds(seed_quotes, phrase, kind):
    assert _find(seed_quotes, phrase).kind == kind


def test_pronouns_and_floating_quotes_say_how_they_were_resolved(seed_quotes):
    assert _find(seed_quotes, "vastbesloten te zijn").speaker.resolved_from == "pronoun"
    assert _find(seed_quotes, "Het is in het belang").speaker.resolved_from == "previous_quote"
    assert _find(seed_quotes, "een twintigtal landen").speaker.type == "anonymous"


def test_metadata_from_the_header(seed_quotes):
    assert all(q.to_record()["date"] == "2025-03" for q in seed_quotes)


@pytest.mark.parametrize("phrase, label", [
    ("Onze samenwerking met gelijkgezinde NAVO-partners", "pro_nato"),
    ("We moeten samenwerken met onze partners", "supportive_of_ukraine"),
    ("als gastheer op te treden", "mediation_offer"),
])
def test_stance_labels_a_reader_would_give(seed_quotes, phrase, label):
    quote = _find(seed_quotes, phrase)
    assert label in quote.labels
    assert set(quote.stances) == {"supportive_of_ukraine", "pro_nato", "mediation_offer"}
    assert all(0.0 <= p <= 1.0 for p in quote.stances.values())
