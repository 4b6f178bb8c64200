# Gold lists for fresh29's four tuning texts, written and committed before the generator ran on them.
from mkgold import write
O1 = "Het oor, Latijn: auris, is een orgaan waarmee geluidsgolven worden opgevangen om door de hersenen als geluid te worden ervaren."
O2 = "Het is het uitwendige orgaan van het gehoor en wordt vaak als synoniem gebruikt voor oorschelp."
O3 = "Geluidsgolven zijn luchttrillingen die het trommelvlies in beweging brengen."
O4 = "Het trommelvlies laat de gehoorbeentjes trillen en die brengen de vloeistof in het slakkenhuis in beweging."
O5 = "Dit slakkenhuis bevat kanalen met vloeistof en in de lengte van die kanalen bevinden zich twee membranen: de membrana tectoria en de basilaire membraan."
O6 = "dus een elektrisch signaal dat als actiepotentiaal via de gehoorzenuw naar de hersenen wordt gestuurd."
O7 = "Dit mechanisme van het gehoor geldt voor de meeste zoogdieren."
O8 = "Het menselijke oor wordt onderverdeeld in drie delen:"
O9 = "het buitenoor of uitwendig oor, auris externa, bestaat uit de oorschelp en de gehoorgang."
O10 = "Hier vindt de omzetting plaats van geluidstrillingen naar zenuwimpulsen"
O11 = "Het middenoor en het binnenoor zijn samen het inwendige oor."
O12 = "Ze zijn omgeven door het rotsbeen, dat een onderdeel vormt van de schedel."
O13 = "Het trommelvlies vormt de overgang van het gehoorkanaal naar het middenoor."
O14 = "Het naar binnen uitstekende stukje kraakbeen aan de ingang van de gehoorgang is de tragus."
O15 = "Het middenoor bestaat uit de trommelholte die normaliter met lucht gevuld is, die via de buis van Eustachius in verbinding staat met de keelholte."
O16 = "Die verbinding zorgt ervoor dat de luchtdruk in het middenoor gelijk blijft met de atmosfeer."
O17 = "In de trommelholte bevindt zich een keten van drie gehoorbeentjes (hamer, aambeeld en stijgbeugel)."
O18 = "De belangrijkste functie van het middenoor is de versterking van het geluid, zodat het beter waargenomen kan worden door de in het binnenoor gelegen haarcellen."
O19 = "Het binnenoor bestaat uit twee delen:"
O20 = "het slakkenhuis, dat vanwege zijn spiraalvorm zo wordt genoemd."
O21 = "Het binnenoor is ongeveer 4 cm lang."
O22 = "In het slakkenhuis zit de basilaire membraan, waarop ongeveer 20.000 haarcellen zitten."
O23 = "Deze haarcellen worden niet geregenereerd zoals veel andere cellen in het lichaam."
O24 = "Ze kunnen daardoor onherstelbaar beschadigd worden door hoge geluidsdoses."
O25 = "Het slakkenhuis is ongeveer 1 cm in diameter."
write("nl-oor", "nl", [
 ("named-entity", "Wat is de Latijnse naam van het oor?", "auris", ["auris"], O1),
 ("definition", "Wat is het oor?", "een orgaan waarmee geluidsgolven worden opgevangen om door de hersenen als geluid te worden ervaren", ["geluidsgolven worden opgevangen"], O1),
 ("definition", "Voor welk deel van het oor wordt het woord oor vaak als synoniem gebruikt?", "voor de oorschelp", ["oorschelp"], O2),
 ("definition", "Wat zijn geluidsgolven?", "luchttrillingen die het trommelvlies in beweging brengen", ["luchttrillingen"], O3),
 ("cause-effect", "Wat brengen de gehoorbeentjes, die door het trommelvlies trillen, in beweging?", "de vloeistof in het slakkenhuis", ["vloeistof in het slakkenhuis"], O4),
 ("list-member", "Welke twee membranen bevinden zich in de lengte van de kanalen van het slakkenhuis?", "de membrana tectoria en de basilaire membraan", ["membrana tectoria", "basilaire membraan"], O5),
 ("definition", "Via welke zenuw wordt het elektrische signaal als actiepotentiaal naar de hersenen gestuurd?", "via de gehoorzenuw", ["gehoorzenuw"], O6),
 ("definition", "Voor welke dieren geldt dit mechanisme van het gehoor?", "voor de meeste zoogdieren", ["zoogdieren"], O7),
 ("list-member", "In welke drie delen wordt het menselijke oor onderverdeeld?", "het buitenoor, het middenoor en het binnenoor", ["buitenoor", "middenoor", "binnenoor"], O8),
 ("list-member", "Waaruit bestaat het buitenoor of uitwendig oor?", "uit de oorschelp en de gehoorgang", ["oorschelp", "gehoorgang"], O9),
 ("definition", "In welk deel van het oor vindt de omzetting van geluidstrillingen naar zenuwimpulsen plaats?", "in het binnenoor", ["binnenoor"], O10),
 ("list-member", "Welke delen zijn samen het inwendige oor?", "het middenoor en het binnenoor", ["middenoor", "binnenoor"], O11),
 ("definition", "Door welk bot van de schedel zijn het middenoor en het binnenoor omgeven?", "door het rotsbeen", ["rotsbeen"], O12),
 ("definition", "Wat vormt de overgang van het gehoorkanaal naar het middenoor?", "het trommelvlies", ["trommelvlies"], O13),
 ("definition", "Hoe heet het naar binnen uitstekende stukje kraakbeen aan de ingang van de gehoorgang?", "de tragus", ["tragus"], O14),
 ("named-entity", "Via welke buis staat de trommelholte van het middenoor in verbinding met de keelholte?", "via de buis van Eustachius", ["buis van Eustachius", "Eustachius"], O15),
 ("cause-effect", "Waarvoor zorgt de verbinding van het middenoor met de keelholte?", "dat de luchtdruk in het middenoor gelijk blijft met de atmosfeer", ["luchtdruk in het middenoor gelijk blijft"], O16),
 ("list-member", "Welke drie gehoorbeentjes bevinden zich in de trommelholte?", "hamer, aambeeld en stijgbeugel", ["hamer", "aambeeld", "stijgbeugel"], O17),
 ("definition", "Wat is de belangrijkste functie van het middenoor?", "de versterking van het geluid", ["versterking van het geluid", "versterking"], O18),
 ("list-member", "Uit welke twee delen bestaat het binnenoor?", "het evenwichtsorgaan of labyrint en het slakkenhuis", ["evenwichtsorgaan", "labyrint", "slakkenhuis"], O19),
 ("cause-effect", "Waarom wordt het slakkenhuis zo genoemd?", "vanwege zijn spiraalvorm", ["spiraalvorm"], O20),
 ("number", "Hoe lang is het binnenoor?", "ongeveer 4 cm", ["4 cm"], O21),
 ("number", "Hoeveel haarcellen zitten er op de basilaire membraan in het slakkenhuis?", "ongeveer 20.000", ["20.000"], O22),
 ("cause-effect", "Waardoor kunnen de haarcellen onherstelbaar beschadigd worden?", "door hoge geluidsdoses", ["hoge geluidsdoses"], O24),
 ("number", "Hoe groot is de diameter van het slakkenhuis?", "ongeveer 1 cm", ["1 cm"], O25),
])
T1 = "Een telescoop is een optisch instrument waarmee verre voorwerpen vergroot kunnen worden waargenomen."
T2 = "De woorden telescoop en verrekijker betekenen dus hetzelfde, maar een verrekijker is bedoeld voor gebruik op aarde, terwijl een telescoop vooral bedoeld is voor astronomische waarnemingen."
T3 = "Oorspronkelijk is een telescoop een instrument dat gebruikt wordt voor zichtbaar licht."
T4 = "Tegenwoordig zijn er telescopen voor alle golflengtegebieden tussen radiostraling (radiotelescopen) en gammastraling."
T5 = "Een telescoop die uitsluitend lenzen gebruikt, wordt wel refractor genoemd, omdat lichtstralen worden gemanipuleerd door breking."
T6 = "Zo'n telescoop bestaat uit minstens twee lenzen of groepen van lenzen: het objectief en het oculair."
T7 = "Een kleine uitvoering van een refractor is de verrekijker."
T8 = "Grotere astronomische telescopen hebben als objectief meestal een spiegel."
T9 = "Dit soort telescopen wordt ook wel reflector genoemd, omdat lichtstralen worden geconvergeerd door reflectie."
T10 = "Een telescoop die bestaat uit twee positieve lenzen, keert het beeld om."
T11 = "Om een rechtopstaand beeld te verkrijgen zijn extra optische hulpmiddelen noodzakelijk, zoals omkeerprisma's."
T12 = "De zogenoemde Hollandse kijker heeft een negatieve lens als oculair en geeft een rechtopstaand beeld"
T13 = "Verder zijn toneelkijkers en speelgoedkijkers meestal ook Hollandse kijkers."
L1 = "Hans (of Johannes) Lipperhey, (Wezel, rond 1570 – Middelburg, begraven 29 september 1619) was een Duits-Nederlandse brillenmaker en lenzenslijper."
L2 = "In het Latijn werd zijn naam gespeld als Lapreius, of Laprey."
L3 = "Lipperhey was de eerste die in september 1608 patent aanvroeg voor de uitvinding van een 'seecker instrument om verre te sien', waarmee de Hollandse kijker is bedoeld, bestaande uit een bolle en een holle lens."
L4 = "De aanbevelingsbrief die Lipperhey van de Gedeputeerde Staten van Zeeland meekreeg is het oudste document ter wereld waarin met zekerheid over de verrekijker wordt gesproken, al moest dat woord toen nog worden bedacht."
L5 = "In 2023 kreeg hij in Amsterdam een brug naar zich vernoemd: Hans Lipperheybrug."
L6 = "De stad kende onder ander een bloeiende glasindustrie."
L7 = "In 1594 woonde hij in Middelburg, waar hij in dat jaar in het huwelijk trad."
write("nl-telescoop", "nl", [
 ("definition", "Wat is een telescoop?", "een optisch instrument waarmee verre voorwerpen vergroot kunnen worden waargenomen", ["optisch instrument", "verre voorwerpen vergroot"], T1),
 ("definition", "Waarvoor is een verrekijker bedoeld, in tegenstelling tot een telescoop?", "voor gebruik op aarde", ["gebruik op aarde"], T2),
 ("definition", "Waarvoor is een telescoop vooral bedoeld?", "voor astronomische waarnemingen", ["astronomische waarnemingen"], T2),
 ("definition", "Voor welk licht werd een telescoop oorspronkelijk gebruikt?", "voor zichtbaar licht", ["zichtbaar licht"], T3),
 ("list-member", "Tussen welke soorten straling liggen de golflengtegebieden waarvoor er tegenwoordig telescopen zijn?", "tussen radiostraling en gammastraling", ["radiostraling", "gammastraling"], T4),
 ("definition", "Hoe wordt een telescoop genoemd die uitsluitend lenzen gebruikt?", "een refractor", ["refractor"], T5),
 ("cause-effect", "Waardoor worden lichtstralen gemanipuleerd in een refractor?", "door breking", ["breking"], T5),
 ("list-member", "Uit welke twee lenzen of groepen van lenzen bestaat een refractor minstens?", "het objectief en het oculair", ["objectief", "oculair"], T6),
 ("definition", "Wat is een kleine uitvoering van een refractor?", "de verrekijker", ["verrekijker"], T7),
 ("definition", "Wat hebben grotere astronomische telescopen meestal als objectief?", "een spiegel", ["spiegel"], T8),
 ("definition", "Hoe worden telescopen met een spiegel als objectief ook wel genoemd, omdat lichtstralen worden geconvergeerd door reflectie?", "reflector", ["reflector"], T9),
 ("definition", "Wat doet een telescoop die bestaat uit twee positieve lenzen met het beeld?", "hij keert het beeld om", ["keert het beeld om"], T10),
 ("definition", "Welke optische hulpmiddelen zijn bijvoorbeeld noodzakelijk om een rechtopstaand beeld te verkrijgen?", "omkeerprisma's", ["omkeerprisma's"], T11),
 ("definition", "Welke lens heeft de Hollandse kijker als oculair?", "een negatieve lens", ["negatieve lens"], T12),
 ("list-member", "Welke kijkers zijn meestal ook Hollandse kijkers?", "toneelkijkers en speelgoedkijkers", ["toneelkijkers", "speelgoedkijkers"], T13),
 ("named-entity", "In welke stad werd Hans Lipperhey geboren?", "in Wezel", ["Wezel"], L1),
 ("list-member", "Wat was het beroep van Hans Lipperhey?", "brillenmaker en lenzenslijper", ["brillenmaker", "lenzenslijper"], L1),
 ("named-entity", "Hoe werd de naam van Lipperhey in het Latijn gespeld?", "Lapreius, of Laprey", ["Lapreius", "Laprey"], L2),
 ("number", "Wanneer vroeg Lipperhey als eerste patent aan voor de Hollandse kijker?", "in september 1608", ["september 1608", "1608"], L3),
 ("list-member", "Uit welke lenzen bestaat de Hollandse kijker?", "uit een bolle en een holle lens", ["bolle", "holle lens"], L3),
 ("definition", "Welk document is het oudste ter wereld waarin met zekerheid over de verrekijker wordt gesproken?", "de aanbevelingsbrief die Lipperhey van de Gedeputeerde Staten van Zeeland meekreeg", ["aanbevelingsbrief"], L4),
 ("named-entity", "Van wie kreeg Lipperhey de aanbevelingsbrief mee?", "van de Gedeputeerde Staten van Zeeland", ["Gedeputeerde Staten van Zeeland"], L4),
 ("named-entity", "In welke stad kreeg Lipperhey in 2023 een brug naar zich vernoemd?", "in Amsterdam", ["Amsterdam"], L5),
 ("definition", "Welke bloeiende industrie kende de stad Middelburg onder andere?", "een bloeiende glasindustrie", ["glasindustrie"], L6),
 ("number", "Sinds welk jaar woonde Lipperhey in Middelburg, waar hij in het huwelijk trad?", "in 1594", ["1594"], L7),
])
J1 = "All the way back to 1610 when Galileo Galilei found the first moons beyond Earth."
J2 = "Fifth in line from the Sun, Jupiter is, by far, the largest planet in the solar system."
J3 = "More than twice as massive as all the other planets combined."
J4 = "Jupiter’s familiar stripes and swirls are actually cold, windy clouds of ammonia and water, floating in an atmosphere of hydrogen and helium."
J5 = "Jupiter’s iconic Great Red Spot is a giant storm bigger than Earth that has raged for hundreds of years."
J6 = "Jupiter also has several rings, but unlike the famous rings of Saturn, Jupiter’s rings are very faint and made of dust, not ice."
J7 = "Jupiter, being the biggest planet, gets its name from the king of the ancient Roman gods."
J8 = "With a radius of 43,440.7 miles, Jupiter is 11 times wider than Earth."
J9 = "From an average distance of 484 million miles (778 million kilometers), Jupiter is 5.2 astronomical units away from the Sun."
J10 = "One astronomical unit (abbreviated as AU), is the distance from the Sun to Earth."
J11 = "From this distance, it takes Sunlight 43 minutes to travel from the Sun to Jupiter."
J12 = "One day on Jupiter takes only about 10 hours."
J13 = "It makes a complete orbit around the Sun (a year in Jovian time) in about 12 Earth years."
J14 = "Its equator is tilted with respect to its orbital path around the Sun by just 3 degrees."
J15 = "This means Jupiter spins nearly upright and does not have seasons as extreme as other planets do."
J16 = "With four large moons and many smaller moons, Jupiter forms a kind of miniature solar system."
J17 = "Jupiter has 53 confirmed moons and 26 provisional moons awaiting confirmation of discovery."
J18 = "On July 4th, Juno entered Jupiter’s orbit, and will continue to loop around the planet for the next 20 months."
J19 = "The Juno probe will investigate Jupiter’s unique magnetic field, which is much stronger than Earth’s."
J20 = "On Earth, our magnetic field protects life from deadly solar radiation."
write("en-nasa-jupiter", "en", [
 ("number", "In what year did Galileo Galilei find the first moons beyond Earth?", "in 1610", ["1610"], J1),
 ("named-entity", "Who found the first moons beyond Earth in 1610?", "Galileo Galilei", ["Galileo Galilei", "Galileo"], J1),
 ("number", "Which planet in line from the Sun is Jupiter?", "the fifth", ["fifth"], J2),
 ("definition", "How massive is Jupiter compared with all the other planets combined?", "more than twice as massive", ["more than twice", "twice as massive"], J3),
 ("definition", "What are Jupiter's familiar stripes and swirls actually?", "cold, windy clouds of ammonia and water", ["clouds of ammonia and water", "ammonia and water"], J4),
 ("list-member", "What gases make up the atmosphere in which Jupiter's clouds float?", "hydrogen and helium", ["hydrogen", "helium"], J4),
 ("definition", "What is Jupiter's Great Red Spot?", "a giant storm bigger than Earth", ["giant storm"], J5),
 ("definition", "What are Jupiter's faint rings made of, unlike the rings of Saturn?", "dust, not ice", ["dust"], J6),
 ("named-entity", "Where does Jupiter get its name from?", "from the king of the ancient Roman gods", ["king of the ancient Roman gods", "Roman gods"], J7),
 ("number", "What is the radius of Jupiter?", "43,440.7 miles", ["43,440.7 miles"], J8),
 ("number", "How many times wider than Earth is Jupiter?", "11 times", ["11 times"], J8),
 ("number", "What is Jupiter's average distance from the Sun?", "484 million miles (778 million kilometers)", ["484 million miles", "778 million kilometers"], J9),
 ("number", "How many astronomical units is Jupiter away from the Sun?", "5.2 astronomical units", ["5.2 astronomical units", "5.2 AU"], J9),
 ("definition", "What is one astronomical unit (AU)?", "the distance from the Sun to Earth", ["distance from the Sun to Earth"], J10),
 ("number", "How long does it take sunlight to travel from the Sun to Jupiter?", "43 minutes", ["43 minutes"], J11),
 ("number", "How long does one day on Jupiter take?", "only about 10 hours", ["10 hours"], J12),
 ("number", "How long does Jupiter take to make a complete orbit around the Sun?", "about 12 Earth years", ["12 Earth years", "12 years"], J13),
 ("number", "By how many degrees is Jupiter's equator tilted with respect to its orbital path?", "just 3 degrees", ["3 degrees"], J14),
 ("cause-effect", "What does the small tilt mean for how Jupiter spins and for its seasons compared with other planets?", "it spins nearly upright and does not have seasons as extreme as other planets do", ["spins nearly upright", "not have seasons as extreme"], J15),
 ("definition", "What does Jupiter form with its four large moons and many smaller moons?", "a kind of miniature solar system", ["miniature solar system"], J16),
 ("number", "How many confirmed moons does Jupiter have?", "53 confirmed moons", ["53 confirmed moons", "53"], J17),
 ("number", "On what date did Juno enter Jupiter's orbit?", "on July 4th", ["July 4th", "July 4"], J18),
 ("definition", "What will the Juno probe investigate?", "Jupiter's unique magnetic field, which is much stronger than Earth's", ["magnetic field"], J19),
 ("cause-effect", "What does our magnetic field protect life on Earth from?", "deadly solar radiation", ["solar radiation"], J20),
])
R1 = "Fix your home if your radon level is 4 picocuries per liter (pCi/L) or higher."
R2 = "EPA Recommends: Test your home for radon—it’s easy and inexpensive."
R3 = "Radon is estimated to cause about 21,000 lung cancer deaths per year, according to EPA’s 2003 Assessment of Risks from Radon in Homes."
R4 = "Radon is a cancer-causing, radioactive gas."
R5 = "That’s because when you breathe air containing radon, you can get lung cancer."
R6 = "In fact, the Surgeon General has warned that radon is the second leading cause of lung cancer in the United States today."
R7 = "Only smoking causes more lung cancer deaths."
R8 = "If you smoke and your home has high radon levels, your risk of lung cancer is especially high."
R9 = "It comes from the natural decay of uranium that is found in nearly all soils."
R10 = "It typically moves up through the ground to the air above and into your home through cracks and other holes in the foundation."
R11 = "Any home may have a radon problem. This means new and old homes, well-sealed and drafty homes, and homes with or without basements."
R12 = "Radon from soil gas is the main cause of radon problems."
R13 = "Sometimes radon enters the home through well water."
R14 = "However, building materials rarely cause radon problems by themselves."
R15 = "Testing is the only way to know if you and your family are at risk from radon."
R16 = "EPA and the Surgeon General recommend testing all homes below the third floor for radon."
R17 = "EPA also recommends testing in schools."
R18 = "The quickest way to test is with short-term tests."
R19 = "Short-term tests remain in your home for two days to 90 days, depending on the device."
R20 = "Because radon levels tend to vary from day to day and season to season, a short-term test is less likely than a long-term test to tell you your year-round average radon level."
R21 = "If you need results quickly, however, a short-term test followed by a second short-term test may be used to decide whether to fix your home."
R22 = "Long-term tests remain in your home for more than 90 days."
R23 = "\"Alpha track\" and \"electret\" detectors are commonly used for this type of testing."
write("en-epa-radon", "en", [
 ("number", "At what radon level does EPA recommend that you fix your home?", "4 picocuries per liter (pCi/L) or higher", ["4 picocuries per liter", "4 pCi/L"], R1),
 ("definition", "According to EPA, what is testing your home for radon like?", "easy and inexpensive", ["easy and inexpensive"], R2),
 ("number", "About how many lung cancer deaths per year is radon estimated to cause?", "about 21,000", ["21,000"], R3),
 ("definition", "What kind of gas is radon?", "a cancer-causing, radioactive gas", ["cancer-causing, radioactive gas", "radioactive gas"], R4),
 ("cause-effect", "What can you get when you breathe air containing radon?", "lung cancer", ["lung cancer"], R5),
 ("named-entity", "Who has warned that radon is the second leading cause of lung cancer in the United States?", "the Surgeon General", ["Surgeon General"], R6),
 ("definition", "What place does radon have among the causes of lung cancer in the United States today?", "the second leading cause", ["second leading cause", "second"], R6),
 ("definition", "What is the only thing that causes more lung cancer deaths than radon?", "smoking", ["smoking"], R7),
 ("cause-effect", "When is your risk of lung cancer from radon especially high?", "if you smoke and your home has high radon levels", ["if you smoke", "smoke"], R8),
 ("cause-effect", "Radon comes from the natural decay of which element, found in nearly all soils?", "uranium", ["uranium"], R9),
 ("definition", "Through what does radon move into your home?", "through cracks and other holes in the foundation", ["cracks and other holes in the foundation", "cracks"], R10),
 ("list-member", "Which kinds of homes may have a radon problem?", "new and old homes, well-sealed and drafty homes, and homes with or without basements", ["new and old homes", "well-sealed and drafty homes", "with or without basements"], R11),
 ("definition", "What is the main cause of radon problems?", "radon from soil gas", ["soil gas"], R12),
 ("definition", "Through what water does radon sometimes enter the home?", "through well water", ["well water"], R13),
 ("definition", "How often do building materials cause radon problems by themselves?", "rarely", ["rarely"], R14),
 ("definition", "What is the only way to know if you and your family are at risk from radon?", "testing", ["testing"], R15),
 ("definition", "Which homes do EPA and the Surgeon General recommend testing for radon?", "all homes below the third floor", ["below the third floor"], R16),
 ("definition", "Where else does EPA recommend testing for radon, besides homes?", "in schools", ["schools"], R17),
 ("definition", "What is the quickest way to test for radon?", "with short-term tests", ["short-term tests"], R18),
 ("number", "How long do short-term radon tests remain in your home?", "two days to 90 days, depending on the device", ["two days to 90 days"], R19),
 ("cause-effect", "Why is a short-term test less likely than a long-term test to tell you your year-round average radon level?", "because radon levels tend to vary from day to day and season to season", ["vary from day to day and season to season", "vary from day to day"], R20),
 ("definition", "What may be used to decide whether to fix your home if you need results quickly?", "a short-term test followed by a second short-term test", ["second short-term test"], R21),
 ("number", "How long do long-term radon tests remain in your home?", "more than 90 days", ["more than 90 days"], R22),
 ("list-member", "Which detectors are commonly used for long-term radon testing?", "alpha track and electret detectors", ["alpha track", "electret"], R23),
])
