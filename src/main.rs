//! Mounts the guide into the page's `#relief-guide` element, replacing whatever is in it (the
//! article shown until the app starts, or the screen of a page saved with "Save Page As"), and
//! keeps the hosted guide for offline visits.

use relief_guide::content::{GUIDE, english};
use relief_guide::platform::{document, offline, panic};
use relief_guide::ui::{App, MOUNT_ID, fallback};

fn main() {
    panic::install(MOUNT_ID, crash_page);
    if let Some(root) = document::take_mount_point(MOUNT_ID) {
        yew::Renderer::<App>::with_root(root).render();
    }
    offline::keep_for_offline_visits();
}

/// The crash page in the language the patient was reading (the app keeps `<html lang>` set).
fn crash_page(restart_address: &str) -> String {
    let words = document::lang()
        .and_then(|lang| GUIDE.locale(&lang))
        .unwrap_or_else(english);
    fallback::crash_page(words, restart_address)
}
