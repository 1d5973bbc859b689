//! sessionStorage: answers survive a reload of this tab and nothing more. No cookies, no
//! localStorage. Storage can be missing or throw (private modes, partitioned iframes, files
//! opened from disk in some browsers): then the guide simply keeps answers in memory.

use super::window;

/// The one key the guide writes (documented in SECURITY.md when that exists).
pub const KEY: &str = "relief-guide:answers";

fn session() -> Option<web_sys::Storage> {
    window()?.session_storage().ok().flatten()
}

pub fn load() -> Option<String> {
    session()?.get_item(KEY).ok().flatten()
}

pub fn save(value: &str) {
    if let Some(storage) = session() {
        let _ = storage.set_item(KEY, value);
    }
}

pub fn clear() {
    if let Some(storage) = session() {
        let _ = storage.remove_item(KEY);
    }
}
