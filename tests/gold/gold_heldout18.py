# Gold lists for the eighteenth round of held-out texts, written and committed before the generator ran on them.
from mkgold import write
B1 = "De beuk (Fagus sylvatica) is een plant uit de napjesdragersfamilie (Fagaceae)."
B2 = "Het is een van nature in Europa voorkomende boom."
B3 = "De wetenschappelijke naam van het geslacht is afkomstig van Latijn fagus, 'beuk', mogelijk van het Griekse \"phagein' [eten] verwijzend naar de eetbare nootjes van de beuk."
B4 = "De soortaanduiding sylvatica is afgeleid van Latijn silva, 'bos', betekent in de bossen in het wild groeiend."
B5 = "zijn waarschijnlijk afgeleid van het Proto-Germaanse \"*bokjon\", dat op zijn beurt komt van de Proto-Indo-Europese wortel \"*bhagos\""
B6 = "Het woord \"boek\" is op zijn beurt weer afgeleid van \"boeke\", mogelijk omdat er in runenschrift op beukenhouten panelen werd geschreven."
B7 = "De beuk kan tot 46 meter hoog worden."
B8 = "De stam is glad en grijs en de bast is dun, waardoor de boom bij plotse blootstelling aan zonlicht gevoelig is voor schorsbrand."
B9 = "Het blad is veernervig, licht gegolfd en licht glanzend."
B10 = "De plant is eenhuizig; er zijn dus mannelijke en vrouwelijke bloemen aan dezelfde boom."
B11 = "De knoppen zijn langwerpig en geschubd."
B12 = "De bestuiving vindt plaats door de wind."
B13 = "De beuk kan goed tegen schaduw en is een climaxsoort."
B14 = "De beukennootjes worden omsloten door een napje, dat gevormd wordt uit de vruchtbladen en de schutbladen."
B15 = "In elk napje zitten twee nootjes."
B16 = "Als de nootjes rijp zijn opent het napje in vier delen en vallen de beukennootjes op de grond."
B17 = "De beukennootjes worden onder andere verspreid door eekhoorns, die ze als wintervoorraad gebruiken."
B18 = "Beukennootjes, die tot de echte noten worden gerekend, zijn voor menselijke consumptie geschikt."
B19 = "De beuk gedijt goed op vochthoudende, goed doorlatende, kalkrijke, leemhoudende bodem."
B20 = "Hij verdraagt hoge waterstanden of droge zandgronden niet."
B21 = "De boom leeft in symbiose met een schimmel (mycorrhiza)."
B22 = "Wanneer een bliksem in een eik slaat, wordt de kracht niet zoals bij een beuk diep in de grond afgevoerd; je staat dus bij een overval van onweer met bliksem, veilig(er) onder een beuk dan onder een eik."
write("nl-beuk", "nl", [
 ("definition", "Wat voor plant is de beuk, van nature in Europa?", "een van nature in Europa voorkomende boom", ["in Europa voorkomende boom"], B2),
 ("named-entity", "Wat is de wetenschappelijke naam van de beuk?", "Fagus sylvatica", ["Fagus sylvatica"], B1),
 ("named-entity", "Tot welke familie behoort de beuk?", "de napjesdragersfamilie (Fagaceae)", ["napjesdragersfamilie", "Fagaceae"], B1),
 ("definition", "Waarvan is de wetenschappelijke geslachtsnaam van de beuk afkomstig?", "van Latijn fagus, 'beuk'", ["Latijn fagus", "fagus"], B3),
 ("definition", "Waarvan is de soortaanduiding sylvatica afgeleid?", "van Latijn silva, 'bos'", ["silva"], B4),
 ("definition", "Wat betekent de soortaanduiding sylvatica?", "in de bossen in het wild groeiend", ["in de bossen in het wild groeiend", "in het wild groeiend"], B4),
 ("named-entity", "Van welk Proto-Germaans woord is het woord beuk waarschijnlijk afgeleid?", "*bokjon", ["bokjon"], B5),
 ("cause-effect", "Waarom is het woord boek mogelijk afgeleid van boeke?", "omdat er in runenschrift op beukenhouten panelen werd geschreven", ["runenschrift", "beukenhouten panelen"], B6),
 ("number", "Hoe hoog kan de beuk worden?", "tot 46 meter", ["46 meter"], B7),
 ("definition", "Hoe is de stam van de beuk?", "glad en grijs", ["glad en grijs"], B8),
 ("cause-effect", "Waarom is de beuk bij plotse blootstelling aan zonlicht gevoelig voor schorsbrand?", "omdat de bast dun is", ["bast is dun", "dun"], B8),
 ("definition", "Hoe is het blad van de beuk?", "veernervig, licht gegolfd en licht glanzend", ["veernervig"], B9),
 ("definition", "Wat betekent het dat de beuk eenhuizig is?", "er zijn mannelijke en vrouwelijke bloemen aan dezelfde boom", ["mannelijke en vrouwelijke bloemen aan dezelfde boom"], B10),
 ("definition", "Hoe zijn de knoppen van de beuk?", "langwerpig en geschubd", ["langwerpig en geschubd", "geschubd"], B11),
 ("definition", "Waardoor vindt de bestuiving van de beuk plaats?", "door de wind", ["wind"], B12),
 ("definition", "Wat voor soort is de beuk, die goed tegen schaduw kan?", "een climaxsoort", ["climaxsoort"], B13),
 ("definition", "Waaruit wordt het napje gevormd dat de beukennootjes omsluit?", "uit de vruchtbladen en de schutbladen", ["vruchtbladen", "schutbladen"], B14),
 ("number", "Hoeveel nootjes zitten er in elk napje?", "twee", ["twee", "2"], B15),
 ("number", "In hoeveel delen opent het napje als de nootjes rijp zijn?", "in vier delen", ["vier", "4"], B16),
 ("named-entity", "Door welke dieren worden de beukennootjes onder andere verspreid?", "door eekhoorns, die ze als wintervoorraad gebruiken", ["eekhoorns"], B17),
 ("definition", "Waartoe worden beukennootjes gerekend?", "tot de echte noten", ["echte noten"], B18),
 ("list-member", "Op wat voor bodem gedijt de beuk goed?", "vochthoudende, goed doorlatende, kalkrijke, leemhoudende bodem", ["kalkrijke", "leemhoudende", "vochthoudende"], B19),
 ("list-member", "Wat verdraagt de beuk niet?", "hoge waterstanden of droge zandgronden", ["hoge waterstanden", "droge zandgronden"], B20),
 ("definition", "Met wat voor schimmel leeft de beuk in symbiose?", "met een mycorrhiza", ["mycorrhiza"], B21),
 ("cause-effect", "Waarom sta je bij onweer volgens het Veluwse gezegde veiliger onder een beuk dan onder een eik?", "omdat bij een beuk de kracht van de bliksem diep in de grond wordt afgevoerd", ["diep in de grond", "afgevoerd"], B22),
])
K1 = "Kelp forests can be seen along much of the west coast of North America."
K2 = "Kelp are actually large brown algae that live in cool, relatively shallow waters close to the shore."
K3 = "They grow in dense groupings much like a forest on land."
K4 = "These underwater towers of kelp provide food and shelter for thousands of fish, invertebrates, and marine mammal species."
K5 = "Kelp are very simple organisms that consist of a holdfast, a stipe, and blades."
K6 = "At the bottom is a root-like structure called a “holdfast” that anchors kelp to rocks and other materials on the ocean floor."
K7 = "Young kelp must compete for space to settle and grow, as the rocky bottom is carpeted with smaller algae and invertebrates like anemones and sponges."
K8 = "The stipe is similar to a plant’s stem."
K9 = "It is strong, yet flexible, allowing kelp to sway in the currents of the ocean."
K10 = "Many fish use this middle area of the kelp forest as hunting grounds."
K11 = "The blades contain a special gas, which act like a float, keeping the kelp blades close to the surface of the water where they absorb energy from the sun."
K12 = "This ability to float raises the kelp to the sea surface forming a dense canopy."
K13 = "The canopy serves as a nursery or brood area for many organisms due to the warmer surface temperatures and slower water currents."
K14 = "Many organisms, from small fish to birds and even whales, use the thick blades as a safe shelter for their young from predators or even rough storms."
K15 = "Kelp forests have a greater variety and higher diversity of plants and animals than almost any other ocean community."
K16 = "NOAA scientists study kelp forests by visiting the same locations over and over to assess the presence and abundance of a variety of organisms."
K17 = "Monitoring allows marine scientists to determine if the kelp forest is changing over time and to identify the cause of those changes, whether natural or human."
K18 = "Look just offshore, and all you'll see of the kelp forest is a brown tangle of seaweed at the surface of the sea."
K19 = "But down below, majestic kelp plants tower 100 feet above the ocean floor forming a lush forest teeming with life."
K20 = "The plant and animal communities of this nearshore habitat rival coral reefs and rain forests for richness and diversity"
write("en-noaa-kelp-forests", "en", [
 ("named-entity", "Along which coast can kelp forests be seen?", "along much of the west coast of North America", ["west coast of North America"], K1),
 ("definition", "What are kelp?", "large brown algae that live in cool, relatively shallow waters close to the shore", ["large brown algae", "brown algae"], K2),
 ("definition", "In what kind of waters do kelp live?", "cool, relatively shallow waters close to the shore", ["cool, relatively shallow waters", "shallow waters"], K2),
 ("definition", "How do kelp grow, like a forest on land?", "in dense groupings", ["dense groupings"], K3),
 ("list-member", "For which animals do underwater towers of kelp provide food and shelter?", "thousands of fish, invertebrates, and marine mammal species", ["fish", "invertebrates", "marine mammal"], K4),
 ("list-member", "What parts do kelp consist of?", "a holdfast, a stipe, and blades", ["holdfast", "stipe", "blades"], K5),
 ("definition", "What is the holdfast?", "a root-like structure at the bottom that anchors kelp to rocks and other materials on the ocean floor", ["root-like structure", "anchors kelp"], K6),
 ("cause-effect", "Why must young kelp compete for space to settle and grow?", "because the rocky bottom is carpeted with smaller algae and invertebrates like anemones and sponges", ["carpeted with smaller algae", "anemones and sponges"], K7),
 ("list-member", "Which invertebrates carpet the rocky bottom?", "anemones and sponges", ["anemones", "sponges"], K7),
 ("definition", "What is the stipe similar to?", "a plant's stem", ["stem"], K8),
 ("cause-effect", "What allows kelp to sway in the currents of the ocean?", "the stipe is strong, yet flexible", ["strong, yet flexible", "flexible"], K9),
 ("definition", "What do many fish use the middle area of the kelp forest as?", "hunting grounds", ["hunting grounds"], K10),
 ("definition", "What do the kelp blades contain that acts like a float?", "a special gas", ["special gas", "gas"], K11),
 ("cause-effect", "What keeps the kelp blades close to the surface of the water?", "a special gas in the blades that acts like a float", ["gas", "float"], K11),
 ("definition", "What do the blades absorb close to the surface of the water?", "energy from the sun", ["energy from the sun"], K11),
 ("cause-effect", "What does the ability to float do to the kelp?", "it raises the kelp to the sea surface, forming a dense canopy", ["dense canopy", "canopy"], K12),
 ("definition", "What does the kelp canopy serve as for many organisms?", "a nursery or brood area", ["nursery", "brood area"], K13),
 ("cause-effect", "Why does the canopy serve as a nursery for many organisms?", "due to the warmer surface temperatures and slower water currents", ["warmer surface temperatures", "slower water currents"], K13),
 ("list-member", "Which organisms use the thick blades as a safe shelter for their young?", "small fish, birds and even whales", ["small fish", "birds", "whales"], K14),
 ("definition", "How does the diversity of kelp forests compare with other ocean communities?", "they have a greater variety and higher diversity of plants and animals than almost any other ocean community", ["greater variety", "higher diversity"], K15),
 ("definition", "How do NOAA scientists study kelp forests?", "by visiting the same locations over and over to assess the presence and abundance of organisms", ["same locations over and over", "visiting the same locations"], K16),
 ("cause-effect", "What does monitoring allow marine scientists to determine?", "if the kelp forest is changing over time and the cause of those changes", ["changing over time"], K17),
 ("definition", "What is all you see of the kelp forest just offshore?", "a brown tangle of seaweed at the surface of the sea", ["brown tangle of seaweed"], K18),
 ("number", "How high do majestic kelp plants tower above the ocean floor?", "100 feet", ["100 feet"], K19),
 ("list-member", "Which communities do the plant and animal communities of the kelp forest rival for richness and diversity?", "coral reefs and rain forests", ["coral reefs", "rain forests"], K20),
])
I1 = "Een ijstijdvak of glaciatie is een geologisch tijdvak waarin ijskappen voorkomen."
I2 = "In de geologie wordt doorgaans kortweg gesproken van een ijstijd."
I2b = "Om verwarring met het begrip glaciaal, in de klimatologie, fysische geografie en de kwartairgeologie \"ijstijd\" genoemd, te voorkomen, is het beter te spreken van een ijstijdvak."
I3 = "Een glaciaal is een periode binnen een ijstijdvak waarin het klimaat op Aarde aanzienlijk kouder was dan tegenwoordig."
I4 = "Gedurende een ijstijdvak worden glacialen afgewisseld met interglacialen (warmere perioden zoals het huidige Holoceen)."
I5 = "Aangezien er heden ten dage ijskappen liggen op bijvoorbeeld Groenland en Antarctica, leven we tegenwoordig in een ijstijdvak: het Kwartair."
I6 = "Er is in de gehele geologische geschiedenis van de Aarde minstens vijfmaal sprake geweest van een ijstijdvak."
I7 = "De oorzaken van het voorkomen van ijstijden zijn complex en divers."
I8 = "In het algemeen kan gesteld worden dat ligging van continenten, de samenstelling van de atmosfeer en astronomische variaties de belangrijkste factoren zijn."
I9 = "IJstijden hebben over het algemeen verstrekkende gevolgen voor het milieu op Aarde, zowel vanuit geologisch als vanuit biologisch oogpunt."
I10 = "De laatste koude periode, het Weichselien, eindigde 11.700 jaar geleden."
I11 = "Het Weichselien is bekend als 'de laatste ijstijd'."
I12 = "Binnen één ijstijdvak komen dan verschillende glacialen voor."
I13 = "Het Kwartair is de relatief koude periode, het ijstijdvak van de afgelopen 2,6 miljoen jaar."
I14 = "In de geologie worden ijstijdvakken doorgaans aangeduid als 'ijstijd', terwijl binnen de kwartairgeologie en de fysische geografie ijstijd en glaciaal vaak als synoniem gebruikt worden."
I15 = "Glacialen kunnen in stadialen, koude periodes, en interstadialen, warmere periodes, worden onderverdeeld."
I16 = "Deze indeling is vooral voor het Weichselien en het glaciaal daarvoor, het Saalien, gemaakt."
I17 = "Het landijs kwam toen over Scandinavië tot in Nederland."
I18 = "Tijdens een interstadiaal kan het gemiddeld bijna even warm zijn als in een interglaciaal, alleen duurt een interstadiaal korter."
write("nl-ijstijden", "nl", [
 ("definition", "Wat is een ijstijdvak?", "een geologisch tijdvak waarin ijskappen voorkomen", ["geologisch tijdvak waarin ijskappen voorkomen", "ijskappen voorkomen"], I1),
 ("definition", "Hoe wordt een ijstijdvak ook genoemd?", "glaciatie", ["glaciatie"], I1),
 ("definition", "Hoe wordt in de geologie doorgaans kortweg van een ijstijdvak gesproken?", "van een ijstijd", ["ijstijd"], I2),
 ("definition", "Wat is een glaciaal?", "een periode binnen een ijstijdvak waarin het klimaat op Aarde aanzienlijk kouder was dan tegenwoordig", ["aanzienlijk kouder", "periode binnen een ijstijdvak"], I3),
 ("definition", "Met welke warmere perioden worden glacialen afgewisseld?", "met interglacialen", ["interglacialen"], I4),
 ("named-entity", "Welke warmere periode is een voorbeeld van een interglaciaal?", "het huidige Holoceen", ["Holoceen"], I4),
 ("named-entity", "In welk ijstijdvak leven we tegenwoordig?", "het Kwartair", ["Kwartair"], I5),
 ("cause-effect", "Waarom leven we tegenwoordig in een ijstijdvak?", "omdat er ijskappen liggen op bijvoorbeeld Groenland en Antarctica", ["Groenland", "Antarctica"], I5),
 ("number", "Hoe vaak is er in de geologische geschiedenis van de Aarde sprake geweest van een ijstijdvak?", "minstens vijfmaal", ["vijfmaal", "vijf"], I6),
 ("definition", "Hoe zijn de oorzaken van het voorkomen van ijstijden?", "complex en divers", ["complex en divers"], I7),
 ("list-member", "Wat zijn de belangrijkste factoren voor het voorkomen van ijstijden?", "de ligging van continenten, de samenstelling van de atmosfeer en astronomische variaties", ["ligging van continenten", "samenstelling van de atmosfeer", "astronomische variaties"], I8),
 ("cause-effect", "Welke gevolgen hebben ijstijden voor het milieu op Aarde?", "verstrekkende gevolgen, zowel vanuit geologisch als vanuit biologisch oogpunt", ["verstrekkende gevolgen"], I9),
 ("named-entity", "Wat was de laatste koude periode?", "het Weichselien", ["Weichselien"], I10),
 ("number", "Hoeveel jaar geleden eindigde het Weichselien?", "11.700 jaar geleden", ["11.700 jaar", "11.700"], I10),
 ("definition", "Als wat is het Weichselien bekend?", "als 'de laatste ijstijd'", ["laatste ijstijd"], I11),
 ("definition", "Wat komt er binnen één ijstijdvak voor?", "verschillende glacialen", ["verschillende glacialen", "glacialen"], I12),
 ("number", "Het Kwartair is het ijstijdvak van de afgelopen hoeveel jaar?", "van de afgelopen 2,6 miljoen jaar", ["2,6 miljoen jaar", "2,6 miljoen"], I13),
 ("definition", "Van welk begrip is het beter te spreken om verwarring met het begrip glaciaal te voorkomen?", "van een ijstijdvak", ["ijstijdvak"], I2b),
 ("list-member", "In welke vakgebieden worden ijstijd en glaciaal vaak als synoniem gebruikt?", "in de kwartairgeologie en de fysische geografie", ["kwartairgeologie", "fysische geografie"], I14),
 ("list-member", "In welke perioden kunnen glacialen worden onderverdeeld?", "in stadialen en interstadialen", ["stadialen", "interstadialen"], I15),
 ("definition", "Wat zijn stadialen?", "koude periodes", ["koude periodes"], I15),
 ("definition", "Wat zijn interstadialen?", "warmere periodes", ["warmere periodes"], I15),
 ("named-entity", "Welk glaciaal kwam voor het Weichselien?", "het Saalien", ["Saalien"], I16),
 ("definition", "Tot waar kwam het landijs toen over Scandinavië?", "tot in Nederland", ["Nederland"], I17),
 ("definition", "Hoe verschilt een interstadiaal van een interglaciaal?", "het kan gemiddeld bijna even warm zijn, maar een interstadiaal duurt korter", ["duurt korter", "korter"], I18),
])
