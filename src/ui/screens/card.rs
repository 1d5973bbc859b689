//! Warning-sign cards (NHS 111-style care cards): one action for the level first, with a
//! button that calls the right number, then a translation's review notice, then the signs the
//! patient chose. Also the card for pain
//! the guide is not about.

use yew::prelude::*;

use crate::content::{GUIDE, Level, ReviewedAdvice, with_clinic};
use crate::engine::Screen;
use crate::engine::triage::signs;
use crate::ui::state::Msg;
use crate::ui::text::{CardWords, card_words, chosen_options};
use crate::ui::widgets::{
    Page, guide_link, list_item, page_heading, paragraph, review_notice, strong,
};

pub fn card_page(page: Page, level: Level) -> Html {
    let Page { state, words, send } = page;
    let ui = &words.ui;
    let card = card_words(&words, level);
    let chosen = signs(&GUIDE, &state.answers);
    let listed = chosen_options(&words, chosen.iter().copied());
    // The question holding the first sign, so a mistaken tick can be undone.
    let first_question = chosen.first().map(|c| Screen::Question(c.question));
    // A translation no clinician has checked yet also shows the advice as checked, in English.
    let checked = words.reviewed_advice.map(|advice| reviewed(advice, level));
    html! {
        <div class="card" data-level={level_name(level)}>
            { page_heading(card.heading) }
            { action(&card) }
            { review_notice(words) }
            if let Some((lang, action, detail)) = checked {
                <div class="inset-text reviewed-advice">
                    { paragraph(ui.card_english) }
                    <p {lang}>{ strong(with_clinic(action)) }</p>
                    <p {lang}>{ with_clinic(detail) }</p>
                </div>
            }
            <h2>{ ui.card_signs }</h2>
            <ul class="card-signs">{ for listed.iter().map(|s| list_item(*s)) }</ul>
            if level == Level::Soon {
                <p>
                    <button type="button" class="button" onclick={send.reform(|_| Msg::Go(Screen::Check))}>
                        { ui.card_soon_continue }
                    </button>
                </p>
            } else {
                { paragraph(ui.card_not_results) }
            }
            <div class="actions no-print">
                if let Some(question) = first_question {
                    { guide_link(send, question, Msg::Go(question), Html::from(ui.urgent_mistake)) }
                }
            </div>
        </div>
    }
}

/// The checked advice of `level`'s card: its language, action and detail.
fn reviewed(advice: &ReviewedAdvice, level: Level) -> (&'static str, &'static str, &'static str) {
    let (action, detail) = match level {
        Level::Emergency => (advice.card_emergency_action, advice.card_emergency_detail),
        Level::Urgent => (advice.card_urgent_action, advice.card_urgent_detail),
        Level::Soon => (advice.card_soon_action, advice.card_soon_detail),
    };
    (advice.lang, action, detail)
}

/// The card's level for the stylesheet: an attribute, not a class, because Yew builds a dynamic
/// class into a hash set (`Classes`), whose code the wasm would carry for this one use.
fn level_name(level: Level) -> &'static str {
    match level {
        Level::Emergency => "emergency",
        Level::Urgent => "urgent",
        Level::Soon => "soon",
    }
}

/// The one action, then the call button and the detail ("Do not drive yourself").
fn action(card: &CardWords) -> Html {
    let href = format!("tel:{}", dialable(card.number));
    html! {
        <>
            <p class="card-action">{ strong(with_clinic(card.action)) }</p>
            <p><a class="button button-call" {href}>{ with_clinic(card.call) }</a></p>
            <p class="card-detail">{ with_clinic(card.detail) }</p>
        </>
    }
}

/// A number as a `tel:` link wants it: digits and a leading `+` only.
pub fn dialable(number: &str) -> String {
    number
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect()
}

/// The pain is only where the guide does not cover: say so, and offer the article.
pub fn out_of_scope_page(page: Page) -> Html {
    let Page { state, words, send } = page;
    let ui = &words.ui;
    let where_question = crate::engine::flow::previous(&GUIDE, &state.answers, Screen::OutOfScope);
    html! {
        <div class="card">
            { page_heading(ui.scope_heading) }
            <p class="lead">{ ui.scope_text }</p>
            <p><a class="button button-call" href={format!("tel:{}", dialable(GUIDE.clinic.phone))}>
                { with_clinic(ui.card_soon_call) }
            </a></p>
            <div class="actions no-print">
                { guide_link(send, where_question, Msg::Go(where_question), Html::from(ui.urgent_mistake)) }
            </div>
        </div>
    }
}
