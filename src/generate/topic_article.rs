//! "Het oor, Latijn: auris, is een orgaan … . Het is het uitwendige orgaan …": "Het" is
//! resolved to the section's topic, and a heading is a bare word ("Oor"). When the sentence
//! before opens with the same thing and its article ("Het oor", "Een regenboog"), that
//! phrase is the one to put back: *Wat is het oor?*, not *Wat is oor?*. A mass noun or a
//! name the text uses bare ("Rubidium is …") keeps its bare form.

use super::tokens::{Kind, Tok, span};

/// Articles a subject may open with.
const ARTICLES: &[&str] = &["de", "het", "een", "the", "a", "an"];

/// The opening "article + `topic`" of the sentence before (`text`, `toks`), when a comma or
/// a finite verb follows it: that sentence's subject is the topic with its article.
pub fn with_article(topic: &str, text: &str, toks: &[Tok]) -> Option<String> {
    // cheap tests first: a bare one-word topic, a sentence that opens with an article
    if topic.contains(' ')
        || !toks
            .first()
            .is_some_and(|t| ARTICLES.contains(&t.lower.as_str()))
    {
        return None;
    }
    let noun = toks.get(1)?;
    let next = toks.get(2)?;
    let closed = next.is_punct(",") || next.finite() && next.kind == Kind::Word;
    (closed && noun.lower.eq_ignore_ascii_case(topic)).then(|| span(text, toks, 0, 2).to_string())
}

#[cfg(test)]
mod tests {
    use super::with_article;
    use crate::generate::lang::{DUTCH, ENGLISH, Language};

    fn article(lang: &dyn Language, topic: &str, prev: &str) -> Option<String> {
        with_article(topic, prev, &lang.lex().tokenize(prev))
    }

    #[test]
    fn a_bare_topic_takes_the_article_the_sentence_before_gives_it() {
        assert_eq!(
            article(&DUTCH, "Oor", "Het oor, Latijn: auris, is een orgaan.").as_deref(),
            Some("Het oor")
        );
        assert_eq!(
            article(&DUTCH, "Regenboog", "Een regenboog is een cirkelboog.").as_deref(),
            Some("Een regenboog")
        );
        assert_eq!(
            article(&ENGLISH, "Ear", "The ear is an organ.").as_deref(),
            Some("The ear")
        );
    }

    #[test]
    fn a_topic_used_bare_or_another_subject_stays() {
        assert_eq!(
            article(&DUTCH, "Rubidium", "Rubidium is een element."),
            None
        );
        assert_eq!(
            article(&DUTCH, "Oor", "Het trommelvlies is een vlies."),
            None
        );
        assert_eq!(article(&DUTCH, "oor", "Het oor van de kat is groot."), None);
        assert_eq!(article(&ENGLISH, "Ear", "The inner ear is small."), None);
        assert_eq!(article(&ENGLISH, "het oor", "The ear is small."), None);
    }
}
