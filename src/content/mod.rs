//! The guide's content: the clinic's article, the questions and the rules, compiled in.
//!
//! `build.rs` validates `content/*.toml` with `content-compiler` and writes `GUIDE`;
//! nothing here parses text at run time.

mod model;

pub use model::*;

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// The reference locale: every other locale has exactly its keys.
pub fn english() -> &'static Locale {
    &GUIDE.locales[0]
}

/// Fills `{name}` placeholders. The build has checked every locale uses the same names.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_owned(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}
