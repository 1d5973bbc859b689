//! The address bar: the fragment names the screen (see `engine::route`).

use gloo::events::EventListener;

use super::window;

pub fn fragment() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The value of the query parameter `name` (`?name=value`), percent-decoded, unchecked.
pub fn query_parameter(name: &str) -> Option<String> {
    let search = window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// The page's address without its fragment: the base of a share link.
pub fn address_without_fragment() -> String {
    let href = window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    match href.split_once('#') {
        Some((base, _)) => base.to_owned(),
        None => href,
    }
}

/// Adds a history entry for `fragment` without a `hashchange` event (the app already shows it).
/// Leaves for `address` (another page of the guide), as following a link does.
pub fn assign(address: &str) {
    if let Some(window) = super::window() {
        let _ = window.location().assign(address);
    }
}

pub fn push(fragment: &str) {
    update(fragment, |history, url| {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url))
    });
}

/// Replaces the current history entry's fragment.
pub fn replace(fragment: &str) {
    update(fragment, |history, url| {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url))
    });
}

fn update(
    fragment: &str,
    change: impl FnOnce(&web_sys::History, &str) -> Result<(), wasm_bindgen::JsValue>,
) {
    let Some(window) = window() else { return };
    let done = window
        .history()
        .is_ok_and(|history| change(&history, fragment).is_ok());
    if !done {
        // Some sandboxes refuse the History API; setting the hash still works there.
        let _ = window.location().set_hash(fragment);
    }
}

/// Calls `on_change` with the new fragment whenever it changes by Back/Forward or a link.
pub fn on_change(on_change: impl Fn(String) + 'static) -> Option<EventListener> {
    let window = window()?;
    Some(EventListener::new(&window, "hashchange", move |_| {
        on_change(fragment())
    }))
}
