"""English rules on hand-built parses (no Stanza): complement clauses with and without "that",
"according to", "told reporters", inverted and post-quote cues, and the pronoun chain."""
from __future__ import annotations

import pytest

from handmade import tree_doc
from quotes import content
from quotes.attribution import attribute_parsed
from quotes.cues import find_cues
from quotes.documents import Document
from quotes.lexicon import load

EN = load("en")
NOWHERE = content.inside_ranges([])

SAID_BARE = """She PRON 2 nsubj
said VERB 0 root VerbForm=Fin
the DET 4 det
talks NOUN 6 nsubj
had AUX 6 aux VerbForm=Fin
failed VERB 2 ccomp VerbForm=Part
. PUNCT 2 punct"""

SAID_THAT = """The DET 2 det
minister NOUN 3 nsubj
said VERB 0 root VerbForm=Fin
that SCONJ 7 mark
Kyiv PROPN 7 nsubj
would AUX 7 aux VerbForm=Fin
win VERB 3 ccomp VerbForm=Inf
. PUNCT 3 punct"""

TOLD = """Smith PROPN 2 nsubj
told VERB 0 root VerbForm=Fin
reporters NOUN 2 obj
the DET 5 det
deal NOUN 7 nsubj
was AUX 7 cop VerbForm=Fin
off ADV 2 ccomp
. PUNCT 2 punct"""

ACCORDING = """According VERB 5 case VerbForm=Ger
to ADP 1 fixed
officials NOUN 8 obl
, PUNCT 3 punct
the DET 6 det
plan NOUN 8 nsubj
has AUX 8 aux VerbForm=Fin
failed VERB 0 root VerbForm=Part
. PUNCT 8 punct"""


def _only_candidate(rows: str, rule=content.indirect):
    parsed = tree_doc(rows)
    [hit] = find_cues(parsed.sentences[0], EN)
    cand = rule(hit, parsed.text, EN, NOWHERE)
    assert cand is not None
    return parsed.text, cand


@pytest.mark.parametrize("rows, clause, speaker", [
    (SAID_BARE, "the talks had failed", "She"),
    (SAID_THAT, "Kyiv would win", "The minister"),
    (TOLD, "the deal was off", "Smith"),
])
def test_complement_clauses_with_and_without_that(rows, clause, speaker):
    text, cand = _only_candidate(rows)
    assert (text[cand.start:cand.end], cand.method, text[cand.mention.start:cand.mention.end]) == \
        (clause, "indirect_dat", speaker)


def test_a_clause_without_that_needs_a_language_that_allows_it():
    parsed = tree_doc(SAID_BARE)
    [hit] = find_cues(parsed.sentences[0], EN)
    assert content._bare_complement(hit, EN) == 2
    assert content._bare_complement(hit, load("nl")) is None  # Dutch: dat/of only


def test_according_to_takes_the_rest_of_the_clause():
    text, cand = _only_candidate(ACCORDING, content.volgens)
    assert text[cand.start:cand.end] == "the plan has failed"
    assert text[cand.mention.start:cand.mention.end] == "officials"


def test_a_direct_quote_before_an_inverted_cue_and_the_pronoun_after():
    parsed = tree_doc('''" PUNCT 3 punct
We PRON 3 nsubj
stay VERB 6 ccomp VerbForm=Fin
, PUNCT 3 punct
" PUNCT 3 punct
said VERB 0 root VerbForm=Fin
Smith PROPN 6 nsubj
. PUNCT 6 punct''', '''He PRON 2 nsubj
added VERB 0 root VerbForm=Fin
that SCONJ 6 mark
talks NOUN 6 nsubj
would AUX 6 aux VerbForm=Fin
resume VERB 2 ccomp VerbForm=Inf
. PUNCT 2 punct''')
    quotes = attribute_parsed(Document("d", parsed.text, {"lang": "en"}), parsed, EN)
    assert [(q.kind, q.text, q.speaker.name) for q in quotes] == [
        ("direct", "We stay ,", "Smith"), ("indirect", "talks would resume", "Smith")]
    assert quotes[1].speaker.mention == "He" and quotes[1].speaker.resolved_from == "pronoun"


def test_a_parenthetical_cue_with_its_subject_before_the_verb():
    parsed = tree_doc("""The DET 2 det
economy NOUN 3 nsubj
improves VERB 0 root VerbForm=Fin
, PUNCT 5 punct
he PRON 5 nsubj
said VERB 3 parataxis VerbForm=Fin
. PUNCT 3 punct""")
    [hit] = find_cues(parsed.sentences[0], EN)
    cand = content.parenthetical(hit, parsed.text, EN, NOWHERE)
    assert (parsed.text[cand.start:cand.end], parsed.text[cand.mention.start:cand.mention.end]) == \
        ("The economy improves", "he")
    assert content.parenthetical(hit, parsed.text, load("nl"), NOWHERE) is None  # Dutch inverts: ", zei hij"


def test_a_clause_the_tree_misses_is_read_on_the_surface():
    parsed = tree_doc("""Clinton PROPN 2 nsubj
says VERB 0 root VerbForm=Fin
the DET 4 det
mails NOUN 2 nsubj
were AUX 6 cop VerbForm=Fin
personal ADJ 2 ccomp
. PUNCT 2 punct""")
    text, cand = parsed.text, content.indirect(find_cues(parsed.sentences[0], EN)[0], parsed.text, EN, NOWHERE)
    assert text[cand.start:cand.end] == "the mails were personal"
