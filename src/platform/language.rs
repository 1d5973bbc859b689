//! The language the patient asks for: `?lang=` in the address and the browser's languages
//! (which one wins is decided in `engine::language`), and the address that keeps a choice.
//! The query, unlike the fragment, reaches the web server; it holds only a language tag.

use super::window;

const PARAMETER: &str = "lang";

fn current_url() -> Option<web_sys::Url> {
    let href = window()?.location().href().ok()?;
    web_sys::Url::new(&href).ok()
}

/// The `?lang=` value of the address, unchecked.
pub fn asked_for() -> Option<String> {
    super::location::query_parameter(PARAMETER)
}

/// `navigator.languages`, most preferred first; empty if the browser does not say.
pub fn preferred() -> Vec<String> {
    let Some(window) = window() else {
        return Vec::new();
    };
    window
        .navigator()
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect()
}

/// This page's address in the language `lang`: `?lang=` set, other query parameters kept,
/// no fragment.
pub fn address_in(lang: &str) -> String {
    let Some(url) = current_url() else {
        return format!("?{PARAMETER}={lang}");
    };
    url.search_params().set(PARAMETER, lang);
    url.set_hash("");
    url.href()
}

/// The address of the page `file` beside this one, with `?lang=` set to `lang` and the other
/// query parameters kept, no fragment: where a page of another language is.
pub fn page_address(file: &str, lang: &str) -> String {
    let Some(url) =
        current_url().and_then(|url| web_sys::Url::new_with_base(file, &url.href()).ok())
    else {
        return format!("{file}?{PARAMETER}={lang}");
    };
    if let Some(here) = current_url() {
        url.set_search(&here.search());
    }
    url.search_params().set(PARAMETER, lang);
    url.set_hash("");
    url.href()
}

/// Puts `lang` in the address without a new history entry, so that a reload keeps it.
pub fn keep_in_address(lang: &str) {
    let Some(window) = window() else { return };
    let fragment = window.location().hash().unwrap_or_default();
    let address = format!("{}{fragment}", address_in(lang));
    // Where the History API is refused (some sandboxes), the choice lasts until a reload.
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address));
    }
}
