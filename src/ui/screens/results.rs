//! The results: the article sections that fit the answers, each with why; the rest of the
//! article one click away; the notice that this is education, not a diagnosis; the next step.

use yew::prelude::*;

use super::article::section_text;
use super::check_answers::answer_list;
use crate::content::{GUIDE, Level, SectionId, fill, with_clinic};
use crate::engine::Screen;
use crate::engine::codec::encode;
use crate::engine::results::{Reason, Strength, results};
use crate::engine::route::share_fragment;
use crate::engine::triage;
use crate::platform::clipboard;
use crate::ui::state::Msg;
use crate::ui::text::{chosen_options, results_heading};
use crate::ui::widgets::{Page, guide_link, page_heading};
use crate::ui::words::Words;

/// `now` is the local date and time, for the printed copy; `page_address` is this page's address
/// without its fragment, for the share link.
pub fn results_page(page: Page, now: &str, page_address: &str) -> Html {
    let Page { state, words, send } = page;
    let ui = &words.ui;
    let found = results(&GUIDE, &state.answers);
    let share_link = format!(
        "{page_address}{}",
        share_fragment(&encode(&GUIDE, &state.answers))
    );

    let notes = found
        .notes
        .iter()
        .map(|n| html! { <p class="inset-text">{ words.notes[usize::from(n.0)] }</p> });
    let relevant = found.relevant.iter().map(|r| {
        let section = words.section(r.section);
        let heading_id = heading_id(words, r.section);
        let reasons = r.reasons.iter().map(|reason| reason_item(words, reason));
        html! {
            <li class="result">
                <section class="result-section" aria-labelledby={heading_id.clone()}>
                    <h2 id={heading_id} class="result-title">{ section.title }</h2>
                    { section_text(words, r.section) }
                    <div class="why">
                        <h3 class="why-title">{ ui.why_heading }</h3>
                        <ul class="why-list">{ for reasons }</ul>
                    </div>
                </section>
            </li>
        }
    });
    let others = found.others.iter().map(|&s| {
        html! {
            <details class="other-section">
                <summary>{ words.section(s).title }</summary>
                { section_text(words, s) }
            </details>
        }
    });

    let heading = results_heading(&words, &found);
    html! {
        <>
            { page_heading(heading) }
            <p class="print-only">{ fill(ui.printed_on, &[("date", now)]) }</p>
            <p class="print-only">{ with_clinic(ui.clinic_contact) }</p>
            if found.relevant.is_empty() {
                <p class="lead">{ ui.results_none }</p>
            } else {
                <p class="lead">{ ui.results_intro }</p>
            }
            { for notes }
            // A sign that needs a doctor within days stays in view on the results (a shared
            // link reaches them without passing its card).
            if triage::level(&GUIDE, &state.answers) == Some(Level::Soon) {
                <p class="inset-text">{ with_clinic(ui.card_soon_action) }</p>
            }
            <div class="notice" role="note" aria-labelledby="notice-title">
                <h2 id="notice-title" class="notice-title">{ ui.notice_heading }</h2>
                <p>{ ui.notice_text }</p>
            </div>
            if !found.relevant.is_empty() {
                <ul class="results-list">{ for relevant }</ul>
            }
            <section aria-labelledby="next-title" class="next-step">
                <h2 id="next-title">{ ui.next_heading }</h2>
                <p>{ words.notes[usize::from(found.next_step.0)] }</p>
                <p>{ with_clinic(ui.clinic_contact) }</p>
            </section>
            { safety_net(words) }
            <section aria-labelledby="not-covered-title" class="not-covered">
                <h2 id="not-covered-title">{ ui.not_covered_heading }</h2>
                <p>{ ui.not_covered_text }</p>
                <h3>{ ui.ask_heading }</h3>
                <ul>{ for ui.ask_questions.lines().map(|q| html! { <li>{ q }</li> }) }</ul>
            </section>
            <ShareAndPrint {words} {share_link} send={send.clone()} />
            <section aria-labelledby="others-title" class="others">
                <h2 id="others-title">{ ui.others_heading }</h2>
                <p>{ ui.others_intro }</p>
                { for others }
            </section>
            <section aria-labelledby="answers-title" class="your-answers">
                <h2 id="answers-title">{ ui.your_answers_heading }</h2>
                { answer_list(page, false) }
                <p class="no-print">
                    { guide_link(send, Screen::Check, Msg::Go(Screen::Check), Html::from(ui.change_answers)) }
                </p>
            </section>
        </>
    }
}

/// What to do if a warning sign appears later: on screen and on paper.
fn safety_net(words: Words) -> Html {
    let ui = &words.ui;
    let clinic = &GUIDE.clinic;
    html! {
        <section aria-labelledby="safety-net-title" class="safety-net">
            <h2 id="safety-net-title">{ ui.safety_net_heading }</h2>
            <p><strong>{ with_clinic(ui.safety_net_emergency) }</strong></p>
            <ul>{ for ui.safety_net_signs.lines().map(|sign| html! { <li>{ sign }</li> }) }</ul>
            <p><a class="button button-call no-print" href={format!("tel:{}", super::card::dialable(clinic.emergency_number))}>
                { with_clinic(ui.card_emergency_call) }
            </a></p>
            <p>{ with_clinic(ui.safety_net_urgent) }</p>
        </section>
    }
}

fn heading_id(words: Words, section: SectionId) -> String {
    format!("section-{}", words.section(section).id)
}

/// "You told us a doctor said you have: Herniated disc. The article says: “…”"
fn reason_item(words: Words, reason: &Reason) -> Html {
    let ui = &words.ui;
    let answers = chosen_options(&words, reason.choices.iter().copied()).join("; ");
    let template = match reason.strength {
        Strength::Diagnosis => ui.reason_doctor,
        Strength::Description | Strength::Background => ui.reason_answer,
    };
    let sentence = words
        .section(reason.rule.section)
        .sentences()
        .nth(reason.rule.evidence)
        .unwrap_or_default();
    let text = html! {
        <>
            <p class="reason-answer">{ fill(template, &[("answer", &answers)]) }</p>
            <p class="reason-article">{ ui.reason_article }</p>
            <blockquote class="reason-quote"><p>{ sentence }</p></blockquote>
        </>
    };
    if reason.strength == Strength::Diagnosis {
        html! { <li class="reason reason-doctor">{ text }</li> }
    } else {
        html! { <li class="reason">{ text }</li> }
    }
}

#[derive(Properties, PartialEq)]
struct ShareProps {
    words: Words,
    share_link: String,
    send: Callback<Msg>,
}

#[derive(Clone, Copy, PartialEq)]
enum Shared {
    NotYet,
    Copied,
    /// The clipboard refused: show the link to copy by hand.
    ByHand,
}

/// Print, copy a share link (answers only in the `#fragment`), start again.
#[function_component]
fn ShareAndPrint(props: &ShareProps) -> Html {
    let ShareProps {
        words,
        share_link,
        send,
    } = props;
    let ui = &words.ui;
    let shared = use_state(|| Shared::NotYet);
    let copy = {
        let (shared, link) = (shared.clone(), share_link.clone());
        Callback::from(move |_: MouseEvent| {
            let shared = shared.clone();
            clipboard::copy(link.clone(), move |ok| {
                shared.set(if ok { Shared::Copied } else { Shared::ByHand })
            });
        })
    };
    html! {
        <div class="actions no-print">
            <button type="button" class="button button-secondary" onclick={send.reform(|_| Msg::Print)}>
                { ui.print_button }
            </button>
            <button type="button" class="button button-secondary" onclick={copy}>{ ui.share_button }</button>
            <div class="share-status" role="status">
                if *shared == Shared::Copied {
                    <p>{ ui.share_copied }</p>
                } else if *shared == Shared::ByHand {
                    <label for="share-link">{ ui.share_manual }</label>
                    <input id="share-link" class="share-link" type="text" readonly=true value={share_link.clone()} />
                }
            </div>
            <button type="button" class="button button-warning" onclick={send.reform(|_| Msg::StartAgain)}>
                { ui.start_again }
            </button>
        </div>
    }
}
