"""Quote-mark pairing on the surface: every press convention, nesting, paragraphs, bad balance."""
from __future__ import annotations

import pytest

from quotes.marks import merge_continuations, pair_quotes


def contents(text: str) -> list[str]:
    return [text[s.start:s.end] for s in pair_quotes(text) if s.depth == 0]


@pytest.mark.parametrize("text, expected", [
    ("“Wij gaan door”, zei hij.", ["Wij gaan door"]),
    ("„Wij gaan door”, zei hij.", ["Wij gaan door"]),
    (",,Wij gaan door'', zei hij.", ["Wij gaan door"]),
    ('"Wij gaan door", zei hij.', ["Wij gaan door"]),
    ("‘Wij gaan door’, zei hij.", ["Wij gaan door"]),
    ("'Wij gaan door', zei hij.", ["Wij gaan door"]),
    ("«Wij gaan door», zei hij.", ["Wij gaan door"]),
    ("„Ja”, zei ze. „Nee.”", ["Ja", "Nee."]),
    ("''We will stay,'' he said. ''No doubt.''", ["We will stay,", "No doubt."]),  # New York Times
    ("Mr. Garin added, ''it becomes harder.'' Then:", ["it becomes harder."]),
])
def test_every_convention(text, expected):
    assert contents(text) == expected


@pytest.mark.parametrize("text", [
    "Zo’n plan is ’s avonds klaar, zei de auto's-verkoper.",
    "In de jaren '90 kwam 't er niet van.",
    "Het is Kiev’ eigen keuze.",
])
def test_apostrophes_are_not_quotes(text):
    assert contents(text) == []


def test_nested_quote_is_inside_its_parent():
    text = "“Er is nood aan een ‘coalition of the willing’”, zei hij."
    spans = pair_quotes(text)
    outer = [s for s in spans if s.depth == 0]
    inner = [s for s in spans if s.depth == 1]
    assert [text[s.start:s.end] for s in inner] == ["coalition of the willing"]
    assert outer[0].start < inner[0].start < inner[0].end < outer[0].end


def test_quote_over_several_sentences_is_one_span():
    text = "„Het is laat. We gaan naar huis. Morgen verder”, zei ze."
    assert contents(text) == ["Het is laat. We gaan naar huis. Morgen verder"]


def test_continuation_over_paragraphs_merges():
    text = "„Eerste alinea zonder sluitteken.\n\n„Tweede alinea”, zei hij."
    spans = merge_continuations(pair_quotes(text))
    assert len(spans) == 1
    assert text[spans[0].start:spans[0].end] == "Eerste alinea zonder sluitteken.\n\n„Tweede alinea"


def test_unbalanced_quote_closes_at_paragraph_end():
    text = "Hij zei: „dit gaat nooit dicht.\n\nNieuwe alinea zonder quote."
    spans = pair_quotes(text)
    assert len(spans) == 1 and not spans[0].balanced
    assert text[spans[0].start:spans[0].end] == "dit gaat nooit dicht."


def test_stray_closing_mark_is_ignored():
    assert contents("Dit is fout” en gaat door.") == []


@pytest.mark.parametrize("text, outer, inner", [
    # three apostrophes close a single and a double quote ...
    ("''I would use the word 'old-school,''' said Slayton. ''You can see.''",
     ["I would use the word 'old-school,'", "You can see."], ["old-school,"]),
    # ... or open both
    ("She said: '''Yes' is the word,'' and left.", ["'Yes' is the word,"], ["Yes"]),
])
def test_three_apostrophes_are_a_double_and_a_single_mark(text, outer, inner):
    spans = pair_quotes(text)
    assert [text[s.start:s.end] for s in spans if s.depth == 0] == outer
    assert [text[s.start:s.end] for s in spans if s.depth == 1] == inner
