//! Relief Guide: a short questionnaire that shows the parts of a pain clinic's article
//! that fit a patient's answers, and why.
//!
//! - [`content`] and [`engine`] are the functional core, the `relief-core` crate: plain Rust
//!   with no browser dependency, tested natively.
//! - [`ui`] renders state with Yew; [`platform`] is the only code that touches browser APIs.
//!
//! See ARCHITECTURE.md for the map.

// The functional core is its own crate (no browser dependency); re-exported under the names
// the views use.
pub use relief_core::{content, engine};
pub mod platform;
pub mod ui;
