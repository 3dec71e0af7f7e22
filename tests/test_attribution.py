"""Attribution on real Stanza parses of Dutch sentences: sentence → (kind, speaker, cue, content).

Each row is a pattern of the Dutch and Belgian press. The parser behind these tests is the bundled
one, so the rules must hold up on its mistakes too.
"""
from __future__ import annotations

import pytest

CASES = [
    # direct quotes, every quote-mark convention, cue after the quote
    ("„We gaan dit niet accepteren”, zei minister Hoekstra dinsdag.",
     "direct", "Hoekstra", "zeggen", "We gaan dit niet accepteren"),
    (",,Het is een historische dag'', zegt burgemeester Femke Halsema.",
     "direct", "Femke Halsema", "zeggen", "Het is een historische dag"),
    ("“De inflatie daalt langzaam”, aldus econoom Marieke Blom.",
     "direct", "Marieke Blom", "aldus", "De inflatie daalt langzaam"),
    ("‘Ik ben blij met de uitslag’, zei de trainer na afloop.",
     "direct", "de trainer", "zeggen", "Ik ben blij met de uitslag"),
    ("'We zijn er klaar voor', zei de aanvoerder.",
     "direct", "de aanvoerder", "zeggen", "We zijn er klaar voor"),
    ('"Dit moet stoppen", verklaarde de woordvoerder van de politie.',
     "direct", "de woordvoerder van de politie", "verklaren", "Dit moet stoppen"),
    ("«Dit is onaanvaardbaar», verklaarde de Franse president Emmanuel Macron.",
     "direct", "Emmanuel Macron", "verklaren", "Dit is onaanvaardbaar"),
    # cue before the quote, colon
    ('Premier Rutte zei: "We moeten samen verder."',
     "direct", "Rutte", "zeggen", "We moeten samen verder."),
    ("De minister was duidelijk: „Er komt geen extra geld.”",
     "direct", "De minister", None, "Er komt geen extra geld."),
    # indirect speech: dat/of clauses, separable and multi-word cues, te-infinitives
    ("De woordvoerder van de politie liet weten dat er drie mensen zijn opgepakt.",
     "indirect", "De woordvoerder van de politie", "laten weten", "er drie mensen zijn opgepakt"),
    ("Minister De Jonge legde uit dat de regels vanaf maandag gelden.",
     "indirect", "De Jonge", "uitleggen", "de regels vanaf maandag gelden"),
    ("De regering kondigde aan dat de belastingen omlaag gaan.",
     "indirect", "De regering", "aankondigen", "de belastingen omlaag gaan"),
    ("Zelensky vroeg of de bondgenoten meer luchtafweer kunnen leveren.",
     "indirect", "Zelensky", "vragen", "de bondgenoten meer luchtafweer kunnen leveren"),
    ("De boeren zeiden vastbesloten te zijn om door te gaan met hun acties.",
     "indirect", "De boeren", "zeggen", "vastbesloten te zijn om door te gaan met hun acties"),
    ("Diplomatieke bronnen meldden dat de gesprekken woensdag hervat worden.",
     "indirect", "Diplomatieke bronnen", "melden", "de gesprekken woensdag hervat worden"),
    ("Een ingewijde vertelde dat het bedrijf failliet dreigt te gaan.",
     "indirect", "Een ingewijde", "vertellen", "het bedrijf failliet dreigt te gaan"),
    # parenthetical and inverted cues, volgens, aldus, "Dat zegt X", passive
    ("Het akkoord, benadrukt de minister, is definitief.",
     "indirect", "de minister", "benadrukken", "Het akkoord, benadrukt de minister, is definitief"),
    ("De economie groeit dit jaar met twee procent, zegt de centrale bank.",
     "indirect", "de centrale bank", "zeggen", "De economie groeit dit jaar met twee procent"),
    ("Volgens burgemeester Van Zanen is de situatie onder controle.",
     "indirect", "Van Zanen", "volgens", "is de situatie onder controle"),
    ("Het kabinet valt niet, aldus premier Schoof.",
     "indirect", "Schoof", "aldus", "Het kabinet valt niet"),
    ("De onderhandelingen zijn vastgelopen. Dat verklaarde een woordvoerder van het ministerie.",
     "indirect", "een woordvoerder van het ministerie", "verklaren", "De onderhandelingen zijn vastgelopen"),
    ("DEN HAAG - De NAVO moet Oekraïne blijven steunen. Dat zei secretaris-generaal Mark Rutte vrijdag.",
     "indirect", "Mark Rutte", "zeggen", "De NAVO moet Oekraïne blijven steunen"),  # not the dateline
    ("Er werd door de minister verklaard dat de maatregel tijdelijk is.",
     "indirect", "de minister", "verklaren", "de maatregel tijdelijk is"),
    # content before the cue, parenthetical cues with what may follow a source
    ("Dat Rotterdam een homo-onvriendelijke stad zou zijn, wordt door Hans ontkend.",
     "indirect", "Hans", "ontkennen", "Rotterdam een homo-onvriendelijke stad zou zijn"),
    ("Dat de fabriek bewust is verwaarloosd, ontkent topman Arjen Dijkstra.",
     "indirect", "Arjen Dijkstra", "ontkennen", "de fabriek bewust is verwaarloosd"),
    ("Jeanne Roos is 84 jaar geworden, zo meldde het NOS-journaal gistermiddag.",
     "indirect", "het NOS-journaal", "melden", "Jeanne Roos is 84 jaar geworden"),
    ("Overal is iets georganiseerd, aldus boerenvoorman J. van 't Hof uit Sint-Annaland gistermiddag.",
     "indirect", "J. van 't Hof", "aldus", "Overal is iets georganiseerd"),
    ("De gemeente kan de sluiting niet tegenhouden, laat wethouder Gerrit Lanting van Borger-Odoorn weten.",
     "indirect", "Gerrit Lanting", "laten weten", "De gemeente kan de sluiting niet tegenhouden"),
    ("Volgens de Spaanse media heeft de renner al een contract getekend.",
     "indirect", "de Spaanse media", "volgens", "heeft de renner al een contract getekend"),
    ("Maar de negende plaats was voor Van den Goorbergh naar eigen zeggen het hoogst haalbare en dat wilde hij vieren.",
     "indirect", "Van den Goorbergh", "naar eigen zeggen",
     "de negende plaats was voor Van den Goorbergh naar eigen zeggen het hoogst haalbare"),
    ("Hij riep de regering op om snel in te grijpen.", "indirect", "Hij", "oproepen", "snel in te grijpen"),
    ("De oppositie betwist dat het kabinet de regels volgde.",
     "indirect", "De oppositie", "betwisten", "het kabinet de regels volgde"),
    ("Ze zocht contact met ploegleider Zijlaard die aanraadde te gokken op de sprint.",
     "indirect", "Zijlaard", "aanraden", "te gokken op de sprint"),
    # mixed: indirect speech with a quoted fragment
    ("Minister Yesilgöz zei dat ze „geen enkele ruimte voor een compromis” ziet.",
     "mixed", "Yesilgöz", "zeggen", "ze „geen enkele ruimte voor een compromis” ziet"),
    # opinion verbs: found, with a lower confidence
    ("Trainer Arne Slot vindt dat zijn ploeg beter moet verdedigen.",
     "indirect", "Arne Slot", "vinden", "zijn ploeg beter moet verdedigen"),
]


@pytest.mark.parametrize("sentence, kind, speaker, cue, content", CASES, ids=[c[0][:40] for c in CASES])
def test_pattern(attributor, sentence, kind, speaker, cue, content):
    quotes = attributor.attribute(sentence)
    assert len(quotes) == 1, [q.text for q in quotes]
    quote = quotes[0]
    assert (quote.kind, quote.text) == (kind, content)
    assert sentence[quote.start:quote.end] == quote.text
    assert speaker in (quote.speaker.name, quote.speaker.mention)
    assert (quote.cue.lemma if quote.cue else None) == cue


NOT_QUOTES = [
    "De nieuwe regel, dat wil zeggen de verhoging van de accijns, gaat in januari in.",
    "Wat de uitkomst wordt, is niet te zeggen.",
    "Volgens de methode van het CBS is de werkloosheid gedaald.",
    "Het zogenaamde 'klimaatplan' van de regering kreeg veel kritiek.",
    "Ze las het boek „De Ellendigen” in één week uit.",
    "Het is bekend dat de EU de partners wil betrekken.",
    "De vraag is of het kabinet dit overleeft.",
]


@pytest.mark.parametrize("sentence", NOT_QUOTES, ids=[s[:40] for s in NOT_QUOTES])
def test_no_false_alarm(attributor, sentence):
    assert attributor.attribute(sentence) == []


def test_opinion_verbs_get_lower_confidence(attributor):
    said = attributor.attribute("De minister zei dat de economie groeit.")[0]
    thinks = attributor.attribute("De minister denkt dat de economie groeit.")[0]
    assert thinks.confidence < said.confidence


def test_pronoun_resolves_to_the_previous_person(attributor):
    text = "Mark Rutte sprak in Brussel met de andere leiders. Hij zei dat de steun voor Oekraïne blijft."
    quote = attributor.attribute(text)[0]
    assert (quote.speaker.mention, quote.speaker.name, quote.speaker.resolved_from) == ("Hij", "Mark Rutte", "pronoun")


def test_plural_pronoun_resolves_to_a_group(attributor):
    text = ("Volgens een bron juichten de partnerlanden het besluit toe. "
            "Ze zeiden ook vastbesloten te zijn om bij te dragen.")
    quote = [q for q in attributor.attribute(text) if q.cue and q.cue.lemma == "zeggen"][0]
    assert quote.speaker.name == "de partnerlanden" and quote.speaker.resolved_from == "pronoun"


def test_quote_without_cue_takes_the_adjacent_speaker(attributor):
    text = "„Dit is het begin”, zei Jansen. „We gaan door tot het einde.”"
    first, second = attributor.attribute(text)
    assert second.speaker.name == "Jansen" and second.speaker.resolved_from == "previous_quote"
    assert second.cue is None and second.method == "floating"


def test_a_short_quoted_sentence_of_its_own_is_speech(attributor):
    text = "„Dit was kwaliteit”, sprak bondscoach Eenhoorn zuinig. „Vakwerk. Verdedigend en aanvallend.”"
    quotes = attributor.attribute(text)
    assert [q.text for q in quotes] == ["Dit was kwaliteit", "Vakwerk. Verdedigend en aanvallend."]
    assert {q.speaker.name for q in quotes} == {"Eenhoorn"}


def test_a_manner_of_speaking_verb_after_a_quote_is_its_cue(attributor):
    [quote] = attributor.attribute("„Dat ik zo populair ben, vind ik grandioos”, lachte Jurgen van den Goorbergh.")
    assert quote.cue.lemma == "lachen" and quote.speaker.name == "Jurgen van den Goorbergh"


def test_quote_over_two_paragraphs_is_one_quote(attributor):
    text = "„We hebben hard gewerkt aan dit plan.\n\n„Nu is het tijd om het uit te voeren”, zei de wethouder."
    [quote] = attributor.attribute(text)
    assert quote.text.startswith("We hebben") and quote.text.endswith("uit te voeren")
    assert quote.speaker.mention == "de wethouder"


def test_interrupted_quote_is_two_quotes_with_one_cue(attributor):
    text = "„Dit plan”, benadrukte Van Dalen, „is geen wensenlijstje maar een noodzaak.”"
    first, second = attributor.attribute(text)
    assert (first.text, second.text) == ("Dit plan", "is geen wensenlijstje maar een noodzaak.")
    assert first.speaker.name == second.speaker.name == "Van Dalen"
    assert first.cue == second.cue and first.cue.lemma == "benadrukken"


def test_short_name_resolves_to_full_name_across_the_article(attributor):
    text = ("Minister Hugo de Vries bezocht dinsdag de haven. "
            "„De haven is van groot belang”, zei De Vries na afloop.")
    [quote] = attributor.attribute(text)
    assert quote.speaker.name == "Hugo de Vries"


def test_anonymous_source_is_typed(attributor):
    [quote] = attributor.attribute("Een Europese diplomaat zei dat de top wordt uitgesteld.")
    assert quote.speaker.type == "anonymous"


def test_unbalanced_quote_still_attributed_with_lower_confidence(attributor):
    text = "„Dit wordt nooit afgemaakt, zei de aannemer.\n\nDe bouw ligt stil."
    quotes = attributor.attribute(text)
    assert quotes and all(text[q.start:q.end] == q.text for q in quotes)


def test_name_in_apposition_belongs_to_the_title(attributor):
    text = ("De federale staatssecretaris voor Asiel en Migratie, Anneleen Van Bossuyt, houdt voet bij stuk. "
            "Zij verklaarde dat de opvang beter gespreid moet worden.")
    [quote] = attributor.attribute(text)
    assert (quote.speaker.name, quote.speaker.resolved_from) == ("Anneleen Van Bossuyt", "pronoun")


def test_title_with_an_apposition_names_the_person(attributor):
    text = ("„Er is geen gevaar meer”, zei de gouverneur van Oost-Vlaanderen, Jan Brouckaert, dinsdag. "
            "Later antwoordde de gouverneur dat het voor een besluit nog te vroeg is.")
    quotes = attributor.attribute(text)
    assert [q.speaker.name for q in quotes] == ["Jan Brouckaert", "Jan Brouckaert"]
    assert quotes[1].speaker.resolved_from == "title"


def test_a_definite_description_at_the_cue_names_the_organisation(attributor):
    text = ("Consumentenorganisatie Test Aankoop roept iedereen op hun contract te vergelijken. "
            "Volgens de organisatie kan een gezin zo tot 300 euro per jaar besparen.")
    quote = [q for q in attributor.attribute(text) if q.method == "volgens"][0]
    assert (quote.speaker.name, quote.speaker.resolved_from) == ("Test Aankoop", "definite")


def test_organisation_with_its_full_name(attributor):
    [quote] = attributor.attribute("Het Centraal Bureau voor de Statistiek meldde dat de inflatie daalt.")
    assert quote.speaker.mention == "Het Centraal Bureau voor de Statistiek"
    assert quote.speaker.type == "organization"


@pytest.mark.parametrize("text, speaker, kind", [
    ("„Wij worden kapotgemaakt door Den Haag”, klinkt het bij actiegroep Farmers Defence Force.",
     "actiegroep Farmers Defence Force", "organization"),
    ("Voorman Mark van den Oever: „We gaan door tot er een oplossing is.”", "Mark van den Oever", "person"),
    ("„Ik sta hier al twee uur vast!”, roept een vrachtwagenchauffeur.", "een vrachtwagenchauffeur", "person"),
])
def test_more_attributions(attributor, text, speaker, kind):
    [quote] = attributor.attribute(text)
    assert speaker in (quote.speaker.mention, quote.speaker.name) and quote.speaker.type == kind


def test_dat_zegt_leaves_an_attributed_quote_alone(attributor):
    text = ("Minister Wiersma zegt begrip te hebben. „Maar blokkades zijn niet de manier”, voegt ze eraan toe. "
            "Zo zei ze het ook eerder.")
    quotes = attributor.attribute(text)
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.text for q in direct] == ["Maar blokkades zijn niet de manier"]
    assert direct[0].cue.lemma == "eraan toevoegen" and direct[0].speaker.name == "Wiersma"


def test_quote_after_a_comma_inside_a_sentence_is_mixed(attributor):
    text = "Zo’n debriefing is uitzonderlijk, “maar we hebben beslist om dat te doen”, zei een Europese bron."
    [quote] = attributor.attribute(text)
    assert quote.kind == "mixed" and quote.text.startswith("Zo’n debriefing") and quote.text.endswith("doen”")


@pytest.mark.parametrize("text", [
    "Zo'n apparaat geeft aan dat er rook in huis is, vaak minuten voordat bewoners het merken.",
    "De neerslagradar gaf aan dat de bui recht op Winterswijk afkoerste.",
    "In Amsterdam vond dat begin dit jaar navolging.",
    "Steeds weer meldde Boogerd zich bij de wagen van De Rooij en dat amuseerde Koerts.",
])
def test_no_speech_on_real_news_traps(attributor, text):
    assert attributor.attribute(text) == []


def test_dreigen_te_is_no_speech(attributor):
    assert attributor.attribute("BRUSSEL - De vakbonden dreigen volgende week het werk neer te leggen.") == []


@pytest.mark.parametrize("text", [None, b"\xe2\x80\x9eDit\xe2\x80\x9d, zei Jan.", 42])
def test_text_that_is_no_str_is_a_clear_type_error(attributor, text):
    with pytest.raises(TypeError, match="text must be a str"):
        attributor.attribute(text)


@pytest.mark.parametrize("size", [0, -1, 2.5, True])
def test_a_batch_size_that_is_no_positive_whole_number_is_refused(size):
    from quotes import Attributor, QuotesError

    with pytest.raises(QuotesError, match="batch_size"):
        Attributor(stance=False, batch_size=size)


def test_an_invisible_joiner_inside_a_name_neither_cuts_it_nor_splits_the_person(attributor):
    text = "„A is goed”, zei Jan Hoek\u200dstra. Hij lachte. „B is ook goed”, zei Hoekstra\u200d."
    first, second = attributor.attribute(text)
    assert text[first.speaker.start:first.speaker.end] == first.speaker.mention == "Jan Hoek\u200dstra"
    assert first.speaker.name == second.speaker.name == "Jan Hoekstra"
    assert second.speaker.mention == "Hoekstra\u200d"
