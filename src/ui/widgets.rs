//! The pieces every screen is made of: the [`Page`] it is drawn from, its heading (the focus
//! target), links inside the guide and the Back link. A leaf of the UI: it imports no screen.

use yew::prelude::*;

use super::state::{GuideState, Msg};
use super::words::Words;
use crate::engine::Screen;

/// What every screen is drawn from.
#[derive(Clone, Copy)]
pub struct Page<'a> {
    pub state: &'a GuideState,
    pub words: Words,
    pub send: &'a Callback<Msg>,
}

/// The page heading every screen starts with; focus moves to it after each step.
pub fn page_heading(text: &'static str) -> Html {
    html! { <h1 id={super::HEADING_ID} class="page-heading" tabindex="-1">{ text }</h1> }
}

/// A link inside the guide to the screen `to`: a real link (so it can be opened, copied and read
/// by screen readers as a link) whose click is handled in the app as `msg`, making one history
/// entry.
pub fn guide_link(send: &Callback<Msg>, to: Screen, msg: Msg, children: Html) -> Html {
    styled_guide_link(send, to, msg, None, children)
}

/// A [`guide_link`] with a class, such as the start button (GOV.UK's start button is a link):
/// prerendered, it works before the app does, as the address it leads to is read at start-up.
pub fn styled_guide_link(
    send: &Callback<Msg>,
    to: Screen,
    msg: Msg,
    class: Option<&'static str>,
    children: Html,
) -> Html {
    let (href, onclick) = (fragment(to), on_guide_link(send, msg));
    html! { <a {href} {class} {onclick}>{ children }</a> }
}

/// A translation awaiting review says so in one short line, with what that means one tap away
/// (on a small screen with large text the whole note filled the first screen).
pub fn review_notice(words: Words) -> Html {
    let Some(note) = words.review_note else {
        return Html::default();
    };
    html! {
        <details class="translation-note">
            <summary>{ words.ui.review_note_summary }</summary>
            { note }
        </details>
    }
}

/// GOV.UK's back link, above the heading: a [`guide_link`] to the screen before.
pub fn back_link(page: Page, to: Screen) -> Html {
    let (href, onclick) = (fragment(to), on_guide_link(page.send, Msg::Go(to)));
    html! { <a {href} class="back-link" {onclick}>{ page.words.ui.back }</a> }
}

fn fragment(to: Screen) -> String {
    crate::engine::route::fragment(&crate::content::GUIDE, to)
}

fn on_guide_link(send: &Callback<Msg>, msg: Msg) -> Callback<MouseEvent> {
    let send = send.clone();
    Callback::from(move |event: MouseEvent| {
        event.prevent_default();
        send.emit(msg.clone());
    })
}
