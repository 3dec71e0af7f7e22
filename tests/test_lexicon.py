"""The lexicons are data: enough cue verbs, each with a category, and the lookups behave."""
from __future__ import annotations

import pytest

from quotes.lexicon import CATEGORY_CONFIDENCE, cue_lemmas, load


def test_at_least_80_cue_verbs_with_categories():
    lex = load()
    entries = {e.lemma: e for es in lex.forms.values() for e in es}
    verbs = [e for e in entries.values() if "marker" not in e.frames]
    assert len(verbs) >= 80
    assert all(e.category in CATEGORY_CONFIDENCE for e in verbs)
    assert CATEGORY_CONFIDENCE["opinion"] < CATEGORY_CONFIDENCE["speech"]
    assert {"zeggen", "aangeven", "laten weten", "uitleggen", "aankondigen", "vinden"} <= cue_lemmas()


def test_separable_verbs_know_their_joined_forms():
    lex = load()
    assert any(e.lemma == "aangeven" for e in lex.cue_entries("aangegeven"))
    assert any(e.lemma == "aangeven" and e.particle == "aan" for e in lex.cue_entries("gaf"))


def test_time_words_titles_and_nouns():
    lex = load()
    assert lex.is_temporal("vrijdagochtend") and lex.is_temporal("donderdag") and not lex.is_temporal("Erdogan")
    assert lex.is_title("Raadsvoorzitter") and lex.title_base("begrotingsminister") == "minister"
    assert lex.noun_type("regeringsbron") == "anonymous" and lex.noun_type("partnerlanden") == "organization"


@pytest.mark.parametrize("word, title, base, noun", [
    ("Raadsvoorzitter", True, "raadsvoorzitter", "person"),
    ("begrotingsminister", True, "minister", "person"),
    ("oud-minister", True, "minister", "person"),
    ("minister", True, "minister", "person"),
    ("fractievoorzitster", True, "voorzitster", "person"),
    ("Kees", False, "kees", None),
    ("regeringsbron", False, "regeringsbron", "anonymous"),
    ("vrachtwagenchauffeur", False, "vrachtwagenchauffeur", "person"),
])
def test_titles_and_nouns_count_at_the_end_of_a_compound(word, title, base, noun):
    lex = load()
    assert (lex.is_title(word), lex.title_base(word), lex.noun_type(word)) == (title, base, noun)


@pytest.mark.parametrize("code", ["nl", "en"])
def test_every_word_class_the_engine_names_exists_in_each_language(code):
    """A class name misspelt in the code would read as an empty class and silently change the
    rules; a class a language leaves empty on purpose says so in its file header ("# X: none")."""
    import re
    from importlib import resources
    from pathlib import Path

    package = Path(__file__).resolve().parent.parent / "quotes"
    source = "\n".join(p.read_text(encoding="utf-8") for p in package.glob("*.py"))
    named = set(re.findall(r'(?:in_class|ends_with)\([^()]*?,\s*"([a-z_]+)"\)', source))
    named |= set(re.findall(r'\.words\("([a-z_]+)"\)', source))
    for group in re.findall(r'for c in \(([^)]*)\)', source):  # any(lex.in_class(t, c) for c in ("opener", …))
        named |= set(re.findall(r'"([a-z_]+)"', group))
    assert len(named) > 30
    headers = "".join(resources.files(f"quotes.lang.{code}").joinpath(f"{name}_{code}.tsv").read_text(encoding="utf-8")
                      for name in ("grammar", "discourse"))
    empty = set(re.findall(r"^# ([a-z_]+): none\b", headers, flags=re.M))
    assert sorted(named - set(load(code).word_classes) - empty) == []
    assert sorted(empty & set(load(code).word_classes)) == []  # "none" and members: one is wrong
