//! Mounts the guide into the page's `#relief-guide` element, replacing its loading message.

use relief_guide::content::english;
use relief_guide::platform::{document, panic};
use relief_guide::ui::{App, MOUNT_ID, fallback};

fn main() {
    panic::install(MOUNT_ID, |restart| fallback::crash_page(english(), restart));
    if let Some(root) = document::take_mount_point(MOUNT_ID) {
        yew::Renderer::<App>::with_root(root).render();
    }
}
