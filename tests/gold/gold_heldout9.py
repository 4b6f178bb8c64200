# Gold lists for the ninth round of held-out texts, written and committed before the generator ran on them.
from mkgold import write
A1 = "De amfibieën (Amphibia) vormen een klasse van gewervelde, koudbloedige dieren met een naakte, relatief gladde huid."
A2 = "De naam amfibie is afgeleid van het Griekse ἀμφί-βιος amphí-bios, wat dubbel-levend betekent."
A3 = "Dit verwijst naar de levenswijze van amfibieën: ze kunnen zowel in het water als op het land overleven."
A4 = "Amfibiën kenmerken zich door de metamorfose in hun ontwikkeling: de larven die uitsluitend in water kunnen leven ontwikkelen zich tot luchtademende adulten met longen."
A5 = "Amfibieën gebruiken hun huid als een secundair ademhalingsoppervlak; sommige kleine salamanders en kikkers zijn zelfs volledig ingesteld op huidademhaling."
A6 = "Door hun complexe reproductieve behoeften en doorlatende huid zijn amfibieën uitstekende ecologische indicatoren."
A7 = "In de afgelopen decennia zijn amfibiepopulaties in diverse delen van de wereld sterk achteruitgegaan."
A8 = "Tot de amfibieën behoren de kikkers (Anura), de salamanders (Caudata) en de wormsalamanders (Gymnophiona)."
A9 = "In totaal zijn er ruim 8200 beschreven soorten."
A11 = "Samen met de reptielen worden amfibieën bestudeerd in de wetenschapstak herpetologie."
K1 = "Kikkers zijn hiervan verreweg de grootste groep; van de ongeveer 8400 soorten amfibieën behoort grofweg 88% tot de kikkers."
K2 = "Er zijn tegenwoordig bijna 7600 verschillende soorten kikkers beschreven."
K3 = "Kikkers behoren tot de gewervelde dieren, ze hebben vier poten maar geen staart en verschillen hiermee van de meeste andere amfibieën."
K4 = "Alle kikkers hebben een afgeplat, peervormig lichaam en uitpuilende ogen."
K5 = "Kikkers zijn de enige dieren die een kwaakblaas hebben en hiermee soortspecifieke geluiden maken om elkaar te lokken."
K6 = "Een aantal soorten houdt een zomerrust of winterslaap om erg warme respectievelijk koude jaargetijden te doorstaan."
K7 = "Kikkers doorlopen een volledige metamorfose waarbij de larve er totaal anders uitziet dan de volwassen kikker."
K8 = "Kikkers eten een breed scala aan prooien, meestal kleine dieren als insecten en andere ongewervelden."
K9 = "Kikkers hebben daarnaast vele natuurlijke vijanden, zoals vissen, vogels, zoogdieren en reptielen."
write("nl-amfibieen-kikkers", "nl", [
 ("definition", "Wat zijn amfibieën?", "een klasse van gewervelde, koudbloedige dieren met een naakte, relatief gladde huid", ["koudbloedige", "gewervelde"], A1),
 ("definition", "Wat voor huid hebben amfibieën?", "een naakte, relatief gladde huid", ["naakte", "gladde huid"], A1),
 ("definition", "Wat betekent het Griekse woord waarvan 'amfibie' is afgeleid?", "dubbel-levend", ["dubbel-levend"], A2),
 ("definition", "Waar kunnen amfibieën overleven?", "zowel in het water als op het land", ["water", "land"], A3),
 ("definition", "Waardoor kenmerken amfibieën zich in hun ontwikkeling?", "door de metamorfose", ["metamorfose"], A4),
 ("definition", "Waartoe ontwikkelen de larven van amfibieën zich?", "tot luchtademende adulten met longen", ["luchtademende", "longen"], A4),
 ("definition", "Wat gebruiken amfibieën als secundair ademhalingsoppervlak?", "hun huid", ["huid"], A5),
 ("definition", "Waarom zijn amfibieën uitstekende ecologische indicatoren?", "door hun complexe reproductieve behoeften en doorlatende huid", ["doorlatende huid", "reproductieve behoeften"], A6),
 ("definition", "Wat is er de afgelopen decennia met amfibiepopulaties gebeurd?", "ze zijn in diverse delen van de wereld sterk achteruitgegaan", ["achteruitgegaan"], A7),
 ("list-member", "Welke drie groepen behoren tot de amfibieën?", "de kikkers, de salamanders en de wormsalamanders", ["kikkers", "salamanders", "wormsalamanders"], A8),
 ("number", "Hoeveel beschreven soorten amfibieën zijn er in totaal?", "ruim 8200", ["8200"], A9),
 ("definition", "In welke wetenschapstak worden amfibieën bestudeerd?", "de herpetologie", ["herpetologie"], A11),
 ("definition", "Wat is de wetenschappelijke naam van de kikkers?", "Anura", [], A8),
 ("number", "Welk deel van de amfibieënsoorten behoort tot de kikkers?", "grofweg 88%", ["88"], K1),
 ("number", "Hoeveel soorten kikkers zijn er beschreven?", "bijna 7600", ["7600"], K2),
 ("definition", "Waarin verschillen kikkers van de meeste andere amfibieën?", "ze hebben vier poten maar geen staart", ["geen staart"], K3),
 ("definition", "Wat voor lichaam hebben alle kikkers?", "een afgeplat, peervormig lichaam", ["peervormig", "afgeplat"], K4),
 ("definition", "Welk orgaan hebben alleen kikkers?", "een kwaakblaas", ["kwaakblaas"], K5),
 ("definition", "Waarvoor gebruiken kikkers hun kwaakblaas?", "om soortspecifieke geluiden te maken om elkaar te lokken", ["elkaar te lokken", "soortspecifieke geluiden"], K5),
 ("definition", "Hoe doorstaan sommige kikkersoorten erg warme of koude jaargetijden?", "met een zomerrust of winterslaap", ["zomerrust", "winterslaap"], K6),
 ("definition", "Welke ontwikkeling doorlopen kikkers?", "een volledige metamorfose", ["volledige metamorfose"], K7),
 ("definition", "Wat eten kikkers meestal?", "kleine dieren als insecten en andere ongewervelden", ["insecten", "ongewervelden"], K8),
 ("list-member", "Welke natuurlijke vijanden hebben kikkers?", "vissen, vogels, zoogdieren en reptielen", ["vissen", "vogels", "zoogdieren", "reptielen"], K9),
])
L1 = "De echte libellen of ongelijkvleugeligen (Anisoptera) zijn een infraorde van insecten die behoren tot de orde libellen (Odonata)."
L2 = "Echte libellen behoren tot de meest in het oog springende insecten door de relatieve grootte en het snelle vlieggedrag."
L3 = "Libellen zijn de grootste insecten binnen Europa."
L4 = "Ze vallen verder op door de grote ogen, de afstekende lichaamskleuren en de geprononceerde vleugels."
L5 = "Libellen en hun larven zijn zonder uitzondering vleeseters die zich voeden met kleinere dieren, voornamelijk andere insecten."
L6 = "Volwassen libellen zijn overdag actief en jagen het liefst overdag bij warm en zonnig weer."
L7 = "Echte libellen zijn sterk verwant aan de juffers (Zygoptera)."
L8 = "Juffers zijn gemakkelijk van libellen te onderscheiden aan de dunnere lichaamsbouw en de tragere vliegwijze."
L9 = "Later werden de oerlibellen ontdekt en deze groep werd naast alle andere libellen in de onderorde Epiprocta geplaatst."
L10 = "Wereldwijd zijn meer dan 2900 verschillende soorten echte libellen beschreven."
J1 = "De juffers of gelijkvleugeligen (Zygoptera) zijn een onderorde van de libellen (Odonata)."
J2 = "Juffers zijn slanker en kleiner dan echte libellen, maar hebben een vergelijkbare levenswijze en ontwikkeling."
J3 = "In rust vouwt een juffer de vleugels meestal achter de rug, terwijl een echte libel ze spreidt."
J4 = "Voor- en achtervleugels zijn bij juffers bovendien min of meer gelijk van vorm, terwijl bij de echte libellen de achtervleugels aan de basis veel breder zijn dan de voorvleugels."
J5 = "Juffers zijn een oude groep insecten waarvan het fossielenbestand teruggaat tot het Perm."
J6 = "Zowel de volwassen juffers als de larven (nimfen) voeden zich met andere diertjes."
J7 = "De nimfen ontwikkelen zich in water en krijgen pas aan het eind van hun metamorfose vleugels en kleuren."
J8 = "Hun aanwezigheid duidt op een relatief hoge waterkwaliteit."
J9 = "Hun afhankelijkheid van zoet water maakt dat juffers gevoelig zijn voor verdwijning van draslanden."
write("nl-libellen-juffers", "nl", [
 ("definition", "Hoe worden de echte libellen ook genoemd?", "ongelijkvleugeligen", ["ongelijkvleugeligen", "Anisoptera"], L1),
 ("definition", "Tot welke orde behoren de echte libellen?", "de orde libellen (Odonata)", ["Odonata"], L1),
 ("definition", "Waardoor springen echte libellen in het oog?", "door de relatieve grootte en het snelle vlieggedrag", ["grootte", "snelle vlieggedrag"], L2),
 ("definition", "Wat zijn de grootste insecten binnen Europa?", "libellen", ["libellen"], L3),
 ("list-member", "Waardoor vallen libellen verder op?", "de grote ogen, de afstekende lichaamskleuren en de geprononceerde vleugels", ["grote ogen", "lichaamskleuren", "vleugels"], L4),
 ("definition", "Waarmee voeden libellen en hun larven zich?", "met kleinere dieren, voornamelijk andere insecten", ["kleinere dieren", "insecten"], L5),
 ("definition", "Wanneer jagen volwassen libellen het liefst?", "overdag bij warm en zonnig weer", ["overdag", "warm en zonnig weer"], L6),
 ("definition", "Aan welke groep zijn echte libellen sterk verwant?", "aan de juffers (Zygoptera)", ["juffers", "Zygoptera"], L7),
 ("definition", "Waaraan zijn juffers van libellen te onderscheiden?", "aan de dunnere lichaamsbouw en de tragere vliegwijze", ["dunnere lichaamsbouw", "tragere vliegwijze"], L8),
 ("definition", "In welke onderorde werden de oerlibellen en alle andere libellen geplaatst?", "Epiprocta", [], L9),
 ("number", "Hoeveel soorten echte libellen zijn er wereldwijd beschreven?", "meer dan 2900", ["2900"], L10),
 ("definition", "Hoe worden juffers ook genoemd?", "gelijkvleugeligen", ["gelijkvleugeligen", "Zygoptera"], J1),
 ("definition", "Wat zijn juffers?", "een onderorde van de libellen", ["onderorde"], J1),
 ("definition", "Hoe verschillen juffers in bouw van echte libellen?", "ze zijn slanker en kleiner", ["slanker", "kleiner"], J2),
 ("definition", "Hoe houdt een juffer in rust de vleugels?", "achter de rug gevouwen", ["achter de rug"], J3),
 ("definition", "Wat doet een echte libel in rust met de vleugels?", "ze spreidt ze", ["spreidt"], J3),
 ("definition", "Hoe verschillen de achtervleugels van echte libellen van de voorvleugels?", "ze zijn aan de basis veel breder", ["breder"], J4),
 ("definition", "Tot wanneer gaat het fossielenbestand van juffers terug?", "tot het Perm", ["Perm"], J5),
 ("definition", "Hoe heten de larven van juffers?", "nimfen", ["nimfen"], J6),
 ("definition", "Waar ontwikkelen de nimfen zich?", "in water", ["water"], J7),
 ("definition", "Wanneer krijgen de nimfen vleugels en kleuren?", "pas aan het eind van hun metamorfose", ["eind van hun metamorfose"], J7),
 ("definition", "Waarop duidt de aanwezigheid van juffers?", "op een relatief hoge waterkwaliteit", ["hoge waterkwaliteit"], J8),
 ("definition", "Waarvoor zijn juffers gevoelig door hun afhankelijkheid van zoet water?", "voor verdwijning van draslanden", ["draslanden"], J9),
])
H1 = "They produce winds of 119 kilometers per hour (74 mph) or higher."
H2 = "That's faster than a cheetah, the fastest animal on land."
H3 = "Hurricanes form over warm ocean waters."
H4 = "When a hurricane reaches land, it pushes a wall of ocean water ashore."
H5 = "This wall of water is called a storm surge."
H6 = "Heavy rain and storm surge from a hurricane can cause flooding."
H7 = "Once a hurricane forms, weather forecasters predict its path."
H8 = "There are five types, or categories, of hurricanes."
H9 = "The scale of categories is called the Saffir-Simpson Hurricane Scale."
H10 = "The categories are based on wind speed."
H11 = "Category 5: Winds more than 252 km/hr (157 mph) - similar, or close, to the speed of some high-speed trains"
H12 = "Eye: The eye is the \"hole\" at the center of the storm."
H13 = "Winds are light in this area."
H14 = "Eye wall: The eye wall is a ring of thunderstorms."
H15 = "The wall is where winds are strongest and rain is heaviest."
H16 = "Rain bands: Bands of clouds and rain go far out from a hurricane's eye wall."
H17 = "They contain thunderstorms and sometimes tornadoes."
H18 = "Hurricanes are the most violent storms on Earth."
H19 = "People call these storms by other names, such as typhoons or cyclones, depending on where they occur."
H20 = "The scientific term for all these storms is tropical cyclone."
H21 = "Only tropical cyclones that form over the Atlantic Ocean or the eastern Pacific Ocean are called \"hurricanes.\""
H22 = "Tropical cyclones are like giant engines that use warm, moist air as fuel."
H23 = "That is why they form only over warm ocean waters near the equator."
H24 = "Because this air moves up and away from the surface, there is less air left near the surface."
write("en-nasa-hurricanes", "en", [
 ("number", "What wind speed do hurricanes produce?", "119 kilometers per hour (74 mph) or higher", ["119", "74"], H1),
 ("definition", "What is the fastest animal on land?", "the cheetah", ["cheetah"], H2),
 ("definition", "Where do hurricanes form?", "over warm ocean waters", ["warm ocean waters"], H3),
 ("definition", "What does a hurricane push ashore when it reaches land?", "a wall of ocean water", ["wall of ocean water"], H4),
 ("definition", "What is the wall of water a hurricane pushes ashore called?", "a storm surge", ["storm surge"], H5),
 ("definition", "What can heavy rain and storm surge from a hurricane cause?", "flooding", [], H6),
 ("definition", "What do weather forecasters predict once a hurricane forms?", "its path and how strong it will get", ["path"], H7),
 ("number", "How many categories of hurricanes are there?", "five", ["5"], H8),
 ("definition", "What is the scale of hurricane categories called?", "the Saffir-Simpson Hurricane Scale", ["Saffir-Simpson"], H9),
 ("definition", "On what are the hurricane categories based?", "on wind speed", ["wind speed"], H10),
 ("number", "What wind speed does a Category 5 hurricane have?", "more than 252 km/hr (157 mph)", ["252", "157"], H11),
 ("definition", "What is the eye of a hurricane?", "the hole at the center of the storm", ["center of the storm", "hole"], H12),
 ("definition", "What are the winds like in the eye?", "light", ["light"], H13),
 ("definition", "What is the eye wall?", "a ring of thunderstorms around the eye", ["ring of thunderstorms"], H14),
 ("definition", "Where in a hurricane are winds strongest and rain heaviest?", "in the eye wall", ["eye wall"], H15),
 ("definition", "What are rain bands?", "bands of clouds and rain that go far out from the eye wall", ["bands of clouds and rain"], H16),
 ("list-member", "What do rain bands contain?", "thunderstorms and sometimes tornadoes", ["thunderstorms", "tornadoes"], H17),
 ("definition", "What are the most violent storms on Earth?", "hurricanes", ["hurricanes"], H18),
 ("list-member", "What other names do people use for these storms?", "typhoons or cyclones", ["typhoons", "cyclones"], H19),
 ("definition", "What is the scientific term for hurricanes, typhoons and cyclones?", "tropical cyclone", [], H20),
 ("definition", "Which tropical cyclones are called hurricanes?", "those that form over the Atlantic Ocean or the eastern Pacific Ocean", ["Atlantic Ocean", "eastern Pacific"], H21),
 ("definition", "What do tropical cyclones use as fuel?", "warm, moist air", ["warm, moist air", "moist air"], H22),
 ("definition", "Why do tropical cyclones form only near the equator?", "because they need warm ocean water, whose warm, moist air is their fuel", ["warm ocean waters"], H23),
 ("definition", "Why is there less air near the surface as a tropical cyclone forms?", "because the warm, moist air rises up and away from the surface", ["moves up and away", "rises"], H24),
])
C1 = "Celiac disease is an immune disorder in which people cannot tolerate gluten because it damages the inner lining of their small intestine and prevents it from absorbing nutrients."
C2 = "The small intestine is the tubeshaped organ between the stomach and large intestine."
C3 = "Gluten is a protein found in wheat, rye, and barley and occasionally in some products such as vitamin and nutrient supplements, lip balms, and certain medications."
C4 = "The immune system is the body's natural defense system and normally protects the body from infection."
C5 = "However, when a person has celiac disease, gluten causes the immune system to react in a way that can cause intestinal inflammation, irritation or swelling, and long-lasting damage."
C6 = "When people with celiac disease eat foods or use products containing gluten, their immune system responds by damaging or destroying villi, the tiny, fingerlike projections on the inner lining of the small intestine."
C7 = "Villi normally absorb nutrients from food and pass the nutrients through the walls of the small intestine and into the bloodstream."
C8 = "Without healthy villi, people can become malnourished, no matter how much food they eat."
C9 = "Classic signs and symptoms are caused by inflammation of the gastrointestinal tract and may include diarrhea, weight loss, abdominal pain, swelling, and food intolerance."
C10 = "However, many people have other symptoms involving many body systems, and some people have no symptoms."
C11 = "While celiac disease tends to run in families, it does not follow a specific inheritance pattern."
C12 = "The risk to develop celiac disease is raised by having certain forms of the HLA-DQA1 and HLA-DQB1 genes."
C13 = "Treatment is a lifelong, gluten-free diet."
C14 = "In adults, the age at diagnosis is usually between 30 and 50."
C15 = "On average, the time between the first symptoms and diagnosis is about 11 years due to the wide range of non-specific symptoms and lack of symptoms in some people."
C16 = "People with mild to severe gastrointestinal symptoms are usually said to have \"classic celiac disease.\""
C17 = "Celiac disease is an autoimmune disorder that damages the small intestine and inhibits absorption of nutrients."
write("en-niddk-celiac", "en", [
 ("definition", "What is celiac disease?", "an immune disorder in which people cannot tolerate gluten", ["immune disorder", "autoimmune disorder"], C1),
 ("definition", "What can people with celiac disease not tolerate?", "gluten", [], C1),
 ("definition", "What does gluten damage in people with celiac disease?", "the inner lining of the small intestine", ["inner lining", "small intestine"], C1),
 ("definition", "Where is the small intestine?", "between the stomach and large intestine", ["between the stomach and large intestine"], C2),
 ("definition", "What is gluten?", "a protein found in wheat, rye, and barley", ["protein"], C3),
 ("list-member", "In which grains is gluten found?", "wheat, rye, and barley", ["wheat", "rye", "barley"], C3),
 ("list-member", "In which other products can gluten occasionally be found?", "vitamin and nutrient supplements, lip balms, and certain medications", ["supplements", "lip balms", "medications"], C3),
 ("definition", "What does the immune system normally do?", "protect the body from infection", ["protects the body from infection"], C4),
 ("definition", "What can gluten make the immune system cause in celiac disease?", "intestinal inflammation and long-lasting damage", ["intestinal inflammation", "long-lasting damage"], C5),
 ("definition", "What does the immune system damage or destroy when people with celiac disease eat gluten?", "villi", ["villi"], C6),
 ("definition", "What are villi?", "tiny, fingerlike projections on the inner lining of the small intestine", ["fingerlike projections"], C6),
 ("definition", "What do villi normally do?", "absorb nutrients from food and pass them into the bloodstream", ["absorb nutrients"], C7),
 ("definition", "What can happen to people without healthy villi?", "they can become malnourished", ["malnourished"], C8),
 ("list-member", "What are classic signs and symptoms of celiac disease?", "diarrhea, weight loss, abdominal pain, swelling, and food intolerance", ["diarrhea", "weight loss", "abdominal pain"], C9),
 ("definition", "What causes the classic signs and symptoms of celiac disease?", "inflammation of the gastrointestinal tract", ["inflammation of the gastrointestinal tract"], C9),
 ("definition", "Do all people with celiac disease have symptoms?", "no, some people have no symptoms", ["no symptoms"], C10),
 ("definition", "Does celiac disease follow a specific inheritance pattern?", "no, although it tends to run in families", ["run in families", "does not follow"], C11),
 ("list-member", "Which genes raise the risk of celiac disease?", "certain forms of the HLA-DQA1 and HLA-DQB1 genes", ["HLA-DQA1", "HLA-DQB1"], C12),
 ("definition", "What is the treatment for celiac disease?", "a lifelong, gluten-free diet", ["gluten-free diet"], C13),
 ("number", "At what age are adults usually diagnosed with celiac disease?", "between 30 and 50", ["30", "50"], C14),
 ("number", "How long is the time between the first symptoms and diagnosis on average?", "about 11 years", ["11"], C15),
 ("definition", "Why does diagnosis take so long?", "because of the wide range of non-specific symptoms and the lack of symptoms in some people", ["non-specific symptoms"], C15),
 ("definition", "What is it called when people have mild to severe gastrointestinal symptoms?", "classic celiac disease", ["classic celiac disease"], C16),
 ("definition", "What does celiac disease inhibit?", "the absorption of nutrients", ["absorption of nutrients"], C17),
])
