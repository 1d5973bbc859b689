//! The decision logic: pure functions over the compiled content, the patient's answers and the
//! page's parameters. No browser APIs and no Yew here, so all of it is tested natively with
//! `cargo test`.

pub mod answers;
pub mod codec;
pub mod embed;
pub mod flow;
pub mod language;
pub mod results;
pub mod route;
pub mod triage;

pub use answers::{Answers, OptionSet, toggle};
pub use flow::Screen;
