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
def test_documents_and_paragraphs_come_from_newdoc_and_newpar(tmp_path: Path) -> None:
    from stanza_recipe.conllu import doc_and_paragraph, format_documents

    path = tmp_path / "x.conllu"
    path.write_text("# newdoc id = d1\n# newpar id = d1-p1\n# sent_id = a\n# text = Hi .\n"
                    "1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n"
                    "# sent_id = b\n# text = Yo\n1\tYo\tyo\tINTJ\tUH\t_\t0\troot\t_\t_\n\n"
                    "# newdoc id = d2\n# sent_id = c\n# text = Ok\n1\tOk\tok\tINTJ\tUH\t_\t0\troot\t_\t_\n\n",
                    encoding="utf-8")
    docs = group_documents(read_conllu(path))
    assert [(d.doc_id, [s.sent_id for s in d.sentences]) for d in docs] == [("d1", ["a", "b"]), ("d2", ["c"])]
    assert [doc_and_paragraph(s) for d in docs for s in d.sentences] == [("d1", "d1-p1"), ("d1", "d1-p1"), ("d2", "d2")]
    assert format_documents(docs).count("# newdoc id") == 2
    dutch = _sentence("WR-P-P-H-1\\WR-P-P-H-1.p.5.s.4", ["Ja"], set())
    assert doc_and_paragraph(dutch) == ("WR-P-P-H-1", "WR-P-P-H-1.p.5")


def test_multi_word_tokens_are_flattened_and_spacing_is_kept() -> None:
    from stanza_recipe.conllu import flatten_mwt

    rows = [["1-2", "didn't", "_", "_", "_", "_", "_", "_", "_", "_"],
            ["1", "did", "do", "AUX", "VBD", "_", "3", "aux", "_", "_"],
            ["2", "n't", "not", "PART", "RB", "_", "3", "advmod", "_", "_"],
            ["3", "go", "go", "VERB", "VB", "_", "0", "root", "_", "SpacesAfter=\\u00A0"],
            ["4-5", "gonna", "_", "_", "_", "_", "_", "_", "_", "SpaceAfter=No"],
            ["4", "gon", "go", "VERB", "VBG", "_", "3", "xcomp", "_", "_"],
            ["5", "na", "to", "PART", "TO", "_", "4", "mark", "_", "_"],
            ["6", ".", ".", "PUNCT", ".", "_", "3", "punct", "_", "_"]]
    sent = Sentence(["# text = didn't go\u00a0gonna."], rows)
    assert flatten_mwt(sent) == 2
    assert [r[0] for r in sent.rows] == ["1", "2", "3", "4", "5", "6"]
    assert sent.rows[0][9] == "SpaceAfter=No" and sent.rows[4][9] == "SpaceAfter=No"
    assert sent.rebuilt_text() == sent.comment("text")


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


_QUICK = {"nl": ("Dutch", "De minister zei: „We gaan door.” Dat was gisteren."),
          "en": ("English", "The minister said: “We won't stop.” That was yesterday.")}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_quick_recipe_builds_loadable_models(tmp_path: Path, lang: str) -> None:
    from stanza_recipe.languages import RECIPES

    recipe = RECIPES[lang]
    if not recipe.ud_dir.is_dir() or not recipe.text_dir.is_dir():
        pytest.skip(f"{recipe.ud_dir} or {recipe.text_dir} is not available")
    pytest.importorskip("gensim")
    stanza = pytest.importorskip("stanza")
    treebank_name, sample = _QUICK[lang]
    out = tmp_path / "models"
    proc = subprocess.run(
        [sys.executable, str(TRAINING / "train_stanza.py"), "--quick", "--cpu", "--out", str(out),
         "--work-dir", str(tmp_path / "work"), "--lang", lang],
        capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    for name in MODEL_FILES:
        assert (out / name).is_file(), name
    meta = json.loads((out / "training_metadata.json").read_text(encoding="utf-8"))
    assert {"data", "vectors", "tokenize", "pos", "lemma", "depparse", "evaluate"} <= set(meta["stages"])
    # the tokenizer learns from the split as it is, the other models from the quote-augmented copy
    assert all(f" UD_{treebank_name}-Plain" in c for c in meta["stages"]["tokenize"]["commands"])
    assert all(f" UD_{treebank_name}-Mix" in c for c in meta["stages"]["pos"]["commands"])
    nlp = stanza.Pipeline(
        lang, processors="tokenize,pos,lemma,depparse", download_method=None, dir=str(out),
        allow_unknown_language=True, device="cpu",
        tokenize_model_path=str(out / "tokenizer.pt"), pos_model_path=str(out / "tagger.pt"),
        pos_pretrain_path=str(out / "pretrain.pt"), lemma_model_path=str(out / "lemmatizer.pt"),
        depparse_model_path=str(out / "parser.pt"), depparse_pretrain_path=str(out / "pretrain.pt"))
    doc = nlp(sample)
    words = [w for s in doc.sentences for w in s.words]
    assert words and all(w.deprel for w in words)
    from stanza_recipe.half import HALVED, is_half

    assert all(is_half(out / name) for name in HALVED) and meta["stages"]["export"]["float16"]


def test_bundled_models_are_recipe_models_in_half_precision() -> None:
    from stanza_recipe.half import HALVED, is_half
    from train_stanza import parser_uses_vectors

    bundled = REPO / "models" / "stanza" / "nl"
    sizes = {name: (bundled / name).stat().st_size for name in MODEL_FILES}
    assert sum(sizes.values()) < 42_000_000, sizes  # 68 MB in float32
    assert parser_uses_vectors(bundled / "parser.pt")  # the starter's parser had no vectors
    assert all(is_half(bundled / name) for name in HALVED) and not is_half_pretrain(bundled / "pretrain.pt")
    meta = json.loads((bundled / "training_metadata.json").read_text(encoding="utf-8"))
    exported = meta["stages"]["export"]["sizes_bytes"]  # the files are the ones the recipe exported, then halved
    halved = meta["halved"]
    assert halved["changed"] == 0 and all(v["differing_documents"] == 0 for v in halved["records"].values())
    assert {**exported, **{k: v["bytes_after"] for k, v in halved["files"].items()}} == sizes
    assert {k: v["bytes_before"] for k, v in halved["files"].items()} == {k: exported[k] for k in HALVED}


def is_half_pretrain(path: Path) -> bool:
    import torch

    return torch.load(path, map_location="cpu", weights_only=True)["emb"].dtype == torch.float16


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "stanza-nl").is_dir(), reason="../shared/stanza-nl (float32 models) is not available")
def test_float16_export_keeps_the_records_of_a_gold_set(tmp_path: Path) -> None:
    """The recipe's float16 export, applied to other float32 models (the starter set), writes
    exactly the same records on the written gold set."""
    import shutil

    from quotes import Attributor
    from quotes.evaluation import predict
    from quotes.gold import load_gold
    from stanza_recipe.evaluate import ModelSet
    from stanza_recipe.half import HALVED, halve_checkpoint, is_half

    folders = {"float32": tmp_path / "float32", "float16": tmp_path / "float16"}
    for folder in folders.values():
        folder.mkdir()
        (folder / "resources.json").write_text("{}", encoding="utf-8")
    for name, src in zip(MODEL_FILES, ModelSet.starter(SHARED / "stanza-nl").files()):
        shutil.copyfile(src, folders["float32"] / name)
        if name in HALVED:
            halve_checkpoint(src, folders["float16"] / name)
            assert is_half(folders["float16"] / name) and not is_half(src)
        else:
            shutil.copyfile(src, folders["float16"] / name)
    docs = load_gold(REPO / "training" / "data" / "gold_nl.jsonl")
    records = {k: predict(docs, attributor=Attributor(stance=False, stanza_dir=d)) for k, d in folders.items()}
    assert sum(map(len, records["float32"].values())) > 150
    assert records["float16"] == records["float32"]


def test_baseline_config_is_the_starter_recipe() -> None:
    from stanza_recipe.stages import named_configs

    baseline = named_configs("baseline", "pretrain/pretrain.pt")
    parser = baseline["depparse"].train
    assert "--no_pretrain" in parser and parser[parser.index("--max_steps") + 1] == "2500"
    tagger = baseline["pos"].train
    assert tagger[tagger.index("--max_steps") + 1] == "1000"
    full = named_configs("full", "pretrain/pretrain.pt")
    assert "--wordvec_pretrain_file" in full["depparse"].train


def test_cpu_config_is_compact_with_smaller_parser_batches() -> None:
    from stanza_recipe.stages import named_configs

    compact, cpu = (named_configs(name, "pretrain/pretrain.pt") for name in ("compact", "cpu"))
    flag = lambda config, name: config.train[config.train.index(name) + 1]  # noqa: E731
    assert (flag(compact["depparse"], "--batch_size"), flag(cpu["depparse"], "--batch_size")) == ("5000", "2000")
    assert flag(cpu["pos"], "--eval_interval") == flag(cpu["depparse"], "--eval_interval") == "100"
    assert len(cpu["depparse"].train) == len(compact["depparse"].train)  # only values replaced
    assert cpu["tokenize"] == compact["tokenize"] and cpu["lemma"] == compact["lemma"]


def test_halving_refuses_a_file_that_is_not_a_stanza_checkpoint(tmp_path: Path) -> None:
    import torch

    from stanza_recipe.half import halve_checkpoint

    torch.save({"emb": torch.zeros(2, 2)}, tmp_path / "pretrain.pt")
    with pytest.raises(ValueError, match="not a Stanza checkpoint"):
        halve_checkpoint(tmp_path / "pretrain.pt", tmp_path / "out.pt")
    assert not (tmp_path / "out.pt").exists()
