"""Speaker tracking: a model of the document's discourse that every attribution consults.

Journalists introduce a speaker without a speech verb and then quote them ("Jan Peeters (54) staat
al sinds zes uur langs het parcours." ¶ „Ik heb nog nooit zoveel volk gezien.”), alternate quote
paragraphs between people, and refer back with "hij", "ze", a surname or a title. The
:class:`Discourse` follows the people and groups an article mentions (:class:`Entity`: name, type,
gender where known, the quotes they spoke) and gives each a salience that rises with every mention,
more for a subject than for an object and most for the speaker of a quote, and halves with every
sentence and paragraph break (after Lappin and Leass 1994, "An algorithm for pronominal anaphora
resolution", Computational Linguistics 20(4)). Mentions in the narrative come from
:mod:`quotes.narrative`; mentions inside quotes and reported clauses never count.

:class:`SpeakerTracker` walks the candidates in text order and decides each speaker, keeping the
evidence in ``Speaker.resolved_from``:

* a name or description at the cue is the speaker (``None``; ``title`` and ``definite`` when "de
  minister" or "de diplomaat" stand for someone named earlier);
* a pronoun at the cue is the most salient entity that agrees in number and gender (``pronoun``);
* a quote without a cue continues the previous quote when nobody was mentioned since
  (``previous_quote``), is spoken by the most salient person of the narrative between the two
  (``introduced``), by the speaker of the next quote in its paragraph (``next_quote``) or by the
  person named right after it (``next_sentence``). A person named inside the quote is not its
  speaker, and a quote in the first person singular is not spoken by a group.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from typing import Callable, Optional, Sequence

from quotes.content import Candidate
from quotes.documents import Document
from quotes.lexicon import Lexicon
from quotes.narrative import NarrativeMention, first_person, sentence_mentions
from quotes.parsing import ParsedDoc, Sentence
from quotes.speakers import Mention, NameIndex, bare, is_plural, make_speaker
from quotes.types import Quote, Speaker

FLOATING_PARAGRAPHS = 2
"""How many paragraphs back a quote without a cue may look for the previous quote's speaker."""
ROLE_WEIGHT: dict[str, float] = {"subject": 1.0, "inverted": 0.9, "other": 0.4, "oblique": 0.3}
"""Salience a mention adds to its entity, by surface role."""
SPEAKER_WEIGHT = 0.6
"""Salience a quote adds to its speaker."""
DECAY = 0.5
"""Salience kept per sentence and per paragraph break."""
WINDOW = 12
"""Sentences (and paragraph breaks) after which a mention no longer counts.

The weights above were chosen by a coordinate and grid search over the development gold sets
(news_nl_dev, gold_nl, gold_discourse_nl; never the validation part), taking the middle of the
broad plateau of best settings rather than its single best point; the search is in
training/tune_tracker.py."""
UNCERTAIN_NAME = 0.6
"""Weight of an entity known only by a name with no sign of being a person ("Koerts", "Italië")."""
MIN_INTRODUCED = 0.1
"""Salience since the previous quote below which a person mentioned in passing does not take over."""
TOPIC_WEIGHT = 0.05
"""Salience each earlier quote adds to its speaker for the rest of the article, up to TOPIC_QUOTES
quotes: the person an article keeps quoting is who it is about."""
TOPIC_QUOTES = 5
SPEAKING_TYPES = frozenset({"person", "anonymous", "name"})


@dataclass(eq=False)
class Entity:
    """A person, group or organisation of the article. ``type`` is ``name`` while nothing shows
    whether a bare name is a person; ``shown`` is how it is presented as a speaker."""

    key: str
    name: str
    type: str
    shown: Speaker
    gender: Optional[str] = None
    plural: bool = False
    quotes: int = 0
    titles: set[str] = field(default_factory=set)
    """person nouns the article put before the name ("trainer")"""
    named: bool = False
    """known by a name, not only by a description"""

    def agrees(self, plural: Optional[bool], gender: Optional[str]) -> bool:
        if plural:
            return self.plural
        if self.plural or self.type not in SPEAKING_TYPES:
            return False
        return gender is None or self.gender in (None, gender)


@dataclass(frozen=True)
class Reference:
    """One mention or quote that makes an entity salient; ``unit`` counts sentences and paragraph breaks."""

    entity: Entity
    start: int
    unit: int
    weight: float
    reported: bool = False
    """inside a reported clause ("Een woordvoerster zei dat Cheney …"): a possible antecedent, but no
    one the narrative introduced"""


@dataclass
class QuoteEvent:
    """A quote already attributed: where it was and who spoke it."""

    start: int
    end: int
    paragraph: int
    entity: Optional[Entity]
    speaker: Speaker


@dataclass
class Discourse:
    """The people and groups of one document and their salience at any point, built as the
    tracker walks forward: :meth:`advance` reads the narrative up to a position."""

    text: str
    sentences: Sequence[Sentence]
    lex: Lexicon
    names: NameIndex
    hidden: Callable[[int], bool]
    """inside a direct quote: never read"""
    reported: Callable[[int], bool] = lambda pos: False
    """inside the content of an indirect or mixed quote"""
    entities: dict[str, Entity] = field(default_factory=dict)
    aliases: dict[str, Entity] = field(default_factory=dict)
    """person nouns that turned out to name someone already named: "de spits" → Thijs Oude Luttikhuis"""
    references: list[Reference] = field(default_factory=list)
    quotes: list[QuoteEvent] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._starts = [s.start for s in self.sentences]
        self._units: list[int] = []  # narrative sentences and paragraph breaks so far
        unit, paragraph = 0, self.sentences[0].paragraph if self.sentences else 0
        for sent in self.sentences:
            unit += (sent.paragraph != paragraph) + (not all(self.hidden(w.start) for w in sent.words))
            paragraph = sent.paragraph
            self._units.append(unit)
        self.mentions = [m for sent in self.sentences
                         for m in sentence_mentions(sent, self.text, self.lex, self.names, self.hidden)]
        self._read = 0
        self.skip: set[int] = set()
        self._clause_subjects: dict[int, set[Entity]] = {}  # sentence -> its subjects so far
        for mention in self.mentions:  # types and genders from every name and new description
            if mention.kind == "name" or (mention.kind == "description" and not mention.definite):
                self._entity_for(mention)

    # -- positions ---------------------------------------------------------------------------
    def sentence_at(self, pos: int) -> Sentence:
        return self.sentences[max(0, bisect_right(self._starts, pos) - 1)]

    def unit(self, pos: int) -> int:
        """Narrative sentences and paragraph breaks before ``pos``: the distance salience decays with."""
        return self._units[max(0, bisect_right(self._starts, pos) - 1)] if self._units else 0

    def paragraph(self, pos: int) -> int:
        return self.sentence_at(pos).paragraph if self.sentences else 0

    # -- entities ----------------------------------------------------------------------------
    def _entity_for(self, mention: NarrativeMention) -> Entity:
        entity = self.entities.get(mention.key)
        shown = Speaker(mention.text, mention.name, mention.start, mention.end, "person", None)
        if entity is None:
            kind = self._name_type(mention) if mention.kind == "name" else \
                self.lex.noun_type(mention.key) or "group"
            entity = Entity(mention.key, mention.name, kind, replace(shown, type=_output_type(kind)),
                            plural=bool(mention.plural), named=mention.kind == "name")
            self.entities[mention.key] = entity
        if mention.person and entity.type in ("name", "place"):
            entity.type = "person"
        elif mention.place and entity.type == "name":
            entity.type = "place"
        entity.gender = entity.gender or mention.gender
        if mention.title:
            entity.titles.add(mention.title)
        return entity

    def _name_type(self, mention: NarrativeMention) -> str:
        name = mention.name
        if name in self.lex.organizations or (name.isupper() and 2 <= len(name) <= 6) \
                or self.lex.noun_type(name.split()[-1]) == "organization":
            return "organization"
        return "person" if mention.person else "name"

    def entity_of(self, speaker: Speaker, mention: Optional[Mention]) -> Entity:
        """The entity a cue's speaker is (made when new): by canonical name, else by head noun."""
        key = speaker.name.lower()
        if key not in self.entities and mention is not None and speaker.name == speaker.mention:
            head = mention.head_word.text.lower()
            key = head if self.lex.noun_type(head) else key
        entity = self.entities.get(key)
        if entity is None:
            entity = Entity(key, speaker.name, speaker.type, speaker,
                            plural=is_plural(mention) if mention is not None and not mention.is_pronoun else False,
                            named=speaker.name != speaker.mention or speaker.name[:1].isupper())
            self.entities[key] = entity
        elif entity.type == "name" and speaker.type == "person":
            entity.type = "person"
        return entity

    # -- reading forward ---------------------------------------------------------------------
    def advance(self, pos: int) -> None:
        """Read the narrative mentions before ``pos``: names and descriptions make their entity
        salient, pronouns are resolved and make their antecedent salient."""
        while self._read < len(self.mentions) and self.mentions[self._read].start < pos:
            mention = self.mentions[self._read]
            self._read += 1
            if mention.start in self.skip:
                continue
            described = self.referent(mention.key, mention.gender, mention.start) \
                if mention.definite and not mention.plural else None
            if mention.kind == "pronoun":
                binding = self._clause_subjects.get(mention.sentence, set()) if mention.object else set()
                entity = self.antecedent(mention.start, mention.plural, mention.gender, binding)
            elif described is not None:
                entity = described
            else:
                entity = self._entity_for(mention)
                entity.shown = replace(entity.shown, mention=mention.text, start=mention.start, end=mention.end)
            if entity is not None:
                self._refer(entity, mention.start, ROLE_WEIGHT[mention.role], self.reported(mention.start))
                if mention.role in ("subject", "inverted"):
                    self._clause_subjects.setdefault(mention.sentence, set()).add(entity)

    def referent(self, noun: str, gender: Optional[str], pos: int) -> Optional[Entity]:
        """The named entity a definite description stands for ("De 21-jarige spits" after "de avond
        van Thijs Oude Luttikhuis", "het bedrijf" after "Zuivelbedrijf Noordmelk"): one seen under
        that noun before, else the most salient named person of the same gender whose titles do not
        say otherwise (for a person noun) or named organisation (for an organisation noun); None for
        someone new."""
        known = self.aliases.get(noun)
        if known is not None or noun in self.entities:
            return known
        organisation = self.lex.noun_type(noun) == "organization"
        options = [(score, e) for e, score in self.salience(pos).items() if e.named and (
            e.type in ("organization", "name") if organisation else
            e.type == "person" and e.agrees(False, gender) and (not e.titles or noun in e.titles))]
        if not options:
            return None
        entity = max(options, key=lambda o: o[0])[1]
        self.aliases[noun] = entity
        return entity

    def _refer(self, entity: Entity, pos: int, weight: float, reported: bool = False) -> None:
        self.references.append(Reference(entity, pos, self.unit(pos), weight, reported))

    def spoke(self, event: QuoteEvent) -> None:
        self.quotes.append(event)
        if event.entity is not None:
            event.entity.quotes += 1
            self._refer(event.entity, event.start, SPEAKER_WEIGHT)

    # -- salience ----------------------------------------------------------------------------
    def salience(self, pos: int, since: int = -1, narrative: bool = False) -> dict[Entity, float]:
        """Each entity's salience at ``pos``, from the references after ``since`` and in the window
        (with ``narrative``, those outside reported clauses only)."""
        now = self.unit(pos)
        scores: dict[Entity, float] = {}
        first = bisect_left([r.unit for r in self.references], now - WINDOW)
        for ref in self.references[first:]:
            if ref.start >= pos or ref.start < since or (narrative and ref.reported):
                continue
            factor = UNCERTAIN_NAME if ref.entity.type == "name" else 1.0
            scores[ref.entity] = scores.get(ref.entity, 0.0) + ref.weight * factor * DECAY ** (now - ref.unit)
        return {e: s + TOPIC_WEIGHT * min(e.quotes, TOPIC_QUOTES) for e, s in scores.items()}

    def last_mentions(self, pos: int) -> dict[Entity, int]:
        """Where each entity was last referred to before ``pos``."""
        return {r.entity: r.start for r in self.references if r.start < pos}

    def antecedent(self, pos: int, plural: Optional[bool], gender: Optional[str],
                   binding: frozenset[Entity] | set[Entity] = frozenset()) -> Optional[Entity]:
        """The most salient entity a pronoun at ``pos`` can stand for (an object pronoun not the
        subject of its own sentence: ``binding``)."""
        options = [(score, e) for e, score in self.salience(pos).items()
                   if e.agrees(plural, gender) and e not in binding]
        if not options:
            return self._fallback(pos, plural, gender, binding)
        entity = max(options, key=lambda o: o[0])[1]
        if entity.type == "name" and not plural:
            entity.type = "person"  # "hij" showed it: a person
        if gender and not plural:
            entity.gender = entity.gender or gender
        return entity

    def _fallback(self, pos: int, plural: Optional[bool], gender: Optional[str],
                  binding: frozenset[Entity] | set[Entity]) -> Optional[Entity]:
        """Past the window: the person who spoke most so far, else the last one mentioned."""
        earlier = [r.entity for r in self.references if r.start < pos and r.entity.agrees(plural, gender)
                   and r.entity.type != "name" and r.entity not in binding]
        if not earlier:
            return None
        return max(reversed(earlier), key=lambda e: e.quotes)


class SpeakerTracker:
    """Decides the speaker of every candidate of a document, in text order (see the module doc)."""

    def __init__(self, parsed: ParsedDoc, lex: Lexicon, names: NameIndex, sentences: Sequence[Sentence],
                 hidden: Callable[[int], bool], reported: Callable[[int], bool] = lambda pos: False) -> None:
        self.text, self.lex, self.names = parsed.text, lex, names
        self.sentences = sentences
        self.discourse = Discourse(parsed.text, sentences, lex, names, hidden, reported)

    def speaker(self, cand: Candidate, following: Sequence[Candidate]) -> Optional[Speaker]:
        if cand.mention is None:
            self.discourse.advance(cand.start)
            return self.floating(cand, following)
        self.discourse.advance(min(cand.start, cand.mention.start))
        if cand.mention.is_pronoun:
            return self._pronoun(cand)
        speaker = make_speaker(cand.mention, self.text, self.names, self.lex)
        return self._definite(cand.mention, speaker) or self._described(cand.mention, speaker) or speaker

    def _described(self, mention: Mention, speaker: Speaker) -> Optional[Speaker]:
        """"zegt de topman", "volgens de organisatie": a definite description at a cue names the
        person or organisation the article named before, if one fits."""
        words = mention.words
        if speaker.name != speaker.mention or speaker.resolved_from or words[0].text.lower() not in ("de", "het") \
                or len(words) > 3 or not self.lex.noun_type(mention.head_word.text):
            return None
        head = mention.head_word.text
        entity = self.discourse.referent(head.lower(), self.lex.gender_of(head), mention.start)
        if entity is None:
            return None
        kind = "organization" if self.lex.noun_type(head) == "organization" else _output_type(entity.type)
        return replace(speaker, name=entity.name, type=kind, resolved_from="definite")  # type: ignore[arg-type]

    def _pronoun(self, cand: Candidate) -> Speaker:
        mention = cand.mention
        assert mention is not None
        self.discourse.advance(mention.start)
        self.discourse.skip.add(mention.start)  # resolved here, not again as narrative
        form = bare(mention.head_word)
        number, gender = self.lex.pronouns.get(form, ("any", "any"))
        plural = cand.cue.plural if cand.cue is not None and cand.cue.word.upos != "ADP" else None
        want_plural = plural if number == "any" else number == "pl"
        want_gender = None if gender == "any" else gender
        if want_gender is None and want_plural is False and form in ("ze", "zij"):
            want_gender = "f"
        entity = self.discourse.antecedent(mention.start, want_plural, want_gender)
        end = mention.start + len(form)
        mention_text = self.text[mention.start:end]
        if entity is None:
            return Speaker(mention_text, mention_text, mention.start, end, "pronoun", None)
        return Speaker(mention_text, entity.name, mention.start, end, _output_type(entity.type), "pronoun")

    def _definite(self, mention: Mention, speaker: Speaker) -> Optional[Speaker]:
        """"de diplomaat" after "een Oekraïense diplomaat": a definite noun phrase without a name is
        the earlier speaker with the same head noun."""
        words = mention.words
        if speaker.name != speaker.mention or words[0].text.lower() not in ("de", "het") or len(words) > 3:
            return None
        head = mention.head_word.text.lower()
        for event in reversed(self.discourse.quotes):
            earlier = event.speaker
            if earlier.start < mention.start and earlier.mention.lower().split()[-1:] == [head] \
                    and earlier.mention.lower() != speaker.mention.lower():
                return replace(speaker, name=earlier.name, type=earlier.type, resolved_from="definite")
        return None

    def floating(self, cand: Candidate, following: Sequence[Candidate]) -> Optional[Speaker]:
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
            return replace(best.shown, name=best.name, type=_output_type(best.type), resolved_from=how)
        return self._ahead(cand, following, paragraph, allowed)

    def _after(self, previous: QuoteEvent) -> int:
        """Where the narrative after a quote starts: after its cue's sentence when the cue follows
        the quote ("…”, beaamde Bellaart, die begin dit jaar Maurits Hendriks opvolgde."), else
        right after the quote."""
        if previous.speaker.start >= previous.end:
            return max(previous.end, self.discourse.sentence_at(previous.speaker.start).end)
        return previous.end

    def _ahead(self, cand: Candidate, following: Sequence[Candidate], paragraph: int,
               allowed: Callable[[Entity], bool]) -> Optional[Speaker]:
        """The speaker of the next quote in the paragraph, else a person named right after."""
        for other in following:
            if self.discourse.paragraph(other.start) != paragraph:
                break
            if other.mention is not None and not other.mention.is_pronoun:
                speaker = make_speaker(other.mention, self.text, self.names, self.lex)
                return replace(speaker, resolved_from="next_quote")
        after = self.discourse.sentence_at(cand.end).index
        for mention in self.discourse.mentions:
            if mention.start < cand.end or self.discourse.hidden(mention.start):
                continue
            if mention.sentence > after + 1:
                break
            entity = self.discourse.entities.get(mention.key)
            if mention.kind != "pronoun" and entity is not None and allowed(entity) and entity.type != "name":
                return Speaker(mention.text, entity.name, mention.start, mention.end, _output_type(entity.type),
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
        return next((s.start for s in self.sentences if s.paragraph >= paragraph), 0)

    def remember(self, cand: Candidate, speaker: Speaker) -> None:
        entity = None
        if speaker.type not in ("pronoun", "unknown"):
            mention = cand.mention if cand.mention is not None and not cand.mention.is_pronoun else None
            entity = self.discourse.entity_of(speaker, mention)
            if speaker.resolved_from is None:
                entity.shown = speaker
        self.discourse.spoke(QuoteEvent(cand.start, cand.end, self.discourse.paragraph(cand.start), entity, speaker))


def _output_type(kind: str) -> str:
    """The speaker type a record shows: a bare name that spoke is a person; a group ("de boeren") is
    typed by no list, so unknown."""
    return {"name": "person", "group": "unknown"}.get(kind, kind)


def _unknown(start: int) -> Speaker:
    return Speaker("", "", start, start, "unknown", None)


def resolve(doc: Document, parsed: ParsedDoc, candidates: list[Candidate], tracker: SpeakerTracker) -> list[Quote]:
    """Number the candidates as quotes, each with the speaker the tracker decides."""
    quotes: list[Quote] = []
    for position, cand in enumerate(candidates):
        speaker = tracker.speaker(cand, candidates[position + 1:])
        confidence = cand.confidence
        if speaker is None:
            speaker, confidence = _unknown(cand.start), confidence * 0.5
        else:
            tracker.remember(cand, speaker)
        quotes.append(Quote(doc.id, f"{doc.id}#{len(quotes) + 1}", cand.kind, parsed.text[cand.start:cand.end],  # type: ignore[arg-type]
                            cand.start, cand.end, speaker, cand.cue.to_cue() if cand.cue else None, cand.method,
                            round(min(confidence, 1.0), 3), meta=dict(doc.meta)))
    return quotes
