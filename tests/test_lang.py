"""The language seam: codes, detection, routing of documents, and the refusal of a language whose
rules do not exist yet (English, until issue 16 lands)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotes import lang
from quotes.cli import main
from quotes.documents import Document
from quotes.errors import DocumentError, UsageError
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


def test_unknown_and_unsupported_languages_are_usage_errors():
    assert lang.language("nl-BE", need_rules=True).code == "nl"
    assert lang.language("en").name == "English"  # known, and
    with pytest.raises(UsageError, match=r"English \(en\) cannot be attributed yet.*supported: nl"):
        lang.language("en", need_rules=True)  # not attributable yet
    with pytest.raises(UsageError, match="unknown language 'fr'; known: nl, en, auto"):
        lang.language("fr")
    with pytest.raises(UsageError, match="cannot be attributed"):
        load("en")


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


def test_the_attributor_refuses_documents_in_another_language():
    from quotes import Attributor

    with pytest.raises(UsageError, match="English"):
        Attributor(lang="en", stance=False)
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


def test_the_cli_reports_english_documents_and_goes_on(tmp_path):
    source = tmp_path / "mixed.jsonl"
    rows = [{"id": "nl-1", "text": "„We gaan door”, zei minister Hoekstra dinsdag. " + DUTCH},
            {"id": "en-1", "text": '"We will go on," minister Hoekstra said on Tuesday. ' + ENGLISH},
            {"id": "nl-2", "lang": "nl-BE", "text": "„Het is een historische dag”, zegt burgemeester Femke Halsema."}]
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    result = CliRunner().invoke(main, ["extract", str(source), "-o", str(out), "--errors", str(errors),
                                       "--lang", "auto", "--no-stance", "--workers", "1"])
    assert result.exit_code == 1, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["doc_id"] for r in records} == {"nl-1", "nl-2"}
    assert {r["speaker"]["name"] for r in records} == {"Hoekstra", "Femke Halsema"}
    [error] = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert error["doc_id"] == "en-1" and "English (en) cannot be attributed yet" in error["error"]
    assert "1 failed" in result.stderr
