//! One section of the clinic's article, word for word, as the page carries it.

use yew::prelude::*;

use crate::content::SectionId;
use crate::ui::fallback::{SECTION_TEXT, SENTENCE};

/// The paragraphs and numbered items of a section (its title is rendered by the caller,
/// at the heading level that fits where it appears), taken from `article`, the whole article
/// as the page carries it ([`crate::ui::fallback::saved_copy`]). The sentences at the positions
/// in `marked` (a rule's evidence) are marked where they stand, instead of being quoted again.
pub fn section_text(article: &str, section: SectionId, marked: &[usize]) -> Html {
    Html::from_html_unchecked(section_html(article, section, marked).into())
}

/// [`section_text`]'s HTML: the section's text as `article` has it, each sentence at a position
/// in `marked` in a `<mark>` instead of its plain element. Empty if `article` has no such
/// section.
pub fn section_html(article: &str, section: SectionId, marked: &[usize]) -> String {
    let (open, close) = SENTENCE;
    let mut rest = article;
    for _ in 0..=usize::from(section.0) {
        match find(rest, SECTION_TEXT) {
            Some(at) => rest = &rest[at + SECTION_TEXT.len()..],
            None => return String::new(),
        }
    }
    // A section's text holds paragraphs and a list, never another division.
    let Some(end) = find(rest, "</div>") else {
        return String::new();
    };
    let mut text = &rest[..end];
    let mut html = String::from(SECTION_TEXT);
    // Evidence counts sentences across the section's paragraphs, as the article's HTML has them.
    let mut at = 0;
    while let Some(start) = find(text, open) {
        let from_sentence = &text[start + open.len()..];
        let Some(length) = find(from_sentence, close) else {
            break;
        };
        let (before, after) = match marked.contains(&at) {
            true => ("<mark>", "</mark>"),
            false => SENTENCE,
        };
        html += &text[..start];
        html += before;
        html += &from_sentence[..length];
        html += after;
        text = &from_sentence[length + close.len()..];
        at += 1;
    }
    html + text + "</div>"
}

/// Where `needle` first starts in `text`. By hand: core's search for a string brings its
/// Two-Way searcher into the wasm, 2 KB of code (issue 13's byte budget), for these few
/// searches of a short text.
fn find(text: &str, needle: &str) -> Option<usize> {
    text.as_bytes()
        .windows(needle.len())
        .position(|window| window == needle.as_bytes())
}
