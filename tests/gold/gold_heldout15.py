# Gold lists for the fifteenth round of held-out texts, written and committed before the generator ran on them.
from mkgold import write
B1 = "Beriberi is een aandoening die wordt veroorzaakt door een tekort aan vitamine B1 (thiamine), waarbij één vorm het hart- en vaatstelsel aantast en een andere vorm zich manifesteert met neurologische symptomen."
B2 = "De naam beriberi is mogelijk in de 18e eeuw geleend van het Singalees (de belangrijkste taal van Sri Lanka), waarin de frase bæri bæri \"ik kan niet, ik kan niet\" betekent, als gevolg van de ernstige zwakte die onderdeel uitmaakt van het ziektebeeld."
G1 = "De basis voor het onderzoek naar beriberi werd in de jaren 1890 gelegd door de Nederlandse arts en latere Nobelprijswinnaar Christiaan Eijkman in Nederlands-Indië, die ontdekte dat vogels die met gepelde rijst gevoed werden vergelijkbare symptomen vertoonden als zijn beriberipatiënten en dat ze genezen konden worden als ze ook de rijstpellen te eten kregen."
G2 = "In 1912 isoleerde de Poolse biochemicus Casimir Funk de anti-beriberifactor van rijst en noemde het een vitamine - een voor het leven (Latijn: vita) essentiële amine."
G3 = "In de jaren 1930 publiceerde Robert R. Williams de chemische formule van vitamine B1."
V1 = "Beriberi komt vooral voor waar de voeding hoofdzakelijk bestaat uit geslepen rijst, een product dat arm is aan thiamine."
V2 = "De ziekte wordt het meest aangetroffen in Azië en kwam daar met name tot de 19e eeuw zeer veel voor."
V3 = "In de westerse wereld komt beriberi vooral voor bij chronische alcoholisten door een combinatie van deficiënte voeding, een gestoorde resorptie en een gestoorde opslag van thiamine."
S1 = "De ziekte kan zich uiten in gewichtsverlies, stemmingswisselingen, verstoring van de zintuiglijke waarneming, zwakke en pijnlijke ledematen en hartritmestoornissen."
S2 = "Daarnaast treden er vaak zwellingen op (oedeem)."
S3 = "In een gevorderd stadium kan de ziekte leiden tot hartfalen en zelfs de dood tot gevolg hebben."
F1 = "De ziekte heeft twee verschijningsvormen: natte beriberi en droge beriberi."
F2 = "Natte beriberi beschadigt het hart en kan fataal zijn."
F3 = "Droge beriberi leidt tot plaatselijke verlamming als gevolg van zenuwbeschadiging."
K1 = "Een baby die gevoed wordt met de moedermelk van een vrouw met een thiaminetekort loopt het risico beriberi op te lopen."
T1 = "Beriberi wordt behandeld met thiaminehydrochloride, toegediend in tabletvorm of door middel van een injectie."
write("nl-beriberi", "nl", [
 ("definition", "Wat is beriberi?", "een aandoening die wordt veroorzaakt door een tekort aan vitamine B1 (thiamine)", ["tekort aan vitamine B1", "tekort aan thiamine"], B1),
 ("definition", "Wat is een andere naam voor vitamine B1?", "thiamine", ["thiamine"], B1),
 ("definition", "Wat tast één vorm van beriberi aan?", "het hart- en vaatstelsel", ["hart- en vaatstelsel", "hart en vaatstelsel"], B1),
 ("named-entity", "Uit welke taal is de naam beriberi mogelijk geleend?", "uit het Singalees, de belangrijkste taal van Sri Lanka", ["Singalees"], B2),
 ("definition", "Wat betekent de frase bæri bæri in het Singalees?", "ik kan niet, ik kan niet", ["ik kan niet"], B2),
 ("number", "In welke eeuw is de naam beriberi mogelijk geleend?", "in de 18e eeuw", ["18e eeuw"], B2),
 ("named-entity", "Welke Nederlandse arts legde de basis voor het onderzoek naar beriberi?", "Christiaan Eijkman", ["Christiaan Eijkman", "Eijkman"], G1),
 ("number", "In welke jaren legde Eijkman de basis voor het onderzoek naar beriberi?", "in de jaren 1890", ["1890"], G1),
 ("cause-effect", "Wat vertoonden vogels die met gepelde rijst gevoed werden?", "vergelijkbare symptomen als de beriberipatiënten", ["vergelijkbare symptomen"], G1),
 ("cause-effect", "Waardoor konden de vogels van Eijkman genezen worden?", "als ze ook de rijstpellen te eten kregen", ["rijstpellen"], G1),
 ("named-entity", "Welke Poolse biochemicus isoleerde de anti-beriberifactor van rijst?", "Casimir Funk", ["Casimir Funk", "Funk"], G2),
 ("number", "In welk jaar isoleerde Casimir Funk de anti-beriberifactor van rijst?", "in 1912", ["1912"], G2),
 ("definition", "Wat is een vitamine volgens de naam die Funk koos?", "een voor het leven essentiële amine", ["essentiële amine"], G2),
 ("named-entity", "Wie publiceerde de chemische formule van vitamine B1?", "Robert R. Williams", ["Robert R. Williams", "Williams"], G3),
 ("definition", "Waar komt beriberi vooral voor?", "waar de voeding hoofdzakelijk bestaat uit geslepen rijst", ["geslepen rijst"], V1),
 ("named-entity", "In welk werelddeel wordt beriberi het meest aangetroffen?", "in Azië", ["Azië"], V2),
 ("definition", "Bij wie komt beriberi in de westerse wereld vooral voor?", "bij chronische alcoholisten", ["chronische alcoholisten", "alcoholisten"], V3),
 ("list-member", "Waarin kan beriberi zich uiten?", "gewichtsverlies, stemmingswisselingen, verstoring van de zintuiglijke waarneming, zwakke en pijnlijke ledematen en hartritmestoornissen", ["gewichtsverlies", "stemmingswisselingen", "hartritmestoornissen"], S1),
 ("definition", "Welke zwellingen treden bij beriberi vaak op?", "oedeem", ["oedeem"], S2),
 ("cause-effect", "Waartoe kan beriberi in een gevorderd stadium leiden?", "tot hartfalen en zelfs de dood", ["hartfalen"], S3),
 ("list-member", "Welke twee verschijningsvormen heeft beriberi?", "natte beriberi en droge beriberi", ["natte beriberi", "droge beriberi"], F1),
 ("definition", "Wat beschadigt natte beriberi?", "het hart", ["hart"], F2),
 ("cause-effect", "Waartoe leidt droge beriberi?", "tot plaatselijke verlamming als gevolg van zenuwbeschadiging", ["plaatselijke verlamming"], F3),
 ("cause-effect", "Welke baby loopt het risico beriberi op te lopen?", "een baby die gevoed wordt met de moedermelk van een vrouw met een thiaminetekort", ["moedermelk van een vrouw met een thiaminetekort", "vrouw met een thiaminetekort"], K1),
 ("definition", "Waarmee wordt beriberi behandeld?", "met thiaminehydrochloride, in tabletvorm of door middel van een injectie", ["thiaminehydrochloride"], T1),
])
L1 = "De krokodilachtigen (Crocodilia), krokodillen of pantserreptielen zijn een orde van reptielen die sterk aan het water aangepast zijn en in tropische en subtropische gebieden leven."
L2 = "Alle soorten zijn waterbewoners die goed kunnen zwemmen, maar ook regelmatig het land betreden."
L3 = "Ze kunnen twee tot zeven meter lang worden en een gewicht bereiken van meer dan duizend kilo."
L4 = "Voorbeelden zijn de zware bepantsering van schubben met onderliggende beenplaatjes en het sterk ontwikkelde spijsverteringsstelsel."
L5 = "Krokodilachtigen zijn vleeseters die een breed scala aan prooien eten, maar voornamelijk leven van vis."
L6 = "De krokodilachtigen worden verdeeld in vier groepen."
L7 = "Deze indeling is gebaseerd op de onderlinge verwantschappen."
L8 = "Deze zijn de echte krokodillen (Crocodylidae), de alligators (Alligatorinae), de kaaimannen (Caimaninae) en de gavialen (Gavialidae)."
L9 = "De wetenschappelijke naam Crocodilia werd voor het eerst gebruikt door Richard Owen in 1842."
L10 = "De Nederlandstalige naam krokodil is afgeleid van het Oudgriekse κροκόδιλος (krokodilos, samengesteld uit κρόκη, kiezelsteen en δρῖλος, worm)."
L11 = "De naam zou slaan op de lichaamsvorm en de kiezelachtige beplating."
E1 = "De echte krokodillen (Crocodylidae) zijn een familie uit de orde krokodilachtigen (Crocodilia)."
E2 = "De wetenschappelijke naam van de groep werd voor het eerst voorgesteld door Georges Cuvier in 1807."
E3 = "Er zijn 17 moderne soorten, waarmee het van de 27 soorten krokodilachtigen de grootste groep is."
E4 = "Echte krokodillen hebben een zeer groot verspreidingsgebied en komen voor in delen van Afrika, Azië, Australië en Noord- en Zuid-Amerika."
E5 = "De habitat bestaat uit zoetwatermoerassen, rivieren, meren, vennen, veengebieden en andere zoete wateren."
E7 = "De grootste soort is de zeekrokodil, waarvan het record staat op meer dan zeven meter."
E8 = "Met een maximale lengte van nog geen twee meter is de breedvoorhoofdkrokodil (Osteolaemus tetraspis) de kleinste soort."
write("nl-krokodilachtigen", "nl", [
 ("definition", "Wat zijn krokodilachtigen?", "een orde van reptielen die sterk aan het water aangepast zijn", ["orde van reptielen"], L1),
 ("named-entity", "Wat is de wetenschappelijke naam van de krokodilachtigen?", "Crocodilia", ["Crocodilia"], L1),
 ("definition", "Hoe worden krokodilachtigen ook genoemd?", "krokodillen of pantserreptielen", ["pantserreptielen"], L1),
 ("definition", "In welke gebieden leven krokodilachtigen?", "in tropische en subtropische gebieden", ["tropische en subtropische gebieden", "tropische en subtropische"], L1),
 ("definition", "Wat voor dieren zijn alle soorten krokodilachtigen?", "waterbewoners die goed kunnen zwemmen, maar ook regelmatig het land betreden", ["waterbewoners"], L2),
 ("number", "Hoe lang kunnen krokodilachtigen worden?", "twee tot zeven meter", ["twee tot zeven meter", "2 tot 7 meter"], L3),
 ("number", "Welk gewicht kunnen krokodilachtigen bereiken?", "meer dan duizend kilo", ["duizend kilo", "1000 kilo"], L3),
 ("list-member", "Wat zijn voorbeelden van de bijzondere kenmerken van krokodilachtigen?", "de zware bepantsering van schubben met onderliggende beenplaatjes en het sterk ontwikkelde spijsverteringsstelsel", ["bepantsering van schubben", "beenplaatjes", "spijsverteringsstelsel"], L4),
 ("definition", "Waarvan leven krokodilachtigen voornamelijk?", "van vis", ["vis"], L5),
 ("number", "In hoeveel groepen worden de krokodilachtigen verdeeld?", "vier", ["vier", "4"], L6),
 ("definition", "Waarop is de indeling van de krokodilachtigen gebaseerd?", "op de onderlinge verwantschappen", ["onderlinge verwantschappen"], L7),
 ("list-member", "Wat zijn de Nederlandse namen van de vier groepen krokodilachtigen Crocodylidae, Alligatorinae, Caimaninae en Gavialidae?", "echte krokodillen, alligators, kaaimannen en gavialen", ["echte krokodillen", "alligators", "kaaimannen", "gavialen"], L8),
 ("named-entity", "Wie gebruikte de wetenschappelijke naam Crocodilia voor het eerst?", "Richard Owen", ["Richard Owen", "Owen"], L9),
 ("number", "In welk jaar werd de wetenschappelijke naam Crocodilia voor het eerst gebruikt?", "in 1842", ["1842"], L9),
 ("definition", "Waarvan is de Nederlandstalige naam krokodil afgeleid?", "van het Oudgriekse κροκόδιλος (krokodilos)", ["krokodilos", "Oudgriekse"], L10),
 ("definition", "Waarop zou de naam krokodil slaan?", "op de lichaamsvorm en de kiezelachtige beplating", ["lichaamsvorm", "kiezelachtige beplating"], L11),
 ("definition", "Wat zijn de echte krokodillen?", "een familie uit de orde krokodilachtigen", ["familie uit de orde krokodilachtigen", "familie"], E1),
 ("named-entity", "Wat is de wetenschappelijke naam van de echte krokodillen?", "Crocodylidae", ["Crocodylidae"], E1),
 ("named-entity", "Wie stelde de wetenschappelijke naam van de echte krokodillen voor het eerst voor?", "Georges Cuvier, in 1807", ["Georges Cuvier", "Cuvier"], E2),
 ("number", "Hoeveel moderne soorten echte krokodillen zijn er?", "17", ["17"], E3),
 ("number", "Hoeveel soorten krokodilachtigen zijn er?", "27", ["27"], E3),
 ("list-member", "In welke werelddelen komen echte krokodillen voor?", "in delen van Afrika, Azië, Australië en Noord- en Zuid-Amerika", ["Afrika", "Azië", "Australië", "Noord- en Zuid-Amerika"], E4),
 ("list-member", "Waaruit bestaat de habitat van echte krokodillen?", "zoetwatermoerassen, rivieren, meren, vennen, veengebieden en andere zoete wateren", ["zoetwatermoerassen", "veengebieden", "zoete wateren"], E5),
 ("named-entity", "Wat is de grootste soort krokodil?", "de zeekrokodil", ["zeekrokodil"], E7),
 ("named-entity", "Wat is de kleinste soort krokodil?", "de breedvoorhoofdkrokodil (Osteolaemus tetraspis)", ["breedvoorhoofdkrokodil", "Osteolaemus tetraspis"], E8),
])
A1 = "A landslide is defined as \"the movement of a mass of rock, debris, or earth down a slope\"."
A2 = "Landslides are a type of \"mass wasting,\" which denotes any down-slope movement of soil and rock under the direct influence of gravity."
A3 = "The term \"landslide\" encompasses five modes of slope movement: falls, topples, slides, spreads, and flows."
A4 = "These are further subdivided by the type of geologic material (bedrock, debris, or earth)."
A5 = "Debris flows (commonly referred to as mudflows or mudslides) and rock falls are examples of common landslide types."
C1 = "Almost every landslide has multiple causes."
C2 = "Slope movement occurs when forces acting down-slope (mainly due to gravity) exceed the strength of the earth materials that compose the slope."
C3 = "Landslides can be initiated in slopes already on the verge of movement by rainfall, snowmelt, changes in water level, stream erosion, changes in ground water, earthquakes, volcanic activity, disturbance by human activities, or any combination of these factors."
C4 = "These landslides are called submarine landslides."
C5 = "Submarine landslides sometimes cause tsunamis that damage coastal areas."
D1 = "Landslides can move slowly, (millimeters per year) or can move quickly and disastrously, as is the case with debris flows."
D2 = "Debris flows can travel down a hillside at speeds up to 200 miles per hour (more commonly, 30 - 50 miles per hour), depending on the slope angle, water content, volume of debris, and type of earth and debris in the flow."
D3 = "These flows are initiated by heavy, usually sustained, periods of rainfall, but sometimes can happen as a result of short bursts of concentrated rainfall or other factors in susceptible areas."
W1 = "Landslides occur in every state and U.S. territory."
W2 = "The Appalachian Mountains, the Rocky Mountains and the Pacific Coastal Ranges and some parts of Alaska and Hawaii have severe landslide problems."
K1 = "An average of 25-50 people are killed by landslides each year in the United States."
K2 = "The worldwide death toll per year due to landslides is in the thousands."
K3 = "Most landslide fatalities are from rock falls, debris flows, or volcanic debris flows (called lahars)."
M1 = "Twenty-three people were killed, at least 167 injured, and more than 400 homes were damaged by a series of debris flows that impacted the California community of Montecito in Santa Barbara County on January 9, 2018."
M2 = "The debris flows were triggered by heavy rain that fell on steep hillsides that had been burned by the Thomas Wildfire, which at that time was the largest wildfire in California history."
write("en-usgs-landslides", "en", [
 ("definition", "What is a landslide?", "the movement of a mass of rock, debris, or earth down a slope", ["movement of a mass of rock, debris, or earth down a slope", "movement of a mass of rock"], A1),
 ("definition", "What type of process are landslides?", "a type of mass wasting", ["mass wasting"], A2),
 ("definition", "What does mass wasting denote?", "any down-slope movement of soil and rock under the direct influence of gravity", ["down-slope movement of soil and rock"], A2),
 ("number", "How many modes of slope movement does the term landslide encompass?", "five", ["five", "5"], A3),
 ("list-member", "What are the modes of slope movement that the term landslide encompasses?", "falls, topples, slides, spreads, and flows", ["falls", "topples", "slides", "spreads", "flows"], A3),
 ("list-member", "By what types of geologic material are the modes of slope movement subdivided?", "bedrock, debris, or earth", ["bedrock", "debris", "earth"], A4),
 ("definition", "What are debris flows commonly referred to as?", "mudflows or mudslides", ["mudflows", "mudslides"], A5),
 ("definition", "How many causes does almost every landslide have?", "multiple causes", ["multiple causes", "multiple"], C1),
 ("cause-effect", "When does slope movement occur?", "when forces acting down-slope exceed the strength of the earth materials that compose the slope", ["exceed the strength of the earth materials", "exceed the strength"], C2),
 ("cause-effect", "What mainly causes the forces acting down-slope?", "gravity", ["gravity"], C2),
 ("list-member", "By what can landslides be initiated in slopes already on the verge of movement?", "rainfall, snowmelt, changes in water level, stream erosion, changes in ground water, earthquakes, volcanic activity, disturbance by human activities", ["rainfall", "snowmelt", "stream erosion", "earthquakes", "volcanic activity"], C3),
 ("definition", "What are landslides underwater called?", "submarine landslides", ["submarine landslides"], C4),
 ("cause-effect", "What do submarine landslides sometimes cause?", "tsunamis that damage coastal areas", ["tsunamis"], C5),
 ("number", "How fast can landslides move slowly?", "millimeters per year", ["millimeters per year"], D1),
 ("number", "Up to what speed can debris flows travel down a hillside?", "up to 200 miles per hour", ["200 miles per hour"], D2),
 ("number", "How fast do debris flows more commonly travel?", "30 - 50 miles per hour", ["30 - 50 miles per hour", "30-50 miles per hour", "30 to 50 miles per hour"], D2),
 ("cause-effect", "What initiates debris flows?", "heavy, usually sustained, periods of rainfall", ["periods of rainfall"], D3),
 ("definition", "Where do landslides occur in the United States?", "in every state and U.S. territory", ["every state"], W1),
 ("list-member", "Which regions have severe landslide problems?", "the Appalachian Mountains, the Rocky Mountains, the Pacific Coastal Ranges and some parts of Alaska and Hawaii", ["Appalachian Mountains", "Rocky Mountains", "Pacific Coastal Ranges"], W2),
 ("number", "How many people are killed by landslides each year in the United States?", "an average of 25-50", ["25-50", "25 to 50"], K1),
 ("number", "What is the worldwide death toll per year due to landslides?", "in the thousands", ["thousands"], K2),
 ("definition", "What are volcanic debris flows called?", "lahars", ["lahars"], K3),
 ("named-entity", "Which California community was hit by a series of debris flows on January 9, 2018?", "Montecito, in Santa Barbara County", ["Montecito"], M1),
 ("number", "How many people were killed by the debris flows in Montecito?", "twenty-three", ["twenty-three", "23"], M1),
 ("cause-effect", "What triggered the debris flows in Montecito?", "heavy rain on steep hillsides that had been burned by the Thomas Wildfire", ["heavy rain", "Thomas Wildfire"], M2),
])
N1 = "Anemia is a condition in which your blood has a lower-than-normal amount of red blood cells or hemoglobin."
N2 = "Hemoglobin is an iron-rich protein that helps red blood cells carry oxygen from the lungs to the rest of the body."
N3 = "If you have anemia, your body does not get enough oxygen-rich blood."
N4 = "This can cause you to feel tired or weak."
N5 = "You may also have shortness of breath, dizziness, headaches, or an irregular heartbeat."
N6 = "Mild anemia is a common and treatable condition that can occur in anyone."
N7 = "Some people are at a higher risk for anemia, including women during their menstrual periods and pregnancy and people who donate blood frequently, do not get enough iron or certain vitamins, or take certain medicines or treatments, such as chemotherapy for cancer."
N8 = "It may result from chronic bleeding in the stomach."
N9 = "Chronic inflammation from an infection, kidney disease, cancer, or autoimmune diseases can also cause the body to make fewer red blood cells."
N10 = "He or she will use a simple blood test to confirm that you have low amounts of red blood cells or hemoglobin."
N11 = "For some types of mild to moderate anemia, your doctor may recommend over-the-counter or prescription iron supplements, certain vitamins, intravenous iron therapy, or medicines that make your body produce more red blood cells."
N12 = "To prevent anemia in the future, your doctor may also suggest healthy eating changes."
N13 = "If you have severe anemia, your doctor may recommend red blood cell transfusions."
R1 = "Anemia has three main causes: blood loss, lack of red blood cell production, or high rates of red blood cell destruction."
R2 = "Blood loss is the most common cause of anemia, especially iron-deficiency anemia."
R3 = "Heavy menstrual periods or bleeding in the digestive or urinary tract can cause blood loss."
R4 = "Surgery, trauma, or cancer also can cause blood loss."
X1 = "One example of an acquired condition that can do this is an enlarged or diseased spleen."
X2 = "The spleen is an organ that removes worn out red blood cells from the body."
X4 = "Examples of inherited conditions that can cause your body to destroy too many red blood cells include sickle cell anemia, thalassemias, and lack of certain enzymes."
X5 = "These conditions create defects in the red blood cells that cause them to die faster than healthy red blood cells."
write("en-nhlbi-anemia", "en", [
 ("definition", "What is anemia?", "a condition in which your blood has a lower-than-normal amount of red blood cells or hemoglobin", ["lower-than-normal amount of red blood cells", "lower-than-normal amount"], N1),
 ("definition", "What is hemoglobin?", "an iron-rich protein that helps red blood cells carry oxygen", ["iron-rich protein"], N2),
 ("definition", "What does hemoglobin help red blood cells carry from the lungs to the rest of the body?", "oxygen", ["oxygen"], N2),
 ("cause-effect", "What does your body not get enough of if you have anemia?", "oxygen-rich blood", ["oxygen-rich blood"], N3),
 ("cause-effect", "How can anemia make you feel?", "tired or weak", ["tired or weak", "tired", "weak"], N4),
 ("list-member", "What other symptoms may you have with anemia?", "shortness of breath, dizziness, headaches, or an irregular heartbeat", ["shortness of breath", "dizziness", "headaches", "irregular heartbeat"], N5),
 ("definition", "What kind of condition is mild anemia?", "a common and treatable condition that can occur in anyone", ["common and treatable"], N6),
 ("list-member", "Which people are at a higher risk for anemia?", "women during their menstrual periods and pregnancy, and people who donate blood frequently, do not get enough iron or certain vitamins, or take certain medicines or treatments", ["menstrual periods", "pregnancy", "donate blood frequently"], N7),
 ("named-entity", "Which cancer treatment puts people at a higher risk for anemia?", "chemotherapy", ["chemotherapy"], N7),
 ("cause-effect", "From what chronic bleeding may anemia result?", "chronic bleeding in the stomach", ["bleeding in the stomach", "stomach"], N8),
 ("list-member", "What can cause the body to make fewer red blood cells?", "chronic inflammation from an infection, kidney disease, cancer, or autoimmune diseases", ["chronic inflammation", "kidney disease", "autoimmune diseases"], N9),
 ("definition", "What test does a doctor use to confirm anemia?", "a simple blood test", ["simple blood test", "blood test"], N10),
 ("list-member", "What may a doctor recommend for mild to moderate anemia?", "iron supplements, certain vitamins, intravenous iron therapy, or medicines that make your body produce more red blood cells", ["iron supplements", "intravenous iron therapy", "certain vitamins"], N11),
 ("definition", "What may your doctor suggest to prevent anemia in the future?", "healthy eating changes", ["healthy eating changes"], N12),
 ("definition", "What may a doctor recommend for severe anemia?", "red blood cell transfusions", ["red blood cell transfusions", "transfusions"], N13),
 ("number", "How many main causes does anemia have?", "three", ["three", "3"], R1),
 ("list-member", "What are the main causes of anemia?", "blood loss, lack of red blood cell production, or high rates of red blood cell destruction", ["blood loss", "lack of red blood cell production", "red blood cell destruction"], R1),
 ("definition", "What is the most common cause of anemia?", "blood loss", ["blood loss"], R2),
 ("definition", "Of which type of anemia is blood loss especially the most common cause?", "iron-deficiency anemia", ["iron-deficiency anemia", "iron-deficiency"], R2),
 ("list-member", "What bleeding can cause blood loss?", "heavy menstrual periods or bleeding in the digestive or urinary tract", ["heavy menstrual periods", "digestive or urinary tract"], R3),
 ("list-member", "What else can cause blood loss?", "surgery, trauma, or cancer", ["surgery", "trauma", "cancer"], R4),
 ("cause-effect", "Which acquired condition can cause your body to destroy too many red blood cells?", "an enlarged or diseased spleen", ["enlarged or diseased spleen"], X1),
 ("definition", "Which organ removes worn out red blood cells from the body?", "the spleen", ["spleen"], X2),
 ("list-member", "Which inherited conditions can cause your body to destroy too many red blood cells?", "sickle cell anemia, thalassemias, and lack of certain enzymes", ["sickle cell anemia", "thalassemias", "lack of certain enzymes"], X4),
 ("cause-effect", "Why do red blood cells die faster than healthy ones in these inherited conditions?", "these conditions create defects in the red blood cells", ["defects in the red blood cells", "defects"], X5),
])
