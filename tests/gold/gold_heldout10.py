# Gold lists for the tenth round of held-out texts, written and committed before the generator ran on them.
from mkgold import write
U1 = "De uilen (Strigiformes) zijn een orde van solitaire vogels met veelal een nachtelijke leefwijze."
U2 = "Bij veel uilen staan de ogen voor in de kop, zodat ze een groot binoculair gezichtsveld hebben, waarin ze diepte kunnen zien."
U3 = "Uilen hebben goed ontwikkelde oren, die ver uit elkaar staan, wat ze goed in staat stelt de richting vast te stellen waaruit een geluid komt."
U4 = "Door hun nachtelijke leefwijze worden ze soms ook nachtroofvogels genoemd."
U5 = "De orde wordt onderverdeeld in twee families: de echte uilen (Strigidae) en de kerkuilen (Tytonidae), waarvan er in Europa slechts één vertegenwoordiger voorkomt (de kerkuil)."
U6 = "Grotere soorten jagen op kleine zoogdieren en vogels, andere soorten eten voornamelijk insecten."
U7 = "Uilen zijn nomadische, opportunistische broedvogels die grote legsels kunnen krijgen wanneer voedsel overvloedig is."
U8 = "In westerse culturen zijn uilen het symbool van zowel wijsheid als dwaasheid."
U9 = "Uilen hebben een rond, afgeplat gezicht met grote naar voren gerichte ogen die vast in de schedel staan."
U10 = "Om in diverse richtingen te kunnen kijken moet een uil dus steeds de kop draaien, wat ze dan ook zeer goed kunnen."
U11 = "Uilen hebben een haaksnavel en krachtige klauwen aan hun poten, die vaak dicht bevederd zijn."
U12 = "Aan de voorrand van de handpennen van de vleugel dragen uilen een donsachtige franje, wat de vleugel in vlucht bijzonder geruisloos maakt."
P1 = "Pinguïns of vetganzen zijn een orde van niet-vliegende zeevogels die alleen voorkomen op het zuidelijk halfrond."
P2 = "De pinguïns behoren tot de orde Sphenisciformes, klasse Aves (vogels)."
P3 = "De pinguïns zijn gemakkelijk te onderscheiden van andere vogels en zijn volledig aangepast aan extreme koude en het leven in de zee."
P4 = "Pinguïns gebruiken hun vleugels om door het water te vliegen, net zoals andere vogels door de lucht vliegen."
P5 = "Ze kunnen met een snelheid tot 30 km per uur door het water vliegen."
P6 = "Volgens sommige woordenboeken, zoals de Oxford English Dictionary, komt de naam \"pinguïn\" waarschijnlijk van het Welsh pen gwyn (witte kop)."
P7 = "De naam werd oorspronkelijk gebruikt voor de reuzenalk, de inmiddels uitgestorven tegenhanger (geen nauwe verwant) van de pinguïn op het noordelijk halfrond."
P8 = "Zij zijn waarschijnlijk verwant aan de zeeduikers, albatrossen en stormvogels en onderdeel van een veel grotere groep, wel watervogels geheten."
P9 = "Ze komen niet voor op de Noordpool, maar wel in Zuid-Afrika, Zuid-Amerika, Australië en Nieuw-Zeeland."
P10 = "Op de Galapagoseilanden worden ze zelfs tot aan de evenaar aangetroffen."
write("nl-uilen-pinguins", "nl", [
 ("definition", "Wat zijn uilen?", "een orde van solitaire vogels met veelal een nachtelijke leefwijze", ["solitaire vogels", "nachtelijke leefwijze"], U1),
 ("definition", "Waarom kunnen veel uilen diepte zien?", "hun ogen staan voor in de kop, zodat ze een groot binoculair gezichtsveld hebben", ["binoculair gezichtsveld", "voor in de kop"], U2),
 ("definition", "Wat stelt uilen in staat de richting van een geluid vast te stellen?", "hun goed ontwikkelde oren, die ver uit elkaar staan", ["ver uit elkaar", "oren"], U3),
 ("definition", "Hoe worden uilen door hun nachtelijke leefwijze ook genoemd?", "nachtroofvogels", ["nachtroofvogels"], U4),
 ("list-member", "In welke twee families wordt de orde van de uilen onderverdeeld?", "de echte uilen en de kerkuilen", ["echte uilen", "kerkuilen"], U5),
 ("definition", "Welke uil is de enige vertegenwoordiger van de kerkuilen in Europa?", "de kerkuil", ["kerkuil"], U5),
 ("definition", "Waarop jagen grotere uilensoorten?", "op kleine zoogdieren en vogels", ["kleine zoogdieren", "vogels"], U6),
 ("definition", "Wanneer kunnen uilen grote legsels krijgen?", "wanneer voedsel overvloedig is", ["voedsel overvloedig"], U7),
 ("definition", "Waarvan zijn uilen in westerse culturen het symbool?", "van zowel wijsheid als dwaasheid", ["wijsheid", "dwaasheid"], U8),
 ("definition", "Wat voor gezicht hebben uilen?", "een rond, afgeplat gezicht met grote naar voren gerichte ogen", ["afgeplat", "rond"], U9),
 ("definition", "Waarom moet een uil zijn kop draaien om in diverse richtingen te kijken?", "omdat zijn ogen vast in de schedel staan", ["vast in de schedel"], U9),
 ("definition", "Wat voor snavel hebben uilen?", "een haaksnavel", ["haaksnavel"], U11),
 ("definition", "Waardoor vliegen uilen bijzonder geruisloos?", "door een donsachtige franje aan de voorrand van de handpennen van de vleugel", ["donsachtige franje", "franje"], U12),
 ("definition", "Hoe worden pinguïns ook genoemd?", "vetganzen", ["vetganzen"], P1),
 ("definition", "Waar komen pinguïns voor?", "alleen op het zuidelijk halfrond", ["zuidelijk halfrond"], P1),
 ("definition", "Tot welke orde behoren de pinguïns?", "Sphenisciformes", ["Sphenisciformes"], P2),
 ("definition", "Waaraan zijn pinguïns volledig aangepast?", "aan extreme koude en het leven in de zee", ["extreme koude", "leven in de zee"], P3),
 ("definition", "Waarvoor gebruiken pinguïns hun vleugels?", "om door het water te vliegen", ["door het water"], P4),
 ("number", "Hoe snel kunnen pinguïns door het water vliegen?", "tot 30 km per uur", ["30 km"], P5),
 ("definition", "Waarvan komt de naam 'pinguïn' waarschijnlijk?", "van het Welsh pen gwyn (witte kop)", ["pen gwyn", "witte kop"], P6),
 ("definition", "Voor welke vogel werd de naam 'pinguïn' oorspronkelijk gebruikt?", "voor de reuzenalk", ["reuzenalk"], P7),
 ("list-member", "Aan welke vogels zijn pinguïns waarschijnlijk verwant?", "aan de zeeduikers, albatrossen en stormvogels", ["zeeduikers", "albatrossen", "stormvogels"], P8),
 ("list-member", "Waar komen pinguïns behalve op Antarctica voor?", "in Zuid-Afrika, Zuid-Amerika, Australië en Nieuw-Zeeland", ["Zuid-Afrika", "Zuid-Amerika", "Australië", "Nieuw-Zeeland"], P9),
 ("definition", "Waar worden pinguïns zelfs tot aan de evenaar aangetroffen?", "op de Galapagoseilanden", ["Galapagoseilanden"], P10),
])
V1 = "Vlinders, kapellen of schubvleugeligen (Lepidoptera) zijn een orde van gevleugelde insecten."
V2 = "De orde van de vlinders is na de orden van de vliesvleugeligen, de tweevleugeligen en de kevers, de grootste insectenorde binnen het dierenrijk: er zijn ongeveer 160.000 beschreven soorten."
V3 = "Vlinders leven in uiteenlopende biotopen: van koude toendra's tot woestijnachtige gebieden."
V4 = "De meeste soorten leven in tropische of subtropische gebieden."
V5 = "In het Nederlands Soortenregister staan van de 18.000 inheemse Nederlandse insectensoorten ruim 2200 soorten als vlinder geregistreerd, zodat ruim 12% van de Nederlandse insectensoorten bij de orde van de vlinders is ingedeeld."
V6 = "Sommige soorten nachtvlinders, zoals de kleermot, worden bestreden vanwege hun schadelijkheid."
V7 = "Verreweg de meeste vlinders worden beschouwd als onschuldige en nuttige dieren omdat ze bestuivers zijn die niet kunnen steken of bijten."
V8 = "Omdat het lichaam gemakkelijk te conserveren is en de kleuren daarbij niet verloren gaan worden vlinders al sinds lang over de gehele wereld verzameld."
V9 = "Rupsen zijn de larven van vlinders."
V10 = "De rupsen van de meeste vlinders voeden zich met planten, sommige soorten kunnen daarbij grote schade aan gewassen aanrichten."
V11 = "Andere kunnen bij mensen allergische reacties veroorzaken door hun van brandharen voorziene huid."
V12 = "Ze zijn bijvoorbeeld een belangrijke voedselbron voor vogels."
V13 = "Zo zijn er ongevleugelde soorten en zijn er soorten die niet beschikken over de voor vlinders zo kenmerkende roltong."
L1 = "Lieveheersbeestjes (Coccinellidae) zijn een groep van kevers (Coleoptera)."
L2 = "Sommige soorten zijn zeer bekend, omdat ze algemeen voorkomen, bijvoorbeeld het zevenstippelig lieveheersbeestje (Coccinella septempunctata)."
L3 = "Lieveheersbeestjes leven zowel van planten en schimmels als van kleine diertjes en veel soorten zijn sterk gespecialiseerd."
L4 = "De bladluisetende soorten worden vaak als nuttig gezien en zijn zeer populair, maar soorten die schimmels of planten eten, kunnen mogelijk ziektes verspreiden en worden door sommige mensen beschouwd als plaaginsecten."
L5 = "Lieveheersbeestjes hebben een ronde, vaak halfbolvormige vorm met korte pootjes die net als de kleine antennes onder het dek- en nekschild kunnen worden teruggetrokken."
L6 = "In België en Nederland komt een zestigtal soorten voor met een grootte van 2 tot 10 millimeter."
L7 = "De kevers en de larven zijn vaak roofdieren van onder andere bladluizen (die vaak worden beschermd door mieren vanwege hun zoete afscheiding), maar er zijn ook lieveheersbeestjes met een plantaardig dieet."
L9 = "Het aantal stippen zegt dus niets over de leeftijd."
L10 = "De kleur en de vlekken op de dekschilden spelen wel een belangrijke rol bij het op naam brengen van de verschillende soorten."
write("nl-vlinders-lieveheersbeestjes", "nl", [
 ("definition", "Hoe worden vlinders ook genoemd?", "kapellen of schubvleugeligen", ["schubvleugeligen", "kapellen"], V1),
 ("definition", "Wat is de wetenschappelijke naam van de vlinders?", "Lepidoptera", ["Lepidoptera"], V1),
 ("list-member", "Welke insectenorden zijn groter dan de vlinders?", "de vliesvleugeligen, de tweevleugeligen en de kevers", ["vliesvleugeligen", "tweevleugeligen", "kevers"], V2),
 ("number", "Hoeveel beschreven soorten vlinders zijn er?", "ongeveer 160.000", ["160.000", "160000"], V2),
 ("definition", "In welke gebieden leven de meeste vlindersoorten?", "in tropische of subtropische gebieden", ["tropische", "subtropische"], V4),
 ("number", "Hoeveel soorten vlinders staan er in het Nederlands Soortenregister?", "ruim 2200", ["2200"], V5),
 ("number", "Welk deel van de Nederlandse insectensoorten is een vlinder?", "ruim 12%", ["12"], V5),
 ("definition", "Welke nachtvlinder wordt bestreden vanwege zijn schadelijkheid?", "de kleermot", ["kleermot"], V6),
 ("definition", "Waarom worden de meeste vlinders als nuttig beschouwd?", "omdat ze bestuivers zijn die niet kunnen steken of bijten", ["bestuivers"], V7),
 ("definition", "Waarom worden vlinders al lang over de hele wereld verzameld?", "omdat het lichaam gemakkelijk te conserveren is en de kleuren niet verloren gaan", ["conserveren"], V8),
 ("definition", "Hoe heten de larven van vlinders?", "rupsen", ["rupsen"], V9),
 ("definition", "Waarmee voeden de rupsen van de meeste vlinders zich?", "met planten", ["planten"], V10),
 ("definition", "Waardoor kunnen sommige rupsen allergische reacties veroorzaken?", "door hun van brandharen voorziene huid", ["brandharen"], V11),
 ("definition", "Voor welke dieren zijn rupsen een belangrijke voedselbron?", "voor vogels", ["vogels"], V12),
 ("definition", "Welk kenmerkend orgaan ontbreekt bij sommige vlindersoorten?", "de roltong", ["roltong"], V13),
 ("definition", "Tot welke groep insecten behoren lieveheersbeestjes?", "de kevers (Coleoptera)", ["kevers", "Coleoptera"], L1),
 ("definition", "Wat is de wetenschappelijke naam van de lieveheersbeestjes?", "Coccinellidae", ["Coccinellidae"], L1),
 ("definition", "Welk lieveheersbeestje is zeer bekend omdat het algemeen voorkomt?", "het zevenstippelig lieveheersbeestje", ["zevenstippelig"], L2),
 ("definition", "Waarvan leven lieveheersbeestjes?", "van planten en schimmels en van kleine diertjes", ["schimmels", "kleine diertjes"], L3),
 ("definition", "Welke lieveheersbeestjes worden vaak als nuttig gezien?", "de bladluisetende soorten", ["bladluisetende", "bladluizen"], L4),
 ("definition", "Wat voor vorm hebben lieveheersbeestjes?", "een ronde, vaak halfbolvormige vorm", ["halfbolvormige", "ronde"], L5),
 ("number", "Hoeveel soorten lieveheersbeestjes komen er in België en Nederland voor?", "een zestigtal", ["zestigtal", "60"], L6),
 ("number", "Hoe groot zijn de lieveheersbeestjes in België en Nederland?", "2 tot 10 millimeter", ["2 tot 10"], L6),
 ("definition", "Waarom beschermen mieren bladluizen?", "vanwege hun zoete afscheiding", ["zoete afscheiding"], L7),
 ("definition", "Wat zegt het aantal stippen van een lieveheersbeestje over de leeftijd?", "niets", ["niets"], L9),
])
E1 = "ENSO (El Niño-Southern Oscillation) refers to changes of the entire Pacific climate system."
E2 = "In normal, non-El Niño conditions, the trade winds blow towards the west across the tropical Pacific."
E3 = "These winds pile up warm surface water in the west Pacific, so that the sea surface is about 1/2 meter higher at Indonesia than at Ecuador."
E4 = "The sea surface temperature is about 8 degrees C higher in the west, with cool temperatures off South America, due to an upwelling of cold water from deeper levels."
E5 = "This cold water is nutrient-rich, supporting high levels of primary productivity, diverse marine ecosystems, and major fisheries."
E6 = "Rainfall is found in rising air over the warmest water, and the east Pacific is relatively dry."
E7 = "During El Niño, the trade winds relax in the central and western Pacific leading to a depression of the thermocline in the eastern Pacific, and an elevation of the thermocline in the west, thereby bringing an end to nutrient upwelling."
E8 = "The cold water rises (upwells) from the deep ocean replacing the warm water in the eastern Pacific, and carrying to the surface the nutrients from decomposing animals at the bottom."
E9 = "This process of cold water bringing nutrients to the surface is called upwelling."
E10 = "The warm water causes the moist maritime air to rise."
E11 = "As the air rises it cools, causing water to condense into droplets."
E12 = "This process brings abundant rainfall to Indonesia and other parts of the western Pacific region."
E13 = "During El Niño, the trade winds decrease, ocean water piles up off South America, the sea surface temperature increases in the eastern Pacific, and there is a shift in the prevailing rain pattern from the western Pacific to the western Central Pacific."
E14 = "During La Niña, the trade winds increase, ocean water piles up in the western Pacific, the sea surface temperature decreases in the eastern Pacific, and the prevailing rain pattern also shifts farther west than normal."
write("en-noaa-el-nino", "en", [
 ("definition", "What does ENSO stand for?", "El Niño-Southern Oscillation", ["Southern Oscillation"], E1),
 ("definition", "What does ENSO refer to?", "changes of the entire Pacific climate system", ["Pacific climate system"], E1),
 ("definition", "In which direction do the trade winds blow across the tropical Pacific in normal conditions?", "towards the west", ["west"], E2),
 ("definition", "Where do the trade winds pile up warm surface water in normal years?", "in the west Pacific", ["west Pacific"], E3),
 ("number", "How much higher is the sea surface at Indonesia than at Ecuador in normal years?", "about 1/2 meter", ["1/2 meter", "half a meter", "1 2 meter"], E3),
 ("number", "How much higher is the sea surface temperature in the west Pacific than off South America in normal years?", "about 8 degrees C", ["8 degrees", "8 c"], E4),
 ("definition", "Why are temperatures cool off South America in normal years?", "because of an upwelling of cold water from deeper levels", ["upwelling", "cold water"], E4),
 ("list-member", "What does the nutrient-rich upwelled water support?", "high levels of primary productivity, diverse marine ecosystems, and major fisheries", ["primary productivity", "marine ecosystems", "fisheries"], E5),
 ("definition", "Where is rainfall found over the tropical Pacific in normal years?", "in rising air over the warmest water", ["warmest water", "rising air"], E6),
 ("definition", "What happens to the trade winds during El Niño?", "they relax (decrease) in the central and western Pacific", ["relax", "decrease"], E7),
 ("definition", "What happens to the thermocline in the eastern Pacific during El Niño?", "it is depressed", ["depression"], E7),
 ("definition", "What does El Niño bring an end to?", "nutrient upwelling", ["nutrient upwelling"], E7),
 ("definition", "What nutrients does upwelling carry to the surface?", "the nutrients from decomposing animals at the bottom", ["decomposing animals"], E8),
 ("definition", "What is the process of cold water bringing nutrients to the surface called?", "upwelling", ["upwelling"], E9),
 ("definition", "What causes the moist maritime air over the west Pacific to rise?", "the warm water", ["warm water"], E10),
 ("definition", "What happens to rising air as it cools?", "water condenses into droplets", ["condense", "droplets"], E11),
 ("definition", "Which region gets abundant rainfall in normal years?", "Indonesia and other parts of the western Pacific region", ["Indonesia"], E12),
 ("definition", "Where does ocean water pile up during El Niño?", "off South America", ["South America"], E13),
 ("definition", "What happens to the sea surface temperature in the eastern Pacific during El Niño?", "it increases", ["increases"], E13),
 ("definition", "What happens to the trade winds during La Niña?", "they increase", ["increase"], E14),
 ("definition", "What happens to the sea surface temperature in the eastern Pacific during La Niña?", "it decreases", ["decreases"], E14),
 ("definition", "Where does the prevailing rain pattern shift during La Niña?", "farther west than normal", ["farther west"], E14),
])
N1 = "These sounds can damage sensitive structures in the inner ear and cause noise-induced hearing loss (NIHL)."
N2 = "But sounds can be harmful when they are too loud, even for a brief time, or when they are both loud and long-lasting."
N3 = "NIHL can be immediate or it can take a long time to be noticeable."
N4 = "It can be temporary or permanent, and it can affect one ear or both ears."
N5 = "Regardless of how it might affect you, one thing is certain: noise-induced hearing loss is something you can prevent."
N6 = "People of all ages, including children, teens, young adults, and older people, can develop NIHL."
N7 = "Based on a 2011-2012 CDC study involving hearing tests and interviews with participants, at least 10 million adults (6 percent) in the U.S. under age 70, and perhaps as many as 40 million adults (24 percent), have features of their hearing test that suggest hearing loss in one or both ears from exposure to loud noise."
N8 = "Researchers have also estimated that as many as 17 percent of teens (ages 12 to 19) have features of their hearing test suggestive of NIHL in one or both ears, based on data from 2005-2006."
N9 = "NIHL can be caused by a one-time exposure to an intense \"impulse\" sound, such as an explosion, or by continuous exposure to loud sounds over an extended period of time, such as noise generated in a woodworking shop."
N10 = "Sound is measured in units called decibels."
N11 = "Sounds of less than 75 decibels, even after long exposure, are unlikely to cause hearing loss."
N12 = "However, long or repeated exposure to sounds at or above 85 decibels can cause hearing loss."
N13 = "The louder the sound, the shorter the amount of time it takes for NIHL to happen."
N14 = "- Normal conversation: 60 decibels"
N15 = "- Noise from heavy city traffic: 85 decibels"
N16 = "- Firecrackers and firearms: 150 decibels"
N17 = "Although being aware of decibel levels is important to help us protect our hearing, how far away we are from the source and how long we are exposed to the sound are equally important."
N18 = "A good rule of thumb is to avoid noises that are too loud, too close, or last too long."
write("en-nidcd-noise-hearing-loss", "en", [
 ("definition", "What does NIHL stand for?", "noise-induced hearing loss", ["noise-induced hearing loss"], N1),
 ("definition", "What do harmful sounds damage to cause noise-induced hearing loss?", "sensitive structures in the inner ear", ["inner ear"], N1),
 ("definition", "When can sounds be harmful to hearing?", "when they are too loud, even briefly, or both loud and long-lasting", ["too loud", "long-lasting"], N2),
 ("definition", "Is NIHL always permanent?", "no, it can be temporary or permanent", ["temporary"], N4),
 ("definition", "How many ears can NIHL affect?", "one ear or both ears", ["both ears", "one ear"], N4),
 ("definition", "What is certain about noise-induced hearing loss?", "it is something you can prevent", ["prevent"], N5),
 ("definition", "Who can develop NIHL?", "people of all ages", ["all ages"], N6),
 ("number", "How many U.S. adults under 70 have hearing test features suggesting hearing loss from loud noise, at least?", "at least 10 million (6 percent)", ["10 million", "6 percent"], N7),
 ("number", "How many U.S. adults under 70 may have signs of noise-induced hearing loss at most?", "as many as 40 million (24 percent)", ["40 million", "24 percent"], N7),
 ("number", "What share of teens may have hearing test features suggestive of NIHL?", "as many as 17 percent", ["17 percent"], N8),
 ("definition", "What one-time exposure can cause NIHL?", "an intense impulse sound, such as an explosion", ["impulse", "explosion"], N9),
 ("definition", "What example of continuous loud noise exposure is given?", "noise generated in a woodworking shop", ["woodworking shop"], N9),
 ("definition", "In what units is sound measured?", "decibels", ["decibels"], N10),
 ("number", "Below what level are sounds unlikely to cause hearing loss, even after long exposure?", "75 decibels", ["75"], N11),
 ("number", "From what level can long or repeated exposure to sounds cause hearing loss?", "85 decibels", ["85"], N12),
 ("definition", "How does loudness affect the time it takes for NIHL to happen?", "the louder the sound, the shorter the time", ["shorter"], N13),
 ("number", "How loud is normal conversation?", "60 decibels", ["60"], N14),
 ("number", "How loud is noise from heavy city traffic?", "85 decibels", ["85"], N15),
 ("number", "How loud are firecrackers and firearms?", "150 decibels", ["150"], N16),
 ("list-member", "Besides decibel levels, what matters equally for protecting hearing?", "how far away we are from the source and how long we are exposed", ["far away", "how long"], N17),
 ("list-member", "What is the rule of thumb for avoiding noise?", "avoid noises that are too loud, too close, or last too long", ["too loud", "too close", "too long"], N18),
])
