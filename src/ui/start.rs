//! What the guide does, how long it takes, and the privacy promise, then Start.

use yew::prelude::*;

use super::guide::{Page, page_heading};
use super::state::Msg;
use crate::content::QuestionId;
use crate::engine::Screen;

pub fn start_page(page: Page) -> Html {
    let ui = &page.words.ui;
    let onclick = page
        .send
        .reform(|_| Msg::Go(Screen::Question(QuestionId(0))));
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
            <button type="button" class="button button-start" {onclick}>{ ui.start_button }</button>
        </>
    }
}
