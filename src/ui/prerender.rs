//! The page before the app starts, rendered at build time (native only) by Yew's server
//! renderer: the start screen exactly as the app will draw it, so that its text is painted
//! before the wasm arrives and the app's first render replaces it with the same markup (no
//! flash, no layout shift), and the whole article behind it ([`fallback::saved_copy`], which the
//! running guide keeps too).
//!
//! One line differs from the app's own markup: a loading line before the saved copy. The
//! stylesheet hides it, and the article, under `guide-running`; `boot.js` removes that class if
//! the app cannot start, which shows both ("If nothing happens, you can read the article
//! below"). Without scripts (`@media (scripting: none)`) the article shows, as in a
//! saved copy of the running guide. docs/decisions.md, "Offline".

use std::rc::Rc;

use futures::executor::block_on;

use yew::{AttrValue, Callback, Html, LocalServerRenderer, function_component};

use super::fallback;
use super::guide::{GuideProps, LanguageLink, guide};
use super::state::GuideState;
use super::words::Words;
use crate::content::{GUIDE, Locale};
use crate::engine::Screen;
use crate::engine::language::page_file;
use crate::engine::route::Route;

/// The start screen's markup as the app renders it on a fresh visit in `words`' language, with
/// nothing answered, on a page that carries the words of the languages `carried` (the others
/// are links to their own pages). Without "Save for offline use": the app adds it at the end of the footer
/// where it is hosted (adding content after everything else moves nothing), and the page
/// opened from a file must not link to a file.
pub fn start_screen(words: &'static Locale, carried: &[&str]) -> String {
    let words = Words(words);
    let state = GuideState::load(words, None, Route::Screen(Screen::Start));
    let props = GuideProps {
        state: Rc::new(state),
        words,
        send: Callback::noop(),
        now: AttrValue::default(),
        // No date at build time: the running app says if the content is due for review.
        today: AttrValue::default(),
        // Only share links on the results screen use it.
        page_address: AttrValue::default(),
        offer_download: false,
        languages: GUIDE
            .languages
            .iter()
            .map(|language| LanguageLink {
                lang: language.lang,
                name: language.name,
                words: GUIDE
                    .locale(language.lang)
                    .filter(|_| carried.contains(&language.lang))
                    .map(Words),
                // Works before the app starts: this page again in a language it carries, else
                // that language's page beside it (the app then writes full addresses).
                address: match carried.contains(&language.lang) {
                    true => format!("?lang={}", language.lang),
                    false => format!(
                        "{}?lang={}",
                        page_file(&GUIDE, language.lang).unwrap_or_default(),
                        language.lang
                    ),
                }
                .into(),
            })
            .collect(),
        embed: None,
        saved_copy: fallback::saved_copy(&words).into(),
        sources: fallback::sources_list().into(),
    };
    block_on(
        LocalServerRenderer::<Prerendered>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

/// The server renderer renders components; the app draws the guide from its shell, which needs
/// a browser.
#[function_component]
fn Prerendered(props: &GuideProps) -> Html {
    guide(props)
}

/// The markup `cargo xtask dist` writes into the mount root: [`start_screen`] with the loading
/// line before the saved copy of the article.
/// `carried` are the languages whose words the page carries (see [`start_screen`]).
pub fn static_page(words: &'static Locale, carried: &[&str]) -> String {
    let screen = start_screen(words, carried);
    let saved_copy = r#"<div class="saved-copy">"#;
    let loading = format!(
        r#"<p class="when-scripting guide-loading">{}</p>"#,
        fallback::escape(words.ui.loading)
    );
    screen.replacen(saved_copy, &format!("{loading}{saved_copy}"), 1)
}
