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

/// Fills the clinic's name, numbers and address (content/clinic.toml) into `template`: the
/// cards, the safety-netting, the footer and the review pack all name them this way.
pub fn with_clinic(template: &str) -> String {
    let clinic = &GUIDE.clinic;
    fill(
        template,
        &[
            ("emergency_number", clinic.emergency_number),
            ("urgent_line", clinic.urgent_line),
            ("urgent_line_name", clinic.urgent_line_name),
            ("clinic_name", clinic.name),
            ("phone", clinic.phone),
            ("website", clinic.website),
        ],
    )
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
