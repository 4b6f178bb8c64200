//! A counted kind needs its "of" (round 24): "There are five types, or categories, of
//! hurricanes" gave *How many types are there?*, and "In totaal zijn er ruim 8200
//! beschreven soorten" *Hoeveel beschreven soorten zijn er in totaal?*: types of what? A
//! relational head ("types", "soorten", "forms") without its own "of"/"van" phrase takes
//! the section's or the text's topic; with no topic the question is not asked.

use super::Ctx;

/// The counted phrase `np0..np_end` with what it is a kind of: itself when it names that
/// already, with "of <topic>" when its head is relational, none when no topic is known.
pub fn complete(cx: &Ctx, np0: usize, np_end: usize) -> Option<String> {
    let toks = cx.toks();
    let np = cx.sp(np0, np_end);
    let head = toks[np_end - 1].lower.as_str();
    if !cx.lex().relational.contains(&head)
        || toks[np0..np_end].iter().any(|t| t.is("of") || t.is("van"))
    {
        return Some(np.to_string());
    }
    let topic = cx.a.topic_for(cx.s)?;
    Some(format!("{np} {}", cx.a.lang.of_topic(topic)))
}
