//! `dist/sw.js`: the service worker that keeps the hosted guide for offline visits (registered
//! by `src/platform/offline.rs`). Its code is `sw.js` (minified by `cargo xtask dist`); this
//! writes the lines it starts from.

use crate::files::PAGE_FILE;

/// The worker's code, which uses the names the lines of [`script`] define.
pub const WORKER: &str = include_str!("../../assets/js/sw.js");

/// The worker for the build whose pages hash to `build`, keeping the pages `files` (every
/// language's and the downloaded file), running `code` ([`WORKER`], perhaps minified): its cache
/// is named after the build, so that a new deployment replaces it.
pub fn script(build: &str, files: &[&str], code: &str) -> String {
    let files: Vec<String> = files.iter().map(|file| format!("'{file}'")).collect();
    format!(
        "// Written by `cargo xtask dist` from assets/js/sw.js: change that file, not this one.\n\
         const BUILD = '{build}';\n\
         // Every page it keeps; the scope's own address ('') is the first, {PAGE_FILE}.\n\
         const PAGES = [{}];\n\n\
         {}\n",
        files.join(", "),
        code.trim_end()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A JavaScript string literal in single quotes (no escapes: these are file names and hex).
    fn string(literal: &str) -> String {
        let text = literal
            .strip_prefix('\'')
            .and_then(|rest| rest.strip_suffix('\''));
        text.unwrap_or_else(|| panic!("not a string: {literal}"))
            .to_owned()
    }

    /// The `const NAME = value;` lines of a script: name and value as written.
    fn constants(script: &str) -> Vec<(&str, &str)> {
        script
            .lines()
            .filter_map(|line| {
                line.strip_prefix("const ")?
                    .strip_suffix(';')?
                    .split_once(" = ")
            })
            .collect()
    }

    /// A string literal, or an array of them, as a list of strings.
    fn strings(value: &str) -> Vec<String> {
        match value
            .strip_prefix('[')
            .and_then(|items| items.strip_suffix(']'))
        {
            Some(items) => items.split(", ").map(string).collect(),
            None => vec![string(value)],
        }
    }

    #[test]
    fn the_worker_starts_from_its_build_and_the_addresses_of_the_page() {
        let worker = script(
            "0123456789abcdef",
            &["index.html", "index.es.html", "relief-guide.html"],
            "self.addEventListener('fetch', () => {});",
        );
        let defined = constants(&worker);
        let value = |name: &str| {
            let found: Vec<_> = defined.iter().filter(|(n, _)| *n == name).collect();
            assert_eq!(found.len(), 1, "{name} is defined once: {worker}");
            strings(found[0].1)
        };
        assert_eq!(value("BUILD"), ["0123456789abcdef"]);
        // Every page it keeps, in the order given: the first answers the scope's own address.
        assert_eq!(
            value("PAGES"),
            ["index.html", "index.es.html", "relief-guide.html"]
        );
        assert!(
            worker
                .trim_end()
                .ends_with("self.addEventListener('fetch', () => {});")
        );
    }

    #[test]
    fn the_worker_code_uses_the_constants_and_names_its_cache_after_the_build() {
        for name in ["BUILD", "PAGES"] {
            assert!(WORKER.contains(name), "sw.js uses {name}");
        }
        let own = constants(WORKER);
        assert!(
            !own.iter()
                .any(|(name, _)| ["BUILD", "PAGES"].contains(name)),
            "sw.js defines none of them itself"
        );
        assert!(
            WORKER.contains("`relief-guide-${BUILD}`"),
            "one cache per build"
        );
    }
}
