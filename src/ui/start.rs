//! What the guide does, how long it takes, and the privacy promise, then Start.

use yew::prelude::*;

use super::guide::PageHeading;
use super::state::Msg;
use super::text::Words;
use crate::content::QuestionId;
use crate::engine::Screen;

#[derive(Properties, PartialEq)]
pub struct StartProps {
    pub words: Words,
    pub send: Callback<Msg>,
}

#[function_component]
pub fn StartPage(props: &StartProps) -> Html {
    let ui = &props.words.ui;
    let onclick = props
        .send
        .reform(|_| Msg::Go(Screen::Question(QuestionId(0))));
    html! {
        <>
            <PageHeading text={ui.start_heading} />
            <p class="lead">{ ui.start_intro }</p>
            <ul class="start-facts">
                <li>{ ui.start_time }</li>
                <li>{ ui.start_privacy }</li>
                <li>{ ui.start_not_advice }</li>
            </ul>
            <button type="button" class="button button-start" {onclick}>{ ui.start_button }</button>
        </>
    }
}
