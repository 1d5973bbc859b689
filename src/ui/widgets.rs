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
    let (href, onclick) = link_target(send, to, msg);
    html! { <a {href} {onclick}>{ children }</a> }
}

/// The start button as a [`guide_link`] (GOV.UK's start button is a link): prerendered, it works
/// before the app does, as the address it leads to is read at start-up. Its class is a literal:
/// a class from an expression is a Yew `Classes`, an `IndexSet` whose code the wasm would carry
/// for this one link (issue 13's byte budget).
pub fn start_button(send: &Callback<Msg>, to: Screen, text: &'static str) -> Html {
    let (href, onclick) = link_target(send, to, Msg::Go(to));
    html! { <a {href} class="button button-start" {onclick}>{ text }</a> }
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
    let (href, onclick) = link_target(page.send, to, Msg::Go(to));
    html! { <a {href} class="back-link" {onclick}>{ page.words.ui.back }</a> }
}

/// The address of the screen `to`, and a click handler that sends `msg` instead of following it.
fn link_target(send: &Callback<Msg>, to: Screen, msg: Msg) -> (String, Callback<MouseEvent>) {
    let send = send.clone();
    let onclick = Callback::from(move |event: MouseEvent| {
        event.prevent_default();
        send.emit(msg.clone());
    });
    (
        crate::engine::route::fragment(&crate::content::GUIDE, to),
        onclick,
    )
}

// Text in one plain element, the screens' most common pieces. They are functions, not html!
// where they stand, because html! writes out each element's construction in place: one copy per
// kind of element makes every page 0.5 KB smaller (issue 13's byte budget). Not inlined, or the
// compiler would write them out in place again.

#[inline(never)]
pub fn paragraph(text: impl Into<Html>) -> Html {
    html! { <p>{ text.into() }</p> }
}

#[inline(never)]
pub fn list_item(text: impl Into<Html>) -> Html {
    html! { <li>{ text.into() }</li> }
}

#[inline(never)]
pub fn summary(text: impl Into<Html>) -> Html {
    html! { <summary>{ text.into() }</summary> }
}

#[inline(never)]
pub fn strong(text: impl Into<Html>) -> Html {
    html! { <strong>{ text.into() }</strong> }
}
