//! A Rust panic must never leave a blank page: the hook replaces the app with a calm
//! fallback that still offers the article and a way to start again.

use super::{location, storage, window};

/// Installs the hook. `fallback_html` gets the address that restarts the guide.
///
/// Through Yew: when the app is rendered, Yew replaces any hook set with `std::panic::set_hook`
/// by its own (which only logs), unless it was set with `set_custom_panic_hook`.
pub fn install(mount_id: &'static str, fallback_html: fn(&str) -> String) {
    yew::set_custom_panic_hook(Box::new(move |info| {
        web_sys::console::error_1(&format!("Relief Guide stopped: {info}").into());
        // Saved answers might be what triggered the failure: do not reload into it again.
        storage::clear();
        let root = window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(mount_id));
        if let Some(root) = root {
            root.set_inner_html(&fallback_html(&location::address_without_fragment()));
        }
    }));
}

/// In a test build (`--features test-hooks`), opening `#__panic` panics where a real bug
/// would: in the running app, in the middle of a journey.
#[cfg(feature = "test-hooks")]
pub fn panic_if_test_asks(fragment: &str) {
    if fragment == "#__panic" {
        panic!("the test build was asked to panic");
    }
}
