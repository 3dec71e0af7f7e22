"""Reported clauses: where the content of a cue starts and ends. A complement clause after a
complementizer (dat/of, that/whether), one without it where the language allows that (English
"She said the talks had failed": grammar class ``bare_complement``, read from the tree or, where
the parser missed it, on the surface), a te/to-infinitive, and the end of a clause (the sentence
end, or a coordinated main clause with the same subject).
"""
from __future__ import annotations

from typing import Iterable, Optional, Sequence

from quotes.cues import CueHit
from quotes.lexicon import Lexicon
from quotes.parsing import Sentence, Word

END_PUNCT = ".!?;:,"


def trim_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in END_PUNCT):
        end -= 1
    return end


def clause_end(sent: Sentence, after: int, cue: Word, text: str, lex: Lexicon) -> int:
    """Where a complement clause starting after word ``after`` ends: the sentence end, a
    coordinated main clause with the same subject (", en bood … aan", "en kondigde … aan") or a
    participle clause after a comma (", claiming …")."""
    words = sent.words
    for i in range(after + 1, len(words) - 1):
        if _coordinated_clause(words, i, cue, lex) or _participle_after_comma(words, i, lex):
            return trim_end(text, words[after].start, words[i].start)
    return trim_end(text, words[after].end, sent.end)


def next_stop(sent: Sentence, after: int) -> Optional[int]:
    """The index of the first comma, semicolon or colon from word ``after`` on, or None."""
    return next((w.i for w in sent.words[after:] if w.text in (",", ";", ":")), None)


def phrase_end(sent: Sentence, after: int, cue: Word, text: str, lex: Lexicon, start: int) -> int:
    """Where a reported phrase beginning at ``start`` ends, looking from word ``after`` on: before
    the next comma, semicolon or colon (:func:`next_stop`), else at the end of the clause
    (:func:`clause_end`)."""
    stop = next_stop(sent, after)
    return trim_end(text, start, sent.words[stop].start) if stop is not None else clause_end(sent, after, cue, text, lex)


def _coordinated_clause(words: Sequence[Word], i: int, cue: Word, lex: Lexicon) -> bool:
    """Word ``i`` starts a clause coordinated with the cue's: "en kondigde" (a finite verb attached
    to the cue) or ", en bood" (a comma, a conjunction and a verb)."""
    if lex.in_class(words[i].text, "coordinator"):
        verb = words[i + 1]
        return verb.finite and verb.head in (cue.i, cue.head, -1)
    return words[i].text == "," and i + 2 < len(words) and lex.in_class(words[i + 1].text, "coordinator") \
        and words[i + 2].upos in ("VERB", "AUX") and words[i + 2].deprel in ("conj", "root", "parataxis")


def _participle_after_comma(words: Sequence[Word], i: int, lex: Lexicon) -> bool:
    """Word ``i`` is a comma before a participle clause, which is the speaker's, not the reported
    content's ("said he has expanded the party, claiming that …", "warned that …, remarking …"): a
    gerund (class ``gerund_suffix``) that is no preposition ("including") and no item of a list
    (", loving, healing")."""
    if words[i].text != "," or i + 2 >= len(words) or not _gerund(words[i + 1], lex):
        return False
    return not lex.in_class(words[i + 1].text, "preposition") and words[i + 2].text not in (",", ".")


def _no_finite_between(sent: Sentence, a: int, b: int, skip: Optional[int]) -> bool:
    between = sent.words[a + 1:b]
    titled = sum(w.text in ('"', "'") for w in between) % 2 == 0  # 'said on NBC's "Meet the Press" that'
    for w in between:
        if w.i == skip:
            continue
        if w.text in ".;!?" or w.text in ('"', "'") and not titled:
            return False
        if w.finite and w.deprel not in ("compound:prt", "xcomp"):
            return False
    return True


def complementizer(hit: CueHit, lex: Lexicon) -> Optional[Word]:
    """The dat/of introducing the cue's complement clause, if any."""
    sent, verb = hit.sentence, hit.word
    for w in sent.words[verb.i + 1:]:
        low = w.text.lower()
        if lex.in_class(low, "complementizer"):
            if w.upos == "PRON" and sent.words[w.i - 1].upos in ("NOUN", "PROPN"):
                return None  # a relative pronoun: "says the movement that's sweeping the country …"
            nxt = sent.words[w.i + 1] if w.i + 1 < len(sent.words) else None
            rest = [x for x in sent.words[w.i + 1:] if x.text not in ".!?"]
            if nxt is None or nxt.text in ".!?" or (lex.in_class(low, "demonstrative_complementizer") and lex.in_class(nxt.text, "no_clause_after")) \
                    or not any(x.upos in ("VERB", "AUX") for x in rest) or _demonstrative_subject(sent, w.i, lex):
                return None  # no clause: "In Amsterdam vond dat begin dit jaar navolging"
            return w if _no_finite_between(sent, verb.i, w.i, hit.particle) else None
        if w.text in ".;!?:" or (w.text == "," and w.i > verb.i + 1 and sent.words[w.i - 1].text != ","):
            if w.text == "," and w.i + 1 < len(sent.words) and lex.in_class(sent.words[w.i + 1].text, "complementizer"):
                continue
            return None
    return None


def _demonstrative_subject(sent: Sentence, i: int, lex: Lexicon) -> bool:
    """"said that was a natural part of …": in a language with clauses without a complementizer
    (class ``bare_complement``), a demonstrative complementizer right before a finite verb is the
    clause's subject."""
    nxt = sent.words[i + 1] if i + 1 < len(sent.words) else None
    return bool(lex.words("bare_complement")) and lex.in_class(sent.words[i].text, "demonstrative_complementizer") \
        and nxt is not None and nxt.feat("VerbForm") == "Fin" and (
            nxt.upos == "AUX" or nxt.upos == "VERB" and sent.words[i].upos != "SCONJ")
    # a "verb" after a "that" the tagger calls a complementizer is more likely a mistagged word
    # ("said that independent voters can't vote": "independent" tagged a finite verb)


def bare_complement(hit: CueHit, lex: Lexicon) -> Optional[int]:
    """Index of the first word of a complement clause without a complementizer ("She said the talks
    had failed"), in a language that allows one (its grammar class ``bare_complement`` names the
    dependency relations of such clauses: ``ccomp`` in English): a clausal dependent of the cue
    after it, with a subject and a finite verb, reached before any stop (a colon or quote mark
    introduces direct speech instead)."""
    relations = lex.words("bare_complement")
    if not relations:
        return None
    sent, verb = hit.sentence, hit.word
    for child in sent.children(verb.i):
        if child.deprel not in relations or child.i <= verb.i:
            continue
        first = min(subtree(sent, child.i))
        between = sent.words[verb.i + 1:first]
        if first <= verb.i or any(w.text in _CLAUSE_STOP_WORDS for w in between) or len(between) > 4:
            break
        has_subject = any(w.head == child.i and w.deprel.startswith("nsubj") for w in sent.words)
        finite = child.feat("VerbForm") == "Fin" or any(
            w.head == child.i and w.upos == "AUX" and w.feat("VerbForm") == "Fin" for w in sent.words) \
            or _past_read_as_participle(sent, child)
        if has_subject and finite:
            return first
        break
    return _surface_complement(hit, lex)


def _past_read_as_participle(sent: Sentence, verb: Word) -> bool:
    """A past tense the tagger read as a participle ("Twitter said it actively investigated
    threats"): a past participle with an active subject of its own and no auxiliary is finite."""
    children = sent.children(verb.i)
    return verb.upos == "VERB" and verb.feat("VerbForm") == "Part" and verb.feat("Tense") == "Past" \
        and any(c.deprel == "nsubj" for c in children) and not any(c.upos == "AUX" for c in children)


def _surface_complement(hit: CueHit, lex: Lexicon) -> Optional[int]:
    """The same clause read on the surface, where the tree missed it ("Obama says some constraints
    on freedom are necessary", parsed as an object and a conjunct): after the cue, its time words
    ("on Friday" too) and adverbs and an addressee ("told reporters"), a noun phrase or a gerund opens and a finite
    verb (or a contracted one after a pronoun, class ``contracted_verb``) follows within the clause."""
    words = hit.sentence.words
    first = past_time_words(words, hit.word.i + 1, lex)  # "said on Friday he met …"
    if first < len(words) - 1 and lex.in_class(words[first].text, "addressee"):
        first += 1
    if first >= len(words) or lex.in_class(words[first].text, "complementizer") \
            and not _demonstrative_subject(hit.sentence, first, lex) or not (
            words[first].upos in ("DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ") or _gerund(words[first], lex)
            or words[first].text[:1].isupper()):  # a name the tagger read as a verb: "said Freddy had …"
        return None  # a gerund may be the subject: "says running for president is tough"
    for w in words[first + 1:first + 16]:
        if w.text == "." and (words[w.i - 1].text + ".").lower() in lex.titles and w.i + 1 < len(words) \
                and words[w.i + 1].text[:1].isupper():
            continue  # "says Sen. Ted Cruz is …" with the title's full stop split off
        if w.text in _CLAUSE_STOP_WORDS and w.text not in ('"', "'") or w.text == ",":
            return None  # a quoted stretch may hold the verb: 'said Obama's words "amount to …"'; a
            # comma ends the subject's reach: 'told CBS News on Tuesday, when states held …'
        if w.upos == "AUX" or (w.upos == "VERB" and w.feat("VerbForm") == "Fin") \
                or _past_read_as_participle(hit.sentence, w) or (
                lex.in_class(w.text, "contracted_verb") and words[w.i - 1].upos == "PRON"):
            return first  # "it's" read as a possessive by the tagger is still "it is"
    return None


def past_time_words(words: Sequence[Word], i: int, lex: Lexicon, also: Iterable[str] = (),
                    stop: Optional[str] = None) -> int:
    """The index of the first word from ``i`` on past adverbs, time words, a preposition before a
    time word ("on Friday") and the words ``also`` (lower case); a word of class ``stop`` ends the
    skip whatever it is."""
    also = set(also)
    while i < len(words) and not (stop and lex.in_class(words[i].text, stop)):
        if words[i].upos == "ADV" or lex.is_temporal(words[i].text) or words[i].text.lower() in also:
            i += 1
        elif words[i].upos == "ADP" and i + 1 < len(words) and lex.is_temporal(words[i + 1].text):
            i += 2
        else:
            break
    return i


def _gerund(word: Word, lex: Lexicon) -> bool:
    return word.upos == "VERB" and word.feat("VerbForm") != "Fin" and lex.ends_with(word.text, "gerund_suffix")


_CLAUSE_STOP_WORDS = frozenset({":", ";", '"', "'", ".", "!", "?"})


def subtree(sent: Sentence, root: int) -> set[int]:
    """Indices of the words under ``root`` (itself included)."""
    inside, grew = {root}, True
    while grew:
        grew = False
        for w in sent.words:
            if w.i not in inside and w.head in inside:
                inside.add(w.i)
                grew = True
    return inside


def te_infinitive(hit: CueHit, lex: Lexicon) -> Optional[int]:
    """Index of the first word of a te-infinitive complement ("zeiden vastbesloten te zijn")."""
    sent, verb = hit.sentence, hit.word
    near_particle = hit.particle is not None and verb.i < hit.particle < verb.i + 6
    start = (hit.particle if near_particle else verb.i) + 1
    skip = {hit.entry.companion, hit.entry.particle} - {None}
    start = past_time_words(sent.words, start, lex, skip, stop="infinitive_marker")  # "promised on Wednesday to send"
    for w in sent.words[start:start + 8]:
        before_te = w.i + 1 < len(sent.words) and lex.in_class(sent.words[w.i + 1].text, "infinitive_marker")
        if w.text in ",.;:!?" or (w.finite and not before_te):
            return None  # another clause; a "verb" right before "te" is a mis-tagged noun ("spijt te hebben")
        if lex.in_class(w.text, "infinitive_marker") and w.i + 1 < len(sent.words) \
                and sent.words[w.i + 1].upos in ("VERB", "AUX"):
            om = [x.i for x in sent.words[start:w.i] if lex.in_class(x.text, "purpose_conjunction")]
            return om[-1] + 1 if om else start  # "riep de regering op [om] snel in te grijpen"
    return None
