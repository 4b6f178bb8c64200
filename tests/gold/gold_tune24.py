# Gold lists for fresh24's four tuning texts, written and committed before the generator ran on them.
from mkgold import write
S1 = "De stekelhuidigen (Echinodermata) vormen een stam van ongewervelde dieren die voorkomen in zee."
S2 = "De stekelhuidigen zijn te herkennen aan hun meestal vijfstralige radiale symmetrie."
S3 = "De stam omvat een aantal bekende zeedieren zoals de zeesterren, zee-egels, zeekomkommers en de zeelelies."
S4 = "Er zijn ongeveer 7000 levende soorten beschreven, wat het de op een na grootste groep van deuterostomen maakt, na de chordadieren (gewervelden en verwanten)."
S5 = "Stekelhuidigen zijn typische bewoners van de zeebodem."
S6 = "De meeste stekelhuidigen kunnen zich ongeslachtelijk voortplanten en delen van hun lichaam regenereren."
S7 = "In de twintigste eeuw werden stekelhuidigen veel gebruikt voor het onderzoek naar biologische regeneratie."
S8 = "Geologisch gezien zijn stekelhuidigen van groot belang door hun geossificeerde skeletten, die waardevolle aanwijzingen kunnen geven over de stratigrafische omgeving."
S9 = "De eerste stekelhuidigen verschenen aan het begin van het Cambrium."
S11 = "Eén opvallende uitgestorven groep, de zeelepelachtigen (Homalozoa), lijkt dicht bij de evolutionaire oorsprong van de stekelhuidigen te liggen."
S12 = "Deze dieren hadden uitwendige kieuwen waarmee ze voedingsdeeltjes uit het zeewater filterden, vergelijkbaar met die van chordadieren en hemichordaten."
Z1 = "Zeesterren (Asteroidea) zijn een groep van ongewervelde waterdieren die behoren tot de stekelhuidigen."
Z2 = "Zeesterren leven op de bodems van alle oceanen; van getijdengebieden tot in de diepzee, maar uitsluitend in zout water."
Z3 = "Ze vormen met ongeveer 1900 soorten een van de grootste groepen van stekelhuidigen."
Z4 = "Zeesterren hebben een stervormig lichaam met een centrale schijf en vijf of meer langwerpige lobben die armen worden genoemd."
Z5 = "De centrale schijf omvat de maag, met de mondopening aan de onderzijde."
Z7 = "Aan de onderkant van de armen bevinden zich buisvoetjes met kleverige napjes."
Z8 = "Verder herbergt elke arm delen van het maag-darmstelsel en geslachtsorganen."
Z9 = "Zeesterren paren niet maar laten hun geslachtscellen vrij in het zeewater."
Z10 = "De larven van de meeste zeesterren zijn vrijzwemmend en zien eruit als doorzichtige, garnaalachtige diertjes."
Z12 = "De bekendste soort in België en Nederland is de gewone zeester (Asterias rubens), deze kan tot 50 cm doorsnee groot worden."
write("nl-stekelhuidigen-zeesterren", "nl", [
 ("definition", "Wat is de wetenschappelijke naam van de stekelhuidigen?", "Echinodermata", ["Echinodermata"], S1),
 ("definition", "Waaraan zijn stekelhuidigen te herkennen?", "aan hun meestal vijfstralige radiale symmetrie", ["vijfstralige radiale symmetrie", "radiale symmetrie"], S2),
 ("list-member", "Welke bekende zeedieren behoren tot de stekelhuidigen?", "de zeesterren, zee-egels, zeekomkommers en de zeelelies", ["zee-egels", "zeekomkommers", "zeelelies"], S3),
 ("number", "Hoeveel levende soorten stekelhuidigen zijn er beschreven?", "ongeveer 7000", ["7000"], S4),
 ("named-entity", "Na welke groep zijn de stekelhuidigen de grootste groep van deuterostomen?", "na de chordadieren (gewervelden en verwanten)", ["chordadieren"], S4),
 ("definition", "Waar leven stekelhuidigen typisch?", "op de zeebodem", ["zeebodem"], S5),
 ("definition", "Hoe kunnen de meeste stekelhuidigen zich voortplanten?", "ongeslachtelijk", ["ongeslachtelijk"], S6),
 ("definition", "Wat kunnen de meeste stekelhuidigen met delen van hun lichaam doen?", "regenereren", ["regenereren"], S6),
 ("cause-effect", "Waarvoor werden stekelhuidigen in de twintigste eeuw veel gebruikt?", "voor het onderzoek naar biologische regeneratie", ["biologische regeneratie"], S7),
 ("cause-effect", "Waardoor zijn stekelhuidigen geologisch van groot belang?", "door hun geossificeerde skeletten", ["geossificeerde skeletten"], S8),
 ("named-entity", "Wanneer verschenen de eerste stekelhuidigen?", "aan het begin van het Cambrium", ["Cambrium"], S9),
 ("named-entity", "Welke uitgestorven groep lijkt dicht bij de evolutionaire oorsprong van de stekelhuidigen te liggen?", "de zeelepelachtigen (Homalozoa)", ["zeelepelachtigen", "Homalozoa"], S11),
 ("definition", "Waarmee filterden de zeelepelachtigen voedingsdeeltjes uit het zeewater?", "met uitwendige kieuwen", ["uitwendige kieuwen"], S12),
 ("definition", "Wat is de wetenschappelijke naam van de zeesterren?", "Asteroidea", ["Asteroidea"], Z1),
 ("definition", "In wat voor water leven zeesterren uitsluitend?", "in zout water", ["zout water"], Z2),
 ("number", "Hoeveel soorten zeesterren zijn er ongeveer?", "ongeveer 1900", ["1900"], Z3),
 ("definition", "Hoe worden de langwerpige lobben van een zeester genoemd?", "armen", ["armen"], Z4),
 ("definition", "Wat omvat de centrale schijf van een zeester?", "de maag", ["maag"], Z5),
 ("definition", "Aan welke zijde van de centrale schijf ligt de mondopening van een zeester?", "aan de onderzijde", ["onderzijde"], Z5),
 ("definition", "Wat bevindt zich aan de onderkant van de armen van een zeester?", "buisvoetjes met kleverige napjes", ["buisvoetjes"], Z7),
 ("list-member", "Welke organen herbergt elke arm van een zeester?", "delen van het maag-darmstelsel en geslachtsorganen", ["maag-darmstelsel", "geslachtsorganen"], Z8),
 ("definition", "Wat laten zeesterren vrij in het zeewater, omdat ze niet paren?", "hun geslachtscellen", ["geslachtscellen"], Z9),
 ("definition", "Hoe zien de larven van de meeste zeesterren eruit?", "als doorzichtige, garnaalachtige diertjes", ["garnaalachtige diertjes"], Z10),
 ("named-entity", "Wat is de bekendste soort zeester in België en Nederland?", "de gewone zeester (Asterias rubens)", ["gewone zeester", "Asterias rubens"], Z12),
 ("number", "Tot hoeveel centimeter doorsnee kan de gewone zeester groot worden?", "tot 50 cm", ["50 cm"], Z12),
])
K1 = "Een kompas is een navigatie-instrument om de richting ten opzichte van het noorden (de kompasrichting) te bepalen."
K2 = "Het traditionele magnetische kompas bestaat uit een vrij opgehangen magneet, die zich onder invloed van het aardmagnetisch veld in een bepaalde richting opstelt, waardoor het mogelijk wordt om het magnetische noorden (of zuiden) aan te wijzen."
K3 = "Een specifieke uitvoering is het scheepskompas, een magnetisch kompas met onder meer cardanische ophanging voor gebruik op een schip."
K4 = "Het bekendste en oudste kompas is het magnetische kompas."
K6 = "Dit magnetische veld heeft veel onnauwkeurigheden en komt dan ook niet overeen met de geografische indeling van de aarde."
K8 = "Bijgevolg is de magnetische pool bij de Noordpool een magnetische zuidpool, en ligt bij de Zuidpool de magnetische noordpool van het aardmagnetisch veld."
K9 = "Ter vermijding van deze spraakverwarring gebruikt men tegenwoordig wel de termen arctische en antarctische magneetpool."
G1 = "Een schip is tegenwoordig steeds voorzien van een gyroscopisch kompas."
G2 = "In zijn oorspronkelijke vorm was dit een tol in een cardanische ophanging."
G3 = "De snelle draaiing van de tol zorgt ervoor dat de as van de tol evenwijdig gaat staan aan de as van de draaiende aarde en daarna in dezelfde richting blijft."
G4 = "Een gyroscopisch kompas geeft dus het ware noorden aan."
G5 = "Inmiddels kan hetzelfde effect bereikt worden met een trillend stukje microelektronica (MEMS), en worden dit soort \"gyroscopische\" versnellingsmeters behalve in schepen ook ingebouwd in mobiele telefoons en gameconsoles."
A1 = "Het aardmagnetisch veld (ook wel aardmagneetveld genoemd) is het magnetisch veld dat de Aarde omringt."
A2 = "Het aardmagnetisch veld, dat vermoedelijk ontstaan is door stroming van magnetische mineralen en elementen in de aardkern, beschermt de planeet tegen de ioniserende straling van de zonnewind."
A3 = "De invloedzone van het aardmagnetisch veld in de ruimte, die vele duizenden kilometers ver in de ruimte reikt, wordt de magnetosfeer genoemd."
A4 = "Het aardmagnetisch veld wordt verder van de Aarde af steeds zwakker."
A5 = "In het zonnestelsel hebben, naast de Aarde, alleen Mercurius, de 'gasreuzen' Jupiter, Saturnus, de 'ijsreuzen' Uranus, Neptunus en een van Jupiters manen Ganymedes een zelf-gegenereerd magnetisch veld."
A7 = "Het aardmagnetisch veld is de basis voor de werking van het kompas, een belangrijk navigatie-middel voor de zeevaart."
A8 = "Magnetische metingen zijn ook van nut bij geofysische exploratie en zijn verder belangrijk voor de scheepvaart, ruimtevaart en de geodesie."
write("nl-kompas-aardmagnetisme", "nl", [
 ("definition", "Wat is een kompas?", "een navigatie-instrument om de richting ten opzichte van het noorden te bepalen", ["navigatie-instrument"], K1),
 ("definition", "Hoe heet de richting ten opzichte van het noorden die een kompas bepaalt?", "de kompasrichting", ["kompasrichting"], K1),
 ("definition", "Waaruit bestaat het traditionele magnetische kompas?", "uit een vrij opgehangen magneet", ["vrij opgehangen magneet"], K2),
 ("cause-effect", "Onder invloed waarvan stelt de magneet van een kompas zich in een bepaalde richting op?", "het aardmagnetisch veld", ["aardmagnetisch veld"], K2),
 ("definition", "Wat kan een traditioneel magnetisch kompas aanwijzen?", "het magnetische noorden (of zuiden)", ["magnetische noorden"], K2),
 ("definition", "Hoe heet het magnetische kompas met cardanische ophanging voor gebruik op een schip?", "het scheepskompas", ["scheepskompas"], K3),
 ("definition", "Wat is het bekendste en oudste kompas?", "het magnetische kompas", ["magnetische kompas"], K4),
 ("definition", "Waarmee komt het magnetische veld van de aarde niet overeen?", "met de geografische indeling van de aarde", ["geografische indeling"], K6),
 ("definition", "Wat voor magnetische pool ligt er bij de Noordpool?", "een magnetische zuidpool", ["magnetische zuidpool"], K8),
 ("list-member", "Welke termen gebruikt men tegenwoordig om spraakverwarring over de magneetpolen te vermijden?", "arctische en antarctische magneetpool", ["arctische", "antarctische magneetpool"], K9),
 ("definition", "Van wat voor kompas is een schip tegenwoordig steeds voorzien?", "een gyroscopisch kompas", ["gyroscopisch"], G1),
 ("definition", "Wat was een gyroscopisch kompas in zijn oorspronkelijke vorm?", "een tol in een cardanische ophanging", ["tol"], G2),
 ("cause-effect", "Waardoor gaat de as van de tol evenwijdig staan aan de as van de draaiende aarde?", "door de snelle draaiing van de tol", ["snelle draaiing"], G3),
 ("definition", "Welk noorden geeft een gyroscopisch kompas aan?", "het ware noorden", ["ware noorden"], G4),
 ("definition", "Waarmee kan het effect van een gyroscopisch kompas inmiddels ook bereikt worden?", "met een trillend stukje microelektronica (MEMS)", ["microelektronica", "MEMS"], G5),
 ("list-member", "In welke apparaten worden gyroscopische versnellingsmeters behalve in schepen ook ingebouwd?", "in mobiele telefoons en gameconsoles", ["mobiele telefoons", "gameconsoles"], G5),
 ("definition", "Wat is het aardmagnetisch veld?", "het magnetisch veld dat de Aarde omringt", ["magnetisch veld dat de Aarde omringt"], A1),
 ("cause-effect", "Waardoor is het aardmagnetisch veld vermoedelijk ontstaan?", "door stroming van magnetische mineralen en elementen in de aardkern", ["aardkern"], A2),
 ("cause-effect", "Waartegen beschermt het aardmagnetisch veld de planeet?", "tegen de ioniserende straling van de zonnewind", ["ioniserende straling", "zonnewind"], A2),
 ("definition", "Hoe wordt de invloedzone van het aardmagnetisch veld in de ruimte genoemd?", "de magnetosfeer", ["magnetosfeer"], A3),
 ("definition", "Wat gebeurt er met het aardmagnetisch veld verder van de Aarde af?", "het wordt steeds zwakker", ["zwakker"], A4),
 ("list-member", "Welke planeten in het zonnestelsel hebben naast de Aarde een zelf-gegenereerd magnetisch veld?", "Mercurius, Jupiter, Saturnus, Uranus en Neptunus", ["Mercurius", "Jupiter", "Saturnus", "Uranus", "Neptunus"], A5),
 ("named-entity", "Welke maan heeft een zelf-gegenereerd magnetisch veld?", "Ganymedes, een maan van Jupiter", ["Ganymedes"], A5),
 ("definition", "Waarvoor is het aardmagnetisch veld de basis?", "voor de werking van het kompas", ["werking van het kompas"], A7),
 ("list-member", "Waarvoor zijn magnetische metingen verder van nut of belangrijk?", "geofysische exploratie, scheepvaart, ruimtevaart en geodesie", ["geofysische exploratie", "ruimtevaart", "geodesie"], A8),
])
L1 = "Lyme disease is the most common vector-borne disease in the United States."
L2 = "Lyme disease is caused by the bacterium Borrelia burgdorferi and rarely, Borrelia mayonii."
L3 = "It is transmitted to humans through the bite of infected blacklegged ticks."
L4 = "Typical symptoms include fever, headache, fatigue, and a characteristic skin rash called erythema migrans."
L5 = "If left untreated, infection can spread to joints, the heart, and the nervous system."
L6 = "Lyme disease is diagnosed based on symptoms, physical findings (e.g., rash), and the possibility of exposure to infected ticks."
L7 = "Most cases of Lyme disease can be treated successfully with a few weeks of antibiotics."
L8 = "Steps to prevent Lyme disease include using insect repellent, removing ticks promptly, applying pesticides, and reducing tick habitat."
R1 = "Borrelia burgdorferi, the bacterium that causes Lyme disease, was first isolated in 1982 by Willy Burgdorfer, Ph.D., a zoologist and microbiologist at NIAID's Rocky Mountain Laboratories (RML) in Hamilton, MT."
R2 = "Today, four NIAID laboratories, including three at RML, continue to study Lyme disease in hopes of developing new treatments, diagnostics, and prevention strategies against the disease."
U1 = "Untreated Lyme disease can produce a wide range of symptoms, depending on the stage of infection."
U2 = "These include fever, rash, facial paralysis, and arthritis."
E1 = "Fever, chills, headache, fatigue, muscle and joint aches, and swollen lymph nodes may occur in the absence of rash."
E2 = "Erythema migrans (EM) rash occurs in approximately 70 to 80% of infected persons."
E3 = "Begins at the site of a tick bite after a delay of 3 to 30 days (average is about 7 days)."
E4 = "It expands gradually over several days reaching up to 12 inches or more across."
E6 = "Sometimes clears as it enlarges, resulting in a target or \"bull's-eye\" appearance."
T1 = "Facial palsy (loss of muscle tone or droop on one or both sides of the face)."
T2 = "Arthritis with severe joint pain and swelling, particularly the knees and other large joints."
T3 = "Heart palpitations or an irregular heart beat (Lyme carditis)."
write("en-cdc-lyme-disease", "en", [
 ("definition", "What is the most common vector-borne disease in the United States?", "Lyme disease", ["Lyme disease"], L1),
 ("named-entity", "Which bacterium usually causes Lyme disease?", "Borrelia burgdorferi", ["Borrelia burgdorferi"], L2),
 ("named-entity", "Which bacterium rarely causes Lyme disease?", "Borrelia mayonii", ["Borrelia mayonii"], L2),
 ("cause-effect", "How is Lyme disease transmitted to humans?", "through the bite of infected blacklegged ticks", ["blacklegged ticks"], L3),
 ("list-member", "What are typical symptoms of Lyme disease?", "fever, headache, fatigue, and a skin rash called erythema migrans", ["fever", "headache", "fatigue", "erythema migrans"], L4),
 ("definition", "What is the characteristic skin rash of Lyme disease called?", "erythema migrans", ["erythema migrans"], L4),
 ("list-member", "Where can an untreated Lyme infection spread to?", "to joints, the heart, and the nervous system", ["joints", "heart", "nervous system"], L5),
 ("list-member", "On what is the diagnosis of Lyme disease based?", "symptoms, physical findings (e.g., rash), and the possibility of exposure to infected ticks", ["physical findings", "exposure to infected ticks"], L6),
 ("definition", "With what can most cases of Lyme disease be treated successfully?", "with a few weeks of antibiotics", ["antibiotics"], L7),
 ("list-member", "What are steps to prevent Lyme disease?", "using insect repellent, removing ticks promptly, applying pesticides, and reducing tick habitat", ["insect repellent", "removing ticks promptly", "pesticides", "reducing tick habitat"], L8),
 ("number", "In what year was Borrelia burgdorferi first isolated?", "in 1982", ["1982"], R1),
 ("named-entity", "Who first isolated Borrelia burgdorferi?", "Willy Burgdorfer", ["Willy Burgdorfer"], R1),
 ("named-entity", "At which laboratories did Willy Burgdorfer work when he isolated the Lyme bacterium?", "NIAID's Rocky Mountain Laboratories (RML) in Hamilton, MT", ["Rocky Mountain Laboratories"], R1),
 ("number", "How many NIAID laboratories continue to study Lyme disease today?", "four", ["4"], R2),
 ("cause-effect", "On what does the range of symptoms of untreated Lyme disease depend?", "on the stage of infection", ["stage of infection"], U1),
 ("list-member", "Besides fever and rash, what do the symptoms of untreated Lyme disease include?", "facial paralysis and arthritis", ["facial paralysis", "arthritis"], U2),
 ("list-member", "Which early symptoms of Lyme disease may occur in the absence of rash?", "fever, chills, headache, fatigue, muscle and joint aches, and swollen lymph nodes", ["chills", "swollen lymph nodes", "muscle and joint aches"], E1),
 ("number", "In approximately what percentage of infected persons does the erythema migrans rash occur?", "in approximately 70 to 80%", ["70 to 80%"], E2),
 ("definition", "Where does the EM rash begin, after a delay of 3 to 30 days?", "at the site of a tick bite", ["site of a tick bite"], E3),
 ("number", "After what delay does the EM rash begin at the site of a tick bite?", "after 3 to 30 days", ["3 to 30 days"], E3),
 ("number", "Up to how many inches across can the EM rash expand?", "up to 12 inches or more", ["12 inches"], E4),
 ("definition", "What appearance can the EM rash get when it clears as it enlarges?", "a target or bull's-eye appearance", ["bull's-eye", "target"], E6),
 ("definition", "What is facial palsy?", "loss of muscle tone or droop on one or both sides of the face", ["loss of muscle tone"], T1),
 ("definition", "Which joints are particularly affected by the arthritis of untreated Lyme disease?", "the knees and other large joints", ["knees"], T2),
 ("definition", "What is an irregular heart beat caused by Lyme disease called?", "Lyme carditis", ["Lyme carditis"], T3),
])
W1 = "Harmful algal blooms (HABs) occur when colonies of algae—simple plants that live in the sea and freshwater—grow out of control while producing toxic or harmful effects on people, fish, shellfish, marine mammals, and birds."
W3 = "Studies indicate that many algal species flourish when wind and water currents are favorable."
W4 = "In other cases, HABs may be linked to 'overfeeding.'"
W5 = "This occurs when nutrients (mainly phosphorus, nitrogen, and carbon) from sources such as lawns and farmlands flow downriver to the sea and build up at a rate that 'overfeeds' the algae that exist normally in the environment."
W6 = "Some HABs have also been reported in the aftermath of natural phenomena like sluggish water circulation, unusually high water temperatures, and extreme weather events such as hurricanes, floods, and drought."
W7 = "People often get sick by eating shellfish containing toxins produced by these algae."
W8 = "Airborne HAB toxins may also cause breathing problems and, in some cases, trigger asthma attacks in susceptible individuals."
W9 = "At present, HABs cause about $82 million in economic losses to the seafood, restaurant, and tourism industries each year."
W10 = "HABs reduce tourism, close beaches and shellfish beds, and decrease the catch from both recreational and commercial fisheries."
H1 = "There are thousands of species of algae; most are beneficial and only a few of these produce toxins or have other harmful effects."
H2 = "These blooms occur when phytoplankton, which are tiny microscopic plants, grow quickly in large quantities while producing toxic or harmful effects on people, fish, shellfish, marine mammals, and birds."
H3 = "It can also be harmful by causing anoxic conditions where oxygen is depleted from the water."
H4 = "Blooms can block light to organisms lower in the water column, or even clog or harm fish gills."
H5 = "Phytoplankton are found at the base of the marine food chain therefore all other life in the ocean relies on phytoplankton."
H6 = "Blooms can also be a good indicator of environmental change not only in the water, but also on land."
D1 = "In ocean and freshwater environments, the term \"hypoxia\" refers to low or depleted oxygen in a water body."
D2 = "Hypoxia is often associated with the overgrowth of certain species of algae, which can lead to oxygen depletion when they die, sink to the bottom, and decompose."
D3 = "Unable to sustain life, these areas, called dead zones, may cause die-offs of fish, shellfish, corals, and aquatic plants."
D4 = "Since 1985, NOAA-sponsored research has monitored the largest dead zone in the United States, which forms every spring in the northern Gulf of Mexico."
D5 = "In 2014, it grew to cover more than 5,000 square miles of the sea floor."
write("en-noaa-harmful-algal-blooms", "en", [
 ("definition", "What does the abbreviation HABs stand for?", "harmful algal blooms", ["harmful algal blooms"], W1),
 ("definition", "When do harmful algal blooms occur?", "when colonies of algae grow out of control while producing toxic or harmful effects", ["grow out of control"], W1),
 ("definition", "What are algae, according to the text?", "simple plants that live in the sea and freshwater", ["simple plants"], W1),
 ("list-member", "On whom can harmful algal blooms have toxic or harmful effects?", "people, fish, shellfish, marine mammals, and birds", ["marine mammals", "birds", "shellfish"], W1),
 ("cause-effect", "When do many algal species flourish?", "when wind and water currents are favorable", ["wind and water currents"], W3),
 ("definition", "To what may HABs be linked in other cases?", "to 'overfeeding'", ["overfeeding"], W4),
 ("list-member", "Which nutrients mainly cause the overfeeding of algae?", "phosphorus, nitrogen, and carbon", ["phosphorus", "nitrogen", "carbon"], W5),
 ("list-member", "From which sources do the nutrients flow downriver to the sea?", "from lawns and farmlands", ["lawns", "farmlands"], W5),
 ("list-member", "After which natural phenomena have some HABs been reported?", "sluggish water circulation, unusually high water temperatures, and extreme weather events", ["sluggish water circulation", "high water temperatures", "extreme weather events"], W6),
 ("cause-effect", "How do people often get sick from harmful algal blooms?", "by eating shellfish containing toxins produced by these algae", ["eating shellfish"], W7),
 ("cause-effect", "What may airborne HAB toxins cause?", "breathing problems and asthma attacks", ["breathing problems", "asthma attacks"], W8),
 ("number", "How much do HABs cost in economic losses each year?", "about $82 million", ["82 million"], W9),
 ("list-member", "Which industries suffer economic losses from HABs?", "the seafood, restaurant, and tourism industries", ["seafood", "restaurant", "tourism"], W9),
 ("list-member", "What do HABs close?", "beaches and shellfish beds", ["beaches", "shellfish beds"], W10),
 ("definition", "What are most of the thousands of species of algae, according to the text?", "most are beneficial", ["beneficial"], H1),
 ("definition", "What are phytoplankton?", "tiny microscopic plants", ["microscopic plants"], H2),
 ("cause-effect", "How can a bloom be harmful to the environment and the water without producing toxins?", "by causing anoxic conditions where oxygen is depleted from the water", ["anoxic conditions", "oxygen is depleted"], H3),
 ("definition", "What can blooms block to organisms lower in the water column?", "light", ["light"], H4),
 ("definition", "Where in the marine food chain are phytoplankton found?", "at the base", ["base"], H5),
 ("definition", "Of what can blooms be a good indicator?", "of environmental change", ["environmental change"], H6),
 ("definition", "What does the term hypoxia refer to?", "low or depleted oxygen in a water body", ["low or depleted oxygen"], D1),
 ("cause-effect", "How can the overgrowth of algae lead to oxygen depletion?", "when the algae die, sink to the bottom, and decompose", ["decompose"], D2),
 ("definition", "What are hypoxic areas that are unable to sustain life called?", "dead zones", ["dead zones"], D3),
 ("named-entity", "Where does the largest dead zone in the United States form every spring?", "in the northern Gulf of Mexico", ["Gulf of Mexico"], D4),
 ("number", "How many square miles of the sea floor did the dead zone cover in 2014?", "more than 5,000 square miles", ["5,000 square miles"], D5),
])
