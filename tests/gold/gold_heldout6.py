# Gold lists for the sixth round of held-out texts, written and committed before the generator ran on them.
from mkgold import write
V1 = "Vleermuizen of handvleugeligen (Chiroptera), zijn een orde van meestal kleine zoogdieren."
V2 = "Er zijn ongeveer 1430 verschillende soorten vleermuizen beschreven waardoor ze, na de knaagdieren, de soortenrijkste groep van zoogdieren is."
V4 = "Het zijn de enige zoogdieren die daadwerkelijk kunnen vliegen en het zijn daarnaast de behendigste vliegers uit het dierenrijk."
V6 = "De kleinere soorten worden enkele centimeters lang terwijl de grootste vertegenwoordigers tot veertig cm lang kunnen worden en een spanwijdte bereiken van meer dan anderhalve meter."
W1 = "De walvisachtigen (Cetacea) zijn een infraorde van grote, in het water levende zoogdieren."
W2 = "Er zijn ongeveer 89 beschreven soorten die men heeft onderverdeeld in twee subgroepen: de tandwalvissen (Odontoceti) en de baleinwalvissen (Mysticeti)."
W3 = "Tandwalvissen zijn rovers met een sterk ontwikkeld gebit; voorbeelden zijn de dolfijnen, bruinvissen en potvissen."
W4 = "Baleinwalvissen, zoals de blauwe vinvis en de noordkapers, hebben in plaats van een gebit een hoornachtige zeefstructuur waarmee ze voedingsdeeltjes en kleine zeedieren uit het water filteren."
W5 = "Hoewel walvisachtigen in alle oceanen voorkomen, geven de meeste soorten de voorkeur aan de koudere wateren van het noordelijk en zuidelijk halfrond."
W7 = "Ze voeden zich voornamelijk met kleine vissen en ongewervelde zeedieren; enkele soorten, zoals de orka, voeden zich echter met grotere dieren en vogels, zoals pinguïns en zeehonden."
W9 = "Het vlees, de blubber (isolerende vetlaag) en olie van walvisachtigen worden traditioneel gebruikt door de inheemse volken van de Arctische regio."
write("nl-vleermuizen", "nl", [
 ("definition", "Hoe worden vleermuizen ook genoemd?", "handvleugeligen", ["Chiroptera"], V1),
 ("definition", "Wat zijn vleermuizen?", "een orde van meestal kleine zoogdieren", ["orde van kleine zoogdieren", "kleine zoogdieren"], V1),
 ("number", "Hoeveel soorten vleermuizen zijn er beschreven?", "ongeveer 1430", ["1430"], V2),
 ("definition", "Welke groep zoogdieren is soortenrijker dan de vleermuizen?", "de knaagdieren", ["knaagdieren"], V2),
 ("number", "In hoeveel onderordes worden vleermuizen verdeeld?", "twee", ["2"], "Vleermuizen worden verdeeld in twee onderordes en achttien families."),
 ("number", "In hoeveel families worden vleermuizen verdeeld?", "achttien", ["18"], "Vleermuizen worden verdeeld in twee onderordes en achttien families."),
 ("definition", "Waarmee is het lichaam van vleermuizen bedekt?", "een dichte beharing", ["dichte beharing", "beharing"], "Het lichaam van vleermuizen is bedekt met een dichte beharing."),
 ("definition", "Waaruit zijn de vleugels van vleermuizen ontstaan?", "uit de voorpoten", ["voorpoten"], "Alle soorten beschikken over een enkel paar vleugels die ontstaan zijn uit de voorpoten."),
 ("definition", "Wat zijn de enige zoogdieren die daadwerkelijk kunnen vliegen?", "vleermuizen", [], V4),
 ("definition", "Waaruit bestaan de vleugels van een vleermuis?", "een vlieghuid", ["vlieghuid"], "De vleugels bestaan uit een vlieghuid die is opgespannen tussen de vingers van hun voor- en achterpoten en hun staart."),
 ("definition", "Waarin verschillen vleermuizen sterk?", "in grootte en spanwijdte", ["grootte en spanwijdte"], "Vleermuizen hebben een vrij uniforme lichaamsbouw en -kleur maar verschillen wel sterk in grootte en spanwijdte."),
 ("number", "Hoe lang kunnen de grootste vleermuizen worden?", "tot veertig cm", ["40 cm", "veertig centimeter"], V6),
 ("number", "Welke spanwijdte bereiken de grootste vleermuizen?", "meer dan anderhalve meter", ["anderhalve meter"], V6),
 ("definition", "Waarmee voeden vleermuizen hun jongen?", "ze zogen hun jongen (met melk)", ["zogen", "melk"], "Vleermuizen zogen hun jongen en deze blijven enige tijd bij het moederdier tot ze zelfstandig zijn."),
 ("definition", "Wat eten de meeste vleermuizen?", "insecten of vruchten (insectivoor of frugivoor)", ["insectivoor of juist frugivoor", "insectivoor", "frugivoor"], "De meeste vleermuizen zijn strikt insectivoor of juist frugivoor (vruchtenetend)."),
 ("definition", "Wat betekent frugivoor?", "vruchtenetend", [], "De meeste vleermuizen zijn strikt insectivoor of juist frugivoor (vruchtenetend)."),
 ("definition", "Waarvan leven vampiervleermuizen?", "van het bloed van zoogdieren en vogels", ["bloed"], "Enkele soorten hebben een ander dieet, zoals de vampiervleermuizen die van het bloed leven van zoogdieren en vogels."),
])
write("nl-walvisachtigen", "nl", [
 ("definition", "Wat zijn walvisachtigen?", "een infraorde van grote, in het water levende zoogdieren", ["infraorde", "in het water levende zoogdieren"], W1),
 ("definition", "Wat is de wetenschappelijke naam van de walvisachtigen?", "Cetacea", [], W1),
 ("number", "Hoeveel soorten walvisachtigen zijn er beschreven?", "ongeveer 89", ["89"], W2),
 ("list-member", "In welke twee subgroepen zijn de walvisachtigen onderverdeeld?", "de tandwalvissen en de baleinwalvissen", ["tandwalvissen", "baleinwalvissen"], W2),
 ("list-member", "Noem voorbeelden van tandwalvissen.", "dolfijnen, bruinvissen en potvissen", ["dolfijnen", "bruinvissen", "potvissen"], W3),
 ("definition", "Wat hebben baleinwalvissen in plaats van een gebit?", "een hoornachtige zeefstructuur", ["zeefstructuur"], W4),
 ("list-member", "Noem voorbeelden van baleinwalvissen.", "de blauwe vinvis en de noordkapers", ["blauwe vinvis", "noordkapers"], W4),
 ("definition", "Aan welke wateren geven de meeste walvisachtigen de voorkeur?", "de koudere wateren van het noordelijk en zuidelijk halfrond", ["koudere wateren"], W5),
 ("definition", "Welke zoogdieren zijn het meest aan het leven in het water aangepast?", "walvissen", [], "Walvissen zijn van alle zoogdieren het meest verregaand aan het leven in het water aangepast."),
 ("definition", "Waarmee voeden walvissen zich voornamelijk?", "met kleine vissen en ongewervelde zeedieren", ["kleine vissen", "ongewervelde zeedieren"], W7),
 ("named-entity", "Welke walvisachtige voedt zich met grotere dieren en vogels, zoals pinguïns en zeehonden?", "de orka", ["orka"], W7),
 ("definition", "Hoe communiceren bultruggen en dolfijnen met elkaar?", "door middel van gezang", ["gezang"], "Veel walvissen vertonen complex sociaal gedrag: bultruggen en dolfijnen communiceren met elkaar door middel van gezang."),
 ("definition", "Wat is blubber?", "een isolerende vetlaag", ["isolerende vetlaag", "vetlaag"], W9),
 ("definition", "Wie gebruiken traditioneel het vlees, de blubber en olie van walvisachtigen?", "de inheemse volken van de Arctische regio", ["inheemse volken"], W9),
 ("cause-effect", "Waardoor zijn veel walvissoorten sterk in aantal achteruitgegaan?", "door overbejaging", ["overbejaging"], "Door overbejaging zijn veel walvissoorten sterk in aantal achteruitgegaan."),
 ("definition", "Wat is volgens internationale afspraken verboden?", "de jacht op de grootste walvissen", ["jacht op de grootste walvissen"], "Jacht op de grootste walvissen is tegenwoordig volgens internationale afspraken verboden."),
])
T1 = "Tuberculosis (TB) is a contagious disease caused by infection with Mycobacterium tuberculosis (Mtb) bacteria."
T2 = "It is spread through the air when a person with TB disease of the lungs or throat coughs, speaks or sings, and people nearby breathe in these bacteria and become infected."
T3 = "TB typically affects the lungs, but it can also affect other parts of the body, including the kidney, spine and brain."
T8 = "For people with weakened immune systems, such as those living with HIV infection, the risk of developing TB disease is much higher than for those with normal immune systems."
T11 = "In 2017, 10 million people became ill with TB, and 1.6 million people died of TB disease including 230,000 children, according to the World Health Organization."
T12 = "Over the past 200 years, TB has claimed the lives of more than one billion people---more deaths than from malaria, influenza, smallpox, HIV/AIDS, cholera, and plague combined."
T14 = "NIAID supports and conducts basic, translational and clinical research to better understand TB and expedite the development of innovative new tools and strategies to improve diagnosis, prevention and treatment of TB."
write("en-niaid-tuberculosis", "en", [
 ("definition", "What does TB stand for?", "tuberculosis", [], T1),
 ("named-entity", "Which bacteria cause tuberculosis?", "Mycobacterium tuberculosis (Mtb)", ["Mycobacterium tuberculosis", "Mtb"], T1),
 ("definition", "What kind of disease is tuberculosis?", "a contagious disease", ["contagious"], T1),
 ("definition", "How is TB spread?", "through the air", ["air"], T2),
 ("definition", "Which organ does TB typically affect?", "the lungs", ["lungs"], T3),
 ("list-member", "Which other parts of the body can TB affect?", "the kidney, spine and brain", ["kidney", "spine", "brain"], T3),
 ("definition", "Does everyone infected with TB bacteria become sick?", "no, not everyone", ["not everyone"], "Not everyone infected with TB bacteria becomes sick."),
 ("definition", "Which people have TB bacteria in their bodies but are not sick and cannot spread them?", "people with latent TB infection", ["latent TB infection", "latent TB"], "People who have latent TB infection have the TB bacteria in their bodies but are not sick and cannot spread the bacteria to others."),
 ("definition", "Who can transmit TB bacteria to others?", "individuals with active TB disease", ["active TB disease", "active TB"], "Individuals with active TB disease, however, are sick and may also be able to transmit the bacteria to others."),
 ("definition", "What do many people with latent TB never develop?", "active TB disease", ["active TB"], "Many people with latent TB never develop active TB disease."),
 ("definition", "For which people is the risk of developing TB disease much higher?", "people with weakened immune systems", ["weakened immune systems", "those living with HIV infection"], T8),
 ("definition", "Can latent TB infection and active TB disease be treated?", "yes, both can be treated", ["both", "can be treated"], "Both latent TB infection and active TB disease can be treated."),
 ("definition", "What can latent TB infection progress to without treatment?", "TB disease", ["active TB disease"], "Without treatment, latent TB infection can progress to TB disease, and without proper treatment, TB disease can kill."),
 ("definition", "What is the leading infectious cause of death worldwide?", "tuberculosis", ["TB"], "Tuberculosis is the leading infectious cause of death worldwide."),
 ("number", "How many people became ill with TB in 2017?", "10 million", ["10 million people"], T11),
 ("number", "How many people died of TB disease in 2017?", "1.6 million", ["1.6 million people"], T11),
 ("number", "How many children died of TB disease in 2017?", "230,000", ["230,000 children"], T11),
 ("number", "How many lives has TB claimed over the past 200 years?", "more than one billion", ["one billion", "1 billion"], T12),
 ("definition", "What is a continued threat although TB treatment exists?", "drug resistance", [], "Although TB treatment exists, drug resistance is a continued threat."),
 ("list-member", "What does NIAID's TB research aim to improve?", "diagnosis, prevention and treatment of TB", ["diagnosis", "prevention", "treatment"], T14),
])
M1 = "The moon was formed ~4.5 billion years ago (about 30-50 million years after the origin of our solar system) out of debris thrown into orbit by a massive collision between a smaller proto-Earth and another planetoid, about the size of Mars."
M3 = "The thickness of the regolith varies from about 5 m on mare surfaces to about 10 m on highland surfaces."
M4 = "Between 4.5 and 4.3 billion years ago, a giant object hit the moon near its south pole and formed the South Pole-Aitken Basin, one of the two largest proven impact basins in the solar system."
M6 = "Large mass concentrations (\"mascons\") lie beneath the surface of many large lunar basins and probably represent thick accumulations of dense lava."
write("en-nasa-moon-facts", "en", [
 ("number", "How long ago was the moon formed?", "about 4.5 billion years ago", ["4.5 billion years"], M1),
 ("definition", "Out of what was the moon formed?", "debris thrown into orbit by a massive collision", ["debris", "collision"], M1),
 ("definition", "With a planetoid of what size did the proto-Earth collide?", "about the size of Mars", ["size of Mars", "Mars"], M1),
 ("definition", "What is the pile of rock fragments and dust covering the moon's surface called?", "lunar regolith", ["regolith"], "The moon's surface is covered by a pile of rock fragments and dust called lunar regolith."),
 ("number", "How thick is the regolith on mare surfaces?", "about 5 m", ["5 m"], M3),
 ("number", "How thick is the regolith on highland surfaces?", "about 10 m", ["10 m"], M3),
 ("named-entity", "Which basin did a giant object form near the moon's south pole?", "the South Pole-Aitken Basin", ["South Pole-Aitken Basin", "South Pole-Aitken"], M4),
 ("number", "When did a giant object hit the moon near its south pole?", "between 4.5 and 4.3 billion years ago", ["4.5 and 4.3 billion years"], M4),
 ("definition", "Is mass distributed uniformly inside the moon?", "no", ["not distributed uniformly"], "Mass is not distributed uniformly inside the moon."),
 ("definition", "What are mascons?", "large mass concentrations beneath the surface of lunar basins", ["large mass concentrations", "mass concentrations"], M6),
 ("definition", "What do mascons probably represent?", "thick accumulations of dense lava", ["accumulations of dense lava", "dense lava"], M6),
 ("definition", "Toward what is the moon's center of mass displaced?", "toward Earth", ["Earth"], "Relative to its geometric center, the moon's center of mass is displaced toward Earth by several kilometers."),
 ("number", "In which year did orbiting spacecraft discover water molecules on the moon?", "2009", [], "In 2009, orbiting spacecraft discovered water molecules on the moon."),
 ("definition", "What are the terrae?", "the light colored, rugged highlands of the moon", ["highlands of the moon", "highlands"], "The rocks of the terrae (the light colored, rugged highlands of the moon) are nearly 4.6 billion years old."),
 ("number", "How old are the rocks of the terrae?", "nearly 4.6 billion years", ["4.6 billion years"], "The rocks of the terrae (the light colored, rugged highlands of the moon) are nearly 4.6 billion years old."),
 ("definition", "How powerful are moonquakes compared with earthquakes?", "millions of times less powerful", ["millions of times"], "\"Moonquakes\" are millions of times less powerful than earthquakes."),
 ("named-entity", "On which rocket will LADEE be launched?", "a five-stage Minotaur V rocket", ["Minotaur V"], "LADEE will be launched on a five-stage Minotaur V rocket."),
 ("definition", "What are the first three stages of the Minotaur V?", "former Peacekeeper ballistic solid rocket motors", ["Peacekeeper"], "The first three stages of the Minotaur V are former Peacekeeper ballistic solid rocket motors."),
 ("definition", "What are the fourth and fifth stages of the Minotaur V?", "commercial motors", [], "The fourth and fifth stages are commercial motors."),
 ("number", "How old is the oldest rock collected by the Apollo astronauts?", "4.5 billion years", ["4.5 billion years old"], "The age of the oldest rock collected by the Apollo astronauts is 4.5 billion years old."),
])
