//! Life inside a partner's iframe (embed mode). The guide tells the page around it two things
//! only, so that `assets/embed.js` can size and scroll the frame: the height of its content,
//! and that a new step is on screen. No message ever holds an answer or names a screen (the
//! warning-sign cards would give away a warning sign).

use std::cell::Cell;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use super::window;
use crate::engine::embed::Accent;

/// The two message types; `assets/embed.js` accepts exactly these shapes:
/// `{ type: HEIGHT, height: <whole CSS pixels> }` and `{ type: STEP }`.
const HEIGHT: &str = "relief-guide:height";
const STEP: &str = "relief-guide:step";
/// The class on `<html>` that style.css keys the compact layout on.
const EMBEDDED_CLASS: &str = "embedded";

/// The page around this one, if this page is in a frame.
fn parent() -> Option<web_sys::Window> {
    let window = window()?;
    window
        .parent()
        .ok()
        .flatten()
        .filter(|parent| !js_sys::Object::is(parent, &window))
}

pub fn in_frame() -> bool {
    parent().is_some()
}

/// Gives the page its embedded look, in the partner's accent if there is one. The accent is
/// set through the CSSOM, which a Content-Security-Policy without 'unsafe-inline' allows.
pub fn show_embedded(accent: Option<Accent>) {
    let root = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    let Some(root) = root else { return };
    let _ = root.class_list().add_1(EMBEDDED_CLASS);
    let (Some(accent), Ok(root)) = (accent, root.dyn_into::<web_sys::HtmlElement>()) else {
        return;
    };
    let style = root.style();
    let _ = style.set_property("--partner-accent", &accent.colour().hex());
    let _ = style.set_property("--partner-accent-dark", &accent.dark().hex());
}

/// Posts the height of `content` to the parent page now and whenever it changes. It measures
/// the content, never the viewport, so the frame's new height cannot feed back into it.
/// Without a parent or a ResizeObserver it does nothing: the frame keeps its own height and
/// scrolls.
pub fn report_height(content: &web_sys::Element) {
    let Some(parent) = parent() else { return };
    let measured = content.clone();
    let last_posted = Cell::new(None);
    let on_resize = Closure::<dyn FnMut()>::new(move || {
        let height = measured.get_bounding_client_rect().height().ceil();
        if last_posted.replace(Some(height)) != Some(height) {
            post(&parent, HEIGHT, Some(height));
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(content);
        // Both live as long as the page.
        on_resize.forget();
        std::mem::forget(observer);
    }
}

/// Tells the parent page that a new step is on screen, so it brings the frame's top into view.
pub fn announce_step() {
    if let Some(parent) = parent() {
        post(&parent, STEP, None);
    }
}

fn post(parent: &web_sys::Window, kind: &str, height: Option<f64>) {
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &kind.into());
    if let Some(height) = height {
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
    }
    // Any origin: the partner's is not known here (the frame gets no referrer), and the
    // message holds nothing private.
    let _ = parent.post_message(&message, "*");
}
