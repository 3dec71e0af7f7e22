"""Tokenization and sentence splitting of the bundled Dutch models, after our repairs."""
from __future__ import annotations

import pytest

from quotes.parsing import prepare_text, repair_sentences


def test_prepare_text_keeps_every_offset():
    text = "date 2025-03 „Ja”, zei hij. ,,Nee'', zei ze. ‘Zo’n’ «dag»"
    prepared = prepare_text(text, body_start=13)
    assert len(prepared) == len(text)
    assert prepared.startswith(" " * 13)
    assert '"Ja"' in prepared and "'Zo'n'" in prepared


def test_prepare_text_maps_the_new_york_times_double_apostrophes_both_ways():
    text = "''We will,'' he said, ''stay.''"
    prepared = prepare_text(text)
    assert prepared == ' "We will,"  he said,  "stay." ' and len(prepared) == len(text)


def test_model_dir_per_language(tmp_path):
    from quotes.parsing import MODELS_ROOT, model_dir

    assert model_dir(None, "en") == MODELS_ROOT / "en"
    assert model_dir(tmp_path, "en") == tmp_path  # one set of models
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "resources.json").write_text("{}")
    assert model_dir(tmp_path, "en") == tmp_path / "en"  # laid out like models/stanza/


def _sentences(attributor, text):
    parsed = attributor.parser.parse(text)
    return [text[s.start:s.end] for s in parsed.sentences]


def test_seed_sentences(attributor, seed_doc):
    parsed = attributor.parser.parse(seed_doc.text, seed_doc.body_start)
    sentences = [seed_doc.text[s.start:s.end] for s in parsed.sentences]
    assert not any(s.startswith("date") for s in sentences)
    # the quote mark stays with its sentence, the parenthesis is not cut, "bondgenoot.” Hij" is split
    assert any(s.startswith("“Onze samenwerking") and s.endswith("op sociale media.") for s in sentences)
    assert any(s.startswith("“Als we moeten antwoorden") and s.endswith("willing’.”") for s in sentences)
    assert any(s.startswith("Hij verklaarde vrijdag ook") for s in sentences)
    for word in (w for s in parsed.sentences for w in s.words):
        assert seed_doc.text[word.start:word.end] == word.text


@pytest.mark.parametrize("text, n_sentences", [
    ("Hij was blij. „We winnen”, zei hij.", 2),
    ("Hij was blij. ,,We winnen'', zei hij.", 2),
    ("Hij was blij. “We winnen”, zei hij.", 2),
    ("Hij was blij. ‘We winnen’, zei hij.", 2),
    ("Hij was blij. «We winnen», zei hij.", 2),
    ('Hij was blij. "We winnen", zei hij.', 2),
    ("„Het was zwaar.” Daarna vertrok hij.", 2),
    ("De minister was duidelijk: „Er komt geen geld.”", 1),
    ("E. zelf zei spijt te hebben.", 1),
])
def test_sentence_splits_around_quotes(attributor, text, n_sentences):
    assert len(_sentences(attributor, text)) == n_sentences


def test_quote_marks_are_separate_tokens(attributor):
    parsed = attributor.parser.parse("“Onze vrede”, zei hij over ‘coalition stay glued’.")
    tokens = [w.text for s in parsed.sentences for w in s.words]
    assert tokens[:4] == ["“", "Onze", "vrede", "”"]
    assert "‘" in tokens and "glued" in tokens


def test_only_relevant_sentences_are_parsed(attributor):
    text = "Het regent in Brussel. De zon schijnt in Gent. „Morgen wordt het beter”, zei de weerman."
    parsed = attributor.parser.parse(text)
    assert [s.parsed for s in parsed.sentences] == [False, False, True]
    assert parsed.sentences[2].words[-2].deprel != "dep"


def test_run_on_sentence_is_not_parsed_but_still_read(attributor):
    from quotes.parsing import MAX_PARSE_TOKENS

    text = "„Dit is een lijst”, zei de minister " + " ".join(["en nog een punt"] * (MAX_PARSE_TOKENS // 4 + 5)) + "."
    parsed = attributor.parser.parse(text)
    assert [s.parsed for s in parsed.sentences] == [False]
    [quote] = attributor.attribute(text)
    assert quote.text == "Dit is een lijst" and quote.speaker.mention == "de minister"


def test_device_auto_takes_the_gpu_only_when_torch_sees_one(monkeypatch):
    import torch

    from quotes.parsing import resolve_device

    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    assert resolve_device("auto") == "cpu" and resolve_device("cpu") == "cpu"
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    assert resolve_device("auto") == "cuda" and resolve_device("cuda:1") == "cuda:1"


@pytest.mark.parametrize("device", ["gpu", "cuda:x", "cpu:0", ""])
def test_unknown_device_names_are_refused(device):
    from quotes import Attributor
    from quotes.errors import UsageError

    with pytest.raises(UsageError, match="device must be one of"):
        Attributor(device=device)


def test_cuda_without_a_gpu_is_a_clear_error(monkeypatch):
    import torch

    from quotes import Attributor
    from quotes.errors import UsageError

    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    with pytest.raises(UsageError, match="sees no CUDA GPU"):
        Attributor(device="cuda")


def _spans(text: str, sentences: list[str]) -> list[list[tuple[int, int]]]:
    """Token spans of whitespace-separated tokens, cut into the given sentences."""
    out, pos = [], 0
    for sentence in sentences:
        spans = []
        for token in sentence.split():
            start = text.index(token, pos)
            spans.append((start, start + len(token)))
            pos = start + len(token)
        out.append(spans)
    return out


def test_a_title_abbreviation_before_a_capital_ends_no_sentence():
    text = "Dan Patrick says Sen. Ted Cruz won. They met Gov. Kasich today. Later he spoke."
    cut = _spans(text, ["Dan Patrick says Sen.", "Ted Cruz won .", "They met Gov .", "Kasich today .", "Later he spoke ."])
    titles = frozenset({"sen.", "gov."})
    repaired = repair_sentences(cut, text, [0], titles)
    assert [text[s[0][0]:s[-1][1]] for s in repaired] == [
        "Dan Patrick says Sen. Ted Cruz won.", "They met Gov. Kasich today.", "Later he spoke."]  # "Gov ." too
    assert len(repair_sentences(cut, text, [0])) == 5  # a language without such titles


def test_a_sentence_opening_in_lower_case_goes_on_the_one_before():
    text = "Rep. Hakeem Jeffries (D-N.Y.) reacted to the news. He left. http://t.co/x is a link."
    cut = _spans(text, ["Rep. Hakeem Jeffries ( D-N.Y . )", "reacted to the news .", "He left .",
                        "http://t.co/x is a link ."])
    repaired = repair_sentences(cut, text, [0])
    assert [text[s[0][0]:s[-1][1]] for s in repaired] == [
        "Rep. Hakeem Jeffries (D-N.Y.) reacted to the news.", "He left.", "http://t.co/x is a link."]
