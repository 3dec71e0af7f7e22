"""Speaker tracking: who speaks, across sentences and paragraphs.

Walks the candidates of a document in text order, turning each mention at a cue into a speaker,
resolving pronouns to earlier speakers and sentence subjects, and giving quotes without a cue of
their own the speaker of an adjacent quote.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional, Sequence

from quotes import content
from quotes.content import Candidate
from quotes.documents import Document
from quotes.lexicon import Lexicon
from quotes.parsing import ParsedDoc, Sentence
from quotes.speakers import Mention, NameIndex, bare, is_plural, make_speaker, mention_at, name_runs
from quotes.types import Quote, Speaker

FLOATING_PARAGRAPHS = 2
"""How many paragraphs back a quote without a cue may look for the speaker of an adjacent quote."""


class Resolver:
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


def resolve(doc: Document, parsed: ParsedDoc, candidates: list[Candidate], resolver: Resolver) -> list[Quote]:
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
