//! Short names for what the wasm and its glue call each other by (the byte budget, issues 12
//! and 13).
//!
//! wasm-bindgen names each import after the JavaScript it calls and a 16-digit hash
//! (`__wbg_addEventListener_f2d27251d333a631`), and writes each name twice: in the wasm's import
//! section and as a key of the glue's import object; the exports alike (`__wbindgen_malloc`,
//! used by the glue as `wasm.__wbindgen_malloc`). About 180 such names, the hashes random to a
//! compressor, cost 4.4 KB of a language page's first load (measured on the English page:
//! 91.2 KB with them, 86.8 KB without, gzip of the glue and the packed wasm).
//!
//! Binaryen's own pass renames them in the wasm (`$`, `a`, `Ab`…; it avoids JavaScript's
//! reserved words) and prints the mapping as JSON; [`rename_in_glue`] applies it to the glue.
//! The build fails, rather than ship a page that cannot start, if the glue does not provide
//! every import the renamed wasm asks for, exactly once, under the module it names.

use crate::Result;
use crate::process::{self, command};
use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

/// Binaryen's pass: imports (their modules too) and exports get the shortest free names.
const PASS: &str = "--minify-imports-and-exports-and-modules";
/// The custom sections no browser reads: which compiler made the wasm, and the wasm features it
/// uses (wasm-opt has read them on the way in). 0.2 KB of the page after LZMA.
const STRIP: [&str; 2] = ["--strip-producers", "--strip-target-features"];

/// The glue and the wasm at `wasm_path` with short names; the renamed wasm is written to
/// `renamed_path` on the way (wasm-opt reads and writes files).
pub fn shorten(glue: &str, wasm_path: &Path, renamed_path: &Path) -> Result<Shortened> {
    let (input, output) = (wasm_path.to_string_lossy(), renamed_path.to_string_lossy());
    // No feature flags: wasm-opt takes the module's own (its target_features section), and
    // writes nothing newer. (`--all-features` would let it write a compact import section,
    // which browsers refuse.)
    let mapping = process::output(&mut command(
        "wasm-opt",
        &[&input, PASS, STRIP[0], STRIP[1], "-o", &output],
    ))?;
    let renamed = Renaming::from_json(&mapping)?;
    let wasm = fs::read(renamed_path).map_err(|err| format!("cannot read {output}: {err}"))?;
    let imports = imports_of(&wasm)?;
    let glue = rename_in_glue(glue, &renamed, &imports)?;
    Ok(Shortened {
        glue,
        wasm,
        imports,
    })
}

/// The app with short names.
pub struct Shortened {
    pub glue: String,
    pub wasm: Vec<u8>,
    /// `(module, name)` of each import the wasm asks the glue for.
    pub imports: Vec<(String, String)>,
}

/// What Binaryen's pass renamed: `(old module, old name, new name)` for each import, `(old,
/// new)` for each export.
#[derive(Debug, Default)]
pub struct Renaming {
    imports: Vec<(String, String, String)>,
    exports: Vec<(String, String)>,
}

impl Renaming {
    /// The pass's output: `{"imports": [[module, old, new], …], "exports": [[old, new], …]}`.
    fn from_json(json: &str) -> Result<Self> {
        let bad = || format!("wasm-opt {PASS} printed a mapping this step cannot read:\n{json}");
        let value: serde_json::Value = serde_json::from_str(json).map_err(|_| bad())?;
        let strings = |entry: &serde_json::Value| -> Option<Vec<String>> {
            entry
                .as_array()?
                .iter()
                .map(|s| s.as_str().map(str::to_owned))
                .collect()
        };
        let list = |key: &str, len: usize| -> Result<Vec<Vec<String>>> {
            value[key]
                .as_array()
                .ok_or_else(bad)?
                .iter()
                .map(|entry| strings(entry).filter(|e| e.len() == len).ok_or_else(bad))
                .collect()
        };
        Ok(Self {
            imports: list("imports", 3)?
                .into_iter()
                .map(|e| (e[0].clone(), e[1].clone(), e[2].clone()))
                .collect(),
            exports: list("exports", 2)?
                .into_iter()
                .map(|e| (e[0].clone(), e[1].clone()))
                .collect(),
        })
    }
}

/// `(module, name)` of every import of `wasm`.
fn imports_of(wasm: &[u8]) -> Result<Vec<(String, String)>> {
    let bad = |err: wasmparser::BinaryReaderError| format!("cannot read the renamed wasm: {err}");
    let mut imports = Vec::new();
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        if let wasmparser::Payload::ImportSection(section) = payload.map_err(bad)? {
            for import in section.into_imports() {
                let import = import.map_err(bad)?;
                imports.push((import.module.to_owned(), import.name.to_owned()));
            }
        }
    }
    Ok(imports)
}

/// `glue` (wasm-bindgen's, before minifying) using the names `renamed` gave: each import's key,
/// the key of its module (a quoted string), and each `wasm.export`. `imports` is what the
/// renamed wasm asks for; each must then be a key of the glue, and no old name may be left.
pub fn rename_in_glue(
    glue: &str,
    renamed: &Renaming,
    imports: &[(String, String)],
) -> Result<String> {
    let mut glue = glue.to_owned();
    for (_, old, new) in &renamed.imports {
        let (text, count) = replace_words(&glue, old, new, |_, _| true);
        if count != 1 {
            return Err(format!(
                "the wasm-bindgen glue names the import {old} {count} times, not once: this \
                 wasm-bindgen writes its glue in a way xtask/src/short_names.rs does not know"
            ));
        }
        glue = text;
    }
    let old_modules: BTreeSet<&str> = renamed.imports.iter().map(|i| i.0.as_str()).collect();
    let new_modules: BTreeSet<&str> = imports.iter().map(|i| i.0.as_str()).collect();
    match (old_modules.len(), new_modules.len()) {
        (0, 0) => {}
        (1, 1) => {
            let (old, new) = (old_modules.first().unwrap(), new_modules.first().unwrap());
            let quoted = format!("\"{old}\"");
            if glue.matches(&quoted).count() != 1 {
                return Err(format!(
                    "the wasm-bindgen glue does not name the module {old} once"
                ));
            }
            glue = glue.replace(&quoted, &format!("\"{new}\""));
        }
        _ => {
            return Err(format!(
                "the wasm imports from {old_modules:?} (renamed {new_modules:?}); \
                 xtask/src/short_names.rs expects one module, the glue"
            ));
        }
    }
    for (old, new) in &renamed.exports {
        glue = replace_words(&glue, old, new, |before, _| before.ends_with("wasm.")).0;
        if replace_words(&glue, old, new, |before, _| before.ends_with('.')).1 > 0 {
            return Err(format!(
                "the wasm-bindgen glue reads the export {old} other than as `wasm.{old}`: \
                 xtask/src/short_names.rs would leave it unrenamed"
            ));
        }
    }
    provides_imports(&glue, imports)?;
    Ok(glue)
}

/// Checks that `glue` has each of the wasm's `imports` as a key of an object literal (also after
/// minifying: minify.rs). Not "exactly once": a short name may also be the key of another
/// object (the glue's closures are `{ a, b, … }`); [`rename_in_glue`] has already checked that
/// each old name was there once. The browser tests start the app from every page built.
pub fn provides_imports(glue: &str, imports: &[(String, String)]) -> Result {
    let is_key = |before: &str, after: &str| {
        before.trim_end().ends_with(['{', ',']) && after.trim_start().starts_with(':')
    };
    match imports
        .iter()
        .find(|(_, name)| replace_words(glue, name, name, is_key).1 == 0)
    {
        Some((_, name)) => Err(format!(
            "the wasm asks for the import {name}, which is not a key of the glue's import object"
        )),
        None => Ok(()),
    }
}

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '$'
}

/// `text` with every whole-word `old` for which `wanted(text before it, text after it)` holds
/// replaced by `new`, and how many were.
fn replace_words(
    text: &str,
    old: &str,
    new: &str,
    wanted: impl Fn(&str, &str) -> bool,
) -> (String, usize) {
    let mut out = String::with_capacity(text.len());
    let (mut copied, mut count) = (0, 0);
    for (at, _) in text.match_indices(old) {
        let (before, after) = (&text[..at], &text[at + old.len()..]);
        let whole = !before.chars().next_back().is_some_and(is_word_char)
            && !after.chars().next().is_some_and(is_word_char);
        if whole && wanted(before, after) {
            out.push_str(&text[copied..at]);
            out.push_str(new);
            copied = at + old.len();
            count += 1;
        }
    }
    out.push_str(&text[copied..]);
    (out, count)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shape of wasm-bindgen's no-modules glue, cut down.
    const GLUE: &str = r#"let wasm_bindgen = (function() {
    let wasm;
    function imports() {
        const import0 = {
            __wbg_focus_d5e2fdbdb56416f0: function(arg0) { arg0.focus(); },
            __wbg_set_2793479888329cb6: function(a, b, c) { a[b] = c; },
        };
        return { "./app_bg.js": import0 };
    }
    function passString(s) { return wasm.__wbindgen_malloc(s.length); }
    function finish(instance) { wasm = instance.exports; wasm.__wbindgen_start(); }
})();"#;

    fn renaming() -> Renaming {
        Renaming::from_json(
            r#"{ "imports": [
                ["./app_bg.js", "__wbg_focus_d5e2fdbdb56416f0", "$"],
                ["./app_bg.js", "__wbg_set_2793479888329cb6", "a"] ],
              "exports": [ ["memory", "b"], ["__wbindgen_malloc", "c"], ["__wbindgen_start", "d"] ] }"#,
        )
        .unwrap()
    }

    fn renamed_imports() -> Vec<(String, String)> {
        vec![("a".into(), "$".into()), ("a".into(), "a".into())]
    }

    #[test]
    fn the_glue_gets_the_names_the_renamed_wasm_uses() {
        let glue = rename_in_glue(GLUE, &renaming(), &renamed_imports()).unwrap();
        assert!(glue.contains("$: function(arg0)"), "{glue}");
        assert!(
            glue.contains("a: function(a, b, c) { a[b] = c; }"),
            "{glue}"
        );
        assert!(glue.contains(r#"{ "a": import0 }"#), "{glue}");
        assert!(
            glue.contains("wasm.c(s.length)") && glue.contains("wasm.d()"),
            "{glue}"
        );
        assert!(!glue.contains("__wb"), "no old name is left: {glue}");
    }

    #[test]
    fn an_import_the_glue_does_not_provide_fails_the_build() {
        let mut imports = renamed_imports();
        imports.push(("a".into(), "b".into()));
        let err = rename_in_glue(GLUE, &renaming(), &imports).unwrap_err();
        assert!(err.contains("import b"), "{err}");
    }

    #[test]
    fn an_import_named_twice_or_an_export_read_another_way_fails_the_build() {
        let twice = GLUE.replace("arg0.focus();", "__wbg_focus_d5e2fdbdb56416f0;");
        assert!(rename_in_glue(&twice, &renaming(), &renamed_imports()).is_err());
        let other_way = GLUE.replace(
            "wasm = instance.exports;",
            "const e = instance.exports; e.__wbindgen_malloc;",
        );
        let err = rename_in_glue(&other_way, &renaming(), &renamed_imports()).unwrap_err();
        assert!(err.contains("__wbindgen_malloc"), "{err}");
    }

    #[test]
    fn a_mapping_of_another_shape_fails_the_build() {
        assert!(Renaming::from_json(r#"{ "imports": [["a", "b"]], "exports": [] }"#).is_err());
        assert!(Renaming::from_json("not json").is_err());
    }

    #[test]
    fn only_whole_words_are_renamed() {
        let (text, count) = replace_words("a.ab a_b a, b.a", "a", "X", |_, _| true);
        assert_eq!((text.as_str(), count), ("X.ab a_b X, b.X", 3));
    }
}
