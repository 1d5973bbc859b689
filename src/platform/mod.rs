//! The only code that touches browser APIs. Every call can fail (storage blocked in a
//! partner's iframe, history locked in a sandbox, no clipboard permission); each failure
//! degrades to memory-only behaviour instead of breaking the guide.

pub mod clipboard;
pub mod document;
pub mod frame;
pub mod language;
pub mod location;
pub mod offline;
pub mod panic;
pub mod storage;

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// `navigator[name]`, or `None` where the browser lacks it. Some features the bindings type as
/// always there are undefined in places: outside secure contexts (plain http), in some private
/// modes. Read this way, such a gap is a `None` instead of an exception.
fn navigator_feature(name: &str) -> Option<JsValue> {
    let navigator = window()?.navigator();
    js_sys::Reflect::get(&navigator, &name.into())
        .ok()
        .filter(|value| !value.is_undefined() && !value.is_null())
}

/// A message for the web developer, in the browser console (never an error: the guide goes on).
pub fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}

/// Calls `settled` with the outcome of `promise` once it settles: through the promise's own
/// `then`, not an async executor (wasm-bindgen-futures, whose task queue the wasm would carry
/// for the two promises the guide waits for: issue 13's byte budget). The two handlers are
/// never freed (the promise may call either, or neither, at any time): a few bytes per promise,
/// and the guide waits for one per page load and one per copied link.
fn when_settled(
    promise: &js_sys::Promise,
    settled: impl FnOnce(Result<JsValue, JsValue>) + 'static,
) {
    let settled = Rc::new(RefCell::new(Some(settled)));
    let on_reject = settled.clone();
    let fulfilled = Closure::once(move |value: JsValue| {
        if let Some(settled) = settled.borrow_mut().take() {
            settled(Ok(value));
        }
    });
    let rejected = Closure::once(move |error: JsValue| {
        if let Some(settled) = on_reject.borrow_mut().take() {
            settled(Err(error));
        }
    });
    let _ = promise.then2(&fulfilled, &rejected);
    fulfilled.forget();
    rejected.forget();
}

/// Runs `work` in a task of its own, after the current one (a zero-delay timer), so that the
/// browser can paint and handle input in between. Without a window it runs now.
pub fn in_next_task(work: impl FnOnce() + 'static) {
    let Some(window) = window() else {
        return work();
    };
    let callback = Closure::once_into_js(work);
    let _ = window.set_timeout_with_callback(callback.unchecked_ref());
}
