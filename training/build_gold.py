"""Build the Dutch development gold set ``training/data/gold_nl.jsonl``.

Run from the repository root::

    python training/build_gold.py            # writes training/data/gold_nl.jsonl
    python training/build_gold.py --check    # verify the file is up to date
    python training/build_gold.py --stats    # print counts

Articles are written below with inline markup; the markup is stripped and
the offsets of every quote are computed on the stripped text.  Markup::

    [[KIND TOKEN...|quote text]]

KIND is ``d`` (direct), ``i`` (indirect) or ``m`` (mixed).  Tokens:

    @key     speaker, looked up in the article's speaker table
    ~cue     cue text, underscores stand for spaces (``~gaf_aan``)
    +label   stance label (``+pro_nato``)
    ?        optional quote (opinion verb, impersonal or document source)

The speaker table maps a key to ``Canonical Name|alias|alias``.
Conventions are described in ``training/data/GOLD_GUIDE.md``.

The seed article is read unchanged from ``seeds/`` and annotated by
searching substrings (see ``SEED_QUOTES``).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "training" / "data" / "gold_nl.jsonl"
SEED_ID = "2025-03_eu-debriefing-niet-eu-partners"
SEED = ROOT / "seeds" / f"{SEED_ID}.txt"

KIND_LETTERS = {"d": "direct", "i": "indirect", "m": "mixed"}
STANCES = {"supportive_of_ukraine", "pro_nato", "mediation_offer"}
MARKUP = re.compile(r"\[\[([dim])((?:\s+[^|\]\s]+)*)\|(.*?)\]\]", re.DOTALL)


class MarkupError(ValueError):
    """An article's markup is inconsistent."""


@dataclass(frozen=True)
class Article:
    id: str
    date: str
    speakers: str  # "key=Canonical|alias; key2=..."
    body: str


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    text: str
    kind: str
    speaker: str
    speaker_aliases: tuple[str, ...]
    cue: str | None
    stances: tuple[str, ...]
    optional: bool

    def to_dict(self) -> dict[str, object]:
        return {
            "start": self.start, "end": self.end, "text": self.text, "kind": self.kind,
            "speaker": self.speaker, "speaker_aliases": list(self.speaker_aliases),
            "cue": self.cue, "stances": list(self.stances), "optional": self.optional,
        }


def parse_speakers(table: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    speakers: dict[str, tuple[str, tuple[str, ...]]] = {}
    for entry in filter(None, (e.strip() for e in table.split(";"))):
        key, _, names = entry.partition("=")
        canonical, *aliases = [n.strip() for n in names.split("|")]
        speakers[key.strip()] = (canonical, tuple(aliases))
    return speakers


def make_quote(
    kind: str, tokens: list[str], start: int, text: str,
    speakers: dict[str, tuple[str, tuple[str, ...]]], where: str,
) -> Quote:
    speaker_keys = [t[1:] for t in tokens if t.startswith("@")]
    if len(speaker_keys) != 1 or speaker_keys[0] not in speakers:
        raise MarkupError(f"{where}: need exactly one known @speaker, got {tokens}")
    unknown = [t for t in tokens if t[0] not in "@~+?"]
    labels = tuple(t[1:] for t in tokens if t.startswith("+"))
    if unknown or not set(labels) <= STANCES:
        raise MarkupError(f"{where}: bad tokens {tokens}")
    cues = [t[1:].replace("_", " ") for t in tokens if t.startswith("~")]
    canonical, aliases = speakers[speaker_keys[0]]
    return Quote(
        start=start, end=start + len(text), text=text, kind=KIND_LETTERS[kind],
        speaker=canonical, speaker_aliases=aliases, cue=cues[0] if cues else None,
        stances=labels, optional="?" in tokens,
    )


def strip_markup(article: Article) -> tuple[str, list[Quote]]:
    """Remove the markup; return the plain text and its quotes with offsets."""
    speakers = parse_speakers(article.speakers)
    parts: list[str] = []
    quotes: list[Quote] = []
    pos = length = 0
    for m in MARKUP.finditer(article.body):
        before = article.body[pos:m.start()]
        parts.append(before)
        length += len(before)
        content = m.group(3)
        if "[[" in content or not content.strip():
            raise MarkupError(f"{article.id}: nested or empty markup near {content[:40]!r}")
        quotes.append(make_quote(m.group(1), m.group(2).split(), length, content, speakers,
                                 f"{article.id} quote {len(quotes)}"))
        parts.append(content)
        length += len(content)
        pos = m.end()
    parts.append(article.body[pos:])
    text = "".join(parts)
    if "[[" in text or "]]" in text:
        raise MarkupError(f"{article.id}: unparsed markup left in text")
    return text, quotes


# --------------------------------------------------------------------------
# seed article: annotated by substring search in the unchanged seed file

SEED_SPEAKERS = (
    "costa=Antonio Costa|Costa; bron=een Europese bron; partners=de partnerlanden|partnerlanden;"
    " dw=Bart De Wever|De Wever; brit=een Britse bron; erd=Recep Tayipp Erdogan|Erdogan; imp=onbekend"
)

# (kind, speaker key, cue, stances, first words of the span, last words of the span);
# a kind ending in "?" marks an optional quote.
SEED_QUOTES = [
    ("d", "costa", "aldus", "pro_nato",
     "Onze samenwerking met gelijkgezinde", "inspanningen rond defensie te versterken"),
    ("m", "costa", "aldus", "",
     "Costa, Europese Commissievoorzitter", "president Volodimir Zelensky”"),
    ("m", "bron", "zei", "",
     "Zo’n formele debriefing", "om de volgende stappen te coördineren”"),
    ("d", "costa", "aldus", "supportive_of_ukraine",
     "We moeten samenwerken met onze partners", "een rechtvaardige en duurzame vrede"),
    ("i", "bron", "volgens", "",
     "juichten de partnerlanden", "nauwe coördinatie tussen de partners"),
    ("i", "partners", "zeiden", "supportive_of_ukraine",
     "vastbesloten te zijn om bij te dragen", "samenwerking op vlak van defensie te versterken"),
    ("m", "dw", "gaf aan", "",
     "dat “het VK, Canada", "in een pro-Oekraïense coalitie”"),
    ("d", "dw", "", "",
     "Als we moeten antwoorden op de nieuwe orde", "een ‘coalition of the willing’."),
    ("i", "brit", "zei", "",
     "dat een twintigtal landen bereid zijn", "of the willing’ te vervoegen"),
    ("d", "erd", "zei", "",
     "De Europese veiligheid is niet alleen", "een zaak van de Europese Unie"),
    ("d", "erd", "", "",
     "Het is in het belang van ons allebei", "steun te krijgen van onze Amerikaanse bondgenoot."),
    ("m", "erd", "verklaarde", "",
     "dat hij het idee van “een wapenstilstand", "steunt in Oekraïne"),
    ("i", "erd", "bood aan", "mediation_offer",
     "als gastheer op te treden", "gesprekken tussen Moskou en Kiev"),
    # impersonal source: optional
    ("i?", "imp", "het is bekend", "",
     "dat de EU ook de NAVO-partners wil betrekken", "om het continent beter te beveiligen"),
]


def find_unique(text: str, needle: str) -> int:
    if text.count(needle) != 1:
        raise MarkupError(f"seed: {needle!r} not found exactly once")
    return text.index(needle)


def seed_document() -> dict[str, object]:
    text = SEED.read_text(encoding="utf-8")
    speakers = parse_speakers(SEED_SPEAKERS)
    quotes = []
    for kind, key, cue, stances, head, tail in SEED_QUOTES:
        start = find_unique(text, head)
        end = text.index(tail, start) + len(tail)
        tokens = [f"@{key}"] + ([f"~{cue.replace(' ', '_')}"] if cue else [])
        tokens += [f"+{s}" for s in stances.split()] + (["?"] if kind.endswith("?") else [])
        quotes.append(make_quote(kind[0], tokens, start, text[start:end], speakers, SEED_ID))
    return document(SEED_ID, "2025-03", text, quotes)


def document(doc_id: str, date: str, text: str, quotes: list[Quote]) -> dict[str, object]:
    for q in quotes:
        assert text[q.start:q.end] == q.text, (doc_id, q)
    ordered = sorted(quotes, key=lambda q: (q.start, q.end))
    return {"id": doc_id, "lang": "nl", "date": date, "text": text,
            "quotes": [q.to_dict() for q in ordered]}


# --------------------------------------------------------------------------
# articles written for this project (fictional unless a public figure is named)

ARTICLES: list[Article] = []


OPENING_MARKS = ("„", "“", "‘", ",,", '"', "'", "«")
CLOSING_MARKS = ("”", "’", "''", '"', "'", "»")
QUOTE_CHARS = ("„", "“", "”", "«", "»", ",,", '"')


def check_spans(doc: dict[str, object], *, kinds_by_marks: bool = False) -> None:
    """Raise MarkupError when a span breaks the guide's span conventions: no surrounding
    whitespace, direct quotes inside quote marks, no final period on indirect and mixed spans; with
    ``kinds_by_marks`` also no quote mark in an indirect span and at least one in a mixed span."""
    text = str(doc["text"])
    for q in doc["quotes"]:  # type: ignore[union-attr]
        span, where = q["text"], f"{doc['id']}: {q['text'][:40]!r}"
        if span != span.strip():
            raise MarkupError(f"{where}: span has surrounding whitespace")
        if q["kind"] == "direct":
            before = text[: q["start"]].rstrip(" ")
            after = text[q["end"]:].lstrip(" ")
            if not before.endswith(OPENING_MARKS) or not after.startswith(CLOSING_MARKS):
                raise MarkupError(f"{where}: direct quote not enclosed in quote marks")
            continue
        if span.endswith("."):
            raise MarkupError(f"{where}: indirect or mixed span ends with a period")
        if kinds_by_marks and q["kind"] == "indirect" and any(c in span for c in QUOTE_CHARS + ("‘", " '")):
            raise MarkupError(f"{where}: indirect span holds a quote mark; use kind m")
        if kinds_by_marks and q["kind"] == "mixed" and not any(c in span for c in QUOTE_CHARS + ("‘", "'")):
            raise MarkupError(f"{where}: mixed span without a quote mark")


def build_articles(articles: list[Article], *, language=None, kinds_by_marks: bool = False
                   ) -> list[dict[str, object]]:
    """The gold documents of written articles, their spans checked (:func:`check_spans`);
    ``language`` maps a document id to its ``lang`` (default: Dutch). Shared by the builders of
    the other written sets (``gold_discourse.py``, ``gold_stance.py``, ``stance_articles.py``)."""
    docs = []
    for art in articles:
        text, quotes = strip_markup(art)
        doc = document(art.id, art.date, text, quotes)
        if language is not None:
            doc["lang"] = language(art.id)
        check_spans(doc, kinds_by_marks=kinds_by_marks)
        docs.append(doc)
    ids = [d["id"] for d in docs]
    if len(ids) != len(set(ids)):
        raise MarkupError("duplicate document ids")
    return docs


def article(doc_id: str, date: str, speakers: str, body: str) -> None:
    ARTICLES.append(Article(doc_id, date, speakers, body.strip("\n") + "\n"))


# --- articles ---------------------------------------------------------------
article("nl-002-defensiebegroting", "2025-04",
        "min=Marieke van Dalen|Van Dalen; smit=Jeroen Smit|Smit; ing=een ingewijde; sp=de SP|SP", """
Kabinet trekt extra miljarden uit voor Defensie

[[i @min ~maakte_bekend +pro_nato|Het kabinet trekt volgend jaar 2,1 miljard euro extra uit voor Defensie]]. Dat maakte minister Marieke van Dalen dinsdag bekend tijdens het debat over de defensiebegroting in de Tweede Kamer. Daarmee komt Nederland voor het eerst sinds de Koude Oorlog ruim boven de NAVO-norm uit.

Van Dalen was duidelijk: „[[d @min ~was_duidelijk +pro_nato|We moeten de NAVO-norm niet alleen halen, we moeten hem ook de komende tien jaar volhouden. Dat zijn we aan onze bondgenoten verplicht.]]”

Volgens de minister [[i @min ~volgens|gaat het grootste deel van het geld naar munitie, luchtverdediging en het personeel]]. „[[d @min ~zei|Zonder mensen heb je niets aan nieuwe fregatten]]”, zei ze. „[[d @min|Wie nu bij Defensie begint, moet weten dat hij over vijf jaar nog steeds een goede baan heeft.]]”

De oppositie reageerde kritisch. Kamerlid Jeroen Smit (GroenLinks-PvdA) vroeg zich af [[i @smit ~vroeg_zich_af|of het kabinet de rekening niet gewoon doorschuift naar de zorg en het onderwijs]]. Hij hield daarna een lang betoog: „[[d @smit ~hield_een_betoog|Natuurlijk steunen wij een sterke krijgsmacht. Maar ik hoor de minister niet zeggen waar dat geld vandaan komt.

„Wie de bezuinigingen op de zorg verzwijgt, vertelt maar het halve verhaal. Het antwoord op die vraag zijn we aan de kiezers verschuldigd.]]”

Ook in de coalitie is niet iedereen gelukkig met de verdeling. [[i @ing ~aldus|Binnen de VVD-fractie wordt al weken gemord over het geld voor de marine]], aldus een ingewijde. De SP vindt [[i @sp ~vindt ?|dat het geld beter naar de huurtoeslag kan gaan]].

De minister liet na afloop weten [[i @min ~liet_weten|dat ze de Kamer voor de zomer een uitgewerkt investeringsplan stuurt]]. „[[d @min ~benadrukte|Dit plan]]”, benadrukte Van Dalen, „[[d @min ~benadrukte|is geen wensenlijstje maar een noodzaak.]]” Over de precieze verdeling stemt de Kamer volgende week.
""")

article("nl-003-navo-top-den-haag", "2025-06",
        "rutte=Mark Rutte|Rutte; diplo=diplomatieke bronnen; verl=Koen Verlinden|Verlinden;"
        " dw=Bart De Wever|De Wever; ing=een ingewijde|een ingewijde binnen de Belgische delegatie;"
        " navo=de NAVO-landen|NAVO-landen", """
NAVO-landen beloven [[i @navo ~beloven ? +pro_nato|fors meer uit te geven aan defensie]]

De NAVO-landen hebben woensdag in Den Haag afgesproken hun defensie-uitgaven de komende tien jaar fors op te trekken. “[[d @rutte ~zei +pro_nato|Dit is een historische dag voor het bondgenootschap]]”, zei secretaris-generaal Mark Rutte na afloop van de top. “[[d @rutte +pro_nato|We tonen vandaag dat we elkaar niet in de steek laten.]]”

Volgens Rutte [[i @rutte ~volgens +pro_nato|is de nieuwe norm van 5 procent van het bbp noodzakelijk om de dreiging uit Rusland het hoofd te bieden]]. Niet alle lidstaten waren even enthousiast. [[i @diplo ~zeggen|Spanje dreigde tot het laatste moment het slotcommuniqué te blokkeren]], zeggen diplomatieke bronnen.

De Belgische minister van Defensie Koen Verlinden gaf in de wandelgangen aan [[i @verl ~gaf_aan +pro_nato|dat België de afspraak zal respecteren, maar meer tijd nodig heeft]]. “[[d @verl ~legde_uit|We vertrekken van heel ver. Jarenlang hebben we onze krijgsmacht laten verkommeren. Dat draai je niet om in één begrotingsjaar]]”, legde hij uit. Verlinden sprak van [[m @verl ~sprak_van|een “zware maar onvermijdelijke inspanning”]] voor de Belgische begroting.

Ook premier Bart De Wever hield het kort: “[[d @dw ~hield_het_kort +pro_nato|Veiligheid heeft een prijs, en die gaan we betalen.]]”

Een ingewijde binnen de Belgische delegatie zei [[i @ing ~zei|dat de onderhandelingen over een Belgische uitzondering tot diep in de nacht hadden geduurd]]. Uiteindelijk kreeg België enkele jaren extra om het groeipad te halen.

Over Oekraïne bleef het slotcommuniqué opvallend vaag. Het land wordt er slechts één keer in vermeld. “[[d @rutte ~aldus +supportive_of_ukraine|De steun aan Oekraïne blijft onverminderd overeind. Daar hoeft niemand aan te twijfelen]]”, aldus Rutte op de slotpersconferentie.
""")

article("nl-004-belgische-steun-oekraine", "2025-02",
        "delv=Anne-Sophie Delvaux|Delvaux; zel=Volodymyr Zelensky|Zelensky|Zelenski|Volodimir Zelensky;"
        " kov=Olena Kovalenko|Kovalenko; wout=Dries Wouters|Wouters; diplo=diplomatieke bronnen;"
        " rk=een woordvoerster van het Rode Kruis|het Rode Kruis|Rode Kruis", """
België trekt opnieuw een miljard uit voor Oekraïne

België trekt dit jaar opnieuw een miljard euro uit voor militaire steun aan Oekraïne. ‘[[d @delv ~zei +supportive_of_ukraine|Oekraïne vecht ook voor onze vrijheid. Wie dat vergeet, heeft de geschiedenis niet begrepen]]’, zei minister van Buitenlandse Zaken Anne-Sophie Delvaux maandag in de Kamer.

Het geld gaat onder meer naar onderdelen voor F-16’s en naar munitie. Delvaux legde uit [[i @delv ~legde_uit +supportive_of_ukraine|dat de eerste leveringen nog voor de zomer in Oekraïne moeten aankomen]]. ‘[[d @delv|Elke week die we verliezen, kost levens aan het front.]]’

De Oekraïense president Volodymyr Zelensky reageerde via een videoboodschap. Hij noemde [[m @zel ~noemde +supportive_of_ukraine|de Belgische beslissing ‘een signaal dat Europa niet moe wordt’]].

Ook de Oekraïense ambassadeur in Brussel, Olena Kovalenko, liet weten [[i @kov ~liet_weten +supportive_of_ukraine|dat haar land vooral nood heeft aan luchtverdediging]]. ‘[[d @kov ~zei|Onze steden worden elke nacht bestookt. Een raket die je niet kunt onderscheppen, is een raket die een school of een ziekenhuis treft]]’, zei ze. ‘[[d @kov ~voegde_eraan_toe|Mijn grootmoeder zei altijd: “Wie helpt als het moeilijk is, is een echte vriend.” België is zo’n vriend]]’, voegde Kovalenko eraan toe.

In de Kamer klonk ook kritiek. Kamerlid Dries Wouters (Vlaams Belang) vindt [[i @wout ~vindt ?|dat het geld beter in eigen land besteed wordt]]. ‘[[d @wout ~aldus|We sturen miljarden naar het buitenland terwijl onze eigen mensen hun energiefactuur niet kunnen betalen]]’, aldus Wouters.

Volgens diplomatieke bronnen [[i @diplo ~volgens|overweegt de regering daarnaast een deel van de bevroren Russische tegoeden bij Euroclear in te zetten]]. Een beslissing daarover wordt pas na de zomer verwacht.

[[i @rk ~verklaarde|De humanitaire noden in het oosten van Oekraïne zijn de voorbije maanden opnieuw toegenomen]]. Dat verklaarde een woordvoerster van het Rode Kruis, dat vrachtwagens met winterkleding en generatoren naar Charkiv stuurt.
""")

article("nl-005-rechtbank-mercatorplein", "2025-05",
        "ovj=Ilse Bakker|Bakker|de officier van justitie; om=het Openbaar Ministerie|Openbaar Ministerie|OM;"
        " adv=Johan Kramer|Kramer; verd=Rachid E.|E.; moeder=de moeder van het slachtoffer;"
        " rechter=Anneke de Groot|De Groot", """
Twaalf jaar cel geëist voor fatale schietpartij Mercatorplein

Het Openbaar Ministerie heeft dinsdag twaalf jaar cel geëist tegen de 24-jarige Rachid E. uit Amsterdam-Noord voor de fatale schietpartij op het Mercatorplein, vorig jaar maart. Door officier van justitie Ilse Bakker werd gesteld [[i @ovj ~werd_gesteld|dat E. bewust op het slachtoffer heeft gericht]].

,,[[d @ovj ~zei|Dit was geen ongeluk en geen ruzie die uit de hand liep. De verdachte had een vuurwapen bij zich en wist wat hij deed]]'', zei Bakker. Volgens het OM [[i @om ~volgens|blijkt uit camerabeelden dat E. het slachtoffer al een halfuur volgde]].

Advocaat Johan Kramer bestreed dat. Hij pleitte voor vrijspraak van moord en sprak van [[m @adv ~sprak_van|een ,,tunnelvisie van het eerste uur'']] bij de recherche. ,,[[d @adv ~aldus|Mijn cliënt was in paniek. Hij dacht dat hij zelf zou worden neergeschoten]]'', aldus Kramer.

E. zelf zei [[i @verd ~zei|spijt te hebben van wat er is gebeurd]]. ,,[[d @verd|Ik denk er elke dag aan. Ik kan het niet meer terugdraaien.]]''

De moeder van het slachtoffer las in de zaal een verklaring voor: ,,[[d @moeder ~las_een_verklaring_voor|Mijn zoon was negentien. Hij wilde kok worden. Op 14 maart is alles van ons afgepakt.

,,Ik hoop dat niemand anders ooit meemaakt wat wij het afgelopen jaar hebben meegemaakt.]]''

De voorzitter van de rechtbank, Anneke de Groot, kondigde aan het einde van de zitting aan [[i @rechter ~kondigde_aan|dat de uitspraak over twee weken volgt]].
""")

article("nl-006-inflatie-juni", "2025-07",
        "cbs=het Centraal Bureau voor de Statistiek|Centraal Bureau voor de Statistiek|CBS;"
        " verh=Sandra Verhoef|Verhoef; min=Bas Vermeulen|Vermeulen; post=Henk Post|Post;"
        " dnb=De Nederlandsche Bank|DNB", """
Inflatie daalt, maar boodschappen blijven duur

[[i @cbs ~meldde|De inflatie in Nederland is in juni gedaald naar 2,9 procent]]. Dat meldde het Centraal Bureau voor de Statistiek donderdag. In mei stegen de prijzen nog met 3,3 procent op jaarbasis.

[[i @cbs ~aldus|Vooral energie werd goedkoper]], aldus het CBS. De zogeheten kerninflatie, dat wil zeggen de inflatie zonder energie en voedsel, bleef hangen op 3,4 procent.

'[[d @verh ~zegt|Het is te vroeg om de vlag uit te hangen]]', zegt hoofdeconoom Sandra Verhoef van ABN Amro. '[[d @verh|Diensten zijn nog steeds fors duurder dan een jaar geleden, en dat komt vooral door de stijgende lonen.]]' Volgens Verhoef [[i @verh ~volgens|zal de Europese Centrale Bank de rente dit jaar nog hooguit één keer verlagen]].

Minister Bas Vermeulen van Financiën zei in een reactie [[i @min ~zei|blij te zijn met de daling]], maar waarschuwde [[i @min ~waarschuwde|dat huishoudens met een laag inkomen het nog altijd moeilijk hebben]]. In haar kwartaalbericht schrijft De Nederlandsche Bank [[i @dnb ~schrijft ?|dat de inflatie pas in 2026 onder de 2 procent zakt]].

Bakker Henk Post uit Zwolle merkt van de daling weinig. '[[d @post ~vertelt|Mijn meel is in twee jaar veertig procent duurder geworden]]', vertelt hij. '[[d @post|Ik heb de prijs van een brood drie keer moeten verhogen. Elke keer vragen klanten: "Wordt het nu nooit meer goedkoper?"]]'

Het CBS publiceert de definitieve cijfers over juni half juli.
""")

article("nl-007-utrecht-fietsenstalling", "2025-09",
        "weth=Lotte Hermans|Hermans; omw=een omwonende; bos=Ellen Bos|Bos; dewit=Karin de Wit|De Wit;"
        " amr=Mustafa Amrani|Amrani", """
Utrecht bouwt nieuwe fietsenstalling onder Vredenburgplein

De gemeente Utrecht bouwt onder het Vredenburgplein een nieuwe fietsenstalling voor vierduizend fietsen. Wethouder Lotte Hermans (Mobiliteit) presenteerde de plannen woensdag. "[[d @weth ~zei|Utrecht is de fietsstad van Nederland, maar op drukke zaterdagen is er nergens plek. Daar maken we nu een einde aan]]", zei Hermans.

De stalling moet in 2028 open. De kosten worden geraamd op 38 miljoen euro. [[i @weth ~liet_weten|Het Rijk betaalt een derde van de kosten]], liet de wethouder weten. Het project draagt de werknaam "Fietsparadijs".

Niet iedereen is blij. "[[d @omw ~zegt|Twee jaar lang bouwputten voor de deur, dat is voor ons als bewoners gewoon niet te doen]]", zegt een omwonende die anoniem wil blijven. "[[d @omw|En wie vergoedt onze schade als we 's nachts wakker liggen van de heipalen?]]"

Ondernemer Ellen Bos, eigenaar van een koffiezaak aan het plein, gaf aan [[i @bos ~gaf_aan|dat ze vreest voor haar omzet]]. "[[d @bos ~aldus|Als het plein twee jaar dicht is, overleef ik dat niet]]", aldus Bos.

Karin de Wit van de Fietsersbond reageerde juist positief. Volgens haar [[i @dewit ~volgens|is de nieuwe stalling hard nodig, omdat er elke week honderden fietsen worden weggehaald]]. Raadslid Mustafa Amrani (D66) verklaarde [[m @amr ~verklaarde|dat de stalling een "cadeau voor de binnenstad" is]].

De gemeenteraad stemt in oktober over het krediet.
""")

article("nl-008-club-brugge-atalanta", "2025-10",
        "trainer=Steven Claeys|Claeys; ds=Jonas De Smet|De Smet; rossi=Marco Rossi|Rossi;"
        " voorz=Geert Vanhoutte|Vanhoutte; ing=een ingewijde; sup=de supporters|supporters", """
Club Brugge stoot door naar achtste finales

Club Brugge heeft zich dinsdagavond geplaatst voor de achtste finales van de Champions League. Na een 2-1-overwinning tegen Atalanta was trainer Steven Claeys in de wolken. “[[d @trainer ~zei|Dit is het mooiste moment uit mijn carrière. De jongens hebben negentig minuten als leeuwen gevochten]]”, zei Claeys in de catacomben van het Jan Breydelstadion.

“[[d @trainer|Na de rust hebben we het veel slimmer gespeeld. We lieten hen komen en sloegen toe op de counter.]]”

Matchwinnaar Jonas De Smet legde uit [[i @ds ~legde_uit|dat hij de bal eigenlijk wilde voorzetten]]. “[[d @ds ~lachte|Maar hij ging erin, dus ik neem hem graag]]”, lachte hij.

Bij Atalanta was de ontgoocheling groot. “[[d @rossi ~aldus|We hebben de wedstrijd zelf weggegeven. Twee fouten, twee goals]]”, aldus trainer Marco Rossi. Hij noemde [[m @rossi ~noemde|de nederlaag “een avond om snel te vergeten”]].

“[[d @trainer ~benadrukt|Deze kwalificatie]]”, benadrukt Claeys, “[[d @trainer ~benadrukt|is nog maar een tussenstap.]]” [[i @voorz ~benadrukt|Het stadiondossier, benadrukt voorzitter Geert Vanhoutte, staat volledig los van de sportieve resultaten]].

Volgens een ingewijde [[i @ing ~volgens|liggen er voor De Smet al aanbiedingen klaar uit Engeland en Duitsland]]. De supporters denken [[i @sup ~denken ?|dat Club dit jaar de kwartfinales kan halen]].

De loting voor de achtste finales vindt vrijdag plaats in Nyon.
""")

article("nl-009-groningen-klimaatplan", "2025-03", "", """
Gemeenteraad Groningen bespreekt klimaatplan

De gemeenteraad van Groningen bespreekt volgende week het zogenaamde 'klimaatplan' van het college. Het plan moet de stad tegen 2035 klimaatneutraal maken, dat wil zeggen dat er dan netto geen broeikasgassen meer worden uitgestoten binnen de gemeentegrenzen.

De uitstoot wordt berekend volgens de methode van het Planbureau voor de Leefomgeving. Volgens die rekenmethode stootte Groningen in 2023 nog ruim 1,2 miljoen ton CO2 uit, waarvan bijna de helft afkomstig was van de gebouwde omgeving. Het verkeer was goed voor ongeveer een kwart.

Het plan bevat onder meer een 'warmtenet' voor de wijken Paddepoel en Selwerd, een verbod op nieuwe gasaansluitingen en extra laadpalen in de binnenstad. Ook wil het college de komende vijf jaar 4000 bomen planten. Volgens de planning moeten de eerste woningen in 2027 op het warmtenet zijn aangesloten.

De kosten van het plan worden geschat op 340 miljoen euro. Het grootste deel daarvan moet komen uit Europese fondsen en uit het Nationaal Programma Groningen. Het rapport 'Groningen Groen 2035', waarop het plan is gebaseerd, werd vorig jaar door een extern bureau opgesteld.

In de raad bestaat een ruime meerderheid voor het plan. De fracties van GroenLinks, PvdA en D66 hebben samen 24 van de 45 zetels. De raadsvergadering begint dinsdag om 16.30 uur en is live te volgen via de website van de gemeente. Inwoners kunnen zich tot maandag 12.00 uur aanmelden om in te spreken.
""")

article("nl-010-turkije-bemiddeling", "2025-05",
        "erd=Recep Tayyip Erdogan|Erdogan|Erdoğan|Recep Tayipp Erdogan; fidan=Hakan Fidan|Fidan;"
        " kreml=een woordvoerder van het Kremlin|het Kremlin|Kremlin; oekr=een Oekraïense diplomaat;"
        " eu=een woordvoerder van de Europese Commissie|de Europese Commissie|Europese Commissie;"
        " zwit=de Zwitserse regering|Zwitserland", """
Erdogan biedt Istanbul opnieuw aan voor vredesgesprekken

Turkije is bereid opnieuw gastheer te zijn van vredesgesprekken tussen Rusland en Oekraïne. «[[d @erd ~zei +mediation_offer|Istanbul staat klaar. Wij hebben bewezen dat we beide partijen aan één tafel kunnen krijgen]]», zei president Recep Tayyip Erdogan zaterdag op een persconferentie in Ankara. Hij noemde [[m @erd ~noemde|de graandeal van 2022 «een bewijs van wat Turkse diplomatie vermag»]].

Minister van Buitenlandse Zaken Hakan Fidan kondigde zondag aan [[i @fidan ~kondigde_aan +mediation_offer|dat hij volgende week naar Moskou en Kiev reist om de mogelijkheden te verkennen]]. «[[d @fidan ~aldus|We stellen geen voorwaarden vooraf. Het enige wat we vragen, is dat beide partijen bereid zijn te luisteren]]», aldus Fidan.

Een woordvoerder van het Kremlin liet weten [[m @kreml ~liet_weten|dat Moskou het voorstel «met belangstelling» bestudeert]]. Een datum noemde hij niet.

In Kiev werd terughoudend gereageerd. Volgens een Oekraïense diplomaat [[i @oekr ~volgens|wil Kiev eerst garanties dat een eventueel staakt-het-vuren ook wordt nageleefd]]. «[[d @oekr ~zei|We hebben al te veel beloftes gehoord die niets waard bleken. Eerst daden, dan woorden]]», zei de diplomaat, die anoniem wil blijven.

Ook in Brussel volgt men het initiatief op de voet. «[[d @eu ~verklaarde|Elke poging tot vrede is welkom, zolang Oekraïne zelf mee aan tafel zit.]]» Dat verklaarde een woordvoerder van de Europese Commissie maandag. De Zwitserse regering zei [[i @zwit ~zei +mediation_offer|bereid te zijn een vervolgconferentie te organiseren]], zoals ze dat vorig jaar op de Bürgenstock deed.

Turkije heeft goede banden met beide landen. Het is lid van de NAVO, maar heeft zich niet aangesloten bij de westerse sancties tegen Rusland.
""")

article("nl-011-federale-begroting", "2025-03",
        "dw=Bart De Wever|De Wever; verst=Annelies Verstraete|Verstraete; maes=Elke Maes|Maes;"
        " goos=Marc Goossens|Goossens; rb=een regeringsbron; econ=economen", """
Regering-De Wever bereikt begrotingsakkoord na nachtelijke marathon

De federale regering heeft na een nachtelijke marathonvergadering een akkoord bereikt over de begroting voor volgend jaar. ‘[[d @dw ~zei|Het was zwaar, maar we hebben gedaan wat nodig was]]’, zei premier Bart De Wever donderdagochtend op een persconferentie in de Wetstraat 16.

[[i @verst ~benadrukt|Het akkoord, benadrukt begrotingsminister Annelies Verstraete, is definitief]]. ‘[[d @verst|Er komen geen nieuwe belastingen voor werkende mensen. Dat was voor ons een rode lijn.]]’

Vooruit-voorzitter Elke Maes gaf op Radio 1 aan [[m @maes ~gaf_aan|dat haar partij ‘het maximum heeft binnengehaald voor wie hard werkt’]]. Bij de vakbonden is het enthousiasme een pak kleiner. ‘[[d @goos ~aldus|Dit is een besparingsbegroting op de kap van de gepensioneerden en de zieken]]’, aldus ABVV-voorzitter Marc Goossens. Hij kondigde meteen aan [[i @goos ~kondigde_aan|dat de vakbonden op 14 april opnieuw zullen staken]].

Volgens een regeringsbron [[i @rb ~volgens|lag het akkoord rond drie uur ’s nachts nog op de helling door een ruzie over de pensioenen]]. Pas na een onderonsje tussen De Wever en de vicepremiers raakte de knoop ontward.

De premier verklaarde [[i @dw ~verklaarde|dat de regering tegen 2029 het begrotingstekort onder de 3 procent wil brengen]]. Op de persconferentie werd door De Wever ook gezegd [[i @dw ~werd_gezegd +supportive_of_ukraine|dat België zijn steun aan Oekraïne ondanks de besparingen niet zal terugschroeven]]. Economen vinden [[i @econ ~vinden ?|dat de regering te optimistisch rekent op extra groei]].

De begroting wordt volgende week in de Kamer ingediend.
""")

article("nl-012-boerenprotest-den-haag", "2025-06",
        "boer=Gerrit Hoekstra|Hoekstra; pol=een woordvoerder van de politie|de politie|politie;"
        " min=Jan-Willem Dekker|Dekker; ing=een ingewijde; boeren=veel boeren|boeren", """
Duizenden boeren met trekkers naar Den Haag

Duizenden boeren zijn woensdag met hun trekkers naar Den Haag getrokken om te protesteren tegen de nieuwe stikstofregels. Op het Malieveld stonden ruim achthonderd trekkers. De regels treffen vooral de zogenoemde „piekbelasters”, bedrijven die dicht bij kwetsbare natuurgebieden liggen.

„[[d @boer ~zei|We zijn het zat om steeds weer de schuld te krijgen. Wij produceren het voedsel voor dit land]]”, zei melkveehouder Gerrit Hoekstra uit Friesland, een van de organisatoren. „[[d @boer|Als Den Haag zo doorgaat, zijn er over tien jaar geen jonge boeren meer.]]”

[[i @pol ~verklaarde|De demonstratie verliep grotendeels rustig, al werden op de A12 drie trekkers weggesleept]]. Dat verklaarde een woordvoerder van de politie aan het eind van de middag.

Landbouwminister Jan-Willem Dekker ontving een delegatie van de boeren op het ministerie. Na afloop liet hij weten [[m @min ~liet_weten|dat hij „begrip heeft voor de frustratie” maar niet van de Europese regels kan afwijken]]. Dekker was daarbij duidelijk: „[[d @min ~was_duidelijk|Ik ga geen beloftes doen die ik niet kan waarmaken. Dat hebben boeren de afgelopen jaren te vaak meegemaakt.]]”

Volgens een ingewijde [[i @ing ~volgens|werkt het ministerie aan een nieuwe uitkoopregeling van 500 miljoen euro]]. Dezelfde ingewijde zei [[i @ing ~zei|dat het plan nog voor de zomer naar de Kamer gaat]]. Veel boeren hopen [[i @boeren ~hopen ?|dat de provincie nog met een eigen plan komt]].

In zijn toespraak op het podium zei Hoekstra: „[[d @boer ~zei|Mijn vader was boer, mijn opa was boer. Ik wil dat mijn dochter dat ook kan worden.

„Maar dan moet de politiek ons eindelijk eens vertrouwen in plaats van ons te wantrouwen.]]”

Rond vijf uur reden de eerste trekkers terug naar huis.
""")

article("nl-013-tour-femmes-tourmalet", "2025-07",
        "lvdv=Lieke van der Velde|Van der Velde; vis=Marco Visser|Visser; mart=Chloé Martin|Martin;"
        " kenners=kenners", """
Van der Velde wint op de Tourmalet en pakt de gele trui

Lieke van der Velde heeft zaterdag de koninginnenrit van de Tour de France Femmes gewonnen. De 26-jarige Friezin kwam solo boven op de Col du Tourmalet en pakte daarmee ook de gele trui. ,,[[d @lvdv ~zei|Ik kan het nog steeds niet geloven. Dit is waar ik als klein meisje al van droomde]]'', zei ze na de finish.

,,[[d @lvdv|Op vijf kilometer van de top voelde ik dat de anderen moesten lossen. Toen dacht ik: nu of nooit.]]''

Ploegleider Marco Visser legde na afloop uit [[i @vis ~legde_uit|dat het plan al de hele week vaststond]]. ,,[[d @vis ~aldus|We wisten dat Lieke in de laatste klim de sterkste was. Het was alleen wachten op het juiste moment]]'', aldus Visser. ,,[[d @vis ~vertelde|Ze zei vanochtend bij het ontbijt tegen me: 'Vandaag ga ik het doen.' En ze heeft het gedaan]]'', vertelde de ploegleider.

De Française Chloé Martin, die de gele trui verloor, zei [[i @mart ~zei|tevreden te zijn met haar tweede plaats]]. ,,[[d @mart ~zegt|Lieke was vandaag gewoon beter. Daar moet je je bij neerleggen]]'', zegt Martin. Ze kondigde wel aan [[i @mart ~kondigde_aan|dat ze in de tijdrit van zondag alles op alles zet]].

Kenners denken [[i @kenners ~denken ?|dat Van der Velde de trui niet meer kwijtraakt]]. Haar voorsprong bedraagt twee dagen voor het einde 1 minuut en 12 seconden.
""")

article("nl-014-eu-top-toetreding-oekraine", "2025-06",
        "vdl=Ursula von der Leyen|Von der Leyen; orb=Viktor Orbán|Orbán|Orban; diplo=diplomatieke bronnen;"
        " kallas=Kaja Kallas|Kallas; costa=Antonio Costa|Costa; bron=een Europese diplomaat;"
        " slot=de slotverklaring", """
Hongarije blokkeert opnieuw toetredingsgesprekken met Oekraïne

De Europese leiders hebben donderdag in Brussel opnieuw geen akkoord bereikt over de start van de toetredingsonderhandelingen met Oekraïne. Hongarije blijft dwarsliggen. “[[d @vdl ~zei +supportive_of_ukraine|Oekraïne hoort bij de Europese familie. Het land heeft alle voorwaarden voor de eerste clusters vervuld]]”, zei Commissievoorzitter Ursula von der Leyen bij aankomst.

De Hongaarse premier Viktor Orbán herhaalde [[i @orb ~herhaalde|dat zijn land geen haast heeft met de uitbreiding]]. “[[d @orb ~aldus|Oekraïne is een land in oorlog. Je kunt een land in oorlog niet zomaar in de Unie opnemen]]”, aldus Orbán. Volgens diplomatieke bronnen [[i @diplo ~volgens|wil Orbán de kwestie gebruiken om bevroren Europese fondsen voor Hongarije los te krijgen]].

Buitenlandchef Kaja Kallas reageerde scherp: “[[d @kallas ~reageerde_scherp +supportive_of_ukraine|Wie Oekraïne vandaag in de steek laat, helpt Poetin morgen. Zo simpel is het.]]”

Raadsvoorzitter Antonio Costa liet weten [[m @costa ~liet_weten +supportive_of_ukraine|dat hij “op korte termijn” een nieuwe poging zal doen]]. In de slotverklaring van de 26 andere lidstaten werd gesteld [[i @slot ~werd_gesteld ? +supportive_of_ukraine|dat de Unie Oekraïne zo lang als nodig zal blijven steunen]].

“[[d @bron ~zei|Niemand hier gelooft nog dat Boedapest uit principe tegen is. Dit is een koehandel, en iedereen weet het]]”, zei een Europese diplomaat.

Von der Leyen sprak ook van [[m @vdl ~sprak_van +pro_nato|een “nauwere samenwerking met de NAVO” op het vlak van de defensie-industrie]]. Ze kondigde aan [[i @vdl ~kondigde_aan|dat de Commissie in juli een voorstel voor een defensiefonds van 150 miljard euro voorlegt]].
""")

article("nl-015-spoedpost-zierikzee", "2025-01",
        "dir=Annemarie Kok|Kok; verpl=een verpleegkundige|een verpleegkundige van de spoedpost; min=Hugo Brouwer|Brouwer;"
        " burg=Cees van der Linden|Van der Linden; fnv=de FNV|FNV", """
Spoedpost Zierikzee gaat dicht

[[i @dir ~maakte_bekend|Het ziekenhuis in Zierikzee sluit per 1 juli zijn spoedeisende hulp]]. Bestuursvoorzitter Annemarie Kok van het Zeeuwse ziekenhuis maakte dat maandag bekend. "[[d @dir ~zei|We hebben simpelweg niet genoeg artsen en verpleegkundigen om de spoedpost 24 uur per dag veilig open te houden]]", zei Kok.

Volgens Kok [[i @dir ~volgens|kunnen patiënten voortaan terecht in Goes, op ruim een halfuur rijden]]. Een verpleegkundige van de spoedpost, die anoniem wil blijven, zei [[i @verpl ~zei|geschokt te zijn door het besluit]]. "[[d @verpl|We hoorden het via de lokale krant. Niemand heeft ons iets gevraagd.]]"

Minister Hugo Brouwer van Volksgezondheid zei in een reactie [[i @min ~zei|het besluit te betreuren]], maar benadrukte [[i @min ~benadrukte|dat hij niet over de sluiting gaat]]. "[[d @min ~aldus|Ziekenhuizen zijn zelfstandige organisaties. Ik kan hen niet dwingen een afdeling open te houden]]", aldus Brouwer.

Tijdens een raadsvergadering in Schouwen-Duiveland werd door burgemeester Cees van der Linden verklaard [[i @burg ~werd_verklaard|dat de gemeente juridische stappen overweegt]]. De burgemeester was ongewoon fel: "[[d @burg ~was_fel|Hier staan mensenlevens op het spel. Een halfuur rijden is bij een hartinfarct het verschil tussen leven en dood.]]"

De FNV vindt [[i @fnv ~vindt ?|dat het kabinet moet ingrijpen]]. De vakbond houdt zaterdag een manifestatie bij het ziekenhuis.
""")

article("nl-016-beurs-aex", "2025-08", "", """
AEX sluit week af met winst, chipfondsen aan kop

De Amsterdamse beurs heeft vrijdag een wisselvallige week met winst afgesloten. De AEX-index eindigde 0,8 procent hoger op 912,4 punten. Over de hele week won de hoofdindex 1,9 procent.

Chipfondsen stonden aan kop. ASML won 3,1 procent en ASMI ging 2,7 procent omhoog. Ook Besi deed goede zaken. De stijging volgde op sterke kwartaalcijfers van de Amerikaanse chipontwerper Nvidia, die woensdag na het slot van Wall Street werden gepubliceerd.

Aan de onderkant van de AEX stonden de financials. ING verloor 1,2 procent en ABN Amro zakte 0,9 procent. Beleggers rekenen erop dat de Europese Centrale Bank in september opnieuw de rente verlaagt, wat de marges van banken onder druk zet.

Op het Damrak waren ook de zogenoemde 'meme-aandelen' weer populair bij particuliere beleggers. Het kleine biotechbedrijf Pharming schoot in de ochtend 14 procent omhoog, maar moest een groot deel van die winst later weer inleveren.

Het nieuwe duurzame indexfonds "Groen Groei Europa" van een Nederlandse vermogensbeheerder wordt volgens de methode van de MSCI-indexen samengesteld, dat wil zeggen dat alleen bedrijven met een hoge duurzaamheidsscore worden opgenomen. Het fonds haalde in de eerste week 40 miljoen euro op.

De euro noteerde op 1,17 dollar. Een vat Brentolie kostte 67,80 dollar, 0,4 procent minder dan donderdag. De goudprijs bleef vrijwel onveranderd op 3350 dollar per troy ounce.
""")

article("nl-017-antwerpen-cocaineproces", "2025-11",
        "proc=Kristien Van Acker|Van Acker|de procureur; parket=het parket|parket; adv=Dieter Coppens|Coppens;"
        " douane=een woordvoerder van de douane|de douane|douane; burg=Kristof Aerts|Aerts", """
Groot cocaïneproces van start in Antwerpen

In Antwerpen is maandag het proces begonnen tegen achttien verdachten in een van de grootste cocaïnedossiers uit de Belgische geschiedenis. ‘[[d @proc ~zei|Deze organisatie heeft de haven jarenlang als haar privéterrein gebruikt]]’, zei procureur Kristien Van Acker bij de start van haar requisitoir.

Volgens het parket [[i @parket ~volgens|werd tussen 2020 en 2023 meer dan 40 ton cocaïne via de haven binnengesmokkeld]]. Van Acker sprak van [[m @proc ~sprak_van|een ‘criminele multinational met vertakkingen tot in Dubai en Colombia’]].

Advocaat Dieter Coppens, die de hoofdverdachte verdedigt, stelde [[m @adv ~stelde|dat het onderzoek ‘op los zand’ is gebouwd]]. ‘[[d @adv ~zei|Het dossier steunt grotendeels op gekraakte berichten waarvan niemand weet wie ze echt heeft geschreven]]’, zei hij. ‘[[d @adv|Mijn cliënt is een zakenman, geen drugsbaron.]]’

[[i @douane ~verklaarde|Sinds het begin van dit jaar is in de haven al 28 ton cocaïne in beslag genomen]]. Dat verklaarde een woordvoerder van de douane aan de rand van het proces.

De Antwerpse burgemeester Kristof Aerts was duidelijk: ‘[[d @burg ~was_duidelijk|Wie denkt dat dit proces het einde van het probleem is, vergist zich. Voor elke bende die we oprollen, staat er een nieuwe klaar.]]’ [[i @burg ~zegt|De strijd tegen de drugsmaffia, zegt Aerts, is een zaak van jaren]].

Het proces vindt plaats in de zwaarbeveiligde zittingszaal op het Justitiepaleis. Het duurt naar verwachting tot half december, met zittingen op maandag en dinsdag en ’s woensdags in de voormiddag.
""")

article("nl-018-woningmarkt-kwartaal", "2025-10",
        "nvm=de Nederlandse Vereniging van Makelaars|NVM|Nederlandse Vereniging van Makelaars;"
        " vl=Rob van Leeuwen|Van Leeuwen; tim=Tim de Jong|De Jong; vos=Ingrid Vos|Vos;"
        " meij=Fleur Meijer|Meijer; kad=het Kadaster|Kadaster", """
Huizenprijzen stijgen door, starters kansloos

[[i @nvm ~meldt|De gemiddelde verkoopprijs van een koopwoning is in het derde kwartaal gestegen tot 470.000 euro]], meldt de Nederlandse Vereniging van Makelaars (NVM). Ook het aantal zogeheten 'overbiedingen' nam toe: bij ruim acht op de tien verkochte huizen werd meer betaald dan de vraagprijs.

'[[d @vl ~zegt|Er worden gewoon veel te weinig huizen gebouwd. Zolang dat zo blijft, blijven de prijzen stijgen]]', zegt NVM-voorzitter Rob van Leeuwen.

Tim de Jong (28) zoekt al twee jaar een huis in Amersfoort. '[[d @tim ~vertelt|Ik heb op zeker twintig huizen geboden. Elke keer werd ik overboden door iemand met meer eigen geld]]', vertelt hij. '[[d @tim|Mijn ouders zeggen: "Wacht nou gewoon even." Maar wachten maakt het alleen maar duurder.]]'

Minister Ingrid Vos van Volkshuisvesting kondigde dinsdag aan [[i @vos ~kondigde_aan|dat ze gemeenten extra geld geeft om sneller te bouwen]]. Volgens Vos [[i @vos ~volgens|moeten er de komende jaren jaarlijks 100.000 woningen bij komen]]. '[[d @vos ~aldus|Dat halen we alleen als iedereen meewerkt, ook de provincies]]', aldus de minister.

Econoom Fleur Meijer van Rabobank gaf in een toelichting aan [[i @meij ~gaf_aan|dat de prijsstijging volgend jaar waarschijnlijk afvlakt]]. [[i @kad ~blijkt ?|Het aantal verkochte woningen lag 12 procent hoger dan een jaar eerder]]. Dat blijkt uit cijfers van het Kadaster.
""")

article("nl-019-belgie-koopt-f35", "2025-09",
        "min=Koen Verlinden|Verlinden; dew=Peter Dewulf|Dewulf; cal=Jeroen Callens|Callens;"
        " navo=een NAVO-diplomaat", """
België koopt elf extra F-35’s

[[i @min ~kondigde_aan +pro_nato|België koopt elf extra F-35-gevechtsvliegtuigen]]. Dat kondigde minister van Defensie Koen Verlinden woensdag aan in de Kamercommissie Landsverdediging. De aankoop kost ruim 1,2 miljard euro.

“[[d @min ~zei +pro_nato|Met deze aankoop tonen we onze bondgenoten dat België opnieuw een betrouwbare partner is binnen de NAVO]]”, zei Verlinden. “[[d @min|De tijd dat we meeliftten op de inspanningen van anderen, is voorbij.]]”

Stafchef luitenant-generaal Peter Dewulf legde uit [[i @dew ~legde_uit|dat de toestellen de verouderde F-16’s moeten vervangen]]. “[[d @dew ~aldus|Onze piloten vliegen vandaag met toestellen die ouder zijn dan zijzelf]]”, aldus Dewulf.

De oppositie is niet overtuigd. Groen-Kamerlid Jeroen Callens noemde [[m @cal ~noemde|de aankoop “een blanco cheque voor de wapenindustrie”]]. Hij vroeg zich af [[i @cal ~vroeg_zich_af|of de regering niet beter eerst investeert in cyberveiligheid en drones]].

Bij de NAVO wordt de aankoop positief onthaald. “[[d @navo ~zei +pro_nato|Dit is precies het soort signaal waar we op hebben gewacht]]”, zei een NAVO-diplomaat.

In de commissie werd door de minister ook verklaard [[i @min ~werd_verklaard|dat de eerste toestellen in 2031 op de vliegbasis van Florennes worden verwacht]].
""")

article("nl-020-istanbul-gesprekken", "2025-05",
        "oek=Oleh Marchenko|Marchenko; orl=Sergej Orlov|Orlov; kel=Martina Keller|Keller;"
        " vat=het Vaticaan|Vaticaan; fidan=Hakan Fidan|Fidan; dg=Maarten de Graaf|De Graaf", """
Gesprekken in Istanbul na twee uur afgebroken

De eerste rechtstreekse gesprekken in drie jaar tussen Rusland en Oekraïne zijn vrijdag in Istanbul na twee uur afgebroken. „[[d @oek ~zei|De Russen kwamen niet om te onderhandelen, maar om ultimatums te stellen]]”, zei de Oekraïense onderhandelaar Oleh Marchenko na afloop.

De Russische delegatieleider Sergej Orlov sprak dat tegen. Hij zei [[i @orl ~zei|tevreden te zijn over het verloop]] en kondigde aan [[i @orl ~kondigde_aan|dat Moskou bereid is tot een uitwisseling van telkens duizend krijgsgevangenen]].

„[[d @oek ~aldus|Toen we over een staakt-het-vuren begonnen, zei de Russische delegatie letterlijk: ‘Daar zijn we niet voor gekomen.’ Dan weet je genoeg]]”, aldus Marchenko.

Meerdere landen boden zich vrijdag aan als bemiddelaar. De Zwitserse minister van Buitenlandse Zaken Martina Keller bood aan [[i @kel ~bood_aan +mediation_offer|een vervolgronde in Genève te organiseren]]. „[[d @kel ~zei +mediation_offer|Zwitserland heeft een lange traditie van neutraliteit. Onze deur staat open, voor beide partijen]]”, zei ze.

Ook het Vaticaan liet weten [[i @vat ~liet_weten +mediation_offer|dat de paus bereid is de onderhandelaars te ontvangen]]. Volgens de Turkse minister van Buitenlandse Zaken Hakan Fidan [[i @fidan ~volgens +mediation_offer|is Istanbul de logische plaats voor een volgende ronde]].

Minister Maarten de Graaf van Buitenlandse Zaken reageerde teleurgesteld. „[[d @dg ~zei +supportive_of_ukraine|Nederland blijft Oekraïne steunen, militair en financieel. Poetin moet begrijpen dat de tijd niet in zijn voordeel werkt]]”, zei hij in Den Haag.
""")

article("nl-021-vondelpark-zomerprogramma", "2025-06", "", """
Openluchttheater Vondelpark presenteert zomerprogramma

Het Openluchttheater in het Amsterdamse Vondelpark heeft zijn programma voor deze zomer bekendgemaakt. Van 1 juni tot en met 31 augustus staan er ruim 120 gratis voorstellingen op de planning, van cabaret en kindertheater tot wereldmuziek en dans.

Een van de publiekstrekkers is de voorstelling 'Lang leve de liefde', een muzikale komedie die vorig jaar al in de schouwburg van Haarlem te zien was. Op de woensdagmiddagen staat de familievoorstelling "De Tweeling en de verdwenen kat" op het programma.

Nieuw dit jaar is de zogenaamde 'stille disco' op vrijdagavond, waarbij bezoekers via een koptelefoon naar muziek luisteren. Zo hoeven omwonenden geen geluidsoverlast te ervaren. De avonden eindigen volgens het programma uiterlijk om 23.00 uur.

Het theater werkt sinds vorig jaar met een 'pay what you can'-systeem, dat wil zeggen dat bezoekers na afloop zelf bepalen hoeveel ze willen bijdragen. Vorig jaar leverde dat gemiddeld 4,50 euro per bezoeker op.

Het Openluchttheater bestaat dit jaar 50 jaar. Ter gelegenheid van het jubileum verschijnt in juli het boek 'Een halve eeuw onder de bomen' over de geschiedenis van het podium. Het volledige programma staat op de website van het theater. Bij slecht weer kunnen voorstellingen op het laatste moment worden afgelast.
""")

article("nl-022-lerarentekort", "2025-08",
        "aob=de Algemene Onderwijsbond|Algemene Onderwijsbond|AOb; hend=Marjolein Hendriks|Hendriks;"
        " vis=Karin Visscher|Visscher; bou=Ahmed Bouali|Bouali; ing=een ingewijde|een ingewijde op het ministerie;"
        " aobw=een woordvoerder van de AOb|AOb|Algemene Onderwijsbond", """
Schooljaar begint met bijna tienduizend vacatures

Bij de start van het nieuwe schooljaar staan er in Nederland nog altijd ruim 9700 vacatures open voor leraren. [[i @aob ~waarschuwt|Vooral in de grote steden is de situatie nijpend]], waarschuwt de Algemene Onderwijsbond (AOb).

Marjolein Hendriks, directeur van een basisschool in Den Haag-Zuid, begint het jaar met drie lege plekken. ,,[[d @hend ~zegt|Ik heb alles geprobeerd: advertenties, zij-instromers, gepensioneerde collega's terugbellen. Er is gewoon niemand]]'', zegt ze. ,,[[d @hend|Dus ga ik zelf weer voor de klas staan, twee dagen per week. Mijn eigen werk doe ik 's avonds.

,,Dat houd je een jaar vol, misschien twee. Maar niet langer.]]''

Minister Karin Visscher van Onderwijs gaf maandag tijdens een werkbezoek aan [[m @vis ~gaf_aan|dat ze het lerarentekort 'de grootste uitdaging van deze kabinetsperiode' vindt]]. ,,[[d @vis ~aldus|We gaan zij-instromers sneller en goedkoper opleiden. En we gaan leraren beter betalen, ook in het primair onderwijs]]'', aldus Visscher.

Leraar Ahmed Bouali uit Rotterdam is sceptisch. Hij zei [[i @bou ~zei|al tien jaar dezelfde beloftes te horen]]. ,,[[d @bou|Elke minister komt met een plan. Ondertussen zitten mijn leerlingen weer een dag thuis.]]''

Volgens een ingewijde op het ministerie [[i @ing ~volgens|wordt in Den Haag gesproken over een vierdaagse schoolweek als noodmaatregel]]. Een woordvoerder van de AOb noemde [[m @aobw ~noemde|dat idee ,,onbespreekbaar'']].
""")

article("nl-023-gasprijzen", "2025-01",
        "lem=Catherine Lemaire|Lemaire; creg=de CREG|CREG; dep=Jan Deprez|Deprez;"
        " ta=Test Aankoop; gep=een gepensioneerde uit Charleroi|een gepensioneerde", """
Gasprijs op hoogste niveau in twee jaar

De gasprijzen op de Europese markt zijn deze week gestegen tot het hoogste niveau in twee jaar. «[[d @lem ~zei|We zien dat de voorraden sneller slinken dan verwacht. Een koude februarimaand kan de prijzen nog verder opdrijven]]», zei Catherine Lemaire, topvrouw van energieleverancier Luminor, dinsdag in Brussel. «[[d @lem ~voegde_eraan_toe|Mijn klanten vragen me: “Moet ik nu vastzetten?” Dat is de vraag van een miljoen]]», voegde Lemaire eraan toe.

[[i @creg ~waarschuwt|Een gemiddeld gezin betaalt dit jaar tot 400 euro meer voor gas en elektriciteit]], waarschuwt de energieregulator CREG. Volgens de CREG [[i @creg ~volgens|ligt de oorzaak vooral bij de lage gasvoorraden in Duitsland]].

Federaal energieminister Jan Deprez gaf woensdag in de Kamer aan [[i @dep ~gaf_aan|dat de regering voorlopig geen nieuwe energiecheques plant]]. «[[d @dep ~aldus|We hebben de voorbije jaren miljarden uitgegeven aan steunmaatregelen. Dat kunnen we niet blijven doen]]», aldus Deprez. Hij kondigde wel aan [[i @dep ~kondigde_aan|dat het sociaal tarief wordt uitgebreid naar 100.000 extra gezinnen]].

Test Aankoop roept consumenten op [[i @ta ~roept_op|hun contract te vergelijken]]. Volgens de organisatie [[i @ta ~volgens|kan een gezin zo tot 300 euro per jaar besparen]].

«[[d @gep ~vertelt|Ik draag binnen twee truien. De verwarming gaat pas ’s avonds aan, een uurtje]]», vertelt een gepensioneerde uit Charleroi, die zijn naam niet in de krant wil.
""")

article("nl-024-klimaatdoel-gemist", "2025-11",
        "pbl=het Planbureau voor de Leefomgeving|Planbureau voor de Leefomgeving|PBL;"
        " min=Wouter Kuipers|Kuipers; dr=Sanne de Ridder|De Ridder; ver=Edwin Vermeer|Vermeer;"
        " md=Milieudefensie; smits=Evelien Smits|Smits; amb=een ambtenaar op het ministerie|een ambtenaar;"
        " imp=onbekend", """
Kabinet haalt klimaatdoel 2030 niet

Het kabinet haalt zijn klimaatdoel voor 2030 niet. [[i @pbl ~concludeert ?|De uitstoot daalt tot 2030 met hooguit 51 procent ten opzichte van 1990]], concludeert het Planbureau voor de Leefomgeving in zijn jaarlijkse Klimaat- en Energieverkenning. Het doel is 55 procent.

„[[d @min ~zei|Dit is een teleurstellende uitkomst, daar ga ik niet omheen draaien]]”, zei minister Wouter Kuipers van Klimaat donderdag in een eerste reactie. Hij kondigde aan [[i @min ~kondigde_aan|dat hij in het voorjaar met extra maatregelen komt]]. Het zogenoemde „klimaatplan” van het vorige kabinet wordt daarbij opnieuw tegen het licht gehouden.

Kamerlid Sanne de Ridder (GroenLinks-PvdA) noemde [[m @dr ~noemde|de cijfers „een rapportcijfer om je voor te schamen”]]. „[[d @dr ~aldus|Dit kabinet heeft van klimaatbeleid een bijzaak gemaakt. Nu krijgen we de rekening]]”, aldus De Ridder.

Kamerlid Edwin Vermeer (PVV) vindt [[i @ver ~vindt ?|dat het klimaatdoel helemaal moet worden geschrapt]]. „[[d @ver ~zegt|Die doelen zijn in Brussel bedacht. De Nederlandse burger betaalt de prijs]]”, zegt hij.

Milieudefensie liet donderdag weten [[i @md ~liet_weten|dat de organisatie de Staat opnieuw voor de rechter daagt]]. Directeur Evelien Smits zei: „[[d @smits ~zei|In 2019 heeft de Hoge Raad in de Urgenda-zaak al geoordeeld dat de Staat zijn burgers moet beschermen. Dat geldt vandaag nog steeds.

„We hebben geen andere keuze dan opnieuw naar de rechter te stappen.]]”

Een ambtenaar op het ministerie zei [[i @amb ~zei|dat er al maanden wordt gerekend aan een beprijzing van vlees]]. Er wordt in Den Haag gefluisterd [[i @imp ~wordt_gefluisterd ?|dat de minister ook een vliegtaks voor privéjets overweegt]].
""")

article("nl-025-olympisch-goud-1000-meter", "2026-02",
        "fz=Femke Zijlstra|Zijlstra; tim=Remco Timmer|Timmer; sato=Yui Sato|Sato;"
        " vader=Klaas Zijlstra|Klaas|vader Klaas; knsb=de KNSB|KNSB", """
Zijlstra pakt olympisch goud op de 1000 meter

Femke Zijlstra heeft zondag olympisch goud gewonnen op de 1000 meter. In de ijshal van Milaan bleef ze de Japanse Yui Sato zeven honderdsten voor. ‘[[d @fz ~zei|Ik heb hier vier jaar lang elke dag aan gedacht. Elke training, elke pijnlijke intervalsessie, het was allemaal voor dit moment]]’, zei ze met tranen in de ogen.

‘[[d @fz|Toen ik de klok zag, wist ik het niet eens zeker. Ik moest twee keer kijken.]]’

Coach Remco Timmer legde uit [[i @tim ~legde_uit|dat Zijlstra haar opening de afgelopen maanden volledig heeft omgegooid]]. ‘[[d @tim ~aldus|Vorig jaar verloor ze op de eerste tweehonderd meter alles. Nu is dat juist haar sterkste punt]]’, aldus Timmer.

Sato zei [[i @sato ~zei|niet ontevreden te zijn met zilver]]. ‘[[d @sato ~zei|Femke was vandaag sterker. Over vier jaar kom ik terug]]’, zei de Japanse via een tolk.

Op de tribune zat haar vader Klaas. ‘[[d @vader ~vertelde|Ze belde gisteravond nog en zei: “Papa, morgen wordt het mijn dag.” Ik heb de hele nacht niet geslapen]]’, vertelde hij na afloop.

[[i @fz ~zegt|Het goud, zegt Zijlstra, is ook voor haar overleden oma]]. De KNSB hoopt [[i @knsb ~hoopt ?|dat de titel jonge schaatsers inspireert]]. Dinsdag komt Zijlstra nog uit op de 1500 meter.
""")

article("nl-026-motie-steun-oekraine", "2025-12",
        "hoog=Ruben Hoogland|Hoogland; dg=Maarten de Graaf|De Graaf; mul=Gerard Mulder|Mulder;"
        " lam=Hendrik Lammers|Lammers; bon=Andrij Bondar|Bondar; hb=Haagse bronnen;"
        " bakker=Inge Bakker|Bakker", """
Kamer wil 3,5 miljard voor Oekraïne

Een ruime meerderheid van de Tweede Kamer wil dat Nederland volgend jaar minstens 3,5 miljard euro aan Oekraïne geeft. Een motie van die strekking werd dinsdag aangenomen met 121 stemmen voor. '[[d @hoog ~zei +supportive_of_ukraine|Dit is een duidelijk signaal aan Kiev én aan Moskou: Nederland houdt vol]]', zei indiener Ruben Hoogland (D66).

Door minister Maarten de Graaf werd gezegd [[m @dg ~werd_gezegd +supportive_of_ukraine|dat het kabinet de motie 'zo snel mogelijk' gaat uitvoeren]]. Volgens Haagse bronnen [[i @hb ~volgens|wordt het geld deels uit de defensiebegroting gehaald]].

Kamerlid Gerard Mulder (PVV) stemde tegen. '[[d @mul ~zei|Wij vinden dat dit geld naar Nederlandse gezinnen moet gaan. Niet naar een oorlog die niet de onze is]]', zei hij. Hij vroeg zich af [[i @mul ~vroeg_zich_af|of de Kamer die rekening wel aan de kiezer durft voor te leggen]].

Premier Hendrik Lammers liet weten [[i @lam ~liet_weten +supportive_of_ukraine|de motie van harte te steunen]]. '[[d @lam ~aldus +supportive_of_ukraine|Oekraïne verdedigt niet alleen zichzelf, maar de veiligheid van heel Europa]]', aldus Lammers.

De Oekraïense ambassadeur Andrij Bondar was zichtbaar opgelucht: '[[d @bon ~was_zichtbaar_opgelucht|Namens mijn volk: dank u wel. Nederland is een van onze trouwste vrienden.]]'

[[i @bakker ~zegt|Zonder Amerikaanse steun moet Europa zelf de gaten dichten]]. Dat zegt CDA-Kamerlid Inge Bakker, die de motie mede ondertekende.
""")

article("nl-027-werkzaamheden-a2", "2025-07", "", """
A2 bij Utrecht twee weekenden dicht

De A2 tussen knooppunt Oudenrijn en knooppunt Everdingen is in de komende twee weekenden in beide richtingen afgesloten. Rijkswaterstaat vervangt het asfalt en vernieuwt de voegen van het viaduct bij Nieuwegein.

De afsluiting duurt van vrijdagavond 21.00 uur tot maandagochtend 5.00 uur. Verkeer tussen Amsterdam en 's-Hertogenbosch wordt omgeleid via de A12 en de A27. Reizigers moeten rekening houden met een halfuur extra reistijd.

De werkzaamheden verlopen volgens het schema dat in het voorjaar werd vastgelegd. Ook de zogenaamde 'spitsstrook' tussen Vianen en Culemborg blijft in die weekenden gesloten. Het viaduct wordt daarna weer geschikt gemaakt voor zwaar vrachtverkeer, dat wil zeggen voor vrachtwagens tot 60 ton.

Het werk maakt deel uit van het programma "Vernieuwing Bruggen en Viaducten", waarmee de komende tien jaar honderden kunstwerken in het hele land worden opgeknapt. In totaal gaat het om een investering van 3,4 miljard euro.

Bij slecht weer kan het asfalteren worden uitgesteld. Actuele informatie staat op de website van Rijkswaterstaat en in de routeplanners. Ook de NS zet in beide weekenden extra treinen in tussen Utrecht en 's-Hertogenbosch.
""")

# --- end of articles --------------------------------------------------------


# --------------------------------------------------------------------------
# output


def build() -> list[dict[str, object]]:
    docs = [seed_document()]
    for art in ARTICLES:
        text, quotes = strip_markup(art)
        docs.append(document(art.id, art.date, text, quotes))
    ids = [d["id"] for d in docs]
    if len(ids) != len(set(ids)):
        raise MarkupError("duplicate document ids")
    return docs


def render(docs: list[dict[str, object]]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


OPENERS = {"“": "“…”", "„": "„…”", ",": ",,…''", '"': '"…"', "‘": "‘…’", "'": "'…'", "«": "«…»"}


def quote_mark_style(text: str, quote: dict[str, object]) -> str:
    before = text[: int(quote["start"])].rstrip()  # type: ignore[arg-type]
    return OPENERS.get(before[-1:], "other") if before else "other"


def stats(docs: list[dict[str, object]]) -> str:
    quotes = [(d, q) for d in docs for q in d["quotes"]]  # type: ignore[union-attr]
    kinds = Counter(q["kind"] for _, q in quotes if not q["optional"])
    styles = Counter(quote_mark_style(d["text"], q) for d, q in quotes if q["kind"] == "direct")
    words = [len(str(d["text"]).split()) for d in docs]
    lines = [
        f"documents: {len(docs)} (without quotes: {sum(1 for d in docs if not d['quotes'])})",
        f"quotes: {len(quotes)} (required {sum(kinds.values())}, "
        f"optional {sum(1 for _, q in quotes if q['optional'])})",
        f"required by kind: {dict(kinds)}",
        f"direct quotes by opening mark: {dict(styles)}",
        f"words per document: min {min(words)}, max {max(words)}",
    ]
    return "\n".join(lines)


def run(build_docs, out: Path, script: str, argv: list[str] | None = None) -> int:
    """The command line of a gold builder: write ``out`` and print counts, ``--check`` that it is
    up to date, ``--stats``. Shared with ``gold_discourse.py``."""
    parser = argparse.ArgumentParser(description=f"Build {out.name} from the articles in {script}.")
    parser.add_argument("--check", action="store_true", help="fail if the file is out of date")
    parser.add_argument("--stats", action="store_true", help="print counts")
    args = parser.parse_args(argv)
    docs = build_docs()
    content = render(docs)
    if args.check:
        current = out.read_text(encoding="utf-8") if out.exists() else ""
        if current != content:
            print(f"{out} is out of date; run python training/{script}", file=sys.stderr)
            return 1
    else:
        out.write_text(content, encoding="utf-8")
    if args.stats or not args.check:
        print(stats(docs))
    return 0


def main(argv: list[str] | None = None) -> int:
    return run(build, OUT, "build_gold.py", argv)


if __name__ == "__main__":
    sys.exit(main())
