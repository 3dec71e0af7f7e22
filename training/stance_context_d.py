"""Build the fourth stance context training set ``training/data/stance_context_d_nl.jsonl``.

**Not in the default training data.** Trained with it (2026-11-30: ``stance_examples.py`` over all
four batches, then ``train_stance.py --compare`` and ``eval_stance.py``), the held-out stance set
scored micro-F1 0.850 against 0.855 without it, labels per 50 quotes on real news without a
stance topic rose from 0.68 to 2.03 (news_nl_dev) and the grouped CV macro-F1 fell from 0.836 to
0.825, while the development set gold_nl rose from 0.709 to 0.744 (two of its errors were quoted
in the brief for this batch, so that gain is not independent). Kept for a better model; to train
with it, pass the four ``stance_context*_nl.jsonl`` files to ``stance_examples.py``.

Run from the repository root::

    python training/stance_context_d.py            # writes training/data/stance_context_d_nl.jsonl
    python training/stance_context_d.py --check    # verify the file is up to date
    python training/stance_context_d.py --stats    # print counts (also per label and context)

A fourth batch next to ``stance_context.py``, ``stance_context_b.py`` and
``stance_context_c.py``, aimed at quotes that are *on topic* but carry no stance
or the opposite one, which the classifier labels too often, and at elliptical
supportive quotes that it misses.

1. Fourteen Dutch and Flemish articles about aid to Ukraine, EU accession of
   Ukraine, sanctions, the NATO spending norm and summits, NATO enlargement and
   a NATO joint purchase, peace talks and offers to host them, and a tribunal.
   Most quotes in them carry no label: opponents and sceptics of aid or of NATO
   (populist and left-wing critics, farmers, a teachers' union, a peace
   movement), Eurosceptics on accession ("Een land dat midden in een oorlog
   zit, neem je niet zomaar op in de Unie"), "first our own people" on the
   energy bill, hedged criticism ("Ik ben niet tegen de NAVO, maar ..."),
   conditions and doubts, procedure, costs stated neutrally, analysts,
   journalists' questions, refusals to comment, governments that decline to
   host talks, set conditions for them or merely welcome someone else's offer,
   rejections of another country's offer.  Each has two to four labeled
   quotes, at least half of them elliptical and readable only from the
   sentence or paragraph before ("Dat blijven we doen", "Daar staan we voor",
   "Dit is precies het signaal waar we op wachtten" after joining a NATO
   purchase, "Dat aanbod geldt nog steeds").
2. Five articles on other subjects (agricultural subsidies, a football
   transfer, a hospital merger, a strike with a labour mediator, a municipal
   budget) without any label, with "steun", "bemiddeling", "bondgenoten",
   "leveren" and a figurative "oorlog" in other senses.
3. Three on-topic articles in English (ids ``en-sd4-...``; ``lang`` is ``en``).

Labels, markup, the ``#`` token and the English span convention are those of the
third batch (see ``stance_context_c.py`` and ``stance_articles.py``).

All articles were written for this project, independently of the test set
``gold_stance.py``.  People and quotes are fictional; real countries, cities,
institutions, parties and programmes appear only as context, and nothing here
may be cited as something anyone said.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from stance_articles import ContextArticles  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ContextArticles(ROOT / "training" / "data" / "stance_context_d_nl.jsonl", "stance_context_d.py")
article = ARTICLES.article


# --- articles ---------------------------------------------------------------

# === 1. on-topic articles ==================================================

article("nl-sd4-01-steunpakket-energierekening", "2026-03",
        "min=Lotte van Wijk|Van Wijk; kro=Dennis Kroon|Kroon; dij=Sanne Dijkhuizen|Dijkhuizen; hov=Merel Hoving|Hoving; eco=Pieter Wolters|Wolters; wv=een woordvoerder van het ministerie van Defensie|woordvoerder; jou=een verslaggever", """
Kabinet trekt 1,2 miljard extra uit voor Oekraïne, oppositie wijst op energierekening

DEN HAAG - Het kabinet maakt dit jaar 1,2 miljard euro extra vrij voor militaire steun aan Oekraïne. Dat bleek donderdag in het Kamerdebat over de Voorjaarsnota, waarin de kosten van die steun opnieuw tot felle woordenwisselingen leidden.

Minister van Defensie Lotte van Wijk verdedigde het bedrag in haar eerste termijn. „[[d @min ~zei +supportive_of_ukraine|Als Oekraïne valt, ligt de volgende frontlinie een stuk dichter bij ons. Deze steun is een investering in de veiligheid van Oekraïne en daarmee in die van ons allemaal.]]”, zei ze.

Volgens een woordvoerder van het ministerie [[i @wv ~volgens|gaat ongeveer een derde van het geld naar drones en de rest naar munitie en luchtverdediging]]. [[i @wv ~aldus|De eerste contracten worden nog voor de zomer getekend]], aldus de woordvoerder.

Kamerlid Dennis Kroon van een rechts-populistische oppositiepartij was fel. „[[d @kro ~zei|We maken opnieuw een miljard over naar Kyiv, terwijl gepensioneerden in Emmen met een deken op de bank zitten omdat ze hun energierekening niet meer kunnen betalen. Dat is de omgekeerde wereld.]]”, zei hij. Hij stelde voor [[i @kro ~stelde_voor|het geld te gebruiken voor een verlaging van de energiebelasting]].

Ook aan de linkerkant van de Kamer klonk twijfel. Kamerlid Sanne Dijkhuizen zei [[i @dij ~zei|dat haar fractie geen nieuw geld steunt zolang er geen evaluatie ligt van de eerdere pakketten]]. „[[d @dij|Niemand in deze zaal is voor Poetin. Maar elke keer komt er een nieuw bedrag bij, en niemand vertelt ons wat het vorige aan het front heeft opgeleverd.]]”

Kamerlid Merel Hoving van de grootste coalitiepartij reageerde: „[[d @hov ~reageerde +supportive_of_ukraine #|Het is niet het een of het ander. Wie nu stopt, krijgt later een veel hogere rekening gepresenteerd.]]”

Econoom Pieter Wolters van de Rijksuniversiteit Groningen rekende voor [[i @eco ~rekende_voor|dat de Nederlandse steun sinds 2022 neerkomt op ongeveer 600 euro per inwoner]]. „[[d @eco ~zegt|Dat is veel geld, maar per jaar is het minder dan een half procent van de economie. Of dat te veel is, is een politieke vraag en geen economische.]]”, zegt hij.

Sinds 2022 heeft Nederland ruim acht miljard euro aan militaire steun aan Oekraïne gegeven. Van Wijk was daar in haar tweede termijn duidelijk over: „[[d @min ~was_duidelijk +supportive_of_ukraine #|Dat blijven we doen, ook als het in deze zaal ongemakkelijk wordt.]]”

Na afloop vroeg een verslaggever [[i @jou ~vroeg|of de minister kan uitsluiten dat er dit jaar nog een pakket volgt]]. Van Wijk zei [[i @min ~zei #|dat zij niet vooruitloopt op besluiten van het kabinet]].
""")

article("nl-sd4-02-toetreding-boeren", "2026-01",
        "min=Nathalie Dewulf|Dewulf; boe=Karel Verschueren|Verschueren; mep=Dirk Vanhaecke|Vanhaecke; pro=Eline Claes|Claes; com=een woordvoerder van de Europese Commissie|woordvoerder; ukr=Taras Melnyk|Melnyk; hon=een Hongaarse diplomaat", """
Boeren en eurosceptici zetten hakken in het zand over toetreding Oekraïne

BRUSSEL - De Europese Commissie heeft dinsdag haar jaarlijkse rapport over de kandidaat-lidstaten voorgesteld. Oekraïne krijgt daarin goede punten voor zijn hervormingen, maar in België groeit het verzet tegen een snelle toetreding.

Een woordvoerder van de Europese Commissie zei [[i @com ~zei|dat Oekraïne op de meeste terreinen vooruitgang heeft geboekt, maar dat de hervorming van justitie achterloopt]]. “[[d @com|Er is geen kortere weg. Elk hoofdstuk wordt op zijn eigen merites beoordeeld.]]”

Bij de boeren valt het rapport slecht. Karel Verschueren, voorzitter van een Vlaamse landbouworganisatie, wijst erop [[i @boe ~wijst_erop|dat Oekraïne bij toetreding in één klap de grootste ontvanger van Europees landbouwgeld zou worden]]. “[[d @boe ~zegt|Dan gaat een flink deel van het budget naar agroholdings van honderdduizend hectare. Onze gezinsbedrijven kunnen dan de boeken sluiten.]]”, zegt hij.

Europarlementslid Dirk Vanhaecke van een eurosceptische partij gaat verder. “[[d @mep ~zei|Een land dat midden in een oorlog zit, neem je niet zomaar op in de Unie. Wat doen we met de bijstandsclausule als er de dag na de toetreding een raket op Lviv valt?]]”, zei hij. Hij noemde [[m @mep ~noemde|de versnelde procedure “een politiek gebaar zonder plan”]].

Politicologe Eline Claes (UGent) relativeert de haast. Ze legt uit [[i @pro ~legt_uit|dat alle 27 lidstaten en hun parlementen moeten instemmen]]. “[[d @pro|Elk land heeft dus een veto, en sommige regeringen zullen er een referendum over willen. Voor 2032 zie ik het niet gebeuren.]]”

Een Hongaarse diplomaat liet weten [[i @hon ~liet_weten|dat Boedapest de opening van nieuwe hoofdstukken voorlopig blijft tegenhouden]].

De Oekraïense onderhandelaar Taras Melnyk zei [[i @ukr ~zei|dat zijn regering dit jaar nog twaalf wetten over de rechtbanken en de corruptiebestrijding indient]].

Staatssecretaris voor Europese Zaken Nathalie Dewulf verdedigde de toetreding wel. “[[d @min ~zei +supportive_of_ukraine|Oekraïne hoort in de Europese familie. Dat hebben we de Oekraïners beloofd, en België komt die belofte na.]]”, zei ze. Over de boeren zei ze [[i @min ~zei|dat er zoals bij elke uitbreiding lange overgangsperiodes komen]].

Gevraagd of België de kandidatuur van Oekraïne blijft steunen, herhaalde ze [[i @min ~herhaalde +supportive_of_ukraine #|dat haar land daar van bij het begin achter heeft gestaan]]. “[[d @min +supportive_of_ukraine #|Daar staan we voor, ook als het moeilijk wordt.]]”
""")

article("nl-sd4-03-navo-norm-voorjaarsnota", "2026-04",
        "min=Gijs Ramaker|Ramaker; oos=Fenna Oosting|Oosting; ver=Joost Verhagen|Verhagen; bon=Marieke Span|Span; eco=Harm de Vos|De Vos; fin=het ministerie van Financiën; jou=een verslaggever", """
Kabinet haalt NAVO-norm, onderwijs en zorg leveren in

DEN HAAG - Nederland geeft volgend jaar 3,5 procent van het bruto binnenlands product uit aan defensie. Dat staat in de Voorjaarsnota die het kabinet dinsdag naar de Kamer stuurde. Om dat te betalen, gaat er minder geld naar onderwijs en zorg dan eerder was afgesproken.

Minister van Defensie Gijs Ramaker was tevreden. ,,[[d @min ~zei +pro_nato|Onze bondgenoten moeten op ons kunnen rekenen. Met deze begroting laat Nederland zien dat het zijn afspraken binnen de NAVO nakomt.]]'', zei hij.

[[i @fin ~blijkt_uit ?|De extra uitgaven drukken de koopkracht in 2027 met gemiddeld 0,3 procent]], blijkt uit een doorrekening van het ministerie van Financiën.

Kamerlid Fenna Oosting van een linkse oppositiepartij noemde [[m @oos ~noemde|de norm ,,een boekhoudtruc die ons elk jaar miljarden kost'']]. ,,[[d @oos ~zei|Dat getal is in een vergaderzaal bedacht. Niemand heeft me kunnen uitleggen waarom 3,5 procent beter is dan 2 of 4.]]'', zei ze.

Ook het onderwijs is ontevreden. Marieke Span, voorzitter van een lerarenvakbond, zegt [[i @bon ~zegt|dat scholen de komende vier jaar 1,1 miljard euro minder krijgen dan beloofd]]. ,,[[d @bon|Er wordt gezegd dat we veiligheid kopen. Maar een land met slechte scholen is ook niet veilig.]]''

Econoom Harm de Vos (Erasmus Universiteit) ziet geen makkelijke uitweg. ,,[[d @eco ~zegt|Het geld moet ergens vandaan komen: hogere lasten, minder uitgaven elders of meer schuld. Alle drie hebben een prijs, en die prijs wordt nu vooral bij onderwijs en zorg gelegd.]]'', zegt hij.

Vorig jaar spraken de NAVO-landen in Den Haag af om uiterlijk in 2035 3,5 procent van hun bbp aan defensie te besteden. Ramaker in de Kamer: ,,[[d @min +pro_nato #|Die afspraak hebben we zelf mee gemaakt, in onze eigen stad. Dan horen wij ook bij de eersten die haar nakomen.]]''

Coalitie-Kamerlid Joost Verhagen ging in debat met Oosting. ,,[[d @ver ~zei +pro_nato #|Wat mevrouw Oosting een boekhoudtruc noemt, is een belofte aan onze bondgenoten. Zo'n belofte breek je niet.]]'', zei hij.

Ramaker wilde niet zeggen [[i @min ~wilde_niet_zeggen|welke bezuinigingen er in 2028 nog volgen]]. Een verslaggever vroeg [[i @jou ~vroeg|of het kabinet de norm ook haalt als de economie tegenzit]]. ,,[[d @min ~zei #|Daar ga ik nu niet op vooruitlopen.]]'', zei Ramaker.
""")

article("nl-sd4-04-navo-aankoop-luchtverdediging", "2026-02",
        "sts=Maarten Kuijpers|Kuijpers; nsp=Kristina Aalto|Aalto; rei=Bas Reinders|Reinders; ana=Noor Hamdi|Hamdi; jou=een verslaggever; def=het ministerie van Defensie", """
Nederland doet mee aan gezamenlijke NAVO-aankoop van luchtverdedigingsraketten

DEN HAAG - Nederland sluit zich aan bij een gezamenlijke aankoop van Patriot-onderscheppingsraketten via het inkoopagentschap van de NAVO. Met de Nederlandse deelname zijn er nu negen landen bij de order betrokken, waaronder Duitsland, Spanje en Roemenië.

Staatssecretaris van Defensie Maarten Kuijpers maakte de deelname woensdag bekend. Hij zei [[i @sts ~zei|dat Nederland voor ongeveer 800 miljoen euro meedoet]]. "[[d @sts|De eerste raketten worden in 2028 geleverd. Tot die tijd putten we uit de bestaande voorraad.]]"

Volgens het ministerie [[i @def ~volgens|wordt de aankoop verdeeld over vijf begrotingsjaren]].

"[[d @sts ~legde_uit +pro_nato|In je eentje sta je achteraan in de rij. Samen met onze NAVO-partners kopen we in één keer genoeg om ons luchtruim te beschermen, en tegen een betere prijs.]]", legde Kuijpers uit.

Bij het agentschap in Luxemburg is men blij met de Nederlandse stap. Kristina Aalto, plaatsvervangend directeur van het NATO Support and Procurement Agency, zei [[i @nsp ~zei|dat de fabrikant nu genoeg zekerheid heeft om een tweede productielijn te openen]]. "[[d @nsp +pro_nato #|Dit is precies het signaal waar we op wachtten. Hoe meer landen meedoen, hoe sneller die lijn kan draaien.]]"

Niet iedereen deelt dat enthousiasme. Kamerlid Bas Reinders van een linkse oppositiepartij noemde [[m @rei ~noemde|de order "een cadeau aan de wapenindustrie"]]. "[[d @rei ~zei|Weer bijna een miljard, en de Kamer mag alleen achteraf ja zeggen. Dat de NAVO het voorstelt, maakt het nog geen goed idee.]]", zei hij.

Defensie-analist Noor Hamdi wijst erop [[i @ana ~wijst_erop|dat de productiecapaciteit in Europa de grootste beperking blijft]]. "[[d @ana ~zegt|Zelfs met gezamenlijke orders duurt het jaren voordat er genoeg raketten zijn. De vraag is veel groter dan wat de fabrieken aankunnen.]]", zegt ze. Volgens Hamdi [[i @ana ~volgens|gebruikt Oekraïne in een zware week meer onderscheppingsraketten dan Nederland er in een jaar koopt]].

Op de persconferentie vroeg een verslaggever [[i @jou ~vroeg|of een deel van de raketten naar Oekraïne kan gaan]]. "[[d @sts ~antwoordde +supportive_of_ukraine #|Als zij ze nodig hebben en wij ze kunnen missen, dan gaan ze. Zo hebben we het de afgelopen jaren steeds gedaan.]]", antwoordde Kuijpers.
""")

article("nl-sd4-05-navo-top-kritiek", "2026-07",
        "min=Jeroen Hazelhoff|Hazelhoff; act=Marijke Donker|Donker; sta=Erwin Stam|Stam; ana=Laura Ferwerda|Ferwerda; nav=een NAVO-woordvoerder; spa=een Spaanse diplomaat; tur=een Turkse diplomaat", """
Vredesbeweging en oppositie kritisch over NAVO-top in Ankara

ANKARA - In de Turkse hoofdstad begint woensdag de jaarlijkse NAVO-top. Op de agenda staan de defensie-uitgaven van de lidstaten, de luchtverdediging van de oostflank en de steun aan Oekraïne.

Een NAVO-woordvoerder zei [[i @nav ~zei|dat de leiders woensdagavond een werkdiner hebben en dat de slotverklaring donderdagmiddag wordt gepresenteerd]].

Minister van Buitenlandse Zaken Jeroen Hazelhoff vertrok dinsdagavond naar Ankara. ‘[[d @min ~zei +pro_nato|De NAVO is al ruim zeventig jaar de beste garantie voor onze veiligheid. Juist nu moeten we laten zien dat het bondgenootschap één blok is.]]’, zei hij op Schiphol.

In Den Haag is niet iedereen overtuigd. Marijke Donker van een vredesorganisatie hield met een paar honderd demonstranten een wake op het Plein. ‘[[d @act ~zei|In Ankara wordt weer gepraat over meer wapens en hogere budgetten. Over diplomatie hoor je daar niemand.]]’, zei ze.

Kamerlid Erwin Stam van een populistische oppositiepartij noemde [[m @sta ~noemde|de top ‘een dure praatclub waar Nederland vooral de rekening betaalt’]]. ‘[[d @sta|Twee dagen hotels, diners en foto's, en thuis moeten we 3,5 procent ophoesten. Ik zie niet wat de gewone Nederlander daaraan heeft.]]’

Hazelhoff reageerde op die kritiek: ‘[[d @min ~reageerde +pro_nato #|Ik hoor dat het een praatclub is. Die praatclub zorgt er wel voor dat niemand het in zijn hoofd haalt om Tallinn of Vilnius binnen te vallen.]]’

Ook over het geld is er onenigheid tussen de lidstaten. Een Spaanse diplomaat liet weten [[i @spa ~liet_weten|dat Madrid de norm van 3,5 procent niet voor 2035 haalt en daar ook niets anders over zal beloven]].

Analist Laura Ferwerda (Universiteit Leiden) verwacht [[i @ana ~verwacht ?|dat de slotverklaring grotendeels een herhaling wordt van de afspraken van vorig jaar]]. ‘[[d @ana ~zegt|Het nieuws zit in wat er straks niet in staat. Over Oekraïne wordt de tekst waarschijnlijk opvallend kort, om Hongarije en Slowakije aan boord te houden.]]’, zegt ze.

Gastland Turkije probeert de top ook voor zijn eigen diplomatie te gebruiken. Ankara bood vorig jaar aan om in Istanbul nieuwe gesprekken tussen Moskou en Kyiv te organiseren. Een Turkse diplomaat zei [[i @tur ~zei +mediation_offer #|dat dat aanbod nog altijd geldt]].

Ferwerda is daar sceptisch over. ‘[[d @ana ~zegt|Iedereen wil wel gastheer zijn. Maar zolang Moskou en Kyiv allebei denken dat de tijd aan hun kant staat, blijven de zalen leeg.]]’, zegt ze.
""")

article("nl-sd4-06-geneve-aanbod", "2026-05",
        "zwi=Andrea Brunner|Brunner; oos=Elisabeth Gruber|Gruber; min=Jeroen Hazelhoff|Hazelhoff; kre=een woordvoerder van het Kremlin; ukr=Oksana Lytvyn|Lytvyn; dip=Hugo Verstraeten|Verstraeten; jou=een journalist", """
Zwitserland biedt opnieuw Genève aan, Oostenrijk en Nederland houden de boot af

GENÈVE - Zwitserland heeft opnieuw aangeboden om vredesgesprekken tussen Rusland en Oekraïne te organiseren. Andere Europese landen die in het verleden als gastheer optraden, houden zich opvallend afzijdig.

De Zwitserse staatssecretaris van Buitenlandse Zaken, Andrea Brunner, zei maandag [[i @zwi ~zei +mediation_offer|dat haar land klaarstaat om delegaties van beide landen in Genève te ontvangen]]. «[[d @zwi +mediation_offer #|Die uitnodiging geldt op elk niveau en op elk moment. Wij zorgen voor de zaal, de beveiliging en de tolken.]]»

Op de persconferentie vroeg een journalist [[i @jou ~vroeg|of er al een datum is]]. Brunner antwoordde [[i @zwi ~antwoordde #|dat daar nog niets over te zeggen valt]].

Een woordvoerder van het Kremlin noemde [[m @kre ~noemde|het Zwitserse aanbod «niet relevant»]]. Hij zei [[i @kre ~zei|dat Moskou over de toekomst van Oekraïne liever rechtstreeks met Washington praat]].

In Kyiv viel die opmerking slecht. Oksana Lytvyn, woordvoerster van het Oekraïense ministerie van Buitenlandse Zaken, reageerde: «[[d @ukr ~reageerde +supportive_of_ukraine #|Dat gaat niet gebeuren. Over ons land wordt niet beslist zonder ons.]]»

De Oostenrijkse minister van Buitenlandse Zaken Elisabeth Gruber zei [[i @oos ~zei|dat Wenen op dit moment geen rol voor zichzelf ziet als gastheer]]. «[[d @oos|Een conferentie zonder bereidheid aan beide kanten is een fotomoment, geen vredesproces.]]»

Ook Den Haag, dat zich graag de stad van vrede en recht noemt, houdt de boot af. Minister van Buitenlandse Zaken Jeroen Hazelhoff zei [[i @min ~zei|dat Nederland pas over een vredesconferentie wil praten als beide partijen een staakt-het-vuren hebben afgesproken]]. Gevraagd of Den Haag zelf gastheer wil zijn, zei hij: «[[d @min ~zei #|Dat is nu niet aan de orde. Eerst moet er een bestand liggen.]]»

Oud-diplomaat Hugo Verstraeten wijst erop [[i @dip ~wijst_erop|dat Zwitserland in Moskou sinds de sancties niet meer als neutraal land geldt]]. «[[d @dip ~zegt|Genève heeft de infrastructuur, maar Moskou wil liever naar Istanbul of Riyad. De plaats is zelf al een onderhandelingspunt.]]», zegt hij.
""")

article("nl-sd4-07-heffing-kunstmest", "2025-12",
        "hul=Gerard Hulshof|Hulshof; smi=Annet Smit|Smit; eco=Willem Bakhuizen|Bakhuizen; com=Jonas Lindberg|Lindberg; min=Femke Zwart|Zwart; imp=een woordvoerder van kunstmestimporteur Agrovia|woordvoerder", """
Akkerbouwers vrezen duurdere kunstmest door EU-heffing op Russische meststoffen

Vanaf januari geldt in de Europese Unie een importheffing op kunstmest uit Rusland en Belarus. De heffing loopt in drie jaar op tot bijna het dubbele van de huidige prijs. Akkerbouwers in het noorden van het land maken zich grote zorgen.

Gerard Hulshof, voorzitter van de vakgroep akkerbouw van een landbouworganisatie, zegt [[i @hul ~zegt|dat de helft van de kunstmest in Noordwest-Europa nog altijd uit Rusland of Belarus komt]]. „[[d @hul ~zegt|Wij betalen straks de prijs voor de geopolitiek. Kunstmest wordt zeker dertig procent duurder, en dat kunnen we niet doorberekenen aan de supermarkt.]]”, zegt hij.

Akkerbouwer Annet Smit uit Nieuw-Buinen teelt aardappelen en suikerbieten op 140 hectare. „[[d @smi ~zegt|Ik snap heus dat Europa iets moet doen. Maar waarom moet de boer in Drenthe het weer oplossen?]]”, zegt ze.

Eurocommissaris voor Handel Jonas Lindberg verdedigde de heffing in het Europees Parlement. „[[d @com ~zei +supportive_of_ukraine|Met deze export verdient Rusland geld dat rechtstreeks naar de oorlog tegen Oekraïne gaat. Daar maken we een einde aan.]]”, zei hij. Hij erkende [[i @com ~erkende|dat de boeren de gevolgen zullen merken]]. „[[d @com +supportive_of_ukraine #|Maar Oekraïense boeren kunnen niet eens op hun akkers komen, want die liggen vol mijnen. Dat mogen we in dit debat niet vergeten.]]”

Econoom Willem Bakhuizen (Wageningen University) verwacht [[i @eco ~verwacht ?|dat de heffing Rusland op korte termijn weinig kost]]. „[[d @eco ~zegt|Rusland verkoopt zijn kunstmest dan aan India en Brazilië. Het effect zit vooral in de lange termijn, als Europa zijn eigen productie weer opbouwt.]]”, zegt hij.

Een woordvoerder van kunstmestimporteur Agrovia liet weten [[i @imp ~liet_weten|dat het bedrijf de Russische leveringen al grotendeels heeft vervangen door kunstmest uit Noorwegen en Marokko]].

Minister van Landbouw Femke Zwart kondigde aan [[i @min ~kondigde_aan|dat er een tijdelijke steunregeling komt voor akkerbouwers die hard worden getroffen]]. Gevraagd of de heffing dan niet beter kan worden uitgesteld, zei ze: „[[d @min ~zei +supportive_of_ukraine #|Nee. Die prijs betalen we liever nu dan dat Moskou zijn oorlog met ons geld blijft financieren.]]”

Hulshof is daar niet gerust op. „[[d @hul ~zegt|Een steunregeling klinkt mooi. Maar de vorige keer duurde het anderhalf jaar voordat er een euro op onze rekening stond.]]”, zegt hij.
""")
article("nl-sd4-08-oekraine-navo-lidmaatschap", "2026-06",
        "min=Liesbeth Van Damme|Van Damme; slo=een Slowaakse diplomaat; ana=Koen Dierckx|Dierckx; goe=Wim Goethals|Goethals; amb=Iryna Shevchuk|Shevchuk; fin=Mikko Heino|Heino", """
Oekraïens NAVO-lidmaatschap blijft splijtzwam in aanloop naar top

BRUSSEL - Twee weken voor de NAVO-top zijn de bondgenoten het nog altijd niet eens over de passage over een Oekraïens lidmaatschap. Vooral Slowakije en Hongarije liggen dwars, maar ook in Washington is de terughoudendheid groot.

Minister van Buitenlandse Zaken Liesbeth Van Damme liet er in de Kamercommissie geen twijfel over bestaan. “[[d @min ~zei +supportive_of_ukraine +pro_nato|De toekomst van Oekraïne ligt in de NAVO. Een lidmaatschap is uiteindelijk de beste garantie dat deze oorlog nooit terugkomt.]]”, zei ze.

Een Slowaakse diplomaat zei [[i @slo ~zei|dat Bratislava geen enkele tekst zal steunen die Kyiv een datum belooft zolang er wordt gevochten]]. Van Damme reageerde scherp: “[[d @min ~reageerde +supportive_of_ukraine +pro_nato #|Wie nu de deur dichtdoet, geeft Moskou precies wat het wil. Dat mogen we niet laten gebeuren.]]”

In de Kamer kreeg ze tegenwind van volksvertegenwoordiger Wim Goethals van een Vlaamse oppositiepartij. “[[d @goe ~zei|Een land in oorlog opnemen in een verdedigingsbondgenootschap betekent dat wij de dag nadien zelf in oorlog zijn met Rusland. Daar heeft geen enkele kiezer voor gekozen.]]”, zei hij.

Defensie-expert Koen Dierckx verwacht [[i @ana ~verwacht ?|dat er op de top geen uitnodiging komt]]. “[[d @ana ~zegt|Washington en Berlijn willen geen datum noemen. Zolang dat zo is, blijft het bij formules als een ‘onomkeerbaar pad’, en dat weet Kyiv ook.]]”, zegt hij. Volgens Dierckx [[i @ana ~volgens|zal de slotverklaring het woord lidmaatschap wel noemen, maar zonder tijdpad]].

De Oekraïense ambassadeur in Brussel, Iryna Shevchuk, zei [[i @amb ~zei|dat haar regering de onderhandelingen over de tekst op de voet volgt]]. Over de Slowaakse bezwaren wilde ze niets kwijt. “[[d @amb ~zei #|Dat is een zaak tussen de bondgenoten.]]”, zei ze.

Finland trad drie jaar geleden toe tot het bondgenootschap, na decennia van neutraliteit. De Finse diplomaat Mikko Heino, die in Brussel bij de NAVO werkt, kijkt tevreden terug. “[[d @fin +pro_nato #|Wij hebben er geen seconde spijt van gehad. Het was de beste beslissing sinds onze onafhankelijkheid.]]”
""")

article("nl-sd4-09-peiling-steunmoeheid", "2026-02",
        "ond=Yvonne Kramer|Kramer; vos=Henk Vos|Vos; mul=Iris Mulder|Mulder; jan=Gert Jansen|Jansen; amr=Fatima el Amrani|El Amrani; pie=Jan Pieters|Pieters; pol=Tom Verhoef|Verhoef; wv=een woordvoerder van het ministerie van Buitenlandse Zaken|woordvoerder", """
Peiling: steun voor hulp aan Oekraïne brokkelt langzaam af

ZWOLLE - Nog geen helft van de Nederlanders vindt dat de hulp aan Oekraïne in de huidige omvang moet doorgaan. Dat blijkt uit een peiling van onderzoeksbureau Peilpunt onder ruim 2400 Nederlanders.

Onderzoeker Yvonne Kramer zegt [[i @ond ~zegt|dat 46 procent voor voortzetting van de steun is, tegen 61 procent twee jaar geleden]]. ,,[[d @ond|Het is geen plotselinge omslag, maar een geleidelijke daling. Vooral mensen met lage inkomens zijn de afgelopen jaren afgehaakt.]]''

Op de zaterdagmarkt in Zwolle herkennen veel mensen zich in de cijfers. Henk Vos (71) staat met een tas prei bij de groentekraam. ,,[[d @vos ~zegt|Ik heb er twee jaar helemaal achter gestaan. Maar nu denk ik: het is genoeg geweest. Eerst onze eigen mensen.]]'', zegt hij.

Marktkoopman Gert Jansen verkoopt al dertig jaar kaas op de markt. ,,[[d @jan|Ik merk het aan mijn klanten. Ze praten over de prijs van de boodschappen, niet meer over Oekraïne.]]''

Studente Iris Mulder (22) denkt er anders over. ,,[[d @mul ~zegt +supportive_of_ukraine #|Als wij nu ophouden met helpen, heeft Rusland gewoon gewonnen. Dat kan toch niet de bedoeling zijn?]]'', zegt ze.

Verpleegkundige Fatima el Amrani (45) twijfelt geen moment als we haar vragen of de hulp moet doorgaan. ,,[[d @amr +supportive_of_ukraine #|Doorgaan, zonder twijfel. Die mensen hebben niet om die oorlog gevraagd.]]''

Ook Jan Pieters (58), die met zijn kleindochter over de markt loopt, is duidelijk: ,,[[d @pie ~is_duidelijk +supportive_of_ukraine|We moeten Oekraïne blijven steunen, ook al kost het ons wat. Vrijheid is niet gratis.]]''

Politicoloog Tom Verhoef verwacht [[i @pol ~verwacht ?|dat partijen die tegen verdere steun zijn de cijfers in de campagne zullen gebruiken]]. ,,[[d @pol ~zegt|Het onderwerp verschuift van buitenlands beleid naar de portemonnee. Wie het over de energierekening heeft, wint op dit moment het debat.]]'', zegt hij.

Een woordvoerder van het ministerie van Buitenlandse Zaken liet weten [[i @wv ~liet_weten #|niet op peilingen te reageren]].
""")

article("nl-sd4-10-istanbul-boedapest", "2026-03",
        "tur=Selim Karaca|Karaca; ukr=Andrij Kovalsky|Kovalsky; hon=een Hongaarse regeringswoordvoerder|regeringswoordvoerder; ana=Merel Schouten|Schouten; rus=een Russische woordvoerder; min=Jeroen Hazelhoff|Hazelhoff", """
Turkije biedt opnieuw Istanbul aan, Kyiv wijst Hongaars aanbod af

ISTANBUL - Turkije heeft aangeboden om binnen twee weken een nieuwe ronde van gesprekken tussen Rusland en Oekraïne te organiseren. Ook Hongarije wil graag gastheer zijn, maar dat aanbod werd in Kyiv koeltjes ontvangen.

De Turkse onderminister van Buitenlandse Zaken, Selim Karaca, zei woensdag [[i @tur ~zei +mediation_offer|dat Turkije bereid is om de delegaties opnieuw in het Dolmabahçe-paleis te ontvangen]]. Volgens Karaca [[i @tur ~volgens|zijn de afgelopen maanden al drie gevangenenruilen via Turkije verlopen]]. "[[d @tur ~zei +mediation_offer #|We hebben het eerder gedaan en we doen het opnieuw. Onze deur staat open.]]", zei hij.

Hongarije bood in het najaar aan om in Boedapest een top tussen de presidenten van beide landen te organiseren. Een Hongaarse regeringswoordvoerder liet weten [[i @hon ~liet_weten +mediation_offer #|dat dat aanbod nog steeds geldt]].

Andrij Kovalsky, woordvoerder van het Oekraïense ministerie van Buitenlandse Zaken, noemde [[m @ukr ~noemde|het Hongaarse aanbod "niet serieus"]]. "[[d @ukr ~zei|Een regering die elke sanctie tegenhoudt, kan geen eerlijke bemiddelaar zijn. Wij gaan niet naar Boedapest.]]", zei hij. Over het Turkse voorstel wilde hij nog niets zeggen.

Een Russische woordvoerder zei [[m @rus ~zei|dat Moskou pas naar Istanbul komt als Kyiv de "nieuwe territoriale realiteit" erkent]].

Turkije-kenner Merel Schouten (Universiteit van Amsterdam) zegt [[i @ana ~zegt|dat Turkije een rol kan spelen omdat het met beide partijen praat]]. "[[d @ana ~zegt|Ankara levert drones aan Kyiv en koopt gas van Moskou. Die dubbele positie is precies wat het land bruikbaar maakt als gastheer.]]", zegt ze. Volgens Schouten [[i @ana ~volgens|is de kans op een doorbraak klein zolang Rusland aan zijn voorwaarden vasthoudt]].

In Den Haag werd het Turkse aanbod met belangstelling ontvangen. Minister van Buitenlandse Zaken Jeroen Hazelhoff zei [[i @min ~zei|dat Nederland elke poging toejuicht om de partijen aan tafel te krijgen]]. Gevraagd of Nederland zelf een rol wil spelen, zei hij [[i @min ~zei #|dat Nederland geen eigen bemiddelingsrol nastreeft]].
""")

article("nl-sd4-11-munitiefabriek-henegouwen", "2025-11",
        "ceo=Philippe Dumont|Dumont; vak=Nadia Bouzid|Bouzid; bew=Josiane Leclercq|Leclercq; min=Bart Lemmens|Lemmens; pee=Lotte Peeters|Peeters; ana=Stijn Mortier|Mortier", """
Munitiefabriek in Henegouwen draait dubbele diensten voor Oekraïne

In een munitiefabriek in Henegouwen wordt sinds september in twee ploegen gewerkt, ook op zaterdag. Het bedrijf maakt granaten van 155 millimeter, waarvan een groot deel via Europese bestellingen in Oekraïne belandt.

Directeur Philippe Dumont zegt [[i @ceo ~zegt|dat de fabriek dit jaar 120.000 granaten produceert, twee keer zoveel als vorig jaar]]. “[[d @ceo ~zegt #|Wij leveren aan wie bestelt en betaalt, binnen de regels van de exportvergunning. De politieke keuzes maken anderen.]]”, zegt hij.

Vakbondsafgevaardigde Nadia Bouzid ziet de druk op het personeel toenemen. “[[d @vak ~zegt|De mensen werken zes dagen per week. Dat houd je een paar maanden vol, geen jaren.]]”, zegt ze. Ze wil [[i @vak ~wil ?|dat de directie extra mensen aanneemt in plaats van nog meer overuren te vragen]].

Niet alle buren zijn blij met de drukte. “[[d @bew ~zegt|Om zes uur 's morgens hoor je de vrachtwagens al. Niemand heeft ons iets gevraagd.]]”, zegt Josiane Leclercq, die tegenover de poort woont.

Minister van Defensie Bart Lemmens bracht donderdag een bezoek aan de fabriek. “[[d @min ~zei +supportive_of_ukraine|Elke granaat die hier van de band rolt, helpt Oekraïense soldaten hun land te verdedigen. Daar mag deze regio trots op zijn.]]”, zei hij.

In de Kamer stelde volksvertegenwoordiger Lotte Peeters van een linkse oppositiepartij vragen. “[[d @pee ~zei|Ik ben niet tegen steun aan Oekraïne. Maar ik wil weten waar deze granaten precies terechtkomen, en daar krijg ik al maanden geen antwoord op.]]”, zei ze.

Lemmens antwoordde kort: “[[d @min ~antwoordde +supportive_of_ukraine #|Naar waar ze het hardst nodig zijn. En zolang daar gevochten wordt, blijven we ze sturen.]]”

Defensie-analist Stijn Mortier (Koninklijke Militaire School) schat [[i @ana ~schat ?|dat Europa dit jaar ongeveer twee miljoen granaten produceert]]. “[[d @ana ~zegt|Dat is een enorme stijging, maar Rusland vuurt er op sommige dagen nog altijd meer af dan Oekraïne. Het gat is kleiner geworden, niet gesloten.]]”, zegt hij.
""")

article("nl-sd4-12-litouwen-oefening", "2026-01",
        "com=Stefan de Boer|De Boer; kpl=Daan Wijnstra|Wijnstra; bgm=Rūta Kazlauskienė|Kazlauskienė|Kazlauskiene; amb=de Russische ambassade in Vilnius|Russische ambassade; koo=Jelle Kooiman|Kooiman; ana=Ruben Hartog|Hartog", """
Nederlandse militairen oefenen in Litouwse kou, Moskou spreekt van provocatie

PABRADĖ - Op het oefenterrein bij Pabradė, op een paar kilometer van de grens met Belarus, oefenen deze week ruim achthonderd Nederlandse militairen met Duitse, Noorse en Litouwse eenheden. Het vriest er twintig graden.

Luitenant-kolonel Stefan de Boer, commandant van de Nederlandse eenheid, zegt [[i @com ~zegt|dat er ook veertig pantservoertuigen en een batterij pantserhouwitsers meedoen]]. „[[d @com|Bij deze temperaturen is alles moeilijker, van tanken tot slapen. Juist daarom oefenen we hier in januari.]]”

De oefening moet laten zien dat de NAVO de Baltische staten binnen enkele dagen kan versterken. „[[d @com ~zegt +pro_nato #|Daarvoor zijn we hier. Elke bondgenoot moet weten dat hij er niet alleen voor staat.]]”, zegt De Boer.

Korporaal Daan Wijnstra (24) uit Assen staat bij een tent te stampen. „[[d @kpl ~zegt|Je went aan de kou, maar mijn tenen niet. Het eten is gelukkig beter dan ik had verwacht.]]”, zegt hij.

Burgemeester Rūta Kazlauskienė van Pabradė zegt [[i @bgm ~zegt +pro_nato|dat de inwoners blij zijn met de aanwezigheid van de NAVO-troepen]]. Ze vertelt [[i @bgm ~vertelt|dat veel ouderen zich de Sovjetbezetting nog goed herinneren]]. „[[d @bgm +pro_nato #|Vroeger sliepen mensen hier slecht. Nu niet meer.]]”

De Russische ambassade in Vilnius liet weten [[i @amb ~liet_weten|dat de oefening een provocatie is die de spanningen in de regio vergroot]].

In Den Haag zet Kamerlid Jelle Kooiman van een linkse oppositiepartij vraagtekens bij de oefening. „[[d @koo ~zegt|Ik ben niet tegen de NAVO, maar dit soort spierballenvertoon zo dicht bij de grens maakt de wereld niet veiliger. Ik mis de diplomatie.]]”, zegt hij.

Analist Ruben Hartog zegt [[i @ana ~zegt|dat Rusland zijn troepen in Belarus de afgelopen maanden niet heeft uitgebreid]]. „[[d @ana ~zegt|De grootste dreiging is hier op dit moment niet een invasie, maar sabotage en drones. Daar is deze oefening maar gedeeltelijk op gericht.]]”, zegt hij.
""")

article("nl-sd4-13-tribunaal-den-haag", "2026-06",
        "gri=Marta Nowak|Nowak; min=Hanneke Roos|Roos; hoo=Joris van der Meulen|Van der Meulen; rus=het Russische ministerie van Buitenlandse Zaken; mar=Olha Marchenko|Marchenko; jou=een journalist; weth=Karim Bouali|Bouali", """
Speciaal tribunaal voor agressie tegen Oekraïne krijgt onderkomen in Den Haag

DEN HAAG - Het speciale tribunaal voor de misdaad van agressie tegen Oekraïne krijgt een gebouw in de Internationale Zone in Den Haag. Nederland en de Raad van Europa ondertekenden daarvoor dinsdag een zetelovereenkomst.

Griffier Marta Nowak zei [[i @gri ~zei|dat het tribunaal eind volgend jaar de eerste rechters beëdigt]]. "[[d @gri|We beginnen met ongeveer twintig medewerkers. Het gebouw wordt in de zomer opgeleverd en daarna ingericht.]]"

Staatssecretaris van Buitenlandse Zaken Hanneke Roos ondertekende namens Nederland. "[[d @min ~zei +supportive_of_ukraine|Rusland heeft Oekraïne aangevallen, en daarvoor moet iemand verantwoording afleggen. Den Haag is de plek waar dat gaat gebeuren.]]", zei ze.

Bij de ondertekening was ook Olha Marchenko uit Irpin aanwezig. "[[d @mar ~vertelde|Mijn buurman werd in maart 2022 in zijn eigen tuin doodgeschoten. Zijn vrouw woont nog altijd in hetzelfde huis, met het gat in de schutting.]]", vertelde ze.

Roos sprak haar na afloop kort. "[[d @min ~zei +supportive_of_ukraine #|Haar buurman verdient gerechtigheid, en zij verdient antwoorden. Daar gaan we voor zorgen.]]", zei de staatssecretaris.

Niet iedereen verwacht veel van het tribunaal. Hoogleraar internationaal recht Joris van der Meulen wijst erop [[i @hoo ~wijst_erop|dat de hoogste Russische leiders niet kunnen worden berecht zolang zij in functie zijn]]. Hij noemde [[m @hoo ~noemde|het project "symboolpolitiek met een lange adem"]]. "[[d @hoo ~zegt|Zonder verdachten in de zaal blijft het bij zaken bij verstek. Dat heeft waarde voor de geschiedschrijving, maar niemand gaat de cel in.]]", zegt hij.

Het Russische ministerie van Buitenlandse Zaken noemde [[m @rus ~noemde|het tribunaal "juridisch nietig"]].

Op de persconferentie vroeg een journalist [[i @jou ~vroeg|of president Poetin ooit voor het tribunaal zal verschijnen]]. "[[d @min ~zei #|Daar ga ik niet over speculeren. Het tribunaal is onafhankelijk.]]", zei Roos.

Wethouder Karim Bouali liet weten [[i @weth ~liet_weten|dat de gemeente het gebouw de eerste tien jaar voor een symbolisch bedrag verhuurt]]. "[[d @weth|Den Haag heeft al een lange rij hoven en tribunalen. Eentje erbij past prima.]]"
""")

article("nl-sd4-14-radiodebat-norm", "2026-05",
        "her=Sven Hermans|Hermans; vac=Greet Van Acker|Van Acker; pre=Koen Willaert|Willaert; mar=Marc Peeters|Peeters|Marc; hil=Hilde Claessens|Claessens|Hilde", """
Moet België naar 3,5 procent? Professor en vakbondseconoom kruisen de degens

België moet zijn defensie-uitgaven de komende tien jaar bijna verdubbelen om de nieuwe NAVO-norm te halen. In een radiodebat op zondagochtend botsten een defensieprofessor en een vakbondseconoom over de vraag of dat verstandig is.

Professor Sven Hermans (Koninklijke Militaire School) opende met een pleidooi. «[[d @her ~zei +pro_nato|De NAVO heeft ons meer dan zeventig jaar vrede gegeven. Als we willen dat de Amerikanen aan boord blijven, moeten we eindelijk ons eigen deel betalen.]]», zei hij.

Greet Van Acker, economiste bij een vakbond, was het daar niet mee eens. «[[d @vac ~zei|Die 3,5 procent is een getal uit een onderhandeling, niet uit een analyse. Niemand kan mij zeggen welk tekort we daarmee precies oplossen.]]», zei ze. Ze noemde [[m @vac ~noemde|de norm «een bestelbon voor de Amerikaanse defensie-industrie»]].

Presentator Koen Willaert vroeg [[i @pre ~vroeg|of België de norm kan halen zonder te besparen op de pensioenen]]. «[[d @her ~zei #|Niet zonder keuzes. Dat moet de regering de mensen eerlijk zeggen.]]», zei Hermans.

Van Acker rekende voor [[i @vac ~rekende_voor|dat de regering tegen 2030 jaarlijks ongeveer 4 miljard euro extra nodig heeft]]. «[[d @vac|Dat is meer dan het hele budget voor de kinderopvang. Dat geld valt niet uit de lucht.]]» Volgens haar [[i @vac ~volgens|is de NAVO vandaag vooral een instrument van het Witte Huis]].

Hermans pareerde: «[[d @her ~pareerde +pro_nato #|Dat hoor ik elke keer. Maar als Rusland morgen een Baltische staat binnenvalt, is die zogenaamde Amerikaanse club het enige wat tussen Moskou en ons in staat.]]»

Ook de luisteraars mengden zich in het debat. Marc Peeters uit Geel mailde [[i @mar ~mailde|dat hij het geld liever naar de ziekenhuizen ziet gaan dan naar tanks]]. Hilde Claessens uit Aalst belde in. «[[d @hil +pro_nato #|Mijn vader heeft in Duitsland bij de NAVO gediend. Hij zei altijd: samen zijn we pas sterk. Dat geldt vandaag nog evengoed.]]»
""")

# === 2. other subjects, no labels ==========================================

article("nl-sd4-15-landbouwsubsidies", "2025-10",
        "vis=Rients Visser|Visser; min=Anouk Bremer|Bremer; eco=Hanna Dekker|Dekker; nat=Bart Lammertink|Lammertink; coo=een woordvoerder van zuivelcoöperatie NoordMelk; com=een woordvoerder van de Europese Commissie", """
Melkveehouders vrezen minder Europese steun na hervorming landbouwbeleid

LEEUWARDEN - Friese melkveehouders reageren geschrokken op het voorstel van de Europese Commissie om het landbouwbudget na 2028 in te krimpen. De directe betalingen per hectare zouden met ongeveer een vijfde dalen.

Rients Visser, melkveehouder in Easterein en bestuurder van een regionale boerenorganisatie, zegt [[i @vis ~zegt|dat de helft van zijn inkomen uit Europese steun bestaat]]. „[[d @vis ~zegt|Zonder die steun houden de meeste gezinsbedrijven het hier geen drie jaar vol. Het is geen cadeau, het is de vergoeding voor voedsel dat onder de kostprijs wordt verkocht.]]”, zegt hij.

Minister van Landbouw Anouk Bremer zei [[i @min ~zei|dat Nederland in Brussel bondgenoten zoekt om de bezuiniging terug te draaien]]. „[[d @min|Frankrijk, Ierland en Polen staan aan onze kant. Met die bondgenoten hebben we een blokkerende minderheid.]]”

Een woordvoerder van de Europese Commissie liet weten [[i @com ~liet_weten|dat de lidstaten in het nieuwe voorstel meer ruimte krijgen om zelf te bepalen welke boeren steun krijgen]].

Landbouweconoom Hanna Dekker (Wageningen University) verwacht een harde strijd. „[[d @eco ~zegt|Het wordt een oorlog om elke euro in de Europese begroting. Iedere sector en iedere lidstaat wil zijn deel houden, en de landbouw heeft de grootste pot.]]”, zegt ze.

Natuurorganisaties zien juist kansen. Bart Lammertink van een natuurorganisatie stelt [[i @nat ~stelt|dat de steun beter naar boeren kan gaan die weidevogels en slootkanten beheren]]. „[[d @nat|Nu krijgt wie de meeste hectares heeft het meeste geld. Dat is nooit eerlijk geweest.]]”

Een woordvoerder van zuivelcoöperatie NoordMelk wijst op de gevolgen voor de verwerking. „[[d @coo ~zegt|Wij leveren elke dag melk en kaas aan klanten in twaalf landen. Als de boeren stoppen, stopt dat ook.]]”, zegt hij.

Visser gaat in november met een bus vol boeren naar Brussel. „[[d @vis ~zegt|We zoeken de steun van de burgers. Die willen toch ook dat hun melk uit Friesland komt en niet uit Nieuw-Zeeland.]]”, zegt hij.
""")

article("nl-sd4-16-voetbaltransfer", "2026-01",
        "sch=Ronald Schuurman|Schuurman; sor=Mikkel Sørensen|Sørensen|Sorensen; hol=Anders Holm|Holm; lam=Bert Lammers|Lammers; sup=Wendy Kolkman|Kolkman", """
SC Veluwezoom haalt Deense spits na weken van onderhandelen

APELDOORN - SC Veluwezoom heeft op de laatste dag van de transferperiode de Deense spits Anders Holm (24) vastgelegd. De club betaalt ruim drie miljoen euro aan Aarhus, een clubrecord.

Technisch directeur Ronald Schuurman was opgelucht. ,,[[d @sch ~zei|Het waren lange onderhandelingen. Aarhus wilde eerst vier miljoen, wij wilden niet boven de drie. Uiteindelijk zijn we elkaar in het midden tegengekomen.]]'', zei hij. Hij maakte bekend [[i @sch ~maakte_bekend|dat Holm een contract tot medio 2029 tekent]].

Zaakwaarnemer Mikkel Sørensen zegt [[i @sor ~zegt|dat hij de afgelopen weken tussen beide clubs heeft bemiddeld]]. ,,[[d @sor ~zegt|Ik heb beide partijen aan tafel gehouden. Op het laatst ging het nog om een bonus van honderdduizend euro.]]'', zegt hij. ,,[[d @sor|Daar ben ik voor: bemiddelen tot iedereen tevreden naar huis gaat. Mijn telefoon staat altijd aan.]]''

Holm zelf landde zondagavond op Schiphol. ,,[[d @hol ~zei|Ik voelde meteen de steun van de trainer. Hij heeft me drie keer gebeld, ook op kerstavond.]]'', zei hij in het Engels.

Trainer Bert Lammers heeft hoge verwachtingen. ,,[[d @lam ~zegt|Hij moet goals leveren, daar is hij voor gehaald. Met de steun van onze supporters gaat dat lukken.]]'', zegt hij. Volgens Lammers [[i @lam ~volgens|kan Holm zaterdag al bij de selectie zitten voor de uitwedstrijd in Deventer]].

De ploeg staat vijftiende en de trainer maakt zich geen illusies. ,,[[d @lam|De tweede seizoenshelft wordt oorlog. Elke wedstrijd is een finale, en dat weet iedereen in de kleedkamer.]]''

Wendy Kolkman van de supportersvereniging zegt [[i @sup ~zegt|dat de supporters al sinds de zomer op een nieuwe spits wachten]]. ,,[[d @sup|We hebben de club altijd gesteund, ook in de eerste divisie. Maar dit had een halfjaar eerder moeten gebeuren.]]''

Schuurman verwacht [[i @sch ~verwacht ?|dat er deze week geen spelers meer vertrekken]]. ,,[[d @sch|We hebben nog een aanbieding voor een verdediger liggen, maar die gaat niet door. We leveren niemand meer in.]]''
""")

article("nl-sd4-17-ziekenhuisfusie", "2025-09",
        "mer=Veerle Mertens|Mertens; coo=Pieter Cools|Cools; bgm=Luc Van den Broeck|Van den Broeck; vak=Sarah De Clercq|De Clercq; wv=een woordvoerder van de minister van Volksgezondheid|woordvoerder", """
Ziekenhuizen in Aalst en Dendermonde fuseren, artsen vrezen voor spoeddienst

AALST - De ziekenhuizen AZ Denderland in Aalst en AZ Scheldezicht in Dendermonde gaan vanaf januari samen verder als één ziekenhuis met twee campussen. De raden van bestuur keurden de fusie dinsdagavond goed.

Algemeen directeur Veerle Mertens noemt de fusie onvermijdelijk. “[[d @mer ~zegt|Alleen kunnen we de specialisten niet meer betalen. Samen kunnen we de zorg in de regio betaalbaar en van goede kwaliteit houden.]]”, zegt ze. Ze belooft [[i @mer ~belooft|dat er geen naakte ontslagen vallen]].

Bij de artsen in Dendermonde is de ongerustheid groot. Spoedarts Pieter Cools vreest [[i @coo ~vreest ?|dat de spoedafdeling op termijn alleen nog overdag open is]]. “[[d @coo ~zegt|We zoeken bondgenoten bij de huisartsen en de gemeenten. Zonder spoed in Dendermonde rijdt een ambulance twintig minuten langer, en dat kan levens kosten.]]”, zegt hij.

Burgemeester Luc Van den Broeck van Dendermonde zegt [[i @bgm ~zegt|dat de stad de fusie steunt op voorwaarde dat de spoed openblijft]]. “[[d @bgm|Daarover gaan we niet onderhandelen. Een stad van 47.000 inwoners zonder spoeddienst, dat is ondenkbaar.]]”

Een woordvoerder van de minister van Volksgezondheid liet weten [[i @wv ~liet_weten|dat de fusie financiële steun krijgt uit het fonds voor ziekenhuisnetwerken]]. [[i @wv ~aldus|Over de spoeddiensten beslist het netwerk zelf]], aldus de woordvoerder.

Vakbondssecretaris Sarah De Clercq zegt [[i @vak ~zegt|dat een externe bemiddelaar de gesprekken over de nieuwe arbeidsvoorwaarden zal begeleiden]]. “[[d @vak|We zijn bereid om te praten, maar niet over het afbouwen van de nachtdiensten. Het personeel heeft de voorbije jaren genoeg ingeleverd.]]”

Mertens wil daar nog niet op vooruitlopen. “[[d @mer ~zegt|Eerst zetten we de twee teams samen. Daarna bekijken we welke diensten we op welke campus leveren.]]”, zegt ze.
""")

article("nl-sd4-18-staking-bemiddelaar", "2026-02",
        "bae=Kristel Baert|Baert; ver=Marc Verlinden|Verlinden; des=Geert Desmet|Desmet; wv=een woordvoerder van de minister van Werk|woordvoerder; rei=Tine Vanderstraeten|Vanderstraeten; luc=een woordvoerster van Brussels Airport|woordvoerster", """
Sociaal bemiddelaar moet staking bij bagageafhandelaar beëindigen

ZAVENTEM - Voor de derde dag op rij ligt de bagageafhandeling op Brussels Airport grotendeels stil. Bij bagageafhandelaar Skyport Handling staakt het personeel voor meer collega's en hogere lonen. Federaal sociaal bemiddelaar Geert Desmet moet de partijen weer aan tafel krijgen.

Vakbondssecretaris Kristel Baert zegt [[i @bae ~zegt|dat de werknemers al drie jaar wachten op de beloofde extra collega's]]. ‘[[d @bae ~zegt|We staken niet voor ons plezier. Er wordt elk jaar beloofd dat er mensen bijkomen, en die komen er niet.]]’, zegt ze. Volgens Baert [[i @bae ~volgens|krijgt de vakbond steun van de collega's bij de beveiliging, die donderdag een uur het werk neerleggen]].

Algemeen directeur Marc Verlinden zei [[i @ver ~zei|dat het bedrijf een loonsverhoging van 2 procent heeft voorgesteld]]. ‘[[d @ver|Meer kunnen we niet bieden zonder klanten te verliezen. Dit is geen oorlog tussen directie en personeel. We willen allebei dat dit bedrijf overleeft.]]’

Desmet nodigt beide partijen donderdag uit in Brussel. ‘[[d @des ~zegt|Ik bied mijn diensten aan zolang beide partijen bereid zijn om te praten. Mijn deur staat open, dag en nacht.]]’, zegt hij. Hij wilde niet zeggen [[i @des ~wilde_niet_zeggen|hoe ver de standpunten uit elkaar liggen]].

Een woordvoerder van de federale minister van Werk liet weten [[i @wv ~liet_weten|dat de minister alle vertrouwen heeft in de bemiddeling]].

In de vertrekhal staan honderden reizigers in de rij. ‘[[d @rei ~zegt|Ik sta hier al vijf uur. Iedereen wil een oplossing, maar ik wil gewoon naar Málaga.]]’, zegt Tine Vanderstraeten uit Mechelen.

Een woordvoerster van Brussels Airport zei [[i @luc ~zei|dat reizigers die vrijdag vliegen best alleen handbagage meenemen]]. [[i @luc ~aldus|Donderdag zijn zestig vluchten geannuleerd]], aldus de woordvoerster.

Baert hoopt op een snel akkoord. ‘[[d @bae ~zegt|Als de bemiddelaar met een eerlijk voorstel komt, zijn wij de eersten om het te steunen. Maar we leveren niet opnieuw in.]]’, zegt ze.
""")

article("nl-sd4-19-gemeentebegroting", "2025-11",
        "hav=Thijs Haverkamp|Haverkamp; bru=Ilse Bruggink|Bruggink; dij=Peter Dijkstra|Dijkstra; voo=Erik Brouwer|Brouwer; pop=Sanne Hulst|Hulst; pro=de provincie Overijssel|provincie", """
Zwolle bezuinigt 14 miljoen op cultuur, sport en bibliotheken

ZWOLLE - De gemeenteraad van Zwolle heeft donderdagavond na een debat van zeven uur de begroting voor 2026 aangenomen. Om de tekorten in de jeugdzorg op te vangen, wordt 14 miljoen euro bezuinigd.

Wethouder van Financiën Thijs Haverkamp zei [[i @hav ~zei|dat de bezuinigingen in 2027 ongeveer 14 miljoen euro opleveren]]. "[[d @hav|Het Rijk geeft ons minder en de kosten voor jeugdzorg blijven stijgen. Dan moet je keuzes maken, hoe vervelend ook.]]"

Oppositieraadslid Ilse Bruggink was fel. "[[d @bru ~zei|Dit college voert oorlog tegen de cultuur in deze stad. Eerst het poppodium, nu twee bibliotheken.]]", zei ze. Ze noemde [[m @bru ~noemde|de begroting "een sloopplan met een strik erom"]].

Raadslid Peter Dijkstra zei [[i @dij ~zei|dat zijn fractie de begroting steunt]]. "[[d @dij|We hebben in de raad bondgenoten gezocht en gevonden. Dit is een eerlijke begroting, ook al doet ze pijn.]]"

Voor sportverenigingen gaat de huursubsidie voor velden en zalen omlaag. Erik Brouwer, voorzitter van een voetbalvereniging in Stadshagen, zegt [[i @voo ~zegt|dat de contributie volgend jaar met zeker veertig euro omhoog moet]]. "[[d @voo ~zegt|Dan haken juist de kinderen af die de steun van een club het hardst nodig hebben.]]", zegt hij.

Het conflict tussen de gemeente en het poppodium over de huur van het pand loopt al maanden. De raad besloot donderdag een onafhankelijke bemiddelaar in te schakelen. Directeur Sanne Hulst van het poppodium reageerde voorzichtig. "[[d @pop ~zei|We staan open voor bemiddeling, maar niet als de uitkomst al vastligt. Dan kunnen we net zo goed meteen de sleutel inleveren.]]", zei ze.

Volgens de provincie [[i @pro ~volgens|is de begroting sluitend en is er geen reden voor extra toezicht]]. Haverkamp is daar blij mee. "[[d @hav ~zegt|Dat is een opsteker. Maar volgend jaar wordt het niet makkelijker.]]", zegt hij.
""")

# === 3. English, on topic ==================================================

article("en-sd4-01-commons-aid-debate", "2026-03",
        "arm=Helen Armitage|Armitage; whi=Gary Whitcombe|Whitcombe; qur=Nadia Qureshi|Qureshi; lya=Peter Lyall|Lyall; ash=Tom Ashby|Ashby; rep=a reporter", """
MPs clash over new £1.5bn Ukraine package as energy bills bite

LONDON - The government will spend a further £1.5 billion on military aid to Ukraine this year, the Defence Secretary told the House of Commons on Tuesday, in a debate dominated by the cost of living.

Defence Secretary Helen Armitage said [[i @arm ~said +supportive_of_ukraine|that the money would keep Ukraine's air defences supplied through the summer]]. "[[d @arm ~told +supportive_of_ukraine|Ukraine is fighting for its survival, and this country will stand with it for as long as it takes,]]" she told MPs.

Gary Whitcombe, whose populist party has gained ground in recent polls, was scathing. "[[d @whi ~said|We are sending billions abroad while pensioners in my constituency sit in their coats because they cannot afford to turn the heating on,]]" he said. He called [[m @whi ~called|the package "an open tab with no end date"]].

Nadia Qureshi, a left-wing backbencher, said [[i @qur ~said|that she wanted to see a diplomatic strategy before voting for more weapons]]. "[[d @qur|Nobody in this chamber wants Russia to win. But I have yet to hear a single minister explain what the end game is.]]"

Peter Lyall, a government backbencher, responded directly to Whitcombe. "[[d @lya ~said +supportive_of_ukraine #|Ask the pensioners in Kharkiv how cold they are. Stopping now would be the most expensive choice of all,]]" he said.

Tom Ashby, an economist at a London think tank, said [[i @ash ~said|that British military aid since 2022 amounted to around 0.2 per cent of national income a year]]. "[[d @ash|Whether that is a lot or a little is a political judgment, not an economic one. What is clear is that it did not cause the rise in energy bills.]]"

Since 2022 Britain has also trained more than 50,000 Ukrainian recruits on bases in England. Armitage was unapologetic: "[[d @arm ~was_unapologetic +supportive_of_ukraine #|And we will keep doing so. I make no apology for that.]]"

After the debate a reporter asked [[i @rep ~asked|whether the package had been cleared with the Treasury]]. Armitage said [[i @arm ~said #|that she would not comment on discussions between departments]].
""")

article("en-sd4-02-nato-summit-spending", "2026-07",
        "kje=Anders Kjeldsen|Kjeldsen; rep=a Spanish reporter; spa=a Spanish diplomat; mos=Bradley Moss|Moss; lin=Sophie Lindgren|Lindgren; wro=Tomasz Wrona|Wrona; vir=Aino Virtanen|Virtanen", """
Allies divided on spending as NATO summit closes in Ankara

ANKARA - NATO leaders ended their two-day summit on Thursday with a short declaration that reaffirmed the spending target agreed in The Hague last year but set no new deadlines, after several allies made clear they would not meet it on time.

‘[[d @kje ~said +pro_nato|This alliance has kept a billion people safe for more than seventy years. Today all 32 allies recommitted to defending every inch of it,]]’ said NATO's deputy secretary general, Anders Kjeldsen, at the closing press conference.

A Spanish reporter asked [[i @rep ~asked|whether allies that miss the 3.5 per cent target would face any consequences]]. ‘[[d @kje ~replied #|That is for each government to explain to its own parliament and its own voters,]]’ Kjeldsen replied.

A Spanish diplomat said [[i @spa ~said|that Madrid would not reach the target before 2035 and saw no reason to promise otherwise]].

Bradley Moss, of a Washington think tank that favours military restraint, was dismissive. ‘[[d @mos ~said|Europe has outsourced its defence to the American taxpayer for decades. Another communiqué does not change that,]]’ he said. He said [[i @mos ~said|that the United States should withdraw most of its troops from Europe within ten years]].

Tomasz Wrona, a Polish deputy defence minister, said [[i @wro ~said +pro_nato|that Poland would keep spending well above the target because the credibility of the alliance depended on it]].

Sophie Lindgren, a security analyst in Stockholm, said [[i @lin ~said|that the final declaration mentioned Ukraine only twice]]. ‘[[d @lin|That is a diplomatic compromise. It keeps Hungary on board and tells Kyiv very little.]]’

Finland and Sweden attended for the third time as full members, after decades of non-alignment. Aino Virtanen, a senior Finnish defence official, did not hesitate when asked about that decision. ‘[[d @vir ~said +pro_nato #|Best decision we ever made. Ask anyone in Helsinki,]]’ she said.

Earlier in the week Russian drones had again crossed into Polish airspace. Asked about the incursions, Kjeldsen said: ‘[[d @kje ~said +pro_nato #|That is what this alliance is for. When one of us is threatened, all of us respond.]]’
""")

article("en-sd4-03-talks-venue", "2026-04",
        "sau=a senior Saudi foreign ministry official|Saudi official; vat=Archbishop Matteo Rinaldi|Rinaldi; nor=a Norwegian foreign ministry spokesperson; kre=a Kremlin spokesman; ukr=Dmytro Halenko|Halenko; ana=Hannah Fielding|Fielding; rep=reporters", """
Gulf state offers to host Ukraine talks as Europeans keep their distance

RIYADH - Saudi Arabia has offered to host a new round of talks between Russia and Ukraine, while several European governments that have acted as hosts in the past said they had no plans to do so.

A senior Saudi foreign ministry official said [[i @sau ~said +mediation_offer|that Riyadh was ready to receive Russian and Ukrainian delegations at any level]]. "[[d @sau +mediation_offer #|The venue is ready. We have done this before and we can do it again at a week's notice.]]"

A Kremlin spokesman said [[i @kre ~said|that Moscow would send a delegation only if Kyiv first withdrew its troops from the four regions Russia claims]].

Dmytro Halenko, a spokesman for Ukraine's foreign ministry, said [[i @ukr ~said|that Kyiv had received the invitation and was studying it]]. "[[d @ukr|The president will decide. We are not going to negotiate through the press.]]"

Norway, which has quietly facilitated talks in other conflicts, is not seeking a role this time. A Norwegian foreign ministry spokesperson said [[i @nor ~said|that Oslo had no plans to host any talks at this stage]]. "[[d @nor #|There are enough venues on the table. What is missing is the will to use them.]]"

The Vatican has helped return several hundred Ukrainian children from Russia since 2023. Archbishop Matteo Rinaldi, who leads that effort, said in Rome: "[[d @vat ~said +mediation_offer #|That work continues. Our channels to both sides remain open for it, and we will use them as long as families are waiting.]]"

Hannah Fielding, a Middle East analyst at a London think tank, said [[i @ana ~said|that Saudi Arabia could play a role because both Moscow and Washington trusted it]]. "[[d @ana|Riyadh offers something Geneva cannot: the Russians feel at home there. The question is whether Kyiv does.]]"

Reporters in Riyadh asked [[i @rep ~asked|whether American officials would attend]]. The Saudi official declined to say.
""")
# --- end of articles --------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    return ARTICLES.main(argv)


if __name__ == "__main__":
    sys.exit(main())
