//! Lenient comparison of a typed answer with the expected one. Pure.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::model::Grade;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Nothing was typed.
    Empty,
    /// Equal once case, accents, spacing and punctuation are ignored.
    Correct,
    /// A small typo away from the answer.
    Near,
    Wrong,
}

impl Verdict {
    /// The grade offered when the learner just presses Enter in type mode.
    pub fn suggested_grade(self) -> Grade {
        let value = match self {
            Verdict::Correct => 4,
            Verdict::Near => 3,
            Verdict::Wrong => 1,
            Verdict::Empty => 0,
        };
        Grade::new(value).unwrap_or(Grade::ALL[0])
    }
}

/// Lowercase, accents removed, punctuation dropped, whitespace collapsed.
fn fold(text: &str) -> String {
    let stripped: String = text
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .flat_map(char::to_lowercase)
        .collect();
    stripped.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The forms an answer may be given in: the whole answer, and for "long form (SHORT)" either
/// part alone.
fn accepted_forms(expected: &str) -> Vec<String> {
    let mut forms = vec![fold(expected)];
    if let (Some(open), Some(close)) = (expected.find('('), expected.rfind(')'))
        && open < close
    {
        forms.push(fold(&expected[open + 1..close]));
        let outside = format!("{} {}", &expected[..open], &expected[close + 1..]);
        forms.push(fold(&outside));
    }
    forms.retain(|f| !f.is_empty());
    forms
}

/// Levenshtein distance over chars, stopping early past `limit`.
fn distance_within(a: &str, b: &str, limit: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut row = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            row[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(row[j] + 1);
        }
        if row.iter().min().is_some_and(|m| *m > limit) {
            return None;
        }
        std::mem::swap(&mut prev, &mut row);
    }
    Some(prev[b.len()]).filter(|d| *d <= limit)
}

pub fn check(typed: &str, expected: &str) -> Verdict {
    let typed = fold(typed);
    if typed.is_empty() {
        return Verdict::Empty;
    }
    let forms = accepted_forms(expected);
    if forms.contains(&typed) {
        return Verdict::Correct;
    }
    // One typo per five characters, at least one, counts as a near miss.
    let near = forms.iter().any(|f| {
        let limit = (f.chars().count() / 5).max(1);
        distance_within(&typed, f, limit).is_some()
    });
    if near { Verdict::Near } else { Verdict::Wrong }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ignores_case_accents_spacing_and_punctuation() {
        assert_eq!(
            check("Matrix gla proteine (mgp)", "matrix Gla-proteïne (MGP)"),
            Verdict::Correct
        );
        assert_eq!(check("  180 μg ", "180 μg"), Verdict::Correct);
        assert_eq!(check("Osteocalcine.", "osteocalcine"), Verdict::Correct);
    }

    #[test]
    fn either_part_of_a_parenthesised_answer_counts() {
        assert_eq!(check("MGP", "matrix Gla-proteïne (MGP)"), Verdict::Correct);
        assert_eq!(
            check("matrix gla-proteïne", "matrix Gla-proteïne (MGP)"),
            Verdict::Correct
        );
    }

    #[test]
    fn a_typo_is_a_near_miss() {
        assert_eq!(check("osteocalcin", "osteocalcine"), Verdict::Near);
        assert_eq!(check("menaquinone", "menaquinonen"), Verdict::Near);
        assert_eq!(check("MK-4", "MK-7"), Verdict::Near);
    }

    #[test]
    fn something_else_is_wrong_and_nothing_is_empty() {
        assert_eq!(check("calcium", "osteocalcine"), Verdict::Wrong);
        assert_eq!(check("  ", "osteocalcine"), Verdict::Empty);
        assert_eq!(check("...", "x"), Verdict::Empty);
    }

    #[test]
    fn suggestions() {
        assert_eq!(Verdict::Correct.suggested_grade().value(), 4);
        assert_eq!(Verdict::Near.suggested_grade().value(), 3);
        assert_eq!(Verdict::Wrong.suggested_grade().value(), 1);
        assert_eq!(Verdict::Empty.suggested_grade().value(), 0);
    }
}
