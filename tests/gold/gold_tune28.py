# Gold lists for fresh28's four tuning texts, written and committed before the generator ran on them.
from mkgold import write
M1 = "Mangroven zijn boom- of struiksoorten die vaak een opvallend boven de grond of het water uitstekend wortelstelsel bezitten en die voorkomen in tropische kustgebieden en rivierdelta’s met getijdewerking."
M2 = "Met de term ‘mangrove’ wordt ook het (bos)gebied aangeduid waarin deze soorten voorkomen."
M3 = "Mangroven zijn zeer belangrijk voor de biodiversiteit, kustbescherming, vastlegging van koolstof, waterzuivering en toerisme, maar worden wereldwijd sterk bedreigd."
M5 = "Hierdoor worden deze gebieden regelmatig overspoeld en is de bodem meestal zout."
M6 = "Mangrovebossen kunnen zich vestigen langs lage en vlakke tropische kusten met warm zeewater en een niet te sterke golfslag."
M7 = "Ze groeien vooral op zoute slikgronden, maar er zijn ook zoetwatermangroven."
M8 = "Dankzij de beschutting is het vaak een kraamkamer voor vissen en vogels."
M9 = "In taxonomische zin bestaan de “echte” mangroven uit ongeveer 54 soorten in 20 geslachten behorend tot 16 families."
M10 = "De mangrove wordt door het WWF gezien als het 14e bioom."
M11 = "Het beslaat slechts 0,3% van het landoppervlak op aarde en is daarmee het kleinste landbioom."
M12 = "Mangroven bestaan al sinds het Carboon."
M13 = "Deze bevonden zich op het ’supercontinent’ Gondwanaland, dat zich in het Paleozoïcum op het zuidelijk halfrond uitstrekte."
Z1 = "De zwarte mangrove (Avicennia germinans), in Suriname parwa, op Bonaire en Curaçao mangel blanku en op Aruba mangel preto genoemd, is een van de drie belangrijkste mangrove-soorten, samen met de witte mangrove en de rode."
Z2 = "De bladeren zijn tegenoverstaand en zijn dikwijls bedekt met zoutkristallen."
Z3 = "De zaden zijn klein, 2–3 cm in diameter en lijken op afgeplatte bonen."
Z4 = "Het wortelstelsel bestaat uit lange ondergrondse kabelwortels waaraan honderden luchtwortels ontspruiten die boven het oppervlak uitsteken."
Z5 = "Deze luchtwortels zijn bezaaid met poriën die het wortelstelsel van zuurstof voorzien."
Z6 = "De boom komt voor aan de kusten van tropisch Amerika en West-Afrika."
Z7 = "Er zijn aanwijzingen dat de mangrove als gevolg van de klimaatverandering bezig is zijn verspreidingsgebied uit te breiden."
Z8 = "In tegenstelling tot de rode mangrove heeft de zwarte zoutklieren op zijn bladeren."
write("nl-mangrove", "nl", [
 ("definition", "Wat zijn mangroven?", "boom- of struiksoorten met een opvallend boven de grond of het water uitstekend wortelstelsel", ["boom- of struiksoorten", "uitstekend wortelstelsel"], M1),
 ("definition", "Waar komen mangroven voor?", "in tropische kustgebieden en rivierdelta’s met getijdewerking", ["tropische kustgebieden", "rivierdelta’s met getijdewerking"], M1),
 ("definition", "Wat wordt met de term mangrove ook aangeduid, behalve de boom- en struiksoorten zelf?", "het (bos)gebied waarin deze soorten voorkomen", ["(bos)gebied"], M2),
 ("list-member", "Waarvoor zijn mangroven zeer belangrijk?", "voor de biodiversiteit, kustbescherming, vastlegging van koolstof, waterzuivering en toerisme", ["biodiversiteit", "kustbescherming", "vastlegging van koolstof", "waterzuivering", "toerisme"], M3),
 ("definition", "Hoe staat het er wereldwijd voor met de mangroven?", "ze worden sterk bedreigd", ["sterk bedreigd"], M3),
 ("cause-effect", "Hoe is de bodem van mangrovegebieden meestal doordat ze regelmatig door het getij overspoeld worden?", "zout", ["zout"], M5),
 ("definition", "Langs wat voor kusten kunnen mangrovebossen zich vestigen?", "langs lage en vlakke tropische kusten met warm zeewater en een niet te sterke golfslag", ["lage en vlakke", "warm zeewater", "niet te sterke golfslag"], M6),
 ("definition", "Op welke gronden groeien mangroven vooral?", "op zoute slikgronden", ["zoute slikgronden"], M7),
 ("list-member", "Voor welke dieren is de mangrove dankzij de beschutting vaak een kraamkamer?", "voor vissen en vogels", ["vissen", "vogels"], M8),
 ("number", "Uit hoeveel soorten bestaan de echte mangroven in taxonomische zin?", "uit ongeveer 54 soorten", ["54"], M9),
 ("named-entity", "Welke organisatie ziet de mangrove als het 14e bioom?", "het WWF", ["WWF"], M10),
 ("number", "Welk deel van het landoppervlak op aarde beslaat de mangrove?", "slechts 0,3%", ["0,3%"], M11),
 ("definition", "Welk landbioom is de mangrove, omdat het zo weinig landoppervlak beslaat?", "het kleinste landbioom", ["kleinste"], M11),
 ("named-entity", "Sinds welk tijdperk bestaan mangroven al?", "sinds het Carboon", ["Carboon"], M12),
 ("named-entity", "Op welk supercontinent bevonden zich de fossiele resten van de eerste mangroven?", "op Gondwanaland", ["Gondwanaland"], M13),
 ("named-entity", "Wat is de wetenschappelijke naam van de zwarte mangrove?", "Avicennia germinans", ["Avicennia germinans"], Z1),
 ("list-member", "Welke zijn, naast de zwarte mangrove, de belangrijkste mangrove-soorten?", "de witte mangrove en de rode", ["witte", "rode"], Z1),
 ("definition", "Waarmee zijn de bladeren van de zwarte mangrove dikwijls bedekt?", "met zoutkristallen", ["zoutkristallen"], Z2),
 ("definition", "Waarop lijken de zaden van de zwarte mangrove?", "op afgeplatte bonen", ["afgeplatte bonen"], Z3),
 ("number", "Hoe klein zijn de zaden van de zwarte mangrove in diameter?", "2–3 cm", ["2–3 cm"], Z3),
 ("definition", "Uit welke wortels bestaat het wortelstelsel van de zwarte mangrove, waaraan de luchtwortels ontspruiten?", "uit lange ondergrondse kabelwortels", ["kabelwortels"], Z4),
 ("cause-effect", "Waarvan voorzien de poriën van de luchtwortels het wortelstelsel?", "van zuurstof", ["zuurstof"], Z5),
 ("list-member", "Aan welke kusten komt de zwarte mangrove voor?", "aan de kusten van tropisch Amerika en West-Afrika", ["tropisch Amerika", "West-Afrika"], Z6),
 ("cause-effect", "Waardoor is de zwarte mangrove bezig zijn verspreidingsgebied uit te breiden?", "als gevolg van de klimaatverandering", ["klimaatverandering"], Z7),
 ("definition", "Wat heeft de zwarte mangrove op zijn bladeren, in tegenstelling tot de rode mangrove?", "zoutklieren", ["zoutklieren"], Z8),
])
S1 = "Het was de eerste kunstmatige satelliet die in een baan om de Aarde werd gebracht."
S2 = "Hiermee begon de ruimtewedloop."
S3 = "De naam Spoetnik betekent Satelliet."
S4 = "De lancering wordt vaak als het begin van de ruimtevaart gezien."
S5 = "Het eerste door de mens gemaakte object dat (volgens een later opgestelde definitie) de ruimte bereikte was echter een Duitse V2-raket, tijdens een testvlucht in juni 1944."
S6 = "De eerste geslaagde vlucht van de A4 V2, die plaatsvond op 3 oktober 1942 in Peenemünde, wordt tegenwoordig ook als begin van de ruimtevaart genoemd."
S7 = "Met de dood van Stalin in 1953 eindigde diens schrikbewind."
S8 = "De nieuwe leider Chroesjtsjov beschouwde het militaire luchtoverwicht van de VS als een bedreiging voor zijn land en legde daarom sterk de nadruk op raketontwikkeling."
S9 = "Op 25 mei 1954 verleende het Presidium van de Academie der Wetenschappen zijn goedkeuring aan een plan om een satelliet in een baan om de Aarde te brengen."
S10 = "Met de ruggensteun van de wetenschappelijke afdeling overtuigde chef-ontwerper Koroljov de invloedrijke Minister van Defensie-industrie."
C1 = "De Spoetnikcrisis was een keerpunt in de Koude Oorlog dat veroorzaakt werd toen op 4 oktober 1957 de Sovjet-Unie de eerste kunstmatige satelliet, Spoetnik 1 lanceerde."
C2 = "Tot die dag beschouwde de Verenigde Staten zich verreweg superieur vergeleken met de Sovjet-Unie, en geloofden dat ze ook op het gebied van de ruimtevaart en rakettechniek ver voorlagen."
C3 = "De lancering van de Spoetnik kwam als een psychologische schok voor de natie, en de Amerikanen voelden zich plotseling kwetsbaarder voor een nucleaire raketaanval door de Sovjet-Unie."
C4 = "De schok werd nog verergerd door het spectaculair mislukken van twee pogingen om Vanguard raketten te lanceren."
C5 = "Binnen twee dagen werd de baan van Spoetnik 1 rond de aarde nauwkeurig bepaald"
C6 = "De oprichting van de NASA in 1958 om een ambitieus ruimtevaartprogramma uit te voeren, dat leidde tot de ruimtewedloop met de Sovjet-Unie."
C7 = "Het begon met het Mercuryprogramma, opgevolgd door het Geminiprogramma en resulterend in het Apolloprogramma en de maanlanding waarmee de Verenigde Staten hun technologische superioriteit bewezen."
C8 = "Onderwijsprogramma's om een nieuwe generatie van ingenieurs op te leiden."
C9 = "Voor het jaar 1959 verhoogde het Amerikaanse Congres de steun aan de National Science Foundation (NSF) tot $134 miljoen, bijna $100 miljoen meer dan het jaar daarvoor."
C10 = "In 1968 was het budget van NSF meer dan $500 miljoen."
C11 = "Het programma om de vanaf onderzeeboten te lanceren Polarisraketten te ontwikkelen en in gebruik te nemen."
write("nl-spoetnik", "nl", [
 ("definition", "Wat was Spoetnik 1, dat in 1957 in een baan om de Aarde werd gebracht?", "de eerste kunstmatige satelliet", ["eerste kunstmatige satelliet"], S1),
 ("number", "Op welke datum lanceerde de Sovjet-Unie Spoetnik 1?", "op 4 oktober 1957", ["4 oktober 1957"], C1),
 ("cause-effect", "Wat begon er met de lancering van Spoetnik 1?", "de ruimtewedloop", ["ruimtewedloop"], S2),
 ("definition", "Wat betekent de naam Spoetnik?", "Satelliet", ["satelliet"], S3),
 ("definition", "Als het begin waarvan wordt de lancering van Spoetnik 1 vaak gezien?", "van de ruimtevaart", ["ruimtevaart"], S4),
 ("named-entity", "Wat was het eerste door de mens gemaakte object dat de ruimte bereikte?", "een Duitse V2-raket", ["V2-raket"], S5),
 ("number", "Wanneer bereikte de Duitse raket tijdens een testvlucht de ruimte?", "in juni 1944", ["juni 1944"], S5),
 ("named-entity", "Waar vond de eerste geslaagde vlucht van de A4 V2 plaats?", "in Peenemünde", ["Peenemünde"], S6),
 ("number", "Op welke datum vond de eerste geslaagde vlucht van de A4 V2 plaats?", "op 3 oktober 1942", ["3 oktober 1942"], S6),
 ("number", "In welk jaar eindigde met de dood van Stalin diens schrikbewind?", "in 1953", ["1953"], S7),
 ("named-entity", "Welke nieuwe leider beschouwde het militaire luchtoverwicht van de VS als een bedreiging?", "Chroesjtsjov", ["Chroesjtsjov"], S8),
 ("cause-effect", "Waarom legde Chroesjtsjov sterk de nadruk op raketontwikkeling?", "omdat hij het militaire luchtoverwicht van de VS als een bedreiging voor zijn land beschouwde", ["luchtoverwicht"], S8),
 ("named-entity", "Wie keurde op 25 mei 1954 het plan goed om een satelliet in een baan om de Aarde te brengen?", "het Presidium van de Academie der Wetenschappen", ["Academie der Wetenschappen", "Presidium"], S9),
 ("named-entity", "Welke chef-ontwerper overtuigde de Minister van Defensie-industrie?", "Koroljov", ["Koroljov"], S10),
 ("definition", "Wat was de Spoetnikcrisis?", "een keerpunt in de Koude Oorlog", ["keerpunt in de Koude Oorlog"], C1),
 ("definition", "Hoe beschouwden de Verenigde Staten zich tot de lancering vergeleken met de Sovjet-Unie?", "verreweg superieur", ["superieur"], C2),
 ("cause-effect", "Waarvoor voelden de Amerikanen zich na de lancering plotseling kwetsbaarder?", "voor een nucleaire raketaanval door de Sovjet-Unie", ["nucleaire raketaanval"], C3),
 ("cause-effect", "Waardoor werd de schok nog verergerd?", "door het spectaculair mislukken van twee pogingen om Vanguard raketten te lanceren", ["Vanguard"], C4),
 ("number", "Binnen hoeveel tijd werd de baan van Spoetnik 1 rond de aarde nauwkeurig bepaald?", "binnen twee dagen", ["twee dagen"], C5),
 ("named-entity", "Welke organisatie werd in 1958 opgericht om een ambitieus ruimtevaartprogramma uit te voeren?", "de NASA", ["NASA"], C6),
 ("list-member", "Met welke programma's bereikten de Verenigde Staten de maanlanding?", "het Mercuryprogramma, het Geminiprogramma en het Apolloprogramma", ["Mercuryprogramma", "Geminiprogramma", "Apolloprogramma"], C7),
 ("definition", "Welke nieuwe generatie moesten de onderwijsprogramma's na de Spoetnikcrisis opleiden?", "ingenieurs", ["ingenieurs"], C8),
 ("number", "Tot welk bedrag verhoogde het Amerikaanse Congres voor 1959 de steun aan de National Science Foundation?", "tot $134 miljoen", ["$134 miljoen"], C9),
 ("number", "Hoe groot was het budget van de NSF in 1968?", "meer dan $500 miljoen", ["$500 miljoen"], C10),
 ("named-entity", "Welke raketten, te lanceren vanaf onderzeeboten, werden na de crisis ontwikkeld?", "Polarisraketten", ["Polarisraketten"], C11),
])
L1 = "A lahar is a mudflow or debris flow originating on a volcano."
L2 = "Lahars (also called debris flows or mudflows) are mixtures of water, rock, sand, and mud that rush down valleys leading away from a volcano."
L3 = "They can travel over 50 miles downstream, commonly reaching speeds between 20 and 40 miles per hour."
L4 = "Sometimes they contain so much rock debris (60-90% by weight) that they look like fast-moving rivers of wet concrete."
L5 = "Close to the volcano they have the strength to rip huge boulders, trees, and houses from the ground and carry them downvalley."
L6 = "Further downstream they simply entomb everything in mud."
L7 = "Historically, lahars have been one of the most deadly volcanic hazards."
L8 = "Some examples include the following: (1) rapid release of water from the breakout of a summit crater lake; (2) generation of water by melting snow and ice, especially when a pyroclastic flow erodes a glacier; (3) flooding following intense rainfall; and (4) transformation of a volcanic landslide into a lahar as it travels downstream."
A1 = "Volcanic ash consists of tiny jagged particles of rock and natural glass blasted into the air by a volcano."
A2 = "Ash can threaten the health of people and livestock, pose a hazard to flying jet aircraft, damage electronics and machinery, and interrupt power generation and telecommunications."
A3 = "Wind can carry ash thousands of miles, affecting far greater areas and many more people than other volcano hazards."
A4 = "Even after a series of ash-producing eruptions has ended, wind and human activity can stir up fallen ash for months or years, presenting a long-term health and economic hazard."
G1 = "Volcanic gases escape through fumaroles, porous ground surfaces, and active vents during different phases of a volcano's lifespan: as magma rises toward the surface, when it erupts, and even as it cools and crystallizes below ground."
G2 = "When rising gases encounter groundwater, the water acts as a filter and \"scrubs\" the gas of some chemicals, thereby changing the chemistry of the water."
G3 = "Scientists can learn a lot about changes to the magma system within a volcano by 1) measuring changes in the emission rate of certain key gases, especially sulfur dioxide and carbon dioxide, and 2) collecting and analyzing water samples to look for chemicals, such as hydrogen chloride and hydrogen fluoride (both easily dissolve in water) that indicate volcanic gas has been filtered by the water."
G4 = "Carbon dioxide (CO2) gas separates from magma deeper than other volcanic gases."
G5 = "If increased CO2 levels are detected at the surface, that may indicate new magma is entering the volcanic system."
G6 = "CO2 can also be hazardous – it can collect in soils and can cause trees and other vegetation to die, and if it does not dissipate quickly when it leaves the ground, it can collect in low-lying areas to fatal concentrations."
write("en-usgs-volcanic-hazards", "en", [
 ("definition", "What is a lahar?", "a mudflow or debris flow originating on a volcano", ["mudflow", "debris flow"], L1),
 ("list-member", "What are lahars mixtures of?", "water, rock, sand, and mud", ["water", "rock", "sand", "mud"], L2),
 ("number", "How far downstream can lahars travel?", "over 50 miles", ["50 miles"], L3),
 ("number", "What speeds do lahars commonly reach?", "between 20 and 40 miles per hour", ["20 and 40 miles per hour"], L3),
 ("number", "How much rock debris by weight can lahars sometimes contain?", "60-90% by weight", ["60-90%"], L4),
 ("definition", "What do lahars with much rock debris look like?", "fast-moving rivers of wet concrete", ["wet concrete"], L4),
 ("list-member", "What can lahars rip from the ground close to the volcano?", "huge boulders, trees, and houses", ["boulders", "trees", "houses"], L5),
 ("definition", "What do lahars do further downstream?", "they simply entomb everything in mud", ["entomb everything"], L6),
 ("definition", "What have lahars historically been among volcanic hazards?", "one of the most deadly", ["most deadly"], L7),
 ("cause-effect", "What rapid release of water can produce a lahar?", "the breakout of a summit crater lake", ["summit crater lake", "crater lake"], L8),
 ("cause-effect", "What generates the water for a lahar, especially when a pyroclastic flow erodes a glacier?", "melting snow and ice", ["melting snow and ice"], L8),
 ("definition", "What does volcanic ash consist of?", "tiny jagged particles of rock and natural glass", ["particles of rock and natural glass", "natural glass"], A1),
 ("list-member", "What harm can volcanic ash do?", "threaten the health of people and livestock, endanger jet aircraft, damage electronics and machinery, and interrupt power generation and telecommunications", ["livestock", "jet aircraft", "electronics and machinery", "power generation", "telecommunications"], A2),
 ("number", "How far can wind carry volcanic ash?", "thousands of miles", ["thousands of miles"], A3),
 ("cause-effect", "What can stir up fallen ash for months or years after the eruptions have ended?", "wind and human activity", ["wind", "human activity"], A4),
 ("list-member", "Through what do volcanic gases escape?", "fumaroles, porous ground surfaces, and active vents", ["fumaroles", "porous ground surfaces", "active vents"], G1),
 ("list-member", "During which phases of a volcano's lifespan do gases escape?", "as magma rises toward the surface, when it erupts, and as it cools and crystallizes below ground", ["rises toward the surface", "erupts", "cools and crystallizes"], G1),
 ("definition", "What does groundwater act as when rising gases encounter it?", "a filter", ["filter"], G2),
 ("list-member", "Which key gases' emission rates do scientists measure?", "sulfur dioxide and carbon dioxide", ["sulfur dioxide", "carbon dioxide"], G3),
 ("list-member", "Which chemicals in water samples indicate that volcanic gas has been filtered by the water?", "hydrogen chloride and hydrogen fluoride", ["hydrogen chloride", "hydrogen fluoride"], G3),
 ("definition", "Which gas separates from magma deeper than other volcanic gases?", "carbon dioxide (CO2)", ["carbon dioxide", "CO2"], G4),
 ("cause-effect", "What may increased CO2 levels detected at the surface indicate?", "that new magma is entering the volcanic system", ["new magma"], G5),
 ("cause-effect", "What can CO2 that collects in soils cause?", "trees and other vegetation to die", ["vegetation to die", "trees"], G6),
 ("definition", "Where can CO2 collect to fatal concentrations?", "in low-lying areas", ["low-lying areas"], G6),
])
H1 = "Keeping hands clean is one of the most important steps we can take to avoid getting sick and spreading germs to others."
H3 = "Feces (poop) from people or animals is an important source of germs like Salmonella, E. coli O157, and norovirus that cause diarrhea, and it can spread some respiratory infections like adenovirus and hand-foot-mouth disease."
H4 = "These kinds of germs can get onto hands after people use the toilet or change a diaper, but also in less obvious ways, like after handling raw meats that have invisible amounts of animal poop on them."
H5 = "A single gram of human feces—which is about the weight of a paper clip—can contain one trillion germs."
H6 = "When these germs get onto hands and are not washed off, they can be passed from person to person and make people sick."
H7 = "Handwashing with soap removes germs from hands."
H8 = "Germs can get into the body through the eyes, nose and mouth and make us sick."
H9 = "Germs from unwashed hands can get into foods and drinks while people prepare or consume them."
H10 = "Germs from unwashed hands can be transferred to other objects, like handrails, table tops, or toys, and then transferred to another person’s hands."
H11 = "Removing germs through handwashing therefore helps prevent diarrhea and respiratory infections and may even help prevent skin and eye infections."
H12 = "Reduces the number of people who get sick with diarrhea by 23-40%"
H13 = "Reduces diarrheal illness in people with weakened immune systems by 58%"
H14 = "Reduces respiratory illnesses, like colds, in the general population by 16-21%"
H15 = "Reduces absenteeism due to gastrointestinal illness in schoolchildren by 29-57%"
W1 = "Wet your hands with clean, running water (warm or cold), turn off the tap and apply soap."
W2 = "Lather the backs of your hands, between your fingers and under your nails."
W3 = "Scrub your hands for at least 20 seconds."
W4 = "Hum the “Happy Birthday” song from beginning to end twice."
W5 = "Dry your hands using a clean towel or air dry them."
W6 = "If soap and water are unavailable, use an alcohol-based hand sanitizer that contains at least 60% alcohol to clean your hands."
write("en-cdc-handwashing", "en", [
 ("definition", "What is one of the most important steps we can take to avoid getting sick and spreading germs to others?", "keeping hands clean", ["keeping hands clean"], H1),
 ("definition", "What is an important source of germs that cause diarrhea?", "feces (poop) from people or animals", ["feces", "poop"], H3),
 ("list-member", "Which germs from feces cause diarrhea?", "Salmonella, E. coli O157, and norovirus", ["Salmonella", "E. coli O157", "norovirus"], H3),
 ("list-member", "Which respiratory infections can feces spread?", "adenovirus and hand-foot-mouth disease", ["adenovirus", "hand-foot-mouth disease"], H3),
 ("list-member", "After what can these germs get onto hands?", "after people use the toilet or change a diaper, or after handling raw meats", ["toilet", "diaper", "raw meats"], H4),
 ("number", "How many germs can a single gram of human feces contain?", "one trillion", ["one trillion"], H5),
 ("definition", "A single gram is about the weight of what?", "a paper clip", ["paper clip"], H5),
 ("cause-effect", "What happens when germs get onto hands and are not washed off?", "they can be passed from person to person and make people sick", ["passed from person to person"], H6),
 ("definition", "What does handwashing with soap remove from hands?", "germs", ["germs"], H7),
 ("list-member", "Through which body parts can germs get into the body?", "the eyes, nose and mouth", ["eyes", "nose", "mouth"], H8),
 ("definition", "What can germs from unwashed hands get into while people prepare or consume them?", "foods and drinks", ["foods and drinks"], H9),
 ("list-member", "To which objects can germs from unwashed hands be transferred?", "handrails, table tops, or toys", ["handrails", "table tops", "toys"], H10),
 ("list-member", "Which infections does removing germs through handwashing help prevent?", "diarrhea and respiratory infections, and perhaps skin and eye infections", ["diarrhea", "respiratory infections", "skin and eye infections"], H11),
 ("number", "By how much does handwashing education in the community reduce the number of people who get sick with diarrhea?", "by 23-40%", ["23-40%"], H12),
 ("number", "By how much does handwashing education reduce diarrheal illness in people with weakened immune systems?", "by 58%", ["58%"], H13),
 ("number", "By how much does handwashing education reduce respiratory illnesses, like colds, in the general population?", "by 16-21%", ["16-21%"], H14),
 ("number", "By how much does handwashing education reduce absenteeism due to gastrointestinal illness in schoolchildren?", "by 29-57%", ["29-57%"], H15),
 ("definition", "What is the first step of washing your hands, before you turn off the tap and apply soap?", "wet your hands with clean, running water (warm or cold)", ["wet your hands", "running water"], W1),
 ("list-member", "Which parts of your hands should you lather?", "the backs of your hands, between your fingers and under your nails", ["backs of your hands", "between your fingers", "under your nails"], W2),
 ("number", "How long should you scrub your hands?", "at least 20 seconds", ["20 seconds"], W3),
 ("definition", "Which song can you hum twice as a timer while scrubbing?", "the “Happy Birthday” song", ["Happy Birthday"], W4),
 ("list-member", "How should you dry your hands?", "using a clean towel or air dry them", ["clean towel", "air dry"], W5),
 ("definition", "What should you use to clean your hands if soap and water are unavailable?", "an alcohol-based hand sanitizer", ["hand sanitizer"], W6),
 ("number", "How much alcohol should a hand sanitizer contain?", "at least 60%", ["60%"], W6),
])
