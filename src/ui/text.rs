//! Small pieces of wording shared by several screens.

use yew::AttrValue;

use crate::content::{Choice, GUIDE, Level, Locale, fill};
use crate::engine::Screen;
use crate::engine::flow::question_number;

use super::state::{GuideState, Problem};

/// "Question 3" (no total: see [`question_number`]).
pub fn progress_label(
    words: &Locale,
    state: &GuideState,
    question: crate::content::QuestionId,
) -> String {
    let number = question_number(&GUIDE, &state.answers, question);
    fill(words.ui.progress, &[("number", &number.to_string())])
}

/// The answers to one question, in the patient's words.
pub fn chosen_options(words: &Locale, choices: impl Iterator<Item = Choice>) -> Vec<&'static str> {
    choices.map(|c| words.option(c)).collect()
}

/// The document title, so that each step is announced and tabs are told apart:
/// "Question 3 – How long have you had this pain? – Relief Guide".
pub fn page_title(words: &Locale, state: &GuideState) -> AttrValue {
    let ui = &words.ui;
    let page = match (&state.problem, state.screen) {
        (Some(Problem::DamagedLink(_)), _) => ui.problem_link_heading.to_owned(),
        (Some(Problem::UnknownPage), _) => ui.problem_page_heading.to_owned(),
        (None, Screen::Start) => ui.start_heading.to_owned(),
        (None, Screen::Question(q)) => {
            let heading = format!(
                "{} – {}",
                progress_label(words, state, q),
                words.question(q).question
            );
            if state.nothing_chosen {
                format!("{} {heading}", ui.error_prefix)
            } else {
                heading
            }
        }
        (None, Screen::Check) => ui.check_heading.to_owned(),
        (None, Screen::Results) => {
            let found = crate::engine::results::results(&GUIDE, &state.answers);
            results_heading(words, &found).to_owned()
        }
        (None, Screen::Card(level)) => card_words(words, level).heading.to_owned(),
        (None, Screen::OutOfScope) => ui.scope_heading.to_owned(),
        (None, Screen::StartAgain) => ui.start_again_heading.to_owned(),
    };
    fill(ui.page_title, &[("page", &page)]).into()
}

/// The results page's heading: honest when no part of the article relates to the answers.
pub fn results_heading(words: &Locale, found: &crate::engine::results::Results) -> &'static str {
    if found.relevant.is_empty() {
        words.ui.results_none_heading
    } else {
        words.ui.results_heading
    }
}

/// The words of one level's card, and the number its button calls.
pub struct CardWords {
    pub heading: &'static str,
    pub action: &'static str,
    pub call: &'static str,
    pub detail: &'static str,
    pub number: &'static str,
}

pub fn card_words(words: &Locale, level: Level) -> CardWords {
    let (ui, clinic) = (&words.ui, &GUIDE.clinic);
    match level {
        Level::Emergency => CardWords {
            heading: ui.card_emergency_heading,
            action: ui.card_emergency_action,
            call: ui.card_emergency_call,
            detail: ui.card_emergency_detail,
            number: clinic.emergency_number,
        },
        Level::Urgent => CardWords {
            heading: ui.card_urgent_heading,
            action: ui.card_urgent_action,
            call: ui.card_urgent_call,
            detail: ui.card_urgent_detail,
            number: clinic.urgent_line,
        },
        Level::Soon => CardWords {
            heading: ui.card_soon_heading,
            action: ui.card_soon_action,
            call: ui.card_soon_call,
            detail: ui.card_soon_detail,
            number: clinic.phone,
        },
    }
}
