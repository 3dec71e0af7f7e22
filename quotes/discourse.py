"""The discourse model of one document: the people, groups and organisations it mentions and how
salient each is at any point.

The :class:`Discourse` follows every :class:`Entity` an article mentions (name, type, gender where
known, the titles put before its name, the quotes it spoke) and gives each a salience that rises
with every mention, more for a subject than for an object and most for the speaker of a quote, and
halves with every sentence and paragraph break (after Lappin and Leass 1994, "An algorithm for
pronominal anaphora resolution", Computational Linguistics 20(4)). Mentions in the narrative come
from :mod:`quotes.narrative`; mentions inside quotes never count, those inside reported clauses
count as antecedents but introduce no one. :mod:`quotes.tracking` consults it for every speaker.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from typing import Callable, Optional, Sequence

from quotes.lexicon import Lexicon
from quotes.names import NameIndex
from quotes.narrative import NarrativeMention, sentence_mentions
from quotes.parsing import Sentence
from quotes.speakers import Mention, is_plural
from quotes.types import Speaker

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
        self.mention_starts = [m.start for m in self.mentions]
        self._reach: list[int] = []  # running maximum of the references' units
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
            entity = Entity(mention.key, mention.name, kind, replace(shown, type=output_type(kind)),
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
                            plural=is_plural(mention, self.lex) if mention is not None and not mention.is_pronoun else False,
                            named=speaker.name != speaker.mention or speaker.name[:1].isupper())
            self.entities[key] = entity
        elif entity.type == "name" and speaker.type == "person":
            entity.type = "person"
        if not entity.named and speaker.name != entity.name and speaker.name.lower().startswith(entity.name.lower()):
            entity.name = speaker.name  # "A spokeswoman" read in the narrative is "A spokeswoman for the Foreign Office"
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
        unit = self.unit(pos)
        self.references.append(Reference(entity, pos, unit, weight, reported))
        self._reach.append(max(unit, self._reach[-1]) if self._reach else unit)

    def _recent(self, pos: int) -> list[Reference]:
        """The references in the window before ``pos``, in the order they were made. References are
        made almost in text order (a quote's after the names read up to its cue), so the running
        maximum of their units finds where the window starts by binary search."""
        oldest = self.unit(pos) - WINDOW
        first = bisect_left(self._reach, oldest)
        return [r for r in self.references[first:] if r.unit >= oldest and r.start < pos]

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
        for ref in self._recent(pos):
            if ref.start < since or (narrative and ref.reported):
                continue
            factor = UNCERTAIN_NAME if ref.entity.type == "name" else 1.0
            scores[ref.entity] = scores.get(ref.entity, 0.0) + ref.weight * factor * DECAY ** (now - ref.unit)
        return {e: s + TOPIC_WEIGHT * min(e.quotes, TOPIC_QUOTES) for e, s in scores.items()}

    def last_mentions(self, pos: int) -> dict[Entity, int]:
        """Where each entity was last referred to in the window before ``pos``."""
        return {r.entity: r.start for r in self._recent(pos)}

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


def output_type(kind: str) -> str:
    """The speaker type a record shows: a bare name that spoke is a person; a group ("de boeren") is
    typed by no list, so unknown."""
    return {"name": "person", "group": "unknown"}.get(kind, kind)
