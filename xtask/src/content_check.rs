//! The step of `cargo xtask test` that proves what CONTENT.md promises clinic editors: changing
//! the words in `content/` never breaks a test. It edits English words of every kind a patient
//! meets on a journey (a question, an option, a short name, buttons, headings, an article
//! section's title) in a copy of `content/`, builds the guide from that copy and runs the
//! journey specs, which read every word from the same copy (`RELIEF_GUIDE_CONTENT`, read by
//! core/build.rs and tests/e2e/support/content.ts). The release build after it rebuilds `dist/`
//! from the real content.

use crate::process::{self, command};
use crate::{Result, nginx, playwright, project, setup};
use std::fs;
use std::path::{Path, PathBuf};

/// Builds and the browser tests read content from here when it is set.
pub const CONTENT_VARIABLE: &str = "RELIEF_GUIDE_CONTENT";

/// What is edited: (file in content/en/, table path, key). Each text gets " (edited)" added.
const EDITS: [(&str, &[&str], &str); 8] = [
    ("questions.toml", &["where"], "question"),
    ("questions.toml", &["where", "options"], "lower-back"),
    ("questions.toml", &["duration"], "short"),
    ("ui.toml", &["ui"], "start_button"),
    ("ui.toml", &["ui"], "continue_button"),
    ("ui.toml", &["ui"], "check_heading"),
    ("ui.toml", &["ui"], "results_heading"),
    ("ui.toml", &["ui"], "article_words_heading"),
];

pub fn run() -> Result {
    let root = project::root();
    let copy = fresh_copy_of_content("target/content-check/content")?;
    for (file, tables, key) in EDITS {
        edit(&copy.join("en").join(file), tables, key)?;
    }
    edit_section_title(&copy.join("en/article.toml"), "nerve-blocks")?;
    println!(
        "edited {} English texts in {}",
        EDITS.len() + 1,
        copy.display()
    );

    let mut dist = command("cargo", &["xtask", "dist"]);
    dist.env(CONTENT_VARIABLE, &copy);
    process::run(&mut dist)?;
    // The page was built from the copy: its prerendered start screen has the edited button.
    let page = read(&root.join("dist/index.html"))?;
    if !page.contains(" (edited)</a>") {
        return Err("dist/index.html was not built from the edited copy of content/".to_owned());
    }
    let server = nginx::start()?;
    let mut journeys = command(
        "npx",
        &[
            "playwright",
            "test",
            "--config",
            "tests/e2e/playwright.config.ts",
            "journeys.spec.ts",
        ],
    );
    journeys
        .env(CONTENT_VARIABLE, &copy)
        .env("CHROMIUM_PATH", setup::chromium_path())
        .envs(server.env());
    playwright::run(&mut journeys, "content-check")
}

/// Adds " (edited)" to the text at `tables`.`key` of the TOML file `path`.
fn edit(path: &Path, tables: &[&str], key: &str) -> Result {
    let text = read(path)?;
    let mut document: toml::Table = text
        .parse()
        .map_err(|err| format!("{} is not TOML: {err}", path.display()))?;
    let mut table = &mut document;
    for name in tables {
        table = table
            .get_mut(*name)
            .and_then(toml::Value::as_table_mut)
            .ok_or_else(|| format!("{} has no table [{}]", path.display(), tables.join(".")))?;
    }
    let value = table
        .get_mut(key)
        .ok_or_else(|| format!("{} has no {key} in [{}]", path.display(), tables.join(".")))?;
    let edited = format!("{} (edited)", value.as_str().unwrap_or_default());
    *value = toml::Value::String(edited);
    write(path, &document)
}

/// Adds " (edited)" to the title of the article section `id`.
fn edit_section_title(path: &Path, id: &str) -> Result {
    let mut document: toml::Table = read(path)?
        .parse()
        .map_err(|err| format!("{} is not TOML: {err}", path.display()))?;
    let section = document
        .get_mut("section")
        .and_then(toml::Value::as_array_mut)
        .and_then(|sections| {
            sections
                .iter_mut()
                .find(|s| s.get("id").and_then(toml::Value::as_str) == Some(id))
        })
        .and_then(toml::Value::as_table_mut)
        .ok_or_else(|| format!("{} has no section {id}", path.display()))?;
    let title = section
        .get("title")
        .and_then(toml::Value::as_str)
        .unwrap_or_default();
    section.insert(
        "title".into(),
        toml::Value::String(format!("{title} (edited)")),
    );
    write(path, &document)
}

pub fn read(path: &Path) -> Result<String> {
    fs::read_to_string(path).map_err(|err| format!("cannot read {}: {err}", path.display()))
}

pub fn write(path: &Path, document: &toml::Table) -> Result {
    let text = toml::to_string(document).map_err(|err| format!("cannot write TOML: {err}"))?;
    fs::write(path, text).map_err(|err| format!("cannot write {}: {err}", path.display()))
}

/// A copy of `content/` at `relative` (under the repository root), replacing any earlier one.
pub fn fresh_copy_of_content(relative: &str) -> Result<PathBuf> {
    let root = project::root();
    let copy = root.join(relative);
    if copy.exists() {
        fs::remove_dir_all(&copy)
            .map_err(|err| format!("cannot empty {}: {err}", copy.display()))?;
    }
    copy_dir(&root.join("content"), &copy)?;
    Ok(copy)
}

fn copy_dir(from: &Path, to: &Path) -> Result {
    fs::create_dir_all(to).map_err(|err| format!("cannot create {}: {err}", to.display()))?;
    let entries =
        fs::read_dir(from).map_err(|err| format!("cannot list {}: {err}", from.display()))?;
    for entry in entries {
        let path = entry
            .map_err(|err| format!("cannot list {}: {err}", from.display()))?
            .path();
        let target = to.join(path.file_name().unwrap_or_default());
        if path.is_dir() {
            copy_dir(&path, &target)?;
        } else {
            fs::copy(&path, &target)
                .map_err(|err| format!("cannot copy {}: {err}", path.display()))?;
        }
    }
    Ok(())
}
