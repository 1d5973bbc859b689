//! The document around the app: title, language, focus, print, the local date.

use gloo::events::EventListener;
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

/// Sets `<html lang>`, so screen readers pronounce the page in its language (and the browser
/// hyphenates and picks fonts for it).
pub fn set_lang(lang: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang);
    }
}

/// The `<html lang>` the page has now, if any.
pub fn lang() -> Option<String> {
    document()?.document_element()?.get_attribute("lang")
}

/// Whether a link of the prerendered screen was followed before the app started: the mark
/// `assets/js/early_step.js` puts on `<html>` at the first change of the address.
pub fn stepped_before_start() -> bool {
    document()
        .and_then(|d| d.document_element())
        .is_some_and(|root| root.get_attribute("data-stepped").is_some())
}

/// Moves keyboard focus to the element with `id` (which has `tabindex="-1"` if it is not
/// focusable by itself), so screen readers read the new screen from its heading.
pub fn focus(id: &str) {
    focus_element(document().and_then(|d| d.get_element_by_id(id)));
}

/// Focuses `element` if it is an HTML element; `false` if there is none to focus.
fn focus_element(element: Option<impl JsCast>) -> bool {
    element
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|e| e.focus().is_ok())
}

/// What a keyboard user can reach in the guide.
const CONTROLS: &str = "a[href],button,input,select,textarea,summary";

/// The text of the control in `root` that has keyboard focus, if focus is in `root`: read just
/// before the app's first render replaces the prerendered markup, where a patient on a keyboard
/// may already have tabbed to Start. Its text, not its place, names it again: embedded, the app
/// draws no header, so the controls before Start are not the prerendered ones.
pub fn focused_control(root: &web_sys::Element) -> Option<String> {
    let focused = document()?.active_element()?;
    (root.contains(Some(&focused)) && focused.matches(CONTROLS).ok()?)
        .then(|| focused.text_content())?
}

/// Moves keyboard focus to the first control in the element with `id` whose text is `text`
/// (see [`focused_control`]); `false` if there is none.
pub fn focus_control(id: &str, text: &str) -> bool {
    let Some(controls) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|root| root.query_selector_all(CONTROLS).ok())
    else {
        return false;
    };
    focus_element(
        (0..controls.length())
            .filter_map(|position| controls.get(position))
            .find(|control| control.text_content().as_deref() == Some(text)),
    )
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

/// Calls `before_print` when the patient prints from the browser (menu, Ctrl+P), before
/// the page is laid out for paper.
pub fn on_before_print(before_print: impl Fn() + 'static) -> Option<EventListener> {
    let window = window()?;
    Some(EventListener::new(&window, "beforeprint", move |_| {
        before_print()
    }))
}

/// The date and time now, in the patient's time zone, written the way `locale` (a BCP 47
/// tag) writes them: "28 November 2025 at 14:05".
pub fn local_date_time(locale: &str) -> String {
    let options = js_sys::Object::new();
    for (name, value) in [("dateStyle", "long"), ("timeStyle", "short")] {
        let _ = js_sys::Reflect::set(&options, &name.into(), &value.into());
    }
    js_sys::Date::new_0()
        .to_locale_string(locale, &options)
        .into()
}

/// Today's date in the patient's time zone, as YYYY-MM-DD (to compare with review dates).
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// The markup of the first element that `selector` finds in the page (`""` if none).
pub fn outer_html(selector: &str) -> String {
    document()
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .map(|element| element.outer_html())
        .unwrap_or_default()
}

/// The whole article as HTML in each language the page carries, by language tag: the
/// `<template lang>` of each language in the downloaded file, else the page's own copy, the
/// first element `selector` finds, in the page's language.
pub fn saved_copies(selector: &str) -> Vec<(String, String)> {
    let Some(document) = document() else {
        return Vec::new();
    };
    let mut copies: Vec<(String, String)> = match document.query_selector_all("template[lang]") {
        Ok(templates) => (0..templates.length())
            .filter_map(|position| templates.get(position)?.dyn_into::<web_sys::Element>().ok())
            .filter_map(|template| Some((template.get_attribute("lang")?, template.inner_html())))
            .collect(),
        Err(_) => Vec::new(),
    };
    if copies.is_empty()
        && let Some(lang) = lang()
    {
        copies.push((lang, outer_html(selector)));
    }
    copies
}

/// The element with `id`, which the app owns: Yew's renderer empties it when it renders into it
/// (the prerendered start screen, or the screen of a page saved with "Save Page As"), in the
/// same task as the first render, so nothing flashes in between.
pub fn mount_point(id: &str) -> Option<web_sys::Element> {
    document()?.get_element_by_id(id)
}
