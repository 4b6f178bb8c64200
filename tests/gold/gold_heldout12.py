# Gold lists for the twelfth round of held-out texts, written and committed before the generator ran on them.
from mkgold import write
H1 = "Een hart is een orgaan dat bloed of hemolymfe verpompt in de circulatie van veel dieren."
H2 = "Daarbij zijn drie hoofdvormen te onderscheiden."
H3 = "Bij gewervelden bestaat het uit een tot vier hartspierweefsel bevattende holtes of kamers."
H4 = "Veel weekdieren en geleedpotigen beschikken over een buisvormig hart van hartspierweefsel, wat een evolutie is van bloedvaten bestaande uit myoepitheliale cellen (myo- voor spier) die het bloed peristaltisch verpompen."
H5 = "Insecten beschikken over een open bloedsomloop met een buisvormig hart dat bestaat uit een samentrekkend buisvormig hart met daarvoor een niet-samentrekkende aorta."
H6 = "Om terugloop te voorkomen, kan dit ruggevat gepaarde mondjes met klepjes (ostia) bevatten zodat het slechts van achter naar voren kan lopen."
H7 = "Zoogdieren hebben een gesloten bloedsomloop met een zeer gespecialiseerd hart met vier afzonderlijke, door kleppen gescheiden holtes die samen twee pompen vormen die een in serie geschakelde, maar verder gescheiden long- en een lichaamscirculatie op gang houden."
L1 = "Het hart is asymmetrisch van vorm (lijkt eigenlijk niet op een 'hartje' zoals dat vaak getekend wordt) en ligt in de thoraxholte nagenoeg midden achter het borstbeen, in het mediastinum (de ruimte tussen de twee longen)."
L2 = "Pijn aan het hart wordt bijna altijd ook midden op het borstbeen gevoeld."
L4 = "Het steekt slechts ongeveer 2 cm uit aan de rechterkant."
L6 = "Het hart kan voorgesteld worden als een kegel."
L7 = "De top van de kegel wordt de apex genoemd, het grondvlak de basis."
L8 = "Het hart grenst aan het middenrif (diafragma) met de facies diaphragmaticus."
P1 = "Het hartzakje of pericard is een taai ondoorzichtig vliesachtig zakje in de thorax, waarin het hart zich bevindt."
P2 = "Het pericard ontstaat bij mensen in de vierde week na bevruchting uit het somatisch mesoderm."
P3 = "Het pericard bestaat uit drie afzonderlijke delen."
P5 = "Vervolgens de pericardiale ruimte - de ruimte tussen de twee lagen van het dubbelvlies, die met vloeistof gevuld is."
P7 = "Dankzij dit smeermiddel kunnen de twee lagen van het pericard gemakkelijker over elkaar glijden tijdens het pompen van het hart."
P8 = "Bij openhartchirurgie moet het pericard worden geopend voor men bij het hart kan komen."
write("nl-hart", "nl", [
 ("definition", "Wat is een hart?", "een orgaan dat bloed of hemolymfe verpompt in de circulatie van veel dieren", ["orgaan dat bloed of hemolymfe verpompt", "verpompt bloed of hemolymfe"], H1),
 ("definition", "Welke lichaamsvloeistof verpompt een hart behalve bloed?", "hemolymfe", ["hemolymfe"], H1),
 ("number", "Hoeveel hoofdvormen van het hart zijn te onderscheiden?", "drie", ["drie", "3"], H2),
 ("number", "Uit hoeveel holtes of kamers bestaat het hart bij gewervelden?", "een tot vier", ["een tot vier", "1 tot 4"], H3),
 ("definition", "Wat voor hart hebben veel weekdieren en geleedpotigen?", "een buisvormig hart van hartspierweefsel", ["buisvormig hart", "buisvormig"], H4),
 ("definition", "Waaruit is het buisvormige hart van weekdieren en geleedpotigen geëvolueerd?", "uit bloedvaten bestaande uit myoepitheliale cellen", ["myoepitheliale cellen", "bloedvaten"], H4),
 ("definition", "Wat voor bloedsomloop hebben insecten?", "een open bloedsomloop", ["open bloedsomloop", "open"], H5),
 ("definition", "Hoe heten de mondjes met klepjes in het ruggevat van insecten?", "ostia", ["ostia"], H6),
 ("cause-effect", "Waartoe dienen de mondjes met klepjes (ostia) in het ruggevat van insecten?", "om terugloop te voorkomen", ["terugloop te voorkomen", "terugloop"], H6),
 ("definition", "Wat voor bloedsomloop hebben zoogdieren?", "een gesloten bloedsomloop", ["gesloten bloedsomloop", "gesloten"], H7),
 ("number", "Hoeveel afzonderlijke, door kleppen gescheiden holtes heeft het hart van zoogdieren?", "vier", ["vier", "4"], H7),
 ("list-member", "Welke twee circulaties houden de twee pompen van het zoogdierhart op gang?", "de longcirculatie en de lichaamscirculatie", ["long- en een lichaamscirculatie", "longcirculatie en lichaamscirculatie", "lichaamscirculatie"], H7),
 ("definition", "Waar ligt het hart?", "in de thoraxholte, nagenoeg midden achter het borstbeen, in het mediastinum", ["mediastinum", "achter het borstbeen"], L1),
 ("definition", "Wat is het mediastinum?", "de ruimte tussen de twee longen", ["ruimte tussen de twee longen"], L1),
 ("definition", "Waar wordt pijn aan het hart bijna altijd gevoeld?", "midden op het borstbeen", ["midden op het borstbeen", "borstbeen"], L2),
 ("number", "Hoe ver steekt het hart uit aan de rechterkant van het borstbeen?", "ongeveer 2 cm", ["2 cm"], L4),
 ("definition", "Als welke meetkundige figuur kan het hart voorgesteld worden?", "een kegel", ["kegel"], L6),
 ("definition", "Hoe wordt de top van de hartkegel genoemd?", "de apex", ["apex"], L7),
 ("definition", "Hoe heet het zijvlak waarmee het hart aan het middenrif grenst?", "de facies diaphragmaticus", ["facies diaphragmaticus"], L8),
 ("definition", "Wat is het hartzakje of pericard?", "een taai ondoorzichtig vliesachtig zakje in de thorax, waarin het hart zich bevindt", ["vliesachtig zakje", "zakje waarin het hart zich bevindt"], P1),
 ("definition", "Wanneer ontstaat het pericard bij mensen?", "in de vierde week na bevruchting", ["vierde week"], P2),
 ("list-member", "Uit welke drie delen bestaat het pericard?", "het viscerale pericard, de pericardiale ruimte en het pariëtale pericard", ["viscerale pericard", "pericardiale ruimte", "pariëtale pericard"], P3),
 ("definition", "Waarmee is de pericardiale ruimte gevuld?", "met vloeistof", ["vloeistof"], P5),
 ("cause-effect", "Wat maakt het smeermiddel in de pericardiale ruimte mogelijk?", "dat de twee lagen van het pericard gemakkelijker over elkaar glijden tijdens het pompen van het hart", ["over elkaar glijden", "glijden"], P7),
 ("definition", "Bij welke operatie moet het pericard worden geopend?", "bij openhartchirurgie", ["openhartchirurgie"], P8),
])
S1 = "Een stoommachine is een motor (of in bredere zin een machine), die door middel van onder druk staande stoom mechanische arbeid levert."
S2 = "Vaak ontstaat die druk als gevolg van verhitting door verbranding van steenkool."
S3 = "De stoommachine wordt echter niet tot de verbrandingsmotoren gerekend."
S5 = "Via een kruk-drijfstangmechanisme wordt de expansie-energie, op een vliegwiel overgebracht."
S6 = "Een stoommachine heeft een relatief laag rendement, dat wil zeggen dat het deel van de energie van de stoom dat in arbeid wordt omgezet, niet zo groot is."
S7 = "De ontwikkeling van de (industriële) stoommachine door Savery, Papin, Newcomen en Watt, markeerde het begin van de industriële revolutie; voor het eerst was arbeidsvermogen overal realiseerbaar om machines aan te drijven, waar voor die tijd met handkracht, trekdieren, watermolens en windmolens moest worden gewerkt."
S8 = "De stoomlocomotief is een bekende toepassing van de stoommachine."
S9 = "Voor tijdelijk of licht werk kon een locomobiel worden ingezet."
S10 = "Zuigerstoommachines worden, behalve in een aantal nog steeds in gebruik zijnde stoomschepen, tegenwoordig niet meer gebruikt."
S11 = "Waar behoefte is aan een onafhankelijke krachtbron is een stoomturbine, dieselmotor, benzinemotor of aggregaat vrijwel altijd efficiënter, goedkoper, minder vervuilend en/of lichter."
S12 = "Het gemaal De Cruquius, dat werd gebruikt om de Haarlemmermeer droog te leggen, heeft een zuigerdoorsnede van 3,66 meter, en is daarmee 's werelds grootste stoommachine."
S13 = "In de nijverheid leidde de toepassing van deze krachtbron tot gevaarlijke situaties daar de kracht via een as met riemschijven en lederen drijfriemen naar de diverse machines moest worden overgebracht."
W1 = "James Watt (Greenock (Schotland), 19 januari 1736 - Heathfield Hall vlakbij Birmingham (Engeland), 19 augustus 1819) was een Schots ingenieur en wordt beschouwd als de uitvinder van de moderne stoommachine."
W2 = "Maar ook is hij de uitvinder van het kopieerapparaat."
W3 = "Zo bouwde Thomas Newcomen in 1712 een stoommachine voor het oppompen van water uit de mijnen."
W4 = "Deze vroege 'machines' hadden maar één cilinder en een efficiëntie van minder dan één procent."
W6 = "Watt besefte dat een werkzame machine niet alleen verhitting maar ook koeling vereiste."
W7 = "Hij verbond een tweede 'condensor' cilinder aan zijn apparaat die hij gekoeld hield en de efficiëntie sprong omhoog naar 8%."
W8 = "Met latere verbeteringen haalde hij uiteindelijk 19% en daarmee had hij een werkende stoommachine."
W9 = "In 1769 krijgt hij een patent op deze verbeteringen."
write("nl-stoommachine-watt", "nl", [
 ("definition", "Wat is een stoommachine?", "een motor die door middel van onder druk staande stoom mechanische arbeid levert", ["onder druk staande stoom", "mechanische arbeid"], S1),
 ("cause-effect", "Waardoor ontstaat de stoomdruk in een stoommachine vaak?", "door verhitting door verbranding van steenkool", ["verbranding van steenkool", "steenkool"], S2),
 ("definition", "Tot welke motoren wordt de stoommachine niet gerekend?", "de verbrandingsmotoren", ["verbrandingsmotoren"], S3),
 ("definition", "Via welk mechanisme wordt de expansie-energie van de stoom op een vliegwiel overgebracht?", "via een kruk-drijfstangmechanisme", ["kruk-drijfstangmechanisme"], S5),
 ("definition", "Wat voor rendement heeft een stoommachine?", "een relatief laag rendement", ["laag rendement", "laag"], S6),
 ("list-member", "Door wie werd de (industriële) stoommachine ontwikkeld?", "Savery, Papin, Newcomen en Watt", ["Savery", "Papin", "Newcomen", "Watt"], S7),
 ("definition", "Het begin van welke periode markeerde de ontwikkeling van de stoommachine?", "de industriële revolutie", ["industriële revolutie"], S7),
 ("list-member", "Waarmee moest vóór de stoommachine worden gewerkt om machines aan te drijven?", "handkracht, trekdieren, watermolens en windmolens", ["handkracht", "trekdieren", "watermolens", "windmolens"], S7),
 ("definition", "Wat is een bekende toepassing van de stoommachine?", "de stoomlocomotief", ["stoomlocomotief"], S8),
 ("definition", "Wat kon voor tijdelijk of licht werk worden ingezet?", "een locomobiel", ["locomobiel"], S9),
 ("definition", "Waar worden zuigerstoommachines nog gebruikt?", "in een aantal nog steeds in gebruik zijnde stoomschepen", ["stoomschepen"], S10),
 ("list-member", "Welke krachtbronnen zijn vrijwel altijd efficiënter dan een stoommachine?", "een stoomturbine, dieselmotor, benzinemotor of aggregaat", ["stoomturbine", "dieselmotor", "benzinemotor", "aggregaat"], S11),
 ("named-entity", "Wat is 's werelds grootste stoommachine?", "het gemaal De Cruquius", ["De Cruquius", "Cruquius"], S12),
 ("number", "Hoe groot is de zuigerdoorsnede van het gemaal De Cruquius?", "3,66 meter", ["3,66 meter", "3,66 m"], S12),
 ("cause-effect", "Waarom leidde de stoommachine in de nijverheid tot gevaarlijke situaties?", "omdat de kracht via een as met riemschijven en lederen drijfriemen naar de machines moest worden overgebracht", ["drijfriemen", "riemschijven"], S13),
 ("named-entity", "Wie wordt beschouwd als de uitvinder van de moderne stoommachine?", "James Watt", ["James Watt", "Watt"], W1),
 ("number", "Wanneer werd James Watt geboren?", "19 januari 1736", ["1736"], W1),
 ("definition", "Van welk apparaat is James Watt ook de uitvinder?", "het kopieerapparaat", ["kopieerapparaat"], W2),
 ("number", "In welk jaar bouwde Thomas Newcomen een stoommachine voor het oppompen van water uit de mijnen?", "in 1712", ["1712"], W3),
 ("number", "Welke efficiëntie hadden de vroege stoommachines met één cilinder?", "minder dan één procent", ["minder dan 1 procent", "minder dan 1%"], W4),
 ("definition", "Wat vereiste een werkzame machine volgens Watt naast verhitting?", "koeling", ["koeling"], W6),
 ("definition", "Wat verbond Watt aan zijn apparaat om het te verbeteren?", "een tweede, gekoelde 'condensor' cilinder", ["condensor", "condensor cilinder"], W7),
 ("number", "Tot hoeveel procent steeg de efficiëntie door Watts condensor?", "8%", ["8%", "8 procent"], W7),
 ("number", "Welke efficiëntie haalde Watt uiteindelijk met latere verbeteringen?", "19%", ["19%", "19 procent"], W8),
 ("number", "In welk jaar kreeg Watt een patent op zijn verbeteringen?", "1769", ["1769"], W9),
])
G1 = "Gout is a type of arthritis that causes pain and swelling in your joints, usually as flares that last for a week or two, and then go away."
G2 = "Gout flares often begin in your big toe or a lower limb."
G3 = "Gout happens when high levels of a substance called serum urate build up in your body."
G4 = "When this happens, needle-shaped crystals form in and around the joint."
G5 = "This leads to inflammation and arthritis of the joint."
G7 = "With early diagnosis, treatment, and lifestyle changes, gout is one of the most controllable forms of arthritis."
G8 = "- It is more common in men than in women."
G9 = "- Gout usually develops in middle age; women usually do not develop gout before menopause."
G10 = "- Rarely, younger people develop the disease; however, if they do, the disease tends to be worse."
G11 = "The most common symptom of gout is pain in the affected joint, such as the big toe."
G12 = "Gout flares often start suddenly at night, and the intense pain may wake you up."
G13 = "In addition, your joint may feel swollen, red, warm, and stiff."
G14 = "Gout flares usually occur in one joint."
G15 = "They can be triggered by:"
G18 = "However, over time, if left untreated, your flares may last longer and happen more often."
G19 = "Some people with gout may be more likely to develop other conditions or complications, especially with the heart and kidneys."
G20 = "Gout happens when urate, a substance in your body, builds up and forms needle-shaped crystals in your joints."
G21 = "In addition to inherited traits, diet, weight, and alcohol play a role in the development of gout."
G22 = "Some people with gout have a family history of the disease."
G23 = "Most people with gout have too much uric acid in their blood, a condition called hyperuricemia."
G24 = "Uric acid is a substance that results from the breakdown of purines, which are part of all human tissue and are found in many foods."
write("en-niams-gout", "en", [
 ("definition", "What is gout?", "a type of arthritis that causes pain and swelling in your joints", ["type of arthritis", "arthritis"], G1),
 ("number", "How long do gout flares usually last?", "a week or two", ["a week or two", "1 or 2 weeks"], G1),
 ("definition", "Where do gout flares often begin?", "in the big toe or a lower limb", ["big toe"], G2),
 ("definition", "What substance builds up in the body when gout happens?", "serum urate", ["serum urate", "urate"], G3),
 ("definition", "What forms in and around the joint when serum urate builds up?", "needle-shaped crystals", ["needle-shaped crystals", "crystals"], G4),
 ("cause-effect", "The forming of needle-shaped crystals in and around the joint leads to what?", "inflammation and arthritis of the joint", ["inflammation"], G5),
 ("list-member", "What makes gout one of the most controllable forms of arthritis?", "early diagnosis, treatment, and lifestyle changes", ["early diagnosis", "lifestyle changes"], G7),
 ("definition", "In which sex is gout more common?", "men", ["men", "in men"], G8),
 ("definition", "At what age does gout usually develop?", "in middle age", ["middle age"], G9),
 ("definition", "Before what do women usually not develop gout?", "before menopause", ["menopause"], G9),
 ("definition", "What is the disease like when younger people develop gout?", "it tends to be worse", ["worse"], G10),
 ("definition", "What is the most common symptom of gout?", "pain in the affected joint", ["pain in the affected joint", "pain"], G11),
 ("definition", "When do gout flares often start?", "suddenly at night", ["at night", "night"], G12),
 ("list-member", "How may a joint affected by gout feel?", "swollen, red, warm, and stiff", ["swollen", "red", "warm", "stiff"], G13),
 ("definition", "In how many joints do gout flares usually occur?", "in one joint", ["one joint", "1 joint"], G14),
 ("list-member", "What can trigger gout flares?", "certain foods, alcohol, certain medications, physical trauma and certain illnesses", ["certain foods", "alcohol", "certain medications", "physical trauma", "certain illnesses"], G15),
 ("cause-effect", "What may happen to gout flares over time if gout is left untreated?", "they may last longer and happen more often", ["last longer", "more often"], G18),
 ("list-member", "With which organs may people with gout be more likely to develop complications?", "the heart and kidneys", ["heart", "kidneys"], G19),
 ("list-member", "What does the build-up of urate crystals in your joints lead to?", "pain, swelling, redness and changes in how you move and use the affected joint", ["pain", "swelling", "redness"], G20),
 ("list-member", "Besides inherited traits, what plays a role in the development of gout?", "diet, weight, and alcohol", ["diet", "weight", "alcohol"], G21),
 ("definition", "What do some people with gout have in their family?", "a family history of the disease", ["family history"], G22),
 ("definition", "What is the condition of having too much uric acid in the blood called?", "hyperuricemia", ["hyperuricemia"], G23),
 ("definition", "From the breakdown of what does uric acid result?", "purines", ["purines"], G24),
 ("definition", "Where are purines found?", "in all human tissue and in many foods", ["human tissue", "many foods"], G24),
])
T1 = "Tides are caused by gravitational pull of the moon and the sun."
T2 = "Tides are one of the most reliable phenomena in the world."
T3 = "Tides are very long-period waves that move through the ocean in response to the forces exerted by the moon and sun."
T4 = "Tides originate in the ocean and progress toward the coastlines where they appear as the regular rise and fall of the sea surface."
T5 = "When the highest part, or crest, of the wave reaches a particular location, high tide occurs; low tide corresponds to the lowest part of the wave, or its trough."
T6 = "The difference in height between the high tide and the low tide is called the tidal range."
T7 = "Thanks to Sir Isaac Newton’s 1687 discovery, we know that tides are very long-period waves that move through the ocean in response to forces exerted by the moon and sun."
T8 = "However, these gravitational forces do not control when high or low tide events occur."
T9 = "Other forces, more regional than the moon or sun, control the tides."
T10 = "Many of them have to do with the geography and shape of the Earth."
T11 = "The shape of our planet has a lot to do with differences in gravitational pull at various locations."
T12 = "If Earth was a true sphere covered by an ocean of constant depth, then it would be true that a high tide event would occur at the location with the moon overhead."
T13 = "The Earth is not a true sphere, but bulges slightly at the Equator."
T14 = "It is also dotted with large land masses (continents)."
T15 = "Areas where the Earth’s surface is higher, such as mountains, have a stronger gravitational force than do places where the surface is lower, such as a valley or cavern."
T16 = "At the same time, the depth of the world ocean varies greatly."
T17 = "There are lags in time when an observer experiences high or low tide, and the lag varies from one location to another."
T18 = "For example, the rising slope of the ocean floor approaching the U.S. East (known as the continental rise, continental slope, and continental shelf) slows down the tidal \"bulge\" or \"wave\" of water."
T19 = "The lag can be hours or even close to an entire day in some parts of the world."
write("en-noaa-tides", "en", [
 ("cause-effect", "What causes tides?", "the gravitational pull of the moon and the sun", ["gravitational pull of the moon and the sun", "gravitational pull"], T1),
 ("definition", "How reliable are tides as a phenomenon?", "they are one of the most reliable phenomena in the world", ["most reliable"], T2),
 ("definition", "What kind of waves are tides?", "very long-period waves that move through the ocean", ["long-period waves"], T3),
 ("definition", "Where do tides originate?", "in the ocean", ["ocean"], T4),
 ("definition", "How do tides appear at the coastlines?", "as the regular rise and fall of the sea surface", ["rise and fall of the sea surface", "rise and fall"], T4),
 ("definition", "When does high tide occur?", "when the highest part, or crest, of the wave reaches a particular location", ["crest"], T5),
 ("definition", "To what part of the wave does low tide correspond?", "the lowest part of the wave, or its trough", ["trough"], T5),
 ("definition", "What is the difference in height between the high tide and the low tide called?", "the tidal range", ["tidal range"], T6),
 ("named-entity", "Whose discovery showed that tides are very long-period waves?", "Sir Isaac Newton", ["Isaac Newton", "Newton"], T7),
 ("number", "In what year did Newton make his discovery about tides?", "1687", ["1687"], T7),
 ("definition", "What do the gravitational forces of the moon and sun not control?", "when high or low tide events occur", ["when high or low tide events occur"], T8),
 ("definition", "What forces control the tides?", "other forces, more regional than the moon or sun", ["more regional", "regional forces"], T9),
 ("list-member", "With what do many of the forces that control the tides have to do?", "the geography and shape of the Earth", ["geography", "shape of the Earth"], T10),
 ("definition", "What does the shape of our planet have a lot to do with?", "differences in gravitational pull at various locations", ["differences in gravitational pull"], T11),
 ("definition", "Where would high tide occur if Earth were a true sphere covered by an ocean of constant depth?", "at the location with the moon overhead", ["moon overhead"], T12),
 ("definition", "Where does the Earth bulge slightly?", "at the Equator", ["Equator"], T13),
 ("definition", "With what large land masses is the Earth dotted?", "continents", ["continents"], T14),
 ("definition", "Which areas have a stronger gravitational force?", "areas where the Earth's surface is higher, such as mountains", ["mountains", "surface is higher"], T15),
 ("list-member", "Which lower places have a weaker gravitational force than mountains?", "a valley or cavern", ["valley", "cavern"], T15),
 ("definition", "What about the world ocean varies greatly?", "its depth", ["depth"], T16),
 ("definition", "What varies from one location to another when an observer experiences high or low tide?", "the lag in time", ["lag", "lags in time"], T17),
 ("list-member", "Which parts of the ocean floor approaching the U.S. East slow down the tidal bulge?", "the continental rise, continental slope, and continental shelf", ["continental rise", "continental slope", "continental shelf"], T18),
 ("number", "How long can the tidal lag be?", "hours or even close to an entire day", ["hours", "entire day"], T19),
])
