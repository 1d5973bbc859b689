//! Which language the guide speaks: the one the address asks for (`?lang=es`), else the first
//! of the browser's languages that the guide has, else English. Language tags are compared
//! without regard to case, and a regional tag (`es-MX`) matches its language (`es`).

use crate::content::{Guide, Locale};

/// The locale for a patient whose address says `?lang=asked` (if it does) and whose browser
/// prefers `preferred`, most wanted first (`navigator.languages`). Anything the guide does not
/// have is ignored, so a mistyped or hostile `?lang=` value can only fall back.
pub fn choose(guide: &Guide, asked: Option<&str>, preferred: &[String]) -> &'static Locale {
    asked
        .into_iter()
        .chain(preferred.iter().map(String::as_str))
        .find_map(|tag| matching(guide, tag))
        .unwrap_or(&guide.locales[0])
}

/// The locale `tag` names exactly, else the one of its primary language.
fn matching(guide: &Guide, tag: &str) -> Option<&'static Locale> {
    let exact = guide
        .locales
        .iter()
        .find(|locale| locale.lang.eq_ignore_ascii_case(tag));
    exact.or_else(|| {
        guide
            .locales
            .iter()
            .find(|locale| primary(locale.lang).eq_ignore_ascii_case(primary(tag)))
    })
}

/// `es` of `es-MX`.
fn primary(tag: &str) -> &str {
    tag.split(['-', '_']).next().unwrap_or(tag)
}

/// The locale that dates and times are written in: the page's language as written in the
/// clinic's `country` (`en-GB` writes "28 November 2025, 14:05"), whatever the browser's
/// region, so the page and its printed copy agree with each other and with the clinic. A
/// language with no such variant falls back to its own (`es-GB` writes as `es` does); a page
/// whose language names a region keeps it.
pub fn date_locale(page: &Locale, country: &str) -> String {
    if page.lang.contains('-') {
        page.lang.to_owned()
    } else {
        format!("{}-{country}", page.lang)
    }
}

/// The file of the page in `lang` (issue 13: a page per language): the reference language's is
/// `index.html`, every other one's `index.<lang>.html`, beside it. `None` for a language the
/// guide does not have.
pub fn page_file(guide: &Guide, lang: &str) -> Option<String> {
    let position = guide.languages.iter().position(|l| l.lang == lang)?;
    Some(if position == 0 {
        "index.html".to_owned()
    } else {
        format!("index.{lang}.html")
    })
}
