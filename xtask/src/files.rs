//! The names of the files `cargo xtask dist` writes into `dist/`, which several steps share (a
//! leaf module: it imports nothing).

/// The page a web server serves.
pub const PAGE_FILE: &str = "index.html";
/// The same page under the name "Save for offline use" downloads it by (`ui::OFFLINE_FILE` in
/// the app).
pub const OFFLINE_FILE: &str = "relief-guide.html";
/// The service worker, beside the page, where the app registers it (`src/platform/offline.rs`).
pub const SERVICE_WORKER_FILE: &str = "sw.js";
/// The partner-site script Trunk copies beside the page (index.html).
pub const EMBED_FILE: &str = "embed.js";
