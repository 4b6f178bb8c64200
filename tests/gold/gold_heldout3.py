# Gold lists for the third round of held-out texts, written and committed before the generator ran on them.
from mkgold import write
V1 = "Vulkanisme is een verzamelnaam voor geologische processen aan het oppervlak, die het gevolg zijn van het omhoog komen van heet materiaal uit het binnenste van een planeet."
V2 = "Het omhoogkomende materiaal kan bestaan uit magma (gesmolten gesteente), maar ook uit vluchtige stoffen zoals gassen of vloeistoffen."
V5 = "Een eruptie kan echter vergezeld gaan van explosies, waarbij ook puin en as (tefra of pyroclastisch materiaal genoemd) weggeslingerd of de atmosfeer ingeblazen worden."
A4 = "Het denkbeeldige punt waar de beving ontstaat, het zwaartepunt van de energiedichtheid, heet het hypocentrum."
A9 = "De meeste aardbevingen komen voor in de aardkorst tot op een diepte van ongeveer 30 kilometer."
write("nl-vulkanisme-aardbevingen", "nl", [
 ("definition", "Waarvoor is vulkanisme een verzamelnaam?", "geologische processen aan het oppervlak", ["geologische processen"], V1),
 ("cause-effect", "Waarvan zijn de processen van vulkanisme het gevolg?", "het omhoog komen van heet materiaal uit het binnenste van een planeet", ["heet materiaal uit het binnenste van een planeet", "heet materiaal"], V1),
 ("definition", "Wat is magma?", "gesmolten gesteente", [], V2),
 ("list-member", "Welke vluchtige stoffen kunnen omhoogkomen bij vulkanisme?", "gassen of vloeistoffen", ["gassen", "vloeistoffen"], V2),
 ("definition", "Hoe heet het als omhoogkomend materiaal het oppervlak bereikt?", "een eruptie of uitbarsting", ["eruptie", "uitbarsting"], "Als dergelijk materiaal het oppervlak bereikt spreekt men van een eruptie of uitbarsting."),
 ("definition", "Hoe heet magma dat over het oppervlak uitstroomt?", "lava", [], "Wanneer magma over het oppervlak uitstroomt, wordt het lava genoemd."),
 ("definition", "Hoe worden puin en as van een eruptie ook genoemd?", "tefra of pyroclastisch materiaal", ["tefra", "pyroclastisch materiaal"], V5),
 ("definition", "Wat ontstaat er bij een explosieve eruptie?", "een krater", ["krater"], "Op de plek van de eruptie kan een vulkaan ontstaan, wanneer de eruptie explosief van aard is ontstaat een krater."),
 ("definition", "Wat wordt een lavastroom als hij stolt?", "een stollingsgesteente", ["stollingsgesteente"], "Als een lavastroom stolt, wordt het een stollingsgesteente."),
 ("list-member", "Wat komt na een eruptie vaak voor omdat as en puin niet stabiel zijn?", "landverschuivingen of modderstromen (lahars)", ["landverschuivingen", "modderstromen", "lahars"], "Dit materiaal is niet erg stabiel, zodat na een eruptie vaak landverschuivingen of modderstromen (lahars) voorkomen."),
 ("definition", "Hoe heten modderstromen na een eruptie?", "lahars", [], "Dit materiaal is niet erg stabiel, zodat na een eruptie vaak landverschuivingen of modderstromen (lahars) voorkomen."),
 ("named-entity", "Waar komt vulkanisme op Aarde vooral voor?", "langs de randen van tektonische platen", ["randen van tektonische platen", "tektonische platen"], "Op Aarde komt vulkanisme vooral voor langs de randen van tektonische platen."),
 ("definition", "Wat is een aardbeving?", "een trilling of schokkende beweging van de aardkorst", ["trilling", "schokkende beweging van de aardkorst"], "Een aardbeving is een trilling of schokkende beweging van de aardkorst."),
 ("cause-effect", "Wanneer vinden aardbevingen plaats?", "als er in de aardkorst plotseling veel energie vrijkomt", ["plotseling veel energie vrijkomt", "veel energie"], "Aardbevingen vinden plaats als er in de aardkorst plotseling veel energie vrijkomt."),
 ("definition", "Hoe heet het denkbeeldige punt waar een beving ontstaat?", "het hypocentrum", ["hypocentrum"], A4),
 ("definition", "Hoe heet het punt aan het aardoppervlak loodrecht boven het hypocentrum?", "het epicentrum", ["epicentrum"], "Het punt aan het aardoppervlak daar loodrecht boven wordt het epicentrum genoemd."),
 ("definition", "Hoe heet een lijn van gelijke bevingintensiteit rond een epicentrum?", "een isoseist", ["isoseist"], "Een lijn van gelijke bevingintensiteit rond een epicentrum heet een isoseist."),
 ("definition", "Hoe heet de wetenschap van aardbevingen?", "seismologie", [], "Seismologie is de wetenschap van aardbevingen."),
 ("definition", "In welke vorm treden tribo-elektrische effecten op tijdens een aardbeving?", "lichtflitsen", [], "Tijdens een aardbeving treden Tribo-elektrisch effecten op in de vorm van lichtflitsen."),
 ("number", "Tot op welke diepte komen de meeste aardbevingen voor?", "ongeveer 30 kilometer", ["30 kilometer", "30 km"], A9),
 ("number", "Tot op welke diepte komen ook bevingen voor?", "ongeveer 700 kilometer", ["700 kilometer", "700 km"], "Er komen echter ook bevingen voor op dieptes tot ongeveer 700 kilometer."),
 ("list-member", "Waar komen de meeste aardbevingen voor?", "rondom de Grote Oceaan, in het Middellandse Zeegebied, in de Himalaya en Indonesië", ["Grote Oceaan", "Himalaya"], "De meeste aardbevingen komen voor rondom de Grote Oceaan, in het Middellandse Zeegebied, in de Himalaya en Indonesië."),
 ("definition", "Hoe worden aardbevingen onder de zeespiegel ook wel genoemd?", "zeebevingen", [], "Aardbevingen die ontstaan onder de zeespiegel worden, minder correct, ook wel zeebevingen genoemd; een vloedgolf of tsunami kan dan het gevolg zijn."),
 ("cause-effect", "Wat kan het gevolg zijn van een zeebeving?", "een vloedgolf of tsunami", ["tsunami", "vloedgolf"], "Aardbevingen die ontstaan onder de zeespiegel worden, minder correct, ook wel zeebevingen genoemd; een vloedgolf of tsunami kan dan het gevolg zijn."),
 ("cause-effect", "Wat veroorzaken zware aardbevingen en tsunami's vaak?", "veel slachtoffers en grote schade", ["slachtoffers", "grote schade"], "Zware aardbevingen en / of tsunami's veroorzaken vaak veel slachtoffers en grote schade."),
])
G1 = "For the first time, scientists have used gene therapy to correct defective structures in the inner ears of newborn mice, according to results of a new study by researchers from the National Institute on Deafness and Other Communication Disorders (NIDCD), part of the National Institutes of Health."
L1 = "A National Institutes of Health team has identified a compound already approved by the U.S. Food and Drug Administration that keeps light-sensitive photoreceptors alive in three models of Leber congenital amaurosis type 10 (LCA 10), an inherited retinal ciliopathy disease that often results in severe visual impairment or blindness in early childhood."
N1 = "National Institutes of Health scientists found that a single amino acid change in the NLGN4 gene, which has been linked to autism symptoms, may drive this difference in some cases."
R1 = "Researchers led by Katherine Roche, Ph.D., a neuroscientist at NINDS, compared two NLGN4 genes, (one on the X chromosome and one on the Y chromosome), which are important for establishing and maintaining synapses, the communication points between neurons."
write("en-nih-research-briefs", "en", [
 ("definition", "What did scientists use to correct defective inner ear structures in newborn mice?", "gene therapy", [], G1),
 ("acronym", "What does NIDCD stand for?", "National Institute on Deafness and Other Communication Disorders", [], G1),
 ("definition", "What type of deafness did the mice have?", "a type of hereditary deafness also found in humans", ["hereditary deafness"], "The mice had a type of hereditary deafness also found in humans."),
 ("definition", "What are hair cells?", "small sensory cells of the inner ear", ["sensory cells"], "Hair cells are small sensory cells of the inner ear that transform sound vibrations into nerve impulses."),
 ("definition", "Into what do hair cells transform sound vibrations?", "nerve impulses", [], "Hair cells are small sensory cells of the inner ear that transform sound vibrations into nerve impulses."),
 ("definition", "Where do sound waves produce waves in a fluid layer?", "the inner ear’s cochlea", ["cochlea"], "After sound waves enter the inner ear’s cochlea, they produce waves in a fluid layer."),
 ("definition", "What are the tiny hair-like structures on hair cell surfaces called?", "stereocilia", [], "The waves lift the overlying hair cells, and bend tiny hair-like structures on the hair cell surfaces—called stereocilia—by driving them into an overlying membrane."),
 ("definition", "What does the approved compound keep alive in models of LCA 10?", "light-sensitive photoreceptors", ["photoreceptors"], L1),
 ("number", "In how many models of LCA 10 did the compound keep photoreceptors alive?", "three", ["3"], L1),
 ("acronym", "What does LCA 10 stand for?", "Leber congenital amaurosis type 10", ["Leber congenital amaurosis"], L1),
 ("cause-effect", "What does LCA 10 often result in?", "severe visual impairment or blindness in early childhood", ["blindness", "severe visual impairment"], L1),
 ("cause-effect", "What causes LCA 10?", "mutations of the cilia-centrosomal gene (CEP290)", ["CEP290", "mutations of the cilia-centrosomal gene"], "LCA 10 is caused by mutations of the cilia-centrosomal gene (CEP290)."),
 ("number", "What share of all LCA do CEP290 mutations account for?", "20% to 25%", ["20-25%"], "Such mutations account for 20% to 25% of all LCA — more than any other gene."),
 ("cause-effect", "What else can CEP290 mutations cause besides LCA?", "multiple syndromic diseases involving a range of organ systems", ["syndromic diseases"], "In addition to LCA, CEP290 mutations can cause multiple syndromic diseases involving a range of organ systems."),
 ("named-entity", "In which journal did the autism study appear?", "Neuron", [], "A new study in Neuron offers clues to why autism spectrum disorder (ASD) is more common in boys than in girls."),
 ("definition", "In whom is autism spectrum disorder more common?", "boys", ["in boys than in girls"], "A new study in Neuron offers clues to why autism spectrum disorder (ASD) is more common in boys than in girls."),
 ("named-entity", "In which gene may a single amino acid change drive the difference in autism?", "the NLGN4 gene", ["NLGN4"], N1),
 ("cause-effect", "What may drive the higher autism rate in boys in some cases?", "a single amino acid change in the NLGN4 gene", ["single amino acid change"], N1),
 ("named-entity", "At which institute was the autism study conducted?", "NIH’s National Institute of Neurological Disorders and Stroke (NINDS)", ["NINDS", "National Institute of Neurological Disorders and Stroke"], "The study was conducted at NIH’s National Institute of Neurological Disorders and Stroke (NINDS)."),
 ("named-entity", "Who led the researchers who compared the two NLGN4 genes?", "Katherine Roche", ["Roche"], R1),
 ("definition", "What are synapses?", "the communication points between neurons", ["communication points between neurons"], R1),
 ("number", "How many sex chromosomes does every cell in our body contain?", "two", ["2"], "Every cell in our body contains two sex chromosomes."),
 ("definition", "Which sex chromosomes do males have?", "one X and one Y chromosome", ["X and Y"], "Females have two X chromosomes; males have one X and one Y chromosome."),
 ("definition", "Into what can skin cells be directly reprogrammed?", "light-sensing rod photoreceptors", ["rod photoreceptors"], "Researchers have discovered a technique for directly reprogramming skin cells into light-sensing rod photoreceptors used for vision."),
 ("definition", "What did the lab-made rods enable blind mice to do?", "detect light", [], "The lab-made rods enabled blind mice to detect light after the cells were transplanted into the animals’ eyes."),
 ("named-entity", "Which institute funded the work on lab-made rods?", "the National Eye Institute (NEI)", ["National Eye Institute", "NEI"], "The work, funded by the National Eye Institute (NEI), published April 15 in Nature."),
 ("named-entity", "In which journal was the skin-cell work published?", "Nature", [], "The work, funded by the National Eye Institute (NEI), published April 15 in Nature."),
])
