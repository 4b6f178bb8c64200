# Gold lists for the fourth round of held-out texts, written and committed before the generator ran on them.
from mkgold import write
Z1 = "Volgens de algemene relativiteitstheorie is een zwart gat een gebied in de astronomische ruimte waaruit niets, zelfs licht niet, kan ontsnappen."
Z2 = "Dit is het gevolg van een extreme vervorming van de ruimtetijd die hier optreedt, door de zwaartekracht van een zeer compacte enorme massa."
Z5 = "De eerste ideeën over het bestaan van zwarte gaten dateren uit 1790, toen de Engelse geoloog John Michell en de Franse wiskundige Pierre-Simon Laplace onafhankelijk van elkaar het bestaan van onzichtbare sterren veronderstelden."
Z8 = "Dat de lichtsnelheid de maximale snelheid is, werd pas in 1905 aannemelijk gemaakt door Albert Einstein in zijn speciale relativiteitstheorie."
Z9 = "In 1916 publiceerde Einstein de algemene relativiteitstheorie, een nieuwe theorie over de zwaartekracht."
Z10 = "Enkele maanden later vond Karl Schwarzschild het door de relativiteitstheorie voorspelde zwaartekrachtsveld voor een puntmassa, waaruit de theoretische mogelijkheid van een waarnemingshorizon bleek."
N1 = "Een neutronenster is het eindstadium van een ster waarvan de kernmassa na de implosie tussen 1,4 en zo'n 3 maal die van de zon bedraagt."
S1 = "Een supernova (meervoud: supernovae of supernova's. Het meervoud \"supernovii\" wordt niet algemeen geaccepteerd.) is het verschijnsel waarbij een ster 'op spectaculaire wijze' explodeert."
write("nl-zwarte-gaten-sterren", "nl", [
 ("definition", "Wat is een zwart gat volgens de algemene relativiteitstheorie?", "een gebied in de astronomische ruimte waaruit niets, zelfs licht niet, kan ontsnappen", ["gebied waaruit niets kan ontsnappen", "gebied in de astronomische ruimte"], Z1),
 ("named-entity", "Volgens welke theorie is een zwart gat een gebied waaruit niets kan ontsnappen?", "de algemene relativiteitstheorie", ["algemene relativiteitstheorie"], Z1),
 ("cause-effect", "Waarvan is een zwart gat het gevolg?", "een extreme vervorming van de ruimtetijd", ["vervorming van de ruimtetijd"], Z2),
 ("cause-effect", "Waardoor ontstaat de extreme vervorming van de ruimtetijd bij een zwart gat?", "de zwaartekracht van een zeer compacte enorme massa", ["zwaartekracht", "zeer compacte enorme massa"], Z2),
 ("definition", "Hoe heet het denkbeeldige oppervlak dat als grens rond een zwart gat fungeert?", "de waarnemingshorizon", ["waarnemingshorizon"], "Rondom een zwart gat is er een denkbeeldig oppervlak dat als grens fungeert, de zogeheten waarnemingshorizon."),
 ("definition", "Waar kan licht nog net aan de zwaartekracht van een zwart gat ontsnappen?", "vlak boven de waarnemingshorizon", ["boven de waarnemingshorizon"], "Vlak boven deze waarnemingshorizon kan het licht nog net wel aan de enorme zwaartekracht ontsnappen."),
 ("number", "Uit welk jaar dateren de eerste ideeën over het bestaan van zwarte gaten?", "1790", [], Z5),
 ("named-entity", "Welke Engelse geoloog veronderstelde het bestaan van onzichtbare sterren?", "John Michell", ["Michell"], Z5),
 ("named-entity", "Welke Franse wiskundige veronderstelde het bestaan van onzichtbare sterren?", "Pierre-Simon Laplace", ["Laplace"], Z5),
 ("definition", "Aan de hand waarvan berekenden Michell en Laplace de massa en omvang van zulke objecten?", "de wetten van Newton", ["wetten van Newton"], "Ze berekenden aan de hand van de wetten van Newton de massa en de omvang van objecten waarvan de ontsnappingssnelheid groter zou zijn dan de lichtsnelheid."),
 ("number", "In welk jaar werd aannemelijk gemaakt dat de lichtsnelheid de maximale snelheid is?", "1905", [], Z8),
 ("named-entity", "In welke theorie maakte Einstein aannemelijk dat de lichtsnelheid de maximale snelheid is?", "zijn speciale relativiteitstheorie", ["speciale relativiteitstheorie"], Z8),
 ("number", "In welk jaar publiceerde Einstein de algemene relativiteitstheorie?", "1916", [], Z9),
 ("definition", "Wat is de algemene relativiteitstheorie?", "een nieuwe theorie over de zwaartekracht", ["theorie over de zwaartekracht"], Z9),
 ("named-entity", "Wie vond het door de relativiteitstheorie voorspelde zwaartekrachtsveld voor een puntmassa?", "Karl Schwarzschild", ["Schwarzschild"], Z10),
 ("definition", "Wat bleek uit het zwaartekrachtsveld voor een puntmassa?", "de theoretische mogelijkheid van een waarnemingshorizon", ["mogelijkheid van een waarnemingshorizon"], Z10),
 ("definition", "Wat is een neutronenster?", "het eindstadium van een ster", ["eindstadium van een ster"], N1),
 ("number", "Tussen hoeveel maal de massa van de zon ligt de kernmassa van een ster die een neutronenster wordt?", "tussen 1,4 en zo'n 3 maal", ["1,4 en zo'n 3 maal die van de zon"], N1),
 ("number", "Wat is de maximale massa van een niet roterende neutronenster?", "2,16 maal de massa van de zon", ["2,16 maal"], "De maximale massa van een niet roterende neutronenster is 2,16 maal de massa van de zon."),
 ("definition", "Welke neutronensterren kunnen een iets grotere massa hebben?", "roterende neutronensterren", ["roterende"], "Roterende neutronensterren kunnen nog een iets grotere massa hebben."),
 ("cause-effect", "Waarom is een neutronenster zelf wat minder zwaar?", "omdat tijdens het supernovastadium een aanzienlijk deel van de massa wordt weggeblazen", ["een aanzienlijk deel van de massa wordt weggeblazen", "deel van de massa wordt weggeblazen"], "Omdat aan het eind van de levensduur tijdens het supernovastadium van de ster een aanzienlijk deel van de massa wordt weggeblazen is de neutronenster zelf wat minder zwaar."),
 ("number", "Wat is de orde van grootte van de straal van een neutronenster?", "10 kilometer", ["10 km"], "De straal is in de orde van grootte van 10 kilometer."),
 ("definition", "Wat is een supernova?", "het verschijnsel waarbij een ster op spectaculaire wijze explodeert", ["een ster die explodeert", "ster explodeert"], S1),
 ("definition", "Wat is het meervoud van supernova?", "supernovae of supernova's", ["supernovae"], S1),
 ("definition", "Waaraan is de uitbarsting van een supernova herkenbaar?", "de enorme hoeveelheid licht die wordt uitgestraald", ["hoeveelheid licht"], "De uitbarsting is herkenbaar aan de 'enorme' hoeveelheid licht die hierbij wordt uitgestraald."),
 ("number", "Met de lichtkracht van hoeveel zonnen vlamt een supernova op?", "honderden miljoenen tot meer dan een miljard zonnen", ["honderden miljoenen tot meer dan een miljard"], "De ster vlamt op met de lichtkracht van honderden miljoenen tot meer dan een miljard zonnen."),
 ("definition", "Hoe worden de sterkste supernovae genoemd?", "hypernova", [], "De sterkste supernovae worden hypernova genoemd."),
])
K1 = "Kidney stones (also called renal stones or urinary stones) are small, hard deposits that form in one or both kidneys; the stones are made up of minerals or other compounds found in urine."
K8 = "Kidney stones can also result in blood in the urine (hematuria) or kidney or urinary tract infections."
K12 = "Stones can also be made up of uric acid (a normal waste product), cystine (a protein building block), or struvite (a phosphate mineral)."
K16 = "Research shows that 35 to 50 percent of people who have one kidney stone will develop additional stones, usually within 10 years of the first stone."
write("en-nih-kidney-stones-lactose", "en", [
 ("definition", "What are kidney stones?", "small, hard deposits that form in one or both kidneys", ["hard deposits", "small, hard deposits"], K1),
 ("definition", "What are kidney stones also called?", "renal stones or urinary stones", ["renal stones", "urinary stones"], K1),
 ("definition", "What are kidney stones made up of?", "minerals or other compounds found in urine", ["minerals"], K1),
 ("list-member", "In what do kidney stones vary?", "size, shape, and color", ["size", "shape", "color"], "Kidney stones vary in size, shape, and color."),
 ("definition", "What are the ducts that carry urine from the kidneys to the bladder called?", "ureters", [], "To be cleared from the body (or \"passed\"), the stones need to travel through ducts that carry urine from the kidneys to the bladder (ureters) and be excreted."),
 ("number", "How long do kidney stones generally take to pass out of the body?", "days to weeks", [], "Depending on their size, kidney stones generally take days to weeks to pass out of the body."),
 ("definition", "What is the abdominal or back pain caused by kidney stones known as?", "renal colic", [], "Kidney stones can cause abdominal or back pain (known as renal colic)."),
 ("cause-effect", "What can renal colic lead to?", "nausea and vomiting", ["nausea", "vomiting"], "Renal colic usually begins sporadically but then becomes constant and can lead to nausea and vomiting."),
 ("cause-effect", "What can larger kidney stones block?", "the flow of urine", ["flow of urine"], "Some small stones pass through the kidney and urinary tract with little discomfort, while larger ones can block the flow of urine and impair kidney function."),
 ("definition", "What is blood in the urine called?", "hematuria", [], K8),
 ("cause-effect", "Which infections can kidney stones result in?", "kidney or urinary tract infections", ["urinary tract infections"], K8),
 ("definition", "Which kidney stones can be medically removed?", "unusually large stones or stones that are difficult to pass", ["unusually large stones", "stones that are difficult to pass"], "Unusually large stones or stones that are difficult to pass can be medically removed."),
 ("number", "How many main types of kidney stones are there?", "four", ["4"], "Although there are many types of kidney stones, four main types are classified by the material they are made of."),
 ("number", "What share of all kidney stones is composed primarily of calcium?", "up to 75 percent", ["75 percent", "75%"], "Up to 75 percent of all kidney stones are composed primarily of calcium."),
 ("definition", "What are most kidney stones primarily composed of?", "calcium", [], "Up to 75 percent of all kidney stones are composed primarily of calcium."),
 ("list-member", "Besides calcium, what can kidney stones be made up of?", "uric acid, cystine, or struvite", ["uric acid", "cystine", "struvite"], K12),
 ("definition", "What is struvite?", "a phosphate mineral", ["phosphate mineral"], K12),
 ("cause-effect", "When do kidney stones form?", "when there is more of the compound in the urine than can be dissolved", ["more of the compound in the urine than can be dissolved"], "Stones form when there is more of the compound in the urine than can be dissolved."),
 ("cause-effect", "What can cause the imbalance that forms kidney stones?", "an increased amount of the material in the urine, a reduced amount of liquid urine, or a combination of both", ["reduced amount of liquid urine", "increased amount of the material in the urine"], "This imbalance can occur when there is an increased amount of the material in the urine, a reduced amount of liquid urine, or a combination of both."),
 ("number", "Between which ages are people most likely to develop kidney stones?", "between ages 40 and 60", ["40 and 60"], "People are most likely to develop kidney stones between ages 40 and 60, though the stones can appear at any age."),
 ("number", "What percentage of people who have one kidney stone will develop additional stones?", "35 to 50 percent", ["35-50%"], K16),
 ("number", "Within how many years of the first stone do additional stones usually develop?", "10 years", ["within 10 years"], K16),
 ("definition", "What is lactose?", "the natural sugar found in milk and milk products", ["natural sugar", "sugar found in milk"], "People who are lactose intolerant have trouble digesting lactose, the natural sugar found in milk and milk products."),
 ("cause-effect", "Why are people lactose intolerant?", "their bodies do not make enough lactase", ["not enough lactase"], "They have this condition because their bodies do not make enough lactase."),
 ("definition", "What is lactase?", "an enzyme made in the small intestine", ["enzyme"], "Lactase is an enzyme made in the small intestine."),
 ("definition", "Into what does lactase break down lactose?", "simpler forms of sugar", ["simpler sugars"], "Lactase breaks down lactose into simpler forms of sugar, which are easily absorbed into the blood."),
 ("cause-effect", "What can undigested lactose lead to?", "unpleasant digestive symptoms", ["digestive symptoms"], "Undigested lactose can lead to unpleasant digestive symptoms."),
 ("list-member", "Which nutrients important to bone health do many people who avoid milk products not consume enough of?", "calcium and vitamin D", ["calcium", "vitamin D"], "However, many people who think they are lactose intolerant avoid milk products and do not consume enough calcium and vitamin D, which are nutrients important to bone health."),
 ("definition", "For whom is getting enough calcium especially important?", "children and teens", ["children", "teens"], "Getting enough calcium is especially important for children and teens, who are at the ages when bones grow the most."),
])
