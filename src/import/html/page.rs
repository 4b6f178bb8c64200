//! A saved web page read as a document for `recall generate`. `html_to_text` renders an Anki
//! field, where a block element is a line break; in a page, a paragraph, heading or list is a
//! block of its own. So blocks get a blank line around them and list items a bullet, and the
//! generator's normaliser then finds paragraphs, headings and lists as in a text file.

use super::{find_ci, html_to_text};

/// Elements that stand as paragraphs of their own in a page.
const PARAGRAPHS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "dl",
    "table",
    "div",
    "section",
    "article",
    "header",
    "footer",
    "main",
    "nav",
    "aside",
    "blockquote",
    "pre",
    "figure",
    "title",
];

/// The text of a web page, its blocks separated by blank lines and its list items bulleted.
pub fn page_to_text(html: &str) -> String {
    let mut marked = String::with_capacity(html.len() + html.len() / 8);
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        let after = &rest[open + 1..];
        let name_start = usize::from(after.starts_with('/'));
        let name: String = after[name_start..]
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect();
        marked.push_str(&rest[..open]);
        // script and style bodies may hold '<' that is no tag: copied whole, for html_to_text
        if name_start == 0 && (name == "script" || name == "style") {
            let end = find_ci(after, &format!("</{name}")).map_or(after.len(), |e| e);
            marked.push_str(&rest[open..open + 1 + end]);
            rest = &after[end..];
            continue;
        }
        if PARAGRAPHS.contains(&name.as_str()) {
            marked.push_str("<br><br>");
        } else if name == "li"
            && name_start == 0
            && let Some(gt) = after.find('>')
        {
            // the bullet after the tag: `li` is a block, which starts a new line itself
            marked.push('<');
            marked.push_str(&after[..=gt]);
            marked.push_str("• ");
            rest = &after[gt + 1..];
            continue;
        }
        marked.push('<');
        rest = after;
    }
    marked.push_str(rest);
    html_to_text(&marked)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_become_paragraphs_and_items_bullets() {
        let page = "<html><head><title>Volcanoes</title><script>if (a<b) x();</script></head>\
                    <body><h1>Volcanoes</h1><p>Vesuvius destroyed Pompeii in 79 AD.</p>\
                    <ul><li>lava</li><li>ash</li></ul><p>A <b>volcano</b> erupts.</p></body></html>";
        let text = page_to_text(page);
        assert_eq!(
            text.split("\n\n")
                .filter(|b| !b.trim().is_empty())
                .map(str::trim)
                .collect::<Vec<_>>(),
            [
                "Volcanoes",
                "Volcanoes",
                "Vesuvius destroyed Pompeii in 79 AD.",
                "• lava\n• ash",
                "A volcano erupts."
            ]
        );
    }
}
