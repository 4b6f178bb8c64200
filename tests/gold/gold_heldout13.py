# Gold lists for the thirteenth round of held-out texts, written and committed before the generator ran on them.
from mkgold import write
L1 = "De lever (Grieks: hepar, Latijn: iecur) is een essentieel en veelzijdig orgaan bij gewervelde dieren en dus ook bij de mens."
L2 = "Ze speelt een belangrijke rol in het metabolisme."
L3 = "Door de vele soorten stofomzettingen die in de lever plaatsvinden, genereert de lever veel warmte die, als lichaamswarmte, door het bloed via de bloedbaan over het hele organisme wordt verspreid."
L4 = "In het menselijk lichaam is de lever beveiligd door de onderste ribben van de borstkas, rechtsboven in de buikholte."
L5 = "Met een gewicht van anderhalve kilogram is het na de huid het zwaarste orgaan."
L7 = "De lever is, behalve op de plek waar hij aan het diafragma vastzit, volledig bedekt door het buikvlies, een dun dubbellaags membraan dat wrijving met andere organen vermindert."
G1 = "De galblaas of vesica biliaris is een peervormig hol orgaan dat aan de rechterkant van het lichaam, achter (dat wil zeggen meer naar binnen) en onder de lever ligt."
G2 = "Het orgaan is verbonden met de lever via de galbuis."
G4 = "Gal bevat stoffen die vet tot heel kleine vetdruppels in een waterige oplossing kunnen verdelen (emulgeren)."
G5 = "Door deze oppervlaktevergroting kan vet gemakkelijker door de enzymen verteerd worden."
G7 = "De galblaas heeft een wateronttrekkende werking op de gal die zodoende wordt ingedikt en een typische groene kleur krijgt."
G9 = "De rat bijvoorbeeld heeft geen gespecialiseerd orgaan voor de opslag van gal."
G11 = "Tot ongeveer 25% van de mensen heeft galstenen die meestal grotendeels bestaan uit cholesterol."
G12 = "Een ontsteking van de galblaas heet cholecystitis; een bacteriële ontsteking van de galwegen heet een cholangitis."
A1 = "Gal is een geel-groenige (soms zwarte) vloeistof die wordt uitgescheiden door de lever en in de galblaas tijdelijk wordt opgeslagen in een ingedikte toestand."
A2 = "Gal bestaat onder andere uit water, galzouten, cholesterol en bilirubine."
A3 = "Als vethoudend voedsel de wand van de twaalfvingerige darm (duodenum) passeert, veroorzaakt dit een parasympathische reactie in de galblaas en afgifte van het hormoon cholecystokinine waardoor gal wordt afgegeven via de galgang (ductus choledochus) door de sfincter van Oddi aan de twaalfvingerige darm."
A5 = "Veel galzouten worden echter weer opgenomen via de darm-leverkringloop (enterohepatische kringloop)."
A6 = "De galzouten worden voor meer dan 97,5% in het laatste stuk van de dunne darm (het ileum) opgenomen en weer naar de lever vervoerd zodat ze opnieuw kunnen worden gebruikt."
A7 = "De bruine kleur van feces is afkomstig van zogeheten galkleurstoffen, afbraakproducten van hemoglobine."
write("nl-lever-gal", "nl", [
 ("definition", "Wat is de lever?", "een essentieel en veelzijdig orgaan bij gewervelde dieren", ["essentieel en veelzijdig orgaan", "veelzijdig orgaan"], L1),
 ("named-entity", "Hoe heet de lever in het Grieks?", "hepar", ["hepar"], L1),
 ("definition", "In welk proces speelt de lever een belangrijke rol?", "het metabolisme", ["metabolisme"], L2),
 ("cause-effect", "Waardoor genereert de lever veel warmte?", "door de vele soorten stofomzettingen die in de lever plaatsvinden", ["stofomzettingen"], L3),
 ("definition", "Waardoor is de lever in het menselijk lichaam beveiligd?", "door de onderste ribben van de borstkas", ["onderste ribben", "ribben van de borstkas"], L4),
 ("definition", "Waar ligt de lever in het menselijk lichaam?", "rechtsboven in de buikholte", ["rechtsboven in de buikholte"], L4),
 ("number", "Wat is het gewicht van de lever?", "anderhalve kilogram", ["anderhalve kilogram", "1,5 kilogram", "1,5 kg"], L5),
 ("definition", "Waardoor is de lever volledig bedekt, behalve waar hij aan het diafragma vastzit?", "door het buikvlies", ["buikvlies"], L7),
 ("definition", "Wat is het buikvlies?", "een dun dubbellaags membraan dat wrijving met andere organen vermindert", ["dun dubbellaags membraan", "dubbellaags membraan"], L7),
 ("definition", "Wat is de galblaas?", "een peervormig hol orgaan onder de lever", ["peervormig hol orgaan", "peervormig orgaan"], G1),
 ("definition", "Via welke buis is de galblaas met de lever verbonden?", "via de galbuis", ["galbuis"], G2),
 ("definition", "Wat betekent emulgeren?", "vet tot heel kleine vetdruppels in een waterige oplossing verdelen", ["heel kleine vetdruppels", "kleine vetdruppels"], G4),
 ("cause-effect", "Waardoor kan geëmulgeerd vet gemakkelijker door de enzymen verteerd worden?", "door de oppervlaktevergroting", ["oppervlaktevergroting"], G5),
 ("cause-effect", "Waardoor wordt de gal in de galblaas ingedikt?", "door de wateronttrekkende werking van de galblaas", ["wateronttrekkende werking", "wateronttrekkende"], G7),
 ("named-entity", "Welk zoogdier heeft geen gespecialiseerd orgaan voor de opslag van gal?", "de rat", ["rat"], G9),
 ("number", "Hoeveel procent van de mensen heeft galstenen?", "tot ongeveer 25%", ["25%", "25 procent"], G11),
 ("definition", "Waaruit bestaan galstenen meestal grotendeels?", "uit cholesterol", ["cholesterol"], G11),
 ("definition", "Hoe heet een ontsteking van de galblaas?", "cholecystitis", ["cholecystitis"], G12),
 ("definition", "Hoe heet een bacteriële ontsteking van de galwegen?", "cholangitis", ["cholangitis"], G12),
 ("definition", "Wat is gal?", "een geel-groenige (soms zwarte) vloeistof die wordt uitgescheiden door de lever", ["geel-groenige vloeistof", "vloeistof die wordt uitgescheiden door de lever"], A1),
 ("list-member", "Waaruit bestaat gal onder andere?", "water, galzouten, cholesterol en bilirubine", ["galzouten", "bilirubine"], A2),
 ("named-entity", "Welk hormoon zorgt ervoor dat gal aan de twaalfvingerige darm wordt afgegeven?", "cholecystokinine", ["cholecystokinine"], A3),
 ("definition", "Via welke kringloop worden veel galzouten weer opgenomen?", "via de darm-leverkringloop (enterohepatische kringloop)", ["darm-leverkringloop", "enterohepatische kringloop"], A5),
 ("number", "Voor hoeveel procent worden de galzouten in het laatste stuk van de dunne darm opgenomen?", "voor meer dan 97,5%", ["97,5%"], A6),
 ("definition", "Waarvan is de bruine kleur van feces afkomstig?", "van galkleurstoffen, afbraakproducten van hemoglobine", ["galkleurstoffen"], A7),
])
V1 = "Varens zijn een groep van vaatplanten, naargelang de classificatie, behorend tot de Pteropsida of tot de Monilophyta."
V2 = "Tot de varens worden naast de 'echte varens' ook de eusporangiate varens (de 'varenachtigen', Engels: fern allies) gerekend - waaronder de paardenstaarten, de Psilotopsida met de addertongfamilie, en de Marattiopsida, maar zonder de Lycophyta (wolfsklauwen en biesvarens)."
V4 = "De meeste soorten hebben een wortelstok (rizoom), een kruipend stuk stengel onder de grond."
V5 = "Er komen ook boomvarens voor die met de stengels een schijnstam vormen, zodat een 'boomachtig' uiterlijk ontstaat."
V6 = "De varens hebben bladen die ontspringen uit de wortelstok."
V7 = "Veel soorten varens hebben naast fertiele (vruchtbare) bladen, waarop zich de sporangiën bevinden, ook steriele (onvruchtbare) bladen zonder sporen, bijvoorbeeld dubbelloof."
V8 = "Net zoals mossen en wolfsklauwen vermenigvuldigen de varens zich door middel van sporen en vormen ze geen zaden."
V9 = "De varens vormen zeer oude plantengroepen, waarvan fossielen bekend zijn uit het midden van het Devoon."
V10 = "In het Carboon was de groep zeer talrijk en vormenrijk."
V11 = "Hoewel de meeste van deze soorten in het Perm zijn uitgestorven, is de groep altijd nadrukkelijk aanwezig geweest."
V12 = "Er zijn duizenden verschillende soorten."
V13 = "In het bijzonder zijn ze overvloedig aanwezig in regenwouden (tropisch of gematigd), omdat hier een van de belangrijkste vereisten voor de leefomgeving van de varen – vocht – is gegarandeerd."
V14 = "De tak van de biologie die gespecialiseerd is in varens heet pteridologie."
K1 = "De voorkiem (prothallium, protonema, zelden prothallus, van het Grieks: θαλλός, thallos = groene spruit, vgl. thallus) is de uit een haploïde spore groeiende generatie bij Embryophyta (landplanten)."
K2 = "De voorkiem vormt de organen voor de geslachtelijke voortplanting: de vrouwelijke archegonia met de eicel, en de mannelijke antheridia met de spermatozoïden."
K3 = "Zo hebben de varens een levenscyclus met daarin afwisselend twee generaties, planten die uiterlijk sterk van elkaar verschillen, de haploïde voorkiem en de uiteindelijke diploïde varenplant."
K4 = "Zodra een spore van een varen op een plaats terechtkomt met voldoende licht en vooral vocht ontstaat een voorkiem."
K5 = "Het is een klein tweelobbig of hartvormig plantje, nauwelijks 6 mm breed en 1 cel dik, dat zich met kleine eencellige worteltjes, rizoïden, vastzet in de bodem."
K7 = "Zodra de voorkiem nat wordt, kunnen de spermacellen uit de antheridia naar de eitjes bewegen en deze bevruchten."
K8 = "In het eerste jaar ontstaan geleidelijk meer bladeren en wortels en verschrompelt de voorkiem."
write("nl-varens", "nl", [
 ("definition", "Wat zijn varens?", "een groep van vaatplanten", ["groep van vaatplanten", "vaatplanten"], V1),
 ("list-member", "Tot welke groepen worden varens naargelang de classificatie gerekend?", "de Pteropsida of de Monilophyta", ["Pteropsida", "Monilophyta"], V1),
 ("definition", "Hoe worden de eusporangiate varens ook genoemd?", "de varenachtigen", ["varenachtigen"], V2),
 ("list-member", "Welke groepen horen bij de eusporangiate varens?", "de paardenstaarten, de Psilotopsida met de addertongfamilie en de Marattiopsida", ["paardenstaarten", "Psilotopsida", "Marattiopsida"], V2),
 ("definition", "Welke groep wordt niet tot de varens gerekend?", "de Lycophyta (wolfsklauwen en biesvarens)", ["Lycophyta", "wolfsklauwen en biesvarens"], V2),
 ("definition", "Wat is een wortelstok (rizoom)?", "een kruipend stuk stengel onder de grond", ["kruipend stuk stengel"], V4),
 ("definition", "Hoe heten varens die met de stengels een schijnstam vormen?", "boomvarens", ["boomvarens"], V5),
 ("definition", "Waaruit ontspringen de bladen van varens?", "uit de wortelstok", ["wortelstok"], V6),
 ("definition", "Wat bevindt zich op de fertiele (vruchtbare) bladen van varens?", "de sporangiën", ["sporangiën"], V7),
 ("definition", "Waardoor vermenigvuldigen varens zich?", "door middel van sporen", ["sporen"], V8),
 ("named-entity", "Uit welke periode zijn fossielen van varens bekend?", "uit het midden van het Devoon", ["Devoon"], V9),
 ("named-entity", "In welke periode was de varengroep zeer talrijk en vormenrijk?", "in het Carboon", ["Carboon"], V10),
 ("named-entity", "In welke periode zijn de meeste van deze varensoorten uitgestorven?", "in het Perm", ["Perm"], V11),
 ("number", "Hoeveel verschillende soorten varens zijn er?", "duizenden", ["duizenden"], V12),
 ("cause-effect", "Waarom zijn varens overvloedig aanwezig in regenwouden?", "omdat daar vocht is gegarandeerd", ["vocht"], V13),
 ("definition", "Hoe heet de tak van de biologie die gespecialiseerd is in varens?", "pteridologie", ["pteridologie"], V14),
 ("definition", "Wat is de voorkiem (prothallium)?", "de uit een haploïde spore groeiende generatie bij landplanten", ["haploïde spore groeiende generatie", "uit een haploïde spore"], K1),
 ("list-member", "Welke organen voor de geslachtelijke voortplanting vormt de voorkiem?", "de vrouwelijke archegonia en de mannelijke antheridia", ["archegonia", "antheridia"], K2),
 ("number", "Hoeveel generaties wisselen elkaar af in de levenscyclus van varens?", "twee", ["twee", "2"], K3),
 ("list-member", "Welke generaties wisselen elkaar af in de levenscyclus van varens?", "de haploïde voorkiem en de diploïde varenplant", ["haploïde voorkiem", "diploïde varenplant"], K3),
 ("cause-effect", "Wanneer ontstaat uit een spore van een varen een voorkiem?", "zodra de spore terechtkomt op een plaats met voldoende licht en vooral vocht", ["voldoende licht en vooral vocht", "licht en vocht"], K4),
 ("number", "Hoe breed is de voorkiem van een varen?", "nauwelijks 6 mm", ["6 mm"], K5),
 ("definition", "Hoe heten de eencellige worteltjes waarmee de voorkiem zich vastzet in de bodem?", "rizoïden", ["rizoïden"], K5),
 ("cause-effect", "Wanneer kunnen de spermacellen uit de antheridia naar de eitjes bewegen?", "zodra de voorkiem nat wordt", ["voorkiem nat wordt", "nat"], K7),
 ("definition", "Wat gebeurt er in het eerste jaar met de voorkiem?", "de voorkiem verschrompelt", ["verschrompelt"], K8),
])
S1 = "Land subsidence is a gradual settling or sudden sinking of the Earth's surface owing to subsurface movement of earth materials."
S2 = "Subsidence is a global problem and, in the United States, more than 17,000 square miles in 45 States, an area roughly the size of New Hampshire and Vermont combined, have been directly affected by subsidence."
S3 = "The principal causes are aquifer-system compaction, drainage of organic soils, underground mining, hydrocompaction, natural compaction, sinkholes, and thawing permafrost."
S4 = "More than 80 percent of the identified subsidence in the Nation is a consequence of our exploitation of underground water, and the increasing development of land and water resources threatens to exacerbate existing land-subsidence problems and initiate new ones."
S5 = "In many areas of the arid Southwest, and in more humid areas underlain by soluble rocks such as limestone, gypsum, or salt, land subsidence is an often-overlooked environmental consequence of our land- and water-use practices."
P1 = "Land subsidence is the lowering of the land-surface elevation from changes that take place underground."
P2 = "Common causes of land subsidence from human activity are pumping water, oil, and gas from underground reservoirs; dissolution of limestone aquifers (sinkholes); collapse of underground mines; drainage of organic soils; and initial wetting of dry soils (hydrocompaction)."
P3 = "Land subsidence occurs in nearly every state of the United States."
P4 = "Overdrafting of aquifers is the major cause of subsidence in the southwestern United States, and as ground-water pumping increases, land subsidence also will increase."
P5 = "In many aquifers, ground water is pumped from pore spaces between grains of sand and gravel."
P6 = "If an aquifer has beds of clay or silt within or next to it, the lowered water pressure in the sand and gravel causes slow drainage of water from the clay and silt beds."
P7 = "The reduced water pressure is a loss of support for the clay and silt beds."
P8 = "Because these beds are compressible, they compact (become thinner), and the effects are seen as a lowering of the land surface."
P9 = "The lowering of land surface elevation from this process is permanent."
K1 = "Sinkholes are common where the rock below the land surface is limestone, carbonate rock, salt beds, or rocks that can naturally be dissolved by ground water circulating through them."
K2 = "As the rock dissolves, spaces and caverns develop underground."
K3 = "Sinkholes are dramatic because the land usually stays intact for a while until the underground spaces just get too big."
K4 = "If there is not enough support for the land above the spaces then a sudden collapse of the land surface can occur."
K5 = "The most damage from sinkholes tends to occur in Florida, Texas, Alabama, Missouri, Kentucky, Tennessee, and Pennsylvania."
write("en-usgs-subsidence-sinkholes", "en", [
 ("definition", "What is land subsidence?", "a gradual settling or sudden sinking of the Earth's surface owing to subsurface movement of earth materials", ["gradual settling or sudden sinking", "sinking of the Earth's surface"], S1),
 ("number", "How many square miles in the United States have been directly affected by subsidence?", "more than 17,000 square miles", ["17,000 square miles", "17,000"], S2),
 ("number", "In how many States has land been directly affected by subsidence?", "45", ["45 States", "45"], S2),
 ("named-entity", "The area of the United States affected by subsidence is roughly the size of which two states combined?", "New Hampshire and Vermont", ["New Hampshire and Vermont"], S2),
 ("list-member", "What are the principal causes of land subsidence?", "aquifer-system compaction, drainage of organic soils, underground mining, hydrocompaction, natural compaction, sinkholes, and thawing permafrost", ["aquifer-system compaction", "underground mining", "thawing permafrost"], S3),
 ("number", "What share of the identified subsidence in the Nation is a consequence of the exploitation of underground water?", "more than 80 percent", ["80 percent"], S4),
 ("cause-effect", "Most of the identified subsidence in the Nation is a consequence of what?", "our exploitation of underground water", ["exploitation of underground water"], S4),
 ("list-member", "Which soluble rocks underlie the more humid areas where land subsidence is an often-overlooked consequence?", "limestone, gypsum, or salt", ["limestone", "gypsum", "salt"], S5),
 ("definition", "What is land subsidence, in terms of the land-surface elevation?", "the lowering of the land-surface elevation from changes that take place underground", ["lowering of the land-surface elevation"], P1),
 ("list-member", "What are common causes of land subsidence from human activity?", "pumping water, oil, and gas from underground reservoirs; dissolution of limestone aquifers; collapse of underground mines; drainage of organic soils; and initial wetting of dry soils", ["pumping water, oil, and gas", "collapse of underground mines", "drainage of organic soils"], P2),
 ("definition", "What is hydrocompaction?", "initial wetting of dry soils", ["initial wetting of dry soils", "wetting of dry soils"], P2),
 ("definition", "Where in the United States does land subsidence occur?", "in nearly every state", ["nearly every state"], P3),
 ("cause-effect", "What is the major cause of subsidence in the southwestern United States?", "overdrafting of aquifers", ["overdrafting of aquifers", "overdrafting"], P4),
 ("definition", "In many aquifers, where is ground water pumped from?", "from pore spaces between grains of sand and gravel", ["pore spaces between grains of sand and gravel", "pore spaces"], P5),
 ("cause-effect", "What does the lowered water pressure in the sand and gravel cause in nearby clay and silt beds?", "slow drainage of water from the clay and silt beds", ["slow drainage of water", "drainage of water from the clay and silt beds"], P6),
 ("definition", "What is the reduced water pressure for the clay and silt beds?", "a loss of support", ["loss of support"], P7),
 ("cause-effect", "Why do the clay and silt beds compact?", "because they are compressible", ["compressible"], P8),
 ("definition", "How lasting is the lowering of land surface elevation caused by the compaction of clay and silt beds?", "permanent", ["permanent"], P9),
 ("list-member", "In what kinds of rock are sinkholes common?", "limestone, carbonate rock, salt beds, or rocks that can naturally be dissolved by ground water", ["limestone, carbonate rock, salt beds", "carbonate rock", "salt beds"], K1),
 ("definition", "What develops underground as the rock dissolves?", "spaces and caverns", ["spaces and caverns", "caverns"], K2),
 ("cause-effect", "Why are sinkholes dramatic?", "because the land usually stays intact for a while until the underground spaces just get too big", ["land usually stays intact", "stays intact"], K3),
 ("cause-effect", "When can a sudden collapse of the land surface above underground spaces occur?", "if there is not enough support for the land above the spaces", ["not enough support"], K4),
 ("list-member", "In which states does the most damage from sinkholes tend to occur?", "Florida, Texas, Alabama, Missouri, Kentucky, Tennessee, and Pennsylvania", ["Florida", "Texas", "Pennsylvania"], K5),
])
H1 = "Headache is a condition that’s one of the most common causes of pain and a major reason people miss work or school—and visit the doctor."
H3 = "Some headaches may happen repeatedly (episodic) or last for days or weeks at a time (chronic)."
H4 = "Pain can range from mild to severe and may come with symptoms such as nausea or increased sensitivity to noise or light."
H5 = "There are three groups of headaches."
H6 = "Primary headaches happen on their own, while secondary headaches happen because of some other medical condition."
H7 = "A third group includes neuropathies, facial pains, and other headaches that happen because of nerve damage or cause head pain that doesn’t fit under the symptoms of primary or secondary headaches."
H8 = "Primary headache falls into four main groups:"
T1 = "Tension-type headache is the most common type of headache condition."
T3 = "Although the exact reasons why some people have tension-type headache is unknown, recent research shows that a person’s genes, brain signals, and muscle tenderness play important roles."
T4 = "The “tension” in the name points to how emotional stress is an important trigger for this kind of headache."
T5 = "This stress can lead muscles in the neck, face, scalp, and jaw to contract."
T6 = "Other common triggers are:"
T7 = "Dehydration (not getting enough water)"
T8 = "The pain from tension-type headache is usually mild to moderate and feels like constant pressure on the face, head, or neck."
M1 = "The most common of vascular headaches, migraines are thought to involve abnormal functioning of the brain's blood vessels."
M2 = "Migraines cause severe pain on one or both sides of the head, upset stomach, and, at times, disturbed vision."
M3 = "People often describe migraine pain as pulsing or throbbing in one area of the head."
M4 = "During migraines, people become very sensitive to light and sound."
M5 = "Women are more likely than men to suffer migraines."
C1 = "Cluster headaches cause repeated, intense bouts of pain lasting from 15 minutes to three hours or more."
write("en-nih-headaches", "en", [
 ("definition", "What is a headache?", "a condition that's one of the most common causes of pain", ["one of the most common causes of pain", "most common causes of pain"], H1),
 ("definition", "What are headaches called that happen repeatedly?", "episodic", ["episodic"], H3),
 ("definition", "What are headaches called that last for days or weeks at a time?", "chronic", ["chronic"], H3),
 ("list-member", "Which symptoms may come with headache pain?", "nausea or increased sensitivity to noise or light", ["nausea", "sensitivity to noise or light"], H4),
 ("number", "How many groups of headaches are there?", "three", ["three", "3"], H5),
 ("definition", "What are primary headaches?", "headaches that happen on their own", ["happen on their own", "on their own"], H6),
 ("cause-effect", "Why do secondary headaches happen?", "because of some other medical condition", ["some other medical condition", "other medical condition"], H6),
 ("list-member", "What does the third group of headaches include?", "neuropathies, facial pains, and other headaches that happen because of nerve damage", ["neuropathies", "facial pains"], H7),
 ("number", "Into how many main groups does primary headache fall?", "four", ["four", "4"], H8),
 ("list-member", "What are the main groups of primary headache?", "tension-type headache, migraine, trigeminal autonomic cephalalgias and other primary headache conditions", ["tension-type headache", "migraine", "trigeminal autonomic cephalalgias"], H8),
 ("definition", "What is the most common type of headache condition?", "tension-type headache", ["tension-type headache", "tension-type"], T1),
 ("list-member", "According to recent research, what plays important roles in tension-type headache?", "a person's genes, brain signals, and muscle tenderness", ["genes", "brain signals", "muscle tenderness"], T3),
 ("cause-effect", "What is an important trigger for tension-type headache?", "emotional stress", ["emotional stress", "stress"], T4),
 ("list-member", "In which parts of the body can stress lead muscles to contract?", "the neck, face, scalp, and jaw", ["neck, face, scalp, and jaw", "neck", "jaw"], T5),
 ("list-member", "What are other common triggers of tension-type headache?", "mental strain, not enough or poor quality sleep, straining postures, alcohol use, dehydration and sunlight exposure", ["mental strain", "alcohol use", "dehydration", "sunlight exposure"], T6),
 ("definition", "What is dehydration?", "not getting enough water", ["not getting enough water"], T7),
 ("definition", "What does the pain from tension-type headache feel like?", "constant pressure on the face, head, or neck", ["constant pressure"], T8),
 ("definition", "How strong is the pain from tension-type headache usually?", "mild to moderate", ["mild to moderate"], T8),
 ("definition", "What is the most common of vascular headaches?", "migraine", ["migraines", "migraine"], M1),
 ("definition", "What are migraines thought to involve?", "abnormal functioning of the brain's blood vessels", ["abnormal functioning of the brain's blood vessels", "abnormal functioning"], M1),
 ("list-member", "What do migraines cause?", "severe pain on one or both sides of the head, upset stomach, and, at times, disturbed vision", ["severe pain", "upset stomach", "disturbed vision"], M2),
 ("definition", "How do people often describe migraine pain?", "as pulsing or throbbing in one area of the head", ["pulsing or throbbing"], M3),
 ("definition", "To what do people become very sensitive during migraines?", "light and sound", ["light and sound"], M4),
 ("definition", "Which sex is more likely to suffer migraines?", "women", ["women"], M5),
 ("number", "How long do the bouts of pain of cluster headaches last?", "from 15 minutes to three hours or more", ["15 minutes to three hours", "15 minutes to 3 hours"], C1),
])
