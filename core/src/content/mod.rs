//! The guide's content: the clinic's article, the questions and the rules, compiled in.
//!
//! `build.rs` validates `content/*.toml` with `content-compiler` and writes `GUIDE`;
//! nothing here parses text at run time.

mod model;

pub use model::*;

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// The reference locale, English: every other locale has exactly its keys. (A build for a
/// page of another language carries only that language: this is then its first locale.)
pub fn english() -> &'static Locale {
    &GUIDE.locales[0]
}

/// Fills `{name}` placeholders. The build has checked every locale uses the same names.
/// Values go in as they are, never read as templates themselves (a partner's clinic name
/// that contains `{file}` stays `{file}`); a `{` that starts no known name is kept.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut text = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        text.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let known = after.find('}').and_then(|close| {
            let value = values.iter().find(|(name, _)| *name == &after[..close])?.1;
            Some((close, value))
        });
        match known {
            Some((close, value)) => {
                text.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                text.push('{');
                rest = after;
            }
        }
    }
    text.push_str(rest);
    text
}
