//! Copying the share link. The Clipboard API needs a secure context and permission; when it
//! is missing or refuses, the caller shows the link for the patient to copy by hand.

use super::window;

/// Copies `text` and reports whether it worked.
pub fn copy(text: String, done: impl FnOnce(bool) + 'static) {
    let Some(clipboard) = window().map(|w| w.navigator().clipboard()) else {
        done(false);
        return;
    };
    let promise = clipboard.write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}
