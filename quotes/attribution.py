"""``attribute(text)`` and :class:`Attributor`: wires quote marks, cues, content rules, speakers and
stance together.

For one parsed document: pair the quote marks, find the cues of every sentence, run the indirect
rules (which absorb the direct quotes inside their clauses as mixed quotes), attribute the remaining
direct quotes, then walk all candidates in text order to resolve pronouns and floating quotes, and
number the quotes.
"""
from __future__ import annotations

import logging
import os
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Iterable, Iterator, Optional, Sequence, Union

from quotes import claims, content
from quotes.content import Candidate
from quotes.cues import CueHit, find_cues, select_sentences
from quotes.direct import WordIndex, direct_candidate, join_continued, link_interrupted
from quotes.documents import Document
from quotes.errors import DocumentError, InternalError, ParseError, QuotesError, UsageError
from quotes.lang import AUTO, DEFAULT, LANGUAGES, SUPPORTED, language, route, unsupported_message
from quotes.lexicon import Lexicon, load
from quotes.marks import body_quotes
from quotes.parsing import MODELS_ROOT, ParsedDoc, Parser, Selection, TokenSpans, model_dir
from quotes.names import NameIndex
from quotes.speakers import can_speak
from quotes.tracking import SpeakerTracker, resolve
from quotes.stance.features import quote_inputs
from quotes.timing import StageTimes
from quotes.types import Quote

logger = logging.getLogger(__name__)



def choose_sentences(spans: Sequence[TokenSpans], text: str, prepared: str, body_start: int, *,
                     lex: Lexicon) -> Selection:
    """The sentences the rules read (those that can hold or attribute a quote, and the neighbours
    they look back to), and among them those that need a parse: not the ones wholly inside a
    quote, whose words the rules never read beyond their offsets."""
    relevant = select_sentences([tuple(prepared[a:b] for a, b in s) for s in spans], lex)  # ASCII marks
    inside = content.inside_any(body_quotes(text, body_start))  # the same test the rules apply
    quoted = [k for k in relevant if all(inside(start) for start, _ in spans[k])]
    return Selection(frozenset(relevant), frozenset(relevant) - frozenset(quoted))


def _indirect_candidates(parsed: ParsedDoc, hits: list[list[CueHit]], lex: Lexicon,
                         inside: content.InsideQuote) -> list[Candidate]:
    found: list[Candidate] = []
    text = parsed.text
    for index, (sent, sent_hits) in enumerate(zip(parsed.sentences, hits)):
        # "Dat zegt X" takes the previous sentence, unless that one has a cue of its own
        previous = parsed.sentences[index - 1] if index and not hits[index - 1] else None
        for hit in sent_hits:
            if inside(hit.word.start):
                continue
            if "marker" in hit.entry.frames:  # the marker's kind in markers_nl.tsv names its rule
                rules = [_MARKER_RULES[kind] for kind in hit.entry.frames if kind in _MARKER_RULES]
            else:
                rules = [lambda h, t, lx, ins: content.dat_zegt(h, previous, t, lx, ins), content.preposed,
                         content.passive_door, claims.embedded, content.indirect, content.parenthetical]
            for rule in rules:
                candidate = rule(hit, text, lex, inside)
                if candidate is not None and candidate.mention is not None:
                    if "animate" not in hit.entry.frames or can_speak(candidate.mention, lex):
                        found.append(candidate)
                    break
        claim = claims.colon_claim(sent, text, lex, inside)
        if claim is not None:
            found.append(claim)
        found.extend(claims.nominal(sent, text, lex, inside))
    return _drop_overlaps(found)


_MARKER_RULES = {"volgens": content.volgens, "aldus": content.parenthetical, "own": content.own_account}


def _drop_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """Of candidates covering the same text, keep the more confident."""
    kept: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: -c.confidence):
        if all(cand.end <= k.start or cand.start >= k.end for k in kept):
            kept.append(cand)
    return sorted(kept, key=lambda c: c.start)


def attribute_parsed(doc: Document, parsed: ParsedDoc, lex: Optional[Lexicon] = None,
                     times: Optional[StageTimes] = None) -> list[Quote]:
    """All quotes of a parsed document (no stance yet); ``times`` sums the seconds of the rules and
    of the speaker tracker."""
    times = times or StageTimes()
    with times.stage("rules"):
        candidates, context = _candidates(doc, parsed, lex or load())
    with times.stage("speakers"):
        body, lex, names, all_body, inside = context
        reported = content.inside_ranges((c.start, c.end) for c in candidates if c.kind != "direct")
        tracker = SpeakerTracker(body, lex, names, all_body, inside, reported)
        quotes = resolve(doc, body, candidates, tracker)
    return join_continued(quotes, parsed.text) if lex.setting("join_continued_quotes", 0) else quotes


def _candidates(doc: Document, parsed: ParsedDoc, lex: Lexicon) -> tuple[list[Candidate], tuple]:
    """The quotes the rules find, before speakers are tracked, and what the tracker needs."""
    text = parsed.text
    spans = body_quotes(text, doc.body_start)
    inside = content.inside_any(spans)
    sentences = [s for s in parsed.sentences if s.end > doc.body_start and s.relevant]
    hits = [[h for h in find_cues(s, lex) if not inside(h.word.start)] for s in sentences]  # no cue inside quotes
    cue_at = {h.word.start: h for sent_hits in hits for h in sent_hits}
    body = ParsedDoc(text, tuple(sentences))
    all_body = [s for s in parsed.sentences if s.end > doc.body_start]
    names = NameIndex(all_body, lex)
    candidates = [content.absorb_spans(c, enumerate(spans), text, cue_at)
                  for c in _indirect_candidates(body, hits, lex, inside)]
    candidates = _quoted_complements(candidates, spans, text, lex)
    if not lex.setting("object_content", 0):  # no quoted fragment: no quote (Dutch); English counts objects
        candidates = [c for c in candidates if c.method != "indirect_fragment"]
    absorbed = set().union(*(c.spans for c in candidates)) if candidates else set()
    words = WordIndex(sentences)
    for index, span in enumerate(spans):
        if span.depth == 0 and index not in absorbed:
            cand = direct_candidate(span, words, cue_at, text, lex, inside)
            if cand is not None:
                candidates.append(cand)
    candidates = _drop_overlaps(link_interrupted(candidates, text))
    return candidates, (body, lex, names, all_body, inside)


def _quoted_complements(candidates: list[Candidate], spans: Sequence, text: str, lex: Lexicon) -> list[Candidate]:
    """A quotation opened by the cue with a comma or colon is left to the direct rule ('Brafman
    said, “I have never …”', not a clause around it). Any other complement that is wholly one
    quotation ('He writes that “there’s no room …”') is a direct quote, the text inside the marks,
    with the cue and speaker of its clause, where the setting ``quoted_complement_direct`` says so
    (English); it stays mixed elsewhere (the Dutch annotation's '… zei dat „…”')."""
    kept = []
    for cand in candidates:
        if content.opens_quotation(cand, spans, text):
            continue
        span = content.quoted_complement(cand, spans, text)
        if span is not None and lex.setting("quoted_complement_direct", 0):
            cand.kind, cand.start, cand.end = "direct", span.start, span.end
        kept.append(cand)
    return kept


class LanguageEngine:
    """What one language needs to attribute its documents: its lexicon and a parser with its Stanza
    models, the parser choosing sentences with that lexicon."""

    def __init__(self, lang: str, parser_options: dict) -> None:
        self.lang = lang
        self.lexicon = load(lang)
        self.parser = Parser(**parser_options, lang=lang, selector=partial(choose_sentences, lex=self.lexicon),
                             abbreviations=frozenset(t for t in self.lexicon.titles if t.endswith(".")))


class Attributor:
    """Loads the models once and attributes documents, one at a time or streamed.

    Only the sentences that can hold or attribute a quote are tagged and parsed; ``parse_all=True``
    parses every sentence (slower, same quotes: the baseline of the benchmark).

    ``stance``: True (default) labels every quote with the bundled stance model; False skips it;
    a path loads another stance model folder. ``device``: ``auto`` (default) runs the Stanza
    models on a CUDA GPU when torch sees one, ``cpu`` never does, ``cuda`` (or ``cuda:N``)
    insists and raises UsageError without one. ``trust_model=True`` loads a stance model that needs
    types outside the trusted list, or a legacy pickle (see :mod:`quotes.stance.model`).

    ``lang``: the language of documents without a ``lang`` field of their own (``meta["lang"]``),
    a supported code or ``auto`` (detect each document's language, :func:`quotes.lang.detect`).
    With a code, a document routed to another language gets a DocumentError saying so, and the
    others go on; with ``auto`` every supported language is read, each with its own lexicon and
    Stanza models (loaded when its first document comes). ``stanza_dir`` holds the models of the
    run's language, or one subfolder per language code (the layout of ``models/stanza/``).
    """

    def __init__(self, *, lang: str = "nl", stanza_dir: str | Path | None = None,
                 stanza_resources: str | Path | None = None, stance: Union[bool, str, Path] = True,
                 batch_size: int = 16, parse_all: bool = False, trust_model: bool = False,
                 device: str = "auto") -> None:
        self.lang = _lang_option(lang)
        if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
            raise UsageError(f"batch_size must be a whole number of documents, at least 1; got {batch_size!r}")
        self.times = StageTimes()
        """seconds per stage, summed over the documents this attributor has seen"""
        self._parser_options = dict(stanza_dir=stanza_dir, stanza_resources=stanza_resources,
                                    batch_size=batch_size, parse_all=parse_all, device=device, times=self.times)
        self.lexicon_lang = DEFAULT if self.lang == AUTO else self.lang
        self._engines: dict[str, LanguageEngine] = {}
        main = self.engine(self.lexicon_lang)
        self.lexicon = main.lexicon
        self.parser = main.parser
        """the lexicon and parser of the run's language (Dutch for ``auto``)"""
        self.stance_option = stance
        self.trust_model = trust_model
        self._stance_model = None

    def engine(self, code: str) -> LanguageEngine:
        """The lexicon and parser of a supported language, made on first use. A ``stanza_dir``
        holding one set of models (not one subfolder per language) serves the run's language;
        the others read their bundled models."""
        if code not in self._engines:
            options = dict(self._parser_options)
            given = options["stanza_dir"] or os.environ.get("QUOTES_STANZA_DIR")
            if given and code != self.lexicon_lang and model_dir(given, code) == Path(given):
                options["stanza_dir"] = MODELS_ROOT / code
            self._engines[code] = LanguageEngine(code, options)
        return self._engines[code]

    @property
    def stance_model(self):
        if self.stance_option is False:
            return None
        if self._stance_model is None:
            from quotes.stance import load_stance_model

            path = None if self.stance_option is True else self.stance_option
            self._stance_model = load_stance_model(path, trust_model=self.trust_model)
        return self._stance_model

    def check(self) -> None:
        """Raise ModelError now if a model is missing or unusable, without loading Stanza: the
        run's language's models (every supported language's with ``auto``) and the stance model."""
        from quotes.parsing import check_models

        for code in SUPPORTED if self.lang == AUTO else (self.lexicon_lang,):
            parser = self.engine(code).parser
            check_models(parser.stanza_dir, parser.stanza_resources, code)
        _ = self.stance_model

    def load(self) -> None:
        """Load every model now (otherwise they load with the first document): the run's
        language's, or with ``auto`` every supported language's."""
        self.check()
        for code in SUPPORTED if self.lang == AUTO else (self.lexicon_lang,):
            self.engine(code).parser.load()

    def attribute(self, text: str, *, doc_id: Optional[str] = None, meta: Optional[dict] = None) -> list[Quote]:
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}"
                            + ("; decode bytes first, e.g. data.decode('utf-8')" if isinstance(text, bytes) else ""))
        return self.attribute_document(Document(doc_id or "doc", text, meta or {}))

    def route(self, doc: Document) -> Union[str, DocumentError]:
        """The language code this attributor reads ``doc`` in, or the DocumentError saying why it
        cannot (its language has no rules yet, or the run reads another)."""
        try:
            code = route(doc.meta, self.lang, doc.text)
        except DocumentError as exc:
            return exc
        lang = LANGUAGES[code]
        if lang.rules and (self.lang == AUTO or code == self.lexicon_lang):
            return code
        how = "its lang field" if doc.meta.get("lang") not in (None, "") else "detected"
        if not lang.rules:
            return DocumentError(f"language {code} ({how}): {unsupported_message(lang)}")
        return DocumentError(f"language {code} ({how}), but this run reads {self.lexicon_lang}; "
                             f"run the {lang.name} documents with --lang {code} (or --lang auto)")

    def refusal(self, doc: Document) -> Optional[DocumentError]:
        """Why this attributor cannot read ``doc`` (its language is another), or None."""
        routed = self.route(doc)
        return routed if isinstance(routed, DocumentError) else None

    def attribute_document(self, doc: Document) -> list[Quote]:
        routed = self.route(doc)
        if isinstance(routed, DocumentError):
            raise routed
        engine = self.engine(routed)
        parsed = engine.parser.parse(doc.text, doc.body_start)
        return self.add_stance(doc, attribute_parsed(doc, parsed, engine.lexicon, self.times))

    def attribute_many(self, docs: Iterable[Document]) -> Iterator[tuple[Document, Union[list[Quote], QuotesError]]]:
        """Stream (document, quotes) pairs in input order; a document that fails gives its error
        instead of quotes, and the others go on."""
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= self.parser.batch_size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[Document]) -> Iterator[tuple[Document, Union[list[Quote], QuotesError]]]:
        routed = {id(doc): self.route(doc) for doc in batch}
        done: dict[int, Union[list[Quote], QuotesError]] = {
            key: error for key, error in routed.items() if isinstance(error, DocumentError)}
        for code in dict.fromkeys(c for c in routed.values() if isinstance(c, str)):  # one group per language
            group = [doc for doc in batch if routed[id(doc)] == code]
            done.update((id(doc), value) for doc, value in self._attribute_batch(group, self.engine(code)))
        for doc in batch:
            yield doc, done[id(doc)]

    def _attribute_batch(self, batch: list[Document], engine: LanguageEngine
                         ) -> Iterator[tuple[Document, Union[list[Quote], QuotesError]]]:
        try:
            parsed = engine.parser.parse_many([(d.text, d.body_start) for d in batch])
        except ParseError:
            for doc in batch:  # find the one that fails, keep the others
                yield doc, self._safe(doc)
            return
        found = [(doc, self._rules_safely(doc, p, engine.lexicon)) for doc, p in zip(batch, parsed)]
        yield from self._stance_for_batch(found)

    def _rules_safely(self, doc: Document, parsed: ParsedDoc, lex: Lexicon) -> Union[list[Quote], QuotesError]:
        try:
            return attribute_parsed(doc, parsed, lex, self.times)
        except QuotesError as exc:
            return exc
        except Exception as exc:  # a bug met this document: report it, go on with the others
            logger.debug("unexpected error on document %s", doc.id, exc_info=True)
            return InternalError(f"unexpected {type(exc).__name__}: {exc} (a bug in quotes; please report "
                                 "it with this document)")

    def _stance_for_batch(self, found: list[tuple[Document, Union[list[Quote], QuotesError]]]
                          ) -> Iterator[tuple[Document, Union[list[Quote], QuotesError]]]:
        """The batch's quotes with their stance, from one call of the classifier for all of them."""
        model = self.stance_model
        quotes = [q for _, value in found if not isinstance(value, QuotesError) for q in value]
        if model is None or not quotes:
            yield from found
            return
        with self.times.stage("stance"):
            inputs = [inp for doc, value in found if not isinstance(value, QuotesError)
                      for inp in quote_inputs(doc.text, value, doc.body_start)]
            probs = iter(model.predict(inputs))
        for doc, value in found:
            if isinstance(value, QuotesError):
                yield doc, value
            else:
                yield doc, [self._labelled(q, next(probs)) for q in value]

    def _labelled(self, quote: Quote, probs: dict[str, float]) -> Quote:
        return replace(quote, stances=probs, labels=tuple(self.stance_model.assign(probs)))

    def _safe(self, doc: Document) -> Union[list[Quote], QuotesError]:
        try:
            return self.attribute_document(doc)
        except ParseError as exc:
            return exc

    def add_stance(self, doc: Document, quotes: list[Quote]) -> list[Quote]:
        """The quotes with their stance, read from each quote in its context in ``doc``."""
        [(_, labelled)] = self._stance_for_batch([(doc, quotes)])
        return labelled


_DEFAULT: Optional[Attributor] = None


def _lang_option(lang: str) -> str:
    return AUTO if lang == AUTO else language(lang, need_rules=True).code


def attribute(text: str, *, lang: str = "nl", doc_id: Optional[str] = None, stance: bool = True) -> list[Quote]:
    """Every quote of ``text`` with speaker, cue, offsets and stance. Models load on the first call."""
    global _DEFAULT
    if _DEFAULT is None or _DEFAULT.stance_option != stance or _DEFAULT.lang != _lang_option(lang):
        _DEFAULT = Attributor(lang=lang, stance=stance)
    return _DEFAULT.attribute(text, doc_id=doc_id)
