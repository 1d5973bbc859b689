//! One section of the clinic's article, word for word.

use yew::prelude::*;

use crate::content::SectionId;
use crate::ui::words::Words;

/// The paragraphs and numbered items of a section (its title is rendered by the caller,
/// at the heading level that fits where it appears). The sentences at the positions in
/// `marked` (a rule's evidence) are marked where they stand, instead of being quoted again.
pub fn section_text(words: Words, section: SectionId, marked: &[usize]) -> Html {
    let section = words.section(section);
    // Evidence counts sentences across paragraphs: where each paragraph starts.
    let starts = section.paragraphs.iter().scan(0, |at, sentences| {
        let start = *at;
        *at += sentences.len();
        Some(start)
    });
    let paragraphs = section
        .paragraphs
        .iter()
        .zip(starts)
        .map(|(sentences, start)| {
            let sentences = sentences.iter().enumerate().map(|(n, &sentence)| {
                let space = if n == 0 { "" } else { " " };
                if marked.contains(&(start + n)) {
                    html! { <>{ space }<mark>{ sentence }</mark></> }
                } else {
                    html! { <>{ space }{ sentence }</> }
                }
            });
            html! { <p>{ for sentences }</p> }
        });
    let items = section.items.iter().map(|item| {
        html! { <li><strong>{ item.title }{ ":" }</strong>{ " " }{ item.text }</li> }
    });
    html! {
        <div class="article-text">
            { for paragraphs }
            if !section.items.is_empty() {
                <ol class="article-items">{ for items }</ol>
            }
        </div>
    }
}
