# Gold lists for the eleventh round of held-out texts, written and committed before the generator ran on them.
from mkgold import write
S1 = "Slakken of buikpotigen (Gastropoda) zijn een klasse in de stam van de weekdieren (Mollusca)."
S2 = "De naam buikpotigen en de wetenschappelijke naam verwijzen naar de gespierde onderzijde van het langwerpige lichaam, waarmee de dieren zich voortbewegen."
S3 = "De naam 'Gastropoda' is afgeleid van het Oudgriekse γαστήρ, gastēr, buik of maag, en πούς, pous, poot."
S4 = "De eerste herkenbare slakken stammen uit het Cambrium."
S5 = "Er zijn wereldwijd zo'n 60.000 tot 75.000 soorten beschreven en benoemd."
S6 = "De meeste slakken zijn tweeslachtig; ze kunnen van gescheiden geslacht zijn maar ook hermafrodiet."
S7 = "Zo zijn slakken de enige weekdieren die behalve in het water ook op het land voorkomen."
S8 = "De meeste slakken leven in zee, een kleiner aantal soorten leeft in zoet water, en er zijn dus vertegenwoordigers die op het land leven."
S9 = "Er zijn slakken met een huisje (huisjesslakken) en slakken zonder huisje (naaktslakken), soorten die door middel van kieuwen ademen en andere die longen hebben."
S10 = "Er zijn aaseters, planteneters, detritus-eters, en op prooien jagende vleeseters."
S11 = "De huisjesslakken worden gekenmerkt door een enkele schelp die meestal windingen heeft."
S12 = "Doordat deze slakken vaak een verkalkt huisje hebben, zijn er van deze diergroep veel uitgestorven soorten bekend."
S13 = "Veel soorten worden gebruikt als gidsfossiel, aan de hand waarvan de ouderdom van aardlagen kan worden vastgesteld."
K1 = "Schijfkwallen (Scyphozoa) zijn een klasse van ongewervelde dieren uit de stam der neteldieren (Cnidaria)."
K2 = "Schijfkwallen worden ook wel 'echte kwallen' genoemd omdat bijna alle vertegenwoordigers een groot en opvallend kwalstadium vertonen."
K3 = "Bij andere groepen neteldieren komt nog een tweede stadium voor in de levenscyclus, de vastzittende poliep."
K4 = "De meeste kwallen zijn predatoren die met hun tentakels plankton vangen, maar ook kleine visjes, kreeftachtigen en de larvale stadia van andere zeedieren."
K5 = "Hierbij gebruiken ze hun giftige netelcellen om de prooi te verlammen."
K6 = "Sommige soorten, zoals bijvoorbeeld de in Nederland incidenteel voorkomende Pelagia noctiluca, kunnen bij mensen bloedende wonden en blaren veroorzaken."
K7 = "Schijfkwallen komen wereldwijd algemeen voor, zowel in zoet als in zout water."
write("nl-slakken-kwallen", "nl", [
 ("definition", "Hoe worden slakken ook genoemd?", "buikpotigen", ["buikpotigen"], S1),
 ("definition", "Wat is de wetenschappelijke naam van de slakken?", "Gastropoda", ["Gastropoda"], S1),
 ("definition", "Tot welke stam behoren de slakken?", "de weekdieren (Mollusca)", ["weekdieren", "Mollusca"], S1),
 ("definition", "Waarnaar verwijst de naam buikpotigen?", "naar de gespierde onderzijde van het lichaam, waarmee de dieren zich voortbewegen", ["gespierde onderzijde"], S2),
 ("definition", "Wat betekent het Oudgriekse gastēr, waarvan 'Gastropoda' is afgeleid?", "buik of maag", ["buik", "maag"], S3),
 ("definition", "Uit welke periode stammen de eerste herkenbare slakken?", "uit het Cambrium", ["Cambrium"], S4),
 ("number", "Hoeveel slakkensoorten zijn er wereldwijd beschreven?", "zo'n 60.000 tot 75.000", ["60.000 tot 75.000", "60000 tot 75000"], S5),
 ("definition", "Wat zijn de meeste slakken wat hun geslacht betreft?", "tweeslachtig", ["tweeslachtig"], S6),
 ("definition", "Wat maakt slakken bijzonder onder de weekdieren?", "het zijn de enige weekdieren die behalve in het water ook op het land voorkomen", ["op het land", "enige weekdieren"], S7),
 ("definition", "Waar leven de meeste slakken?", "in zee", ["zee"], S8),
 ("definition", "Hoe heten slakken zonder huisje?", "naaktslakken", ["naaktslakken"], S9),
 ("list-member", "Waarmee ademen slakken?", "met kieuwen of met longen", ["kieuwen", "longen"], S9),
 ("list-member", "Welke voedingswijzen komen bij slakken voor?", "aaseters, planteneters, detritus-eters en vleeseters", ["aaseters", "planteneters", "detritus-eters", "vleeseters"], S10),
 ("definition", "Waardoor worden huisjesslakken gekenmerkt?", "door een enkele schelp die meestal windingen heeft", ["enkele schelp", "windingen"], S11),
 ("cause-effect", "Waarom zijn er veel uitgestorven soorten huisjesslakken bekend?", "omdat ze vaak een verkalkt huisje hebben", ["verkalkt huisje", "verkalkt"], S12),
 ("definition", "Waarvoor worden veel slakkensoorten gebruikt?", "als gidsfossiel", ["gidsfossiel"], S13),
 ("definition", "Wat kan aan de hand van een gidsfossiel worden vastgesteld?", "de ouderdom van aardlagen", ["ouderdom van aardlagen"], S13),
 ("definition", "Tot welke stam behoren de schijfkwallen?", "de neteldieren (Cnidaria)", ["neteldieren", "Cnidaria"], K1),
 ("definition", "Hoe worden schijfkwallen ook wel genoemd?", "echte kwallen", ["echte kwallen"], K2),
 ("cause-effect", "Waarom worden schijfkwallen 'echte kwallen' genoemd?", "omdat bijna alle vertegenwoordigers een groot en opvallend kwalstadium vertonen", ["kwalstadium"], K2),
 ("definition", "Welk tweede stadium komt in de levenscyclus van andere neteldieren voor?", "de vastzittende poliep", ["vastzittende poliep", "poliep"], K3),
 ("list-member", "Wat vangen de meeste kwallen met hun tentakels?", "plankton, kleine visjes, kreeftachtigen en de larvale stadia van andere zeedieren", ["plankton", "kleine visjes", "kreeftachtigen"], K4),
 ("definition", "Waarmee verlammen kwallen hun prooi?", "met hun giftige netelcellen", ["netelcellen"], K5),
 ("named-entity", "Welke in Nederland incidenteel voorkomende kwal kan bij mensen bloedende wonden en blaren veroorzaken?", "Pelagia noctiluca", ["Pelagia noctiluca"], K6),
 ("definition", "In wat voor water komen schijfkwallen voor?", "zowel in zoet als in zout water", ["zoet", "zout"], K7),
])
R1 = "Een regenboog is een gekleurde soms incomplete halve cirkelboog die aan de hemel waargenomen kan worden als de (laagstaande) zon tegen een nevel van waterdruppeltjes aan schijnt en de zon zich achter de waarnemer bevindt."
R2 = "Het is een optisch effect dat wordt veroorzaakt door de breking en weerspiegeling van licht in de waterdruppels."
R3 = "Een regenboog ontleent zijn naam aan zijn verschijnen bij regen, maar ook in een wolk van waterdruppels van een waterval, tuinslang of fontein en soms boven de branding in zee kan men een regenboog zien."
R4 = "Vanuit een vliegtuig of van een bergtop kan een regenboog als een cirkel zichtbaar zijn, wanneer geen horizon in de weg zit."
R5 = "Het licht wordt weerkaatst en gebroken tot een spectrum van de primaire kleuren, die in elkaar overlopen."
R6 = "Het middelpunt van de boog staat gezien vanuit de waarnemer lijnrecht tegenover de zon, en bevindt zich dus altijd onder de horizon."
R7 = "Waarnemer en boog vormen samen een denkbeeldige kegel met de waarnemer op de punt van de kegel en de regenboog langs de boogrand van het grondvlak van de kegel."
R8 = "De boog heeft binnen de kegel een halve tophoek van ongeveer 42 graden; de breedte van de kleurenband van rood tot violet is circa 2 graden."
R9 = "De kleuren van de regenboog worden traditioneel benoemd als (van buiten naar binnen): rood, oranje, geel, groen, blauw, indigo, en violet."
R10 = "De volgorde kan onthouden worden als ROGGBIV."
B1 = "Bijzonnen (in het Engels parhelia (enkelvoud parhelion) of sun dogs) of parhelium zijn een natuurlijk optisch fenomeen in de aardatmosfeer in de vorm van twee heldere lichtvlekken links en rechts van de zon."
B2 = "Bijzonnen behoren tot de categorie haloverschijnselen, die kunnen worden waargenomen wanneer de zon door ijskristallen schijnt, veelal in de vorm van cirrus- of cirrostratuswolken."
B3 = "Bijzonnen zijn frequent bij lage temperaturen, maar kunnen overal ter wereld en in alle weertypen optreden."
B4 = "Ze zijn het meest opvallend bij een lage zonnestand en gaan vaak samen met andere halo's zoals (delen van) de 22° halo, parhelische kring en circumzenitale boog."
B5 = "Bijzonnen ontstaan doordat het zonlicht wordt gereflecteerd en gebroken door zeshoekige plaatvormige ijskristallen in de atmosfeer, waardoor het wordt gesplitst in de kleuren van het spectrum, op een vergelijkbare manier als bij een regenboog."
B6 = "Als gevolg van de horizontale oriëntatie van de kristallen worden de lichtstralen het sterkst naar links en rechts verspreid, resulterend in twee lichtplekken aan beide zijden van de zon en op dezelfde hoogte boven de horizon."
B7 = "Het rode gedeelte van het spectrum is bij bijzonnen altijd naar de zon toe gericht."
write("nl-regenboog-bijzonnen", "nl", [
 ("definition", "Wat is een regenboog?", "een gekleurde, soms incomplete halve cirkelboog aan de hemel", ["cirkelboog"], R1),
 ("definition", "Waar bevindt de zon zich wanneer je een regenboog ziet?", "achter de waarnemer", ["achter de waarnemer"], R1),
 ("cause-effect", "Waardoor wordt een regenboog veroorzaakt?", "door de breking en weerspiegeling van licht in de waterdruppels", ["breking", "weerspiegeling"], R2),
 ("definition", "Waaraan ontleent de regenboog zijn naam?", "aan zijn verschijnen bij regen", ["regen"], R3),
 ("list-member", "Waar kan men behalve bij regen ook een regenboog zien?", "in de waterdruppels van een waterval, tuinslang of fontein en soms boven de branding in zee", ["waterval", "tuinslang", "fontein", "branding"], R3),
 ("definition", "Vanwaar kan een regenboog als een cirkel zichtbaar zijn?", "vanuit een vliegtuig of van een bergtop, wanneer geen horizon in de weg zit", ["vliegtuig", "bergtop"], R4),
 ("definition", "Waartoe wordt het licht in een regenboog weerkaatst en gebroken?", "tot een spectrum van de primaire kleuren", ["spectrum"], R5),
 ("definition", "Waar staat het middelpunt van de regenboog, gezien vanuit de waarnemer?", "lijnrecht tegenover de zon", ["tegenover de zon"], R6),
 ("definition", "Welke denkbeeldige figuur vormen waarnemer en regenboog samen?", "een kegel, met de waarnemer op de punt", ["kegel"], R7),
 ("number", "Hoe groot is de halve tophoek van de regenboog binnen de kegel?", "ongeveer 42 graden", ["42 graden", "42"], R8),
 ("number", "Hoe breed is de kleurenband van de regenboog van rood tot violet?", "circa 2 graden", ["2 graden"], R8),
 ("list-member", "Welke kleuren van de regenboog worden traditioneel benoemd?", "rood, oranje, geel, groen, blauw, indigo en violet", ["rood", "oranje", "geel", "groen", "blauw", "indigo", "violet"], R9),
 ("definition", "Welke kleur staat aan de buitenkant van de regenboog?", "rood", ["rood"], R9),
 ("acronym", "Met welk woord kan de volgorde van de kleuren van de regenboog onthouden worden?", "ROGGBIV", ["ROGGBIV"], R10),
 ("definition", "Wat zijn bijzonnen?", "twee heldere lichtvlekken links en rechts van de zon", ["lichtvlekken", "links en rechts van de zon"], B1),
 ("definition", "Hoe heten bijzonnen in het Engels?", "parhelia of sun dogs", ["parhelia", "sun dogs"], B1),
 ("definition", "Tot welke categorie verschijnselen behoren bijzonnen?", "de haloverschijnselen", ["haloverschijnselen"], B2),
 ("definition", "Wanneer kunnen haloverschijnselen worden waargenomen?", "wanneer de zon door ijskristallen schijnt", ["ijskristallen"], B2),
 ("list-member", "In welke wolken bevinden zich de ijskristallen van haloverschijnselen veelal?", "cirrus- of cirrostratuswolken", ["cirrus", "cirrostratus", "cirrostratuswolken"], B2),
 ("definition", "Bij welke temperaturen zijn bijzonnen frequent?", "bij lage temperaturen", ["lage temperaturen"], B3),
 ("definition", "Wanneer zijn bijzonnen het meest opvallend?", "bij een lage zonnestand", ["lage zonnestand"], B4),
 ("definition", "Door wat voor ijskristallen ontstaan bijzonnen?", "door zeshoekige plaatvormige ijskristallen", ["zeshoekige", "plaatvormige"], B5),
 ("cause-effect", "Waardoor worden de lichtstralen bij bijzonnen het sterkst naar links en rechts verspreid?", "door de horizontale oriëntatie van de kristallen", ["horizontale oriëntatie"], B6),
 ("definition", "Welk gedeelte van het spectrum is bij bijzonnen altijd naar de zon toe gericht?", "het rode gedeelte", ["rode", "rood"], B7),
])
M1 = "Mars, the fourth planet from the Sun, is a dusty, cold, desert world with a very thin atmosphere."
M2 = "This dynamic planet has seasons, polar ice caps, extinct volcanoes, canyons and weather."
M3 = "Mars is one of the most explored bodies in our solar system, and it's the only planet where we've sent rovers to roam the alien landscape."
M4 = "NASA missions have found lots of evidence that Mars was much wetter and warmer, with a thicker atmosphere, billions of years ago."
M5 = "Mars was named by the Romans for their god of war because its reddish color was reminiscent of blood."
M6 = "The Egyptians called it \"Her Desher,\" meaning \"the red one.\""
M7 = "Even today, it is frequently called the \"Red Planet\" because iron minerals in the Martian dirt oxidize, or rust, causing the surface to look red."
M8 = "Mars is 0.53x (or 53%) the size of Earth."
M9 = "Mars has two moons, Phobos and Deimos."
M10 = "Both are believed to be captured asteroids or other debris from early in the formation of our solar system."
M11 = "Phobos is the larger of Mars' two moons."
M12 = "It orbits Mars three times a day, and is so close to the planet's surface that in some locations on Mars it cannot always be seen."
M13 = "Phobos is nearing Mars at a rate of six feet (1.8 meters) every hundred years."
M14 = "At that rate, it will either crash into Mars in 50 million years or break up into a ring."
M15 = "It orbits Mars every 30 hours."
M16 = "- Discovered: August 1877"
M17 = "- Discovered by: Asaph Hall"
M18 = "Mars, named for the Roman god of war, has two tiny moons, Phobos and Deimos, whose names are derived from the Greek for fear and panic."
M19 = "These Martian moons may well be captured asteroids originating in the main asteroid belt between Mars and Jupiter or perhaps from even more distant reaches of the solar system."
write("en-nasa-mars", "en", [
 ("number", "Which planet from the Sun is Mars?", "the fourth", ["fourth"], M1),
 ("definition", "What kind of atmosphere does Mars have?", "a very thin atmosphere", ["very thin", "thin"], M1),
 ("definition", "What kind of world is Mars?", "a dusty, cold, desert world", ["desert world", "dusty, cold"], M1),
 ("list-member", "What features does the dynamic planet Mars have?", "seasons, polar ice caps, extinct volcanoes, canyons and weather", ["seasons", "polar ice caps", "extinct volcanoes", "canyons"], M2),
 ("definition", "What makes Mars unique among the planets in how we explore it?", "it is the only planet where we have sent rovers", ["rovers"], M3),
 ("definition", "What was Mars like billions of years ago?", "much wetter and warmer, with a thicker atmosphere", ["wetter", "warmer", "thicker atmosphere"], M4),
 ("named-entity", "Who named Mars, and after whom?", "the Romans, after their god of war", ["god of war", "Romans"], M5),
 ("cause-effect", "Why did the Romans name Mars for their god of war?", "because its reddish color was reminiscent of blood", ["blood"], M5),
 ("named-entity", "What did the Egyptians call Mars?", "Her Desher", ["Her Desher"], M6),
 ("definition", "What does the Egyptian name Her Desher mean?", "the red one", ["the red one", "red one"], M6),
 ("definition", "What is Mars frequently called?", "the Red Planet", ["Red Planet"], M7),
 ("cause-effect", "Why does the surface of Mars look red?", "because iron minerals in the Martian dirt oxidize, or rust", ["rust", "oxidize", "iron minerals"], M7),
 ("number", "How big is Mars compared with Earth?", "53% (0.53x) the size of Earth", ["53%", "0.53"], M8),
 ("list-member", "What are the two moons of Mars?", "Phobos and Deimos", ["Phobos", "Deimos"], M9),
 ("definition", "What are Phobos and Deimos believed to be?", "captured asteroids or other debris from early in the formation of the solar system", ["captured asteroids"], M10),
 ("definition", "Which is the larger of Mars' two moons?", "Phobos", ["Phobos"], M11),
 ("number", "How often does Phobos orbit Mars?", "three times a day", ["three times a day", "3 times a day"], M12),
 ("number", "How fast is Phobos nearing Mars?", "six feet (1.8 meters) every hundred years", ["1.8 meters", "six feet"], M13),
 ("definition", "What will happen to Phobos in 50 million years?", "it will either crash into Mars or break up into a ring", ["crash into Mars", "ring"], M14),
 ("number", "How often does Deimos orbit Mars?", "every 30 hours", ["30 hours"], M15),
 ("number", "When were the moons of Mars discovered?", "August 1877", ["1877"], M16),
 ("named-entity", "Who discovered the moons of Mars?", "Asaph Hall", ["Asaph Hall"], M17),
 ("definition", "What do the names Phobos and Deimos mean?", "fear and panic (from the Greek)", ["fear", "panic"], M18),
 ("definition", "Where may the moons of Mars originate?", "in the main asteroid belt between Mars and Jupiter", ["asteroid belt"], M19),
])
A1 = "Asthma is a chronic (long-term) condition that affects the airways in the lungs."
A2 = "The airways are tubes that carry air in and out of your lungs."
A3 = "If you have asthma, the airways can become inflamed and narrowed at times."
A4 = "This makes it harder for air to flow out of your airways when you breathe out."
A5 = "About 1 in 13 people in the United States has asthma, according to the Centers for Disease Control and Prevention."
A6 = "It affects people of all ages and often starts during childhood."
A7 = "Certain things can set off or worsen asthma symptoms, such as pollen, exercise, viral infections, or cold air."
A8 = "These are called asthma triggers."
A9 = "When symptoms get worse, it is called an asthma attack."
A10 = "There is no cure for asthma, but treatment and an asthma action plan can help you manage it."
A11 = "The plan may include monitoring, avoiding triggers, and using medicines."
A12 = "Symptoms of asthma may include:"
A13 = "- Coughing, especially at night or early morning"
A14 = "- Wheezing, which is a whistling sound when you breathe out"
A15 = "- They come and go over time or within the same day."
A16 = "- They start or get worse with viral infections, such as a cold."
C1 = "COPD is a serious lung disease that over time, makes it hard to breathe."
C2 = "You may also have heard COPD called other names, like emphysema or chronic bronchitis."
C3 = "In people who have COPD, the airways, tubes that carry air in and out of your lungs, are partially blocked, which makes it hard to get air in and out."
C4 = "When COPD is severe, shortness of breath and other symptoms of COPD can get in the way of even the most basic tasks, such as doing light housework, taking a walk, even washing and dressing."
C5 = "- COPD is a leading cause of death in the United States and causes serious, long-term disability."
C6 = "- COPD kills more than 150,000 Americans each year."
C7 = "That's one death every 4 minutes."
C8 = "- 16 million are told by a health care provider that they have COPD."
write("en-nhlbi-asthma-copd", "en", [
 ("definition", "What is asthma?", "a chronic (long-term) condition that affects the airways in the lungs", ["airways", "chronic"], A1),
 ("definition", "What are the airways?", "tubes that carry air in and out of the lungs", ["tubes"], A2),
 ("definition", "What can happen to the airways of someone with asthma?", "they can become inflamed and narrowed", ["inflamed", "narrowed"], A3),
 ("cause-effect", "What do inflamed and narrowed airways make harder?", "for air to flow out of the airways when you breathe out", ["breathe out", "flow out"], A4),
 ("number", "How many people in the United States have asthma?", "about 1 in 13", ["1 in 13"], A5),
 ("definition", "When does asthma often start?", "during childhood", ["childhood"], A6),
 ("list-member", "What things can set off or worsen asthma symptoms?", "pollen, exercise, viral infections, or cold air", ["pollen", "exercise", "viral infections", "cold air"], A7),
 ("definition", "What are things that set off or worsen asthma symptoms called?", "asthma triggers", ["asthma triggers", "triggers"], A8),
 ("definition", "What is it called when asthma symptoms get worse?", "an asthma attack", ["asthma attack"], A9),
 ("definition", "What can help you manage asthma, which has no cure?", "treatment and an asthma action plan", ["action plan", "treatment"], A10),
 ("list-member", "What may an asthma action plan include?", "monitoring, avoiding triggers, and using medicines", ["monitoring", "avoiding triggers", "medicines"], A11),
 ("list-member", "What are symptoms of asthma?", "chest tightness, coughing, shortness of breath and wheezing", ["chest tightness", "coughing", "shortness of breath", "wheezing"], A12),
 ("definition", "When is the coughing of asthma especially common?", "at night or early morning", ["night", "early morning"], A13),
 ("definition", "What is wheezing?", "a whistling sound when you breathe out", ["whistling sound", "whistling"], A14),
 ("definition", "How do asthma symptoms behave over time?", "they come and go over time or within the same day", ["come and go"], A15),
 ("definition", "With what do asthma symptoms start or get worse?", "with viral infections, such as a cold", ["viral infections", "cold"], A16),
 ("definition", "What is COPD?", "a serious lung disease that over time makes it hard to breathe", ["lung disease", "hard to breathe"], C1),
 ("list-member", "By what other names is COPD known?", "emphysema or chronic bronchitis", ["emphysema", "chronic bronchitis"], C2),
 ("definition", "What happens to the airways in people who have COPD?", "they are partially blocked, which makes it hard to get air in and out", ["partially blocked"], C3),
 ("list-member", "Which basic tasks can severe COPD get in the way of?", "doing light housework, taking a walk, even washing and dressing", ["light housework", "taking a walk", "washing and dressing"], C4),
 ("definition", "Besides death, what does COPD cause?", "serious, long-term disability", ["disability"], C5),
 ("number", "How many Americans does COPD kill each year?", "more than 150,000", ["150,000", "150000"], C6),
 ("number", "How often does someone die of COPD in the United States?", "one death every 4 minutes", ["every 4 minutes", "4 minutes"], C7),
 ("number", "How many people have been told by a health care provider that they have COPD?", "16 million", ["16 million"], C8),
])
