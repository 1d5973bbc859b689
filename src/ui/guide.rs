//! The whole guide as a pure view: state in, HTML and messages out. The shell
//! ([`super::App`]) feeds it; the build-time prerender draws it natively. Embedded in a
//! partner's page it has no header or footer of its own (the partner's page is the site
//! around it). It picks the screen (`screens/`); the pieces every screen uses are in `widgets`.
//!
//! The screens are plain functions, not components: they keep no state of their own (even
//! whether a share link was copied is in [`GuideState`]), and every Yew component type adds its
//! own copy of Yew's lifecycle code to the wasm (issue 7, the byte budget). The shell,
//! [`super::App`], is the one component.

use std::rc::Rc;

use yew::prelude::*;

use super::OFFLINE_FILE;
use super::screens::{card, check_answers, problem, question, results, start};
use super::state::{GuideState, Msg};
use super::widgets::{Page, paragraph, review_notice, summary};
use super::words::Words;
use crate::content::fill;
use crate::engine::Screen;
use crate::engine::embed::Embed;

#[derive(Properties, PartialEq)]
pub struct GuideProps {
    pub state: Rc<GuideState>,
    pub words: Words,
    pub send: Callback<Msg>,
    /// The local date and time, for the printed results.
    pub now: AttrValue,
    /// Today as YYYY-MM-DD, to say when the content is due for review ("" when not known).
    pub today: AttrValue,
    /// The address of this page without its fragment, for share links.
    pub page_address: AttrValue,
    /// Offer "Save for offline use": the guide is on a web server, not already a file on disk.
    pub offer_download: bool,
    /// Every language of the guide, with the address of this page in it.
    pub languages: Vec<LanguageLink>,
    /// `Some` in embed mode.
    pub embed: Option<Embed>,
    /// The whole article as HTML in `words`' language, [`fallback::saved_copy`], as the page
    /// carries it: the wasm does not carry the article's words, so the results take their parts'
    /// words from here.
    pub saved_copy: AttrValue,
    /// The list of published sources as HTML ([`super::fallback::sources_list`]): the wasm does
    /// not carry it, so the app takes it from the page it starts on.
    pub sources: AttrValue,
}

/// A language the guide can be read in, and the address of the current page in it.
#[derive(Clone, PartialEq)]
pub struct LanguageLink {
    pub lang: &'static str,
    /// The language's own name.
    pub name: &'static str,
    /// The words, where this page carries them: the switch then happens in the app. Otherwise
    /// the link opens the page of that language (answers stay in the tab's storage).
    pub words: Option<Words>,
    pub address: AttrValue,
}

pub fn guide(props: &GuideProps) -> Html {
    let GuideProps {
        state,
        words,
        send,
        now,
        today,
        page_address,
        offer_download,
        languages,
        embed,
        saved_copy,
        sources,
    } = props;
    let page = Page {
        state,
        words: *words,
        send,
    };
    let screen = match (&state.problem, state.screen) {
        (Some(problem), _) => problem::problem_page(page, problem),
        (None, Screen::Start) => start::start_page(page),
        (None, Screen::Question(q)) => question::question_page(page, q),
        (None, Screen::Check) => check_answers::check_answers_page(page),
        (None, Screen::Results) => results::results_page(page, now, page_address, saved_copy),
        (None, Screen::Card(level)) => card::card_page(page, level),
        (None, Screen::OutOfScope) => card::out_of_scope_page(page),
        (None, Screen::StartAgain) => start::start_again_page(page),
    };
    // A warning-sign card leads with its action: there the review notice comes after it.
    let on_card = state.problem.is_none() && matches!(state.screen, Screen::Card(_));
    let ui = &words.ui;
    html! {
        // `guide-running` tells the stylesheet that the screens work here (see `saved_copy_html`).
        <div class="guide guide-running">
            if embed.is_none() {
                <header class="guide-header">
                    <div class="guide-header-top">
                        <p class="guide-name">{ ui.app_name }</p>
                        { language_switcher(*words, languages, send) }
                    </div>
                    if !on_card {
                        { review_notice(*words) }
                    }
                </header>
            } else if !on_card {
                // Embedded there is no header, but a translation awaiting review still says so.
                { review_notice(*words) }
            }
            if due_for_review(words, today) {
                <p class="due-for-review" role="note">
                    { fill(ui.due_for_review, &[("date", words.governance.next_review)]) }
                </p>
            }
            <main id="main" class="guide-main">{ screen }{ saved_copy_html(saved_copy) }</main>
            if let Some(embed) = embed {
                { partner_note(embed, words) }
            } else {
                <footer class="guide-footer">
                    { paragraph(ui.start_privacy) }
                    { about(*words, sources) }
                    if *offer_download {
                        <div class="no-print">
                            <p><a class="offline-link" href={OFFLINE_FILE} download={OFFLINE_FILE}>{ ui.offline_link }</a></p>
                            { paragraph(fill(ui.offline_help, &[("file", OFFLINE_FILE)])) }
                        </div>
                    }
                </footer>
            }
        </div>
    }
}

/// Past the language's next-review date (dates compare as YYYY-MM-DD text).
fn due_for_review(words: &Words, today: &str) -> bool {
    !today.is_empty() && today > words.governance.next_review
}

/// Who wrote the words and who checked them, when, the version, the clinic, and the sources
/// (`sources`, the list as HTML): on every page and on paper.
fn about(words: Words, sources: &AttrValue) -> Html {
    let (ui, governance) = (&words.ui, &words.governance);
    html! {
        <div class="about">
            <h2 class="about-title">{ ui.about_heading }</h2>
            { paragraph(crate::content::with_clinic(ui.clinic_contact)) }
            <p>
                { fill(ui.about_written_by, &[("name", governance.written_by)]) }{ " " }
                if let Some(name) = governance.signed_off_by {
                    { fill(ui.about_signed_off, &[("name", name)]) }
                } else {
                    { ui.about_not_signed_off }
                }
                { " " }
                { fill(ui.about_dates, &[("last", governance.last_reviewed), ("next", governance.next_review)]) }
                { " " }
                { fill(ui.about_version, &[("version", governance.version)]) }
            </p>
            <details class="sources">
                { summary(ui.about_sources) }
                { Html::from_html_unchecked(sources.clone()) }
            </details>
        </div>
    }
}

/// The whole article, hidden while the guide runs. A browser's "Save as single file" (MHTML)
/// keeps this page's elements but not its scripts: there, the stylesheet hides the screen,
/// whose buttons could not work, and shows this instead.
fn saved_copy_html(saved_copy: &AttrValue) -> Html {
    Html::from_html_unchecked(saved_copy.clone())
}

/// Embedded: who shares the guide and how to reach them, if the partner said. The contact
/// link leaves the guide, so it opens in a new tab (and says so) and the frame stays put.
fn partner_note(embed: &Embed, words: &Words) -> Html {
    let ui = &words.ui;
    let Embed {
        clinic_name,
        contact,
        ..
    } = embed;
    if clinic_name.is_none() && contact.is_none() {
        return Html::default();
    }
    html! {
        <footer class="partner">
            if let Some(name) = clinic_name {
                { paragraph(fill(ui.embed_shared_by, &[("clinic", name)])) }
            }
            if let Some(contact) = contact {
                <p>
                    <a href={contact.as_str().to_owned()} target="_blank" rel="noopener">
                        { ui.embed_contact }{ " " }{ ui.opens_in_new_tab }
                    </a>
                </p>
            }
        </footer>
    }
}

/// Every language, each in its own name (GOV.UK language switcher): the current one as
/// plain text, the others as links to this same screen in that language. Following one keeps
/// the screen and the answers: in the app where this page carries that language's words (the
/// downloaded file), else by opening that language's page, which finds them in the tab's storage.
fn language_switcher(words: Words, languages: &[LanguageLink], send: &Callback<Msg>) -> Html {
    if languages.len() < 2 {
        return Html::default();
    }
    let items = languages.iter().map(|language| {
        let (lang, name) = (language.lang, language.name);
        if lang == words.lang {
            return html! {
                <li><span class="language-current" aria-current="true" {lang}>{ name }</span></li>
            };
        }
        // In the app: this page's words, or the other page with what is ticked kept.
        let msg = match language.words {
            Some(chosen) => Msg::ChooseLanguage(chosen),
            None => Msg::OpenLanguagePage(lang),
        };
        let onclick = {
            let send = send.clone();
            Callback::from(move |event: MouseEvent| {
                event.prevent_default();
                send.emit(msg.clone());
            })
        };
        html! {
            <li><a href={language.address.clone()} {lang} hreflang={lang} {onclick}>{ name }</a></li>
        }
    });
    html! {
        <nav class="language-switcher" aria-label={words.ui.language_label}>
            <ul class="language-list">{ for items }</ul>
        </nav>
    }
}
