# Gold lists for fresh21's four new tuning texts, written and committed before the generator ran on them.
from mkgold import write
S1 = "Spechten (Picidae) vormen een familie van kleine tot middelgrote, robuuste vogels."
S2 = "Spechten leven meestal in bomen en gebruiken hun scherpe snavel en lange kleverige tong om daaruit insecten los te peuteren."
S3 = "Soorten uit de onderfamilie echte spechten gebruiken hun staart als steun bij het klauteren langs boomstammen."
S4 = "Spechten hebben zygodactylische poten waarvan de twee middelste tenen naar voren staan en de buitenste twee naar achteren."
S5 = "Kenmerkend voor spechten is het gedrag om met de snavel in hout te hameren."
S6 = "Dit gedrag dient zowel om bij voedsel te komen als ter communicatie."
S8 = "De hersenen van spechten bevatten weinig hersenvocht en zijn stevig in de schedel verankerd, wat bescherming geeft tegen ernstige beschadiging."
S9 = "Spechten komen wereldwijd voor, behalve in Australië, Nieuw-Zeeland, Madagaskar en de poolgebieden."
S10 = "De meeste soorten leven in bossen, maar er zijn ook spechten die in boomloze gebieden leven, zoals rotsachtige heuvels en woestijnen."
S11 = "De familie van de spechten telt ongeveer 240 soorten."
S12 = "Enkele soorten worden met uitsterven bedreigd als gevolg van habitatfragmentatie."
S13 = "Eén moderne soort, de bermudagrondspecht, is reeds uitgestorven."
S16 = "Bovendien hebben spechten een sterk vergroot tongbeen dat als een soort veiligheidsgordel om de schedel heen ligt."
S17 = "Uit onderzoek gepubliceerd in 2022 wordt de vooronderstelling over het schokdempend effect onderuit gehaald."
K1 = "Kolibries (Trochilidae) zijn een familie van vogels die inheems zijn in de beide Amerika's."
K3 = "Kolibries zijn uitgesproken kleine vogels; het formaat varieert tussen dat van een hommel en van een zwaluw."
K4 = "De meeste soorten bereiken een lengte van 7 tot 13 cm."
K5 = "Kolibries zijn gespecialiseerd in het uitzuigen van nectar uit bloemen, maar veel soorten eten ook insecten."
K7 = "Met hoge vleugelslagfrequenties zijn ze in staat om in de lucht op één plek te blijven, zich razendsnel om te keren en zelfs achterwaarts te vliegen."
K8 = "In het broedseizoen verleiden de mannetjes de vrouwtjes met hun schrille zang."
K10 = "Het kleine, bekervormige nest wordt vaak in spinnenwebben vastgemaakt aan dunne takken van een boom of struik."
K12 = "Het legsel, dat meestal uit twee witte eieren bestaat, en de jongen, worden door het vrouwtje verzorgd."
K13 = "De kolibriefamilie telt meer dan 360 soorten."
K16 = "Bij de zwaardkolibrie (Ensifera ensifera) is de snavel bijna net zo lang als het gehele lijf dat 10 cm lang is."
write("nl-spechten-kolibries", "nl", [
 ("definition", "Wat zijn spechten?", "een familie van kleine tot middelgrote, robuuste vogels", ["familie van kleine tot middelgrote, robuuste vogels", "robuuste vogels"], S1),
 ("definition", "Wat is de wetenschappelijke naam van de spechten?", "Picidae", ["Picidae"], S1),
 ("definition", "Waarmee peuteren spechten insecten uit bomen los?", "met hun scherpe snavel en lange kleverige tong", ["lange kleverige tong", "kleverige tong", "scherpe snavel"], S2),
 ("definition", "Waarvoor gebruiken echte spechten hun staart?", "als steun bij het klauteren langs boomstammen", ["steun bij het klauteren", "steun"], S3),
 ("definition", "Wat voor poten hebben spechten?", "zygodactylische poten, waarvan de twee middelste tenen naar voren staan en de buitenste twee naar achteren", ["zygodactylische poten", "zygodactylische"], S4),
 ("definition", "Welk gedrag is kenmerkend voor spechten?", "met de snavel in hout hameren", ["in hout te hameren", "hameren"], S5),
 ("list-member", "Waarvoor dient het hameren van spechten?", "om bij voedsel te komen en ter communicatie", ["communicatie", "bij voedsel te komen"], S6),
 ("cause-effect", "Wat beschermt de hersenen van spechten tegen ernstige beschadiging?", "ze bevatten weinig hersenvocht en zijn stevig in de schedel verankerd", ["weinig hersenvocht", "stevig in de schedel verankerd"], S8),
 ("list-member", "Waar komen spechten niet voor?", "in Australië, Nieuw-Zeeland, Madagaskar en de poolgebieden", ["Australië", "Nieuw-Zeeland", "Madagaskar"], S9),
 ("list-member", "In welke boomloze gebieden leven ook spechten?", "rotsachtige heuvels en woestijnen", ["rotsachtige heuvels", "woestijnen"], S10),
 ("number", "Hoeveel soorten telt de familie van de spechten?", "ongeveer 240", ["240"], S11),
 ("cause-effect", "Waardoor worden enkele soorten spechten met uitsterven bedreigd?", "door habitatfragmentatie", ["habitatfragmentatie"], S12),
 ("named-entity", "Welke moderne soort specht is reeds uitgestorven?", "de bermudagrondspecht", ["bermudagrondspecht"], S13),
 ("definition", "Wat ligt bij spechten als een soort veiligheidsgordel om de schedel heen?", "een sterk vergroot tongbeen", ["vergroot tongbeen", "tongbeen"], S16),
 ("number", "In welk jaar werd het onderzoek gepubliceerd dat de vooronderstelling over het schokdempend effect onderuit haalde?", "2022", ["2022"], S17),
 ("definition", "Waar zijn kolibries inheems?", "in de beide Amerika's", ["beide Amerika's", "Amerika's"], K1),
 ("list-member", "Tussen welke dieren varieert het formaat van kolibries?", "tussen dat van een hommel en van een zwaluw", ["hommel", "zwaluw"], K3),
 ("number", "Welke lengte bereiken de meeste kolibries?", "7 tot 13 cm", ["7 tot 13 cm"], K4),
 ("definition", "Waarin zijn kolibries gespecialiseerd?", "in het uitzuigen van nectar uit bloemen", ["uitzuigen van nectar", "nectar"], K5),
 ("cause-effect", "Wat stelt kolibries in staat om in de lucht op één plek te blijven en achterwaarts te vliegen?", "hoge vleugelslagfrequenties", ["hoge vleugelslagfrequenties", "vleugelslagfrequenties"], K7),
 ("definition", "Waarmee verleiden de mannetjes van kolibries de vrouwtjes in het broedseizoen?", "met hun schrille zang", ["schrille zang"], K8),
 ("definition", "Waarin wordt het bekervormige nest van kolibries vaak vastgemaakt aan dunne takken?", "in spinnenwebben", ["spinnenwebben"], K10),
 ("number", "Uit hoeveel eieren bestaat het legsel van kolibries meestal?", "twee witte eieren", ["twee", "2"], K12),
 ("number", "Hoeveel soorten telt de kolibriefamilie?", "meer dan 360", ["360"], K13),
 ("named-entity", "Bij welke kolibrie is de snavel bijna net zo lang als het gehele lijf?", "de zwaardkolibrie (Ensifera ensifera)", ["zwaardkolibrie", "Ensifera ensifera"], K16),
])
F1 = "Een fata morgana (herkomst woord: Italiaans: \"La fata Morgana\") of luchtspiegeling is een optisch fenomeen dat het resultaat is van temperatuurinversie, een verschijnsel waarbij er grote temperatuurverschillen bestaan tussen verschillende luchtlagen."
F2 = "Lucht is een zeer slechte warmtegeleider, er treedt nauwelijks vermenging op zolang er geen noemenswaardige wind staat."
F3 = "Het (horizontale) scheidingsvlak tussen deze luchtlagen met verschillende temperatuur en daardoor ook met een verschillende brekingsindex voor licht, kan zich zo onder specifieke omstandigheden als spiegel gaan gedragen."
F4 = "Ook kan de luchtlaag met de laagste temperatuur zich zo als lens gaan gedragen."
F5 = "Verschillen in luchtvochtigheid kunnen het effect nog versterken en warme lucht kan meer waterdamp bevatten dan koude."
V1 = "Een veelvoorkomend voorbeeld is zichtbaar op een warme dag met weinig of geen wind, als het asfalt van de wegen door de zon is verwarmd en er zodoende een laag warme lucht boven het asfalt ontstaat."
V2 = "Het grensvlak met de koudere lucht daar weer boven werkt als spiegel voor licht dat er onder een invalshoek van nagenoeg 90° op valt (vrijwel evenwijdig aan het oppervlak)."
V3 = "Dit is een luchtspiegeling \"naar boven\", de hete luchtlaag reflecteert het licht van de heldere lucht naar boven, waardoor het lijkt of er water op de weg ligt."
V6 = "Door kleine turbulenties kunnen er rimpelingen in het oppervlak ontstaan, die het spiegelbeeld enigszins verstoren."
V7 = "Vanuit een hoger standpunt (bijvoorbeeld door er dichterbij te komen), waardoor de hoek met het luchtoppervlak kleiner wordt, verdwijnt het effect."
N1 = "Als zich aan het aardoppervlak koude lucht ophoudt met een grotere optische dichtheid dan de warme lucht daarboven, dan ontstaat een luchtspiegeling \"naar beneden\"."
N3 = "Hierdoor kunnen eilanden zichtbaar worden die zich in werkelijkheid achter de horizon bevinden."
T1 = "Als licht onder een hoek op een scheidingsvlak van twee optisch verschillende materialen valt zal een deel van het licht op het oppervlak weerkaatsen, waarbij de verhoudingen worden gegeven door de Fresnelvergelijkingen."
T2 = "Is de invalshoek (de hoek tussen de normaal en de invallende lichtstraal) kleiner dan de grenshoek, dan gaat een deel van het licht door het vlak heen."
E1 = "Als voorbeeld: een grensvlak tussen luchtlagen van 20 °C en 40 °C geeft een grenshoek van 89,7° (zichthoek 0,3°) en tussen 20 °C en 80 °C een grenshoek van 89,4° (zichthoek 0,6°)."
E2 = "Daarmee is de voorwaarde voor het zien van een luchtspiegeling duidelijk: de zichthoek ten opzichte van het grensvlak moet kleiner dan 1° zijn."
E3 = "Voor een persoon met ooghoogte 1,75 m moet de afstand tot het oppervlak dan groter zijn dan 100 m."
E4 = "Verder moet de lucht boven het gespiegelde landschap helder zijn om voldoende licht te kunnen laten weerkaatsen."
write("nl-fata-morgana", "nl", [
 ("definition", "Wat is een fata morgana?", "een optisch fenomeen dat het resultaat is van temperatuurinversie", ["optisch fenomeen"], F1),
 ("definition", "Wat is een ander woord voor een fata morgana?", "luchtspiegeling", ["luchtspiegeling"], F1),
 ("cause-effect", "Waarvan is een fata morgana het resultaat?", "van temperatuurinversie", ["temperatuurinversie"], F1),
 ("definition", "Wat is temperatuurinversie?", "een verschijnsel waarbij er grote temperatuurverschillen bestaan tussen verschillende luchtlagen", ["grote temperatuurverschillen", "temperatuurverschillen"], F1),
 ("definition", "Uit welke taal komt het woord fata morgana?", "uit het Italiaans", ["Italiaans"], F1),
 ("definition", "Wat voor warmtegeleider is lucht?", "een zeer slechte warmtegeleider", ["zeer slechte warmtegeleider", "slechte warmtegeleider", "zeer slechte"], F2),
 ("cause-effect", "Wanneer treedt er nauwelijks vermenging van luchtlagen op?", "zolang er geen noemenswaardige wind staat", ["geen noemenswaardige wind"], F2),
 ("definition", "Als wat kan het scheidingsvlak tussen luchtlagen met verschillende temperatuur zich gedragen?", "als spiegel", ["spiegel"], F3),
 ("definition", "Wat verschilt voor licht tussen luchtlagen met verschillende temperatuur?", "de brekingsindex", ["brekingsindex"], F3),
 ("definition", "Als wat kan de luchtlaag met de laagste temperatuur zich gedragen?", "als lens", ["lens"], F4),
 ("cause-effect", "Wat kan het effect van een luchtspiegeling nog versterken?", "verschillen in luchtvochtigheid", ["luchtvochtigheid"], F5),
 ("cause-effect", "Wanneer is een veelvoorkomend voorbeeld van een luchtspiegeling zichtbaar?", "op een warme dag met weinig of geen wind, als het asfalt door de zon is verwarmd", ["warme dag", "asfalt"], V1),
 ("number", "Onder welke invalshoek valt het licht waarvoor het grensvlak als spiegel werkt?", "nagenoeg 90°", ["90°", "90"], V2),
 ("cause-effect", "Waarom lijkt het bij een luchtspiegeling naar boven of er water op de weg ligt?", "de hete luchtlaag reflecteert het licht van de heldere lucht naar boven", ["licht van de heldere lucht", "reflecteert het licht"], V3),
 ("definition", "Wat lijkt er bij een luchtspiegeling naar boven op de weg te liggen?", "water", ["water"], V3),
 ("cause-effect", "Waardoor kunnen er rimpelingen in het spiegelende oppervlak ontstaan?", "door kleine turbulenties", ["turbulenties"], V6),
 ("cause-effect", "Vanuit welk standpunt verdwijnt het effect van de luchtspiegeling?", "vanuit een hoger standpunt", ["hoger standpunt"], V7),
 ("cause-effect", "Wanneer ontstaat een luchtspiegeling naar beneden?", "als zich aan het aardoppervlak koude lucht ophoudt met een grotere optische dichtheid dan de warme lucht daarboven", ["grotere optische dichtheid", "koude lucht"], N1),
 ("definition", "Wat kan een luchtspiegeling naar beneden zichtbaar maken?", "eilanden die zich in werkelijkheid achter de horizon bevinden", ["eilanden", "achter de horizon"], N3),
 ("named-entity", "Wat geeft de verhoudingen van het licht dat op een scheidingsvlak weerkaatst?", "de Fresnelvergelijkingen", ["Fresnelvergelijkingen"], T1),
 ("definition", "Wat is de invalshoek?", "de hoek tussen de normaal en de invallende lichtstraal", ["hoek tussen de normaal en de invallende lichtstraal", "normaal en de invallende lichtstraal"], T2),
 ("number", "Welke grenshoek geeft een grensvlak tussen luchtlagen van 20 °C en 40 °C?", "89,7°", ["89,7°", "89,7"], E1),
 ("number", "Hoe klein moet de zichthoek ten opzichte van het grensvlak zijn om een luchtspiegeling te zien?", "kleiner dan 1°", ["kleiner dan 1°", "1°"], E2),
 ("number", "Hoe groot moet de afstand tot het oppervlak zijn voor een persoon met ooghoogte 1,75 m?", "groter dan 100 m", ["100 m"], E3),
 ("definition", "Hoe moet de lucht boven het gespiegelde landschap zijn?", "helder", ["helder"], E4),
])
C1 = "Caves are found in a variety of rock types and in other substances such as ice."
C2 = "There are also a variety of types of caves, but the most common are caves formed by the dissolving of bedrock known as solution caves, as open conduits in cooled fields of lava known as lava caves or tubes, by wave actions along sea and lake coasts known as sea or littoral caves, and as open spaces beneath talus piles known as talus caves."
K1 = "Karst landscapes are formed usually through the dissolution of carbonate rocks such as limestone, dolomite, marble, and gypsum, though other rock types can display similar karst features."
L1 = "During long eruptions, lava flows can be channelized into a few main streams."
L3 = "The solidified lava is a good thermal insulator, so the lava flowing inside remains liquid much longer than an exposed flow."
L4 = "Lava tubes can transport lava several miles from an eruption site."
L5 = "After the lava has drained from the tube, a lava tube cave is left."
F1 = "Calcite is dissolved from the limestone when surface water, containing carbonic acid absorbed from the air and soil, percolates down through the rock and into the cave."
F2 = "When this acid water - carrying a calcium bicarbonate solution - encounters the air inside the cave, the carbon dioxide is released."
F4 = "Layer upon layer of calcite deposit will eventually shape the speleothem."
F6 = "How the acid water enters the cave - by dripping, flowing, seeping, splashing - and how it flows or stands after entering, are just two of these factors."
F8 = "Iron oxides account for the shades of brown, yellow, and red, while manganese gives shades of blue, black, and gray."
B1 = "Soda straws (first stage stalactites) grow from the ceiling as water runs down inside them and deposits rings of calcite at their tips."
B2 = "When the soda straws are plugged, water trickling down their outside turns them into larger carrot- or icicle-shaped stalactites."
B3 = "Stalagmites, which rise from the floor when dripping water deposits minerals, are usually larger in diameter than stalactites and more rounded on top."
B4 = "A stalactite and stalagmite may meet midway, forming a column."
B5 = "On an inclined ceiling, water may deposit calcite in thin, translucent sheets, producing draperies that hang in delicate folds."
B6 = "At times, water forming the draperies contains minerals in addition to calcite, resulting in dark orange or brown bands called bacon formation."
B7 = "A flowstone forms when considerable water flows down walls, over floors and older formations, building up sheets of calcite like icing on a cake."
write("en-nps-caves", "en", [
 ("definition", "Besides rock, in what other substance are caves found?", "in other substances such as ice", ["ice"], C1),
 ("definition", "What are caves formed by the dissolving of bedrock known as?", "solution caves", ["solution caves"], C2),
 ("definition", "What are open conduits in cooled fields of lava known as?", "lava caves or tubes", ["lava caves", "lava tubes", "tubes"], C2),
 ("definition", "What are caves formed by wave actions along sea and lake coasts known as?", "sea or littoral caves", ["sea caves", "littoral caves", "littoral"], C2),
 ("definition", "What are open spaces beneath talus piles known as?", "talus caves", ["talus caves"], C2),
 ("cause-effect", "How are karst landscapes usually formed?", "through the dissolution of carbonate rocks", ["dissolution of carbonate rocks", "carbonate rocks"], K1),
 ("list-member", "Which carbonate rocks dissolve to form karst landscapes?", "limestone, dolomite, marble, and gypsum", ["limestone", "dolomite", "marble", "gypsum"], K1),
 ("cause-effect", "When can lava flows be channelized into a few main streams?", "during long eruptions", ["long eruptions"], L1),
 ("cause-effect", "Why does the lava flowing inside a lava tube remain liquid much longer than an exposed flow?", "because the solidified lava is a good thermal insulator", ["good thermal insulator", "thermal insulator"], L3),
 ("number", "How far can lava tubes transport lava?", "several miles from an eruption site", ["several miles"], L4),
 ("definition", "What is left after the lava has drained from the tube?", "a lava tube cave", ["lava tube cave"], L5),
 ("definition", "What is dissolved from the limestone by surface water?", "calcite", ["calcite"], F1),
 ("definition", "Which acid does the surface water that dissolves calcite contain?", "carbonic acid absorbed from the air and soil", ["carbonic acid"], F1),
 ("cause-effect", "What is released when the acid water encounters the air inside the cave?", "the carbon dioxide", ["carbon dioxide"], F2),
 ("definition", "What will eventually shape the speleothem?", "layer upon layer of calcite deposit", ["layer upon layer of calcite", "calcite deposit"], F4),
 ("list-member", "In which ways can the acid water enter the cave?", "by dripping, flowing, seeping, splashing", ["dripping", "flowing", "seeping", "splashing"], F6),
 ("cause-effect", "What accounts for the shades of brown, yellow, and red in speleothems?", "iron oxides", ["iron oxides"], F8),
 ("cause-effect", "Which mineral gives speleothems shades of blue, black, and gray?", "manganese", ["manganese"], F8),
 ("definition", "What are soda straws?", "first stage stalactites", ["first stage stalactites"], B1),
 ("cause-effect", "What do soda straws turn into when they are plugged?", "larger carrot- or icicle-shaped stalactites", ["icicle-shaped stalactites", "stalactites"], B2),
 ("definition", "Which formations rise from the floor when dripping water deposits minerals?", "stalagmites", ["stalagmites"], B3),
 ("definition", "What forms when a stalactite and stalagmite meet midway?", "a column", ["column"], B4),
 ("definition", "What does water deposit on an inclined ceiling that hangs in delicate folds?", "draperies", ["draperies"], B5),
 ("definition", "What are the dark orange or brown bands in draperies called?", "bacon formation", ["bacon formation"], B6),
 ("definition", "What forms when considerable water flows down walls, over floors and older formations?", "a flowstone", ["flowstone"], B7),
])
D1 = "The digestive system is made up of the digestive tract—a series of hollow organs joined in a long, twisting tube from the mouth to the anus—and other organs that help the body break down and absorb food."
D2 = "Organs that make up the digestive tract are the mouth, esophagus, stomach, small intestine, large intestine—also called the colon—rectum, and anus."
D3 = "Inside these hollow organs is a lining called the mucosa."
D4 = "In the mouth, stomach, and small intestine, the mucosa contains tiny glands that produce juices to help digest food."
D5 = "The digestive tract also contains a layer of smooth muscle that helps break down food and move it along the tract."
D6 = "Two “solid” digestive organs, the liver and the pancreas, produce digestive juices that reach the intestine through small tubes called ducts."
D7 = "The gallbladder stores the liver’s digestive juices until they are needed in the intestine."
D8 = "Parts of the nervous and circulatory systems also play major roles in the digestive system."
W2 = "Food and drink must be changed into smaller molecules of nutrients before they can be absorbed into the blood and carried to cells throughout the body."
W3 = "Digestion is the process by which food and drink are broken down into their smallest parts so the body can use them to build and nourish cells and to provide energy."
P1 = "Your lungs are organs in your chest that allow your body to take in oxygen from the air."
P2 = "They also help remove carbon dioxide (a waste gas that can be toxic) from your body."
P3 = "The respiratory system is a group of organs and tissues that help you breathe."
P4 = "The main parts of this system are the airways, the lungs and linked blood vessels, and the muscles that enable breathing."
P5 = "The airways are pipes that carry oxygen-rich air to your lungs and remove carbon dioxide from your lungs."
P7 = "These muscles include the diaphragm, intercostal muscles, abdominal muscles, and muscles in the neck and collarbone area."
P8 = "When you breathe in, your diaphragm and intercostal muscles contract to increase the space in your chest cavity, into which your lungs expand."
P9 = "As your lungs expand, air is sucked in through your nose or mouth."
P10 = "The air travels down your windpipe and into your lungs' air sacs."
write("en-nih-digestion-lungs", "en", [
 ("definition", "What is the digestive tract?", "a series of hollow organs joined in a long, twisting tube from the mouth to the anus", ["series of hollow organs", "hollow organs"], D1),
 ("definition", "From where to where does the digestive tract run?", "from the mouth to the anus", ["from the mouth to the anus", "mouth to the anus"], D1),
 ("list-member", "Which organs make up the digestive tract?", "the mouth, esophagus, stomach, small intestine, large intestine, rectum, and anus", ["esophagus", "stomach", "small intestine", "large intestine", "rectum"], D2),
 ("definition", "What is the large intestine also called?", "the colon", ["colon"], D2),
 ("definition", "What is the lining inside the hollow organs of the digestive tract called?", "the mucosa", ["mucosa"], D3),
 ("definition", "What does the mucosa in the mouth, stomach, and small intestine contain?", "tiny glands that produce juices to help digest food", ["tiny glands", "glands"], D4),
 ("definition", "Which layer helps break down food and move it along the digestive tract?", "a layer of smooth muscle", ["smooth muscle"], D5),
 ("list-member", "Which two solid digestive organs produce digestive juices?", "the liver and the pancreas", ["liver", "pancreas"], D6),
 ("definition", "Through what do the digestive juices of the liver and pancreas reach the intestine?", "small tubes called ducts", ["ducts"], D6),
 ("definition", "Which organ stores the liver's digestive juices until they are needed in the intestine?", "the gallbladder", ["gallbladder"], D7),
 ("list-member", "Parts of which other body systems play major roles in the digestive system?", "the nervous and circulatory systems", ["nervous", "circulatory"], D8),
 ("cause-effect", "Into what must food and drink be changed before they can be absorbed into the blood?", "smaller molecules of nutrients", ["smaller molecules of nutrients", "smaller molecules"], W2),
 ("definition", "What is digestion?", "the process by which food and drink are broken down into their smallest parts", ["broken down into their smallest parts", "smallest parts"], W3),
 ("cause-effect", "For what does the body use the smallest parts of food and drink?", "to build and nourish cells and to provide energy", ["build and nourish cells", "provide energy"], W3),
 ("definition", "What do your lungs allow your body to take in from the air?", "oxygen", ["oxygen"], P1),
 ("definition", "Which waste gas do the lungs help remove from your body?", "carbon dioxide", ["carbon dioxide"], P2),
 ("definition", "What is the respiratory system?", "a group of organs and tissues that help you breathe", ["group of organs and tissues"], P3),
 ("list-member", "What are the main parts of the respiratory system?", "the airways, the lungs and linked blood vessels, and the muscles that enable breathing", ["airways", "linked blood vessels", "muscles that enable breathing"], P4),
 ("definition", "What are the airways?", "pipes that carry oxygen-rich air to your lungs and remove carbon dioxide from your lungs", ["pipes"], P5),
 ("list-member", "Which muscles near the lungs allow breathing, besides those in the neck and collarbone area?", "the diaphragm, intercostal muscles, and abdominal muscles", ["diaphragm", "intercostal muscles", "abdominal muscles"], P7),
 ("cause-effect", "Why do your diaphragm and intercostal muscles contract when you breathe in?", "to increase the space in your chest cavity, into which your lungs expand", ["increase the space in your chest cavity", "space in your chest cavity"], P8),
 ("cause-effect", "What happens as your lungs expand?", "air is sucked in through your nose or mouth", ["air is sucked in", "sucked in"], P9),
 ("list-member", "Where does the air travel after you breathe it in?", "down your windpipe and into your lungs' air sacs", ["windpipe", "air sacs"], P10),
])
