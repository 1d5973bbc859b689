//! The imperative shell around the pure [`Guide`]: reads the address, the browser's languages
//! and saved answers, listens for Back/Forward and printing, and after each change updates the
//! address, saves answers, sets the title and language and moves focus (and, embedded, asks
//! the partner's page to show the frame's top).

use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use super::guide::{GuideProps, LanguageLink, guide};
use super::state::{AddressUpdate, Focus, GuideState, Msg};
use super::text::page_title;
use super::words::Words;
use super::{ERROR_SUMMARY_ID, HEADING_ID, MOUNT_ID};
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
    /// The whole article as HTML ([`super::fallback::saved_copy`]) in each language the page
    /// carries, by language tag, taken from the page before the app replaced it (main.rs): the
    /// wasm does not carry the article's words.
    pub saved_copies: Vec<(String, AttrValue)>,
    /// The text of the control that had keyboard focus in the prerendered markup the app
    /// replaced, if one had (main.rs; [`document::focused_control`]).
    pub focused_control: Option<AttrValue>,
}

/// A struct component, not a function component with hooks: with no function component left
/// in the app, the wasm carries none of Yew's hook machinery (issue 13's byte budget).
pub struct App {
    state: Rc<GuideState>,
    /// The generation of `state` whose effects have run (after the render that showed it).
    applied: Option<u64>,
    /// The whole article as HTML in the words of `state`, of [`AppProps::saved_copies`],
    /// looked up once per language rather than at every render.
    saved_copy: (Words, AttrValue),
    /// Back/Forward and links change the address; printing from the browser's menu renders
    /// again first. Dropped with the app.
    _listeners: [Option<EventListener>; 2],
}

pub enum AppMsg {
    Guide(Msg),
    /// Printing from the browser's menu: render again, so that the printed date is the time of
    /// printing, not of the last change.
    BeforePrint,
}

impl Component for App {
    type Message = AppMsg;
    type Properties = AppProps;

    fn create(ctx: &Context<Self>) -> Self {
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
        let state = if document::stepped_before_start() {
            state.arrived_by_a_step()
        } else {
            state
        };
        let state = match ctx.props().focused_control {
            Some(_) => state.focus_kept_from_prerender(),
            None => state,
        };
        let opened = ctx.link().callback(|fragment: String| {
            #[cfg(feature = "test-hooks")]
            platform::panic::panic_if_test_asks(&fragment);
            AppMsg::Guide(Msg::Open(route::parse(&GUIDE, &fragment)))
        });
        let before_print = ctx.link().callback(|()| AppMsg::BeforePrint);
        App {
            saved_copy: saved_copy(state.words, &ctx.props().saved_copies),
            state: Rc::new(state),
            applied: None,
            _listeners: [
                location::on_change(move |fragment| opened.emit(fragment)),
                document::on_before_print(move || before_print.emit(())),
            ],
        }
    }

    fn update(&mut self, ctx: &Context<Self>, msg: AppMsg) -> bool {
        if let AppMsg::Guide(msg) = msg {
            let state = (*self.state).clone().update(msg);
            if state.words != self.saved_copy.0 {
                self.saved_copy = saved_copy(state.words, &ctx.props().saved_copies);
            }
            self.state = Rc::new(state);
        }
        true
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let props = ctx.props();
        let state = &self.state;
        let words = state.words;
        let send = ctx.link().callback(AppMsg::Guide);
        // Only the results print the date. Formatting one is slow the first time (the browser
        // loads its date data: most of the start-up's longest task when it was done on every
        // screen).
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
                    // Another language's page is reachable only from a web server (a file
                    // saved from one page has no other page beside it).
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
        let offer_download = hosted && props.embed.is_none();
        guide(&GuideProps {
            state: state.clone(),
            words,
            send,
            now: now.into(),
            today: document::today().into(),
            page_address: page_address.into(),
            offer_download,
            languages,
            embed: props.embed.clone(),
            saved_copy: self.saved_copy.1.clone(),
            sources: props.sources.clone(),
        })
    }

    fn rendered(&mut self, ctx: &Context<Self>, _first_render: bool) {
        // Once per change, after the render that shows it.
        if self.applied != Some(self.state.generation) {
            self.applied = Some(self.state.generation);
            apply_effects(&self.state, ctx.props());
        }
    }
}

/// The article in `words`' language, of `copies`; none if the page lacks it, which the build
/// does not allow (a test reads each built page's copies).
fn saved_copy(words: Words, copies: &[(String, AttrValue)]) -> (Words, AttrValue) {
    let copy = copies
        .iter()
        .find(|(lang, _)| lang == words.lang)
        .map(|(_, html)| html.clone())
        .unwrap_or_default();
    (words, copy)
}

fn apply_effects(state: &GuideState, props: &AppProps) {
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
            if props.embed.is_some() {
                frame::announce_step();
            }
            document::focus(HEADING_ID);
        }
        Some(Focus::ErrorSummary) => document::focus(ERROR_SUMMARY_ID),
        Some(Focus::KeptFromPrerender) => match props.focused_control.as_deref() {
            Some(text) if document::focus_control(MOUNT_ID, text) => {}
            // Gone from the app's screen (a language link, embedded): its heading instead.
            _ => document::focus(HEADING_ID),
        },
        None => {}
    }
    if effects.print {
        document::print();
    }
}
