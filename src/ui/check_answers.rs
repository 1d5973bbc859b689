//! GOV.UK "Check your answers": every answer with a Change link that returns here.

use std::rc::Rc;

use yew::prelude::*;

use super::guide::{GuideLink, PageHeading};
use super::state::{GuideState, Msg};
use super::text::Words;
use crate::content::GUIDE;
use crate::engine::Screen;
use crate::engine::flow::{is_asked, previous, question_ids};

#[derive(Properties, PartialEq)]
pub struct CheckAnswersProps {
    pub state: Rc<GuideState>,
    pub words: Words,
    pub send: Callback<Msg>,
}

#[function_component]
pub fn CheckAnswersPage(props: &CheckAnswersProps) -> Html {
    let CheckAnswersProps { state, words, send } = props;
    let ui = &words.ui;
    let back = previous(&GUIDE, &state.answers, Screen::Check);
    html! {
        <>
            <GuideLink to={back} msg={Msg::Go(back)} send={send.clone()} class="back-link">{ ui.back }</GuideLink>
            <PageHeading text={ui.check_heading} />
            <p>{ ui.check_intro }</p>
            <AnswerList state={state.clone()} words={*words} send={Some(send.clone())} />
            <button type="button" class="button" onclick={send.reform(|_| Msg::Go(Screen::Results))}>
                { ui.check_submit }
            </button>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct AnswerListProps {
    pub state: Rc<GuideState>,
    pub words: Words,
    /// With a sender, each row has a Change link.
    pub send: Option<Callback<Msg>>,
}

/// The patient's answers as a summary list; also printed with the results.
#[function_component]
pub fn AnswerList(props: &AnswerListProps) -> Html {
    let AnswerListProps { state, words, send } = props;
    let rows = question_ids(&GUIDE)
        .filter(|&q| is_asked(&GUIDE, &state.answers, q))
        .filter_map(|q| Some((q, state.answers.get(q)?)))
        .map(|(q, set)| {
            let text = words.question(q);
            let answers = set.iter().map(|o| html! { <li>{ text.options[usize::from(o.0)] }</li> });
            let change = send.as_ref().map(|send| {
                html! {
                    <dd class="summary-actions">
                        <GuideLink to={Screen::Question(q)} msg={Msg::Change(q)} send={send.clone()}>
                            { words.ui.check_change }
                            <span class="visually-hidden">{ " " }{ text.short }</span>
                        </GuideLink>
                    </dd>
                }
            });
            html! {
                <div class="summary-row">
                    <dt class="summary-key">{ text.short }</dt>
                    <dd class="summary-value"><ul class="plain-list">{ for answers }</ul></dd>
                    { for change }
                </div>
            }
        });
    html! { <dl class="summary-list">{ for rows }</dl> }
}
