"""The language seam: codes, detection, routing of documents to their language's lexicon and
models, and the refusal of a language registered without rules."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotes import lang
from quotes.cli import main
from quotes.documents import Document
from quotes.errors import DocumentError, ModelError, UsageError
from quotes.lexicon import load

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED = REPO / "seeds" / "2025-03_eu-debriefing-niet-eu-partners.txt"

DUTCH = ("De minister zei dinsdag dat het kabinet de steun aan Oekraïne voortzet. Volgens haar is er "
         "geen reden om het beleid te wijzigen, maar de oppositie wil meer geld voor defensie.")
ENGLISH = ("The minister said on Tuesday that the government would keep supporting Ukraine. According to "
           "her there is no reason to change the policy, but the opposition wants more money for defence.")


@pytest.mark.parametrize("value, code", [
    ("nl", "nl"), ("NL", "nl"), ("nl-BE", "nl"), ("en_US", "en"), ("English", "en"), ("Vlaams", "nl"),
    ("auto", "auto"), ("fr", None), ("", None), (None, None), (3, None),
])
def test_codes_regions_and_names_normalize(value, code):
    assert lang.normalize(value) == code


@pytest.fixture
def without_english_rules(monkeypatch):
    """English registered as a language without rules, as a new language starts out."""
    monkeypatch.setitem(lang.LANGUAGES, "en", lang.Language("en", "English", False, "no rules in this test"))
    monkeypatch.setattr(lang, "SUPPORTED", ("nl",))


def test_unknown_and_unsupported_languages_are_usage_errors(without_english_rules):
    assert lang.language("nl-BE", need_rules=True).code == "nl"
    assert lang.language("en").name == "English"  # known, and
    with pytest.raises(UsageError, match=r"English \(en\) cannot be attributed yet: no rules in this test; supported: nl"):
        lang.language("en", need_rules=True)  # not attributable
    with pytest.raises(UsageError, match="unknown language 'fr'; known: nl, en, auto"):
        lang.language("fr")


def test_both_languages_have_rules_and_lexicons():
    assert lang.SUPPORTED == ("nl", "en")
    assert load("en").cue_entries("said")[0].lemma == "say" and load("nl").cue_entries("zei")[0].lemma == "zeggen"


@pytest.mark.parametrize("text, code", [(DUTCH, "nl"), (ENGLISH, "en")])
def test_detect_tells_dutch_from_english(text, code):
    assert lang.detect(text) == code


def test_detect_falls_back_to_the_default_when_unsure():
    assert lang.detect("Mark Rutte, Brussel") == "nl"
    assert lang.detect("Mark Rutte, Brussel", default="en") == "en"
    assert lang.detect("") == "nl"


def test_detect_reads_the_seed_article_as_dutch():
    assert lang.detect(SEED.read_text(encoding="utf-8")) == "nl"


@pytest.mark.skipif(not (SHARED / "news-nl").is_dir() or not (SHARED / "polnear").is_dir(),
                    reason="needs ../shared/news-nl and ../shared/polnear (real articles)")
def test_detect_on_real_articles_in_both_languages():
    dutch = [json.loads(line)["text"] for line in
             (SHARED / "news-nl" / "alpino_dev_articles.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    english = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "polnear" / "dev" / "text").glob("*.txt"))]
    assert len(dutch) > 50 and len(english) > 80
    assert [t[:60] for t in dutch if lang.detect(t, default="en") != "nl"] == []
    assert [t[:60] for t in english if lang.detect(t) != "en"] == []


def test_route_prefers_the_documents_own_field():
    assert lang.route({"lang": "en"}, "nl", DUTCH) == "en"
    assert lang.route({}, "nl", ENGLISH) == "nl"  # no detection unless asked
    assert lang.route({}, "auto", ENGLISH) == "en"
    assert lang.route({"lang": "auto"}, "nl", ENGLISH) == "en"
    assert lang.route({"lang": ""}, "auto", DUTCH) == "nl"
    with pytest.raises(DocumentError, match="lang field 'klingon' is not a known language"):
        lang.route({"lang": "klingon"}, "nl", DUTCH)


def test_the_attributor_routes_each_document_to_its_language(without_english_rules):
    from quotes import Attributor

    with pytest.raises(UsageError, match="unknown language"):
        Attributor(lang="xx", stance=False)
    auto = Attributor(lang="auto", stance=False)
    assert auto.refusal(Document("a", DUTCH)) is None
    assert "language en (detected): English (en) cannot be attributed yet" in str(auto.refusal(Document("b", ENGLISH)))
    plain = Attributor(stance=False)
    assert plain.refusal(Document("c", ENGLISH)) is None  # --lang nl: read as Dutch, as before
    assert "(its lang field)" in str(plain.refusal(Document("d", DUTCH, {"lang": "en"})))
    with pytest.raises(DocumentError, match="lang field"):
        plain.attribute_document(Document("e", DUTCH, {"lang": "zz"}))


def test_a_run_in_one_language_refuses_the_other_and_auto_reads_both():
    from quotes import Attributor

    dutch_run, english_run, auto = (Attributor(lang=code, stance=False) for code in ("nl", "en", "auto"))
    assert "this run reads nl; run the English documents with --lang en" in str(
        dutch_run.refusal(Document("a", DUTCH, {"lang": "en"})))
    assert english_run.route(Document("b", ENGLISH)) == "en" and english_run.lexicon is load("en")
    assert [auto.route(Document(k, t)) for k, t in (("c", DUTCH), ("d", ENGLISH))] == ["nl", "en"]
    assert auto.engine("en").parser.lang == "en" and auto.engine("en") is auto.engine("en")


def test_the_cli_reads_each_document_in_its_language_and_reports_a_mismatch(tmp_path):
    source = tmp_path / "mixed.jsonl"
    rows = [{"id": "nl-1", "text": "„We gaan door”, zei minister Hoekstra dinsdag. " + DUTCH},
            {"id": "en-1", "text": '"We will go on," minister Hoekstra said on Tuesday. ' + ENGLISH},
            {"id": "nl-2", "lang": "nl-BE", "text": "„Het is een historische dag”, zegt burgemeester Femke Halsema."}]
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    result = CliRunner().invoke(main, ["extract", str(source), "-o", str(out), "--errors", str(errors),
                                       "--lang", "auto", "--no-stance", "--workers", "1"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["doc_id"] for r in records} == {"nl-1", "en-1", "nl-2"}
    english = [r for r in records if r["doc_id"] == "en-1"]
    assert (english[0]["text"], english[0]["cue"]["lemma"], english[0]["speaker"]["name"]) == \
        ("We will go on,", "say", "Hoekstra")
    dutch_run = CliRunner().invoke(main, ["extract", str(source), "-o", str(tmp_path / "nl.jsonl"), "--errors",
                                          str(errors), "--lang", "nl", "--no-stance", "--workers", "1"])
    assert dutch_run.exit_code == 0, dutch_run.output  # en-1 has no lang field: read as Dutch, as asked
    rows[1]["lang"] = "en"
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    dutch_run = CliRunner().invoke(main, ["extract", str(source), "-o", str(tmp_path / "nl2.jsonl"), "--errors",
                                          str(errors), "--lang", "nl", "--no-stance", "--workers", "1"])
    assert dutch_run.exit_code == 1 and "1 failed" in dutch_run.stderr
    [error] = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert error["doc_id"] == "en-1" and "this run reads nl" in error["error"]


def test_a_stanza_dir_of_one_language_serves_the_runs_language_only(tmp_path):
    from quotes import Attributor
    from quotes.parsing import MODELS_ROOT

    auto = Attributor(lang="auto", stance=False, stanza_dir=tmp_path)
    assert auto.engine("nl").parser.stanza_dir == tmp_path  # one set of models: the run's (Dutch for auto)
    assert auto.engine("en").parser.stanza_dir == MODELS_ROOT / "en"
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "resources.json").write_text("{}", encoding="utf-8")
    laid_out = Attributor(lang="auto", stance=False, stanza_dir=tmp_path)  # like models/stanza/
    assert laid_out.engine("en").parser.stanza_dir == tmp_path
    with pytest.raises(ModelError, match=f"{tmp_path / 'en'}: missing Stanza model files"):
        Attributor(lang="en", stance=False, stanza_dir=tmp_path).check()  # the language's own folder
