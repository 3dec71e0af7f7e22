"""Build the stance training set ``training/data/stance_context_nl.jsonl``.

Run from the repository root::

    python training/stance_context.py            # writes training/data/stance_context_nl.jsonl
    python training/stance_context.py --check    # verify the file is up to date
    python training/stance_context.py --stats    # print counts (also per label and context)

What the set is for: in the stance data most quotes say what they are about
("steun voor Oekraïne", "de NAVO", "bemiddelen tussen Moskou en Kyiv").  In
news the stance of a quote is often readable only from its surroundings: the
paragraph says the cabinet sends more F-16s, and the minister says "We leveren,
en we blijven leveren"; Istanbul is named a sentence earlier and the Turkish
minister says "De zaal is geboekt".  The articles here concentrate such quotes:

1. about 28 articles on the topics of the labels (aid to Ukraine, NATO and
   allied defence, offers to mediate or host talks in international
   conflicts), in which many labeled quotes refer back with "dit", "dat",
   "het", "ze", "die steun", "het aanbod" or an ellipsis to an antecedent in
   the headline, the first paragraph, the paragraph before or the same
   paragraph, and in which about half the quotes carry no label although they
   are just as context-dependent: critics ("Weer zes. En wie betaalt de
   rekening?"), neutral facts, people rejecting or doubting someone else's
   mediation offer, calls to negotiate without an offer, hedges, Russian
   officials, aid fatigue;
2. about 17 articles on other subjects (sport, courts, local politics,
   traffic, housing, health, education, culture, weather, economy) without any
   label, full of the labels' vocabulary: verdedigen, aanval, steun,
   bondgenoten, partners, prijzenoorlog, front, bemiddelaar, onderhandelingen,
   wapens, grenzen, levering, solidariteit;
3. eight of the articles in English (ids ``en-...``; ``lang`` is set to ``en``).

Labels follow ``training/data/README.md`` ("Labels", "Several labels or
none"), decided on what the speaker says *read in its context*: the article
resolves what "dit", "het" or "we blijven leveren" refer to.  A quote still
carries only its speaker's own stance; the journalist's sentences around it
give it no label, and a critic's "een kwantumsprong ... richting een
wapenwedloop" is not ``pro_nato``.

Markup, speaker tables and span conventions are those of ``build_gold.py``
and ``training/data/GOLD_GUIDE.md`` (every quote in every article is
annotated, so the file can also score quote detection).  One extra token,
``#``, is read by this script only: it marks a quote whose stance (label or
deliberate absence of one) can only be decided from the context around it.
It is removed before the markup is parsed; ``--stats`` counts it.

All articles were written for this project.  People, quotes and most
organisations are fictional; real countries, cities, institutions and offices
appear only as context, and nothing here may be cited as something anyone said.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from stance_articles import ContextArticles  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ContextArticles(ROOT / "training" / "data" / "stance_context_nl.jsonl", "stance_context.py")
article = ARTICLES.article


# --- articles ---------------------------------------------------------------

# === 1. on-topic articles (Dutch) ==========================================

article("nl-sc01-f16-levering", "2025-06",
        "clas=Ruben Claassen|Claassen; def=Defensie|het ministerie van Defensie;"
        " oek=Oleksandr Hrytsenko|Hrytsenko; mul=Henk Mulder|Mulder; ver=Sanne Vermeer|Vermeer;"
        " rus=de Russische ambassade|Russische ambassade", """
Nederland stuurt nog eens zes F-16's naar Oekraïne

Het kabinet stuurt nog eens zes F-16's naar Oekraïne. [[i @clas ~maakte_bekend +supportive_of_ukraine #|De toestellen komen uit het trainingscentrum in Roemenië en worden voor het einde van de zomer overgedragen]], maakte minister van Defensie Ruben Claassen vrijdag na de ministerraad bekend.

„[[d @clas ~zei +supportive_of_ukraine #|We leveren, en we blijven leveren]]”, zei Claassen tegen verslaggevers in Nieuwspoort. „[[d @clas +supportive_of_ukraine #|Zolang het nodig is. Daar hoeft in Moskou niemand aan te twijfelen.]]”

De zes komen bovenop de 24 toestellen die Nederland eerder toezegde. Volgens Defensie [[i @def ~volgens #|zijn daarvan inmiddels achttien in Oekraïne aangekomen en volgt de rest zodra er genoeg piloten zijn opgeleid]].

De Oekraïense ambassadeur in Den Haag, Oleksandr Hrytsenko, reageerde opgelucht. „[[d @oek +supportive_of_ukraine #|Elk toestel betekent voor duizenden mensen een nacht minder in de schuilkelder. Dank u, Nederland.]]”

In de Tweede Kamer waren de reacties verdeeld. „[[d @mul ~zei #|Weer zes. En wie betaalt de rekening? De Nederlandse belastingbetaler]]”, zei oppositie-Kamerlid Henk Mulder. Hij kondigde aan [[i @mul ~kondigde_aan #|dat hij verdere leveringen voortaan aan een apart Kamerdebat wil koppelen]].

Coalitie-Kamerlid Sanne Vermeer noemde [[m @ver ~noemde +supportive_of_ukraine #|het besluit „hard nodig en eigenlijk een half jaar te laat”]]. Volgens haar [[i @ver ~volgens #|ligt de vertraging niet bij Defensie maar bij de Amerikaanse exportvergunningen]].

De Russische ambassade liet in een korte verklaring weten [[m @rus ~liet_weten #|dat elk toestel dat Oekraïne bereikt „een legitiem doelwit” is]]. Het ministerie van Buitenlandse Zaken ging daar niet op in.
""")

article("nl-sc02-navo-norm", "2025-06",
        "baars=Joost Baars|Baars; zuid=een diplomaat van een Zuid-Europese lidstaat;"
        " ham=Lotte Hamers|Hamers; navo=een NAVO-woordvoerder; tjin=Marloes Tjin|Tjin;"
        " wro=Tomasz Wrona|Wrona; kool=Jasper Koolhof|Koolhof", """
Den Haag legt nieuwe uitgavennorm vast: 3,5 procent voor defensie

De lidstaten van de NAVO hebben woensdag in het World Forum afgesproken uiterlijk in 2035 3,5 procent van hun bbp aan defensie uit te geven, plus anderhalf procent aan aanverwante zaken zoals bruggen, havens en cyberbeveiliging. Tot vorig jaar lag de lat op twee procent.

„[[d @baars ~zei +pro_nato #|Dit is een kwantumsprong. Tien jaar geleden hadden we hier niet eens van durven dromen]]”, zei de Nederlandse NAVO-ambassadeur Joost Baars in de wandelgangen. Een NAVO-woordvoerder sprak van [[m @navo ~sprak_van +pro_nato #|„een boodschap aan iedereen die ooit aan ons zal twijfelen”]].

Minister van Buitenlandse Zaken Marloes Tjin benadrukte [[i @tjin ~benadrukte #|dat het geen cadeau aan de Amerikanen is]]. „[[d @tjin +pro_nato|We doen dit niet omdat Washington erom vraagt. We doen het omdat artikel 5 alleen werkt als iedereen zijn deel draagt.]]” Tjin zei [[m @tjin ~zei +pro_nato #|dat Nederland de 3,5 procent „zonder voorbehoud” zal halen]].

De Poolse viceminister Tomasz Wrona zei [[m @wro ~zei +pro_nato #|dat zijn land die grens al ruim haalt en dat de anderen „nu eindelijk volgen”]].

Achter de schermen klonk ook twijfel. „[[d @zuid ~zei #|Op papier klinkt het prachtig. Maar niemand heeft mij nog uitgelegd waar wij dat geld vandaan moeten halen]]”, zei een diplomaat van een Zuid-Europese lidstaat, die niet met naam genoemd wilde worden.

Defensie-econoom Lotte Hamers van Instituut Clingendael is kritisch over de tweede categorie. Volgens haar [[m @ham ~volgens #|is die anderhalf procent „zo ruim geformuleerd dat straks bijna elke fietsbrug meetelt”]].

In de Tweede Kamer was Jasper Koolhof het felst. „[[d @kool ~zei #|Een kwantumsprong, zeker. Een kwantumsprong richting een wapenwedloop die we niet kunnen winnen en niet kunnen betalen]]”, zei hij. „[[d @kool #|Ik heb de premier horen zeggen dat dit een historische dag is. Dat klopt. Historisch duur.]]”

Volgens het secretariaat haalden vorig jaar 23 van de 32 lidstaten de oude norm.
""")

article("nl-sc03-istanbul-gesprekken", "2025-07",
        "ayd=Kerem Aydın|Aydın|Aydin; kov=Andrij Kovalenko|Kovalenko;"
        " rdel=een lid van de Russische delegatie; eudip=een Europese diplomaat in Ankara;"
        " spok=een woordvoerder van het Turkse presidentschap", """
Nieuwe gespreksronde in Istanbul levert gevangenenruil op, maar geen bestand

In het Çırağan-paleis in Istanbul hebben Russische en Oekraïense delegaties maandag voor de derde keer dit jaar met elkaar om de tafel gezeten. Ze spraken een ruil van 1.200 krijgsgevangenen af. Over een staakt-het-vuren werd het niet eens besproken.

Gastheer was de Turkse minister van Buitenlandse Zaken, Kerem Aydın. “[[d @ayd ~zei +mediation_offer #|Wij zullen deze gesprekken blijven faciliteren, zo lang als beide partijen dat willen]]”, zei hij na afloop. “[[d @ayd +mediation_offer #|De zaal is geboekt. De thee staat klaar.]]”

Aydın zei ook [[m @ayd ~zei +mediation_offer #|dat zijn land de volgende ronde “waar dan ook in Turkije” wil ontvangen, desnoods op een schip in de Bosporus]]. Hij voegde eraan toe [[m @ayd ~voegde_eraan_toe #|dat een ontmoeting tussen de twee presidenten “nog niet aan de orde” is]].

De Oekraïense delegatieleider Andrij Kovalenko noemde [[m @kov ~noemde #|de ruil “een begin, en niet meer dan dat”]]. Een lid van de Russische delegatie zei tegen persbureau TASS [[m @rdel ~zei #|dat Moskou “geen enkele haast” heeft]].

Een Europese diplomaat in Ankara is sceptisch over de Turkse rol. “[[d @eudip #|Ankara verkoopt graag het beeld van de eerlijke makelaar. Tot nu toe zijn hier vooral veel foto's gemaakt.]]”

Volgens een woordvoerder van het Turkse presidentschap [[i @spok ~volgens +mediation_offer #|staat het aanbod om ook een ontmoeting op het hoogste niveau te organiseren nog altijd]]. Een datum is er niet.
""")

article("nl-sc04-vaticaan-kinderen", "2025-09",
        "ven=Paolo Venturi|Venturi|kardinaal Venturi; syt=Iryna Sytnyk|Sytnyk;"
        " romb=een woordvoerder van de Russische kinderombudsman; stok=Eline Stoker|Stoker", """
Vaticaanse gezant opnieuw in Kyiv voor gesprekken over weggevoerde kinderen

Kardinaal Paolo Venturi, de speciale gezant van de paus voor Oekraïne, is deze week voor de vijfde keer in Kyiv. Via zijn bemiddeling keerden sinds vorig jaar ruim tachtig Oekraïense kinderen die naar Rusland waren overgebracht terug naar hun familie.

„[[d @ven ~zei +mediation_offer #|Wij zijn bereid de lijsten opnieuw naar Moskou te brengen. En weer terug, zo vaak als nodig]]”, zei Venturi woensdag na een ontmoeting met Oekraïense ouders. „[[d @ven +mediation_offer #|Als onze tussenkomst ook maar één kind thuisbrengt, gaan we door.]]”

De kardinaal zegde toe [[i @ven ~zegde_toe +mediation_offer #|in het najaar opnieuw naar Moskou te reizen, met een nieuwe lijst van driehonderd namen]]. Hij wilde niet zeggen met wie hij daar spreekt.

Iryna Sytnyk, die bij het Oekraïense ombudsbureau de dossiers bijhoudt, zei [[i @syt ~zei #|dat er nog altijd ruim negentienduizend kinderen op haar lijst staan]]. „[[d @syt #|Van de meesten weten we niet eens in welke stad ze zijn.]]”

Een woordvoerder van de Russische kinderombudsman ontkende [[i @romb ~ontkende #|dat er sprake is van deportatie]]. Volgens hem [[m @romb ~volgens #|gaat het om kinderen die „uit een oorlogsgebied in veiligheid zijn gebracht”]].

Vaticaankenner Eline Stoker van de Radboud Universiteit is niet verbaasd over de rol van de Heilige Stoel. „[[d @stok ~zegt #|Het Vaticaan heeft geen divisies, maar wel een telefoonnummer dat in beide hoofdsteden wordt opgenomen]]”, zegt ze. Ze verwacht niet [[i @stok ~verwacht_niet ? #|dat die rol ooit groter wordt dan het humanitaire dossier]].
""")

article("nl-sc05-geneve-kaukasus", "2025-10",
        "morel=Béatrice Morel|Morel; arm=een Armeense diplomaat; aze=Elchin Rahimov|Rahimov;"
        " lind=Tomas Lindqvist|Lindqvist; kal=Urs Kälin|Kälin|Kalin", """
Armenië en Azerbeidzjan praten weer over de grens, Bern staat klaar

Na maanden stilte willen Armenië en Azerbeidzjan de gesprekken over de afbakening van hun gemeenschappelijke grens hervatten. Waar dat moet gebeuren, is nog onduidelijk.

De Zwitserse staatssecretaris Béatrice Morel liet er in Bern geen misverstand over bestaan. „[[d @morel ~zei +mediation_offer #|Genève is beschikbaar. Morgen, volgende week, wanneer zij maar willen]]”, zei ze. „[[d @morel +mediation_offer #|Wij vragen er niets voor terug. Wij zorgen alleen dat ze in dezelfde kamer zitten.]]” Morel benadrukte [[i @morel ~benadrukte +mediation_offer #|dat haar land ook de tolken, de zalen en het secretariaat voor zo'n gespreksronde kan verzorgen]].

Ook de Europese Unie meldt zich. „[[d @lind ~zei +mediation_offer #|Wij hebben dat eerder gedaan, in Brussel, en we doen het graag opnieuw]]”, zei EU-gezant Tomas Lindqvist.

Een Armeense diplomaat zei [[m @arm ~zei #|dat Jerevan „elk serieus forum” zal overwegen]]. Bakoe is terughoudender. Elchin Rahimov, adviseur van de Azerbeidzjaanse president, zei [[m @aze ~zei #|dat bemiddelaars „meer problemen veroorzaken dan ze oplossen”]]. „[[d @aze #|Wij kennen de weg naar Jerevan. Daar hebben we niemand voor nodig.]]”

In Zwitserland zelf is niet iedereen enthousiast over de zoveelste conferentie. „[[d @kal ~zegt #|Die rol van gastheer is mooi voor de foto, maar de belastingbetaler betaalt elk jaar miljoenen voor beveiliging]]”, zegt Urs Kälin, lid van de Nationale Raad.
""")

article("nl-sc06-granaten-belgie", "2025-11",
        "vl=Pieter Vanlommel|Vanlommel; bon=Serhij Bondar|Bondar; dr=Kristof De Rycke|De Rycke;"
        " vak=een woordvoerder van de militaire vakbond", """
Nieuwe lading Belgische granaten onderweg naar Oekraïne

De federale regering heeft opnieuw 80.000 artilleriegranaten aangekocht via het Tsjechische munitie-initiatief. De eerste vrachtwagens vertrokken dinsdagnacht uit een depot in Lombardsijde.

“[[d @vl ~zei +supportive_of_ukraine #|Ze gaan niet naar een opslagplaats, ze gaan rechtstreeks naar het front]]”, zei minister van Defensie Pieter Vanlommel woensdag in de Kamer. “[[d @vl +supportive_of_ukraine #|Dit is wat we beloofd hebben, en dit is wat we doen.]]”

Vanlommel zegde ook toe [[i @vl ~zegde_toe +supportive_of_ukraine #|dat de volgende tranche nog voor de jaarwisseling vertrekt]]. Over het bedrag deed hij geen uitspraken. Op de kritiek dat België te veel weggeeft, had hij een kort antwoord. “[[d @vl +supportive_of_ukraine #|Wie denkt dat dit te veel is, moet eens een nacht in Charkiv doorbrengen.]]”

Serhij Bondar, een Oekraïense officier die in Brugge een opleiding volgt, kent het belang van elke lading. “[[d @bon ~zegt +supportive_of_ukraine #|Zonder die granaten zwijgen onze stukken. Zo eenvoudig is het]]”, zegt hij. “[[d @bon +supportive_of_ukraine #|Elke vrachtwagen uit België merken wij een paar weken later aan het front.]]”

Oppositie-Kamerlid Kristof De Rycke noemde [[m @dr ~noemde #|het pakket “een cadeau aan de wapenindustrie, betaald door de Vlaamse gezinnen”]]. Een woordvoerder van de militaire vakbond waarschuwde [[m @vak ~waarschuwde #|dat de eigen voorraden van het leger “gevaarlijk laag” staan]]. “[[d @vak #|Wij oefenen al maanden met de helft van wat we nodig hebben.]]”
""")

article("nl-sc07-boedapest-aanbod", "2025-10",
        "hon=de Hongaarse regering|Hongarije|Boedapest; sza=Gábor Szalai|Szalai|Gabor Szalai;"
        " tka=Heorhij Tkatsjenko|Tkatsjenko; eu=een EU-diplomaat; krem=een woordvoerder van het Kremlin;"
        " dor=Rik Dorrestein|Dorrestein", """
Kyiv wijst Hongaars voorstel voor top in Boedapest af

De Hongaarse regering heeft aangeboden [[i @hon ~heeft_aangeboden +mediation_offer|een top tussen de presidenten van Rusland en Oekraïne in Boedapest te organiseren]]. Het voorstel werd dinsdag gedaan door minister van Buitenlandse Zaken Gábor Szalai.

„[[d @sza ~zei +mediation_offer #|Wij zijn het enige land in Europa dat nog met beide kanten praat. Onze deur staat open]]”, zei Szalai op een persconferentie. Hij beloofde [[m @sza ~beloofde +mediation_offer #|dat zijn regering „de logistiek, de beveiliging en de tolken” voor haar rekening neemt]]. „[[d @sza +mediation_offer #|Binnen twee weken kan Boedapest alles klaar hebben.]]”

In Kyiv werd het idee binnen een paar uur van tafel geveegd. „[[d @tka ~zei #|Wie in Brussel elk sanctiepakket tegenhoudt, kan niet als scheidsrechter optreden]]”, zei Heorhij Tkatsjenko, woordvoerder van het Oekraïense ministerie van Buitenlandse Zaken. Hij voegde eraan toe [[i @tka ~voegde_eraan_toe +supportive_of_ukraine|dat er over de toekomst van Oekraïne niets wordt besloten zonder Oekraïne zelf]].

Ook in Brussel is het enthousiasme beperkt. Een EU-diplomaat noemde [[m @eu ~noemde #|het voorstel „een pr-stunt met een draaiboek uit Moskou”]].

Het Kremlin reageerde welwillend. „[[d @krem ~zei #|We sluiten niets uit. Boedapest is een prettige stad om te praten.]]” Dat zei een woordvoerder van het Kremlin woensdag. Over een datum wilde hij niets kwijt.

Volgens politicoloog Rik Dorrestein van de Universiteit Leiden [[i @dor ~volgens #|gaat het Szalai vooral om de verkiezingen in eigen land]]. „[[d @dor ~zegt #|Het aanbod kost hem niets en levert thuis mooie beelden op]]”, zegt hij.
""")

article("nl-sc08-wederopbouw-energienet", "2025-07",
        "wol=Ingrid Wolters|Wolters; mar=Vitalij Martsjenko|Martsjenko;"
        " kui=Bas Kuiper|Kuiper; pri=Gert-Jan Prins|Prins", """
Nederland trekt 500 miljoen uit voor herstel Oekraïens energienet

[[i @wol ~maakte_bekend +supportive_of_ukraine|Nederland trekt de komende twee jaar 500 miljoen euro uit voor het herstel van het Oekraïense elektriciteitsnet]]. Dat maakte minister voor Buitenlandse Handel en Ontwikkeling Ingrid Wolters donderdag bekend op de wederopbouwconferentie in Rome. Het geld gaat naar transformatoren, mobiele centrales en de bescherming van onderstations tegen drone-aanvallen.

„[[d @wol ~zei +supportive_of_ukraine #|Dat geld is er, en het blijft er]]”, zei Wolters tegen de Nederlandse pers. Ze kondigde aan [[i @wol ~kondigde_aan +supportive_of_ukraine #|dat daar volgend jaar een tweede tranche bij komt als de eerste projecten lopen]]. „[[d @wol +supportive_of_ukraine #|Wie nu investeert, investeert in een land dat wil blijven bestaan. Wij kiezen daarvoor.]]”

De Oekraïense netbeheerder is blij met elke transformator. Technisch directeur Vitalij Martsjenko zei [[i @mar ~zei #|dat het net deze winter op zo'n zestig procent van zijn oude capaciteit draait]]. „[[d @mar #|We repareren 's nachts wat overdag kapot is geschoten.]]”

Nederlandse bedrijven staan nog niet te dringen. „[[d @kui ~zegt #|Wij willen graag meedoen, maar de verzekeraars staan nog niet in de rij]]”, zegt Bas Kuiper, directeur van een transformatorenfabriek in Hengelo.

Econoom Gert-Jan Prins plaatst vraagtekens bij de besteding. Volgens hem [[m @pri ~volgens #|verdwijnt een deel van zulke fondsen „in een zwart gat van tussenpersonen”]]. „[[d @pri #|Ik zeg niet dat het niet moet. Ik zeg dat niemand het controleert.]]”
""")

article("nl-sc09-rukla-compagnie", "2026-01",
        "dek=Mirjam Dekkers|Dekkers; jan=Rasa Jankauskienė|Jankauskienė|Jankauskiene;"
        " yous=Youssef El Idrissi|El Idrissi; vyt=Vytautas; kehl=Tobias Kehl|Kehl", """
Min twintig in Rukla: een dag bij de Nederlandse compagnie in Litouwen

Het is min twintig op de oefenterreinen van Rukla, midden in Litouwen. Ruim tweehonderd Nederlandse militairen maken hier deel uit van de NAVO-brigade die de oostflank moet afschrikken. Boven de poort van de kazerne hangen vier vlaggen: de Litouwse, de Duitse, de Nederlandse en die van het bondgenootschap.

Compagniescommandant Mirjam Dekkers staat met een thermoskan koffie bij de pantservoertuigen. „[[d @dek ~zegt +pro_nato #|Wij staan hier zodat niemand in Moskou denkt dat hij een gaatje vindt]]”, zegt ze. „[[d @dek +pro_nato #|Als hier één schot valt, staan er de volgende dag tweeëndertig landen naast ons. Dat weten ze daar ook.]]”

Ook de Duitse verbindingsofficier, majoor Tobias Kehl, loopt mee. „[[d @kehl ~zegt +pro_nato #|Nederlanders, Noren, Duitsers, Litouwers: we eten uit dezelfde pan en we oefenen met dezelfde plannen. Zo hoort het]]”, zegt hij.

Rasa Jankauskienė, burgemeester van het nabijgelegen Jonava, herinnert zich de eerste maanden van de Russische invasie in Oekraïne. „[[d @jan ~zegt +pro_nato #|Toen ze kwamen, sliepen de mensen hier weer. Dat is wat die vlag voor ons betekent]]”, zegt Jankauskienė.

Niet iedereen in de regio is overtuigd. Gepensioneerd leraar Vytautas (71) vraagt zich af [[i @vyt ~vraagt_zich_af #|of een paar duizend soldaten een echte aanval zouden tegenhouden]]. „[[d @vyt #|Ik ben blij dat ze er zijn. Maar ik heb in 1991 ook tanks gezien.]]”

Korporaal Youssef El Idrissi houdt het nuchter. „[[d @yous ~zegt #|Het is koud, het eten is matig en de wifi is slecht]]”, zegt hij lachend. „[[d @yous #|Maar je merkt wel dat de mensen hier blij zijn dat je er bent.]]”

Dekkers zegt [[i @dek ~zegt #|dat de compagnie in maart wordt afgelost door een eenheid uit Havelte]].
""")

article("nl-sc10-den-haag-na-de-top", "2025-07",
        "piet=Ferry Pietersen|Pietersen; gem=een woordvoerder van de gemeente;"
        " bouw=Yvonne Bouwman|Bouwman; bew=Kees Mastenbroek|Mastenbroek; veld=Wouter Veldhoen|Veldhoen", """
Haagse ondernemers tellen na de NAVO-top hun verliezen

Twee weken na de NAVO-top in Den Haag is de rust in de Scheveningse Bosjes teruggekeerd, maar de rekening is er nog niet. Ondernemers in de afgesloten zones willen compensatie.

„[[d @piet ~zegt #|Drie dagen dicht in het hoogseizoen. Daar krijg ik tot nu toe helemaal niks voor terug]]”, zegt Ferry Pietersen, eigenaar van een strandpaviljoen. Een woordvoerder van de gemeente zegt [[i @gem ~zegt #|dat de regeling voor tegemoetkomingen in september opengaat]].

In de gemeenteraad liepen de meningen over de top zelf uiteen. Raadslid Yvonne Bouwman verdedigde het evenement. „[[d @bouw ~zei +pro_nato #|Die top was het waard. Wat hier is afgesproken, houdt Europa de komende jaren veilig]]”, zei ze tijdens het debat. „[[d @bouw +pro_nato #|Ik ben er trots op dat het in onze stad is gebeurd.]]”

Raadslid Wouter Veldhoen zag dat anders. „[[d @veld ~zei #|De stad was een week lang een vesting voor een feestje van 32 regeringsleiders. Ik hoop dat het de laatste keer was]]”, zei hij.

Kees Mastenbroek woont in het Statenkwartier, op een paar honderd meter van het World Forum. „[[d @bew ~zegt #|Ik snap best dat het moet, hoor. Maar een volgende keer graag ergens op de hei]]”, zegt hij. Hij vertelt [[i @bew ~vertelt #|dat hij drie keer zijn paspoort moest laten zien om bij zijn eigen voordeur te komen]].

Volgens de gemeente [[i @gem ~volgens #|kostte de beveiliging de stad zelf ongeveer vier miljoen euro, die het Rijk grotendeels vergoedt]].
""")

article("nl-sc11-doha-soedan", "2025-11",
        "man=Khalid al-Mansouri|Al-Mansouri|al-Mansouri; saf=een woordvoerder van het Soedanese leger;"
        " rsf=de RSF|Rapid Support Forces; dia=Amina Diallo|Diallo; ont=Margreet de Boer|De Boer", """
Qatar nodigt strijdende partijen in Soedan opnieuw uit

Terwijl de gevechten rond de Soedanese stad El Fasher voortduren, heeft Qatar de twee generaals die het land verscheurd hebben opnieuw uitgenodigd voor gesprekken in Doha.

„[[d @man ~zei +mediation_offer #|Onze uitnodiging aan beide generaals blijft staan. Er hangt niets van af behalve hun eigen wil]]”, zei de Qatarese staatsminister Khalid al-Mansouri zondag. „[[d @man +mediation_offer #|Doha ligt drie uur vliegen van Port Soedan. Aan ons zal het niet liggen.]]” Hij bood ook aan [[i @man ~bood_aan +mediation_offer|de eerste ronde zonder voorwaarden vooraf in Doha te organiseren]].

Een woordvoerder van het Soedanese leger zei [[m @saf ~zei #|dat er „niet onderhandeld wordt met een militie”]]. De RSF liet weten [[m @rsf ~liet_weten #|dat zij „in principe” openstaan voor gesprekken, maar niet zolang het leger de luchtaanvallen voortzet]].

Bij de Verenigde Naties groeit het ongeduld. „[[d @dia ~zei #|Beide partijen moeten nu aan tafel. Elke dag die ze wachten kost honderden levens]]”, zei VN-gezant Amina Diallo in New York. Diallo zei ook [[m @dia ~zei +mediation_offer #|dat haar team klaarstaat om een humanitair akkoord over El Fasher „in dagen, niet in weken” op papier te krijgen]].

De Nederlandse minister voor Ontwikkelingshulp Margreet de Boer zei [[i @ont ~zei #|dat Nederland elke poging van Qatar steunt]]. „[[d @ont #|Maar we moeten eerlijk zijn: de vorige drie rondes leverden niets op.]]”
""")

article("nl-sc12-oslo-achterkanaal", "2026-02",
        "hov=Ingrid Hovland|Hovland; isr=een woordvoerder van het Israëlische ministerie van Buitenlandse Zaken;"
        " pal=Samir Haddad|Haddad; egy=een Egyptische functionaris; ana=Sigrid Nyland|Nyland", """
Oslo zoekt weer een rol in het Midden-Oosten

Ruim dertig jaar na de geheime gesprekken die tot de Oslo-akkoorden leidden, wil Noorwegen opnieuw een stille plek bieden aan Israëlische en Palestijnse onderhandelaars.

‘[[d @hov ~zei +mediation_offer #|We hebben het in de jaren negentig gedaan, in alle stilte. We kunnen het weer]]’, zei staatssecretaris Ingrid Hovland dinsdag in het Noorse parlement. Ze zegde toe [[i @hov ~zegde_toe +mediation_offer #|dat Noorwegen ook de reis- en verblijfskosten van de delegaties draagt]]. ‘[[d @hov +mediation_offer #|Wij hebben geen agenda. Alleen een adres, een sleutel en heel veel koffie.]]’

De reacties in de regio zijn lauw. Een woordvoerder van het Israëlische ministerie van Buitenlandse Zaken zei [[m @isr ~zei #|dat Israël ‘geen behoefte heeft aan Scandinavische tussenpersonen’]]. De Palestijnse diplomaat Samir Haddad zei [[i @pal ~zei #|dat elk initiatief welkom is dat de bezetting ter sprake brengt]].

Egypte en Qatar, die al jaren de gesprekken over gijzelaars en een bestand begeleiden, wijzen op hun eigen ervaring. ‘[[d @egy ~zei +mediation_offer #|Onze kanalen staan dag en nacht open. Voor iedereen die ze wil gebruiken]]’, zei een Egyptische functionaris in Caïro.

Midden-Oostenkenner Sigrid Nyland van het Noorse instituut voor internationale zaken is sceptisch. ‘[[d @ana ~zegt #|Oslo heeft een goede naam, maar geen enkele hefboom]]’, zegt ze. ‘[[d @ana #|In 1993 was het de enige weg. Nu staan er tien landen in de rij.]]’
""")

article("nl-sc13-ambassadeur-ontboden", "2025-12",
        "rus=de Russische ambassade|Russische ambassade; tjin=Marloes Tjin|Tjin;"
        " woo=een woordvoerder van Buitenlandse Zaken; ken=Joris van Keulen|Van Keulen", """
Russische ambassadeur ontboden na dreigende verklaring

Het ministerie van Buitenlandse Zaken heeft donderdag de Russische ambassadeur ontboden. Aanleiding is een verklaring van de ambassade over de Nederlandse steun aan Oekraïne.

In die verklaring schreef de ambassade [[m @rus ~schreef #|dat Nederland „de facto een strijdende partij” is geworden]]. Op Telegram voegde de ambassade daar later aan toe [[m @rus ~voegde_daar_aan_toe #|dat Den Haag „de volle verantwoordelijkheid draagt voor elke escalatie”]].

Minister Marloes Tjin reageerde scherp. „[[d @tjin ~zei +supportive_of_ukraine #|Wij laten ons niet intimideren. Onze steun verandert hier geen millimeter door]]”, zei ze. „[[d @tjin +pro_nato #|En wie dreigt, krijgt een antwoord van ons samen met onze bondgenoten, niet van ons alleen.]]” Tjin zei [[m @tjin ~zei +supportive_of_ukraine #|dat het volgende pakket „gewoon volgende maand” de deur uitgaat]].

Een woordvoerder van Buitenlandse Zaken zei [[i @woo ~zei #|dat het gesprek met de ambassadeur ongeveer een halfuur duurde]]. Over de inhoud deed hij geen mededelingen.

Ruslandkenner Joris van Keulen ziet weinig nieuws in de verklaring. „[[d @ken ~zegt #|Dit is vaste prik na elk nieuw steunpakket]]”, zegt hij. „[[d @ken #|Het is vooral bedoeld voor het publiek in Rusland. Ik zou er niet van wakker liggen.]]”
""")

article("nl-sc14-kamer-meerjarige-steun", "2025-09",
        "clas=Ruben Claassen|Claassen; mul=Henk Mulder|Mulder; oua=Fatima Ouali|Ouali;"
        " land=Gijs Landman|Landman; kos=Mirthe Kos|Kos; brug=Koen Brugman|Brugman", """
Kabinet wil steun aan Oekraïne voor drie jaar vastleggen

Het kabinet wil de steun aan Oekraïne voor het eerst voor meerdere jaren vastleggen: 3,5 miljard euro per jaar, tot en met 2028. Dinsdag debatteerde de Tweede Kamer over het voorstel.

„[[d @clas ~zei +supportive_of_ukraine #|We maken het meerjarig, zodat Kyiv weet waar het aan toe is. En Moskou ook]]”, zei minister Ruben Claassen. „[[d @clas +supportive_of_ukraine #|Het is geen gift. Het is een investering in onze eigen veiligheid.]]”

Henk Mulder was niet onder de indruk. „[[d @mul ~zei #|Het geld kan maar één keer worden uitgegeven. Ik kies voor de zorg]]”, zei hij. Mulder vroeg [[i @mul ~vroeg #|of de minister kan garanderen dat er geen euro in de zakken van oligarchen verdwijnt]].

Coalitie-Kamerlid Fatima Ouali wees op de Verenigde Staten. „[[d @oua ~zei +supportive_of_ukraine #|Wat als de Amerikanen ermee stoppen? Dan moeten wij dat gat vullen, en snel]]”, zei ze. „[[d @oua +supportive_of_ukraine #|Drie jaar is mooi. Vijf was beter geweest.]]” Ook haar fractiegenoot Koen Brugman steunde het voorstel. „[[d @brug ~zei +supportive_of_ukraine #|De Oekraïners vechten ook voor ons. Het minste wat wij kunnen doen, is ze de middelen geven]]”, zei hij.

Gijs Landman hield een slag om de arm. „[[d @land ~zei #|Ik sluit niet uit dat we instemmen, maar niet met een blanco cheque]]”, zei hij. Mirthe Kos vroeg [[i @kos ~vroeg #|welk deel van het bedrag naar wederopbouw gaat]]. Claassen antwoordde [[i @clas ~antwoordde #|dat dat ongeveer een vijfde is, de rest gaat naar materieel en munitie]].

Over het voorstel wordt volgende week gestemd.
""")

article("nl-sc15-finland-twee-jaar", "2025-04",
        "laak=Aino Laaksonen|Laaksonen; rant=Mikko Rantanen|Rantanen; hel=Helena Saarinen|Saarinen;"
        " lindg=Erik Lindgren|Lindgren; kosk=Jussi Koskinen|Koskinen", """
Twee jaar na de toetreding: hoe Finland naar het bondgenootschap kijkt

Op 4 april 2023 werd Finland het 31ste lid van de NAVO. Twee jaar later zijn de peilingen in het land opvallend eensgezind: ruim tachtig procent van de Finnen steunt het lidmaatschap.

De Finse ambassadeur in Den Haag, Aino Laaksonen, twijfelt er geen seconde over. “[[d @laak ~zegt +pro_nato #|Het is het beste besluit dat we in zeventig jaar hebben genomen]]”, zegt ze. “[[d @laak +pro_nato #|En we komen niet met lege handen: 280.000 reservisten en een oosterbuur die wij beter kennen dan wie ook. Tachtig jaar hebben we alleen gestaan. Dat hoeft nu niet meer.]]” Laaksonen zegt [[m @laak ~zegt +pro_nato #|dat Finland die nieuwe norm van 3,5 procent „ruim voor 2035” haalt]].

Aan de oostgrens is het stil. “[[d @rant ~zegt #|Sinds de grens dicht is, zien we hier bijna niemand meer]]”, zegt grenswachtcommandant Mikko Rantanen in Vaalimaa. Helena Saarinen, gepensioneerd lerares in Lappeenranta, haalt haar schouders op. “[[d @hel ~zegt #|Voor mij verandert er weinig. We hadden altijd al een leger, en een schuilkelder onder het huis]]”, zegt ze.

In Zweden, dat een jaar later volgde, klinkt hetzelfde geluid. “[[d @lindg ~zegt +pro_nato #|Wij voelen ons er veiliger door. En de Noren, eerlijk gezegd, ook]]”, zegt de Zweedse kolonel Erik Lindgren.

Een kleine minderheid blijft tegen. Jussi Koskinen, parlementslid voor een linkse oppositiepartij, stemde destijds tegen. “[[d @kosk ~zegt #|En dat zou ik weer doen. Over kernwapens op Fins grondgebied hebben we nooit eerlijk gesproken]]”, zegt hij.
""")

article("nl-sc16-chinese-gezant", "2025-05",
        "pek=Peking|China|Beijing; li=Li Wenhao|Li; kow=Anna Kowalczyk|Kowalczyk; mel=Oksana Melnyk|Melnyk;"
        " cun=Rafael Cunha|Cunha; ana=Thijs Wiersma|Wiersma", """
Chinese gezant op rondreis langs Europese hoofdsteden

De Chinese speciale gezant voor Euraziatische zaken, Li Wenhao, was maandag in Brussel. Peking stelde vorig jaar voor [[i @pek ~stelde_voor +mediation_offer|een internationale vredesconferentie te organiseren waarbij zowel Rusland als Oekraïne aan tafel zit]], en wil dat idee nieuw leven inblazen.

'[[d @li ~zei +mediation_offer #|Wij hebben dat voorstel al eerder gedaan. Het ligt nog altijd op tafel]]', zei Li na een gesprek met EU-diplomaten. Hij zei [[m @li ~zei #|dat zijn land 'met beide kanten een goede verstandhouding' heeft]]. '[[d @li +mediation_offer #|Als beide partijen het vragen, sturen we morgen een delegatie naar elke stad die zij kiezen.]]'

Een woordvoerder van de Europese dienst voor extern optreden, Anna Kowalczyk, bleef koel. '[[d @kow ~zei #|Wij bekijken elk voorstel. Tot nu toe hebben we niets concreets gezien]]', zei ze.

In Kyiv is het wantrouwen groter. '[[d @mel ~zei #|Wie de agressor van onderdelen voor drones voorziet, kan geen bemiddelaar zijn]]', zei Oksana Melnyk, adviseur van de Oekraïense regering.

Brazilië, dat het Chinese plan mede ondertekende, houdt zich wel beschikbaar. De Braziliaanse diplomaat Rafael Cunha zei [[i @cun ~zei +mediation_offer #|dat Brasília bereid is samen met Peking de eerste bijeenkomst voor te zitten]].

China-deskundige Thijs Wiersma ziet vooral een boodschap aan de rest van de wereld. '[[d @ana ~zegt #|Peking wil gezien worden als vredestichter in het mondiale zuiden. Of er ooit een conferentie komt, is bijzaak]]', zegt hij.
""")

article("nl-sc17-opvang-winschoten", "2026-03",
        "old=de gemeente Oldambt|Oldambt; eil=Harm Eilers|Eilers; bos=Annemiek Bos|Bos; ole=Olena; tuin=Jan Tuin|Tuin;"
        " ger=Gerda Wubbels|Wubbels; coa=een woordvoerder van het ministerie van Asiel en Migratie", """
Opvang voor Oekraïners in Winschoten blijft open, ook zonder geld uit Den Haag

In een voormalige basisschool aan de rand van Winschoten wonen sinds 2022 zo'n 180 Oekraïense vluchtelingen. Het Rijk wil de vergoeding die gemeenten per opgevangen persoon krijgen volgend jaar fors verlagen. De gemeente Oldambt laat weten [[i @old ~laat_weten +supportive_of_ukraine #|dat de locatie hoe dan ook openblijft]].

,,[[d @eil ~zegt +supportive_of_ukraine #|Wij blijven die opvang gewoon doen, ook als Den Haag het geld schrapt]]'', zegt wethouder Harm Eilers. Burgemeester Annemiek Bos sluit zich daarbij aan. ,,[[d @bos ~zegt +supportive_of_ukraine #|Ze zijn welkom zolang het nodig is. Zo simpel ligt het voor mij]]'', zegt ze.

Olena (41) werkt sinds twee jaar in de kassen bij Pekela. ,,[[d @ole ~zegt #|Mijn dochter spreekt inmiddels beter Gronings dan ik]]'', zegt ze lachend.

Niet iedereen in de wijk is even positief. ,,[[d @tuin ~zegt #|Eerst onze eigen mensen. Mijn zoon staat al zes jaar op de wachtlijst voor een huurhuis]]'', zegt buurtbewoner Jan Tuin. Buurvrouw Gerda Wubbels denkt daar anders over. ,,[[d @ger ~zegt +supportive_of_ukraine #|Ze doen hier meer voor de buurt dan sommige mensen die hier al veertig jaar wonen. Die mensen laat je niet in de steek]]'', zegt ze.

Een woordvoerder van het ministerie van Asiel en Migratie zegt [[i @coa ~zegt #|dat er landelijk nog ruim honderdduizend Oekraïners in de gemeentelijke opvang verblijven]].
""")

article("nl-sc18-euroclear-tegoeden", "2025-12",
        "now=Katarzyna Nowak|Nowak; vdp=Geert Vandeputte|Vandeputte; tamm=Kadri Tamm|Tamm;"
        " slow=een Slowaakse diplomaat; euc=een woordvoerder van Euroclear", """
EU-ministers ruziën over bevroren Russische tegoeden

In Brussel zijn de ministers van Financiën van de EU-lidstaten het maandag opnieuw niet eens geworden over een lening aan Oekraïne die gedekt wordt door bevroren tegoeden van de Russische centrale bank. Het grootste deel van dat geld staat bij Euroclear, in Brussel.

“[[d @now ~zei +supportive_of_ukraine #|Rusland moet betalen voor wat het heeft kapotgemaakt. Dit is de manier]]”, zei Eurocommissaris Katarzyna Nowak. “[[d @now +supportive_of_ukraine #|Wie nu nog twijfelt, moet maar uitleggen aan wie hij dat geld liever teruggeeft.]]” De Estse minister Kadri Tamm viel haar bij. “[[d @tamm ~zei +supportive_of_ukraine #|Het geld staat daar toch maar stil. Laat het werken voor de mensen in Charkiv]]”, zei ze.

De Belgische minister van Financiën Geert Vandeputte blijft op de rem staan. “[[d @vdp ~zei #|Wij willen helpen, maar niet met een risico dat alleen België draagt]]”, zei hij. Vandeputte zei [[m @vdp ~zei #|dat België “geen enkele garantie” heeft voor het geval Moskou naar de rechter stapt]].

Ook over het volgende sanctiepakket is er geen akkoord. Tamm zei daarover [[i @tamm ~zei +supportive_of_ukraine #|dat elk pakket de Russische oorlogskas kleiner maakt en dat dat precies de bedoeling is]]. Een Slowaakse diplomaat zei [[i @slow ~zei #|dat zijn land niet tekent zolang de eigen gasleveringen op het spel staan]].

Een woordvoerder van Euroclear zei [[m @euc ~zei #|dat de instelling “elk juridisch kader” volgt dat de lidstaten afspreken]].
""")

article("nl-sc19-drone-coalitie", "2025-11",
        "verb=Lieke Verbruggen|Verbruggen; ram=Thijs Ramaker|Ramaker; dmy=Dmytro;"
        " osch=Frank van Osch|Van Osch; ozo=Elīna Ozola|Ozola|Elina Ozola", """
Nederland bestelt duizenden drones voor Oekraïne

Nederland bestelt via de internationale dronecoalitie onder leiding van Letland duizenden verkenningsdrones en aanvalsdrones voor het Oekraïense leger. Een deel wordt in Nederland zelf gebouwd.

"[[d @verb ~zei +supportive_of_ukraine #|We hebben er vierduizend besteld, en de eerste duizend zijn al onderweg]]", zei staatssecretaris van Defensie Lieke Verbruggen maandag bij een bezoek aan een fabriek in Eindhoven. "[[d @verb +supportive_of_ukraine #|Ze zijn goedkoop, ze zijn snel en ze werken. Kyiv vraagt erom, dus krijgt Kyiv ze.]]" Verbruggen zegde toe [[i @verb ~zegde_toe +supportive_of_ukraine #|dat de rest voor de zomer wordt geleverd]].

Voor de fabriek is de order een goudmijn. "[[d @ram ~zegt #|Onze orderboeken zitten vol tot halverwege volgend jaar]]", zegt directeur Thijs Ramaker. Ook de Letse ambassadeur, Elīna Ozola, was bij het bezoek. "[[d @ozo ~zei +supportive_of_ukraine #|Wat Nederland hier doet, is precies waarvoor we deze coalitie hebben opgericht. Hoe meer er naar het oosten gaan, hoe beter]]", zei ze.

Via een videoverbinding vertelde een Oekraïense droneoperator, die alleen zijn voornaam Dmytro wil noemen, [[i @dmy ~vertelde #|dat de Russen nieuwe frequenties binnen een paar weken leren storen]]. "[[d @dmy #|Wat in januari werkt, werkt in maart niet meer.]]"

Oud-generaal Frank van Osch is kritisch. "[[d @osch ~zegt #|Elke drone die we weggeven, hebben we zelf niet. Onze eigen krijgsmacht heeft er nog geen honderd]]", zegt hij.
""")

article("nl-sc20-oefening-noordlicht", "2026-03",
        "stolk=Arjen Stolk|Stolk; sem=Sem de Graaf|De Graaf; navo=een woordvoerder van het NAVO-hoofdkwartier;"
        " odd=Odd Nilsen|Nilsen; sol=Kari Solheim|Solheim; clas=Ruben Claassen|Claassen;"
        " rus=de Russische ambassade in Oslo|Russische ambassade", """
Mariniers oefenen in Noord-Noorwegen met dertien bondgenoten

Ruim twintigduizend militairen uit veertien NAVO-landen oefenen deze weken in het noorden van Noorwegen. Ook achthonderd Nederlandse mariniers doen mee aan de oefening, die Noordlicht heet en om de twee jaar wordt gehouden.

„[[d @stolk ~zegt +pro_nato #|Dit is waarom we het doen: veertien landen, één commandostructuur, en iedereen spreekt op de radio dezelfde taal]]”, zegt luitenant-kolonel Arjen Stolk, die het Nederlandse bataljon leidt. „[[d @stolk +pro_nato #|Als het ooit echt moet, hoeven we ons hier niet meer aan elkaar voor te stellen.]]”

Marinier Sem de Graaf (22) is vooral bezig met warm blijven. „[[d @sem ~zegt #|Ik heb het nog nooit zo koud gehad. En ik kom uit Drenthe]]”, zegt hij.

Een woordvoerder van het NAVO-hoofdkwartier zei [[i @navo ~zei #|dat het amfibische deel van de oefening met een dag is uitgesteld vanwege een sneeuwstorm]].

Burgemeester Kari Solheim van Målselv ziet de gasten graag komen. „[[d @sol ~zegt +pro_nato #|Voor ons is het simpel: hoe meer van die uniformen hier in de winter, hoe rustiger wij slapen]]”, zegt ze. Visser Odd Nilsen is minder blij. „[[d @odd ~zegt #|Twee weken mag ik de fjord niet op. Wie betaalt mijn vangst?]]”

Minister Ruben Claassen bezocht de mariniers woensdag. Hij zei [[i @clas ~zei +pro_nato #|dat dit soort oefeningen laten zien dat de bondgenoten elkaar kunnen vinden als het erop aankomt]]. „[[d @clas +pro_nato #|Ik zie hier jongens en meiden uit Harderwijk en uit Halifax die elkaar blind vertrouwen. Dat bouw je niet in een crisis op.]]” De Russische ambassade in Oslo noemde [[m @rus ~noemde #|de oefening „een provocatie vlak bij onze grens”]].

Stolk zegt [[i @stolk ~zegt #|dat de Nederlanders over twee jaar terugkomen, dan met een groter contingent]].
""")

article("nl-sc21-europese-pijler", "2025-10",
        "was=Washington|de Amerikaanse regering; duf=Claire Dufresne|Dufresne; vis=Marijke Visser|Visser; bra=Hans-Georg Brandt|Brandt;"
        " ind=Ruud Hagenaars|Hagenaars; pol=Piotr Zawadzki|Zawadzki; mep=Lieve Claeys|Claeys", """
Europese defensie: zelf doen of samen met Amerika?

Nu Washington steeds luider zegt [[i @was ~zegt #|dat Europa zijn eigen veiligheid moet regelen]], woedt in Brussel een oud debat in alle hevigheid: moet de EU een eigen defensie opbouwen, of blijft de NAVO het huis waarin Europa woont?

Eurocommissaris Claire Dufresne is uitgesproken. „[[d @duf ~zei #|Europa moet zijn eigen boontjes leren doppen. Niemand anders gaat dat voor ons doen]]”, zei ze vorige week in het Europees Parlement. „[[d @duf #|We moeten ons voorbereiden op een Amerika dat niet komt als we bellen.]]”

Marijke Visser, analist bij het Haags Centrum voor Strategische Studies, ziet die tegenstelling niet. „[[d @vis ~zegt +pro_nato #|Een Europese pijler, prima. Maar dan wel als pijler onder hetzelfde dak]]”, zegt ze.

De gepensioneerde Duitse generaal Hans-Georg Brandt is nog stelliger. „[[d @bra ~zegt +pro_nato #|Zonder de Amerikanen heeft Europa geen satellieten, geen tankvliegtuigen en geen kernparaplu. Wie dat wil vervangen, heeft twintig jaar nodig. Tot die tijd is er maar één adres]]”, zegt hij.

In Warschau ziet men al helemaal geen keuze. „[[d @pol ~zei +pro_nato|Wij willen allebei: meer Europa en een sterkere NAVO. Wie ons vraagt te kiezen, heeft de kaart niet bekeken]]”, zei de Poolse staatssecretaris Piotr Zawadzki.

Europarlementariër Lieve Claeys houdt een slag om de arm. „[[d @mep ~zegt #|Ik ben geen tegenstander van het bondgenootschap, maar het kan niet dat één hoofdstad alles bepaalt]]”, zegt ze.

De industrie kijkt vooral naar de orders. „[[d @ind ~zegt #|De bestellingen komen wel, maar de fabrieken nog niet. Een munitielijn bouw je niet in een jaar]]”, zegt Ruud Hagenaars van de branchevereniging voor defensiebedrijven.
""")

article("nl-sc22-emiraten-gevangenenruil", "2025-08",
        "vae=Saeed al-Ketbi|Al-Ketbi|al-Ketbi; hq=Oleh Danylenko|Danylenko; rusdef=het Russische ministerie van Defensie|Russische ministerie van Defensie;"
        " icrc=Judith Ammann|Ammann; vrouw=Natalija Horbenko|Horbenko; lys=Viktor Lysenko|Lysenko", """
Opnieuw honderden krijgsgevangenen geruild via de Emiraten

Rusland en Oekraïne hebben donderdag elk 146 krijgsgevangenen vrijgelaten. Het was de vijftiende ruil die via de Verenigde Arabische Emiraten tot stand kwam.

„[[d @vae ~zei +mediation_offer #|Wij zijn beschikbaar voor de volgende. En voor de volgende daarna]]”, zei Saeed al-Ketbi, die namens Abu Dhabi de contacten met beide hoofdsteden onderhoudt. Hij zei [[i @vae ~zei +mediation_offer #|dat zijn land ook de overdracht van de stoffelijke overschotten van gesneuvelde soldaten wil blijven regelen]]. „[[d @vae +mediation_offer #|Wij kiezen geen kant. Wij brengen mensen naar huis, en daar gaan we mee door.]]”

Het Russische ministerie van Defensie meldde [[i @rusdef ~meldde #|dat de ruil dankzij de bemiddeling van de Emiraten plaatsvond]]. Oleh Danylenko van het Oekraïense coördinatiecentrum voor krijgsgevangenen zei [[i @hq ~zei #|dat onder de vrijgelaten Oekraïners ook verdedigers van Marioepol zijn die ruim drie jaar vastzaten]]. „[[d @hq #|Ze zijn vermagerd en ziek. Sommigen herkenden hun eigen kinderen niet.]]”

Natalija Horbenko stond met een foto van haar man bij de grens te wachten. Hij was er niet bij. „[[d @vrouw ~zegt #|Elke keer denk ik: nu. En elke keer is het weer niet nu]]”, zegt ze.

Het Internationale Comité van het Rode Kruis bemoeit zich niet met de onderhandelingen, maar houdt zich beschikbaar. „[[d @icrc ~zei +mediation_offer #|Als beide partijen het ons vragen, zijn wij er om lijsten uit te wisselen en de overdracht te begeleiden]]”, zei woordvoerder Judith Ammann in Genève.

De Oekraïense mensenrechtencommissaris Viktor Lysenko zei [[m @lys ~zei #|dat hij hoopt dat de Emiraten hun rol blijven spelen, maar dat de ruilen „veel te langzaam” gaan]].
""")

article("nl-sc23-turkse-ambassadeur", "2025-11",
        "yav=Selim Yavuz|Yavuz; dem=Esra Demir|Demir", """
In gesprek met de Turkse ambassadeur over Istanbul, de Zwarte Zee en het bondgenootschap

Selim Yavuz is sinds vorig jaar ambassadeur van Turkije in Den Haag. In Istanbul vonden de afgelopen jaren bijna alle rechtstreekse gesprekken tussen Rusland en Oekraïne plaats. Yavuz ontvangt ons in zijn werkkamer, met uitzicht op de Lange Voorhout.

“[[d @yav ~zegt +mediation_offer #|Wij praten met iedereen. Daarom komen ze ook naar ons, en daarom blijven we ze ontvangen]]”, zegt hij. “[[d @yav +mediation_offer #|Als de tijd rijp is, zetten wij de tafel neer. Dat hebben we in 2022 met het graan ook gedaan.]]”

Yavuz zegt [[i @yav ~zegt +mediation_offer|dat Ankara ook bereid is gesprekken te organiseren over de veiligheid van de koopvaardij op de Zwarte Zee]]. Tegelijk benadrukt hij [[i @yav ~benadrukt +supportive_of_ukraine|dat Turkije de annexatie van de Krim nooit heeft erkend en nooit zal erkennen]].

Is Turkije wel een betrouwbare bondgenoot, met zijn Russische luchtafweer en zijn goede banden met het Kremlin? Yavuz glimlacht. “[[d @yav #|Dat is een oud verhaal. Wij laten ons door niemand iets voorschrijven, niet door Moskou en niet door Washington.]]” En dan, ernstiger: “[[d @yav +pro_nato #|Wij zijn sinds 1952 lid. Wij hebben het tweede leger van het bondgenootschap, en daar zijn we trots op.]]”

Over de Europese Unie is hij minder mild. “[[d @yav ~zegt #|Europa heeft Turkije nodig, of het dat nu leuk vindt of niet]]”, zegt hij.

Turkijekenner Esra Demir van de Universiteit van Amsterdam plaatst kanttekeningen bij de rol van gastheer. “[[d @dem ~zegt #|Ankara wil aan tafel zitten zonder kant te kiezen. Dat gaat goed, tot het een keer niet meer goed gaat]]”, zegt ze.
""")

article("nl-sc24-belgie-twee-procent", "2025-06",
        "vl=Pieter Vanlommel|Vanlommel; lam=Nadia Lambert|Lambert; wou=Bram Wouters|Wouters;"
        " deb=Marc Debaere|Debaere; ind=een woordvoerder van de defensie-industrie", """
België haalt dit jaar voor het eerst de NAVO-norm van twee procent

Voor het eerst sinds het einde van de Koude Oorlog geeft België dit jaar twee procent van zijn bbp uit aan defensie, de norm die de NAVO-landen in 2014 afspraken. De federale regering trekt er vier miljard euro extra voor uit.

“[[d @vl ~zei +pro_nato #|Dit had tien jaar geleden al moeten gebeuren]]”, zei minister van Defensie Pieter Vanlommel dinsdag in de Kamer. “[[d @vl +pro_nato #|Onze bondgenoten hebben lang genoeg op ons gewacht.]]” Hij wees erop [[i @vl ~wees_erop #|dat Belgische F-35's vanaf volgend jaar meedoen aan de bewaking van het Baltische luchtruim]]. “[[d @vl +pro_nato #|Daar ben ik trots op. Dat is wat een bondgenoot doet.]]” Vanlommel zegde toe [[i @vl ~zegde_toe +pro_nato #|dat België ook de nieuwe lat van 3,5 procent tegen 2035 zal halen]].

Chef Defensie Marc Debaere was zichtbaar opgelucht. “[[d @deb ~zei +pro_nato #|Voor het eerst in dertig jaar kan ik mijn collega's in Evere recht in de ogen kijken en zeggen: wij doen ons deel]]”, zei hij.

De oppositie reageerde fel. “[[d @lam ~zei #|Vier miljard voor gevechtsvliegtuigen, en geen cent voor de ziekenhuizen]]”, zei Kamerlid Nadia Lambert. Haar collega Bram Wouters noemde [[m @wou ~noemde #|de twee procent “een boekhoudkundig getal, geen veiligheidsstrategie”]].

Ook de defensie-industrie wacht af. Een woordvoerder van de sector zei [[i @ind ~zei #|dat de bedrijven de vraag aankunnen, als de contracten maar lang genoeg lopen]].
""")

article("nl-sc25-coalitie-bereidwilligen", "2026-02",
        "tjin=Marloes Tjin|Tjin; grant=Oliver Grant|Grant; ita=een Italiaanse diplomaat;"
        " oekm=Taras Savtsjenko|Savtsjenko; krem=een woordvoerder van het Kremlin", """
Coalitie van bereidwilligen praat in Londen over garanties na een bestand

Ministers uit ruim twintig landen bespraken woensdag in Londen hoe Oekraïne beschermd kan worden als er ooit een staakt-het-vuren komt. Op tafel ligt een Europese geruststellingsmacht: troepen, luchtpatrouilles en een maritieme missie op de Zwarte Zee.

„[[d @tjin ~zei +supportive_of_ukraine #|Als het zover komt, staan wij klaar. Met mensen, met schepen, met wat er nodig is]]”, zei minister van Buitenlandse Zaken Marloes Tjin na afloop. Ze zei [[i @tjin ~zei +supportive_of_ukraine #|dat Nederland ook bereid is de coördinatie van de maritieme missie op zich te nemen]]. „[[d @tjin +pro_nato|En dit doen we niet naast de NAVO, maar in nauwe afstemming met het bondgenootschap.]]”

De Britse minister Oliver Grant sprak namens de gastheer. „[[d @grant ~zei +supportive_of_ukraine #|Wij zullen er zijn, in de lucht en op zee. Dat heb ik vandaag ook persoonlijk aan mijn Oekraïense collega beloofd]]”, zei hij.

Niet alle landen willen al zo ver vooruitkijken. „[[d @ita ~zei #|Eerst een bestand, dan praten we over troepen. Niet andersom]]”, zei een Italiaanse diplomaat.

De Oekraïense viceminister Taras Savtsjenko was dankbaar, maar voorzichtig. „[[d @oekm ~zei #|Garanties op papier hebben we in 1994 ook gekregen. We weten hoe dat is afgelopen]]”, zei hij.

Een woordvoerder van het Kremlin zei [[m @krem ~zei #|dat elke buitenlandse militair in Oekraïne „als vijandelijke strijder” wordt behandeld]].
""")

article("nl-sc26-kort-nieuws", "2025-11",
        "brou=Elske Brouwer|Brouwer; ekst=Johan Ekström|Ekström|Ekstrom; leit=Katharina Leitner|Leitner;"
        " slow=Marek Hudák|Hudák|Hudak; rich=Jana Richter|Richter; navo=een NAVO-woordvoerder;"
        " wanj=Grace Wanjiru|Wanjiru; eri=de Eritrese minister van Informatie", """
Het nieuws in het kort

Zr.Ms. Tromp leidt NAVO-vlootverband
Het Nederlandse fregat Zr.Ms. Tromp heeft maandag in Den Helder het commando overgenomen over een van de vaste vlootverbanden van de NAVO in de Noordzee en de Oostzee. „[[d @brou ~zei +pro_nato #|Een eer, en een verantwoordelijkheid die we met beide handen aanpakken]]”, zei commandant Elske Brouwer bij de overdracht.

Zweden stuurt winterpakket naar Oekraïne
Zweden stuurt vijfhonderd generatoren en twintig mobiele warmtecentrales naar Oekraïne. Minister Johan Ekström zei [[i @ekst ~zei +supportive_of_ukraine #|dat alles nog voor de eerste vorst aankomt]].

Wenen beschikbaar voor Belgrado en Pristina
Nu de door de EU begeleide dialoog tussen Servië en Kosovo al maanden stilligt, meldt Oostenrijk zich. „[[d @leit ~zei +mediation_offer #|Wenen ligt voor allebei even dichtbij. Wij zijn er klaar voor]]”, zei minister van Buitenlandse Zaken Katharina Leitner.

Slowakije stopt met munitieverkoop
De Slowaakse regering verlengt de contracten voor de verkoop van munitie aan Oekraïne niet. „[[d @slow ~zei #|Wij hebben genoeg gedaan. Nu is het aan anderen]]”, zei minister Marek Hudák.

Tweede Patriot-systeem uit Duitsland
Duitsland levert Oekraïne een tweede Patriot-systeem uit de eigen voorraad. „[[d @rich ~zei +supportive_of_ukraine #|Het volgende volgt in het voorjaar. En daarna nog twee]]”, zei de Duitse minister Jana Richter.

NAVO-top in juli
Een NAVO-woordvoerder bevestigde [[i @navo ~bevestigde #|dat de top van volgend jaar in juli in Ankara wordt gehouden]].

Kenia wil bemiddelen in de Hoorn van Afrika
Na nieuwe grensincidenten tussen Ethiopië en Eritrea zei de Keniaanse minister van Buitenlandse Zaken Grace Wanjiru [[m @wanj ~zei +mediation_offer #|dat Nairobi „morgen al” een eerste ontmoeting kan organiseren]]. De Eritrese minister van Informatie liet weten [[m @eri ~liet_weten #|dat er „niets te bemiddelen valt”]].
""")

article("nl-sc27-navo-ministers-brussel", "2025-06",
        "bak=Ingrid Bakke|Bakke; clas=Ruben Claassen|Claassen; hun=Ádám Kovács|Kovács|Kovacs;"
        " spa=Lucía Ferrer|Ferrer; nowi=Marek Nowicki|Nowicki; ukr=Ihor Polishchuk|Polishchuk", """
NAVO-ministers eens over nieuwe capaciteitsdoelen

De ministers van Defensie van de NAVO-landen hebben donderdag in Brussel nieuwe capaciteitsdoelen vastgesteld: afspraken over hoeveel luchtverdediging, munitie, brigades en schepen elk land de komende jaren moet leveren.

Plaatsvervangend secretaris-generaal Ingrid Bakke presenteerde het resultaat op een persconferentie. “[[d @bak ~zei +pro_nato #|Dit zijn de meest ambitieuze doelen die we ooit hebben vastgesteld, en iedereen aan tafel heeft ze onderschreven]]”, zei ze. “[[d @bak +pro_nato #|Wie aan ons twijfelt, kan vandaag zien dat we het nog altijd eens worden.]]”

Op de vraag of de Verenigde Staten troepen uit Europa terugtrekken, was Bakke kort: “[[d @bak ~was_kort #|Ik ga niet speculeren over besluiten die niet genomen zijn.]]” Ze zei wel [[i @bak ~zei +supportive_of_ukraine #|dat de ministers ook afspraken hebben gemaakt over het jarenlang opleiden van Oekraïense brigades]].

Minister Ruben Claassen zei na afloop [[i @clas ~zei +pro_nato #|dat het voor Nederland vooral om luchtverdediging en munitie gaat en dat het kabinet die rekening gaat betalen]]. De Poolse minister Marek Nowicki was plechtiger. “[[d @nowi ~zei +pro_nato|Voor ons is artikel 5 geen paragraaf in een verdrag. Het is de reden dat mijn kinderen rustig slapen]]”, zei hij.

Niet iedereen is even enthousiast. “[[d @spa ~zei #|Wij doen mee, maar in ons eigen tempo]]”, zei de Spaanse staatssecretaris Lucía Ferrer. De Hongaarse minister Ádám Kovács zei [[m @hun ~zei #|dat zijn land „geen enkele soldaat” naar Oekraïne stuurt, ook niet voor training]].

De Oekraïense viceminister Ihor Polishchuk, die als gast aanwezig was, bedankte de ministers. “[[d @ukr ~zei +supportive_of_ukraine #|Elke brigade die jullie opleiden, is een brigade die wij niet in een paar weken hoeven klaar te stomen]]”, zei hij.
""")

# === 1b. on-topic articles (English) =======================================

article("en-sc01-estonia-shells", "2025-10",
        "mod=the Estonian Defence Ministry|Defence Ministry; vah=Kristjan Vaher|Vaher; kask=Mart Kask|Kask; hna=Yurii Hnatiuk|Hnatiuk; an=Liis Saar|Saar", """
Estonia sends another ammunition package to Ukraine

TALLINN, Oct 14 (wire) - [[i @mod ~said +supportive_of_ukraine|Estonia will send a further 40,000 artillery shells and several thousand anti-tank rounds to Ukraine before the end of the year]], the Defence Ministry said on Tuesday, its largest single package since the start of the full-scale invasion.

"[[d @vah ~told_reporters +supportive_of_ukraine #|We said we would deliver, and we have delivered. We will deliver again,]]" Defence Minister Kristjan Vaher told reporters at a depot outside Tallinn. "[[d @vah +supportive_of_ukraine #|Some of them are already on the trucks.]]"

Vaher said [[i @vah ~said +supportive_of_ukraine|the country would keep spending a quarter of a percent of its economic output on military aid to Kyiv for as long as the war lasted]]. He added [[i @vah ~added +supportive_of_ukraine #|that Estonian instructors would also train the crews who fire them]].

Ukraine's defence attache in Tallinn, Colonel Yurii Hnatiuk, said [[i @hna ~said +supportive_of_ukraine #|the package mattered beyond its size]]. "[[d @hna ~said +supportive_of_ukraine #|For a country of 1.3 million people, this is remarkable. We do not take it for granted,]]" he said.

Not everyone in Tallinn is convinced. "[[d @kask ~said #|Every shell we send is a shell our own army does not have,]]" said opposition leader Mart Kask, who has called for a pause until domestic stocks are rebuilt.

Whether the pace can last is another matter. "[[d @an ~said #|Estonia is punching far above its weight, but its stockpiles are finite,]]" said Liis Saar of the International Centre for Defence and Security.
""")

article("en-sc02-jeddah-offer", "2025-06",
        "har=Faisal al-Harbi|al-Harbi|Al-Harbi; ukr=Mykola Bondarenko|Bondarenko; vol=Sergei Volkov|Volkov;"
        " us=a State Department official; an=Hamad Saleh|Saleh", """
Saudi Arabia ready for new round of Ukraine talks

RIYADH, June 22 (wire) - Saudi Arabia wants to bring U.S., Ukrainian and Russian negotiators back to Jeddah, where American and Ukrainian delegations met for talks on a ceasefire earlier this year.

"[[d @har ~said +mediation_offer #|The Kingdom's doors remain open,]]" Faisal al-Harbi, a senior adviser at the Saudi foreign ministry, said on Sunday. "[[d @har +mediation_offer #|Jeddah worked once. It can work again.]]"

Al-Harbi said [[i @har ~said +mediation_offer #|Riyadh was also willing to host the technical teams working on a maritime truce in the Black Sea]]. "[[d @har +mediation_offer #|Hotels, security, interpreters: that part is easy.]]"

Kyiv was polite but noncommittal. "[[d @ukr ~said #|We appreciate every effort. But the question is not where we meet. It is whether Moscow wants to stop,]]" said Mykola Bondarenko, an adviser to Ukraine's presidential office.

Russian Deputy Foreign Minister Sergei Volkov said [[m @vol ~said #|Moscow had "no objections to Saudi Arabia as a venue"]] but gave no date.

A State Department official said [[m @us ~said #|Washington would "consider" sending a delegation]].

"[[d @an ~said #|Riyadh wants to be seen as indispensable, and hosting is cheap,]]" said Hamad Saleh, a Gulf analyst based in London.
""")

article("en-sc03-canada-spending", "2025-07",
        "gov=the Canadian government|the government; fort=Daniel Fortier|Fortier; ross=Megan Ross|Ross; macl=Andrew MacLeod|MacLeod;"
        " berz=Ilze Berzina|Berzina", """
Canada to hit NATO spending target years early

OTTAWA, July 3 (wire) - [[i @gov ~said +pro_nato|Canada will spend two percent of its economy on defence this fiscal year, years ahead of schedule, and will reach the alliance's new 3.5 percent benchmark by 2035]], the government said on Thursday.

"[[d @fort ~said +pro_nato #|This is the day we stopped being the country that everyone at the table had to wait for,]]" Defence Minister Daniel Fortier said. "[[d @fort +pro_nato #|Our allies asked. We listened. And frankly, they were right to ask.]]"

Fortier said [[m @fort ~said +pro_nato #|the commitment was "non-negotiable," whoever sat in the White House]].

The opposition was scathing. "[[d @ross ~said #|Twenty billion dollars, and not a single word about housing,]]" said opposition defence critic Megan Ross.

Retired Lieutenant-General Andrew MacLeod was more cautious. "[[d @macl ~said #|The money is welcome. Whether we have the people and the factories to turn it into capability is another question,]]" he said.

In Riga, the news was greeted warmly. "[[d @berz ~said +pro_nato #|Canadians lead the multinational brigade in Latvia. For us this is not an abstract number. It is the soldier standing next to ours,]]" said Ilze Berzina, Latvia's ambassador to Canada.
""")

article("en-sc04-aid-poll", "2026-01",
        "pem=Pemberton Research; thor=Alice Thornton|Thornton; hill=Derek Hill|Hill; ade=Rachel Adeyemi|Adeyemi;"
        " pike=Graham Pike|Pike; krav=Olha Kravets|Kravets; nair=Priya Nair|Nair;"
        " tre=a Treasury spokesperson", """
Poll shows British support for Ukraine aid slipping

LONDON, Jan 19 (wire) - [[i @pem ~according_to ?|Support among Britons for continued military aid to Ukraine has fallen to 54 percent, down from 68 percent two years ago]], according to a poll by Pemberton Research published on Monday.

"[[d @thor ~said #|The support is still there, but it is softer than it was,]]" said Alice Thornton, who led the survey. "[[d @thor #|People are not turning against Ukraine. They are getting tired.]]"

In Stoke-on-Trent, retired bus driver Derek Hill put it bluntly. "[[d @hill ~said #|I'm sorry for them, I really am. But my heating bill doesn't care about Ukraine,]]" he said.

Government minister Rachel Adeyemi said [[i @ade ~said +supportive_of_ukraine #|the numbers would not change policy]]. "[[d @ade ~told +supportive_of_ukraine #|If we stop now, everything we have given so far will have been wasted. We are not going to do that,]]" she told the BBC.

Opposition MP Graham Pike disagreed. "[[d @pike ~said #|The public is telling us something. We should be pushing for talks, not writing cheques,]]" he said.

Olha Kravets, who runs a Ukrainian community centre in west London, said [[m @krav ~said +supportive_of_ukraine #|British families had been "extraordinary" and she hoped they would not tire before the war did]]. At a university in Leeds, student Priya Nair sees no dilemma at all. "[[d @nair ~said +supportive_of_ukraine #|You help the people who are being invaded. That's it,]]" she said.

A Treasury spokesperson said [[m @tre ~said #|the budget for Ukraine was "fixed for this financial year"]].
""")

article("en-sc05-kinshasa-talks", "2025-09",
        "qat=Qatar; kuw=Abdullah al-Kuwari|al-Kuwari|Al-Kuwari; mbu=Patrick Mbuyi|Mbuyi; m23=an M23 spokesman;"
        " mwa=Joseph Mwangi|Mwangi; rwa=a Rwandan government spokeswoman; msf=Claire Dubois|Dubois", """
Qatar offers [[i @qat ~offers ? +mediation_offer|to host fresh talks between Kinshasa and M23]]

DOHA, Sept 9 (wire) - Qatar on Tuesday [[i @qat ~offered +mediation_offer|offered to host a new round of talks between the Democratic Republic of Congo and the M23 rebel group]], after fighting around the eastern city of Goma flared up again despite a truce signed in the summer.

"[[d @kuw ~said +mediation_offer #|We have done this before and we are ready to do it again,]]" said Abdullah al-Kuwari, a Qatari minister of state. "[[d @kuw +mediation_offer #|We will keep the line open for as long as both sides are willing to pick up the phone.]]"

Congolese government spokesman Patrick Mbuyi said [[i @mbu ~said #|Kinshasa would attend]]. "[[d @mbu ~said #|We will go, but we will not sit down with Rwanda's proxies as if they were a state,]]" he said. An M23 spokesman said [[m @m23 ~said #|the group had "not yet been formally invited"]].

African Union envoy Joseph Mwangi said [[m @mwa ~said +mediation_offer #|the AU "stands ready to co-chair" the process alongside Doha]].

A Rwandan government spokeswoman said [[m @rwa ~said #|Kigali "welcomes any effort" but again rejected accusations that it backs the rebels]].

In Goma, aid workers describe a city on edge. "[[d @msf ~said #|People don't follow the diplomacy. They just want the shooting to stop,]]" said Claire Dubois, a coordinator for a medical charity.
""")

# === 2. other subjects: no stance labels (Dutch) ===========================

article("nl-sc28-voetbal-hoornstad", "2025-11",
        "ver=Dennis Verhoef|Verhoef; kap=Jordy Tromp|Tromp; opp=Marco Lindeman|Lindeman;"
        " voor=Hans Kuijt|Kuijt", """
Hoornstad verdedigt zich naar punt tegen IJsseloord

SC Hoornstad heeft zondag met tien man een punt gehaald tegen koploper FC IJsseloord: 1-1. Na de rode kaart voor verdediger Luuk Bremer in de 38ste minuut kwam de thuisploeg nauwelijks nog over de middenlijn.

„[[d @ver ~zei|We hebben de hele tweede helft alleen maar verdedigd. Daar ben ik niet trots op, maar het was wel nodig]]”, zei trainer Dennis Verhoef na afloop. „[[d @ver|Hun aanval is de beste van de competitie. Dan moet je soms gewoon de bus parkeren.]]”

Aanvoerder Jordy Tromp bedankte het publiek. „[[d @kap ~zei|De steun van dat vak achter het doel was ongelooflijk. Zij waren vandaag onze twaalfde man]]”, zei hij. Tromp gaf toe [[i @kap ~gaf_toe|dat de ploeg het zich met de rode kaart zelf moeilijk had gemaakt]].

Bij IJsseloord overheerste de frustratie. „[[d @opp ~zei|Zeventig procent balbezit en één goal. We hebben hun verdediging nooit echt opengebroken]]”, zei trainer Marco Lindeman. Volgens hem [[i @opp ~volgens|strijdt zijn ploeg dit seizoen op drie fronten en begint dat zich te wreken]].

Voorzitter Hans Kuijt van Hoornstad liet na de wedstrijd weten [[i @voor ~liet_weten|dat de club met de hoofdsponsor onderhandelt over een nieuw contract en dat er een aanbod op tafel ligt]]. „[[d @voor|Het zijn goede partners. Ik verwacht voor de winterstop duidelijkheid.]]”
""")

article("nl-sc29-cao-streekvervoer", "2025-10",
        "bem=Wim Roelofsen|Roelofsen; fnv=Sandra Koster|Koster; wg=Michiel Baart|Baart;"
        " chauf=Ahmed Bouzid|Bouzid", """
Bemiddelaar moet patstelling in streekvervoer doorbreken

Vakbonden en werkgevers in het streekvervoer hebben een bemiddelaar ingeschakeld om de vastgelopen cao-onderhandelingen weer op gang te brengen. De bonden eisen zes procent loonsverhoging en een vroegpensioen voor chauffeurs; de werkgevers bieden drie procent.

Oud-wethouder Wim Roelofsen neemt de rol van bemiddelaar op zich. „[[d @bem ~zei|Ik nodig beide partijen uit op een neutrale plek: mijn kantoor in Utrecht, volgende week dinsdag]]”, zei hij. „[[d @bem|Zolang we praten, wordt er niet gestaakt. Dat is de enige voorwaarde die ik stel.]]”

FNV-onderhandelaar Sandra Koster is voorzichtig positief. „[[d @fnv ~zei|We zijn bereid om te praten, maar niet om onze achterban te verkopen]]”, zei ze. Volgens Koster [[i @fnv ~volgens|staat de solidariteit tussen de chauffeurs in de verschillende regio's als een huis]].

Namens de werkgevers zei Michiel Baart [[m @wg ~zei|dat het aanbod van drie procent „eerlijk en betaalbaar” is]]. „[[d @wg|Wij zitten niet in een oorlog met onze eigen mensen. Maar de concessies van de provincies laten gewoon niet meer ruimte toe.]]”

Er geldt nu een soort wapenstilstand: tot de eerste bemiddelingssessie leggen de bonden geen nieuwe acties op. Chauffeur Ahmed Bouzid uit Zwolle is er klaar mee. „[[d @chauf ~zegt|Drie keer gestaakt, drie keer niks. Ik wil gewoon weten waar ik aan toe ben]]”, zegt hij.
""")

article("nl-sc30-rechtbank-wapenhandel", "2026-02",
        "ovj=Ilse Verkerk|Verkerk; adv=Mark Hofstede|Hofstede; rech=de rechtbank|rechtbank Rotterdam;"
        " pol=een woordvoerder van de politie; verd=de verdachte", """
Zes jaar geëist tegen Rotterdammer voor handel in vuurwapens

Het Openbaar Ministerie heeft dinsdag zes jaar cel geëist tegen een 34-jarige Rotterdammer die tientallen vuurwapens uit de Balkan naar Nederland zou hebben gesmokkeld. De wapens werden in onderdelen over de grens gebracht, verstopt in leveringen van auto-onderdelen.

„[[d @ovj ~zei|Dit is geen hobbyist. Dit is iemand die een aanvalsgeweer leverde aan wie er maar voor betaalde]]”, zei officier van justitie Ilse Verkerk in haar requisitoir. Ze wees erop [[i @ovj ~wees_erop|dat twee van de wapens later zijn gebruikt bij schietpartijen in Rotterdam-Zuid]].

Advocaat Mark Hofstede verdedigt de verdachte. Hij betoogde [[i @adv ~betoogde|dat zijn cliënt niet wist wat er in de dozen zat]]. „[[d @adv|Mijn cliënt is chauffeur. Hij rijdt, hij levert af, hij stelt geen vragen. Dat maakt hem nog geen wapenhandelaar.]]”

Volgens de politie [[i @pol ~volgens|zijn er sinds de arrestatie vorig jaar in de regio merkbaar minder zware vuurwapens in omloop]]. Een woordvoerder zei [[m @pol ~zei|dat de samenwerking met de Servische en Kroatische politie daarbij „cruciaal” was]].

De rechtbank doet over twee weken uitspraak. De verdachte zelf wilde bij het laatste woord alleen kwijt [[m @verd ~wilde_kwijt|dat hij spijt heeft van zijn „naïviteit”]].
""")

article("nl-sc31-prijzenoorlog-supermarkten", "2025-09",
        "dir=Floor Hendriks|Hendriks; ana=Jeroen Mol|Mol; boer=Gerrit Kamphuis|Kamphuis;"
        " conc=een woordvoerder van de concurrent; acm=de ACM|Autoriteit Consument en Markt", """
Prijzenoorlog tussen supermarkten laait weer op

De prijzenoorlog tussen de grote supermarktketens is deze week opnieuw losgebarsten. Discounter Voordeelmarkt verlaagde maandag de prijzen van ruim duizend producten, de grootste prijsverlaging in jaren.

‘[[d @dir ~zei|Dit is geen aanval op de concurrent. Dit is een cadeau aan de klant]]’, zei directeur Floor Hendriks. ‘[[d @dir|We houden dit vol zolang het nodig is. Onze partners aan de leverancierskant hebben we vooraf meegenomen.]]’

Een woordvoerder van een van de concurrenten zei [[m @conc ~zei|dat de keten „niet op elke actie zal reageren”]]. Maar volgens retailanalist Jeroen Mol [[i @ana ~volgens|is het een kwestie van dagen voor de anderen volgen]]. ‘[[d @ana ~zegt|In deze sector verdedig je je marktaandeel of je verliest het. Er is geen middenweg]]’, zegt hij.

Melkveehouder Gerrit Kamphuis vreest [[i @boer ~vreest ?|dat de boeren het uiteindelijk betalen]]. ‘[[d @boer ~zegt|Elke keer als ze aan het front een slag leveren, vallen de klappen bij ons op het erf]]’, zegt hij. ‘[[d @boer|De boeren en de consumenten zouden bondgenoten moeten zijn. Maar zo voelt het niet.]]’

De Autoriteit Consument en Markt liet weten [[i @acm ~liet_weten|de ontwikkelingen te volgen, maar geen aanwijzingen te hebben voor ongeoorloofde afspraken]].
""")

article("nl-sc32-burenruzie-haag", "2026-05",
        "bem=Katrien Van Damme|Van Damme; lieve=Lieve Peeters|Peeters; jos=Jos Maes|Maes;"
        " sch=Bart Smets|Smets", """
Buurtbemiddeling moet einde maken aan jarenlange ruzie over een haag

In een rustige straat in Mortsel woedt al vier jaar een conflict tussen twee buren over een haag van drie meter hoog. De stad schakelt nu de buurtbemiddelingsdienst in.

“[[d @bem ~zegt|Ik bied beide families aan om samen rond de tafel te zitten, hier in het buurthuis. Zonder advocaten]]”, zegt bemiddelaar Katrien Van Damme. “[[d @bem|Negen op de tien keer komen mensen er dan zelf uit.]]”

Lieve Peeters (58) wil er wel aan beginnen. “[[d @lieve ~zegt|Ik wil gewoon vrede. Ik zie al vier jaar geen zon meer in mijn keuken]]”, zegt ze. Volgens haar [[i @lieve ~volgens|staat de haag een halve meter over de erfgrens]].

Buurman Jos Maes ziet dat anders. “[[d @jos ~zegt|Ik verdedig alleen wat van mij is. Die grens is in 1987 door de landmeter vastgelegd]]”, zegt hij. Maes zegt [[i @jos ~zegt|dat hij pas aan tafel gaat als zijn buurvrouw eerst de klacht bij de politie intrekt]].

Schepen Bart Smets hoopt op een staakt-het-vuren. “[[d @sch ~lacht|Dit soort onderhandelingen is moeilijker dan een begroting. Maar als het hier lukt, lukt het overal]]”, lacht hij.
""")

article("nl-sc33-gemeenteraad-zwembad", "2025-12",
        "weth=Marieke Dijkstra|Dijkstra; opp=Tom van Rijn|Van Rijn; coa=Erik Bulthuis|Bulthuis;"
        " burg=Hanneke Wolters-Bos|Wolters-Bos; bez=Linda Jansma|Jansma", """
Coalitie in Heerenveen wankelt over nieuw zwembad

De coalitie in Heerenveen is verdeeld over de bouw van een nieuw zwembad van 24 miljoen euro. Dinsdagavond moest wethouder Marieke Dijkstra haar plan in de raad verdedigen.

“[[d @weth ~zei|Ik heb de steun van twee van de drie coalitiepartners. Voor de derde blijf ik de deur openhouden]]”, zei Dijkstra. Ze noemde [[m @weth ~noemde|het huidige bad “een bodemloze put”]].

Oppositieleider Tom van Rijn ging in de aanval. “[[d @opp ~zei|De wethouder zoekt bondgenoten in de oppositie omdat ze haar eigen coalitie kwijt is]]”, zei hij. “[[d @opp|Wij gaan haar niet redden.]]”

Coalitiegenoot Erik Bulthuis zei [[i @coa ~zei|dat zijn fractie het zwembad niet afwijst, maar eerst een goedkoper alternatief wil zien]]. Burgemeester Hanneke Wolters-Bos schorste de vergadering daarna voor overleg. Ze zei na afloop [[m @burg ~zei|dat de partijen „in goede sfeer” verder praten]].

Op de publieke tribune zat Linda Jansma van de zwemvereniging. “[[d @bez ~zegt|Ons team traint nu in Drachten. Als het nog langer duurt, ben ik mijn beste zwemmers kwijt]]”, zegt ze.
""")

article("nl-sc34-grens-wegwerkzaamheden", "2025-08",
        "rws=Rijkswaterstaat; woo=Anouk Meijers|Meijers; tran=Peter Claes|Claes;"
        " awv=een woordvoerder van het Agentschap Wegen en Verkeer; forens=Sanne Dierckx|Dierckx;"
        " bur=een woordvoerder van de gemeente Baarle-Nassau", """
Files aan de grens bij Hazeldonk door werkzaamheden aan de A16

Automobilisten en vrachtwagens die de Belgisch-Nederlandse grens bij Hazeldonk passeren, moeten de komende zes weken rekening houden met flinke vertraging. Rijkswaterstaat vernieuwt het asfalt op de A16 tussen Breda en de grens.

„[[d @woo ~zei|We werken dag en nacht door, zodat de overlast zo kort mogelijk duurt]]”, zei woordvoerder Anouk Meijers van Rijkswaterstaat. Volgens haar [[i @woo ~volgens|moet verkeer in de spits rekening houden met een halfuur extra reistijd]].

Transportondernemers zijn niet blij. „[[d @tran ~zei|Onze chauffeurs hebben strakke levertijden bij de distributiecentra. Elke minuut in de file is een levering die te laat komt]]”, zei Peter Claes van een transportbedrijf uit Hoogstraten. Hij zei [[i @tran ~zei|dat hij zijn ritten waar het kan via Antwerpen omleidt]].

In Baarle-Nassau vrezen ze sluipverkeer. Een woordvoerder van de gemeente zei [[i @bur ~zei|dat er extra verkeersregelaars komen op de kruispunten waar de grens dwars door het dorp loopt]].

Aan Belgische kant blijft het asfalt voorlopig liggen. Een woordvoerder van het Agentschap Wegen en Verkeer zei [[m @awv ~zei|dat de E19 bewust niet tegelijk wordt aangepakt, „om de ellende niet te verdubbelen”]]. Forens Sanne Dierckx rijdt elke dag van Brecht naar Breda. „[[d @forens ~zegt|Ik vertrek nu gewoon om zes uur. Dan sta ik er tenminste nog alleen]]”, zegt ze.
""")

article("nl-sc35-weer-koufront", "2026-01",
        "knmi=het KNMI|KNMI; mete=Bas Groenewoud|Groenewoud; wat=Ellen Visscher|Visscher;"
        " ijs=Gerrit de Jong|De Jong", """
Koufront brengt sneeuw en ijzel, code oranje in het noorden

Een koufront trekt vannacht over het land en brengt in het noorden sneeuw en ijzel. Het KNMI heeft voor Groningen, Friesland en Drenthe code oranje afgegeven.

„[[d @mete ~zegt|Achter het front stroomt echt koude lucht binnen. Dit is de eerste serieuze aanval van de winter]]”, zegt weerman Bas Groenewoud. Volgens hem [[i @mete ~volgens|ligt de vriesgrens morgenochtend ongeveer op de lijn Alkmaar-Enschede]].

Het KNMI waarschuwt [[i @knmi ~waarschuwt|dat wegen en fietspaden op veel plaatsen spiegelglad worden]]. Strooiwagens rijden sinds vanmiddag uit.

Ook langs de kust is het onrustig. Dijkgraaf Ellen Visscher van het waterschap zegt [[i @wat ~zegt|dat de dijken de combinatie van storm en springtij goed aankunnen]]. „[[d @wat|We hebben onze verdediging tegen het water op orde. Daar hebben we twintig jaar aan gewerkt.]]”

Op de ijsbaan in Haren hopen ze op meer. „[[d @ijs ~zegt|Twee nachten flinke vorst en we kunnen open. De steun van de vrijwilligers is er al, nu het ijs nog]]”, zegt voorzitter Gerrit de Jong.
""")

article("nl-sc36-woningmarkt-starters", "2025-05",
        "min=Yvonne Brouwers|Brouwers; cor=Frank Schouten|Schouten; sta=Lisa Verbeek|Verbeek;"
        " mak=Rob Hermans|Hermans; cbs=het CBS|Centraal Bureau voor de Statistiek", """
Starters blijven buiten de boot op de woningmarkt

Wie voor het eerst een huis wil kopen, heeft het nog altijd zwaar. Volgens het CBS [[i @cbs ~volgens|stegen de huizenprijzen in april met bijna negen procent ten opzichte van een jaar eerder]].

Minister van Volkshuisvesting Yvonne Brouwers wil starters meer steun geven. „[[d @min ~zei|De strijd om een betaalbaar huis is voor jongeren een oorlog op twee fronten: hoge prijzen en te weinig aanbod]]”, zei ze maandag. Ze kondigde aan [[i @min ~kondigde_aan|dat gemeenten een deel van de nieuwbouw voortaan met voorrang aan starters mogen toewijzen]].

De woningcorporaties zien zichzelf als bondgenoten van de minister. „[[d @cor ~zegt|Wij willen bouwen. Geef ons de grond en de vergunningen en wij leveren]]”, zegt bestuurder Frank Schouten van een corporatie in Utrecht.

Lisa Verbeek (27) woont nog bij haar ouders in Amersfoort. „[[d @sta ~zegt|Ik heb dertien keer overboden en dertien keer verloren. Op een gegeven moment stop je met dromen]]”, zegt ze.

Makelaar Rob Hermans verdedigt het huidige systeem. „[[d @mak ~zegt|Overbieden is geen probleem van makelaars, het is een probleem van te weinig huizen]]”, zegt hij.
""")

article("nl-sc37-festival-solidariteit", "2025-08",
        "dir=Noor Aksoy|Aksoy; art=Jonas Verbruggen|Verbruggen; raad=Pieter Haegeman|Haegeman;"
        " bez=Marleen Cools|Cools", """
Theaterfestival Het Zuiderlicht sluit af met solidariteitsavond

Het Gentse theaterfestival Het Zuiderlicht is zondag afgesloten met een avond waarvan de opbrengst naar de vele makers gaat die dit jaar hun subsidie verloren.

‘[[d @dir ~zei|Solidariteit is geen woord voor op een affiche. Het is iets wat je doet]]’, zei festivaldirecteur Noor Aksoy bij de opening van de avond. ‘[[d @dir|Een derde van de makers die hier vroeger stonden, heeft vandaag geen steun meer. Die mogen we niet laten vallen.]]’

Regisseur Jonas Verbruggen verdedigde zijn omstreden voorstelling, waarin een koor van dertig amateurs een uur lang zwijgt. ‘[[d @art ~zei|Kunst moet grenzen opzoeken. Als iedereen het mooi vindt, heb ik iets verkeerd gedaan]]’, zei hij.

Schepen van Cultuur Pieter Haegeman zei [[i @raad ~zei|dat de stad volgend jaar een eigen noodfonds opricht voor kleine gezelschappen]]. Volgens hem [[i @raad ~volgens|is de Vlaamse overheid een slechte partner voor de sector geworden]].

Bezoekster Marleen Cools (64) komt al dertig jaar. ‘[[d @bez ~zegt|Ik heb hier dingen gezien die ik nergens anders had gezien. Dat wil ik blijven steunen, ook met mijn portemonnee]]’, zegt ze.
""")

article("nl-sc38-ziekenhuis-personeel", "2026-04",
        "hr=Janneke Smit|Smit; vpk=Romy de Vries|De Vries; bond=Kees Hoogland|Hoogland;"
        " nvz=de Nederlandse Vereniging van Ziekenhuizen|NVZ", """
Ziekenhuizen in talentenoorlog om ic-verpleegkundigen

Ziekenhuizen in de Randstad overbieden elkaar met bonussen, gratis kinderopvang en huurwoningen om ic-verpleegkundigen binnen te halen. Volgens de Nederlandse Vereniging van Ziekenhuizen [[i @nvz ~volgens|staan er landelijk ruim achthonderd ic-vacatures open]].

"[[d @hr ~zegt|Het is een talentenoorlog, en eerlijk gezegd verliezen we hem allemaal]]", zegt hr-directeur Janneke Smit van een ziekenhuis in Leiden. "[[d @hr|Wie wij binnenhalen, is ergens anders weg. Daar wordt de zorg als geheel niet beter van.]]"

Verpleegkundige Romy de Vries werkt al twaalf jaar op de ic. "[[d @vpk ~zegt|Wij staan aan het front van de zorg, dat zei iedereen in de coronatijd. Nu zijn we weer gewoon een kostenpost]]", zegt ze. Ze vertelt [[i @vpk ~vertelt|dat zij zelf drie aanbiedingen kreeg van andere ziekenhuizen, maar bleef vanwege haar team]].

Vakbondsbestuurder Kees Hoogland pleit voor afspraken tussen de ziekenhuizen. "[[d @bond ~zegt|Ze moeten elkaar zien als partners, niet als concurrenten. Anders is er over vijf jaar niemand meer over]]", zegt hij. Hij zegt [[i @bond ~zegt|dat de bond de steun heeft van de meeste regionale zorgnetwerken]].
""")

article("nl-sc39-promotie-lerarentekort", "2025-06",
        "prom=Sarah Koenen|Koenen; prof=Henk Zijlstra|Zijlstra; dir=Ilona Bakker|Bakker;"
        " leraar=Rutger Post|Post; ocw=een woordvoerder van het ministerie van Onderwijs", """
Promotieonderzoek naar het lerarentekort verdedigd in Groningen

Sarah Koenen verdedigde donderdag aan de Rijksuniversiteit Groningen haar proefschrift over het lerarentekort. Haar conclusie: [[i @prom ~Haar_conclusie ?|de tekorten zijn het grootst op scholen met veel leerlingen uit arme gezinnen]].

„[[d @prom ~zei|De leraren die er het hardst nodig zijn, zijn er het minst]]”, zei Koenen na de verdediging. Volgens haar [[i @prom ~volgens|vertrekken beginnende leraren op zulke scholen twee keer zo vaak binnen drie jaar]].

Promotor Henk Zijlstra noemde [[m @prof ~noemde|het onderzoek „een aanval op de gemakzucht waarmee we dit probleem al twintig jaar bespreken”]].

Schooldirecteur Ilona Bakker uit Amsterdam-Noord herkent het beeld. „[[d @dir ~zegt|Ik heb in de ouders van mijn leerlingen mijn beste bondgenoten. Maar een leraar voor groep zes vinden, dat lukt me niet]]”, zegt ze.

Leraar Rutger Post koos bewust voor een school in Rotterdam-Zuid. „[[d @leraar ~zegt|Ik verdien hier precies hetzelfde als in Kralingen, met drie keer zoveel werk. Dat houden maar weinig mensen vol]]”, zegt hij.

Een woordvoerder van het ministerie van Onderwijs zei [[i @ocw ~zei|dat de extra toelage voor leraren op scholen met veel achterstandsleerlingen volgend jaar omhooggaat]]. Koenen is daar niet gerust op. „[[d @prom|Geld helpt, maar niet als de leraar na een jaar alsnog opgebrand vertrekt.]]”
""")

article("nl-sc40-wielrennen-etappe", "2025-07",
        "win=Thibau Van Loon|Van Loon; gele=Mathieu Berger|Berger; ds=Koen Daems|Daems;"
        " knecht=Lars Vink|Vink", """
Van Loon wint na lange aanval, Berger verdedigt leiderstrui

Thibau Van Loon heeft zaterdag de negende etappe gewonnen na een solo van ruim vijftig kilometer. Leider Mathieu Berger hield de trui met één seconde voorsprong.

“[[d @win ~zei|Ik heb vanaf de eerste kilometer gezegd: vandaag val ik aan. Dit is de mooiste dag van mijn carrière]]”, zei Van Loon aan de finish. Hij zei [[i @win ~zei|dat zijn ploegmaats hem de hele dag uit de wind hadden gehouden]].

Berger moest vol in de verdediging. “[[d @gele ~zei|Ik had geen bondgenoten vandaag. Iedereen keek naar mij]]”, zei hij. Volgens ploegleider Koen Daems [[i @ds ~volgens|heeft Berger in de laatste klim zijn beste prestatie van het seizoen geleverd]].

Knecht Lars Vink zat uitgeput tegen de ploegbus. “[[d @knecht ~zei|Dertig kilometer op kop in de wind. Morgen lever ik niks meer]]”, zei hij.

Zondag wacht de eerste bergrit. Daems zei [[i @ds ~zei|dat zijn ploeg de trui tot het uiterste zal verdedigen]]. Over de geruchten dat hij met een andere ploeg een verbond zou sluiten, was hij kort: “[[d @ds ~was_kort|We rijden voor onszelf. Wie ons morgen helpt, doet dat voor zijn eigen belang, niet voor het onze.]]”
""")

# === 2b. other subjects: no stance labels (English) ========================

article("en-sc06-football-derby", "2025-12",
        "mgr=Steve Holloway|Holloway; cap=Danny Okafor|Okafor; riv=Paolo Ricci|Ricci", """
Holloway praises back line as Rovers hold on in derby

BRISTOL, Dec 7 (wire) - Ten-man Rovers held on for a goalless draw against local rivals Wanderers on Sunday, defending for almost an hour after captain Danny Okafor was sent off.

"[[d @mgr ~said|We defended like our lives depended on it. I have never been prouder of a back four,]]" manager Steve Holloway said. "[[d @mgr|Their attack is the best in the division and they did not get a sniff.]]"

Holloway said [[i @mgr ~said|the support from the away end had carried his players through the last twenty minutes]].

Okafor apologised to his team mates. "[[d @cap ~said|I let the lads down. They covered for me, and I owe every one of them,]]" he said.

Wanderers manager Paolo Ricci was frustrated. "[[d @riv ~said|We needed more bodies in the box. You cannot win a derby with a siege and no bullets,]]" he said, adding [[i @riv ~adding|that he would be looking for reinforcements when the transfer window opens]].
""")

article("en-sc07-arms-smuggling-trial", "2026-03",
        "pros=Helen Marsh|Marsh; def=Jonathan Reid|Reid; judge=Judge Patricia Owen|Owen;"
        " nca=a National Crime Agency spokesman", """
Lorry driver jailed for smuggling guns across Channel

LONDON, March 12 (wire) - A lorry driver who smuggled dozens of handguns across the border hidden in deliveries of garden furniture was jailed for fourteen years on Thursday.

"[[d @pros ~told|This was not a one-off. He made at least six deliveries, each one carrying enough weapons to arm a gang,]]" prosecutor Helen Marsh told the court.

Defence barrister Jonathan Reid said [[i @def ~said|his client had been threatened by the people who hired him and had been too frightened to go to the police]]. "[[d @def ~said|He is not a gangster. He is a man who made a catastrophic decision under pressure,]]" Reid said.

Sentencing him, Judge Patricia Owen said [[i @judge ~said|the weapons had been destined for criminal networks in three English cities]]. "[[d @judge ~said|Every one of those guns was a potential murder,]]" she said.

A National Crime Agency spokesman said [[m @nca ~said|the case showed the value of "close cooperation with our partners in France and Belgium"]].
""")

article("en-sc08-airline-fare-war", "2025-10",
        "ceo=Martin Kessler|Kessler; an=Sophie Grant|Grant; uni=Gareth Evans|Evans;"
        " acas=Acas", """
Budget airlines launch fare war as winter season starts

LONDON, Oct 2 (wire) - Two of Europe's biggest budget carriers slashed fares on dozens of routes on Thursday, escalating a price war that could last all winter.

"[[d @ceo ~said|This is not an attack on anyone. It is what happens when you have the lowest costs in the market,]]" said Martin Kessler, chief executive of SkyHop, which cut fares on 40 routes to under 20 euros. He said [[i @ceo ~said|the airline's partners at regional airports had agreed to lower landing fees]].

Aviation analyst Sophie Grant said [[i @an ~said|the bigger carriers in the global alliances were largely staying out of the fight]]. "[[d @an|The alliances fly to different places. This is a war for the weekend traveller,]]" she said.

The fare war comes as cabin crew at SkyHop's British arm prepare to strike. Gareth Evans of the Unite union said [[i @uni ~said|staff would not pay for cheap tickets with their wages]]. Conciliation service Acas said [[i @acas ~said|it had offered to host talks between the union and the airline next week]].
""")

# --- end of articles --------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    return ARTICLES.main(argv)


if __name__ == "__main__":
    sys.exit(main())
