//! Where the subject after a Dutch verb in second place ends, for two phrases the plain walk
//! of `simplify::subject_after` misreads (fresh30): "Zo legt het water ongeveer 60 kilometer
//! af" (the walk ran on to the sentence's end, "Het water ongeveer 60 kilometer af legt") and
//! "Overigens komt dit verschijnsel ook voor" (the demonstrative alone, "Dit komt verschijnsel
//! ook voor").

use super::lang::Lexicon;
use super::tokens::{Kind, Tok};

/// A number, or a hedge right before one, after the subject's first two words starts the
/// next phrase: "het water | ongeveer 60 kilometer". Right after the article it is the
/// phrase's own: "de 42 chromosomen".
pub(super) fn measure_starts(toks: &[Tok], from: usize, e: usize) -> bool {
    if e < from + 2 {
        return false;
    }
    let t = &toks[e];
    t.kind == Kind::Num
        || matches!(
            t.lower.as_str(),
            "ongeveer" | "bijna" | "ruim" | "circa" | "zo'n" | "about" | "nearly" | "almost"
        ) && toks.get(e + 1).is_some_and(|n| n.kind == Kind::Num)
}

/// A demonstrative before a noun determines it, "dit verschijnsel", and is no pronoun; one
/// before a word that ends the clause stays one: "Daarom is dat belangrijk."
pub(super) fn determiner(lex: &Lexicon, toks: &[Tok], from: usize) -> bool {
    let Some(n) = toks.get(from + 1) else {
        return false;
    };
    if !toks[from].demonstrative()
        || n.kind != Kind::Word
        || n.cap
        || n.stop()
        || n.prep()
        || n.finite()
        || n.conj()
        || n.article()
        || lex.is_finite(&n.lower)
        || super::rules::is_participle(lex, &n.lower)
    {
        return false;
    }
    // a word that ends the clause is its predicate ("dat belangrijk."), as is a known
    // adjective before a function word
    let Some(x) = toks.get(from + 2) else {
        return false;
    };
    let adjective = lex.adjective_endings.iter().any(|e| n.lower.ends_with(e));
    x.kind != Kind::Punct && (!adjective || x.kind == Kind::Word && !x.stop() && !x.prep())
}
