"""Build the Dutch discourse gold set ``training/data/gold_discourse_nl.jsonl``.

Run from the repository root::

    python training/gold_discourse.py            # writes training/data/gold_discourse_nl.jsonl
    python training/gold_discourse.py --check    # verify the file is up to date
    python training/gold_discourse.py --stats    # print counts

What the set is for: ``gold_nl.jsonl`` (``build_gold.py``) is mostly made of
press pieces in which nearly every quote carries its own reporting verb.  The
articles here are discourse-dense instead: reportage, match reactions, court
and council reports, a profile and a press conference in which *who speaks*
has to be followed across sentences and paragraphs.  They concentrate

1. people introduced without a speech verb, followed by a quote paragraph
   without a cue ("Guy Verhaeghe (61) staat al sinds halfzeven ..." / "Toch
   waarschuwt hij voor al te veel optimisme." followed by a bare quote);
2. alternating speakers (an official and ordinary people: "Natalia (34)",
   "een buurvrouw", "een omwonende"), runs of floating quotes, then a switch;
3. pronoun chains with distractors (two people of the same gender, an
   organisation, a place, a platform, a person named inside a quote);
4. titles and surnames ("de burgemeester, Willemijn Kerkhof,", "de topman",
   "Volgens Baart", sentences opening with "Een ...");
5. appositions and coordinations ("woordvoerster Katrien Ooms van Flanders
   Classics", "Het bestuur en trainer Marco Wijnberg");
6. content before the cue ("Dat ..., wordt door X ontkend", "volgens de
   Spaanse media", "volgens een bevraging van onderzoeksbureau Statera");
7. things that are not quotes (purpose clauses after non-speech verbs, scare
   quotes, titles of shows and songs, measuring devices that "geven aan dat",
   "dat wil zeggen", the journalist's own statements);

plus interrupted quotes, multi-paragraph quotes, colon cues and quotes that
open an article before their speaker is named.

All articles were written for this project.  People, quotes, companies and
most organisations in them are fictional; real places, clubs, parties and
institutions (and one public figure, named inside a quote) appear only as
context, and nothing here may be cited as something anyone said.

The markup, the speaker tables and the annotation conventions are those of
``build_gold.py`` and ``training/data/GOLD_GUIDE.md``; this script reuses that
machinery and only holds its own articles.  Stance labels are not used.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_gold import Article, build_articles, run  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "training" / "data" / "gold_discourse_nl.jsonl"

ARTICLES: list[Article] = []


def article(doc_id: str, date: str, speakers: str, body: str) -> None:
    ARTICLES.append(Article(doc_id, date, speakers, body.strip("\n") + "\n"))


# --- articles ---------------------------------------------------------------
article("nl-d01-ronde-kwaremont", "2026-04",
        "pol=de politiezone Vlaamse Ardennen|politiezone Vlaamse Ardennen; guy=Guy Verhaeghe|Verhaeghe|Guy;"
        " lotte=Lotte; burg=Dirk Van Lerberghe|Van Lerberghe; ooms=Katrien Ooms|Ooms;"
        " sup=een supporter uit Breda|een supporter; decl=Jarne Declercq|Declercq; holm=Mikkel Holm|Holm", """
Recordopkomst op de Oude Kwaremont, burgemeester wil maximum

Kluisbergen – Nooit eerder stonden er zoveel mensen langs de Oude Kwaremont. Volgens de politiezone Vlaamse Ardennen [[i @pol ~volgens|stonden er zondag meer dan honderdduizend supporters op en rond de kasseistrook]].

Guy Verhaeghe (61) uit Oudenaarde staat al sinds halfzeven 's ochtends met zijn campingstoel halverwege de helling, op de plek waar de kasseien het steilst zijn.

'[[d @guy|Ik kom hier al veertig jaar. Mijn vader nam mij mee toen ik zo groot was als dat manneke daar. Maar zoveel volk heb ik nog nooit gezien.]]'

'[[d @guy|Om negen uur kon je hier al geen voet meer verzetten. Ik ben blij dat ik mijn stoel bij heb.]]'

Naast hem staat zijn kleindochter Lotte (9), met een vlag met de Vlaamse Leeuw die groter is dan zijzelf. '[[d @lotte ~zegt|Ik wil de renners van dichtbij zien]]', zegt ze. '[[d @lotte|Vorig jaar was ik te klein. Toen zag ik alleen maar ruggen.]]'

Burgemeester Dirk Van Lerberghe van Kluisbergen spreekt van [[m @burg ~spreekt_van|een 'volksfeest zonder weerga']]. Hij liep 's ochtends zelf de helling op en af om handen te schudden. Toch waarschuwt hij voor al te veel optimisme.

'[[d @burg|We hebben geluk gehad met het weer en met de mensen. Maar eerlijk: de Kwaremont kan dit aantal niet aan. Als hier iemand onwel wordt, raakt de ziekenwagen er niet door.]]'

Volgens Van Lerberghe [[i @burg ~volgens|moet er volgend jaar een maximumaantal toeschouwers komen op de smalste stukken van de helling]].

'[[d @ooms ~reageert|Een maximum is makkelijker gezegd dan gedaan]]', reageert woordvoerster Katrien Ooms van organisator Flanders Classics. '[[d @ooms|De Kwaremont is een openbare weg. Je kunt daar geen tickets controleren zoals in een stadion.]]' De organisatie verkocht dit jaar wel al zesduizend plaatsen in de zogenaamde 'Kwaremont Plaza', een betalende zone met grote schermen bovenaan de helling.

Een supporter uit Breda, die met een bus vol vrienden was afgezakt, heeft weinig zin in extra regels. '[[d @sup|Betalen om op een helling te staan? Dan blijf ik thuis voor de tv. Het mooie aan de koers is juist dat hij gratis is.]]'

Op de Kwaremont viel ook de beslissing. Jarne Declercq reed op twintig kilometer van de meet weg uit een kopgroep van vijf en hield op de Paterberg stand.

'[[d @decl|Ik hoorde niets meer, alleen nog een muur van geluid. Op zo'n moment voel je de pijn in je benen niet.]]'

'[[d @holm ~zei|Hij was vandaag de sterkste, daar valt niet over te discussiëren]]', zei zijn Deense ploegmaat Mikkel Holm, die derde werd. Op Instagram schreef Declercq 's avonds [[i @decl ~schreef|dat hij de zege opdraagt aan zijn grootvader, die in januari overleed]].

Guy Verhaeghe zag Declercq op twee meter voorbijflitsen. '[[d @guy|Twee seconden. Veertig jaar wachten voor twee seconden. En ik zou het morgen opnieuw doen.]]'
""")

article("nl-d02-brand-delfshaven", "2025-11",
        "kuijp=Sanne Kuijpers|Kuijpers; nat=Natalia; buurv=een buurvrouw|een buurvrouw van de overkant;"
        " brandweer=de brandweer|brandweer; omw=een omwonende; demir=Yusuf Demir|Demir", """
Uitslaande brand in portiekflat Delfshaven, tien gezinnen dakloos

Tien gezinnen in de Rotterdamse wijk Delfshaven zijn hun woning kwijt na een uitslaande brand in een portiekflat aan de Schiedamseweg. Het vuur brak zondagnacht rond 04.00 uur uit op de tweede verdieping. Twee bewoners werden met rookinademing naar het ziekenhuis gebracht.

,,[[d @kuijp ~zegt|Toen onze eerste wagen aankwam, sloegen de vlammen al uit de ramen]]'', zegt woordvoerder Sanne Kuijpers van de Veiligheidsregio Rotterdam-Rijnmond. ,,[[d @kuijp|Het trappenhuis stond vol rook. Onze mensen hebben zes bewoners met de hoogwerker van hun balkon moeten halen.]]''

,,[[d @kuijp|Dat er niemand is omgekomen, mag eigenlijk een klein wonder heten.]]''

Natalia (34) woont met haar twee dochters op de derde verdieping, recht boven de woning waar het vuur begon.

,,[[d @nat|Ik werd wakker van geschreeuw in het trappenhuis. Ik heb de meisjes in een deken gewikkeld en ben met ze naar het balkon gegaan. Daar hebben we twintig minuten gestaan.]]''

,,[[d @nat|Mijn jongste vroeg steeds of de brandweer ons wel kon zien. Ik zei: natuurlijk, schat. Maar ik wist het zelf ook niet.]]''

Een buurvrouw van de overkant zag de brand vanuit haar slaapkamer ontstaan. ,,[[d @buurv|Eerst was er alleen een oranje gloed achter de gordijnen. Binnen vijf minuten stond de hele verdieping in lichterlaaie.]]''

In de buurt gaan al geruchten rond over de oorzaak, onder meer over een accu van een elektrische fiets die in de gang zou hebben gestaan. ,,[[d @kuijp ~reageert|We sluiten niets uit, maar we gaan ook niet speculeren]]'', reageert Kuijpers. [[i @brandweer ~laat_weten|In de woning waar de brand begon, hing geen werkende rookmelder]], laat de brandweer weten. Sinds 2022 is een rookmelder op elke verdieping van een woning verplicht. Zo'n apparaat geeft met een schelle piep aan dat er rook in huis is, vaak minuten voordat bewoners het zelf merken.

Een omwonende, die al dertig jaar in de straat woont, maakt zich vooral zorgen over de eigenaar van het pand. ,,[[d @omw|In die flat wonen veel te veel mensen in veel te kleine kamers. Dat weet iedereen hier in de buurt, behalve de gemeente blijkbaar.]]''

De verhuurder, vastgoedbedrijf Maasoever, was zondag niet bereikbaar voor commentaar.

Wethouder Yusuf Demir (Wonen) bezocht 's middags de noodopvang in buurthuis De Schans. Hij beloofde [[i @demir ~beloofde|dat alle gedupeerde gezinnen deze week nog tijdelijke woonruimte krijgen]]. [[i @demir ~wordt_ontkend|Dat de gemeente te weinig controleert op overbewoning]], wordt door Demir ontkend. ,,[[d @demir ~zegt|We controleren juist meer dan ooit. Maar we kunnen niet achter elke voordeur kijken]]'', zegt hij.

Natalia weet nog niet waar ze de komende weken slaapt. ,,[[d @nat|Voorlopig bij mijn zus in Schiedam. Maar met z'n vijven in een tweekamerflat, dat hou je niet lang vol.]]''
""")

article("nl-d03-heracles-groningen", "2025-10",
        "boss=Ruud Bosschaart|Bosschaart; thijs=Thijs Oude Luttikhuis|Oude Luttikhuis|Thijs;"
        " wijn=Marco Wijnberg|Wijnberg; stam=Jasper Stam|Stam", """
Heracles laat zege in blessuretijd glippen

,, [[d @boss|Dit voelt gewoon als een nederlaag.]] ''

Trainer Ruud Bosschaart van Heracles Almelo zat na afloop met een strak gezicht in de perszaal van Erve Asito. Zijn ploeg stond tegen FC Groningen tot de 92ste minuut met 2-1 voor, maar een vrije trap van invaller Mats Hoving werd via de muur het eigen doel in gekopt: 2-2.

,, [[d @boss|We hadden dit gewoon uit moeten spelen. In blessuretijd geef je zo'n vrije trap niet weg, niet op die plek.]] ''

,, [[d @boss|Zoals Cruijff al zei: elk nadeel heb z'n voordeel. Alleen zie ik het voordeel vanavond even niet.]] ''

Het was lange tijd de avond van Thijs Oude Luttikhuis. De 21-jarige spits kreeg zijn eerste basisplaats van het seizoen en scoorde twee keer. Na afloop wilde hij niet naar de scheidsrechter wijzen.

,, [[d @thijs|Die man doet ook maar zijn werk. We moeten naar onszelf kijken, vooral naar die laatste tien minuten.]] ''

,, [[d @thijs ~zegt|Ik heb de trainer in de zomer beloofd dat ik dit seizoen tien keer scoor]] '', zegt hij. ,, [[d @thijs|Nu sta ik op vier. Dat gaat de goede kant op.]] ''

,, [[d @boss ~lacht|Als hij blijft werken zoals vandaag, haalt hij die tien makkelijk]] '', lacht Bosschaart, die zijn spits in de rust nog flink had toegesproken.

Heracles bracht na een uur verdediger Niels Bakker in om de voorsprong over de streep te trekken. Het mocht niet baten.

Bij FC Groningen overheerste opluchting. Het bestuur en trainer Marco Wijnberg lagen na vier nederlagen op rij flink onder vuur bij de eigen supporters.

,, [[d @wijn|Ik heb deze week dingen over mezelf gelezen die ik mijn moeder niet zou laten lezen. Maar vandaag zag ik karakter. Deze groep leeft.]] ''

Doelman Jasper Stam, die in de eerste helft een strafschop stopte, hield het nuchter: ,, [[d @stam ~hield_het_nuchter|Een punt in Almelo is geen schande. Maar we gaan er ook geen feestje van maken.]] '' Volgens Stam [[i @stam ~volgens|was in de rust afgesproken om vanaf de aftrap hoog druk te zetten op de Heracles-verdediging]].

Wijnberg wilde na afloop niets weten van speculaties over zijn toekomst. ,, [[d @wijn ~zei|Die vraag moet u aan het bestuur stellen]] '', zei hij. ,, [[d @wijn|Ik kijk alleen naar zaterdag, naar PEC. Meer niet.]] ''

Heracles staat na tien speelrondes op de twaalfde plaats. FC Groningen is zestiende.
""")

article("nl-d04-kas-carnavalsvereniging", "2026-05",
        "hend=Marloes Hendriksen|Hendriksen; harrie=Harrie van den B.|Van den B.|Harrie;"
        " ans=Ans Verhoeven|Verhoeven|Ans; smul=Petra Smulders|Smulders", """
Oud-penningmeester carnavalsvereniging hoort werkstraf eisen

's-Hertogenbosch – Tegen de 67-jarige oud-penningmeester van carnavalsvereniging De Kwakkels uit Boxtel is dinsdag een werkstraf van 180 uur en een voorwaardelijke celstraf van drie maanden geëist. Harrie van den B. zou tussen 2018 en 2024 ruim 48.000 euro uit de kas van de vereniging hebben gehaald.

Officier van justitie Marloes Hendriksen liet weinig heel van zijn verweer. „[[d @hend ~zei|U heeft het vertrouwen beschaamd van mensen die u al veertig jaar kennen]]”, zei ze tegen de verdachte. „[[d @hend|Dat geld was bedoeld voor de kinderoptocht en de bouw van de praalwagens. Niet voor uw vakanties op Gran Canaria.]]”

Volgens de officier [[i @hend ~volgens|pinde Van den B. jarenlang contant geld van de verenigingsrekening en verdoezelde hij dat met vervalste bonnetjes]].

De verdachte, een kleine man in een te ruim colbert, bestreed [[i @harrie ~bestreed|dat hij zich bewust heeft verrijkt]]. „[[d @harrie ~zei|Ik heb het geleend en ik was van plan alles terug te betalen. Dat heb ik Ans ook gezegd]]”, zei hij met trillende stem.

Ans Verhoeven, de voorzitter van De Kwakkels, was als getuige opgeroepen. Ze schudde haar hoofd toen haar naam viel.

„[[d @ans|Daar weet ik helemaal niets van. Harrie heeft nooit iets over een lening gezegd, niet tegen mij en niet tegen het bestuur.]]”

„[[d @ans ~vertelde|We kwamen er pas achter toen de bank belde dat de rekening leeg was]]”, vertelde ze. „[[d @ans|De optocht van 2024 hebben we moeten betalen met een inzamelingsactie in het dorp. Ik heb me kapot geschaamd.]]”

Advocaat Petra Smulders vroeg de rechtbank [[i @smul ~vroeg|rekening te houden met de persoonlijke omstandigheden van haar cliënt]]. Volgens haar [[i @smul ~volgens|kampt Van den B. al jaren met een gokverslaving, waarvoor hij sinds vorig jaar in behandeling is]]. „[[d @smul ~zei|Mijn cliënt is geen crimineel met een plan. Hij is een man die de controle volledig kwijtraakte]]”, zei de advocaat. „[[d @smul|Een celstraf, ook een voorwaardelijke, maakt niets goed.]]”

Smulders suggereerde ook [[i @smul ~suggereerde|dat het bestuur de kas jarenlang nauwelijks had gecontroleerd]]. [[i @ans ~werd_ontkend|Dat de kascommissie zat te slapen]], werd door Verhoeven ontkend. „[[d @ans ~zei|De kascommissie heeft elk jaar de stukken gezien]]”, zei Verhoeven, „[[d @ans ~zei|maar als iemand bonnetjes vervalst, zie je dat als vrijwilliger niet.]]”

De vereniging heeft na de ontdekking een accountant ingehuurd om de boekhouding van de afgelopen tien jaar door te lichten.

Van den B. kreeg het laatste woord. „[[d @harrie|Het spijt me. Meer kan ik niet zeggen.]]”

De rechtbank doet op 9 juni uitspraak.
""")

article("nl-d05-staking-de-lijn", "2026-01",
        "yas=Yasmina El Idrissi|El Idrissi|Yasmina; gep=een gepensioneerde man|een gepensioneerde;"
        " wuyts=Koen Wuyts|Wuyts; goris=Annelies Goris|Goris; statera=Statera|onderzoeksbureau Statera;"
        " acod=ACOD", """
Staking bij De Lijn: Antwerpse reizigers blijven in de kou staan

Antwerpen – Wie dinsdagochtend in Antwerpen de tram wilde nemen, had vooral geduld nodig. Door een staking van de socialistische en de christelijke vakbond reed maar een op de vijf trams. De bonden protesteren tegen het plan van De Lijn om 180 haltes in de Antwerpse rand te schrappen.

Yasmina El Idrissi (22) staat met haar laptoptas onder de luifel van de halte aan het Astridplein. Om negen uur moet ze op de Stadscampus een examen afleggen.

“[[d @yas|Ik heb gisteravond nog op de website gekeken en toen stond er niets. Nu sta ik hier al drie kwartier.]]”

“[[d @yas|Als ik dit examen mis, moet ik in september terugkomen. Dan kan ik mijn vakantiejob vergeten.]]”

Een gepensioneerde man naast haar schudt het hoofd. “[[d @gep|Vroeger staakten ze voor hun loon. Nu staken ze voor haltes. Ik snap er niets meer van.]]”

Koen Wuyts, secretaris van de socialistische vakbond ACOD, begrijpt de frustratie. “[[d @wuyts ~reageert|Maar wij staken net voor die reizigers]]”, reageert hij. “[[d @wuyts|Als die haltes verdwijnen, zit een oudere vrouw in Schoten straks zonder bus. Dan is een dag hinder een kleine prijs.]]” Volgens Wuyts [[i @wuyts ~volgens|werd het personeel op geen enkel moment geraadpleegd over de besparingen]].

De Lijn zelf betreurt de actie. Woordvoerster Annelies Goris noemt [[m @goris ~noemt|de staking ‘disproportioneel’]]. “[[d @goris ~zegt|We hebben de vakbonden drie keer uitgenodigd voor overleg. Drie keer]]”, zegt ze. “[[d @goris|Sommige van die haltes hebben minder dan vijf opstappers per dag.]]”

[[i @goris ~wordt_tegengesproken|Dat De Lijn de haltes schrapt om geld te besparen]], wordt door Goris tegengesproken. “[[d @goris|Elke euro die we daar uitsparen, gaat naar extra ritten op de drukke lijnen. Ook in Schoten, trouwens.]]”

Volgens een bevraging van onderzoeksbureau Statera [[i @statera ~volgens ?|vindt zes op de tien Antwerpenaren dat het openbaar vervoer in hun buurt er de voorbije vijf jaar op achteruit is gegaan]].

De Lijn zette dinsdag extra bussen in om de grootste hinder op te vangen. Op Facebook kondigde ACOD intussen aan [[i @acod ~kondigde_aan|dat er volgende week opnieuw gestaakt wordt als er geen nieuw overleg komt]].

Even na negen uur rijdt er dan toch een tram het Astridplein op. Yasmina wurmt zich tussen de wachtenden naar binnen. “[[d @yas ~roept|Misschien haal ik het nog!]]”, roept ze door de sluitende deuren.
""")

article("nl-d06-dorpsschool-ees", "2026-02",
        "sanne=Sanne Wolters|Wolters|Sanne; kloost=Herman Kloosterman|Kloosterman;"
        " bos=Anneke Bos|Bos; femke=Femke; lanting=Gerrit Lanting|Lanting", """
Ouders in Ees vechten voor hun dorpsschool

Ees – Aan het hek van obs De Hoeksteen in Ees hangen sinds maandag zelfgeschilderde spandoeken. Het bestuur van Stichting Primair Drenthe wil de school, die nog 31 leerlingen telt, na de zomer sluiten. De kinderen moeten dan naar een school in Borger, elf kilometer verderop.

Sanne Wolters (38) heeft twee kinderen op De Hoeksteen. Ze staat met een beker koffie bij het hek, tussen de andere ouders.

‘[[d @sanne|Als de school dichtgaat, gaat het dorp dood. Zo simpel is het. Jonge gezinnen komen hier dan niet meer wonen.]]’

‘[[d @sanne|Mijn jongste moet straks elke dag met de bus naar Borger. Ze is zes.]]’

Bestuurder Herman Kloosterman van de stichting zegt [[i @kloost ~zegt|de emoties te begrijpen]]. ‘[[d @kloost ~zegt|Maar met 31 kinderen in drie groepen kun je geen goed onderwijs meer garanderen]]’, zegt hij. ‘[[d @kloost|Een juf die vier jaargangen tegelijk lesgeeft, houdt dat niet eindeloos vol.]]’ De stichting wil de twee scholen samenvoegen om de kwaliteit van het onderwijs op peil te houden.

Juf Anneke Bos geeft al 22 jaar les op De Hoeksteen. Ze kijkt er anders tegenaan dan haar werkgever.

‘[[d @bos|Kleine klassen zijn juist een kracht. Hier helpen de oudste kinderen de jongsten met lezen. Dat leer je in geen enkel boek.]]’

Toch wil ze niet te hard oordelen over het bestuur. ‘[[d @bos ~zegt|Ze moeten ook rondkomen, dat begrijp ik heus]]’, zegt ze.

Femke (10) zit in groep 7. ‘[[d @femke ~vertelt|Ik wil gewoon hier blijven, bij mijn vriendinnen]]’, vertelt ze. ‘[[d @femke|In Borger ken ik niemand.]]’

[[i @lanting ~laat_weten|De gemeente kan de sluiting niet tegenhouden]], laat wethouder Gerrit Lanting van Borger-Odoorn weten. Volgens Lanting [[i @lanting ~volgens|onderzoekt de gemeente wel of het schoolgebouw als dorpshuis kan dienen]].

[[i @kloost ~wordt_ontkend|Dat de sluiting allang vaststaat]], wordt door Kloosterman ontkend. ‘[[d @kloost|Er is nog niets besloten. De medezeggenschapsraad moet eerst instemmen, en die vergadert pas in maart.]]’

Sanne Wolters gelooft daar niets van. ‘[[d @sanne|Op de bouwtekening van de nieuwe school in Borger staan onze leerlingen al ingetekend. Dan weet je toch genoeg?]]’
""")

article("nl-d07-hitte-festival", "2025-07",
        "blom=Pieter Blom|Blom; daan=Daan; zegers=Mirjam Zegers|Zegers; fatima=Fatima;"
        " ggd=de GGD Amsterdam|GGD Amsterdam|GGD", """
Hitte op festival Weidevuur: honderden bezoekers bij de EHBO

"[[d @blom|Drink water, zoek schaduw en zet een pet op. Het klinkt als een open deur, maar je schrikt ervan hoeveel mensen het vergeten.]]"

Pieter Blom van het Rode Kruis heeft het zaterdagmiddag druk op festival Weidevuur in het Twiske. In de EHBO-tent liggen twintig bezoekers op veldbedden, de meesten met hoofdpijn, misselijkheid of een zonnesteek. Het kwik tikte om drie uur 34 graden aan.

"[[d @blom ~zegt|Het zijn vooral jongeren die 's ochtends al met bier beginnen en de hele dag niets anders drinken]]", zegt hij.

Daan (24) uit Zaandam ligt met een nat washandje op zijn voorhoofd op een van de bedden. "[[d @daan|Ik dacht dat ik wel tegen een beetje zon kon. Blijkbaar niet.]]"

"[[d @daan|Mijn vriendin zei vanochtend nog: 'Neem die fles water mee.' Had ik maar geluisterd.]]"

[[i @zegers ~zegt|De organisatie had de hitte zien aankomen]], zegt festivaldirecteur Mirjam Zegers. Er stonden twintig extra watertappunten en de brandweer sproeide op verzoek het publiek nat. "[[d @zegers ~aldus|We hebben de optredens op het hoofdpodium zelfs een uur later laten beginnen]]", aldus Zegers. Het festival werkte met een hitteprotocol, dat wil zeggen dat boven de 32 graden de schaduwtenten opengaan en er extra EHBO'ers over het terrein lopen.

Niet iedereen is tevreden. Fatima (27) uit Amsterdam-Noord vindt [[i @fatima ~vindt ?|dat de organisatie veel te weinig schaduw biedt]]. "[[d @fatima ~zegt|Er staan drie parasols voor tienduizend mensen]]", zegt ze. "[[d @fatima|En een flesje water kost hier vier euro. Dan snap je toch dat mensen aan het bier blijven?]]"

"[[d @zegers ~reageert|Water uit de tappunten is gratis, dat communiceren we overal]]", reageert Zegers. "[[d @zegers|Maar we gaan goed kijken naar de schaduw. Volgend jaar moet dat beter.]]"

Op het hoofdpodium speelde de band Hete Brij intussen zijn bekendste nummer, "Zomer in de stad", twee keer. De zanger liet het publiek halverwege even gaan zitten om op adem te komen.

Volgens de GGD Amsterdam [[i @ggd ~volgens|is het de eerste keer dat een festival in de regio het volledige hitteplan moest inzetten]].

Tegen de avond wordt het rustiger in de EHBO-tent. Toch waarschuwt Blom voor de nacht.

"[[d @blom|Als de zon ondergaat, denken mensen dat het gevaar voorbij is. Maar wie de hele dag te weinig heeft gedronken, gaat om middernacht alsnog onderuit.]]"
""")

article("nl-d08-noordmelk-drachten", "2025-09",
        "noordmelk=Noordmelk|zuivelbedrijf Noordmelk; dijk=Arjen Dijkstra|Dijkstra;"
        " tjitske=Tjitske de Vries|De Vries|Tjitske; postma=Wiebe Postma|Postma;"
        " fd=het Financieele Dagblad|Financieele Dagblad|FD; vanwijk=Esther van Wijk|Van Wijk;"
        " bouma=Sietske Bouma|Bouma", """
Noordmelk sluit kaasfabriek in Drachten, 140 banen weg

Drachten – [[i @noordmelk ~maakte_bekend|Zuivelbedrijf Noordmelk sluit volgend jaar zijn kaasfabriek in Drachten]]. Dat maakte het bedrijf woensdagochtend bekend aan het personeel. Ruim 140 mensen verliezen hun baan. De productie verhuist naar Leeuwarden, waar Noordmelk 40 miljoen euro investeert in een nieuwe productielijn om de efficiëntie te verhogen.

Topman Arjen Dijkstra sprak het personeel toe in de kantine. „[[d @dijk ~zei|Dit is de zwaarste dag uit mijn loopbaan]]”, zei hij na afloop tegen verslaggevers. „[[d @dijk|Maar met twee halflege fabrieken op dertig kilometer van elkaar overleven we de komende tien jaar niet.]]” Volgens Dijkstra [[i @dijk ~volgens|leed de vestiging in Drachten vorig jaar een verlies van 6 miljoen euro]].

Bij de poort staat Tjitske de Vries (52) met rode ogen. Ze werkt al 31 jaar op de pakafdeling.

„[[d @tjitske|Mijn vader werkte hier al, mijn broer werkt hier. Wij zíjn Noordmelk.]]”

„[[d @tjitske|Ze zeggen dat we in Leeuwarden mogen solliciteren. Maar wie neemt er nou een vrouw van 52 aan voor de nachtploeg?]]”

OR-voorzitter Wiebe Postma was minder verrast. Postma: „[[d @postma ~:|We zagen dit al een jaar aankomen. Er werd in Drachten niets meer geïnvesteerd. Geen nieuwe machines, geen nieuwe mensen.]]”

Volgens het Financieele Dagblad [[i @fd ~volgens|onderzocht Noordmelk vorig jaar ook een fusie met een Duitse branchegenoot]]. [[i @dijk ~wordt_ontkend|Dat de fabriek in Drachten bewust is verwaarloosd]], wordt door Dijkstra ontkend. „[[d @dijk ~zegt|We hebben er de afgelopen vijf jaar nog elf miljoen in gestoken]]”, zegt de topman.

FNV-bestuurder Esther van Wijk kondigde aan [[i @vanwijk ~kondigde_aan|dat de bond een sociaal plan eist met een ruime vertrekregeling]]. „[[d @vanwijk ~zegt|Deze mensen hebben dit bedrijf groot gemaakt]]”, zegt ze, „[[d @vanwijk ~zegt|en nu worden ze bij het grofvuil gezet.]]”

Ook de provincie reageerde. Gedeputeerde Sietske Bouma (Economie) noemde [[m @bouma ~noemde|het besluit „een klap voor heel Zuidoost-Friesland”]]. Ze wil op korte termijn met de directie om tafel.

Tjitske de Vries hoopt [[i @tjitske ~hoopt ?|dat de vakbond er nog iets uit weet te slepen]]. „[[d @tjitske|Maar eerlijk? Ik heb er een hard hoofd in.]]”
""")

article("nl-d09-materniteit-geraardsbergen", "2025-12",
        "vdb=Hilde Vandenbussche|Vandenbussche; claes=Sofie Claes|Claes; jolien=Jolien De Backer|De Backer|Jolien;"
        " verbeke=Luc Verbeke|Verbeke;"
        " spe=het Studiecentrum voor Perinatale Epidemiologie|Studiecentrum voor Perinatale Epidemiologie|SPE;"
        " nathalie=Nathalie Van der Straeten|Van der Straeten|Nathalie", """
Geraardsbergen verliest zijn materniteit

Geraardsbergen – Vanaf 1 januari worden er in Geraardsbergen geen baby's meer geboren. AZ Denderdal sluit zijn materniteit en brengt alle bevallingen onder op de campus in Aalst. Het ziekenhuis maakte de beslissing dinsdagavond bekend.

“[[d @vdb ~zegt|We hebben dit niet lichtzinnig beslist]]”, zegt algemeen directeur Hilde Vandenbussche. “[[d @vdb|Met 380 bevallingen per jaar zitten we ver onder de grens die de overheid vooropstelt. Bovendien vinden we geen gynaecologen meer die hier 's nachts van wacht willen zijn.]]”

Dat laatste wordt bevestigd door gynaecologe Sofie Claes, die al vijftien jaar in Geraardsbergen werkt. “[[d @claes ~zegt|Ik sta één op de drie nachten van wacht. Dat houdt niemand jaren vol]]”, zegt ze. Toch is ze niet blij met de sluiting.

“[[d @claes|Voor vrouwen uit Lessines of Ninove wordt de rit naar de verloskamer straks drie kwartier. Bij een snelle bevalling is dat gewoon te lang.]]”

Jolien De Backer (29) is 34 weken zwanger van haar tweede kindje. Haar zoontje Vic werd drie jaar geleden in Geraardsbergen geboren.

“[[d @jolien|Hij was er in veertig minuten. Als ik toen naar Aalst had moeten rijden, was hij in de auto geboren.]]”

“[[d @jolien|Mijn vroedvrouw zegt dat ik vanaf week 36 mijn tas klaar moet hebben staan. Dat gaan we dus maar doen.]]”

“[[d @vdb ~reageert|We versterken de ambulancedienst en we zetten een mobiele vroedvrouw in voor de opvolging thuis]]”, reageert Vandenbussche. Volgens de directeur [[i @vdb ~volgens|verliest niemand van de 42 medewerkers van de materniteit zijn job]].

Het stadsbestuur en burgemeester Luc Verbeke reageren ontgoocheld. “[[d @verbeke|Een stad van 34.000 inwoners zonder materniteit, dat is een stad die zichzelf opgeeft. Ik heb dat de directie gisteren ook recht in het gezicht gezegd.]]” Op Facebook schreef hij [[i @verbeke ~schreef|dat hij de beslissing wil aanvechten bij de Vlaamse overheid]].

Uit cijfers van het Studiecentrum voor Perinatale Epidemiologie blijkt [[i @spe ~blijkt ?|dat steeds meer kleine materniteiten in Vlaanderen onder de grens van vierhonderd bevallingen per jaar zakken]].

In 2019 was de materniteit van Geraardsbergen nog te zien in de Eén-reeks ‘Wiegjes’. Een van de vroedvrouwen uit die reeks, Nathalie Van der Straeten, werkt er nog altijd. “[[d @nathalie ~zegt|Ik heb hier meer dan tweeduizend kinderen op de wereld helpen zetten]]”, zegt ze. “[[d @nathalie|Sommige van die kinderen komen nu zelf bevallen. Dat ga ik missen.]]”
""")

article("nl-d10-hagel-achterhoek", "2025-06",
        "knmi=het KNMI|KNMI; lamm=Ruben Lammerts|Lammerts; bennie=Bennie te Brake|Te Brake|Bennie;"
        " gerda=Gerda|Gerda te Brake; ebbers=Marloes Ebbers|Ebbers;"
        " verbond=het Verbond van Verzekeraars|Verbond van Verzekeraars;"
        " hennie=Hennie Wolterink|Wolterink|Hennie; hulshof=Annemiek Hulshof|Hulshof", """
Hagel als tennisballen: ravage in de Achterhoek

Winterswijk – Hagelstenen zo groot als tennisballen hebben zondagmiddag in de Achterhoek voor miljoenen euro's schade gezorgd. Daken van stallen werden doorboord, kassen lagen aan diggelen en in Winterswijk en Aalten sneuvelden honderden autoruiten.

Volgens het KNMI [[i @knmi ~volgens|ging het om een zogeheten supercel, een zeldzaam zware onweersbui die lang zijn kracht behoudt]]. ‘[[d @lamm ~zegt|Hagelstenen van zes centimeter zien we in Nederland hooguit eens in de tien jaar]]’, zegt meteoroloog Ruben Lammerts van het KNMI. De neerslagradar gaf om kwart over drie al aan dat de bui recht op Winterswijk afkoerste; een kwartier later begon het.

Melkveehouder Bennie te Brake (58) uit Meddo stond in zijn stal toen het losbarstte.

‘[[d @bennie|Het klonk alsof iemand met stenen op het dak gooide. Ik dacht: dit houdt wel op. Maar het hield niet op.]]’

‘[[d @bennie|Twintig minuten heeft het geduurd. Daarna kon ik door mijn dak de lucht zien.]]’

Zijn vrouw Gerda wist de kalveren nog net binnen te krijgen. ‘[[d @gerda ~vult_aan|Ze stonden doodsbang in de wei te loeien]]’, vult ze aan. ‘[[d @gerda|Eentje heeft een wond op zijn rug, maar de veearts zegt dat het goedkomt.]]’

Schade-expert Marloes Ebbers van de Achterhoekse Onderlinge heeft het druk. ‘[[d @ebbers ~zegt|Onze telefoon staat sinds zondagmiddag roodgloeiend]]’, zegt ze. ‘[[d @ebbers|We hebben nu al achthonderd meldingen binnen, en dan hebben de meeste boeren hun land nog niet eens bekeken.]]’ Ze raadt gedupeerden aan [[i @ebbers ~raadt_aan ?|eerst foto's te maken van de schade voordat ze iets laten repareren]].

Volgens een eerste schatting van het Verbond van Verzekeraars [[i @verbond ~volgens ?|loopt de totale schade op tot zeker veertig miljoen euro]].

In Aalten veegt Hennie Wolterink (71) de glasscherven van haar serre bij elkaar.

‘[[d @hennie|Veertig jaar woon ik hier. Zoiets heb ik nog nooit meegemaakt, en mijn moeder ook niet, en die is zesennegentig geworden.]]’

Burgemeester Annemiek Hulshof van Winterswijk bezocht maandag de zwaarst getroffen boerderijen. Ze sprak van [[m @hulshof ~sprak_van|een ‘ramp voor onze agrarische sector’]]. ‘[[d @hulshof ~zegt|Veel van deze boeren zijn niet verzekerd tegen dit soort extreem weer. Daar moet het Rijk bijspringen]]’, zegt ze.

Te Brake weet nog niet of hij zijn stal herbouwt. ‘[[d @bennie|Ik ben 58 en mijn zoon wil het bedrijf niet overnemen. Misschien is dit het moment om te stoppen.]]’
""")

article("nl-d11-stadskantoor-oosterhout", "2025-10",
        "rapport=een intern rapport; vdm=Frank van der Meer|Van der Meer; baart=Ingrid Baart|Baart;"
        " mertens=Kees Mertens|Mertens; kerkhof=Willemijn Kerkhof|Kerkhof", """
Ophef in Oosterhoutse raad over peperdure verbouwing stadskantoor

Oosterhout – [[i @rapport ~staat ?|De verbouwing van het stadskantoor in Oosterhout kost niet 14 maar 29 miljoen euro]]. Dat staat in een intern rapport dat vorige week uitlekte. In een extra raadsvergadering moest wethouder Frank van der Meer (Lokaal Belang) dinsdagavond uitleg geven.

,,[[d @vdm|Ik had de raad eerder moeten informeren. Dat neem ik mezelf kwalijk.

,,Maar de kosten zijn gestegen door de situatie op de bouwmarkt, niet door mijn beleid.]]''

Fractievoorzitter Ingrid Baart (VVD) nam daar geen genoegen mee. ,,[[d @baart ~zei|De wethouder wist dit al in maart. Hij heeft de raad een half jaar in het ongewisse gelaten]]'', zei ze. Volgens Baart [[i @baart ~volgens|moet Van der Meer opstappen als blijkt dat hij bewust informatie heeft achtergehouden]].

Ook SP-raadslid Kees Mertens ging in de aanval. ,,[[d @mertens|Dit college bouwt een paleis voor zichzelf, terwijl de bibliotheek in Dorst dicht moet.]]''

[[i @vdm ~wordt_ontkend|Dat de verbouwing een prestigeproject van het college is]], wordt door Van der Meer ontkend. ,,[[d @vdm ~zegt|Er komt geen marmer en er komen geen gouden kranen]]'', zegt hij. ,,[[d @vdm|Dit gebouw was gewoon op. Ambtenaren werkten met emmers onder lekkende daken.]]''

De burgemeester, Willemijn Kerkhof, greep na ruim twee uur debat in. ,,[[d @kerkhof|We gaan hier vanavond geen besluiten nemen op basis van een uitgelekt stuk.]]'' Ze kondigde aan [[i @kerkhof ~kondigde_aan|dat er een onafhankelijk onderzoek komt naar de besluitvorming rond de verbouwing]].

De verbouwing maakt deel uit van het programma 'Stadshart 2030', waarmee het college de binnenstad wil opknappen. Het oorspronkelijke budget werd in 2021 door de raad vastgesteld.

Op Facebook schreef Mertens na afloop [[m @mertens ~schreef|dat het onderzoek 'een doofpot met een strik erom' dreigt te worden]]. Volgens Van der Meer [[i @vdm ~volgens|ligt het rapport al weken bij de accountant en is het nog lang niet af]].

,,[[d @baart ~zei|Dan wachten we dat rapport af]]'', zei Baart. ,,[[d @baart|Maar als de wethouder ons opnieuw iets heeft verzwegen, is hij weg. Dat beloof ik u.]]''
""")

article("nl-d12-vuelta-veldhuis", "2025-09",
        "sem=Sem Veldhuis|Veldhuis; wess=Arno Wesselink|Wesselink; iturbe=Pablo Iturbe|Iturbe;"
        " media=de Spaanse media|Spaanse media; janny=Janny|moeder Janny; morel=Lucas Morel|Morel", """
Veldhuis slaat toe in de Vuelta: ,, [[d @sem ~:|Ik heb de hele laatste kilometer gehuild]] ''

,, [[d @sem|Dit is waar je als kind van droomt. En dan gebeurt het gewoon echt.]] ''

Sem Veldhuis zat na de finish in Lagos de Covadonga met een handdoek over zijn hoofd op de stoeprand. De 25-jarige Drent won de vijftiende etappe van de Ronde van Spanje solo, met 48 seconden voorsprong op de Spanjaard Pablo Iturbe.

,, [[d @sem|Op drie kilometer van de top keek ik achterom en zag ik niemand meer. Toen wist ik het. Ik heb de hele laatste kilometer gehuild.]] ''

In de ploegwagen van Team Lowlands zat ploegleider Arno Wesselink. Hij had Veldhuis via de oortjes de hele dag ingefluisterd [[i @wess ~had_ingefluisterd|dat hij geduld moest hebben]]. ,, [[d @wess ~zegt|Sem is een renner die altijd te vroeg wil gaan. Vandaag heeft hij gewacht, en dan is hij bijna niet te kloppen]] '', zegt Wesselink.

Iturbe was minder te spreken over de afdaling voor de slotklim. ,, [[d @iturbe|De weg was nat en er reed geen enkele motor van de organisatie voor ons uit. Dat is gevaarlijk, en dat weet iedereen hier.]] ''

Volgens de Spaanse media [[i @media ~volgens|heeft Veldhuis al een contract voor drie jaar getekend bij een Spaanse WorldTour-ploeg]]. Hij wilde daar na afloop niets over kwijt. ,, [[d @sem ~lacht|Vandaag praat ik alleen over deze rit]] '', lacht hij.

Zijn moeder Janny volgde de rit thuis in Emmen. Op Instagram schreef ze [[m @janny ~schreef|dat ze ,, nog nooit zo hard tegen de tv had geschreeuwd '']].

De rode leiderstrui bleef om de schouders van de Fransman Lucas Morel. Morel gaf toe [[i @morel ~gaf_toe|dat hij de aanval van Veldhuis had onderschat]]. ,, [[d @morel ~zei|Ik dacht dat hij zou ontploffen op het steilste stuk]] '', zei de Fransman, ,, [[d @morel ~zei|maar hij ontplofte niet. Chapeau.]] ''

Vorig jaar was Veldhuis nog te zien in de documentaire ,, Tegen de wind in '' over jonge Nederlandse klimmers. Daarin was te zien hoe hij na een zware val in de Ronde van Polen bijna stopte met koersen.
""")

article("nl-d13-captatieverbod-brugge", "2025-08",
        "kris=Kristof Dedeyne|Dedeyne|Kristof; elien=Elien Vanneste|Vanneste|Elien; chauf=een vrachtwagenchauffeur;"
        " vant=Bart Vanthuyne|Vanthuyne; pol=de politie|politie; dew=Katrien Dewaele|Dewaele;"
        " golf=een golfclub in de buurt van Damme|een golfclub", """
Vierhonderd tractoren op de Brugse ring tegen captatieverbod

Brugge – '[[d @kris|Mijn aardappelen staan te verdorren en ik mag geen druppel uit de beek halen.]]' Kristof Dedeyne (44) uit Beernem is een van de ruim vierhonderd landbouwers die dinsdagochtend met hun tractor de ring rond Brugge blokkeerden. Ze protesteren tegen het captatieverbod dat de provincie West-Vlaanderen vorige week afkondigde. Het verbod geldt voor alle onbevaarbare waterlopen, dat wil zeggen beken, grachten en kleine rivieren.

'[[d @kris|Ik snap dat er in een droge zomer gespaard moet worden. Maar waarom mogen de golfterreinen dan wel nog sproeien?]]'

Elien Vanneste (27) nam vorig jaar het bedrijf van haar vader over. Ze zit met haar zoontje op de bok van een rode tractor. '[[d @elien|Ik heb geleend voor een nieuwe stal en een beregeningsinstallatie. Die installatie staat nu stil, maar de bank wil wel elke maand zijn geld zien.]]'

Een vrachtwagenchauffeur die al anderhalf uur vaststond op de afrit van de E40, had weinig begrip voor de actie. '[[d @chauf|Ik moet om twaalf uur in Zeebrugge zijn. Die boer krijgt zijn water wel, ik krijg straks een boete.]]'

Op een platte kar aan het station nam Boerenbond-voorzitter Bart Vanthuyne het woord: '[[d @vant ~nam_het_woord|Wij zijn geen waterverspillers. Wij zijn de mensen die dit land eten geven.

'Geef ons de kans om in de winter water op te slaan, en we vragen in de zomer niets meer.]]'

'[[d @vant ~reageert|Wie vandaag in de file stond, heeft morgen nog groenten op zijn bord dankzij ons]]', reageert Vanthuyne op de kritiek van automobilisten.

Volgens de politie [[i @pol ~volgens|verliep de actie zonder incidenten, al stond er tot elf uur file tot op de E40]]. De Boerenbond had de actie samen met het Algemeen Boerensyndicaat georganiseerd om de druk op de provincie op te voeren.

De Vlaamse minister van Omgeving, Katrien Dewaele, ontving 's middags een delegatie van de landbouwers. '[[d @dew ~zei|Het verbod is tijdelijk en het is nodig om de drinkwatervoorraad veilig te stellen]]', zei ze na afloop. Dewaele beloofde [[i @dew ~beloofde|dat er tegen het voorjaar een plan komt voor waterbuffers op landbouwgrond]].

Elien Vanneste is niet onder de indruk. '[[d @elien|Plannen hebben we al genoeg gezien. Ik wil water, geen plan.]]'

Een golfclub in de buurt van Damme laat weten [[i @golf ~laat_weten|dat ze sinds vorige week enkel nog de greens besproeit, met opgevangen regenwater]].
""")

article("nl-d14-kapsalon-dapperbuurt", "2026-03",
        "riet=Riet Koster|Koster|Riet; monique=Monique; stoop=Stoop|mevrouw Stoop", """
Zestig jaar knippen in de Dapperbuurt: ‘[[d @riet ?|Ik stop pas als de schaar uit mijn hand valt]]’

Riet Koster (81) staat nog vijf dagen per week achter de stoel. Op de vensterbank van haar salon in de Dapperstraat staan verbleekte foto's van kapsels uit de jaren zestig. Ze wijst op een dame met een torenhoog, blond kapsel.

„[[d @riet|Dat was een suikerspin. Die zat muurvast met een halve bus lak, daar kon je een week mee slapen.]]”

Riet begon in 1965 als leerling bij een kapper op de Javastraat. Drie jaar later opende ze met haar man Henk een eigen zaak, Salon Riet. Op de deur hangt nog altijd het emaillen bordje „Dames en Heren”.

„[[d @riet ~vertelt|Henk deed de boekhouding en ik deed de rest]]”, vertelt ze lachend. „[[d @riet|Hij kon nog geen pony knippen, maar hij kon wel praten. De mannen uit de buurt kwamen soms alleen voor een bakkie en een praatje met Henk.]]”

Henk overleed in 2009. Sindsdien staat dochter Monique (54) naast haar moeder in de zaak. Monique knipt de jongere klanten, Riet de vaste dames.

„[[d @monique ~zegt|Mijn moeder is koppiger dan wie ook]]”, zegt Monique. „[[d @monique|Toen ze vorig jaar haar heup brak, stond ze na zes weken alweer hier. Met een kruk, maar toch.]]”

Riet haalt haar schouders op als ze dat hoort. „[[d @riet|Wat moet ik thuis? Achter de geraniums zitten? Ik heb hier mijn mensen. Sommige dames knip ik al vijftig jaar. Ik heb hun bruidskapsel gedaan en hun kapsel voor de begrafenis van hun man.

„Dat schept een band. Je bent hier niet alleen kapster, je bent ook een beetje maatschappelijk werker.]]”

Mevrouw Stoop (89) is zo'n vaste klant. Ze komt al sinds 1971 elke vrijdagochtend om tien uur. „[[d @stoop|Riet weet precies hoe ik het hebben wil. Ik hoef niks te zeggen: ik ga zitten en zij begint.]]”

„[[d @stoop ~fluistert|Bij een andere kapper ben ik nooit geweest]]”, fluistert ze erachteraan. „[[d @stoop|Eén keer, in 1983. Maar daar praten we niet over.]]”

De buurt is veranderd. Waar vroeger een slager en een melkboer zaten, zitten nu een koffiebar en een conceptstore. [[i @riet ~wordt_ontkend|Dat de nieuwe buurtbewoners haar zaak links laten liggen]], wordt door Riet ontkend. „[[d @riet|Laatst zat hier een jongen met zo'n knotje. Die wilde een kapsel ‘zoals in de jaren zestig’. Nou, dat kan ik.]]”

Over de toekomst is Monique stellig: „[[d @monique ~is_stellig|Als mijn moeder stopt, stop ik ook. Salon Riet zonder Riet, dat bestaat niet.]]”

En Riet zelf? „[[d @riet|Ik stop pas als de schaar uit mijn hand valt.]]”
""")

article("nl-d15-explosie-waaslandhaven", "2026-03",
        "gouv=Jan Brouckaert|Brouckaert; roel=Dirk Roelandt|Roelandt; goossens=Nele Goossens|Goossens;"
        " boonen=Kristel Boonen|Boonen; huyghe=Stefan Huyghe|Huyghe; vanhove=Greet Van Hove|Van Hove", """
Explosie bij chemiebedrijf in Waaslandhaven: ‘[[d @gouv ?|Geen gevaar meer voor omwonenden]]’

Beveren – Bij een explosie in een opslagtank van chemiebedrijf Chemvalor in de Waaslandhaven zijn maandagavond twee werknemers lichtgewond geraakt. Op een persconferentie in het gemeentehuis van Beveren gaven de betrokken diensten dinsdagochtend tekst en uitleg.

“[[d @gouv ~opende|Ik wil eerst iets zeggen over de twee gewonde werknemers. Ze zijn vannacht uit het ziekenhuis ontslagen en maken het goed]]”, opende de gouverneur van Oost-Vlaanderen, Jan Brouckaert, die de coördinatie van de crisis in handen heeft. “[[d @gouv|Er is op dit moment geen gevaar meer voor omwonenden. De oproep om ramen en deuren gesloten te houden, is om zes uur vanochtend ingetrokken.]]”

Brandweercommandant Dirk Roelandt van hulpverleningszone Waasland schetste daarna het verloop van de nacht.

“[[d @roel|Om 21.12 uur kregen we de melding. Bij aankomst stond de tank volledig in brand en hing er een dikke zwarte rookpluim boven de haven.

“Na drie uur hadden we het vuur onder controle, mede dankzij de bedrijfsbrandweer van de buren. Zonder hen had dit veel langer geduurd.]]”

Volgens toxicologe Nele Goossens van het Antigifcentrum [[i @goossens ~volgens|bevatte de rook vooral roetdeeltjes en kleine hoeveelheden zwaveldioxide]]. De meetploegen van de brandweer reden de hele nacht door Beveren, Kallo en Melsele. Hun toestellen gaven aan dat de concentraties overal ver onder de alarmwaarden bleven.

“[[d @goossens ~zegt|Wie vannacht hoestte of last had van de ogen, hoeft zich geen zorgen te maken]]”, zegt ze. “[[d @goossens|Groenten uit de moestuin kunt u gewoon eten, als u ze eerst goed wast.]]”

Woordvoerster Kristel Boonen van het parket van Oost-Vlaanderen liet weten [[i @boonen ~liet_weten|dat een gerechtsdeskundige is aangesteld om de oorzaak te achterhalen]]. Volgens Boonen [[i @boonen ~volgens|zijn er voorlopig geen aanwijzingen voor kwaad opzet]].

Plantmanager Stefan Huyghe van Chemvalor bood de buurt zijn excuses aan. “[[d @huyghe|Dit had nooit mogen gebeuren. We gaan alles, maar dan ook alles, uitzoeken.]]” [[i @huyghe ~wordt_ontkend|Dat de tank al maanden lekte]], wordt door Huyghe ontkend. “[[d @huyghe ~benadrukt|De tank is in maart nog volledig geïnspecteerd]]”, benadrukt Huyghe, “[[d @huyghe ~benadrukt|en toen was er niets aan de hand.]]”

De burgemeester van Beveren, Greet Van Hove, kreeg vannacht tientallen telefoontjes van ongeruste inwoners. “[[d @vanhove|Mensen wisten niet of ze hun kinderen naar school konden sturen. De berichten via BE-Alert moeten sneller en duidelijker, dat is een les voor ons allemaal.]]”

Op de vraag of Chemvalor zijn vergunning kan verliezen, antwoordde de gouverneur [[i @gouv ~antwoordde|dat het daarvoor nog te vroeg is]]. “[[d @gouv|Ik heb de heer Huyghe gevraagd om ons binnen een week een volledig rapport te bezorgen. Daarna zien we verder.]]”
""")

article("nl-d16-wolf-lunteren", "2026-01",
        "gijs=Gijs van Ommeren|Van Ommeren|Gijs; bij12=BIJ12; laura=Laura Hoogendoorn|Hoogendoorn|Laura;"
        " wand=een wandelaar|een wandelaar met een labrador; teun=Marijke Teunissen|Teunissen;"
        " ruiter=Joost Ruiter|Ruiter; zoog=de Zoogdiervereniging|Zoogdiervereniging", """
Wolf slaat opnieuw toe bij Lunteren, buurt wil maatregelen

Lunteren – Gijs van Ommeren (63) loopt langs het raster van zijn weiland aan de rand van Lunteren. In het gras liggen nog plukken wol.

‘[[d @gijs|Zeven stuks. Zeven ooien, allemaal drachtig. Ik vond ze zondagochtend om zes uur.]]’

‘[[d @gijs|Ik heb dat raster van 1,20 meter neergezet zoals de provincie het wilde. Hij is er gewoon overheen gesprongen.]]’

Het is de vierde aanval in de omgeving van Lunteren in twee maanden. Volgens BIJ12, de organisatie die de schade aan veehouders vergoedt, [[i @bij12 ~volgens|gaat het vrijwel zeker om hetzelfde dier]]. De provincie plaatst deze week wildcamera's om de wolf beter te kunnen volgen.

Laura Hoogendoorn (36) woont met haar gezin een paar honderd meter verderop. Haar kinderen fietsen elke ochtend langs het weiland naar school.

‘[[d @laura|Ik laat ze nu niet meer alleen gaan. Mijn man brengt ze met de auto, en 's middags haal ik ze op.]]’

Een wandelaar met een labrador reageert laconiek. ‘[[d @wand|Een wolf is banger voor ons dan wij voor hem. Ik loop hier al jaren en ik heb hem nog nooit gezien.]]’

Gedeputeerde Marijke Teunissen van de provincie Gelderland wil [[i @teun ~wil ?|dat het Rijk het makkelijker maakt om probleemwolven af te schieten]]. ‘[[d @teun ~zegt|Dit dier heeft geleerd dat schapen een makkelijke prooi zijn]]’, zegt ze. ‘[[d @teun|Zolang Den Haag en Brussel niets doen, staan wij hier met lege handen.]]’

Wolvenonderzoeker Joost Ruiter, de vaste ‘expert’ van menige talkshow, kijkt er anders tegenaan.

‘[[d @ruiter|Een raster van 1,20 meter is het absolute minimum. Een wolf springt makkelijk over anderhalve meter als er iets lekkers achter staat.]]’

‘[[d @ruiter ~zegt|Afschieten lost bovendien weinig op]]’, zegt Ruiter. ‘[[d @ruiter|Als je deze wolf doodschiet, trekt er binnen een jaar een nieuwe het gebied in. En die moet het kunstje dan opnieuw leren. Of niet.]]’

Volgens een telling van de Zoogdiervereniging [[i @zoog ~volgens ?|leven er inmiddels zo'n tachtig wolven in Nederland]].

Van Ommeren moet hard lachen als hij dat hoort. ‘[[d @gijs|Die meneer Ruiter moet hier eens een nachtje komen slapen, tussen de schapen. Dan praten we verder.]]’
""")

# --- end of articles --------------------------------------------------------


# --------------------------------------------------------------------------
# output


def build() -> list[dict[str, object]]:
    return build_articles(ARTICLES)


def main(argv: list[str] | None = None) -> int:
    return run(build, OUT, "gold_discourse.py", argv)


if __name__ == "__main__":
    sys.exit(main())
