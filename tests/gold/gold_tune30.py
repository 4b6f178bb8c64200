# Gold lists for fresh30's four tuning texts, written and committed before the generator ran on them.
from mkgold import write
W1 = "Gewone tarwe (Triticum aestivum) is een van de voornaamste granen waar de mensheid zich mee voedt, naast rijst en maïs."
W2 = "Tarwe staat met maïs op een gedeelde eerste plaats."
W3 = "De wereldproductie van tarwe bedroeg in het seizoen 2004/2005 611 miljoen ton (611.000.000.000 kg) en in 2019 768 miljoen ton."
W4 = "Gewone tarwe is een zelfbestuivende graansoort."
W5 = "Tarwe is een van de oudste gedomesticeerde planten."
W6 = "De domesticatie vond waarschijnlijk ongeveer 10.000 jaar geleden plaats in het Midden-Oosten en Afrika van Syrië tot Kasjmir en naar het zuiden tot in Ethiopië (de Vruchtbare Halve Maan)."
W7 = "Gewone tarwe is hexaploïd met 42 chromosomen (2n = 6x = 42) en ontstaan door allopolyploïdie uit verschillende voorouders."
W8 = "Vaak ziet men bij kruisingen tussen soorten dat er geen fertiele nakomelingen ontstaan doordat de chromosomenparen te veel verschillen, wat problemen geeft bij de meiose."
W9 = "Door verdubbeling van het aantal chromosomen kan wel een goede paring van de chromosomen optreden."
W10 = "De diploïde eenkoorn (2n = 14) heeft zich gekruist met een diploïde wilde grassoort (2n = 14)."
W11 = "Het grondgetal van het genoom in deze verwantschapsgroep is x = 7."
W12 = "De diploïde hybride die uit de kruising ontstond kon zich niet voortplanten."
W13 = "Na de verdubbeling van de chromosomen van de hybride ontstond een vruchtbare, tetraploïde hybride (met het dubbele aantal chromosomen; 2n = 4x = 28)."
W14 = "Van deze hybride stamt emmertarwe (Triticum dicoccum) af."
W15 = "Emmertarwe heeft zich gekruist met de diploïde Aegilops squarrosa (synoniem: Triticum tauschii, 2n = 14)."
W16 = "Dit zijn dus de uiteindelijke hexaploïde (2n = 6x) gewone tarwe en spelt (Triticum spelta)."
W17 = "In Nederland werd in 2005 116.000 ha wintertarwe en ruim 20.600 ha zomertarwe geteeld."
W18 = "slaat de nederlandstalige naam \"tarwe\" in de eerste plaats, en gewoonlijk, op Triticum aestivum, maar mag ook gebruikt worden voor het geslacht."
W19 = "Gewone tarwe of broodtarwe (Triticum aestivum) is door hybridisatie en ploïdie- of genoommutaties ontstaan uit verschillende voorouders."
write("nl-tarwe", "nl", [
 ("named-entity", "Wat is de wetenschappelijke naam van gewone tarwe?", "Triticum aestivum", ["Triticum aestivum"], W1),
 ("list-member", "Naast welke twee andere granen is gewone tarwe een van de voornaamste granen waar de mensheid zich mee voedt?", "rijst en maïs", ["rijst", "maïs"], W1),
 ("definition", "Met welk graan deelt tarwe de eerste plaats?", "met maïs", ["maïs"], W2),
 ("number", "Hoeveel bedroeg de wereldproductie van tarwe in het seizoen 2004/2005?", "611 miljoen ton", ["611 miljoen ton"], W3),
 ("number", "Hoeveel bedroeg de wereldproductie van tarwe in 2019?", "768 miljoen ton", ["768 miljoen ton"], W3),
 ("definition", "Wat voor graansoort is gewone tarwe wat de bestuiving betreft?", "een zelfbestuivende graansoort", ["zelfbestuivende", "zelfbestuiver"], W4),
 ("definition", "Tot welke planten behoort tarwe wat de domesticatie betreft?", "tot de oudste gedomesticeerde planten", ["oudste gedomesticeerde planten"], W5),
 ("number", "Hoeveel jaar geleden vond de domesticatie van tarwe waarschijnlijk plaats?", "ongeveer 10.000 jaar geleden", ["10.000 jaar"], W6),
 ("named-entity", "In welk gebied vond de domesticatie van tarwe waarschijnlijk plaats?", "in de Vruchtbare Halve Maan: het Midden-Oosten en Afrika van Syrië tot Kasjmir en tot in Ethiopië", ["Vruchtbare Halve Maan", "Midden-Oosten"], W6),
 ("number", "Hoeveel chromosomen heeft gewone tarwe?", "42", ["42 chromosomen", "42"], W7),
 ("definition", "Door welk proces is gewone tarwe ontstaan uit verschillende voorouders?", "door allopolyploïdie", ["allopolyploïdie"], W7),
 ("cause-effect", "Waarom ontstaan er bij kruisingen tussen soorten vaak geen fertiele nakomelingen?", "doordat de chromosomenparen te veel verschillen, wat problemen geeft bij de meiose", ["chromosomenparen te veel verschillen"], W8),
 ("cause-effect", "Waardoor kan wel een goede paring van de chromosomen optreden?", "door verdubbeling van het aantal chromosomen", ["verdubbeling van het aantal chromosomen"], W9),
 ("named-entity", "Met welke plant heeft de diploïde eenkoorn zich gekruist?", "met een diploïde wilde grassoort", ["wilde grassoort"], W10),
 ("number", "Wat is het grondgetal van het genoom in de verwantschapsgroep van tarwe?", "x = 7", ["x = 7"], W11),
 ("definition", "Wat kon de diploïde hybride uit de kruising van eenkoorn en een wilde grassoort niet?", "zich voortplanten", ["voortplanten"], W12),
 ("definition", "Wat ontstond na de verdubbeling van de chromosomen van de hybride?", "een vruchtbare, tetraploïde hybride", ["tetraploïde hybride"], W13),
 ("named-entity", "Welke tarwe stamt af van de tetraploïde hybride?", "emmertarwe (Triticum dicoccum)", ["emmertarwe", "Triticum dicoccum"], W14),
 ("named-entity", "Met welke soort heeft emmertarwe zich gekruist?", "met de diploïde Aegilops squarrosa (Triticum tauschii)", ["Aegilops squarrosa", "Triticum tauschii"], W15),
 ("list-member", "Welke twee hexaploïde tarwesoorten zijn uiteindelijk ontstaan?", "gewone tarwe en spelt", ["gewone tarwe", "spelt"], W16),
 ("number", "Hoeveel hectare wintertarwe werd in 2005 in Nederland geteeld?", "116.000 ha", ["116.000 ha"], W17),
 ("number", "Hoeveel hectare zomertarwe werd in 2005 in Nederland geteeld?", "ruim 20.600 ha", ["20.600 ha"], W17),
 ("definition", "Op welke soort slaat de Nederlandstalige naam tarwe in de eerste plaats?", "op Triticum aestivum", ["Triticum aestivum"], W18),
 ("named-entity", "Welke andere naam heeft gewone tarwe?", "broodtarwe", ["broodtarwe"], W19),
])
K1 = "Keukenzout (de triviale naam voor natriumchloride of NaCl) of tafelzout is bij kamertemperatuur een witte kristallijne stof met een kubische kristalvorm, die goed oplosbaar is in water (het mengsel van zout en water wordt ook wel pekel genoemd)."
K2 = "Het is het voorbeeld bij uitstek van wat in chemische termen een zout heet."
K3 = "Zout komt in de natuur voor in de grond als steenzout op plaatsen waar in een geologisch verleden binnenzeeën zijn opgedroogd, in feite is dat dus zeezout."
K4 = "Het wordt daaruit al eeuwen gewonnen b.v. bij Salzburg, dat niet voor niets zo heet: Salz is namelijk het Duitse woord voor zout."
K5 = "Het is ook de belangrijkste component van de opgeloste stoffen in zeewater en wordt ook daaruit direct door verdamping van het water gewonnen."
K6 = "Achter de muurtjes liggen grote vierkante kuilen (bekkens of zoutpannen)."
K7 = "De Romeinen hebben als eerste zoutpannen aangelegd."
K8 = "Zo legt het water ongeveer 60 kilometer af."
K10 = "Zoutpannen zijn alleen te vinden in streken met een gunstig klimaat, zoals de Canarische eilanden en Bonaire."
K11 = "In Nederland en België laat het klimaat zoutwinning op deze manier niet toe."
K12 = "De zee is verdwenen door de warmte van de zon waardoor het water is verdampt."
K13 = "Op die laag zout kwamen in de loop der tijd verschillende lagen grond en zand te liggen."
K14 = "In Nederland zit ook zout in de grond, vlakbij de plaats Hengelo in de provincie Overijssel."
K15 = "Zout is bij het grote publiek het meest bekend als smaakmiddel en smaakversterker in de keuken, bij het koken."
K16 = "Ook in chips, zoutjes, kant-en-klaarmaaltijden, koekjes, drop en ander snoep, kaas, sauzen, en consumptie-ijs is vaak veel zout verwerkt, vaak om geen duurdere specerijen te hoeven gebruiken."
K17 = "vóór de uitvinding van de koelkast werd vlees en vis bestrooid met zout en bewaard in 'zoutkisten' – deze bewerking wordt \"pekelen\" genoemd."
K18 = "De methode is al bekend in de oudheid, bij de Sumeriers."
K19 = "Door voedsel met zout in te wrijven, drogen de aanwezige bacteriën uit, waardoor dit voedsel niet bederft."
write("nl-keukenzout", "nl", [
 ("named-entity", "Wat is de scheikundige naam van keukenzout?", "natriumchloride (NaCl)", ["natriumchloride", "NaCl"], K1),
 ("named-entity", "Welke andere naam heeft keukenzout?", "tafelzout", ["tafelzout"], K1),
 ("definition", "Wat is keukenzout bij kamertemperatuur?", "een witte kristallijne stof met een kubische kristalvorm, die goed oplosbaar is in water", ["witte kristallijne stof"], K1),
 ("definition", "Welke kristalvorm heeft keukenzout?", "een kubische kristalvorm", ["kubische"], K1),
 ("definition", "Hoe heet het mengsel van zout en water?", "pekel", ["pekel"], K1),
 ("definition", "Waarvan is keukenzout het voorbeeld bij uitstek?", "van wat in chemische termen een zout heet", ["chemische termen een zout"], K2),
 ("definition", "Als wat komt zout in de natuur in de grond voor?", "als steenzout", ["steenzout"], K3),
 ("cause-effect", "Op welke plaatsen komt steenzout in de grond voor?", "op plaatsen waar in een geologisch verleden binnenzeeën zijn opgedroogd", ["binnenzeeën zijn opgedroogd", "binnenzeeën"], K3),
 ("named-entity", "Welke stad, waar al eeuwen zout wordt gewonnen, dankt haar naam aan het Duitse woord voor zout?", "Salzburg", ["Salzburg"], K4),
 ("definition", "Wat is zout in zeewater?", "de belangrijkste component van de opgeloste stoffen", ["belangrijkste component"], K5),
 ("cause-effect", "Hoe wordt zout direct uit zeewater gewonnen?", "door verdamping van het water", ["verdamping"], K5),
 ("definition", "Hoe heten de grote vierkante kuilen achter de muurtjes langs de zee?", "bekkens of zoutpannen", ["zoutpannen", "bekkens"], K6),
 ("named-entity", "Wie hebben als eerste zoutpannen aangelegd?", "de Romeinen", ["Romeinen"], K7),
 ("number", "Hoeveel kilometer legt het zeewater ongeveer af van het ene bekken naar het andere?", "ongeveer 60 kilometer", ["60 kilometer"], K8),
 ("list-member", "Noem twee streken met een gunstig klimaat waar zoutpannen te vinden zijn.", "de Canarische eilanden en Bonaire", ["Canarische eilanden", "Bonaire"], K10),
 ("cause-effect", "Waarom kan zout in Nederland en België niet met zoutpannen gewonnen worden?", "het klimaat laat het niet toe", ["klimaat"], K11),
 ("cause-effect", "Waardoor is de zee verdwenen op de plaatsen waar nu zout in de grond zit?", "door de warmte van de zon, waardoor het water is verdampt", ["warmte van de zon"], K12),
 ("definition", "Wat kwam er in de loop der tijd op de laag zout te liggen?", "verschillende lagen grond en zand", ["lagen grond en zand"], K13),
 ("named-entity", "Bij welke plaats in de provincie Overijssel zit zout in de grond?", "bij Hengelo", ["Hengelo"], K14),
 ("definition", "Als wat is zout bij het grote publiek het meest bekend?", "als smaakmiddel en smaakversterker in de keuken", ["smaakmiddel", "smaakversterker"], K15),
 ("cause-effect", "Waarom wordt in chips, koekjes, kaas en sauzen vaak veel zout verwerkt?", "om geen duurdere specerijen te hoeven gebruiken", ["duurdere specerijen"], K16),
 ("definition", "Hoe heet het bestrooien van vlees en vis met zout en het bewaren ervan in zoutkisten?", "pekelen", ["pekelen"], K17),
 ("list-member", "Wat werd vóór de uitvinding van de koelkast met zout bestrooid en in zoutkisten bewaard?", "vlees en vis", ["vlees", "vis"], K17),
 ("named-entity", "Bij welk volk was het pekelen al in de oudheid bekend?", "bij de Sumeriers", ["Sumeriers"], K18),
 ("cause-effect", "Waarom bederft voedsel niet als het met zout wordt ingewreven?", "de aanwezige bacteriën drogen uit", ["bacteriën"], K19),
])
G1 = "Groundwater is one of our most valuable resources—even though you probably never see it or even realize it is there."
G2 = "The upper surface of this water-filled area, or \"zone of saturation\", is called the water table."
G3 = "The saturated area beneath the water table is called an aquifer, and aquifers are huge storehouses of water."
G3b = "In our sand hole example, you have essentially dug a \"well\" that exposes the water table, with an aquifer beneath it."
G4 = "At the beach, the level of the water table is always at the same level as the ocean, which is just below the surface of the beach."
G6 = "These rocks have different porosity and permeability characteristics, which means that water does not move around the same way in all rocks below ground."
G7 = "When a water-bearing rock readily transmits water to wells and springs, it is called an aquifer."
G8 = "Precipitation eventually adds water (recharge) into the porous rock of the aquifer."
G9 = "The rate of recharge is not the same for all aquifers, though, and that must be considered when pumping water from a well."
G10 = "Groundwater is water that flows or seeps downward and saturates soil or rock, supplying springs and wells."
G11 = "Groundwater often begins as precipitation and soaks into the ground where it is stored underground in rock crevices and in the pores of geologic materials (these are aquifers), the same way as water fills a sponge."
G12 = "Aquifers can be only a few feet below the surface or more than a thousand feet deep."
G13 = "The main body of subsurface water is found in the saturated zone of aquifers."
G14 = "Water being drawn from a well was once precipitation that fell onto Earth's surface."
G15 = "The depth to the water table can change (rise or fall) depending on the time of year."
G17 = "Gravity and pressure move water downward and sideways underground through spaces between rocks."
G18 = "Eventually it emerges back to the land surface, into rivers, and into the oceans to keep the water cycle going."
G19 = "Groundwater depletion, a term often defined as long-term water-level declines caused by sustained groundwater pumping, is a key issue associated with groundwater use."
write("en-usgs-groundwater", "en", [
 ("definition", "What is groundwater, even though you probably never see it?", "one of our most valuable resources", ["most valuable resources"], G1),
 ("definition", "What is the upper surface of the zone of saturation called?", "the water table", ["water table"], G2),
 ("definition", "What is the water-filled area in the ground, whose upper surface is the water table, called?", "the zone of saturation", ["zone of saturation", "saturated zone"], G2),
 ("definition", "What is the saturated area beneath the water table called?", "an aquifer", ["aquifer"], G3),
 ("definition", "What are aquifers?", "huge storehouses of water", ["storehouses of water"], G3),
 ("definition", "What have you essentially dug when a hole at the beach fills with water from the sand?", "a well that exposes the water table", ["well"], G3b),
 ("definition", "At the beach, at what level is the water table always?", "at the same level as the ocean", ["same level as the ocean", "level as the ocean"], G4),
 ("list-member", "In which two characteristics do rocks below the water table differ, so that water does not move the same way in all of them?", "porosity and permeability", ["porosity", "permeability"], G6),
 ("definition", "To what does an aquifer readily transmit water?", "to wells and springs", ["wells and springs"], G7),
 ("definition", "What is the adding of water by precipitation into the porous rock of an aquifer called?", "recharge", ["recharge"], G8),
 ("cause-effect", "What must be considered when pumping water from a well?", "the rate of recharge, which is not the same for all aquifers", ["rate of recharge"], G9),
 ("definition", "What is groundwater?", "water that flows or seeps downward and saturates soil or rock, supplying springs and wells", ["saturates soil or rock", "seeps downward"], G10),
 ("definition", "As what does groundwater often begin?", "as precipitation", ["precipitation"], G11),
 ("list-member", "Where is groundwater stored underground?", "in rock crevices and in the pores of geologic materials", ["rock crevices", "pores of geologic materials"], G11),
 ("definition", "Groundwater fills the pores of geologic materials the same way as water fills what?", "a sponge", ["sponge"], G11),
 ("number", "How deep can aquifers be?", "from only a few feet below the surface to more than a thousand feet deep", ["thousand feet", "few feet"], G12),
 ("definition", "Where is the main body of subsurface water found?", "in the saturated zone of aquifers", ["saturated zone"], G13),
 ("definition", "What was water drawn from a well once?", "precipitation that fell onto Earth's surface", ["precipitation"], G14),
 ("cause-effect", "On what does the depth to the water table depend?", "on the time of year", ["time of year"], G15),
 ("list-member", "What moves groundwater downward and sideways through spaces between rocks?", "gravity and pressure", ["gravity", "pressure"], G17),
 ("list-member", "Where does groundwater eventually emerge?", "back to the land surface, into rivers, and into the oceans", ["land surface", "rivers", "oceans"], G18),
 ("cause-effect", "What does groundwater keep going by emerging into rivers and oceans?", "the water cycle", ["water cycle"], G18),
 ("definition", "What is groundwater depletion?", "long-term water-level declines caused by sustained groundwater pumping", ["long-term water-level declines", "water-level declines"], G19),
 ("cause-effect", "What causes groundwater depletion?", "sustained groundwater pumping", ["sustained groundwater pumping"], G19),
])
C1 = "Tetanus is an infection caused by bacteria called Clostridium tetani."
C2 = "When the bacteria invade the body, they produce a poison (toxin) that causes painful muscle contractions."
C3 = "Another name for tetanus is \"lockjaw\"."
C4 = "It often causes a person's neck and jaw muscles to lock, making it hard to open the mouth or swallow."
C5 = "CDC recommends vaccines for infants, children, teens, and adults to prevent tetanus."
C6 = "Tetanus is different from other vaccine-preventable diseases because it does not spread from person to person."
C7 = "The bacteria are usually found in soil, dust, and manure and enter the body through breaks in the skin — usually cuts or puncture wounds caused by contaminated objects."
C8 = "Today, tetanus is uncommon in the United States, with an average of 30 reported cases each year."
C9 = "Nearly all cases of tetanus are among people who have never received a tetanus vaccine, or adults who don't stay up to date on their 10-year booster shots."
C10 = "Symptoms typically occur between 3 and 21 days (average 8 days) after someone is exposed to C. tetani."
C11 = "The most common initial sign is spasms of the muscles of the jaw, or \"lockjaw\"."
C12 = "Painful muscle stiffness all over the body"
C13 = "Laryngospasm (uncontrolled tightening of the vocal cords)"
C14 = "Pulmonary embolism (blockage in lungs caused by a blood clot)"
C15 = "Aspiration pneumonia (lung infection from inhaling spit or vomit)"
C16 = "Tetanus can lead to death (1 in 10 cases in the United States are fatal)."
C18 = "Puncture wounds (wounds caused by an object, like a nail or needle)"
C19 = "Injuries with dead tissue (e.g., burns, crush injuries, frostbite)"
C20 = "Dead tissue is a concern because it can promote bacteria growth."
C21 = "Having a previous tetanus infection may not provide enough immunity to prevent reinfection."
C22 = "The best way to prevent tetanus infection is to be up to date with recommended tetanus vaccinations."
write("en-cdc-tetanus", "en", [
 ("named-entity", "Which bacteria cause tetanus?", "Clostridium tetani", ["Clostridium tetani"], C1),
 ("definition", "What do tetanus bacteria produce when they invade the body?", "a poison (toxin)", ["toxin", "poison"], C2),
 ("cause-effect", "What does the poison made by tetanus bacteria cause?", "painful muscle contractions", ["painful muscle contractions", "muscle contractions"], C2),
 ("named-entity", "What is another name for tetanus?", "lockjaw", ["lockjaw"], C3),
 ("list-member", "Which muscles does tetanus often cause to lock?", "the neck and jaw muscles", ["neck", "jaw"], C4),
 ("list-member", "For whom does CDC recommend vaccines to prevent tetanus?", "infants, children, teens, and adults", ["infants", "children", "teens", "adults"], C5),
 ("cause-effect", "Why is tetanus different from other vaccine-preventable diseases?", "it does not spread from person to person", ["person to person"], C6),
 ("list-member", "Where are tetanus bacteria usually found?", "in soil, dust, and manure", ["soil", "dust", "manure"], C7),
 ("definition", "How do tetanus bacteria enter the body?", "through breaks in the skin, usually cuts or puncture wounds caused by contaminated objects", ["breaks in the skin", "puncture wounds"], C7),
 ("number", "How many tetanus cases are reported in the United States each year on average?", "30", ["30 reported cases", "30"], C8),
 ("definition", "Among whom are nearly all cases of tetanus?", "people who have never received a tetanus vaccine, or adults who don't stay up to date on their 10-year booster shots", ["never received a tetanus vaccine", "booster shots"], C9),
 ("number", "How often should adults get a tetanus booster shot?", "every 10 years", ["10-year", "10 years"], C9),
 ("number", "How long after exposure to C. tetani do symptoms typically occur?", "between 3 and 21 days (average 8 days)", ["3 and 21 days", "8 days"], C10),
 ("definition", "What is the most common initial sign of tetanus?", "spasms of the muscles of the jaw (lockjaw)", ["spasms of the muscles of the jaw", "lockjaw"], C11),
 ("definition", "What painful symptom does tetanus cause all over the body?", "painful muscle stiffness", ["muscle stiffness"], C12),
 ("definition", "What is laryngospasm?", "uncontrolled tightening of the vocal cords", ["tightening of the vocal cords", "vocal cords"], C13),
 ("definition", "What is a pulmonary embolism?", "a blockage in the lungs caused by a blood clot", ["blockage in lungs", "blood clot"], C14),
 ("definition", "What is aspiration pneumonia?", "a lung infection from inhaling spit or vomit", ["lung infection"], C15),
 ("number", "How many tetanus cases in the United States are fatal?", "1 in 10", ["1 in 10"], C16),
 ("definition", "What are puncture wounds?", "wounds caused by an object, like a nail or needle", ["nail or needle", "caused by an object"], C18),
 ("list-member", "Which injuries with dead tissue are tetanus bacteria more likely to infect?", "burns, crush injuries, frostbite", ["burns", "crush injuries", "frostbite"], C19),
 ("cause-effect", "Why is dead tissue a concern with tetanus?", "it can promote bacteria growth", ["promote bacteria growth", "bacteria growth"], C20),
 ("cause-effect", "Does a previous tetanus infection protect against reinfection?", "not always: it may not provide enough immunity to prevent reinfection", ["not provide enough immunity", "enough immunity"], C21),
 ("definition", "What is the best way to prevent tetanus infection?", "to be up to date with recommended tetanus vaccinations", ["tetanus vaccinations", "vaccinations"], C22),
 ("definition", "What do the spores of Clostridium tetani develop into when they enter the body?", "bacteria", ["develop into bacteria", "bacteria"], "The spores develop into bacteria when they enter the body."),
])
