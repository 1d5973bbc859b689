//! One section of the clinic's article, word for word.

use yew::prelude::*;

use super::text::Words;
use crate::content::SectionId;

#[derive(Properties, PartialEq)]
pub struct SectionTextProps {
    pub section: SectionId,
    pub words: Words,
}

/// The paragraphs and numbered items of a section (its title is rendered by the caller,
/// at the heading level that fits where it appears).
#[function_component]
pub fn SectionText(props: &SectionTextProps) -> Html {
    let section = props.words.section(props.section);
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
