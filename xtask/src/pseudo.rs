//! The pseudo-locale (issue 13): English made visibly foreign and longer, in the spirit of
//! Android's and Chrome's `en-XA`, to prove with the browser tests that every word on every
//! screen comes from `content/` (a word left in Rust or HTML stays plain English), that every
//! screen still fits 320 px at 200 % text when the words are about 40 % longer, and that an
//! offline file carrying a third language stays within its budget.
//!
//! It is never shipped: `cargo xtask test` writes it from `content/en/` into a copy of
//! `content/` under target/, and builds only `target/dist-pseudo/relief-guide.html` from that
//! copy (tests/e2e/pseudo.spec.ts opens it). `dist/` never sees it.

use crate::content_check::{CONTENT_VARIABLE, fresh_copy_of_content, read, write};
use crate::files::OFFLINE_FILE;
use crate::process::command;
use crate::{Result, budget, playwright, project, setup, trunk};
use std::fs;
use std::path::{Path, PathBuf};

/// The pseudo-locale's tag and folder: Android's name for accented, longer English.
pub const PSEUDO_LANG: &str = "en-XA";
/// The copy of `content/` with the pseudo-locale, and the folder of the file built from it.
const CONTENT_COPY: &str = "target/pseudo/content";
const PSEUDO_DIST: &str = "target/dist-pseudo";

/// Keys whose values are not words: ids and references, dates, versions, statuses.
const NOT_WORDS: [&str; 7] = [
    "id",
    "part_of",
    "status",
    "last_reviewed",
    "next_review",
    "version",
    "signed_off_by",
];

/// `cargo xtask test`'s step: the content copy with `content/en-XA/`, the offline file built
/// from it (every language, the pseudo-locale too), and its size against the offline file's
/// budget.
pub fn build() -> Result {
    let root = project::root();
    let copy = fresh_copy_of_content(CONTENT_COPY)?;
    write_pseudo_locale(&copy.join("en"), &copy.join(PSEUDO_LANG))?;

    let page = trunk::offline_file_from(&copy)?;
    let dist = root.join(PSEUDO_DIST);
    fs::create_dir_all(&dist).map_err(|err| format!("cannot create {}: {err}", dist.display()))?;
    let path: PathBuf = dist.join(OFFLINE_FILE);
    fs::write(&path, &page).map_err(|err| format!("cannot write {}: {err}", path.display()))?;
    let size = budget::gzip(page.as_bytes()).len() as u64;
    let verdict = if size <= budget::LIMIT_OFFLINE_FILE {
        "ok"
    } else {
        "OVER THE LIMIT"
    };
    println!(
        "offline file with three languages (en, es, {PSEUDO_LANG}, the last about 40 % longer): \
         {} gzip, limit {}  {verdict}",
        budget::kb(size),
        budget::kb(budget::LIMIT_OFFLINE_FILE)
    );
    if size > budget::LIMIT_OFFLINE_FILE {
        return Err(format!(
            "an offline file with a third language would be over its budget: {} (xtask/src/pseudo.rs)",
            path.display()
        ));
    }
    Ok(())
}

/// tests/e2e/pseudo.spec.ts, alone, on the file [`build`] wrote, reading the words from the copy
/// of `content/` it was built from.
pub fn browser_tests() -> Result {
    let root = project::root();
    let file = root.join(PSEUDO_DIST).join(OFFLINE_FILE);
    let mut playwright = command(
        "npx",
        &[
            "playwright",
            "test",
            "--config",
            "tests/e2e/playwright.config.ts",
        ],
    );
    playwright
        .env(CONTENT_VARIABLE, root.join(CONTENT_COPY))
        .env("E2E_PAGE_URL", format!("file://{}", file.display()))
        .env("CHROMIUM_PATH", setup::chromium_path());
    playwright::run(&mut playwright, "pseudo-locale")
}

/// Writes the pseudo-locale's three files into `to`, made from the English ones in `english`.
fn write_pseudo_locale(english: &Path, to: &Path) -> Result {
    fs::create_dir_all(to).map_err(|err| format!("cannot create {}: {err}", to.display()))?;
    for file in ["article.toml", "questions.toml", "ui.toml"] {
        let path = english.join(file);
        let mut document: toml::Table = read(&path)?
            .parse()
            .map_err(|err| format!("{} is not TOML: {err}", path.display()))?;
        for (key, value) in document.iter_mut() {
            pseudo_value(key, value);
        }
        if file == "ui.toml" {
            // Checked as a translation, as a third language would be; "reviewed", so that its
            // cards do not show the reviewed English advice beside its own (that English is
            // content too, but would hide a word left in Rust).
            let mut translation = toml::Table::new();
            translation.insert("status".into(), "reviewed".into());
            translation.insert(
                "reviewed_by".into(),
                pseudo_text("the pseudo-locale, for tests only").into(),
            );
            document.insert("translation".into(), translation.into());
        }
        write(&to.join(file), &document)?;
    }
    Ok(())
}

/// Turns every string under `key` into pseudo text, unless the key names something that is not
/// words.
fn pseudo_value(key: &str, value: &mut toml::Value) {
    match value {
        toml::Value::String(text) if !NOT_WORDS.contains(&key) => *text = pseudo_text(text),
        toml::Value::Array(items) => items.iter_mut().for_each(|item| pseudo_value(key, item)),
        toml::Value::Table(table) => table
            .iter_mut()
            .for_each(|(key, value)| pseudo_value(key, value)),
        _ => {}
    }
}

/// `text` with every ASCII letter accented and every vowel written twice (English text is about
/// 40 % vowels, so it grows by about that much, inside words, where it makes lines wrap and
/// words overflow as a longer language would), keeping `{placeholders}`, punctuation, digits
/// and spacing, so that sentences and lines stay where they were.
pub fn pseudo_text(text: &str) -> String {
    const PLAIN: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const ACCENTED: &str = "åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";
    let mut out = String::with_capacity(text.len() * 2);
    let mut in_placeholder = false;
    for c in text.chars() {
        match c {
            '{' => in_placeholder = true,
            '}' => in_placeholder = false,
            _ => {}
        }
        let Some(at) = PLAIN.find(c).filter(|_| !in_placeholder) else {
            out.push(c);
            continue;
        };
        let accented = ACCENTED.chars().nth(at).unwrap_or(c);
        out.push(accented);
        if "aeiouAEIOU".contains(c) {
            out.push(accented.to_lowercase().next().unwrap_or(accented));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_are_accented_and_vowels_doubled_placeholders_kept() {
        assert_eq!(pseudo_text("Start now"), "Šţååŕţ ñööŵ");
        assert_eq!(
            pseudo_text("Call {urgent_line} today."),
            "Çååļļ {urgent_line} ţööðååý."
        );
        assert_eq!(pseudo_text("3 months, 2-3 days"), "3 ɱööñţĥš, 2-3 ðååýš");
    }

    #[test]
    fn no_plain_letter_is_left_outside_placeholders() {
        let text = "The Quick Brown Fox Jumps Over The Lazy Dog {name} xyz";
        let pseudo = pseudo_text(text);
        let outside: String = pseudo.split(['{', '}']).step_by(2).collect();
        assert!(
            !outside.chars().any(|c| c.is_ascii_alphabetic()),
            "{pseudo}"
        );
        assert!(pseudo.contains("{name}"));
    }

    #[test]
    fn it_is_about_forty_percent_longer() {
        let english = "Persistent pain can have a profound impact on daily life, affecting \
                       everything from work productivity to personal relationships.";
        let ratio = pseudo_text(english).chars().count() as f64 / english.chars().count() as f64;
        assert!((1.25..1.5).contains(&ratio), "{ratio}");
    }

    #[test]
    fn ids_and_dates_stay_as_they_are() {
        let mut value = toml::Value::Table(
            "id = \"nerve-blocks\"\ntitle = \"Nerve Blocks\"\nnext_review = \"2027-06-01\"\n\
             [options]\nlower-back = \"Lower back\"\n"
                .parse()
                .unwrap(),
        );
        pseudo_value("", &mut value);
        assert_eq!(value["id"].as_str(), Some("nerve-blocks"));
        assert_eq!(value["next_review"].as_str(), Some("2027-06-01"));
        assert_eq!(value["title"].as_str(), Some("Ñééŕṽéé Ɓļööçķš"));
        assert_eq!(
            value["options"]["lower-back"].as_str(),
            Some("Ļööŵééŕ ƀååçķ")
        );
    }
}
