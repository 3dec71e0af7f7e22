"""Hand-built parses for unit tests of the surface stages (no Stanza): words split on spaces and
punctuation, sentences at final punctuation, paragraphs at blank lines. Words carry no tags and no
tree, exactly like the sentences the parser only tokenizes, which is what the speaker tracker
reads."""
from __future__ import annotations

import re

from quotes.content import Candidate, inside_any
from quotes.documents import Document
from quotes.lexicon import load
from quotes.marks import body_quotes
from quotes.names import NameIndex
from quotes.parsing import ParsedDoc, Sentence, Word, paragraph_starts
from quotes.tracking import SpeakerTracker, resolve
from quotes.types import Quote

_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*\.?|[^\w\s]")
_FINAL = re.compile(r"[.!?]$")
_CLOSING = frozenset({"”", "’", '"', "'", "»"})


def hand_parse(text: str) -> ParsedDoc:
    """Sentences of tokens (tag ``X``, no tree), with their paragraph numbers."""
    paragraphs = paragraph_starts(text)
    sentences: list[Sentence] = []
    words: list[Word] = []
    ended = False
    for match in _TOKEN.finditer(text):
        token = match.group()
        if ended and token not in _CLOSING:
            sentences.append(_sentence(len(sentences), words, paragraphs))
            words = []
        words.append(Word(len(words), token, token, "X", "", -1, "dep", match.start(), match.end()))
        ended = (ended and token in _CLOSING) or bool(_FINAL.search(token)) and (
            len(token) == 1 or token[:-1].isalpha() and len(token) > 3)
    if words:
        sentences.append(_sentence(len(sentences), words, paragraphs))
    return ParsedDoc(text, tuple(sentences))


def _sentence(index: int, words: list[Word], paragraphs: list[int]) -> Sentence:
    renumbered = tuple(Word(i, w.text, w.lemma, w.upos, w.feats, -1, w.deprel, w.start, w.end)
                       for i, w in enumerate(words))
    paragraph = sum(1 for p in paragraphs if p <= words[0].start) - 1
    return Sentence(index, words[0].start, words[-1].end, paragraph, renumbered, parsed=False)


def floating_quotes(text: str) -> list[Quote]:
    """Every quote of ``text`` taken as a quote without a cue, attributed by the tracker alone."""
    lex = load()
    parsed = hand_parse(text)
    spans = [s for s in body_quotes(text) if s.depth == 0]
    candidates = [Candidate("direct", s.start, s.end, "floating", 0.7, span=s) for s in spans]
    names = NameIndex(parsed.sentences, lex)
    tracker = SpeakerTracker(parsed, lex, names, parsed.sentences, inside_any(spans))
    return resolve(Document("doc", text, {}), parsed, candidates, tracker)


def tree_sentence(rows: str, *, index: int = 0, offset: int = 0) -> Sentence:
    """A parsed sentence from one line per word, ``form upos head deprel [feats]`` as in CoNLL-U
    (heads count from 1, 0 is the root); the words stand one space apart from ``offset`` on."""
    words: list[Word] = []
    pos = offset
    for i, line in enumerate(r for r in rows.strip().splitlines() if r.strip()):
        form, upos, head, deprel, *feats = line.split()
        words.append(Word(i, form, form.lower(), upos, feats[0] if feats else "", int(head) - 1, deprel,
                          pos, pos + len(form)))
        pos += len(form) + 1
    return Sentence(index, words[0].start, words[-1].end, 0, tuple(words))


def tree_doc(*sentences: str) -> ParsedDoc:
    """A document of hand-parsed sentences (see :func:`tree_sentence`), one space between them."""
    built: list[Sentence] = []
    offset = 0
    for k, rows in enumerate(sentences):
        sent = tree_sentence(rows, index=k, offset=offset)
        built.append(sent)
        offset = sent.end + 1
    text = " ".join(" ".join(w.text for w in s.words) for s in built)
    return ParsedDoc(text, tuple(built))
