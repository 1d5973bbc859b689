//! What the guide does, who it is for, how long it takes, and the privacy promise, then Start.

use yew::prelude::*;

use crate::content::QuestionId;
use crate::engine::Screen;
use crate::ui::state::Msg;
use crate::ui::widgets::{Page, page_heading, styled_guide_link};

pub fn start_page(page: Page) -> Html {
    let ui = &page.words.ui;
    let first = Screen::Question(QuestionId(0));
    html! {
        <>
            { page_heading(ui.start_heading) }
            <p class="lead">{ ui.start_intro }</p>
            <p>{ ui.scope_who_for }</p>
            <ul class="start-facts">
                <li>{ ui.start_time }</li>
                <li>{ ui.start_privacy }</li>
                <li>{ ui.start_not_advice }</li>
            </ul>
            // A link, so that a tap works from the moment the prerendered screen is painted: the
            // app, when it starts, opens the address the tap went to.
            { styled_guide_link(page.send, first, Msg::Go(first), Some("button button-start"), Html::from(ui.start_button)) }
        </>
    }
}
