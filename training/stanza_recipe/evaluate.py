"""Score a set of Stanza models (one language) on the held-out test split.

Two passes, both scored with the CoNLL 2018 shared-task evaluator that Stanza ships:

* raw text (paragraphs as in the documents) -> full pipeline: token and sentence F1, and
  end-to-end UPOS / lemma / LAS on predicted tokens;
* gold tokens and sentences -> tagger, lemmatizer and parser: UPOS, XPOS, UFeats, lemma,
  UAS and LAS with *predicted* tags and lemmas.
"""
from __future__ import annotations

import logging
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from .conllu import Document, doc_and_paragraph, format_documents

logger = logging.getLogger(__name__)

RAW_METRICS = ("Tokens", "Sentences", "Words", "UPOS", "Lemmas", "UAS", "LAS")
GOLD_TOKEN_METRICS = ("UPOS", "XPOS", "UFeats", "AllTags", "Lemmas", "UAS", "LAS")


@dataclass(frozen=True)
class ModelSet:
    """Paths of the five model files that make up a pipeline."""

    tokenizer: Path
    tagger: Path
    lemmatizer: Path
    parser: Path
    pretrain: Path
    parser_pretrain: Path | None = None

    @classmethod
    def in_dir(cls, folder: Path) -> ModelSet:
        """The package's file names: tokenizer.pt, tagger.pt, lemmatizer.pt, parser.pt, pretrain.pt."""
        return cls(folder / "tokenizer.pt", folder / "tagger.pt", folder / "lemmatizer.pt",
                   folder / "parser.pt", folder / "pretrain.pt", folder / "pretrain.pt")

    @classmethod
    def starter(cls, folder: Path) -> ModelSet:
        """The starter models (their parser uses no word vectors)."""
        return cls(folder / "nl_mix_nocharlm_tokenizer.pt", folder / "nl_mix_nocharlm_tagger.pt",
                   folder / "nl_mix_nocharlm_lemmatizer.pt", folder / "nl_mix_nocharlm_parser.pt",
                   folder / "nl_w2v_pretrain.pt", None)

    def files(self) -> list[Path]:
        return [self.tokenizer, self.tagger, self.lemmatizer, self.parser, self.pretrain]


def build_pipeline(models: ModelSet, resources_dir: Path, pretokenized: bool = False, device: str | None = None,
                   lang: str = "nl"):
    """An offline ``stanza.Pipeline`` (no downloads; ``resources_dir`` holds a ``{}`` resources.json)."""
    import stanza

    resources_dir.mkdir(parents=True, exist_ok=True)
    if not (resources_dir / "resources.json").exists():
        (resources_dir / "resources.json").write_text("{}", encoding="utf-8")
    return stanza.Pipeline(
        lang, processors="tokenize,pos,lemma,depparse", download_method=None, dir=str(resources_dir),
        allow_unknown_language=True, tokenize_pretokenized=pretokenized, logging_level="WARN",
        device=device,
        tokenize_model_path=str(models.tokenizer), pos_model_path=str(models.tagger),
        pos_pretrain_path=str(models.pretrain), lemma_model_path=str(models.lemmatizer),
        depparse_model_path=str(models.parser),
        depparse_pretrain_path=str(models.parser_pretrain) if models.parser_pretrain else None)


def raw_text(docs: list[Document]) -> str:
    """Running text: sentences joined by spaces, paragraphs and documents by blank lines."""
    paras: list[list[str]] = []
    last: tuple[str, str] | None = None
    for doc in docs:
        for sent in doc.sentences:
            key = (doc.doc_id, doc_and_paragraph(sent)[1])
            if key != last:
                paras.append([])
                last = key
            paras[-1].append(sent.comment("text") or sent.rebuilt_text())
    return "\n\n".join(" ".join(p) for p in paras) + "\n"


def score_conllu(gold: Path, system_conllu: str, metrics: tuple[str, ...], tmp: Path) -> dict[str, float | str]:
    from stanza.models.common.utils import ud_scores

    system = tmp / "system.conllu"
    system.write_text(system_conllu.rstrip("\n") + "\n\n", encoding="utf-8")
    try:
        scores = ud_scores(str(gold), str(system))
    except Exception as err:  # the UD scorer refuses output whose characters differ from gold
        logger.warning("cannot score: %s", err)
        return {"error": str(err).splitlines()[0]}
    return {m: round(100 * scores[m].f1, 2) for m in metrics}


def tokenizer_on_curly_quotes(models: ModelSet, docs: list[Document], resources_dir: Path,
                              device: str | None = None, seed: int = 7, lang: str = "nl") -> dict[str, float | str]:
    """Token and sentence F1 on a copy of ``docs`` whose quote pairs all use curly/guillemet variants."""
    import copy

    from .quote_augment import augment_quotes

    curly = copy.deepcopy(docs)
    augment_quotes(curly, fraction=1.0, seed=seed)
    return tokenizer_scores(models, curly, resources_dir, device, lang)


def tokenizer_scores(models: ModelSet, docs: list[Document], resources_dir: Path,
                     device: str | None = None, lang: str = "nl") -> dict[str, float | str]:
    """Token and sentence F1 of the tokenizer alone on the running text of ``docs``."""
    import stanza

    nlp = stanza.Pipeline(lang, processors="tokenize", download_method=None, dir=str(resources_dir),
                          allow_unknown_language=True, tokenize_model_path=str(models.tokenizer),
                          logging_level="WARN", device=device)
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        gold = tmp / "gold.conllu"
        gold.write_text(format_documents(docs), encoding="utf-8")
        return score_conllu(gold, "{:C}".format(nlp(raw_text(docs))), ("Tokens", "Sentences"), tmp)


def evaluate(models: ModelSet, docs: list[Document], resources_dir: Path, device: str | None = None,
             gold_tokens_only: bool = False, lang: str = "nl") -> dict:
    """Scores of ``models`` on ``docs`` (the held-out test documents, or dev to choose a config)."""
    tokens = [[row[1] for row in s.words()] for d in docs for s in d.sentences]
    result: dict = {}
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        gold = tmp / "gold.conllu"
        gold.write_text(format_documents(docs), encoding="utf-8")
        if not gold_tokens_only:
            start = time.monotonic()
            nlp = build_pipeline(models, resources_dir, device=device, lang=lang)
            result["pipeline_load_s"] = round(time.monotonic() - start, 2)
            result["raw_text"] = score_conllu(gold, "{:C}".format(nlp(raw_text(docs))), RAW_METRICS, tmp)
        nlp_gold = build_pipeline(models, resources_dir, pretokenized=True, device=device, lang=lang)
        start = time.monotonic()
        parsed = nlp_gold(tokens)
        parse_s = time.monotonic() - start
        result["gold_tokens"] = score_conllu(gold, "{:C}".format(parsed), GOLD_TOKEN_METRICS, tmp)
    if not gold_tokens_only:
        result["raw_text_curly_quotes"] = tokenizer_on_curly_quotes(models, docs, resources_dir, device, lang=lang)
    n_tokens = sum(map(len, tokens))
    return {**result, "tokens_per_s_tag_lemma_parse": round(n_tokens / parse_s), "test_tokens": n_tokens,
            "test_sentences": len(tokens)}
