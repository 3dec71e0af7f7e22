"""Quote content: indirect speech (a cue and its reported clause, :mod:`quotes.clauses`),
"volgens"/"aldus", parenthetical cues, "Dat zegt X", and the cue and speaker of direct quotes;
the rules without a cue verb's complement are in :mod:`quotes.claims`.

Every rule returns :class:`Candidate` objects: a content span, the cue that licenses it and the
speaker mention found at the cue (possibly a pronoun, resolved later). Rules read the tree where it
is plausible and fall back on the surface (commas, quote marks, the cue's position) where it is not:
the bundled parser is modest, and a rule that needs a perfect parse does not work.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional, Sequence

from quotes.clauses import END_PUNCT, bare_complement, clause_end, complementizer, te_infinitive, trim_end
from quotes.cues import CueHit
from quotes.lexicon import Lexicon
from quotes.marks import CLOSING_MARKS, QuoteSpan, find_marks
from quotes.parsing import Sentence, Word
from quotes.speakers import Mention, bare, mention_at, np_after, np_before, over_possessor
from quotes.subjects import label_end, subject_of

METHOD_CONFIDENCE: dict[str, float] = {
    "direct_post_cue": 0.95, "direct_aldus": 0.95, "direct_pre_cue": 0.9, "direct_colon": 0.75,
    "indirect_dat": 0.85, "indirect_te": 0.75, "mixed_dat": 0.9, "volgens": 0.8, "aldus": 0.8,
    "parenthetical": 0.75, "dat_zegt": 0.75, "passive_door": 0.7, "floating": 0.7,
    "indirect_fragment": 0.8, "mixed_fragment": 0.8, "mixed_aldus": 0.95, "mixed_post_cue": 0.95,
    "preposed": 0.75, "own_account": 0.7, "colon_claim": 0.7, "embedded": 0.75, "nominal": 0.6,
}
"""Base confidence of each rule, before the cue's category weight and penalties."""

MIN_FRAGMENT_WORDS = 5
"""A quoted fragment in indirect speech makes it mixed from this many words; shorter ones are terms."""
InsideQuote = Callable[[int], bool]


@dataclass
class Candidate:
    """A quote found by a rule, before speakers are resolved and quotes are numbered."""

    kind: str
    start: int
    end: int
    method: str
    confidence: float
    cue: Optional[CueHit] = None
    mention: Optional[Mention] = None
    spans: set[int] = field(default_factory=set)
    """indices of the direct quote spans this candidate absorbs (mixed quotes, "Dat zegt X")"""
    span: Optional[QuoteSpan] = None
    """for a direct quote, its quote-mark span"""


def indirect(hit: CueHit, text: str, lex: Lexicon, inside: InsideQuote) -> Optional[Candidate]:
    """A cue verb with a dat/of clause or a te-infinitive as its complement."""
    frames = hit.entry.frames
    comp = complementizer(hit, lex) if {"dat", "of"} & frames else None
    bare_clause = bare_complement(hit, lex) if comp is None and "dat" in frames else None
    if comp is not None:
        first, method = comp.i + 1, "indirect_dat"
    elif bare_clause is not None:
        first, method = bare_clause, "indirect_dat"
    else:
        te = te_infinitive(hit, lex) if "te" in frames else None
        if te is not None:
            first, method = te, "indirect_te"
        elif "fragment" in frames:
            first, method = _after_cue(hit), "indirect_fragment"
            if first < len(hit.sentence.words) and lex.in_class(hit.sentence.words[first].text, "agent"):
                return None  # "were echoed by Lithuania's foreign minister": the agent, not what is said
        else:
            return None
    if first >= len(hit.sentence.words) or hit.sentence.words[first].text in (".", "!", "?"):
        return None  # nothing reported: "… for its support."
    sent = hit.sentence
    start = sent.words[first].start
    end = clause_end(sent, first, hit.word, text, lex)
    if end <= start:
        return None
    inverted = _is_inverted(hit, text, lex)
    mention = subject_of(sent, hit.word, lex, inside, inverted=inverted)
    return Candidate("indirect", start, end, method, METHOD_CONFIDENCE[method] * hit.weight, hit, mention)


def _after_cue(hit: CueHit) -> int:
    """The first word after the cue verb and its particle or companion ("sprak van …", "noemde …")."""
    words = hit.sentence.words
    first = hit.word.i + 1
    while first < len(words) and (words[first].upos == "ADV" or words[first].upos == "PRON"
                                  and words[first].deprel.startswith("nsubj")
                                  or words[first].text.lower() in (hit.entry.companion, hit.entry.particle)):
        first += 1
    return first


def _is_inverted(hit: CueHit, text: str, lex: Lexicon) -> bool:
    """True when the subject follows the verb: a sentence-initial adverbial or object before it,
    or a comma right before the verb ("…, zegt de minister") unless that comma closes a clause
    inserted after the subject ("Chloé Martin, die de trui verloor, zei …")."""
    sent, verb = hit.sentence, hit.word
    before = sent.words[:verb.i]
    if not before:
        return True
    commas = sum(1 for w in before if w.text == ",")
    if before[-1].text == "," and commas >= 2 and before[0].upos in ("DET", "PROPN", "NOUN", "X", "ADJ"):
        return False
    after_apposition = before[-1].text == "," and len(before) > 1 and before[-2].text not in ('"', "'") \
        and not lex.setting("verb_second", 1)  # English ', Graham, a former candidate, told CBS'
    if before[-1].text in (",", '"', "'") and not after_apposition or lex.in_class(before[0].text, "anaphoric_opener"):
        return True
    return len(before) == 1 and before[0].upos in ("ADV", "ADP") or \
        all(word.upos in ("ADV", "ADP", "NUM") or word.deprel.startswith("obl") for word in before)


def volgens(hit: CueHit, text: str, lex: Lexicon, inside: InsideQuote) -> Optional[Candidate]:
    """"Volgens X …" or "…, volgens X": the rest of the clause is X's claim."""
    sent = hit.sentence
    mention = np_after(sent, hit.word.i, lex)
    if mention is None or not _source_like(mention, lex):
        return None
    words = sent.words
    marker = hit.word.i + 1 - len(hit.entry.lemma.split())  # its first word: "According" in "According to"
    begin = max((w.i + 1 for w in words[:marker] if w.text in ".!?;"), default=0)
    if marker == begin or (marker == begin + 1 and words[begin].upos in ("ADV", "CCONJ")):
        mention = _source_before_clause(sent, mention, lex)
        first = mention.last + 1
        while first < len(words) and words[first].text == ",":
            first += 1
        if first >= len(words) - 1:
            return None
        start, end = words[first].start, clause_end(sent, first, hit.word, text, lex)
    elif words[marker - 1].text == ",":
        if _quoted_with_own_cue(words[begin:marker], lex, inside):
            return None  # '“…,” he told them, according to two people in the room': his quote
        start, end = words[begin].start, words[marker - 1].start
    else:
        start, end = words[begin].start, trim_end(text, sent.start, sent.end)
    if end <= start:
        return None
    return Candidate("indirect", start, end, "volgens", METHOD_CONFIDENCE["volgens"], hit, mention)


def _quoted_with_own_cue(words: Sequence[Word], lex: Lexicon, inside: InsideQuote) -> bool:
    """Whether a quotation among ``words`` has a finite cue verb of its own within three words after
    it: the words are the quoted speaker's, and a trailing "according to X" says who passed them on."""
    first = words[0].i if words else 0
    return any(lex.cue_entries(w.text.lower()) and w.upos == "VERB" and w.feat("VerbForm") == "Fin"
               and inside(words[max(0, w.i - first - 3)].start) for w in words)


def _source_before_clause(sent: Sentence, mention: Mention, lex: Lexicon) -> Mention:
    """A source opening the sentence ends at the last comma before the clause's first finite verb:
    "According to a senior official, Washington supports …" is the official's, not Washington's (the
    tree may read the clause's subject as an apposition of the source)."""
    words = sent.words
    verb = next((w.i for w in words[mention.first:] if w.finite), None)
    comma = max((w.i for w in words[mention.first:verb] if w.text == ","), default=None) if verb is not None else None
    if comma is None or comma > mention.last:
        return mention
    return np_before(sent, comma, lex) or mention


def own_account(hit: CueHit, text: str, lex: Lexicon, inside: InsideQuote) -> Optional[Candidate]:
    """"Hij was naar eigen zeggen verrast." and "de negende plaats was voor Van den Goorbergh naar
    eigen zeggen het hoogst haalbare": the clause is the claim of the person it is about, its subject
    when that is a person or pronoun, else the first person it names."""
    sent = hit.sentence
    words = sent.words
    first = 0
    while first < len(words) and (words[first].upos == "CCONJ" or words[first].text in END_PUNCT):
        first += 1
    if first >= hit.word.i - 2:
        return None
    last = next((w.i for w in words[hit.word.i + 1:-2] if w.upos == "CCONJ"
                 and any(x.upos in ("VERB", "AUX") for x in words[w.i + 1:w.i + 3])), len(words))  # "en dat wilde hij"
    marker = set(range(hit.word.i - 2, hit.word.i + 1))
    people = [w for w in words[first:last] if w.i not in marker and not inside(w.start)
              and (w.upos == "PROPN" or lex.in_class(bare(w), "subject_pronoun"))]
    subject = next((w for w in people if w.deprel in ("nsubj", "nsubj:pass")), people[0] if people else None)
    if subject is None:
        return None
    start = words[first].start
    end = trim_end(text, start, words[last].start) if last < len(words) else clause_end(sent, first, hit.word, text, lex)
    mention = mention_at(sent, subject.i, lex)
    return Candidate("indirect", start, end, "own_account", METHOD_CONFIDENCE["own_account"] * hit.weight, hit,
                     mention)


def _source_like(mention: Mention, lex: Lexicon) -> bool:
    """"volgens de minister" is a source, "volgens de methode" is not."""
    head = mention.head_word
    if mention.is_pronoun:
        return lex.in_class(head.text, "oblique_pronoun")
    return head.upos == "PROPN" or head.text[:1].isupper() or lex.noun_type(head.text) is not None \
        or lex.in_class(head.text, "document_source")  # "according to a new poll"


def parenthetical(hit: CueHit, text: str, lex: Lexicon, inside: InsideQuote) -> Optional[Candidate]:
    """"Het akkoord, benadrukt de minister, is definitief." and "…, zegt X." / "…, aldus X." / "…, zo
    meldde X." without quote marks: the sentence around the cue is the content."""
    sent, verb = hit.sentence, hit.word
    words = sent.words
    comma = verb.i - 2 if verb.i >= 3 and lex.in_class(words[verb.i - 1].text, "parenthetical_adverb") else verb.i - 1
    before = _subject_between_comma_and_cue(sent, verb, lex)
    if before is not None:  # "The economy is improving, he said."
        comma = before.first - 1
    if comma < 1 or words[comma].text != "," or inside(words[comma - 1].start):
        return None
    if words[comma - 1].text in ('"', "'") or text[words[comma - 1].end - 1] in CLOSING_MARKS:
        return None
    if before is None and not lex.setting("verb_second", 1) and (  # no subject before the English verb:
            verb.feat("VerbForm") == "Ger" or verb.feat("VerbForm") == "Part" and verb.feat("Tense") == "Pres"
            or _speaker_after_quote(sent, comma, text)):
        return None  # ", telling Reuters, …": a participle clause, whose noun phrase is its object;
        # '“…,” Senator Jeff Sessions, a close adviser, told AFP': the quote's speaker, the direct rule's cue
    mention = before or np_after(sent, verb.i, lex)
    if mention is None:
        return None
    after = _after_source(sent, (verb.i if before else mention.last) + 1,
                          {hit.entry.particle, hit.entry.companion} - {None}, lex)
    closing = words[after].text if after < len(words) else "."
    if closing not in (",", ".", "!", "?", ";") and _clause_before(words, comma, lex, inside):
        closing = _after_occasion(sent, after)
    if closing not in (",", ".", "!", "?", ";"):
        return None
    if closing == ",":
        start, end = sent.start, trim_end(text, sent.start, sent.end)
    else:
        start, end = sent.start, trim_end(text, sent.start, words[comma].start)
    method = "aldus" if "aldus" in hit.entry.frames else "parenthetical"
    return Candidate("indirect", start, end, method, METHOD_CONFIDENCE[method] * hit.weight, hit, mention)


def _clause_before(words: Sequence[Word], comma: int, lex: Lexicon, inside: InsideQuote) -> bool:
    """Whether the words before a parenthetical cue's comma are a main clause of their own: a finite
    verb, no subordinating conjunction or preposition first ("As caucusing got under way, …", "In an
    interview with ABC, …"), no coordinator after the comma (", and Centerview advised on …"), no
    quotation (its cue is the direct rule's)."""
    return words[0].upos not in ("SCONJ", "ADP") and not lex.in_class(words[comma + 1].text, "coordinator") \
        and not any(inside(w.start) for w in words[:comma]) and any(w.finite for w in words[:comma])


def _after_occasion(sent: Sentence, after: int) -> str:
    """What ends a parenthetical cue's clause past a phrase of occasion after the source ("…, Jens
    Stoltenberg said on Friday during a visit to Kyiv."): the punctuation after a preposition's
    phrase without a finite verb, a comma before the end of the sentence counting as its end."""
    words = sent.words
    if words[after].upos != "ADP":
        return words[after].text
    k = after
    while k < len(words) and words[k].text not in (",", ".", "!", "?", ";", ":"):
        if words[k].finite:
            return words[k].text
        k += 1
    if k >= len(words):
        return "."
    if words[k].text == "," and not any(w.finite for w in words[k:]):
        return "."  # ', Mr. Rubio said in his 2012 book, “An American Son.”'
    return words[k].text


def _speaker_after_quote(sent: Sentence, comma: int, text: str) -> bool:
    """A quotation closes before the comma with no finite verb after it: the words between are its
    speaker and an apposition, the cue after the comma is the quote's own."""
    closing = next((w.i for w in reversed(sent.words[:comma]) if text[w.end - 1:w.end] in CLOSING_MARKS), None)
    if closing is None or closing + 1 >= comma:
        return False
    first = sent.words[closing + 1]  # a noun phrase, not more of the content ('” in the 2008 primary, said')
    return (first.upos in ("PROPN", "NOUN", "DET", "PRON") or first.text[:1].isupper()) and not any(
        w.feat("VerbForm") == "Fin" for w in sent.words[closing + 1:comma])


def _subject_between_comma_and_cue(sent: Sentence, verb: Word, lex: Lexicon) -> Optional[Mention]:
    """", he said." / ", Smith said,": in a language whose subject comes before the verb (setting
    ``parenthetical_subject_first``), the subject standing between the comma and the cue."""
    if not lex.setting("parenthetical_subject_first", 0) or verb.i < 3:
        return None
    if sent.words[verb.i - 1].text == ",":
        return _name_and_apposition(sent, verb, lex)
    mention = np_before(sent, verb.i, lex)
    if mention is None or mention.last != verb.i - 1:
        return None
    first = mention.first  # over modifiers the tagger read as verbs: ", fundraising documents show.",
    while first > 1 and mention.first - first < 4 and sent.words[first - 1].upos in (  # ", members and leaders say,"
            "VERB", "ADJ", "NOUN", "PROPN", "CCONJ", "DET") and sent.words[first - 1].feat("VerbForm") != "Fin":
        first -= 1
    if sent.words[first - 1].text != ",":
        return None
    return Mention(sent, first, mention.last, mention.head, mention.pronoun)


def _name_and_apposition(sent: Sentence, verb: Word, lex: Lexicon) -> Optional[Mention]:
    """", the alliance's former secretary general, Jens Stoltenberg, said": a subject of two noun
    phrases between commas, the last comma right before the verb."""
    words = sent.words
    inner = np_before(sent, verb.i - 1, lex)
    if inner is None or inner.last != verb.i - 2 or inner.first < 3 or words[inner.first - 1].text != ",":
        return None
    outer = np_before(sent, inner.first - 1, lex)
    if outer is None or outer.last != inner.first - 2:
        return None
    first = over_possessor(sent, outer.first)  # "the alliance's former secretary general"
    if first < 2 or words[first - 1].text != ",":
        return None
    return Mention(sent, first, inner.last, inner.head if inner.words[0].upos == "PROPN" else outer.head)


def _after_source(sent: Sentence, after: int, tail: set[str], lex: Lexicon) -> int:
    """Past what may follow a source before the clause ends: time words, the verb's particle or
    companion ("laat X weten"), a bracket ("de Onderwijsbond (AOb)") and a place or affiliation
    ("boerenvoorman J. van 't Hof uit Sint-Annaland gistermiddag", "wethouder X van Borger-Odoorn")."""
    words = sent.words
    while after < len(words):
        word = words[after]
        if lex.is_temporal(word.text) or word.text.lower() in tail:
            after += 1
        elif word.text == "(":
            after = next((w.i + 1 for w in words[after:] if w.text == ")"), after + 1)
        elif lex.in_class(word.text, "place_preposition") and after + 1 < len(words) \
                and words[after + 1].text[:1].isupper():
            after += 2
            while after < len(words) and words[after].text[:1].isupper() and words[after].text.isalpha():
                after += 1
        else:
            break
    return after


def preposed(hit: CueHit, text: str, lex: Lexicon, inside: InsideQuote) -> Optional[Candidate]:
    """"Dat Rotterdam een homo-onvriendelijke stad zou zijn, wordt door Hans ontkend." and "Dat de
    fabriek is verwaarloosd, ontkent Dijkstra.": a dat/of clause opening the sentence is the content
    of the cue after it; the agent after "door" speaks, else the subject right after the verb."""
    sent, verb = hit.sentence, hit.word
    words = sent.words
    if len(words) < 4 or not lex.in_class(words[0].text, "complementizer") or not {"dat", "of"} & hit.entry.frames \
            or words[1].upos in ("VERB", "AUX"):
        return None  # "Dat is duidelijk, zegt hij": a demonstrative, not a clause
    comma = max((w.i for w in words[1:verb.i] if w.text == ","), default=None)
    if comma is None or comma < 2:
        return None
    between = words[comma + 1:verb.i]
    door = next((w for w in between if lex.in_class(w.text, "agent")), None)
    passive = door is not None and (between[0].lemma in lex.words("passive_lemma") or lex.in_class(between[0].text, "passive"))
    if passive:
        mention = np_after(sent, door.i, lex)
    elif not between:
        mention = np_after(sent, verb.i, lex)
    else:
        return None
    if mention is None:
        return None
    start, end = words[1].start, trim_end(text, words[1].start, words[comma].start)
    return Candidate("indirect", start, end, "preposed", METHOD_CONFIDENCE["preposed"] * hit.weight, hit, mention)




def dat_zegt(hit: CueHit, previous: Optional[Sentence], text: str, lex: Lexicon,
             inside: InsideQuote) -> Optional[Candidate]:
    """"Dat verklaarde een woordvoerder van het ministerie." and "Kok maakte dat maandag bekend.":
    a cue whose object is an anaphoric "dat"; the content is the previous sentence."""
    sent, verb = hit.sentence, hit.word
    if previous is None:
        return None
    if verb.i == 1 and lex.in_class(sent.words[0].text, "anaphoric_opener"):
        mention = np_after(sent, verb.i, lex)
        tail = mention.last + 1 if mention is not None else None
    else:
        after = [w for w in sent.words[verb.i + 1:] if not lex.is_temporal(w.text) and w.upos != "ADV"]
        if not after or not lex.in_class(after[0].text, "object_anaphor"):
            return None
        rest = [w for w in after[1:] if w.text not in ".!?" and w.text.lower() not in
                (hit.entry.particle, hit.entry.companion)]
        if rest:
            return None
        mention, tail = subject_of(sent, verb, lex, inside), None
    if mention is None or (tail is not None and tail < len(sent.words) and not _ends_clause(sent.words[tail], lex)):
        return None
    label = label_end(previous, previous.words[-1])  # "DEN HAAG - De NAVO moet …": not the dateline
    start = previous.words[label].start if label < len(previous.words) else previous.start
    end = trim_end(text, start, previous.end)
    return Candidate("indirect", start, end, "dat_zegt", METHOD_CONFIDENCE["dat_zegt"] * hit.weight, hit, mention)


def _ends_clause(word: Word, lex: Lexicon) -> bool:
    return word.text in ".!?,(" or lex.is_temporal(word.text) or word.upos in ("ADV", "ADP")


def passive_door(hit: CueHit, text: str, lex: Lexicon, inside: InsideQuote) -> Optional[Candidate]:
    """"Er werd door de minister verklaard dat …": the agent after "door" is the speaker."""
    sent, verb = hit.sentence, hit.word
    comp = complementizer(hit, lex)
    door = next((w for w in sent.words[:verb.i] if lex.in_class(w.text, "agent")), None)
    if comp is None or door is None or not any(w.lemma in lex.words("passive_lemma") or lex.in_class(w.text, "passive")
                                               or lex.in_class(w.text, "passive_perfect") for w in sent.words[:verb.i]):
        return None
    mention = np_after(sent, door.i, lex)
    if mention is None:
        return None
    end = clause_end(sent, comp.i + 1, verb, text, lex)
    return Candidate("indirect", sent.words[comp.i + 1].start, end, "passive_door",
                     METHOD_CONFIDENCE["passive_door"] * hit.weight, hit, mention)


def absorb_spans(candidate: Candidate, spans: Iterable[tuple[int, QuoteSpan]], text: str,
                 cues: dict[int, CueHit] | None = None) -> Candidate:
    """A complement clause containing a direct quote is one mixed quote; the clause is extended to
    the quote's closing mark when the sentence split cut it short. A quotation that a colon or
    another cue with a comma opens inside the clause ('… lost its identity: “France …”', 'told
    Newsmax that …, adding, “He lost …”') is no part of it: the clause ends before the opener and
    the quotation is left to the direct rule (``cues``: the cue hits by offset)."""
    for index, span in spans:
        if span.depth == 0 and candidate.start <= span.open_start < candidate.end:
            cut = _opened_elsewhere(candidate, span, text, cues or {})
            if cut is not None:
                candidate.end = cut
                break
            candidate.spans.add(index)
            long_enough = len(text[span.start:span.end].split()) >= MIN_FRAGMENT_WORDS
            if candidate.method != "dat_zegt" and (long_enough or candidate.method == "indirect_fragment"):
                candidate.kind = "mixed"
                candidate.method = candidate.method.replace("indirect", "mixed")
                candidate.end = max(candidate.end, span.close_end)
    candidate.end = trim_end(text, candidate.start, candidate.end)
    return candidate


def _opened_elsewhere(candidate: Candidate, span: QuoteSpan, text: str, cues: dict[int, CueHit]) -> Optional[int]:
    """Where the clause of ``candidate`` ends when a cue of its own opens the quotation ``span``
    inside it, with a comma or a colon right after the cue or after its subject ('…, adding, “He
    lost …”', '… he warned: “It’s not …”'), cut before a coordinating word before that cue; None
    otherwise (a colon after a clause, 'said that …: “…”', goes on being one mixed quote)."""
    lead = text[candidate.start:span.open_start].rstrip()
    if candidate.cue is None or lead[-1:] not in (",", ":"):
        return None
    sent = candidate.cue.sentence
    before = [w for w in sent.words if candidate.start < w.start and w.end <= candidate.start + len(lead) - 1]
    cue = next((w for w in reversed(before[-3:]) if w.start in cues), None)
    if cue is None or cue.start == candidate.cue.word.start or lead[-1:] == "," and cue is not before[-1]:
        return None
    cut = cue
    while cut.i > before[0].i and cue.i - cut.i < 4 \
            and sent.words[cut.i - 1].upos in ("PRON", "PROPN", "NOUN", "DET"):
        cut = sent.words[cut.i - 1]  # "he warned:", "de Blasio said,": the subject goes with its cue
    if cut.i > 0 and sent.words[cut.i - 1].upos == "CCONJ":
        cut = sent.words[cut.i - 1]  # "she had been and said, “America …”"
    end = trim_end(text, candidate.start, cut.start)
    return end if end > candidate.start else None


def quoted_complement(candidate: Candidate, spans: Sequence[QuoteSpan], text: str) -> Optional[QuoteSpan]:
    """The quotation that is the whole of a mixed candidate's content, nothing but punctuation
    around it ('He writes that “there’s no room …”'), or None."""
    span = _one_quotation(candidate, spans)
    if span is None:
        return None
    rest = text[candidate.start:span.open_start] + text[span.close_end:candidate.end]
    return None if any(ch.isalnum() for ch in rest) else span


def opens_quotation(candidate: Candidate, spans: Sequence[QuoteSpan], text: str) -> bool:
    """The candidate's cue opens a quotation, a sentence of its own, with a comma or colon
    ('Brafman said, “I have never …”', 'On the subject of Israel, Trump added, “Sheldon knows …”'):
    direct speech, which the direct rule reads (``direct_pre_cue``), not reported content around
    a quote; so is one opened after an addressee ('Dever told POLITICO, “Of the three …”') or in a
    sentence that quotes a title before the cue ('On ABC's “Good Morning America,” he said, “I
    never …”'). A quotation that goes on in lower case continues the clause ('An economic downturn,
    he said, “could be a good time …”'): mixed; "according to X, “…”" keeps its source."""
    if candidate.kind != "mixed" or candidate.cue is None or candidate.method == "colon_claim" \
            or {"volgens", "aldus"} & candidate.cue.entry.frames:  # "According to the paper, “…”"
        return False
    cue_end = candidate.cue.word.end
    span = min((spans[k] for k in candidate.spans if spans[k].open_start >= cue_end), key=lambda q: q.open_start,
               default=None)
    if span is None or not text[span.start:span.start + 1].isupper():
        return False
    gap = text[cue_end:span.open_start].strip()  # an addressee may stand between: 'told POLITICO, “…”'
    return gap[-1:] in (",", ":") and len(gap.split()) <= 4 and not find_marks(gap)


def _one_quotation(candidate: Candidate, spans: Sequence[QuoteSpan]) -> Optional[QuoteSpan]:
    if candidate.kind != "mixed" or len(candidate.spans) != 1:
        return None
    return spans[next(iter(candidate.spans))]


def inside_any(spans: Iterable[QuoteSpan]) -> InsideQuote:
    """Whether an offset lies inside one of the outer quotes (marks included)."""
    return inside_ranges((s.open_start, s.close_end) for s in spans if s.depth == 0)


def inside_ranges(ranges: Iterable[tuple[int, int]]) -> InsideQuote:
    """Whether an offset lies in one of the ``[start, end)`` ranges: a binary search over the ranges
    merged and sorted, so that a long document with many quotes costs log time per offset."""
    merged: list[list[int]] = []
    for a, b in sorted(ranges):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    starts = [a for a, _ in merged]

    def inside(pos: int) -> bool:
        k = bisect_right(starts, pos) - 1
        return k >= 0 and pos < merged[k][1]
    return inside


def subject_for_direct(hit: CueHit, lex: Lexicon, inside: InsideQuote, inverted: bool) -> Optional[Mention]:
    if "aldus" in hit.entry.frames:
        return np_after(hit.sentence, hit.word.i, lex)
    if hit.entry.companion in lex.words("source_preposition"):  # "…”, klinkt het bij de actiegroep"
        prep = next((w for w in hit.sentence.words[hit.word.i + 1:hit.word.i + 4]
                     if w.text.lower() == hit.entry.companion), None)
        return np_after(hit.sentence, prep.i, lex) if prep is not None else None
    return subject_of(hit.sentence, hit.word, lex, inside, inverted=inverted)


def colon_subject(sent: Sentence, colon: Word, lex: Lexicon) -> Optional[Mention]:
    """"De minister was duidelijk: „…”": the subject of the clause before the colon."""
    for w in sent.words[:colon.i]:
        if w.deprel in ("nsubj", "nsubj:pass") and w.upos in ("NOUN", "PROPN", "PRON"):
            return mention_at(sent, w.i, lex)
    first = next((w for w in sent.words[:colon.i] if w.upos in ("NOUN", "PROPN") or w.text[:1].isupper()), None)
    return mention_at(sent, first.i, lex) if first is not None and first.upos != "ADV" else None
