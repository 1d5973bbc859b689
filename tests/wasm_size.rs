//! What keeps the wasm small, checked where a change would undo it (ARCHITECTURE.md, "The byte
//! budget holds"; docs/decisions.md has the measurements). Each pattern below compiles without
//! complaint and works, and adds code to every page that the byte budget then has to find.

use std::fs;
use std::path::{Path, PathBuf};

/// Written in the code the wasm is built from, each costs every page the bytes given.
const COSTLY: &[(&str, &str)] = &[
    (
        "class={",
        "a class from an expression builds Yew's `Classes`, an IndexSet: 1.5 KB a page; write \
         the class as a literal, or put what varies in a `data-` attribute",
    ),
    (
        "classes!",
        "`classes!` builds Yew's `Classes`, an IndexSet: 1.5 KB a page",
    ),
    (
        "#[function_component",
        "one function component brings back Yew's hooks: 3.3 KB a page; the shell is the one \
         (struct) component and screens are plain functions",
    ),
    (
        "#[component",
        "a function component brings back Yew's hooks: 3.3 KB a page",
    ),
];

/// Compiled for the browser: `src/` but the native-only build tools and prerender.
fn wasm_sources() -> Vec<PathBuf> {
    let native_only = [Path::new("src/bin"), Path::new("src/ui/prerender.rs")];
    let mut found = Vec::new();
    let mut folders = vec![PathBuf::from("src")];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if native_only.iter().any(|skip| path.starts_with(skip)) {
                continue;
            }
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                found.push(path);
            }
        }
    }
    found
}

/// Each line of `source` (not a comment) that has `pattern`, as `file:line`.
fn lines_with(file: &Path, source: &str, pattern: &str) -> Vec<String> {
    source
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim_start().starts_with("//") && line.contains(pattern))
        .map(|(at, _)| format!("{}:{}", file.display(), at + 1))
        .collect()
}

#[test]
fn the_code_the_wasm_is_built_from_has_none_of_the_patterns_that_cost_every_page() {
    let sources = wasm_sources();
    assert!(
        sources.iter().any(|f| f.ends_with("src/ui/app.rs")),
        "the scan reads the views: {sources:?}"
    );
    let mut found = Vec::new();
    for file in &sources {
        let source = fs::read_to_string(file).unwrap();
        for (pattern, why) in COSTLY {
            for at in lines_with(file, &source, pattern) {
                found.push(format!("{at}: `{pattern}`: {why}"));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_scan_finds_a_class_from_an_expression_and_skips_comments() {
    let source = "html! {\n    // a class={…} in a comment\n    <p class={kind}>{ text }</p>\n}";
    assert_eq!(
        lines_with(Path::new("src/ui/x.rs"), source, "class={"),
        ["src/ui/x.rs:3"]
    );
}
