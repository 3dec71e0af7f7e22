"""Build the Dutch stance test set ``training/data/gold_stance_nl.jsonl``.

Run from the repository root::

    python training/gold_stance.py            # writes training/data/gold_stance_nl.jsonl
    python training/gold_stance.py --check    # verify the file is up to date
    python training/gold_stance.py --stats    # print counts

What the set is: 22 Dutch and Flemish news articles (news reports, wire
items, press-conference reports, an interview with floating quotes, analyses
with experts, regional reportage) in which *every* quote is annotated with
its span, kind, speaker, cue and stance labels.  Fifteen articles are about
the three stance topics -- support for Ukraine (aid, weapons, sanctions,
reconstruction, EU membership), NATO (spending norm, Article 5, summits,
deployments) and offers to mediate or host talks (Turkey, Switzerland, the
Vatican, Qatar, Saudi Arabia, the United Arab Emirates, Hungary) -- and carry
the whole range of unlabeled quotes such news has: critics, opponents,
neutral experts, Russian officials, people doubting or rejecting someone
else's offer, calls for talks without an offer, practicalities (dates,
costs, logistics).  Many labeled quotes carry their stance only in context
("We blijven leveren" after a paragraph about F-16's; "Onze deur staat open"
after a sentence about talks in Istanbul).  Seven articles are about other
subjects (football, a court case, a municipal council, the economy, road
works, a festival, a bus strike with a mediator); all their quotes are
unlabeled although they use words such as steun, verdedigen, aanval,
bondgenoot, bemiddelen and onderhandelen.

Stance labels follow ``training/data/README.md`` ("Labels", "Several labels
or none"): a quote's labels are decided by what its speaker says, read in
the context of the article (the article resolves what "dit", "het" or "we
blijven leveren" refer to), and a quote carries only its own speaker's
stance.  Spans, kinds, speakers, cues and optional quotes follow
``training/data/GOLD_GUIDE.md``; the markup and the machinery are those of
``build_gold.py``.

Who wrote it: a helper session for the project, independently of the
stance training data (neither the ``training/data/*.jsonl`` files nor
``training/stance_context.py`` nor the article bodies of the other gold
builders were read) and without running the ``quotes`` tool on these
articles or adapting them to what it does.  People and quotes are fictional; real countries,
institutions and offices appear only as context, and nothing here may be
cited as something anyone said.

THIS IS A HELD-OUT TEST SET.  Use it only to measure the system.  Never train
on it, never tune thresholds, features or hyperparameters on it, and do not
copy its sentences into training data.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_gold import Article, build_articles, run  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "training" / "data" / "gold_stance_nl.jsonl"

ARTICLES: list[Article] = []


def article(doc_id: str, date: str, speakers: str, body: str) -> None:
    ARTICLES.append(Article(doc_id, date, speakers, body.strip("\n") + "\n"))


# --- articles on the stance topics -------------------------------------------
article("nl-gs01-kabinet-munitie-oekraine", "2025-10",
        "marle=Joost van Marle|Van Marle; brouwer=Henk Brouwer|Brouwer;"
        " tig=Marloes Tiggelaar|Tiggelaar; kl=Lotte Kramer|Kramer; min=het ministerie van Defensie|ministerie van Defensie|Defensie", """
Kabinet trekt nog eens 1,2 miljard uit voor Oekraïne

Den Haag – Nederland stuurt dit jaar nog eens voor 1,2 miljard euro aan militaire hulp naar Oekraïne. Minister van Defensie Joost van Marle maakte na afloop van de ministerraad bekend [[i @marle ~maakte_bekend +supportive_of_ukraine|dat het geld vooral naar munitie, luchtverdediging en reserveonderdelen voor de F-16's gaat]].

Nederland heeft de afgelopen anderhalf jaar alle 24 toegezegde F-16's aan Kyiv overgedragen. De laatste toestellen vertrokken in mei van vliegbasis Volkel. [[i @marle ~benadrukte +supportive_of_ukraine|Daarmee is de steun niet voorbij]], benadrukte Van Marle. „[[d @marle +supportive_of_ukraine|We blijven leveren. Dat hebben we beloofd en daar houden we ons aan.]]”

Op de vraag of Nederland ook raketten met een groter bereik gaat sturen, ging de minister niet in. „[[d @marle|Daar ga ik hier niet over speculeren. Dan weet Moskou het meteen ook.]]”

Kritiek kwam er van de PVV. Kamerlid Henk Brouwer noemde [[m @brouwer ~noemde|het bedrag „volstrekt onverantwoord”]]. „[[d @brouwer ~zei|Mensen hier kunnen hun boodschappen niet meer betalen en het kabinet strooit met miljarden]]”, zei hij.

Bij GroenLinks-PvdA overheerst juist teleurstelling. „[[d @kl ~zei +supportive_of_ukraine|Oekraïne vraagt om luchtverdediging voor zijn steden, en wij komen met een bedrag dat we vorig jaar ook al gaven. Het kan en moet meer]]”, zei Kamerlid Lotte Kramer.

Dat het geld snel op de goede plek terechtkomt, is niet vanzelfsprekend. Defensiedeskundige Marloes Tiggelaar van Instituut Clingendael wijst erop [[i @tig ~wijst_erop|dat de voorraden in heel Europa krap zijn]]. „[[d @tig|Je kunt niet leveren wat je niet hebt. De vraag is niet of Nederland wil, maar of de fabrieken het kunnen bijhouden.]]”

Volgens het ministerie van Defensie [[i @min ~volgens|komen de eerste leveringen uit het nieuwe pakket in december aan]]. Een deel van de munitie wordt rechtstreeks bij Oekraïense fabrikanten ingekocht, volgens het zogenoemde 'Deense model'. Daarover wordt de Tweede Kamer volgende week per brief geïnformeerd.
""")

article("nl-gs02-navo-top-defensienorm", "2025-06",
        "kersten=Wouter Kersten|Kersten; sol=Ingrid Solheim|Solheim;"
        " spanje=de Spaanse regering|Spaanse regering|Spanje|Madrid; khatib=Fatima el Khatib|El Khatib;"
        " goud=Pieter Goudsmit|Goudsmit; navo=de NAVO|NAVO; slot=de slotverklaring|slotverklaring", """
Bondgenoten eens over nieuwe defensienorm: ‘[[d @kersten +pro_nato|Dit is een historische stap]]’

Den Haag – De NAVO-landen hebben zich op de top in Den Haag vastgelegd op een nieuwe norm voor defensie-uitgaven. In 2035 moet 3,5 procent van het bruto binnenlands product naar de krijgsmacht gaan, met daarbovenop 1,5 procent voor aanverwante uitgaven zoals infrastructuur en cyberveiligheid.

„[[d @kersten ~zei +pro_nato|Dit is een historische stap voor het bondgenootschap]]”, zei premier Wouter Kersten, die als gastheer optrad. „[[d @kersten +pro_nato|Dertig jaar lang dachten we dat vrede vanzelf ging. Vandaag laten tweeëndertig landen zien dat ze voor elkaar instaan.]]” Kersten benadrukte ook [[m @kersten ~benadrukte +supportive_of_ukraine|dat de steun aan Oekraïne „onverminderd” doorgaat]], al komt het land in de slottekst maar één keer voor.

NAVO-woordvoerder Ingrid Solheim wees op de boodschap aan Rusland. „[[d @sol +pro_nato|Het signaal aan Moskou is helder. Wie één van ons aanvalt, krijgt met ons allemaal te maken.]]”

Niet iedereen tekende met evenveel enthousiasme. De Spaanse regering liet weten [[i @spanje ~liet_weten|dat Spanje zich niet gebonden voelt aan de nieuwe norm en het bij 2,1 procent houdt]]. Madrid kreeg daarvoor op het laatste moment een uitzondering in de slottekst.

Ook in Den Haag zelf klonk kritiek. SP-Kamerlid Fatima el Khatib noemde [[m @khatib ~noemde|de norm „een boekhoudtruc waar de zorg en het onderwijs voor opdraaien”]].

Volgens Pieter Goudsmit, hoogleraar internationale betrekkingen aan de Universiteit Leiden, [[i @goud ~volgens|wordt het voor veel landen een hele toer om de afspraak na te komen]]. „[[d @goud|Een flink aantal bondgenoten haalt nu amper 2 procent. Papier is geduldig.]]”

In de slotverklaring staat [[i @slot ~staat +pro_nato ?|dat de bondgenoten hun ijzersterke inzet voor artikel 5 van het NAVO-verdrag bevestigen]]. [[i @navo ~maakte_bekend|De volgende top vindt volgend jaar plaats in Turkije]], maakte de NAVO bekend.
""")

article("nl-gs03-turkije-istanbul-gesprekken", "2025-06",
        "ars=Selim Arslanoğlu|Arslanoğlu|Arslanoglu; dipl=Turkse diplomaten; sok=Dmitri Sokolov|Sokolov;"
        " mar=Olena Martsjenko|Martsjenko; demir=Elif Demir|Demir", """
Turkije biedt Istanbul opnieuw aan voor vredesoverleg

Ankara (ANP/AFP) – [[i @ars ~heeft_gezegd +mediation_offer|Turkije is bereid een nieuwe ronde van gesprekken tussen Rusland en Oekraïne te organiseren]]. Dat heeft de Turkse minister van Buitenlandse Zaken Selim Arslanoğlu vrijdag gezegd op een persconferentie in Ankara.

In het voorjaar van 2022 zaten delegaties van beide landen al eens in Istanbul aan tafel, en vorige maand opnieuw, zonder veel resultaat. „[[d @ars ~zei +mediation_offer|Onze deur staat open]]”, zei Arslanoğlu. „[[d @ars +mediation_offer|We hebben het eerder gedaan en we doen het graag nog een keer. Een datum kiezen is aan Moskou en Kyiv.]]”

De minister zag daarin geen tegenspraak met de Turkse positie in het westerse kamp. „[[d @ars +pro_nato +mediation_offer|Turkije is een trouwe NAVO-bondgenoot en tegelijk een land dat met iedereen kan praten. Juist daarom kunnen wij die gesprekken in Istanbul organiseren.]]”

Hij herhaalde [[i @ars ~herhaalde +supportive_of_ukraine|dat Turkije de territoriale integriteit van Oekraïne steunt, maar dat Ankara zijn banden met Moskou niet zal verbreken]]. Volgens Turkse diplomaten [[i @dipl ~volgens|kan een nieuwe ontmoeting op zijn vroegst over twee weken plaatsvinden]].

Het Kremlin reageerde afgemeten. Woordvoerder Dmitri Sokolov zei [[i @sok ~zei|dat Moskou kennis heeft genomen van het voorstel, maar dat er nog geen datum is]]. In Kyiv liet minister van Buitenlandse Zaken Olena Martsjenko weten [[m @mar ~liet_weten|dat Oekraïne het Turkse aanbod „met belangstelling” bestudeert]].

Niet iedereen is overtuigd van de Turkse rol. Volgens Turkije-kenner Elif Demir van de Universiteit van Amsterdam [[i @demir ~volgens|gaat het Ankara minstens zo veel om zijn eigen imago als om vrede]]. „[[d @demir|Turkije praat met iedereen, dat is zijn kracht. Maar in Kyiv weten ze ook dat Ankara Russisch gas koopt en de Europese sancties niet overneemt.]]”

Turkije is sinds 1952 lid van de NAVO, maar onderhoudt ook nauwe economische banden met Rusland. Het land sloot in 2022 samen met de Verenigde Naties de graandeal die Oekraïense export via de Zwarte Zee mogelijk maakte.
""")

article("nl-gs04-zwitserland-soedan-geneve", "2025-09",
        "br=Ursula Brändli|Brändli|Brandli; leger=een woordvoerder van het Soedanese leger|een woordvoerder|het Soedanese leger;"
        " rsf=Ahmed Idris|Idris; vn=Ramtane Ould-Salem|Ould-Salem;"
        " dfae=het Zwitserse ministerie van Buitenlandse Zaken|Zwitserse ministerie van Buitenlandse Zaken;"
        " saudi=Saoedi-Arabië|Saoedi-Arabie|Riyad; hof=Jan-Willem Hofman|Hofman", """
Zwitserland wil gesprekken over Soedan naar Genève halen

Genève – [[i @br ~heeft_aangekondigd +mediation_offer|Zwitserland wil de strijdende partijen in Soedan opnieuw rond de tafel krijgen, in Genève]]. Dat heeft de Zwitserse minister van Buitenlandse Zaken Ursula Brändli dinsdag aangekondigd.

De oorlog tussen het Soedanese leger en de paramilitaire Rapid Support Forces (RSF) duurt intussen meer dan twee jaar en heeft miljoenen mensen op de vlucht gejaagd. “[[d @br ~zei +mediation_offer|Zwitserland stelt zijn goede diensten ter beschikking, zoals het dat al decennia doet]]”, zei Brändli op een persconferentie in Bern. “[[d @br +mediation_offer|We hebben de ervaring, de zalen en de discretie. Wat nu nog ontbreekt, is de wil aan beide kanten.]]”

Het Soedanese leger reageerde afwijzend. Een woordvoerder zei [[m @leger ~zei|dat het leger ‘geen buitenlandse inmenging’ aanvaardt zolang de RSF steden blijft aanvallen]]. De RSF stelt zich soepeler op. “[[d @rsf ~liet_weten|Wij staan open voor elk gesprek dat de burgers beschermt]]”, liet RSF-vertegenwoordiger Ahmed Idris vanuit Nairobi weten.

VN-gezant Ramtane Ould-Salem riep beide partijen op [[i @vn ~riep_op|om zonder voorwaarden aan tafel te gaan zitten]]. Volgens het Zwitserse ministerie van Buitenlandse Zaken [[i @dfae ~volgens|kunnen de eerste gesprekken ten vroegste in november beginnen]]. Dat hangt onder meer af van de veiligheid van de delegaties onderweg.

Ook Saoedi-Arabië, dat in 2023 al gesprekken in Jeddah organiseerde, liet deze week weten [[i @saudi ~liet_weten +mediation_offer|opnieuw gastheer te willen zijn]].

Soedan-kenner Jan-Willem Hofman ziet dat met lede ogen aan. “[[d @hof ~zegt|Twee landen die tegelijk bemiddeling aanbieden, dat is eerder een probleem dan een oplossing]]”, zegt hij. “[[d @hof|De generaals gaan gewoon shoppen bij de gastheer die hen het best uitkomt. En intussen gaat het vechten in Darfur door.]]”
""")

article("nl-gs05-vaticaan-gesprekken-kinderen", "2025-11",
        "fer=Matteo Ferrandi|Ferrandi|kardinaal Ferrandi; kov=Andrij Kovaltsjoek|Kovaltsjoek;"
        " rus=het Russische ministerie van Buitenlandse Zaken|Russische ministerie van Buitenlandse Zaken;"
        " bis=Gerard van Heeswijk|Van Heeswijk|hulpbisschop Van Heeswijk; groot=Marjan de Groot|De Groot", """
Vaticaan biedt opnieuw onderdak voor vredesgesprekken

Rome – [[i @fer ~zei +mediation_offer|Het Vaticaan is bereid vertegenwoordigers van Rusland en Oekraïne te ontvangen voor gesprekken]]. Dat zei kardinaal Matteo Ferrandi, de staatssecretaris van de Heilige Stoel, woensdag tijdens een ontmoeting met journalisten in Rome.

„[[d @fer ~aldus +mediation_offer|Wij kiezen geen kant. Wij willen alleen een plek bieden waar mensen weer met elkaar kunnen praten]]”, aldus Ferrandi. Hij wees er ook op [[m @fer ~wees_erop +mediation_offer|dat de Heilige Stoel ‘graag blijft helpen’ bij de terugkeer van Oekraïense kinderen die naar Rusland zijn overgebracht]]. Het Vaticaan treedt daarin sinds 2023 op als tussenpersoon.

De Oekraïense ambassadeur bij de Heilige Stoel, Andrij Kovaltsjoek, reageerde voorzichtig. „[[d @kov|Wij zijn dankbaar voor elke inspanning om onze kinderen thuis te krijgen. Over de rest wordt in Kyiv beslist.]]”

Het Russische ministerie van Buitenlandse Zaken noemde [[m @rus ~noemde|het aanbod ‘interessant’]], maar zei [[m @rus ~zei|dat ‘de tijd er nog niet rijp voor is’]].

In Nederland klinkt waardering voor het initiatief, maar ook een kanttekening. „[[d @bis ~zegt +supportive_of_ukraine|Praten is altijd goed. Maar de kerk mag niet neutraal zijn tussen slachtoffer en dader. Oekraïne is aangevallen en heeft recht op een vrede waarin het zijn land behoudt]]”, zegt hulpbisschop Gerard van Heeswijk van Utrecht.

Kerkhistoricus Marjan de Groot van de Radboud Universiteit betwijfelt [[i @groot ~betwijfelt ?|of Kyiv het Vaticaan als bemiddelaar accepteert]]. „[[d @groot|De paus heeft in het begin van de oorlog dingen gezegd die in Oekraïne slecht zijn gevallen. Dat vergeten ze daar niet snel.]]”

Een datum voor eventuele gesprekken is er niet. Ook over de plaats, in het Vaticaan zelf of in de pauselijke residentie in Castel Gandolfo, is nog niets bekend.
""")

article("nl-gs06-qatar-congo-rwanda", "2025-08",
        "mans=Khalid al-Mansouri|Al-Mansouri|al-Mansouri; mbala=Patrick Mbala|Mbala;"
        " rw=Rwanda|de Rwandese regering|Kigali; verb=Sofie Verbruggen|Verbruggen; maes=Kristien Maes|Maes;"
        " vn=de Verenigde Naties|VN|de VN", """
Qatar blijft bemiddelen tussen Congo en Rwanda: ‘[[d @mans +mediation_offer|Zo lang als nodig]]’

Doha – Qatar zet zijn bemiddeling tussen de Democratische Republiek Congo en Rwanda voort, ook nu de gevechten in Oost-Congo weer oplaaien. “[[d @mans ~zei +mediation_offer|Doha blijft beschikbaar voor beide regeringen, zo lang als nodig is]]”, zei de Qatarese minister van Staat Khalid al-Mansouri zondag. “[[d @mans +mediation_offer|We hebben Kinshasa en Kigali al eerder aan één tafel gekregen. Dat lukt ons opnieuw.]]”

Eerder dit jaar ondertekenden beide landen in Doha een principeverklaring, maar de rebellengroep M23 rukte sindsdien verder op. Volgens cijfers van de VN [[i @vn ~volgens ?|zijn sinds januari meer dan 700.000 mensen op de vlucht geslagen]].

Congolees regeringswoordvoerder Patrick Mbala zei [[i @mbala ~zei|dat Kinshasa pas verder praat als de M23 zich terugtrekt uit de veroverde gebieden]]. Rwanda liet weten [[m @rw ~liet_weten|dat het ‘elk initiatief voor vrede’ verwelkomt]], maar ontkent nog altijd [[i @rw ~ontkent|de rebellen te steunen]].

Ook België volgt de gesprekken op de voet. Minister van Buitenlandse Zaken Sofie Verbruggen zei [[i @verb ~zei|dat België het Qatarese initiatief steunt en dat nieuwe sancties tegen Rwanda op tafel blijven]].

“[[d @maes ~zegt|Qatar heeft geld, contacten en geduld. Dat maakt het een nuttige bemiddelaar]]”, zegt Congo-kenner Kristien Maes van de Universiteit Gent. “[[d @maes|Maar een akkoord tekenen is iets anders dan het uitvoeren. Op het terrein verandert er voorlopig weinig.]]”

Een nieuwe gespreksronde is nog niet vastgelegd. Ook de Verenigde Staten, die in juni een akkoord tussen beide landen in Washington lieten ondertekenen, bemoeien zich met het dossier.
""")

article("nl-gs07-saoedi-arabie-gastheer", "2025-03",
        "saudi=Saoedi-Arabië|Saoedi-Arabie|Riyad; harbi=Adel al-Harbi|Al-Harbi|al-Harbi;"
        " sav=Andrij Savtsjenko|Savtsjenko; dijk=Femke Dijkhuizen|Dijkhuizen; orlov=Pavel Orlov|Orlov;"
        " bron=Saoedische bronnen; eudipl=een EU-diplomaat", """
Saoedi-Arabië wil ook volgende gespreksronde organiseren

Jeddah – Na het overleg tussen Amerikaanse en Oekraïense onderhandelaars in Jeddah heeft Saoedi-Arabië aangeboden [[i @saudi ~heeft_aangeboden +mediation_offer|ook een volgende ronde te organiseren, dit keer mogelijk met een Russische delegatie erbij]].

'[[d @harbi ~zei +mediation_offer|Het koninkrijk heeft goede betrekkingen met alle partijen. Dat maakt ons een logische plek voor dit soort gesprekken]]', zei minister van Staat Adel al-Harbi tegen persbureau Reuters. '[[d @harbi +mediation_offer|Wie wil komen, is welkom.]]'

In Jeddah stemde Oekraïne in met een Amerikaans voorstel voor een staakt-het-vuren van dertig dagen. '[[d @sav ~zei|We hebben tot 's avonds laat onderhandeld. We zijn klaar om de wapens te laten zwijgen, als Rusland hetzelfde doet]]', zei de Oekraïense delegatieleider Andrij Savtsjenko.

Minister van Buitenlandse Zaken Femke Dijkhuizen noemde [[m @dijk ~noemde|de uitkomst 'een stap in de goede richting']], maar benadrukte [[m @dijk ~benadrukte +supportive_of_ukraine|dat er 'geen akkoord over Oekraïne zonder Oekraïne' mag komen]]. [[i @dijk ~voegde_eraan_toe +supportive_of_ukraine|Nederland blijft Kyiv intussen gewoon steunen, ook met wapens]], voegde ze eraan toe.

In Brussel wordt het Saoedische aanbod met gemengde gevoelens ontvangen. '[[d @eudipl ~zegt|Riyad is een prima gastheer, maar het zijn de Amerikanen die hier de lakens uitdelen. Europa zit niet eens aan tafel]]', zegt een EU-diplomaat.

Het Kremlin houdt de boot af. '[[d @orlov ~zei|Het is te vroeg om over data of locaties te spreken]]', zei woordvoerder Pavel Orlov. '[[d @orlov|We bestuderen de signalen die we krijgen.]]'

Volgens Saoedische bronnen [[i @bron ~volgens|vindt een eventuele volgende ronde in Riyad plaats, niet in Jeddah]]. De Verenigde Staten hebben nog niet op het aanbod gereageerd.
""")

article("nl-gs08-eu-lidmaatschap-hongarije", "2025-12",
        "leit=Katrin Leitner|Leitner; halmi=Zoltán Halmi|Halmi|Zoltan Halmi; bosch=Sanne Bosch|Bosch;"
        " wolt=Kees Wolters|Wolters; dipl=een EU-diplomaat", """
Hongarije houdt start toetredingsgesprekken met Oekraïne opnieuw tegen

Brussel – De Europese Unie komt voorlopig niet verder met de toetredingsgesprekken met Oekraïne. Hongarije blokkeerde dinsdag opnieuw de opening van het eerste onderhandelingscluster, tot frustratie van de andere lidstaten en de Europese Commissie.

„[[d @leit ~zei +supportive_of_ukraine|Oekraïne hoort bij Europa. Het heeft de hervormingen doorgevoerd die we vroegen, en dat midden in een oorlog]]”, zei eurocommissaris voor Uitbreiding Katrin Leitner na afloop van de vergadering. Volgens Leitner [[i @leit ~volgens|zijn alle technische voorbereidingen voor het eerste cluster afgerond]].

De Hongaarse minister van Buitenlandse Zaken Zoltán Halmi zei [[m @halmi ~zei|dat Boedapest „geen versnelde procedure” accepteert zolang de rechten van de Hongaarse minderheid in Oekraïne niet gegarandeerd zijn]]. Hij herhaalde bovendien [[i @halmi ~herhaalde +mediation_offer|het aanbod van zijn regering om een vredestop tussen Rusland en Oekraïne in Boedapest te organiseren]].

In andere hoofdsteden wordt daar lacherig over gedaan. „[[d @bosch ~zegt|Een land dat zo nauw met het Kremlin optrekt, is geen geloofwaardige bemiddelaar]]”, zegt Europarlementariër Sanne Bosch (D66). „[[d @bosch +supportive_of_ukraine|Eén lidstaat mag niet de hele Unie gijzelen. Als Boedapest blijft blokkeren, moeten we andere wegen vinden om Oekraïne dichter bij de Unie te brengen.]]”

PVV-Europarlementariër Kees Wolters vindt [[m @wolt ~vindt ?|dat de EU „eerst haar eigen huis op orde” moet brengen]]. „[[d @wolt|Oekraïne is een land in oorlog met een groot corruptieprobleem. Dat haal je niet binnen, wat Brussel ook belooft.]]”

[[i @dipl ~aldus|Een nieuwe poging staat gepland voor de Europese top in maart]], aldus een EU-diplomaat. Voor de opening van een cluster is eenparigheid van stemmen nodig.
""")

article("nl-gs09-sanctiepakket-tegoeden", "2026-02",
        "tamm=Liina Tamm|Tamm; verh=Thijs Verhoef|Verhoef; claeys=Pieter Claeys|Claeys;"
        " slow=Slowakije|de Slowaakse regering|Bratislava; dekk=Ruud Dekker|Dekker;"
        " kse=de Kyiv School of Economics|Kyiv School of Economics", """
EU legt Rusland twintigste sanctiepakket op

Brussel – De Europese Unie heeft een twintigste pakket sancties tegen Rusland aangenomen. Het pakket richt zich vooral op de zogenoemde schaduwvloot van olietankers en op banken in derde landen die Moskou helpen de maatregelen te omzeilen.

"[[d @tamm ~zei +supportive_of_ukraine|Elke euro die Rusland niet verdient, kan het niet in tanks steken. De druk op het Kremlin moet omhoog tot Oekraïne een rechtvaardige vrede krijgt]]", zei EU-buitenlandchef Liina Tamm. Minister van Buitenlandse Zaken Thijs Verhoef zei [[m @verh ~zei +supportive_of_ukraine|dat Nederland het pakket steunt "omdat je Oekraïne niet alleen met wapens helpt"]].

Over het gebruik van de bevroren Russische tegoeden voor een lening aan Oekraïne werden de lidstaten het opnieuw niet eens. Het grootste deel van dat geld staat bij het Brusselse Euroclear. De Belgische minister van Financiën Pieter Claeys herhaalde [[m @claeys ~herhaalde|dat België "niet alleen het risico kan dragen"]]. "[[d @claeys|Wie garandeert dat de Belgische belastingbetaler niet opdraait voor een juridisch experiment? Op die vraag heb ik nog altijd geen antwoord gekregen.]]"

Slowakije, dat eerder met een veto dreigde, liet weten [[i @slow ~liet_weten|dat het het pakket deze keer niet tegenhoudt]]. Bratislava kreeg wel een langere overgangstermijn voor de invoer van Russisch gas.

Volgens sanctie-expert Ruud Dekker van de Erasmus Universiteit [[i @dekk ~volgens|omzeilt Rusland nog altijd een groot deel van de maatregelen via landen als Kazachstan en de Verenigde Arabische Emiraten]]. "[[d @dekk|Sancties werken, maar traag. Het is een marathon, geen sprint.]]"

Uit cijfers van de Kyiv School of Economics blijkt [[i @kse ~blijkt ?|dat de Russische olie-inkomsten vorig jaar met ruim een vijfde zijn gedaald]]. De nieuwe maatregelen gaan op 1 maart in.
""")

article("nl-gs10-oss-militairen-litouwen", "2026-01",
        "stev=Marco Stevens|Stevens|luitenant-kolonel Stevens; daan=Daan Pijnenburg|Pijnenburg;"
        " rasa=Rasa Jankauskienė|Jankauskienė|Jankauskiene; gerrit=Gerrit van Kessel|Van Kessel;"
        " def=Defensie|het ministerie van Defensie", """
Brabantse militairen houden wacht aan de oostflank: '[[d @stev +pro_nato|We zijn hier voor elkaar]]'

Rukla – Het is min twaalf in Rukla, midden in Litouwen. Op het oefenterrein achter de kazerne rijden Nederlandse pantservoertuigen door de sneeuw. Ruim tweehonderd militairen van 13 Lichte Brigade uit Oirschot zijn hier sinds november gelegerd, als onderdeel van de NAVO-eenheid die de oostflank van het bondgenootschap bewaakt.

Luitenant-kolonel Marco Stevens voert het bevel over de Nederlandse compagnieën. '[[d @stev ~zegt +pro_nato|We zijn hier omdat een aanval op Litouwen een aanval op ons allemaal is]]', zegt hij. '[[d @stev +pro_nato|Dat staat niet alleen op papier. Dat laten we hier elke dag zien. We zijn hier voor elkaar.]]'

De kou is de grootste vijand. Volgens Stevens [[i @stev ~volgens|moeten de voertuigen 's nachts om de drie uur worden gestart, anders bevriezen de motoren]].

Korporaal Daan Pijnenburg (24) uit Oss is voor het eerst op missie. '[[d @daan ~zegt +pro_nato|Mijn moeder vond het spannend. Maar ik ben trots dat ik hier sta]]', zegt hij.

De inwoners van Rukla zijn blij met de buitenlandse militairen. Burgemeester Rasa Jankauskienė zegt het zo: '[[d @rasa ~zegt_het_zo +pro_nato|Zonder de bondgenoten zouden we hier 's nachts niet rustig slapen. Wij weten wat het is om door Moskou bezet te zijn.]]'

In Oss wordt wisselend gereageerd op de missie. '[[d @gerrit ~zegt|Ze zitten daar voor een conflict dat niet het onze is. Ik had liever gezien dat het geld naar de zorg ging]]', zegt buurtbewoner Gerrit van Kessel (71).

[[i @def ~aldus|De eenheid keert half mei terug naar Oirschot en wordt dan afgelost door Belgische militairen]], aldus Defensie.
""")

article("nl-gs11-wederopbouw-rotterdam", "2025-07",
        "mul=Hanneke Mulder|Mulder; hog=Bart Hogendoorn|Hogendoorn;"
        " atr=Atradius Dutch State Business|Atradius|Atradius DSB; blom=Rutger Blom|Blom; org=de organisatie", """
Nederlandse bedrijven melden zich voor wederopbouw Oekraïne

Rotterdam – In het Rotterdamse WTC kwamen gisteren ruim driehonderd ondernemers bijeen voor een conferentie over de wederopbouw van Oekraïne. Baggeraars, ingenieursbureaus, bouwers van energiecentrales: iedereen wil weten waar de kansen liggen.

Minister voor Buitenlandse Handel Hanneke Mulder opende de dag. „[[d @mul +supportive_of_ukraine|Oekraïne vecht voor zijn bestaan, en straks moet het land weer worden opgebouwd. Nederlandse bedrijven kunnen daarbij helpen, en dat gaan ze ook doen.]]” Mulder kondigde aan [[i @mul ~kondigde_aan +supportive_of_ukraine|dat het kabinet 200 miljoen euro extra vrijmaakt voor het herstel van het Oekraïense elektriciteitsnet]]. [[i @mul ~benadrukte|De wederopbouw, benadrukte Mulder, is een zaak van jaren en niet van maanden]].

Niet iedereen staat klaar om te vertrekken. „[[d @hog ~zegt|Wij willen graag, maar zonder verzekering tegen oorlogsrisico's gaat geen bedrijf daar een kade bouwen]]”, zegt Bart Hogendoorn, directeur van een baggerbedrijf uit Sliedrecht. „[[d @hog|Zolang er elke week drones boven Odesa vliegen, houden onze verzekeraars de boot af.]]”

Volgens exportverzekeraar Atradius Dutch State Business [[i @atr ~volgens|zijn er tot nu toe ruim veertig aanvragen voor een garantie binnengekomen]]. De eerste projecten gaan over drinkwater en de reparatie van bruggen.

Econoom Rutger Blom, die de conferentie bijwoonde, noemde [[m @blom ~noemde|de dag „vooral een handelsmissie met een mooi verhaal”]]. „[[d @blom|Er wordt hier straks veel geld verdiend aan goede bedoelingen. Dat is niet erg, als het maar eerlijk wordt gezegd.]]”

[[i @org ~liet_weten|De volgende editie wordt in het najaar in Lviv gehouden]], liet de organisatie weten.
""")

article("nl-gs12-navo-top-ankara-belgie", "2026-07",
        "van=Dries Vanhoutte|Vanhoutte; yil=Kemal Yıldız|Yıldız|Yildiz; amr=Nadia Amrani|Amrani;"
        " desm=Koen Desmet|Desmet; woord=een NAVO-woordvoerder", """
België haalt NAVO-norm voor het eerst: ‘[[d @van +pro_nato|Geen zwakke leerling meer]]’

Ankara – Voor het eerst in decennia haalt België de NAVO-norm van 2 procent van het bbp. Op de top in Ankara beloofde de federale regering bovendien een groeipad naar 3,5 procent tegen 2035.

“[[d @van ~zei +pro_nato|België was te lang de zwakke leerling van de klas. Dat is voorbij]]”, zei minister van Defensie Dries Vanhoutte. “[[d @van +pro_nato|Onze bondgenoten moeten op ons kunnen rekenen, zoals wij op hen rekenen.]]” Vanhoutte bevestigde ook [[i @van ~bevestigde +supportive_of_ukraine|dat België dit jaar nog eens een miljard euro militaire steun aan Oekraïne geeft, onder meer voor het onderhoud van de F-16's die Kyiv al kreeg]].

De Turkse minister van Defensie Kemal Yıldız, gastheer van de top, noemde [[m @yil ~noemde +pro_nato|de NAVO ‘de ruggengraat van de Europese veiligheid’]]. Hij herhaalde [[m @yil ~herhaalde +mediation_offer|dat Turkije ‘op elk moment’ nieuwe gesprekken tussen Moskou en Kyiv wil organiseren]].

In de Kamer in Brussel klinkt kritiek op de extra miljarden. “[[d @amr ~zegt|Elke euro voor tanks is een euro minder voor pensioenen en ziekenhuizen]]”, zegt PVDA-Kamerlid Nadia Amrani. “[[d @amr|Niemand heeft de Belgen gevraagd of ze dat willen.]]”

Volgens de Gentse militair historicus Koen Desmet [[i @desm ~volgens|is het groeipad voorlopig vooral een belofte]]. “[[d @desm|Het staat op papier, maar de begroting voor volgend jaar is nog niet rond. Pas dan weten we of het meer is dan een mooie slide.]]”

[[i @woord ~aldus|De slotverklaring wordt woensdagmiddag verwacht]], aldus een NAVO-woordvoerder. Daarna vliegt Vanhoutte door naar Vilnius voor een bezoek aan de Belgische militairen in Litouwen.
""")

article("nl-gs13-interview-oud-generaal", "2026-03",
        "wijn=Hans Wijnands|Wijnands", """
‘[[d @wijn +pro_nato|Artikel 5 is geen polis die je in een la legt]]’

Hans Wijnands (67) was tot 2020 plaatsvervangend commandant van de landmacht. Sinds zijn pensioen woont hij in een dijkhuis bij Zaltbommel, waar hij boeken schrijft over militaire geschiedenis en, zoals hij zelf zegt, ‘[[d @wijn ~zegt|eindelijk mijn mening mag geven]]’.

Over het bondgenootschap is hij onverminderd positief. ‘[[d @wijn +pro_nato|Ik heb veertig jaar met Amerikanen, Noren en Turken samengewerkt. Dat bondgenootschap is het beste wat Europa na 1945 is overkomen.]]’

Na een korte stilte: ‘[[d @wijn +pro_nato|Artikel 5 is geen verzekeringspolis die je in een la legt. Het is een belofte die je elke dag opnieuw moet waarmaken.]]’

En de Amerikanen, die steeds vaker twijfel zaaien? ‘[[d @wijn +pro_nato|Die hebben we nodig, en zij ons. Wie iets anders beweert, heeft nooit een kaart van de Noord-Atlantische Oceaan bekeken.]]’

Over Oekraïne is hij even stellig. ‘[[d @wijn +supportive_of_ukraine|Dat land vecht ook voor ons. Als je dat gelooft, dan stuur je niet wat je over hebt, maar wat ze nodig hebben.]]’ En later: ‘[[d @wijn +supportive_of_ukraine +pro_nato|Oekraïne hoort uiteindelijk in de NAVO. Dat is de enige garantie die ze in Moskou begrijpen.]]’

Kritisch is hij over het tempo in Den Haag. ‘[[d @wijn|Een nieuwe kazerne bouwen kost in dit land tien jaar. Vergunningen, bezwaren, stikstof. Zo win je geen oorlog.]]’

Gesprekken met Moskou? Wijnands schudt zijn hoofd. ‘[[d @wijn|Praten moet altijd kunnen. Maar ik zie aan geen van beide kanten iemand die nu echt wil.]]’

Hij vindt [[i @wijn ~vindt ?|dat Nederland de dienstplicht opnieuw moet invoeren, al is het in afgeslankte vorm]]. ‘[[d @wijn|Niet om jongens en meisjes naar het front te sturen, maar omdat een samenleving moet weten wat verdedigen is.]]’
""")

article("nl-gs14-kamerdebat-steun-oekraine", "2025-11",
        "dijk=Femke Dijkhuizen|Dijkhuizen; smit=Jeroen Smit|Smit; kok=Ilse de Kok|De Kok;"
        " koster=Jasper Koster|Koster; peters=Anouk Peters|Peters", """
Kamer debatteert over steun aan Oekraïne na 2026

Den Haag – In de Tweede Kamer is gisteren urenlang gedebatteerd over de steun aan Oekraïne. Het kabinet trekt dit jaar 3,5 miljard euro uit voor militaire en humanitaire hulp; voor de jaren daarna is nog niets vastgelegd.

„[[d @dijk ~zei +supportive_of_ukraine|Dat bedrag staat, en daar gaan we niet aan tornen]]”, zei minister van Buitenlandse Zaken Femke Dijkhuizen. „[[d @dijk +supportive_of_ukraine|Zolang de oorlog duurt, kan Kyiv op Nederland rekenen.]]”

VVD-Kamerlid Jeroen Smit wil [[i @smit ~wil ? +supportive_of_ukraine|dat de steun ook voor 2027 en 2028 wordt vastgelegd]]. „[[d @smit +supportive_of_ukraine|Poetin rekent erop dat wij het opgeven. Dat genoegen gunnen we hem niet.]]”

PVV-Kamerlid Ilse de Kok noemde [[m @kok ~noemde|de toezegging „geld dat we niet hebben”]]. „[[d @kok|Elke maand komt er weer een pakket bij. Ondertussen staan er in Nederland mensen in de rij bij de voedselbank.]]”

Ook SP-Kamerlid Jasper Koster is kritisch. „[[d @koster ~zei|Steeds meer wapens brengen de vrede niet dichterbij. Europa moet zelf het initiatief nemen voor onderhandelingen]]”, zei hij.

CDA-Kamerlid Anouk Peters vroeg zich af [[i @peters ~vroeg_zich_af|of het geld voor 2026 ook echt in de begroting staat]]. Dijkhuizen antwoordde [[m @dijk ~antwoordde|dat dat „in het voorjaar” duidelijk wordt, bij de Voorjaarsnota]].

Een motie van de PVV om de steun aan Oekraïne te bevriezen, haalde geen meerderheid. Een motie van de VVD die vraagt om een meerjarige toezegging, wordt volgende week in stemming gebracht.
""")

article("nl-gs15-emiraten-gevangenenruil", "2025-08",
        "vae=het ministerie van Buitenlandse Zaken van de Emiraten|ministerie van Buitenlandse Zaken van de Emiraten|de Emiraten;"
        " dipl=een Emiraatse diplomaat; lys=Dmytro Lysenko|Lysenko;"
        " rumod=het Russische ministerie van Defensie|Russische ministerie van Defensie; qatar=Qatar;"
        " krem=het Kremlin|Kremlin; icrc=het Internationale Comité van het Rode Kruis|Rode Kruis|ICRC; ben=Youssef Benali|Benali", """
Opnieuw gevangenenruil tussen Rusland en Oekraïne, Emiraten bemiddelden

Rusland en Oekraïne hebben zaterdag elk 146 krijgsgevangenen vrijgelaten. De ruil kwam tot stand via bemiddeling van de Verenigde Arabische Emiraten, het zoveelste akkoord van die aard sinds het begin van de oorlog.

Het ministerie van Buitenlandse Zaken van de Emiraten liet weten [[m @vae ~liet_weten +mediation_offer|dat het land "zijn inspanningen zal voortzetten" om gevangenen en burgers naar huis te brengen]]. "[[d @dipl ~zei +mediation_offer|Wij staan klaar voor de volgende ronde, wanneer beide kanten daarom vragen]]", zei een Emiraatse diplomaat in Abu Dhabi.

Dmytro Lysenko, de Oekraïense mensenrechtencommissaris, stond bij de grens met Wit-Rusland toen de bussen aankwamen. "[[d @lys|Elke man die vandaag thuiskomt, is een overwinning. Maar duizenden anderen zitten nog in Russische kampen.]]"

Volgens het Russische ministerie van Defensie [[i @rumod ~volgens|worden de teruggekeerde Russische militairen eerst in Wit-Rusland medisch onderzocht]]. Het Kremlin liet weten [[m @krem ~liet_weten|dat het "geen bezwaar" heeft tegen verdere ruilen via Abu Dhabi]]. Volgens het Internationale Comité van het Rode Kruis [[i @icrc ~volgens|zitten nog duizenden families aan beide kanten zonder nieuws over vermiste verwanten]].

Ook Qatar bood deze week aan [[i @qatar ~bood_aan +mediation_offer|te helpen bij de terugkeer van Oekraïense kinderen die naar Rusland zijn gebracht]].

Golfkenner Youssef Benali van de Universiteit Utrecht ziet een patroon: "[[d @ben ~ziet_een_patroon|De Golfstaten profileren zich graag als neutrale makelaar. Dat levert hun aanzien op in Washington én in Moskou.]]"

"[[d @ben ~zegt|Of ze ook een echte vrede kunnen regelen]]", zegt Benali, "[[d @ben ~zegt|is een heel andere vraag. Daarvoor is meer nodig dan een vliegtuig en een hotel.]]"
""")


# --- articles on other subjects (no stance labels) ---------------------------
article("nl-gs16-voetbal-heracles-go-ahead", "2025-11",
        "mei=Ronald Meijer|Meijer; cap=Stijn Kuipers|Kuipers; roo=Marco de Roo|De Roo", """
Heracles verdedigt voorsprong niet: 2-2 tegen Go Ahead

Almelo – Heracles Almelo heeft zaterdagavond een voorsprong van twee doelpunten uit handen gegeven tegen Go Ahead Eagles. Na een uur leek de thuisploeg op weg naar de eerste zege in vijf wedstrijden, maar een kwartier later stond het gelijk. In de slotfase bleek de paal nog een trouwe bondgenoot van de Deventenaren.

,,[[d @mei ~zei|We verdedigen dit gewoon niet goed genoeg]]'', zei trainer Ronald Meijer na afloop. ,,[[d @mei|Bij 2-0 moet je de wedstrijd dichttimmeren. In plaats daarvan gingen we met zes man in de aanval. Dat is naïef.]]''

Aanvoerder Stijn Kuipers nam de schuld deels op zich. ,,[[d @cap|Bij de tweede goal sta ik verkeerd. Dat weet ik, dat hoeft niemand mij te vertellen.]]'' Hij was wel blij met de steun van het publiek. ,,[[d @cap|Zelfs bij 2-2 bleven ze zingen. Daar zijn we ze iets voor verschuldigd.]]''

Go Ahead-trainer Marco de Roo sprak van [[m @roo ~sprak_van|een ,,verdiend punt'']]. Volgens De Roo [[i @roo ~volgens|was zijn ploeg in de tweede helft fysiek sterker]]. ,,[[d @roo|Wij hebben woensdag nog een bekerwedstrijd gespeeld en toch hielden we het langer vol. Dat zegt veel over deze groep.]]''

Heracles staat nu zestiende, met twee punten voorsprong op de degradatieplaatsen. Volgende week wacht een uitwedstrijd bij Fortuna Sittard, volgens het speelschema op zondagmiddag om half drie.
""")

article("nl-gs17-rechtszaak-buschauffeur", "2026-02",
        "ovj=Noor Hendriks|Hendriks; verd=Tim de B.|De B.; adv=Koen Vermeulen|Vermeulen;"
        " chauf=de chauffeur|chauffeur; fnv=de vakbond FNV|FNV", """
OM eist twee jaar cel voor aanval op buschauffeur

Utrecht – Het Openbaar Ministerie heeft gisteren twee jaar cel geëist tegen een 29-jarige man uit Nieuwegein die in juli een buschauffeur met een fles zou hebben aangevallen. De chauffeur hield er een hersenschudding en een gebroken oogkas aan over.

Door officier van justitie Noor Hendriks werd gesteld [[i @ovj ~werd_gesteld|dat de verdachte zonder enige aanleiding heeft toegeslagen]]. „[[d @ovj|Deze chauffeur deed gewoon zijn werk. Hij vroeg om een kaartje, meer niet.]]” Hendriks noemde [[m @ovj ~noemde|de aanval „laf en buitensporig”]].

De verdachte, Tim de B., zei [[i @verd ~zei|dat hij zich niets meer kan herinneren van die avond]]. „[[d @verd|Ik had te veel gedronken. Het spijt me, echt.]]”

Zijn advocaat Koen Vermeulen ging vol in de verdediging. Hij stelde [[i @adv ~stelde|dat zijn cliënt eerst zelf werd geduwd en zich alleen verdedigde]]. „[[d @adv|Er zijn geen camerabeelden van het begin van de ruzie. Dan kun je niet zomaar uitgaan van de lezing van één kant.]]” Vermeulen vroeg de rechtbank [[i @adv ~vroeg|rekening te houden met het blanco strafblad van zijn cliënt]].

De chauffeur was zelf niet aanwezig. In een verklaring die door zijn advocaat werd voorgelezen, schreef hij [[i @chauf ~schreef ?|dat hij sinds de aanval niet meer achter het stuur durft]].

De vakbond FNV, die de chauffeur juridisch steunt, laat weten [[i @fnv ~laat_weten|dat het geweld tegen buschauffeurs de afgelopen twee jaar met een derde is toegenomen]]. De rechtbank doet over twee weken uitspraak.
""")

article("nl-gs18-gemeenteraad-zwembad", "2025-10",
        "weth=Ellen Kampman|Kampman; cda=Marjolein ter Horst|Ter Horst; gl=Bram Oosterhuis|Oosterhuis;"
        " joke=Joke Wessels|Wessels|Joke; club=zwemvereniging De Dolfijn|De Dolfijn", """
Zwembad De Vijverberg blijft voorlopig open, coalitie loopt deuk op

Doetinchem – Het oude zwembad De Vijverberg gaat voorlopig niet dicht. De gemeenteraad stemde dinsdagavond in met een motie die het college opdraagt een renovatie opnieuw te onderzoeken, tegen de zin van wethouder Ellen Kampman in.

"[[d @weth ~zei|Ik respecteer de uitslag, maar ik ga niet doen alsof het geld er ineens wel is]]", zei Kampman na de stemming. Volgens haar [[i @weth ~volgens|kost een renovatie minstens 14 miljoen euro, vier miljoen meer dan nieuwbouw]].

Opvallend was dat coalitiepartij CDA de motie steunde. "[[d @cda ~zei|We zijn een loyale bondgenoot van deze wethouder, maar we zijn niet blind. Dit voorstel was gewoon niet goed onderbouwd]]", zei CDA-fractievoorzitter Marjolein ter Horst.

GroenLinks-raadslid Bram Oosterhuis, die de motie indiende, sprak van [[m @gl ~sprak_van|een "overwinning voor iedereen die hier ooit heeft leren zwemmen"]].

Ruim honderd inwoners zaten op de publieke tribune. Joke Wessels (68) zwemt al veertig jaar elke ochtend haar baantjes in De Vijverberg. "[[d @joke|Dit is geen luxe. Voor veel ouderen is dit de enige plek waar ze nog bewegen.]]"

Zwemvereniging De Dolfijn laat weten [[i @club ~laat_weten|dat ze wil meedenken over een goedkopere renovatie]]. De vereniging biedt bovendien aan [[i @club ~biedt_aan|te bemiddelen tussen de gemeente en de omwonenden, die bezwaar maken tegen de extra parkeerplaatsen]].

Het college komt voor de zomer met een nieuw voorstel, volgens de planning in juni.
""")

article("nl-gs19-economie-krimp-handel", "2026-05",
        "cbs=het Centraal Bureau voor de Statistiek|CBS; dijks=Laura Dijkstra|Dijkstra; vis=Hanna Visser|Visser;"
        " mkb=MKB-Nederland; bak=Thomas Bakker|Bakker; dnb=De Nederlandsche Bank|DNB", """
Economie krimpt licht, handelsconflict eist zijn tol

Den Haag – De Nederlandse economie is in het eerste kwartaal met 0,2 procent gekrompen ten opzichte van het kwartaal ervoor. [[i @cbs ~meldt|Vooral de export van machines en chemische producten viel terug]], meldt het Centraal Bureau voor de Statistiek.

Volgens CBS-econoom Laura Dijkstra [[i @dijks ~volgens|is het te vroeg om van een recessie te spreken]]. ‘[[d @dijks|Daarvoor moet de economie twee kwartalen op rij krimpen. Het tweede kwartaal ziet er voorlopig beter uit.]]’

Econoom Hanna Visser van ING kijkt vooral naar de Verenigde Staten. ‘[[d @vis|Nederlandse bedrijven zitten midden in een handelsoorlog waar ze zelf niet om hebben gevraagd. Wie veel naar de VS exporteert, krijgt nu de klappen.]]’

MKB-Nederland roept het kabinet op [[i @mkb ~roept_op|om gerichte steunmaatregelen voor exporterende bedrijven te nemen]]. Minister van Economische Zaken Thomas Bakker wil daar niet aan. ‘[[d @bak ~zei|Generieke steun is duur en komt vaak op de verkeerde plek terecht]]’, zei hij. ‘[[d @bak|We onderhandelen liever in Europees verband over lagere tarieven. Dat is op dit moment de beste verdediging.]]’

In haar kwartaalbericht schrijft De Nederlandsche Bank [[i @dnb ~schrijft ?|dat de werkloosheid dit jaar licht oploopt, naar 4,1 procent]]. Volgens het CBS [[i @cbs ~volgens|stijgen de huizenprijzen wel gewoon door: in april lagen ze 6 procent hoger dan een jaar eerder]].
""")

article("nl-gs20-a12-afsluiting-utrecht", "2025-09",
        "rws=Rijkswaterstaat; brink=Mirjam Brink|Brink; anwb=de ANWB|ANWB; pol=de politie|politie;"
        " have=Kees Haverkamp|Haverkamp; pijl=Sander Pijl|Pijl", """
A12 bij Utrecht twee weekenden dicht: '[[d @brink|Mijd het gebied]]'

Utrecht – De A12 tussen knooppunt Oudenrijn en knooppunt Lunetten gaat de komende twee weekenden volledig dicht. [[i @rws ~meldt|Er worden nieuwe voegovergangen gelegd en het asfalt wordt vervangen]], meldt Rijkswaterstaat. Volgens de planning is de weg op maandagochtend om 5.00 uur weer open.

'[[d @brink ~zegt|Het wordt druk, daar moeten we niet omheen draaien]]', zegt woordvoerder Mirjam Brink van Rijkswaterstaat. '[[d @brink|Mijd het gebied als het even kan, of neem de trein. Ook 's avonds kan het op de omleidingsroutes nog vaststaan.]]'

De ANWB verwacht [[i @anwb ~verwacht ?|dat de drukte vooral op de A2 en de A27 voelbaar wordt]]. De politie laat weten [[i @pol ~laat_weten|dat er extra verkeersregelaars staan bij de afritten in Nieuwegein en IJsselstein]].

Ondernemers langs de route zijn minder blij. Kees Haverkamp heeft een tankstation en een wasstraat vlak bij de afrit Kanaleneiland. '[[d @have|Twee weekenden geen klanten. En niemand die ons daar iets over heeft gevraagd.]]' Hij wil met Rijkswaterstaat onderhandelen over een tegemoetkoming.

Utrechts wethouder voor mobiliteit Sander Pijl noemde [[m @pijl ~noemde|de afsluiting 'vervelend maar onvermijdelijk']]. '[[d @pijl ~zei|Dit viaduct is vijftig jaar oud. Als we nu niets doen, staan we over een paar jaar veel langer stil]]', zei hij.

De gemeente Utrecht zet extra bussen in tussen de P+R-terreinen en het centrum. Fietsers en voetgangers kunnen het viaduct bij Oog in Al gewoon blijven gebruiken.
""")

article("nl-gs21-festival-headliner-gent", "2026-04",
        "dir=Lien Vermeersch|Vermeersch; jonas=Jonas Van Damme|Van Damme; schep=Wim De Smet|De Smet;"
        " evi=Evi Claessens|Claessens; fest=Rivierklank", """
Festivaldirecteur verdedigt keuze voor Amerikaanse afsluiter

Gent – Het Gentse festival Rivierklank heeft deze zomer de Amerikaanse zanger Jake Harlan als afsluiter van het hoofdpodium. De boeking kreeg de voorbije weken heel wat kritiek: te duur, en te weinig ruimte voor Vlaamse artiesten.

Directeur Lien Vermeersch verdedigt de keuze. “[[d @dir ~zegt|Een festival moet ook durven dromen. Zonder grote naam verkopen we de helft van onze tickets niet]]”, zegt ze. Volgens Vermeersch [[m @dir ~volgens|gaat het om ‘minder dan een vijfde’ van het artiestenbudget]]. Harlan brengt zijn nieuwe album ‘Northern Lights’ integraal.

“[[d @jonas ~vraagt_zich_af|Ik heb niets tegen Harlan. Maar wie hier al twintig jaar de zalen vult, mag toch ook eens op het hoofdpodium staan?]]”, vraagt de Gentse singer-songwriter Jonas Van Damme zich af. Hij kreeg een plek op de kleinere Leiescène. “[[d @jonas|Om vier uur ’s middags. Daar ben ik blij mee, hoor, maar het zegt wel iets.]]”

Schepen van Cultuur Wim De Smet laat weten [[i @schep ~laat_weten|dat de stad het festival blijft steunen, maar dat de subsidie volgend jaar niet stijgt]].

Uit de sector komt ook begrip voor de directie. “[[d @evi ~zegt|Iedereen roept om Vlaamse namen, tot ze zelf een ticket moeten kopen.]]” Dat zegt Evi Claessens, programmator bij de Gentse concertzaal Handelsbeurs. Volgens haar [[i @evi ~volgens|is een grote buitenlandse naam vaak net wat een festival nodig heeft om de kleinere podia te kunnen betalen]].

Volgens een bevraging van het festival zelf [[i @fest ~volgens ?|wil zeventig procent van de bezoekers meer internationale namen op de affiche]]. Rivierklank vindt plaats van 10 tot 12 juli aan de oevers van de Leie.
""")

article("nl-gs22-staking-streekvervoer-bemiddelaar", "2026-01",
        "lut=Henk Lutgens|Lutgens; verb=Anton Verbeek|Verbeek; meij=Carla Meijers|Meijers;"
        " schur=Ineke Schuring|Schuring; fenna=Fenna", """
Oud-burgemeester moet busstaking in Noorden vlottrekken

Groningen – In het conflict tussen vakbond FNV en vervoerder Noordlijn is een bemiddelaar aangesteld. Oud-burgemeester Henk Lutgens gaat proberen de partijen weer aan tafel te krijgen. In Groningen en Drenthe rijden sinds maandag vrijwel geen streekbussen.

„[[d @lut ~zei|Ik ben niet van de vakbond en niet van de directie. Ik ben van de reiziger die in de kou staat]]”, zei Lutgens bij zijn aanstelling. Hij bood aan [[i @lut ~bood_aan|de eerste gesprekken op het provinciehuis te laten plaatsvinden, op neutraal terrein]].

„[[d @verb ~zegt|We willen best onderhandelen, maar niet met een pistool tegen ons hoofd]]”, zegt FNV-bestuurder Anton Verbeek. Volgens Verbeek [[i @verb ~volgens|dreigde de directie vorige week met ontslagen als de staking doorgaat]].

Directeur Carla Meijers van Noordlijn is het daar niet mee eens. „[[d @meij|Er is niet gedreigd. We hebben alleen gezegd dat het geld op is.]]” En: „[[d @meij|We hebben een loonsverhoging van 3 procent aangeboden. Meer zit er echt niet in.]]”

Gedeputeerde Ineke Schuring zei [[i @schur ~zei|dat de provincie de bemiddeling van harte steunt en de kosten ervan betaalt]].

Fenna (16) uit Assen staat al een week met haar fiets in de regen. „[[d @fenna|Mijn ouders moeten me nu elke dag naar school brengen. Ik snap de chauffeurs wel, maar dit duurt echt te lang.]]”

Het eerste gesprek onder leiding van Lutgens staat gepland voor donderdagochtend.
""")

# --- end of articles --------------------------------------------------------


# --------------------------------------------------------------------------
# output


def build() -> list[dict[str, object]]:
    return build_articles(ARTICLES)


def main(argv: list[str] | None = None) -> int:
    return run(build, OUT, "gold_stance.py", argv)


if __name__ == "__main__":
    sys.exit(main())
