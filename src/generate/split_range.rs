//! A range cut in two: "De meeste soorten bereiken een lengte van 7 tot 13 cm" gave "Wat
//! bereiken de meeste soorten tot 13 cm? → lengte van 7". The answer ends on the range's
//! first number and the question keeps its second: neither half says the range.

use super::tokens::{Kind, Tok};

/// The answer's tokens `ans` end on a number that the sentence `toks` follows with
/// "tot"/"to"/a dash and a number the question `qt` shows.
pub fn split_range(toks: &[Tok], qt: &[&str], ans: &[&str]) -> bool {
    // most answers end on no number: the last byte decides before any scan
    let Some(last) = ans.last() else {
        return false;
    };
    if !last.bytes().last().is_some_and(|b| b.is_ascii_digit()) {
        return false;
    }
    toks.windows(3).any(|w| {
        w[0].kind == Kind::Num
            && w[0].lower == *last
            && (w[1].is("tot") || w[1].is("to") || w[1].is_punct("-") || w[1].is_punct("–"))
            && w[2].kind == Kind::Num
            && qt.contains(&w[2].lower.as_str())
    })
}

#[cfg(test)]
mod tests {
    use super::split_range;
    use crate::generate::lang::{DUTCH, ENGLISH, Language};

    fn split(lang: &'static dyn Language, sentence: &str, q: &str, a: &str) -> bool {
        let toks = lang.lex().tokenize(sentence);
        let qt: Vec<&str> = q.split_whitespace().collect();
        let at: Vec<&str> = a.split_whitespace().collect();
        split_range(&toks, &qt, &at)
    }

    #[test]
    fn an_answer_that_ends_on_the_first_number_of_a_range_is_split() {
        let s = "De meeste soorten bereiken een lengte van 7 tot 13 cm.";
        assert!(split(
            &DUTCH,
            s,
            "wat bereiken de meeste soorten tot 13 cm",
            "lengte van 7"
        ));
        let s = "Most species reach a length of 7 to 13 cm.";
        assert!(split(
            &ENGLISH,
            s,
            "what do most species reach to 13 cm",
            "length of 7"
        ));
        // the whole range in the answer, or a number of its own
        assert!(!split(
            &DUTCH,
            "De meeste soorten bereiken een lengte van 7 tot 13 cm.",
            "wat bereiken de meeste soorten",
            "lengte van 7 tot 13 cm"
        ));
        assert!(!split(
            &ENGLISH,
            "The queen lives 7 years and lays 13 eggs.",
            "how many years does the queen live",
            "7"
        ));
    }
}
