"""Tests of the quote-attribution scorer and of the Dutch development gold set."""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from quotes.errors import QuotesError
from quotes.evaluation import (
    GoldDoc,
    GoldFormatError,
    GoldQuote,
    PRF,
    PredictionFormatError,
    format_report,
    load_gold,
    load_predictions,
    normalize_name,
    score,
    speaker_matches,
)
from quotes.explain import explain

ROOT = Path(__file__).resolve().parent.parent
GOLD_NL = ROOT / "training" / "data" / "gold_nl.jsonl"
SEED_ID = "2025-03_eu-debriefing-niet-eu-partners"

TEXT = (
    "“Wij steunen Oekraïne”, zei de Turkse president Erdogan. "
    "Volgens een Europese bron is het akkoord rond. "
    "Het zogenaamde 'klimaatplan' wordt besproken. "
    "Minister Jansen vindt dat het beter kan."
)


def span_of(fragment: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(fragment)
    return start, start + len(fragment)


def gold_quote(fragment: str, speaker: str, *, kind: str = "direct", aliases: tuple[str, ...] = (),
               stances: tuple[str, ...] = (), optional: bool = False, text: str = TEXT) -> GoldQuote:
    start, end = span_of(fragment, text)
    return GoldQuote(start=start, end=end, text=fragment, kind=kind, speaker=speaker,
                     speaker_aliases=aliases, stances=stances, optional=optional)


def pred(start: int, end: int, name: str | None = None, mention: str | None = None,
         kind: str = "direct", labels: list[str] | None = None, doc_id: str = "d1") -> dict[str, Any]:
    return {"doc_id": doc_id, "start": start, "end": end, "kind": kind,
            "speaker": {"name": name, "mention": mention}, "labels": labels or []}


Q_ERDOGAN = gold_quote("Wij steunen Oekraïne", "Recep Tayyip Erdogan", aliases=("Erdogan",),
                       stances=("supportive_of_ukraine",))
Q_BRON = gold_quote("is het akkoord rond", "een Europese bron", kind="indirect")
Q_OPINION = gold_quote("dat het beter kan", "Jansen", kind="indirect", optional=True)
DOC = GoldDoc(id="d1", text=TEXT, quotes=(Q_ERDOGAN, Q_BRON, Q_OPINION))


def perfect_predictions() -> list[dict[str, Any]]:
    return [
        pred(*span_of("Wij steunen Oekraïne"), name="Erdogan", mention="de Turkse president Erdogan",
             labels=["supportive_of_ukraine"]),
        pred(*span_of("is het akkoord rond"), mention="een Europese bron", kind="indirect"),
    ]


# --------------------------------------------------------------------------
# name normalisation and speaker matching


@pytest.mark.parametrize("raw, expected", [
    ("De Wever", "wever"),  # a leading article is dropped, also inside names
    ("  Recep   Tayyip  ERDOĞAN ", "recep tayyip erdogan"),
    ("een Europese bron", "europese bron"),
    ("Het Vaticaan", "vaticaan"),
    ("Prévot", "prevot"),
    ("de", "de"),  # a lone article is kept
    (None, ""),
])
def test_normalize_name(raw: str | None, expected: str) -> None:
    assert normalize_name(raw) == expected


@pytest.mark.parametrize("speaker, ok", [
    ({"name": "Recep Tayyip Erdogan", "mention": "hij"}, True),
    ({"name": None, "mention": "Erdoğan"}, True),  # alias, accents ignored
    ({"name": None, "mention": "de Turkse president Erdogan"}, True),  # mention ends with alias
    ({"name": "Costa", "mention": "Costa"}, False),
    ({"name": None, "mention": "Erdogans woordvoerder"}, False),
    ("Erdogan", True),  # a bare string is taken as the name
    (None, False),
])
def test_speaker_matches(speaker: Any, ok: bool) -> None:
    assert speaker_matches(speaker, Q_ERDOGAN) is ok


def test_speaker_suffix_match_respects_word_boundaries() -> None:
    costa = gold_quote("Wij steunen Oekraïne", "Antonio Costa", aliases=("Costa",))
    assert speaker_matches({"mention": "Raadsvoorzitter Antonio Costa"}, costa)
    assert not speaker_matches({"mention": "Acosta"}, costa)


# --------------------------------------------------------------------------
# scoring


def test_perfect_predictions() -> None:
    report = score([DOC], {"d1": perfect_predictions()})
    assert report.n_gold == 2 and report.n_optional == 1
    assert report.lenient == PRF(tp=2, fp=0, fn=0)
    assert report.strict == PRF(tp=2, fp=0, fn=0)
    assert report.speaker_accuracy == 1.0 and report.speaker_accuracy_matched == 1.0
    assert report.stance_per_label["supportive_of_ukraine"] == PRF(tp=1)
    assert report.stance_micro.f1 == 1.0
    assert report.findings == ()


def test_no_predictions() -> None:
    report = score([DOC], {})
    assert report.lenient == PRF(tp=0, fp=0, fn=2)
    assert report.lenient.precision == 0.0 and report.lenient.recall == 0.0 and report.lenient.f1 == 0.0
    assert report.speaker_accuracy == 0.0 and report.speaker_accuracy_matched == 0.0
    assert len(report.by_category("miss")) == 2


def test_no_gold_and_no_predictions_is_perfect() -> None:
    empty = GoldDoc(id="e", text="Geen citaten hier.", quotes=())
    report = score([empty], {})
    assert report.lenient.precision == 1.0 and report.lenient.recall == 1.0


def test_prediction_on_quote_free_document_is_false_alarm() -> None:
    empty = GoldDoc(id="e", text="Het zogenaamde 'klimaatplan' komt eraan.", quotes=())
    report = score([empty], {"e": [pred(16, 27, mention="?", doc_id="e")]})
    assert report.lenient == PRF(tp=0, fp=1, fn=0)
    assert report.by_category("false_alarm")[0].text == "klimaatplan"


def test_lenient_threshold_is_thirty_percent_of_gold_span() -> None:
    start, end = span_of("is het akkoord rond")  # 19 characters
    just_enough = pred(start, start + 6, mention="een Europese bron")  # 6/19 = 31.6%
    too_little = pred(start, start + 5, mention="een Europese bron")  # 5/19 = 26.3%
    assert score([DOC], {"d1": [just_enough]}).lenient.tp == 1
    assert score([DOC], {"d1": [too_little]}).lenient.tp == 0


def test_strict_ignores_quote_marks_and_allows_two_characters() -> None:
    start, end = span_of("Wij steunen Oekraïne")
    with_marks = pred(start - 1, end + 2, name="Erdogan")  # “Wij steunen Oekraïne”,
    assert score([DOC], {"d1": [with_marks]}).strict.tp == 1
    off_by_two = pred(start, end - 2, name="Erdogan")
    assert score([DOC], {"d1": [off_by_two]}).strict.tp == 1
    off_by_three = pred(start + 3, end, name="Erdogan")
    report = score([DOC], {"d1": [off_by_three]})
    assert report.strict.tp == 0 and report.strict.fp == 1 and report.lenient.tp == 1
    assert len(report.by_category("boundary")) == 1


def test_overlapping_predictions_are_matched_one_to_one() -> None:
    start, end = span_of("Wij steunen Oekraïne")
    best = pred(start, end, name="Erdogan")
    partial = pred(start, start + 10, name="Erdogan")
    report = score([DOC], {"d1": [partial, best]})
    assert report.lenient == PRF(tp=1, fp=1, fn=1)
    false_alarm = report.by_category("false_alarm")
    assert [(f.start, f.end) for f in false_alarm] == [(start, start + 10)]  # the smaller overlap loses


def test_one_prediction_spanning_two_gold_quotes_matches_only_one() -> None:
    text = "“Eén.” “Twee drie.”"
    doc = GoldDoc(id="t", text=text, quotes=(
        gold_quote("Eén.", "X", text=text), gold_quote("Twee drie.", "X", text=text)))
    report = score([doc], {"t": [pred(0, len(text), name="X", doc_id="t")]})
    assert report.lenient == PRF(tp=1, fp=0, fn=1)
    assert report.by_category("miss")[0].text == "Eén."  # greedy by overlap: the longer one wins


def test_optional_quotes_are_neither_required_nor_false_alarms() -> None:
    optional_hit = pred(*span_of("dat het beter kan"), mention="Minister Jansen", kind="indirect")
    report = score([DOC], {"d1": [*perfect_predictions(), optional_hit]})
    assert report.lenient == PRF(tp=2, fp=0, fn=0)
    assert report.strict == PRF(tp=2, fp=0, fn=0)
    assert report.absorbed == 1
    assert score([DOC], {"d1": perfect_predictions()}).lenient.fn == 0  # not needed either


def test_optional_quote_absorbs_only_one_prediction() -> None:
    span = span_of("dat het beter kan")
    report = score([DOC], {"d1": [pred(*span, mention="Jansen"), pred(*span, mention="Jansen")]})
    assert report.lenient.fp == 1 and report.absorbed == 1


def test_speaker_accuracy_over_all_and_over_matched() -> None:
    predictions = perfect_predictions()[:1]
    predictions[0]["speaker"] = {"name": "Antonio Costa", "mention": "Costa"}
    report = score([DOC], {"d1": predictions})
    assert report.speaker_correct == 0
    wrong = report.by_category("wrong_speaker")
    assert len(wrong) == 1 and wrong[0].gold_speaker == "Recep Tayyip Erdogan"
    report = score([DOC], {"d1": perfect_predictions()[:1]})
    assert report.speaker_accuracy == 0.5  # 1 of 2 required gold quotes
    assert report.speaker_accuracy_matched == 1.0  # 1 of 1 matched


def test_stance_scores_on_matched_quotes() -> None:
    predictions = perfect_predictions()
    predictions[0]["labels"] = ["pro_nato"]  # wrong label
    predictions[1]["labels"] = []
    predictions[1].pop("labels")
    predictions[1]["stances"] = {"mediation_offer": 0.7, "pro_nato": 0.2}  # falls back to >= 0.5
    report = score([DOC], {"d1": predictions})
    assert report.stance_per_label["supportive_of_ukraine"] == PRF(tp=0, fp=0, fn=1)
    assert report.stance_per_label["pro_nato"] == PRF(tp=0, fp=1, fn=0)
    assert report.stance_per_label["mediation_offer"] == PRF(tp=0, fp=1, fn=0)
    assert report.stance_micro == PRF(tp=0, fp=2, fn=1)


def test_breakdown_by_kind() -> None:
    predictions = perfect_predictions()
    predictions[1]["kind"] = "direct"  # found, but wrong kind
    report = score([DOC], {"d1": predictions})
    assert report.by_kind["direct"].gold == 1 and report.by_kind["direct"].kind_correct == 1
    assert report.by_kind["indirect"].matched == 1 and report.by_kind["indirect"].kind_correct == 0
    assert report.predicted_by_kind["direct"] == PRF(tp=2, fp=0)


def test_predictions_for_unknown_documents_are_reported_not_counted() -> None:
    report = score([DOC], {"d1": perfect_predictions(), "other": [pred(0, 5, doc_id="other")]})
    assert report.unknown_doc_ids == ("other",)
    assert report.n_pred == 2 and report.lenient.fp == 0


def test_out_of_range_offsets_are_clamped() -> None:
    report = score([DOC], {"d1": [pred(len(TEXT) - 3, len(TEXT) + 50)]})
    assert report.lenient.fp == 1


def test_report_rendering() -> None:
    predictions = perfect_predictions()[:1] + [pred(*span_of("klimaatplan"), mention="?")]
    report = score([DOC], {"d1": predictions})
    as_dict = report.to_dict()
    json.dumps(as_dict)  # serialisable
    assert as_dict["lenient"]["tp"] == 1 and as_dict["speaker"]["accuracy"] == 0.5
    assert set(as_dict["stance"]["per_label"]) >= {"supportive_of_ukraine", "pro_nato", "mediation_offer"}
    table = format_report(report)
    assert "lenient" in table and "strict" in table and "speaker accuracy" in table
    text = explain(report)
    assert "Misses" in text and "is het akkoord rond" in text
    assert "False alarms" in text and "klimaatplan" in text
    assert "d1 [" in text
    assert "stance (matched)" in table and "labels per 50" in table


def test_report_without_any_stance_label_says_stance_is_not_scored() -> None:
    gold = GoldDoc(id="d1", text=TEXT, quotes=(gold_quote("Wij steunen Oekraïne", "Erdogan"),))
    table = format_report(score([gold], {"d1": [pred(*span_of("Wij steunen Oekraïne"))]}))
    assert "stance: not scored" in table and "stance (matched)" not in table


# --------------------------------------------------------------------------
# loading


def write_lines(tmp_path: Path, lines: list[str], name: str = "gold.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def gold_line(**overrides: Any) -> str:
    quote = {"start": 5, "end": 10, "text": "hallo", "kind": "direct", "speaker": "Jan",
             "speaker_aliases": [], "cue": "zei", "stances": [], "optional": False}
    quote.update(overrides)
    return json.dumps({"id": "x", "lang": "nl", "text": "Jan „hallo”, zei hij.", "quotes": [quote]})


def test_load_gold_roundtrip(tmp_path: Path) -> None:
    docs = load_gold(write_lines(tmp_path, [gold_line(), ""]))
    assert len(docs) == 1 and docs[0].quotes[0].text == "hallo" and docs[0].quotes[0].cue == "zei"


@pytest.mark.parametrize("line, message", [
    ("{not json", "invalid JSON"),
    ("[1, 2]", "expected a JSON object"),
    (json.dumps({"id": "x", "text": "t"}), "missing field 'quotes'"),
    (gold_line(end=11), "is 'hallo”'"),
    (gold_line(start=30, end=40), "bad span"),
    (gold_line(kind="quoted"), "kind 'quoted'"),
    (gold_line(start="5"), "wrong type"),
    (gold_line(speaker_aliases="Jan"), "must be a list of strings"),
])
def test_load_gold_errors_carry_line_numbers(tmp_path: Path, line: str, message: str) -> None:
    path = write_lines(tmp_path, [gold_line(), line])
    with pytest.raises(GoldFormatError, match=rf":2: .*{re.escape(message)}"):
        load_gold(path)


def test_gold_errors_are_quotes_errors(tmp_path: Path) -> None:
    assert issubclass(GoldFormatError, QuotesError)
    with pytest.raises(QuotesError):
        load_gold(tmp_path / "missing.jsonl")
    with pytest.raises(GoldFormatError, match="duplicate"):
        load_gold(write_lines(tmp_path, [gold_line(), gold_line()]))


def test_load_predictions(tmp_path: Path) -> None:
    records = [pred(0, 3, doc_id="a"), pred(4, 6, doc_id="b"), pred(7, 9, doc_id="a")]
    path = write_lines(tmp_path, [json.dumps(r) for r in records], "pred.jsonl")
    grouped = load_predictions(path)
    assert sorted(grouped) == ["a", "b"] and [r["start"] for r in grouped["a"]] == [0, 7]
    bad = write_lines(tmp_path, [json.dumps(records[0]), json.dumps({"doc_id": "a", "start": 1})], "bad.jsonl")
    with pytest.raises(PredictionFormatError, match=":2: .*'end'"):
        load_predictions(bad)


# --------------------------------------------------------------------------
# the Dutch development gold set

OPENING_MARKS = {"“": "“…”", "„": "„…”", ",": ",,…''", '"': '"…"', "‘": "‘…’", "'": "'…'", "«": "«…»"}


@pytest.fixture(scope="module")
def gold_nl() -> list[GoldDoc]:
    return load_gold(GOLD_NL)


def opening_mark(doc: GoldDoc, quote: GoldQuote) -> str:
    return OPENING_MARKS.get(doc.text[: quote.start].rstrip()[-1:], "other")


def test_gold_nl_size(gold_nl: list[GoldDoc]) -> None:
    assert len(gold_nl) >= 25
    assert sum(len(d.required) for d in gold_nl) >= 200
    assert sum(1 for d in gold_nl if not d.quotes) >= 3


def test_gold_nl_spans_are_consistent(gold_nl: list[GoldDoc]) -> None:
    for doc in gold_nl:
        for q in doc.quotes:
            assert doc.text[q.start:q.end] == q.text
            assert q.text == q.text.strip(), (doc.id, q.text)
        spans = sorted((q.start, q.end) for q in doc.quotes)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), f"overlapping gold in {doc.id}"


def test_gold_nl_covers_kinds_and_quote_marks(gold_nl: list[GoldDoc]) -> None:
    required = [(d, q) for d in gold_nl for q in d.required]
    kinds = Counter(q.kind for _, q in required)
    assert all(kinds[k] >= 10 for k in ("direct", "indirect", "mixed")), kinds
    marks = Counter(opening_mark(d, q) for d, q in required if q.kind == "direct")
    assert set(OPENING_MARKS.values()) <= set(marks), marks
    assert all(q.text[0] not in "“„\"‘'«," for _, q in required if q.kind == "direct")


def test_gold_nl_covers_patterns(gold_nl: list[GoldDoc]) -> None:
    required = [q for d in gold_nl for q in d.required]
    cues = {q.cue for q in required}
    assert {"aldus", "volgens", "gaf aan", "liet weten", "legde uit", "kondigde aan", "bood aan"} <= cues
    assert any(c and c.startswith("werd ") for c in cues), "passive cue"
    assert any(q.kind == "direct" and q.cue is None for q in required), "floating quote"
    assert any(q.kind == "direct" and "\n\n" in q.text for q in required), "multi-paragraph quote"
    nested = [q for q in required if q.kind == "direct" and re.search(r"“[^”]+”|‘[^’]+’|\"[^\"]+\"|'[A-Z][^']+'", q.text)]
    assert len(nested) >= 3, "quotes nested in quotes"
    assert any(q.speaker.startswith("een ") for q in required), "anonymous source"
    assert any(q.text.startswith("dat ") for q in required if q.kind == "indirect")
    assert any(" te " in q.text and not q.text.startswith(("dat ", "of ")) for q in required
               if q.kind == "indirect"), "te-infinitive"
    assert any(q.optional for d in gold_nl for q in d.quotes), "optional quotes"
    assert {s for q in required for s in q.stances} == {"supportive_of_ukraine", "pro_nato", "mediation_offer"}


def test_gold_nl_covers_attribution_layouts(gold_nl: list[GoldDoc]) -> None:
    def before(d: GoldDoc, q: GoldQuote) -> str:
        return d.text[: q.start].rstrip().rstrip("“„\"‘'«,").rstrip()

    def after(d: GoldDoc, q: GoldQuote) -> str:
        return d.text[q.end:].lstrip("”\"’'»").lstrip()

    pairs = [(d, q) for d in gold_nl for q in d.required]
    assert any(q.kind == "direct" and before(d, q).endswith(":") for d, q in pairs), "colon attribution"
    assert any(re.match(r"\.? ?Dat (zegt|verklaarde|meldde|maakte|kondigde)", after(d, q)) for d, q in pairs), "Dat zegt X"
    assert any(q.kind == "indirect" and q.cue == "aldus" for _, q in pairs), "aldus with indirect content"
    assert any(re.search(r", (benadrukt|benadrukte|zegt) [^,]+, ", q.text) for _, q in pairs), "parenthetical cue"
    pronoun = [q for d, q in pairs if re.match(r",? ?(zei|zegt|vertelt|vertelde|lachte) (hij|zij|ze)\b", after(d, q))]
    assert len(pronoun) >= 5, "pronoun speakers"


def test_gold_nl_seed_article(gold_nl: list[GoldDoc]) -> None:
    seed = next(d for d in gold_nl if d.id == SEED_ID)
    assert seed.text == (ROOT / "seeds" / f"{SEED_ID}.txt").read_text(encoding="utf-8")
    assert len(seed.required) == 13
    speakers = Counter(q.speaker for q in seed.required)
    assert speakers == {"Antonio Costa": 3, "een Europese bron": 2, "de partnerlanden": 1,
                        "Bart De Wever": 2, "een Britse bron": 1, "Recep Tayipp Erdogan": 4}
    labelled = {(lab, q.speaker) for q in seed.required for lab in q.stances}
    assert labelled == {("pro_nato", "Antonio Costa"), ("supportive_of_ukraine", "Antonio Costa"),
                        ("supportive_of_ukraine", "de partnerlanden"),
                        ("mediation_offer", "Recep Tayipp Erdogan")}


def test_gold_nl_scores_perfectly_against_itself(gold_nl: list[GoldDoc]) -> None:
    predictions = {
        d.id: [{"doc_id": d.id, "start": q.start, "end": q.end, "kind": q.kind,
                "speaker": {"name": q.speaker, "mention": q.speaker}, "labels": list(q.stances)}
               for q in d.quotes]
        for d in gold_nl
    }
    report = score(gold_nl, predictions)
    assert report.lenient.f1 == 1.0 and report.strict.f1 == 1.0
    assert report.speaker_accuracy == 1.0 and report.stance_micro.f1 == 1.0


def test_gold_nl_is_up_to_date_with_build_script(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("build_gold", ROOT / "training" / "build_gold.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "build_gold", module)  # dataclasses need the module registered
    spec.loader.exec_module(module)
    assert module.render(module.build()) == GOLD_NL.read_text(encoding="utf-8"), (
        "gold_nl.jsonl is out of date: run python training/build_gold.py"
    )


def test_strict_ignores_a_leading_complementizer() -> None:
    text = "Hij zei dat het plan klaar is. Zij vroeg of dat klopt."
    doc = GoldDoc(id="c", text=text, quotes=(
        gold_quote("dat het plan klaar is", "Hij", kind="indirect", text=text),
        gold_quote("of dat klopt", "Zij", kind="indirect", text=text)))
    without = [pred(*span_of("het plan klaar is", text), doc_id="c"),
               pred(*span_of("dat klopt", text), doc_id="c")]
    assert score([doc], {"c": without}).strict.tp == 2
    too_short = [pred(*span_of("plan klaar is", text), doc_id="c")]
    assert score([doc], {"c": too_short}).strict.tp == 0


# --------------------------------------------------------------------------
# speaker error classes (--explain)

def _wrong_speaker(gold_speaker: str, speaker: dict, method: str = "floating", cue: dict | None = None):
    from quotes.evaluation import Finding

    return Finding("wrong_speaker", "d", 0, 5, "tekst", "direct", gold_speaker=gold_speaker,
                   predicted_speaker=speaker.get("name"), pred_start=0, pred_end=5, gold_names=(gold_speaker,),
                   predicted={"speaker": speaker, "method": method, "cue": cue})


@pytest.mark.parametrize("speaker, expected", [
    ({"name": "", "mention": "", "type": "unknown", "resolved_from": None}, "no speaker"),
    ({"name": "hij", "mention": "hij", "type": "pronoun", "resolved_from": None}, "pronoun left unresolved"),
    ({"name": "Jan Smit", "mention": "hij", "type": "person", "resolved_from": "pronoun"}, "pronoun: wrong antecedent"),
    ({"name": "Jan Smit", "mention": "Smit", "type": "person", "resolved_from": "previous_quote"},
     "no cue: previous quote"),
    ({"name": "Jan Smit", "mention": "Smit", "type": "person", "resolved_from": "introduced"}, "no cue: introduced"),
    ({"name": "Jan Smit", "mention": "de minister", "type": "person", "resolved_from": "title"}, "title or description"),
    ({"name": "Een woordvoerster van het ministerie", "mention": "Een woordvoerster van het ministerie",
      "type": "anonymous", "resolved_from": None}, "part of the name"),
    ({"name": "Piet de Boer", "mention": "Piet de Boer", "type": "person", "resolved_from": None},
     "wrong mention at the cue"),
])
def test_speaker_errors_are_classed(speaker, expected):
    from quotes.explain import speaker_error_class

    gold = "Anna Bakker" if expected != "part of the name" else "een woordvoerster van het ministerie van justitie"
    assert speaker_error_class(_wrong_speaker(gold, speaker)) == expected


def test_explain_groups_wrong_speakers_by_class():
    doc = GoldDoc("d", "„Ik kom.” „Ik ga.”", (GoldQuote(1, 7, "Ik kom", "direct", "Anna Bakker"),
                                            GoldQuote(10, 15, "Ik ga", "direct", "Anna Bakker")))
    records = [{"doc_id": "d", "start": 1, "end": 7, "method": "floating",
                "speaker": {"name": "Jan Smit", "mention": "Smit", "type": "person", "resolved_from": "introduced"}},
               {"doc_id": "d", "start": 10, "end": 15, "method": "floating",
                "speaker": {"name": "Jan Smit", "mention": "Smit", "type": "person", "resolved_from": "introduced"}}]
    text = explain(score([doc], {"d": records}))
    assert "== Wrong speakers: 2" in text and "-- no cue: introduced: 2" in text


def test_a_source_span_holds_the_predicted_name() -> None:
    """A brat source span with its apposition: a mention inside it, or a name of two words or more
    standing in it word for word, is the right speaker; one word or another person is not."""
    lange = GoldQuote(start=0, end=5, text="quote", kind="indirect",
                      speaker="Roberta Lange, the state party chairwoman,", speaker_span=(100, 141))
    assert speaker_matches({"name": "Roberta Lange", "mention": "she", "start": 10, "end": 13}, lange)
    assert speaker_matches({"name": "x", "mention": "Roberta Lange", "start": 100, "end": 113}, lange)
    assert not speaker_matches({"name": "Lange", "mention": "she", "start": 10, "end": 13}, lange)
    assert not speaker_matches({"name": "Nancy Lange", "mention": "she", "start": 10, "end": 13}, lange)
    no_span = GoldQuote(start=0, end=5, text="quote", kind="indirect", speaker="Roberta Lange, the chairwoman,")
    assert not speaker_matches({"name": "Roberta Lange", "mention": "she", "start": 10, "end": 13}, no_span)
