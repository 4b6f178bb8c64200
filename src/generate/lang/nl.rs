//! Dutch: word lists and V2 question grammar.

use std::sync::OnceLock;

use super::{Language, Lexicon, Noun, Verb, Wh, Words};

pub struct Dutch;

const fn n(singular: &'static str, plural: &'static str, neuter: bool) -> Noun {
    Noun {
        singular,
        plural,
        neuter,
        person: false,
        also: &[],
    }
}
const fn p(singular: &'static str, plural: &'static str) -> Noun {
    Noun {
        singular,
        plural,
        neuter: false,
        person: true,
        also: &[],
    }
}
const fn v(
    sg: &'static str,
    pl: &'static str,
    past_sg: &'static str,
    past_pl: &'static str,
    participle: &'static str,
) -> Verb {
    Verb {
        sg,
        pl,
        past_sg,
        past_pl,
        participle,
    }
}

static LEX: Lexicon = Lexicon {
    index: OnceLock::new(),
    dutch: true,
    stop: Words::new(&[
        "de", "het", "een", "en", "of", "van", "in", "op", "te", "ten", "ter", "voor", "met",
        "aan", "door", "die", "dat", "dit", "deze", "is", "zijn", "was", "waren", "wordt",
        "worden", "werd", "werden", "er", "om", "tot", "als", "bij", "uit", "over", "naar", "ook",
        "je", "jouw", "u", "uw", "hij", "zij", "ze", "we", "wij", "ik", "zich", "hun", "haar",
        "zo", "dan", "maar", "wel", "niet", "nog", "al", "heeft", "hebben", "had", "kan", "kunnen",
        "zal", "zullen", "wat", "welke", "wie", "waar", "hoe", "waarom", "wanneer", "omdat",
        "doordat", "terwijl", "hoewel", "toen", "nu", "geen", "meer", "zeer", "veel", "vaak",
        "andere", "ander", "alle", "elk", "elke", "ons", "onze", "mijn", "men", "daar", "hier",
        "dus", "want", "of", "tegen", "tussen", "onder", "sinds", "zonder", "binnen", "buiten",
        "na", "vanaf", "tijdens", "volgens", "hem", "hen", "dus", "pas", "reeds", "toch", "zou",
        "zouden", "kon", "konden", "moet", "moeten", "mag", "worden", "wordt", "ervan", "daarvan",
        "hierdoor", "daardoor", "waardoor", "waarbij", "welk", "zowel", "niets", "iets",
    ]),
    aux: Words::new(&[
        "is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden", "heeft", "hebben",
        "had", "hadden", "kan", "kunnen", "kon", "konden", "zal", "zullen", "zou", "zouden",
        "moet", "moeten", "mag", "mogen", "blijft", "blijven", "bleef", "bleven", "lijkt",
        "lijken", "leek", "blijkt", "bleek", "bleken", "wist", "wisten", "lukte", "lukt",
    ]),
    copula: Words::new(&[
        "is", "zijn", "was", "waren", "blijft", "blijven", "bleef", "bleven",
    ]),
    verbs: &[
        v(
            "activeert",
            "activeren",
            "activeerde",
            "activeerden",
            "geactiveerd",
        ),
        v("remt", "remmen", "remde", "remden", "geremd"),
        v(
            "voorkomt",
            "voorkomen",
            "voorkwam",
            "voorkwamen",
            "voorkomen",
        ),
        v(
            "bevordert",
            "bevorderen",
            "bevorderde",
            "bevorderden",
            "bevorderd",
        ),
        v("bindt", "binden", "bond", "bonden", "gebonden"),
        v(
            "stimuleert",
            "stimuleren",
            "stimuleerde",
            "stimuleerden",
            "gestimuleerd",
        ),
        v(
            "veroorzaakt",
            "veroorzaken",
            "veroorzaakte",
            "veroorzaakten",
            "veroorzaakt",
        ),
        v(
            "produceert",
            "produceren",
            "produceerde",
            "produceerden",
            "geproduceerd",
        ),
        v("bevat", "bevatten", "bevatte", "bevatten", "bevat"),
        v(
            "verhoogt",
            "verhogen",
            "verhoogde",
            "verhoogden",
            "verhoogd",
        ),
        v(
            "verlaagt",
            "verlagen",
            "verlaagde",
            "verlaagden",
            "verlaagd",
        ),
        v(
            "vermindert",
            "verminderen",
            "verminderde",
            "verminderden",
            "verminderd",
        ),
        v(
            "verbetert",
            "verbeteren",
            "verbeterde",
            "verbeterden",
            "verbeterd",
        ),
        v(
            "ondersteunt",
            "ondersteunen",
            "ondersteunde",
            "ondersteunden",
            "ondersteund",
        ),
        v(
            "beschermt",
            "beschermen",
            "beschermde",
            "beschermden",
            "beschermd",
        ),
        v(
            "reguleert",
            "reguleren",
            "reguleerde",
            "reguleerden",
            "gereguleerd",
        ),
        v("regelt", "regelen", "regelde", "regelden", "geregeld"),
        v("vormt", "vormen", "vormde", "vormden", "gevormd"),
        v("ontdekte", "ontdekken", "ontdekte", "ontdekten", "ontdekt"),
        v("ontdekt", "ontdekken", "ontdekte", "ontdekten", "ontdekt"),
        v(
            "herontdekte",
            "herontdekken",
            "herontdekte",
            "herontdekten",
            "herontdekt",
        ),
        v(
            "isoleert",
            "isoleren",
            "isoleerde",
            "isoleerden",
            "geïsoleerd",
        ),
        v("noemt", "noemen", "noemde", "noemden", "genoemd"),
        v(
            "hernoemt",
            "hernoemen",
            "hernoemde",
            "hernoemden",
            "hernoemd",
        ),
        v(
            "gebruikt",
            "gebruiken",
            "gebruikte",
            "gebruikten",
            "gebruikt",
        ),
        v("vindt", "vinden", "vond", "vonden", "gevonden"),
        v("leidt", "leiden", "leidde", "leidden", "geleid"),
        v("zorgt", "zorgen", "zorgde", "zorgden", "gezorgd"),
        v(
            "beschrijft",
            "beschrijven",
            "beschreef",
            "beschreven",
            "beschreven",
        ),
        v(
            "voorspelt",
            "voorspellen",
            "voorspelde",
            "voorspelden",
            "voorspeld",
        ),
        v(
            "verklaart",
            "verklaren",
            "verklaarde",
            "verklaarden",
            "verklaard",
        ),
        v(
            "beïnvloedt",
            "beïnvloeden",
            "beïnvloedde",
            "beïnvloedden",
            "beïnvloed",
        ),
        v(
            "versterkt",
            "versterken",
            "versterkte",
            "versterkten",
            "versterkt",
        ),
        v(
            "verzwakt",
            "verzwakken",
            "verzwakte",
            "verzwakten",
            "verzwakt",
        ),
        v(
            "vervoert",
            "vervoeren",
            "vervoerde",
            "vervoerden",
            "vervoerd",
        ),
        v(
            "transporteert",
            "transporteren",
            "transporteerde",
            "transporteerden",
            "getransporteerd",
        ),
        v("bereidt", "bereiden", "bereidde", "bereidden", "bereid"),
        v("smelt", "smelten", "smolt", "smolten", "gesmolten"),
        v(
            "onderscheidt",
            "onderscheiden",
            "onderscheidde",
            "onderscheidden",
            "onderscheiden",
        ),
        v("zuivert", "zuiveren", "zuiverde", "zuiverden", "gezuiverd"),
        v(
            "vernoemt",
            "vernoemen",
            "vernoemde",
            "vernoemden",
            "vernoemd",
        ),
        v(
            "ontwikkelt",
            "ontwikkelen",
            "ontwikkelde",
            "ontwikkelden",
            "ontwikkeld",
        ),
        v(
            "behandelt",
            "behandelen",
            "behandelde",
            "behandelden",
            "behandeld",
        ),
        v(
            "verhindert",
            "verhinderen",
            "verhinderde",
            "verhinderden",
            "verhinderd",
        ),
        v("doodt", "doden", "doodde", "doodden", "gedood"),
        v("maakt", "maken", "maakte", "maakten", "gemaakt"),
        v("levert", "leveren", "leverde", "leverden", "geleverd"),
        v("biedt", "bieden", "bood", "boden", "geboden"),
        v("helpt", "helpen", "hielp", "hielpen", "geholpen"),
        v(
            "fungeert",
            "fungeren",
            "fungeerde",
            "fungeerden",
            "gefungeerd",
        ),
        v("bedraagt", "bedragen", "bedroeg", "bedroegen", "bedragen"),
        v(
            "betekent",
            "betekenen",
            "betekende",
            "betekenden",
            "betekend",
        ),
        v("verwijst", "verwijzen", "verwees", "verwezen", "verwezen"),
        v(
            "resulteert",
            "resulteren",
            "resulteerde",
            "resulteerden",
            "geresulteerd",
        ),
        v(
            "onderzoekt",
            "onderzoeken",
            "onderzocht",
            "onderzochten",
            "onderzocht",
        ),
        v("toont", "tonen", "toonde", "toonden", "getoond"),
        v("kleurt", "kleuren", "kleurde", "kleurden", "gekleurd"),
        v(
            "reduceert",
            "reduceren",
            "reduceerde",
            "reduceerden",
            "gereduceerd",
        ),
        v(
            "verhardt",
            "verharden",
            "verhardde",
            "verhardden",
            "verhard",
        ),
        v(
            "verstoort",
            "verstoren",
            "verstoorde",
            "verstoorden",
            "verstoord",
        ),
        v(
            "absorbeert",
            "absorberen",
            "absorbeerde",
            "absorbeerden",
            "geabsorbeerd",
        ),
        v("vervangt", "vervangen", "verving", "vervingen", "vervangen"),
        // what things cover, catch, spread and digest (the counterparts of the English table)
        v("beslaat", "beslaan", "besloeg", "besloegen", "beslagen"),
        v("bedekt", "bedekken", "bedekte", "bedekten", "bedekt"),
        v("vangt", "vangen", "ving", "vingen", "gevangen"),
        v(
            "verspreidt",
            "verspreiden",
            "verspreidde",
            "verspreidden",
            "verspreid",
        ),
        v(
            "verteert",
            "verteren",
            "verteerde",
            "verteerden",
            "verteerd",
        ),
        v(
            "bedreigt",
            "bedreigen",
            "bedreigde",
            "bedreigden",
            "bedreigd",
        ),
        // everyday verbs of the animal and plant texts: "Wat eet de egel vooral?"
        v("eet", "eten", "at", "aten", "gegeten"),
        v("legt", "leggen", "legde", "legden", "gelegd"),
        v("draagt", "dragen", "droeg", "droegen", "gedragen"),
        v("bouwt", "bouwen", "bouwde", "bouwden", "gebouwd"),
        v("drinkt", "drinken", "dronk", "dronken", "gedronken"),
        v("zoekt", "zoeken", "zocht", "zochten", "gezocht"),
        // "zet zetmeel om in suikers" (round 18, `converts_into`)
        v("zet", "zetten", "zette", "zetten", "gezet"),
        // "De nieren houden … constant, en verwijderen …" (round 27, a second predicate)
        v(
            "verwijdert",
            "verwijderen",
            "verwijderde",
            "verwijderden",
            "verwijderd",
        ),
    ],
    weak_verbs: &[],
    finite_other: Words::new(&[
        "telt",
        "tellen",
        "telde",
        "telden",
        "omvat",
        "omvatten",
        "omvatte",
        "komt",
        "komen",
        "kwam",
        "kwamen",
        "gaat",
        "gaan",
        "ging",
        "gingen",
        "doet",
        "doen",
        "deed",
        "deden",
        "staat",
        "staan",
        "stond",
        "stonden",
        "treedt",
        "treden",
        "trad",
        "speelt",
        "spelen",
        "speelde",
        "werkt",
        "werken",
        "werkte",
        "wint",
        "winnen",
        "won",
        "geldt",
        "gelden",
        "gold",
        "bestaat",
        "bestaan",
        "bestond",
        "vertaalt",
        "onderstreept",
        "suggereren",
        "suggereert",
        "wijzen",
        "wijst",
        "wees",
        "kiezen",
        "kiest",
        "ontstaat",
        "ontstond",
        "ontstaan",
        "ontstonden",
        "dateren",
        "dateert",
        "benadrukt",
        "zegt",
        "zeggen",
        "zei",
        "noteert",
        "gaf",
        "geeft",
        "geven",
        "houdt",
        "houden",
        "hield",
        "vervult",
        "verdient",
        "groeit",
        "groeien",
        "heet",
        "heten",
        "heette",
        "behoort",
        "behoren",
        "behoorde",
        "dirigeert",
        "neemt",
        "nemen",
        "nam",
        "namen",
        "zien",
        "ziet",
        "zag",
        "verliest",
        "krijgt",
        "krijgen",
        "kreeg",
        "kregen",
        "lopen",
        "loopt",
        "liep",
        "slapen",
        "slaapt",
        "sliep",
        "sliepen",
        "leven",
        "leeft",
        "leefde",
        "wonen",
        "woont",
        "woonde",
        "halen",
        "haalt",
        "haalde",
        "zitten",
        "zit",
        "zat",
        "liggen",
        "ligt",
        "lag",
        "vallen",
        "valt",
        "viel",
        "stijgen",
        "stijgt",
        "steeg",
        "dalen",
        "daalt",
        "daalde",
        "sterven",
        "sterft",
        "stierf",
        "ademen",
        "ademt",
        "bewegen",
        "beweegt",
        "bewoog",
        "denken",
        "denkt",
        "dacht",
        "weten",
        "weet",
        "kennen",
        "kent",
        "kende",
        "willen",
        "wil",
        "wilde",
        "hoeven",
        "hoeft",
        "reageert",
        "reageren",
        "reageerde",
        "brengen",
        "brengt",
        "bracht",
        "vragen",
        "vraagt",
        "vroeg",
    ]),
    prepositions: Words::new(&[
        "in",
        "op",
        "aan",
        "door",
        "met",
        "van",
        "voor",
        "naar",
        "uit",
        "bij",
        "tot",
        "over",
        "onder",
        "tussen",
        "tegen",
        "zonder",
        "tijdens",
        "na",
        "sinds",
        "vanaf",
        "via",
        "rond",
        "omstreeks",
        "binnen",
        "buiten",
        "volgens",
        "ondanks",
        "dankzij",
        "vóór",
        "per",
        "gedurende",
        "naast",
        "achter",
        "boven",
        "om",
        "rondom",
        "langs",
        "nabij",
        "tegenover",
        "vanuit",
        "vanwege",
        "wegens",
    ]),
    articles: Words::new(&["de", "het", "een", "'t"]),
    pronouns: Words::new(&[
        "hij", "zij", "ze", "het", "hem", "hen", "hun", "men", "hierdoor", "daardoor", "dit",
        "dat", "deze", "die", "zich", "we", "wij", "ons", "jij", "anderen",
        // pronominal adverbs that point back: "Hij gebruikte daarvoor materiaal van koepokken"
        "daarvoor", "hiervoor", "daarmee", "hiermee", "daarin", "hierin", "daaruit", "hieruit",
        "daarop", "hierop", "daaraan", "hieraan", "daarvan", "hiervan",
    ]),
    demonstratives: Words::new(&[
        "deze",
        "dit",
        "die",
        "dat",
        "zulke",
        "dergelijke",
        "dergelijk",
    ]),
    conjunctions: Words::new(&["en", "of", "maar", "want", "dus", "noch"]),
    relatives: Words::new(&[
        "die", "dat", "wat", "waarin", "waarbij", "waardoor", "waarmee", "welke", "wie", "waar",
    ]),
    connectives: Words::new(&[
        "toch",
        "bovendien",
        "daarnaast",
        "echter",
        "ook",
        "verder",
        "tevens",
        "zo",
        "dus",
        "daarom",
        "immers",
        "vervolgens",
        "bijvoorbeeld",
        "kortom",
        "uiteindelijk",
        "tenslotte",
        "ten slotte",
        "eveneens",
        "overigens",
        "maar",
        "en",
        // "Bijgevolg is de magnetische pool …": read as the subject before (round 26)
        "bijgevolg",
        "derhalve",
        "dientengevolge",
        "desondanks",
        "niettemin",
        "nochtans",
    ]),
    parentheticals: Words::new(&[
        "daarentegen",
        "echter",
        "bovendien",
        "aan de andere kant",
        "bijvoorbeeld",
        "overigens",
        "dus",
        "immers",
        "wel",
        "tenminste",
        "met name",
    ]),
    hedges: Words::new(&[
        "mogelijk",
        "mogelijke",
        "suggereren",
        "suggereert",
        "waarschijnlijk",
        "wellicht",
        "misschien",
        "kunnen",
        "kan",
        "lijkt",
        "lijken",
        "preliminaire",
        "potentiële",
    ]),
    negations: Words::new(&["niet", "geen", "nooit", "niets", "noch"]),
    units: Words::new(&[
        "mg",
        "μg",
        "µg",
        "mcg",
        "g",
        "kg",
        "ml",
        "l",
        "iu",
        "ie",
        "%",
        "procent",
        "ppm",
        "ppb",
        "mmhg",
        "nanogram",
        "microgram",
        "milligram",
        "gram",
        "liter",
        "kcal",
        "calorieën",
        "mmol",
        "nmol",
        "nmol/l",
        "graden",
        "°c",
        "keer",
        "maal",
        "tabletten",
        "capsules",
        "miljoen",
        "miljard",
        "meter",
        "km",
        "cm",
        "mm",
        "m",
        "kilo",
        "kilogram",
        "kilometer",
        "centimeter",
        "millimeter",
        "ton",
    ]),
    number_words: Words::new(&[
        "twee",
        "drie",
        "vier",
        "vijf",
        "zes",
        "zeven",
        "acht",
        "negen",
        "tien",
        "elf",
        "twaalf",
        "dertien",
        "veertien",
        "vijftien",
        "zestien",
        "zeventien",
        "achttien",
        "negentien",
        "twintig",
        "dertig",
        "veertig",
        "vijftig",
        "zestig",
        "zeventig",
        "tachtig",
        "negentig",
        "honderd",
        "duizend",
        "anderhalf",
        "anderhalve",
    ]),
    duration_units: Words::new(&[
        "jaar",
        "jaren",
        "maand",
        "maanden",
        "week",
        "weken",
        "dag",
        "dagen",
        "uur",
        "uren",
        "minuten",
        "eeuw",
        "eeuwen",
        "decennia",
        "decennium",
    ]),
    titles: Words::new(&["dr", "prof", "drs", "ir", "mr", "dokter", "professor"]),
    nouns: &[
        Noun {
            also: &["proteïne", "proteïnen", "proteïnes", "eiwitten"],
            ..n("eiwit", "eiwitten", true)
        },
        n("enzym", "enzymen", true),
        n("onderzoek", "onderzoeken", true),
        n("mineraal", "mineralen", true),
        n("element", "elementen", true),
        Noun {
            also: &[
                "overgangsmetaal",
                "alkalimetaal",
                "aardalkalimetaal",
                "hoofdgroepmetaal",
            ],
            ..n("metaal", "metalen", true)
        },
        n("gerecht", "gerechten", true),
        n("woord", "woorden", true),
        n("tijdschrift", "tijdschriften", true),
        n("product", "producten", true),
        n("voedingsmiddel", "voedingsmiddelen", true),
        n("orgaan", "organen", true),
        n("hormoon", "hormonen", true),
        n("molecuul", "moleculen", true),
        n("middel", "middelen", true),
        n("symptoom", "symptomen", true),
        n("weefsel", "weefsels", true),
        n("bloedvat", "bloedvaten", true),
        n("land", "landen", true),
        n("gas", "gassen", true),
        n("edelgas", "edelgassen", true),
        n("halogeen", "halogenen", true),
        n("zout", "zouten", true),
        n("instituut", "instituten", true),
        n("handboek", "handboeken", true),
        n("vitamine", "vitamines", false),
        n("cel", "cellen", false),
        n("ziekte", "ziekten", false),
        n("aandoening", "aandoeningen", false),
        n("studie", "studies", false),
        n("stof", "stoffen", false),
        n("voedingsstof", "voedingsstoffen", false),
        n("verbinding", "verbindingen", false),
        n("bron", "bronnen", false),
        n("delicatesse", "delicatessen", false),
        n("groep", "groepen", false),
        n("plaats", "plaatsen", false),
        n("stad", "steden", false),
        n("groeve", "groeven", false),
        n("bacterie", "bacteriën", false),
        n("indicator", "indicatoren", false),
        n("remmer", "remmers", false),
        n("risicofactor", "risicofactoren", false),
        n("factor", "factoren", false),
        n("vorm", "vormen", false),
        n("kaassoort", "kaassoorten", false),
        n("groente", "groenten", false),
        n("bladgroente", "bladgroenten", false),
        n("halfgeleider", "halfgeleiders", false),
        n("legering", "legeringen", false),
        n("isotoop", "isotopen", false),
        n("metalloïde", "metalloïden", false),
        n("nutriënt", "nutriënten", false),
        n("marker", "markers", false),
        n("universiteit", "universiteiten", false),
        n("taal", "talen", false),
        n("kleur", "kleuren", false),
        p("onderzoeker", "onderzoekers"),
        p("wetenschapper", "wetenschappers"),
        p("chemicus", "chemici"),
        p("mineraloog", "mineralogen"),
        p("geoloog", "geologen"),
        p("arts", "artsen"),
        p("specialist", "specialisten"),
        p("deskundige", "deskundigen"),
        p("voedingsdeskundige", "voedingsdeskundigen"),
        p("diëtist", "diëtisten"),
        p("hoogleraar", "hoogleraren"),
        p("directeur", "directeuren"),
        p("onderzoekster", "onderzoeksters"),
        p("natuurkundige", "natuurkundigen"),
        p("scheikundige", "scheikundigen"),
        p("bioloog", "biologen"),
        p("epidemioloog", "epidemiologen"),
        p("cardioloog", "cardiologen"),
        p("astronaut", "astronauten"),
        p("sterrenkundige", "sterrenkundigen"),
        p("wiskundige", "wiskundigen"),
        p("ingenieur", "ingenieurs"),
        p("uitvinder", "uitvinders"),
        p("ontdekker", "ontdekkers"),
        p("oprichter", "oprichters"),
        p("filosoof", "filosofen"),
    ],
    study_nouns: Words::new(&[
        "studie",
        "onderzoek",
        "trial",
        "proef",
        "experiment",
        "meta-analyse",
    ]),
    relational: Words::new(&[
        "vormen",
        "soorten",
        "types",
        "bronnen",
        "voordelen",
        "nadelen",
        "oorzaken",
        "gevolgen",
        "symptomen",
        "functies",
        "effecten",
        "toepassingen",
        "varianten",
    ]),
    saying: Words::new(&[
        "zegt",
        "zei",
        "legt",
        "benadrukt",
        "benadrukte",
        "stelt",
        "stelde",
        "aldus",
        "vertelt",
        "vertelde",
        "merkt",
        "waarschuwt",
        "waarschuwde",
        "verklaart",
        "noteert",
        "schrijft",
    ]),
    such_as: &[
        &["zoals"],
        &["waaronder"],
        &["onder", "andere"],
        &["bijvoorbeeld"],
        &["o.a."],
    ],
    year_preps: Words::new(&[
        "in",
        "uit",
        "sinds",
        "vanaf",
        "rond",
        "omstreeks",
        "tot",
        "vóór",
        "voor",
        "na",
    ]),
    imperatives: Words::new(&[
        "stel",
        "denk",
        "combineer",
        "neem",
        "eet",
        "kies",
        "let",
        "probeer",
        "vergeet",
        "lees",
        "kijk",
        "zorg",
        "gebruik",
        "vraag",
        "bedenk",
    ]),
    generic: Words::new(&[
        // amounts, places and kinds in general: no term to recall
        "risico",
        "oplossing",
        "oplossingen",
        "risico's",
        "diepte",
        "dieptes",
        "materiaal",
        "materialen",
        "niveau",
        "niveaus",
        "hoeveelheid",
        "gebied",
        "gebieden",
        "onderzoekers",
        "onderzoeker",
        "wetenschappers",
        "eigenschappen",
        "eigenschap",
        "westerlingen",
        "vrouwen",
        "mannen",
        "mensen",
        "kinderen",
        "schaduw",
        "dingen",
        "onderzoek",
        "onderzoeken",
        "studie",
        "studies",
        "effect",
        "effecten",
        "voordeel",
        "voordelen",
        "aspect",
        "aspecten",
        "lichaam",
        "inname",
        "verbetering",
        "verbeteringen",
        "resultaat",
        "resultaten",
        "rol",
        "manier",
        "deel",
        "vorm",
        "vormen",
        "mensen",
        "jaren",
        "tijd",
        "werking",
        "steeds",
        "genoeg",
        "vooral",
        "alleen",
        "zelfs",
        "ongeveer",
        "eerder",
        "later",
        "tegelijkertijd",
        "bovendien",
        "daarnaast",
        "wetenschap",
        "gebied",
        "belang",
        "concentratie",
        "toepassingen",
        "gevolg",
        "gevolgen",
        "oorzaak",
        "element",
        "elementen",
        "supplementen",
        "bloed",
        "natuur",
        "omgeving",
        "staat",
        "plaats",
        "plaatsen",
        "hoeveelheid",
    ]),
    adjective_endings: Words::new(&[
        "lijk", "lijke", "ig", "ige", "isch", "ische", "end", "ende", "baar", "bare", "ief",
        "ieve", "eel", "ele", "air", "aire",
    ]),
};

/// Inflect an attributive adjective after a definite article: baanbrekend → baanbrekende,
/// Japans → Japanse, groot → grote, dik → dikke, lief → lieve, grijs → grijze.
pub(crate) fn inflect(adj: &str) -> String {
    let lower = adj.to_lowercase();
    if lower.ends_with('e') || lower.ends_with("en") && lower.len() > 4 {
        return adj.to_string();
    }
    let chars: Vec<char> = adj.chars().collect();
    let n = chars.len();
    let vowel = |c: char| "aeiouyáéíóúëïöü".contains(c.to_ascii_lowercase());
    if n >= 3 {
        let (a, b, c) = (chars[n - 3], chars[n - 2], chars[n - 1]);
        // long vowel in a closed syllable: groot → grote
        if vowel(a) && a == b && !vowel(c) {
            let mut s: String = chars[..n - 2].iter().collect();
            let last = match c {
                'f' => 'v',
                's' => 'z',
                other => other,
            };
            s.push(last);
            s.push('e');
            return s;
        }
        if lower.ends_with("ig") || lower.ends_with("isch") || lower.ends_with("lijk") {
            return format!("{adj}e");
        }
        // short vowel + one consonant: dik → dikke (not for -ig, -el, -er, -en)
        if !vowel(a) && vowel(b) && !vowel(c) && !"lrnw".contains(c) && n <= 4 {
            return format!("{adj}{c}e");
        }
        if (vowel(b) || (a == 'i' && b == 'j')) && (c == 'f' || c == 's') {
            let stem = &adj[..adj.len() - 1];
            return format!("{stem}{}e", if c == 'f' { 'v' } else { 'z' });
        }
    }
    format!("{adj}e")
}

impl Language for Dutch {
    fn code(&self) -> &'static str {
        "nl"
    }
    fn lex(&self) -> &'static Lexicon {
        &LEX
    }
    fn wh(&self, wh: Wh) -> String {
        match wh {
            Wh::Who => "Wie".into(),
            Wh::What => "Wat".into(),
            Wh::Which(noun, plural) => {
                if plural {
                    format!("Welke {}", noun.plural)
                } else if noun.neuter {
                    format!("Welk {}", noun.singular)
                } else {
                    format!("Welke {}", noun.singular)
                }
            }
            Wh::Year => "In welk jaar".into(),
            Wh::Amount => "Hoeveel".into(),
            Wh::Duration => "Hoe lang".into(),
            Wh::Place => "Waar".into(),
            Wh::Why => "Waarom".into(),
        }
    }
    fn acronym_question(&self, acronym: &str) -> String {
        format!("Waar staat {acronym} voor?")
    }
    fn what_is(&self, np: &str, plural: bool) -> String {
        format!("Wat {} {np}?", if plural { "zijn" } else { "is" })
    }
    fn which_is(&self, wh: Wh, description: &str) -> String {
        let plural = matches!(wh, Wh::Which(_, true));
        format!(
            "{} {} {description}?",
            self.wh(wh),
            if plural { "zijn" } else { "is" }
        )
    }
    fn analogy_question(&self, thing: &str, plural: bool) -> String {
        format!(
            "Waarmee {} {thing} vergeleken?",
            if plural { "worden" } else { "wordt" }
        )
    }
    fn needed_for(&self, thing: &str, plural: bool) -> String {
        format!(
            "Waarvoor {} {thing} nodig?",
            if plural { "zijn" } else { "is" }
        )
    }
    fn front_question(&self, wh: &str, finite: &str, subject: &str, rest: &str) -> Option<String> {
        Some(join(&[wh, finite, subject, rest]))
    }
    fn pp_question(
        &self,
        prep: &str,
        person: bool,
        finite: &str,
        subject: &str,
        rest: &str,
    ) -> Option<String> {
        let wh = if person {
            format!("{} wie", capitalise(prep))
        } else {
            let p = match prep {
                "met" => "mee",
                "tot" => "toe",
                "naar" => "naar",
                "vóór" => "voor",
                other => other,
            };
            if !matches!(
                p,
                "in" | "op"
                    | "aan"
                    | "door"
                    | "mee"
                    | "van"
                    | "voor"
                    | "naar"
                    | "uit"
                    | "bij"
                    | "toe"
                    | "over"
                    | "onder"
                    | "tussen"
                    | "tegen"
                    | "om"
                    | "achter"
                    | "naast"
                    | "boven"
            ) {
                return None;
            }
            format!("Waar{p}")
        };
        Some(join(&[&wh, finite, subject, rest]))
    }
    fn quote_question(&self, who: Wh, quote: &str) -> String {
        format!("{} zegt: “{quote}”?", self.wh(who))
    }
    fn study_year(&self, study: &str) -> String {
        format!("Uit welk jaar is {study}?")
    }
    fn study_journal(&self, study: &str) -> String {
        format!("In welk tijdschrift werd {study} gepubliceerd?")
    }
    fn study_dose(&self, substance: &str, daily: bool, study: &str) -> String {
        format!(
            "Welke {}dosis {substance} werd gebruikt in {study}?",
            if daily { "dagelijkse " } else { "" }
        )
    }
    fn study_duration(&self, study: &str) -> String {
        format!("Hoe lang liep {study}?")
    }
    fn definite(&self, np: &str) -> String {
        let mut words: Vec<String> = np.split_whitespace().map(str::to_string).collect();
        let Some(first) = words.first().map(|w| w.to_lowercase()) else {
            return String::new();
        };
        if first == "de" || first == "het" {
            words[0] = first;
            return words.join(" ");
        }
        if first != "een" {
            return np.to_string();
        }
        // find the head noun: the last word before a preposition
        let head_at = words
            .iter()
            .position(|w| LEX.prepositions.contains(&w.to_lowercase().as_str()))
            .unwrap_or(words.len())
            .saturating_sub(1);
        let head = words[head_at].to_lowercase();
        let neuter = LEX.noun(&head).is_some_and(|n| n.neuter);
        words[0] = if neuter { "het" } else { "de" }.to_string();
        if neuter {
            for w in words.iter_mut().take(head_at).skip(1) {
                let lw = w.to_lowercase();
                if lw == "andere" || lw == "ander" {
                    *w = "andere".into();
                } else if !LEX.is_stop(&lw) {
                    *w = inflect(w);
                }
            }
        } else {
            for w in words.iter_mut().take(head_at).skip(1) {
                if w.to_lowercase() == "ander" {
                    *w = "andere".into();
                }
            }
        }
        words.join(" ")
    }
    fn of_topic(&self, topic: &str) -> String {
        format!("van {topic}")
    }
}

pub fn capitalise(s: &str) -> String {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) => c.to_uppercase().collect::<String>() + cs.as_str(),
        None => String::new(),
    }
}

/// Join question parts with single spaces, skipping empty ones, end with "?".
pub fn join(parts: &[&str]) -> String {
    let mut s = parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    while s.ends_with([',', ';', ':', '.', ' ']) {
        s.pop();
    }
    s.push('?');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn definite_noun_phrases_inflect_adjectives() {
        let nl = Dutch;
        assert_eq!(
            nl.definite("Een baanbrekend Japans onderzoek"),
            "het baanbrekende Japanse onderzoek"
        );
        assert_eq!(
            nl.definite("Een langdurige studie bij postmenopauzale vrouwen"),
            "de langdurige studie bij postmenopauzale vrouwen"
        );
        assert_eq!(nl.definite("Een ander onderzoek"), "het andere onderzoek");
        assert_eq!(nl.definite("Een andere studie"), "de andere studie");
        assert_eq!(inflect("groot"), "grote");
        assert_eq!(inflect("dik"), "dikke");
        assert_eq!(inflect("grijs"), "grijze");
        assert_eq!(inflect("langdurig"), "langdurige");
    }

    #[test]
    fn question_words_follow_gender_and_number() {
        let nl = Dutch;
        let eiwit = LEX.noun("eiwit").unwrap();
        let cel = LEX.noun("cellen").unwrap();
        assert_eq!(nl.wh(Wh::Which(eiwit, false)), "Welk eiwit");
        assert_eq!(nl.wh(Wh::Which(cel, true)), "Welke cellen");
        assert_eq!(nl.wh(Wh::Which(cel, false)), "Welke cel");
        assert_eq!(
            nl.pp_question("door", true, "werd", "kobalt", "omstreeks 1730 ontdekt"),
            Some("Door wie werd kobalt omstreeks 1730 ontdekt?".into())
        );
        assert_eq!(
            nl.pp_question("in", false, "wordt", "MK-4", "voornamelijk aangetroffen"),
            Some("Waarin wordt MK-4 voornamelijk aangetroffen?".into())
        );
        assert_eq!(nl.pp_question("tijdens", false, "is", "x", "y"), None);
    }
}
