# Gold lists for the fourteenth round of held-out texts, written and committed before the generator ran on them.
from mkgold import write
S1 = "Schildpadden (Testudines) zijn een orde van reptielen waarvan alle soorten gekenmerkt worden door een vaak stevig en bolvormig schild."
S3 = "Het schild is meestal voorzien van een tweede pantser, het hoornschild."
S4 = "Het rugschild is met het buikpantser verbonden door een benen brug aan weerszijden van het lichaam."
S5 = "Schildpadden planten zich meestal jaarlijks voort en zijn zonder uitzondering eierleggend."
S6 = "Grotere schildpadden zijn pas na enige tientallen jaren volwassen, dergelijke soorten kunnen echter ook zeer oud worden."
S7 = "Op het menu staat zowel dierlijk als plantaardig materiaal, afhankelijk van de soort."
S8 = "Er zijn ongeveer 355 verschillende soorten schildpadden, verdeeld over veertien families."
S9 = "Schildpadden komen over de hele wereld, met uitzondering van de polen, voor in uiteenlopende biotopen, zoals bossen, graslanden, moerassen en zeeën."
S10 = "De belangrijkste bedreigingen zijn het vernietigen van de habitat en het verzamelen van wilde schildpadden voor consumptie of de dierenhandel."
P1 = "Het plastron is het buikpantser van een schildpad, het rugschild wordt carapax genoemd, het geheel heet pantex."
P2 = "Het buikpantser wordt gevormd uit harde platen van keratine, en is niet verstevigd met ribben zoals het rugschild."
P3 = "Het buikpantser heeft bij de mannetjes een ondiepe kuil zodat ze makkelijker op de vrouwtjes kunnen klimmen bij de paring."
P4 = "Doosschildpadden kunnen het buikpantser aan beide kanten inklappen, zodat ze helemaal in het schild worden opgeborgen."
Z1 = "Zeeschildpadden (Cheloniidae) zijn een familie van grote schildpadden die in alle tropische en in sommige subtropische en gematigde zeeën voorkomen."
Z2 = "Wereldwijd komen er zeven soorten voor, waarvan er minstens vijf bedreigd zijn."
Z3 = "Van hen heeft de onechte karetschildpad de meest noordelijke legplaatsen, tot in de Middellandse Zee."
Z4 = "Een andere familie van in zee levende schildpadden is de familie lederschildpadden (Dermochelyidae), die nog maar door één soort wordt vertegenwoordigd; de lederschildpad (Dermochelys coriacea)."
Z5 = "De twee families vormen samen de superfamilie Chelonioidea."
Z6 = "Zeeschildpadden zijn ongeveer 120 miljoen jaar geleden ontstaan uit schildpadden die meer op het land leefden."
write("nl-schildpadden", "nl", [
 ("definition", "Wat zijn schildpadden?", "een orde van reptielen met een vaak stevig en bolvormig schild", ["orde van reptielen"], S1),
 ("named-entity", "Wat is de wetenschappelijke naam van de schildpadden?", "Testudines", ["Testudines"], S1),
 ("definition", "Hoe heet het buikpantser van een schildpad?", "het plastron", ["plastron"], P1),
 ("definition", "Hoe heet het rugschild van een schildpad?", "de carapax", ["carapax"], P1),
 ("definition", "Hoe heet het geheel van buikpantser en rugschild van een schildpad?", "pantex", ["pantex"], P1),
 ("definition", "Wat is het hoornschild van een schildpad?", "een tweede pantser waarmee het schild meestal is voorzien", ["tweede pantser"], S3),
 ("definition", "Waardoor is het rugschild met het buikpantser verbonden?", "door een benen brug aan weerszijden van het lichaam", ["benen brug"], S4),
 ("definition", "Hoe planten schildpadden zich voort?", "ze zijn zonder uitzondering eierleggend", ["eierleggend"], S5),
 ("number", "Na hoeveel tijd zijn grotere schildpadden pas volwassen?", "pas na enige tientallen jaren", ["tientallen jaren"], S6),
 ("definition", "Wat staat er op het menu van schildpadden?", "zowel dierlijk als plantaardig materiaal", ["dierlijk als plantaardig", "dierlijk en plantaardig"], S7),
 ("number", "Hoeveel verschillende soorten schildpadden zijn er?", "ongeveer 355", ["355"], S8),
 ("number", "Over hoeveel families zijn de soorten schildpadden verdeeld?", "veertien", ["veertien", "14"], S8),
 ("definition", "Waar komen schildpadden niet voor?", "bij de polen", ["polen"], S9),
 ("list-member", "In welke uiteenlopende biotopen komen schildpadden voor?", "bossen, graslanden, moerassen en zeeën", ["bossen", "graslanden", "moerassen", "zeeën"], S9),
 ("cause-effect", "Wat zijn de belangrijkste bedreigingen voor schildpadden?", "het vernietigen van de habitat en het verzamelen van wilde schildpadden voor consumptie of de dierenhandel", ["vernietigen van de habitat", "verzamelen van wilde schildpadden"], S10),
 ("definition", "Waaruit wordt het buikpantser van een schildpad gevormd?", "uit harde platen van keratine", ["keratine", "platen van keratine"], P2),
 ("cause-effect", "Waarom heeft het buikpantser bij de mannetjes een ondiepe kuil?", "zodat ze makkelijker op de vrouwtjes kunnen klimmen bij de paring", ["op de vrouwtjes kunnen klimmen", "op de vrouwtjes klimmen"], P3),
 ("definition", "Welke schildpadden kunnen het buikpantser aan beide kanten inklappen?", "doosschildpadden", ["doosschildpadden"], P4),
 ("definition", "Wat zijn zeeschildpadden?", "een familie van grote schildpadden die in tropische, subtropische en gematigde zeeën voorkomen", ["familie van grote schildpadden"], Z1),
 ("number", "Hoeveel soorten zeeschildpadden komen er wereldwijd voor?", "zeven", ["zeven", "7"], Z2),
 ("number", "Hoeveel van de soorten zeeschildpadden zijn minstens bedreigd?", "vijf", ["vijf", "5"], Z2),
 ("named-entity", "Welke zeeschildpad heeft de meest noordelijke legplaatsen?", "de onechte karetschildpad", ["onechte karetschildpad"], Z3),
 ("named-entity", "Welke familie van in zee levende schildpadden wordt nog maar door één soort vertegenwoordigd?", "de lederschildpadden (Dermochelyidae), met de lederschildpad", ["lederschildpadden", "Dermochelyidae", "lederschildpad"], Z4),
 ("definition", "Welke superfamilie vormen de zeeschildpadden en de lederschildpadden samen?", "de superfamilie Chelonioidea", ["Chelonioidea"], Z5),
 ("number", "Hoe lang geleden zijn zeeschildpadden ontstaan?", "ongeveer 120 miljoen jaar geleden", ["120 miljoen jaar"], Z6),
])
K1 = "Een korstmos ofwel licheen is een schimmel die in mutualistische symbiose samenleeft met een groenwier of met een cyanobacterie, of, zelden, met beide."
K3 = "De schimmelcomponent (mycobiont) behoort gewoonlijk tot de ascomyceten, slechts zelden tot de basidiomyceten."
K4 = "De afspraak is dat de mycobiont de botanische naam en de systematische indeling van het korstmos bepaalt."
K5 = "De algemene fotobiont of fycobiont is een eencellige vertegenwoordiger van de groenwieren of van de cyanobacteriën ('blauwalgen'), en is in staat tot fotosynthese."
K7 = "De symbionten zijn vaak zo sterk verbonden dat ze onder natuurlijke omstandigheden niet zonder elkaar kunnen overleven."
K8 = "Sommige cyanobacteriën zijn in staat stikstof uit de lucht te binden tot stikstofverbindingen zoals nitraten, waarmee de schimmel zijn voordeel kan doen."
K10 = "De schimmel scheidt zuren uit, met behulp waarvan de algen mineralen kunnen opnemen uit een mineraal substraat."
K11 = "De schimmel omgeeft de algen en biedt zo bescherming tegen intensief zonlicht of chemische invloeden."
K12 = "Sommige schimmels zijn giftig en beschermen daarmee de algen tegen vraat."
K13 = "In de symbiose kunnen verschillende gecompliceerde chemische verbindingen (licheenstoffen) worden gevormd, die niet door een van de symbionten alleen gevormd kunnen worden."
K14 = "Veel korstmossen groeien zeer traag (soms niet meer dan 0,1 mm per jaar), en groeien als pionier daarom vooral daar waar ze niet door zaadplanten kunnen worden verdrongen."
K15 = "Ook behoren korstmossen tot de weinige \"organismen\" die een verblijf van twee weken in het vacuüm en de zeer sterke UV-straling van de buitenaardse ruimte kunnen doorstaan."
K16 = "Veel korstmossen hebben vooral een ongeslachtelijke voortplanting door in soralen gevormde poedervormige sorediën, door makkelijk afbreekbare isidiën (staafvormige uitgroeisels) of grotere thallusfragmenten."
M1 = "Korstmossen zijn gevoelig voor luchtverontreiniging."
M2 = "Sommige soorten verdwijnen in gebieden waar de concentratie zwaveldioxide (SO2) hoog is."
M3 = "De aan- of afwezigheid van korstmossen wordt daarom wel gebruikt als een indicator voor luchtverontreiniging."
M5 = "Baardkorstmossen en struikvormige korstmossen zijn het gevoeligst voor luchtverontreiniging, korstvormig korstmossen minder."
M6 = "Gelukkig zijn de laatste jaren de korstmossen in Nederland zich weer aan het herstellen, doordat de SO2 uitstoot nogal is verminderd sinds er minder kolen worden gebruikt in elektriciteitscentrales en voor verwarming van woningen."
write("nl-korstmossen", "nl", [
 ("definition", "Wat is een korstmos?", "een schimmel die in mutualistische symbiose samenleeft met een groenwier of met een cyanobacterie", ["schimmel die in mutualistische symbiose samenleeft", "mutualistische symbiose"], K1),
 ("definition", "Hoe wordt een korstmos ook genoemd?", "licheen", ["licheen"], K1),
 ("definition", "Hoe heet de schimmelcomponent van een korstmos?", "de mycobiont", ["mycobiont"], K3),
 ("named-entity", "Tot welke groep schimmels behoort de schimmelcomponent van een korstmos gewoonlijk?", "tot de ascomyceten", ["ascomyceten"], K3),
 ("definition", "Wat bepaalt de mycobiont van een korstmos?", "de botanische naam en de systematische indeling van het korstmos", ["botanische naam", "systematische indeling"], K4),
 ("definition", "Hoe wordt de fotobiont van een korstmos ook genoemd?", "fycobiont", ["fycobiont"], K5),
 ("definition", "Wat is de fycobiont van een korstmos?", "een eencellige vertegenwoordiger van de groenwieren of van de cyanobacteriën", ["eencellige vertegenwoordiger"], K5),
 ("definition", "Hoe worden cyanobacteriën ook genoemd?", "blauwalgen", ["blauwalgen"], K5),
 ("definition", "Waartoe is de fycobiont in staat?", "tot fotosynthese", ["fotosynthese"], K5),
 ("cause-effect", "Waarom kunnen de symbionten onder natuurlijke omstandigheden niet zonder elkaar overleven?", "omdat ze vaak zo sterk verbonden zijn", ["sterk verbonden"], K7),
 ("definition", "Wat kunnen sommige cyanobacteriën uit de lucht binden?", "stikstof", ["stikstof"], K8),
 ("definition", "Wat scheidt de schimmel uit zodat de algen mineralen kunnen opnemen?", "zuren", ["zuren"], K10),
 ("definition", "Waartegen biedt de schimmel de algen bescherming door ze te omgeven?", "tegen intensief zonlicht of chemische invloeden", ["intensief zonlicht", "chemische invloeden"], K11),
 ("cause-effect", "Hoe beschermen sommige schimmels de algen tegen vraat?", "doordat ze giftig zijn", ["giftig"], K12),
 ("definition", "Hoe heten de chemische verbindingen die in de symbiose van een korstmos worden gevormd?", "licheenstoffen", ["licheenstoffen"], K13),
 ("number", "Hoe snel groeien sommige korstmossen?", "soms niet meer dan 0,1 mm per jaar", ["0,1 mm per jaar", "0,1 mm"], K14),
 ("cause-effect", "Waarom groeien korstmossen als pionier vooral daar waar ze niet door zaadplanten kunnen worden verdrongen?", "omdat ze zeer traag groeien", ["zeer traag", "traag"], K14),
 ("number", "Hoe lang kunnen korstmossen een verblijf in het vacuüm van de buitenaardse ruimte doorstaan?", "twee weken", ["twee weken", "2 weken"], K15),
 ("list-member", "Waardoor hebben veel korstmossen een ongeslachtelijke voortplanting?", "door sorediën, isidiën of grotere thallusfragmenten", ["sorediën", "isidiën", "thallusfragmenten"], K16),
 ("definition", "Wat zijn isidiën?", "makkelijk afbreekbare staafvormige uitgroeisels", ["staafvormige uitgroeisels"], K16),
 ("definition", "Waarvoor zijn korstmossen gevoelig?", "voor luchtverontreiniging", ["luchtverontreiniging"], M1),
 ("cause-effect", "Bij een hoge concentratie van welke stof verdwijnen sommige soorten korstmossen?", "zwaveldioxide (SO2)", ["zwaveldioxide", "SO2"], M2),
 ("definition", "Waarvoor wordt de aan- of afwezigheid van korstmossen gebruikt?", "als indicator voor luchtverontreiniging", ["indicator voor luchtverontreiniging", "indicator"], M3),
 ("definition", "Welke korstmossen zijn het gevoeligst voor luchtverontreiniging?", "baardkorstmossen en struikvormige korstmossen", ["baardkorstmossen", "struikvormige korstmossen"], M5),
 ("cause-effect", "Waardoor zijn de korstmossen in Nederland de laatste jaren weer aan het herstellen?", "doordat de SO2-uitstoot is verminderd sinds er minder kolen worden gebruikt", ["SO2 uitstoot", "uitstoot nogal is verminderd", "minder kolen"], M6),
])
T1 = "A tornado is a narrow, violently rotating column of air that extends from a thunderstorm to the ground."
T2 = "Because wind is invisible, it is hard to see a tornado unless it forms a condensation funnel made up of water droplets, dust and debris."
T3 = "Tornadoes occur in many parts of the world, including Australia, Europe, Africa, Asia, and South America."
T4 = "Even New Zealand reports about 20 tornadoes each year."
T5 = "Two of the highest concentrations of tornadoes outside the U.S. are Argentina and Bangladesh."
T6 = "About 1,200 tornadoes hit the U.S. yearly."
T7 = "Since official tornado records only date back to 1950, we do not know the actual average number of tornadoes that occur each year."
T7B = "Plus, tornado spotting and reporting methods have changed a lot over the last several decades, which means that we are observing more tornadoes that actually happen."
T8 = "Tornado Alley is a nickname invented by the media to refer to a broad area of relatively high tornado occurrence in the central United States."
T9 = "The U.S. tornado threat shifts from the Southeast in the cooler months of the year, toward the southern and central Plains in May and June, and the northern Plains and Midwest during early summer."
T10 = "Tornadoes can occur and have been reported in all fifty states!"
F1 = "The average forward speed is 30 mph but may vary from nearly stationary to 70 mph."
F2 = "The strongest tornadoes have rotating winds of more than 250 mph."
F3 = "Tornadoes can accompany tropical storms and hurricanes as they move onto land."
F4 = "Waterspouts are similar to tornadoes and form over warm water."
F5 = "Tornadoes are most likely to occur between 3 PM and 9 PM but can happen at any time."
E1 = "The Enhanced Fujita Scale, implemented in February 2007, is used by meteorologists to rate tornado damage on a scale from EF0 to EF5."
E2 = "The EF Scale incorporates more damage indicators and degrees of damage than the original Fujita Scale, allowing more detailed analysis and better correlation between damage and wind speed."
W1 = "At the top is the wall cloud, which usually develops before the funnel cloud or tornado forms."
W2 = "This feature usually is slowly rotating with embedded upward motion."
W3 = "Beneath the wall cloud is the condensation funnel."
W4 = "Sometimes the tornado is on the ground while the condensation funnel only reaches halfway, or doesn't even exist."
W5 = "Finally at the bottom of the tornado is the swirling debris, a clear indicator that this tornado is on the ground."
write("en-noaa-tornadoes", "en", [
 ("definition", "What is a tornado?", "a narrow, violently rotating column of air that extends from a thunderstorm to the ground", ["violently rotating column of air", "rotating column of air"], T1),
 ("cause-effect", "Why is it hard to see a tornado?", "because wind is invisible", ["wind is invisible"], T2),
 ("list-member", "What is a condensation funnel made up of?", "water droplets, dust and debris", ["water droplets", "dust", "debris"], T2),
 ("list-member", "In which parts of the world do tornadoes occur?", "Australia, Europe, Africa, Asia, and South America", ["Australia", "Europe", "Africa", "Asia", "South America"], T3),
 ("number", "About how many tornadoes does New Zealand report each year?", "about 20", ["20"], T4),
 ("named-entity", "Which two countries have two of the highest concentrations of tornadoes outside the U.S.?", "Argentina and Bangladesh", ["Argentina", "Bangladesh"], T5),
 ("number", "About how many tornadoes hit the U.S. yearly?", "about 1,200", ["1,200", "1200"], T6),
 ("cause-effect", "Why do we not know the actual average number of tornadoes that occur each year?", "because official tornado records only date back to 1950", ["records only date back to 1950", "only date back to 1950"], T7),
 ("cause-effect", "Why are we observing more tornadoes than before?", "because tornado spotting and reporting methods have changed a lot", ["spotting and reporting methods have changed", "spotting and reporting methods"], T7B),
 ("definition", "What is Tornado Alley?", "a nickname invented by the media for a broad area of relatively high tornado occurrence in the central United States", ["nickname invented by the media", "broad area of relatively high tornado occurrence"], T8),
 ("definition", "Where does the U.S. tornado threat shift in May and June?", "toward the southern and central Plains", ["southern and central Plains"], T9),
 ("number", "In how many states have tornadoes been reported?", "in all fifty states", ["fifty", "50"], T10),
 ("number", "What is the average forward speed of a tornado?", "30 mph", ["30 mph"], F1),
 ("number", "How fast are the rotating winds of the strongest tornadoes?", "more than 250 mph", ["250 mph"], F2),
 ("definition", "What can tornadoes accompany as they move onto land?", "tropical storms and hurricanes", ["tropical storms", "hurricanes"], F3),
 ("definition", "What are waterspouts?", "storms similar to tornadoes that form over warm water", ["form over warm water", "over warm water"], F4),
 ("number", "Between which hours are tornadoes most likely to occur?", "between 3 PM and 9 PM", ["3 PM and 9 PM", "3 and 9"], F5),
 ("definition", "What is the Enhanced Fujita Scale used for?", "to rate tornado damage on a scale from EF0 to EF5", ["rate tornado damage"], E1),
 ("number", "When was the Enhanced Fujita Scale implemented?", "in February 2007", ["February 2007", "2007"], E1),
 ("definition", "What does the EF Scale incorporate more of than the original Fujita Scale?", "more damage indicators and degrees of damage", ["damage indicators", "degrees of damage"], E2),
 ("definition", "What is at the top of a tornado?", "the wall cloud", ["wall cloud"], W1),
 ("definition", "Besides having embedded upward motion, what is the wall cloud usually doing?", "slowly rotating", ["slowly rotating"], W2),
 ("definition", "What is beneath the wall cloud?", "the condensation funnel", ["condensation funnel"], W3),
 ("definition", "How far does the condensation funnel sometimes reach while the tornado is on the ground?", "only halfway", ["halfway"], W4),
 ("definition", "What is at the bottom of a tornado?", "the swirling debris", ["swirling debris"], W5),
])
H1 = "Shingles -- also called varicella-zoster -- is a painful skin disease caused by a reactivation of the chickenpox virus."
H2 = "It is distinctive because it affects only one side of the body."
H3 = "The early signs of shingles usually develop in three stages: severe pain or tingling, possibly itchy rash, and blisters that look like chickenpox."
H4 = "Shingles is caused by a germ called the varicella-zoster virus -- the one that gave you chickenpox when you were a child."
H5 = "You carry it in the nerve cells around your spine for the rest of your life."
H6 = "The first symptoms usually include burning, itching, or tingling sensations on the back, chest, or around the rib cage or waist."
H7 = "In two or three days, a telltale rash develops in a single area on one side of the body."
H8 = "The rash erupts into small blisters."
B1 = "Almost 1 out of 3 people in the United States will develop shingles in their lifetime."
B2 = "Your risk of getting shingles increases as you get older."
B3 = "The most common complication of shingles is postherpetic neuralgia (PHN), which is severe pain in the areas where the shingles rash occurred."
B4 = "About 10 to 18% of people who get shingles will experience PHN."
A1 = "Treatment with an antiviral can reduce the severity of the nerve damage and speed healing."
A2 = "If you suspect you have shingles, see your healthcare provider within 72 hours of the first sign of the rash."
A3 = "Patients with long-term pain may also be treated with numbing patches, tricyclic antidepressants, and gabapentin, an anti-seizure medication."
V1 = "In May 2006, the U.S. Food and Drug Administration approved a vaccine to prevent shingles in people age 60 and older, even if they have had shingles."
V2 = "The vaccine is designed to boost the immune system and protect older adults from getting shingles later on."
V3 = "The vaccine is basically a stronger version of the chickenpox vaccine, which became available in 1995."
V4 = "The chickenpox shot prevents chickenpox in 70 to 90 percent of those vaccinated, and 95 percent of the rest have only mild symptoms."
write("en-nih-shingles", "en", [
 ("definition", "What is shingles?", "a painful skin disease caused by a reactivation of the chickenpox virus", ["painful skin disease", "reactivation of the chickenpox virus"], H1),
 ("named-entity", "What germ causes shingles?", "the varicella-zoster virus", ["varicella-zoster virus", "varicella-zoster"], H4),
 ("definition", "Which childhood disease did the varicella-zoster virus give you?", "chickenpox", ["chickenpox"], H4),
 ("definition", "What makes shingles distinctive?", "it affects only one side of the body", ["only one side of the body", "one side of the body"], H2),
 ("list-member", "What are the three stages of the early signs of shingles?", "severe pain or tingling, possibly itchy rash, and blisters that look like chickenpox", ["severe pain or tingling", "itchy rash", "blisters"], H3),
 ("definition", "Where do you carry the varicella-zoster virus for the rest of your life?", "in the nerve cells around your spine", ["nerve cells around your spine", "nerve cells"], H5),
 ("list-member", "What sensations do the first symptoms of shingles usually include?", "burning, itching, or tingling sensations", ["burning", "itching", "tingling"], H6),
 ("list-member", "Where on the body do the first symptoms of shingles usually appear?", "on the back, chest, or around the rib cage or waist", ["back", "chest", "rib cage", "waist"], H6),
 ("number", "How many days after the first symptoms does the telltale rash develop?", "in two or three days", ["two or three days", "2 or 3 days"], H7),
 ("definition", "What does the shingles rash erupt into?", "small blisters", ["small blisters"], H8),
 ("number", "How many people in the United States will develop shingles in their lifetime?", "almost 1 out of 3", ["1 out of 3"], B1),
 ("cause-effect", "What increases your risk of getting shingles?", "getting older", ["older"], B2),
 ("definition", "What is the most common complication of shingles?", "postherpetic neuralgia (PHN)", ["postherpetic neuralgia", "PHN"], B3),
 ("definition", "What is postherpetic neuralgia?", "severe pain in the areas where the shingles rash occurred", ["severe pain in the areas where the shingles rash occurred", "severe pain"], B3),
 ("number", "What share of people who get shingles will experience PHN?", "about 10 to 18%", ["10 to 18%"], B4),
 ("cause-effect", "What can treatment with an antiviral do for shingles?", "reduce the severity of the nerve damage and speed healing", ["reduce the severity of the nerve damage", "speed healing"], A1),
 ("number", "Within how many hours of the first sign of the rash should you see a healthcare provider?", "within 72 hours", ["72 hours"], A2),
 ("list-member", "With what may patients with long-term pain from shingles also be treated?", "numbing patches, tricyclic antidepressants, and gabapentin", ["numbing patches", "tricyclic antidepressants", "gabapentin"], A3),
 ("definition", "What is gabapentin?", "an anti-seizure medication", ["anti-seizure medication"], A3),
 ("named-entity", "Which agency approved a vaccine to prevent shingles in May 2006?", "the U.S. Food and Drug Administration", ["Food and Drug Administration"], V1),
 ("number", "For people of what age was the shingles vaccine approved in 2006?", "age 60 and older", ["60 and older", "60"], V1),
 ("definition", "What is the shingles vaccine designed to do?", "boost the immune system and protect older adults from getting shingles later on", ["boost the immune system"], V2),
 ("definition", "What is the shingles vaccine basically?", "a stronger version of the chickenpox vaccine", ["stronger version of the chickenpox vaccine"], V3),
 ("number", "When did the chickenpox vaccine become available?", "in 1995", ["1995"], V3),
 ("number", "In what percentage of those vaccinated does the chickenpox shot prevent chickenpox?", "70 to 90 percent", ["70 to 90 percent", "70 to 90%"], V4),
])
