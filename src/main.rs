//! Decides once whether the page is embedded in a partner's site, then mounts the guide into
//! the page's `#relief-guide` element, replacing its loading message.

use relief_guide::content::english;
use relief_guide::engine::embed::page_params;
use relief_guide::platform::{self, document, frame, location, panic, storage};
use relief_guide::ui::{App, AppProps, MOUNT_ID, fallback};

fn main() {
    // The one place embed mode is decided: whatever differs in it follows from `page`.
    let page = page_params(location::query_parameter, frame::in_frame());
    for refused in &page.refused {
        platform::warn(&refused.to_string());
    }
    if page.is_embedded() {
        storage::keep_in_memory_only();
    }
    panic::install(MOUNT_ID, |restart| fallback::crash_page(english(), restart));
    let Some(root) = document::take_mount_point(MOUNT_ID) else {
        return;
    };
    if let Some(embed) = &page.embed {
        frame::show_embedded(embed.accent);
        frame::report_height(&root);
    }
    yew::Renderer::<App>::with_root_and_props(root, AppProps { embed: page.embed }).render();
}
