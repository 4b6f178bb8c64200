//! English: word lists, inversion and do-support.

use super::nl::join;
use std::sync::OnceLock;

use super::{Language, Lexicon, Noun, Verb, Wh, Words};

pub struct English;

const fn n(singular: &'static str, plural: &'static str) -> Noun {
    Noun {
        singular,
        plural,
        neuter: false,
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
    past: &'static str,
    participle: &'static str,
) -> Verb {
    Verb {
        sg,
        pl,
        past_sg: past,
        past_pl: past,
        participle,
    }
}

static LEX: Lexicon = Lexicon {
    index: OnceLock::new(),
    dutch: false,
    // the contracted negations at the end (the lower case has a straight apostrophe) are
    // stop words as "not" and "does" are: no term, no gap ("the {{body doesn't}} make")
    stop: Words::new(&[
        "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from",
        "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that",
        "these", "those", "which", "who", "whom", "what", "where", "when", "why", "how", "do",
        "does", "did", "can", "could", "will", "would", "should", "may", "might", "their", "there",
        "they", "you", "your", "he", "she", "his", "her", "we", "our", "not", "no", "than", "then",
        "so", "also", "has", "have", "had", "but", "if", "because", "while", "although", "into",
        "about", "more", "most", "some", "such", "other", "all", "any", "each", "many", "much",
        "very", "only", "both", "over", "between", "after", "before", "during", "through", "them",
        "him", "i", "me", "my", "us", "just", "even", "own", "same", "too", "up", "out", "off",
        "again", "further", "once", "here", "whether", "either", "another", "cannot", "doesn't",
        "don't", "didn't", "isn't", "aren't", "wasn't", "weren't", "can't", "won't", "hasn't",
        "haven't", "couldn't", "wouldn't",
    ]),
    aux: Words::new(&[
        "is", "are", "was", "were", "has", "have", "had", "can", "could", "will", "would", "may",
        "might", "must", "should", "shall", "does", "do", "did",
    ]),
    copula: Words::new(&["is", "are", "was", "were"]),
    verbs: &[
        v("activates", "activate", "activated", "activated"),
        v("becomes", "become", "became", "become"),
        v("needs", "need", "needed", "needed"),
        v("spreads", "spread", "spread", "spread"),
        v("feeds", "feed", "fed", "fed"),
        v("harms", "harm", "harmed", "harmed"),
        v("bans", "ban", "banned", "banned"),
        v("pollinates", "pollinate", "pollinated", "pollinated"),
        v("carries", "carry", "carried", "carried"),
        v("lives", "live", "lived", "lived"),
        v("invents", "invent", "invented", "invented"),
        v("builds", "build", "built", "built"),
        v("writes", "write", "wrote", "written"),
        v("takes", "take", "took", "taken"),
        v("eats", "eat", "ate", "eaten"),
        v("gets", "get", "got", "got"),
        v("remains", "remain", "remained", "remained"),
        v("acts", "act", "acted", "acted"),
        v("belongs", "belong", "belonged", "belonged"),
        v("consists", "consist", "consisted", "consisted"),
        v("refers", "refer", "referred", "referred"),
        v("results", "result", "resulted", "resulted"),
        v("depends", "depend", "depended", "depended"),
        v("occurs", "occur", "occurred", "occurred"),
        v("dates", "date", "dated", "dated"),
        v("contributes", "contribute", "contributed", "contributed"),
        v("inhibits", "inhibit", "inhibited", "inhibited"),
        v("prevents", "prevent", "prevented", "prevented"),
        v("promotes", "promote", "promoted", "promoted"),
        v("binds", "bind", "bound", "bound"),
        v("stimulates", "stimulate", "stimulated", "stimulated"),
        v("causes", "cause", "caused", "caused"),
        v("produces", "produce", "produced", "produced"),
        v("contains", "contain", "contained", "contained"),
        v("increases", "increase", "increased", "increased"),
        v("reduces", "reduce", "reduced", "reduced"),
        v("lowers", "lower", "lowered", "lowered"),
        v("improves", "improve", "improved", "improved"),
        v("supports", "support", "supported", "supported"),
        v("protects", "protect", "protected", "protected"),
        v("regulates", "regulate", "regulated", "regulated"),
        v("controls", "control", "controlled", "controlled"),
        v("forms", "form", "formed", "formed"),
        v("discovers", "discover", "discovered", "discovered"),
        v("isolates", "isolate", "isolated", "isolated"),
        v("names", "name", "named", "named"),
        v("uses", "use", "used", "used"),
        v("finds", "find", "found", "found"),
        v("leads", "lead", "led", "led"),
        v("describes", "describe", "described", "described"),
        v("predicts", "predict", "predicted", "predicted"),
        v("explains", "explain", "explained", "explained"),
        v("affects", "affect", "affected", "affected"),
        v("carries", "carry", "carried", "carried"),
        v("transports", "transport", "transported", "transported"),
        v("kills", "kill", "killed", "killed"),
        v("makes", "make", "made", "made"),
        v("provides", "provide", "provided", "provided"),
        v("offers", "offer", "offered", "offered"),
        v("helps", "help", "helped", "helped"),
        v("poses", "pose", "posed", "posed"),
        v("requires", "require", "required", "required"),
        v("treats", "treat", "treated", "treated"),
        v("develops", "develop", "developed", "developed"),
        v("impairs", "impair", "impaired", "impaired"),
        v("damages", "damage", "damaged", "damaged"),
        v("blocks", "block", "blocked", "blocked"),
        v("triggers", "trigger", "triggered", "triggered"),
        v("absorbs", "absorb", "absorbed", "absorbed"),
        v("releases", "release", "released", "released"),
        v("shows", "show", "showed", "shown"),
        v("publishes", "publish", "published", "published"),
        v("tracks", "track", "tracked", "tracked"),
        v("converts", "convert", "converted", "converted"),
        v("destroys", "destroy", "destroyed", "destroyed"),
        v("replaces", "replace", "replaced", "replaced"),
        v("determines", "determine", "determined", "determined"),
        v("measures", "measure", "measured", "measured"),
        v("synthesizes", "synthesize", "synthesized", "synthesized"),
        // what carriers, germs and organs do to something
        v("transmits", "transmit", "transmitted", "transmitted"),
        v("threatens", "threaten", "threatened", "threatened"),
        v("stores", "store", "stored", "stored"),
        v("digests", "digest", "digested", "digested"),
        v("secretes", "secrete", "secreted", "secreted"),
        v("detects", "detect", "detected", "detected"),
        v("reveals", "reveal", "revealed", "revealed"),
        v("encodes", "encode", "encoded", "encoded"),
        v("raises", "raise", "raised", "raised"),
        v("clears", "clear", "cleared", "cleared"),
        v("removes", "remove", "removed", "removed"),
        v("suggests", "suggest", "suggested", "suggested"),
        v("indicates", "indicate", "indicated", "indicated"),
        v(
            "demonstrates",
            "demonstrate",
            "demonstrated",
            "demonstrated",
        ),
        v("migrates", "migrate", "migrated", "migrated"),
        v("reaches", "reach", "reached", "reached"),
        v("surrounds", "surround", "surrounded", "surrounded"),
        v("orbits", "orbit", "orbited", "orbited"),
        v("emits", "emit", "emitted", "emitted"),
        v("reflects", "reflect", "reflected", "reflected"),
        v("melts", "melt", "melted", "melted"),
        v("weakens", "weaken", "weakened", "weakened"),
        v("strengthens", "strengthen", "strengthened", "strengthened"),
        v("boosts", "boost", "boosted", "boosted"),
        v("slows", "slow", "slowed", "slowed"),
        v("grows", "grow", "grew", "grown"),
        v("lays", "lay", "laid", "laid"),
        v("attracts", "attract", "attracted", "attracted"),
        v("repairs", "repair", "repaired", "repaired"),
        v("consumes", "consume", "consumed", "consumed"),
        v("excretes", "excrete", "excreted", "excreted"),
        v("filters", "filter", "filtered", "filtered"),
        v("pumps", "pump", "pumped", "pumped"),
        v("returns", "return", "returned", "returned"),
        v("ensures", "ensure", "ensured", "ensured"),
        v("weighs", "weigh", "weighed", "weighed"),
        v("travels", "travel", "traveled", "traveled"),
        // the British spelling, as NIH and NOAA quote their partners
        v("travels", "travel", "travelled", "travelled"),
        v("establishes", "establish", "established", "established"),
        v("rises", "rise", "rose", "risen"),
        v("encompasses", "encompass", "encompassed", "encompassed"),
        v("diagnoses", "diagnose", "diagnosed", "diagnosed"),
        v("crosses", "cross", "crossed", "crossed"),
        v("drains", "drain", "drained", "drained"),
        v("passes", "pass", "passed", "passed"),
        v("contracts", "contract", "contracted", "contracted"),
        v("relaxes", "relax", "relaxed", "relaxed"),
        v("fills", "fill", "filled", "filled"),
        v("circulates", "circulate", "circulated", "circulated"),
        v("receives", "receive", "received", "received"),
        v("pushes", "push", "pushed", "pushed"),
        v("resembles", "resemble", "resembled", "resembled"),
        v("lacks", "lack", "lacked", "lacked"),
        v("loses", "lose", "lost", "lost"),
        v("gains", "gain", "gained", "gained"),
        v("enters", "enter", "entered", "entered"),
        v("neutralizes", "neutralize", "neutralized", "neutralized"),
        v("survives", "survive", "survived", "survived"),
        v("adapts", "adapt", "adapted", "adapted"),
        v("evolves", "evolve", "evolved", "evolved"),
        v("erupts", "erupt", "erupted", "erupted"),
        v("warms", "warm", "warmed", "warmed"),
        v("heats", "heat", "heated", "heated"),
        v("cools", "cool", "cooled", "cooled"),
        v("hunts", "hunt", "hunted", "hunted"),
        v("identifies", "identify", "identified", "identified"),
        v("confirms", "confirm", "confirmed", "confirmed"),
        v("delivers", "deliver", "delivered", "delivered"),
        v("generates", "generate", "generated", "generated"),
        // common verbs of popular-science writing: without them a sentence has no clause
        v("varies", "vary", "varied", "varied"),
        v("responds", "respond", "responded", "responded"),
        v("brings", "bring", "brought", "brought"),
        v("compresses", "compress", "compressed", "compressed"),
        v("revolves", "revolve", "revolved", "revolved"),
        v("radiates", "radiate", "radiated", "radiated"),
        v("creates", "create", "created", "created"),
        v("curls", "curl", "curled", "curled"),
        v("allows", "allow", "allowed", "allowed"),
        v("avoids", "avoid", "avoided", "avoided"),
        v("breathes", "breathe", "breathed", "breathed"),
        v("burns", "burn", "burned", "burned"),
        v("collects", "collect", "collected", "collected"),
        v("defends", "defend", "defended", "defended"),
        v("divides", "divide", "divided", "divided"),
        v("emerges", "emerge", "emerged", "emerged"),
        v("enables", "enable", "enabled", "enabled"),
        v("expands", "expand", "expanded", "expanded"),
        v("extends", "extend", "extended", "extended"),
        v("flies", "fly", "flew", "flown"),
        v("follows", "follow", "followed", "followed"),
        v("infects", "infect", "infected", "infected"),
        v("interacts", "interact", "interacted", "interacted"),
        v("prefers", "prefer", "preferred", "preferred"),
        v("recognizes", "recognize", "recognized", "recognized"),
        v("recovers", "recover", "recovered", "recovered"),
        v("relies", "rely", "relied", "relied"),
        v("reproduces", "reproduce", "reproduced", "reproduced"),
        v("rotates", "rotate", "rotated", "rotated"),
        v("sends", "send", "sent", "sent"),
        v("shrinks", "shrink", "shrank", "shrunk"),
        v("sinks", "sink", "sank", "sunk"),
        v("suffers", "suffer", "suffered", "suffered"),
        v("swims", "swim", "swam", "swum"),
        v("transforms", "transform", "transformed", "transformed"),
        v("erodes", "erode", "eroded", "eroded"),
        v("shines", "shine", "shone", "shone"),
        v("explodes", "explode", "exploded", "exploded"),
        v("collides", "collide", "collided", "collided"),
        v("pulls", "pull", "pulled", "pulled"),
        v("evaporates", "evaporate", "evaporated", "evaporated"),
        v("condenses", "condense", "condensed", "condensed"),
        v("soaks", "soak", "soaked", "soaked"),
        v("invades", "invade", "invaded", "invaded"),
        v("multiplies", "multiply", "multiplied", "multiplied"),
        v("replicates", "replicate", "replicated", "replicated"),
        v("heals", "heal", "healed", "healed"),
        v("observes", "observe", "observed", "observed"),
        v("calculates", "calculate", "calculated", "calculated"),
        v(
            "investigates",
            "investigate",
            "investigated",
            "investigated",
        ),
        v("explores", "explore", "explored", "explored"),
        v("proves", "prove", "proved", "proven"),
        v("comprises", "comprise", "comprised", "comprised"),
        v("accelerates", "accelerate", "accelerated", "accelerated"),
        v("disrupts", "disrupt", "disrupted", "disrupted"),
        v("alters", "alter", "altered", "altered"),
        v("worsens", "worsen", "worsened", "worsened"),
        v("maintains", "maintain", "maintained", "maintained"),
        v("inhabits", "inhabit", "inhabited", "inhabited"),
        v("dominates", "dominate", "dominated", "dominated"),
        v("induces", "induce", "induced", "induced"),
        v("encourages", "encourage", "encouraged", "encouraged"),
        v("persists", "persist", "persisted", "persisted"),
        v("arises", "arise", "arose", "arisen"),
        v("disappears", "disappear", "disappeared", "disappeared"),
        v("reacts", "react", "reacted", "reacted"),
        v("repels", "repel", "repelled", "repelled"),
    ],
    // present forms that are as often nouns ("changes", "lava flows", "heart attacks")
    weak_verbs: &[
        v("changes", "change", "changed", "changed"),
        v("covers", "cover", "covered", "covered"),
        v("flows", "flow", "flowed", "flowed"),
        v("stretches", "stretch", "stretched", "stretched"),
        v("breaks", "break", "broke", "broken"),
        v("drives", "drive", "drove", "driven"),
        v("attacks", "attack", "attacked", "attacked"),
        v("influences", "influence", "influenced", "influenced"),
        v("monitors", "monitor", "monitored", "monitored"),
        v("spins", "spin", "spun", "spun"),
        v("lifts", "lift", "lifted", "lifted"),
        v("blows", "blow", "blew", "blown"),
        v("transfers", "transfer", "transferred", "transferred"),
        v("traps", "trap", "trapped", "trapped"),
        v("swirls", "swirl", "swirled", "swirled"),
        v("trains", "train", "trained", "trained"),
        v("drops", "drop", "dropped", "dropped"),
        v("catches", "catch", "caught", "caught"),
        v("decreases", "decrease", "decreased", "decreased"),
        v("holds", "hold", "held", "held"),
        v("moves", "move", "moved", "moved"),
        v("strikes", "strike", "struck", "struck"),
        v("supplies", "supply", "supplied", "supplied"),
        v("turns", "turn", "turned", "turned"),
        v("digs", "dig", "dug", "dug"),
        v("hatches", "hatch", "hatched", "hatched"),
        v("stings", "sting", "stung", "stung"),
        v("bites", "bite", "bit", "bitten"),
        v("collapses", "collapse", "collapsed", "collapsed"),
        v("cures", "cure", "cured", "cured"),
        v("launches", "launch", "launched", "launched"),
        v("delays", "delay", "delayed", "delayed"),
        v("swallows", "swallow", "swallowed", "swallowed"),
        v("reverses", "reverse", "reversed", "reversed"),
        v("climbs", "climb", "climbed", "climbed"),
        v("breeds", "breed", "bred", "bred"),
        v("shifts", "shift", "shifted", "shifted"),
        v("experiences", "experience", "experienced", "experienced"),
    ],
    finite_other: Words::new(&[
        "occurs",
        "occur",
        "occurred",
        "happens",
        "happen",
        "happened",
        "comes",
        "come",
        "came",
        "goes",
        "go",
        "went",
        "plays",
        "play",
        "played",
        "works",
        "work",
        "worked",
        "says",
        "said",
        "notes",
        "noted",
        "gets",
        "get",
        "got",
        "takes",
        "take",
        "took",
        "gives",
        "give",
        "gave",
        "keeps",
        "keep",
        "kept",
        "means",
        "mean",
        "meant",
        "refers",
        "refer",
        "referred",
        "belongs",
        "belong",
        "belonged",
        "exists",
        "exist",
        "existed",
        "appears",
        "appear",
        "appeared",
        "seems",
        "seem",
        "seemed",
        "suggests",
        "suggest",
        "suggested",
        "lives",
        "live",
        "lived",
        "cut",
        "cuts",
        "grows",
        "grow",
        "grew",
        "depends",
        "depend",
        "leads",
        "consists",
        "consist",
        "consisted",
        "includes",
        "include",
        "included",
        "acts",
        "act",
        "acted",
        "serves",
        "serve",
        "served",
        "begins",
        "begin",
        "began",
        "rises",
        "rise",
        "rose",
        "falls",
        "fall",
        "fell",
        "needs",
        "need",
        "needed",
        "prescribe",
        "prescribes",
        "prescribed",
        "recommend",
        "recommends",
        "recommended",
        "report",
        "reports",
        "reported",
        "estimate",
        "estimates",
        "estimated",
        "eat",
        "eats",
        "ate",
        "drink",
        "drinks",
        "drank",
        "resist",
        "resists",
        "resisted",
        "spread",
        "spreads",
        "kill",
        "protects",
        "provide",
        "call",
        "calls",
        "believe",
        "believes",
        "believed",
        "think",
        "thinks",
        "thought",
        "know",
        "knows",
        "knew",
        "sleep",
        "sleeps",
        "slept",
        "feel",
        "feels",
        "felt",
        "lose",
        "loses",
        "lost",
        "carry",
        "enter",
        "enters",
        "entered",
        "send",
        "sends",
        "sent",
        "build",
        "builds",
        "built",
        "keep",
        "hold",
        "holds",
        "held",
        "move",
        "moves",
        "moved",
        "tend",
        "tends",
        "try",
        "tries",
        "tried",
        "want",
        "wants",
        "wanted",
        "set",
        "sets",
        "put",
        "puts",
        "became",
        "began",
        "brought",
        "flew",
        "flies",
        "fly",
        "orbit",
        "orbits",
        "orbited",
    ]),
    prepositions: Words::new(&[
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "to",
        "of",
        "into",
        "onto",
        "over",
        "under",
        "between",
        "against",
        "without",
        "during",
        "after",
        "before",
        "since",
        "through",
        "across",
        "among",
        "around",
        "about",
        "via",
        "per",
        "within",
        "throughout",
        "despite",
        "like",
        "toward",
        "towards",
        "upon",
        "following",
        "along",
        "alongside",
        "above",
        "below",
        "beneath",
        "underneath",
        "behind",
        "beside",
        "beyond",
        "near",
        "amid",
        "unlike",
    ]),
    articles: Words::new(&["the", "a", "an"]),
    pronouns: Words::new(&[
        "he", "she", "it", "they", "him", "her", "them", "this", "that", "these", "those", "its",
        "their", "his", "we", "us", "you", "others",
    ]),
    demonstratives: Words::new(&["this", "that", "these", "those", "such"]),
    conjunctions: Words::new(&["and", "or", "but", "nor", "so", "yet"]),
    relatives: Words::new(&["which", "that", "who", "whom", "whose", "where", "when"]),
    connectives: Words::new(&[
        "however",
        "moreover",
        "furthermore",
        "also",
        "therefore",
        "thus",
        "but",
        "and",
        "yet",
        "still",
        "in addition",
        "additionally",
        "for example",
        "for instance",
        "indeed",
        "finally",
        "so",
        "besides",
        "likewise",
        "similarly",
        "instead",
        "meanwhile",
    ]),
    parentheticals: Words::new(&[
        "however",
        "in turn",
        "on the other hand",
        "for example",
        "for instance",
        "therefore",
        "thus",
        "in fact",
        "indeed",
        "though",
    ]),
    hedges: Words::new(&[
        "may",
        "might",
        "could",
        "possibly",
        "possible",
        "suggest",
        "suggests",
        "likely",
        "perhaps",
        "potential",
        "preliminary",
        "appears",
        "seems",
    ]),
    negations: Words::new(&["not", "no", "never", "none", "nor", "neither"]),
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
        "%",
        "percent",
        "per cent",
        "ppm",
        "ppb",
        "mmhg",
        "nanograms",
        "micrograms",
        "milligrams",
        "grams",
        "liters",
        "litres",
        "kcal",
        "calories",
        "mmol",
        "nmol",
        "degrees",
        "times",
        "tablets",
        "capsules",
        "million",
        "billion",
        "meters",
        "metres",
        "km",
        "cm",
        "mm",
        "m",
        "kilogram",
        "kilograms",
        "kilometer",
        "kilometers",
        "kilometres",
        "centimeters",
        "centimetres",
        "millimeters",
        "millimetres",
        // singular after "1", "one" or in "a 5-meter …"
        "meter",
        "metre",
        "kilometer",
        "kilometre",
        "centimeter",
        "centimetre",
        "millimeter",
        "millimetre",
        "mile",
        "foot",
        "inch",
        "pound",
        "ton",
        "tonne",
        "miles",
        "feet",
        "inches",
        "pounds",
        "tons",
        "tonnes",
        "pages",
        "page",
        "people",
        "deaths",
    ]),
    number_words: Words::new(&[
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "thousand",
        "millions",
        "thousands",
        "hundreds",
        "billions",
    ]),
    duration_units: Words::new(&[
        "year",
        "years",
        "month",
        "months",
        "week",
        "weeks",
        "day",
        "days",
        "hour",
        "hours",
        "minutes",
        "century",
        "centuries",
        "decades",
        "decade",
    ]),
    titles: Words::new(&["dr", "prof", "professor", "mr", "mrs", "ms", "sir"]),
    nouns: &[
        Noun {
            also: &["proteins"],
            ..n("protein", "proteins")
        },
        n("enzyme", "enzymes"),
        n("study", "studies"),
        n("mineral", "minerals"),
        n("element", "elements"),
        n("metal", "metals"),
        n("dish", "dishes"),
        n("word", "words"),
        n("journal", "journals"),
        n("product", "products"),
        n("food", "foods"),
        n("organ", "organs"),
        n("hormone", "hormones"),
        n("molecule", "molecules"),
        n("drug", "drugs"),
        n("medication", "medications"),
        n("vitamin", "vitamins"),
        n("cell", "cells"),
        n("disease", "diseases"),
        n("disorder", "disorders"),
        n("condition", "conditions"),
        n("infection", "infections"),
        n("substance", "substances"),
        n("nutrient", "nutrients"),
        n("compound", "compounds"),
        n("source", "sources"),
        n("group", "groups"),
        n("place", "places"),
        n("city", "cities"),
        n("country", "countries"),
        n("bacterium", "bacteria"),
        n("microbe", "microbes"),
        n("virus", "viruses"),
        n("fungus", "fungi"),
        n("indicator", "indicators"),
        n("inhibitor", "inhibitors"),
        n("factor", "factors"),
        n("form", "forms"),
        n("vegetable", "vegetables"),
        n("category", "categories"),
        n("antibiotic", "antibiotics"),
        n("handbook", "handbooks"),
        n("guide", "guides"),
        n("institute", "institutes"),
        n("symptom", "symptoms"),
        n("treatment", "treatments"),
        p("researcher", "researchers"),
        p("scientist", "scientists"),
        p("chemist", "chemists"),
        p("physician", "physicians"),
        p("doctor", "doctors"),
        p("specialist", "specialists"),
        p("expert", "experts"),
        p("dietitian", "dietitians"),
        p("nutritionist", "nutritionists"),
        p("professor", "professors"),
        p("director", "directors"),
        p("biologist", "biologists"),
        p("physicist", "physicists"),
        p("epidemiologist", "epidemiologists"),
        p("team", "teams"),
        p("investigator", "investigators"),
        p("astronaut", "astronauts"),
        p("astronomer", "astronomers"),
        p("engineer", "engineers"),
        p("inventor", "inventors"),
        p("discoverer", "discoverers"),
        p("founder", "founders"),
        p("philosopher", "philosophers"),
        p("geologist", "geologists"),
        p("mathematician", "mathematicians"),
    ],
    study_nouns: Words::new(&["study", "trial", "experiment", "meta-analysis", "survey"]),
    relational: Words::new(&[
        "forms",
        "types",
        "kinds",
        "sources",
        "benefits",
        "causes",
        "effects",
        "symptoms",
        "functions",
        "uses",
        "variants",
    ]),
    saying: Words::new(&[
        "says",
        "said",
        "notes",
        "noted",
        "explains",
        "explained",
        "stresses",
        "warns",
        "warned",
        "adds",
        "added",
        "writes",
        "wrote",
        "according",
    ]),
    such_as: &[&["such", "as"], &["including"], &["like"], &["e.g."]],
    year_preps: Words::new(&[
        "in", "from", "since", "until", "by", "around", "before", "after",
    ]),
    imperatives: Words::new(&[
        "think", "imagine", "combine", "take", "eat", "choose", "try", "remember", "consider",
        "read", "look", "make", "use", "ask", "talk",
    ]),
    generic: Words::new(&[
        // amounts, places and kinds in general: no term to recall
        "risk",
        "solution",
        "solutions",
        "risks",
        "depth",
        "depths",
        "material",
        "materials",
        "area",
        "areas",
        "quantity",
        "researchers",
        "scientists",
        "investigators",
        "authors",
        "women",
        "men",
        "children",
        "properties",
        "participants",
        "study",
        "studies",
        "effect",
        "effects",
        "benefit",
        "benefits",
        "body",
        "people",
        "years",
        "way",
        "ways",
        "part",
        "role",
        "results",
        "research",
        "issue",
        "issues",
        "category",
        "categories",
        "class",
        "classes",
        "time",
        "information",
        "format",
        "health",
        "types",
        "type",
        "activities",
        "other",
        "things",
        "amount",
        "level",
        "levels",
        "number",
    ]),
    adjective_endings: Words::new(&[
        "ly", "ous", "ive", "ful", "less", "able", "ible", "ical", "ic",
    ]),
};

impl Language for English {
    fn code(&self) -> &'static str {
        "en"
    }
    fn lex(&self) -> &'static Lexicon {
        &LEX
    }
    fn wh(&self, wh: Wh) -> String {
        match wh {
            Wh::Who => "Who".into(),
            Wh::What => "What".into(),
            Wh::Which(noun, plural) => {
                format!("Which {}", if plural { noun.plural } else { noun.singular })
            }
            Wh::Year => "In which year".into(),
            Wh::Amount => "How much".into(),
            Wh::Duration => "How long".into(),
            Wh::Place => "Where".into(),
            Wh::Why => "Why".into(),
        }
    }
    fn acronym_question(&self, acronym: &str) -> String {
        format!("What does {acronym} stand for?")
    }
    fn what_is(&self, np: &str, plural: bool) -> String {
        format!("What {} {np}?", if plural { "are" } else { "is" })
    }
    fn which_is(&self, wh: Wh, description: &str) -> String {
        let plural = matches!(wh, Wh::Which(_, true));
        format!(
            "{} {} {description}?",
            self.wh(wh),
            if plural { "are" } else { "is" }
        )
    }
    fn analogy_question(&self, thing: &str, plural: bool) -> String {
        format!(
            "What {} {thing} compared to?",
            if plural { "are" } else { "is" }
        )
    }
    fn needed_for(&self, thing: &str, plural: bool) -> String {
        format!(
            "What {} {thing} needed for?",
            if plural { "are" } else { "is" }
        )
    }
    fn front_question(&self, wh: &str, finite: &str, subject: &str, rest: &str) -> Option<String> {
        let lf = finite.to_lowercase();
        // "supports and conducts research": do-support would take only the first verb back to
        // its base form ("Why does NIAID support and conducts …"); after an auxiliary, a rest
        // that starts with "and" means the subject swallowed a verb of its own ("What can the
        // assembly usually meets in spring and lead to?")
        if rest.starts_with("and ") || rest.starts_with("or ") {
            return None;
        }
        // "has three hearts": "have" as the main verb takes do-support ("Why does the octopus
        // have three hearts?"); before a participle it is the perfect's auxiliary
        if matches!(lf.as_str(), "has" | "have" | "had") {
            let next = rest.split_whitespace().next().unwrap_or("").to_lowercase();
            let participle = LEX.is_verb_participle(&next)
                || next.ends_with("ed")
                || next.ends_with("en")
                || matches!(
                    next.as_str(),
                    "been" | "not" | "never" | "also" | "long" | "already"
                );
            if !participle && !rest.is_empty() {
                let aux = match lf.as_str() {
                    "had" => "did",
                    "has" => "does",
                    _ => "do",
                };
                return Some(join(&[wh, aux, subject, "have", rest]));
            }
        }
        // "does little harm": "do" as the main verb keeps its place after do-support ("Why
        // does the drug do little harm …?")
        if matches!(lf.as_str(), "does" | "do" | "did")
            && rest.split_whitespace().next().is_some_and(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "little"
                        | "much"
                        | "no"
                        | "a"
                        | "an"
                        | "the"
                        | "more"
                        | "less"
                        | "some"
                        | "harm"
                        | "damage"
                        | "good"
                        | "well"
                        | "research"
                        | "work"
                        | "nothing"
                )
            })
        {
            return Some(join(&[wh, &lf, subject, "do", rest]));
        }
        if LEX.aux.contains(&lf.as_str()) {
            return Some(join(&[wh, &lf, subject, rest]));
        }
        // "in 2020 alone 241 million people", "each year, on April 25, World Malaria Day": a
        // phrase before the subject cannot go between the auxiliary and the verb
        if subject.contains(',')
            || subject
                .split_whitespace()
                .next()
                .is_some_and(|w| LEX.prepositions.contains(&w.to_lowercase().as_str()))
        {
            return None;
        }
        if let Some((verb, plural, past)) = LEX.verb(&lf) {
            let aux = if past {
                "did"
            } else if plural {
                "do"
            } else {
                "does"
            };
            return Some(join(&[wh, aux, subject, verb.pl, rest]));
        }
        // other known present forms: "cut" → do … cut, "lives" → does … live
        const IRREGULAR_PAST: &[&str] = &[
            "gave", "took", "made", "found", "said", "went", "came", "got", "kept", "held", "sent",
            "built", "felt", "lost", "thought", "knew", "ate", "drank", "fell", "rose", "grew",
            "began", "slept", "led", "fed", "meant", "told", "set", "put", "became", "brought",
            "flew",
        ];
        if IRREGULAR_PAST.contains(&lf.as_str()) {
            return None;
        }
        // a regular past: "appeared" → did … appear; "vaccinated" → did … vaccinate
        if lf.ends_with("ed") && !lf.ends_with("eed") && lf.len() > 4 {
            let base = past_base(&lf);
            return Some(join(&[wh, "did", subject, &base, rest]));
        }
        if !LEX.finite_other.contains(&lf.as_str()) {
            return None;
        }
        let (aux, base) = if let Some(b) = lf.strip_suffix("ies") {
            ("does", format!("{b}y"))
        } else if lf.ends_with("ches")
            || lf.ends_with("shes")
            || lf.ends_with("sses")
            || lf.ends_with("xes")
        {
            ("does", lf[..lf.len() - 2].to_string())
        } else if let Some(b) = lf.strip_suffix('s').filter(|b| !b.ends_with('s')) {
            ("does", b.to_string())
        } else {
            ("do", lf.clone())
        };
        Some(join(&[wh, aux, subject, &base, rest]))
    }
    fn pp_question(
        &self,
        prep: &str,
        person: bool,
        finite: &str,
        subject: &str,
        rest: &str,
    ) -> Option<String> {
        let wh = if person { "Who" } else { "What" };
        self.front_question(wh, finite, subject, &format!("{rest} {prep}"))
    }
    fn quote_question(&self, who: Wh, quote: &str) -> String {
        format!("{} says: “{quote}”?", self.wh(who))
    }
    fn study_year(&self, study: &str) -> String {
        format!("In which year was {study} published?")
    }
    fn study_journal(&self, study: &str) -> String {
        format!("In which journal was {study} published?")
    }
    fn study_dose(&self, substance: &str, daily: bool, study: &str) -> String {
        format!(
            "What {}dose of {substance} was used in {study}?",
            if daily { "daily " } else { "" }
        )
    }
    fn study_duration(&self, study: &str) -> String {
        format!("How long did {study} last?")
    }
    fn definite(&self, np: &str) -> String {
        let mut words: Vec<&str> = np.split_whitespace().collect();
        match words.first().map(|w| w.to_lowercase()) {
            Some(f) if f == "a" || f == "an" || f == "the" => {
                words[0] = "the";
                words.join(" ")
            }
            _ => np.to_string(),
        }
    }
    fn of_topic(&self, topic: &str) -> String {
        format!("of {topic}")
    }
}

/// The base form of a regular English past ("appeared" → appear, "studied" → study,
/// "stopped" → stop, "vaccinated" → vaccinate): the word lists first, then the spelling.
fn past_base(past: &str) -> String {
    let stem = &past[..past.len() - 2];
    for cand in [stem.to_string(), format!("{stem}e")] {
        if LEX.finite_other.contains(&cand.as_str()) || LEX.verb(&cand).is_some() {
            return cand;
        }
    }
    if let Some(s) = past.strip_suffix("ied") {
        return format!("{s}y");
    }
    let b = stem.as_bytes();
    let n = b.len();
    // (ASCII only: two equal bytes can also close one character, "ab₂ed")
    if n >= 3 && b[n - 1].is_ascii() && b[n - 1] == b[n - 2] && !b"aeiouls".contains(&b[n - 1]) {
        return stem[..n - 1].to_string(); // stopped → stop (but called, passed stay)
    }
    // "catalogued" → catalogue, "argued" → argue
    if stem.ends_with('u') {
        return format!("{stem}e");
    }
    const E_ENDINGS: &[&str] = &[
        "at", "iz", "yz", "is", "uc", "ur", "or", "ag", "os", "as", "id", "ot", "ut", "iv", "av",
        "ov", "us", "in", "ar", "ac", "ir", "ang", "rg", "lv", "rv", "bl", "pl", "tl", "dl",
    ];
    if E_ENDINGS.iter().any(|e| stem.ends_with(e))
        && !stem.ends_with("ain")
        && !stem.ends_with("ear")
    {
        return format!("{stem}e");
    }
    stem.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn have_as_the_main_verb_takes_do_support() {
        let en = English;
        assert_eq!(
            en.front_question("Why", "has", "the octopus", "three hearts"),
            Some("Why does the octopus have three hearts?".into())
        );
        assert_eq!(
            en.front_question("What", "had", "the team", "in 2019"),
            Some("What did the team have in 2019?".into())
        );
        // the perfect keeps its auxiliary
        assert_eq!(
            en.front_question("Why", "has", "the ice", "melted so fast"),
            Some("Why has the ice melted so fast?".into())
        );
        assert_eq!(
            en.front_question("Where", "have", "scientists", "found fossils"),
            Some("Where have scientists found fossils?".into())
        );
    }

    #[test]
    fn do_support_and_inversion() {
        let en = English;
        assert_eq!(
            en.front_question("In which year", "discovered", "Fleming", "penicillin"),
            Some("In which year did Fleming discover penicillin?".into())
        );
        assert_eq!(
            en.front_question("In which year", "was", "penicillin", "discovered"),
            Some("In which year was penicillin discovered?".into())
        );
        assert_eq!(en.front_question("Why", "snores", "he", ""), None);
        // a phrase fronted before the subject is no part of it
        assert_eq!(
            en.front_question(
                "According to whom",
                "suffered",
                "in 2020 alone 241 million people",
                "from malaria"
            ),
            None
        );
        assert_eq!(
            en.front_question(
                "Why",
                "provides",
                "each year, on April 25, World Malaria Day",
                "an opportunity"
            ),
            None
        );
        assert_eq!(
            en.pp_question(
                "to",
                false,
                "can",
                "the assembly usually meets in spring",
                "and lead"
            ),
            None
        );
        // a coordinated predicate cannot be put under do-support one verb at a time
        assert_eq!(
            en.front_question("Why", "supports", "NIAID", "and conducts clinical research"),
            None
        );
        assert_eq!(
            en.front_question("Why", "can", "the bacteria", "spread and infect others"),
            Some("Why can the bacteria spread and infect others?".into())
        );
        assert_eq!(
            en.front_question("Why", "sleeps", "the cat", "all day"),
            Some("Why does the cat sleep all day?".into())
        );
        assert_eq!(
            en.pp_question("by", true, "was", "vanadium", "discovered"),
            Some("Who was vanadium discovered by?".into())
        );
        assert_eq!(en.definite("A new handbook"), "the new handbook");
    }

    #[test]
    fn regular_pasts_get_their_base_form() {
        for (past, base) in [
            ("appeared", "appear"),
            ("vaccinated", "vaccinate"),
            ("studied", "study"),
            ("stopped", "stop"),
            ("analyzed", "analyze"),
            ("developed", "develop"),
            ("named", "name"),
            ("used", "use"),
            ("played", "play"),
            ("observed", "observe"),
            ("explained", "explain"),
            ("landed", "land"),
        ] {
            assert_eq!(past_base(past), base);
        }
        // two equal bytes that end one character are no doubled consonant (panicked)
        assert_eq!(past_base("ab\u{2082}ed"), "ab\u{2082}");
        assert_eq!(
            English.front_question("When", "appeared", "the findings", "in the journal"),
            Some("When did the findings appear in the journal?".into())
        );
    }
}
