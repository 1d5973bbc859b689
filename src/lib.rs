//! Relief Guide: a short questionnaire that shows the parts of a pain clinic's article
//! that fit a patient's answers, and why.
//!
//! - [`content`] and [`engine`] are the functional core: plain Rust, tested natively.
//! - [`ui`] renders state with Yew; [`platform`] is the only code that touches browser APIs.
//!
//! See ARCHITECTURE.md for the map.

pub mod content;
pub mod engine;
pub mod platform;
pub mod ui;
