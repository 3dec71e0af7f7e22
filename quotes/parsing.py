"""The only module that imports Stanza: builds a language's offline pipeline and parses documents.

The pipeline is built from the models shipped in ``models/stanza/<lang>/`` (see each folder's
MODEL_CARD.md) and never touches the network. ``QUOTES_STANZA_DIR`` (or ``stanza_dir=``) points at
another folder laid out the same way; ``QUOTES_STANZA_RESOURCES`` (or ``stanza_resources=``) at a
folder of official Stanza models (the ``stanza_resources`` folder that ``stanza.download`` fills),
used instead.

Before tokenizing, typographic quote marks are mapped one character for one character to ASCII
(“ ” „ « » to ", ‘ ’ to ') and ``,,``/``''`` to `` "``/``" `` (an opening ``''``, the New York
Times convention, to `` "``): the models saw mostly ASCII marks, and offsets do not move. Parses are turned into plain :class:`Word` and :class:`Sentence` tuples
whose offsets index the original text.
"""
from __future__ import annotations

import logging
import os
import re
from bisect import bisect_right
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional, Sequence

from quotes.errors import ModelError, ParseError, UsageError
from quotes.timing import StageTimes

logger = logging.getLogger(__name__)

MODELS_ROOT = Path(__file__).resolve().parent.parent / "models" / "stanza"
"""The bundled Stanza models, one folder per language code."""
DEFAULT_MODEL_DIR = MODELS_ROOT / "nl"
MODEL_FILES: dict[str, str] = {
    "tokenize_model_path": "tokenizer.pt",
    "pos_model_path": "tagger.pt",
    "pos_pretrain_path": "pretrain.pt",
    "lemma_model_path": "lemmatizer.pt",
    "depparse_model_path": "parser.pt",
    "depparse_pretrain_path": "pretrain.pt",
}
PROCESSORS = "tokenize,pos,lemma,depparse"
MAX_PARSE_TOKENS = 300
"""Sentences longer than this are tokenized but never parsed, in every mode: the parser's memory
grows with the square of a sentence's length, and a run-on "sentence" of thousands of tokens
(a table, a list, text without punctuation) would exhaust it. The rules read such a sentence on
the surface."""
MARK_MAP = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'",
                          "‹": "'", "›": "'"})
_DOUBLE_COMMA = re.compile(r",,(?=\S)")
_DOUBLE_APOSTROPHE = re.compile(r"(?<=\S)''")
_OPENING_DOUBLE_APOSTROPHE = re.compile(r"(?<![^\s(\[{—–/-])''(?=[^\W_])")
"""``''`` before a word (the New York Times convention); elsewhere it closes (Dutch ,,…'')."""


@dataclass(frozen=True)
class Word:
    """One syntactic word. ``i`` is its index in the sentence, ``head`` the head's index (-1: root)."""

    i: int
    text: str
    lemma: str
    upos: str
    feats: str
    head: int
    deprel: str
    start: int
    end: int

    @property
    def finite(self) -> bool:
        """A finite verb or auxiliary."""
        return self.upos in ("VERB", "AUX") and self.feat("VerbForm") == "Fin"

    def feat(self, name: str) -> Optional[str]:
        for pair in self.feats.split("|"):
            key, _, value = pair.partition("=")
            if key == name:
                return value
        return None


@dataclass(frozen=True)
class Sentence:
    """A sentence; ``index`` counts sentences in the document, ``paragraph`` paragraphs.

    ``parsed`` is False for a sentence that was only tokenized (its words carry no tags or tree);
    ``relevant`` marks the sentences the attribution rules look at (see :func:`Parser.parse_many`);
    ``tree_used`` those whose tags and tree they may read: the sentences selected for parsing, in
    every mode, so that parsing every sentence (the baseline) hands the rules no more than parsing
    the selection does.
    """

    index: int
    start: int
    end: int
    paragraph: int
    words: tuple[Word, ...]
    parsed: bool = True
    relevant: bool = True
    tree_used: bool = True

    def children(self, i: int) -> list[Word]:
        return [w for w in self.words if w.head == i]

    @property
    def tokens(self) -> tuple[str, ...]:
        return tuple(w.text for w in self.words)


@dataclass(frozen=True)
class ParsedDoc:
    text: str
    sentences: tuple[Sentence, ...]


def prepare_text(text: str, body_start: int = 0) -> str:
    """The text Stanza sees: header blanked, quote marks made ASCII; same length as ``text``."""
    prepared = " " * body_start + text[body_start:].translate(MARK_MAP)
    prepared = _DOUBLE_COMMA.sub(' "', prepared)
    prepared = _OPENING_DOUBLE_APOSTROPHE.sub(' "', prepared)
    prepared = _DOUBLE_APOSTROPHE.sub('" ', prepared)
    assert len(prepared) == len(text)
    return prepared


def paragraph_starts(text: str) -> list[int]:
    """Offsets where paragraphs start: the text start and after every blank line (or a line break before a quote)."""
    starts = [0]
    for match in re.finditer(r"\n[ \t]*\n\s*|\n(?=[ \t]*[“„\"'‘«,])", text):
        starts.append(match.end())
    return starts


def model_paths(model_dir: Path, lang: str = "nl") -> dict[str, str]:
    """The Stanza path arguments for a model folder, or a ModelError naming what is missing."""
    missing = sorted({name for name in MODEL_FILES.values() if not (model_dir / name).is_file()})
    if missing:
        raise ModelError(f"{model_dir}: missing Stanza model files {', '.join(missing)}; expected "
                         f"{', '.join(sorted(set(MODEL_FILES.values())))} (see models/stanza/{lang}/MODEL_CARD.md)")
    return {arg: str(model_dir / name) for arg, name in MODEL_FILES.items()}


def model_dir(stanza_dir: str | Path | None = None, lang: str = "nl") -> Path:
    """The folder a language's models are read from: ``stanza_dir`` (or ``QUOTES_STANZA_DIR``) if
    given, its subfolder named for the language when it has one (a folder laid out like
    ``models/stanza/``), else the bundled ``models/stanza/<lang>/``."""
    given = stanza_dir or os.environ.get("QUOTES_STANZA_DIR")
    if not given:
        return MODELS_ROOT / lang
    given = Path(given)
    return given / lang if (given / lang / "resources.json").is_file() else given


def check_models(stanza_dir: str | Path | None = None, stanza_resources: str | Path | None = None,
                 lang: str = "nl") -> None:
    """Raise ModelError if the models a pipeline would be built from are missing (loads nothing)."""
    resources = stanza_resources or os.environ.get("QUOTES_STANZA_RESOURCES")
    if resources:
        if not (Path(resources) / "resources.json").is_file():
            raise ModelError(f"{resources}: not a Stanza resources folder (no resources.json); "
                             "pass the folder that stanza.download() filled, or leave the option out")
        return
    folder = model_dir(stanza_dir, lang)
    model_paths(folder, lang)
    if not (folder / "resources.json").is_file():
        raise ModelError(f"{folder}: missing resources.json (a file containing {{}} is enough)")


DEVICES = ("auto", "cpu", "cuda")
"""Where the Stanza models run: ``auto`` takes a CUDA GPU when torch sees one, else the CPU."""


def check_device(device: str) -> None:
    """Raise UsageError for a device name we do not know, or ``cuda`` on a machine without one."""
    kind = device.split(":", 1)[0]
    if kind not in DEVICES or (":" in device and (kind != "cuda" or not device.split(":", 1)[1].isdigit())):
        raise UsageError(f"device must be one of {', '.join(DEVICES)} (or cuda:N); got {device!r}")
    if kind == "cuda":
        import torch

        if not torch.cuda.is_available():
            raise UsageError(f"device {device!r}: torch sees no CUDA GPU on this machine (use --device cpu or auto)")


def resolve_device(device: str) -> str:
    """The torch device for ``device``: ``auto`` becomes ``cuda`` or ``cpu``."""
    check_device(device)
    if device != "auto":
        return device
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


def build_pipeline(stanza_dir: str | Path | None = None, stanza_resources: str | Path | None = None,
                   *, processors: str = PROCESSORS, pretokenized: bool = False, device: str = "cpu",
                   lang: str = "nl"):
    """A Stanza pipeline for ``lang`` built offline: bundled/own models, or official models if given."""
    import stanza  # heavy import kept here, the only place in the package

    check_models(stanza_dir, stanza_resources, lang)
    resources = stanza_resources or os.environ.get("QUOTES_STANZA_RESOURCES")
    common = dict(lang=lang, processors=processors, download_method=None, device=resolve_device(device),
                  logging_level="ERROR", tokenize_pretokenized=pretokenized)
    with _no_training_optimizer():
        if resources:
            return stanza.Pipeline(dir=str(resources), **common)
        folder = model_dir(stanza_dir, lang)
        paths = model_paths(folder, lang)
        wanted = set(processors.split(","))
        paths = {k: v for k, v in paths.items() if k.split("_")[0] in wanted}
        return stanza.Pipeline(dir=str(folder), allow_unknown_language=True, **common, **paths)


class _NoOptimizer:
    """Stands in for a training optimizer: holds the learning rate that Stanza's schedulers read
    when a trainer is built, and nothing to step."""

    def __init__(self, name: str, parameters, *args, lr: float = 0.0, **kwargs) -> None:
        self.param_groups = [{"lr": lr}]
        self.state: dict = {}


@contextmanager
def _no_training_optimizer():
    """Stanza's tokenizer, tagger and parser build their training optimizers even to predict, and
    torch's optimizer constructor imports ``torch._dynamo``: about 2 s of a 6 s start-up on a 2-core
    machine, for optimizers that are never used. While a pipeline is built it gets none."""
    from stanza.models.common import utils

    original = utils.dispatch_optimizer
    utils.dispatch_optimizer = _NoOptimizer
    try:
        yield
    finally:
        utils.dispatch_optimizer = original


TokenSpans = list[tuple[int, int]]
_FINAL = frozenset({".", "!", "?", "…", "...", "!?", "?!"})
_INITIAL = re.compile(r"[A-Z]\.")
_QUOTE_TOKENS = frozenset({'"', "'", '" ', ' "'})


def _is_final(tokens: TokenSpans, text: str) -> bool:
    """A sentence that really ends: final punctuation, possibly followed by closing quote marks."""
    words = [text[a:b] for a, b in tokens]
    while words and words[-1] in _QUOTE_TOKENS | {")"}:
        words.pop()
    if words and _INITIAL.fullmatch(words[-1]) and len(words) <= 2:
        return False  # "E." alone: an initial ("E. zelf zei …"), not the end of a sentence
    return bool(words) and _final_token(words[-1])


def _final_token(token: str) -> bool:
    """Final punctuation, or a word the tokenizer glued to its full stop ("Gent.")."""
    return token in _FINAL or token[-1:] in "!?" or (len(token) >= 4 and token.endswith(".") and token[:-1].isalpha())


def repair_sentences(sentences: list[TokenSpans], prepared: str, paragraphs: list[int],
                     abbreviations: frozenset[str] = frozenset()) -> list[TokenSpans]:
    """Fix the tokenizer's sentence splits where the surface is clear: a "sentence" of quote marks
    alone joins its neighbour, one that does not end in final punctuation joins the next within the
    paragraph ("(de Amerikaanse president Donald)" / "Trump heeft…"), and so does one that ends
    with a title abbreviation of the language before a capital ("Dan Patrick says Sen." / "Ted Cruz
    …", ``abbreviations``) or before a lower-case word ("Rep. Hakeem Jeffries (D-N.Y.)" / "reacted
    to …"); a final mark followed by a closing quote and a capital starts a new sentence
    ("…bondgenoot.” Hij verklaarde")."""
    split: list[TokenSpans] = []
    for sent in sentences:
        current: TokenSpans = []
        for k, span in enumerate(sent):
            token = prepared[span[0]:span[1]]
            after_final = bool(current) and _final_token(prepared[current[-1][0]:current[-1][1]])
            if token in _QUOTE_TOKENS and after_final and _mark_role(prepared, span) == "open":
                split.append(current)  # "…blij. “Twee jaar…": the opening mark starts the next sentence
                current = []
            current.append(span)
            nxt = sent[k + 1] if k + 1 < len(sent) else None
            if nxt and token in _QUOTE_TOKENS and after_final and _mark_role(prepared, span) == "close" \
                    and prepared[nxt[0]:nxt[0] + 1].isupper():
                split.append(current)  # "…bondgenoot.” Hij verklaarde"
                current = []
        if current:
            split.append(current)
    merged: list[TokenSpans] = []
    for sent in split:
        words = {prepared[a:b] for a, b in sent}
        if merged and words <= _QUOTE_TOKENS | {")"} and _same_paragraph(merged[-1][-1][0], sent[0][0], paragraphs) \
                and not _opens(prepared, sent):
            merged[-1] = merged[-1] + sent
        elif merged and (not _is_final(merged[-1], prepared) or _lowercase_start(sent, prepared)
                         or _abbreviation_end(merged[-1], sent, prepared, abbreviations)) \
                and _same_paragraph(merged[-1][-1][0], sent[0][0], paragraphs):
            merged[-1] = merged[-1] + sent
        else:
            merged.append(sent)
    return merged


def _lowercase_start(sent: TokenSpans, prepared: str) -> bool:
    """A "sentence" opening with a lower-case word goes on the one before it: the tokenizer ended
    that one at an abbreviation's full stop ("Sen. Marco Rubio (R-Fla.)" / "didn't get very far")."""
    first = prepared[sent[0][0]:sent[0][1]]
    return first.isalpha() and first[:1].islower()


def _abbreviation_end(sent: TokenSpans, nxt: TokenSpans, prepared: str, abbreviations: frozenset[str]) -> bool:
    """The sentence ends with a title abbreviation ("Sen.", or "Sen" and "." as two tokens) and
    the next one opens with a capital: a name follows the title."""
    last = prepared[sent[-1][0]:sent[-1][1]]
    if last == "." and len(sent) > 1 and sent[-2][1] == sent[-1][0]:
        last = prepared[sent[-2][0]:sent[-1][1]]
    return last.lower() in abbreviations and prepared[nxt[0][0]:nxt[0][0] + 1].isupper()


def _mark_role(prepared: str, span: tuple[int, int]) -> Optional[str]:
    from quotes.marks import classify

    mark = classify(prepared, span[0], prepared[span[0]:span[1]])
    return mark.role if mark is not None else None


def _opens(prepared: str, sent: TokenSpans) -> bool:
    a, b = sent[-1]
    return b < len(prepared) and not prepared[b:b + 1].isspace()


def _same_paragraph(a: int, b: int, paragraphs: list[int]) -> bool:
    return bisect_right(paragraphs, a) == bisect_right(paragraphs, b)


_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\u00ad\ufeff"))
"""Zero-width space, non-joiner and joiner, word joiner, soft hyphen, byte-order mark: invisible
characters that text copied from the web carries inside words ("Hoek\u200dstra")."""


def visible(token: str) -> str:
    """The token as a reader sees it: without invisible format characters (unless that leaves
    nothing). Rules and names read this; offsets still point into the original text."""
    return token.translate(_INVISIBLE) or token


def _unparsed(spans: TokenSpans, text: str) -> tuple[Word, ...]:
    return tuple(Word(i, visible(text[a:b]), visible(text[a:b]), "X", "", -1, "dep", a, b)
                 for i, (a, b) in enumerate(spans))


def _parsed_words(sentence, spans: TokenSpans, text: str) -> tuple[Word, ...]:
    words = []
    for i, (word, (a, b)) in enumerate(zip(sentence.words, spans)):
        token = visible(text[a:b])
        words.append(Word(i, token, visible(word.lemma) if word.lemma else token, word.upos or "X",
                          word.feats or "", (word.head or 0) - 1, word.deprel or "dep", a, b))
    return tuple(words)


@dataclass(frozen=True)
class Selection:
    """Which sentences of a document the rules read (``relevant``) and which of those need tags and
    a tree (``parse``); a sentence wholly inside a quote is read for its offsets only."""

    relevant: frozenset[int]
    parse: frozenset[int]


Selector = Callable[[Sequence[TokenSpans], str, str, int], Selection]
"""(token spans of each sentence, original text, text as Stanza saw it, body start) → Selection."""


class Parser:
    """Loads the pipelines once and parses texts in batches: tokenize everything, repair the
    sentence splits, then tag, lemmatize and parse the sentences that matter.

    ``selector`` picks the sentences the attribution rules read (``relevant``) and those among them
    whose tags and tree they use. With ``parse_all=False`` only the latter are tagged and parsed,
    which is what makes long corpus runs cheap; with ``parse_all=True`` every sentence is parsed (the
    baseline), and the rules still read the same words in the same way, so both give the same quotes.
    """

    def __init__(self, stanza_dir: str | Path | None = None, stanza_resources: str | Path | None = None,
                 *, batch_size: int = 16, selector: Optional[Selector] = None, parse_all: bool = False,
                 device: str = "auto", lang: str = "nl", times: Optional[StageTimes] = None,
                 abbreviations: frozenset[str] = frozenset()) -> None:
        check_device(device)
        self.lang = lang
        self.abbreviations = abbreviations
        """lower-case words with their full stop after which no sentence ends ("Sen.", "Gov.")"""
        self.stanza_dir = stanza_dir
        self.device = device
        self.stanza_resources = stanza_resources
        self.batch_size = batch_size
        self.selector = selector
        self.parse_all = parse_all or selector is None
        self._tokenizer = None
        self._tagger = None
        self.stats = {"sentences": 0, "parsed": 0, "tokens": 0, "parsed_tokens": 0}
        self.times = times if times is not None else StageTimes()

    def load(self) -> None:
        """Build both pipelines; a model file that exists but cannot be loaded (truncated, not a
        Stanza model) raises ModelError naming the folder."""
        if self._tokenizer is None:
            try:
                self._tokenizer = build_pipeline(self.stanza_dir, self.stanza_resources, processors="tokenize",
                                                 device=self.device, lang=self.lang)
                self._tagger = build_pipeline(self.stanza_dir, self.stanza_resources, pretokenized=True,
                                              device=self.device, lang=self.lang)
            except ModelError:
                raise
            except Exception as exc:  # torch and Stanza raise many kinds on a damaged file
                where = self.stanza_resources or os.environ.get("QUOTES_STANZA_RESOURCES") \
                    or model_dir(self.stanza_dir, self.lang)
                self._tokenizer = self._tagger = None
                raise ModelError(f"cannot load the Stanza models in {where}: {type(exc).__name__}: "
                                 f"{str(exc).splitlines()[0] if str(exc) else ''}") from exc

    def parse(self, text: str, body_start: int = 0) -> ParsedDoc:
        return self.parse_many([(text, body_start)])[0]

    def parse_many(self, items: Sequence[tuple[str, int]]) -> list[ParsedDoc]:
        """Parse (text, body_start) pairs; one tokenizer and one tagger call per batch."""
        self.load()
        out: list[ParsedDoc] = []
        for i in range(0, len(items), self.batch_size):
            out.extend(self._batch(items[i:i + self.batch_size]))
        return out

    def _batch(self, batch: Sequence[tuple[str, int]]) -> list[ParsedDoc]:
        import stanza

        prepared = [prepare_text(t, b) for t, b in batch]
        try:
            with self.times.stage("tokenize"):
                tokenized = self._tokenizer.bulk_process([stanza.Document([], text=p) for p in prepared])
            with self.times.stage("select"):
                docs = [self._spans(doc, p, t, b) for doc, p, (t, b) in zip(tokenized, prepared, batch)]
            todo = [(d, k) for d, (spans, selection) in enumerate(docs) for k in range(len(spans))
                    if (self.parse_all or k in selection.parse) and len(spans[k]) <= MAX_PARSE_TOKENS]
            flat = [[prepared[d][a:b] for a, b in docs[d][0][k]] for d, k in todo]
            with self.times.stage("tag_parse"):
                parsed = self._tagger(flat).sentences if flat else []
        except (RuntimeError, ValueError, IndexError, KeyError, AssertionError) as exc:
            raise ParseError(f"Stanza failed on a batch of {len(batch)} documents: {exc}") from exc
        by_key = dict(zip(todo, parsed))
        return [self._document(t, docs[d], by_key, d) for d, (t, _) in enumerate(batch)]

    def _spans(self, doc, prepared: str, text: str, body_start: int) -> tuple[list[TokenSpans], Selection]:
        raw = [[(t.start_char, t.end_char) for t in s.tokens] for s in doc.sentences]
        spans = repair_sentences(raw, prepared, paragraph_starts(text), self.abbreviations)
        if self.selector is None:
            everything = frozenset(range(len(spans)))
            return spans, Selection(everything, everything)
        return spans, self.selector(spans, text, prepared, body_start)

    def _document(self, text: str, doc: tuple[list[TokenSpans], Selection], by_key: dict, d: int) -> ParsedDoc:
        spans, selection = doc
        relevant = selection.relevant
        paragraphs = paragraph_starts(text)
        sentences = []
        for k, sent in enumerate(spans):
            parsed = by_key.get((d, k))
            words = _parsed_words(parsed, sent, text) if parsed is not None else _unparsed(sent, text)
            paragraph = bisect_right(paragraphs, sent[0][0]) - 1  # paragraphs are sorted
            sentences.append(Sentence(k, sent[0][0], sent[-1][1], paragraph, words, parsed is not None,
                                      k in relevant, k in selection.parse))
            self.stats["sentences"] += 1
            self.stats["parsed"] += parsed is not None
            self.stats["tokens"] += len(sent)
            self.stats["parsed_tokens"] += len(sent) if parsed is not None else 0
        return ParsedDoc(text, tuple(sentences))
