"""Cue detection: which words of a sentence mark reported speech.

A cue is a verb of the lexicon (``lang/nl/cues_nl.tsv``) found by its word form, so a wrong lemma from
the lemmatizer does not hide it, with its separable particle ("gaf … aan") found by the tree
(``compound:prt``) or, when the tree is implausible, on the surface; or a multi-word cue ("liet
weten"); or a marker word ("aldus", "volgens"). Word forms after "te" ("is niet te zeggen") and the
patterns of ``lang/nl/nonquote_phrases_nl.tsv`` ("dat wil zeggen") are not cues.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from quotes.lexicon import CATEGORY_CONFIDENCE, CueEntry, Lexicon
from quotes.parsing import Sentence, Word
from quotes.types import Cue

_NOT_VERB = frozenset({"NOUN", "ADP", "ADV", "DET", "PRON", "NUM", "CCONJ", "SCONJ"})
"""Tags that rule a form out as a cue verb: "de vraag", "het antwoord", "uit Kiev", "came back"."""
_CLAUSE_STOP = frozenset({",", ";", ":", ".", "!", "?", '"', "'", "(", ")"})


@dataclass(frozen=True)
class CueHit:
    """A cue verb (or marker) in a sentence; ``particle`` is the particle's word index if separate."""

    sentence: Sentence
    word: Word
    entry: CueEntry
    particle: Optional[int] = None

    @property
    def weight(self) -> float:
        return CATEGORY_CONFIDENCE.get(self.entry.category, 0.8)

    def plural(self, lex: Lexicon) -> bool:
        """Whether the cue verb is plural: its Number feature, else its ending."""
        number = self.word.feat("Number")
        if number:
            return number == "Plur"
        return lex.ends_with(self.word.text, "infinitive_suffix")

    def to_cue(self, text: str) -> Cue:
        """The cue of a record: the verb, or every word of a marker ("According to", "naar eigen zeggen")."""
        start = self.word.start
        if "marker" in self.entry.frames:
            start = self.sentence.words[max(0, self.word.i + 1 - len(self.entry.lemma.split()))].start
        return Cue(text[start:self.word.end], self.entry.lemma, start, self.word.end)


def _blocked(sentence: Sentence, i: int, lex: Lexicon) -> bool:
    """A form that is no cue here: an infinitive after "te", or inside a non-quote pattern."""
    words = [w.text.lower() for w in sentence.words]
    if i > 0 and lex.in_class(words[i - 1], "infinitive_marker"):
        return True
    if i > 0 and sentence.words[i - 1].upos == "DET" and lex.in_class(words[i - 1], "noun_determiner"):
        return True  # het zeggen: a noun
    if i > 0 and sentence.words[i - 1].feat("Poss") == "Yes" and sentence.words[i].feat("VerbForm") != "Fin":
        return True  # "on its terms", "thanked Congress for its support": a noun after a possessive
    for pattern in lex.nonquote_patterns:
        star = pattern.index("*") if "*" in pattern else 0
        begin = i - star
        if begin < 0 or begin + len(pattern) > len(words):
            continue
        if all(p == "*" or p == words[begin + k] for k, p in enumerate(pattern)):
            return True
    return False


def _verb_after_subject(sentence: Sentence, word: Word) -> bool:
    """'," Bozell answers.': a cue form the tagger called a noun, right after a name or pronoun and
    closing the clause, is the verb."""
    i = word.i
    after = sentence.words[i + 1].text if i + 1 < len(sentence.words) else "."
    return word.upos == "NOUN" and i > 0 and sentence.words[i - 1].upos in ("PROPN", "PRON") \
        and after in (".", ",", "!", "?", ";")


def _marker_at(low: Sequence[str], i: int, words: tuple[str, ...]) -> bool:
    """Whether the words of a marker end at token ``i`` of the lowercased tokens ``low`` ("naar
    eigen zeggen", "according to")."""
    start = i - len(words) + 1
    return start >= 0 and tuple(low[start:i + 1]) == words


def _reflexive(sentence: Sentence, verb: Word, entry: CueEntry, lex: Lexicon) -> bool:
    """"meldde Boogerd zich bij de ploegleiderswagen": a verb that is no speech with "zich"."""
    return "reflexive_no" in entry.frames and any(lex.in_class(w.text, "reflexive")
                                                  for w in sentence.words[verb.i + 1:verb.i + 4])


def _particle_index(sentence: Sentence, verb: Word, particle: str, lex: Lexicon) -> Optional[int]:
    """Where the separable particle of ``verb`` stands: its compound:prt child, or the first
    matching word after the verb in the same clause (up to the complementizer or a comma)."""
    for child in sentence.children(verb.i):
        if child.deprel == "compound:prt" and child.text.lower() == particle:
            return child.i
    for word in sentence.words[verb.i + 1:]:
        if lex.in_class(word.text, "complementizer"):
            return _particle_after_pronoun(sentence, word.i, particle)
        if word.text in _CLAUSE_STOP:
            break
        if word.text.lower() == particle:
            return word.i
    for word in reversed(sentence.words[:verb.i]):  # subordinate order: dat hij het aan gaf
        if word.text in _CLAUSE_STOP:
            break
        if word.text.lower() == particle and word.i == verb.i - 1:
            return word.i
    return None


def _particle_after_pronoun(sentence: Sentence, at: int, particle: str) -> Optional[int]:
    """"maakte dat maandag bekend.": after an object "dat" the particle closes the clause within a
    few words; otherwise "dat" opens the complement and the particle is not there."""
    for word in sentence.words[at + 1:at + 4]:
        if word.text.lower() == particle:
            after = sentence.words[word.i + 1].text if word.i + 1 < len(sentence.words) else "."
            return word.i if after in ".!?,;" else None
    return None


def _companion_present(sentence: Sentence, verb: Word, companion: str) -> bool:
    window = sentence.words[max(0, verb.i - 4):verb.i + 8]  # "laat wethouder Gerrit Lanting van Borger weten"
    return any(w.text.lower() == companion for w in window if w.i != verb.i)


def _choose(sentence: Sentence, word: Word, entries: tuple[CueEntry, ...], lex: Lexicon) -> Optional[CueHit]:
    """Among the entries a form can belong to, the one whose particle or companion is present;
    otherwise a plain verb entry, which may not take a particle that is absent."""
    form = word.text.lower()
    for entry in entries:
        if entry.companion and _companion_present(sentence, word, entry.companion):
            return CueHit(sentence, word, entry)
    for entry in entries:
        if entry.particle and form.startswith(entry.particle) and entry.lemma != form[len(entry.particle):]:
            return CueHit(sentence, word, entry)  # joined form: aangegeven, aangaf
        if entry.particle:
            index = _particle_index(sentence, word, entry.particle, lex)
            if index is not None:
                return CueHit(sentence, word, entry, index)
    plain = [e for e in entries if not e.particle and not e.companion]
    return CueHit(sentence, word, plain[0]) if plain else None


def find_cues(sentence: Sentence, lex: Lexicon) -> list[CueHit]:
    """Every cue verb and marker of a sentence, in order."""
    hits: list[CueHit] = []
    tokens = [w.text.lower() for w in sentence.words]
    for word in sentence.words:
        low = tokens[word.i]
        marker = lex.markers.get(low)
        if marker is not None and _marker_at(tokens, word.i, marker[0]):
            words, kind, category = marker
            hits.append(CueHit(sentence, word, CueEntry(" ".join(words), category, frozenset({"marker", kind}))))
            continue
        entries = lex.cue_entries(low)
        if not entries or word.upos in _NOT_VERB and (word.upos != "NOUN" or low in lex.noun_like) \
                and not _verb_after_subject(sentence, word):
            continue
        if _blocked(sentence, word.i, lex):
            continue
        hit = _choose(sentence, word, entries, lex)
        if hit is not None and not _reflexive(sentence, word, hit.entry, lex):
            hits.append(hit)
    return hits


_MARK_TOKENS = frozenset({'"', "'", "“", "”", "„", "‘", "’", "«", "»", "‹", "›", "‚", ",,", "''"})


def _is_mark(token: str) -> bool:
    """A quote mark token, or a word the tokenizer glued to a double quote ("Zelensky”"); an
    apostrophe inside a word (zo'n, auto's) is none."""
    return token in _MARK_TOKENS or token[:1] in '"“”„«»' or token[-1:] in '"“”„«»'


def _cue_possible(token: str, words: frozenset[str], lex: Lexicon) -> bool:
    """Whether a form can be a cue in a sentence with these words: a plain cue verb, a joined
    separable form (aangegeven), or a split one whose particle or companion is present too."""
    entries = lex.cue_entries(token)
    for entry in entries:
        if entry.frames <= _QUOTE_ONLY:
            continue  # "lachte hij", "wist Jansen": a cue only beside a quote mark, which selects the sentence
        extra = entry.particle or entry.companion
        if extra is None or extra in words or token.lower().startswith(extra):
            return True
    return False


_QUOTE_ONLY = frozenset({"quote", "reflexive_no", "animate"})


def _holds_quote(tokens: tuple[str, ...], lex: Lexicon) -> bool:
    """A quote mark, a marker word or a cue verb that can be one here: the sentence may quote."""
    words = frozenset(t.lower() for t in tokens)
    low = [t.lower() for t in tokens]
    return any(_is_mark(t) or _cue_possible(t, words, lex) or lex.in_class(t, "attribution_noun") for t in tokens) or any(
        t in lex.markers and _marker_at(low, k, lex.markers[t][0])  # "according to", not any "to"
        for k, t in enumerate(low))


COLON_SOURCE_WORDS = 6
"""At most this many words before the colon of a "Source: claim" line ("John McCain: …")."""


def colon_claim_shape(tokens: Sequence[str], lex: Lexicon) -> Optional[int]:
    """Where the colon of a "Source: claim" line stands ("Paul Ryan: FBI Decision Defies
    Explanation", "TAPPER: And obviously …"), from its tokens alone, in a language whose news
    writes claims so (setting ``colon_claims``): a colon after one to COLON_SOURCE_WORDS words that
    open with a capital, no comma or label word ("Update:", "Exclusive:") among them, and three
    words or more after it that do not open with a quote mark (a quote after a colon is direct)."""
    if not lex.setting("colon_claims", 0):
        return None
    colon = next((k for k, t in enumerate(tokens[:COLON_SOURCE_WORDS + 1]) if t == ":"), None)
    if not colon or not tokens[0][:1].isupper() or len(tokens) - colon - 1 < 3 or _is_mark(tokens[colon + 1]):
        return None
    if any(t == "," or lex.in_class(t, "colon_label") for t in tokens[:colon]):
        return None
    return colon


def _object_dat(low: list[str], lex: Lexicon) -> bool:
    """"Kok maakte dat maandag bekend.": a "dat"/"dit" near the end of the sentence is an object
    pointing back to the previous sentence."""
    return any(lex.in_class(t, "object_demonstrative") and len(low) - i <= 4 for i, t in enumerate(low))


def select_sentences(sentences: Sequence[tuple[str, ...]], lex: Lexicon) -> set[int]:
    """The sentences the attribution rules read, from their tokens alone: those that can hold or
    attribute a quote, and the sentence before one whose speaker or content may lie there (a
    pronoun speaker, "Dat zegt X")."""
    chosen: set[int] = set()
    for k, tokens in enumerate(sentences):
        if not _holds_quote(tokens, lex) and colon_claim_shape(tokens, lex) is None:
            continue
        chosen.add(k)
        low = [t.lower() for t in tokens]
        if k and (low[:1] and lex.in_class(low[0], "look_back") or any(t in lex.pronouns for t in low)
                  or _object_dat(low, lex)):
            chosen.add(k - 1)
    return chosen
