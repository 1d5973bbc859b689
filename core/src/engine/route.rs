//! The URL fragment ("#q/duration") for each screen, and back.
//!
//! Navigation lives in the fragment so it works the same on a web server, from a file on
//! disk and inside a partner's iframe, and answers never reach a server: browsers do not
//! send the fragment.

use super::flow::{Screen, question_ids};
use crate::content::{Guide, Level};

const QUESTION_PREFIX: &str = "q/";
const SHARE_PREFIX: &str = "share=";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Screen(Screen),
    /// A share link: the encoded answers, to be decoded by [`super::codec::decode`].
    Share(String),
    /// A fragment this guide never makes (mistyped, or from another version).
    Unknown,
}

/// The fragment for `screen`, with the leading `#`.
pub fn fragment(guide: &Guide, screen: Screen) -> String {
    match screen {
        Screen::Start => "#start".to_owned(),
        Screen::Question(q) => format!("#{QUESTION_PREFIX}{}", guide.question(q).id),
        Screen::Check => "#check".to_owned(),
        Screen::Results => "#results".to_owned(),
        Screen::Card(Level::Emergency) => "#emergency".to_owned(),
        Screen::Card(Level::Urgent) => "#urgent".to_owned(),
        Screen::Card(Level::Soon) => "#soon".to_owned(),
        Screen::OutOfScope => "#not-covered".to_owned(),
        Screen::StartAgain => "#start-again".to_owned(),
    }
}

pub fn share_fragment(code: &str) -> String {
    format!("#{SHARE_PREFIX}{code}")
}

/// Reads `location.hash` (with or without the leading `#`).
pub fn parse(guide: &Guide, fragment: &str) -> Route {
    let fragment = percent_decode(fragment.strip_prefix('#').unwrap_or(fragment));
    if let Some(code) = fragment.strip_prefix(SHARE_PREFIX) {
        return Route::Share(code.to_owned());
    }
    if let Some(id) = fragment.strip_prefix(QUESTION_PREFIX) {
        return question_ids(guide)
            .find(|&q| guide.question(q).id == id)
            .map_or(Route::Unknown, |q| Route::Screen(Screen::Question(q)));
    }
    match fragment.as_str() {
        "" | "start" => Route::Screen(Screen::Start),
        "check" => Route::Screen(Screen::Check),
        "results" => Route::Screen(Screen::Results),
        // An address from before levels said "#urgent" for every card; `resolve` shows the
        // card the answers need.
        "emergency" => Route::Screen(Screen::Card(Level::Emergency)),
        "urgent" => Route::Screen(Screen::Card(Level::Urgent)),
        "soon" => Route::Screen(Screen::Card(Level::Soon)),
        "not-covered" => Route::Screen(Screen::OutOfScope),
        "start-again" => Route::Screen(Screen::StartAgain),
        _ => Route::Unknown,
    }
}

/// Some apps percent-encode characters of a link they pass on (`~` as `%7E`). Only ASCII
/// escapes are decoded; anything else is left as it is and fails later as unknown.
fn percent_decode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('%') {
        out.push_str(&rest[..at]);
        let escape = rest
            .get(at + 1..at + 3)
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match escape {
            Some(byte) if byte.is_ascii() => {
                out.push(char::from(byte));
                rest = &rest[at + 3..];
            }
            _ => {
                out.push('%');
                rest = &rest[at + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}
