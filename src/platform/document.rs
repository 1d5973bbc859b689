//! The document around the app: title, focus, print, the local date.

use wasm_bindgen::JsCast;

use super::window;

fn document() -> Option<web_sys::Document> {
    window()?.document()
}

pub fn set_title(title: &str) {
    if let Some(document) = document() {
        document.set_title(title);
    }
}

/// Moves keyboard focus to the element with `id` (which has `tabindex="-1"` if it is not
/// focusable by itself), so screen readers read the new screen from its heading.
pub fn focus(id: &str) {
    let element = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

pub fn scroll_to_top() {
    if let Some(window) = window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

pub fn print() {
    if let Some(window) = window() {
        let _ = window.print();
    }
}

/// The date and time now, in the patient's own locale and time zone.
pub fn local_date_time() -> String {
    let now = js_sys::Date::new_0();
    now.to_locale_string("default", &wasm_bindgen::JsValue::UNDEFINED)
        .into()
}

/// Empties the element with `id` and returns it: the app owns its mount point and replaces
/// whatever was there (the loading message, or a copy of the page a browser saved).
pub fn take_mount_point(id: &str) -> Option<web_sys::Element> {
    let element = document()?.get_element_by_id(id)?;
    element.set_inner_html("");
    Some(element)
}
