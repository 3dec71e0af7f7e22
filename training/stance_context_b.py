"""Build the second stance context training set ``training/data/stance_context_b_nl.jsonl``.

Run from the repository root::

    python training/stance_context_b.py            # writes training/data/stance_context_b_nl.jsonl
    python training/stance_context_b.py --check    # verify the file is up to date
    python training/stance_context_b.py --stats    # print counts (also per label and context)

A second batch next to ``stance_context.py``, with the same purpose (quotes whose
stance is often readable only from the text around them) but written in other
styles than wire copy: long background pieces with several speakers, Flemish
press, regional papers, live blogs with time stamps, interviews in which a
question gives the topic and the answers float, reports of radio and TV talk
shows ("zei hij in Op1", "aan tafel bij De Afspraak"), parliamentary debates
with many short exchanges, columns that quote people, and English-language wire
and broadsheet pieces.

1. About 32 articles on the topics of the labels (aid to Ukraine, NATO, offers to
   mediate or host talks in Russia-Ukraine, Sudan, Armenia-Azerbaijan,
   Israel-Gaza, DR Congo-Rwanda, Serbia-Kosovo).  As in real news, most quotes
   in them carry no label: practicalities, neutral analysis, critics, Russian
   officials, people who doubt or reject someone else's mediation offer, calls
   to negotiate without an offer, questions, hedged or conditional support,
   support for someone else's mediation, aid fatigue.  Many labeled quotes are
   elliptical or refer back ("Dat blijven we doen", "Dit is een historisch
   moment", an interview answer whose question gives the topic, a cue that
   carries the stance: "zegde toe", "bood aan").
2. About 18 articles on other subjects (sport, labour disputes, business,
   courts, local politics, health, climate, culture, education, traffic)
   without any label, full of the labels' vocabulary in other senses.
3. Twelve articles are in English (ids ``en-sb...``; ``lang`` is ``en``).

Labels follow ``training/data/README.md`` ("Labels", "Several labels or none"),
decided on what the speaker says *read in its context*; the journalist's
sentences give a quote no label by themselves.  Markup, speaker tables and span
conventions are those of ``build_gold.py`` and ``training/data/GOLD_GUIDE.md``
(every quote of every article is annotated).  As in ``stance_context.py`` the
extra token ``#`` marks a quote whose stance (a label or the deliberate absence
of one) can only be decided from its context; it is removed before the markup
is parsed and counted by ``--stats``.  In English articles an indirect span
starts at *that* when there is one, as Dutch spans start at *dat*.

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
ARTICLES = ContextArticles(ROOT / "training" / "data" / "stance_context_b_nl.jsonl", "stance_context_b.py")
article = ARTICLES.article


# --- articles ---------------------------------------------------------------

# === 1. on-topic articles (Dutch) ==========================================

article("nl-sb01-vrt-miljard", "2025-10",
        "vdw=Pieter Vandeweghe|Vandeweghe; verm=Kurt Vermassen|Vermassen;"
        " amr=Nadia El Amrani|El Amrani; lef=Jonas Lefevre|Lefevre;"
        " kov=Olena Kovalenko|Kovalenko; bron=een bron binnen de regering; imp=onbekend", """
Regering houdt vast aan miljard voor Oekraïne, eerste F-16's vertrekken in het voorjaar

De federale regering trekt ook volgend jaar een miljard euro uit voor militaire steun aan Oekraïne. Dat heeft het kernkabinet in de nacht van donderdag op vrijdag beslist, na urenlang gesteggel over de begroting. Tegelijk raakte bekend [[i @imp ~raakte_bekend ?|dat de eerste twee F-16's die België twee jaar geleden beloofde, in het voorjaar vertrekken]].

“[[d @vdw ~zei +supportive_of_ukraine #|Dat engagement heeft nooit ter discussie gestaan, ook niet om drie uur 's nachts]]”, zei minister van Defensie Pieter Vandeweghe vrijdagochtend in De ochtend op Radio 1. “[[d @vdw +supportive_of_ukraine #|Wie dacht dat België zijn woord zou terugnemen zodra het krap wordt, kent ons slecht.]]”

Over de timing van de toestellen bleef hij voorzichtig. Vandeweghe herhaalde [[m @vdw ~herhaalde +supportive_of_ukraine|dat België „zolang als nodig” militaire steun aan Oekraïne blijft leveren]]. Hij legde uit [[i @vdw ~legde_uit|dat elke F-16 eerst een onderhoudsbeurt van ongeveer zes weken krijgt in Kleine-Brogel en dat de piloten hun laatste vluchten in Denemarken doen]]. Volgens een bron binnen de regering [[i @bron ~volgens|lag er even een voorstel op tafel om het miljard over twee begrotingsjaren te spreiden]].

In de oppositie viel de beslissing slecht. “[[d @verm ~reageerde #|Een miljard. Elk jaar opnieuw. En onze gepensioneerden wachten nog altijd op hun correcte indexering]]”, reageerde Vlaams Belang-Kamerlid Kurt Vermassen. PVDA-fractieleider Nadia El Amrani zei [[m @amr ~zei #|dat België „beter één vredesinitiatief steunt dan nog eens twee gevechtsvliegtuigen”]].

Militair expert Jonas Lefevre van de Koninklijke Militaire School relativeert het belang van de toestellen. “[[d @lef ~zegt|Twee F-16's veranderen niets aan de frontlijn. Wat telt, is dat Moskou ziet dat de Europese steun niet opdroogt als het ergens een paar maanden stroef gaat]]”, zegt hij. Volgens Lefevre [[i @lef ~volgens|heeft Oekraïne meer aan luchtafweer en onderdelen dan aan extra toestellen]].

De Oekraïense ambassadrice in Brussel, Olena Kovalenko, bedankte de regering via X. “[[d @kov ~bedankte +supportive_of_ukraine #|We rekenen erop dat ze nog voor de zomer boven Oekraïne vliegen. Elke week telt.]]”
""")

article("nl-sb02-op1-oostflank", "2025-11",
        "wijn=Harm Wijnbergen|Wijnbergen; rens=Fleur Rensink|Rensink;"
        " hoog=Dennis Hoogstraten|Hoogstraten; pres=Mirjam Veldkamp|Veldkamp", """
Tafel van Op1 verdeeld over extra bataljon voor de oostflank

De NAVO-ministers van Defensie besloten dinsdag in Brussel de troepen aan de oostflank van het bondgenootschap de komende twee jaar te verdubbelen. Nederland levert daarvoor een extra bataljon, dat vanaf het najaar in Litouwen wordt gelegerd. Aan tafel bij Op1 liepen de meningen 's avonds flink uiteen.

„[[d @wijn ~zei +pro_nato #|Dit hadden we twintig jaar geleden al moeten doen. Maar beter laat dan nooit]]”, zei gepensioneerd generaal-majoor Harm Wijnbergen. Hij wees erop [[i @wijn ~wees_erop|dat de Nederlandse landmacht het bataljon voorlopig alleen kan vullen door mensen uit andere eenheden weg te halen]]. „[[d @wijn|Zonder een of andere vorm van dienstplicht halen we die aantallen nooit.]]”

Columniste Fleur Rensink was niet onder de indruk. „[[d @rens ~zei|Ik hoor de hele avond bataljons, brigades en bondgenoten. Niemand aan deze tafel vraagt wat het kost en wat we daarvoor laten liggen]]”, zei ze. Ze noemde [[m @rens ~noemde #|het debat over de oostflank „een wedstrijdje wie de grootste tank heeft”]].

Presentatrice Mirjam Veldkamp legde de vraag bij VVD-Kamerlid Dennis Hoogstraten neer. „[[d @pres ~vroeg|Wie gaat dat betalen, meneer Hoogstraten?]]”, vroeg ze.

„[[d @hoog ~antwoordde|Wij allemaal. En dat is goedkoper dan de rekening die we krijgen als het misgaat]]”, antwoordde hij. „[[d @hoog +pro_nato #|Als één bondgenoot gaat wankelen, ziet Poetin een opening. Daarom staan we daar, met de Duitsers en de Litouwers, schouder aan schouder.]]”

Rensink schudde het hoofd. „[[d @rens ~zei #|Schouder aan schouder. Dat zeiden ze over Afghanistan ook]]”, zei ze.

Hoogstraten kondigde aan [[i @hoog ~kondigde_aan|dat hij de minister deze week schriftelijke vragen stelt over de werving]]. Wijnbergen kreeg het laatste woord. „[[d @wijn ~zei +pro_nato #|Een afschrikking die alleen op papier staat, schrikt niemand af. Dit besluit maakt haar echt]]”, zei hij.
""")

article("nl-sb03-liveblog-charkiv", "2025-12",
        "bond=Serhij Bondar|Bondar; verh=Eline Verhoef|Verhoef;"
        " krem=een woordvoerder van het Kremlin; perr=Nicolas Perret|Perret;"
        " ukr=Dmytro Savchuk|Savchuk; dui=een woordvoerder van het Duitse ministerie van Defensie;"
        " door=Bram Doornbos|Doornbos; hon=Gábor Szalai|Szalai; zal=Piotr Zalewski|Zalewski", """
Liveblog oorlog in Oekraïne | Nachtelijke droneaanval op Charkiv, Genève biedt zich opnieuw aan

07.45 uur – Charkiv is vannacht opnieuw doelwit geweest van een droneaanval. Gouverneur Serhij Bondar meldt op Telegram [[i @bond ~meldt|dat er elf drones op de stad zijn afgevuurd, dat twee mensen lichtgewond zijn en dat in een deel van de stad de stroom is uitgevallen]].

09.12 uur – Minister van Buitenlandse Zaken Eline Verhoef reageert op X op de beelden uit Charkiv. „[[d @verh ~reageert +supportive_of_ukraine #|Nederland levert deze winter nog twee extra Patriot-lanceerinrichtingen. Precies voor nachten als deze.]]”

10.30 uur – Een woordvoerder van het Kremlin stelt [[i @krem ~stelt|dat de aanvallen uitsluitend gericht waren op militaire doelen en op de energie-infrastructuur die het Oekraïense leger gebruikt]].

11.55 uur – Gisteren liepen in Abu Dhabi de gesprekken over een nieuwe uitwisseling van krijgsgevangenen vast. Zwitserland staat klaar om het over te nemen. Woordvoerder Nicolas Perret van het Zwitserse ministerie van Buitenlandse Zaken laat weten [[i @perr ~laat_weten +mediation_offer #|dat Genève beschikbaar is zodra beide partijen willen hervatten, met zaal, tolken en beveiliging]].

13.20 uur – In Kyiv wordt koel gereageerd. „[[d @ukr ~zegt #|We waarderen elk aanbod. Maar eerst moet Moskou de lijsten aanvullen die het ons al maanden schuldig is]]”, zegt Dmytro Savchuk van de Oekraïense coördinatiestaf voor krijgsgevangenen.

14.05 uur – Berlijn stuurt meer luchtafweer. Een woordvoerder van het Duitse ministerie van Defensie zegde toe [[i @dui ~zegde_toe +supportive_of_ukraine #|dat de vier beloofde IRIS-T-systemen nog voor het voorjaar in Oekraïne staan]].

16.40 uur – Volgens militair analist Bram Doornbos [[i @door ~volgens|zal Rusland de aanvallen op centrales en onderstations opvoeren naarmate het kouder wordt]]. „[[d @door|Dat patroon zien we nu voor de vierde winter op rij. Het doel is niet militair, het is de moraal.]]”

18.10 uur – Hongarije houdt het nieuwe Europese sanctiepakket voorlopig tegen. De Hongaarse staatssecretaris Gábor Szalai zei in Brussel [[i @hon ~zei|dat Boedapest pas instemt als de uitzonderingen voor Russisch gas en olie blijven bestaan]]. „[[d @hon #|Wij gaan onze eigen economie niet opofferen. Niet voor dit pakket, niet voor het volgende.]]”

19.30 uur – De Poolse minister van Defensie Piotr Zalewski kondigt een nieuw Pools pakket aan. Hij zei [[i @zal ~zei +supportive_of_ukraine|dat Polen Oekraïne deze winter voor 300 miljoen euro aan munitie en luchtafweerraketten levert, bovenop de bestaande steun]].
""")

article("nl-sb04-kamer-steunpakket", "2026-01",
        "vers=Anouk Verschoor|Verschoor; kap=Ronald Kapteijn|Kapteijn;"
        " bouz=Samira Bouzidi|Bouzidi; wes=Jeroen Wessels|Wessels;"
        " rad=Hanneke Rademaker|Rademaker; hof=Wim Hofstee|Hofstee;"
        " dor=Lieke Dorrestein|Dorrestein; vz=de Kamervoorzitter|Kamervoorzitter", """
Kamer botst over nieuw steunpakket van 3,5 miljard euro

Het ging er donderdag stevig aan toe in de Tweede Kamer, tijdens het debat over het steunpakket van 3,5 miljard euro dat het kabinet volgend jaar aan Oekraïne wil geven.

„[[d @kap ~opende|Drie en een half miljard. Voor een oorlog die niet de onze is]]”, opende PVV-Kamerlid Ronald Kapteijn.

„[[d @vers ~kaatste_terug +supportive_of_ukraine #|Het wordt wel onze oorlog als hij niet in Oekraïne stopt]]”, kaatste minister van Defensie Anouk Verschoor terug.

„[[d @kap ~reageerde|Dat zegt u nu al drie jaar]]”, reageerde Kapteijn.

GroenLinks-PvdA-Kamerlid Samira Bouzidi richtte zich op de winter. „[[d @bouz ~zei +supportive_of_ukraine #|Steun is meer dan granaten. Wat doen we voor de centrales die nu plat liggen?]]”, zei ze. Verschoor antwoordde [[i @vers ~antwoordde +supportive_of_ukraine #|dat er tweehonderd miljoen in zit voor generatoren, transformatoren en het herstel van het stroomnet]].

SP-Kamerlid Jeroen Wessels had een andere vraag. „[[d @wes ~vroeg|Waar is het vredesplan van dit kabinet? Ik zie een bestelformulier, geen strategie]]”, vroeg hij. Hij pleitte ervoor [[i @wes ~pleitte_ervoor #|dat Nederland zich aansluit bij de landen die aandringen op een staakt-het-vuren langs de huidige frontlinie]].

CDA-Kamerlid Hanneke Rademaker koos haar woorden zorgvuldig. „[[d @rad ~zei #|Wij steunen dit pakket. Maar niet zonder een controle die laat zien waar elke euro terechtkomt]]”, zei ze. Ze kondigde een motie aan voor een halfjaarlijkse rapportage.

„[[d @hof ~zei #|Mijn boeren vragen me elke week: en wij dan?]]”, zei BBB-Kamerlid Wim Hofstee. „[[d @hof|Ik heb daar geen goed antwoord op. U wel, minister?]]”

Verschoor zei [[i @vers ~zei|dat het geld komt uit de reservering die de Kamer vorig jaar al goedkeurde en dat er dus niet op andere posten wordt bezuinigd]].

D66-Kamerlid Lieke Dorrestein greep in de tweede termijn terug op het betoog van Kapteijn. „[[d @dor ~zei +supportive_of_ukraine #|Elke maand dat wij hier twijfelen, betalen Oekraïners met hun leven. Ik teken voor dit pakket, en voor het volgende]]”, zei ze.

Verschoor sloot het debat af zoals ze het begon. „[[d @vers ~zei +supportive_of_ukraine|Nederland blijft Oekraïne steunen, politiek, militair en financieel. Daar is dit kabinet het over eens]]”, zei ze.

De Kamervoorzitter maakte aan het eind bekend [[i @vz ~maakte_bekend|dat er dinsdag over het pakket en de ingediende moties wordt gestemd]].
""")

article("nl-sb05-interview-soedan", "2025-09",
        "hal=Ingrid Halvorsen|Halvorsen; leg=het leger|het Soedanese leger", """
‘[[d @hal|Optimisme hoort bij het vak]]’

Al ruim twee jaar woedt in Soedan een oorlog tussen het leger en de paramilitaire RSF. Miljoenen mensen zijn op de vlucht, in Darfur heerst hongersnood. Noorwegen hoort bij de landen die de vastgelopen gesprekken weer op gang proberen te krijgen. We spraken de Noorse speciaal gezant voor Soedan, Ingrid Halvorsen, in haar kantoor in Oslo.

De gesprekken in Jeddah liggen al maanden stil. Zijn ze dood?

„[[d @hal|Dood is een groot woord. Ze slapen. En wie slaapt, kan wakker worden gemaakt.]]”

Zou Noorwegen zelf gastheer willen zijn?

„[[d @hal +mediation_offer #|Ja. Als beide delegaties willen komen, regelen wij de rest: de zaal, de vluchten, de beveiliging. Dat ligt er al sinds het voorjaar.]]”

Het leger zegt [[i @leg ~zegt|dat het niet aan tafel gaat zolang de RSF steden bezet houdt]].

„[[d @hal #|Dat hoor ik elke week, van beide kanten. En ondertussen sterven er in El Fasher kinderen van de honger.]]”

De Afrikaanse Unie wil de gesprekken zelf leiden. Staat dat uw plannen in de weg?

„[[d @hal #|Integendeel. Als Addis Abeba het voortouw neemt, steunen wij dat volmondig. Wie het gesprek leidt, maakt mij niet uit.]]”

Wat kan Europa doen?

„[[d @hal|Minder verklaringen en meer geld voor voedselhulp. Het Wereldvoedselprogramma krijgt nog geen derde van wat het nodig heeft.]]”

En de landen die wapens leveren aan de strijdende partijen?

„[[d @hal|Die kent iedereen. Ik ga ze hier niet opnoemen, dat helpt mijn werk niet.]]”

Bent u optimistisch?

„[[d @hal|Ik ben diplomaat. Optimisme hoort bij het vak. Maar ik heb ook geleerd dat een wapenstilstand pas iets betekent als de vrachtwagens met graan er echt doorheen komen.]]”
""")

article("nl-sb06-regio-opvang", "2025-10",
        "sch=Karin Scholten|Scholten; nij=Erik Nijhof|Nijhof; oks=Oksana|Oksana;"
        " men=Gerda Mensink|Mensink; dijk=Henk Dijkhuis|Dijkhuis; slag=Bert Slaghekke|Slaghekke", """
Hardenberg verlengt opvang Oekraïners tot 2027

De gemeente Hardenberg verlengt de opvang van de 146 Oekraïense vluchtelingen in het voormalige verzorgingshuis aan de Bruchterweg met nog eens anderhalf jaar. Dat besloot de gemeenteraad dinsdagavond met ruime meerderheid.

,,[[d @sch ~zei +supportive_of_ukraine #|Deze mensen zitten hier niet voor hun plezier. Zolang het in hun land oorlog is, blijft onze deur open]]'', zei burgemeester Karin Scholten na afloop.

Wethouder Erik Nijhof legde uit [[i @nij ~legde_uit|dat het Rijk de kosten tot eind 2026 vergoedt en dat de gemeente daarna opnieuw met Den Haag moet praten]]. Hij noemde [[m @nij ~noemde|de afspraken met het ministerie ,,werkbaar, maar niet meer dan dat'']].

In het gebouw wonen vooral moeders met kinderen en oudere mensen. Oksana (41) uit Zaporizja woont er met haar zoon van twaalf. ,,[[d @oks ~zegt|Hij spreekt inmiddels beter Nederlands dan ik. Als we teruggaan, moet hij helemaal opnieuw beginnen]]'', zegt ze. ,,[[d @oks|Ik weet niet wat ik hem moet vertellen.]]''

Niet iedereen in de buurt is enthousiast. ,,[[d @men ~zegt #|Ik gun het ze van harte, hoor. Maar mijn kleinzoon staat al vier jaar op een wachtlijst voor een huurhuis]]'', zegt buurtbewoonster Gerda Mensink.

Raadslid Henk Dijkhuis van Gemeentebelangen stemde voor, maar noemde [[m @dijk ~noemde #|het besluit ,,logisch, alleen te vroeg genomen'']]. [[i @dijk ~zei|Hij had liever gewacht tot na de landelijke verkiezingen]], zei hij.

Bert Slaghekke, eigenaar van een metaalbedrijf op het industrieterrein, is blij met de beslissing. ,,[[d @slag ~zegt|Zonder mijn drie Oekraïense lassers had ik dit jaar twee grote orders moeten weigeren]]'', zegt hij.

Scholten zei verder [[i @sch ~zei|dat de gemeente een sporthal achter de hand houdt voor het geval er deze winter een nieuwe groep komt]]. ,,[[d @sch +supportive_of_ukraine #|Als er weer mensen voor de deur staan, zeggen we geen nee. Dat hebben we in 2022 niet gedaan en dat doen we nu ook niet.]]''
""")

article("nl-sb07-kaukasus-weg", "2025-11",
        "hak=Armen Hakobyan|Hakobyan; mam=Elnur Mammadli|Mammadli; ber=Nino Beridze|Beridze;"
        " rus=een Russische viceminister van Buitenlandse Zaken; dec=Lieve Decock|Decock;"
        " gri=Gohar Grigoryan|Grigoryan", """
Vrede in de Kaukasus hangt aan een weg van 43 kilometer

Op papier zijn Armenië en Azerbeidzjan het eens. De tekst van het vredesverdrag is al maanden geparafeerd, de grens is voor een deel afgebakend, en in augustus schudden de twee leiders elkaar in Washington de hand. Toch is er nog altijd niets ondertekend.

„[[d @hak ~zegt|De tekst is klaar. Wat ontbreekt, is een handtekening, en die hangt niet van ons af]]”, zegt de Armeense viceminister van Buitenlandse Zaken Armen Hakobyan in zijn kantoor in Jerevan. Volgens hem [[i @hak ~volgens|is Armenië bereid om het verdrag morgen te tekenen]].

Bakoe ziet dat anders. Elnur Mammadli, adviseur van de Azerbeidzjaanse president, herhaalde vorige week [[i @mam ~herhaalde|dat Azerbeidzjan pas tekent als Armenië de verwijzing naar Nagorno-Karabach uit zijn grondwet schrapt]]. „[[d @mam #|Wij hebben geen bemiddelaars meer nodig. Wij praten rechtstreeks met Jerevan, en dat gaat prima.]]”

Buurland Georgië probeert toch een rol te spelen. De Georgische minister van Buitenlandse Zaken Nino Beridze bood in Tbilisi aan [[i @ber ~bood_aan +mediation_offer #|haar hoofdstad ter beschikking te stellen voor de ondertekening, of voor een laatste ronde als er nog iets moet worden rechtgezet]].

Ook Moskou meldt zich. Een Russische viceminister van Buitenlandse Zaken zei [[m @rus ~zei +mediation_offer #|dat Rusland „nog altijd bereid” is om de delegaties in Moskou samen te brengen]]. In Jerevan werd dat lauw ontvangen. „[[d @hak ~zei #|Dat aanbod hebben we gehoord. Waar was Moskou in september 2023?]]”, zei Hakobyan.

Het grootste struikelblok is een weg van 43 kilometer door de Armeense provincie Syunik, die Azerbeidzjan met zijn exclave Nachitsjevan moet verbinden. Over wie die weg beheert, wordt nog altijd gesteggeld.

Kaukasuskenner Lieve Decock van het Egmont Instituut in Brussel noemt [[m @dec ~noemt|die weg „de echte kern van het verdrag, de rest is decor”]]. „[[d @dec|Wie de weg controleert, controleert de handel tussen Turkije en Centraal-Azië. Daarom is iedereen er zo zenuwachtig over.]]”

In het grensdorp Tegh kijken ze vooral naar de heuvels aan de overkant. „[[d @gri ~zegt|Ik geloof het pas als mijn kinderen zonder angst op die heuvel kunnen spelen]]”, zegt boerin Gohar Grigoryan.
""")

article("nl-sb08-radio-gaza", "2025-11",
        "west=Jorrit Westerveld|Westerveld; isr=een woordvoerder van de Israëlische ambassade;"
        " cyp=Andreas Christodoulou|Christodoulou; egy=een Egyptische diplomaat;"
        " haz=Hanna Azzam|Azzam; kuip=Floris Kuipers|Kuipers; dipl=diplomaten in Caïro; qat=een woordvoerder van het Qatarese ministerie van Buitenlandse Zaken", """
Gesprekken over tweede fase bestand in Gaza lopen vast

De onderhandelingen over de tweede fase van het bestand in Gaza zitten muurvast. Volgens diplomaten in Caïro [[i @dipl ~volgens|gaat het vooral over de ontwapening van Hamas en de terugtrekking van Israëlische troepen uit delen van de Strook]].

Een Egyptische diplomaat zei [[i @egy ~zei +mediation_offer #|dat Caïro de delegaties volgende week opnieuw wil ontvangen, ook als er dan nog geen nieuwe tekst ligt]].

Ook Qatar blijft betrokken. Een woordvoerder van het Qatarese ministerie van Buitenlandse Zaken zei [[i @qat ~zei +mediation_offer|dat Doha beschikbaar blijft om samen met Egypte de gesprekken tussen Israël en Hamas te faciliteren]].

Minister van Buitenlandse Zaken Jorrit Westerveld reageerde in Den Haag terughoudend. „[[d @west ~zei #|Wij steunen de inspanningen van Egypte en Qatar ten volle. Het is niet aan Nederland om daar een eigen spoor naast te zetten]]”, zei hij.

Cyprus biedt wel iets aan. Regeringswoordvoerder Andreas Christodoulou zei [[i @cyp ~zei +mediation_offer #|dat Larnaca openstaat voor technische gesprekken over de zeeroute voor hulpgoederen, met Israëlische en Palestijnse functionarissen aan één tafel]].

Een woordvoerder van de Israëlische ambassade liet weten [[i @isr ~liet_weten|dat Israël geen nieuwe fase ingaat zolang niet alle lichamen van gijzelaars zijn teruggebracht]].

In Gaza zelf merken hulpverleners weinig van de diplomatie. Hanna Azzam, coördinator van een medische hulporganisatie in Khan Younis, zegt [[i @haz ~zegt|dat er per dag nog steeds te weinig vrachtwagens binnenkomen]]. „[[d @haz|We hebben verband, maar geen brandstof voor de generatoren. Een bestand op papier opereert geen patiënten.]]”

Midden-Oostenkenner Floris Kuipers is somber. „[[d @kuip ~zei|Iedereen wil bemiddelen, maar niemand wil de rekening van de wederopbouw betalen zolang niet duidelijk is wie Gaza straks bestuurt]]”, zei hij woensdagavond in Met het Oog op Morgen. Volgens Kuipers [[i @kuip ~volgens #|is het aanbod van Cyprus sympathiek, maar verandert het niets aan de kern van het probleem]].

„[[d @kuip #|Dit gaat niet over zalen of steden. Het gaat erover of twee partijen die elkaar niet vertrouwen de volgende stap durven te zetten.]]”
""")

article("nl-sb09-demorgen-congo", "2025-10",
        "del=Sofie Delanghe|Delanghe; rwa=een woordvoerster van de Rwandese regering;"
        " mbu=Patrice Mbuyi|Mbuyi; qat=een Qatarese diplomaat; ridd=Tom De Ridder|De Ridder;"
        " muk=Chantal Mukendi|Mukendi", """
België wil niet bemiddelen in Oost-Congo, maar zit er toch middenin

Het akkoord dat Congo en Rwanda in juni in Washington tekenden, heeft de gevechten in Noord- en Zuid-Kivu niet gestopt. De rebellen van M23 houden Goma en Bukavu nog altijd in handen, en de gesprekken in Doha schieten nauwelijks op. En België? Dat kijkt toe, en wordt toch voortdurend met de vinger gewezen.

“[[d @del ~zei #|België is geen bemiddelaar en wil dat ook niet zijn. We steunen het proces in Doha en Washington, dat is de plek waar het moet gebeuren]]”, zei minister van Buitenlandse Zaken Sofie Delanghe dinsdag in de Kamercommissie.

Kigali ziet dat anders. Een woordvoerster van de Rwandese regering noemde [[m @rwa ~noemde|België „geen neutrale partij, maar een land dat al dertig jaar aan één kant staat”]]. Rwanda verbrak eerder dit jaar de diplomatieke banden met ons land.

Ook in Kinshasa is het geduld op. “[[d @mbu ~zegt|Wij verwachten van Brussel sancties tegen wie onze mineralen steelt, geen mooie woorden in commissies]]”, zegt de Congolese minister van Communicatie Patrice Mbuyi.

Een Qatarese diplomaat liet woensdag weten [[m @qat ~liet_weten +mediation_offer #|dat Doha „de deur openhoudt” voor een nieuwe ronde met de regering en M23, zodra beide partijen hun delegaties opnieuw samenstellen]].

Volgens Congo-specialist Tom De Ridder van het Egmont Instituut [[i @ridd ~volgens|heeft België in Centraal-Afrika minder invloed dan het zelf denkt]]. “[[d @ridd|Brussel kan in de Europese Unie aandringen op sancties. Meer niet. Wie denkt dat een Belgische minister in Goma een akkoord kan afdwingen, leeft in 1960.]]”

In de Brusselse wijk Matonge wordt het nieuws uit Kivu op de voet gevolgd. “[[d @muk ~zegt|Mijn nichtje woont in Goma. Ze stuurt me elke avond een bericht dat ze nog leeft]]”, zegt Chantal Mukendi, die er een kapsalon uitbaat. Van de diplomatie verwacht ze weinig. “[[d @muk #|Ze praten in Qatar, ze praten in Amerika. En de gewapende mannen staan nog altijd in haar straat.]]”
""")

article("nl-sb10-kosovo-dialoog", "2026-02",
        "aal=Jens Aaltonen|Aaltonen; pet=Dragan Petković|Petković|Petkovic;"
        " kra=Arta Krasniqi|Krasniqi; jov=Milica Jovanović|Jovanović|Jovanovic;"
        " kfor=een KFOR-woordvoerder; ber=Besnik Berisha|Berisha", """
EU-gezant probeert dialoog tussen Servië en Kosovo nieuw leven in te blazen

Al meer dan een jaar hebben de leiders van Servië en Kosovo elkaar niet meer gesproken. De Europese speciale vertegenwoordiger voor de dialoog, de Fin Jens Aaltonen, reisde deze week langs Belgrado en Pristina om daar verandering in te brengen.

„[[d @aal ~zei +mediation_offer #|Mijn telefoon staat dag en nacht aan. Beide hoofdsteden weten me te vinden]]”, zei Aaltonen donderdag na afloop van zijn gesprekken in Pristina. Hij stelde voor [[i @aal ~stelde_voor +mediation_offer #|beide leiders nog voor het einde van maart in Brussel bij elkaar te brengen]].

In Belgrado reageerde men afgemeten. De Servische minister voor Kosovo, Dragan Petković, zei [[i @pet ~zei|dat Servië altijd bereid is om te praten]]. „[[d @pet #|Maar niet over erkenning. Daar hoeft niemand ons ook in Brussel naar te vragen.]]”

Kosovo wil eerst iets terugzien. Vicepremier Arta Krasniqi zei [[i @kra ~zei|dat de EU eerst de strafmaatregelen moet intrekken die ze in 2023 tegen Kosovo nam]]. „[[d @kra ~zei #|Je kunt niet tegelijk scheidsrechter zijn en één speler op de bank zetten]]”, zei ze over de rol van Brussel.

Analiste Milica Jovanović van een denktank in Belgrado verwacht weinig van de uitnodiging. „[[d @jov ~zegt|Beide regeringen hebben er binnenlands meer baat bij om niet te praten dan om te praten. Dat verandert een gezant niet]]”, zegt ze.

In het noorden van Kosovo, waar vooral Serviërs wonen, is het rustig. Een KFOR-woordvoerder omschreef [[m @kfor ~omschreef|de situatie als „kalm, maar broos”]]. De NAVO-vredesmacht heeft er sinds de schietpartij in Banjska in 2023 extra troepen gelegerd.

Voor Besnik Berisha, burgemeester van een dorp bij Mitrovica, is dat het belangrijkste. „[[d @ber ~zegt +pro_nato #|Zolang die soldaten hier rijden, slaapt mijn dorp. Zonder de NAVO was het hier al lang weer misgegaan]]”, zegt hij.
""")

article("nl-sb11-column-verzekering", "2025-07",
        "wil=Willy|mijn buurman Willy; verl=Marc Verlinden|Verlinden; min=de minister van Defensie;"
        " cla=Jolien Claes|Claes; doch=mijn dochter", """
Column | De prijs van een verzekering

Mijn buurman Willy hing zaterdag over de haag toen ik de vuilniszak buitenzette. Hij had het nieuws gezien: de NAVO-landen hebben in Den Haag afgesproken voortaan vijf procent van hun economie aan defensie en aanverwante zaken te besteden. “[[d @wil ~vroeg|Vijf procent? Voor wat? Om de Amerikanen content te houden?]]”, vroeg hij.

Ik had geen antwoord paraat. Dus belde ik Marc Verlinden, kolonel buiten dienst en oud-klasgenoot van mijn broer, die al veertig jaar over niets anders praat.

“[[d @verl ~zei +pro_nato #|Een brandverzekering betaal je ook als je huis niet brandt. Die van ons heeft 75 jaar lang niet hoeven uit te betalen, en dat is precies de bedoeling]]”, zei hij. “[[d @verl|Het probleem is niet de premie. Het probleem is dat we er twintig jaar lang te weinig voor hebben betaald en nu alles tegelijk moeten inhalen.]]”

De minister van Defensie had dezelfde avond op televisie gezegd [[m @min ~had_gezegd +pro_nato #|dat België „zijn verplichtingen tegenover de bondgenoten tot op de laatste cent” zal nakomen]]. Waar die laatste cent vandaan komt, zei hij er niet bij.

Jolien Claes van Vredesactie, die ik daarna aan de lijn kreeg, weet het wel. “[[d @cla ~zei|Uit de zorg, uit het onderwijs, uit het openbaar vervoer. Elke euro voor die norm is een euro die ergens anders verdwijnt]]”, zei ze. Volgens haar [[m @cla ~volgens #|is de vijf procent „een getal dat in Washington is bedacht en in Brussel is nagezegd”]].

Ik denk dat ze allebei gelijk hebben, en dat is het ongemakkelijke. Een verzekering is geen luxe. Maar de premie wordt wel betaald door dezelfde mensen die in de wachtkamer van de spoed zitten.

Bij het avondeten vertelde ik het aan mijn dochter van zeventien. Ze legde haar vork neer. “[[d @doch ~vroeg|Papa, moet ik dan straks ook in het leger?]]”, vroeg ze.

Ik stelde haar gerust. Maar ik merkte dat ik het zelf niet helemaal zeker wist.
""")

article("nl-sb12-hln-roemenie", "2025-12",
        "mae=Stijn Maes|Maes; dcl=Yana De Clercq|De Clercq|Yana; moe=Rita De Clercq|Rita;"
        " pop=Ioan Popa|Popa; def=Defensie|het ministerie van Defensie; wou=Kevin Wouters|Wouters", """
Kerst op 2.000 kilometer van huis: onze militairen in Roemenië

Geen kerstmarkt, wel een tent met een plastic kerstboom en een pallet speculoos uit Leopoldsburg. Zo vieren de 250 Belgische militairen in het Roemeense Cincu dit jaar de feestdagen. Ze maken deel uit van de multinationale NAVO-battlegroup die sinds 2022 in het land gelegerd is.

“[[d @mae ~zegt +pro_nato #|Wij zijn hier omdat een aanval op Roemenië een aanval op Gent of Hasselt is. Zo simpel is het]]”, zegt luitenant-kolonel Stijn Maes, die het detachement leidt. “[[d @mae #|De mensen thuis vragen soms wat we hier eigenlijk doen. Het eerlijke antwoord: zorgen dat er niets gebeurt.]]”

Korporaal Yana De Clercq (24) uit Lokeren is voor het eerst op buitenlandse opdracht. “[[d @dcl ~lacht|Het eten is oké, de wifi iets minder]]”, lacht ze. Haar moeder Rita volgt alles via WhatsApp. “[[d @moe ~zegt #|Ik ben trots op haar, echt. Maar ik tel de dagen tot maart]]”, zegt ze aan de telefoon.

In het dorp zelf zijn de buitenlandse soldaten inmiddels een vertrouwd beeld. “[[d @pop ~zegt +pro_nato #|Sinds de Belgen en de Fransen hier zijn, slapen de mensen hier rustiger. Vroeger keken we naar het oosten en dachten we: wie komt ons helpen?]]”, zegt burgemeester Ioan Popa.

Defensie laat weten [[i @def ~laat_weten|dat het detachement in maart wordt afgelost door een eenheid van het 12de/13de Bataljon Linie uit Spa]].

Sergeant Kevin Wouters staat voor de derde keer met Kerstmis in het buitenland. “[[d @wou ~zegt|Ik mis mijn dochtertje. Gisteren hebben we gevideobeld en ze liet me haar tekening zien, een kerstboom met een tank ernaast]]”, zegt hij. “[[d @wou|Ik weet niet of ik daarom moet lachen of huilen.]]”

Op kerstavond staat er stoofvlees op het menu. Het recept komt van de kok van het kamp, een Antwerpenaar die er zijn grootmoeder voor opbelde.
""")

article("nl-sb13-afspraak-tegoeden", "2025-11",
        "nop=Geert Noppe|Noppe; bae=Wim Baeten|Baeten; vos=Kateryna Vos|Vos;"
        " pres=Sien Wouters|Wouters; hen=Luc Hendrickx|Hendrickx", """
Bevroren Russische tegoeden verdelen tafel van De Afspraak

Moet België de Russische tegoeden die bij Euroclear in Brussel vastzitten, gebruiken voor een grote lening aan Oekraïne? Over die vraag gingen de gasten dinsdagavond aan tafel bij De Afspraak met elkaar in de clinch.

“[[d @nop ~zei|Juridisch is dit volledig nieuw terrein. Niemand weet wat een rechter in Dubai of Hongkong doet met een Russische klacht tegen een Belgische instelling]]”, zei econoom Geert Noppe van de KU Leuven.

Kamerlid Wim Baeten zei [[i @bae ~zei|dat zijn partij de Europese plannen niet zomaar goedkeurt]]. “[[d @bae #|Wij willen Oekraïne helpen, ja. Maar niet zolang België in zijn eentje het risico draagt voor tweehonderd miljard.]]”

Kateryna Vos, een Belgische met Oekraïense roots die in Gent een hulporganisatie leidt, reageerde scherp. “[[d @vos ~reageerde +supportive_of_ukraine #|Dat geld is van een land dat onze steden plat bombardeert. Het hoort bij de wederopbouw, niet in een kluis in Brussel]]”, zei ze.

Presentatrice Sien Wouters keerde zich naar Baeten. “[[d @pres|Dus u bent ertegen?]]”

“[[d @bae ~antwoordde #|Ik ben er niet tegen. Ik ben voor een Europese garantie. Dat is iets anders]]”, antwoordde hij. “[[d @bae|Als het misgaat, wil ik niet dat de Belgische belastingbetaler de factuur krijgt.]]”

Luc Hendrickx, die jarenlang in de financiële sector werkte, wees erop [[i @hen ~wees_erop|dat Euroclear zo'n beslissing technisch niet kan uitvoeren zonder waterdichte afspraken tussen de lidstaten]]. Volgens hem [[i @hen ~volgens|zullen andere landen hun reserves uit Europa weghalen als ze zien dat er aan beslagen tegoeden wordt geraakt]].

Vos liet het daar niet bij. “[[d @vos ~zei +supportive_of_ukraine #|Elke maand dat jullie aarzelen, wordt er in Charkiv een school minder heropgebouwd. Beslis gewoon]]”, zei ze.

Noppe probeerde een brug te slaan. “[[d @nop|Misschien is de vraag niet óf, maar hoe. Daar kunnen we het hier vanavond toch over eens zijn?]]”
""")

article("nl-sb14-gevangenenruil", "2025-08",
        "man=Saeed Al Mansoori|Al Mansoori; lys=Viktor Lysenko|Lysenko; orl=Tatjana Orlova|Orlova;"
        " hal=Natalia Hallo|Hallo; vat=een Vaticaanse diplomaat; tam=Ruud Tammes|Tammes", """
In de schaduw van de grote diplomatie ruilen Kyiv en Moskou hun gevangenen

Terwijl de grote vredesgesprekken tussen Rusland en Oekraïne telkens stranden, gaat één spoor gewoon door. Donderdag keerden 146 Oekraïense krijgsgevangenen terug naar huis, in ruil voor evenveel Russen. Het was de zoveelste uitwisseling die tot stand kwam via de Verenigde Arabische Emiraten.

„[[d @man ~zei +mediation_offer #|Er komt een volgende ronde, en de Emiraten zullen er opnieuw zijn. Daar mag niemand in Kyiv of Moskou aan twijfelen]]”, zei Saeed Al Mansoori, die voor Abu Dhabi de contacten onderhoudt, tegen de Emiratische krant The National.

De Oekraïense ombudsman Viktor Lysenko bedankte de Emiraten, maar wees er ook op [[i @lys ~wees_erop|dat er nog duizenden Oekraïners in Russische gevangenschap zitten, van wie een groot deel niet eens bij naam bekend is]]. Zijn Russische ambtgenote Tatjana Orlova verklaarde [[m @orl ~verklaarde #|dat Moskou „bereid is tot verdere uitwisselingen op basis van strikte wederkerigheid”]].

Aan de grens met Belarus, waar de bussen aankwamen, stond Natalia Hallo met een foto van haar zoon. Hij zat niet in de bus. „[[d @hal ~zei|Ik heb zijn stem al veertien maanden niet gehoord. Elke keer denk ik: nu. En elke keer is het niet nu]]”, zei ze.

Ook het Vaticaan houdt zich met het humanitaire dossier bezig, vooral met de Oekraïense kinderen die naar Rusland werden overgebracht. Een Vaticaanse diplomaat zei [[i @vat ~zei +mediation_offer #|dat de Heilige Stoel zijn kanalen naar beide regeringen openhoudt om nog meer kinderen naar hun families terug te brengen]].

Ruslandkenner Ruud Tammes ziet in de uitwisselingen het enige dat werkelijk functioneert. „[[d @tam ~zegt|Dit werkt juist omdat er geen camera's bij zijn. Niemand hoeft te winnen, niemand verliest zijn gezicht]]”, zegt hij. Volgens Tammes [[i @tam ~volgens #|moet niemand er een opstap naar vredesonderhandelingen in zien]]. „[[d @tam|Het is een boekhouding van mensen. Belangrijk, maar geen politiek.]]”
""")

article("nl-sb15-limburg-brandweer", "2025-09",
        "vst=Ilse Vandersteen|Vandersteen; jas=Dirk Jaspers|Jaspers; ola=Marc Olaerts|Olaerts;"
        " mar=Oleh Marchenko|Marchenko; bec=Jos Beckers|Beckers; bm=Hanne Lenaerts|Lenaerts", """
Twee Bilzense brandweerwagens op weg naar Oekraïne

Op het plein voor het gemeentehuis van Bilzen-Hoeselt stonden zaterdagochtend twee rode autopompen klaar voor een rit van 2.200 kilometer. Ze gaan naar Nizjyn, een stad in de regio Tsjernihiv waarmee de gemeente sinds vorig jaar een vriendschapsband heeft.

“[[d @vst ~zei +supportive_of_ukraine #|Die wagens zouden hier naar de schroothoop gaan. Daar redden ze levens. Als gemeente kun je geen betere bestemming bedenken]]”, zei schepen Ilse Vandersteen, die het project trok.

Brandweercommandant Dirk Jaspers legde uit [[i @jas ~legde_uit|dat de twee wagens volledig werden nagekeken en dat er ook drie ton materiaal mee gaat, van slangen tot ademhalingstoestellen]]. “[[d @jas|Alles is getest. Het laatste wat ze daar nodig hebben, is een pomp die het na een week begeeft.]]”

Niet iedereen in de gemeenteraad was enthousiast. “[[d @ola ~zegt #|Eerst onze eigen brandweer op orde. Het dak van de kazerne in Hoeselt lekt al twee jaar]]”, zegt oppositieraadslid Marc Olaerts, die als enige tegen stemde. Burgemeester Hanne Lenaerts zei [[i @bm ~zei|dat het dak in het voorjaar wordt hersteld en dat dat niets met de schenking te maken heeft]].

Burgemeester Oleh Marchenko van Nizjyn was via een videoverbinding aanwezig. “[[d @mar ~vertelde|Vorige maand heeft een graansilo drie dagen gebrand. We hadden één autopomp die werkte]]”, vertelde hij. Hij zei [[i @mar ~zei|dat de wagens in een kazerne aan de rand van de stad komen te staan]].

Jos Beckers (67), gepensioneerd vrachtwagenchauffeur, rijdt een van de wagens naar Polen, waar Oekraïense brandweerlui ze overnemen. “[[d @bec ~zegt +supportive_of_ukraine #|Ik heb er die 2.200 kilometer graag voor over. Zolang ik kan rijden, blijf ik dat doen]]”, zegt hij. Zijn vrouw heeft boterhammen meegegeven voor drie dagen.
""")

article("nl-sb16-noorden-navo", "2026-03",
        "lin=Päivi Lindqvist|Lindqvist; san=Erik Sandberg|Sandberg;"
        " rus=een woordvoerder van de Russische ambassade in Den Haag; kos=Jussi Koskinen|Koskinen;"
        " lgr=Sara Lindgren|Lindgren; vli=Ruben Vlietstra|Vlietstra; grens=de Finse grenswacht|grenswacht", """
Twee jaar NAVO-lid: hoe Finland en Zweden aan het bondgenootschap wennen

Het is even wennen, dat lidmaatschap. Finland trad in april 2023 toe tot de NAVO, Zweden bijna een jaar later. Beide landen waren decennialang trots op hun neutraliteit, tot de Russische inval in Oekraïne alles veranderde.

„[[d @lin ~zegt +pro_nato #|Het was de beste beslissing die we in decennia hebben genomen. Ik ken in Helsinki niemand meer die dat betwijfelt]]”, zegt de Finse ambassadeur in Den Haag, Päivi Lindqvist.

Op Gotland oefende het Zweedse leger deze winter voor het eerst samen met Nederlandse mariniers. „[[d @san ~vertelt +pro_nato #|Vroeger oefenden we alleen en hoopten we dat het nooit zover zou komen. Nu weet ik dat er een Nederlandse compagnie naast me ligt, en die weet dat ik naast haar lig]]”, vertelt kapitein Erik Sandberg.

Ook de Nederlandse compagniescommandant, majoor Ruben Vlietstra, is enthousiast. „[[d @vli ~zegt +pro_nato #|We komen volgend jaar terug. Dit is precies waar het bondgenootschap voor bedoeld is: samen oefenen, zodat niemand het ooit alleen hoeft te doen]]”, zegt hij.

Een woordvoerder van de Russische ambassade in Den Haag liet op vragen van deze krant weten [[i @rus ~liet_weten|dat de uitbreiding van de NAVO de veiligheid in Noord-Europa heeft verminderd en dat Rusland daar militair op zal reageren]].

De Finse Ruslandkenner Jussi Koskinen ziet vooral dat de grens stiller is geworden. „[[d @kos ~zegt|Onveiliger is het niet geworden. Wel stiller. Er komt bijna niemand meer over, in geen van beide richtingen]]”, zegt hij. De Finse grenswacht bevestigt [[i @grens ~bevestigt|dat de grensovergangen met Rusland sinds eind 2023 dicht zijn]].

Niet iedereen is om. Het Zweedse parlementslid Sara Lindgren van de Linkse Partij zei vorige week in het Zweedse parlement [[m @lgr ~zei|dat ze het lidmaatschap nog altijd „een historische vergissing” vindt]]. „[[d @lgr #|We hebben tweehonderd jaar vrede gehad zonder dit. Dat vergeet iedereen nu even.]]”

Lindqvist haalt er de schouders over op. „[[d @lin +pro_nato #|Neutraliteit is een luxe voor wie een rustige buurman heeft. Die hebben wij niet]]”, zegt ze.
""")

article("nl-sb17-commissie-capaciteiten", "2025-10",
        "vdw=Pieter Vandeweghe|Vandeweghe; dep=Raf Deprez|Deprez; verb=Tom Verbist|Verbist;"
        " vho=Elke Van Hoof|Van Hoof; wulf=Jens De Wulf|De Wulf; vz=Koen Meert|Meert", """
Commissie Defensie: “[[d @vho|Geheim voor het parlement, maar niet voor Moskou?]]”

In de Kamercommissie Defensie moest minister Pieter Vandeweghe woensdag uitleggen welke militaire capaciteiten België aan de NAVO heeft beloofd. Dat ging niet zonder slag of stoot.

“[[d @dep ~opende|Vier miljard extra voor de NAVO. Voor de kinderopvang vindt deze regering nooit geld]]”, opende PVDA-Kamerlid Raf Deprez.

“[[d @vdw ~antwoordde +pro_nato #|Ik vind geen geld voor de NAVO, meneer Deprez. Ik vind geld voor de veiligheid van dit land. En die veiligheid ligt in het bondgenootschap]]”, antwoordde de minister.

Vlaams Belang-Kamerlid Tom Verbist wilde het over iets anders hebben. “[[d @verb ~zei|Wij zijn voor een sterk leger. Een Belgisch leger, dat ons eigen grondgebied beschermt]]”, zei hij. Hij vroeg [[i @verb ~vroeg|of de minister kon garanderen dat er geen Belgische troepen permanent in Litouwen gestationeerd worden]].

Groen-Kamerlid Elke Van Hoof stelde zich genuanceerder op. “[[d @vho ~zei #|Ik ben niet tegen de NAVO. Maar dan wil ik wel weten welke capaciteiten we beloofd hebben, en daar krijg ik vandaag geen antwoord op]]”, zei ze.

Vandeweghe zei [[i @vdw ~zei|dat de precieze lijst van capaciteitsdoelen vertrouwelijk is en alleen in een besloten commissie kan worden besproken]].

“[[d @vho ~reageerde|Geheim voor het parlement, maar niet voor Moskou?]]”, reageerde Van Hoof.

Open VLD-Kamerlid Jens De Wulf had het debat intussen al samengevat. “[[d @wulf ~zei +pro_nato #|Eindelijk houdt dit land zijn woord tegenover de bondgenoten. Na dertig jaar uitstel mag dat ook wel eens gezegd worden]]”, zei hij.

Deprez was niet overtuigd. “[[d @dep ~zei #|Zijn woord. Het is het woord van Washington, dat u hier komt voorlezen]]”, zei hij.

Commissievoorzitter Koen Meert kondigde aan [[i @vz ~kondigde_aan|dat de besloten zitting over de capaciteitsdoelen op 12 november plaatsvindt]].
""")

article("nl-sb18-interview-oud-ambassadeur", "2025-12",
        "oos=Jan-Willem Oostenbrink|Oostenbrink", """
‘[[d @oos #|Bemiddelen laat je over aan landen die het Kremlin nog vertrouwt]]’

Jan-Willem Oostenbrink was van 2015 tot 2019 Nederlands ambassadeur in Moskou. Hij maakte het proces rond de MH17 van dichtbij mee en zag hoe de verhouding met Rusland jaar na jaar verslechterde. Sinds zijn pensioen schrijft hij, geeft hij lezingen en ergert hij zich, zoals hij zelf zegt, ‘[[d @oos ~zegt|aan iedereen die denkt dat hij het Kremlin begrijpt]]’.

Gelooft u dat er dit jaar onderhandelingen komen?

„[[d @oos|Praten moet altijd. Maar wie nu met Moskou gaat praten, moet iets te bieden hebben. Europa heeft op dit moment niets te bieden.]]”

Moet Nederland een rol spelen als bemiddelaar?

„[[d @oos #|Nee. Nederland heeft in Moskou geen enkel krediet meer, en dat ligt niet alleen aan ons. Bemiddelen laat je over aan landen die het Kremlin nog vertrouwt.]]”

Welke landen zijn dat?

„[[d @oos #|Turkije, een paar Golfstaten, misschien het Vaticaan voor de humanitaire kwesties. Niet Hongarije, wat Boedapest ook beweert.]]”

Wat moet Europa dan wel doen?

„[[d @oos +supportive_of_ukraine #|Oekraïne zo sterk maken dat het aan tafel niet hoeft te buigen. Dat is de enige weg naar een vrede die langer duurt dan één zomer.]]”

Dat klinkt als een pleidooi voor meer wapens.

„[[d @oos +supportive_of_ukraine #|Het is een pleidooi voor alles: wapens, geld, en een plek in de Europese Unie. Zonder dat laatste is de rest tijdelijk.]]”

Hoe kijkt u terug op uw jaren in Moskou?

„[[d @oos|Met verbazing over onze eigen naïviteit. We dachten echt dat handel en uitwisseling hen zouden veranderen. Ik ook, dat geef ik eerlijk toe.]]”

En als de Verenigde Staten afhaken?

„[[d @oos|Dan staan we er alleen voor. En dan merken we pas hoe weinig we de afgelopen dertig jaar zelf hebben opgebouwd.]]”
""")

article("nl-sb19-top-boedapest", "2025-10",
        "ker=Zoltán Kertész|Kertész|Kertesz; eu=een Europese diplomaat; dan=Oleksij Danylenko|Danylenko;"
        " camp=Dirk Van Campenhout|Van Campenhout; krem=een woordvoerder van het Kremlin;"
        " del=Sofie Delanghe|Delanghe; lei=Katharina Leitner|Leitner", """
Hongarije wil vredestop in Boedapest, Europa reageert ijzig

Hongarije wil gastheer zijn van een top over de oorlog in Oekraïne. Minister van Buitenlandse Zaken Zoltán Kertész bood maandag aan [[m @ker ~bood_aan +mediation_offer #|de ontmoeting in Boedapest te organiseren, „binnen enkele weken als het moet”]]. „[[d @ker +mediation_offer #|Wij hebben de zaal, wij hebben de contacten in Washington en in Moskou. Wij kunnen dit.]]”

In Brussel werd het voorstel op hoongelach onthaald. „[[d @eu ~zei #|Een top in Boedapest? In het land dat elk sanctiepakket tegenhoudt? Dat neemt hier niemand serieus]]”, zei een Europese diplomaat, die anoniem wilde blijven.

Ook Kyiv is niet enthousiast. Woordvoerder Oleksij Danylenko van het Oekraïense ministerie van Buitenlandse Zaken zei [[m @dan ~zei +supportive_of_ukraine #|dat er „geen enkele top over Oekraïne zonder Oekraïne” komt, waar die ook plaatsvindt]].

Oostenrijk schoof intussen een alternatief naar voren. De Oostenrijkse minister van Buitenlandse Zaken Katharina Leitner bood aan [[i @lei ~bood_aan +mediation_offer #|Wenen als neutrale plaats beschikbaar te stellen, mocht Boedapest voor Kyiv onaanvaardbaar blijven]].

Het Kremlin reageerde voorzichtig. Een woordvoerder zei [[m @krem ~zei|dat Moskou „elk serieus voorstel bestudeert”, maar dat er nog niets concreets op tafel ligt]].

Volgens Dirk Van Campenhout, die voor de denktank Itinera Centraal-Europa volgt, [[i @camp ~volgens|gaat het Boedapest vooral om de eigen positie]]. “[[d @camp ~zegt|Orbán wil laten zien dat hij ertoe doet, in Washington en in Moskou. Of er ook echt een top komt, is voor hem bijna bijzaak]]”, zegt hij.

De Belgische minister van Buitenlandse Zaken Sofie Delanghe hield het diplomatiek. “[[d @del ~zei +supportive_of_ukraine #|Wij steunen elke ernstige poging tot vrede. Maar dan met Oekraïne aan tafel, en niet in een stad die zelf al lang gekozen heeft]]”, zei ze bij aankomst op de Raad Buitenlandse Zaken in Luxemburg.
""")

article("nl-sb20-wederopbouw-rome", "2025-07",
        "dek=Rosalie Dekkers|Dekkers; kro=Hans Kroeze|Kroeze; slot=Petra Slot|Slot;"
        " hor=Andrij Horbenko|Horbenko; ec=Maarten Jonkers|Jonkers", """
Nederlandse bedrijven willen wel in Oekraïne bouwen, maar niet zonder vangnet

Op de conferentie over de wederopbouw van Oekraïne in Rome liepen deze week ruim vijftig Nederlandse bedrijven rond, van baggeraars tot makers van waterzuiveringsinstallaties. Ze kwamen met vragen, vooral over geld en risico.

Minister voor Buitenlandse Handel Rosalie Dekkers had iets voor ze meegenomen. Ze zegde toe [[i @dek ~zegde_toe +supportive_of_ukraine #|dat er nog eens 500 miljoen euro aan exportkredietverzekeringen beschikbaar komt voor bedrijven die in Oekraïne willen bouwen]]. „[[d @dek ~zei +supportive_of_ukraine #|Wie nu instapt, bouwt mee aan het land dat Oekraïne wil worden: vrij, welvarend en Europees]]”, zei ze.

Hans Kroeze, directeur van een middelgroot bouwbedrijf uit Zwolle, luisterde met gemengde gevoelens. „[[d @kro ~zegt #|We willen graag. Maar zonder verzekering tegen oorlogsschade stuurt geen aandeelhouder ons daarheen, hoe mooi de toespraken ook zijn]]”, zegt hij.

Petra Slot, die bij de kredietverzekeraar de Oekraïense dossiers behandelt, begrijpt die twijfel. „[[d @slot ~zegt|Wij kijken per project. Een brug in Lviv is iets anders dan een fabriek in Charkiv, op dertig kilometer van de grens]]”, zegt ze. Volgens Slot [[i @slot ~volgens|is er vooral belangstelling voor projecten in het westen van het land]].

Andrij Horbenko, loco-burgemeester van Mykolajiv, was naar Rome gekomen met een lijst. Hij vertelde [[i @hor ~vertelde|dat de helft van de waterleidingen in zijn stad moet worden vervangen sinds de Russen in 2022 de toevoer vanuit de Dnipro afsneden]]. „[[d @hor|Wij hebben ingenieurs en wij hebben plannen. Wat we niet hebben, zijn buizen en pompen.]]”

Niet iedereen was onder de indruk van de beloften. „[[d @ec ~zei|Dit is de vierde conferentie waar ik dezelfde zinnen hoor. Het geld dat echt wordt uitgegeven, is een fractie van wat er op het podium wordt beloofd]]”, zei econoom Maarten Jonkers, die de conferenties al sinds Lugano volgt.
""")

article("nl-sb21-regio-oefening-wad", "2025-10",
        "hui=Sietse Huisman|Huisman; bou=Janneke Bouma|Bouma; weh=Tjitske Wiersma|Wiersma;"
        " bas=een woordvoerder van de vliegbasis; vog=Douwe Hoekstra|Hoekstra", """
Straaljagers boven het wad: omwonenden Vliegbasis Leeuwarden klagen over herrie

Twee weken lang vliegen er boven Friesland en de Waddenzee F-35's uit zes NAVO-landen. De oefening Frisian Flag begon maandag, en de eerste klachten kwamen nog dezelfde middag binnen.

„[[d @hui ~zegt|Ik heb om half tien mijn koeien binnengehaald, ze werden helemaal gek van de herrie]]”, zegt melkveehouder Sietse Huisman uit Stiens, op een paar kilometer van de startbaan.

Basiscommandant kolonel Janneke Bouma begrijpt de overlast, maar verdedigt de oefening. „[[d @bou ~zegt +pro_nato #|Hier oefenen we met Amerikanen, Polen en Noren samen, zodat we het in het echt nooit alleen hoeven te doen. Dat is de hele gedachte achter het bondgenootschap]]”, zegt ze.

Een woordvoerder van de vliegbasis laat weten [[i @bas ~laat_weten|dat er in het weekend niet wordt gevlogen en dat de laatste vlucht op werkdagen uiterlijk om 18.00 uur landt]].

Wethouder Tjitske Wiersma van Leeuwarden zei [[i @weh ~zei|dat de gemeente de klachten verzamelt en na afloop met Defensie om tafel gaat]]. „[[d @weh #|We zijn trots op de basis, echt. Maar trots betaalt de geluidsisolatie niet.]]”

Vogelaar Douwe Hoekstra maakt zich vooral zorgen over de wadvogels in de trektijd. „[[d @vog ~zegt|In oktober zitten hier tienduizenden steltlopers. Elke keer dat er een straaljager overkomt, vliegt de hele zwerm op. Dat kost ze energie die ze nodig hebben voor de trek]]”, zegt hij.

Huisman heeft intussen een brief naar Den Haag gestuurd. „[[d @hui ~zegt #|Ik snap dat die jongens moeten oefenen. Maar waarom altijd boven ons?]]”, zegt hij.
""")

article("nl-sb22-liveblog-navotop", "2025-06",
        "spa=een woordvoerder van de Spaanse regering; tjin=Marloes Tjin|Tjin; act=Femke Zwart|Zwart;"
        " fin=Aino Heikkilä|Heikkilä|Heikkila; slot=de slotverklaring|slotverklaring; pol=de politie Haaglanden|politie;"
        " est=Kaarel Tamm|Tamm; can=Claire Beaulieu|Beaulieu", """
Liveblog NAVO-top | Spanje ligt dwars, demonstranten bij het World Forum

08.50 uur – De eerste regeringsleiders komen aan in het World Forum. De politie Haaglanden meldt [[i @pol ~meldt|dat het rond de Johan de Wittlaan rustig is en dat alle afzettingen volgens plan staan]].

09.35 uur – Spanje houdt vast aan zijn verzet tegen de nieuwe uitgavennorm van vijf procent. Een woordvoerder van de Spaanse regering zei [[i @spa ~zei|dat Madrid de doelen voor militaire capaciteiten zal halen, maar dat het geen percentage van het bbp vastlegt dat het niet kan betalen]].

10.20 uur – Minister Marloes Tjin reageert op de Spaanse opstelling. „[[d @tjin ~reageert #|Elk land heeft zijn eigen situatie, dat respecteren we]]”, zegt ze. „[[d @tjin +pro_nato #|Maar een bondgenootschap is zo sterk als de belofte die iedereen aan iedereen doet. Die belofte doen wij vandaag volledig.]]”

11.05 uur – Op het Malieveld zijn enkele honderden demonstranten bijeen. „[[d @act ~zegt|Vijf procent voor wapens, nul procent voor vrede. Dat is de rekensom van vandaag]]”, zegt Femke Zwart van een vredescoalitie.

12.40 uur – De Finse president Aino Heikkilä noemt [[m @fin ~noemt +pro_nato #|het akkoord „het sterkste signaal dat deze alliantie sinds 1949 heeft gegeven”]].

14.15 uur – De Estse minister van Defensie Kaarel Tamm wijst op de grens met Rusland. „[[d @est ~zegt +pro_nato #|Bij ons is dit geen boekhouding. Wij halen de vijf procent volgend jaar al, en dat doen we met plezier]]”, zegt hij.

15.10 uur – Ook Canada schaart zich achter het akkoord. „[[d @can ~zegt +pro_nato|Canada staat aan de zijde van zijn Europese bondgenoten, vandaag en in de jaren die komen. Artikel 5 is voor ons geen papieren belofte]]”, zegt de Canadese minister van Defensie Claire Beaulieu.

16.30 uur – De top is voorbij. In de slotverklaring staat [[i @slot ~staat ?|dat de bondgenoten zich verbinden aan een uitgavenniveau van vijf procent in 2035, met een tussentijdse evaluatie in 2029]]. Spanje heeft een eigen voetnoot gekregen.
""")

# === 1b. on-topic articles (English) =======================================

article("en-sb01-air-defence-flank", "2025-10",
        "kja=Lars Kjærgaard|Kjærgaard|Kjaergaard; off=a senior NATO official; hud=Marek Hudec|Hudec;"
        " whi=Thomas Whitfield|Whitfield; wro=Agnieszka Wróbel|Wróbel|Wrobel; krem=a Kremlin spokesman", """
NATO ministers agree to speed up air defence for eastern flank

BRUSSELS (wire) - NATO defence ministers agreed on Thursday to speed up the deployment of ground-based air defence systems along the alliance's eastern flank, after a string of drone incursions into Polish and Romanian airspace over the summer.

“[[d @kja ~said +pro_nato #|This is exactly what the alliance is for. One of us is threatened, all of us move]]”, Danish Defence Minister Lars Kjærgaard told reporters as he left the meeting. He said [[i @kja ~said +pro_nato #|that Denmark would pay for two of the new batteries and send crews to operate them alongside Polish and Lithuanian units]].

A senior NATO official, speaking on condition of anonymity, said [[i @off ~said|that the first additional batteries would be in place by the autumn and that the rest would follow in the first half of next year]]. He declined to say which countries would supply them.

Not every capital was enthusiastic about the bill. Slovak Defence Minister Marek Hudec said [[i @hud ~said|that his government had not yet decided whether to contribute]]. “[[d @hud #|We are a small country with a small budget. I will not sign something in Brussels that I cannot explain at home.]]”

U.S. Ambassador to NATO Thomas Whitfield repeated Washington's call for Europe to do more. “[[d @whi ~said #|Europe needs to carry more of this load. We have said it for years, and we mean it]]”, he said.

Polish Deputy Defence Minister Agnieszka Wróbel said [[i @wro ~said|that Poland would host four of the new batteries]]. “[[d @wro +pro_nato #|Every launcher on our border protects Berlin and Paris as much as it protects Warsaw. That is the whole point of standing together.]]”

In Moscow, a Kremlin spokesman said [[m @krem ~said|that the deployments were “a provocation” and that Russia would take “appropriate measures”]].
""")

article("en-sb02-salisbury-plain", "2025-09",
        "pri=Gareth Price|Price; tar=Taras|Taras; whit=Claire Whitmore|Whitmore;"
        " bra=Neil Bradshaw|Bradshaw; mar=Helen Marsh|Marsh", """
On Salisbury Plain, Ukrainian recruits learn in five weeks what takes others six months

The rain does not stop on Salisbury Plain, and nobody complains. In a row of muddy trenches, forty Ukrainian recruits practise clearing a position while British instructors shout instructions through an interpreter.

‘[[d @pri ~says|They arrive as accountants and plumbers and leave as infantry. I’ve been doing this for twenty years and it still humbles me]]’, says Sergeant Major Gareth Price, who has trained more than two thousand of them.

Taras, 34, ran the IT department of a logistics firm in Dnipro until last spring. His surname is withheld at his request. ‘[[d @tar ~says|I didn’t choose this war. But I know what happens to my town if we stop]]’, he says. ‘[[d @tar|My daughter thinks I am on a course. In a way, I am.]]’

The programme has trained more than fifty thousand Ukrainians since 2022. On a visit last week, the defence secretary, Claire Whitmore, said [[m @whit ~said +supportive_of_ukraine #|that it would continue ‘for as long as Kyiv needs it, and not a week less’]]. ‘[[d @whit +supportive_of_ukraine #|We will keep doing it. The British public understands exactly why.]]’

Not all of them do. Neil Bradshaw, the Reform UK MP for a constituency near the training area, said [[i @bra ~said|that he had received dozens of letters from residents about the cost]]. ‘[[d @bra #|We are training another country’s army while our own can barely fill a battalion. Somebody has to ask whether that is sensible.]]’

Dr Helen Marsh, a land warfare specialist at a London think tank, says [[i @mar ~says|that five weeks is far too short to produce experienced soldiers]]. ‘[[d @mar|It produces people who can survive their first month. What they learn after that, they learn at the front, and the front is a brutal teacher.]]’

As the light fades, the recruits climb into lorries for the drive back to camp. Someone has taped a small blue and yellow flag to the tailgate.
""")

article("en-sb03-qatar-children", "2025-11",
        "kuw=Mohammed bin Saad Al-Kuwari|Al-Kuwari; kos=Iryna Kostenko|Kostenko;"
        " vor=Yelena Voronina|Voronina; eu=an EU spokesperson; qmfa=Qatar's foreign ministry|foreign ministry; gra=Halyna Moroz|Moroz", """
Seven more Ukrainian children reunited with families after Qatari mediation

DOHA (wire) - [[i @qmfa ~said|Seven Ukrainian children who had been taken to Russia or Russian-occupied territory were reunited with their families this week]], Qatar's foreign ministry said on Wednesday, the latest group returned through talks brokered by the Gulf state.

“[[d @kuw ~said +mediation_offer #|Qatar stands ready to continue this work for every child whose family is still waiting. Our channels to both sides remain open]]”, Minister of State Mohammed bin Saad Al-Kuwari said in a statement.

Iryna Kostenko, the Ukrainian presidential office's commissioner for children's rights, thanked Doha and said [[i @kos ~said|that Kyiv had verified the names of more than 19,000 children it says were deported]]. “[[d @kos #|Seven is not a number we celebrate. It is a number that tells us how much is still left to do.]]”

Russia's children's ombudsman Yelena Voronina said [[m @vor ~said|that the children had been “evacuated from a combat zone for their own safety” and that Moscow was returning them “on humanitarian grounds”]]. Kyiv rejects that account.

In Brussels, an EU spokesperson said [[i @eu ~said #|that the bloc welcomed Qatar's efforts and supported them fully]]. The spokesperson did not say whether the EU would play a role of its own.

Halyna Moroz, whose grandson Danylo, 11, was among those returned, met him at the Ukrainian border. “[[d @gra ~said|He has grown so much. He speaks to me in Russian now, and then he stops himself and switches]]”, she said. “[[d @gra|I don't mind. He is home.]]”
""")

article("en-sb04-nairobi-sudan", "2025-06",
        "odh=Peter Odhiambo|Odhiambo; osm=Nabil Osman|Osman; ada=Yousif Adam|Adam;"
        " dia=Mohamed Diallo|Diallo; wan=Grace Wanjiru|Wanjiru; aid=aid groups", """
Kenya renews offer to host Sudan talks, army rejects Nairobi as venue

NAIROBI (wire) - Kenya on Monday renewed its offer to host peace talks between Sudan's army and the paramilitary Rapid Support Forces, a day after fighting around the city of El Fasher killed dozens of civilians.

“[[d @odh ~told +mediation_offer #|Our doors are open. Both delegations know that, and they know we can have the rooms ready in forty-eight hours]]”, Kenyan Foreign Secretary Peter Odhiambo told reporters in Nairobi.

The army-led government in Port Sudan was quick to reject the idea. Army spokesman Brigadier General Nabil Osman said [[m @osm ~said #|that Kenya “cannot be a mediator while it hosts the leaders of a militia”]]. Sudan recalled its ambassador from Nairobi earlier this year after the RSF and its allies met in the Kenyan capital.

The RSF, by contrast, welcomed the offer. “[[d @ada ~said #|We welcome the initiative of our Kenyan brothers and we will attend if invited]]”, said Yousif Adam, an adviser to the group's leadership.

The United Nations envoy for Sudan, Mohamed Diallo, avoided taking sides on the venue. He called on both parties [[i @dia ~called_on #|to agree first to a humanitarian truce around El Fasher so that food convoys could reach the city]]. “[[d @dia ~said|Where they talk matters far less than whether they talk]]”, he said.

Aid groups say [[i @aid ~say|conditions in the city are catastrophic]]. Grace Wanjiru, who coordinates food deliveries for a charity in North Darfur, said [[i @wan ~said|that her teams had not been able to reach the city for five weeks]]. “[[d @wan|We have trucks waiting in Tawila. They have been waiting so long the drivers have started going home.]]”
""")

article("en-sb05-interview-vilnius", "2025-08",
        "vai=Rasa Vaitkutė|Vaitkutė|Vaitkute", """
‘[[d @vai #|We are sixty kilometres from Belarus]]’

Rasa Vaitkutė is Lithuania's vice minister of defence. We spoke to her in Vilnius about the German brigade, the new spending target and what keeps her awake at night. The interview has been edited for length.

The German brigade is now fully deployed in Lithuania. What has changed?

“[[d @vai +pro_nato #|Everything and nothing. The threat has not moved an inch. But people in Vilnius now see German number plates at the supermarket, and that is deterrence too.]]”

Some in Western Europe say the five percent target is unrealistic.

“[[d @vai #|For them, maybe. We are sixty kilometres from Belarus. Our arithmetic is different.]]”

Would Lithuania send troops to Ukraine after a ceasefire?

“[[d @vai +supportive_of_ukraine #|If there is a mandate and partners come with us, we will not be the ones saying no. Ukraine's security is our security.]]”

Do you still trust the American commitment?

“[[d @vai +pro_nato #|I trust Article 5. It has worked for seventy-five years precisely because nobody has dared to test it.]]”

Your government has been criticised for buying mostly American equipment.

“[[d @vai|We buy what works and what we can get quickly. If a European company can deliver faster, I will sign tomorrow.]]”

What keeps you up at night?

“[[d @vai|The Suwałki gap. And the electricity grid. In that order.]]”
""")

article("en-sb06-senate-hearing", "2026-02",
        "hut=Dale Hutchins|Hutchins; alv=Karen Alvarez|Alvarez; oka=Maria Okafor|Okafor;"
        " rea=Tom Reardon|Reardon; chr=Linda Sorensen|Sorensen", """
Senators spar over Ukraine aid request in tense hearing

WASHINGTON (wire) - A Senate Foreign Relations Committee hearing on the administration's latest request for Ukraine aid turned combative on Tuesday, with senators from both parties pressing the State Department over costs, oversight and the endgame.

"[[d @hut ~asked|How much more, and for how long?]]", asked Senator Dale Hutchins, a Republican from Ohio, in his opening remarks.

"[[d @alv ~replied +supportive_of_ukraine #|As long as it takes for Ukraine to negotiate from a position of strength, and not one day less]]", replied Deputy Secretary of State Karen Alvarez.

"[[d @hut ~said #|That is not an answer. That is a slogan]]", Hutchins said. "[[d @hut #|My constituents can't afford their insulin, and you want another twelve billion for a war on the other side of the world.]]"

Senator Maria Okafor, a Democrat from Maryland, came to the witness's defense. "[[d @oka ~said +supportive_of_ukraine #|Every month we spend arguing in this room, Russia takes another village. I am ready to vote for this today]]", she said.

Alvarez told the committee [[i @alv ~told|that the administration would submit a detailed accounting of all previous tranches by the end of March]]. She said [[i @alv ~said|that inspectors general had so far found no evidence of significant diversion of weapons]].

Senator Tom Reardon, a Republican from Montana, struck a more cautious tone. "[[d @rea ~said #|I'm not against it. I just want to see a plan for how this ends before I vote for the next chapter]]", he said.

"[[d @alv ~said|The plan ends with a ceasefire that Russia actually respects. We are not there yet]]", Alvarez said.

Committee chair Linda Sorensen said [[i @chr ~said|that the committee would vote on the package next week]].
""")

article("en-sb07-almaty-caucasus", "2025-12",
        "nur=Aibek Nurlanov|Nurlanov; hus=Farid Huseynov|Huseynov; sar=Lilit Sargsyan|Sargsyan;"
        " kaz=Kazakhstan; swi=Switzerland; kes=Nora Kessler|Kessler; eum=the EU monitoring mission|EU monitoring mission", """
Kazakhstan offers Almaty again as Armenia-Azerbaijan treaty stalls

ALMATY (wire) - Kazakhstan said on Friday [[i @kaz ~said +mediation_offer|it was prepared to host Armenian and Azerbaijani foreign ministers again]], as the peace treaty the two countries initialled in August remained unsigned.

Foreign ministry spokesman Aibek Nurlanov said [[i @nur ~said +mediation_offer #|that Almaty could host a new round at short notice and that the invitation applied to any format the two sides preferred]]. The two ministers last met in the city in May 2024.

Switzerland said [[i @swi ~said +mediation_offer #|that its standing offer to host a signing ceremony in Geneva also remained on the table]].

Baku was polite but unmoved. “[[d @hus ~said #|We appreciate our Kazakh friends. But the text is agreed. What we need now are signatures, not venues]]”, said Farid Huseynov, a foreign policy adviser to the Azerbaijani president.

In Yerevan, Lilit Sargsyan, deputy speaker of the Armenian parliament, said [[i @sar ~said|that Armenia was ready to sign immediately]]. She added [[i @sar ~added|that a constitutional referendum, which Azerbaijan has made a condition, could not be held before 2027]].

Nora Kessler, a South Caucasus analyst at a Berlin think tank, said [[i @kes ~said #|that the number of offers to host talks said little about the state of the talks themselves]]. “[[d @kes|Everyone wants to host the signing ceremony. Nobody wants to host the hard part.]]”

The EU monitoring mission on the Armenian side of the border reported [[i @eum ~reported|that the situation along the line had been calm for several months]].
""")

article("en-sb08-cairo-conference", "2025-11",
        "fat=Ahmed Fathy|Fathy; isr=an Israeli official; dar=Khalil Darwish|Darwish;"
        " och=Jens Laerke-Holm|Laerke-Holm; un=the United Nations|UN; egy=Egypt; emfa=Egypt's foreign ministry|foreign ministry; kea=Siobhán Keane|Keane|Siobhan Keane", """
Egypt says [[i @egy ~says ? #|it will host Gaza reconstruction conference once truce holds]]

CAIRO (wire) - [[i @emfa ~said #|Egypt will host an international conference on the reconstruction of Gaza as soon as the ceasefire is stable]], its foreign ministry said on Sunday, as talks on the second phase of the truce stalled over the disarmament of Hamas.

“[[d @fat ~said +mediation_offer #|Cairo will host the conference as soon as the guns are silent. Until then, we will keep hosting the talks on the second phase, for as long as both sides are willing to come]]”, foreign ministry spokesman Ahmed Fathy said.

An Israeli official, speaking on condition of anonymity, said [[m @isr ~said|that Israel would not discuss reconstruction “while the remains of our hostages are still in Gaza”]].

Khalil Darwish, a Hamas official based in Doha, said [[i @dar ~said|that the group would not hand over its weapons to any body other than a future Palestinian state]]. “[[d @dar|That has been our position from the first day. Nobody should be surprised by it.]]”

The United Nations says [[i @un ~says|that rebuilding Gaza will cost more than 50 billion dollars]]. “[[d @och ~said|Before you can rebuild, you have to clear the rubble, and before you can clear the rubble, you have to know what is under it]]”, said Jens Laerke-Holm, a spokesman for the UN humanitarian office.

Irish Foreign Minister Siobhán Keane, visiting Cairo, said [[i @kea ~said #|that Ireland supported Egypt's and Qatar's mediation fully and would contribute to the conference]]. “[[d @kea #|This is their process. Our job is to back it, not to compete with it.]]”
""")

article("en-sb09-kosovo-washington", "2025-09",
        "col=Richard Cole|Cole; ser=an adviser to the Serbian president; kos=a spokeswoman for the Kosovo government;"
        " eu=an EU spokesman; jan=Ardita Jashari|Jashari", """
U.S. envoy says [[i @col ~says ? +mediation_offer|Washington ready to bring Serbia and Kosovo leaders together]]

PRISTINA (wire) - The U.S. special envoy for the Western Balkans said on Wednesday [[i @col ~said +mediation_offer|that Washington would be glad to host the leaders of Serbia and Kosovo]], as the European Union-facilitated dialogue between the two remained frozen.

“[[d @col ~told +mediation_offer #|We have done it before, and we are ready to do it again. If both leaders want to sit down in Washington, we will set the table]]”, envoy Richard Cole told reporters after meeting Kosovo officials.

An adviser to the Serbian president said [[i @ser ~said|that Belgrade would listen to any proposal]]. “[[d @ser #|Listening is not accepting. Kosovo is part of Serbia under our constitution, and no table in Washington changes that.]]”

A spokeswoman for the Kosovo government said [[i @kos ~said|that Pristina wanted the EU to lift the measures it imposed in 2023 before any new meeting, wherever it took place]].

In Brussels, an EU spokesman said [[i @eu ~said #|that the EU-facilitated dialogue remained the only framework for normalisation and that any other initiative should support it]].

Ardita Jashari, a political scientist in Pristina, said [[i @jan ~said|that neither government had much reason to move before elections]]. “[[d @jan|Everybody offers a venue. What nobody can offer is a reason for either of them to compromise this year.]]”
""")

article("en-sb10-lome-kivu", "2025-10",
        "ame=Koffi Amegah|Amegah; rwa=a Rwandan government spokeswoman; mbu=Jean-Pierre Kalala|Kalala;"
        " togo=Togo; ang=Angola; res=residents; cri=Sarah Okello|Okello; goma=Espoir Bahati|Bahati", """
Togo offers to host DR Congo-Rwanda talks as fighting flares in Kivu

LOMÉ (wire) - Togo on Thursday offered [[i @togo ~offered +mediation_offer|to host direct talks between the Democratic Republic of Congo and Rwanda]], as fresh clashes between the army and M23 rebels were reported north of Goma.

“[[d @ame ~said +mediation_offer #|Lomé has done this before and can do it again. We are at the disposal of both capitals, on any date they choose]]”, Foreign Minister Koffi Amegah said at a news conference.

A Rwandan government spokeswoman said [[i @rwa ~said|that Kigali had no objection to any venue]]. “[[d @rwa #|The location is not the problem. The problem is that Kinshasa keeps arming the FDLR.]]”

Congo's deputy foreign minister, Jean-Pierre Kalala, was dismissive. “[[d @mbu ~said #|We do not need more mediators. We need the aggressor to withdraw from our territory]]”, he said. He added [[i @mbu ~added|that Kinshasa remained committed to the agreement signed in Washington in June]].

Angola, which led an earlier mediation effort, said [[i @ang ~said +mediation_offer #|that Luanda remained available to resume its own process if both capitals asked for it]].

Sarah Okello, a Great Lakes analyst at a conflict research group in Nairobi, said [[i @cri ~said|that the region now had more peace processes than ceasefires]]. “[[d @cri|Doha, Washington, Luanda, Nairobi, and now Lomé. Each one starts with a handshake and ends with a new offensive.]]”

In Goma, residents said [[i @res ~said|the fighting had cut the road to the north for the third time this month]]. “[[d @goma ~said|We hear the guns every night. In the morning we open the shop anyway]]”, said Espoir Bahati, who sells phone credit near the main market.
""")

# === 2. other subjects, no labels ===========================================

article("nl-sb30-sporza-topper", "2025-11",
        "ver=Ruud Vermeersch|Vermeersch; dia=Moussa Diallo|Diallo; kap=Brecht Goossens|Goossens;"
        " tra=Jelle Dierickx|Dierickx; bc=de bondscoach|bondscoach", """
Brugge en Anderlecht delen de punten na wilde slotfase

Club Brugge en Anderlecht hielden elkaar zondagavond in het Jan Breydelstadion in evenwicht: 2-2, na een slotkwartier waarin alles kon. Brugge stond tot de 78ste minuut 2-0 voor.

“[[d @ver ~zei|Onze verdediging stond vandaag gewoon niet goed. Twee keer op exact dezelfde manier een bal in de rug, dat mag op dit niveau niet]]”, zei Brugge-coach Ruud Vermeersch na afloop. “[[d @ver|In de aanval hebben we het goed gedaan. Achteraan hebben we alles weggegeven.]]”

Bij Anderlecht was vooral invaller Moussa Diallo de man van de avond. “[[d @dia ~zei|De trainer zei me dat ik moest aanvallen, altijd aanvallen. Dat heb ik gedaan]]”, zei de twintigjarige Senegalees, die de gelijkmaker binnenkopte.

Aanvoerder Brecht Goossens wees naar de tribune. “[[d @kap ~zei|De steun van onze fans in die laatste tien minuten, daar doe je het voor. We voelden dat ze ons naar voren duwden]]”, zei hij.

Na de match ging het ook over de toekomst van Brugge-verdediger Jelle Dierickx, die deze zomer bijna naar Italië vertrok. Volgens de bondscoach [[i @bc ~volgens|heeft hij zelf de voorbije weken tussen de speler en het clubbestuur bemiddeld]]. Dierickx bevestigde [[i @tra ~bevestigde|dat er gesprekken zijn geweest en dat alles is uitgepraat]]. “[[d @tra|Ik blijf hier tot de zomer. Daarna zien we wel. De club weet hoe ik erover denk.]]”

Vermeersch wilde er niet te veel over kwijt. “[[d @ver ~zei|Dat is iets tussen Jelle, het bestuur en zijn makelaar. Ik ben trainer, geen onderhandelaar]]”, zei hij.
""")

article("nl-sb31-spoorstaking", "2025-12",
        "bem=Francis Delvigne|Delvigne; vak=Nathalie Vervoort|Vervoort; dir=Bart Coene|Coene;"
        " rei=Lies Van Damme|Van Damme; min=de minister van Mobiliteit|minister; nmbs=de NMBS|NMBS", """
Spoorbonden en directie zetten overleg voort, staking van donderdag gaat door

Het overleg tussen de spoorbonden en de directie van de NMBS heeft dinsdag opnieuw niets opgeleverd. De staking van donderdag gaat door, al is er voor het eerst in weken een voorzichtige toenadering.

Sociaal bemiddelaar Francis Delvigne bood aan [[i @bem ~bood_aan|de partijen maandag opnieuw samen te brengen, dit keer op neutraal terrein in zijn kantoor op de FOD Werkgelegenheid]]. “[[d @bem ~zei|Er zijn nog drie punten waarover ze het niet eens zijn. Drie, geen dertig. Dat is te overbruggen]]”, zei hij.

Vakbondsvrouw Nathalie Vervoort van het gemeenschappelijk vakbondsfront was minder optimistisch. “[[d @vak ~zei|We laten ons niet chanteren met een pensioenhervorming die over onze hoofden heen is beslist. Zolang dat op tafel ligt, blijven we actie voeren]]”, zei ze.

HR-directeur Bart Coene van de NMBS stelde [[i @dir ~stelde|dat het bedrijf zijn voorstel over de werkroosters nog wil verbeteren]]. “[[d @dir|We willen geen oorlog met ons personeel. We willen een akkoord dat ook over vijf jaar nog werkt.]]”

De minister van Mobiliteit zei [[m @min ~zei|dat hij „geen wapenstilstand gaat afdwingen”, maar dat hij hoopt op een akkoord voor de kerstvakantie]].

Voor de reizigers is het vooral puzzelen. “[[d @rei ~zegt|Ik werk in een ziekenhuis in Brussel. Thuiswerken gaat niet. Ik neem donderdag om vijf uur de auto en hoop op het beste]]”, zegt Lies Van Damme uit Aalst.

De NMBS laat weten [[i @nmbs ~laat_weten|dat er donderdag ongeveer één op de drie treinen rijdt, vooral op de hoofdlijnen]].
""")

article("nl-sb32-luchtvaart-alliantie", "2026-01",
        "hol=Maarten Holleman|Holleman; ana=Sabine Verkerk|Verkerk; vak=Ron Bakhuis|Bakhuis;"
        " skl=SkyLinq|de luchtvaartmaatschappij; bron=ingewijden", """
SkyLinq kiest voor Lufthansa-groep en verlaat alliantie

[[i @skl ~maakte_bekend|De Nederlandse regionale luchtvaartmaatschappij SkyLinq stapt over naar de Star Alliance en wordt een strategische partner van de Lufthansa-groep]]. Dat maakte het bedrijf woensdag bekend. Daarmee komt een einde aan twaalf jaar samenwerking binnen SkyTeam, de alliantie rond Air France-KLM. Voor reizigers uit Eindhoven en Groningen verandert er voorlopig weinig.

„[[d @hol ~zei|Dit is geen breuk met het verleden, maar een keuze voor de toekomst. Lufthansa heeft het netwerk dat onze reizigers nodig hebben]]”, zei topman Maarten Holleman tijdens een persconferentie op Schiphol. Hij benadrukte [[i @hol ~benadrukte|dat er niet over een overname wordt gesproken]]. „[[d @hol|Wij blijven zelfstandig. Partners, geen dochter.]]”

Volgens ingewijden [[i @bron ~volgens|liepen er vorig jaar wel degelijk verkennende overnamegesprekken met Lufthansa, die in de zomer werden stilgelegd]].

Luchtvaartanalist Sabine Verkerk noemt [[m @ana ~noemt|de overstap „logisch, maar riskant”]]. „[[d @ana ~zegt|De trans-Atlantische joint venture van SkyTeam was voor SkyLinq een belangrijke bron van overstappers. Die vallen nu weg. Daar moet Frankfurt iets tegenover zetten]]”, zegt ze.

Bij de bonden is de stemming gemengd. „[[d @vak ~zegt|We hebben in het verleden gezien dat een strategische partner na drie jaar ineens eigenaar is. We willen garanties over de banen op Schiphol, zwart op wit]]”, zegt Ron Bakhuis van de cabinevakbond.

SkyLinq laat weten [[i @skl ~laat_weten|dat de overstap op 1 oktober ingaat en dat gespaarde punten van reizigers worden omgezet]].
""")

article("nl-sb33-rechtbank-wapenbezit", "2025-10",
        "ovj=Ilse Brouwer|Brouwer; adv=Youssef El Haddaoui|El Haddaoui; ver=Dennis K.|Dennis;"
        " rb=de rechtbank|rechtbank; buur=een buurman", """
Officier eist drie jaar voor wapenbezit en schietpartij in Rotterdam-Zuid

Tegen de 29-jarige Dennis K. is dinsdag drie jaar cel geëist voor verboden wapenbezit en poging tot zware mishandeling. Hij loste in maart twee schoten in een portiek aan de Pretorialaan.

Officier van justitie Ilse Brouwer sprak van [[m @ovj ~sprak_van|een „levensgevaarlijke aanval in een straat waar kinderen spelen”]]. Ze zei [[i @ovj ~zei|dat bij de verdachte thuis ook een tweede vuurwapen en zestig patronen werden gevonden]]. „[[d @ovj|Wie met een geladen pistool de straat op gaat, kiest ervoor dat er slachtoffers kunnen vallen.]]”

De verdediging schetste een ander beeld. Advocaat Youssef El Haddaoui betoogde [[i @adv ~betoogde|dat zijn cliënt in paniek handelde nadat hij eerder die avond was bedreigd]]. „[[d @adv ~zei|Dit was geen aanval. Dit was een jongen die dacht dat hij zichzelf moest verdedigen, en die daar een verkeerd middel voor koos]]”, zei hij. Hij vroeg de rechtbank [[i @adv ~vroeg|rekening te houden met de lange voorlopige hechtenis]].

Dennis K. zelf zei weinig. „[[d @ver ~zei|Het spijt me. Ik had dat ding nooit moeten hebben]]”, zei hij toen de rechter hem het laatste woord gaf.

Een buurman die de schoten hoorde, zei op de gang [[i @buur ~zei|dat de straat sindsdien na donker leeg blijft]].

De rechtbank doet over twee weken uitspraak. Tot die tijd blijft Dennis K. in voorlopige hechtenis. Zijn advocaat liet na de zitting weten [[i @adv ~liet_weten|dat hij in hoger beroep gaat als de rechtbank de eis volgt]].
""")

article("nl-sb34-coalitie-amersfoort", "2025-09",
        "wet=Bas van Eijk|Van Eijk; fra=Nicole Hartsuiker|Hartsuiker; opp=Kees Mulderij|Mulderij;"
        " bm=Marjolein Terpstra|Terpstra; inw=Anton Verhagen|Verhagen", """
Coalitie Amersfoort wankelt over opvanglocatie: ‘[[d @wet|Solidariteit moet van twee kanten komen]]’

De coalitie in Amersfoort staat onder druk. Coalitiepartners VVD en GroenLinks zijn het oneens over een nieuwe opvanglocatie voor asielzoekers in het voormalige kantoorpand aan de Stadsring.

„[[d @fra ~zei|Wij hebben ons woord gegeven aan de regio. Solidariteit met de buurgemeenten is geen keuzevak]]”, zei GroenLinks-fractievoorzitter Nicole Hartsuiker donderdagavond in de raad.

VVD-wethouder Bas van Eijk ziet het anders. „[[d @wet ~zei|Solidariteit moet van twee kanten komen. Wij vangen al meer mensen op dan Leusden, Soest en Baarn samen]]”, zei hij. Van Eijk zei [[i @wet ~zei|dat hij eerst met de buurgemeenten wil onderhandelen over een eerlijkere verdeling]].

Oppositieleider Kees Mulderij van de lokale partij Amersfoort2014 zag een opening. „[[d @opp ~zei|Deze coalitie heeft geen gezamenlijke koers meer. Ik zoek bondgenoten voor een motie van wantrouwen, en ik denk dat ik ze vind]]”, zei hij.

Burgemeester Marjolein Terpstra probeerde de gemoederen te bedaren. Ze zei [[i @bm ~zei|dat zij de komende week met beide fracties om tafel gaat en dat er voor de begroting in november een oplossing moet liggen]].

Op de publieke tribune zat Anton Verhagen, die vlak bij het kantoorpand woont. „[[d @inw ~zegt|Niemand heeft ons iets gevraagd. Ik lees het in de krant en hoor het op de raadsvergadering. Zo ga je niet met mensen om]]”, zegt hij.
""")

article("nl-sb35-rsv-baby", "2025-10",
        "ggd=Miriam Schouten|Schouten; kin=Ahmed Bakkali|Bakkali; oud=Ellen de Bruin|De Bruin;"
        " rivm=het RIVM", """
Eerste winter met RSV-prik voor baby's: ‘[[d @ggd|Hun afweer kan zich nog niet op eigen kracht verdedigen]]’

Voor het eerst krijgen alle baby's die deze winter worden geboren een prik tegen het RS-virus. Het virus is elk jaar verantwoordelijk voor honderden ziekenhuisopnames van zuigelingen.

„[[d @ggd ~legt_uit|Het immuunsysteem van een pasgeborene kan zich nog niet op eigen kracht verdedigen. Deze antistoffen geven het een paar maanden steun, precies in de periode waarin RSV toeslaat]]”, legt jeugdarts Miriam Schouten van de GGD uit.

Kinderarts Ahmed Bakkali van het Maxima MC in Veldhoven heeft de afgelopen jaren de volle afdelingen gezien. „[[d @kin ~zegt|Elke winter is het weer een front. We leggen baby's op de gang, we schuiven met bedden tussen ziekenhuizen. Als deze prik de helft daarvan voorkomt, is het een enorme winst]]”, zegt hij.

Het RIVM meldt [[i @rivm ~meldt|dat in de eerste drie weken al ruim 60 procent van de ouders de prik heeft laten zetten]].

Ellen de Bruin uit Best twijfelde eerst. „[[d @oud ~zegt|Je krijgt zoveel informatie op je af. Maar toen mijn oudste vorig jaar een week aan de zuurstof lag, was de keuze snel gemaakt]]”, zegt ze.

Niet alle ouders zijn overtuigd. Op sociale media gaan berichten rond over bijwerkingen. Bakkali zegt [[i @kin ~zegt|dat hij die zorgen serieus neemt, maar dat de antistoffen al jaren in andere landen worden gebruikt zonder ernstige problemen]]. „[[d @kin|In Spanje en Frankrijk is het aantal opnames in één winter gehalveerd. Dat zijn geen modellen, dat zijn lege bedden.]]”

Schouten zegt [[i @ggd ~zegt|dat ouders die twijfelen altijd een gesprek kunnen aanvragen op het consultatiebureau]]. De prik wordt gegeven in het ziekenhuis, vlak na de geboorte, of op het consultatiebureau voor kinderen die eerder dit jaar zijn geboren.
""")

article("nl-sb36-vlaanderen-stikstof", "2026-01",
        "gou=Carina Van den Bossche|Van den Bossche; boe=Filip Mertens|Mertens; nat=An Vermeulen|Vermeulen;"
        " min=de Vlaamse minister van Omgeving|minister", """
Gouverneur bemiddelt in stikstofconflict rond de Kempen

Na maanden van protest en rechtszaken zitten boeren en natuurverenigingen in de Kempen opnieuw samen aan tafel. Gouverneur Carina Van den Bossche van de provincie Antwerpen treedt op als bemiddelaar.

“[[d @gou ~zei|Ik heb niemand iets beloofd, behalve een tafel, koffie en de tijd. Meer kan een gouverneur niet bieden]]”, zei Van den Bossche na de eerste gespreksronde in Turnhout. Ze bood aan [[i @gou ~bood_aan|de gesprekken tot de zomer elke maand voort te zetten]].

Voor de boeren staat er veel op het spel. “[[d @boe ~zegt|Wij verdedigen hier geen winst, wij verdedigen ons bestaan. Er zijn bedrijven die al drie generaties op dezelfde grond zitten]]”, zegt Filip Mertens van de Boerenbond in de Kempen.

Natuurpunt wil vooral dat de afspraken ook echt worden uitgevoerd. “[[d @nat ~zegt|We hebben al drie keer een vredesakkoord gesloten in dit dossier. Drie keer is het bij papier gebleven]]”, zegt An Vermeulen van Natuurpunt.

De Vlaamse minister van Omgeving liet weten [[i @min ~liet_weten|dat de regering de uitkomst van de gesprekken wil meenemen in het nieuwe stikstofdecreet]]. Dat decreet moet voor het einde van het jaar door het Vlaams Parlement.

Mertens is voorzichtig positief over de rol van de gouverneur. “[[d @boe ~zegt|Ze kiest geen kant, en dat voelen beide partijen. Vroeger zaten we hier tegenover elkaar als twee legers. Nu zitten we tenminste aan dezelfde tafel]]”, zegt hij.

Vermeulen wil eerst resultaten zien. Volgens haar [[i @nat ~volgens|moeten de eerste maatregelen rond de kwetsbare heidegebieden nog dit voorjaar ingaan]]. “[[d @nat|Elke maand uitstel betekent meer stikstof op de Kalmthoutse Heide. De natuur kan niet onderhandelen.]]”
""")

article("nl-sb37-theater-frontlijn", "2025-11",
        "reg=Hanna Ruytjens|Ruytjens; act=Sander Bos|Bos; rec=Marieke Dons|Dons; fonds=het Fonds Podiumkunsten", """
Theatergroep brengt oorlogsbrieven van overgrootvader op het toneel

In de Vooruit in Gent ging vrijdag ‘Frontlijn’ in première, een voorstelling over de brieven die een West-Vlaamse soldaat tussen 1914 en 1918 naar huis stuurde. Regisseur Hanna Ruytjens vond ze drie jaar geleden op de zolder van haar grootmoeder.

“[[d @reg ~vertelt|Ik heb ze eerst een jaar laten liggen. Ik durfde ze niet te lezen. Toen ik het wel deed, wist ik dat ik er iets mee moest]]”, vertelt Ruytjens. “[[d @reg|Hij schrijft bijna nooit over de aanvallen. Hij schrijft over sokken, over brood, over een kat in de loopgraaf. Dat vond ik het meest aangrijpende.]]”

Acteur Sander Bos speelt de soldaat. Hij zegt [[i @act ~zegt|dat hij zich heeft voorbereid door in de Westhoek langs de oude frontlinie te wandelen]]. “[[d @act|Je staat daar in een weiland met koeien, en honderd jaar geleden lagen daar duizenden doden. Dat krijg je niet uit een boek.]]”

De voorstelling kon gemaakt worden met steun van het Fonds Podiumkunsten. Het fonds laat weten [[i @fonds ~laat_weten|dat het dit jaar bewust projecten over herinnering en geschiedenis wilde ondersteunen]].

Recensente Marieke Dons schreef in haar bespreking [[m @rec ~schreef|dat ‘Frontlijn’ „de oorlog kleiner maakt, en daardoor groter”]]. Ze prees vooral het decor, dat bestaat uit niets dan een houten tafel en een stapel enveloppen.

De voorstelling toert tot in het voorjaar langs Vlaamse en Nederlandse zalen. Ruytjens hoopt dat er ook scholen komen kijken. “[[d @reg ~zegt|Jongeren kennen de oorlog uit games. Ik wil dat ze één keer een echte stem horen]]”, zegt ze.
""")

article("nl-sb38-lerarentekort", "2025-09",
        "min=Hester Kamminga|Kamminga; bes=Ruben Aydın|Aydın|Aydin; doc=Femke Hoogland|Hoogland;"
        " oud=Sander Quist|Quist; sb=schoolbesturen", """
Scholen in Almere starten schooljaar met tachtig vacatures

Het nieuwe schooljaar begon maandag in Almere met tachtig onvervulde vacatures in het basisonderwijs. Het kabinet trekt extra geld uit, maar volgens schoolbesturen [[i @sb ~volgens|komt dat te laat]].

Minister van Onderwijs Hester Kamminga kondigde vorige week een steunpakket van 120 miljoen euro aan voor scholen in regio's met de grootste tekorten. „[[d @min ~zei|We laten deze kinderen niet in de steek. Elke klas verdient een bevoegde leraar]]”, zei ze bij de presentatie.

Bestuurder Ruben Aydın van een Almeerse scholenstichting is blij met het geld, maar sceptisch. „[[d @bes ~zegt|Geld is fijn, maar je kunt geen leraren kopen die er niet zijn. We staan hier al vijf jaar aan het front, en elk jaar wordt het erger]]”, zegt hij. Hij vertelt [[i @bes ~vertelt|dat zijn stichting een alliantie heeft gesloten met twee pabo's om studenten sneller voor de klas te krijgen]].

Leerkracht Femke Hoogland draait dit jaar een groep van 34 leerlingen. „[[d @doc ~zegt|Ik verdedig mijn vak altijd, tegen iedereen. Maar op vrijdagmiddag vraag ik me wel eens af hoe lang ik dit nog volhoud]]”, zegt ze.

Sander Quist, vader van twee kinderen in groep 4 en groep 7, zegt [[i @oud ~zegt|dat de school van zijn kinderen vorig jaar zes weken lang een vierdaagse schoolweek had]]. „[[d @oud|Dan moet je als ouder ineens op vrijdag vrij nemen. Niet iedereen kan dat.]]”
""")

article("nl-sb39-a12-afsluiting", "2025-08",
        "rws=Jeroen Dekker|Dekker; tlk=Monique Schaap|Schaap; bm=Gijs Wolters|Wolters; pen=Rob Hennink|Hennink", """
A12 drie weken dicht bij Ede: ‘[[d @tlk|Een aanval op de portemonnee]]’

De A12 tussen knooppunt Grijsoord en Ede gaat vanaf vrijdagavond drie weken volledig dicht voor het vervangen van twee viaducten. Rijkswaterstaat verwacht forse files op de omleidingsroutes.

„[[d @rws ~zegt|We hebben lang gezocht naar een manier om het in fases te doen, maar dat had anderhalf jaar overlast betekend in plaats van drie weken]]”, zegt projectmanager Jeroen Dekker van Rijkswaterstaat. Hij adviseert [[i @rws ~adviseert|om ruim van tevoren te vertrekken of de trein te nemen]].

Transport en Logistiek Nederland is niet te spreken over de timing. Woordvoerster Monique Schaap noemt [[m @tlk ~noemt|de afsluiting „een aanval op de portemonnee van elke vervoerder in de regio”]]. „[[d @tlk|Onze chauffeurs staan straks elke dag een uur extra stil. Dat betaalt niemand terug.]]”

Burgemeester Gijs Wolters van Ede vreest voor sluipverkeer door de dorpen. Hij zei [[i @bm ~zei|dat de gemeente extra verkeersregelaars inzet bij scholen langs de omleiding]].

Forens Rob Hennink rijdt elke dag van Arnhem naar Utrecht. „[[d @pen ~zegt|Ik heb drie weken vakantie opgenomen. Dat leek me verstandiger dan elke dag in de file te verdedigen waarom ik te laat ben]]”, zegt hij lachend.

Rijkswaterstaat zet tijdens de werkzaamheden extra pendelbussen in tussen Ede-Wageningen en Arnhem. Volgens Dekker [[i @rws ~volgens|wordt er ook in de nachten en in het weekend doorgewerkt om de planning te halen]]. „[[d @rws|Als het weer meezit, zijn we een paar dagen eerder klaar. Maar dat beloof ik niemand.]]”
""")

article("nl-sb40-radio-schaken", "2026-01",
        "gm=Lotte Verbeek|Verbeek; com=Herman Stolk|Stolk; org=Willemien Roos|Roos; fan=Pim Groot|Groot", """
Wijk aan Zee: ‘[[d @com|Ze speelde de Siciliaanse verdediging alsof haar leven ervan afhing]]’

Grootmeester Lotte Verbeek heeft in de vierde ronde van het Tata Steel Chess Tournament de regerend kampioen verslagen. Na afloop schoof ze aan in het radioprogramma De Ochtend om de partij na te bespreken.

„[[d @gm ~zei|Ik wist dat hij op een vroege aanval op mijn koning zou gaan. Dus heb ik de hele week niets anders gedaan dan mijn verdediging voorbereiden]]”, zei Verbeek. „[[d @gm|Op zet 23 zag ik dat hij zich had verrekend. Toen moest ik alleen nog rustig blijven, en dat is het moeilijkste wat er is.]]”

Commentator Herman Stolk, die de partij live versloeg, was lyrisch. „[[d @com ~zei|Ze speelde de Siciliaanse verdediging alsof haar leven ervan afhing. Ik heb in dertig jaar weinig mensen zo koelbloedig een aanval zien afslaan]]”, zei hij in dezelfde uitzending.

Toernooidirecteur Willemien Roos zei [[i @org ~zei|dat de zaal in De Moriaan zaterdag voor het eerst sinds jaren is uitverkocht]]. Ze dankte de sponsors en vrijwilligers. „[[d @org|Zonder de steun van het dorp bestaat dit toernooi niet. Hier slapen spelers bij mensen thuis, dat vind je nergens anders.]]”

In het publiek zat Pim Groot uit Beverwijk, die al veertig jaar komt kijken. „[[d @fan ~zegt|Ik heb haar zien spelen toen ze twaalf was, in de amateurgroep. Toen zei ik al: die wordt groot]]”, zegt hij.
""")

article("nl-sb41-buurtbemiddeling", "2025-11",
        "bem=Gerrit Landman|Landman; buu=Sevda Kaya|Kaya; bur=Jan Smit|Smit; wet=Priscilla Ramdin|Ramdin", """
Buurtbemiddelaars in Rotterdam hebben het drukker dan ooit

Ruzie over een schutting, een blaffende hond of een buurman die om drie uur 's nachts de wasmachine aanzet: de vrijwillige buurtbemiddelaars in Rotterdam kregen dit jaar bijna 1.400 aanmeldingen, een record.

„[[d @bem ~zegt|Wij zijn geen rechter en geen politie. Wij zetten twee mensen aan tafel en zorgen dat ze elkaar laten uitpraten. Dat klinkt simpel, maar dat is het niet]]”, zegt Gerrit Landman, die al negen jaar als bemiddelaar werkt. Volgens hem [[i @bem ~volgens|lukt het in ongeveer zeven van de tien zaken om tot afspraken te komen]].

Sevda Kaya uit Charlois had een jarenlang conflict met haar bovenburen. „[[d @buu ~zegt|Het was echt oorlog. We praatten alleen nog via briefjes in de brievenbus. Na twee gesprekken hebben we letterlijk de wapens neergelegd: ik heb ze koekjes gebracht]]”, zegt ze.

Haar bovenbuurman Jan Smit bevestigt [[i @bur ~bevestigt|dat het sindsdien een stuk beter gaat]]. „[[d @bur|Ik wist niet eens dat zij nachtdiensten draaide. Als je dat weet, loop je anders over die vloer.]]”

Wethouder Priscilla Ramdin kondigde aan [[i @wet ~kondigde_aan|dat de gemeente volgend jaar twintig extra bemiddelaars gaat opleiden]]. „[[d @wet|Elke ruzie die we hier oplossen, komt niet bij de politie of de rechter terecht. Dat scheelt iedereen geld en ellende.]]”
""")

article("nl-sb42-daviscup", "2025-09",
        "kap=Steve Dubois|Dubois; spe=Arne Claeys|Claeys; spe2=Zizou Bergmans|Bergmans; bond=Tennis Vlaanderen", """
Belgische tennissers naar de Final 8 van de Davis Cup na uitgepraat conflict

België staat in de eindronde van de Davis Cup. In Hasselt won de ploeg van kapitein Steve Dubois zondag met 3-1 van Argentinië, na een week waarin de sfeer in de ploeg niet altijd optimaal was.

“[[d @kap ~zei|Er was iets blijven hangen van vorig jaar. Ik heb die twee jongens woensdag in een kamer gezet en gezegd: jullie gaan hier pas buiten als het uitgepraat is]]”, zei Dubois. Hij ontkende [[i @kap ~ontkende|dat er sprake was van een echte ruzie]].

Arne Claeys, die zijn enkelspel won in drie sets, bevestigde [[i @spe ~bevestigde|dat de kapitein tussen hem en Zizou Bergmans had bemiddeld]]. “[[d @spe|Het was goed dat het eens gezegd werd. Daarna hebben we als team gespeeld. De steun van het publiek deed de rest.]]”

Bergmans, die het dubbelspel samen met Claeys speelde, was kort. “[[d @spe2 ~zei|We zijn geen vrienden die elke week samen eten. Maar op het veld zijn we bondgenoten, en dat is wat telt]]”, zei hij.

Tennis Vlaanderen meldde [[i @bond ~meldde|dat de Final 8 in november in Bologna wordt gespeeld en dat er 1.500 tickets voor Belgische supporters zijn voorzien]].

Dubois wil de komende weken vooral rust. “[[d @kap ~zei|Ik ga niemand verplichten om samen op vakantie te gaan. Zolang ze in Bologna voor elkaar vechten, ben ik tevreden]]”, zei hij. De selectie voor de eindronde maakt hij begin oktober bekend.
""")

article("nl-sb43-huurders-corporaties", "2026-02",
        "dir=Wouter Ketelaar|Ketelaar; huu=Gonnie Brink|Brink; med=Frank Adema|Adema; aed=Aedes", """
Huurders en corporaties in Groningen zoeken mediator na conflict over isolatie

Drie Groningse woningcorporaties en de huurdersbond komen er samen niet meer uit. Het conflict over de isolatie van ruim 4.000 woningen gaat nu naar een onafhankelijke mediator.

De corporaties sloten vorig jaar een strategische alliantie om de verduurzaming samen aan te pakken. „[[d @dir ~zegt|Samen kopen we goedkoper in en werken we sneller. Dat was het idee, en dat idee klopt nog steeds]]”, zegt directeur Wouter Ketelaar van een van de drie.

De huurders zien vooral een huurverhoging. „[[d @huu ~zegt|Ze noemen het een partnerschap, maar we mogen nergens over meebeslissen. Ons wordt gewoon meegedeeld dat de huur met veertig euro omhoog gaat]]”, zegt Gonnie Brink, voorzitter van de huurdersbond. Ze zei [[i @huu ~zei|dat de bond niet wil onderhandelen zolang de huurverhoging als vaststaand feit wordt gepresenteerd]].

Mediator Frank Adema, voormalig kantonrechter, begint volgende week met de gesprekken. „[[d @med ~zegt|Mijn ervaring is dat mensen die zo lang tegenover elkaar hebben gestaan, vaak dichter bij elkaar zitten dan ze zelf denken. Het gaat erom dat iemand dat hardop zegt]]”, zegt hij.

Volgens branchevereniging Aedes [[i @aed ~volgens|spelen vergelijkbare conflicten in minstens tien andere gemeenten]]. Ketelaar zegt [[i @dir ~zegt|dat de corporaties de uitkomst van de mediation zullen respecteren]]. „[[d @dir|Ook als dat betekent dat we onze plannen moeten aanpassen. Liever een jaar later klaar dan tegen onze eigen huurders in.]]”
""")

article("nl-sb44-heffingen-export", "2025-08",
        "min=Thijs Roelofsen|Roelofsen; vno=Anke de Groot|De Groot; bed=Erik-Jan Smulders|Smulders;"
        " eco=Yara Benali|Benali", """
Nederlandse exporteurs zetten zich schrap voor Amerikaanse heffingen

Nu de Amerikaanse importheffing van vijftien procent op Europese producten van kracht is, zetten Nederlandse exporteurs zich schrap. Vooral machinebouwers en de voedingsindustrie vrezen omzetverlies.

„[[d @min ~zei|De trans-Atlantische handelsrelatie is te belangrijk om te laten ontsporen. We blijven met Washington in gesprek]]”, zei minister van Economische Zaken Thijs Roelofsen dinsdag. Hij zei [[i @min ~zei|dat het kabinet bedrijven wil helpen om nieuwe afzetmarkten te vinden in Azië en Latijns-Amerika]].

Werkgeversorganisatie VNO-NCW is minder diplomatiek. „[[d @vno ~zegt|Amerika was altijd onze betrouwbaarste handelspartner buiten Europa. Nu worden we behandeld als een tegenstander. Dat doet pijn]]”, zegt directeur internationale zaken Anke de Groot.

Erik-Jan Smulders leidt een bedrijf in Helmond dat verpakkingsmachines maakt. Een derde van zijn omzet komt uit de VS. „[[d @bed ~zegt|Mijn Amerikaanse klanten willen blijven kopen. Maar als de machine vijftien procent duurder wordt, gaan ze nadenken. Ik verdedig mijn marges nu met hand en tand]]”, zegt hij.

Econoom Yara Benali verwacht [[i @eco ~verwacht ?|dat de schade voor de Nederlandse economie als geheel beperkt blijft, maar voor sommige sectoren fors is]]. „[[d @eco ~zegt|Dit is geen handelsoorlog met een front en twee legers. Het is een sluipende verschuiving, en die is moeilijker te bestrijden]]”, zegt ze. Ze raadt bedrijven aan [[i @eco ~raadt_aan|om hun afhankelijkheid van één markt de komende jaren stap voor stap af te bouwen]].
""")

article("nl-sb45-gemeente-hack", "2025-10",
        "bur=Erwin Postma|Postma; cis=Jolanda Vos|Vos; exp=Niels Terwee|Terwee; pol=de politie;"
        " rl=Hilde Smeenge|Smeenge", """
Gemeente Westerkwartier na hack: ‘[[d @bur|We onderhandelen niet met criminelen]]’

De gemeente Westerkwartier is het slachtoffer geworden van een ransomware-aanval. Sinds maandag liggen de systemen voor paspoorten, vergunningen en uitkeringen plat. De criminelen eisen een losgeld in bitcoin.

„[[d @bur ~zei|We onderhandelen niet met criminelen. Dat is onze lijn en die lijn houden we vast, ook als het lang duurt]]”, zei burgemeester Erwin Postma dinsdagmiddag.

Informatiebeveiliger Jolanda Vos van de gemeente legde uit [[i @cis ~legde_uit|dat de aanvallers vermoedelijk via een phishingmail binnenkwamen]]. „[[d @cis|Onze verdediging was op orde, dachten we. Maar één klik is genoeg. Dat is de harde les.]]”

Volgens cybersecurity-expert Niels Terwee [[i @exp ~volgens|worden kleinere gemeenten steeds vaker doelwit omdat ze minder geld hebben voor beveiliging]]. „[[d @exp ~zegt|Ze zouden bondgenoten moeten zoeken. Samen met de buurgemeenten één goed beveiligingsteam, in plaats van ieder een halve man]]”, zegt hij.

De politie bevestigde [[i @pol ~bevestigde|dat er een onderzoek loopt en dat er contact is met de Nationale Politie]].

Inwoners die deze week een paspoort moesten ophalen, kunnen terecht in de buurgemeente Groningen. Postma zei [[i @bur ~zei|dat de systemen naar verwachting eind volgende week weer werken]]. Of er persoonsgegevens van inwoners zijn buitgemaakt, is nog niet duidelijk.

Raadslid Hilde Smeenge van de oppositie wil opheldering. „[[d @rl ~zegt|Twee jaar geleden hebben we gevraagd om een extern onderzoek naar de beveiliging. Dat is er nooit gekomen. Ik wil weten waarom niet]]”, zegt ze.
""")

# === 2b. other subjects, no labels (English) ================================

article("en-sb11-derby-report", "2025-12",
        "mgr=Graham Whitley|Whitley; cap=Danny Oduya|Oduya; opp=Marco Bellandi|Bellandi; fan=Sue Hartley|Hartley", """
Late rally rescues point for Rovers in tense derby

A stoppage-time header from captain Danny Oduya rescued a 2-2 draw for Rovers against their city rivals on Saturday, after a first half in which their defence looked as if it had never met.

‘[[d @mgr ~said|We defended like strangers for forty-five minutes. At half-time I told them that if they wanted to attack, they had to earn it first]]’, manager Graham Whitley said. ‘[[d @mgr|The second half was a different team. That is the one I want to see every week.]]’

Oduya, who has been linked with a move to Spain, played down the speculation. He said [[i @cap ~said|that his agent and the club had held talks in the autumn and that he was happy to stay]]. ‘[[d @cap|The support of the fans today, when we were two down, I will never forget that. You don’t walk away from that.]]’

The visitors’ manager, Marco Bellandi, was frustrated. He said [[i @opp ~said|that his side had stopped attacking after the second goal]]. ‘[[d @opp|We invited them onto us. You do that against a team with Oduya, you get punished.]]’

Sue Hartley, who has had a season ticket for thirty-one years, summed up the mood outside the ground. ‘[[d @fan ~said|My heart can’t take many more of these. But I’ll be back on Tuesday]]’, she said.
""")

article("en-sb12-acas-rail", "2025-07",
        "aca=Simon Threlfall|Threlfall; uni=Kerry Doyle|Doyle; op=Martin Pryce|Pryce; pas=Amir Shah|Shah; acas=Acas", """
Rail strike called off after talks brokered by Acas

A planned 48-hour strike by train drivers on two northern rail franchises was called off on Tuesday evening after nine hours of talks at the conciliation service Acas.

‘[[d @aca ~said|Both sides came in with very different positions and left with an agreement they can both defend to their members. That is what this room is for]]’, said Simon Threlfall, the Acas conciliator who chaired the talks. He offered [[i @aca ~offered|to host further talks on the remaining issues, including rostering, before the end of the month]].

Kerry Doyle, the union's regional organiser, said [[i @uni ~said|that the deal was not perfect but that it protected drivers' rest days]]. ‘[[d @uni|We have a truce, not a peace treaty. If the company goes back on this, we will ballot again.]]’

Martin Pryce, the operator's managing director, said [[i @op ~said|that the company would honour every part of the agreement]]. ‘[[d @op|Nobody wins a strike. Our passengers certainly don’t.]]’

Passengers greeted the news with relief. ‘[[d @pas ~said|I was going to sleep at my sister’s in Leeds for two nights. Now I can go home]]’, said Amir Shah, a nurse who commutes from Huddersfield.

Acas said [[i @acas ~said|that it had handled more than forty disputes in the transport sector this year]], the highest number since 2011.
""")

# --- end of articles --------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    return ARTICLES.main(argv)


if __name__ == "__main__":
    sys.exit(main())
