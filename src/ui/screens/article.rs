//! One section of the clinic's article, word for word.

use yew::prelude::*;

use crate::content::SectionId;
use crate::ui::words::Words;

/// The paragraphs and numbered items of a section (its title is rendered by the caller,
/// at the heading level that fits where it appears).
pub fn section_text(words: Words, section: SectionId) -> Html {
    let section = words.section(section);
    let paragraphs = section
        .paragraphs
        .iter()
        .map(|sentences| html! { <p>{ sentences.join(" ") }</p> });
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
