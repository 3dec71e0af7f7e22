"""``attribute(text)`` and :class:`Attributor`: wires quote marks, cues, content rules, speakers and
stance together.

For one parsed document: pair the quote marks, find the cues of every sentence, run the indirect
rules (which absorb the direct quotes inside their clauses as mixed quotes), attribute the remaining
direct quotes, then walk all candidates in text order to resolve pronouns and floating quotes, and
number the quotes.
"""
from __future__ import annotations

import logging
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Iterable, Iterator, Optional, Sequence, Union

from quotes import content
from quotes.content import Candidate
from quotes.cues import CueHit, find_cues, select_sentences
from quotes.direct import WordIndex, direct_candidate, merge_interrupted
from quotes.documents import Document
from quotes.errors import ParseError, QuotesError, UsageError
from quotes.lexicon import Lexicon, load
from quotes.marks import body_quotes
from quotes.parsing import ParsedDoc, Parser, Selection, Sentence, TokenSpans
from quotes.speakers import Mention, NameIndex, bare, is_plural, make_speaker, mention_at, name_runs
from quotes.types import Quote, Speaker

logger = logging.getLogger(__name__)

SUPPORTED_LANGS = frozenset({"nl"})
FLOATING_PARAGRAPHS = 2
"""How many paragraphs back a quote without a cue may look for the speaker of an adjacent quote."""


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
    for index, sent_hits in enumerate(hits):
        # "Dat zegt X" takes the previous sentence, unless that one has a cue of its own
        previous = parsed.sentences[index - 1] if index and not hits[index - 1] else None
        for hit in sent_hits:
            if inside(hit.word.start):
                continue
            if hit.entry.lemma == "volgens":
                rules = [content.volgens]
            elif hit.entry.lemma == "aldus":
                rules = [content.parenthetical]
            else:
                rules = [lambda h, t, lx, ins: content.dat_zegt(h, previous, t, lx, ins), content.passive_door,
                         content.indirect, content.parenthetical]
            for rule in rules:
                candidate = rule(hit, text, lex, inside)
                if candidate is not None and candidate.mention is not None:
                    found.append(candidate)
                    break
    return _drop_overlaps(found)


def _drop_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """Of candidates covering the same text, keep the more confident."""
    kept: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: -c.confidence):
        if all(cand.end <= k.start or cand.start >= k.end for k in kept):
            kept.append(cand)
    return sorted(kept, key=lambda c: c.start)


class _Resolver:
    """Walks candidates in text order, turning mentions into speakers and filling floating quotes."""

    def __init__(self, parsed: ParsedDoc, lex: Lexicon, inside: content.InsideQuote, names: NameIndex,
                 all_sentences: Sequence[Sentence]) -> None:
        self.parsed, self.lex, self.inside, self.names = parsed, lex, inside, names
        self.all_sentences = all_sentences
        self.history: list[tuple[int, Speaker, bool, int]] = []  # (position, speaker, plural, paragraph)
        self._subjects: Optional[list[tuple[int, Speaker, bool]]] = None

    @property
    def subjects(self) -> list[tuple[int, Speaker, bool]]:
        """(position, speaker, plural) of every sentence subject, made once per document."""
        if self._subjects is None:
            self._subjects = [(pos, make_speaker(m, self.parsed.text, self.names, self.lex), is_plural(m))
                              for pos, m in self._sentence_subjects() if not m.is_pronoun]
        return self._subjects

    def _sentence_subjects(self) -> list[tuple[int, Mention]]:
        """Subjects of the sentences the rules read: the tree's, and a name opening the sentence
        ("Tim de Jong (28) zoekt al twee jaar een huis.") when the tree missed it."""
        subjects = []
        for sent in self.parsed.sentences:
            found = [w for w in sent.words if w.deprel in ("nsubj", "nsubj:pass") and w.upos in ("NOUN", "PROPN")
                     and not self.inside(w.start)]
            subjects.extend((w.start, mention_at(sent, w.i, self.lex)) for w in found)
        for sent in self.all_sentences:  # from the tokens alone: the same whether parsed or not
            runs = name_runs(sent.tokens, self.lex)
            if runs and runs[0][0] <= 2 and not self.inside(sent.words[runs[0][0]].start):
                a, b = runs[0]
                subjects.append((sent.words[a].start, Mention(sent, a, b - 1, b - 1)))
        return sorted(subjects, key=lambda item: item[0])

    def _paragraph(self, pos: int) -> int:
        return next((s.paragraph for s in reversed(self.parsed.sentences) if s.start <= pos), 0)

    def speaker(self, cand: Candidate) -> Optional[Speaker]:
        if cand.mention is None:
            return None
        if cand.mention.is_pronoun:
            plural = cand.cue.plural if cand.cue is not None and cand.cue.word.upos != "ADP" else None
            return self._antecedent(cand.mention, plural)
        speaker = make_speaker(cand.mention, self.parsed.text, self.names, self.lex)
        return self._definite(cand.mention, speaker) or speaker

    def _definite(self, mention: Mention, speaker: Speaker) -> Optional[Speaker]:
        """"de diplomaat" after "een Oekraïense diplomaat": a definite noun phrase without a name is
        the earlier speaker with the same head noun."""
        words = mention.words
        if speaker.name != speaker.mention or words[0].text.lower() not in ("de", "het") or len(words) > 3:
            return None
        head = mention.head_word.text.lower()
        for _, earlier, _, _ in reversed(self.history):
            if earlier.start < mention.start and earlier.mention.lower().split()[-1:] == [head] \
                    and earlier.mention.lower() != speaker.mention.lower():
                return replace(speaker, name=earlier.name, type=earlier.type, resolved_from="definite")
        return None

    def _antecedent(self, pronoun: Mention, plural: Optional[bool]) -> Speaker:
        """The most recent compatible speaker or subject before a pronoun; a person's name from the
        article when none is found in the last paragraphs."""
        text = self.parsed.text
        form = bare(pronoun.head_word)
        number = self.lex.pronouns.get(form, ("any", "any"))[0]
        want_plural = plural if number == "any" else number == "pl"
        options = [(p, s, pl) for p, s, pl, _ in self.history] + self.subjects
        options = [o for o in options if o[0] < pronoun.start and _compatible(o[1], o[2], want_plural)]
        paragraph = self._paragraph(pronoun.start)
        recent = [o for o in options if paragraph - self._paragraph(o[0]) <= 1]
        if not recent and want_plural is not True:
            recent = self._named_persons(pronoun.start)
        end = pronoun.start + len(bare(pronoun.head_word))
        mention_text = text[pronoun.start:end]
        if not recent:
            return Speaker(mention_text, mention_text, pronoun.start, end, "pronoun", None)
        _, antecedent, _ = max(recent, key=lambda o: o[0])
        return Speaker(mention_text, antecedent.name, pronoun.start, end, antecedent.type, "pronoun")

    def _named_persons(self, before: int) -> list[tuple[int, Speaker, bool]]:
        """Full personal names (two words or more, not organisations) earlier in the article."""
        found = []
        for pos, run in self.names.occurrences:
            if pos < before and len(run) >= 2 and " ".join(run) not in self.lex.organizations \
                    and not self.inside(pos):
                name = self.names.canonical(run)
                found.append((pos, Speaker(name, name, pos, pos + len(" ".join(run)), "person", None), False))
        return found

    def floating(self, cand: Candidate, following: Sequence[Candidate]) -> Optional[Speaker]:
        """A quote without a cue: the speaker of the previous quote nearby, else of the next one
        in the same paragraph."""
        paragraph = self._paragraph(cand.start)
        earlier = [(p, s) for p, s, _, para in self.history if p < cand.start and paragraph - para <= FLOATING_PARAGRAPHS]
        if earlier:
            return replace(earlier[-1][1], resolved_from="previous_quote")
        for other in following:
            if self._paragraph(other.start) != paragraph:
                break
            if other.mention is not None and not other.mention.is_pronoun:
                speaker = make_speaker(other.mention, self.parsed.text, self.names, self.lex)
                return replace(speaker, resolved_from="next_quote")
        return None

    def remember(self, cand: Candidate, speaker: Speaker) -> None:
        plural = is_plural(cand.mention) if cand.mention is not None and not cand.mention.is_pronoun \
            else bool(cand.cue and cand.cue.plural)
        self.history.append((cand.start, speaker, plural, self._paragraph(cand.start)))


def _compatible(speaker: Speaker, plural: bool, want_plural: Optional[bool]) -> bool:
    """Whether a speaker can be what a pronoun stands for: hij/zij (singular) a person or source,
    ze/zij with a plural verb a group."""
    if speaker.type in ("pronoun", "unknown") and not (plural and want_plural):
        return False
    if want_plural is None:
        return True
    if want_plural:
        return plural
    return not plural and speaker.type in ("person", "anonymous")


def _unknown(start: int) -> Speaker:
    return Speaker("", "", start, start, "unknown", None)


def attribute_parsed(doc: Document, parsed: ParsedDoc, lex: Optional[Lexicon] = None) -> list[Quote]:
    """All quotes of a parsed document (no stance yet)."""
    lex = lex or load()
    text = parsed.text
    spans = body_quotes(text, doc.body_start)
    inside = content.inside_any(spans)
    sentences = [s for s in parsed.sentences if s.end > doc.body_start and s.relevant]
    hits = [[h for h in find_cues(s, lex) if not inside(h.word.start)] for s in sentences]  # no cue inside quotes
    cue_at = {h.word.start: h for sent_hits in hits for h in sent_hits}
    body = ParsedDoc(text, tuple(sentences))
    all_body = [s for s in parsed.sentences if s.end > doc.body_start]
    names = NameIndex(all_body, lex)
    candidates = [content.absorb_spans(c, enumerate(spans), text) for c in _indirect_candidates(body, hits, lex, inside)]
    candidates = [c for c in candidates if c.method != "indirect_fragment"]  # no quoted fragment: no quote
    absorbed = set().union(*(c.spans for c in candidates)) if candidates else set()
    words = WordIndex(sentences)
    for index, span in enumerate(spans):
        if span.depth == 0 and index not in absorbed:
            cand = direct_candidate(span, words, cue_at, text, lex, inside)
            if cand is not None:
                candidates.append(cand)
    candidates = _drop_overlaps(merge_interrupted(candidates, text))
    return _resolve(doc, body, candidates, _Resolver(body, lex, inside, names, all_body))


def _resolve(doc: Document, parsed: ParsedDoc, candidates: list[Candidate], resolver: "_Resolver") -> list[Quote]:
    quotes: list[Quote] = []
    for position, cand in enumerate(candidates):
        speaker = resolver.speaker(cand)
        confidence = cand.confidence
        if speaker is None:
            speaker = resolver.floating(cand, candidates[position + 1:])
        if speaker is None:
            speaker, confidence = _unknown(cand.start), confidence * 0.5
        else:
            resolver.remember(cand, speaker)
        quotes.append(Quote(doc.id, f"{doc.id}#{len(quotes) + 1}", cand.kind, parsed.text[cand.start:cand.end],  # type: ignore[arg-type]
                            cand.start, cand.end, speaker, cand.cue.to_cue() if cand.cue else None, cand.method,
                            round(min(confidence, 1.0), 3), meta=dict(doc.meta)))
    return quotes


class Attributor:
    """Loads the models once and attributes documents, one at a time or streamed.

    Only the sentences that can hold or attribute a quote are tagged and parsed; ``parse_all=True``
    parses every sentence (slower, same quotes: the baseline of the benchmark).

    ``stance``: True (default) labels every quote with the bundled stance model; False skips it;
    a path loads another stance model folder.
    """

    def __init__(self, *, lang: str = "nl", stanza_dir: str | Path | None = None,
                 stanza_resources: str | Path | None = None, stance: Union[bool, str, Path] = True,
                 batch_size: int = 16, parse_all: bool = False) -> None:
        if lang not in SUPPORTED_LANGS:
            raise UsageError(f"language {lang!r} is not supported yet; supported: {', '.join(sorted(SUPPORTED_LANGS))}")
        self.lexicon = load()
        self.parser = Parser(stanza_dir, stanza_resources, batch_size=batch_size, parse_all=parse_all,
                             selector=partial(choose_sentences, lex=self.lexicon))
        self.stance_option = stance
        self._stance_model = None

    @property
    def stance_model(self):
        if self.stance_option is False:
            return None
        if self._stance_model is None:
            from quotes.stance import load_stance_model

            path = None if self.stance_option is True else self.stance_option
            self._stance_model = load_stance_model(path)
        return self._stance_model

    def check(self) -> None:
        """Raise ModelError now if a model is missing or unusable, without loading Stanza."""
        from quotes.parsing import check_models

        check_models(self.parser.stanza_dir, self.parser.stanza_resources)
        _ = self.stance_model

    def load(self) -> None:
        """Load every model now (otherwise they load with the first document)."""
        self.check()
        self.parser.load()

    def attribute(self, text: str, *, doc_id: Optional[str] = None, meta: Optional[dict] = None) -> list[Quote]:
        return self.attribute_document(Document(doc_id or "doc", text, meta or {}))

    def attribute_document(self, doc: Document) -> list[Quote]:
        parsed = self.parser.parse(doc.text, doc.body_start)
        return self.add_stance(attribute_parsed(doc, parsed, self.lexicon))

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
        try:
            parsed = self.parser.parse_many([(d.text, d.body_start) for d in batch])
        except ParseError:
            for doc in batch:  # find the one that fails, keep the others
                yield doc, self._safe(doc)
            return
        for doc, p in zip(batch, parsed):
            try:
                yield doc, self.add_stance(attribute_parsed(doc, p, self.lexicon))
            except QuotesError as exc:
                yield doc, exc

    def _safe(self, doc: Document) -> Union[list[Quote], QuotesError]:
        try:
            return self.attribute_document(doc)
        except ParseError as exc:
            return exc

    def add_stance(self, quotes: list[Quote]) -> list[Quote]:
        model = self.stance_model
        if model is None or not quotes:
            return quotes
        probs = model.predict([q.text for q in quotes])
        return [replace(q, stances=p, labels=tuple(model.assign(p))) for q, p in zip(quotes, probs)]


_DEFAULT: Optional[Attributor] = None


def attribute(text: str, *, lang: str = "nl", doc_id: Optional[str] = None, stance: bool = True) -> list[Quote]:
    """Every quote of ``text`` with speaker, cue, offsets and stance. Models load on the first call."""
    global _DEFAULT
    if _DEFAULT is None or _DEFAULT.stance_option != stance:
        _DEFAULT = Attributor(lang=lang, stance=stance)
    elif lang not in SUPPORTED_LANGS:
        raise UsageError(f"language {lang!r} is not supported yet; supported: {', '.join(sorted(SUPPORTED_LANGS))}")
    return _DEFAULT.attribute(text, doc_id=doc_id)
