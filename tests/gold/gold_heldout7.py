# Gold lists for the seventh round of held-out texts, written and committed before the generator ran on them.
from mkgold import write
H1 = "Haaien (Selachimorpha, ook wel Selachii) zijn een groep van grote, lenige kraakbeenvissen."
H2 = "De oudste bekende fossielen van haaien dateren van meer dan 425 tot 455 miljoen jaar geleden."
H3 = "Er zijn meer dan 1000 soorten beschreven kraakbeenvissen, waaronder ongeveer 400 soorten haaien en 600 soorten roggen en pijlstaartroggen en ongeveer 30 soorten holocephali (draakvissen en chimeren, meestal diepzeevissen waarover vaak nog weinig bekend is)."
H4 = "De meeste haaien zijn slanke, gespierde en snelle dieren die een lengte bereiken van rond de 1 à 2 meter."
H5 = "De kleinste haaiensoort is Etmopterus perryi met een grootte van ongeveer 17 centimeter, en de grootste levende haai is de walvishaai (Rhincodon typus) die gemiddeld twaalf meter lang wordt."
H7 = "De meeste soorten komen niet voor beneden ongeveer 1500 meter, maar uitzonderingen tot 3000 meter zijn er wel."
H8 = "Haaien zijn bij het grote publiek vooral bekend door de (voor de mens) gevaarlijke soorten, maar van de ongeveer 400 soorten zijn slechts vier of vijf soorten als gevaarlijk aan te merken."
H9 = "Het zijn bijna allemaal predatoren (roofvissen) die leven van gewervelde dieren (meestal vissen maar ook zeezoogdieren en vogels), grote kreeftachtigen en weekdieren."
H10 = "Haaien zijn waarschijnlijk een zustergroep van de placodermen die zich ontwikkelden tijdens het Laat-Siluur."
H11 = "In het geologische tijdvak dat erop volgde, het Devoon, kwamen wereldwijd al verschillende soorten haaien voor, waaronder de doliodus."
H12 = "Sommige van de eerste haaien waren gigantisch (megalodon) en hadden tanden van 15 centimeter."
write("nl-haaien", "nl", [
 ("definition", "Wat zijn haaien?", "een groep van grote, lenige kraakbeenvissen", ["kraakbeenvissen", "grote, lenige kraakbeenvissen"], H1),
 ("definition", "Wat is de wetenschappelijke naam van de haaien?", "Selachimorpha (ook wel Selachii)", ["Selachimorpha", "Selachii"], H1),
 ("number", "Hoe oud zijn de oudste bekende fossielen van haaien?", "meer dan 425 tot 455 miljoen jaar", ["425 tot 455 miljoen jaar"], H2),
 ("number", "Hoeveel soorten kraakbeenvissen zijn er beschreven?", "meer dan 1000", ["1000"], H3),
 ("number", "Hoeveel soorten haaien zijn er ongeveer?", "ongeveer 400", ["400"], H3),
 ("number", "Hoeveel soorten roggen en pijlstaartroggen zijn er?", "600", ["600 soorten"], H3),
 ("definition", "Welke lengte bereiken de meeste haaien?", "rond de 1 à 2 meter", ["1 à 2 meter"], H4),
 ("named-entity", "Wat is de kleinste haaiensoort?", "Etmopterus perryi", [], H5),
 ("number", "Hoe groot is de kleinste haaiensoort?", "ongeveer 17 centimeter", ["17 centimeter"], H5),
 ("named-entity", "Wat is de grootste levende haai?", "de walvishaai (Rhincodon typus)", ["walvishaai", "Rhincodon typus"], H5),
 ("number", "Hoe lang wordt de walvishaai gemiddeld?", "twaalf meter", ["12 meter"], H5),
 ("definition", "Waar komen haaien voor?", "in alle zeeën", ["alle zeeën"], "Haaien komen voor in alle zeeën."),
 ("number", "Beneden welke diepte komen de meeste haaiensoorten niet voor?", "ongeveer 1500 meter", ["1500 meter"], H7),
 ("number", "Hoeveel haaiensoorten zijn als gevaarlijk aan te merken?", "slechts vier of vijf", ["vier of vijf"], H8),
 ("definition", "Wat voor dieren zijn haaien bijna allemaal?", "predatoren (roofvissen)", ["predatoren", "roofvissen"], H9),
 ("list-member", "Waarvan leven haaien?", "gewervelde dieren, grote kreeftachtigen en weekdieren", ["gewervelde dieren", "kreeftachtigen", "weekdieren"], H9),
 ("definition", "Van welke groep zijn haaien waarschijnlijk een zustergroep?", "de placodermen", ["placodermen"], H10),
 ("named-entity", "In welk geologisch tijdvak kwamen wereldwijd al verschillende soorten haaien voor?", "het Devoon", ["Devoon"], H11),
 ("number", "Hoe groot waren de tanden van sommige van de eerste haaien?", "15 centimeter", [], H12),
])
M1 = "Mieren (Formicidae) zijn een familie van kolonievormende sociale insecten, die behoren tot de orde vliesvleugeligen (Hymenoptera)."
M4 = "Veel mierensoorten bouwen hun nest in de bodem of in holle bomen, andere soorten spinnen bladeren aan elkaar om een nest te maken, en weer andere leven in spleten tussen rotsen."
M5 = "Een mierenkolonie bestaat uit een koningin, werksters (ook allemaal vrouwtjes) en soms jonge mannetjes en maagdelijke koninginnen."
M6 = "Het meest talrijk binnen de kolonie zijn de werksters, die onderling de werktaken verdelen."
M9 = "In de lucht paren de mannetjes met de koninginnetjes, waarna de mannetjes snel sterven en de koninginnen een nieuwe nestplaats zoeken."
M10 = "Mieren behoren tot de wespachtigen, ze stammen af van gravende wespensoorten waarvan de werksters hun vleugels hebben verloren."
write("nl-mieren", "nl", [
 ("definition", "Wat zijn mieren?", "een familie van kolonievormende sociale insecten", ["sociale insecten", "kolonievormende sociale insecten"], M1),
 ("definition", "Tot welke orde behoren mieren?", "de vliesvleugeligen (Hymenoptera)", ["vliesvleugeligen", "Hymenoptera"], M1),
 ("definition", "Wat is de wetenschappelijke naam van de mieren?", "Formicidae", [], M1),
 ("definition", "Waar komen mieren voor?", "wereldwijd", ["overal"], "Mieren hebben zich kunnen aanpassen aan zeer verschillende leefomgevingen en komen wereldwijd voor."),
 ("definition", "Waar bouwen veel mierensoorten hun nest?", "in de bodem of in holle bomen", ["bodem", "holle bomen"], M4),
 ("definition", "Wat doen sommige mierensoorten om een nest te maken?", "bladeren aan elkaar spinnen", ["bladeren"], M4),
 ("list-member", "Waaruit bestaat een mierenkolonie?", "een koningin, werksters en soms jonge mannetjes en maagdelijke koninginnen", ["koningin", "werksters"], M5),
 ("definition", "Welk geslacht hebben de werksters?", "het zijn allemaal vrouwtjes", ["vrouwtjes"], M5),
 ("definition", "Wie zijn het meest talrijk binnen de mierenkolonie?", "de werksters", ["werksters"], M6),
 ("list-member", "Welke taken hebben werksters onder andere?", "verkenners, voedselverzamelaars, nest-onderhouders, kinderverzorgsters en soldaten", ["verkenners", "voedselverzamelaars", "soldaten"], "Er zijn onder andere verkenners, voedselverzamelaars, nest-onderhouders, kinderverzorgsters en soldaten."),
 ("definition", "Waartoe worden larven opgekweekt wanneer het nest groot genoeg is?", "tot mannetjes en koninginnetjes", ["mannetjes en koninginnetjes"], "Wanneer het nest groot genoeg is, wordt een lichting van de opgroeiende larven opgekweekt tot mannetjes en koninginnetjes."),
 ("definition", "Waar paren de mannetjes met de koninginnetjes?", "in de lucht", ["lucht"], M9),
 ("definition", "Wat gebeurt er met de mannetjes na de paring?", "ze sterven snel", ["sterven"], M9),
 ("definition", "Tot welke groep behoren mieren?", "de wespachtigen", ["wespachtigen"], M10),
 ("definition", "Waarvan stammen mieren af?", "van gravende wespensoorten", ["gravende wespensoorten", "wespen"], M10),
 ("definition", "Waarop lijkt de bouw van een mier sterk?", "op die van een wesp", ["wesp"], "De nauwe verwantschap aan wespen is ook af te leiden uit de bouw van een mier, die sterk lijkt op die van een wesp."),
])
G2 = "Almost 10 percent of the world's land mass is currently covered with glaciers, mostly in places like Greenland and Antarctica."
G3 = "Glaciers are important features in the hydrologic cycle and affect the volume, variability, and water quality of runoff in areas where they occur."
G8 = "These \"rivers\" of ice are tremendously heavy, and if they are on land that has a downhill slope the whole ice patch starts to slowly grind its way downhill."
G9 = "These glaciers can vary greatly in size, from a football-field sized patch to a river a hundred miles (161 kilometers) long."
G10 = "Glaciers have had a profound effect on the topography (lay of the land) in some areas, as in the northern U.S."
G15 = "Short-term storage might be days or weeks for water in a lake, but it could be thousands of years for deep groundwater storage or even longer for water at the bottom of an ice cap, such as in Greenland."
G21 = "The color white reflects sunlight (heat) more than darker colors, and as ice is so white, sunlight is reflected back out to the sky, which helps to create weather patterns."
write("en-usgs-glaciers", "en", [
 ("number", "How much of the world's land mass is covered with glaciers?", "almost 10 percent", ["10 percent"], G2),
 ("list-member", "Where are most of the world's glaciers?", "in Greenland and Antarctica", ["Greenland", "Antarctica"], G2),
 ("list-member", "What do glaciers affect in the areas where they occur?", "the volume, variability, and water quality of runoff", ["runoff", "volume, variability, and water quality"], G3),
 ("definition", "What are glaciers, in a way?", "frozen rivers of ice flowing downhill", ["frozen rivers of ice"], "In a way, glaciers are just frozen rivers of ice flowing downhill."),
 ("definition", "How do glaciers begin life?", "as snowflakes", ["snowflakes"], "Glaciers begin life as snowflakes."),
 ("definition", "When do glaciers start to form?", "when the snowfall in an area far exceeds the melting during summer", ["snowfall far exceeds the melting"], "When the snowfall in an area far exceeds the melting that occurs during summer, glaciers start to form."),
 ("definition", "What compresses the fallen snow into ice?", "the weight of the accumulated snow", ["weight of the accumulated snow"], "The weight of the accumulated snow compresses the fallen snow into ice."),
 ("definition", "What happens to a heavy ice patch on land with a downhill slope?", "it slowly grinds its way downhill", ["grind its way downhill"], G8),
 ("number", "How long can the largest glaciers be?", "a hundred miles (161 kilometers)", ["161 kilometers", "a hundred miles"], G9),
 ("definition", "On what have glaciers had a profound effect in some areas?", "the topography (lay of the land)", ["topography", "lay of the land"], G10),
 ("definition", "What have carved out many lakes and valleys?", "ancient glaciers", ["glaciers"], "Many lakes, such as the Great Lakes, and valleys have been carved out by ancient glaciers."),
 ("named-entity", "Which lakes have been carved out by ancient glaciers?", "the Great Lakes", ["Great Lakes"], "Many lakes, such as the Great Lakes, and valleys have been carved out by ancient glaciers."),
 ("definition", "What does the water cycle describe?", "how water moves above, on, and through the Earth", ["how water moves"], "The water cycle describes how water moves above, on, and through the Earth."),
 ("definition", "How long can water be stored at the bottom of an ice cap?", "longer than thousands of years", ["thousands of years"], G15),
 ("definition", "What does ice form when it forms in a steep mountain environment?", "a glacier", ["glacier"], "When the ice forms in a steep mountain environment, it slowly flows downhill, forming a glacier."),
 ("definition", "What are ice sheets?", "glaciers that have spread outward to cover an area larger than 50,000 square kilometers", ["glaciers that have spread outward"], "Ice sheets are glaciers that have spread outward to cover an area larger than 50,000 square kilometers."),
 ("number", "How large an area does an ice sheet cover?", "larger than 50,000 square kilometers", ["50,000 square kilometers"], "Ice sheets are glaciers that have spread outward to cover an area larger than 50,000 square kilometers."),
 ("definition", "What do ice caps influence too?", "the weather", ["weather"], "Ice caps influence the weather, too."),
 ("definition", "What does the color white reflect more than darker colors?", "sunlight (heat)", ["sunlight", "heat"], G21),
])
T1 = "Tsunamis are giant waves caused by earthquakes or volcanic eruptions under the sea."
T3 = "But as the waves travel inland, they build up to higher and higher heights as the depth of the ocean decreases."
T6 = "While tsunamis are often referred to as tidal waves, this name is discouraged by oceanographers because tides have little to do with these giant waves."
T7 = "The largest tsunami on record rushed past Ishigaki Island, Japan, in 1971."
T9 = "While it caused little damage, the giant wall of water relocated a 750-ton block of coral 2.4 kilometers (1.5 miles) inland."
T11 = "This tsunami was the result of a massive earthquake that occurred when the India tectonic plate subducted beneath the Burma plate, causing an earthquake with a magnitude of at least 9.0 on the Richter scale."
T13 = "The Sumatra Tsunami travelled around the world in just one day, devastating coastal communities and killing an estimated 230,000 people."
T15 = "Large earthquakes below or near the ocean floor are the most common cause, but landslides, volcanic activity, certain types of weather and meteorites can also cause tsunamis."
T21 = "An earthquake must be big enough and close enough to the ocean floor to cause the vertical movement of the ocean floor that typically sets a tsunami in motion."
write("en-noaa-tsunamis", "en", [
 ("definition", "What are tsunamis?", "giant waves caused by earthquakes or volcanic eruptions under the sea", ["giant waves"], T1),
 ("cause-effect", "What causes tsunamis?", "earthquakes or volcanic eruptions under the sea", ["earthquakes", "volcanic eruptions"], T1),
 ("definition", "When do tsunami waves build up to higher heights?", "as the depth of the ocean decreases", ["depth of the ocean decreases"], T3),
 ("definition", "On what does the speed of tsunami waves depend?", "on ocean depth", ["ocean depth"], "The speed of tsunami waves depends on ocean depth rather than the distance from the source of the wave."),
 ("definition", "How fast may tsunami waves travel over deep waters?", "as fast as jet planes", ["jet planes"], "Tsunami waves may travel as fast as jet planes over deep waters, only slowing down when reaching shallow waters."),
 ("definition", "What are tsunamis often referred to as?", "tidal waves", [], T6),
 ("cause-effect", "Why do oceanographers discourage the name tidal waves?", "because tides have little to do with these giant waves", ["tides have little to do"], T6),
 ("named-entity", "Where did the largest tsunami on record rush past?", "Ishigaki Island, Japan", ["Ishigaki Island"], T7),
 ("number", "In which year did the largest tsunami on record occur?", "1971", [], T7),
 ("number", "How high was the largest tsunami on record?", "84.7 meters (278 feet)", ["84.7 meters", "278 feet"], "It was an incredible 84.7 meters (278 feet) high."),
 ("number", "How far inland did the Ishigaki tsunami relocate a 750-ton block of coral?", "2.4 kilometers (1.5 miles)", ["2.4 kilometers", "1.5 miles"], T9),
 ("number", "On which date was the Sumatra Tsunami?", "December 26, 2004", ["2004"], "This series of three images shows the progression of the Sumatra Tsunami on December 26, 2004."),
 ("number", "What magnitude had the earthquake that caused the Sumatra Tsunami?", "at least 9.0 on the Richter scale", ["9.0"], T11),
 ("definition", "Which tectonic plate subducted beneath the Burma plate?", "the India tectonic plate", ["India plate", "India"], T11),
 ("number", "How high were the waves of the Sumatra Tsunami?", "10.8 meters (35.5 feet)", ["10.8 meters", "35.5 feet"], "The earthquake displaced a huge amount of water, creating waves with heights of 10.8 meters (35.5 feet)."),
 ("number", "How many people did the Sumatra Tsunami kill?", "an estimated 230,000", ["230,000"], T13),
 ("definition", "What is a tsunami?", "a series of waves generated by a large and sudden displacement of the ocean", ["series of waves"], "A tsunami is a series of waves generated by a large and sudden displacement of the ocean."),
 ("definition", "What are the most common cause of tsunamis?", "large earthquakes below or near the ocean floor", ["large earthquakes", "earthquakes"], T15),
 ("list-member", "What else can cause tsunamis besides earthquakes?", "landslides, volcanic activity, certain types of weather and meteorites", ["landslides", "volcanic activity", "meteorites"], T15),
 ("definition", "In which directions do tsunamis radiate from their source?", "outward in all directions", ["all directions"], "Tsunamis radiate outward in all directions from their source and can move across entire ocean basins, around islands and into bays, sounds and up rivers."),
 ("definition", "To what can tsunamis pose a serious threat?", "to life and property", ["life and property"], "Tsunamis are infrequent but can pose a serious threat to life and property when they occur."),
 ("number", "How many lives have tsunamis claimed around the world?", "hundreds of thousands", [], "Tsunamis have claimed hundreds of thousands of lives and caused hundreds of billions of dollars in damage around the world."),
 ("number", "What share of all known tsunamis is triggered by earthquakes?", "about 80%", ["80%"], "About 80% of all known tsunamis are triggered by earthquakes."),
 ("definition", "Do all earthquakes create tsunamis?", "no", ["not all earthquakes"], "Not all earthquakes create tsunamis."),
 ("definition", "What typically sets a tsunami in motion?", "the vertical movement of the ocean floor", ["vertical movement of the ocean floor"], T21),
])
