//! An ordinal names a period only with its unit: a teacher blanks "de {{16e eeuw}}", "the
//! {{19th century}}", never "de {{16e}} eeuw", which asks for half a date and shows the rest.

use super::super::tokens::{Kind, Tok};

/// The words an ordinal counts a period in.
const PERIODS: &[&str] = &["eeuw", "millennium", "century"];

/// Ordinal endings after the digits ("16e", "1ste", "2de", "19th", "1st", "2nd", "3rd").
const ENDINGS: &[&str] = &["e", "ste", "de", "th", "st", "nd", "rd"];

/// Carries every gap that ends on a written ordinal on to the period word after it, unless
/// another gap starts there (the merge after this joins the two).
pub(super) fn carry_to_period(toks: &[Tok], gaps: &mut [(usize, usize)], end: usize) {
    for i in 0..gaps.len() {
        let e = gaps[i].1;
        // the cheap word test first: most gaps end before no period word
        if e >= end || !PERIODS.contains(&toks[e].lower.as_str()) {
            continue;
        }
        if gaps.get(i + 1).is_some_and(|g| g.0 <= e) || !ordinal(&toks[e - 1]) {
            continue;
        }
        gaps[i].1 = e + 1;
    }
}

/// A written ordinal: digits, then an ordinal ending.
fn ordinal(t: &Tok) -> bool {
    if t.kind != Kind::Word {
        return false;
    }
    let w = t.lower.as_str();
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && ENDINGS.contains(&&w[digits..])
}

#[cfg(test)]
mod tests {
    use super::super::tests::all_clozes;
    use crate::generate::lang::{DUTCH, ENGLISH};

    const NL: &str = "Porselein\n\nPorselein is een keramisch materiaal dat bij hoge \
        temperatuur wordt gebakken.\n\nHet kasteel werd in de 12e eeuw gebouwd door monniken \
        uit Frankrijk.\n\nDelfts blauw ontstond aan het einde van de 16e eeuw als goedkoop \
        alternatief voor het blauw-witte Chinese porselein.\n\nZij eindigde op de 3e plaats \
        tijdens het nationale kampioenschap in Parijs.";

    #[test]
    fn a_dutch_ordinal_gap_takes_its_century() {
        // round 27: "sinds de {{16e}} eeuw" asked half a date (aardappel, Delfts blauw,
        // overgangsmetalen, vitamine C)
        let nl = all_clozes(&DUTCH, NL);
        assert!(nl.contains("in de {{c1::12e eeuw}} gebouwd"), "{nl}");
        assert!(nl.contains("van de {{c1::16e eeuw}} als"), "{nl}");
        assert!(!nl.contains("e}} eeuw"), "{nl}");
    }

    #[test]
    fn an_ordinal_before_another_noun_keeps_its_gap() {
        // a place in a ranking is no period: the rule leaves "3e plaats" as it was
        let nl = all_clozes(&DUTCH, NL);
        assert!(!nl.contains("3e plaats}}"), "{nl}");
        let en = all_clozes(
            &ENGLISH,
            "Castles\n\nCastles are fortified buildings made of stone.\n\nShe finished in \
             3rd place at the national championship in Paris.",
        );
        assert!(!en.contains("3rd place}}"), "{en}");
    }

    #[test]
    fn an_english_ordinal_gap_keeps_its_century() {
        let en = all_clozes(
            &ENGLISH,
            "Castles\n\nCastles are fortified buildings made of stone.\n\nThe castle was \
             built in the 12th century by monks from France.",
        );
        assert!(en.contains("the {{c2::12th century}} by"), "{en}");
    }
}
