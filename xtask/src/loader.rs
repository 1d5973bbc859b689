//! The wasm-bindgen glue's loader, cut down to the one way the page starts the app.
//!
//! boot.js hands the glue the module's bytes, decoded from the page, and nothing else. The loader
//! wasm-bindgen writes can also fetch a URL or a `Request`, stream a `Response` (with a warning
//! for a server that sends the wrong type), guess the module's address from the script's own,
//! start synchronously (`initSync`), and warn about older ways of calling it. None of that runs
//! in the page, and terser cannot tell: it is all reachable from the function the glue returns.
//! Replaced by a loader for bytes alone, the page is 0.6 KB smaller after gzip (issue 13).
//!
//! Two fallbacks go too, for browsers that lack `TextEncoder.encodeInto` or
//! `FinalizationRegistry` (Chrome 84, Firefox 79, Safari 14.1 have both): no browser without them
//! can run the wasm, which uses reference types (Chrome 96, Firefox 79, Safari 15). 54 bytes
//! after gzip, which the English page needed to reach 90 KB.
//!
//! wasm-bindgen is pinned to one version (Cargo.toml), and the text replaced here is that
//! version's: if a new version writes it differently, the build stops and says so.

use crate::{Result, replace};

/// The file these edits are made to, as errors name it.
const GLUE: &str = "the wasm-bindgen glue";

/// Where wasm-bindgen's loader starts: the first of its functions, and the last line of the glue.
const LOADER_START: &str = "    async function __wbg_load(module, imports) {\n";
const LOADER_END: &str = "    return Object.assign(__wbg_init, { initSync }, exports);\n";
/// Where the glue finds its own address, which only the loader uses.
const SCRIPT_SRC_START: &str = "    let script_src;\n";
const SCRIPT_SRC_END: &str = "    function __wbg_get_imports() {\n";

/// The fallbacks for browsers that cannot run the wasm anyway.
const ENCODE_INTO_FALLBACK_START: &str = "    if (!('encodeInto' in cachedTextEncoder)) {\n";
const ENCODE_INTO_FALLBACK_END: &str = "    let WASM_VECTOR_LEN = 0;\n";
const NO_FINALIZATION_REGISTRY: &str = "(typeof FinalizationRegistry === 'undefined')
        ? { register: () => {}, unregister: () => {} }
        : new FinalizationRegistry(";

/// What the glue returns instead: a function that instantiates the module's bytes, called as
/// wasm-bindgen's is (`wasm_bindgen({ module_or_path })`), so that boot.js starts either glue.
const BYTES_LOADER: &str = "    return async ({ module_or_path: bytes }) => {
        const { instance, module } = await WebAssembly.instantiate(bytes, __wbg_get_imports());
        return __wbg_finalize_init(instance, module);
    };
";

/// `glue` (wasm-bindgen's no-modules output) with the loader for bytes in place of its own.
pub fn for_bytes(glue: &str) -> Result<String> {
    let glue = replace_span(glue, LOADER_START, LOADER_END, BYTES_LOADER, "its loader")?;
    let glue = replace_span(
        &glue,
        SCRIPT_SRC_START,
        SCRIPT_SRC_END,
        SCRIPT_SRC_END,
        "how it finds its own address",
    )?;
    let glue = replace_span(
        &glue,
        ENCODE_INTO_FALLBACK_START,
        ENCODE_INTO_FALLBACK_END,
        ENCODE_INTO_FALLBACK_END,
        "its encodeInto fallback",
    )?;
    let glue = replace::once(
        GLUE,
        &glue,
        NO_FINALIZATION_REGISTRY,
        "new FinalizationRegistry(",
        "its FinalizationRegistry fallback",
    )
    .map_err(|err| unexpected(&err))?;
    if glue.contains("script_src") || glue.contains("fetch(") {
        return Err(unexpected("a use of what was removed is left"));
    }
    Ok(glue)
}

/// `text` with everything from `start` to the end of `end` replaced by `to`; each must be there
/// once, `start` before `end`.
fn replace_span(text: &str, start: &str, end: &str, to: &str, what: &str) -> Result<String> {
    let once = |needle: &str| match text.match_indices(needle).count() {
        1 => text.find(needle),
        _ => None,
    };
    match (once(start), once(end)) {
        (Some(from), Some(until)) if from < until => Ok(format!(
            "{}{to}{}",
            &text[..from],
            &text[until + end.len()..]
        )),
        _ => Err(unexpected(&format!(
            "{what} is not where this version writes it"
        ))),
    }
}

fn unexpected(what: &str) -> String {
    format!(
        "{GLUE} is not the one xtask/src/loader.rs knows ({what}): was wasm-bindgen updated? \
         Update loader.rs for its output"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shape of wasm-bindgen 0.2's no-modules glue, cut down to what `for_bytes` reads.
    fn glue() -> String {
        format!(
            "let wasm_bindgen = (function(exports) {{\n{SCRIPT_SRC_START}    if (document.currentScript !== null) {{\n        script_src = document.currentScript.src;\n    }}\n{SCRIPT_SRC_END}        return {{}};\n    }}\n    const CLOSURE_DTORS = {NO_FINALIZATION_REGISTRY}state => 0);\n    const cachedTextEncoder = new TextEncoder();\n{ENCODE_INTO_FALLBACK_START}        cachedTextEncoder.encodeInto = function () {{}};\n    }}\n{ENCODE_INTO_FALLBACK_END}    function __wbg_finalize_init(instance, module) {{ return instance.exports; }}\n{LOADER_START}        return fetch(script_src);\n    }}\n    async function __wbg_init(module_or_path) {{}}\n{LOADER_END}}})({{ __proto__: null }});\n"
        )
    }

    #[test]
    fn the_loader_for_bytes_replaces_wasm_bindgens_and_what_only_it_used() {
        let cut = for_bytes(&glue()).unwrap();
        assert!(cut.contains(BYTES_LOADER), "{cut}");
        assert!(cut.contains("function __wbg_finalize_init"), "{cut}");
        assert!(cut.contains(SCRIPT_SRC_END), "{cut}");
        assert!(
            cut.contains("const CLOSURE_DTORS = new FinalizationRegistry(state => 0);"),
            "{cut}"
        );
        assert!(cut.contains(ENCODE_INTO_FALLBACK_END), "{cut}");
        for gone in [
            "typeof FinalizationRegistry",
            "cachedTextEncoder.encodeInto =",
            "__wbg_load",
            "initSync",
            "script_src",
            "fetch(",
            "__wbg_init(",
        ] {
            assert!(!cut.contains(gone), "{gone} is left in:\n{cut}");
        }
    }

    #[test]
    fn a_glue_written_otherwise_stops_the_build() {
        let renamed = glue().replace("__wbg_load", "__wbg_load_module");
        let err = for_bytes(&renamed).unwrap_err();
        assert!(err.contains("its loader is not where"), "{err}");
        let twice = format!("{}{LOADER_END}", glue());
        assert!(for_bytes(&twice).is_err());
    }
}
