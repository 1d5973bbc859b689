//! Decides once whether the page is embedded in a partner's site, then mounts the guide into
//! the page's `#relief-guide` element, replacing whatever is in it (the article shown until the
//! app starts, or the screen of a page saved with "Save Page As") once it has taken the parts
//! the wasm does not carry (the sources and the article), and keeps the hosted guide for
//! offline visits.

use relief_guide::content::{GUIDE, english};
use relief_guide::engine::embed::page_params;
use relief_guide::platform::{self, document, frame, location, offline, panic, storage};
use relief_guide::ui::{App, AppProps, MOUNT_ID, fallback};

/// lol_alloc's free list instead of Rust's default wasm allocator (dlmalloc, or Talc before
/// December 2026): its code is the smallest of the three (issue 13's byte budget). A free list
/// walk is linear, which suits a heap this small. The guide runs on one thread, the one
/// `AssumeSingleThreaded` promises.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: the wasm runs on the page's one thread; no worker shares its memory.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

fn main() {
    // The one place embed mode is decided: whatever differs in it follows from `page`.
    let page = page_params(location::query_parameter, frame::in_frame());
    for refused in &page.refused {
        platform::warn(&refused.to_string());
    }
    if page.is_embedded() {
        storage::keep_in_memory_only();
    }
    panic::install(MOUNT_ID, crash_page);
    let Some(root) = document::mount_point(MOUNT_ID) else {
        return;
    };
    if let Some(embed) = &page.embed {
        frame::show_embedded(embed.accent);
        frame::report_height(&root);
    } else {
        // Embedded, the partner's page decides what is kept.
        offline::keep_for_offline_visits();
    }
    // The first render in a task of its own: on a slow phone, this start-up work and the first
    // render together are one task long enough to block input (Lighthouse's TBT); each alone
    // is not. The prerendered start screen is on the page meanwhile.
    // The list of sources is in the page (prerendered, or drawn by the app before the page was
    // saved), not in the wasm: taken before the first render replaces the mount root.
    let embed = page.embed;
    let sources = document::outer_html(&format!("#{MOUNT_ID} .sources ul")).into();
    // So is the article, in each language the page carries.
    let saved_copies = document::saved_copies(&format!("#{MOUNT_ID} .saved-copy"))
        .into_iter()
        .map(|(lang, html)| (lang, html.into()))
        .collect();
    platform::in_next_task(move || {
        // Read as the render empties the root: a patient may have tabbed to Start meanwhile.
        let focused_control = document::focused_control(&root).map(Into::into);
        let props = AppProps {
            embed,
            sources,
            saved_copies,
            focused_control,
        };
        yew::Renderer::<App>::with_root_and_props(root, props).render();
    });
}

/// The crash page in the language the patient was reading (the app keeps `<html lang>` set),
/// with the article as the page has it: the app's hidden copy, or the prerendered one.
fn crash_page(restart_address: &str) -> String {
    let words = document::lang()
        .and_then(|lang| GUIDE.locale(&lang))
        .unwrap_or_else(english);
    let article = document::outer_html(&format!("#{MOUNT_ID} .saved-copy article"));
    fallback::crash_page(words, restart_address, &article)
}
