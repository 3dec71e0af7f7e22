"""Tests for the Stanza training recipe (training/train_stanza.py).

The end-to-end test runs the recipe in ``--quick`` mode (a few steps of tiny models on a
few sentences) and checks that the five model files load in an offline Pipeline.
"""
from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
TRAINING = REPO / "training"
SHARED = REPO.parent / "shared"
UD_DIR = SHARED / "ud-dutch"
TEXT_DIR = SHARED / "dutch-text" / "openboek"
MODEL_FILES = ("tokenizer.pt", "tagger.pt", "lemmatizer.pt", "parser.pt", "pretrain.pt")

sys.path.insert(0, str(TRAINING))

from stanza_recipe.conllu import Document, Sentence, group_documents, read_conllu  # noqa: E402
from stanza_recipe.quote_augment import augment_document, find_pairs, text_mismatches  # noqa: E402
from stanza_recipe.split import load_documents, split_documents  # noqa: E402

needs_data = pytest.mark.skipif(not UD_DIR.is_dir() or not TEXT_DIR.is_dir(),
                                reason="../shared/ud-dutch and ../shared/dutch-text are not available")


def _sentence(sent_id: str, forms: list[str], no_space: set[int]) -> Sentence:
    rows = [[str(i + 1), f, f, "PUNCT", "LET", "_", "0", "root", "_",
             "SpaceAfter=No" if i in no_space else "_"] for i, f in enumerate(forms)]
    sent = Sentence([f"# sent_id = {sent_id}"], rows)
    sent.set_comment("text", sent.rebuilt_text())
    return sent


def test_quote_pairs_span_sentences_and_text_stays_consistent() -> None:
    first = _sentence("d.p.1.s.1", [",,", "Ja", "."], {0})
    second = _sentence("d.p.1.s.2", ["Nee", ".", "''", "zei", "hij", '"', "x", '"'], {0, 1, 5, 6})
    doc = Document("d", "test", [first, second])
    pairs = find_pairs(doc)
    assert [(o[1], c[1]) for o, c in pairs] == [(",,", "''"), ('"', '"')]
    counts = augment_document(doc, random.Random(1))
    assert sum(counts.values()) == 2
    assert text_mismatches([doc]) == 0
    assert first.words()[0][1] == first.words()[0][2]  # lemma follows the new form


@needs_data
def test_split_is_by_document_and_reproducible() -> None:
    by_source = load_documents(UD_DIR)
    split = split_documents(by_source, seed=13, dev_frac=0.08, test_frac=0.12)
    ids = {shard: {d.doc_id for d in docs} for shard, docs in split.shards().items()}
    assert not ids["train"] & ids["test"] and not ids["dev"] & ids["test"] and not ids["train"] & ids["dev"]
    again = split_documents(load_documents(UD_DIR), seed=13, dev_frac=0.08, test_frac=0.12)
    assert [d.doc_id for d in again.test] == [d.doc_id for d in split.test]
    original = group_documents(read_conllu(UD_DIR / "nl_alpino-ud-dev.conllu"))[0]
    kept = next(d for docs in split.shards().values() for d in docs if d.doc_id == original.doc_id)
    assert [s.sent_id for s in kept.sentences] == [s.sent_id for s in original.sentences]


@needs_data
def test_quick_recipe_builds_loadable_models(tmp_path: Path) -> None:
    pytest.importorskip("gensim")
    stanza = pytest.importorskip("stanza")
    out = tmp_path / "models"
    proc = subprocess.run(
        [sys.executable, str(TRAINING / "train_stanza.py"), "--quick", "--cpu", "--out", str(out),
         "--work-dir", str(tmp_path / "work")],
        capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    for name in MODEL_FILES:
        assert (out / name).is_file(), name
    meta = json.loads((out / "training_metadata.json").read_text(encoding="utf-8"))
    assert {"data", "vectors", "tokenize", "pos", "lemma", "depparse", "evaluate"} <= set(meta["stages"])
    # the tokenizer learns from the split as it is, the other models from the quote-augmented copy
    assert all(" UD_Dutch-Plain" in c for c in meta["stages"]["tokenize"]["commands"])
    assert all(" UD_Dutch-Mix" in c for c in meta["stages"]["pos"]["commands"])
    nlp = stanza.Pipeline(
        "nl", processors="tokenize,pos,lemma,depparse", download_method=None, dir=str(out),
        allow_unknown_language=True, device="cpu",
        tokenize_model_path=str(out / "tokenizer.pt"), pos_model_path=str(out / "tagger.pt"),
        pos_pretrain_path=str(out / "pretrain.pt"), lemma_model_path=str(out / "lemmatizer.pt"),
        depparse_model_path=str(out / "parser.pt"), depparse_pretrain_path=str(out / "pretrain.pt"))
    doc = nlp("De minister zei: „We gaan door.” Dat was gisteren.")
    words = [w for s in doc.sentences for w in s.words]
    assert words and all(w.deprel for w in words)


def test_bundled_models_are_recipe_models_under_the_size_limit() -> None:
    from train_stanza import parser_uses_vectors

    bundled = REPO / "models" / "stanza" / "nl"
    sizes = {name: (bundled / name).stat().st_size for name in MODEL_FILES}
    assert sum(sizes.values()) < 80_000_000, sizes
    assert parser_uses_vectors(bundled / "parser.pt")  # the starter's parser had no vectors
    meta = json.loads((bundled / "training_metadata.json").read_text(encoding="utf-8"))
    assert meta["stages"]["export"]["sizes_bytes"] == sizes  # the files are the ones the recipe exported


def test_baseline_config_is_the_starter_recipe() -> None:
    from stanza_recipe.stages import named_configs

    baseline = named_configs("baseline", "pretrain/pretrain.pt")
    parser = baseline["depparse"].train
    assert "--no_pretrain" in parser and parser[parser.index("--max_steps") + 1] == "2500"
    tagger = baseline["pos"].train
    assert tagger[tagger.index("--max_steps") + 1] == "1000"
    full = named_configs("full", "pretrain/pretrain.pt")
    assert "--wordvec_pretrain_file" in full["depparse"].train
