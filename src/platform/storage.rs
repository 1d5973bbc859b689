//! sessionStorage: answers survive a reload of this tab and nothing more. No cookies, no
//! localStorage. Storage can be missing or throw (private modes, partitioned iframes, files
//! opened from disk in some browsers): then the guide simply keeps answers in memory.
//! Embedded in a partner's page it does not even try (see [`keep_in_memory_only`]).

use std::cell::Cell;

use super::window;

/// The one key the guide writes (SECURITY.md).
pub const KEY: &str = "relief-guide:answers";

thread_local! {
    static MEMORY_ONLY: Cell<bool> = const { Cell::new(false) };
}

/// From now on, never touch storage: in a partner's iframe it is third-party storage, often
/// blocked or partitioned, and a patient there does not expect the guide to keep anything.
/// Called once at start-up, before the first `load`.
pub fn keep_in_memory_only() {
    MEMORY_ONLY.set(true);
}

/// Every read and write goes through here.
fn session() -> Option<web_sys::Storage> {
    if MEMORY_ONLY.get() {
        return None;
    }
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
