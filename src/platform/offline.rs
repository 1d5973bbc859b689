//! The hosted guide keeps working offline: a service worker (`sw.js`, written by
//! `cargo xtask dist`) keeps a copy of the page for the next visit. Only on a web server: a
//! file opened from disk already is the whole guide, and browsers refuse service workers there.

use wasm_bindgen::JsCast;

use super::{navigator_feature, when_settled, window};

/// The script `cargo xtask dist` writes beside `index.html`.
const SERVICE_WORKER: &str = "sw.js";

/// The page came from a web server (http or https), not from a file on disk.
pub fn is_hosted() -> bool {
    let protocol = window()
        .and_then(|w| w.location().protocol().ok())
        .unwrap_or_default();
    protocol == "http:" || protocol == "https:"
}

/// Registers the service worker on the hosted guide (the caller leaves it out in embed mode).
/// Failing is harmless: the guide then needs the network next time.
pub fn keep_for_offline_visits() {
    if !is_hosted() {
        return;
    }
    // Missing outside secure contexts (plain http other than localhost) and in some private modes.
    let Some(container) = navigator_feature("serviceWorker") else {
        return;
    };
    let registration = container
        .unchecked_into::<web_sys::ServiceWorkerContainer>()
        .register(SERVICE_WORKER);
    when_settled(&registration, |outcome| {
        if let Err(error) = outcome {
            web_sys::console::warn_2(
                &"Relief Guide will need the network next time:".into(),
                &error,
            );
        }
    });
}
