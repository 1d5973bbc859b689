//! The whole guide as a pure component: state in, HTML and messages out. The shell
//! ([`super::App`]) feeds it; tests render it natively. Embedded in a partner's page it has
//! no header or footer of its own (the partner's page is the site around it).

use std::rc::Rc;

use yew::prelude::*;

use super::state::{GuideState, Msg};
use super::text::Words;
use super::{check_answers, problem, question, results, start, urgent};
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
    /// `Some` in embed mode.
    pub embed: Option<Embed>,
}

#[function_component]
pub fn Guide(props: &GuideProps) -> Html {
    let GuideProps {
        state,
        words,
        send,
        now,
        page_address,
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
        <div class="guide">
            if embed.is_none() {
                <header class="guide-header">
                    <p class="guide-name">{ ui.app_name }</p>
                </header>
            }
            <main id="main" class="guide-main">{ page }</main>
            if let Some(embed) = embed {
                { partner_note(embed, words) }
            } else {
                <footer class="guide-footer">
                    <p>{ ui.start_privacy }</p>
                </footer>
            }
        </div>
    }
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
