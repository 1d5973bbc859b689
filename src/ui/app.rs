//! The imperative shell around the pure [`Guide`]: reads the address and saved answers,
//! listens for Back/Forward, and after each change updates the address, saves answers,
//! sets the title and moves focus (and, embedded, asks the partner's page to show the frame's
//! top).

use yew::prelude::*;

use super::guide::Guide;
use super::state::{AddressUpdate, Focus, GuideState, Msg};
use super::text::{Words, page_title};
use super::{ERROR_SUMMARY_ID, HEADING_ID};
use crate::content::{GUIDE, english};
use crate::engine::codec;
use crate::engine::embed::{Embed, standalone_address};
use crate::engine::route;
use crate::platform::{document, frame, location, storage};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// `Some` in embed mode (decided once at start-up, in main.rs).
    pub embed: Option<Embed>,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let embedded = props.embed.is_some();
    let state = use_reducer(|| {
        GuideState::load(
            storage::load().as_deref(),
            route::parse(&GUIDE, &location::fragment()),
        )
    });
    let words = Words(english());

    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = location::on_change(move |fragment| {
                dispatcher.dispatch(Msg::Open(route::parse(&GUIDE, &fragment)));
            });
            move || drop(listener)
        });
    }
    {
        let current = state.clone();
        use_effect_with(state.generation, move |_| {
            apply_effects(&current, words, embedded)
        });
    }

    let send = {
        let dispatcher = state.dispatcher();
        Callback::from(move |msg| dispatcher.dispatch(msg))
    };
    let now = document::local_date_time();
    // Share links open the guide on its own page, whoever embedded it.
    let page_address = standalone_address(&location::address_without_fragment());
    // Pages take a plain `Rc<GuideState>` so they can be rendered without the shell (tests).
    let snapshot = std::rc::Rc::new((*state).clone());
    html! {
        <Guide state={snapshot} {words} {send} now={now} page_address={page_address}
            embed={props.embed.clone()} />
    }
}

fn apply_effects(state: &GuideState, words: Words, embedded: bool) {
    let effects = state.effects;
    match effects.address {
        Some(AddressUpdate::Push) => location::push(&state.fragment()),
        Some(AddressUpdate::Replace) => location::replace(&state.fragment()),
        None => {}
    }
    if effects.save {
        if state.answers.is_empty() {
            storage::clear();
        } else {
            storage::save(&codec::encode(&GUIDE, &state.answers));
        }
    }
    document::set_title(&page_title(&words, state));
    match effects.focus {
        Some(Focus::Heading) => {
            document::scroll_to_top();
            if embedded {
                frame::announce_step();
            }
            document::focus(HEADING_ID);
        }
        Some(Focus::ErrorSummary) => document::focus(ERROR_SUMMARY_ID),
        None => {}
    }
}
