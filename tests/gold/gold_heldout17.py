# Gold lists for the seventeenth round of held-out texts, written and committed before the generator ran on them.
from mkgold import write
M1 = "De mossen of bladmossen (stam Bryophyta Schimper 1836, vroeger ook wel in de rang van klasse als Musci of Bryopsida) zijn kleine, kruidachtige landplanten, die solitair tot dicht op elkaar gepakt groeien in matten of kussens op rotsen, bodem of als epifyten op de stam of bladeren van bomen."
M3 = "Ze hechten zich vast met rizoïden (wortelachtige structuren)."
M4 = "Anders dan bij de echte wortels van planten, worden rizoïden niet gebruikt voor opname van voedingsstoffen."
M5 = "Er bestaan ook soorten die onder water kunnen groeien, zoals bronmos (Fontinalis antipyretica), veel soorten veenmos (Sphagnum spp.), Javamos (Vesicularia dubyana)."
M6 = "Bryologie is de studie die zich richt traditioneel op mossen, hauwmossen (Anthocerotophyta, Anthocerotae) en levermossen (Marchantiophyta, Hepaticae)."
M8 = "Een aandachtspunt in Nederland is daarbij de Nederlandse Rode Lijst voor de mossen."
M9 = "Van de mossen zijn vooral de veenmossen van grote betekenis geweest bij de vorming van het Europese landschap."
M10 = "Deze mossen hebben een groot vermogen tot het vasthouden van water, waardoor het tot ver boven het grondwaterniveau kon doorgroeien."
M12 = "Mossen (s.s.) zijn het meest verwant met hauwmossen en levermossen en naar de huidige inzichten ook met de vaatplanten."
M13 = "Mossen, maar ook levermossen en hauwmossen hebben geen echte wortels, noch echte bladeren."
M15 = "De weinig verwante korstmossen, die in mutualistische symbiose leven met groenwieren of met blauwwieren en soms met beide, worden beschouwd als behorende tot de schimmels, veelal tot de ascomyceten (zakjeszwammen)."
V1 = "Veenmos (botanische naam: Sphagnum) is een geslacht van bladmossen uit de familie Sphagnaceae met meer dan honderd verschillende soorten."
V3 = "Het groeit aan de bovenkant bovenop de eigen afgestorven restanten."
V4 = "Zodoende vormt het een belangrijk onderdeel van het hoogveen."
V6 = "Resten van verstikte bomen worden 'veenstobben' of 'kienhout' genoemd."
V7 = "Sommige veenmossoorten kunnen twintig keer hun drooggewicht aan water opnemen in de cellen, waardoor het erg geschikt is als structuurverbeteraar in grond, bijvoorbeeld zandgrond en kleigrond."
V8 = "Veenmos neemt mineralen als calcium en magnesium op en geeft waterstofionen af en kan daardoor de bodem verzuren."
V9 = "Deze eigenschap heeft er onder anaerobe omstandigheden toe bijgedragen dat de zogenaamde veenlijken (overblijfselen van prehistorische menselijke lichamen) zo goed bewaard zijn gebleven."
V10 = "Een goed voorbeeld daarvan is het meisje van Yde."
V12 = "Ook wordt veenmos vanwege de sterk wateropnemende eigenschappen gebruikt in de vorm van turfstrooisel om de structuur van de bodem te verbeteren en als substraat voor huisdieren die in vochtige omstandigheden moeten worden gehouden, zoals amfibieën."
V13 = "In sommige streken wordt veenmos gebruikt als isolatiemateriaal, bijvoorbeeld om kieren in blokhutten te dichten."
V14 = "Tijdens de eerste wereldoorlog werd Sphagnum gebruikt om verwondingen te behandelen."
write("nl-mossen-veenmos", "nl", [
 ("definition", "Wat zijn mossen of bladmossen?", "kleine, kruidachtige landplanten", ["kruidachtige landplanten"], M1),
 ("definition", "Tot welke stam behoren de mossen of bladmossen?", "Bryophyta", ["Bryophyta"], M1),
 ("list-member", "Waar groeien mossen in matten of kussens?", "op rotsen, bodem of als epifyten op de stam of bladeren van bomen", ["rotsen", "epifyten"], M1),
 ("definition", "Waarmee hechten mossen zich vast?", "met rizoïden (wortelachtige structuren)", ["rizoïden"], M3),
 ("definition", "Wat zijn rizoïden?", "wortelachtige structuren", ["wortelachtige structuren"], M3),
 ("cause-effect", "Waarin verschillen rizoïden van de echte wortels van planten?", "rizoïden worden niet gebruikt voor opname van voedingsstoffen", ["niet gebruikt voor opname van voedingsstoffen"], M4),
 ("list-member", "Welke mossen kunnen onder water groeien?", "bronmos, veel soorten veenmos en Javamos", ["bronmos", "Javamos"], M5),
 ("definition", "Wat is bryologie?", "de studie die zich richt op mossen, hauwmossen en levermossen", ["studie die zich richt traditioneel op mossen", "mossen, hauwmossen"], M6),
 ("named-entity", "Welke lijst is in Nederland een aandachtspunt voor de mossen?", "de Nederlandse Rode Lijst", ["Rode Lijst"], M8),
 ("definition", "Welke mossen zijn van grote betekenis geweest bij de vorming van het Europese landschap?", "de veenmossen", ["veenmossen"], M9),
 ("cause-effect", "Waardoor konden veenmossen tot ver boven het grondwaterniveau doorgroeien?", "door hun groot vermogen tot het vasthouden van water", ["vasthouden van water"], M10),
 ("list-member", "Waarmee zijn mossen het meest verwant?", "met hauwmossen en levermossen en ook met de vaatplanten", ["hauwmossen", "levermossen", "vaatplanten"], M12),
 ("definition", "Wat hebben mossen, levermossen en hauwmossen niet?", "echte wortels en echte bladeren", ["echte wortels"], M13),
 ("definition", "Waarmee leven korstmossen in mutualistische symbiose?", "met groenwieren of met blauwwieren en soms met beide", ["groenwieren", "blauwwieren"], M15),
 ("definition", "Waartoe worden korstmossen gerekend?", "tot de schimmels, veelal tot de ascomyceten (zakjeszwammen)", ["schimmels", "ascomyceten", "zakjeszwammen"], M15),
 ("definition", "Wat is de botanische naam van veenmos?", "Sphagnum", ["Sphagnum"], V1),
 ("definition", "Wat is veenmos?", "een geslacht van bladmossen uit de familie Sphagnaceae", ["geslacht van bladmossen", "Sphagnaceae"], V1),
 ("number", "Hoeveel soorten veenmos zijn er?", "meer dan honderd", ["meer dan honderd", "100"], V1),
 ("definition", "Waarop groeit veenmos aan de bovenkant?", "bovenop de eigen afgestorven restanten", ["afgestorven restanten"], V3),
 ("definition", "Van welk soort veen vormt veenmos een belangrijk onderdeel?", "van het hoogveen", ["hoogveen"], V4),
 ("definition", "Hoe worden resten van verstikte bomen genoemd?", "veenstobben of kienhout", ["veenstobben", "kienhout"], V6),
 ("number", "Hoeveel keer hun drooggewicht aan water kunnen sommige veenmossoorten opnemen?", "twintig keer", ["twintig keer", "20"], V7),
 ("cause-effect", "Waardoor kan veenmos de bodem verzuren?", "het neemt mineralen als calcium en magnesium op en geeft waterstofionen af", ["waterstofionen"], V8),
 ("definition", "Wat zijn veenlijken?", "overblijfselen van prehistorische menselijke lichamen", ["prehistorische menselijke lichamen"], V9),
 ("named-entity", "Wat is een goed voorbeeld van een goed bewaard veenlijk?", "het meisje van Yde", ["meisje van Yde"], V10),
])
A1 = "Bij de mens bevindt de milt zich in de linker bovenhelft van de buik, onder het middenrif en achter de maag."
P1 = "De alvleesklier of de/het pancreas (Latijn: pancreas van Grieks: τό πάγκρεας, to págkreas, van πάν, pan = \"alles\" en κρέας, kréas = \"vlees\") is een gemengde klier, dat wil zeggen een klier met zowel een endocriene, als een exocriene afscheidingsfunctie."
P2 = "Deze dubbele secretie- of afscheidingsfunctie bestaat uit een uitwendige afscheiding ten behoeve van de spijsvertering, en een inwendige afscheiding ten behoeve van de koolhydraatstofwisseling."
P3 = "De alvleesklier produceert en scheidt 1,5 à 3 liter alvleeskliersap per dag af."
P4 = "Het exocriene klierweefsel van de alvleesklier bestaat uit vele klierzakjes, die het alvleessap produceren."
P5 = "Via een afvoerbuis druppelt dat sap in de twaalfvingerige darm, waar het helpt bij de vertering van koolhydraten, vetten, en eiwitten en het neutraliseren van maagzuur."
P6 = "Alvleessap bevat inactieve spijsverterings-enzymen, met name trypsine - een eiwit-afbrekend enzym of protease - en verder het zetmeel-afbrekende amylase, en het vet-verterende lipase."
P7 = "Deze enzymen worden pas in de twaalfvingerige darm geactiveerd, om afbraak van de alvleesklier door zijn eigen enzymen te voorkomen."
P8 = "De alvleesklier geeft ook grote hoeveelheden basisch natriumbicarbonaat af, ter neutralisering van het maagzuur, dat afvloeit via de ductus pancreaticus (Wirsungi), overgaand in de papil van Vater naar de twaalfvingerige darm."
S1 = "De milt is een orgaan dat voorkomt in alle gewervelde dieren, waaronder mensen."
S3 = "Bij een normaal individu is de milt 10 tot 12 centimeter lang, heeft een breedte van 6 tot 8 centimeter en een gewicht van circa 200 gram."
S4 = "Het orgaan is onderdeel van het lymfesysteem, maar is anders dan lymfeklieren opgenomen in de bloedcirculatie."
S5 = "De milt kan worden gezien als de lymfeklier van het bloed, hij bevat veel lymfocyten en er worden ook veel antilichamen geproduceerd."
S6 = "In de milt worden plasmacellen gevormd uit B-lymfocyten en worden oude en abnormale rode bloedcellen afgebroken en het daarbij vrijkomende ijzer opgeslagen, daarnaast fungeert de milt ook als een zeker reservoir voor bloedbestanddelen, waaronder de bloedplaatjes."
S8 = "De milt is niet per se onmisbaar en kan dus zo nodig operatief verwijderd worden (splenectomie)."
S9 = "Wel is zonder milt de afweer tegen gekapselde bacteriën zoals de pneumokok, meningokok en de Hib (Haemophilus influenzae) minder goed."
S10 = "Voor een splenectomie wordt daarom zo mogelijk eerst hiertegen gevaccineerd."
S11 = "Er is onderzoek dat aantoont dat de milt een belangrijke rol speelt bij herstel na bijvoorbeeld een hartaanval en dat de milt een belangrijke bron is van monocyten."
S12 = "De milt is normaliter zo groot als een gebalde vuist en voelt aan en ziet er ongeveer uit als een avocado."
write("nl-alvleesklier-milt", "nl", [
 ("definition", "Wat voor klier is de alvleesklier?", "een gemengde klier, met zowel een endocriene als een exocriene afscheidingsfunctie", ["gemengde klier"], P1),
 ("definition", "Wat is een andere naam voor de alvleesklier?", "de/het pancreas", ["pancreas"], P1),
 ("definition", "Wat betekent het Griekse pan in pancreas?", "alles", ["alles"], P1),
 ("cause-effect", "Waarvoor dient de uitwendige afscheiding van de alvleesklier?", "ten behoeve van de spijsvertering", ["spijsvertering"], P2),
 ("cause-effect", "Waarvoor dient de inwendige afscheiding van de alvleesklier?", "ten behoeve van de koolhydraatstofwisseling", ["koolhydraatstofwisseling"], P2),
 ("number", "Hoeveel alvleeskliersap scheidt de alvleesklier per dag af?", "1,5 à 3 liter", ["1,5 à 3 liter"], P3),
 ("definition", "Waaruit bestaat het exocriene klierweefsel van de alvleesklier?", "uit vele klierzakjes, die het alvleessap produceren", ["klierzakjes"], P4),
 ("named-entity", "In welke darm druppelt het alvleessap via een afvoerbuis?", "in de twaalfvingerige darm", ["twaalfvingerige darm"], P5),
 ("list-member", "Bij de vertering van welke voedingsstoffen helpt alvleessap?", "koolhydraten, vetten en eiwitten", ["koolhydraten", "vetten", "eiwitten"], P5),
 ("definition", "Welk eiwit-afbrekend enzym (protease) bevat alvleessap?", "trypsine", ["trypsine"], P6),
 ("definition", "Welk zetmeel-afbrekend enzym bevat alvleessap?", "amylase", ["amylase"], P6),
 ("definition", "Welk vet-verterend enzym bevat alvleessap?", "lipase", ["lipase"], P6),
 ("cause-effect", "Waarom worden de enzymen van alvleessap pas in de twaalfvingerige darm geactiveerd?", "om afbraak van de alvleesklier door zijn eigen enzymen te voorkomen", ["eigen enzymen"], P7),
 ("cause-effect", "Waarom geeft de alvleesklier basisch natriumbicarbonaat af?", "ter neutralisering van het maagzuur", ["neutralisering van het maagzuur", "maagzuur"], P8),
 ("definition", "In welke dieren komt de milt voor?", "in alle gewervelde dieren, waaronder mensen", ["gewervelde dieren"], S1),
 ("definition", "Waar bevindt de milt zich bij de mens?", "in de linker bovenhelft van de buik, onder het middenrif en achter de maag", ["linker bovenhelft van de buik"], A1),
 ("number", "Hoe lang is de milt bij een normaal individu?", "10 tot 12 centimeter", ["10 tot 12 centimeter"], S3),
 ("number", "Hoeveel weegt de milt bij een normaal individu?", "circa 200 gram", ["200 gram"], S3),
 ("definition", "Van welk systeem is de milt als orgaan een onderdeel?", "van het lymfesysteem", ["lymfesysteem"], S4),
 ("definition", "Als wat kan de milt worden gezien?", "als de lymfeklier van het bloed", ["lymfeklier van het bloed"], S5),
 ("definition", "Waaruit worden in de milt plasmacellen gevormd?", "uit B-lymfocyten", ["B-lymfocyten"], S6),
 ("definition", "Hoe heet het operatief verwijderen van de milt?", "splenectomie", ["splenectomie"], S8),
 ("list-member", "Tegen welke gekapselde bacteriën is de afweer zonder milt minder goed?", "de pneumokok, meningokok en de Hib (Haemophilus influenzae)", ["pneumokok", "meningokok", "Haemophilus influenzae"], S9),
 ("definition", "Van welke cellen is de milt een belangrijke bron?", "van monocyten", ["monocyten"], S11),
 ("definition", "Hoe groot is de milt normaliter?", "zo groot als een gebalde vuist", ["gebalde vuist"], S12),
])
Y1 = "Asteroids are bits of building material remaining from the formation of our solar system (for more about solar system formation, check out the YSS topic Birth of Worlds)."
Y2 = "During the solar system's formation, bits of dust and rock bumped into each other, sometimes sticking together -- accreting -- and sometimes scattering."
Y3 = "Some asteroids have moons, some are pairs orbiting each other and still others appear to be rubble piles loosely held together by gravity."
Y4 = "Today, most asteroids orbit the sun farther than Mars but closer than Jupiter -- a region popularly known as the asteroid belt."
Y5 = "Though thousands of asteroids reside in the main belt, this region is not densely populated -- all of the asteroids together only make about 5% the mass of the Moon."
Y6 = "So asteroids seldom collide, but when they do they tend to break up instead of accreting."
O1 = "Asteroids are rocky, airless worlds that orbit our sun, but are too small to be called planets."
O2 = "Tens of thousands of these \"minor planets\" are gathered in the main asteroid belt, a vast doughnut-shaped ring between the orbits of Mars and Jupiter."
O3 = "Asteroids that pass close to Earth are called Near-Earth Objects (NEOs)."
O4 = "Discovered in 1801, Ceres was the first asteroid discovered."
O5 = "It has since been reclassified as a dwarf planet because it is more like a planet that its neighbors in the main asteroid belt."
O6 = "About once a year, an automobile-sized asteroid hits Earth's atmosphere, creates an impressive fireball, and burns up before reaching the surface."
O7 = "Asteroids that populate the main asteroid belt between Mars and Jupiter, and pose no threat to Earth, can be as big as 940 km (about 583 miles) across."
E1 = "\"Shooting stars\" or meteors are bits of material falling through Earth's atmosphere; they are heated to incandescence by the friction of the air."
E2 = "The bright trails as they are coming through the Earth's atmosphere are termed meteors, and these chunks as they are hurtling through space are called meteoroids."
E3 = "Large pieces that do not vaporize completely and reach the surface of the Earth are termed meteorites."
E4 = "Scientists estimate that 1,000 tons to more than 10,000 tons of meteoritic material falls on the Earth each day."
E5 = "However, most of this material is very tiny - in the form of micrometeoroids or dust-like grains a few micrometers in size."
E6 = "(These particles are so tiny that the air resistance is enough to slow them sufficiently that they do not burn up, but rather fall gently to Earth.)"
E7 = "They probably come from within our own solar system, rather than interstellar space."
E8 = "They may share a common origin with the asteroids."
E9 = "Some evidence indicates an origin from comets."
write("en-nasa-asteroids-meteors", "en", [
 ("definition", "Asteroids are bits of building material remaining from what?", "the formation of our solar system", ["formation of our solar system"], Y1),
 ("definition", "What is it called when bits of dust and rock stick together during the solar system's formation?", "accreting", ["accreting", "accretion"], Y2),
 ("definition", "Besides being pairs or rubble piles, what do some asteroids have?", "moons", ["moons"], Y3),
 ("definition", "What are asteroids that appear to be loosely held together by gravity called?", "rubble piles", ["rubble piles"], Y3),
 ("definition", "What is the region between Mars and Jupiter where most asteroids orbit the sun called?", "the asteroid belt", ["asteroid belt"], Y4),
 ("number", "How much of the mass of the Moon do all the asteroids in the main belt make together?", "about 5%", ["5%"], Y5),
 ("cause-effect", "What do asteroids tend to do when they collide?", "they tend to break up instead of accreting", ["break up"], Y6),
 ("definition", "What are asteroids?", "rocky, airless worlds that orbit our sun but are too small to be called planets", ["rocky, airless worlds", "too small to be called planets"], O1),
 ("definition", "What are the tens of thousands of asteroids gathered in the main asteroid belt also called?", "minor planets", ["minor planets"], O2),
 ("definition", "What shape does the main asteroid belt have?", "a vast doughnut-shaped ring", ["doughnut-shaped ring", "doughnut-shaped"], O2),
 ("definition", "What are asteroids that pass close to Earth called?", "Near-Earth Objects (NEOs)", ["Near-Earth Objects", "NEOs"], O3),
 ("named-entity", "What was the first asteroid discovered?", "Ceres", ["Ceres"], O4),
 ("number", "In what year was Ceres discovered?", "1801", ["1801"], O4),
 ("cause-effect", "Why has Ceres been reclassified as a dwarf planet?", "because it is more like a planet than its neighbors in the main asteroid belt", ["more like a planet"], O5),
 ("number", "How often does an automobile-sized asteroid hit Earth's atmosphere?", "about once a year", ["once a year"], O6),
 ("number", "How big can asteroids in the main asteroid belt be?", "as big as 940 km (about 583 miles) across", ["940 km", "583 miles"], O7),
 ("definition", "What are meteors or shooting stars?", "bits of material falling through Earth's atmosphere", ["bits of material falling through Earth's atmosphere", "falling through Earth's atmosphere"], E1),
 ("cause-effect", "What heats meteors to incandescence?", "the friction of the air", ["friction of the air", "friction"], E1),
 ("definition", "What are the chunks called as they are hurtling through space?", "meteoroids", ["meteoroids"], E2),
 ("definition", "What are large pieces that do not vaporize completely and reach the surface of the Earth termed?", "meteorites", ["meteorites"], E3),
 ("number", "How much meteoritic material falls on the Earth each day?", "1,000 tons to more than 10,000 tons", ["1,000 tons to more than 10,000 tons"], E4),
 ("definition", "In what form is most of the meteoritic material that falls on the Earth?", "micrometeoroids or dust-like grains a few micrometers in size", ["micrometeoroids", "dust-like grains"], E5),
 ("cause-effect", "Why do micrometeoroids not burn up but fall gently to Earth?", "they are so tiny that the air resistance slows them sufficiently", ["air resistance"], E6),
 ("definition", "Where do meteors probably come from?", "from within our own solar system, rather than interstellar space", ["within our own solar system"], E7),
 ("definition", "With what may meteors share a common origin?", "the asteroids", ["asteroids"], E8),
])
A1v = "Vitamin A is the name of a group of fat-soluble retinoids, including retinol, retinal, retinoic acid, and retinyl esters."
A2v = "Vitamin A is involved in immune function, vision, reproduction, and cellular communication."
A3v = "Vitamin A is critical for vision as an essential component of rhodopsin, a protein that absorbs light in the retinal receptors, and because it supports the normal differentiation and functioning of the conjunctival membranes and cornea."
A5v = "Two forms of vitamin A are available in the human diet: preformed vitamin A (retinol and its esterified form, retinyl ester) and provitamin A carotenoids."
A6v = "Preformed vitamin A is found in foods from animal sources, including dairy products, fish, and meat (especially liver)."
A7v = "By far the most important provitamin A carotenoid is beta-carotene; other provitamin A carotenoids are alpha-carotene and beta-cryptoxanthin."
A9v = "Both provitamin A and preformed vitamin A must be metabolized intracellularly to retinal and retinoic acid, the active forms of vitamin A, to support the vitamin's important biological functions."
A10v = "Other carotenoids found in food, such as lycopene, lutein, and zeaxanthin, are not converted into vitamin A."
A13v = "Most of the body's vitamin A is stored in the liver in the form of retinyl esters."
D1 = "Vitamin D (also referred to as calciferol) is a fat-soluble vitamin that is naturally present in a few foods, added to others, and available as a dietary supplement."
D2 = "It is also produced endogenously when ultraviolet (UV) rays from sunlight strike the skin and trigger vitamin D synthesis."
D3 = "Vitamin D obtained from sun exposure, foods, and supplements is biologically inert and must undergo two hydroxylations in the body for activation."
D4 = "The first hydroxylation, which occurs in the liver, converts vitamin D to 25-hydroxyvitamin D [25(OH)D], also known as calcidiol."
D5 = "The second hydroxylation occurs primarily in the kidney and forms the physiologically active 1,25-dihydroxyvitamin D [1,25(OH)2D], also known as calcitriol."
D6 = "Vitamin D promotes calcium absorption in the gut and maintains adequate serum calcium and phosphate concentrations to enable normal bone mineralization and to prevent hypocalcemic tetany (involuntary contraction of muscles, leading to cramps and spasms)."
D7 = "It is also needed for bone growth and bone remodeling by osteoblasts and osteoclasts."
D8 = "Without sufficient vitamin D, bones can become thin, brittle, or misshapen."
D9 = "Vitamin D sufficiency prevents rickets in children and osteomalacia in adults."
D10 = "Together with calcium, vitamin D also helps protect older adults from osteoporosis."
write("en-ods-vitamins-a-d", "en", [
 ("definition", "What is vitamin A?", "the name of a group of fat-soluble retinoids", ["group of fat-soluble retinoids", "fat-soluble retinoids"], A1v),
 ("list-member", "Which retinoids does vitamin A include?", "retinol, retinal, retinoic acid, and retinyl esters", ["retinol", "retinoic acid", "retinyl esters"], A1v),
 ("list-member", "In which body functions is vitamin A involved?", "immune function, vision, reproduction, and cellular communication", ["immune function", "vision", "reproduction"], A2v),
 ("definition", "What is rhodopsin?", "a protein that absorbs light in the retinal receptors", ["protein that absorbs light"], A3v),
 ("cause-effect", "Why is vitamin A critical for vision?", "it is an essential component of rhodopsin and supports the conjunctival membranes and cornea", ["rhodopsin"], A3v),
 ("list-member", "What two forms of vitamin A are available in the human diet?", "preformed vitamin A and provitamin A carotenoids", ["preformed vitamin A", "provitamin A carotenoids"], A5v),
 ("list-member", "In which foods is preformed vitamin A found?", "foods from animal sources: dairy products, fish, and meat (especially liver)", ["animal sources", "dairy products", "liver"], A6v),
 ("named-entity", "What is by far the most important provitamin A carotenoid?", "beta-carotene", ["beta-carotene"], A7v),
 ("definition", "What are the active forms of vitamin A?", "retinal and retinoic acid", ["retinal and retinoic acid"], A9v),
 ("list-member", "Which carotenoids found in food are not converted into vitamin A?", "lycopene, lutein, and zeaxanthin", ["lycopene", "lutein", "zeaxanthin"], A10v),
 ("definition", "Where is most of the body's vitamin A stored?", "in the liver, in the form of retinyl esters", ["liver"], A13v),
 ("definition", "What is vitamin D also referred to as?", "calciferol", ["calciferol"], D1),
 ("definition", "What kind of vitamin is vitamin D?", "fat-soluble", ["fat-soluble"], D1),
 ("cause-effect", "What triggers the body's own vitamin D synthesis?", "ultraviolet (UV) rays from sunlight striking the skin", ["ultraviolet", "UV rays", "sunlight"], D2),
 ("number", "How many hydroxylations must vitamin D undergo in the body for activation?", "two", ["two", "2"], D3),
 ("definition", "Where does the first hydroxylation of vitamin D occur?", "in the liver", ["liver"], D4),
 ("definition", "What is 25-hydroxyvitamin D also known as?", "calcidiol", ["calcidiol"], D4),
 ("definition", "Where does the second hydroxylation of vitamin D occur?", "primarily in the kidney", ["kidney"], D5),
 ("definition", "What is the physiologically active 1,25-dihydroxyvitamin D also known as?", "calcitriol", ["calcitriol"], D5),
 ("definition", "What absorption does vitamin D promote in the gut?", "calcium absorption", ["calcium absorption", "calcium"], D6),
 ("definition", "What is hypocalcemic tetany?", "involuntary contraction of muscles, leading to cramps and spasms", ["involuntary contraction of muscles"], D6),
 ("list-member", "Which cells carry out bone growth and bone remodeling?", "osteoblasts and osteoclasts", ["osteoblasts", "osteoclasts"], D7),
 ("cause-effect", "What can happen to bones without sufficient vitamin D?", "they can become thin, brittle, or misshapen", ["thin, brittle, or misshapen", "brittle"], D8),
 ("named-entity", "Which disease does vitamin D sufficiency prevent in children?", "rickets", ["rickets"], D9),
 ("named-entity", "Which disease does vitamin D sufficiency prevent in adults?", "osteomalacia", ["osteomalacia"], D9),
])
