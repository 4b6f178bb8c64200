# Gold lists for the fifth round of held-out texts, written and committed before the generator ran on them.
from mkgold import write
K1 = "Koraal is een verzamelnaam voor zeedieren van de klasse Anthozoa (bloemdieren)."
K3 = "De Alcyonaria worden ook wel Octocorallia genoemd, naar de acht (octo) tentakels die elke poliep telt."
K4 = "De Zoantharia, of Hexacorallia, zijn poliepen met zes (hexa) tentakels of een veelvoud daarvan."
R2 = "Deze dieren zijn sessiel: na een larvestadium waarin zij vrij rondzwemmen in de oceaan, vestigen zij zich op een geschikte plek in ondiep water en zetten zich daar vast door een behuizing te bouwen die uit een kalkskelet bestaat."
R5 = "Het grootste rif is het Groot Barrièrerif dat het grootste deel van de oostkust van Australië afschermt en het voor de scheepvaart moeilijk toegankelijk maakt."
write("nl-koralen-koraalriffen", "nl", [
 ("definition", "Wat is koraal?", "een verzamelnaam voor zeedieren van de klasse Anthozoa", ["verzamelnaam voor zeedieren", "zeedieren van de klasse Anthozoa"], K1),
 ("named-entity", "Tot welke klasse behoren koralen?", "Anthozoa (bloemdieren)", ["Anthozoa", "bloemdieren"], K1),
 ("definition", "Op welk dier lijken koraaldiertjes door hun tentakelkrans?", "een zeeanemoon", ["zeeanemoon"], "Het zijn diertjes van maar een paar millimeter die door hun tentakelkrans wel wat lijken op een zeeanemoon (zie ook neteldieren)."),
 ("definition", "Hoe worden koraaldiertjes ook genoemd?", "poliepen", [], "Deze diertjes, ook wel poliepen genoemd, leven vaak in kolonies."),
 ("definition", "Hoe leven koraalpoliepen vaak?", "in kolonies", ["kolonies"], "Deze diertjes, ook wel poliepen genoemd, leven vaak in kolonies."),
 ("list-member", "Welke twee onderklassen onderscheidt men binnen de Anthozoa?", "de Alcyonaria en de Zoantharia", ["Alcyonaria", "Zoantharia"], "Binnen de klasse Anthozoa onderscheiden we twee onderklassen: de Alcyonaria en de Zoantharia."),
 ("definition", "Hoe worden de Alcyonaria ook genoemd?", "Octocorallia", [], K3),
 ("number", "Hoeveel tentakels telt elke poliep van de Alcyonaria?", "acht", ["8"], K3),
 ("definition", "Wat maken zachte koralen niet aan?", "een uitwendig kalkskelet", ["uitwendig kalkskelet", "kalkskelet"], "De koralen uit deze groep zijn onder andere zachte koralen: ze maken geen uitwendig kalkskelet aan."),
 ("definition", "Hoe worden de Zoantharia ook genoemd?", "Hexacorallia", [], K4),
 ("number", "Hoeveel tentakels hebben de poliepen van de Zoantharia?", "zes of een veelvoud daarvan", ["zes", "6"], K4),
 ("definition", "Tot welke onderklasse behoren de rifbouwende koralen?", "de Zoantharia (Hexacorallia)", ["Zoantharia", "Hexacorallia"], "De koralen die zorgen voor de opbouw van koraalriffen, formaties van kalksteen, behoren tot deze groep."),
 ("definition", "Wat zijn de rifbouwende koralen?", "koloniekoralen", [], "De rifbouwende koralen zijn koloniekoralen."),
 ("definition", "Waarop maken de poliepen van een kolonie hun gezamenlijk kalkskelet aan?", "boven op het skelet van overleden poliepen uit diezelfde kolonie", ["skelet van overleden poliepen"], "Dat gebeurt boven op het skelet van overleden poliepen uit diezelfde kolonie."),
 ("definition", "Hoe heten koralen die afzonderlijk in een eigen kalkskelet groeien?", "enkelkoralen", [], "Er bestaan ook enkelkoralen: zij groeien afzonderlijk en in een eigen uitwendig kalkskelet."),
 ("number", "Hoeveel soorten koraal zijn er bekend?", "zo'n 4500", ["4500"], "Er zijn zo'n 4500 soorten koraal bekend."),
 ("number", "Hoe lang is het Groot Barrièrerif?", "2600 kilometer", ["2600 km", "2600"], "Plaatselijk vormen ze grote kolonies, banken en riffen, bijvoorbeeld het 2600 kilometer lange Groot Barrièrerif voor de kust van Australië."),
 ("definition", "In welke zeeën groeien koralen?", "in alle warme en schone zeeën en oceanen", ["warme en schone zeeën"], "Koralen groeien in alle warme en schone zeeën en oceanen."),
 ("definition", "Wat is een koraalrif?", "een ondiepte in de zee die opgebouwd wordt door koraalpoliepen", ["ondiepte in de zee"], "Een koraalrif is een ondiepte in de zee die opgebouwd wordt door koraalpoliepen, levende wezens uit de groep van de neteldieren."),
 ("named-entity", "Tot welke groep dieren behoren koraalpoliepen?", "de neteldieren", ["neteldieren"], "Een koraalrif is een ondiepte in de zee die opgebouwd wordt door koraalpoliepen, levende wezens uit de groep van de neteldieren."),
 ("definition", "Hoe noemt men dieren die zich na het larvestadium vastzetten, zoals koraalpoliepen?", "sessiel", [], R2),
 ("definition", "Wat vangen koraalpoliepen vanuit hun behuizing uit het water?", "plankton", [], "Vanuit deze behuizing vangen zij plankton uit het water."),
 ("named-entity", "Met welke eencellige algen leven veel koralen samen?", "de zooxanthellen", ["zooxanthellen"], "Veel soorten komen ook aan hun voedsel door een samenleving met eencellige algen, de zooxanthellen."),
 ("cause-effect", "Waarom vindt koraalrifontwikkeling meestal niet dieper plaats dan op 50 meter?", "de algen (zooxanthellen) hebben licht nodig", ["algen hebben licht nodig", "licht"], "Deze algen hebben licht nodig en dat verklaart waardoor koraalrifontwikkeling meestal niet dieper plaatsvindt dan op 50 meter."),
 ("number", "Tot welke diepte vindt koraalrifontwikkeling meestal plaats?", "50 meter", ["50 m"], "Deze algen hebben licht nodig en dat verklaart waardoor koraalrifontwikkeling meestal niet dieper plaatsvindt dan op 50 meter."),
 ("named-entity", "Wat is het grootste koraalrif?", "het Groot Barrièrerif", ["Groot Barrièrerif"], R5),
 ("definition", "Wat zijn de grootste biogene structuren op aarde?", "koraalriffen", [], "Koraalriffen zijn daarmee de grootste biogene structuren op aarde."),
 ("number", "Welk deel van alle zoutwatervissen leeft naar schatting in de buurt van koraalriffen?", "een kwart", ["kwart"], "Naar schatting leeft een kwart van alle zoutwatervissen in de buurt van koraalriffen."),
 ("number", "Welk deel van het oceaanoppervlak beslaan koraalriffen?", "0,02%", ["0,02 procent"], "De riffen beslaan 0,02% van het oceaanoppervlak."),
])
A1 = "Ascorbinezuur, beter bekend als vitamine C, is een wateroplosbare organische verbinding met als brutoformule C6H8O6."
A2 = "Ascorbinezuur is betrokken bij verschillende fysiologische processen, zoals de vorming van bindweefsel, de opname van ijzer en instandhouding van het immuunsysteem."
A3 = "Hoewel de meeste dieren in staat zijn vitamine C zelf aan te maken, is het voor de mens een essentieel nutriënt, een stof die enkel uit voeding kan worden verkregen."
M1 = "Een mitochondrion of mitochondrium (meervoud mitochondriën of mitochondria) is een celorganel dat een dubbel membraan bevat en in het cytoplasma van de cel ligt."
write("nl-vitamine-c-mitochondrien", "nl", [
 ("definition", "Onder welke naam is ascorbinezuur beter bekend?", "vitamine C", [], A1),
 ("definition", "Wat voor stof is ascorbinezuur?", "een wateroplosbare organische verbinding", ["wateroplosbare organische verbinding", "wateroplosbaar"], A1),
 ("definition", "Wat is de brutoformule van ascorbinezuur?", "C6H8O6", [], A1),
 ("list-member", "Bij welke fysiologische processen is ascorbinezuur betrokken?", "de vorming van bindweefsel, de opname van ijzer en instandhouding van het immuunsysteem", ["vorming van bindweefsel", "opname van ijzer", "immuunsysteem"], A2),
 ("definition", "Waarom is vitamine C voor de mens een essentieel nutriënt?", "de mens kan het niet zelf aanmaken; het kan enkel uit voeding worden verkregen", ["enkel uit voeding", "uit voeding"], A3),
 ("definition", "Wat is een essentieel nutriënt?", "een stof die enkel uit voeding kan worden verkregen", ["stof die enkel uit voeding kan worden verkregen"], A3),
 ("definition", "Wat zijn de belangrijkste bronnen van vitamine C?", "citrusvruchten en andere soorten fruit", ["citrusvruchten"], "De belangrijkste bronnen van vitamine C zijn citrusvruchten en andere soorten fruit, evenals de groeiende uiteinden (knoppen en scheuten) van verscheidene planten."),
 ("definition", "Waarom wordt vitamine C vaak aan levensmiddelen toegevoegd?", "als antioxidant", ["antioxidant"], "De vitamine wordt vaak als antioxidant toegevoegd aan levensmiddelen."),
 ("definition", "Wat is het E-nummer van ascorbinezuur?", "E300", [], "Het E-nummer van ascorbinezuur is E300."),
 ("definition", "Waarvan is de naam ascorbinezuur afgeleid?", "van a (niet) en scorbutus (scheurbuik)", ["scorbutus", "a en scorbutus"], "De naam ascorbinezuur is afgeleid van a (niet) en scorbutus, een woord dat verbasterd is tot scheurbuik."),
 ("number", "In welk jaar werd ascorbinezuur geïdentificeerd als het middel dat scheurbuik geneest?", "1932", [], "Ascorbinezuur werd in 1932 geïdentificeerd als het middel dat scheurbuik geneest."),
 ("definition", "Welke ziekte geneest ascorbinezuur?", "scheurbuik", [], "Ascorbinezuur werd in 1932 geïdentificeerd als het middel dat scheurbuik geneest."),
 ("definition", "Welk middel bleek in de 18e eeuw scheurbuik te voorkomen?", "citroensap", [], "In de 18e eeuw werd bekend dat met name citroensap een probaat middel was ter voorkoming van scheurbuik."),
 ("definition", "Naar welke factor was men vanaf het einde van de 19e eeuw op zoek?", "de antischeurbuikfactor", ["antischeurbuikfactor"], "Vanaf het einde van de 19e eeuw was men op zoek naar de zogenaamde \"antischeurbuikfactor\"."),
 ("definition", "Wat is een mitochondrion?", "een celorganel dat een dubbel membraan bevat", ["celorganel"], M1),
 ("definition", "Waar in de cel ligt een mitochondrion?", "in het cytoplasma", ["cytoplasma"], M1),
 ("definition", "Wat is het meervoud van mitochondrion?", "mitochondriën of mitochondria", ["mitochondriën", "mitochondria"], M1),
 ("definition", "Met welke microscoop zijn mitochondriën goed herkenbaar?", "met een elektronenmicroscoop", ["elektronenmicroscoop"], "Met een elektronenmicroscoop zijn ze zeer herkenbaar en doorgaans ovaalvormig, maar de vorm kan ook staaf- of bolvormig zijn."),
 ("definition", "Welke vorm hebben mitochondriën doorgaans?", "ovaalvormig", ["ovaal"], "Met een elektronenmicroscoop zijn ze zeer herkenbaar en doorgaans ovaalvormig, maar de vorm kan ook staaf- of bolvormig zijn."),
 ("definition", "Hoe heten de instulpingen van het inwendig membraan van een mitochondrium?", "de cristae", ["cristae"], "- een inwendig membraan, met instulpingen, de cristae;"),
 ("definition", "Wat zit er tussen de cristae?", "de matrix (vloeistof) of stroma", ["matrix", "stroma"], "- tussen de cristae zit de matrix (vloeistof) of stroma."),
 ("cause-effect", "Waarmee staat het aantal cristae in relatie?", "de intensiteit van de ademhaling", ["intensiteit van de ademhaling"], "Het aantal cristae staat ook in relatie met de intensiteit van de ademhaling."),
 ("definition", "Wat zijn de energiecentrales van de cel?", "de mitochondriën", ["mitochondriën"], "De mitochondriën zijn de energiecentrales van de cel."),
 ("cause-effect", "Waarmee staat het aantal mitochondriën per cel in relatie?", "de energiebehoefte van die cel", ["energiebehoefte"], "Het aantal mitochondriën per cel staat dan ook in relatie tot de energiebehoefte van die cel."),
 ("definition", "Wat bevatten de cristae?", "de ademhalingsenzymen", ["ademhalingsenzymen"], "De cristae in de mitochondriën bevatten de ademhalingsenzymen."),
 ("list-member", "In de vorm van welke stoffen komt de energie van de ademhalingsreactie beschikbaar?", "ATP, NADH en FADH2", ["ATP", "NADH", "FADH2"], "Deze energie komt beschikbaar in de vorm van de stoffen ATP, NADH en FADH2."),
 ("definition", "Welke stof is een belangrijke energiebron voor zeer veel reacties in een cel?", "ATP", [], "Met name is ATP een belangrijke energiebron voor zeer veel reacties in een cel."),
])
L1 = "Malaria is a mosquito-borne disease that can cause infected people to become very sick with high fever, chills, and flu-like illness."
L3 = "Substantial progress has been made globally to control and eliminate malaria, but it continues to be a significant public health problem with roughly 3.2 billion people worldwide at risk for the disease."
L6 = "NIAID is conducting and supporting research to better understand the disease, develop effective alternatives to mosquito control, and create diagnostics, treatments, and a vaccine to prevent infection."
W2 = "This complex parasitic disease, transmitted from person to person by the bite of infected mosquitoes, threatens the lives and livelihoods of millions of people in tropical areas around the globe."
W5 = "Malaria infection, when uncomplicated, can lead to the disease's hallmark symptoms of chills, intense fever, and sweating, all of which can be quite debilitating."
W7 = "If infection progresses to severe malaria, it can lead to coma, seizures, severe anemia, respiratory distress, organ failure, shock, and even death."
W9 = "According to the World Health Organization, in 2020 alone 241 million people worldwide suffered from malaria, with 627,000 estimated deaths."
write("en-niaid-malaria", "en", [
 ("definition", "What kind of disease is malaria?", "a mosquito-borne disease", ["mosquito-borne", "parasitic disease"], L1),
 ("list-member", "What symptoms can malaria cause in infected people?", "high fever, chills, and flu-like illness", ["fever", "chills", "flu-like illness"], L1),
 ("number", "How many people worldwide are at risk for malaria?", "roughly 3.2 billion", ["3.2 billion"], L3),
 ("named-entity", "Which agency is the lead agency in the U.S. federal government supporting malaria research?", "NIAID", ["National Institute of Allergy and Infectious Diseases"], "NIAID is the lead agency in the U.S. federal government supporting malaria research and development."),
 ("definition", "What are the goals of NIAID's malaria research?", "reducing morbidity and mortality from malaria and ultimately eradicating the disease", ["eradicating the disease", "reducing morbidity and mortality"], "The Institute has a longstanding commitment to malaria research to support the goals of reducing morbidity and mortality from malaria and ultimately eradicating the disease."),
 ("list-member", "What tools does NIAID research aim to create against malaria?", "diagnostics, treatments, and a vaccine", ["diagnostics", "treatments", "a vaccine", "vaccine"], L6),
 ("definition", "Which part of malaria research does NIAID fund the majority of?", "basic malaria research", ["basic research"], "NIAID plays a unique role in the global effort against malaria in that it funds the majority of basic malaria research."),
 ("list-member", "Which three elements does the full cycle of malarial disease cover?", "parasite, mosquito and human host", ["parasite", "mosquito", "human host"], "The NIAID Malaria Research Program encompasses a broad range of topics, covering the full cycle of malarial disease, from parasite to mosquito to human host."),
 ("definition", "What kind of disease is malaria, by its cause?", "a complex parasitic disease", ["parasitic disease", "parasitic"], W2),
 ("cause-effect", "How is malaria transmitted from person to person?", "by the bite of infected mosquitoes", ["bite of infected mosquitoes", "mosquito bite"], W2),
 ("definition", "Where does malaria threaten millions of people?", "in tropical areas around the globe", ["tropical areas"], W2),
 ("number", "On which day is World Malaria Day held each year?", "April 25", ["25 April"], "Each year, on April 25, World Malaria Day provides an opportunity to reflect on recent advances in controlling this disease and the challenges that remain."),
 ("list-member", "What are the hallmark symptoms of uncomplicated malaria?", "chills, intense fever, and sweating", ["chills", "intense fever", "sweating"], W5),
 ("list-member", "What can severe malaria lead to?", "coma, seizures, severe anemia, respiratory distress, organ failure, shock, and death", ["coma", "seizures", "severe anemia", "organ failure", "death"], W7),
 ("named-entity", "During which pandemic was malaria particularly challenging to control?", "the COVID-19 pandemic", ["COVID-19"], "Despite recent advances, malaria has remained a challenging disease to control, and particularly so during the COVID-19 pandemic."),
 ("number", "How many people worldwide suffered from malaria in 2020?", "241 million", [], W9),
 ("number", "How many estimated deaths did malaria cause in 2020?", "627,000", [], W9),
 ("definition", "Who have been particularly affected by malaria in recent decades?", "children and pregnant women in Africa", ["children and pregnant women"], "In recent decades, children and pregnant women in Africa have been particularly affected."),
 ("named-entity", "Which mosquitoes transmit the malaria parasite?", "Anopheles mosquitoes", ["Anopheles"], "Anopheles mosquitoes transmit the malaria parasite from person to person."),
 ("definition", "Through whose bodies do malaria parasites migrate during their life cycle?", "the mosquitoes that transmit them and the people they infect", ["mosquitoes and people"], "Over the course of malaria parasites' life cycle, they migrate through the bodies of mosquitoes that transmit them and the people they infect and undergo a series of dramatic changes."),
])
B3 = "Our bones also store minerals such as calcium and phosphorous, which help keep our bones strong, and release them into the body when we need them for other uses."
B5 = "Eating foods rich in calcium and vitamin D, getting plenty of exercise, and having good health habits help keep our bones healthy."
write("en-niams-bone-health", "en", [
 ("definition", "What do our bones allow us to do?", "move", ["support us and allow us to move"], "Our bones support us and allow us to move."),
 ("list-member", "Which organs do our bones protect from injury?", "the brain, heart, and other organs", ["brain", "heart"], "They protect our brain, heart, and other organs from injury."),
 ("list-member", "Which minerals do bones store?", "calcium and phosphorous", ["calcium", "phosphorous", "phosphorus"], B3),
 ("list-member", "What helps keep our bones healthy?", "foods rich in calcium and vitamin D, plenty of exercise, and good health habits", ["calcium and vitamin D", "exercise", "good health habits"], B5),
 ("cause-effect", "What can happen to our bones if we don't eat right and don't exercise enough?", "they can become weak and even break", ["become weak", "break"], "But if we don't eat right and don't get enough of the right kinds of exercise, our bones can become weak and even break."),
 ("definition", "What are broken bones called?", "fractures", [], "Broken bones (called fractures) can be painful and sometimes need surgery to heal."),
 ("definition", "What do broken bones sometimes need to heal?", "surgery", [], "Broken bones (called fractures) can be painful and sometimes need surgery to heal."),
 ("definition", "When is it too late to take care of your bones?", "never", ["it is never too late"], "But the good news is that it is never too late to take care of your bones."),
 ("definition", "What is the most common bone disease?", "osteoporosis", [], "The most common one is osteoporosis (AH-stee-oh-por-OH-sis)."),
 ("definition", "What happens to bones with osteoporosis?", "they become weak and are more likely to break", ["become weak", "more likely to break"], "With osteoporosis, our bones become weak and are more likely to break."),
 ("list-member", "Where do people with osteoporosis most often break bones?", "the wrist, spine, and hip", ["wrist", "spine", "hip"], "People with osteoporosis most often break bones in the wrist, spine, and hip."),
 ("definition", "What does the body do with old bone every day?", "it breaks it down and puts new bone in its place", ["breaks down old bone", "puts new bone in its place"], "Every day, our body breaks down old bone and puts new bone in its place."),
 ("cause-effect", "What happens to bone balance as we get older?", "our bones break down more bone than they put back", ["break down more bone than they put back"], "As we get older, our bones break down more bone than they put back."),
 ("cause-effect", "What happens if we do not take steps to keep our bones healthy?", "we can lose too much bone and get osteoporosis", ["lose too much bone", "osteoporosis"], "But, if we do not take steps to keep our bones healthy, we can lose too much bone and get osteoporosis."),
 ("cause-effect", "Why do many people not know they have weak bones?", "bone loss often happens over a long period of time and doesn't hurt", ["doesn't hurt", "happens over a long period of time"], "That's because bone loss often happens over a long period of time and doesn't hurt."),
 ("definition", "What is for many people the first sign of osteoporosis?", "a broken bone", ["broken bone"], "For many people, a broken bone is the first sign that they have osteoporosis."),
])
