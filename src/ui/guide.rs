//! The whole guide as a pure component: state in, HTML and messages out. The shell
//! ([`super::App`]) feeds it; tests render it natively. Embedded in a partner's page it has
//! no header or footer of its own (the partner's page is the site around it).

use std::rc::Rc;

use yew::prelude::*;

use super::state::{GuideState, Msg};
use super::text::Words;
use super::{OFFLINE_FILE, check_answers, fallback, problem, question, results, start, urgent};
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
    /// The address of this page without its fragment, for share links.
    pub page_address: AttrValue,
    /// Offer "Save for offline use": the guide is on a web server, not already a file on disk.
    pub offer_download: bool,
    /// Every language of the guide, with the address of this page in it.
    pub languages: Vec<LanguageLink>,
    /// `Some` in embed mode.
    pub embed: Option<Embed>,
}

/// A language the guide can be read in, and the address of the current page in it.
#[derive(Clone, PartialEq)]
pub struct LanguageLink {
    pub words: Words,
    pub address: AttrValue,
}

#[function_component]
pub fn Guide(props: &GuideProps) -> Html {
    let GuideProps {
        state,
        words,
        send,
        now,
        page_address,
        offer_download,
        languages,
        embed,
    } = props;
    let page = match (&state.problem, state.screen) {
        (Some(problem), _) => {
            html! { <problem::ProblemPage problem={problem.clone()} state={state.clone()} words={*words} send={send.clone()} /> }
        }
        (None, Screen::Start) => html! { <start::StartPage words={*words} send={send.clone()} /> },
        (None, Screen::Question(q)) => {
            html! { <question::QuestionPage question={q} state={state.clone()} words={*words} send={send.clone()} /> }
        }
        (None, Screen::Check) => {
            html! { <check_answers::CheckAnswersPage state={state.clone()} words={*words} send={send.clone()} /> }
        }
        (None, Screen::Results) => {
            html! { <results::ResultsPage state={state.clone()} words={*words} send={send.clone()} now={now.clone()} page_address={page_address.clone()} /> }
        }
        (None, Screen::Urgent) => {
            html! { <urgent::UrgentPage state={state.clone()} words={*words} send={send.clone()} /> }
        }
    };
    let ui = &words.ui;
    html! {
        // `guide-running` tells the stylesheet that the screens work here (see `SavedCopy`).
        <div class="guide guide-running">
            if embed.is_none() {
                <header class="guide-header">
                    <div class="guide-header-top">
                        <p class="guide-name">{ ui.app_name }</p>
                        <LanguageSwitcher words={*words} languages={languages.clone()} send={send.clone()} />
                    </div>
                    if let Some(note) = words.review_note {
                        <p class="translation-note">{ note }</p>
                    }
                </header>
            } else if let Some(note) = words.review_note {
                // Embedded there is no header, but a translation awaiting review still says so.
                <p class="translation-note">{ note }</p>
            }
            <main id="main" class="guide-main">{ page }<SavedCopy words={*words} /></main>
            if let Some(embed) = embed {
                { partner_note(embed, words) }
            } else {
                <footer class="guide-footer">
                    <p>{ ui.start_privacy }</p>
                    if *offer_download {
                        <div class="no-print">
                            <p><a class="offline-link" href={OFFLINE_FILE} download={OFFLINE_FILE}>{ ui.offline_link }</a></p>
                            <p>{ fill(ui.offline_help, &[("file", OFFLINE_FILE)]) }</p>
                        </div>
                    }
                </footer>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct SavedCopyProps {
    words: Words,
}

/// The whole article, hidden while the guide runs. A browser's "Save as single file" (MHTML)
/// keeps this page's elements but not its scripts: there, the stylesheet hides the screen,
/// whose buttons could not work, and shows this instead. Built once: its props never change.
#[function_component]
fn SavedCopy(props: &SavedCopyProps) -> Html {
    Html::from_html_unchecked(fallback::saved_copy(&props.words).into())
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
                <p>{ fill(ui.embed_shared_by, &[("clinic", name)]) }</p>
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

/// The page heading every screen starts with; focus moves to it after each step.
#[derive(Properties, PartialEq)]
pub struct HeadingProps {
    pub text: AttrValue,
}

#[function_component]
pub fn PageHeading(props: &HeadingProps) -> Html {
    html! { <h1 id={super::HEADING_ID} class="page-heading" tabindex="-1">{ props.text.clone() }</h1> }
}

/// A link inside the guide: a real link (so it can be opened, copied and read by screen
/// readers as a link) whose click is handled in the app, making one history entry.
#[derive(Properties, PartialEq)]
pub struct GuideLinkProps {
    pub to: Screen,
    pub msg: Msg,
    pub send: Callback<Msg>,
    #[prop_or_default]
    pub class: Classes,
    pub children: Html,
}

#[function_component]
pub fn GuideLink(props: &GuideLinkProps) -> Html {
    let onclick = {
        let (send, msg) = (props.send.clone(), props.msg.clone());
        Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            send.emit(msg.clone());
        })
    };
    let href = crate::engine::route::fragment(&crate::content::GUIDE, props.to);
    html! { <a {href} class={props.class.clone()} {onclick}>{ props.children.clone() }</a> }
}

#[derive(Properties, PartialEq)]
struct LanguageSwitcherProps {
    words: Words,
    languages: Vec<LanguageLink>,
    send: Callback<Msg>,
}

/// Every language, each in its own name (GOV.UK language switcher): the current one as
/// plain text, the others as links to this same page in that language. Following one keeps
/// the page and the answers: it is handled in the app, without loading the page again.
#[function_component]
fn LanguageSwitcher(props: &LanguageSwitcherProps) -> Html {
    let LanguageSwitcherProps {
        words,
        languages,
        send,
    } = props;
    if languages.len() < 2 {
        return Html::default();
    }
    let items = languages.iter().map(|language| {
        let lang = language.words.lang;
        let name = language.words.ui.language_name;
        if language.words == *words {
            return html! {
                <li><span class="language-current" aria-current="true" {lang}>{ name }</span></li>
            };
        }
        let onclick = {
            let (send, chosen) = (send.clone(), language.words);
            Callback::from(move |event: MouseEvent| {
                event.prevent_default();
                send.emit(Msg::ChooseLanguage(chosen));
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
