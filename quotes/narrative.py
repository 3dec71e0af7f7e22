"""Mentions of people in the narrative: names, descriptions and pronouns, read from the tokens.

The speaker tracker needs to know who the article talks about between its quotes: "Jan Peeters (54)
uit Gent staat al sinds zes uur langs het parcours." introduces the speaker of the quote paragraph
that follows. These mentions are read from the tokens alone, never from tags or the tree, so they
are the same whether or not a sentence was parsed (the parser only sees the sentences that can hold
or attribute a quote), and a parser's mistake cannot hide them.

Each mention gets a surface role: ``subject`` when it opens its clause (after a conjunction or
"ook" at most: "Ook bondscoach Bert Romp was content"), ``inverted`` right after a verb-like word
("Daags voor Roland Garros kreeg ze …", "Toch waarschuwt Lode …"), ``oblique`` after a preposition
("contact met ploegleider Zijlaard"), ``other`` otherwise. The word classes come from the language's
``discourse`` data file.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Literal, Optional, Sequence

from quotes.lexicon import Lexicon
from quotes.names import NameIndex, name_runs
from quotes.parsing import Sentence

Role = Literal["subject", "inverted", "other", "oblique"]
MentionKind = Literal["name", "description", "pronoun"]

_CLAUSE_BREAK = frozenset({",", ";", ":", "(", ")", "-", "–", "—"})
_DATELINE = frozenset({"-", "–", "—"})
"""Pronouns that can stand for a person or group the tracker follows ("zich" is bound in its clause,
"zijn" is mostly a verb)."""


@dataclass(frozen=True)
class NarrativeMention:
    """A mention of a possible speaker outside quotes.

    ``key`` identifies what it mentions: the canonical name (lowercased) for names, the head noun for
    descriptions ("woordvoerster"), the pronoun itself for pronouns. ``gender`` and ``plural`` are
    what the mention itself says (a first name, "mevrouw", a plural verb after "ze"); ``person`` is
    True when the mention shows a person (a first name, a title, an age in brackets, a name particle).
    """

    kind: MentionKind
    start: int
    end: int
    sentence: int
    role: Role
    key: str
    text: str
    """the words as written"""
    name: str
    """what the mention names: the canonical name ("Recep Tayipp Erdogan" for "Erdogan"), else the text"""
    gender: Optional[str] = None
    plural: Optional[bool] = None
    person: bool = False
    place: bool = False
    """a bare name after a preposition of place ("in Brugge")"""
    title: Optional[str] = None
    """the person noun before a name ("trainer" in "Trainer Ruud Bosschaart"), lowercased"""
    object: bool = False
    """an object pronoun ("Moeder Mien spoorde haar aan"): never the subject of its own clause"""
    definite: bool = False
    """a description with a definite article or a possessive (class definite_opener): "de
    21-jarige spits", "zijn spits" may be someone named before"""


def sentence_mentions(sent: Sentence, text: str, lex: Lexicon, names: NameIndex,
                      hidden: Callable[[int], bool]) -> list[NarrativeMention]:
    """The mentions of one sentence, in order, leaving out words for which ``hidden`` is True
    (inside direct quotes; mentions inside reported clauses are kept and flagged by the discourse)."""
    tokens = sent.tokens
    found: list[NarrativeMention] = []
    covered: set[int] = set()
    for a, b in _runs(tokens, lex, names):
        if hidden(sent.words[a].start):
            continue
        first = _phrase_start(tokens, a, lex)
        covered.update(range(first, b))
        found.append(_name_mention(sent, text, a, b, first, lex, names))
    for i, token in enumerate(tokens):
        if hidden(sent.words[i].start):
            continue
        low = token.lower().rstrip(".")
        if lex.in_class(low, "speaker_pronoun"):  # also a possessive inside a name's phrase: "haar ploeggenote X"
            found.append(_pronoun_mention(sent, i, lex))
        elif i not in covered and _person_noun(tokens, i, lex) \
                and not _names_follow(tokens, i, lex) and _determined(tokens, i, lex):
            first = _phrase_start(tokens, i, lex)
            if not _apposition(tokens, first, covered):  # "De verdachte, een kleine man in een colbert,"
                found.append(_description(sent, text, i, lex))
            covered.update(range(first, i + 1))
    if sent.parsed and sent.tree_used and sent.relevant:  # groups named by a plural noun: "de partnerlanden … Ze zeiden"
        taken = {m.start for m in found}
        for word in sent.words:
            if word.deprel in ("nsubj", "nsubj:pass") and word.upos == "NOUN" and word.feat("Number") == "Plur" \
                    and not hidden(word.start) and word.i not in covered \
                    and lex.noun_type(word.text) in (None, "organization"):
                first = _phrase_start(tokens, word.i, lex)
                phrase = text[sent.words[first].start:word.end]
                if sent.words[first].start not in taken:
                    found.append(NarrativeMention("description", sent.words[first].start, word.end, sent.index,
                                                  "subject", word.text.lower(), phrase, phrase, None, True,
                                                  definite=lex.in_class(phrase.split()[0], "definite_opener")))
    return sorted(found, key=lambda m: m.start)


def _runs(tokens: Sequence[str], lex: Lexicon, names: NameIndex) -> list[tuple[int, int]]:
    """The name runs of a sentence, with a single capitalised word opening it when it is a first name,
    has an age after it or names someone elsewhere in the article ("Koerts schonk …" after "Jans
    Koerts"): a lone capital at the start of a sentence is otherwise no name."""
    runs = name_runs(tokens, lex)
    if tokens and (not runs or runs[0][0] > 0) and (names.known(tokens[0]) or tokens[0] in lex.first_names
                                                    or _age_follows(tokens, 1) and tokens[0][:1].isupper()):
        runs.insert(0, (0, 1))  # "Natalia (34) woont …", "Riet begon …"
    return runs


def _name_mention(sent: Sentence, text: str, a: int, b: int, first: int, lex: Lexicon,
                  names: NameIndex) -> NarrativeMention:
    tokens = sent.tokens
    run = tokens[a:b]
    canonical = names.canonical(run).rstrip(".,;:!?")  # as a cue's speaker is named
    words = canonical.split()
    gender = lex.gender_of(words[0]) if words else None
    for token in tokens[first:a]:
        gender = gender or lex.gender_of(token)
    person = bool(words) and words[0] in lex.first_names or any(_is_person_word(t, lex) for t in tokens[first:a]) \
        or any(t.lower() in lex.name_particles for t in run) or _initial(run[0]) or _age_follows(tokens, b)
    start = sent.words[a].start
    surface = text[start:sent.words[b - 1].end].rstrip(".,;:!?")  # "E." glued to its full stop
    place = (first > 0 and first == a and lex.in_class(tokens[first - 1], "locative")) \
        or (a == 0 and b < len(tokens) and tokens[b] in _DATELINE)  # "Kluisbergen – Nooit eerder …"
    title = next((t.lower() for t in reversed(tokens[first:a]) if _is_person_word(t, lex)), None)
    return NarrativeMention("name", start, start + len(surface), sent.index, role(tokens, first, lex),
                            canonical.lower(), surface, canonical, gender, False, person, place, title)


def _pronoun_mention(sent: Sentence, i: int, lex: Lexicon) -> NarrativeMention:
    tokens = sent.tokens
    low = tokens[i].lower().rstrip(".")
    number, gender = lex.pronouns.get(low, ("any", "any"))
    where = role(tokens, i, lex)
    plural = None if number == "any" else number == "pl"
    if plural is None:
        verb = tokens[i + 1] if where == "subject" and i + 1 < len(tokens) else tokens[i - 1] if i else ""
        plural = verb.isalpha() and verb.islower() and lex.ends_with(verb, "infinitive_suffix") and len(verb) > 3
    if gender == "any":
        gender = None if plural else "f"  # singular ze/zij: a woman
    word = sent.words[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else "."
    is_object = lex.in_class(low, "object_pronoun") and (not nxt[:1].isalpha() or any(
        lex.in_class(nxt, c) for c in ("determiner", "preposition", "opener")))  # "haar aan", not "haar zoon"
    return NarrativeMention("pronoun", word.start, word.start + len(low), sent.index, where, low, tokens[i][:len(low)],
                            tokens[i][:len(low)], gender, plural, object=is_object)


def _description(sent: Sentence, text: str, i: int, lex: Lexicon) -> NarrativeMention:
    tokens = sent.tokens
    first = _phrase_start(tokens, i, lex)
    low = tokens[i].lower()
    number = sent.words[i].feat("Number") if sent.tree_used else None
    plural = number == "Plur" if number else lex.ends_with(low, "bare_plural_suffix") \
        or (low.endswith("s") and not low.endswith("ss"))
    phrase = text[sent.words[first].start:sent.words[i].end]
    return NarrativeMention("description", sent.words[first].start, sent.words[i].end, sent.index,
                            role(tokens, first, lex), low, phrase, phrase, lex.gender_of(tokens[i]), plural, True,
                            definite=lex.in_class(phrase.split()[0], "definite_opener"))


def role(tokens: Sequence[str], first: int, lex: Lexicon) -> Role:
    """The surface role of a phrase starting at token ``first``."""
    before = first - 1
    if before >= 0 and lex.in_class(tokens[before], "agent") \
            and any(lex.in_class(t, "passive") for t in tokens[:before]):
        return "subject"  # "Dat wordt bevestigd door gynaecologe Sofie Claes"
    if before >= 0 and lex.in_class(tokens[before], "preposition"):
        return "oblique"
    k = before
    while k >= 0 and tokens[k] not in _CLAUSE_BREAK and lex.in_class(tokens[k], "opener"):
        k -= 1
    if k < 0 or tokens[k] in _CLAUSE_BREAK:
        return "subject"
    previous = tokens[before]
    if previous.isalpha() and previous.islower() and not lex.in_class(previous, "determiner") and before > 0 \
            and not any(lex.in_class(tokens[before - 1], c) for c in ("preposition", "determiner")):
        return "inverted"  # right after the verb: "kreeg ze", "had Van Alebeek" (not "van invaller X")
    return "other"


def _phrase_start(tokens: Sequence[str], head: int, lex: Lexicon) -> int:
    """Back from a name or person noun over titles, nationality words and a determiner with its
    adjectives: "de talentvolle Kaagman", "bondscoach Bert Romp", "De Israëlische defensieminister"."""
    first = head
    k = head - 1
    while k >= 0 and k >= head - 4:
        token = tokens[k]
        if lex.in_class(token, "determiner"):
            return k
        adjective = token.islower() and lex.ends_with(token, "adjective_suffix") and token[:1].isalnum() \
            and _determiner_before(tokens, k, lex) \
            and not any(lex.in_class(token, c) for c in ("opener", "preposition"))
        if _is_person_word(token, lex) or (token[:1].isupper() and lex.ends_with(token, "demonym_suffix")) or adjective:
            first = k
            k -= 1
            continue
        title = _title_before_portfolio(tokens, k, lex)
        if title is not None:  # "Minister van Buitenlandse Zaken Caspar Veldkamp"
            first = k = title
            k -= 1
            continue
        break
    return first


def _title_before_portfolio(tokens: Sequence[str], k: int, lex: Lexicon) -> Optional[int]:
    """The index of the title before a portfolio ending at token ``k`` ("Minister van Buitenlandse
    Zaken", "Secretary of State"), or None."""
    j = k
    while j >= 0 and tokens[j] in lex.portfolios:
        j -= 1
    if j == k or j < 1 or not lex.in_class(tokens[j], "portfolio_link") or not _is_person_word(tokens[j - 1], lex):
        return None
    return j - 1


def _person_noun(tokens: Sequence[str], i: int, lex: Lexicon) -> bool:
    """A person noun ("een buurvrouw", "de Antilliaan": a capitalised one only as a title after a
    determiner)."""
    token = tokens[i]
    written = token[:1].islower() or (i > 0 and lex.is_title(token) and _determiner_before(tokens, i, lex))
    return written and lex.noun_type(token) in ("person", "anonymous")


def _determiner_before(tokens: Sequence[str], k: int, lex: Lexicon) -> bool:
    return any(lex.in_class(t, "determiner") for t in tokens[max(0, k - 2):k])


def _is_person_word(token: str, lex: Lexicon) -> bool:
    return lex.is_title(token) or lex.noun_type(token) in ("person", "anonymous") \
        or lex.in_class(token, "female") or lex.in_class(token, "male")


def _names_follow(tokens: Sequence[str], i: int, lex: Lexicon) -> bool:
    """"bondscoach Bert Romp", "minister van Defensie Koen Verlinden": a person noun before a name
    (past a portfolio) is its title, not a mention of its own."""
    j = i + 1
    while j < len(tokens) and (tokens[j] in lex.portfolios or lex.in_class(tokens[j], "portfolio_link")):
        j += 1
    runs = name_runs(tokens[j:j + 4], lex, at_start=False)
    if runs and runs[0][0] == 0:
        return True
    comma = next((k for k in range(i + 1, min(len(tokens), i + 8)) if tokens[k] in _CLAUSE_BREAK), None)
    if comma is None or tokens[comma] != ",":  # "De staatssecretaris voor Asiel, Anneleen Van Bossuyt,"
        return False
    runs = name_runs(tokens[comma + 1:comma + 6], lex, at_start=False)
    return bool(runs) and runs[0][0] == 0 and (comma + 1 + runs[0][1] >= len(tokens)
                                              or tokens[comma + 1 + runs[0][1]] in (",", "(", "."))


def _apposition(tokens: Sequence[str], first: int, covered: set[int]) -> bool:
    """"Barros, de winnaar van vorig jaar, …", "De verdachte, een kleine man, …": a description right
    after a name or another description and a comma is its apposition, not a second person."""
    return first >= 2 and tokens[first - 1] == "," and first - 2 in covered


def _determined(tokens: Sequence[str], i: int, lex: Lexicon) -> bool:
    """A person noun with a determiner (or a bare plural such as "omwonenden") is a mention."""
    return i == 0 or _determiner_before(tokens, i, lex) or lex.in_class(tokens[i - 1], "determiner") \
        or lex.ends_with(tokens[i], "bare_plural_suffix")


def _initial(token: str) -> bool:
    return len(token) == 2 and token[0].isupper() and token[1] == "."


def _age_follows(tokens: Sequence[str], end: int) -> bool:
    """"Natalia (34)": an age in brackets after a name."""
    return end + 2 < len(tokens) and tokens[end] == "(" and tokens[end + 1].isdigit() and tokens[end + 2] == ")"


def first_person(words: Sequence[str], lex: Lexicon) -> Optional[str]:
    """"singular" when a quote speaks as "ik", "plural" as "we", None when it does neither."""
    if any(lex.in_class(w, "first_singular") for w in words):
        return "singular"
    if any(lex.in_class(w, "first_plural") for w in words):
        return "plural"
    return None
