//! One question per screen (GOV.UK question page): the question is the `<h1>` inside the
//! `<legend>`, options are real radio buttons or tick boxes, and Continue with nothing chosen
//! shows an error summary that links to the first option.

use yew::prelude::*;

use crate::content::{Choose, GUIDE, OptionId, QuestionId};
use crate::engine::Screen;
use crate::engine::flow::previous;
use crate::platform::document;
use crate::ui::ERROR_SUMMARY_ID;
use crate::ui::state::Msg;
use crate::ui::text::progress_label;
use crate::ui::widgets::{Page, back_link, list_item, page_heading, paragraph};
use crate::ui::words::Words;

/// The element id of an option: its question's id and its code (unique in the question; the
/// option's own id is not in the wasm).
fn option_id(question: QuestionId, option: OptionId) -> String {
    let question = GUIDE.question(question);
    format!(
        "{}-{}",
        question.id,
        question.options[usize::from(option.0)].code
    )
}

pub fn question_page(page: Page, question: QuestionId) -> Html {
    let Page { state, words, send } = page;
    let (q, text, ui) = (
        GUIDE.question(question),
        words.question(question),
        &words.ui,
    );
    let name = q.id;
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let first_option = option_id(question, OptionId(0));
    let error_text = match q.choose {
        Choose::One => ui.error_choose_one,
        Choose::Many => ui.error_choose_many,
    };
    let described_by = [
        (!text.hint.is_empty()).then(|| hint_id.clone()),
        state.nothing_chosen.then(|| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");

    let onsubmit = send.reform(|event: SubmitEvent| {
        event.prevent_default();
        Msg::Continue
    });
    let back = previous(&GUIDE, &state.answers, Screen::Question(question));
    let input_type = match q.choose {
        Choose::One => "radio",
        Choose::Many => "checkbox",
    };

    let options = q.options.iter().enumerate().map(|(index, option)| {
        let option_ix = OptionId(index as u8);
        let id = option_id(question, option_ix);
        let onchange = send.reform(move |_: Event| Msg::Toggle(option_ix));
        let divider = (option.exclusive && index > 0).then(|| html! { <p class="choices-divider">{ ui.or }</p> });
        html! {
            <>
                { for divider }
                <div class="choice">
                    <input class="choice-input" type={input_type} id={id.clone()} name={name} value={option.code}
                        checked={state.draft.contains(option_ix)} {onchange} />
                    <label class="choice-label" for={id}>{ text.options[index] }</label>
                </div>
            </>
        }
    });

    let fieldset = html! {
        <fieldset class="fieldset" aria-describedby={(!described_by.is_empty()).then_some(described_by)}>
            <legend class="fieldset-legend">
                { page_heading(text.question) }
            </legend>
            if !text.hint.is_empty() {
                <p id={hint_id} class="hint">{ text.hint }</p>
            }
            if state.nothing_chosen {
                <p id={error_id} class="error-message">
                    <span class="visually-hidden">{ ui.error_prefix }{" "}</span>{ error_text }
                </p>
            }
            <div class="choices">{ for options }</div>
        </fieldset>
    };
    html! {
        <>
            { back_link(page, back) }
            if state.nothing_chosen {
                { error_summary(words, error_text, &first_option) }
            }
            if !state.to_answer_again.is_empty() {
                { answer_again(words, &state.to_answer_again) }
            }
            <p class="progress">{ progress_label(&words, state, question) }</p>
            <form class="question-form" {onsubmit} novalidate=true>
                // GOV.UK marks the whole group in error with a class; as a class list of its
                // own it would need Yew's Classes (and their code) for one toggle.
                if state.nothing_chosen {
                    <div class="form-group form-group-error">{ fieldset }</div>
                } else {
                    <div class="form-group">{ fieldset }</div>
                }
                <button type="submit" class="button">{ ui.continue_button }</button>
            </form>
        </>
    }
}

/// After a share link from an older version of the guide: which answers it could not keep.
fn answer_again(words: Words, questions: &[QuestionId]) -> Html {
    let ui = &words.ui;
    html! {
        <div class="notice" role="status">
            <h2 class="notice-title">{ ui.answer_again_heading }</h2>
            { paragraph(ui.answer_again_text) }
            <ul>
                { for questions.iter().map(|&q| list_item(words.question(q).short)) }
            </ul>
        </div>
    }
}

/// GOV.UK error summary: announced and focused; its link moves focus to `target`, the id of the
/// field the error is about, without changing the address (the fragment is the guide's own
/// navigation).
fn error_summary(words: Words, message: &'static str, target: &str) -> Html {
    let href = format!("#{target}");
    let target = target.to_owned();
    let onclick = Callback::from(move |event: MouseEvent| {
        event.prevent_default();
        document::focus(&target);
    });
    html! {
        <div id={ERROR_SUMMARY_ID} class="error-summary" role="alert" tabindex="-1"
            aria-labelledby="error-summary-title">
            <h2 id="error-summary-title" class="error-summary-title">{ words.ui.error_summary_heading }</h2>
            <ul class="error-summary-list">
                <li><a {href} {onclick}>{ message }</a></li>
            </ul>
        </div>
    }
}
