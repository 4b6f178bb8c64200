# Gold lists for fresh26's four tuning texts, written and committed before the generator ran on them.
from mkgold import write
N1 = "De nieren zijn twee organen bij zoogdieren, waaronder de mens, in de buikholte achter het buikvlies of peritoneum, links en rechts van de wervelkolom."
N2 = "De nieren spelen een essentiële rol in de homeostase."
N3 = "Ze houden de samenstelling van het bloed constant, en verwijderen opgeloste ongewenste stoffen, zoals afvalstoffen van de stofwisseling, en via het voedsel opgenomen vergiften en geneesmiddelen."
N5 = "In hetzelfde kader zorgen de nieren ook voor het handhaven van het zuur-base-evenwicht (bloed) op langere termijn, door het transport van waterstofcarbonaat en waterstofionen."
N6 = "Het product dat de nieren hierbij aanmaken is de urine, een oplossing van stoffen die het lichaam niet kan (her)gebruiken."
N7 = "In het menselijk lichaam zijn de nieren enigszins boonvormig, met de holle kant naar het midden wijzend."
N8 = "Menselijke nieren zijn 10–13 cm lang, 5 cm dik en wegen ieder ca. 150 gram."
O1 = "De nier is opgebouwd uit ongeveer 600.000 tot 1.000.000 nefronen, waarin de bloedzuivering plaatsvindt."
O2 = "Het proces kan grofweg in twee delen worden gesplitst, een passief proces en een actief proces."
O3 = "In het passieve proces wordt water met opgeloste stoffen uit poreuze kluwens van haarvaten (zeeflichaampjes of glomeruli) geperst en opgevangen."
O4 = "Bloedcellen en grote eiwitten blijven in het bloed achter."
O5 = "Bij een volwassen mens levert dit dagelijks ongeveer 170 liter voorurine op."
F1 = "Een nefron is de basiseenheid (zowel functioneel als structureel) van de nier."
F2 = "Dit proces vindt plaats in het zeeflichaampje (glomerulus), een kluwen van haarvaten."
F3 = "Hierdoor bouwt de druk in de glomerulus hoog(er) op en wordt er nog meer vloeistof uit het bloedvat geperst."
F4 = "Vervolgens wordt het vocht opgevangen in het kapsel van Bowman, dat het zeeflichaampje omhult."
F6 = "Van daar stroomt het door de lange en kronkelige nierbuisjes (tubuli contorti) naar de urineblaas."
F7 = "In deze buisjes worden stoffen zoals glucose, K+-ionen, water, en NaCl terug afgegeven aan het bloed."
F8 = "Sommige stoffen (zoals NaCl en glucose) doen dit door zogeheten actief transport, andere (zoals water en ureum) doen dit door passief transport."
F9 = "Het zeeflichaampje en het kapsel van Bowman vormen gezamenlijk het lichaampje van Malpighi."
F10 = "Het daaruit ontspringende nierbuisje (tubulus) bestaat uit vier in serie geschakelde gedeelten die elk een eigen functie hebben."
write("nl-nieren-nefron", "nl", [
 ("definition", "Waar liggen de nieren?", "in de buikholte achter het buikvlies, links en rechts van de wervelkolom", ["buikvlies", "wervelkolom"], N1),
 ("definition", "In welk evenwicht van het lichaam spelen de nieren een essentiële rol?", "in de homeostase", ["homeostase"], N2),
 ("definition", "Wat houden de nieren constant?", "de samenstelling van het bloed", ["samenstelling van het bloed"], N3),
 ("list-member", "Welke opgeloste ongewenste stoffen verwijderen de nieren?", "afvalstoffen van de stofwisseling en via het voedsel opgenomen vergiften en geneesmiddelen", ["afvalstoffen van de stofwisseling", "vergiften", "geneesmiddelen"], N3),
 ("definition", "Voor het handhaven van welk evenwicht zorgen de nieren op langere termijn?", "het zuur-base-evenwicht", ["zuur-base-evenwicht"], N5),
 ("cause-effect", "Door het transport waarvan handhaven de nieren het zuur-base-evenwicht?", "van waterstofcarbonaat en waterstofionen", ["waterstofcarbonaat", "waterstofionen"], N5),
 ("definition", "Wat is urine?", "een oplossing van stoffen die het lichaam niet kan (her)gebruiken", ["oplossing van stoffen"], N6),
 ("definition", "Welke vorm hebben menselijke nieren?", "enigszins boonvormig", ["boonvormig"], N7),
 ("number", "Hoe lang zijn menselijke nieren?", "10–13 cm", ["10–13 cm"], N8),
 ("number", "Hoeveel wegen menselijke nieren ieder?", "ca. 150 gram", ["150 gram"], N8),
 ("number", "Uit hoeveel nefronen is een nier opgebouwd?", "uit ongeveer 600.000 tot 1.000.000", ["600.000", "1.000.000"], O1),
 ("definition", "Wat vindt er plaats in de nefronen?", "de bloedzuivering", ["bloedzuivering"], O1),
 ("list-member", "In welke twee delen kan het proces van bloedzuivering worden gesplitst?", "een passief proces en een actief proces", ["passief", "actief"], O2),
 ("definition", "Hoe heten de poreuze kluwens van haarvaten waaruit water wordt geperst?", "zeeflichaampjes of glomeruli", ["zeeflichaampjes", "glomeruli", "glomerulus"], O3),
 ("list-member", "Wat blijft bij het persen in het passieve proces in het bloed achter?", "bloedcellen en grote eiwitten", ["bloedcellen", "grote eiwitten"], O4),
 ("number", "Hoeveel voorurine levert het passieve proces bij een volwassen mens dagelijks op?", "ongeveer 170 liter", ["170 liter"], O5),
 ("definition", "Wat is een nefron?", "de basiseenheid (zowel functioneel als structureel) van de nier", ["basiseenheid"], F1),
 ("cause-effect", "Waardoor bouwt de druk in de glomerulus hoog op?", "doordat de kant van het bloedvat dat het kapsel van Bowman in gaat een grotere diameter heeft dan de kant die er uit gaat", ["grotere diameter"], F3),
 ("definition", "Waarin wordt het geperste vocht opgevangen?", "in het kapsel van Bowman", ["kapsel van Bowman"], F4),
 ("definition", "Hoe heten de lange en kronkelige nierbuisjes?", "tubuli contorti", ["tubuli contorti"], F6),
 ("list-member", "Welke stoffen worden in de nierbuisjes terug afgegeven aan het bloed?", "glucose, K+-ionen, water en NaCl", ["glucose", "K+-ionen", "NaCl"], F7),
 ("definition", "Door welk soort transport geven water en ureum stoffen terug aan het bloed?", "door passief transport", ["passief transport"], F8),
 ("definition", "Wat vormen het zeeflichaampje en het kapsel van Bowman samen?", "het lichaampje van Malpighi", ["lichaampje van Malpighi"], F9),
 ("number", "Uit hoeveel gedeelten bestaat het nierbuisje?", "uit vier in serie geschakelde gedeelten", ["vier"], F10),
])
P1 = "Porselein is een specifieke vorm van keramiek, samengesteld uit kaolien (een weerbarstige, witte kleisoort), kwarts en een veldspaat, en gebakken op een hoge temperatuur."
P2 = "Porselein wordt daardoor hard, doorschijnend, niet poreus en klinkt helder, anders dan bijvoorbeeld aardewerk."
P3 = "Porselein is een Chinese uitvinding."
P4 = "Het is reuk- en smaakloos en verkleurt nauwelijks, ook niet als het bijvoorbeeld enkele eeuwen in een scheepswrak op de bodem van de zee heeft gelegen."
P5 = "Het wordt vooral gebruikt om borden, kommen, bekers en ander vaatwerk te produceren dat dienstdoet bij het opdienen en nuttigen van voedsel en drank."
P6 = "Ovenvast porselein dient in de eerste plaats voor het bereiden van voedsel in een oven, en kan een temperatuur tot 250 °C à 300 °C verdragen."
P7 = "Daarnaast heeft porselein, net als zilver en kristal, een functie als interieurdecoratie, zoals in het geval van vazen, kandelaars, decoratieve deurknoppen, cache-pots, menselijke of dierfiguren enz."
P9 = "Porselein is veel gebruikt als materiaal voor het vervaardigen van isolatoren omdat het stevig, duurzaam, weersbestendig en hittebestendig is en elektriciteit niet geleidt."
P10 = "Ook werd porselein toegepast in tandtechnische laboratoria voor het vervaardigen van kronen en bruggen."
P11 = "Ten slotte is porselein gebruikt om poppenkoppen te vervaardigen en wordt het veel toegepast bij het maken van voorwerpen met een functie in het sanitair, bijvoorbeeld een toilet of een wasbekken."
Q1 = "Klei heeft de eigenschap dat het gekneed kan worden als het materiaal nat is."
Q2 = "De klei wordt enige maanden in donkere kelders of putten opgeslagen om te rotten."
D1 = "Delfts blauw is een type faience (aardewerk) met blauwe decoratie, dat traditioneel in Delft wordt vervaardigd."
D2 = "Het ontstond aan het einde van de 16e eeuw als goedkoop alternatief voor het blauw-witte Chinese porselein."
D3 = "Het Delfts blauw werd in korte tijd zeer populair en beleefde een bloeiperiode in de periode 1650-1750, toen er in Delft een honderdtal aardewerkfabrieken actief waren."
D4 = "De industrie werd omstreeks 1800 weggevaagd door goedkoper aardewerk uit met name Engeland (Staffordshire)."
D5 = "Tegenwoordig is er nog maar één fabriek in Delft die ‘echt’ Delfts blauw produceert."
D6 = "Andere soorten Delfts aardewerk zijn het meerkleurige Boerendelfts en het Delfts wit."
write("nl-porselein-delfts-blauw", "nl", [
 ("definition", "Wat is porselein?", "een specifieke vorm van keramiek", ["keramiek"], P1),
 ("list-member", "Waaruit is porselein samengesteld?", "uit kaolien, kwarts en een veldspaat", ["kaolien", "kwarts", "veldspaat"], P1),
 ("definition", "Wat is kaolien?", "een weerbarstige, witte kleisoort", ["witte kleisoort"], P1),
 ("list-member", "Welke eigenschappen heeft porselein, anders dan aardewerk?", "het wordt hard, doorschijnend, niet poreus en klinkt helder", ["hard", "doorschijnend", "niet poreus", "klinkt helder"], P2),
 ("named-entity", "Uit welk land komt de uitvinding van porselein?", "uit China (een Chinese uitvinding)", ["China", "Chinese uitvinding"], P3),
 ("definition", "Wat doet porselein nauwelijks, zelfs na eeuwen in een scheepswrak op de zeebodem?", "verkleuren", ["verkleuren"], P4),
 ("list-member", "Welk vaatwerk voor het opdienen en nuttigen van voedsel en drank wordt vooral van porselein geproduceerd?", "borden, kommen en bekers", ["borden", "kommen", "bekers"], P5),
 ("number", "Tot welke temperatuur kan ovenvast porselein verdragen?", "tot 250 °C à 300 °C", ["250 °C", "300 °C"], P6),
 ("definition", "Waarvoor dient ovenvast porselein in de eerste plaats?", "voor het bereiden van voedsel in een oven", ["bereiden van voedsel"], P6),
 ("list-member", "Welke materialen hebben net als porselein een functie als interieurdecoratie?", "zilver en kristal", ["zilver", "kristal"], P7),
 ("definition", "Voor het vervaardigen waarvan is porselein veel gebruikt omdat het elektriciteit niet geleidt?", "van isolatoren", ["isolatoren"], P9),
 ("cause-effect", "Waarom is porselein geschikt voor isolatoren?", "omdat het stevig, duurzaam, weersbestendig en hittebestendig is en elektriciteit niet geleidt", ["elektriciteit niet geleidt", "hittebestendig", "weersbestendig"], P9),
 ("list-member", "Wat werd in tandtechnische laboratoria van porselein vervaardigd?", "kronen en bruggen", ["kronen", "bruggen"], P10),
 ("list-member", "Welke voorwerpen met een functie in het sanitair worden van porselein gemaakt?", "een toilet of een wasbekken", ["toilet", "wasbekken"], P11),
 ("definition", "Welke eigenschap heeft klei als het materiaal nat is?", "het kan gekneed worden", ["gekneed"], Q1),
 ("definition", "Waarom wordt de klei voor porselein enige maanden in donkere kelders of putten opgeslagen?", "om te rotten", ["rotten"], Q2),
 ("definition", "Wat voor aardewerk is Delfts blauw?", "een type faience met blauwe decoratie", ["faience"], D1),
 ("named-entity", "In welke stad wordt Delfts blauw traditioneel vervaardigd?", "in Delft", ["Delft"], D1),
 ("named-entity", "Wanneer ontstond Delfts blauw?", "aan het einde van de 16e eeuw", ["16e eeuw"], D2),
 ("cause-effect", "Als goedkoop alternatief waarvoor ontstond Delfts blauw?", "voor het blauw-witte Chinese porselein", ["Chinese porselein"], D2),
 ("number", "In welke periode beleefde Delfts blauw een bloeiperiode?", "in de periode 1650-1750", ["1650-1750"], D3),
 ("number", "Hoeveel aardewerkfabrieken waren er in de bloeiperiode in Delft actief?", "een honderdtal", ["honderdtal"], D3),
 ("cause-effect", "Waardoor werd de Delftse industrie omstreeks 1800 weggevaagd?", "door goedkoper aardewerk uit met name Engeland (Staffordshire)", ["Engeland", "Staffordshire"], D4),
 ("number", "Hoeveel fabrieken in Delft produceren tegenwoordig nog echt Delfts blauw?", "nog maar één", ["één"], D5),
 ("list-member", "Welke andere soorten Delfts aardewerk zijn er?", "het meerkleurige Boerendelfts en het Delfts wit", ["Boerendelfts", "Delfts wit"], D6),
])
S1 = "Saturn is the sixth planet from our sun."
S2 = "It is called the \"jewel of the solar system\" because of its beautiful rings."
S3 = "It is the second largest planet in our solar system."
S4 = "Saturn is named for the Roman god of agriculture."
S5 = "It is made up mostly of gas, including hydrogen, helium and methane."
S6 = "It doesn't have a solid surface."
S7 = "The clouds we see are mostly yellow and white."
S8 = "One scientist compared them to a lemon meringue pie."
S9 = "A person -- or spacecraft -- dropping through the icy clouds would be crushed from the pressure -- the same kind you feel when you dive into the deep end of a pool."
S10 = "The pressure is so powerful it squeezes gas into liquid."
S11 = "They are made of billions of small chunks of ice and rock."
S12 = "The chunks can be as small as a grain of sugar or as big as a house."
S13 = "Scientists think the rings formed when moons and other objects were torn apart by Saturn's powerful gravity."
S14 = "The rings would look mostly white if you looked at them from the cloud tops of Saturn."
S15 = "In 2004, a probe from Earth landed on Titan, the solar system's second largest moon."
J1 = "The rings are made of ice and rock particles--some as big as houses--that were probably pieces of comets or asteroids that broke up before they reached the planet."
J2 = "The largest, Titan, exceeds the size of the planets Mercury or Pluto and wraps itself in a dense, nitrogen-rich atmosphere reminiscent of the early Earth's atmosphere."
J3 = "Three NASA spacecraft, Pioneer 11, Voyager 1 and Voyager 2, flew past Saturn during a span of less than 24 months in 1979-1981, but none have visited the dramatically ringed world since then."
J4 = "The Cassini-Huygens mission, a cooperative endeavor of NASA, the European Space Agency and Italy's space agency, is on its way."
J5 = "When it arrives in 2004, Cassini will go into orbit for an extended study of the Saturnian system and will release the Huygens probe to parachute through Titan's atmosphere in early 2005."
write("en-nasa-saturn", "en", [
 ("number", "Which planet from the sun is Saturn?", "the sixth", ["sixth"], S1),
 ("definition", "What is Saturn called because of its beautiful rings?", "the \"jewel of the solar system\"", ["jewel of the solar system"], S2),
 ("number", "What is Saturn's rank by size among the planets of our solar system?", "the second largest", ["second largest"], S3),
 ("named-entity", "For whom is Saturn named?", "the Roman god of agriculture", ["god of agriculture"], S4),
 ("list-member", "Which gases is Saturn made up of mostly?", "hydrogen, helium and methane", ["hydrogen", "helium", "methane"], S5),
 ("definition", "What kind of surface doesn't Saturn have?", "a solid surface", ["solid surface"], S6),
 ("list-member", "What colours are the clouds we see on Saturn?", "mostly yellow and white", ["yellow", "white"], S7),
 ("definition", "To what did one scientist compare Saturn's clouds?", "to a lemon meringue pie", ["lemon meringue pie"], S8),
 ("cause-effect", "What would happen to a person or spacecraft dropping through Saturn's icy clouds?", "it would be crushed from the pressure", ["crushed"], S9),
 ("cause-effect", "What does the powerful pressure inside Saturn do to gas?", "it squeezes gas into liquid", ["liquid"], S10),
 ("list-member", "What are Saturn's rings made of?", "billions of small chunks of ice and rock", ["ice", "rock"], S11),
 ("definition", "How small can the chunks in Saturn's rings be?", "as small as a grain of sugar", ["grain of sugar"], S12),
 ("definition", "How big can the chunks in Saturn's rings be?", "as big as a house", ["house", "houses"], S12),
 ("cause-effect", "How do scientists think Saturn's rings formed?", "when moons and other objects were torn apart by Saturn's powerful gravity", ["torn apart", "powerful gravity"], S13),
 ("definition", "What colour would the rings look from the cloud tops of Saturn?", "mostly white", ["white"], S14),
 ("named-entity", "On which moon of Saturn did a probe from Earth land in 2004?", "Titan", ["Titan"], S15),
 ("named-entity", "What is the solar system's second largest moon?", "Titan", ["Titan"], S15),
 ("list-member", "What were the particles of Saturn's rings probably pieces of?", "of comets or asteroids that broke up", ["comets", "asteroids"], J1),
 ("list-member", "The size of which planets does Titan exceed?", "Mercury or Pluto", ["Mercury", "Pluto"], J2),
 ("definition", "What kind of atmosphere wraps Saturn's largest moon?", "a dense, nitrogen-rich atmosphere", ["nitrogen-rich"], J2),
 ("list-member", "Which three NASA spacecraft flew past Saturn in 1979-1981?", "Pioneer 11, Voyager 1 and Voyager 2", ["Pioneer 11", "Voyager 1", "Voyager 2"], J3),
 ("number", "In which years did the three NASA spacecraft fly past Saturn?", "in 1979-1981", ["1979-1981"], J3),
 ("list-member", "Which space agencies work together on the Cassini-Huygens mission?", "NASA, the European Space Agency and Italy's space agency", ["European Space Agency", "Italy's space agency"], J4),
 ("definition", "What will Cassini release to parachute through Titan's atmosphere?", "the Huygens probe", ["Huygens"], J5),
])
K1 = "Potassium is a nutrient that everyone needs to stay healthy."
K2 = "It's important for almost everything your body does, including proper kidney and heart function, muscle contraction, and nerve transmission."
K3 = "Most adults should get 4,700 mg of potassium a day, but many people don't get enough."
K4 = "Potassium is found in many fruits (such as dried apricots, oranges, and bananas), vegetables (such as acorn squash, potatoes, and spinach), legumes (such as kidney beans and soybeans), nuts, milk, yogurt, meats, poultry, and fish."
K5 = "Many salt substitutes that are used to replace table salt also contain potassium."
K6 = "Most dietary supplements have only small amounts of potassium."
K7 = "Getting too much potassium from food or beverages does not cause problems in healthy people."
K8 = "However, if you have chronic kidney disease or use certain medications, the potassium you get from your diet could cause your blood levels of potassium to get too high."
K9 = "High levels of potassium in your blood can cause muscle weakness, paralysis, and heart problems that could be fatal."
B1 = "A medium banana has about 420 mg of potassium, so you would have to eat more than 11 bananas to meet the 4,700 mg that most adults should get each day."
B2 = "Instead, eat a variety of nutritious foods that contain potassium to ensure you get enough of this important nutrient."
M1 = "Magnesium is the fourth most abundant mineral in the body and is essential to good health."
M2 = "Approximately 50% of total body magnesium is found in bone."
M3 = "The other half is found predominantly inside cells of body tissues and organs."
M4 = "Only 1% of magnesium is found in blood, but the body works very hard to keep blood levels of magnesium constant."
M5 = "Magnesium is needed for more than 300 biochemical reactions in the body."
M6 = "It helps maintain normal muscle and nerve function, keeps heart rhythm steady, supports a healthy immune system, and keeps bones strong."
M7 = "Magnesium also helps regulate blood sugar levels, promotes normal blood pressure, and is known to be involved in energy metabolism and protein synthesis."
write("en-ods-potassium-magnesium", "en", [
 ("definition", "What is potassium?", "a nutrient that everyone needs to stay healthy", ["nutrient"], K1),
 ("list-member", "For which body functions is potassium important?", "proper kidney and heart function, muscle contraction, and nerve transmission", ["kidney", "muscle contraction", "nerve transmission"], K2),
 ("number", "How much potassium should most adults get a day?", "4,700 mg", ["4,700 mg"], K3),
 ("list-member", "In which fruits is potassium found?", "dried apricots, oranges, and bananas", ["dried apricots", "oranges", "bananas"], K4),
 ("list-member", "In which vegetables is potassium found?", "acorn squash, potatoes, and spinach", ["acorn squash", "potatoes", "spinach"], K4),
 ("list-member", "Which legumes contain potassium?", "kidney beans and soybeans", ["kidney beans", "soybeans"], K4),
 ("definition", "What products used to replace table salt also contain potassium?", "many salt substitutes", ["salt substitutes"], K5),
 ("definition", "How much potassium do most dietary supplements have?", "only small amounts", ["small amounts"], K6),
 ("definition", "Does getting too much potassium from food cause problems in healthy people?", "no, it does not cause problems in healthy people", ["does not cause problems"], K7),
 ("cause-effect", "Which condition can make the potassium from your diet raise your blood levels of potassium too high?", "chronic kidney disease (or certain medications)", ["chronic kidney disease", "certain medications"], K8),
 ("list-member", "What can high levels of potassium in your blood cause?", "muscle weakness, paralysis, and heart problems that could be fatal", ["muscle weakness", "paralysis", "heart problems"], K9),
 ("number", "How much potassium does a medium banana have?", "about 420 mg", ["420 mg"], B1),
 ("number", "How many bananas would you have to eat to meet the daily potassium need of most adults?", "more than 11", ["11"], B1),
 ("definition", "What should you eat to ensure you get enough potassium?", "a variety of nutritious foods that contain potassium", ["variety of nutritious foods"], B2),
 ("number", "What is magnesium's rank among the most abundant minerals in the body?", "the fourth", ["fourth"], M1),
 ("number", "What share of total body magnesium is found in bone?", "approximately 50%", ["50%"], M2),
 ("definition", "Where is the other half of the body's magnesium found?", "predominantly inside cells of body tissues and organs", ["inside cells"], M3),
 ("number", "What share of the body's magnesium is found in blood?", "only 1%", ["1%"], M4),
 ("number", "For how many biochemical reactions in the body is magnesium needed?", "more than 300", ["300"], M5),
 ("list-member", "Magnesium helps maintain the normal function of which body tissues?", "muscle and nerve", ["muscle and nerve"], M6),
 ("definition", "What does magnesium keep steady?", "the heart rhythm", ["heart rhythm"], M6),
 ("definition", "What does magnesium keep strong?", "bones", ["bones"], M6),
 ("definition", "What levels does magnesium help regulate?", "blood sugar levels", ["blood sugar"], M7),
 ("list-member", "In which processes is magnesium known to be involved?", "energy metabolism and protein synthesis", ["energy metabolism", "protein synthesis"], M7),
])
