"""English rules on hand-built parses (no Stanza): complement clauses with and without "that",
"according to", "told reporters", inverted and post-quote cues, and the pronoun chain."""
from __future__ import annotations

from dataclasses import replace

import pytest

from handmade import tree_doc
from quotes import claims, clauses, content
from quotes.attribution import attribute_parsed
from quotes.cues import find_cues
from quotes.direct import join_continued
from quotes.documents import Document
from quotes.lexicon import load
from quotes.names import NameIndex, title_case
from quotes.subjects import subject_of
from quotes.types import Cue, Quote, Speaker

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

SAID_PAST_AS_PARTICIPLE = """Twitter PROPN 2 nsubj
said VERB 0 root Tense=Past|VerbForm=Fin
it PRON 4 nsubj
investigated VERB 2 ccomp Tense=Past|VerbForm=Part|Voice=Pass
threats NOUN 4 obj
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
    (SAID_PAST_AS_PARTICIPLE, "it investigated threats", "Twitter"),  # a past tense the tagger read as participle
])
def test_complement_clauses_with_and_without_that(rows, clause, speaker):
    text, cand = _only_candidate(rows)
    assert (text[cand.start:cand.end], cand.method, text[cand.mention.start:cand.mention.end]) == \
        (clause, "indirect_dat", speaker)


def test_a_clause_without_that_needs_a_language_that_allows_it():
    parsed = tree_doc(SAID_BARE)
    [hit] = find_cues(parsed.sentences[0], EN)
    assert clauses.bare_complement(hit, EN) == 2
    assert clauses.bare_complement(hit, load("nl")) is None  # Dutch: dat/of only


def test_according_to_takes_the_rest_of_the_clause():
    text, cand = _only_candidate(ACCORDING, content.volgens)
    assert text[cand.start:cand.end] == "the plan has failed"
    assert text[cand.mention.start:cand.mention.end] == "officials"


def test_a_source_opening_the_sentence_ends_before_the_clause_s_subject():
    # the tree read the clause's subject as an apposition of the source
    [quote] = _attribute("""According VERB 4 case VerbForm=Ger
to ADP 1 fixed
a DET 4 det
official NOUN 7 obl
, PUNCT 6 punct
Washington PROPN 4 appos
supports VERB 0 root VerbForm=Fin
the DET 9 det
plan NOUN 7 obj
. PUNCT 7 punct""")
    assert (quote.text, quote.speaker.mention, quote.cue.text) == ("Washington supports the plan", "a official",
                                                                   "According to")


SPOKESWOMAN = """A DET 2 det
spokeswoman NOUN 8 nsubj
for ADP 7 case
the DET 7 det
German ADJ 7 amod
Foreign ADJ 7 amod
Office NOUN 2 nmod
said VERB 0 root VerbForm=Fin
talks NOUN 10 nsubj
failed VERB 8 ccomp VerbForm=Fin
. PUNCT 8 punct"""


def test_a_description_with_an_organisation_is_named_in_full_and_so_is_its_pronoun():
    # "Foreign" is a portfolio ("Foreign Secretary X"), but "Office" is the organisation's noun, no name
    first, second = _attribute(SPOKESWOMAN, """She PRON 2 nsubj
added VERB 0 root VerbForm=Fin
Berlin PROPN 4 nsubj
agreed VERB 2 ccomp VerbForm=Fin
. PUNCT 2 punct""")
    assert first.speaker.name == "A spokeswoman for the German Foreign Office"
    assert (second.speaker.mention, second.speaker.name) == ("She", "A spokeswoman for the German Foreign Office")


def test_a_cue_noun_after_a_possessive_reports_nothing():
    # "support" and "terms" are cue verbs ("support", "term"), here nouns: no quote, and none empty
    thanked = _attribute("""Zelensky PROPN 2 nsubj
thanked VERB 0 root VerbForm=Fin
Congress PROPN 2 obj
for ADP 6 case
its PRON 6 nmod:poss Poss=Yes
support VERB 2 obl
. PUNCT 2 punct""")
    assert [(q.cue.text, q.text) for q in thanked] == [("thanked", "Congress for its support")]
    parsed = tree_doc("""Zelensky PROPN 2 nsubj
thanked VERB 0 root VerbForm=Fin
again ADV 2 advmod
. PUNCT 2 punct""")
    assert content.indirect(find_cues(parsed.sentences[0], EN)[0], parsed.text, EN, NOWHERE) is None
    assert _attribute("""Russia PROPN 2 nsubj
talks VERB 0 root VerbForm=Fin
on ADP 5 case
its PRON 5 nmod:poss Poss=Yes
terms NOUN 2 obl
. PUNCT 2 punct""") == []


def test_a_quote_with_its_own_cue_stays_its_speaker_s_before_according_to():
    quotes = _attribute('''" PUNCT 3 punct
We PRON 3 nsubj
lose VERB 7 ccomp VerbForm=Fin
, PUNCT 3 punct
" PUNCT 3 punct
he PRON 7 nsubj
told VERB 0 root VerbForm=Fin
them PRON 7 obj
, PUNCT 13 punct
according VERB 13 case VerbForm=Ger
to ADP 10 fixed
two NUM 13 nummod
people NOUN 7 obl
. PUNCT 7 punct''')
    assert [(q.kind, q.text, q.speaker.mention) for q in quotes] == [("direct", "We lose ,", "he")]


def test_a_to_infinitive_after_a_time_phrase_starts_at_to():
    text, cand = _only_candidate("""Biden PROPN 2 nsubj
promised VERB 0 root VerbForm=Fin
on ADP 4 case
Wednesday PROPN 2 obl
to PART 6 mark
send VERB 2 xcomp VerbForm=Inf
aid NOUN 6 obj
. PUNCT 2 punct""")
    assert (text[cand.start:cand.end], cand.method) == ("to send aid", "indirect_te")


OCCASION_NAME = """Ukraine PROPN 3 nsubj
will AUX 3 aux VerbForm=Fin
join VERB 0 root VerbForm=Inf
NATO PROPN 3 obj
, PUNCT 7 punct
Stoltenberg PROPN 7 nsubj
said VERB 3 parataxis VerbForm=Fin
on ADP 9 case
Friday PROPN 7 obl
during ADP 12 case
a DET 12 det
visit NOUN 7 obl
. PUNCT 3 punct"""

OCCASION_APPOSITION = """Ukraine PROPN 3 nsubj
will AUX 3 aux VerbForm=Fin
join VERB 0 root VerbForm=Inf
NATO PROPN 3 obj
, PUNCT 8 punct
the DET 8 det
former ADJ 8 amod
chief NOUN 4 conj
, PUNCT 10 punct
Stoltenberg PROPN 8 appos
, PUNCT 12 punct
said VERB 3 parataxis VerbForm=Fin
on ADP 14 case
Friday PROPN 12 obl
. PUNCT 3 punct"""


@pytest.mark.parametrize("rows, speaker", [
    (OCCASION_NAME, "Stoltenberg"),
    # a name and its apposition between commas, the last right before the verb
    (OCCASION_APPOSITION, "the former chief , Stoltenberg"),
])
def test_a_parenthetical_cue_goes_on_past_a_phrase_of_occasion(rows, speaker):
    [quote] = _attribute(rows)
    assert (quote.text, quote.speaker.mention, quote.method) == ("Ukraine will join NATO", speaker, "parenthetical")


def test_a_parenthetical_cue_needs_a_main_clause_before_it():
    # a phrase of occasion after the source, but what the comma ends is no clause of its own
    assert _attribute("""In ADP 2 case
interviews NOUN 5 obl
, PUNCT 2 punct
Democrats PROPN 5 nsubj
said VERB 0 root VerbForm=Fin
on ADP 7 case
Friday PROPN 5 obl
. PUNCT 5 punct""") == []


def test_the_agent_of_a_passive_cue_is_no_fragment_of_what_was_said():
    parsed = tree_doc("""The DET 2 det
remarks NOUN 4 nsubj:pass
were AUX 4 aux:pass VerbForm=Fin
echoed VERB 0 root VerbForm=Part|Voice=Pass
by ADP 6 case
Smith PROPN 4 obl:agent
. PUNCT 4 punct""")
    [hit] = find_cues(parsed.sentences[0], EN)
    assert "fragment" in hit.entry.frames and content.indirect(hit, parsed.text, EN, NOWHERE) is None


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


WARNED_REMARKING = """Cruz PROPN 2 nsubj
warned VERB 0 root VerbForm=Fin
that SCONJ 7 mark
the DET 5 det
deal NOUN 7 nsubj
could AUX 7 aux VerbForm=Fin
fail VERB 2 ccomp VerbForm=Inf
, PUNCT 9 punct
{participle} VERB 7 advcl VerbForm=Ger
{rest}
. PUNCT 2 punct"""


@pytest.mark.parametrize("participle, rest, clause", [
    # the participle clause is the speaker's (the tree hung it on the reported verb)
    ("remarking", "voters NOUN 9 obj", "the deal could fail"),
    # "including" is a preposition, and a list of gerunds goes on
    ("including", "taxes NOUN 9 obj", "the deal could fail , including taxes"),
    ("costing", ", PUNCT 11 punct\nhurting VERB 9 conj VerbForm=Ger", "the deal could fail , costing , hurting"),
])
def test_a_participle_clause_after_a_comma_ends_the_reported_clause(participle, rest, clause):
    parsed = tree_doc(WARNED_REMARKING.format(participle=participle, rest=rest))
    hit = next(h for h in find_cues(parsed.sentences[0], EN) if h.word.text == "warned")
    cand = content.indirect(hit, parsed.text, EN, NOWHERE)
    assert parsed.text[cand.start:cand.end] == clause


def test_a_quote_going_on_after_its_cue_is_one_quote_with_parts():
    parsed = tree_doc('''" PUNCT 3 punct
We PRON 3 nsubj
stay VERB 6 ccomp VerbForm=Fin
, PUNCT 3 punct
" PUNCT 3 punct
said VERB 0 root VerbForm=Fin
Smith PROPN 6 nsubj
. PUNCT 6 punct''', '''" PUNCT 4 punct
The DET 3 det
vote NOUN 4 nsubj
is AUX 0 root VerbForm=Fin
on ADP 6 case
Friday PROPN 4 obl
. PUNCT 4 punct
" PUNCT 4 punct''')
    quotes = attribute_parsed(Document("d", parsed.text, {"lang": "en"}), parsed, EN)
    assert len(quotes) == 1
    quote = quotes[0]
    assert [p.text for p in quote.parts] == ["We stay ,", "The vote is on Friday ."]
    assert (quote.start, quote.end) == (quote.parts[0].start, quote.parts[1].end)
    assert quote.speaker.name == "Smith" and quote.quote_id == "d#1"
    assert quote.to_record()["parts"][1] == {"start": quote.parts[1].start, "end": quote.parts[1].end,
                                             "text": "The vote is on Friday ."}


def _attribute(*rows: str) -> list[Quote]:
    """The quotes of hand-built English sentences."""
    parsed = tree_doc(*rows)
    return attribute_parsed(Document("d", parsed.text, {"lang": "en"}), parsed, EN)


def _quote(start, end, *, name="Smith", cue_at=None, kind="direct"):
    text = TEXT_FOR_JOIN
    cue = Cue("said", "say", cue_at, cue_at + 4) if cue_at is not None else None
    return Quote("d", "d#0", kind, text[start:end], start, end, Speaker(name, name, 0, 0, "person"), cue,
                 "direct_post_cue" if cue else "floating", 0.9)


TEXT_FOR_JOIN = '"We stay," Smith said. "We vote."\n\n"We win." Jones said: "We lose."'


def test_passages_join_only_in_one_paragraph_with_the_same_cue_and_speaker():
    first = _quote(1, 9, cue_at=17)
    second = _quote(24, 32)
    other_paragraph = _quote(35, 43)
    assert [len(q.parts) for q in join_continued([first, second, other_paragraph], TEXT_FOR_JOIN)] == [2, 0]
    # after a quote whose cue follows it, the paragraph's next cue-less passage goes on it whoever
    # the tracker made its speaker (it often takes a name of the words between)
    [joined] = join_continued([first, _quote(24, 32, name="Jones")], TEXT_FOR_JOIN)
    assert joined.speaker.name == "Smith" and len(joined.parts) == 2
    assert len(join_continued([first, _quote(24, 32, cue_at=50)], TEXT_FOR_JOIN)) == 2  # a cue of its own
    assert len(join_continued([first, _quote(24, 32, kind="indirect")], TEXT_FOR_JOIN)) == 2
    assert [q.quote_id for q in join_continued([first, second, other_paragraph], TEXT_FOR_JOIN)] == ["d#1", "d#2"]


NEXT_PARAGRAPH = '"We stay," Smith said on Monday.\n\n"We vote."\n\n"We win."\n\nShe left. "We lose."'


def test_a_paragraph_ending_with_the_cue_goes_on_in_the_next_paragraph_s_quote():
    def at(fragment, **kw):
        start = NEXT_PARAGRAPH.index(fragment)
        return replace(_quote(0, 0, **kw), text=fragment, start=start, end=start + len(fragment))

    first, second = at("We stay,", cue_at=NEXT_PARAGRAPH.index("said")), at("We vote.")
    [joined, fourth] = join_continued([first, second, at("We win."), at("We lose.")], NEXT_PARAGRAPH)
    # a paragraph that is wholly the same speaker's quotation goes on the quote before it as well
    assert [p.text for p in joined.parts] == ["We stay,", "We vote.", "We win."]
    assert not fourth.parts  # words of the paragraph before the quotation: a quote of its own
    assert len(join_continued([first, at("We vote.", name="Jones")], NEXT_PARAGRAPH)) == 2
    assert len(join_continued([first, second, at("We win.", name="Jones")], NEXT_PARAGRAPH)) == 2


YELLED = """Wilson PROPN 2 nsubj
yelled VERB 0 root Tense=Past|VerbForm=Fin
" PUNCT 5 punct
You PRON 5 nsubj
lie VERB 2 advcl VerbForm=Fin
! PUNCT 2 punct
" PUNCT 2 punct
at ADP 9 case
Obama PROPN 5 obl"""

ADMITTED_FRAGMENT = """Corker PROPN 2 nsubj
admitted VERB 0 root Tense=Past|VerbForm=Fin
" PUNCT 6 punct
one NUM 6 nummod
or CCONJ 4 conj
two NUM 4 conj
instances NOUN 2 obj
" PUNCT 6 punct
of ADP 10 case
errors NOUN 7 nmod
. PUNCT 2 punct"""


def test_a_quotation_right_after_its_cue_is_a_direct_quote_when_it_ends_a_clause():
    [quote] = _attribute(YELLED)  # 'Wilson yelled “You lie!” at Obama', the quotation no clause of the tree
    assert (quote.kind, quote.method, quote.text, quote.cue.text, quote.speaker.name) == \
        ("direct", "direct_pre_cue", "You lie !", "yelled", "Wilson")
    quotes = _attribute(ADMITTED_FRAGMENT)  # 'admitted “one or two instances” of errors': a fragment
    assert not [q for q in quotes if q.method == "direct_pre_cue"]


SESSIONS_TOLD = """" PUNCT 3 punct
We PRON 3 nsubj
win VERB 0 root Tense=Pres|VerbForm=Fin
, PUNCT 3 punct
" PUNCT 3 punct
Sessions NOUN 3 obj
, PUNCT 9 punct
an DET 9 det
adviser NOUN 6 conj
, PUNCT 11 punct
told VERB 9 acl Tense=Past|VerbForm=Fin
AFP PROPN 11 obl
. PUNCT 3 punct"""


def test_a_cue_after_a_quote_s_speaker_and_apposition_is_the_quote_s_own():
    # '“We win,” Sessions, an adviser, told AFP.': no parenthetical whose inverted subject is AFP
    [quote] = _attribute(SESSIONS_TOLD)
    assert (quote.kind, quote.method, quote.text, quote.speaker.name) == ("direct", "direct_post_cue", "We win ,", "Sessions")


TOLD_ADDING = """Trump PROPN 2 nsubj
told VERB 0 root Tense=Past|VerbForm=Fin
Newsmax PROPN 2 obj
that SCONJ 6 mark
Romney PROPN 6 nsubj
failed VERB 2 ccomp Tense=Past|VerbForm=Fin
, PUNCT 8 punct
adding VERB 6 advcl Tense=Pres|VerbForm=Part
, PUNCT 8 punct
" PUNCT 13 punct
He PRON 13 nsubj
has AUX 13 aux VerbForm=Fin
lost VERB 8 ccomp Tense=Past|VerbForm=Part
all DET 13 obj
of ADP 17 case
the DET 17 det
vote NOUN 14 nmod
. PUNCT 13 punct
" PUNCT 13 punct"""


def test_a_quotation_another_cue_opens_inside_a_clause_is_no_part_of_it():
    # 'Trump told Newsmax that Romney failed, adding, “He has lost all of the vote.”'
    quotes = _attribute(TOLD_ADDING)
    assert [(q.kind, q.text, q.cue.text) for q in quotes] == [
        ("indirect", "Romney failed", "told"), ("direct", "He has lost all of the vote .", "adding")]
    assert quotes[1].speaker.name == "Trump"


TOLD_TITLE = """" PUNCT 3 punct
He PRON 3 nsubj
won VERB 7 ccomp Tense=Past|VerbForm=Fin
, PUNCT 3 punct
" PUNCT 3 punct
Fiorina PROPN 7 nsubj
told VERB 0 root Tense=Past|VerbForm=Fin
" PUNCT 9 punct
Morning PROPN 7 obj
Joe PROPN 9 flat
, PUNCT 9 punct
" PUNCT 9 punct
adding VERB 7 advcl Tense=Pres|VerbForm=Part
that SCONJ 16 mark
Bush PROPN 16 nsubj
lost VERB 13 ccomp Tense=Past|VerbForm=Fin
. PUNCT 7 punct"""


def test_a_quoted_title_inside_running_text_is_no_direct_quote():
    # '“He won,” Fiorina told “Morning Joe,” adding that Bush lost': the show's name is no speech
    quotes = _attribute(TOLD_TITLE)
    assert [(q.kind, q.text, q.cue.text) for q in quotes] == [
        ("direct", "He won ,", "told"), ("indirect", "Bush lost", "adding")]


MCDERMOTT_SAID = """" PUNCT 3 punct
We PRON 3 nsubj
won VERB 13 ccomp Tense=Past|VerbForm=Fin
, PUNCT 3 punct
" PUNCT 3 punct
Gallup PROPN 9 nmod:poss
's PART 6 case
Rep. PROPN 9 compound
Jim PROPN 9 flat
McDermott PROPN 13 nsubj
( PUNCT 11 punct
D-Wash. PROPN 9 appos
) PUNCT 11 punct
said VERB 0 root Tense=Past|VerbForm=Fin
. PUNCT 13 punct"""


def test_a_cue_after_a_quote_reaches_past_a_possessive_and_a_parenthesis():
    # '“We won,” Gallup's Rep. Jim McDermott (D-Wash.) said.': the quote's own cue, not a floating quote
    [quote] = _attribute(MCDERMOTT_SAID)
    assert (quote.method, quote.cue.text, quote.speaker.name) == ("direct_post_cue", "said", "Jim McDermott")


SAYS_RELATIVE = """McCain PROPN 2 nsubj
says VERB 0 root VerbForm=Fin
the DET 4 det
movement NOUN 8 nsubj
that PRON 7 obj
Trump PROPN 7 nsubj
leads VERB 4 acl:relcl VerbForm=Fin
hurts VERB 2 ccomp VerbForm=Fin
the DET 10 det
party NOUN 8 obj
. PUNCT 2 punct"""

SAYS_GERUND = """Trump PROPN 2 nsubj
says VERB 0 root VerbForm=Fin
running VERB 2 xcomp VerbForm=Ger
for ADP 5 case
office NOUN 3 obl
is AUX 7 cop VerbForm=Fin
tough ADJ 2 ccomp Degree=Pos
. PUNCT 2 punct"""

SAID_ITS = """Nicklaus PROPN 2 nsubj
said VERB 0 root VerbForm=Fin
it PRON 2 obj
's PART 3 case
one NUM 2 obj
of ADP 7 case
them PRON 5 nmod
. PUNCT 2 punct"""


SAID_NAME_AS_VERB = """Oltchick PROPN 2 nsubj
said VERB 0 root Tense=Past|VerbForm=Fin
Freddy VERB 2 xcomp Tense=Past|VerbForm=Part
had VERB 2 ccomp Tense=Past|VerbForm=Fin
resigned VERB 2 xcomp Tense=Past|VerbForm=Part
. PUNCT 2 punct"""

SAYS_SEN_DOT = """Patrick PROPN 2 nsubj
says VERB 0 root Tense=Pres|VerbForm=Fin
Sen PROPN 5 nsubj
. PUNCT 3 punct
Cruz PROPN 3 flat
is AUX 7 cop VerbForm=Fin
tall ADJ 2 obj
. PUNCT 2 punct"""


@pytest.mark.parametrize("rows, clause", [
    (SAYS_RELATIVE, "the movement that Trump leads hurts the party"),  # "that" after a noun is relative
    (SAID_NAME_AS_VERB, "Freddy had resigned"),  # a name the tagger read as a verb opens the clause
    (SAYS_SEN_DOT, "Sen . Cruz is tall"),  # the full stop of a title split off is no sentence end
    (SAYS_GERUND, "running for office is tough"),
    (SAID_ITS, "it 's one of them"),  # "'s" after a pronoun is a verb, whatever the tagger says
])
def test_clauses_the_tree_reads_wrongly(rows, clause):
    text, cand = _only_candidate(rows)
    assert text[cand.start:cand.end] == clause


ACCORDING_POLL = """Clinton PROPN 1 nsubj
leads VERB 0 root VerbForm=Fin
, PUNCT 5 punct
according VERB 5 case
to ADP 3 fixed
a DET 7 det
new ADJ 7 amod
poll NOUN 1 obl
. PUNCT 1 punct"""


def test_according_to_names_documents_and_polls_as_sources():
    text, cand = _only_candidate(ACCORDING_POLL, content.volgens)
    assert (text[cand.start:cand.end].strip(), text[cand.mention.start:cand.mention.end]) == ("Clinton leads", "a new poll")


HEADLINE = """Paul PROPN 1 flat
Ryan PROPN 8 nsubj
: PUNCT 1 punct
FBI PROPN 4 compound
Decision NOUN 5 nsubj
Defies VERB 1 parataxis VerbForm=Fin
Explanation NOUN 5 obj"""


@pytest.mark.parametrize("rows, claim, source", [
    (HEADLINE, "FBI Decision Defies Explanation", "Paul Ryan"),
    ("Clinton PROPN 6 nsubj\nto ADP 2 case\nvoters NOUN 0 nmod\n: PUNCT 0 punct\nTrump PROPN 6 nsubj\n"
     "will AUX 6 aux VerbForm=Fin\nlose VERB 0 parataxis VerbForm=Inf", "Trump will lose", "Clinton"),
])
def test_a_source_before_a_colon_claims_the_line(rows, claim, source):
    parsed = tree_doc(rows)
    cand = claims.colon_claim(parsed.sentences[0], parsed.text, EN, NOWHERE)
    assert (parsed.text[cand.start:cand.end], parsed.text[cand.mention.start:cand.mention.end]) == (claim, source)
    assert cand.cue.entry.lemma == ":" and claims.colon_claim(parsed.sentences[0], parsed.text, load("nl"), NOWHERE) is None


def test_a_label_or_a_verb_before_the_colon_is_no_source():
    for rows in ("Exclusive ADJ 1 amod\n: PUNCT 1 punct\nTrump PROPN 3 nsubj\nwins VERB 0 root VerbForm=Fin\nbig ADV 3 advmod",
                 "He PRON 1 nsubj\nsaid VERB 0 root VerbForm=Fin\n: PUNCT 1 punct\nwe PRON 4 nsubj\nwin VERB 1 ccomp VerbForm=Fin\nbig ADV 4 advmod"):
        parsed = tree_doc(rows)
        assert claims.colon_claim(parsed.sentences[0], parsed.text, EN, NOWHERE) is None


def _speaker_of(rows: str, cue: str, quoted: tuple[int, int] | None = None):
    """The speaker mention at the cue word ``cue`` of a hand-built tree, as text; ``quoted``: the
    first and last word of a quotation in it."""
    parsed = tree_doc(rows)
    sent = parsed.sentences[0]
    verb = next(w for w in sent.words if w.text == cue)
    inside = content.inside_ranges([(sent.words[quoted[0]].start, sent.words[quoted[1]].end)] if quoted else [])
    mention = subject_of(sent, verb, EN, inside)
    if mention is not None and mention.stands_for is not None:  # a relative pronoun: "who" → its noun
        said = parsed.text[mention.start:mention.end]
        return f"{said} → {parsed.text[mention.stands_for.start:mention.stands_for.end]}"
    return None if mention is None else parsed.text[mention.start:mention.end]


PASSIVE_BY = """Trump PROPN 4 nsubj:pass
has AUX 4 aux VerbForm=Fin
been AUX 4 aux:pass VerbForm=Part
criticized VERB 0 root VerbForm=Part
by ADP 7 case
his PRON 7 nmod:poss
rivals NOUN 4 obl:agent
. PUNCT 4 punct"""


@pytest.mark.parametrize("rows, cue, speaker", [
    (PASSIVE_BY, "criticized", "his rivals"),  # the agent speaks, not the passive subject
    (PASSIVE_BY.replace("by ADP 7 case\nhis PRON 7 nmod:poss\nrivals NOUN 4 obl:agent",
                        "again ADV 4 advmod\ntoday NOUN 4 obl:tmod\nthen ADV 4 advmod"), "criticized", None),
    ("""Sanders PROPN 2 nsubj
denounced VERB 0 root VerbForm=Fin
the DET 4 det
attacks NOUN 2 obj
, PUNCT 6 punct
saying VERB 2 advcl VerbForm=Ger
they PRON 9 nsubj
were AUX 9 cop VerbForm=Fin
wrong ADJ 6 ccomp
. PUNCT 2 punct""", "saying", "Sanders"),  # a participle cue takes the subject of its verb
    ("""Six NUM 4 nsubj
in ADP 3 case
10 NUM 1 nmod
say VERB 0 root VerbForm=Fin
he PRON 7 nsubj
is AUX 7 cop VerbForm=Fin
decisive ADJ 4 ccomp
. PUNCT 4 punct""", "say", "Six"),  # a share of people
    ("""WASHINGTON PROPN 8 nsubj
( PUNCT 3 punct
AP PROPN 1 appos
) PUNCT 3 punct
— PUNCT 8 punct
Attorney PROPN 7 compound
Lynch PROPN 8 nsubj
says VERB 0 root VerbForm=Fin
that SCONJ 11 mark
nobody PRON 11 nsubj
interfered VERB 8 ccomp VerbForm=Fin""", "says", "Attorney Lynch"),  # not the dateline
    ("""Washington PROPN 8 nsubj
( PUNCT 3 punct
AFP PROPN 1 appos
) PUNCT 3 punct
– PUNCT 8 punct
Hillary PROPN 7 compound
Clinton PROPN 8 nsubj
says VERB 0 root VerbForm=Fin
that SCONJ 11 mark
nobody PRON 11 nsubj
interfered VERB 8 ccomp VerbForm=Fin""", "says", "Hillary Clinton"),  # a dateline in title case
    ("""Morton PROPN 2 compound
Blackwell PROPN 3 nsubj
Endorses PROPN 0 root
Ted PROPN 5 compound
Cruz PROPN 3 obj""", "Endorses", "Morton Blackwell"),  # a title-case headline: the name ends at the verb
    ("""Voters NOUN 5 nsubj
who PRON 3 nsubj
support VERB 1 acl:relcl VerbForm=Fin
Sanders PROPN 3 obj
came VERB 0 root VerbForm=Fin""", "support", "who → Voters"),  # the mention "who", named after its noun
    ("""While SCONJ 3 mark
Ramos PROPN 3 nsubj
said VERB 0 root VerbForm=Fin
that SCONJ 6 mark
he PRON 6 nsubj
left VERB 3 ccomp VerbForm=Fin""", "said", "Ramos"),  # a capitalised conjunction is no part of the name
    ("""MOSCOW PROPN 5 nsubj
— PUNCT 1 punct
The DET 4 det
Kremlin PROPN 5 nsubj
dismissed VERB 0 root VerbForm=Fin
the DET 7 det
offer NOUN 5 obj
, PUNCT 9 punct
saying VERB 5 advcl VerbForm=Ger
talks NOUN 11 nsubj
failed VERB 9 ccomp VerbForm=Fin""", "saying", "The Kremlin"),  # a participle's main clause after a dateline
    ("""defense NOUN 2 compound
minister NOUN 5 dep
on ADP 4 case
Monday PROPN 5 obl
urged VERB 0 root VerbForm=Fin
allies NOUN 5 obj""", "urged", "defense minister"),  # no tree subject: the noun phrase before the time phrase
    ("""Critics NOUN 7 dep
at ADP 3 case
home NOUN 1 nmod
say VERB 0 root VerbForm=Fin
the DET 6 det
plan NOUN 7 nsubj
failed VERB 4 ccomp VerbForm=Fin""", "say", "Critics at home"),  # the noun before a place speaks
    ("""" PUNCT 3 punct
We PRON 3 nsubj
won VERB 14 ccomp VerbForm=Fin
, PUNCT 3 punct
" PUNCT 3 punct
Jenna PROPN 3 obj
Golden PROPN 6 flat
, PUNCT 12 punct
the DET 10 det
campaign NOUN 12 nmod:poss
's PART 10 case
director NOUN 14 nsubj
, PUNCT 14 punct
said VERB 0 root VerbForm=Fin""", "said", "Jenna Golden"),  # the tree's subject is the name's apposition
])
def test_english_speakers_at_the_cue(rows, cue, speaker):
    assert _speaker_of(rows, cue) == speaker


def test_an_english_cue_without_a_subject_takes_not_its_object():
    rows = "Then ADV 2 advmod\nendorsed VERB 0 root VerbForm=Fin\nJeb PROPN 2 obj\nBush PROPN 3 flat"
    assert _speaker_of(rows, "endorsed") is None  # English: "Jeb Bush" is who was endorsed


EMBEDDED = """tariffs NOUN 0 root
, PUNCT 7 punct
which PRON 7 nsubj:pass
officials NOUN 5 nsubj
said VERB 7 parataxis VerbForm=Fin
were AUX 7 aux:pass VerbForm=Fin
needed VERB 1 acl:relcl VerbForm=Part
, PUNCT 7 punct
rose VERB 1 conj VerbForm=Fin"""


def test_a_cue_inside_a_relative_clause_reports_the_clause():
    parsed = tree_doc(EMBEDDED)
    [hit] = find_cues(parsed.sentences[0], EN)
    cand = claims.embedded(hit, parsed.text, EN, NOWHERE)
    assert (parsed.text[cand.start:cand.end].strip(), parsed.text[cand.mention.start:cand.mention.end]) == \
        ("which officials said were needed", "officials")
    assert claims.embedded(hit, parsed.text, load("nl"), NOWHERE) is None  # Dutch: dat/of clauses only


NOMINAL = """Trump PROPN 3 nmod:poss
's PART 1 case
criticism NOUN 7 nsubj
of ADP 6 case
the DET 6 det
alliance NOUN 3 nmod
drew VERB 0 root VerbForm=Fin
fire NOUN 7 obj"""


def test_a_possessed_noun_of_speech_reports_its_object():
    parsed = tree_doc(NOMINAL)
    [cand] = claims.nominal(parsed.sentences[0], parsed.text, EN, NOWHERE)
    assert (parsed.text[cand.start:cand.end], parsed.text[cand.mention.start:cand.mention.end], cand.cue.word.text) \
        == ("the alliance", "Trump", "criticism")
    assert claims.nominal(parsed.sentences[0], parsed.text, load("nl"), NOWHERE) == []
    no_owner = tree_doc("""The DET 2 det
criticism NOUN 6 nsubj
of ADP 5 case
the DET 5 det
alliance NOUN 2 nmod
drew VERB 0 root VerbForm=Fin
fire NOUN 6 obj""")
    assert claims.nominal(no_owner.sentences[0], no_owner.text, EN, NOWHERE) == []  # nobody's criticism


WALKED_BACK_SAYING = """An DET 2 det
official NOUN 3 nsubj:pass
walked VERB 0 root Tense=Past|VerbForm=Part
back ADP 3 compound:prt
the DET 6 det
comments NOUN 3 obl
, PUNCT 8 punct
saying VERB 3 advcl Tense=Pres|VerbForm=Part
the DET 10 det
plan NOUN 11 nsubj
failed VERB 8 ccomp Tense=Past|VerbForm=Fin
. PUNCT 3 punct"""


def test_a_passive_subject_the_tree_gave_an_active_verb_still_speaks():
    # no passive auxiliary and no passive voice: "walked back" is active, its subject speaks for
    # the participle cue "saying" (not "the comments" before it)
    text, cand = _only_candidate(WALKED_BACK_SAYING)
    assert text[cand.mention.start:cand.mention.end] == "An official"
    passive = WALKED_BACK_SAYING.replace("walked VERB 0 root Tense=Past|VerbForm=Part",
                                         "criticized VERB 0 root Tense=Past|VerbForm=Part|Voice=Pass")
    parsed = tree_doc(passive)
    assert subject_of(parsed.sentences[0], parsed.sentences[0].words[2], EN) is None  # no agent


TELLING_REUTERS = """Trump PROPN 2 nsubj
returned VERB 0 root Tense=Past|VerbForm=Fin
the DET 4 det
compliment NOUN 2 obj
, PUNCT 6 punct
telling VERB 2 advcl VerbForm=Ger
Reuters PROPN 6 obj
, PUNCT 6 punct
they PRON 10 nsubj
are AUX 11 aux VerbForm=Fin
friends NOUN 6 parataxis
. PUNCT 2 punct"""


def test_a_participle_after_a_comma_is_no_parenthetical_cue_in_english():
    # ", telling Reuters, …": Reuters is whom he told, not a speaker after an inverted cue
    parsed = tree_doc(TELLING_REUTERS)
    [hit] = [h for h in find_cues(parsed.sentences[0], EN) if h.word.text == "telling"]
    assert content.parenthetical(hit, parsed.text, EN, NOWHERE) is None


SAID_THAT_MISTAGGED = """Bucher PROPN 2 nsubj
said VERB 0 root VerbForm=Fin
that SCONJ 4 mark
independent VERB 2 advcl VerbForm=Fin
voters NOUN 4 obj
can AUX 8 aux VerbForm=Fin
not PART 8 advmod
vote VERB 2 ccomp VerbForm=Inf
. PUNCT 2 punct"""


def test_a_that_tagged_as_complementizer_opens_the_clause_whatever_verb_the_tagger_sees_next():
    text, cand = _only_candidate(SAID_THAT_MISTAGGED)
    assert text[cand.start:cand.end] == "independent voters can not vote"
    # a demonstrative "that" before a finite auxiliary is still the clause's subject
    text, cand = _only_candidate(SAID_THAT_MISTAGGED.replace("that SCONJ 4 mark", "that PRON 4 nsubj")
                                 .replace("independent VERB 2 advcl VerbForm=Fin", "was AUX 2 ccomp VerbForm=Fin"))
    assert text[cand.start:cand.end].startswith("that was")


WITH_NAME_CALLING = """Democrats PROPN 2 nsubj
went VERB 0 root VerbForm=Fin
further ADV 2 advmod
, PUNCT 8 punct
with ADP 6 case
Martin PROPN 2 obl
Malley PROPN 6 flat
calling VERB 2 advcl VerbForm=Ger
Trump PROPN 8 obj
a DET 11 det
fascist NOUN 8 xcomp
. PUNCT 2 punct"""


def test_a_participle_right_after_a_name_has_that_name_as_its_subject():
    parsed = tree_doc(WITH_NAME_CALLING)
    sent = parsed.sentences[0]
    mention = subject_of(sent, sent.words[7], EN)
    assert parsed.text[mention.start:mention.end] == "Martin Malley"  # not "Democrats", the main clause's
    after_comma = tree_doc(WITH_NAME_CALLING.replace("with ADP 6 case", ", PUNCT 8 punct")
                           .replace("Martin PROPN 2 obl", "now ADV 8 advmod").replace("Malley PROPN 6 flat", "then ADV 8 advmod"))
    sent = after_comma.sentences[0]
    mention = subject_of(sent, sent.words[7], EN)
    assert after_comma.text[mention.start:mention.end] == "Democrats"


EMAIL_SAYING = """She PRON 2 nsubj
wrote VERB 0 root Tense=Past|VerbForm=Fin
to ADP 4 case
supporters NOUN 2 obl
, PUNCT 6 punct
saying VERB 4 acl Tense=Pres|VerbForm=Part
the DET 8 det
plan NOUN 9 nsubj
failed VERB 6 ccomp Tense=Past|VerbForm=Fin
. PUNCT 2 punct"""


def test_a_participle_after_a_comma_speaks_with_the_main_clause_whatever_it_hangs_on():
    parsed = tree_doc(EMAIL_SAYING)  # the tree hung "saying" on "supporters"
    [hit] = [h for h in find_cues(parsed.sentences[0], EN) if h.word.text == "saying"]
    cand = content.indirect(hit, parsed.text, EN, NOWHERE)
    assert parsed.text[cand.mention.start:cand.mention.end] == "She"


ACCORDING_TO_HIS = """He PRON 2 nsubj
raised VERB 0 root Tense=Past|VerbForm=Fin
money NOUN 2 obj
, PUNCT 5 punct
according VERB 9 case VerbForm=Ger
to ADP 5 fixed
his PRON 9 nmod:poss Poss=Yes
campaign NOUN 9 compound
documents NOUN 2 obl
. PUNCT 2 punct"""


def test_a_possessive_opens_the_noun_phrase_of_a_source():
    # "according to his campaign documents": the documents are the source, not "his"
    parsed = tree_doc(ACCORDING_TO_HIS)
    [hit] = find_cues(parsed.sentences[0], EN)
    cand = content.volgens(hit, parsed.text, EN, NOWHERE)
    assert parsed.text[cand.mention.start:cand.mention.end] == "his campaign documents"
    assert parsed.text[cand.start:cand.end].strip() == "He raised money"  # hand-built text: " ," before the cue


UPFRONT_SAYING = """Fiorina PROPN 3 nsubj
was AUX 3 cop VerbForm=Fin
upfront ADJ 0 root
about ADP 5 case
Trump PROPN 3 obl
, PUNCT 8 punct
the DET 8 det
frontrunner PROPN 10 nsubj
, PUNCT 10 punct
saying VERB 12 advcl Tense=Pres|VerbForm=Part
voters NOUN 12 nsubj
need VERB 3 parataxis VerbForm=Fin
unity NOUN 12 obj
. PUNCT 3 punct"""


def test_a_participle_after_a_comma_has_no_subject_of_its_own():
    # the tree made "the frontrunner" the subject of "saying": the main clause's subject speaks
    parsed = tree_doc(UPFRONT_SAYING)
    sent = parsed.sentences[0]
    mention = subject_of(sent, sent.words[9], EN)
    assert parsed.text[mention.start:mention.end] == "Fiorina"


MINUTES_LATER = """A DET 3 det
few ADJ 3 amod
minutes NOUN 7 nsubj
later ADV 7 advmod
, PUNCT 4 punct
he PRON 7 nsubj
added VERB 0 root Tense=Past|VerbForm=Fin
the DET 9 det
plan NOUN 10 nsubj
failed VERB 7 ccomp Tense=Past|VerbForm=Fin
. PUNCT 7 punct"""

GRASSLEY_SAID = """Grassley PROPN 9 nsubj
, PUNCT 3 punct
facing VERB 1 acl Tense=Pres|VerbForm=Part
Iowa PROPN 3 obj
, PUNCT 7 punct
a DET 7 det
state NOUN 9 nsubj
, PUNCT 7 punct
said VERB 0 root Tense=Past|VerbForm=Fin
he PRON 11 nsubj
won VERB 9 ccomp Tense=Past|VerbForm=Fin
. PUNCT 9 punct"""


@pytest.mark.parametrize("rows, cue, speaker", [
    (MINUTES_LATER, "added", "he"),  # two tree subjects: the one next to the verb is its own
    (GRASSLEY_SAID, "said", "Grassley"),  # not one that ends an inserted phrase before a comma
])
def test_of_two_tree_subjects_the_one_in_the_verb_s_clause_speaks(rows, cue, speaker):
    assert _speaker_of(rows, cue) == speaker


BLUNT_CLAIMING = """At ADP 3 case
a DET 3 det
rally NOUN 9 obl
, PUNCT 3 punct
Mr. PROPN 9 conj
Trump PROPN 5 flat
was AUX 9 cop Tense=Past|VerbForm=Fin
just ADV 9 advmod
blunt PROPN 0 root
, PUNCT 11 punct
claiming VERB 9 conj Tense=Pres|VerbForm=Part
Obama PROPN 13 nsubj
lied VERB 11 ccomp Tense=Past|VerbForm=Fin
. PUNCT 9 punct"""

POINTED_NOTING = """Blackwell ADV 2 advmod
pointed VERB 0 root Tense=Past|VerbForm=Fin
to ADP 4 case
capabilities NOUN 2 obl
, PUNCT 6 punct
noting VERB 2 conj Tense=Pres|VerbForm=Part
he PRON 8 nsubj
won VERB 6 ccomp Tense=Past|VerbForm=Fin
. PUNCT 2 punct"""

SAID_RICE_NOTING = """" PUNCT 3 punct
It PRON 3 nsubj
works VERB 6 ccomp Tense=Pres|VerbForm=Fin
, PUNCT 3 punct
" PUNCT 3 punct
said VERB 0 root Tense=Past|VerbForm=Fin
Peter PROPN 6 obj
Rice PROPN 7 flat
, PUNCT 10 punct
noting VERB 6 advcl Tense=Pres|VerbForm=Part
sales NOUN 12 nsubj
rose VERB 10 ccomp Tense=Past|VerbForm=Fin
. PUNCT 6 punct"""


def test_a_participle_after_a_comma_takes_the_subject_before_the_first_finite_verb():
    # the tree gave the main clause no subject: the noun phrase before its finite verb speaks
    assert _speaker_of(BLUNT_CLAIMING, "claiming") == "Mr. Trump"
    # and an inverted main clause's subject after its verb ("…," said Peter Rice, …, noting …)
    assert _speaker_of(SAID_RICE_NOTING, "noting", quoted=(0, 4)) == "Peter Rice"


ENDORSED_SAYING = """Blackwell PROPN 0 root
, PUNCT 3 punct
founder NOUN 1 appos
, PUNCT 5 punct
endorsed VERB 3 acl:relcl Tense=Past|VerbForm=Fin
Cruz PROPN 5 obj
, PUNCT 8 punct
saying VERB 11 advcl Tense=Pres|VerbForm=Part
he PRON 11 nsubj
has AUX 11 aux VerbForm=Fin
won VERB 5 ccomp Tense=Past|VerbForm=Part
. PUNCT 1 punct"""


def test_a_participle_after_a_comma_does_not_speak_with_the_clause_it_introduces():
    # the tree hung "saying" on "won", the verb of what is said: its subject "he" is no speaker
    assert _speaker_of(ENDORSED_SAYING, "saying") == "Blackwell"


def test_a_participle_after_a_comma_never_speaks_with_the_object_before_it():
    # "Blackwell" tagged as an adverb leaves the main clause without a subject: no speaker rather
    # than "capabilities", the object of "pointed to"
    assert _speaker_of(POINTED_NOTING, "noting") is None


def test_a_title_case_headline_teaches_no_names():
    words = "Republican Donor Adelson and Trump May be Aligning on Israel".split()
    headline = "\n".join(f"{w} PROPN {0 if k == 0 else 1} {'root' if k == 0 else 'flat'}" for k, w in enumerate(words))
    parsed = tree_doc(headline, "Trump PROPN 2 nsubj\nspoke VERB 0 root VerbForm=Fin\n. PUNCT 2 punct")
    assert NameIndex(parsed.sentences, EN).canonical(("Trump",)) == "Trump"  # not "Trump May"
    assert NameIndex(parsed.sentences, load("nl")).canonical(("Trump",)) == "Trump May"  # Dutch learns from every sentence
    assert not title_case(("Trump", "spoke", "about", "the", "Iran", "deal", "on", "Monday"))


SAID_ON_FRIDAY = """Adelson PROPN 2 nsubj
said VERB 0 root VerbForm=Fin
on ADP 4 case
Friday PROPN 2 obl
he PRON 6 nsubj
met VERB 2 advcl VerbForm=Fin
Trump PROPN 6 obj
. PUNCT 2 punct"""


def test_a_time_phrase_between_cue_and_clause_is_skipped_on_the_surface():
    text, cand = _only_candidate(SAID_ON_FRIDAY)  # the tree made the clause an adverbial
    assert text[cand.start:cand.end] == "he met Trump" and text[cand.mention.start:cand.mention.end] == "Adelson"


BETWEEN = 'The deal "looks bad," Smith said, citing the polls. "We vote." Jones left.'


def test_a_passage_goes_on_past_the_cue_clause_s_reported_content_and_after_a_mixed_quote():
    def at(fragment, **kw):
        start = BETWEEN.index(fragment)
        return replace(_quote(0, 0, **kw), text=fragment, start=start, end=start + len(fragment))

    cue_at = BETWEEN.index("said")
    first, polls, passage = at("looks bad,", cue_at=cue_at), at("the polls", kind="indirect"), at("We vote.")
    polls = replace(polls, cue=Cue("citing", "cite", cue_at + 6, cue_at + 12))
    joined = join_continued([first, polls, passage], BETWEEN)
    assert [p.text for p in joined[0].parts] == ["looks bad,", "We vote."] and joined[1].text == "the polls"
    mixed = replace(at('The deal "looks bad,', cue_at=cue_at), kind="mixed")
    [quote] = join_continued([mixed, passage], BETWEEN)
    assert quote.kind == "mixed" and [p.text for p in quote.parts] == ['The deal "looks bad,', "We vote."]
    assert len(join_continued([replace(mixed, cue=None), passage], BETWEEN)) == 2  # no cue after it: no join
    # the paragraph ends with the reported content: the passage opening the next one goes on the quote
    text = '"It looks bad," Smith said, citing the polls.\n\n"We vote."'
    first = replace(_quote(0, 0, cue_at=text.index("said")), text="It looks bad,", start=1, end=14)
    start = text.index("the polls")
    polls = replace(_quote(0, 0, kind="indirect"), text="the polls", start=start, end=start + 9,
                    cue=Cue("citing", "cite", start - 7, start - 1))
    start = text.index("We vote.")
    passage = replace(_quote(0, 0, name="Jones"), text="We vote.", start=start, end=start + 8)
    assert len(join_continued([first, polls, passage], text)) == 3  # another speaker: no join
    joined = join_continued([first, polls, replace(passage, speaker=first.speaker)], text)
    assert [p.text for p in joined[0].parts] == ["It looks bad,", "We vote."]


@pytest.mark.parametrize("phrase, name", [
    ("Senate Minority Whip Dick Durbin", ["Dick", "Durbin"]),  # capitalised modifiers of a title
    ("White House press secretary Josh Earnest", ["Josh", "Earnest"]),  # nouns of a compound title
])
def test_a_name_before_the_modifiers_of_a_title_modifies_it(phrase, name):
    from quotes.speakers import Mention, name_tokens
    words = phrase.split()
    last = len(words)
    rows = "\n".join(f"{w} PROPN {last + 1 if k < last - 1 else 1} {'compound' if k < last - 1 else 'nsubj'}"
                     for k, w in enumerate(words))
    parsed = tree_doc("said VERB 0 root VerbForm=Fin\n" + rows)  # '…," said Senate Minority Whip Dick Durbin'
    mention = Mention(parsed.sentences[0], 1, last, last)
    assert [w.text for w in name_tokens(mention, EN)] == name  # not "Senate", not "White House"


def test_a_passage_the_tracker_gave_the_previous_quote_s_speaker_joins_however_it_is_named():
    text = 'Said Ed Rendell, a former governor: "We stay." "We vote."'  # the cue before the quote
    start = text.index("We stay.")
    first = replace(_quote(0, 0, name="Ed Rendell", cue_at=0), text="We stay.", start=start, end=start + 8)
    start = text.index("We vote.")
    passage = _quote(0, 0, name="a former governor")
    passage = replace(passage, text="We vote.", start=start, end=start + 8)
    assert len(join_continued([first, passage], text)) == 2  # told apart by name alone
    tracked = replace(passage, speaker=replace(passage.speaker, resolved_from="previous_quote"))
    [joined] = join_continued([first, tracked], text)
    assert joined.speaker.name == "Ed Rendell" and len(joined.parts) == 2


def _glued_doc(text: str, rows: str):
    """A hand-built tree over ``text`` as written: each row's word found in order in the text, so
    that words glued together ("conservative-leaning") stand without a space between."""
    from quotes.parsing import ParsedDoc, Sentence, Word

    words, pos = [], 0
    for i, line in enumerate(r for r in rows.strip().splitlines() if r.strip()):
        form, upos, head, deprel, *feats = line.split()
        start = text.index(form, pos)
        words.append(Word(i, form, form.lower(), upos, feats[0] if feats else "", int(head) - 1, deprel,
                          start, start + len(form)))
        pos = start + len(form)
    return ParsedDoc(text, (Sentence(0, words[0].start, words[-1].end, 0, tuple(words)),))


def test_a_cue_after_a_quote_reaches_past_words_glued_by_a_hyphen():
    text = '"We won," the conservative-leaning paper wrote.'
    parsed = _glued_doc(text, """" PUNCT 3 punct
We PRON 3 nsubj
won VERB 11 ccomp Tense=Past|VerbForm=Fin
, PUNCT 3 punct
" PUNCT 3 punct
the DET 10 det
conservative ADJ 10 amod
- PUNCT 9 punct
leaning VERB 7 conj VerbForm=Ger
paper NOUN 11 nsubj
wrote VERB 0 root Tense=Past|VerbForm=Fin
. PUNCT 11 punct""")
    [quote] = attribute_parsed(Document("d", text, {"lang": "en"}), parsed, EN)
    assert (quote.method, quote.cue.text, quote.speaker.mention) == ("direct_post_cue", "wrote", "paper")


def test_a_cue_after_a_quote_reaches_past_a_long_apposition():
    # '“We won,” Steve Rosenthal, a former political director of the big national union and
    # progressive political organizer, wrote.': thirteen words between the commas
    apposition = "a former political director of the big national union and progressive political organizer".split()
    rows = ['" PUNCT 3 punct', "We PRON 3 nsubj", "won VERB 0 root Tense=Past|VerbForm=Fin", ", PUNCT 3 punct",
            '" PUNCT 3 punct', "Steve PROPN 3 nsubj", "Rosenthal PROPN 6 flat", ", PUNCT 6 punct"]
    rows += [f"{w} NOUN 6 appos" for w in apposition]
    rows += [", PUNCT 6 punct", "wrote VERB 3 parataxis Tense=Past|VerbForm=Fin", ". PUNCT 3 punct"]
    [quote] = _attribute("\n".join(rows))
    assert (quote.method, quote.cue.text, quote.speaker.name) == ("direct_post_cue", "wrote", "Steve Rosenthal")


TOLD_POLITICO = """Dever PROPN 2 nsubj
told VERB 0 root Tense=Past|VerbForm=Fin
POLITICO PROPN 2 obj
, PUNCT 8 punct
" PUNCT 8 punct
Of ADP 8 obl
all DET 6 det
I PRON 9 nsubj
like VERB 2 ccomp Tense=Pres|VerbForm=Fin
Kasich PROPN 9 obj
the DET 12 det
best ADJ 9 advmod
. PUNCT 9 punct
" PUNCT 9 punct"""


def test_a_quotation_the_cue_opens_after_its_addressee_is_direct_speech():
    # 'Dever told POLITICO, “Of all I like Kasich the best.”': the cue's own quote, not a clause around it
    [quote] = _attribute(TOLD_POLITICO)
    assert (quote.kind, quote.method, quote.cue.text, quote.speaker.name) == ("direct", "direct_pre_cue", "told", "Dever")
