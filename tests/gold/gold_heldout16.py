# Gold lists for the sixteenth round of held-out texts, written and committed before the generator ran on them.
from mkgold import write
I1 = "De inktvissen (Cephalopoda) vormen een klasse dieren behorend tot de stam der weekdieren (Mollusca)."
I2 = "De wetenschappelijke naam, Cephalopoda, is afgeleid van het Grieks en betekent letterlijk koppotigen."
I3 = "Deze naam is zo gekozen omdat de op armen gelijkende tentakels zich in een kring rond de mond van het dier bevinden."
I4 = "Inktvissen danken hun naam aan het feit dat ze in staat zijn inkt te spuiten om zo een tegenstander het zicht te ontnemen."
I5 = "Inktvissen komen enkel in zout water voor en leven in alle wereldzeeën."
I7 = "De meeste inktvissen groeien snel en hebben een kort leven, meestal leven ze maar een tot twee jaar, met als uitzondering verschillende diepzee- en poolsoorten en de nautilussen, die veel ouder kunnen worden."
I8 = "Ze bewegen zich voort door water in hun mantel te pompen wat ze er krachtig weer uitpersen, langs de sifon."
I10 = "Het voedsel bestaat voornamelijk uit vis, krabben, kreeften en weekdieren die ze met de zuignappen op hun grijparmen vangen."
I11 = "Octopussen, inktvissen met acht armen, hebben een sterk ontwikkeld zenuwstelsel en worden algemeen beschouwd als de meest intelligente van de ongewervelde dieren."
L2 = "Ze hebben acht tentakels die zuignappen dragen."
L3 = "De zeekatten en pijlinktvissen hebben daarboven nog twee vangtentakels, die aan het eind ook zuignappen dragen."
L4 = "De enige uitzondering is Nautilus pompilius die ongeveer 90 tentakels zonder zuignappen heeft."
R1 = "Architeuthis is een geslacht van grote pijlinktvissen."
R2 = "Aanvankelijk dacht men dat deze reuzeninktvissen de grootste ongewervelde dieren op aarde waren, maar de kolossale inktvis (Mesonychoteuthis hamiltoni) wordt vermoedelijk nog groter."
R3 = "Er is een twintigtal Architeuthis-soorten beschreven maar aangenomen wordt dat dit steeds om dezelfde soort gaat die meerdere keren opnieuw beschreven is, en dat het geslacht in feite maar een soort omvat: Architeuthis dux."
R4 = "Van de informatie die wél beschikbaar is, is veel afkomstig van overblijfselen van dode exemplaren uit de maaginhoud van gevangen potvissen, exemplaren die worden gevangen in diepzeenetten, en aangespoelde overblijfselen."
R5 = "Bij reuzeninktvissen is er sprake van seksuele dimorfie: vrouwtjes zijn groter dan mannetjes."
R6 = "Ze bereiken respectievelijk een lengte van 13 meter en 10 meter en een gewicht van 275 kg en 150 kg."
R7 = "Ruwweg tweederde van de lichaamslengte wordt gevormd door de twee lange vangtentakels, waarmee de prooi naar de snavelachtige bek wordt gebracht."
R8 = "De ogen van Architeuthis-soorten, soms zo groot als een voetbal, behoren tot de grootste in het dierenrijk."
R9 = "Reuzeninktvissen regelen hun drijfvermogen door de verhouding tussen de ammoniak- en natriumionen in hun lichaam te reguleren."
write("nl-inktvissen", "nl", [
 ("definition", "Wat zijn inktvissen?", "een klasse dieren behorend tot de stam der weekdieren (Mollusca)", ["stam der weekdieren", "weekdieren", "Mollusca"], I1),
 ("definition", "Wat is de wetenschappelijke naam van de inktvissen?", "Cephalopoda", ["Cephalopoda"], I1),
 ("definition", "Wat betekent de naam Cephalopoda letterlijk?", "koppotigen", ["koppotigen"], I2),
 ("cause-effect", "Waarom is voor de inktvissen de naam koppotigen gekozen?", "omdat de op armen gelijkende tentakels zich in een kring rond de mond van het dier bevinden", ["kring rond de mond"], I3),
 ("cause-effect", "Waaraan danken inktvissen hun naam?", "aan het feit dat ze inkt kunnen spuiten om een tegenstander het zicht te ontnemen", ["inkt te spuiten", "inkt spuiten"], I4),
 ("definition", "In welk water komen inktvissen voor?", "enkel in zout water, in alle wereldzeeën", ["zout water"], I5),
 ("number", "Hoe lang leven de meeste inktvissen?", "meestal maar een tot twee jaar", ["een tot twee jaar", "twee jaar"], I7),
 ("list-member", "Welke inktvissen kunnen veel ouder worden dan de meeste?", "verschillende diepzee- en poolsoorten en de nautilussen", ["nautilussen", "diepzee- en poolsoorten"], I7),
 ("definition", "Hoe bewegen inktvissen zich voort?", "door water in hun mantel te pompen en het krachtig weer uit te persen langs de sifon", ["sifon", "water in hun mantel te pompen"], I8),
 ("list-member", "Waaruit bestaat het voedsel van inktvissen voornamelijk?", "vis, krabben, kreeften en weekdieren", ["krabben", "kreeften"], I10),
 ("definition", "Hoe heten de inktvissen met acht armen?", "octopussen", ["octopussen"], I11),
 ("definition", "Als wat worden octopussen algemeen beschouwd?", "als de meest intelligente van de ongewervelde dieren", ["meest intelligente"], I11),
 ("number", "Hoeveel tentakels met zuignappen hebben inktvissen?", "acht", ["acht", "8"], L2),
 ("list-member", "Welke inktvissen hebben daarboven nog twee vangtentakels?", "de zeekatten en pijlinktvissen", ["zeekatten", "pijlinktvissen"], L3),
 ("number", "Hoeveel tentakels heeft Nautilus pompilius?", "ongeveer 90, zonder zuignappen", ["90"], L4),
 ("definition", "Wat is Architeuthis?", "een geslacht van grote pijlinktvissen", ["grote pijlinktvissen", "pijlinktvissen"], R1),
 ("named-entity", "Welke inktvis wordt vermoedelijk nog groter dan de reuzeninktvis?", "de kolossale inktvis (Mesonychoteuthis hamiltoni)", ["kolossale inktvis", "Mesonychoteuthis hamiltoni"], R2),
 ("named-entity", "Welke ene soort omvat het geslacht Architeuthis in feite?", "Architeuthis dux", ["Architeuthis dux"], R3),
 ("list-member", "Waar komt veel informatie over reuzeninktvissen vandaan?", "van overblijfselen uit de maaginhoud van gevangen potvissen, exemplaren uit diepzeenetten en aangespoelde overblijfselen", ["potvissen", "diepzeenetten", "aangespoelde overblijfselen"], R4),
 ("definition", "Welke seksuele dimorfie is er bij reuzeninktvissen?", "vrouwtjes zijn groter dan mannetjes", ["vrouwtjes zijn groter"], R5),
 ("number", "Welke lengte bereiken vrouwtjes van de reuzeninktvis?", "13 meter", ["13 meter"], R6),
 ("number", "Welk gewicht bereiken vrouwtjes van de reuzeninktvis?", "275 kg", ["275 kg"], R6),
 ("number", "Welk deel van de lichaamslengte van een reuzeninktvis vormen de twee lange vangtentakels?", "ruwweg tweederde", ["tweederde"], R7),
 ("definition", "Hoe groot zijn de ogen van Architeuthis-soorten soms?", "zo groot als een voetbal", ["voetbal"], R8),
 ("cause-effect", "Hoe regelen reuzeninktvissen hun drijfvermogen?", "door de verhouding tussen de ammoniak- en natriumionen in hun lichaam te reguleren", ["ammoniak- en natriumionen", "ammoniak"], R9),
])
A1 = "Antoni van Leeuwenhoek (ook: Anthoni, Anthonie, Antonie, Antony, Anthony) (Delft, 24 oktober 1632 – aldaar, 26 augustus 1723) was een Nederlands handelsman, landmeter, wijnroeier, glasblazer en microbioloog."
A2 = "Van Leeuwenhoek is vooral bekend door zijn zelf gefabriceerde microscoop en zijn pionierswerk voor de celbiologie en de microbiologie."
A3 = "Vanaf 1674 deed hij vele ontdekkingen die bekend werden door zijn correspondentie met de Royal Society in Londen."
V1 = "Van Leeuwenhoek werd geboren te Delft in 1632 als zoon van Philips Antonyszoon, mandenmaker en Margaretha Bel van den Berch die stamde uit een geslacht van bierbrouwers."
V2 = "Op 4 november 1632 werd hij gedoopt als 'Thonis Philipszoon', hij noemde zich van Leeuwenhoek omdat zijn ouderlijk huis in Delft op de hoek naast de Leeuwenpoort stond."
V4 = "Vervolgens werd hij in Amsterdam vijf tot zes jaar opgeleid tot kassier en boekhouder bij de Schotse lakenhandelaar William Davidson."
V5 = "Op jonge leeftijd ontwikkelde hij een brede belangstelling voor sterrekunde, wiskunde, natuurkunde en scheikunde."
V6 = "Van Leeuwenhoek trouwde met Barbara de Meij en ging met haar in 1653 of 1654 in Delft wonen waar hij een winkel begon in linnen, garen en band."
V7 = "Het verkrijgen van de sinecure van Kamerbewaarder van Heeren Schepenen in 1660 verschafte hem een vast inkomen (een sinecure is een ambt met een salaris of privileges maar zonder wezenlijke verplichtingen)."
V8 = "In 1669 haalde hij het landmeterexamen."
V9 = "Na de dood van Johannes Vermeer in 1675 trad Van Leeuwenhoek op als executeur-testamentair van diens nalatenschap."
K1 = "Heike Kamerlingh Onnes (Groningen, 21 september 1853 – Leiden, 21 februari 1926) was een Nederlands natuurkundige, winnaar van de Nobelprijs voor Natuurkunde en hoogleraar aan de Universiteit van Leiden."
K2 = "\"Door meten tot weten\" was de slagzin van zijn laboratorium."
K3 = "Deze lijfspreuk introduceerde hij bij zijn inaugurele rede in 1882."
K5 = "Kamerlingh Onnes (aanvankelijk Onnes, later trok hij zijn tweede voornaam Kamerlingh bij zijn achternaam) werd op 21 september 1853 in Groningen geboren als zoon van de dakpannenfabrikant Harm Kamerlingh Onnes en Anna Gerdina Coers."
K9 = "In het jaar erna ging hij door de slechte laboratoriumomstandigheden op advies van professor F.C. Donders studeren aan de Heidelbergse Ruprecht-Karls-universiteit en wel scheikunde onder Robert Bunsen."
write("nl-leeuwenhoek-kamerlingh-onnes", "nl", [
 ("definition", "Wie was Antoni van Leeuwenhoek?", "een Nederlands handelsman, landmeter, wijnroeier, glasblazer en microbioloog", ["microbioloog", "handelsman"], A1),
 ("number", "In welk jaar werd Antoni van Leeuwenhoek geboren?", "in 1632", ["1632"], A1),
 ("named-entity", "In welke stad werd Antoni van Leeuwenhoek geboren?", "in Delft", ["Delft"], A1),
 ("definition", "Waardoor is Van Leeuwenhoek vooral bekend?", "door zijn zelf gefabriceerde microscoop en zijn pionierswerk voor de celbiologie en de microbiologie", ["microscoop"], A2),
 ("cause-effect", "Waardoor werden de ontdekkingen van Van Leeuwenhoek bekend?", "door zijn correspondentie met de Royal Society in Londen", ["Royal Society"], A3),
 ("number", "Vanaf welk jaar deed Van Leeuwenhoek vele ontdekkingen?", "vanaf 1674", ["1674"], A3),
 ("definition", "Wat was het beroep van Philips Antonyszoon, de vader van Van Leeuwenhoek?", "mandenmaker", ["mandenmaker"], V1),
 ("named-entity", "Als wie werd Van Leeuwenhoek gedoopt?", "als Thonis Philipszoon", ["Thonis Philipszoon"], V2),
 ("cause-effect", "Waarom noemde hij zich Van Leeuwenhoek?", "omdat zijn ouderlijk huis in Delft op de hoek naast de Leeuwenpoort stond", ["Leeuwenpoort"], V2),
 ("definition", "Waartoe werd Van Leeuwenhoek in Amsterdam opgeleid?", "tot kassier en boekhouder", ["kassier", "boekhouder"], V4),
 ("named-entity", "Bij welke Schotse lakenhandelaar werd Van Leeuwenhoek opgeleid?", "William Davidson", ["William Davidson", "Davidson"], V4),
 ("list-member", "Voor welke vakken ontwikkelde Van Leeuwenhoek op jonge leeftijd een brede belangstelling?", "sterrekunde, wiskunde, natuurkunde en scheikunde", ["sterrekunde", "wiskunde", "natuurkunde", "scheikunde"], V5),
 ("named-entity", "Met wie trouwde Van Leeuwenhoek?", "met Barbara de Meij", ["Barbara de Meij"], V6),
 ("list-member", "Waarin begon Van Leeuwenhoek in Delft een winkel?", "in linnen, garen en band", ["linnen", "garen en band"], V6),
 ("definition", "Wat is een sinecure?", "een ambt met een salaris of privileges maar zonder wezenlijke verplichtingen", ["zonder wezenlijke verplichtingen"], V7),
 ("number", "In welk jaar haalde Van Leeuwenhoek het landmeterexamen?", "in 1669", ["1669"], V8),
 ("named-entity", "Van wiens nalatenschap trad Van Leeuwenhoek op als executeur-testamentair?", "van Johannes Vermeer", ["Johannes Vermeer", "Vermeer"], V9),
 ("definition", "Wie was Heike Kamerlingh Onnes?", "een Nederlands natuurkundige, winnaar van de Nobelprijs voor Natuurkunde en hoogleraar aan de Universiteit van Leiden", ["natuurkundige", "Nobelprijs voor Natuurkunde"], K1),
 ("named-entity", "Aan welke universiteit was Kamerlingh Onnes hoogleraar?", "aan de Universiteit van Leiden", ["Universiteit van Leiden", "Leiden"], K1),
 ("definition", "Wat was de slagzin van het laboratorium van Kamerlingh Onnes?", "Door meten tot weten", ["door meten tot weten"], K2),
 ("number", "In welk jaar introduceerde Kamerlingh Onnes zijn lijfspreuk bij zijn inaugurele rede?", "in 1882", ["1882"], K3),
 ("named-entity", "In welke stad werd Kamerlingh Onnes geboren?", "in Groningen", ["Groningen"], K5),
 ("definition", "Wat was het beroep van Harm Kamerlingh Onnes, de vader van Heike?", "dakpannenfabrikant", ["dakpannenfabrikant"], K5),
 ("cause-effect", "Waarom ging Kamerlingh Onnes in Heidelberg studeren?", "door de slechte laboratoriumomstandigheden, op advies van professor F.C. Donders", ["slechte laboratoriumomstandigheden"], K9),
 ("named-entity", "Onder wie studeerde Kamerlingh Onnes scheikunde in Heidelberg?", "Robert Bunsen", ["Robert Bunsen", "Bunsen"], K9),
])
S1 = "Every thunderstorm produces lightning."
S2 = "Lightning is a giant spark that moves within the cloud, between clouds, or between the cloud and the ground."
S3 = "As lightning passes through the air, it heats the air rapidly to a temperature of about fifty thousand degrees Fahrenheit."
S4 = "This causes a rapid expansion of the air near the lightning channel."
S5 = "This rapid expansion causes a shock wave that we hear as thunder."
T1 = "Thunderstorms will form if there is enough moisture and instability in the atmosphere."
T3 = "Condensation of water vapor causes cumulus clouds to form."
T4 = "Towering cumulus clouds may be one of the first indications of a developing thunderstorm."
T5 = "The mature thunderstorm has both an updraft of rising motion and a downdraft of sinking cool air accompanied by rain and sometimes hail."
C1 = "Thunderstorms grow tens of thousands of feet into the atmosphere."
C2 = "In the cloud, precipitation forms as ice crystals, hail, and rain."
C3 = "Collisions between ice particles causes a charge separation, and positively charged ice crystals are carried by the updraft high in the thunderstorm."
C4 = "The heavier hail gathers a negative charge and falls toward the lower part of the storm."
C5 = "The top of the cloud becomes positively charged and the lower part of the storm becomes negatively charged."
G1 = "Normally, the earth's surface has a slight negative charge."
G2 = "As the negative charges build up in the lower part of the storm, the ground near the thunderstorm becomes positively charged."
P1 = "A step leader is a path of ionized air which extends downward from a thunderstorm during the initial stages of a lightning strike."
P2 = "Multiple branches, or steps, travel downward until the final step leader reaches the ground, a tall object on the ground, or a positive streamer extending upward from a ground object."
P3 = "The lightning strike begins when a large negative electric current flows along the path defined by the step leaders from the thundercloud to the ground."
Z1 = "Lightning strikes more than 400 people in the United States each year, causing devastating and permanent disabilities for those who survive."
Z2 = "As NOAA's National Weather Service hosts the 10th national Lightning Safety Awareness Week June 20-26, everyone is urged to heed this warning - when thunder roars go indoors!"
Z3 = "Lighting Safety Awareness Week, first launched in 2000 to educate people about the danger of lightning, has helped reduce annual lighting deaths from about 72 to 58."
write("en-noaa-lightning", "en", [
 ("definition", "Which thunderstorms produce lightning?", "every thunderstorm", ["every thunderstorm"], S1),
 ("definition", "What is lightning?", "a giant spark that moves within the cloud, between clouds, or between the cloud and the ground", ["giant spark"], S2),
 ("list-member", "Where does lightning move?", "within the cloud, between clouds, or between the cloud and the ground", ["within the cloud", "between clouds", "between the cloud and the ground"], S2),
 ("number", "To what temperature does lightning heat the air?", "about fifty thousand degrees Fahrenheit", ["fifty thousand degrees Fahrenheit", "50,000 degrees Fahrenheit"], S3),
 ("cause-effect", "What does the rapid heating of the air by lightning cause near the lightning channel?", "a rapid expansion of the air", ["rapid expansion"], S4),
 ("cause-effect", "What do we hear as thunder?", "the shock wave caused by the rapid expansion of the air near the lightning channel", ["shock wave"], S5),
 ("cause-effect", "When will thunderstorms form?", "if there is enough moisture and instability in the atmosphere", ["moisture and instability"], T1),
 ("cause-effect", "What causes cumulus clouds to form?", "condensation of water vapor", ["condensation of water vapor", "condensation"], T3),
 ("definition", "What may be one of the first indications of a developing thunderstorm?", "towering cumulus clouds", ["towering cumulus clouds"], T4),
 ("list-member", "Which two air motions does the mature thunderstorm have?", "an updraft of rising motion and a downdraft of sinking cool air", ["updraft", "downdraft"], T5),
 ("number", "How far do thunderstorms grow into the atmosphere?", "tens of thousands of feet", ["tens of thousands of feet"], C1),
 ("list-member", "As what does precipitation form in the cloud?", "as ice crystals, hail, and rain", ["ice crystals", "hail", "rain"], C2),
 ("cause-effect", "What causes a charge separation in the thunderstorm?", "collisions between ice particles", ["collisions between ice particles"], C3),
 ("cause-effect", "What carries the positively charged ice crystals high in the thunderstorm?", "the updraft", ["updraft"], C3),
 ("definition", "What charge does the heavier hail gather?", "a negative charge", ["negative charge"], C4),
 ("definition", "Which part of the cloud becomes positively charged?", "the top of the cloud", ["top of the cloud"], C5),
 ("definition", "What charge does the earth's surface normally have?", "a slight negative charge", ["slight negative charge"], G1),
 ("cause-effect", "What happens to the ground near the thunderstorm as the negative charges build up in the lower part of the storm?", "it becomes positively charged", ["positively charged"], G2),
 ("definition", "What is a step leader?", "a path of ionized air which extends downward from a thunderstorm during the initial stages of a lightning strike", ["path of ionized air", "ionized air"], P1),
 ("list-member", "What can the final step leader reach?", "the ground, a tall object on the ground, or a positive streamer extending upward from a ground object", ["tall object", "positive streamer"], P2),
 ("cause-effect", "When does the lightning strike begin?", "when a large negative electric current flows along the path defined by the step leaders from the thundercloud to the ground", ["large negative electric current", "negative electric current"], P3),
 ("number", "How many people does lightning strike in the United States each year?", "more than 400", ["400"], Z1),
 ("definition", "What warning is everyone urged to heed during Lightning Safety Awareness Week?", "when thunder roars go indoors", ["when thunder roars go indoors", "thunder roars"], Z2),
 ("number", "In what year was Lightning Safety Awareness Week first launched?", "in 2000", ["2000"], Z3),
 ("number", "From about how many to how many annual deaths has Lightning Safety Awareness Week helped reduce lightning deaths?", "from about 72 to 58", ["72 to 58"], Z3),
])
B1 = "Vitiligo is a chronic (long-lasting) autoimmune disorder that causes patches of skin to lose pigment or color."
B2 = "This happens when melanocytes – skin cells that make pigment – are attacked and destroyed, causing the skin to turn a milky-white color."
B3 = "In vitiligo, the white patches usually appear symmetrically on both sides of your body, including both hands and knees."
B4 = "The segmental subtype of vitiligo is much less common and happens when the white patches are only on one segment or side of your body, such as a leg, one side of the face, or one arm."
B5 = "This type of vitiligo often begins at an early age and progresses for 6 to 12 months, and then usually stops."
B6 = "Usually, the immune system works throughout your body to fight off and defend your body from viruses, bacteria, and infections."
B7 = "In people with autoimmune diseases, immune cells mistakenly attack the body's own healthy tissues."
B8 = "People with vitiligo may also be more likely to develop other autoimmune disorders."
B9 = "Although there is no cure for vitiligo, treatments can be very effective at stopping the progression and reversing its effects, which may help skin tone appear more even."
W1 = "Anyone can get vitiligo, and it can develop at any age."
W2 = "However, for many people with vitiligo, the white patches appear before age 20 and can start in early childhood."
W3 = "Vitiligo seems to be more common in people who have a family history of the disorder or who have certain autoimmune diseases, including:"
X1 = "The main goal of treating vitiligo is to improve appearance."
X2 = "Therapy for vitiligo takes a long time—it usually must be continued for 6 to 18 months."
X3 = "The choice of therapy depends on the number of white patches; their location, sizes, and how widespread they are; and what you prefer in terms of treatment."
X4 = "Current treatment options for vitiligo include medication, surgery, and adjunctive therapies (used along with surgical or medical treatments)."
X5 = "A number of medical therapies, most of which are applied topically, can reduce the appearance of vitiligo."
Y1 = "Steroid creams may be helpful in repigmenting (returning the color to) white patches, particularly if they are applied in the initial stages of the disease."
Y2 = "Corticosteroids are a group of drugs similar to hormones such as cortisone, which are produced by the adrenal glands."
Y3 = "Doctors often prescribe a mild topical corticosteroid cream for children under 10 years old and a stronger one for adults."
Y4 = "You must apply the cream to the white patches on the skin for at least 3 months before seeing any results."
write("en-niams-vitiligo", "en", [
 ("definition", "What is vitiligo?", "a chronic (long-lasting) autoimmune disorder that causes patches of skin to lose pigment or color", ["autoimmune disorder", "patches of skin to lose pigment"], B1),
 ("definition", "What are melanocytes?", "skin cells that make pigment", ["skin cells that make pigment"], B2),
 ("cause-effect", "What happens to the skin when melanocytes are attacked and destroyed?", "it turns a milky-white color", ["milky-white"], B2),
 ("definition", "How do the white patches of vitiligo usually appear?", "symmetrically on both sides of the body", ["symmetrically", "both sides"], B3),
 ("definition", "What is the segmental subtype of vitiligo?", "a much less common type in which the white patches are only on one segment or side of the body", ["one segment or side", "one segment"], B4),
 ("number", "For how long does segmental vitiligo often progress before it usually stops?", "for 6 to 12 months", ["6 to 12 months"], B5),
 ("list-member", "What does the immune system usually defend your body from?", "viruses, bacteria, and infections", ["viruses", "bacteria", "infections"], B6),
 ("definition", "What happens in people with autoimmune diseases?", "immune cells mistakenly attack the body's own healthy tissues", ["attack the body's own healthy tissues", "healthy tissues"], B7),
 ("cause-effect", "What may people with vitiligo also be more likely to develop?", "other autoimmune disorders", ["other autoimmune disorders", "autoimmune disorders"], B8),
 ("definition", "At what can treatments for vitiligo be very effective?", "at stopping the progression and reversing its effects", ["stopping the progression"], B9),
 ("definition", "Who can get vitiligo?", "anyone, at any age", ["anyone"], W1),
 ("number", "Before what age do the white patches appear for many people with vitiligo?", "before age 20", ["age 20"], W2),
 ("cause-effect", "In which people does vitiligo seem to be more common?", "in people who have a family history of the disorder or who have certain autoimmune diseases", ["family history"], W3),
 ("list-member", "With which autoimmune diseases does vitiligo seem to be more common?", "Addison's disease, pernicious anemia, psoriasis, rheumatoid arthritis, systemic lupus erythematosus, thyroid disease and type 1 diabetes", ["Addison's disease", "pernicious anemia", "psoriasis", "rheumatoid arthritis", "systemic lupus erythematosus", "thyroid disease", "type 1 diabetes"], W3),
 ("definition", "What is the main goal of treating vitiligo?", "to improve appearance", ["improve appearance"], X1),
 ("number", "For how long must therapy for vitiligo usually be continued?", "for 6 to 18 months", ["6 to 18 months"], X2),
 ("list-member", "On what does the choice of therapy for vitiligo depend?", "the number of white patches; their location, sizes, and how widespread they are; and what you prefer in terms of treatment", ["number of white patches", "how widespread"], X3),
 ("list-member", "What are the current treatment options for vitiligo?", "medication, surgery, and adjunctive therapies", ["medication", "surgery", "adjunctive therapies"], X4),
 ("definition", "What are adjunctive therapies?", "therapies used along with surgical or medical treatments", ["used along with surgical or medical treatments"], X4),
 ("definition", "How are most medical therapies for vitiligo applied?", "topically", ["topically"], X5),
 ("definition", "What does repigmenting mean?", "returning the color to white patches", ["returning the color"], Y1),
 ("definition", "What are corticosteroids?", "a group of drugs similar to hormones such as cortisone", ["group of drugs similar to hormones", "similar to hormones"], Y2),
 ("named-entity", "Which glands produce hormones such as cortisone?", "the adrenal glands", ["adrenal glands"], Y2),
 ("definition", "What do doctors often prescribe for children under 10 years old?", "a mild topical corticosteroid cream", ["mild topical corticosteroid cream"], Y3),
 ("number", "For how long must you apply the cream to the white patches before seeing any results?", "at least 3 months", ["3 months"], Y4),
])
