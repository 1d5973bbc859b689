//! Copying the share link. The Clipboard API needs a secure context and permission; when it
//! is missing or refuses, the caller shows the link for the patient to copy by hand.

use wasm_bindgen::JsCast;

use super::{navigator_feature, when_settled};

/// Copies `text` and reports whether it worked.
pub fn copy(text: String, done: impl FnOnce(bool) + 'static) {
    // `navigator.clipboard` is undefined outside secure contexts (plain http).
    let clipboard =
        navigator_feature("clipboard").map(JsCast::unchecked_into::<web_sys::Clipboard>);
    let Some(clipboard) = clipboard else {
        done(false);
        return;
    };
    when_settled(&clipboard.write_text(&text), |outcome| {
        done(outcome.is_ok())
    });
}
