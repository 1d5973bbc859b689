//! The imperative shell around the pure [`Guide`]: reads the address, the browser's languages
//! and saved answers, listens for Back/Forward and printing, and after each change updates the
//! address, saves answers, sets the title and language and moves focus (and, embedded, asks
//! the partner's page to show the frame's top).

use yew::prelude::*;

use super::guide::{GuideProps, LanguageLink, guide};
use super::state::{AddressUpdate, Focus, GuideState, Msg};
use super::text::page_title;
use super::words::Words;
use super::{ERROR_SUMMARY_ID, HEADING_ID, fallback};
use crate::content::GUIDE;
use crate::engine::embed::{Embed, standalone_address};
use crate::engine::{Screen, language, route};
use crate::platform::{self, document, frame, location, offline, storage};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// `Some` in embed mode (decided once at start-up, in main.rs).
    pub embed: Option<Embed>,
    /// The list of published sources as HTML, taken from the page before the app replaced it
    /// (main.rs; [`super::fallback::sources_list`] wrote it there at build time).
    pub sources: AttrValue,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let embedded = props.embed.is_some();
    let state = use_reducer(|| {
        let locale = language::choose(
            &GUIDE,
            platform::language::asked_for().as_deref(),
            &platform::language::preferred(),
        );
        let state = GuideState::load(
            Words(locale),
            storage::load().as_deref(),
            route::parse(&GUIDE, &location::fragment()),
        );
        if document::stepped_before_start() {
            state.arrived_by_a_step()
        } else {
            state
        }
    });

    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = location::on_change(move |fragment| {
                #[cfg(feature = "test-hooks")]
                platform::panic::panic_if_test_asks(&fragment);
                dispatcher.dispatch(Msg::Open(route::parse(&GUIDE, &fragment)));
            });
            move || drop(listener)
        });
    }
    // Printing from the browser's menu renders the page again first, so the printed date is
    // the time of printing, not of the last change.
    let rerender = use_force_update();
    use_effect_with((), move |_| {
        let listener = document::on_before_print(move || rerender.force_update());
        move || drop(listener)
    });
    {
        let current = state.clone();
        use_effect_with(state.generation, move |_| apply_effects(&current, embedded));
    }

    let words = state.words;
    let send = {
        let dispatcher = state.dispatcher();
        Callback::from(move |msg| dispatcher.dispatch(msg))
    };
    // Only the results print the date. Formatting one is slow the first time (the browser loads
    // its date data: most of the start-up's longest task when it was done on every screen).
    let now = if state.screen == Screen::Results {
        document::local_date_time(&language::date_locale(&words, GUIDE.clinic.country))
    } else {
        String::new()
    };
    let fragment = state.fragment();
    let hosted = offline::is_hosted();
    let languages: Vec<LanguageLink> = GUIDE
        .languages
        .iter()
        .filter_map(|language| {
            let words = GUIDE.locale(language.lang).map(Words);
            let address = match words {
                Some(_) => platform::language::address_in(language.lang),
                // Another language's page is reachable only from a web server (a file saved
                // from one page has no other page beside it).
                None if hosted => platform::language::page_address(
                    &language::page_file(&GUIDE, language.lang)?,
                    language.lang,
                ),
                None => return None,
            };
            Some(LanguageLink {
                lang: language.lang,
                name: language.name,
                words,
                address: format!("{address}{fragment}").into(),
            })
        })
        .collect();
    // Share links open the guide on its own page, whoever embedded it.
    let page_address = standalone_address(&platform::language::address_in(words.lang));
    // The guide takes a plain `Rc<GuideState>`, so the build-time prerender can draw it without
    // this shell.
    let snapshot = std::rc::Rc::new((*state).clone());
    let offer_download = hosted && !embedded;
    let saved_copy = use_memo(words, |words| AttrValue::from(fallback::saved_copy(words)));
    guide(&GuideProps {
        state: snapshot,
        words,
        send,
        now: now.into(),
        today: document::today().into(),
        page_address: page_address.into(),
        offer_download,
        languages,
        embed: props.embed.clone(),
        saved_copy: (*saved_copy).clone(),
        sources: props.sources.clone(),
    })
}

fn apply_effects(state: &GuideState, embedded: bool) {
    let effects = state.effects;
    match effects.address {
        Some(AddressUpdate::Push) => location::push(&state.fragment()),
        Some(AddressUpdate::Replace) => location::replace(&state.fragment()),
        None => {}
    }
    if effects.keep_language {
        platform::language::keep_in_address(state.words.lang);
    }
    if effects.save {
        match state.saved_text() {
            Some(text) => storage::save(&text),
            None => storage::clear(),
        }
    }
    if let Some(lang) = effects.open_page
        && let Some(file) = language::page_file(&GUIDE, lang)
    {
        let address = platform::language::page_address(&file, lang);
        location::assign(&format!("{address}{}", state.fragment()));
        return;
    }
    document::set_lang(state.words.lang);
    document::set_title(&page_title(&state.words, state));
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
    if effects.print {
        document::print();
    }
}
