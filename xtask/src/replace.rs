//! Edits of text that another tool wrote (Trunk's index.html, wasm-bindgen's glue), which must
//! find what they replace exactly once: text written otherwise stops the build rather than
//! being left as it was (a leaf module).

use crate::Result;

/// `text` (the file `document`) with `from`, which must occur exactly once, replaced by `to`;
/// `what` says what `from` is, for the error.
pub fn once(document: &str, text: &str, from: &str, to: &str, what: &str) -> Result<String> {
    match text.matches(from).count() {
        1 => Ok(text.replacen(from, to, 1)),
        count => Err(format!(
            "{document} should contain {what} (`{from}`) once, but has it {count} times"
        )),
    }
}
