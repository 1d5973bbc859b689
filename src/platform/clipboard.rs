//! Copying the share link. The Clipboard API needs a secure context and permission; when it
//! is missing or refuses, the caller shows the link for the patient to copy by hand.

use super::window;

/// Copies `text` and reports whether it worked.
pub fn copy(text: String, done: impl FnOnce(bool) + 'static) {
    // `navigator.clipboard` is undefined outside secure contexts (plain http), whatever the
    // bindings' signature says.
    let clipboard = window()
        .map(|w| w.navigator())
        .and_then(|n| js_sys::Reflect::get(&n, &"clipboard".into()).ok())
        .filter(|c| !c.is_undefined() && !c.is_null())
        .map(wasm_bindgen::JsCast::unchecked_into::<web_sys::Clipboard>);
    let Some(clipboard) = clipboard else {
        done(false);
        return;
    };
    let promise = clipboard.write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}
