//! Runs Playwright Test, and when it fails, says which tests failed and why in the error that
//! ends `cargo xtask test`: CI's log keeps only the last lines of a run, and Playwright prints
//! its failures before its long list of slow files and the step summary.
//!
//! The configs add Playwright's JSON reporter when `PLAYWRIGHT_JSON_OUTPUT_FILE` is set (as
//! here); arguments that choose another reporter leave the error as it was.

use crate::process;
use crate::{Result, project};
use serde_json::Value;
use std::fs;
use std::process::Command;

/// Lines of each failure's first error kept in the message: enough for what was expected and
/// where.
const ERROR_LINES: usize = 8;

/// Runs `playwright` (an `npx playwright test` command), its JSON report written to
/// `target/playwright/<name>.json`.
pub fn run(playwright: &mut Command, name: &str) -> Result {
    let dir = project::root().join("target/playwright");
    fs::create_dir_all(&dir).map_err(|err| format!("{}: {err}", dir.display()))?;
    let report = dir.join(format!("{name}.json"));
    let _ = fs::remove_file(&report);
    playwright.env("PLAYWRIGHT_JSON_OUTPUT_FILE", &report);
    process::run(playwright).map_err(|err| {
        let failures = fs::read_to_string(&report)
            .ok()
            .and_then(|text| serde_json::from_str(&text).ok())
            .map(|report| failures(&report))
            .unwrap_or_default();
        if failures.is_empty() {
            err
        } else {
            format!("{err}\n{}", failures.join("\n"))
        }
    })
}

/// Each test of `report` (Playwright's JSON report) that did not end as expected: where it is,
/// its titles, its project, and the first lines of its last attempt's first error.
fn failures(report: &Value) -> Vec<String> {
    let mut found = Vec::new();
    for suite in list(report, "suites") {
        collect(suite, &mut Vec::new(), &mut found);
    }
    found
}

/// The failures among `suite`'s specs and its inner suites', `titles` being the inner suites'
/// titles down to it (a file's own suite is titled with the file, which each spec names).
fn collect<'a>(suite: &'a Value, titles: &mut Vec<&'a str>, found: &mut Vec<String>) {
    for spec in list(suite, "specs") {
        for test in list(spec, "tests") {
            if text(test, "status") != "unexpected" {
                continue;
            }
            let last = list(test, "results").last();
            let error = last
                .and_then(|result| list(result, "errors").first())
                .map(|error| first_lines(&strip_colours(text(error, "message"))))
                .unwrap_or_default();
            let mut name = titles.clone();
            name.push(text(spec, "title"));
            found.push(format!(
                "  {}:{} › {} ({}, {})\n{error}",
                text(spec, "file"),
                spec["line"],
                name.join(" › "),
                text(test, "projectName"),
                last.map_or("", |result| text(result, "status")),
            ));
        }
    }
    for inner in list(suite, "suites") {
        titles.push(text(inner, "title"));
        collect(inner, titles, found);
        titles.pop();
    }
}

fn list<'a>(value: &'a Value, key: &str) -> &'a [Value] {
    value[key].as_array().map_or(&[], Vec::as_slice)
}

fn text<'a>(value: &'a Value, key: &str) -> &'a str {
    value[key].as_str().unwrap_or_default()
}

/// The message without the terminal's colour codes (`ESC [ … m`).
fn strip_colours(message: &str) -> String {
    let mut plain = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(start) = rest.find("\u{1b}[") {
        plain.push_str(&rest[..start]);
        rest = &rest[start..];
        rest = rest.find('m').map_or("", |end| &rest[end + 1..]);
    }
    plain.push_str(rest);
    plain
}

fn first_lines(message: &str) -> String {
    message
        .lines()
        .filter(|line| !line.trim().is_empty())
        .take(ERROR_LINES)
        .map(|line| format!("      {line}\n"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{failures, strip_colours};
    use serde_json::json;

    #[test]
    fn a_failed_test_is_named_with_its_first_error_and_a_passed_one_is_not() {
        let report = json!({ "suites": [{
            "title": "embed.spec.ts",
            "specs": [{ "title": "passes", "file": "embed.spec.ts", "line": 3,
                "tests": [{ "status": "expected", "projectName": "chromium",
                    "results": [{ "status": "passed", "errors": [] }] }] }],
            "suites": [{
                "title": "Keyboard only",
                "specs": [{ "title": "focus is never trapped", "file": "embed.spec.ts", "line": 509,
                    "tests": [{ "status": "unexpected", "projectName": "chromium",
                        "results": [{ "status": "failed", "errors": [
                            { "message": "Error: \u{1b}[2mexpect(\u{1b}[22mlocator\u{1b}[2m).toBeFocused()\u{1b}[22m failed\n\nExpected: focused\nReceived: inactive" },
                            { "message": "a second error" }
                        ] }] }] }]
            }]
        }] });
        assert_eq!(
            failures(&report),
            [concat!(
                "  embed.spec.ts:509 › Keyboard only › focus is never trapped (chromium, failed)\n",
                "      Error: expect(locator).toBeFocused() failed\n",
                "      Expected: focused\n",
                "      Received: inactive\n",
            )]
        );
    }

    #[test]
    fn colour_codes_go_and_the_words_stay() {
        assert_eq!(
            strip_colours("\u{1b}[31mTest timeout of 30000ms exceeded.\u{1b}[39m"),
            "Test timeout of 30000ms exceeded."
        );
        assert_eq!(strip_colours("no colour"), "no colour");
    }
}
