//! `dist/sw.js`: the service worker that keeps the hosted guide for offline visits (registered
//! by `src/platform/offline.rs`). Its code is `sw.js` (minified by `cargo xtask dist`); this
//! writes the lines it starts from.

use crate::files::{OFFLINE_FILE, PAGE_FILE};

/// The worker's code, which uses the names the lines of [`script`] define.
pub const WORKER: &str = include_str!("sw.js");

/// The worker for the build whose page hashes to `build`, running `code` ([`WORKER`], perhaps
/// minified): its cache is named after the build, so that a new deployment replaces it.
pub fn script(build: &str, code: &str) -> String {
    format!(
        "// Written by `cargo xtask dist` from xtask/src/sw.js: change that file, not this one.\n\
         const BUILD = '{build}';\n\
         // The page, and every address in the scope that serves the same bytes ('' is the scope).\n\
         const PAGE = '{PAGE_FILE}';\n\
         const SAME_PAGE = ['', '{PAGE_FILE}', '{OFFLINE_FILE}'];\n\n\
         {}\n",
        code.trim_end()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_worker_names_its_cache_after_the_build_and_knows_the_page() {
        let worker = script("0123456789abcdef", WORKER);
        assert!(worker.contains("const BUILD = '0123456789abcdef';"));
        assert!(worker.contains("`relief-guide-${BUILD}`"));
        assert!(worker.contains("const SAME_PAGE = ['', 'index.html', 'relief-guide.html'];"));
        for name in ["BUILD", "PAGE", "SAME_PAGE"] {
            assert!(WORKER.contains(name), "sw.js uses {name}");
            assert!(
                !WORKER.contains(&format!("const {name} =")),
                "{name} is defined once"
            );
        }
    }
}
