"""Build the third stance context training set ``training/data/stance_context_c_nl.jsonl``.

Run from the repository root::

    python training/stance_context_c.py            # writes training/data/stance_context_c_nl.jsonl
    python training/stance_context_c.py --check    # verify the file is up to date
    python training/stance_context_c.py --stats    # print counts (also per label and context)

A third batch next to ``stance_context.py`` and ``stance_context_b.py``, aimed at
the label ``supportive_of_ukraine``, which the classifier over-predicts on neutral
quotes in articles about aid to Ukraine.

1. Fifteen articles about aid to Ukraine, sanctions, reconstruction, Ukrainian
   refugees, EU accession and the front.  Each has a few genuinely supportive
   quotes (often elliptical and readable only in context: "Dat blijven we doen",
   "Zo lang als nodig", a mayor welcoming refugees, a minister defending a package
   against critics) and many more unlabeled quotes in the same vocabulary:
   logistics and procedure, costs stated neutrally, military analysts describing
   the front, Ukrainian officials describing damage or needs, critics, aid
   fatigue, conditions, questions, refusals to comment, municipalities describing
   housing capacity, economists on the effects of sanctions.  A few quotes carry
   ``pro_nato`` or ``mediation_offer`` where they occur naturally.
2. Five articles on other subjects (sport, business deliveries, a court case,
   local politics, a charity) without any label, with the labels' vocabulary in
   other senses ("steun", "levering", "hulp").
3. Four articles are in English (ids ``en-sc3-...``; ``lang`` is ``en``).

Labels follow ``training/data/README.md`` ("Labels", "Several labels or none"),
decided on what the speaker says *read in its context*; the journalist's
sentences give a quote no label by themselves.  Markup, speaker tables and span
conventions are those of ``build_gold.py`` and ``training/data/GOLD_GUIDE.md``
(every quote of every article is annotated).  The extra token ``#`` marks a quote
whose stance (a label or the deliberate absence of one) can only be decided from
its context; it is removed before the markup is parsed and counted by
``--stats``.  In English articles an indirect span starts at *that* when there is
one, as Dutch spans start at *dat*.

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
ARTICLES = ContextArticles(ROOT / "training" / "data" / "stance_context_c_nl.jsonl", "stance_context_c.py")
article = ARTICLES.article


# --- articles ---------------------------------------------------------------

# === 1. on-topic articles ==================================================

article("nl-sc3-01-munitiepakket", "2026-02",
        "min=Joris Hekman|Hekman; wv=een woordvoerder van het ministerie van Defensie|woordvoerder; bos=Ruud Bosveld|Bosveld; ana=Femke Roord|Roord; amb=Oleksandr Martsjenko|Martsjenko", """
Kabinet trekt 350 miljoen uit voor munitie en reserveonderdelen Oekraïne

DEN HAAG (ANP) - Nederland stuurt dit voorjaar een nieuw pakket munitie en reserveonderdelen voor F-16's naar Oekraïne. Het pakket kost 350 miljoen euro en wordt betaald uit het bedrag dat eerder voor dit jaar was gereserveerd.

Minister van Defensie Joris Hekman maakte het pakket dinsdag bekend na afloop van de ministerraad. „[[d @min ~zei +supportive_of_ukraine|Oekraïne verdedigt zich elke dag tegen een agressor die niet van plan is te stoppen. Wij laten het land daarin niet alleen.]]”, zei hij.

Volgens een woordvoerder van het ministerie [[i @wv ~volgens|gaat het voor ongeveer veertig procent om munitie en voor zestig procent om onderdelen]]. „[[d @wv ~zei|De eerste levering staat voor maart gepland. De rest volgt in drie tranches tot de zomer.]]”, zei de woordvoerder. Hekman wilde niet zeggen [[i @min ~wilde_niet_zeggen|via welke route het materieel het land binnenkomt]].

In de Tweede Kamer klonk ook kritiek. Kamerlid Ruud Bosveld noemde [[m @bos ~noemde|het pakket „een cheque zonder bodem”]]. „[[d @bos ~zei|Elke paar maanden komt er een bedrag bij en niemand kan me vertellen wanneer het ophoudt. Ondertussen staan de wachtlijsten in de zorg hier stil.]]”, zei hij.

Hekman reageerde kort op die kritiek. „[[d @min ~reageerde +supportive_of_ukraine #|Zo lang als nodig. Dat hebben we beloofd en daar houden we ons aan.]]”

Militair analist Femke Roord zegt [[i @ana ~zegt|dat het front in de Donbas de afgelopen weken nauwelijks is verschoven]]. „[[d @ana|Beide legers graven zich in. Munitie is op dit moment belangrijker dan nieuwe systemen, en daar speelt dit pakket op in.]]”

De Oekraïense ambassadeur in Den Haag, Oleksandr Martsjenko, liet weten [[i @amb ~liet_weten|dat de luchtmachtbases in het oosten de afgelopen maand vaker zijn aangevallen dan in het hele najaar]]. Over de inhoud van het pakket wilde hij niets kwijt. „[[d @amb ~zei #|Daar gaan de militairen over, niet de diplomaten.]]”, zei hij.
""")

article("nl-sc3-02-opvang-hardenberg", "2025-11",
        "bgm=Anja Wolters|Wolters; weth=Gerrit Scholten|Scholten; coa=Jelle Timmer|Timmer; bew=Henk Lubbers|Lubbers; vlu=Oksana Petrenko|Oksana|Petrenko", """
Hardenberg vangt nog eens zestig Oekraïners op in oud verzorgingshuis

HARDENBERG - Het voormalige verzorgingshuis De Linde aan de Stationsstraat wordt vanaf januari opvanglocatie voor zestig Oekraïense ontheemden. Dat maakte de gemeente maandagavond bekend tijdens een informatieavond voor omwonenden.

Burgemeester Anja Wolters was duidelijk: „[[d @bgm ~was_duidelijk +supportive_of_ukraine|Deze mensen zijn gevlucht voor bommen en raketten. Ze zijn hier welkom, en ik wil dat iedereen in Hardenberg dat merkt.]]”

Wethouder Gerrit Scholten legde uit [[i @weth ~legde_uit|dat de gemeente met deze locatie op 212 opvangplekken komt]]. „[[d @weth ~zei|Daarmee zitten we aan de taakstelling van het Rijk. Meer dan dit kunnen we op dit moment niet huisvesten.]]”, zei hij. Het pand wordt de komende weken opgeknapt. [[i @weth ~aldus|De kosten van ruim 400.000 euro worden grotendeels door het Rijk vergoed]], aldus Scholten.

Jelle Timmer van het COA zei [[i @coa ~zei|dat de bewoners zelf koken en dat er overdag begeleiding aanwezig is]]. Hij verwacht [[i @coa ~verwacht ?|dat de meeste bewoners binnen een paar maanden werk vinden]].

Niet alle omwonenden waren enthousiast. Henk Lubbers, die schuin tegenover De Linde woont, vroeg [[i @bew ~vroeg|of er genoeg parkeerplaatsen komen]]. ,,[[d @bew ~zegt|Ik heb niks tegen die mensen, maar niemand heeft ons iets gevraagd. We lezen het in de krant.]]'', zegt hij.

Oksana Petrenko woont sinds 2022 in Hardenberg en werkt in een kwekerij. Ze kwam naar de avond om te vertalen. ,,[[d @vlu ~vertelt|Mijn zoon zit hier op school, hij spreekt beter Nederlands dan ik. Van Charkiv is in onze straat niet veel over.]]'', vertelt ze.

Wolters sloot de avond af. ,,[[d @bgm ~zei +supportive_of_ukraine #|Wij doen wat we kunnen, en dat blijven we doen.]]'', zei ze.
""")
article("nl-sc3-03-sanctiepakket", "2026-03",
        "min=Hilde Verbruggen|Verbruggen; eco=Bart Deschepper|Deschepper; eco2=Lies Wauters|Wauters; hav=Kristof Van Hove|Van Hove; dia=Ruben Goldstein|Goldstein; com=een woordvoerder van de Europese Commissie|woordvoerder", """
Twintigste sanctiepakket treft ook Antwerpse haven

De Europese Unie heeft vrijdag haar twintigste sanctiepakket tegen Rusland goedgekeurd. Het pakket richt zich vooral op de zogenoemde schaduwvloot van olietankers en op banken in derde landen die Russische betalingen afhandelen.

Minister van Buitenlandse Zaken Hilde Verbruggen verdedigde het pakket in de Kamercommissie. “[[d @min ~verdedigde +supportive_of_ukraine|Elke euro die Moskou niet meer verdient, is een euro die niet naar raketten op Oekraïense steden gaat. Daarom steunt België deze sancties volledig.]]”

Of de sancties ook werken, is een andere vraag. Econoom Bart Deschepper (KU Leuven) stelt [[i @eco ~stelt|dat de Russische olie-inkomsten vorig jaar met ongeveer een vijfde zijn gedaald]]. “[[d @eco ~zegt|Dat is een echt effect, maar het komt vooral door de lagere olieprijs. De schaduwvloot vangt nog altijd een groot deel op.]]”, zegt hij.

Zijn collega Lies Wauters is sceptischer. “[[d @eco2 ~zegt|Sancties werken traag. De Russische economie is omgeschakeld naar oorlogsproductie, en die draait voorlopig gewoon door.]]”, zegt ze. Volgens Wauters [[i @eco2 ~volgens|betalen Europese bedrijven een deel van de rekening, via hogere energieprijzen]].

In de haven van Antwerpen betekent het pakket extra controles. Woordvoerder Kristof Van Hove van Port of Antwerp-Bruges liet weten [[i @hav ~liet_weten|dat de douane sinds de zomer al een twintigtal schepen heeft tegengehouden]]. “[[d @hav|We voeren uit wat Europa beslist. Over de politieke keuze doen we geen uitspraak.]]”

De diamantsector maakt zich zorgen. Ruben Goldstein, handelaar aan de Hoveniersstraat, noemde [[m @dia ~noemde|de nieuwe traceerregels “een administratieve nachtmerrie”]]. “[[d @dia ~zegt|Wij krijgen de papieren last, en de stenen gaan gewoon via Dubai.]]”, zegt hij.

Een woordvoerder van de Europese Commissie zei [[i @com ~zei|dat het pakket maandag in het Publicatieblad verschijnt en dan meteen van kracht wordt]].

Verbruggen ging in op de kritiek. “[[d @min ~zei +supportive_of_ukraine #|Ik begrijp dat het pijn doet. Maar de pijn in Charkiv en Odesa is groter. We houden vol.]]”, zei ze.
""")

article("nl-sc3-04-wederopbouwconferentie", "2025-07",
        "min=Sanne de Groot|De Groot; bgm=Ihor Sydorenko|Sydorenko; bnk=de Wereldbank; bed=Maarten Oosterhuis|Oosterhuis; ngo=Eva Lindqvist|Lindqvist; kam=Pieter van Rijn|Van Rijn; wv=een Oekraïense woordvoerder", """
Nederland zegt 200 miljoen toe voor wederopbouw Oekraïne

ROME - Op de internationale wederopbouwconferentie in Rome heeft Nederland donderdag 200 miljoen euro toegezegd voor het herstel van het Oekraïense elektriciteitsnet en de watervoorziening.

Minister voor Buitenlandse Handel Sanne de Groot zegde het bedrag toe in haar toespraak. „[[d @min ~zei +supportive_of_ukraine|Wederopbouw kan niet wachten tot de oorlog voorbij is. Oekraïners moeten nu al licht, water en verwarming hebben, en daar helpen wij bij.]]”, zei ze.

Ihor Sydorenko, burgemeester van een stad in de regio Sumy, schetste de schade. „[[d @bgm ~zei|Van de drie warmtecentrales in onze stad draait er nog één, en die is twee keer geraakt. Zeshonderd woningen zijn onbewoonbaar.]]”, zei hij. Hij vertelde [[i @bgm ~vertelde|dat de helft van de scholen in zijn stad les geeft in kelders]].

[[i @bnk ~schat ?|De totale schade loopt op tot meer dan 500 miljard dollar]], schat de Wereldbank in een nieuw rapport.

Nederlandse bedrijven hopen op opdrachten. Maarten Oosterhuis, directeur van een baggerbedrijf uit Sliedrecht, zei [[i @bed ~zei|dat zijn bedrijf al gesprekken voert over de havens van Odesa en Mykolajiv]]. „[[d @bed|Maar zonder verzekering tegen oorlogsschade begint niemand. Dat is de kern van het probleem.]]”

Eva Lindqvist van Transparency International waarschuwde [[i @ngo ~waarschuwde|dat het geld pas moet worden uitgekeerd als er onafhankelijk toezicht is op de aanbestedingen]].

In Den Haag vroeg Kamerlid Pieter van Rijn zich af [[i @kam ~vroeg_zich_af|of het bedrag uit het budget voor ontwikkelingssamenwerking komt]]. Volgens het ministerie [[i @min ~volgens|gaat het om nieuw geld uit de Oekraïne-reservering]].

De Groot had aan het eind van de conferentie nog een boodschap. „[[d @min ~zei +supportive_of_ukraine #|Wie nu bouwt, zegt: jullie toekomst ligt in Europa. Dat is precies wat we willen zeggen.]]”, zei ze.

Een Oekraïense woordvoerder meldde [[i @wv ~meldde|dat de toezeggingen op de conferentie samen zo'n 14 miljard euro bedragen]].
""")
article("nl-sc3-05-liveblog-front", "2026-01",
        "gen=de Oekraïense generale staf|generale staf; ana=Tomas Brink|Brink; nav=Karin Lindahl|Lindahl; pre=Mark Verhulst|Verhulst; rus=het Russische ministerie van Defensie; gov=Serhi Lysenko|Lysenko", """
Liveblog Oekraïne: zware gevechten rond Pokrovsk, NAVO-ministers bijeen in Brussel

09.12 uur - [[i @gen ~meldt|Het Russische leger heeft de afgelopen nacht 87 drones en vier raketten op Oekraïne afgevuurd]], meldt de Oekraïense generale staf. [[i @gen ~aldus|Zeventig drones werden onderschept]], aldus de generale staf.

09.40 uur - Militair analist Tomas Brink zegt [[i @ana ~zegt|dat Russische eenheden ten zuiden van Pokrovsk enkele honderden meters zijn opgeschoten]]. "[[d @ana ~zegt|Het gaat om kleine stukjes land tegen een enorme prijs. Een doorbraak zie ik nog niet.]]", zegt hij.

10.15 uur - De gouverneur van de regio Dnipropetrovsk, Serhi Lysenko, meldt op Telegram [[i @gov ~meldt|dat bij een aanval op een busstation drie mensen zijn omgekomen]].

11.02 uur - In Brussel komen de ministers van Defensie van de NAVO bijeen. Plaatsvervangend secretaris-generaal Karin Lindahl zei bij aankomst [[i @nav ~zei +pro_nato|dat het bondgenootschap nooit zo hecht is geweest als nu]]. "[[d @nav +supportive_of_ukraine +pro_nato|Samen zorgen we ervoor dat Oekraïne krijgt wat het nodig heeft om zich te verdedigen, en samen beschermen we elke centimeter van ons eigen grondgebied.]]"

11.30 uur - [[i @rus ~stelt|Russische troepen hebben het dorp Oleksandrivka ingenomen]], stelt het Russische ministerie van Defensie. Brink noemt [[m @ana ~noemt|die claim "niet te controleren"]].

12.05 uur - Minister Mark Verhulst kondigde in Brussel aan [[i @pre ~kondigde_aan +supportive_of_ukraine|dat Nederland nog dit jaar vier extra Patriot-lanceerinrichtingen aan Oekraïne levert]]. Gevraagd naar de kosten zei hij [[i @pre ~zei #|dat die pas na de aanbesteding bekend zijn]].

12.40 uur - "[[d @ana ~zegt|Voor de komende weken verwacht ik vooral luchtaanvallen op energie-installaties. Dat is het winterpatroon.]]", zegt Brink.
""")

article("nl-sc3-06-toetreding-eu", "2025-12",
        "min=Wouter Claeys|Claeys; ond=Olena Bondar|Bondar; eco=Annelies Peeters|Peeters; boe=Jef Maes|Maes; hon=een Hongaarse diplomaat; wv=een woordvoerder van de Europese Commissie|woordvoerder", """
Oekraïne opent eerste onderhandelingshoofdstukken met EU, Hongarije dreigt met veto

De Europese Unie en Oekraïne openen in januari formeel de eerste hoofdstukken van de toetredingsonderhandelingen. Dat besloten de Europese ministers van Europese Zaken dinsdag in Brussel, na maanden van vertraging.

Staatssecretaris Wouter Claeys was tevreden. “[[d @min ~zei +supportive_of_ukraine|Oekraïne vecht ook voor onze waarden. Zijn plaats is in de Europese Unie, en vandaag zetten we daar een echte stap naar toe.]]”, zei hij.

Een woordvoerder van de Europese Commissie legde uit [[i @wv ~legde_uit|dat de eerste clusters over rechtsstaat, justitie en overheidsfinanciën gaan]]. “[[d @wv ~zei|Elk hoofdstuk wordt pas gesloten als aan alle voorwaarden is voldaan. Dat kan jaren duren.]]”, zei ze.

Olena Bondar, onderhandelaar namens Kyiv, zei [[i @ond ~zei|dat haar team in maart de eerste wetsvoorstellen over de hervorming van de rechtbanken indient]].

Een Hongaarse diplomaat zei [[i @hon ~zei|dat Boedapest elk hoofdstuk afzonderlijk zal beoordelen en een veto niet uitsluit]].

Landbouweconoom Annelies Peeters wijst erop [[i @eco ~wijst_erop|dat Oekraïne bij toetreding meteen de grootste ontvanger van landbouwsubsidies zou worden]]. “[[d @eco ~zegt|Dat vraagt een volledige herziening van het Europese landbouwbeleid. Daar is nog niemand aan begonnen.]]”, zegt ze.

Ook bij Vlaamse boeren is er ongerustheid. Jef Maes, akkerbouwer in Hoogstraten, zegt [[i @boe ~zegt|dat hij nu al niet tegen het goedkope Oekraïense graan kan opboksen]]. “[[d @boe|Ik wens die mensen alle goeds, maar wie beschermt ons?]]”

Claeys wuifde de zorgen niet weg. “[[d @min ~zei|De boeren hebben een punt en daar moeten we een antwoord op vinden.]]” Hij voegde eraan toe: “[[d @min ~voegde_eraan_toe +supportive_of_ukraine #|Maar de deur blijft open. Daar mag niemand aan twijfelen.]]”
""")

article("en-sc3-01-us-package", "2026-04",
        "sec=Daniel Whitford|Whitford; sen=Carl Hendricks|Hendricks; pen=a Pentagon spokesperson|spokesperson; ana=Rachel Ostrowski|Ostrowski; amb=Natalia Kovalenko|Kovalenko; sen2=Maria Delgado|Delgado", """
Washington approves $1.2 billion air defence package for Kyiv

WASHINGTON (Reuters) - The United States will send Ukraine a $1.2 billion package of air defence interceptors and radar spare parts, the Pentagon said on Tuesday, the first new package since Congress approved the supplemental budget in March.

Defence Secretary Daniel Whitford said [[i @sec ~said +supportive_of_ukraine|that the package would help Ukraine protect its cities and power plants through the summer]]. "[[d @sec ~said +supportive_of_ukraine|We are not going to leave Ukrainians defenceless against missiles aimed at their homes,]]" he said.

A Pentagon spokesperson said [[i @pen ~said|that the first interceptors would be shipped from existing stocks within weeks, while the rest would be produced under new contracts]]. "[[d @pen|The production contracts run into 2028. Some of this will take time.]]"

Not everyone on Capitol Hill was convinced. Senator Carl Hendricks of Ohio said [[i @sen ~said|that the administration had not explained how the package would change the situation on the ground]]. "[[d @sen ~said|I want to see a strategy, not another invoice,]]" he told reporters.

Senator Maria Delgado, who backed the supplemental, pushed back. "[[d @sen2 ~said +supportive_of_ukraine #|This is the strategy: you give them the means to hold the line, and you keep doing it,]]" she said.

Rachel Ostrowski, an analyst at a Washington think tank, said [[i @ana ~said|that Russian strikes on energy infrastructure had roughly doubled since January]]. "[[d @ana|Interceptors are the bottleneck for everyone right now, including for the United States itself.]]"

Ukraine's ambassador, Natalia Kovalenko, said [[i @amb ~said|that the embassy had received the list of systems on Monday]] and declined to comment on the numbers.
""")
article("nl-sc3-07-interview-konvooi", "2025-12",
        "vri=Marloes Bakker|Bakker|Marloes", """
'Een aggregaat is daar het verschil tussen een koude en een warme klas'

Marloes Bakker (54) uit Apeldoorn rijdt deze week voor de negende keer met een konvooi van vrijwilligers naar Oekraïne. In de vrachtwagens: veertig aggregaten, winterjassen en medicijnen. Wij spraken haar vlak voor vertrek.

Hoe bent u hiermee begonnen?

,,[[d @vri|In maart 2022 stond ik met een paar buren bij de Poolse grens met dozen luiers. Eigenlijk wilde ik één keer gaan. Nu is het een stichting met zeventig vrijwilligers.]]''

Wat neemt u deze keer mee?

,,[[d @vri|Vooral aggregaten, voor scholen en een ziekenhuis in de buurt van Cherson. De stroom valt daar soms achttien uur per dag uit. Een aggregaat is het verschil tussen een koude en een warme klas.]]''

Merkt u dat de bereidheid om te geven afneemt?

,,[[d @vri #|Ja. De giften zijn ongeveer gehalveerd ten opzichte van twee jaar geleden. Mensen hebben het zelf ook zwaarder, dat snap ik.]]''

Waarom gaat u toch door?

,,[[d @vri +supportive_of_ukraine #|Omdat die mensen niet kunnen stoppen. Zolang daar bommen vallen, rijden wij. Dat heb ik ze beloofd.]]''

Is het niet gevaarlijk?

,,[[d @vri|We blijven ver van het front en rijden nooit in het donker. De lokale partners bepalen de route.]]''

En de politiek? Er gaat veel geld van Den Haag naar Oekraïne.

,,[[d @vri #|Daar ga ik niet over. Ik breng aggregaten naar een school, dat is mijn politiek.]]''

Wat vraagt u van de lezers?

,,[[d @vri +supportive_of_ukraine #|Vergeet ze niet. Een paar euro per maand maakt voor een gezin in Cherson echt verschil.]]''
""")

article("nl-sc3-08-hotelopvang-leeuwarden", "2026-02",
        "weth=Sjoerd Hoekstra|Hoekstra; ond=Tjitske de Jong|De Jong; vlu=Iryna Kravets|Kravets; vvd=Klaas Postma|Postma; gl=Nynke Veenstra|Veenstra; rijk=een woordvoerder van het ministerie van Justitie en Veiligheid|woordvoerder", """
Leeuwarden zoekt nieuwe plek voor 140 Oekraïners na einde hotelcontract

LEEUWARDEN - De gemeente Leeuwarden moet voor 1 juni een nieuwe opvangplek vinden voor 140 Oekraïners die nu in een hotel aan de rand van de stad wonen. Het contract met het hotel loopt af en wordt niet verlengd.

Wethouder Sjoerd Hoekstra bevestigde dat dinsdag in de gemeenteraad. ,,[[d @weth ~zei|We kijken naar drie locaties, waaronder een leegstaand kantoorpand. Een besluit volgt in april.]]'', zei hij. [[i @weth ~aldus|De huidige opvang kost de gemeente ongeveer 2,1 miljoen euro per jaar]], aldus Hoekstra.

Hoteleigenaar Tjitske de Jong zegt [[i @ond ~zegt|dat ze het hotel vanaf de zomer weer voor toeristen wil openen]]. ,,[[d @ond|Het was een mooie tijd, maar dit is geen hotel meer, het is een woonhuis geworden.]]''

Iryna Kravets woont er sinds 2022 met haar twee dochters. ,,[[d @vlu ~zegt|We weten nog niet waar we naartoe gaan. Mijn oudste doet dit jaar eindexamen.]]'', zegt ze.

In de raad liepen de meningen uiteen. Klaas Postma vroeg [[i @vvd ~vroeg|of de gemeente niet eerst aan de eigen woningzoekenden moet denken]]. ,,[[d @vvd|Er staan hier mensen acht jaar op de wachtlijst. Dat mogen we ook niet vergeten.]]''

Nynke Veenstra zag dat anders. ,,[[d @gl ~zei +supportive_of_ukraine|Deze mensen zijn gevlucht voor een oorlog die Rusland is begonnen. Leeuwarden heeft ze welkom geheten en dat moet zo blijven.]]''

Hoekstra sloot zich daarbij aan. ,,[[d @weth ~zei +supportive_of_ukraine #|Wij zetten niemand op straat. Die belofte staat.]]''

Een woordvoerder van het ministerie van Justitie en Veiligheid liet weten [[i @rijk ~liet_weten|dat de tijdelijke bescherming voor Oekraïners in elk geval tot maart 2027 geldt]].
""")

article("nl-sc3-09-f16-belgie", "2025-10",
        "min=Pieter Goossens|Goossens; gen=Luc Vandamme|Vandamme; exp=Sofie Lambrecht|Lambrecht; oppo=Raf Willems|Willems; wv=een woordvoerder van Defensie|woordvoerder", """
Eerste Belgische F-16's later naar Oekraïne dan gepland

De eerste Belgische F-16's voor Oekraïne vertrekken pas in het voorjaar, en niet eind dit jaar zoals eerder aangekondigd. Dat heeft minister van Defensie Pieter Goossens woensdag in de Kamer bevestigd.

“[[d @min ~zei|De vertraging heeft te maken met de levering van onze F-35's. Zolang die er niet zijn, kunnen we de F-16's niet missen.]]”, zei Goossens. Hij benadrukte [[i @min ~benadrukte +supportive_of_ukraine|dat België zijn belofte aan Oekraïne volledig nakomt]]. “[[d @min +supportive_of_ukraine #|Het is een kwestie van maanden, niet van twijfel. De toestellen gaan naar Oekraïne, punt.]]”

Een woordvoerder van Defensie legde uit [[i @wv ~legde_uit|dat de toestellen eerst een onderhoudsbeurt krijgen in Florennes]]. “[[d @wv|Dat duurt per toestel zes tot acht weken.]]”

Luchtmachtgeneraal Luc Vandamme wees erop [[i @gen ~wees_erop|dat ook de opleiding van Oekraïense technici langer duurt dan verwacht]]. Hij zei [[i @gen ~zei +pro_nato|dat de Belgische luchtmacht haar NAVO-taken boven de Baltische staten intussen gewoon blijft uitvoeren en daar trots op is]].

Defensie-expert Sofie Lambrecht (Egmontinstituut) relativeert het belang van de toestellen. “[[d @exp ~zegt|Een paar extra F-16's veranderen het verloop van de oorlog niet. Ze helpen vooral tegen kruisraketten en drones boven het achterland.]]”, zegt ze.

Oppositiekamerlid Raf Willems vroeg [[i @oppo ~vroeg|hoeveel de onderhoudsbeurt en het transport de belastingbetaler kosten]]. Goossens antwoordde [[i @min ~antwoordde|dat hij die cijfers schriftelijk zal bezorgen]].
""")
article("nl-sc3-10-tegoeden-euroclear", "2025-11",
        "min=Kathleen De Smet|De Smet; ecl=Thomas Vercauteren|Vercauteren; eco=Marc Dierickx|Dierickx; ukr=Vasyl Horban|Horban; com=Ursula Brandt|Brandt", """
België blijft twijfelen over lening met bevroren Russische tegoeden

Een akkoord over het gebruik van de bevroren Russische tegoeden bij Euroclear in Brussel blijft uit. De Europese Commissie wil er een lening van 140 miljard euro aan Oekraïne mee financieren, maar België vraagt garanties.

Minister van Financiën Kathleen De Smet herhaalde donderdag [[i @min ~herhaalde|dat België niet alleen het juridische risico kan dragen]]. “[[d @min ~zei|Als een rechter morgen beslist dat dat geld terug moet naar Moskou, dan staat België alleen voor de rekening. Dat kan ik niet uitleggen.]]”, zei ze.

Eurocommissaris Ursula Brandt zei [[i @com ~zei +supportive_of_ukraine|dat Rusland moet betalen voor de schade die het in Oekraïne aanricht]]. “[[d @com +supportive_of_ukraine #|Dit geld hoort bij de wederopbouw van Oekraïne. Daar ga ik voor blijven vechten.]]”

Bij Euroclear zelf houdt men zich op de vlakte. Woordvoerder Thomas Vercauteren liet weten [[i @ecl ~liet_weten|dat de instelling uitvoert wat de Europese regels voorschrijven en geen commentaar geeft op lopende onderhandelingen]].

Econoom Marc Dierickx wijst op de risico's. “[[d @eco ~zegt|Het gaat om de geloofwaardigheid van Europa als plek waar centrale banken hun reserves bewaren. China en de Golfstaten kijken mee.]]”, zegt hij. Volgens Dierickx [[i @eco ~volgens|zou een deel van de rente al sinds vorig jaar naar Oekraïne gaan]].

De Oekraïense onderminister van Financiën Vasyl Horban zei [[i @ukr ~zei|dat het land volgend jaar een begrotingstekort van ongeveer 45 miljard dollar verwacht]].

De Smet wilde niet zeggen [[i @min ~wilde_niet_zeggen #|of België op de top van volgende week alsnog instemt]]. “[[d @min #|We praten verder. Meer kan ik er vandaag niet over zeggen.]]”
""")

article("en-sc3-02-homes-for-ukraine", "2026-01",
        "host=Jenny Caldwell|Caldwell|Jenny; cou=Graham Foster|Foster; ref=Viktoriia Hnatiuk|Viktoriia|Hnatiuk; mp=Andrew Pike|Pike; ho=a Home Office spokesperson|spokesperson", """
Four years on, Devon hosts say goodbye as Ukrainian families move on

When Viktoriia Hnatiuk arrived in Totnes with her son in April 2022, she expected to stay for a few weeks. Next month the family moves into a flat of their own in Exeter.

‘[[d @ref ~said|The first night I did not sleep. Now my son says he is from Devon]]’, she said. She said [[i @ref ~said|that she works as a dental nurse and that her husband is still serving near Zaporizhzhia]].

Her host, Jenny Caldwell, a retired teacher, said [[i @host ~said|that the council had paid her £350 a month towards the costs]]. ‘[[d @host|People ask if I would do it again. Of course I would. They were never a burden.]]’ Asked whether she would take in another family, she said: ‘[[d @host ~said +supportive_of_ukraine #|If they need a room, they can have it. As long as that war goes on, this door stays open.]]’

Graham Foster, who leads the housing team at the district council, said [[i @cou ~said|that 38 Ukrainian households still live with hosts in the district, down from 160 at the peak]]. ‘[[d @cou|Finding them private rentals is the hard part. The waiting list is long for everyone.]]’

Andrew Pike, the local MP, said [[i @mp ~said +supportive_of_ukraine|that the town had shown what British solidarity with Ukraine looks like]]. ‘[[d @mp +supportive_of_ukraine #|I want the scheme to continue, and I will keep making that case in Westminster.]]’

A Home Office spokesperson said [[i @ho ~said|that visa extensions under the scheme would be decided before the summer]].
""")

article("nl-sc3-11-graancorridor", "2025-09",
        "hav=Dmytro Shevtsjoek|Shevtsjoek; ana=Willemijn Kooistra|Kooistra; min=Frank Jansma|Jansma; tur=een Turkse diplomaat; ver=Hein Mulder|Mulder; rus=een Russische woordvoerder", """
Graanexport uit Odesa op hoogste niveau sinds begin van de oorlog

ODESA - Via de havens van Odesa is in augustus meer graan verscheept dan in welke maand ook sinds februari 2022. Dat meldt de Oekraïense havenautoriteit.

Havendirecteur Dmytro Shevtsjoek zei [[i @hav ~zei|dat er in augustus 6,4 miljoen ton is vertrokken, vooral maïs en tarwe]]. „[[d @hav|De schepen varen dicht langs de kust, onder bescherming van onze marine. Elke week is er wel een luchtalarm in de haven.]]”

Marien analist Willemijn Kooistra legt uit [[i @ana ~legt_uit|dat de Russische vloot zich na een reeks aanvallen grotendeels heeft teruggetrokken naar het oosten van de Zwarte Zee]]. „[[d @ana ~zegt|Dat heeft de corridor mogelijk gemaakt, niet een akkoord. Het is militair gewonnen ruimte.]]”, zegt ze.

Een Turkse diplomaat zei [[i @tur ~zei +mediation_offer|dat Ankara bereid blijft om opnieuw gesprekken tussen Moskou en Kyiv over de scheepvaart op de Zwarte Zee te organiseren]].

Een Russische woordvoerder noemde [[m @rus ~noemde|de corridor „een dekmantel voor wapentransporten”]].

Minister van Landbouw Frank Jansma zei bij een bezoek aan de haven [[i @min ~zei +supportive_of_ukraine|dat Nederland Oekraïne helpt de havens verder te beveiligen en te herstellen]]. „[[d @min +supportive_of_ukraine #|Wat hier gebeurt, is van belang voor de hele wereld. Daarom staan wij naast Oekraïne.]]”

Graanhandelaar Hein Mulder uit Rotterdam merkt het aan de prijzen. „[[d @ver ~zegt|De tarweprijs is sinds juni met een tiende gedaald. Voor onze klanten is dat goed nieuws, voor de Europese boeren minder.]]”, zegt hij.
""")
article("en-sc3-03-front-analysis", "2026-03",
        "ana=Colonel (ret.) James Whitaker|Whitaker; ana2=Irina Sokolova|Sokolova; ukr=a Ukrainian battalion commander|battalion commander; kre=a Kremlin spokesman|Kremlin; min=Elena Marsh|Marsh; swi=a Swiss foreign ministry official|Swiss official", """
Analysis: a slow grind in the east, and no sign of a breakthrough

KYIV - Three months into the winter offensive, Russian forces have advanced roughly twelve kilometres along the Pokrovsk axis, at a cost that Western analysts describe as staggering.

"[[d @ana ~said|This is attritional warfare in its purest form. Russia is trading men for villages, and it can keep doing that for a while,]]" said Colonel (ret.) James Whitaker, a former British defence attaché. He said [[i @ana ~said|that Ukrainian brigades were short of infantry rather than of equipment]].

Irina Sokolova, who tracks the front for an independent research group, said [[i @ana2 ~said|that Russia had lost more than 400 armoured vehicles since December]]. "[[d @ana2|Drones now decide most engagements. Whoever produces more of them, faster, holds the ground.]]"

A Ukrainian battalion commander near Myrnohrad, who asked not to be named, said [[i @ukr ~said|that his unit had been at half strength since January]]. "[[d @ukr|We hold the line. But every week the same men go back in.]]"

A Kremlin spokesman said [[i @kre ~said|that the offensive was proceeding according to plan]].

British Foreign Office minister Elena Marsh, visiting Kyiv, said [[i @min ~said +supportive_of_ukraine|that Britain would fund another 100,000 drones for Ukrainian units this year]]. "[[d @min +supportive_of_ukraine #|They asked for drones, so we are sending drones. We will be here for as long as it takes,]]" she said.

A Swiss foreign ministry official said [[i @swi ~said +mediation_offer|that Bern remained ready to host talks between the two sides at any level]]. Whitaker was doubtful. "[[d @ana ~said|Nobody negotiates seriously while they think they are winning,]]" he said.
""")

article("nl-sc3-16-stroomnet-winter", "2025-11",
        "ukr=Oleh Tkachenko|Tkachenko; ana=Jaap Westerveld|Westerveld; min=Ingrid Kuipers|Kuipers; ten=een woordvoerder van TenneT|woordvoerder; kam=Bram Hoogland|Hoogland", """
Nederland stuurt transformatoren naar Oekraïne voor de winter

Nederland stuurt deze maand twaalf grote transformatoren naar Oekraïne om het zwaar beschadigde stroomnet door de winter te helpen. Netbeheerder TenneT haalt ze uit de eigen reservevoorraad.

Oleh Tkachenko van de Oekraïense netbeheerder zei [[i @ukr ~zei|dat sinds september ruim de helft van de opwekcapaciteit is beschadigd of vernietigd]]. „[[d @ukr|In Kyiv is er nu gemiddeld acht uur per dag stroom. Elke transformator die we kunnen vervangen, telt.]]”

Een woordvoerder van TenneT liet weten [[i @ten ~liet_weten|dat de transformatoren per schip naar Gdańsk gaan en daarna per trein verder]]. „[[d @ten ~zei|Het transport duurt ongeveer drie weken. Voor onze eigen leveringszekerheid heeft dit geen gevolgen.]]”, zei hij.

Minister van Klimaat en Groene Groei Ingrid Kuipers zei [[i @min ~zei +supportive_of_ukraine|dat Nederland Oekraïne helpt om deze winter licht en warmte te houden]]. „[[d @min +supportive_of_ukraine #|Rusland probeert de bevolking te laten bevriezen. Dat laten we niet gebeuren, en daarom doen we dit.]]”

Energie-analist Jaap Westerveld zegt [[i @ana ~zegt|dat Russische aanvallen zich steeds vaker op onderstations richten]]. „[[d @ana|Die zijn moeilijk te beschermen en duur om te vervangen. Het is een race tussen repareren en kapotmaken.]]”

Kamerlid Bram Hoogland vroeg [[i @kam ~vroeg|wie de kosten van 18 miljoen euro draagt]]. Kuipers antwoordde [[i @min ~antwoordde|dat het bedrag uit de Oekraïne-reservering komt]].
""")

# === 2. other subjects, no labels ==========================================

article("nl-sc3-12-voetbal-steun", "2025-10",
        "tr=Erik van Dijken|Van Dijken; cap=Mo Amrani|Amrani; sup=Gert Jan Wessels|Wessels; bes=de clubleiding", """
Van Dijken rekent na nederlaag op steun van het eigen publiek

Na de derde nederlaag op rij staat de ploeg van trainer Erik van Dijken op de zestiende plaats. Zaterdag wacht de thuiswedstrijd tegen de koploper.

,,[[d @tr ~zei|We hebben de steun van het publiek zaterdag harder nodig dan ooit. Als het stadion achter ons staat, zijn we een ander team.]]'', zei Van Dijken op de persconferentie. Hij gaf toe [[i @tr ~gaf_toe|dat de verdediging in de laatste drie duels te veel ruimte weggaf]].

Aanvoerder Mo Amrani zei [[i @cap ~zei|dat de spelersgroep volledig achter de trainer staat]]. ,,[[d @cap|Wij blijven vechten voor elkaar. Zo lang als nodig, ook als het tegenzit.]]''

Gert Jan Wessels van de supportersvereniging liet weten [[i @sup ~liet_weten|dat de vereniging een sfeeractie voorbereidt met tweeduizend vlaggen]]. ,,[[d @sup|We laten de jongens niet alleen. Dat hebben we nooit gedaan.]]''

[[i @bes ~aldus|Een trainerswissel is op dit moment niet aan de orde]], aldus de clubleiding in een verklaring.
""")

article("nl-sc3-13-levering-chips", "2026-03",
        "ceo=Annemiek Hol|Hol; cfo=Robert Staal|Staal; ana=Jeroen Bosman|Bosman; vak=Linda Groen|Groen", """
Chipmachinebouwer verwacht vertraging bij leveringen aan Aziatische klanten

EINDHOVEN - Een toeleverancier van de chipindustrie uit Eindhoven waarschuwt voor vertraging bij de levering van machines aan klanten in Azië. Het aandeel daalde donderdag ruim 6 procent.

Topvrouw Annemiek Hol zei [[i @ceo ~zei|dat een onderdeel van een Duitse leverancier maandenlang niet beschikbaar was]]. „[[d @ceo|De eerste levering staat nu voor juni gepland in plaats van maart. Onze klanten zijn daarover geïnformeerd.]]”

Financieel directeur Robert Staal verwacht [[i @cfo ~verwacht ?|dat de omzet over het hele jaar toch met ongeveer 8 procent groeit]]. „[[d @cfo ~zei|We blijven leveren, alleen later dan we wilden.]]”, zei hij.

Analist Jeroen Bosman noemde [[m @ana ~noemde|de waarschuwing „vervelend, maar geen ramp”]]. [[i @ana ~aldus|Het orderboek is nog altijd goed gevuld]], aldus Bosman.

Vakbondsbestuurder Linda Groen vroeg [[i @vak ~vroeg|of de vertraging gevolgen heeft voor de 300 uitzendkrachten in de fabriek]]. Het bedrijf wilde daar niet op reageren.
""")

article("nl-sc3-14-rechtszaak-fraude", "2025-06",
        "ovj=Iris Brouwer|Brouwer; adv=Koen Maassen|Maassen; ver=Dirk Veldhuis|Veldhuis; rb=de rechtbank", """
Twee jaar cel geëist tegen oprichter hulpstichting om verduisterde giften

ARNHEM - Het Openbaar Ministerie eist twee jaar cel tegen de 48-jarige oprichter van een stichting die zei hulpgoederen naar Oost-Europa te brengen. Hij zou ruim 300.000 euro aan giften voor zichzelf hebben gebruikt.

Officier van justitie Iris Brouwer zei [[i @ovj ~zei|dat de verdachte nauwelijks hulp heeft geleverd en het geld aan auto's en reizen besteedde]]. „[[d @ovj ~zei|Mensen gaven uit goedheid. Hij heeft die goedheid schaamteloos misbruikt.]]”, zei ze.

Advocaat Koen Maassen bepleitte vrijspraak voor een deel van de feiten. [[i @adv ~stelde|De stichting heeft wel degelijk vier transporten met goederen uitgevoerd]], stelde hij. „[[d @adv|Mijn cliënt was een slechte boekhouder, geen oplichter.]]”

De verdachte zelf zei [[i @ver ~zei|dat hij spijt heeft van de chaos in de administratie]].

[[i @rb ~aldus|Uitspraak volgt over twee weken]], aldus de rechtbank.
""")

article("nl-sc3-15-voedselbank", "2025-12",
        "coo=Ria Verschoor|Verschoor; weth=Hans de Ruiter|De Ruiter; vrw=Ahmed Karimi|Karimi; kl=een klant", """
Voedselbank Gouda helpt recordaantal gezinnen

GOUDA - De Voedselbank Gouda helpt deze winter 412 huishoudens, meer dan ooit. Vooral werkende gezinnen met kinderen kloppen vaker aan.

,,[[d @coo ~zegt|Vijf jaar geleden kwamen hier vooral mensen met een uitkering. Nu staan er ouders met twee banen in de rij.]]'', zegt coördinator Ria Verschoor. Ze zegt [[i @coo ~zegt|dat de voedselbank elke week zo'n zestig nieuwe aanmeldingen krijgt]].

Wethouder Hans de Ruiter kondigde aan [[i @weth ~kondigde_aan|dat de gemeente de voedselbank dit jaar met 25.000 euro extra steunt]]. ,,[[d @weth|Dat blijven we doen zolang het nodig is. Niemand in Gouda hoort met honger naar bed te gaan.]]''

Vrijwilliger Ahmed Karimi merkt [[i @vrw ~merkt ?|dat de schaamte minder wordt]]. ,,[[d @vrw ~zegt|Mensen zeggen nu gewoon: ik red het niet. Dat vind ik eigenlijk goed.]]''

,,[[d @kl ~zegt|Zonder dit pakket haal ik het eind van de maand niet]]'', zegt een klant die anoniem wil blijven.
""")
article("en-sc3-04-council-bins", "2025-09",
        "cll=Sarah Bennett|Bennett; opp=Tom Reeve|Reeve; res=Margaret Hale|Hale; cou=the council", """
Council backs new bin collection plan despite opposition protest

Councillors voted 31 to 22 on Wednesday to move household rubbish collections to every three weeks from April, after a heated two-hour debate.

Councillor Sarah Bennett, who leads on the environment, said [[i @cll ~said|that the change would save £1.4 million a year and raise recycling rates]]. "[[d @cll|Other councils have done this and their streets did not fill up with rubbish. We have looked at the figures carefully.]]"

Opposition leader Tom Reeve called [[m @opp ~called|the plan "a tax rise by the back door"]]. "[[d @opp ~said|Families with small children will be hit hardest. We will support any resident who wants to fight this,]]" he said.

Margaret Hale, 71, who watched from the public gallery, said [[i @res ~said|that she had collected 2,000 signatures against the plan]].

[[i @cou ~said|Larger bins would be delivered free of charge to households of five or more]], the council said.
""")
# --- end of articles --------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    return ARTICLES.main(argv)


if __name__ == "__main__":
    sys.exit(main())
