"""Speaker tracking: who speaks each quote, decided in text order with the document's discourse.

Journalists introduce a speaker without a speech verb and then quote them ("Jan Peeters (54) staat
al sinds zes uur langs het parcours." ¶ „Ik heb nog nooit zoveel volk gezien.”), alternate quote
paragraphs between people, and refer back with "hij", "ze", a surname or a title. The
:class:`~quotes.discourse.Discourse` follows the people and groups an article mentions and how
salient each is.

:class:`SpeakerTracker` walks the candidates in text order and decides each speaker, keeping the
evidence in ``Speaker.resolved_from``:

* a name or description at the cue is the speaker (``None``; ``title`` and ``definite`` when "de
  minister" or "de diplomaat" stand for someone named earlier);
* a pronoun at the cue is the most salient entity that agrees in number and gender (``pronoun``);
* a quote without a cue continues the previous quote when nobody was mentioned since
  (``previous_quote``), is spoken by the most salient person of the narrative between the two
  (``introduced``), by the speaker of the next quote in its paragraph (``next_quote``), by the
  person named right after it (``next_sentence``) or, when nothing near it tells, by the article's
  main speaker (``main_speaker``). A person named inside the quote is not its speaker, and a quote
  in the first person singular is not spoken by a group.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from itertools import islice
from dataclasses import replace
from typing import Callable, Iterable, Optional, Sequence

from quotes.content import Candidate
from quotes.discourse import SPEAKING_TYPES, Discourse, Entity, QuoteEvent, output_type
from quotes.documents import Document
from quotes.lexicon import Lexicon
from quotes.names import NameIndex
from quotes.narrative import first_person
from quotes.parsing import ParsedDoc, Sentence
from quotes.speakers import Mention, bare, make_speaker
from quotes.types import Quote, Speaker

FLOATING_PARAGRAPHS = 2
"""How many paragraphs back a quote without a cue may look for the previous quote's speaker."""
TOPIC_MIN_QUOTES = 2
"""How many quotes make a person the article's main speaker, for the quotes nothing else attributes."""
MIN_INTRODUCED = 0.1
"""Salience since the previous quote below which a person mentioned in passing does not take over."""


def _definite_description(mention: Mention, speaker: Speaker, lex: Lexicon) -> bool:
    """A short definite noun phrase that names no one: "de topman", "het bedrijf", "de diplomaat"."""
    return speaker.name == speaker.mention and lex.in_class(mention.words[0].text, "definite_article") \
        and len(mention.words) <= 3


class SpeakerTracker:
    """Decides the speaker of every candidate of a document, in text order (see the module doc)."""

    def __init__(self, parsed: ParsedDoc, lex: Lexicon, names: NameIndex, sentences: Sequence[Sentence],
                 hidden: Callable[[int], bool], reported: Callable[[int], bool] = lambda pos: False) -> None:
        self.text, self.lex, self.names = parsed.text, lex, names
        self.sentences = sentences
        self._paragraphs = [s.paragraph for s in sentences]
        self.discourse = Discourse(parsed.text, sentences, lex, names, hidden, reported)

    def speaker(self, cand: Candidate, following: Iterable[Candidate]) -> Optional[Speaker]:
        if cand.mention is None:
            self.discourse.advance(cand.start)
            return self.floating(cand, following)
        self.discourse.advance(min(cand.start, cand.mention.start))
        if cand.mention.stands_for is not None:  # "Graham, who said …": named after Graham, mention "who"
            named = self._named(cand.mention.stands_for)
            relative = cand.mention
            return replace(named, mention=self.text[relative.start:relative.end], start=relative.start,
                           end=relative.end, resolved_from=named.resolved_from or "pronoun")
        if cand.mention.is_pronoun:
            return self._pronoun(cand)
        return self._named(cand.mention)

    def _named(self, mention: Mention) -> Speaker:
        speaker = make_speaker(mention, self.text, self.names, self.lex)
        return self._definite(mention, speaker) or self._described(mention, speaker) or speaker

    def _described(self, mention: Mention, speaker: Speaker) -> Optional[Speaker]:
        """"zegt de topman", "volgens de organisatie": a definite description at a cue names the
        person or organisation the article named before, if one fits."""
        if not _definite_description(mention, speaker, self.lex) or speaker.resolved_from \
                or not self.lex.noun_type(mention.head_word.text):
            return None
        head = mention.head_word.text
        entity = self.discourse.referent(head.lower(), self.lex.gender_of(head), mention.start)
        if entity is None:
            return None
        kind = "organization" if self.lex.noun_type(head) == "organization" else output_type(entity.type)
        return replace(speaker, name=entity.name, type=kind, resolved_from="definite")  # type: ignore[arg-type]

    def _pronoun(self, cand: Candidate) -> Speaker:
        mention = cand.mention
        assert mention is not None
        self.discourse.advance(mention.start)
        self.discourse.skip.add(mention.start)  # resolved here, not again as narrative
        form = bare(mention.head_word)
        number, gender = self.lex.pronouns.get(form, ("any", "any"))
        plural = cand.cue.plural(self.lex) if cand.cue is not None and cand.cue.word.upos != "ADP" else None
        want_plural = plural if number == "any" else number == "pl"
        want_gender = None if gender == "any" else gender
        if want_gender is None and want_plural is False and self.lex.in_class(form, "ambiguous_pronoun"):
            want_gender = "f"
        entity = self.discourse.antecedent(mention.start, want_plural, want_gender)
        end = mention.start + len(form)
        mention_text = self.text[mention.start:end]
        if entity is None:
            return Speaker(mention_text, mention_text, mention.start, end, "pronoun", None)
        return Speaker(mention_text, entity.name, mention.start, end, output_type(entity.type), "pronoun")

    def _definite(self, mention: Mention, speaker: Speaker) -> Optional[Speaker]:
        """"de diplomaat" after "een Oekraïense diplomaat": a definite noun phrase without a name is
        the earlier speaker with the same head noun."""
        if not _definite_description(mention, speaker, self.lex):
            return None
        head = mention.head_word.text.lower()
        for event in reversed(self.discourse.quotes):
            earlier = event.speaker
            if earlier.start < mention.start and earlier.mention.lower().split()[-1:] == [head] \
                    and earlier.mention.lower() != speaker.mention.lower():
                return replace(speaker, name=earlier.name, type=earlier.type, resolved_from="definite")
        return None

    def floating(self, cand: Candidate, following: Iterable[Candidate]) -> Optional[Speaker]:
        """A quote without a cue (see the module doc for the order of the evidence)."""
        discourse = self.discourse
        paragraph = discourse.paragraph(cand.start)
        previous = next((q for q in reversed(discourse.quotes)
                         if q.start < cand.start and paragraph - q.paragraph <= FLOATING_PARAGRAPHS), None)
        allowed = self._allowed(cand)
        since = self._paragraph_start(paragraph - 1) if previous is None else self._after(previous)
        # who the narrative since the previous quote brought up (in order of first mention)
        scores = {e: s for e, s in discourse.salience(cand.start, since, narrative=True).items() if allowed(e)}
        if previous is not None and not scores and (previous.entity is None or allowed(previous.entity)):
            return replace(previous.speaker, resolved_from="previous_quote")
        if previous is not None and previous.entity is not None and allowed(previous.entity):
            scores.setdefault(previous.entity, 0.0)
        if scores:
            latest = discourse.last_mentions(cand.start)
            best = max(scores, key=lambda e: (round(scores[e], 6), latest.get(e, -1)))  # a tie: the one named last
            if previous is not None and scores[best] < MIN_INTRODUCED and previous.entity is not None \
                    and allowed(previous.entity):
                best = previous.entity  # only a passing mention since: the previous speaker goes on
            how = "previous_quote" if previous is not None and best is previous.entity else "introduced"
            return replace(best.shown, name=best.name, type=output_type(best.type), resolved_from=how)
        return self._ahead(cand, following, paragraph, allowed)

    def _after(self, previous: QuoteEvent) -> int:
        """Where the narrative after a quote starts: after its cue's sentence when the cue follows
        the quote ("…”, beaamde Bellaart, die begin dit jaar Maurits Hendriks opvolgde."), else
        right after the quote."""
        if previous.speaker.start >= previous.end:
            return max(previous.end, self.discourse.sentence_at(previous.speaker.start).end)
        return previous.end

    def _ahead(self, cand: Candidate, following: Iterable[Candidate], paragraph: int,
               allowed: Callable[[Entity], bool]) -> Optional[Speaker]:
        """The speaker of the next quote in the paragraph, else a person named right after."""
        for other in following:
            if self.discourse.paragraph(other.start) != paragraph:
                break
            if other.mention is not None and not other.mention.is_pronoun:
                speaker = make_speaker(other.mention, self.text, self.names, self.lex)
                return replace(speaker, resolved_from="next_quote")
        after = self.discourse.sentence_at(cand.end).index
        first = bisect_left(self.discourse.mention_starts, cand.end)
        for mention in self.discourse.mentions[first:]:
            if self.discourse.hidden(mention.start):
                continue
            if mention.sentence > after + 1:
                break
            entity = self.discourse.entities.get(mention.key)
            if mention.kind != "pronoun" and entity is not None and allowed(entity) and entity.type != "name":
                return Speaker(mention.text, entity.name, mention.start, mention.end, output_type(entity.type),
                               "next_sentence")
        return None

    def _allowed(self, cand: Candidate) -> Callable[[Entity], bool]:
        """Who may speak a quote: not a person named inside it; one person for "ik"."""
        words = self.text[cand.start:cand.end].replace(",", " ").replace(".", " ").split()
        inside = {w.lower() for w in words if w[:1].isupper()}
        person = first_person(words, self.lex)

        def allowed(entity: Entity) -> bool:
            named = entity.name.split()
            if entity.type == "name" and len(named) < 2 or named and (
                    named[-1].lower() in inside or (len(named) > 1 and named[0].lower() in inside)):
                return False  # one bare word nothing showed to be a person ("Weidevuur", "Brugge")
            if person == "singular":
                return entity.type in SPEAKING_TYPES and not entity.plural
            return entity.type in SPEAKING_TYPES or (person == "plural" and entity.type in ("organization", "group"))
        return allowed

    def _paragraph_start(self, paragraph: int) -> int:
        k = bisect_left(self._paragraphs, paragraph)
        return self.sentences[k].start if k < len(self.sentences) else 0

    def remember(self, cand: Candidate, speaker: Speaker) -> None:
        entity = None
        if speaker.type not in ("pronoun", "unknown"):
            mention = cand.mention if cand.mention is not None and not cand.mention.is_pronoun else None
            entity = self.discourse.entity_of(speaker, mention)
            if speaker.resolved_from is None:
                entity.shown = speaker
        self.discourse.spoke(QuoteEvent(cand.start, cand.end, self.discourse.paragraph(cand.start), entity, speaker))


def _unknown(start: int) -> Speaker:
    return Speaker("", "", start, start, "unknown", None)


def resolve(doc: Document, parsed: ParsedDoc, candidates: list[Candidate], tracker: SpeakerTracker) -> list[Quote]:
    """Number the candidates as quotes, each with the speaker the tracker decides."""
    quotes: list[Quote] = []
    for position, cand in enumerate(candidates):
        speaker = tracker.speaker(cand, islice(candidates, position + 1, None))
        confidence = cand.confidence
        if speaker is None:
            speaker, confidence = _unknown(cand.start), confidence * 0.5
        else:
            tracker.remember(cand, speaker)
        quotes.append(Quote(doc.id, f"{doc.id}#{len(quotes) + 1}", cand.kind, parsed.text[cand.start:cand.end],  # type: ignore[arg-type]
                            cand.start, cand.end, speaker, cand.cue.to_cue(parsed.text) if cand.cue else None, cand.method,
                            round(min(confidence, 1.0), 3), meta=dict(doc.meta)))
    return _main_speaker_fills(quotes, Counter(r.entity.name for r in tracker.discourse.references))


def _main_speaker_fills(quotes: list[Quote], mentions: Counter) -> list[Quote]:
    """A quote without a cue that nothing before or right after it attributes (an excerpt that opens
    with a quote, its speaker named only as "ze" later) goes to the article's main speaker: the
    person who speaks most of its other quotes (at least TOPIC_MIN_QUOTES), on a tie the one the
    article mentions most; no one if that still ties."""
    counts = Counter(q.speaker.name for q in quotes if q.speaker.type == "person")
    ranked = sorted(counts, key=lambda name: (counts[name], mentions[name]), reverse=True)[:2]
    if not ranked or counts[ranked[0]] < TOPIC_MIN_QUOTES or (
            len(ranked) > 1 and (counts[ranked[1]], mentions[ranked[1]]) == (counts[ranked[0]], mentions[ranked[0]])):
        return quotes
    main = next(q.speaker for q in quotes if q.speaker.name == ranked[0])
    return [replace(q, speaker=replace(main, resolved_from="main_speaker")) if q.method == "floating"
            and q.speaker.type == "unknown" else q for q in quotes]
