"""Who speaks at a cue verb: its subject by the tree where that is plausible, else the noun
phrase next to it, with what the grammar of the language says about where a subject stands
(setting ``verb_second``), and what never holds one: a dateline or heading before the verb, the
passive subject (the agent speaks), the object after an English verb. A participle cue (",
saying …") and a coordinated one share the subject of their verb; a relative pronoun stands for the
noun phrase before it.
"""
from __future__ import annotations

from typing import Iterable, Optional

from quotes.lexicon import Lexicon
from quotes.marks import CLOSING_MARKS
from quotes.parsing import Sentence, Word
from quotes.speakers import Mention, mention_at, np_after, np_before, over_possessor

_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "X"})


def _plausible_subject(word: Word, lex: Lexicon, inside_quote) -> bool:
    return (word.upos in _NOMINAL or word.upos == "NUM") and not lex.is_temporal(word.text) \
        and not inside_quote(word.start) and not lex.in_class(word.text, "non_speaking_pronoun")
    # a number subject is a share of people: "Six in 10 say …", "55 percent said so"


def _after_comma(sent: Sentence, verb: Word) -> bool:
    return verb.i > 0 and sent.words[verb.i - 1].text == ","


def _participle_clause(sent: Sentence, verb: Word) -> bool:
    """"…, saying his campaign …", "After saying he was nervous, the man …": a participle or
    gerund cue in a clause of its own speaks with the subject of the verb it hangs on; after a
    comma it is one whatever the tree made of it ("in an email to supporters, saying …", which the
    tree hung on "supporters")."""
    return verb.feat("VerbForm") in ("Ger", "Part") and verb.feat("Tense") != "Past" and (
        verb.deprel in ("advcl", "xcomp") or _after_comma(sent, verb))


def _main_clause_subject(sent: Sentence, verb: Word, lex: Lexicon, inside_quote) -> Optional[Mention]:
    """The subject of the sentence's main clause, when that clause comes before a participle cue:
    a participle after a comma has none of its own, whatever noun the tree made its subject; a
    dateline or heading opening the sentence holds none (:func:`label_end`)."""
    root = next((w for w in sent.words if w.head < 0 or w.head == w.i), None)
    if root is None or root.i >= verb.i:
        return None
    floor = label_end(sent, root)  # "MOSCOW — The Kremlin …": the dateline the tree made a subject
    return _first_subject(sent, (c for c in sent.children(root.i) if floor <= c.i < verb.i), lex, inside_quote)


def _first_subject(sent: Sentence, words: Iterable[Word], lex: Lexicon, inside_quote,
                   relations: tuple[str, ...] = ("nsubj", "nsubj:pass")) -> Optional[Mention]:
    """The mention of the first of ``words`` that is a plausible tree subject, or None."""
    subject = next((w for w in words if w.deprel in relations and _plausible_subject(w, lex, inside_quote)), None)
    return mention_at(sent, subject.i, lex) if subject is not None else None


def _subjects_nearest_first(sent: Sentence, verb: Word) -> list[Word]:
    """The cue's dependents, those before it with no comma between nearest first: of two tree
    subjects the one next to the verb is its own ("A few minutes later, he added:", which the tree
    gave "minutes" and "he"; "In years past, …, but this time he praised"), not one that ends an
    inserted phrase ("Grassley, facing a challenge in Iowa, a swing state, said")."""
    def adjacent(c: Word) -> bool:
        return c.i < verb.i and not any(w.text == "," for w in sent.words[c.i + 1:verb.i])
    return sorted(sent.children(verb.i), key=lambda c: (not adjacent(c), -c.i if adjacent(c) else c.i))


def _first_clause_subject(sent: Sentence, verb: Word, lex: Lexicon, inside_quote) -> Optional[Mention]:
    """The speaker of a participle after a comma when the tree gave the main clause no subject:
    the noun phrase before the sentence's first finite verb ("At a rally, Mr. Trump was just as
    blunt, claiming …"), never the noun right before the comma, which is that clause's object."""
    finite = next((w for w in sent.words[label_end(sent, verb):verb.i]
                   if w.finite and not inside_quote(w.start)), None)
    if finite is None:
        return None
    mention = np_before(sent, finite.i, lex)
    if mention is None or inside_quote(mention.start):  # "''…,'' said Peter Rice, chairman of …, noting"
        mention = _first_subject(sent, sent.children(finite.i), lex, inside_quote, ("nsubj",))
    if mention is None and finite.i and inside_quote(sent.words[finite.i - 1].start):
        mention = np_after(sent, finite.i, lex)  # "''…,'' said Peter Rice": the tree made him an object
    return mention


def _name_before_description(sent: Sentence, mention: Mention, lex: Lexicon) -> Mention:
    """'"…," Jenna Golden, the campaign's director of digital advertising, said': after a quotation, a
    tree subject that is a description right after a name and its comma is the name's apposition;
    the name speaks."""
    words = sent.words
    first = over_possessor(sent, mention.first)
    if first < 2 or words[first - 1].text != "," or words[mention.head].upos != "NOUN":
        return mention
    name = np_before(sent, first - 1, lex)
    if name is None or name.last != first - 2 or name.first == 0 or not _closes_quotation(words[name.first - 1].text) \
            or any(w.upos != "PROPN" for w in name.words):
        return mention
    return name


def _closes_quotation(token: str) -> bool:
    """A token of closing marks only, as before '"…," Jenna Golden, the …, said' ("In Nevada, exit
    polls suggested" is no name and its apposition)."""
    return bool(token) and all(c in CLOSING_MARKS for c in token)


def _clause_verb(sent: Sentence, word: Word) -> Word:
    """The verb a word hangs on: itself, or the first verb up its heads (a participle the tree
    attached to a noun speaks with that noun's verb)."""
    seen = 0
    while word.upos not in ("VERB", "AUX") and 0 <= word.head != word.i and seen < 8:
        word, seen = sent.words[word.head], seen + 1
    return word


def _before_apposition(sent: Sentence, verb: Word, mention: Mention, lex: Lexicon) -> Mention:
    """"said Mr. Johnson, a Republican from Ohio": a tree subject after a comma behind the verb is
    the apposition of the name right after the verb, which is the subject."""
    between = sent.words[verb.i + 1:mention.first]
    if not any(w.text == "," for w in between) or not between or between[0].upos != "PROPN":
        return mention
    first = np_after(sent, verb.i, lex)
    return first if first is not None and first.last < mention.first else mention


_DASHES = frozenset({"—", "–", "-", "--"})


def label_end(sent: Sentence, verb: Word) -> int:
    """The index of the first word after a label that opens the sentence before the verb, which
    holds no subject of it: a dateline ("WASHINGTON (AP) — Lynch says …", "NEW YORK, June 3 –")
    or a heading with a colon ("The Latest: Clinton tells …"); 0 when there is none."""
    words = sent.words[:verb.i]
    colon = max((w.i + 1 for w in words if w.text == ":"), default=0)
    dash = next((w.i for w in words[:12] if w.text in _DASHES), None)
    if dash and words[0].text.isupper() and len(words[0].text) > 1 and all(
            w.text.isupper() or not w.text.isalpha() or w.text[:1].isupper() and w.i > 0
            and words[w.i - 1].text in (",", "(") for w in words[:dash]):
        return max(colon, dash + 1)
    if dash and dash >= 4 and words[dash - 1].text == ")" and words[dash - 3].text == "(" and all(
            w.text[:1].isupper() or not w.text.isalpha() for w in words[:dash]):
        return max(colon, dash + 1)  # "Washington (AFP) –", "MACAU (Reuters) –": a place and an agency
    return colon


def subject_of(sent: Sentence, verb: Word, lex: Lexicon, inside_quote=lambda pos: False,
               inverted: bool = False) -> Optional[Mention]:
    """The speaker mention of a cue verb: tree subject if plausible, else the surface noun phrase;
    never in a dateline or heading before the verb (:func:`label_end`)."""
    if _passive(sent, verb):
        return _agent(sent, verb, lex)
    mention = _subject_of(sent, verb, lex, inside_quote, inverted)
    if mention is not None and mention.first < verb.i <= mention.last:  # a title-case headline:
        mention = Mention(sent, mention.first, verb.i - 1, min(mention.head, verb.i - 1))  # "X Endorses Y"
    if mention is None or mention.first > verb.i:
        return mention
    floor = label_end(sent, verb)
    if mention.first >= floor:
        return mention
    closest = np_before(sent, verb.i, lex)  # "WASHINGTON (AP) — Attorney General Loretta Lynch says"
    return closest if closest is not None and closest.first >= floor and not inside_quote(closest.start) else None


def _relative_antecedent(sent: Sentence, verb: Word, lex: Lexicon) -> Optional[Mention]:
    """"Jeb Bush and Chris Christie, who say …": a relative pronoun right before the cue stands for
    the noun phrase before it (the tree did not attach the clause to it)."""
    k = verb.i - 1
    while k > 0 and sent.words[k].upos in ("ADV", "AUX", "PART") and verb.i - k < 4:
        k -= 1  # "who has long said", "who did not say"
    if k < 1 or not lex.in_class(sent.words[k].text, "relative") or sent.words[k].upos != "PRON":
        return None
    j = k - 1 if sent.words[k - 1].text == "," else k
    antecedent = np_before(sent, j, lex) if j > 0 else None
    return _relative(sent, k, antecedent) if antecedent is not None else None


def _relative(sent: Sentence, i: int, antecedent: Mention) -> Mention:
    """The relative pronoun at word ``i`` as the mention at the cue, standing for ``antecedent``:
    the speaker is named after the antecedent, the mention is the word in the text (as for "he")."""
    return Mention(sent, i, i, i, pronoun=True, stands_for=antecedent)


def _passive(sent: Sentence, verb: Word) -> bool:
    """Whether the cue verb is passive by the tree: a passive auxiliary, or a passive subject of a
    verb in the passive voice (a past tense the tree gave a passive subject, "A campaign official
    later walked back the comments", is active)."""
    children = sent.children(verb.i)
    return any(c.deprel == "aux:pass" for c in children) or \
        any(c.deprel == "nsubj:pass" for c in children) and verb.feat("Voice") == "Pass"


def _agent(sent: Sentence, verb: Word, lex: Lexicon) -> Optional[Mention]:
    """The speaker of a passive cue: its agent ("Trump has been criticized by some of his rivals",
    "werd door de minister verklaard"), the tree's obl:agent or the noun phrase after an agent
    preposition right after the verb; none without one (the passive subject is who is spoken of)."""
    for child in sent.children(verb.i):
        if child.deprel == "obl:agent":
            return mention_at(sent, child.i, lex)
    by = next((w for w in sent.words[verb.i + 1:verb.i + 4] if lex.in_class(w.text, "agent")), None)
    return np_after(sent, by.i, lex) if by is not None else None


def _subject_of(sent: Sentence, verb: Word, lex: Lexicon, inside_quote=lambda pos: False,
                inverted: bool = False) -> Optional[Mention]:
    participle = _participle_clause(sent, verb)
    comma_participle = participle and _after_comma(sent, verb)
    if comma_participle:
        main = _main_clause_subject(sent, verb, lex, inside_quote)
        if main is not None:  # "Fiorina was upfront about …, the current GOP front-runner, saying …"
            return main
    for child in _subjects_nearest_first(sent, verb):
        if child.deprel in ("nsubj", "nsubj:pass") and _plausible_subject(child, lex, inside_quote):
            mention = mention_at(sent, child.i, lex)
            if inverted and mention.first > verb.i:
                return _before_apposition(sent, verb, mention, lex)
            if not inverted and (mention.first < verb.i or lex.setting("verb_second", 1)):
                return _name_before_description(sent, mention, lex)
                # English: a tree "subject" after a verb that is not inverted is misread
        if child.deprel in ("nsubj", "nsubj:pass") and lex.in_class(child.text, "relative") \
                and verb.deprel == "acl:relcl" and 0 <= verb.head < verb.i:  # "ploegleider Zijlaard die adviseerde"
            return _relative(sent, child.i, mention_at(sent, verb.head, lex))
    relative = _relative_antecedent(sent, verb, lex)
    if relative is not None:
        return relative
    if participle and verb.i and sent.words[verb.i - 1].upos == "PROPN":
        own = np_before(sent, verb.i, lex)  # "with Sen. John McCain calling it …": its own subject
        if own is not None and own.last == verb.i - 1 and not inside_quote(own.start):
            return own
    if (verb.deprel == "conj" or participle) and verb.head >= 0 and verb.head != verb.i \
            and not (comma_participle and verb.head > verb.i):
        # "Hij verklaarde …, en bood … aan"; "Sanders denounced the attacks, saying …"; a participle
        # after a comma speaks with a verb before it, not with its own clause's (", saying he “has …”")
        shared = subject_of(sent, _clause_verb(sent, sent.words[verb.head]), lex, inside_quote)
        if shared is not None:
            return shared
    if comma_participle and not inverted:
        return _first_clause_subject(sent, verb, lex, inside_quote)
    order = (np_after, np_before) if inverted else (np_before, np_after) if lex.setting("verb_second", 1) \
        else (np_before,)  # without inversion the noun phrase after an English verb is its object
    for finder in order:
        mention = finder(sent, verb.i, lex)
        if mention is not None and not inside_quote(mention.start):
            return mention
    if verb.i and sent.words[verb.i - 1].upos == "CCONJ":  # a coordinated verb shares the first subject
        return _first_subject(sent, sent.words[:verb.i], lex, inside_quote)
    return None
