//! The guide on screen: Yew views that render [`state::GuideState`] and send [`state::Msg`].
//! They never decide eligibility themselves; the engine does.

mod app;
pub mod fallback;
mod guide;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
mod screens;
pub mod state;
mod text;
mod widgets;
mod words;

pub use app::{App, AppProps};
pub use guide::{GuideProps, LanguageLink, guide};
pub use screens::article::section_html;
pub use text::page_title;
pub use words::Words;

/// The element the app mounts into and owns (see `index.html`).
pub const MOUNT_ID: &str = "relief-guide";
/// The one-file guide that `cargo xtask dist` writes beside `index.html`, for "Save for offline
/// use".
pub const OFFLINE_FILE: &str = "relief-guide.html";
/// Every screen's `<h1>`: focus moves here after each step so screen readers announce it.
pub const HEADING_ID: &str = "page-heading";
pub const ERROR_SUMMARY_ID: &str = "error-summary";
