//! Smaller scripts in the one-file page (`cargo xtask dist` only; `cargo xtask serve` serves
//! Trunk's build as it is).
//!
//! Why: issue 7 counts the gzip size of everything a first visit downloads, and the page carries
//! the wasm-bindgen glue and `boot.js`, and beside it `sw.js`, as written, comments and
//! indentation included. Minified, they are about 3 KB smaller after gzip.
//!
//! - JavaScript goes through terser (npm, pinned in package.json) with its default `--compress`
//!   and `--mangle`, which keep what other code reaches by name: top-level names (the glue's
//!   global `wasm_bindgen`, which boot.js calls; sw.js's `BUILD`, `PAGE` and `SAME_PAGE`, defined
//!   by the lines written before it) and every property name (the `__wbg_*` imports the wasm looks
//!   up). Do not add `--toplevel` or `--mangle-props`: [`glue`] checks that the names survive.
//!
//! The page's Content-Security-Policy hashes are computed afterwards from the text written
//! (`single_file.rs`), so they are the minified text's.

use crate::Result;
use crate::process::{self, command};
use std::collections::BTreeSet;

/// `code` (a classic script) minified by terser.
pub fn js(code: &str) -> Result<String> {
    let minified = process::filter(&mut command("terser", &["--compress", "--mangle"]), code)?;
    Ok(minified.trim_end().to_owned())
}

/// The wasm-bindgen glue minified, after checking that what boot.js and the wasm use by name is
/// still there: the global `wasm_bindgen` and the keys of the import object.
pub fn glue(code: &str) -> Result<String> {
    let minified = js(code)?;
    let lost = lost_names(code, &minified);
    if lost.is_empty() {
        Ok(minified)
    } else {
        Err(format!(
            "minifying the wasm-bindgen glue lost names that boot.js or the wasm use: {} \
             (xtask/src/minify.rs: terser must keep top-level and property names)",
            lost.join(", ")
        ))
    }
}

/// The names other code needs from the glue that `original` defines and `minified` lacks: the
/// global `wasm_bindgen`, and every object key that starts with `__wbg` or `__wbindgen` (the
/// imports the wasm asks for by name).
fn lost_names(original: &str, minified: &str) -> Vec<String> {
    let mut needed = BTreeSet::new();
    if declares_global(original) {
        needed.insert("wasm_bindgen".to_owned());
    }
    needed.extend(wasm_import_keys(original));
    let kept = wasm_import_keys(minified);
    needed
        .into_iter()
        .filter(|name| match name.as_str() {
            "wasm_bindgen" => !declares_global(minified),
            key => !kept.contains(key),
        })
        .collect()
}

/// Whether `code` starts by declaring the global `wasm_bindgen` (`let`/`var`, as wasm-bindgen's
/// no-modules output does).
fn declares_global(code: &str) -> bool {
    let code = code.trim_start();
    ["let wasm_bindgen", "var wasm_bindgen"]
        .iter()
        .any(|start| code.starts_with(start))
}

/// The words starting with `__wbg` or `__wbindgen` that are followed by `:` (object keys).
fn wasm_import_keys(code: &str) -> BTreeSet<String> {
    let is_word = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    let mut keys = BTreeSet::new();
    for (at, _) in code.match_indices("__wb") {
        if code[..at].chars().next_back().is_some_and(is_word) {
            continue;
        }
        let word_len = code[at..].find(|c| !is_word(c)).unwrap_or(code.len() - at);
        let word = &code[at..at + word_len];
        let after = code[at + word_len..].trim_start();
        if (word.starts_with("__wbg") || word.starts_with("__wbindgen")) && after.starts_with(':') {
            keys.insert(word.to_owned());
        }
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_glue_must_keep_its_global_and_import_keys() {
        let glue = "let wasm_bindgen = (function() { const import0 = { __proto__: null, \
                    __wbg_log_1f: function(a) {}, __wbindgen_cast_2e : function(b) {} }; \
                    function __wbg_init() {} })();";
        assert_eq!(
            wasm_import_keys(glue).into_iter().collect::<Vec<_>>(),
            ["__wbg_log_1f", "__wbindgen_cast_2e"]
        );
        let kept = "let wasm_bindgen=function(){const n={__proto__:null,__wbg_log_1f:function(n){},\
                    __wbindgen_cast_2e:function(n){}};function t(){}}();";
        assert!(lost_names(glue, kept).is_empty());
        let renamed = kept.replace("let wasm_bindgen", "let w");
        assert_eq!(lost_names(glue, &renamed), ["wasm_bindgen"]);
        let mangled = kept.replace("__wbg_log_1f", "a");
        assert_eq!(lost_names(glue, &mangled), ["__wbg_log_1f"]);
    }
}
