"""Speakers: the mention at a cue, its canonical name across the article, its type, and pronouns.

The subject of a cue verb comes from the tree when the tree is plausible (a nominal ``nsubj`` of the
verb, not a time word, not inside a quote) and otherwise from the surface: the noun phrase right
after the verb when the cue is inverted ("…”, zei de Turkse president Erdogan vrijdag"), else the
one right before it ("Een Britse bron zei"). Noun phrases are grown from their head over determiners,
adjectives, titles and names, stopping at time words ("vrijdag") and punctuation; an affiliation
("een woordvoerder van het ministerie") is kept. Names are runs of capitalised words without the
titles; a short name is resolved to the longest name in the article that ends with it
("Costa" → "Antonio Costa").
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from quotes.lexicon import Lexicon
from quotes.names import NameIndex, name_runs
from quotes.parsing import Sentence, Word
from quotes.types import Speaker

_NP_LEFT = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN", "X"})


@dataclass(frozen=True)
class Mention:
    """A noun phrase in a sentence: word indices ``first``..``last`` (inclusive) and its head."""

    sentence: Sentence
    first: int
    last: int
    head: int
    pronoun: bool = False
    stands_for: Optional["Mention"] = None
    """for a relative pronoun at a cue ("Graham, who said …"), the noun phrase it stands for"""

    @property
    def words(self) -> tuple[Word, ...]:
        return self.sentence.words[self.first:self.last + 1]

    @property
    def start(self) -> int:
        return self.sentence.words[self.first].start

    @property
    def end(self) -> int:
        return self.sentence.words[self.last].end

    @property
    def head_word(self) -> Word:
        return self.sentence.words[self.head]

    @property
    def is_pronoun(self) -> bool:
        return self.pronoun or (self.first == self.last and self.head_word.upos == "PRON")


def bare(word: Word) -> str:
    """The word lowercased without a full stop the tokenizer may have glued to it ("ze.")."""
    return word.text.lower().rstrip(".")


def _capitalised(word: Word) -> bool:
    return word.text[:1].isupper() and any(c.isalpha() for c in word.text)


def _name_like(word: Word, lex: Lexicon) -> bool:
    return (word.upos == "PROPN" or (_capitalised(word) and word.i > 0)) and not lex.is_temporal(word.text) \
        and word.upos != "ADJ"


def _np_word(word: Word, lex: Lexicon) -> bool:
    if lex.is_temporal(word.text) or (lex.in_class(word.text, "non_speaking_pronoun") and word.upos != "DET") \
            or word.upos in ("SCONJ", "CCONJ"):  # "While Ramos said", "But Trump said": no part of the name
        return False
    particle = word.text.lower() in lex.name_particles and word.upos != "ADP"  # "De Wever", not "te gokken"
    return word.upos in _NP_LEFT or _capitalised(word) or particle \
        or lex.is_title(word.text)  # "aldus boerenvoorman J. van 't Hof" with the title tagged as a verb


def _grow_right(sent: Sentence, last: int, lex: Lexicon) -> int:
    """Extend over nouns and names (with particles inside names) and one affiliation phrase."""
    words = sent.words
    while last + 1 < len(words):
        nxt = words[last + 1]
        if _name_like(nxt, lex) or (nxt.upos in ("NOUN", "PROPN") and not lex.is_temporal(nxt.text)):
            last += 1
        elif nxt.text.lower() in lex.name_particles and _capitalised(words[last]) \
                and not lex.is_title(words[last].text) and _name_after_particles(words, last + 1, lex):
            last += 1  # "J. van 't Hof", "Cees van der Linden"
        else:
            break
    return _affiliation(sent, last, lex)


def _name_after_particles(words: Sequence[Word], j: int, lex: Lexicon) -> bool:
    while j < len(words) and words[j].text.lower() in lex.name_particles:
        j += 1
    return j < len(words) and _capitalised(words[j])


def _affiliation(sent: Sentence, last: int, lex: Lexicon, depth: int = 2) -> int:
    """Keep a van/voor phrase: "een woordvoerder van het ministerie", "de staatssecretaris voor
    Asiel en Migratie", "het Centraal Bureau voor de Statistiek" (after a name only with an article),
    and one nested in it: "een woordvoerster van het ministerie van justitie"."""
    words = sent.words
    if last + 2 >= len(words) or not lex.in_class(words[last + 1].text, "affiliation"):
        return last
    if words[last].upos == "PROPN" and not (words[last + 2].upos == "DET" and last + 3 < len(words)
                                            and _capitalised(words[last + 3])):
        return last
    j = last + 2
    while j < len(words) and words[j].upos in ("DET", "ADJ") and not lex.is_temporal(words[j].text):
        j += 1
    end = j - 1
    while j < len(words) and not lex.is_temporal(words[j].text) and (
            words[j].upos in ("NOUN", "PROPN") or _capitalised(words[j])
            or lex.in_class(words[j].text, "name_conjunction") and words[j].text.islower() and j + 1 < len(words)
            and _capitalised(words[j + 1])):
        end = j
        j += 1
    if end >= last + 2 and (words[end].upos in ("NOUN", "PROPN", "X") or _capitalised(words[end])):
        return _affiliation(sent, end, lex, depth - 1) if depth > 1 else end
    return last


def _apposition(sent: Sentence, last: int, lex: Lexicon, head: int) -> int:
    """"De staatssecretaris voor Asiel, Anneleen Van Bossuyt, houdt …", "de gouverneur van
    Oost-Vlaanderen, Jan Brouckaert,": a name between commas after a noun phrase belongs to it."""
    words = sent.words
    if last + 2 >= len(words) or words[last + 1].text != "," \
            or (words[head].upos == "PROPN" and words[head].text not in lex.portfolios):
        return last  # "Costa, Ursula von der Leyen en …" is a list, not an apposition
    tokens = [w.text for w in words[last + 2:]]
    runs = name_runs(tokens, lex, at_start=False)
    if not runs or runs[0][0] != 0:
        return last
    end = last + 2 + runs[0][1] - 1
    after = words[end + 1] if end + 1 < len(words) else None
    if after is None or after.text in (",", ")", ".") or after.upos in ("VERB", "AUX"):
        return end
    return last


def _grow_left(sent: Sentence, head: int, lex: Lexicon) -> int:
    first = head
    while first > 0:
        prev = sent.words[first - 1]
        if _np_word(prev, lex) or (lex.in_class(prev.text, "possessive") and first - 1 < head):
            first -= 1
        else:
            break
    return first


def mention_at(sent: Sentence, head: int, lex: Lexicon) -> Mention:
    """The noun phrase around word ``head``."""
    word = sent.words[head]
    if word.upos == "PRON" or bare(word) in lex.pronouns:
        return Mention(sent, head, head, head, pronoun=True)
    last = _apposition(sent, _grow_right(sent, head, lex), lex, head)
    first = _grow_left(sent, head, lex)
    return Mention(sent, first, last, _head_of(sent, first, last, lex))


def _head_of(sent: Sentence, first: int, last: int, lex: Lexicon) -> int:
    words = sent.words[first:last + 1]
    nouns = [w.i for w in words if w.upos in ("NOUN", "PROPN", "X") or _capitalised(w)]
    affiliation = next((w.i for w in words if lex.in_class(w.text, "affiliation") and w.i > first), None)
    if affiliation is not None:
        nouns = [i for i in nouns if i < affiliation] or nouns
    return nouns[-1] if nouns else last


def np_after(sent: Sentence, index: int, lex: Lexicon) -> Optional[Mention]:
    """The noun phrase starting right after word ``index`` (an inverted subject)."""
    j = index + 1
    words = sent.words
    while j < len(words) and words[j].deprel == "compound:prt":
        j += 1
    if j >= len(words):
        return None
    word = words[j]
    possessive = (word.feat("Poss") == "Yes" or word.deprel == "nmod:poss") and j + 1 < len(words) \
        and words[j + 1].upos in ("NOUN", "PROPN", "ADJ")  # "according to his campaign documents"
    if (word.upos == "PRON" or bare(word) in lex.pronouns) and not possessive:
        return Mention(sent, j, j, j, pronoun=True) if not lex.in_class(bare(word), "non_speaking_pronoun") else None
    if not (_np_word(word, lex) or possessive) or word.text in ",.;:":
        return None
    head = j + 1 if possessive else j
    while head + 1 < len(words) and words[head].upos in ("DET", "ADJ", "NUM") and _np_word(words[head + 1], lex):
        head += 1
    if (words[head].upos == "DET" or lex.in_class(words[head].text, "article")) and head + 1 < len(words) \
            and words[head + 1].text.isalpha() \
            and words[head + 1].upos not in ("ADP", "ADV", "CCONJ", "SCONJ") and not lex.is_temporal(words[head + 1].text):
        head += 1  # "een omwonende" with the noun tagged as a verb
    if words[head].upos in ("DET", "NUM", "ADV") or words[head].upos == "ADJ" and not _surname(words, head, lex):
        return None
    mention = mention_at(sent, head, lex)
    return Mention(sent, j, max(mention.last, head), mention.head)


def _surname(words: Sequence[Word], i: int, lex: Lexicon) -> bool:
    """"reageert Vandenbussche.": a capitalised word tagged as an adjective with no noun after it is
    a name."""
    nxt = words[i + 1] if i + 1 < len(words) else None
    after_article = i > 0 and lex.in_class(words[i - 1].text, "article")  # "de Japanse": a nationality
    return _capitalised(words[i]) and not after_article and (nxt is None or nxt.upos not in ("NOUN", "PROPN"))


def np_before(sent: Sentence, index: int, lex: Lexicon) -> Optional[Mention]:
    """The noun phrase ending right before word ``index``, skipping a parenthesis and time words."""
    j = index - 1
    words = sent.words
    while j >= 0 and (lex.is_temporal(words[j].text) or words[j].upos == "ADV"
                      or words[j].upos == "ADP" and j + 1 < index and lex.is_temporal(words[j + 1].text)):
        j -= 1  # "Poland's defense minister on Monday urged"
    if j >= 0 and words[j].text == ")":
        while j >= 0 and words[j].text != "(":
            j -= 1
        j -= 1
    if j >= 0 and words[j].text == ",":
        j = _skip_inserted_clause(words, j, lex)
    if j < 0:
        return None
    word = words[j]
    if word.upos == "PRON" or bare(word) in lex.pronouns:
        return Mention(sent, j, j, j, pronoun=True) if not lex.in_class(bare(word), "non_speaking_pronoun") else None
    if not _np_word(word, lex) or (word.upos in ("DET", "ADJ") and not _capitalised(word)):
        return None  # a capitalised "adjective" ends a name: "Anneke de Groot"
    first = _grow_left(sent, j, lex)
    owner = first - 2  # "Critics at home say", "Analysts at Barclays said": the noun before the place
    if owner >= 0 and words[owner + 1].upos == "ADP" and words[owner].upos == "NOUN" \
            and lex.noun_type(words[owner].text) is not None and (
            lex.in_class(words[owner + 1].text, "place_preposition") or lex.in_class(words[owner + 1].text, "affiliation")):
        outer = _grow_left(sent, owner, lex)
        return Mention(sent, outer, j, owner)
    return Mention(sent, first, j, _head_of(sent, first, j, lex))


def over_possessor(sent: Sentence, first: int) -> int:
    """The first word of a noun phrase starting at ``first`` taken back over a possessor and its
    determiner ("the alliance's former secretary general", "the campaign's director"), up to a comma."""
    words, start = sent.words, first
    while first > 2 and start - first < 4 and words[first - 1].text != "," \
            and words[first - 1].upos in ("DET", "NOUN", "PROPN", "ADJ", "PART"):
        first -= 1
    return first


def _skip_inserted_clause(words: Sequence[Word], comma: int, lex: Lexicon) -> int:
    """Before ", liet weten": a name between commas ("de ambassadeur, Olena Kovalenko,") is the
    subject; a relative clause or a common-noun apposition (", die de trui verloor,", ", eigenaar van
    een koffiezaak,") is skipped back to the noun phrase before it."""
    opening = next((k for k in range(comma - 1, -1, -1) if words[k].text == ","), None)
    if opening is None or opening + 1 >= comma:
        return comma - 1
    inserted = words[opening + 1:comma]
    if lex.in_class(inserted[0].text, "relative") or not inserted[0].text[:1].isupper():
        return opening - 1
    return comma - 1




def name_tokens(mention: Mention, lex: Lexicon) -> list[Word]:
    """The speaker's own name inside a mention: the first name run that is not an affiliation
    ("een woordvoerder van de Europese Commissie" has none; "minister van Defensie Koen Verlinden"
    has one, since only a portfolio stands between "van" and the name)."""
    words = mention.words
    tokens = [w.text for w in words]
    tags = [w.upos for w in words]
    for a, b in name_runs(tokens, lex, tags, at_start=mention.first == 0):
        link = next((k for k in range(a - 1, -1, -1) if lex.in_class(tokens[k], "affiliation") or tokens[k] == ","),
                    None)  # after a comma the name is an apposition: "de gouverneur van X, Jan Brouckaert"
        if link is not None and tokens[link] != "," and (not any(t in lex.portfolios for t in tokens[link + 1:a])
                                                         or lex.noun_type(tokens[b - 1]) is not None):
            continue  # "a spokeswoman for the German Foreign Office": a portfolio before an organisation's noun
        after = b
        while after < len(tokens) - 1 and tokens[after][:1].isupper() and lex.noun_type(tokens[after]) is None:
            after += 1  # capitalised modifiers of the noun: "Senate Minority Whip Dick Durbin"
        head = after
        while head < min(len(tokens) - 1, after + 3) and tags[head] in ("NOUN", "PROPN") and tokens[head].islower() \
                and lex.noun_type(tokens[head]) is None:
            head += 1  # nouns of a compound before its head: "White House press secretary Josh Earnest"
        if not lex.closed_compounds and head < len(tokens) and lex.noun_type(tokens[head]) is not None:
            continue  # a name before a noun modifies it: "Pentagon spokesman John Kirby", "the Vermont senator"
        return list(words[a:b])
    return []


def speaker_type(mention: Mention, name: str, lex: Lexicon) -> str:
    """person, organization, anonymous, pronoun or unknown, from the name and the common noun
    that describes it ("actiegroep Farmers Defence Force", "een Europese bron", "premier De Wever")."""
    if mention.is_pronoun:
        return "pronoun"
    head = mention.head_word
    noun_kind = lex.noun_type(head.text) if head.upos != "PROPN" or not name else None
    if noun_kind is None and not name:  # "A person familiar with the talks" with "familiar" as its head
        noun_kind = next((kind for w in mention.words if w.i < head.i and (kind := lex.noun_type(w.text))), None)
    first_name = next((w.i for w in mention.words if name and w.text == name.split()[0]), mention.last + 1)
    descriptor = next((w for w in mention.words if w.i < first_name and w.upos in ("NOUN", "X")
                       and lex.noun_type(w.text)), None)  # "actiegroep Farmers Defence Force"
    if name and (name in lex.organizations or name.isupper() and 2 <= len(name) <= 6
                 or lex.noun_type(name.split()[-1]) == "organization"
                 or descriptor is not None and lex.noun_type(descriptor.text) == "organization"):
        return "organization"
    if noun_kind == "anonymous" and not name:
        return "anonymous"
    if name:
        return "organization" if noun_kind == "organization" else "person"
    return noun_kind or "unknown"


def make_speaker(mention: Mention, text: str, names: NameIndex, lex: Lexicon,
                 resolved_from: Optional[str] = None) -> Speaker:
    tokens = name_tokens(mention, lex)
    name = names.canonical([w.text for w in tokens]) if tokens else ""
    end = mention.end
    while end > mention.start and text[end - 1] in ".,;:!?":
        end -= 1  # "meldt de NOS." tokenized as one word
    mention_text = text[mention.start:end]
    kind = speaker_type(mention, " ".join(w.text for w in tokens), lex)
    head = mention.head_word
    if not name and lex.is_title(head.text) and (lex.in_class(mention.words[0].text, "definite_article")
                                                                       or mention.words[0].text.lower() == head.text.lower()):
        titled = names.by_title(head.text, mention.start)  # "de minister": the minister named earlier
        if titled:
            return Speaker(mention_text, titled, mention.start, end, "person", resolved_from or "title")
    return Speaker(mention_text, (name or mention_text).rstrip(".,;:!?"), mention.start, end,
                   kind, resolved_from)  # type: ignore[arg-type]


def can_speak(mention: Mention, lex: Lexicon) -> bool:
    """Whether a mention can be a source: a person or group pronoun, a name, a speaker noun ("de
    woordvoerder", "het ministerie"); not "zo'n apparaat", "de neerslagradar"."""
    if mention.stands_for is not None:
        return can_speak(mention.stands_for, lex)
    head = mention.head_word
    if mention.is_pronoun:
        return not lex.in_class(bare(head), "non_speaking_pronoun")
    return bool(name_tokens(mention, lex)) or lex.noun_type(head.text) is not None or _capitalised(head) \
        or lex.in_class(head.text, "document_source")  # "the latest poll showed", in a language that counts them


def is_plural(mention: Mention, lex: Lexicon) -> bool:
    word = mention.head_word
    number = word.feat("Number")
    if number:
        return number == "Plur"
    return lex.in_class(word.text, "plural_pronoun") or lex.ends_with(word.text, "plural_suffix") \
        and word.upos == "NOUN"
