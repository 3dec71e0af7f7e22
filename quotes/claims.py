"""Attributions that no cue verb's complement holds: a cue inside a relative clause ("the tariffs,
which officials said were needed"), a headline or transcript line "Source: claim" ("Paul Ryan: FBI
decision defies explanation"), and a noun of speech or stance with a possessor ("Trump's criticism
of the alliance"). Each is read only in a language whose data asks for it (class
``bare_complement``, setting ``colon_claims``, class ``attribution_noun``).
"""
from __future__ import annotations

from typing import Optional

from quotes.clauses import END_PUNCT, next_stop, phrase_end, subtree, trim_end
from quotes.content import METHOD_CONFIDENCE, Candidate, InsideQuote
from quotes.cues import CueHit, colon_claim_shape
from quotes.lexicon import CueEntry, Lexicon
from quotes.parsing import Sentence, Word
from quotes.speakers import Mention, mention_at, np_before


def embedded(hit: CueHit, text: str, lex: Lexicon, inside: InsideQuote) -> Optional[Candidate]:
    """"the attacks, which the probe said were covered up, …" and "what she said is growing
    demand": in a language whose complement clauses can go without a complementizer (class
    ``bare_complement``), a cue inside a relative clause, its subject between the relative pronoun
    and the cue and a finite verb right after it, reports the relative clause: from the pronoun to
    the next comma or the clause's end."""
    if not lex.words("bare_complement"):
        return None
    sent, verb = hit.sentence, hit.word
    words = sent.words
    subject = np_before(sent, verb.i, lex)
    if subject is None or subject.last != verb.i - 1 or subject.first < 1:
        return None
    relative = words[subject.first - 1]
    if not (lex.in_class(relative.text, "relative") or lex.in_class(relative.text, "complementizer")) \
            or relative.upos not in ("PRON", "DET", "SCONJ"):
        return None
    after = verb.i + 1
    while after < len(words) and (lex.is_temporal(words[after].text) or words[after].upos == "ADV"):
        after += 1
    if after >= len(words) or not words[after].finite:
        return None
    end = phrase_end(sent, after, verb, text, lex, relative.start)
    if end <= relative.start:
        return None
    return Candidate("indirect", relative.start, end, "embedded", METHOD_CONFIDENCE["embedded"] * hit.weight, hit,
                     subject)


COLON_CUE = CueEntry(":", "speech", frozenset({"marker", "colon"}))
"""The cue of a "Source: claim" line."""


def colon_claim(sent: Sentence, text: str, lex: Lexicon, inside: InsideQuote) -> Optional[Candidate]:
    """"John McCain: Republican Populist Anger Appeals to 'Bad Angels'" and "TAPPER: And obviously
    …": a headline or transcript line whose source stands before a colon (see
    :func:`quotes.cues.colon_claim_shape`); no verb before the colon, whose last noun or name heads
    the source ("Clinton to Planned Parenthood:" is Clinton's); the rest of the sentence is the claim."""
    words = sent.words
    colon = colon_claim_shape([w.text for w in words], lex)
    if colon is None or inside(words[colon].start):
        return None
    before = words[:colon]
    if any(w.upos in ("VERB", "AUX") for w in before):
        return None
    addressed = next((w.i for w in before if lex.in_class(w.text, "infinitive_marker") and w.i > 0), colon)
    heads = [w.i for w in before[:addressed] if w.upos in ("NOUN", "PROPN") or w.text[:1].isupper()]
    if not heads:
        return None
    mention = mention_at(sent, heads[-1], lex)
    if mention.last >= colon:
        mention = Mention(sent, mention.first, addressed - 1, heads[-1])
    start, end = words[colon + 1].start, trim_end(text, words[colon + 1].start, sent.end)
    if end <= start:
        return None
    hit = CueHit(sent, words[colon], COLON_CUE)
    return Candidate("indirect", start, end, "colon_claim", METHOD_CONFIDENCE["colon_claim"], hit, mention)


def nominal(sent: Sentence, text: str, lex: Lexicon, inside: InsideQuote) -> list[Candidate]:
    """"Trump's criticism of the deal", "his support for Ukraine": a noun of speech or stance
    (class ``attribution_noun``) with a possessor before it and a preposition of its own after it
    (class ``attribution_preposition``) reports what follows, to the next comma or the clause's end,
    as the possessor's; the cue is the noun."""
    found = []
    words = sent.words
    for noun in words:
        if noun.upos != "NOUN" or not lex.in_class(noun.text, "attribution_noun") or inside(noun.start) \
                or noun.i + 2 >= len(words) or not lex.in_class(words[noun.i + 1].text, "attribution_preposition"):
            continue
        mention = _possessor(sent, noun.i, lex)
        if mention is not None and mention.is_pronoun:  # "The GOP leaders signaled their support for …"
            mention = _clause_subject(sent, noun, lex) or mention
        first = noun.i + 2
        if mention is None or words[first].text in END_PUNCT:
            continue
        reported = [max(subtree(sent, c.i)) for c in sent.children(noun.i)
                    if c.i >= first and (c.deprel.startswith("nmod") or c.deprel.startswith("acl"))]
        stop = next_stop(sent, first)
        if reported and (stop is None or max(reported) < stop):  # the tree's object of the noun
            end = trim_end(text, words[first].start, words[max(reported)].end)
        else:
            end = phrase_end(sent, first, noun, text, lex, words[first].start)
        if end > words[first].start:
            hit = CueHit(sent, noun, CueEntry(noun.text.lower(), "opinion", frozenset({"nominal"})))
            found.append(Candidate("indirect", words[first].start, end, "nominal", METHOD_CONFIDENCE["nominal"],
                                   hit, mention))
    return found


def _clause_subject(sent: Sentence, noun: Word, lex: Lexicon) -> Optional[Mention]:
    """The subject before it of the verb a noun hangs on, which a possessive pronoun on the noun
    most often stands for ("Clinton noted her support for first responders")."""
    if noun.head < 0:
        return None
    subject = next((w for w in sent.children(noun.head) if w.deprel in ("nsubj", "nsubj:pass") and w.i < noun.i
                    and not lex.in_class(w.text, "non_speaking_pronoun")), None)
    return mention_at(sent, subject.i, lex) if subject is not None else None


def _possessor(sent: Sentence, i: int, lex: Lexicon) -> Optional[Mention]:
    """Who owns the noun at ``i``: a possessive pronoun ("his") or a name with "'s" right before
    it, past adjectives ("Trump's harsh criticism")."""
    j = i - 1
    while j >= 0 and sent.words[j].upos == "ADJ":
        j -= 1
    if j < 0:
        return None
    word = sent.words[j]
    if lex.in_class(word.text, "possessive"):
        return Mention(sent, j, j, j, pronoun=True)
    if word.text in ("'s", "’s") and j > 0:
        owner = np_before(sent, j, lex)
        return owner if owner is not None and not owner.is_pronoun else None
    return None
