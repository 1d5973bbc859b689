//! The results, shortest first so that they fit a phone's first screens: each related part of
//! the article in plain words with the answers it relates to; what to do next and what to do
//! if things change; then the article's own words, all of them one tap away; then the rest.

use yew::prelude::*;

use super::article::section_text;
use super::check_answers::answer_list;
use crate::content::{Choice, GUIDE, Level, SectionId, fill, with_clinic};
use crate::engine::Screen;
use crate::engine::codec::encode;
use crate::engine::results::{Relevant, results};
use crate::engine::route::share_fragment;
use crate::engine::triage;
use crate::platform::clipboard;
use crate::ui::HEADING_ID;
use crate::ui::state::{Msg, Shared};
use crate::ui::text::{chosen_options, results_heading};
use crate::ui::widgets::{Page, guide_link, list_item, page_heading, paragraph, strong, summary};
use crate::ui::words::Words;

/// `now` is the local date and time, for the printed copy; `page_address` is this page's address
/// without its fragment, for the share link; `article` is the whole article as the page carries
/// it, where the parts' words come from.
pub fn results_page(page: Page, now: &str, page_address: &str, article: &str) -> Html {
    let Page { state, words, send } = page;
    let ui = &words.ui;
    let found = results(&GUIDE, &state.answers);
    let share = Share {
        link: format!(
            "{page_address}{}",
            share_fragment(&encode(&GUIDE, &state.answers))
        ),
        // A file's address opens nothing on anyone else's device.
        this_device_only: page_address.starts_with("file:"),
    };

    let notes = found
        .notes
        .iter()
        .map(|n| html! { <p class="inset-text">{ words.notes[usize::from(n.0)] }</p> });
    let reasons: Vec<String> = found.relevant.iter().map(|r| because(words, r)).collect();
    let topics = found
        .relevant
        .iter()
        .zip(&reasons)
        .enumerate()
        .map(|(at, (r, reason))| {
            let section = words.section(r.section);
            // The same answers behind two parts: the second points to the first.
            let reason = match reasons[..at].iter().position(|earlier| earlier == reason) {
                Some(first) => fill(
                    ui.because_same,
                    &[("part", words.section(found.relevant[first].section).title)],
                ),
                None => reason.clone(),
            };
            html! {
                <li class="topic">
                    <h2 class="topic-title">{ section.title }</h2>
                    { paragraph(section.summary) }
                    <p class="because">{ reason }</p>
                </li>
            }
        });
    let article_words = found.relevant.iter().map(|r| {
        let evidence: Vec<usize> = r
            .reasons
            .iter()
            .map(|reason| reason.rule.evidence)
            .collect();
        article_part(words, article, r.section, &evidence)
    });
    let others = found
        .others
        .iter()
        .map(|&s| article_part(words, article, s, &[]));

    let heading = results_heading(&words, &found);
    html! {
        <>
            { page_heading(heading) }
            <p class="print-only">{ fill(ui.printed_on, &[("date", now)]) }</p>
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
            if !found.relevant.is_empty() {
                <ul class="topic-list" aria-labelledby={HEADING_ID}>{ for topics }</ul>
            }
            <section aria-labelledby="next-title" class="next-step">
                <h2 id="next-title">{ ui.next_heading }</h2>
                { paragraph(words.notes[usize::from(found.next_step.0)]) }
                { paragraph(with_clinic(ui.clinic_contact)) }
            </section>
            { safety_net(words) }
            if !found.relevant.is_empty() {
                // One tap opens the words of every related part: a row per part would push
                // what follows a screen further down a phone.
                <details class="article-words">
                    { summary(ui.article_words_heading) }
                    { paragraph(ui.article_words_intro) }
                    { for article_words }
                </details>
            }
            <div class="notice" role="note" aria-labelledby="notice-title">
                <h2 id="notice-title" class="notice-title">{ ui.notice_heading }</h2>
                { paragraph(ui.notice_text) }
            </div>
            <section aria-labelledby="not-covered-title" class="not-covered">
                <h2 id="not-covered-title">{ ui.not_covered_heading }</h2>
                { paragraph(ui.not_covered_text) }
                <details class="ask">
                    { summary(ui.ask_heading) }
                    <ul>{ for ui.ask_questions.lines().map(list_item) }</ul>
                </details>
            </section>
            { share_and_print(words, &share, state.shared, send) }
            // The rest of the article and the answers, one tap each: on a phone they would
            // push everything above out of reach.
            <details class="others">
                { summary(ui.others_heading) }
                { paragraph(ui.others_intro) }
                { for others }
            </details>
            <details class="your-answers">
                { summary(ui.your_answers_heading) }
                { answer_list(page, false) }
            </details>
            <p class="change-answers no-print">
                { guide_link(send, Screen::Check, Msg::Go(Screen::Check), Html::from(ui.change_answers)) }
            </p>
            // Apart from Print and Copy, so that a slip of the finger cannot wipe the answers.
            <div class="start-again no-print">
                <button type="button" class="button button-warning" onclick={send.reform(|_| Msg::StartAgain)}>
                    { ui.start_again }
                </button>
            </div>
        </>
    }
}

/// A part of the article in its own words under its title, with the sentences at `marked`
/// marked: under "What the article says" and "Other parts of the article" alike.
fn article_part(words: Words, article: &str, section: SectionId, marked: &[usize]) -> Html {
    html! {
        <div class="article-part">
            <h2 class="other-title">{ words.section(section).title }</h2>
            { section_text(article, section, marked) }
        </div>
    }
}

/// What to do if a warning sign appears later: on screen and on paper.
fn safety_net(words: Words) -> Html {
    let ui = &words.ui;
    let clinic = &GUIDE.clinic;
    html! {
        <section aria-labelledby="safety-net-title" class="safety-net">
            <h2 id="safety-net-title">{ ui.safety_net_heading }</h2>
            <p>{ strong(with_clinic(ui.safety_net_emergency)) }</p>
            <ul>{ for ui.safety_net_signs.lines().map(list_item) }</ul>
            <p><a class="button button-call no-print" href={format!("tel:{}", super::card::dialable(clinic.emergency_number))}>
                { with_clinic(ui.card_emergency_call) }
            </a></p>
            { paragraph(with_clinic(ui.safety_net_urgent)) }
        </section>
    }
}

/// "Because you told us a doctor said you have: Herniated disc." Every answer behind the part's
/// reasons, once; what a doctor said is named as such, never lent to the patient's own words.
fn because(words: Words, relevant: &Relevant) -> String {
    let ui = &words.ui;
    let mut given: Vec<Choice> = Vec::new();
    for &choice in relevant.reasons.iter().flat_map(|r| &r.choices) {
        if !given.contains(&choice) {
            given.push(choice);
        }
    }
    let (said, told): (Vec<Choice>, Vec<Choice>) = given
        .into_iter()
        .partition(|c| GUIDE.question(c.question).doctor_said);
    let list = |choices: Vec<Choice>| chosen_options(&words, choices.into_iter()).join("; ");
    match (said.is_empty(), told.is_empty()) {
        (true, _) => fill(ui.because_answer, &[("answer", &list(told))]),
        (false, true) => fill(ui.because_doctor, &[("answer", &list(said))]),
        (false, false) => format!(
            "{} {}",
            fill(ui.because_doctor, &[("answer", &list(said))]),
            fill(ui.because_also, &[("answer", &list(told))])
        ),
    }
}

/// The share link, and whether it opens only on this device (the guide opened from a file).
struct Share {
    link: String,
    this_device_only: bool,
}

/// Print, and copy a share link (answers only in the `#fragment`); `shared` says what became of
/// the last copy.
fn share_and_print(words: Words, share: &Share, shared: Shared, send: &Callback<Msg>) -> Html {
    let ui = &words.ui;
    let copy = {
        let (send, link) = (send.clone(), share.link.clone());
        Callback::from(move |_: MouseEvent| {
            let send = send.clone();
            clipboard::copy(link.clone(), move |ok| send.emit(Msg::LinkCopied(ok)));
        })
    };
    let (copied, manual) = if share.this_device_only {
        (ui.share_copied_file, ui.share_manual_file)
    } else {
        (ui.share_copied, ui.share_manual)
    };
    html! {
        <div class="actions no-print">
            <button type="button" class="button button-secondary" onclick={send.reform(|_| Msg::Print)}>
                { ui.print_button }
            </button>
            <button type="button" class="button button-secondary" onclick={copy}>{ ui.share_button }</button>
            <div class="share-status" role="status">
                if shared == Shared::Copied {
                    { paragraph(copied) }
                } else if shared == Shared::ByHand {
                    <label for="share-link">{ manual }</label>
                    <input id="share-link" class="share-link" type="text" readonly=true value={share.link.clone()} />
                }
            </div>
        </div>
    }
}
