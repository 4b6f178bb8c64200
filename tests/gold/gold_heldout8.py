# Gold lists for the eighth round of held-out texts, written and committed before the generator ran on them.
from mkgold import write
R1 = "Regenwormen (Lumbricidae) zijn een familie van ongewervelde dieren die behoren tot de ringwormen (Annelida)."
R2 = "Regenwormen behoren tot de oligochaeten, een groep van wormen die de zee verlaten hebben en in zoetwater maar ook op het land kunnen leven."
R3 = "Regenwormen komen wereldwijd algemeen voor, uitgezonderd in droge klimaten en op Antarctica."
R5 = "Regenwormen hebben door het graven van tunnels en het afbreken van plantaardig materiaal een grote invloed op de bodemstructuur."
R6 = "Wereldwijd zijn er ongeveer 670 soorten regenwormen bekend, die in lengte variëren van enkele centimeters tot decimeters."
R8 = "Onder natuurlijke omstandigheden komen regenwormen boven door graafbewegingen van mollen."
R9 = "Regenwormen komen ook bovengronds bij regenachtig weer om te paren, ze zijn verder vooral 's nachts actief."
R10 = "In de winter kruipen ze dieper de grond in en gaan in een soort winterslaap of diapauze."
R11 = "Sommige gewervelde dieren zijn sterk afhankelijk van de regenworm omdat ze een belangrijke voedselbron vormen, voorbeelden zijn de mol en de merel."
P1 = "Een paddenstoel is het vruchtlichaam van veel soorten van schimmels (zwammen)."
P2 = "Paddenstoelen vormen maar een klein deel van de schimmel, waarvan het grootste deel zich in de bodem bevindt in de vorm van schimmeldraden (hyfen)."
P3 = "De meeste paddenstoelen worden gevormd door de basidiomyceten, met name de orde Agaricales."
P4 = "Een paddenstoel is globaal opgebouwd uit een steel, een hoed en een groot aantal lamellen aan de onderzijde van de hoed."
P5 = "De lamellen produceren microscopische sporen die nodig zijn voor de voortplanting van de schimmel."
P7 = "De snelle groeiwijze, de grillige vormen en de kleuren van paddenstoelen werden vanuit het volksgeloof vaak toegeschreven aan tovenarij."
P9 = "Een heksenkring is een natuurlijk ontstane cirkel van paddenstoelen."
P10 = "Sommige paddenstoelen, zoals de champignon, zijn eetbaar en worden verwerkt in gerechten."
P12 = "De schimmels die vruchtlichamen maken noemt men de hogere schimmels of Dikaryomycota."
P14 = "Meercellige schimmels zijn organismen die grotendeels uit schimmeldraden (hyfen) bestaan, die samen zwamvlok of mycelium genoemd worden."
P15 = "Bij de meeste soorten schimmels, die paddenstoelen vormen, bevindt de zwamvlok zich onder de grond."
write("nl-regenwormen-paddenstoelen", "nl", [
 ("definition", "Wat zijn regenwormen?", "een familie van ongewervelde dieren die behoren tot de ringwormen", ["ongewervelde dieren", "ringwormen"], R1),
 ("definition", "Wat is de wetenschappelijke naam van de regenwormen?", "Lumbricidae", [], R1),
 ("definition", "Tot welke stam behoren regenwormen?", "de ringwormen (Annelida)", ["ringwormen", "Annelida"], R1),
 ("definition", "Tot welke groep wormen behoren regenwormen?", "de oligochaeten", ["oligochaeten"], R2),
 ("definition", "Waar komen regenwormen niet voor?", "in droge klimaten en op Antarctica", ["droge klimaten", "Antarctica"], R3),
 ("definition", "Waardoor hebben regenwormen een grote invloed op de bodemstructuur?", "door het graven van tunnels en het afbreken van plantaardig materiaal", ["graven van tunnels", "afbreken van plantaardig materiaal"], R5),
 ("number", "Hoeveel soorten regenwormen zijn er wereldwijd bekend?", "ongeveer 670", ["670"], R6),
 ("definition", "Waardoor komen regenwormen onder natuurlijke omstandigheden boven?", "door graafbewegingen van mollen", ["graafbewegingen van mollen", "mollen"], R8),
 ("definition", "Waarom komen regenwormen bij regenachtig weer bovengronds?", "om te paren", ["paren"], R9),
 ("definition", "Wanneer zijn regenwormen vooral actief?", "'s nachts", ["nachts"], R9),
 ("definition", "Wat doen regenwormen in de winter?", "ze kruipen dieper de grond in en gaan in een soort winterslaap of diapauze", ["winterslaap", "diapauze"], R10),
 ("list-member", "Welke dieren zijn sterk afhankelijk van de regenworm als voedselbron?", "de mol en de merel", ["mol", "merel"], R11),
 ("definition", "Wat is een paddenstoel?", "het vruchtlichaam van veel soorten schimmels", ["vruchtlichaam"], P1),
 ("definition", "Waar bevindt het grootste deel van de schimmel zich?", "in de bodem, in de vorm van schimmeldraden (hyfen)", ["bodem", "schimmeldraden", "hyfen"], P2),
 ("definition", "Door welke groep schimmels worden de meeste paddenstoelen gevormd?", "de basidiomyceten, met name de orde Agaricales", ["basidiomyceten", "Agaricales"], P3),
 ("list-member", "Waaruit is een paddenstoel globaal opgebouwd?", "een steel, een hoed en een groot aantal lamellen", ["steel", "hoed", "lamellen"], P4),
 ("definition", "Wat produceren de lamellen?", "microscopische sporen", ["sporen"], P5),
 ("definition", "Waaraan werden de groeiwijze, vormen en kleuren van paddenstoelen in het volksgeloof toegeschreven?", "aan tovenarij", ["tovenarij"], P7),
 ("definition", "Wat is een heksenkring?", "een natuurlijk ontstane cirkel van paddenstoelen", ["cirkel van paddenstoelen"], P9),
 ("named-entity", "Welke paddenstoel wordt als voorbeeld van een eetbare paddenstoel genoemd?", "de champignon", ["champignon"], P10),
 ("definition", "Hoe noemt men de schimmels die vruchtlichamen maken?", "de hogere schimmels of Dikaryomycota", ["hogere schimmels", "Dikaryomycota"], P12),
 ("definition", "Hoe heten de schimmeldraden van een meercellige schimmel samen?", "zwamvlok of mycelium", ["zwamvlok", "mycelium"], P14),
 ("definition", "Waar bevindt de zwamvlok zich bij de meeste paddenstoelvormende schimmels?", "onder de grond", ["grond"], P15),
])
S1 = "De spinachtigen (Arachnida) vormen een klasse van de geleedpotigen met als de bekendste groep de echte spinnen."
S2 = "Ze hebben 4 paar poten en meestal een in tweeën gedeeld lichaam; kop en borststuk zijn gefuseerd tot cephalothorax of simpelweg kopborststuk."
S3 = "De lichaamslengte van spinachtigen varieert van kleiner dan 1 millimeter (mijten en teken) tot 23 centimeter (schorpioen)."
S4 = "De mannetjes zijn meestal kleiner dan de vrouwtjes."
S6 = "De laatste twee groepen zijn tevens giftig, de minuscule bastaardschorpioenen hebben gifklieren in de scharen, schorpioenen in de bekende gifstekel."
S7 = "Spinnen (Araneae) zijn een orde van geleedpotigen die behoren tot de klasse van de spinachtigen (Arachnida)."
S9 = "De vertegenwoordigers van de orde Araneae worden daarom ook wel 'echte spinnen' genoemd om ze van de andere groepen te onderscheiden."
S10 = "Er zijn tegenwoordig ruim 42.000 verschillende soorten spinnen beschreven."
S13 = "Om deze reden omschreef de Britse spinnenkenner W. S. Bristowe de spinnen eens als een reusachtig tapijt dat de aarde omspant."
S14 = "Spinnen worden verdeeld in twee basale groepen: de Araneomorphae (\"tangkakigen\") en de Mygalomorphae (\"rechtkakigen\" of \"vogelspinachtigen\")."
S15 = "De Araneomorphae vormen de grootste groep, deze spinnen worden wel als de hoogst ontwikkelde vertegenwoordigers gezien."
S17 = "Hierdoor kunnen de cheliceren prooien vermalen in plaats van slechts leegzuigen."
S18 = "De Mygalomorphae worden beschouwd als de primitievere spinnen, ze hebben een lichaamsbouw die meer overeenkomt met de oudst bekende vormen van spinnen."
S20 = "Ze kunnen hun prooi niet vermalen en kunnen alleen gif inspuiten en vervolgens hun prooi leegzuigen."
S21 = "Spinnen hebben zich over de gehele wereld verspreid en ontbreken alleen in permanent koude gebieden."
S25 = "Families die een beperkte verspreiding hebben zijn de Holarchaeidae die leven in Nieuw-Zeeland en Tasmanië en de Liphistiidae die enkel voorkomen in zuidoostelijk Azië en Japan."
S28 = "Spinnen leven in verschillende woestijnen en zelfs op de Mount Everest zijn door de Britse spinnenexpert Thomas Savory spinnen aangetroffen."
S29 = "Deze leefden op een hoogte van 6600 meter boven zeeniveau en bijna 1200 meter boven de plantengroei."
S32 = "Spinnen leven nooit in de zee maar er zijn enkele soorten die aan een leven in het water zijn aangepast."
write("nl-spinnen", "nl", [
 ("definition", "Wat zijn spinachtigen?", "een klasse van de geleedpotigen", ["klasse van de geleedpotigen", "geleedpotigen"], S1),
 ("definition", "Wat is de wetenschappelijke naam van de spinachtigen?", "Arachnida", [], S1),
 ("number", "Hoeveel paar poten hebben spinachtigen?", "4 paar", ["vier paar", "4"], S2),
 ("definition", "Waartoe zijn kop en borststuk bij spinachtigen gefuseerd?", "tot de cephalothorax (kopborststuk)", ["cephalothorax", "kopborststuk"], S2),
 ("number", "Hoe lang kan een spinachtige maximaal worden?", "23 centimeter (schorpioen)", ["23 centimeter"], S3),
 ("definition", "Welk geslacht is bij spinachtigen meestal kleiner?", "de mannetjes", ["mannetjes"], S4),
 ("definition", "Waar zitten de gifklieren van bastaardschorpioenen?", "in de scharen", ["scharen"], S6),
 ("definition", "Wat zijn spinnen?", "een orde van geleedpotigen uit de klasse van de spinachtigen", ["orde van geleedpotigen", "spinachtigen"], S7),
 ("definition", "Wat is de wetenschappelijke naam van de spinnen?", "Araneae", [], S7),
 ("definition", "Waarom worden de spinnen van de orde Araneae 'echte spinnen' genoemd?", "om ze van de andere groepen spinachtigen te onderscheiden", ["onderscheiden"], S9),
 ("number", "Hoeveel soorten spinnen zijn er beschreven?", "ruim 42.000", ["42.000"], S10),
 ("definition", "Hoe omschreef W. S. Bristowe de spinnen?", "als een reusachtig tapijt dat de aarde omspant", ["reusachtig tapijt"], S13),
 ("list-member", "In welke twee basale groepen worden spinnen verdeeld?", "de Araneomorphae en de Mygalomorphae", ["Araneomorphae", "Mygalomorphae"], S14),
 ("definition", "Welke groep spinnen is de grootste?", "de Araneomorphae", ["Araneomorphae", "tangkakigen"], S15),
 ("definition", "Wat kunnen de cheliceren van de Araneomorphae met prooien doen?", "ze vermalen in plaats van slechts leegzuigen", ["vermalen"], S17),
 ("definition", "Welke spinnen worden als de primitievere spinnen beschouwd?", "de Mygalomorphae", ["Mygalomorphae", "vogelspinachtigen"], S18),
 ("definition", "Wat kunnen de Mygalomorphae niet met hun prooi doen?", "hem vermalen", ["vermalen"], S20),
 ("definition", "Waar ontbreken spinnen?", "alleen in permanent koude gebieden", ["permanent koude gebieden"], S21),
 ("named-entity", "Welke spinnenfamilie leeft alleen in Nieuw-Zeeland en Tasmanië?", "de Holarchaeidae", ["Holarchaeidae"], S25),
 ("named-entity", "Wie trof spinnen aan op de Mount Everest?", "de Britse spinnenexpert Thomas Savory", ["Thomas Savory"], S28),
 ("number", "Op welke hoogte werden spinnen op de Mount Everest gevonden?", "6600 meter boven zeeniveau", ["6600 meter"], S29),
 ("definition", "Waar leven spinnen nooit?", "in de zee", ["zee"], S32),
])
U1 = "Our Sun is a 4.5 billion-year-old star – a hot glowing ball of hydrogen and helium at the center of our solar system."
U2 = "The Sun is about 93 million miles (150 million kilometers) from Earth, and without its energy, life as we know it could not exist here on our home planet."
U4 = "The Sun's volume would need 1.3 million Earths to fill it."
U5 = "Its gravity holds the solar system together, keeping everything from the biggest planets to the smallest bits of debris in orbit around it."
U6 = "The hottest part of the Sun is its core, where temperatures top 27 million degrees Fahrenheit (15 million degrees Celsius)."
U8 = "NASA and other international space agencies monitor the Sun 24/7 with a fleet of spacecraft, studying everything from its atmosphere to its surface, and even peering inside the Sun using special instruments."
U9 = "Sun-exploring spacecraft include Parker Solar Probe, Solar Orbiter, SOHO, ACE, IRIS, WIND, Hinode, Solar Dynamics Observatory, and STEREO."
U10 = "Electric currents in the Sun generate a magnetic field that is carried out through the solar system by the solar wind – a stream of electrically charged gas blowing outward from the Sun in all directions."
U11 = "The connection and interactions between the Sun and Earth drive our planet's seasons, ocean currents, weather, climate, radiation belts, and aurorae."
U12 = "Though it is special to us, there are billions of stars like our Sun scattered across the Milky Way galaxy."
U13 = "The Sun is about 100 times wider than Earth and about 10 times wider than Jupiter, the biggest planet."
U14 = "If the Sun were as tall as a typical front door, Earth would be about the size of a nickel."
U17 = "At the equator, the Sun spins once about every 25 days, but at its poles the Sun rotates once on its axis every 35 Earth days."
U18 = "As a star, the Sun is a ball of gas (92.1 percent hydrogen and 7.8 percent helium) held together by its own gravity."
U20 = "Many spacecraft constantly observe the Sun, helping us keep an eye on space weather that can affect satellites and astronauts."
write("en-nasa-sun", "en", [
 ("number", "How old is the Sun?", "4.5 billion years", ["4.5 billion"], U1),
 ("list-member", "What is the Sun made of?", "hydrogen and helium", ["hydrogen", "helium"], U1),
 ("number", "How far is the Sun from Earth?", "about 93 million miles (150 million kilometers)", ["93 million miles", "150 million kilometers"], U2),
 ("definition", "What is the largest object in our solar system?", "the Sun", ["Sun"], "The Sun is the largest object in our solar system."),
 ("number", "How many Earths would be needed to fill the Sun's volume?", "1.3 million", ["1.3 million Earths"], U4),
 ("definition", "What holds the solar system together?", "the Sun's gravity", ["gravity"], U5),
 ("definition", "What is the hottest part of the Sun?", "its core", ["core"], U6),
 ("number", "How hot is the Sun's core?", "27 million degrees Fahrenheit (15 million degrees Celsius)", ["27 million degrees Fahrenheit", "15 million degrees Celsius"], U6),
 ("list-member", "Which spacecraft explore the Sun?", "Parker Solar Probe, Solar Orbiter, SOHO, ACE, IRIS, WIND, Hinode, Solar Dynamics Observatory, and STEREO", ["Parker Solar Probe", "Solar Orbiter", "SOHO"], U9),
 ("definition", "What generates the Sun's magnetic field?", "electric currents in the Sun", ["electric currents"], U10),
 ("definition", "What is the solar wind?", "a stream of electrically charged gas blowing outward from the Sun in all directions", ["stream of electrically charged gas"], U10),
 ("list-member", "What do the interactions between the Sun and Earth drive?", "seasons, ocean currents, weather, climate, radiation belts, and aurorae", ["seasons", "ocean currents", "weather", "climate", "aurorae"], U11),
 ("number", "How many stars like our Sun are there in the Milky Way?", "billions", ["billions of stars"], U12),
 ("number", "How much wider than Earth is the Sun?", "about 100 times", ["100 times"], U13),
 ("named-entity", "What is the biggest planet?", "Jupiter", [], U13),
 ("definition", "How big would Earth be if the Sun were as tall as a front door?", "about the size of a nickel", ["nickel"], U14),
 ("definition", "How many stars are there in our solar system?", "one: the Sun is the only star", ["only star", "one"], "The Sun is the only star in our solar system."),
 ("number", "How long does the Sun take to spin once at its equator?", "about 25 days", ["25 days"], U17),
 ("number", "How long does the Sun take to rotate once at its poles?", "35 Earth days", ["35 days"], U17),
 ("number", "What share of the Sun is hydrogen?", "92.1 percent", ["92.1"], U18),
 ("definition", "Does the Sun have rings?", "no", ["not have any rings", "no rings"], "The Sun does not have any rings."),
 ("list-member", "What can space weather affect?", "satellites and astronauts", ["satellites", "astronauts"], U20),
])
D1 = "Diabetes is a complex group of diseases with a variety of causes."
D2 = "People with diabetes have high blood glucose, also called high blood sugar or hyperglycemia."
D3 = "Diabetes is a disorder of metabolism, the way the body uses digested food for energy."
D4 = "The digestive tract breaks down carbohydrates, sugars and starches found in many foods, into glucose, a form of sugar that enters the bloodstream."
D5 = "With the help of the hormone insulin, cells throughout the body absorb glucose and use it for energy."
D6 = "Diabetes develops when the body doesn't make enough insulin or is not able to use insulin effectively, or both."
D7 = "Insulin is made in the pancreas, an organ located behind the stomach."
D8 = "The pancreas contains clusters of cells called islets."
D9 = "Beta cells within the islets make insulin and release it into the blood."
D11 = "Prediabetes is a condition in which blood glucose levels or A1C levels, which reflect average blood glucose levels, are higher than normal but not high enough to be diagnosed as diabetes."
D13 = "Over time, high blood glucose damages nerves and blood vessels, leading to complications such as heart disease, stroke, kidney disease, blindness, dental disease, and amputations."
D15 = "Type 1 diabetes is caused by a lack of insulin due to the destruction of insulin-producing beta cells in the pancreas."
D16 = "In type 1 diabetes, an autoimmune disease, the body's immune system attacks and destroys the beta cells."
D17 = "Normally, the immune system protects the body from infection by identifying and destroying bacteria, viruses, and other potentially harmful foreign substances."
D20 = "Type 1 diabetes typically occurs in children and young adults, though it can appear at any age."
D21 = "In the past, type 1 diabetes was called juvenile diabetes or insulin-dependent diabetes mellitus."
D22 = "Latent autoimmune diabetes in adults (LADA) may be a slowly developing kind of type 1 diabetes."
D23 = "Diagnosis usually occurs after age 30."
D25 = "At the time of diagnosis, people with LADA may still produce their own insulin, but eventually most will need insulin shots or an insulin pump to control blood glucose levels."
D26 = "Heredity plays an important part in determining who is likely to develop type 1 diabetes."
D28 = "Genes carry instructions for making proteins that are needed for the body's cells to function."
D32 = "Variations in genes that affect more than 1 percent of a population group are called gene variants."
write("en-niddk-diabetes", "en", [
 ("definition", "What is diabetes?", "a complex group of diseases with a variety of causes", ["group of diseases"], D1),
 ("definition", "What is another name for high blood glucose?", "high blood sugar or hyperglycemia", ["hyperglycemia", "high blood sugar"], D2),
 ("definition", "What kind of disorder is diabetes?", "a disorder of metabolism", ["metabolism"], D3),
 ("definition", "Into what does the digestive tract break down carbohydrates?", "glucose", ["into glucose"], D4),
 ("definition", "Which hormone helps cells absorb glucose?", "insulin", [], D5),
 ("definition", "When does diabetes develop?", "when the body doesn't make enough insulin or cannot use it effectively, or both", ["not make enough insulin", "not able to use insulin effectively"], D6),
 ("definition", "Where is insulin made?", "in the pancreas", ["pancreas"], D7),
 ("definition", "Where is the pancreas located?", "behind the stomach", ["stomach"], D7),
 ("definition", "What are the clusters of cells in the pancreas called?", "islets", [], D8),
 ("definition", "Which cells make insulin?", "beta cells within the islets", ["beta cells"], D9),
 ("definition", "What is prediabetes?", "a condition in which blood glucose levels are higher than normal but not high enough to be diagnosed as diabetes", ["higher than normal"], D11),
 ("definition", "What do A1C levels reflect?", "average blood glucose levels", ["average blood glucose"], D11),
 ("definition", "What does high blood glucose damage over time?", "nerves and blood vessels", ["nerves", "blood vessels"], D13),
 ("list-member", "Which complications can diabetes lead to?", "heart disease, stroke, kidney disease, blindness, dental disease, and amputations", ["heart disease", "stroke", "kidney disease", "blindness"], D13),
 ("definition", "What causes type 1 diabetes?", "a lack of insulin due to the destruction of insulin-producing beta cells", ["destruction of insulin-producing beta cells", "lack of insulin"], D15),
 ("definition", "What kind of disease is type 1 diabetes?", "an autoimmune disease", ["autoimmune"], D16),
 ("definition", "What destroys the beta cells in type 1 diabetes?", "the body's immune system", ["immune system"], D16),
 ("definition", "How does the immune system normally protect the body?", "by identifying and destroying bacteria, viruses, and other harmful foreign substances", ["identifying and destroying bacteria"], D17),
 ("definition", "In whom does type 1 diabetes typically occur?", "children and young adults", ["children", "young adults"], D20),
 ("definition", "What was type 1 diabetes called in the past?", "juvenile diabetes or insulin-dependent diabetes mellitus", ["juvenile diabetes", "insulin-dependent diabetes mellitus"], D21),
 ("definition", "What does LADA stand for?", "latent autoimmune diabetes in adults", ["Latent autoimmune diabetes in adults"], D22),
 ("number", "After what age is LADA usually diagnosed?", "after age 30", ["30"], D23),
 ("definition", "What do most people with LADA eventually need?", "insulin shots or an insulin pump", ["insulin shots", "insulin pump"], D25),
 ("definition", "What plays an important part in who is likely to develop type 1 diabetes?", "heredity", [], D26),
 ("definition", "What are variations in genes that affect more than 1 percent of a population group called?", "gene variants", [], D32),
])
