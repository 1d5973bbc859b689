//! Helpers shared by the app's native test suites: the core's ("question.option" answers and
//! journeys), and the English words as the reducer takes them.
#![allow(dead_code, unused_imports)]

#[path = "../../core/tests/common/mod.rs"]
mod core_helpers;

pub use core_helpers::*;
use relief_guide::content::english;
use relief_guide::ui::Words;

/// The English words, as the reducer takes them.
pub fn english_words() -> Words {
    Words(english())
}
