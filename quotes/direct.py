"""Direct quotes: the cue and speaker of each quoted span, and the quoted terms that are no quotes.

A quote is attributed by the cue right after its closing mark ("…”, zei X" / "…”, aldus X"), or
right before its opening mark ("X zei: „…”"; a colon after a clause without a cue verb gives its
subject, "De minister was duidelijk: „…”"). Quotes without a cue of their own are left floating and
take the speaker of the adjacent quote later. A short quoted term inside a sentence with no cue
(het zogenaamde 'klimaatplan', een ‘coalition of the willing’) is a scare quote or title, not speech.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import Optional, Sequence

from quotes.content import METHOD_CONFIDENCE, Candidate, InsideQuote, colon_subject, subject_for_direct
from quotes.cues import CueHit
from quotes.lexicon import Lexicon
from quotes.marks import QuoteSpan, find_marks
from quotes.parsing import Sentence, Word
from quotes.types import Quote, Span

MIN_FLOATING_WORDS = 5
"""A quote with no cue and fewer words than this is taken for a quoted term, not speech."""


class WordIndex:
    """All words of a document in order, to find the word after or before a character offset."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self.items: list[tuple[Sentence, Word]] = [(s, w) for s in sentences for w in s.words]
        self.starts = [w.start for _, w in self.items]

    def after(self, pos: int) -> Optional[int]:
        i = bisect_left(self.starts, pos)
        return i if i < len(self.items) else None

    def before(self, pos: int) -> Optional[int]:
        i = bisect_left(self.starts, pos) - 1
        while i >= 0 and self.items[i][1].end > pos:
            i -= 1
        return i if i >= 0 else None


def _post_cue(span: QuoteSpan, words: WordIndex, hits: dict[int, CueHit], text: str,
              inside: InsideQuote, reach: int = 4, appositions: bool = False) -> Optional[CueHit]:
    """The cue right after the closing mark, within ``reach`` words: ", zei X", ", aldus X", ", zo
    zei X", ", X zei", '," Senate Majority Leader Chuck Schumer said', and with ``appositions``
    (a language whose subject comes first) '," Graham, a former candidate, told CBS'."""
    i = words.after(span.close_end)
    if i is None or not _adjacent(text[span.close_end:words.items[i][1].start]):
        return None
    first = words.items[i][1]
    closing = text[span.start:span.end].rstrip()[-1:]
    if (closing == "." or closing in "!?" and not appositions) and closing and first.text[:1].isupper():
        return None  # "…bondgenoot.” Hij verklaarde": a new sentence; English '…?" Sanders replied' is a cue
    steps = 0
    while i < len(words.items) and steps < reach:
        sent, word = words.items[i]
        if inside(word.start):
            return None  # the next quote: no cue in between
        if word.start in hits:
            return hits[word.start]
        if word.text == "." and _abbreviation_dot(words, i, text):
            i += 1  # '," Gov. Kasich replied' with "Gov" and "." split by the tokenizer
            continue
        if word.text in ('"', "'") or word.text in ".!?" or (word.text == "," and steps > 0 and not appositions):
            return None
        if word.text == "," and steps > 0:  # an apposition does not count: ', Jenna Golden, Twitter's
            close = _apposition_end(words, i)  # director of political advertising, said'
            if close is not None:
                i = close + 1
                continue
        if word.text == "(" and steps > 0:  # '," Rep. Jim McDermott (D-Wash.) said'
            close = next((k for k in range(i + 1, min(i + 8, len(words.items))) if words.items[k][1].text == ")"), None)
            if close is not None:
                i = close + 1
                continue
        before = words.items[i - 1][1]  # a possessive, or a word glued to the last by "-" or "&"
        joins = steps > 0 and (word.text in ("'s", "’s") or before.end == word.start
                               and bool({"-", "&"} & {word.text, before.text}))
        if word.text != "," and not joins and word.upos not in ("ADV", "PRON", "PROPN", "NOUN", "DET", "ADJ", "NUM") \
                and not word.text[:1].isupper():  # '," Zaheed said' with the name tagged VERB; "Gallup's Jeffrey M.
            return None  # Jones wrote", "the conservative-leaning newspaper wrote", "one P&G employee told"; NUM:
            # '," one person tweeted', '," Sarandon, 69, told MSNBC'
        i += 1
        steps += 1
    return None


APPOSITION_WORDS = 16
"""At most this many words between the commas of an apposition after a quote's speaker."""


def _apposition_end(words: WordIndex, i: int) -> Optional[int]:
    """The index of the comma closing an apposition that opens with the comma at ``i``: within
    APPOSITION_WORDS words, no finite verb, quote mark or sentence end between."""
    for k in range(i + 1, min(i + 1 + APPOSITION_WORDS, len(words.items))):
        word = words.items[k][1]
        if word.text == ",":
            return k if k > i + 1 else None
        if word.text in ('"', "'", ".", "!", "?", ";", ":") or word.feat("VerbForm") == "Fin":
            return None
    return None


def _abbreviation_dot(words: WordIndex, i: int, text: str) -> bool:
    """A full stop the tokenizer split off a short capitalised abbreviation before a name ("Gov .
    Kasich", "Sen . Graham"): glued to the word before it and followed by a capitalised word."""
    if i == 0 or i + 1 >= len(words.items):
        return False
    before, dot, after = words.items[i - 1][1], words.items[i][1], words.items[i + 1][1]
    return before.end == dot.start and before.text[:1].isupper() and before.text.isalpha() \
        and len(before.text) <= 4 and after.text[:1].isupper()


def _adjacent(gap: str) -> bool:
    """Nothing but a little space between two offsets: the words really are neighbours (a sentence
    that the rules skip does not stand between them)."""
    return len(gap) <= 3 and "\n\n" not in gap


def _paragraph_break_only(gap: str) -> bool:
    """'He said:¶“In all the administrations …”': nothing but a paragraph break between a colon and
    the quote that opens the next paragraph."""
    return "\n" in gap and not gap.strip()


def _pre_cue(span: QuoteSpan, words: WordIndex, hits: dict[int, CueHit], text: str) -> tuple[Optional[CueHit], Optional[Word]]:
    """The cue before the opening mark ("X zei: „…”", also across a paragraph break after the
    colon), or the colon with no cue verb before it."""
    i = words.before(span.open_start)
    if i is None:
        return None, None
    sent, word = words.items[i]
    gap = text[word.end:span.open_start]
    if word.start in hits and gap == " " and "quote" in hits[word.start].entry.frames and _ends_clause(span, text):
        return hits[word.start], None  # 'he yelled “You lie!”': the quotation is the cue's object
    if word.text not in (":", ",") or not (_adjacent(gap) or word.text == ":" and _paragraph_break_only(gap)):
        return None, None
    for _, prev in reversed(words.items[max(0, i - 12):i]):
        if prev.start < sent.start:
            break
        if prev.start in hits:
            return hits[prev.start], None
    return None, word if word.text == ":" else None


def _ends_clause(span: QuoteSpan, text: str) -> bool:
    """A quotation that ends a clause of its own: its words end with a stop or a comma ('shouting
    “she wins, we lose!”', 'cautioned “let’s not get ahead of ourselves,” before …'), not a fragment
    of the speaker's words ('said “there could be” a line')."""
    return text[span.start:span.end].rstrip()[-1:] in ".,!?"


def is_term(span: QuoteSpan, text: str) -> bool:
    """A quoted term rather than speech: few words, inside running text. A quoted sentence of its
    own (after the end of a sentence or at a paragraph's start, ending in . ! or ?) is speech however
    short: „Vakwerk. Verdedigend en aanvallend.”"""
    content = text[span.start:span.end]
    n_words = len(content.split())
    before = text[:span.open_start].rstrip()[-1:]
    embedded = bool(before) and (before.isalnum() or before in "(")
    standalone = (not before or before in ".!?\"'”’") and content.rstrip()[-1:] in (".", "!", "?") \
        and content[:1].isupper()
    if standalone:
        return False
    return n_words < MIN_FLOATING_WORDS or (embedded and n_words < 2 * MIN_FLOATING_WORDS)


def is_title(span: QuoteSpan, text: str) -> bool:
    """A quoted name or title inside running text ('told “Fox and Friends,” adding', 'the hacker
    known as “Guccifer,”'): a few words right after a word, the first and last capitalised and no
    fewer than half of them: no direct quote, whatever cue stands near (a sentence around it with
    the cue after it is still a mixed quote: 'The French are big fans of ''Prison Break,'' Mr.
    Madden said.')."""
    words = [w for w in text[span.start:span.end].strip(" ,.").split() if w[:1].isalpha()]
    before = text[:span.open_start].rstrip()[-1:]
    return bool(words) and len(words) < MIN_FLOATING_WORDS and before.isalnum() and words[0][:1].isupper() \
        and words[-1][:1].isupper() and 2 * sum(w[:1].isupper() for w in words) >= len(words)


def direct_candidate(span: QuoteSpan, words: WordIndex, hits: dict[int, CueHit], text: str, lex: Lexicon,
                     inside: InsideQuote) -> Optional[Candidate]:
    """The candidate for one direct quote, or None for a quoted term."""
    title = is_title(span, text)
    penalty = 1.0 if span.balanced else 0.7
    hit = _post_cue(span, words, hits, text, inside, lex.setting("post_quote_words", 4),
                    bool(lex.setting("parenthetical_subject_first", 0)))
    if hit is not None:
        inverted = hit.word.start < _next_noun(hit, lex) and not _subject_between(span, hit)
        mention = subject_for_direct(hit, lex, inside, inverted=inverted)
        start, kind = _mixed_start(span, words, text)
        if kind == "direct" and title:
            return None
        method = f"{kind}_aldus" if "aldus" in hit.entry.frames else f"{kind}_post_cue"
        return Candidate(kind, start, span.end if kind == "direct" else span.close_end, method,
                         METHOD_CONFIDENCE[method] * hit.weight * penalty, hit, mention, span=span)
    hit, colon = _pre_cue(span, words, hits, text)
    if title:
        return None
    if hit is not None and not {"aldus", "volgens"} & hit.entry.frames:
        mention = subject_for_direct(hit, lex, inside, inverted=False)
        return Candidate("direct", span.start, span.end, "direct_pre_cue",
                         METHOD_CONFIDENCE["direct_pre_cue"] * hit.weight * penalty, hit, mention, span=span)
    if colon is not None:
        sent = words.items[words.before(span.open_start)][0]
        mention = colon_subject(sent, colon, lex)
        if mention is not None:
            return Candidate("direct", span.start, span.end, "direct_colon",
                             METHOD_CONFIDENCE["direct_colon"] * penalty, None, mention, span=span)
    if is_term(span, text) and span.continued_from is None:
        return None
    return Candidate("direct", span.start, span.end, "floating", METHOD_CONFIDENCE["floating"] * penalty, span=span)


def _mixed_start(span: QuoteSpan, words: WordIndex, text: str) -> tuple[int, str]:
    """A quote opened inside running text ("over de “belangrijke beslissingen …”, aldus Costa", "Zo’n
    debriefing is uitzonderlijk, “maar we …”, zei een bron") is a fragment of reported speech: the
    content is the sentence up to the closing mark, kind mixed. After a colon it is a plain quote."""
    i = words.before(span.open_start)
    if i is None:
        return span.start, "direct"
    sent_start = words.items[i][0].start
    lead = text[sent_start:span.open_start].rstrip()
    if len(lead.split()) < 2 or lead[-1:] not in "," and not lead[-1:].isalnum() or find_marks(lead):
        return span.start, "direct"
    return sent_start, "mixed"


def _subject_between(span: QuoteSpan, hit: CueHit) -> bool:
    """'…," Calderon told CNBC': a noun or pronoun between the closing mark and the cue is its
    subject, so the noun phrase after the cue is not ("…”, zei X" has none between)."""
    return any(w.upos in ("NOUN", "PROPN", "PRON") for w in hit.sentence.words[:hit.word.i]
               if w.start >= span.close_end)


def _next_noun(hit: CueHit, lex: Lexicon) -> int:
    """Offset of the first nominal word after the cue: the subject follows the verb when it exists."""
    for w in hit.sentence.words[hit.word.i + 1:]:
        if w.upos in ("NOUN", "PROPN", "PRON", "DET") or lex.in_class(w.text.rstrip("."), "subject_pronoun"):
            return w.start
        if w.text in ".,;":
            break
    return -1


def link_interrupted(candidates: list[Candidate], text: str) -> list[Candidate]:
    """„Dit plan”, benadrukte Van Dalen, „is geen wensenlijstje.”: a quote interrupted by its cue and
    resumed in lower case is two quotes (the convention of the independent news annotation), the
    second with the first one's cue, speaker and rule."""
    ordered = sorted(candidates, key=lambda c: c.start)
    for prev, cand in zip(ordered, ordered[1:]):
        same_cue = cand.method == "floating" or (cand.cue is not None and prev.cue is not None
                                                 and cand.cue.word.start == prev.cue.word.start)
        if prev.span is not None and cand.span is not None and same_cue and prev.kind == "direct" \
                and prev.cue is not None and _interruption(text, prev.span, cand.span):
            cand.cue, cand.mention, cand.method, cand.confidence = prev.cue, prev.mention, prev.method, prev.confidence
    return ordered


def _interruption(text: str, first: QuoteSpan, second: QuoteSpan) -> bool:
    gap = text[first.close_end:second.open_start]
    return len(gap) < 80 and "\n" not in gap and gap.rstrip().endswith(",") and text[second.start:second.start + 1].islower()


def join_continued(quotes: Sequence[Quote], text: str) -> list[Quote]:
    """'“A,” she said. “B.”': a direct quote that goes on in the same paragraph after its cue, the
    next passage without a cue of its own (or with the same one: an interrupted quote) and with the
    same speaker, is one quote whose ``parts`` are the passages; its offsets run from the first
    passage to the last. So is a passage without a cue that opens the next paragraph, when the
    quote's paragraph ends with its cue ('“A,” she said.¶“B.”') or with the quote itself and the
    next paragraph is wholly a quotation of the same speaker ('“A.”¶“B.”'). The convention of English
    attribution corpora (PolNeAR counts one attribution per cue), chosen per language by the
    setting ``join_continued_quotes``; the quotes are numbered again."""
    joined: list[Quote] = []
    for quote in sorted(quotes, key=lambda q: q.start):
        k = _continued(joined, quote, text)
        if k is None:
            joined.append(quote)
            continue
        prev = joined[k]
        parts = prev.parts or (Span(prev.start, prev.end, prev.text),)
        joined[k] = replace(prev, end=quote.end, text=text[prev.start:quote.end],
                            parts=parts + (Span(quote.start, quote.end, quote.text),))
    return [replace(q, quote_id=f"{q.doc_id}#{k}") for k, q in enumerate(joined, 1)]


def _continued(joined: list[Quote], quote: Quote, text: str) -> Optional[int]:
    """The index of the quote that ``quote`` goes on, if any: the last one, or the one before it
    when that one is reported content its cue clause introduced ('“A,” Clinton said, referencing
    a super PAC called Future45. “B.”', the next passage in that paragraph or opening the next)."""
    last = len(joined) - 1
    if last >= 0 and _continues(joined[last], quote, text):
        return last
    if last >= 1 and quote.cue is None:
        prev, between = joined[last - 1], joined[last]
        if between.kind != "direct" and prev.cue is not None and between.start > prev.cue.start >= prev.end \
                and "\n" not in text[prev.end:between.end] and _continues(prev, quote, text):
            return last - 1
    return None


def _continues(prev: Quote, quote: Quote, text: str) -> bool:
    """Whether ``quote`` is the next passage of ``prev`` (see :func:`join_continued`). In the paragraph
    of a direct quote whose cue follows it, a passage without a cue goes on it whoever the tracker
    made its speaker ('“A,” said one former GOP aide. “B.”', where a name among the words between
    often wins); a mixed quote with its cue after it goes on in a passage of the same paragraph
    with its speaker ('The deal “looks out for Wall Street first,” Sanders wrote. “That is
    unacceptable.”')."""
    post_cue = prev.cue is not None and prev.cue.start >= prev.end
    gap = text[prev.end:quote.start]
    if prev.kind == "direct" and post_cue and quote.kind == "direct" and quote.cue is None and "\n" not in gap:
        return True
    same = quote.speaker.name == prev.speaker.name or quote.speaker.resolved_from == "previous_quote"
    if quote.kind != "direct" or not prev.speaker.name or not same:  # the tracker's "previous quote":
        return False  # the same speaker, however the apposition named it ("a former Pennsylvania governor")
    if prev.kind == "mixed":
        return post_cue and quote.cue is None and "\n" not in gap
    if prev.kind != "direct":
        return False
    if "\n" in gap:
        return quote.cue is None and (post_cue and _next_paragraph(gap) or _quote_after_quote(gap, quote, text))
    return quote.cue is None or (prev.cue is not None and quote.cue.start == prev.cue.start)


def _quote_after_quote(gap: str, quote: Quote, text: str) -> bool:
    """'“A.”¶“B.”': a paragraph that is wholly a quotation without a cue, right after a paragraph
    that ended with a quotation of the same speaker, goes on that quotation."""
    end = text.find("\n", quote.end)
    rest = text[quote.end:end if end >= 0 else len(text)]
    return not any(ch.isalnum() for ch in gap + rest)


def _next_paragraph(gap: str) -> bool:
    """'“A,” Viguerie says.¶“B.”': the gap after a quote runs to the end of its paragraph (its cue,
    which the caller checks stands there, and no other quotation) and the next paragraph opens
    with the next quote, which PolNeAR counts as the same attribution when it has no cue of its
    own."""
    first, last = gap.index("\n"), gap.rindex("\n")
    own_close = 2  # the gap opens with the quote's own closing mark (two characters: '')
    return not gap[first:last].strip() and not find_marks(gap[own_close:first]) \
        and not any(ch.isalnum() for ch in gap[last:])
