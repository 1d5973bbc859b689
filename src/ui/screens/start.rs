//! What the guide does, who it is for, how long it takes, and the privacy promise, then Start.
//! Also the question "Start again" asks before it clears the answers.

use yew::prelude::*;

use crate::content::QuestionId;
use crate::engine::Screen;
use crate::ui::state::Msg;
use crate::ui::widgets::{Page, guide_link, list_item, page_heading, paragraph, start_button};

pub fn start_page(page: Page) -> Html {
    let ui = &page.words.ui;
    let first = Screen::Question(QuestionId(0));
    html! {
        <>
            { page_heading(ui.start_heading) }
            if page.state.answers_cleared() {
                <p class="inset-text" role="status">{ ui.answers_cleared }</p>
            }
            <p class="lead">{ ui.start_intro }</p>
            { paragraph(ui.scope_who_for) }
            <ul class="start-facts">
                { list_item(ui.start_time) }
                { list_item(ui.start_privacy) }
                { list_item(ui.start_not_advice) }
            </ul>
            // A link, so that a tap works from the moment the prerendered screen is painted: the
            // app, when it starts, opens the address the tap went to.
            { start_button(page.send, first, ui.start_button) }
        </>
    }
}

/// GOV.UK's confirmation before an action that cannot be undone: clearing the answers is the
/// warning button, keeping them the link back to the results.
pub fn start_again_page(page: Page) -> Html {
    let ui = &page.words.ui;
    html! {
        <>
            { page_heading(ui.start_again_heading) }
            <div class="actions">
                <button type="button" class="button button-warning" onclick={page.send.reform(|_| Msg::ClearAnswers)}>
                    { ui.start_again_confirm }
                </button>
                { guide_link(page.send, Screen::Results, Msg::Go(Screen::Results), Html::from(ui.start_again_cancel)) }
            </div>
        </>
    }
}
