//! Warning signs win over everything: what to do now, shown instead of any results.

use std::rc::Rc;

use yew::prelude::*;

use super::guide::{GuideLink, PageHeading};
use super::state::{GuideState, Msg};
use super::text::{Words, chosen_options};
use crate::content::GUIDE;
use crate::engine::Screen;

#[derive(Properties, PartialEq)]
pub struct UrgentProps {
    pub state: Rc<GuideState>,
    pub words: Words,
    pub send: Callback<Msg>,
}

#[function_component]
pub fn UrgentPage(props: &UrgentProps) -> Html {
    let UrgentProps { state, words, send } = props;
    let ui = &words.ui;
    let signs = chosen_options(words, state.answers.warning_signs(&GUIDE));
    // The question holding the warning sign, so a mistaken tick can be undone.
    let warning_question = state
        .answers
        .warning_signs(&GUIDE)
        .next()
        .map(|c| c.question);
    html! {
        <div class="urgent">
            <PageHeading text={ui.urgent_heading} />
            <p class="lead">{ ui.urgent_lead }</p>
            <p class="urgent-action"><strong>{ ui.urgent_action }</strong></p>
            <h2>{ ui.urgent_why }</h2>
            <ul class="urgent-signs">{ for signs.iter().map(|s| html! { <li>{ *s }</li> }) }</ul>
            <p>{ ui.urgent_not_results }</p>
            <div class="actions no-print">
                if let Some(question) = warning_question {
                    <GuideLink to={Screen::Question(question)} msg={Msg::Go(Screen::Question(question))} send={send.clone()}>
                        { ui.urgent_mistake }
                    </GuideLink>
                }
                <button type="button" class="button button-secondary" onclick={send.reform(|_| Msg::StartAgain)}>
                    { ui.start_again }
                </button>
            </div>
        </div>
    }
}
