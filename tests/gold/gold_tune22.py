# Gold lists for fresh22's four tuning texts, written and committed before the generator ran on them.
from mkgold import write
A1 = "De aardappel (Solanum tuberosum) is een cultuurgewas, dat behoort tot de nachtschadefamilie, net als de tomaat, paprika en de tabaksplant."
A2 = "De aardappel is een plant die in ondergrondse knollen een energievoorraad in de vorm van zetmeel aanlegt."
A3 = "Het zetmeel slaat de plant op in voor de mens eetbare stengelknollen, die net als de plant zelf aardappelen of aardappels worden genoemd."
A4 = "De aardappel is wereldwijd het belangrijkste voedselgewas na rijst, tarwe en maïs."
A5 = "De aardappel komt oorspronkelijk uit Zuid-Amerika, maar is in veel Europese landen sinds de 16e eeuw een van de basisvoedingsmiddelen."
A6 = "In vele landen, waaronder Nederland en België, wordt de aardappel gezien als maaltijddrager."
A7 = "Aardappelplanten kunnen naast knollen ook besvruchten vormen, die in tegenstelling tot die van de tomaat zeer giftig zijn."
A8 = "De knollen zijn eetbaar, maar kunnen ook giftig zijn door een hoog gehalte aan solanine."
A9 = "Ook als aardappelen tijdens het bewaren worden blootgesteld aan licht, stijgt het gehalte aan solanine."
A10 = "De knollen worden groen en zijn daarna niet meer geschikt voor menselijke consumptie."
H1 = "Wilde knoldragende soorten van het geslacht Solanum (Nachtschade) groeien in uiteenlopende habitats van het zuid-westen van de Verenigde Staten (38° noorderbreedte) over Centraal-Amerika en de Andes tot in Argentinië en Chili (41° zuiderbreedte)."
H2 = "De knol is een gezwollen ondergrondse stam die geëvolueerd is tot een energiereservoir (bijna uitsluitend zetmeel) om de seizoenen te overbruggen."
H4 = "De oudste aanwijzing voor het menselijk gebruik van wilde aardappelen komt van een 12500 jaar oude nederzetting (Laat Pleistoceen) in het huidige zuid-centraal Chili."
Z1 = "Aardappelziekte of phytophthora (fytoftora) is een plantenziekte die veroorzaakt wordt door de oömyceet Phytophthora infestans, die een protist is en tot de waterschimmels behoort."
Z2 = "Oömyceten lijken erg op schimmels maar zijn het niet, daarom worden ze wel pseudo-schimmels genoemd."
Z3 = "Deze ziekte veroorzaakt knolrot en een bruinverkleuring en afsterving van de bladeren en stengels."
Z6 = "Omdat deze oömyceet zich in koude natte zomers snel kan verspreiden, veroorzaakt deze ziekte vooral veel schade in de landen met een vochtig zeeklimaat."
Z7 = "In de jaren 1845-1849 was deze ziekte in Ierland oorzaak voor een regelrechte ramp."
Z8 = "Vrijwel alle aardappeloogsten mislukten, er was hongersnood, de 'Grote Hongersnood', en vele Ieren emigreerden naar Noord-Amerika."
write("nl-aardappel", "nl", [
 ("definition", "Tot welke familie behoort de aardappel?", "de nachtschadefamilie", ["nachtschadefamilie"], A1),
 ("definition", "Wat is de wetenschappelijke naam van de aardappel?", "Solanum tuberosum", ["Solanum tuberosum"], A1),
 ("list-member", "Welke andere planten behoren net als de aardappel tot de nachtschadefamilie?", "de tomaat, paprika en de tabaksplant", ["tomaat", "paprika", "tabaksplant"], A1),
 ("definition", "In welke vorm legt de aardappel in zijn ondergrondse knollen een energievoorraad aan?", "zetmeel", ["zetmeel"], A2),
 ("definition", "In welke delen slaat de aardappelplant het zetmeel op?", "in voor de mens eetbare stengelknollen", ["stengelknollen"], A3),
 ("list-member", "Na welke gewassen is de aardappel wereldwijd het belangrijkste voedselgewas?", "rijst, tarwe en maïs", ["rijst", "tarwe", "maïs"], A4),
 ("named-entity", "Waar komt de aardappel oorspronkelijk vandaan?", "uit Zuid-Amerika", ["Zuid-Amerika"], A5),
 ("number", "Sinds welke eeuw is de aardappel in veel Europese landen een van de basisvoedingsmiddelen?", "sinds de 16e eeuw", ["16e eeuw"], A5),
 ("definition", "Als wat wordt de aardappel in Nederland en België gezien?", "als maaltijddrager", ["maaltijddrager"], A6),
 ("definition", "Welke vruchten kunnen aardappelplanten naast knollen vormen?", "besvruchten, die zeer giftig zijn", ["besvruchten"], A7),
 ("cause-effect", "Waardoor kunnen de knollen van de aardappel giftig zijn?", "door een hoog gehalte aan solanine", ["solanine"], A8),
 ("cause-effect", "Waardoor stijgt het gehalte aan solanine in aardappelen tijdens het bewaren?", "doordat ze worden blootgesteld aan licht", ["licht"], A9),
 ("definition", "Welke kleur krijgen de knollen voordat ze niet meer geschikt zijn voor menselijke consumptie?", "groen", ["groen"], A10),
 ("list-member", "Waar groeien wilde knoldragende soorten van het geslacht Solanum?", "van het zuid-westen van de Verenigde Staten over Centraal-Amerika en de Andes tot in Argentinië en Chili", ["Verenigde Staten", "Andes", "Argentinië"], H1),
 ("definition", "Wat is de knol van de aardappel?", "een gezwollen ondergrondse stam", ["gezwollen ondergrondse stam"], H2),
 ("cause-effect", "Waartoe is de knol geëvolueerd tot een energiereservoir?", "om de seizoenen te overbruggen", ["seizoenen te overbruggen"], H2),
 ("number", "Hoe oud is de nederzetting met de oudste aanwijzing voor het menselijk gebruik van wilde aardappelen?", "12500 jaar", ["12500 jaar"], H4),
 ("named-entity", "In welk land ligt de nederzetting met de oudste aanwijzing voor het menselijk gebruik van wilde aardappelen?", "in Chili (zuid-centraal Chili)", ["Chili"], H4),
 ("named-entity", "Door welk organisme wordt de aardappelziekte veroorzaakt?", "door de oömyceet Phytophthora infestans", ["Phytophthora infestans"], Z1),
 ("definition", "Tot welke groep behoort de veroorzaker van de aardappelziekte?", "tot de waterschimmels (een protist)", ["waterschimmels", "protist"], Z1),
 ("definition", "Hoe worden oömyceten ook wel genoemd?", "pseudo-schimmels", ["pseudo-schimmels"], Z2),
 ("list-member", "Wat veroorzaakt de aardappelziekte bij de plant?", "knolrot en een bruinverkleuring en afsterving van de bladeren en stengels", ["knolrot", "bruinverkleuring"], Z3),
 ("cause-effect", "Waarom veroorzaakt de aardappelziekte vooral veel schade in landen met een vochtig zeeklimaat?", "omdat de oömyceet zich in koude natte zomers snel kan verspreiden", ["koude natte zomers"], Z6),
 ("number", "In welke jaren veroorzaakte de aardappelziekte een ramp in Ierland?", "1845-1849", ["1845-1849"], Z7),
 ("named-entity", "Waarheen emigreerden vele Ieren tijdens de Grote Hongersnood?", "naar Noord-Amerika", ["Noord-Amerika"], Z8),
])
M1 = "De moesson (naar het Engels monsoon is een verbastering van het Arabische mausim: seizoen, via het Portugese mauçam, de letterlijke oorsprong van monsoon) is de periodieke wind in tropische gebieden die een halfjaar lang uit een bepaalde richting waait om dan ongeveer 180° van richting te veranderen."
M2 = "Deze overgang tussen deze moessons is de kentering."
M3 = "De windrichting wordt gebruikt in de aanduiding van de moesson, bijvoorbeeld zuidwest-moesson of noordoost-moesson."
M4 = "Door de verandering van windrichting wordt er ook een andere luchtsoort aangevoerd, waardoor het weerbeeld sterk verandert."
M5 = "Daarom wordt ook wel gesproken van de natte moesson en de droge moesson."
M6 = "De bekendste moesson is die van India en omstreken."
M7 = "Tot begin juni is het noorden van India droog, maar in juni, juli en augustus valt er net zoveel regen als tijdens een volledig jaar in West-Europese landen."
M9 = "In zuidelijk Afrika, Indonesië en op de Antillen valt de regentijd samen met de Europese winter."
P1 = "Het mechanisme achter de moesson berust op temperatuurverschillen."
P2 = "Land warmt in de zon sneller op dan zee, maar koelt ook sneller af."
P3 = "Boven het warme land zal de lucht opstijgen waardoor koelere zeelucht die plaats kan innemen."
P5 = "Het land wordt 's zomers heet, de lucht stijgt op en een vochtige westenwind met regen waait vanaf de Indische Oceaan naar het vasteland."
F1 = "Een föhn is een warme droge (val)wind."
F2 = "De benaming is afgeleid uit het Latijnse \"favonius\" (warme wind) en het gotische fôhn (vuur)."
F4 = "Zelfs het Limburgse heuvelland kent soms een zwak föhneffect, wat daar plaatselijk aanleiding kan geven tot zonnig weer en een opmerkelijke temperatuurstijging."
O1 = "In het Alpengebied steekt de föhn meestal op aan de voorzijde van een depressie die over Zuid-Frankrijk naar de Middellandse Zee trekt en door toenemende drukgradiënt tussen de zuid en noordkant."
O4 = "De stijgende lucht zet uit en wordt daardoor kouder in een proces van adiabatische expansie."
O5 = "De koudere lucht kan minder water vasthouden, er treedt condensatie op waarbij warmte vrijkomt; het gecondenseerde water valt als regen."
O6 = "Wanneer de lucht aan de noordzijde van het gebergte omlaag stroomt, ondergaat zij adiabatische compressie en wordt daardoor warmer."
O7 = "De resulterende luchtstroom is warmer geworden dan de oorspronkelijke, doordat de condensatiewarmte over de berg is meegevoerd."
O8 = "De resulterende lucht is ook droger, omdat waterdamp uit de lucht als regen is gevallen."
O9 = "De noordzijde van het gebergte wordt in deze situatie ook wel de regenschaduw van het gebergte genoemd."
write("nl-moesson-fohn", "nl", [
 ("definition", "Wat is de moesson?", "de periodieke wind in tropische gebieden die een halfjaar lang uit een bepaalde richting waait", ["periodieke wind"], M1),
 ("definition", "Van welk Arabisch woord is moesson afgeleid?", "mausim (seizoen)", ["mausim"], M1),
 ("number", "Hoeveel graden verandert de moesson na een halfjaar van richting?", "ongeveer 180°", ["180°", "180"], M1),
 ("definition", "Hoe heet de overgang tussen twee moessons?", "de kentering", ["kentering"], M2),
 ("definition", "Wat wordt gebruikt in de aanduiding van een moesson, zoals zuidwest-moesson?", "de windrichting", ["windrichting"], M3),
 ("cause-effect", "Waardoor verandert het weerbeeld sterk bij een moesson?", "doordat er een andere luchtsoort wordt aangevoerd", ["andere luchtsoort"], M4),
 ("list-member", "Van welke twee soorten moesson wordt gesproken?", "de natte moesson en de droge moesson", ["natte moesson", "droge moesson"], M5),
 ("named-entity", "Wat is de bekendste moesson?", "die van India en omstreken", ["India"], M6),
 ("list-member", "In welke maanden valt er in het noorden van India veel regen?", "in juni, juli en augustus", ["juni", "juli", "augustus"], M7),
 ("definition", "Hoeveel regen valt er in juni, juli en augustus in het noorden van India?", "net zoveel als tijdens een volledig jaar in West-Europese landen", ["volledig jaar"], M7),
 ("definition", "Met welk seizoen valt de regentijd in zuidelijk Afrika, Indonesië en op de Antillen samen?", "met de Europese winter", ["Europese winter"], M9),
 ("cause-effect", "Waarop berust het mechanisme achter de moesson?", "op temperatuurverschillen", ["temperatuurverschillen"], P1),
 ("definition", "Wat warmt in de zon sneller op dan zee, maar koelt ook sneller af?", "land", ["land"], P2),
 ("cause-effect", "Wat gebeurt er met de lucht boven het warme land?", "die stijgt op, waardoor koelere zeelucht die plaats kan innemen", ["opstijgen", "koelere zeelucht"], P3),
 ("named-entity", "Vanaf welke oceaan waait 's zomers een vochtige westenwind met regen naar het vasteland?", "vanaf de Indische Oceaan", ["Indische Oceaan"], P5),
 ("definition", "Wat is een föhn?", "een warme droge (val)wind", ["warme droge"], F1),
 ("definition", "Van welk Latijns woord is de benaming föhn afgeleid?", "favonius (warme wind)", ["favonius"], F2),
 ("named-entity", "Welk Nederlands gebied kent soms een zwak föhneffect?", "het Limburgse heuvelland", ["Limburgse heuvelland"], F4),
 ("definition", "Waar steekt de föhn in het Alpengebied meestal op?", "aan de voorzijde van een depressie die over Zuid-Frankrijk naar de Middellandse Zee trekt", ["voorzijde van een depressie"], O1),
 ("definition", "Hoe heet het proces waarin stijgende lucht uitzet en kouder wordt?", "adiabatische expansie", ["adiabatische expansie"], O4),
 ("cause-effect", "Wat komt er vrij als er condensatie optreedt in de koudere lucht?", "warmte", ["warmte"], O5),
 ("cause-effect", "Waardoor wordt de lucht warmer als zij aan de noordzijde van het gebergte omlaag stroomt?", "door adiabatische compressie", ["adiabatische compressie"], O6),
 ("cause-effect", "Waarom is de resulterende luchtstroom warmer geworden dan de oorspronkelijke?", "doordat de condensatiewarmte over de berg is meegevoerd", ["condensatiewarmte"], O7),
 ("cause-effect", "Waarom is de resulterende lucht bij een föhn droger?", "omdat waterdamp uit de lucht als regen is gevallen", ["als regen is gevallen"], O8),
 ("definition", "Hoe wordt de noordzijde van het gebergte bij een föhn ook wel genoemd?", "de regenschaduw van het gebergte", ["regenschaduw"], O9),
])
E1 = "Ozone is a gas that occurs both in the Earth's upper atmosphere and at ground level."
E2 = "Ozone can be \"good\" or \"bad\" for people's health and for the environment, depending on its location in the atmosphere."
E3 = "In the troposphere, the air closest to the Earth's surface, ground-level or \"bad\" ozone is a pollutant that is a significant health risk, especially for children with asthma."
E4 = "It also damages crops, trees and other vegetation."
E6 = "The stratosphere, or \"good\" ozone layer extends upward from about 6 to 30 miles and protects life on Earth from the sun's harmful ultraviolet (UV) rays."
E7 = "This natural shield has gradually been damaged or \"depleted\" by man-made chemicals like chlorofluorocarbons (CFCs)."
E8 = "Ozone depletion means more UV from the sun gets to the ground, leading to more cases of skin cancer, cataracts, and other health problems."
E9 = "Ozone (O3) is a gas composed of three oxygen atoms."
E10 = "It is not usually emitted directly into the air, but at ground-level is created by a chemical reaction between oxides of nitrogen (NOx) and volatile organic compounds (VOC) in the presence of sunlight."
E12 = "Motor vehicle exhaust and industrial emissions, gasoline vapors, and chemical solvents as well as natural sources emit NOx and VOC that help form ozone."
E13 = "Ground-level ozone is the primary constituent of smog."
E14 = "Sunlight and hot weather cause ground-level ozone to form in harmful concentrations in the air."
E15 = "As a result, it is known as a summertime air pollutant."
E16 = "Many urban areas tend to have high levels of \"bad\" ozone, but even rural areas are also subject to increased ozone levels because wind carries ozone and pollutants that form it hundreds of miles away from their original sources."
E17 = "About 25 million people, including 7 million children, have asthma and over 12 million people report having an asthma attack in the past year."
E18 = "Breathing ozone can trigger a variety of health problems including chest pain, coughing, and throat irritation."
E19 = "It can worsen bronchitis, emphysema, and asthma."
E20 = "Ground level ozone also can reduce lung function and inflame the linings of the lungs."
E21 = "Repeated exposure may permanently scar lung tissue."
E22 = "Plant species that are sensitive to ozone and potentially at an increased risk from exposure include trees such as black cherry, quaking aspen, ponderosa pine and cottonwood."
E23 = "These effects can also have adverse impacts on ecosystems, including loss of species diversity and changes to habitat quality and water and nutrient cycles."
write("en-epa-ground-level-ozone", "en", [
 ("list-member", "Where does ozone occur?", "both in the Earth's upper atmosphere and at ground level", ["upper atmosphere", "ground level"], E1),
 ("cause-effect", "What decides whether ozone is good or bad for people's health and the environment?", "its location in the atmosphere", ["location in the atmosphere"], E2),
 ("definition", "What is the troposphere?", "the air closest to the Earth's surface", ["air closest to the Earth's surface"], E3),
 ("named-entity", "For whom is ground-level ozone an especially significant health risk?", "for children with asthma", ["children with asthma"], E3),
 ("list-member", "What does ground-level ozone also damage?", "crops, trees and other vegetation", ["crops, trees and other vegetation"], E4),
 ("number", "How far upward does the good ozone layer in the stratosphere extend?", "from about 6 to 30 miles", ["6 to 30 miles"], E6),
 ("cause-effect", "From what does the good ozone layer protect life on Earth?", "from the sun's harmful ultraviolet (UV) rays", ["ultraviolet", "UV rays"], E6),
 ("named-entity", "Which man-made chemicals have damaged or depleted the ozone layer?", "chlorofluorocarbons (CFCs)", ["chlorofluorocarbons", "CFCs"], E7),
 ("list-member", "Which health problems does ozone depletion lead to more cases of?", "skin cancer, cataracts and other health problems", ["skin cancer", "cataracts"], E8),
 ("number", "Of how many oxygen atoms is ozone composed?", "three", ["three", "3"], E9),
 ("list-member", "Between which pollutants does the chemical reaction that creates ground-level ozone take place?", "oxides of nitrogen (NOx) and volatile organic compounds (VOC)", ["oxides of nitrogen", "volatile organic compounds"], E10),
 ("definition", "What does VOC stand for?", "volatile organic compounds", ["volatile organic compounds"], E10),
 ("cause-effect", "In the presence of what is ground-level ozone created?", "sunlight", ["sunlight"], E10),
 ("list-member", "Which sources emit the NOx and VOC that help form ozone?", "motor vehicle exhaust, industrial emissions, gasoline vapors, chemical solvents and natural sources", ["motor vehicle exhaust", "industrial emissions", "gasoline vapors", "chemical solvents"], E12),
 ("definition", "Of what is ground-level ozone the primary constituent?", "smog", ["smog"], E13),
 ("cause-effect", "What causes ground-level ozone to form in harmful concentrations in the air?", "sunlight and hot weather", ["hot weather"], E14),
 ("definition", "What kind of air pollutant is ground-level ozone known as?", "a summertime air pollutant", ["summertime"], E15),
 ("cause-effect", "Why are even rural areas subject to increased ozone levels?", "because wind carries ozone and the pollutants that form it hundreds of miles away from their original sources", ["wind carries ozone", "hundreds of miles"], E16),
 ("number", "About how many people have asthma?", "about 25 million, including 7 million children", ["25 million"], E17),
 ("list-member", "Which health problems can breathing ozone trigger?", "chest pain, coughing and throat irritation", ["chest pain", "coughing", "throat irritation"], E18),
 ("list-member", "Which lung diseases can ozone worsen?", "bronchitis, emphysema and asthma", ["bronchitis", "emphysema"], E19),
 ("cause-effect", "What can ground level ozone do to the linings of the lungs?", "inflame them", ["inflame"], E20),
 ("cause-effect", "What may repeated exposure to ozone permanently do to lung tissue?", "scar it", ["scar"], E21),
 ("list-member", "Which trees are sensitive to ozone?", "black cherry, quaking aspen, ponderosa pine and cottonwood", ["black cherry", "quaking aspen", "ponderosa pine", "cottonwood"], E22),
 ("list-member", "What adverse impacts can ozone have on ecosystems?", "loss of species diversity and changes to habitat quality and water and nutrient cycles", ["species diversity", "habitat quality"], E23),
])
S1 = "Each spring, summer, and fall, trees, weeds, and grasses release tiny pollen grains into the air."
S3 = "This can trigger a type of allergy called hay fever."
S4 = "Symptoms can include:"
S5 = "Your health care provider may diagnose hay fever based on a physical exam and your symptoms."
S6 = "Sometimes skin or blood tests are used."
S8 = "You can also rinse out your nose, but be sure to use distilled or sterilized water with saline."
S9 = "Allergy shots can help make you less sensitive to pollen and provide long-term relief."
F1 = "Allergies can also trigger or worsen asthma and lead to other health problems such as sinus infections (sinusitis) and ear infections, particularly in children."
F2 = "An allergy is your body's reaction to an otherwise innocent substance that it has identified as an invader."
F3 = "If you have allergies and encounter a trigger—called an \"allergen\"—your immune system fights it by releasing chemicals such as histamines (hence the term \"antihistamines\")."
F4 = "Histamines cause symptoms such as repetitive sneezing and itchy, watery eyes."
F5 = "Seasonal allergies are usually caused by plant pollen, which can come from trees, weeds and grasses in the spring, and by ragweed and other weeds in late summer and early fall."
F6 = "Since you can't always stay indoors when pollen counts are high, your health care provider may recommend prescription or over-the-counter (OTC) medications to relieve symptoms."
F7 = "The U.S. Food and Drug Administration (FDA) regulates a number of medications that offer allergy relief."
F8 = "Antihistamines reduce or block symptom-causing histamines and are available in many forms, including tablets and liquids."
F9 = "Antihistamine nasal sprays are available by prescription only."
F10 = "Some antihistamines can cause drowsiness and interfere with the ability to drive or operate heavy machinery, like a car."
F12 = "Nasal corticosteroids are typically sprayed into the nose once or twice a day to treat inflammation."
F14 = "Decongestants are drugs available both by prescription and OTC and come in oral and nasal spray forms."
F15 = "Drugs that contain pseudoephedrine are available without a prescription but are kept behind the pharmacy counter to prevent their use in making methamphetamine—a powerful, highly addictive stimulant often produced illegally in home laboratories."
F16 = "Using decongestant nose sprays and drops more than a few days may give you a \"rebound\" effect—your nasal congestion could get worse."
write("en-fda-seasonal-allergies", "en", [
 ("list-member", "Which plants release tiny pollen grains into the air each spring, summer, and fall?", "trees, weeds and grasses", ["trees", "weeds", "grasses"], S1),
 ("definition", "What type of allergy can pollen in your nose and throat trigger?", "hay fever", ["hay fever"], S3),
 ("list-member", "What symptoms can hay fever cause?", "sneezing, coughing and postnasal drip, itching eyes, nose and throat, red and watery eyes, dark circles under the eyes", ["sneezing", "postnasal drip", "dark circles"], S4),
 ("definition", "On what may a health care provider diagnose hay fever?", "a physical exam and your symptoms", ["physical exam"], S5),
 ("list-member", "Which tests are sometimes used to diagnose hay fever?", "skin or blood tests", ["skin", "blood tests"], S6),
 ("definition", "What water should you use to rinse out your nose?", "distilled or sterilized water with saline", ["distilled", "sterilized"], S8),
 ("definition", "What can make you less sensitive to pollen and provide long-term relief?", "allergy shots", ["allergy shots"], S9),
 ("list-member", "Which other health problems can allergies lead to?", "sinus infections (sinusitis) and ear infections, particularly in children", ["sinus infections", "sinusitis", "ear infections"], F1),
 ("definition", "Which lung disease can allergies trigger or worsen?", "asthma", ["asthma"], F1),
 ("definition", "What is an allergy?", "your body's reaction to an otherwise innocent substance that it has identified as an invader", ["innocent substance", "invader"], F2),
 ("definition", "What is a trigger of an allergy called?", "an allergen", ["allergen"], F3),
 ("named-entity", "Which chemicals does your immune system release to fight an allergen?", "histamines", ["histamines"], F3),
 ("list-member", "What symptoms do histamines cause?", "repetitive sneezing and itchy, watery eyes", ["repetitive sneezing", "watery eyes"], F4),
 ("cause-effect", "What usually causes seasonal allergies?", "plant pollen", ["plant pollen"], F5),
 ("named-entity", "Which weed causes seasonal allergies in late summer and early fall?", "ragweed", ["ragweed"], F5),
 ("definition", "What does OTC stand for?", "over-the-counter", ["over-the-counter"], F6),
 ("named-entity", "Which agency regulates medications that offer allergy relief?", "the U.S. Food and Drug Administration (FDA)", ["Food and Drug Administration", "FDA"], F7),
 ("definition", "What do antihistamines do?", "reduce or block symptom-causing histamines", ["reduce or block"], F8),
 ("definition", "How are antihistamine nasal sprays available?", "by prescription only", ["prescription only"], F9),
 ("cause-effect", "What side effect can some antihistamines cause?", "drowsiness", ["drowsiness"], F10),
 ("cause-effect", "What are nasal corticosteroids sprayed into the nose to treat?", "inflammation", ["inflammation"], F12),
 ("number", "How often are nasal corticosteroids typically sprayed into the nose?", "once or twice a day", ["once or twice a day"], F12),
 ("list-member", "In which forms do decongestants come?", "oral and nasal spray forms", ["oral", "nasal spray"], F14),
 ("cause-effect", "Why are drugs that contain pseudoephedrine kept behind the pharmacy counter?", "to prevent their use in making methamphetamine", ["methamphetamine"], F15),
 ("cause-effect", "What may using decongestant nose sprays and drops for more than a few days give you?", "a rebound effect: your nasal congestion could get worse", ["rebound"], F16),
])
