//! Warning signs win over everything: what to do now, shown instead of any results.

use yew::prelude::*;

use super::guide::{Page, guide_link, page_heading};
use super::state::Msg;
use super::text::chosen_options;
use crate::content::GUIDE;
use crate::engine::Screen;

pub fn urgent_page(page: Page) -> Html {
    let Page { state, words, send } = page;
    let ui = &words.ui;
    let signs = chosen_options(&words, state.answers.warning_signs(&GUIDE));
    // The question holding the warning sign, so a mistaken tick can be undone.
    let warning_question = state
        .answers
        .warning_signs(&GUIDE)
        .next()
        .map(|c| Screen::Question(c.question));
    html! {
        <div class="urgent">
            { page_heading(ui.urgent_heading) }
            <p class="lead">{ ui.urgent_lead }</p>
            <p class="urgent-action"><strong>{ ui.urgent_action }</strong></p>
            <h2>{ ui.urgent_why }</h2>
            <ul class="urgent-signs">{ for signs.iter().map(|s| html! { <li>{ *s }</li> }) }</ul>
            <p>{ ui.urgent_not_results }</p>
            <div class="actions no-print">
                if let Some(question) = warning_question {
                    { guide_link(send, question, Msg::Go(question), Html::from(ui.urgent_mistake)) }
                }
                <button type="button" class="button button-secondary" onclick={send.reform(|_| Msg::StartAgain)}>
                    { ui.start_again }
                </button>
            </div>
        </div>
    }
}
