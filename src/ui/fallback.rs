//! The guide as plain HTML, for wherever the app cannot run: behind the prerendered start
//! screen (`prerender`), in a copy of the page saved without scripts, and after a Rust panic.
//! The patient can always read the whole article. The article's HTML is written at build time
//! (native only: the wasm does not carry the article's words) and the app takes it from the
//! page, for the results and the crash page alike.

use crate::content::Locale;
#[cfg(not(target_arch = "wasm32"))]
use crate::content::fill;

/// The crash page. `restart_address` is this page's address without a fragment: following
/// it reloads the guide at its start. `article` is the whole article as HTML (the `<article>`
/// of the page's [`saved_copy`]), or empty if the page has none.
pub fn crash_page(words: &Locale, restart_address: &str, article: &str) -> String {
    let ui = &words.ui;
    format!(
        concat!(
            r#"<div class="guide"><main id="main" class="guide-main">"#,
            r#"<h1 id="{heading_id}" class="page-heading" tabindex="-1">{heading}</h1>"#,
            r#"<p>{text}</p><p><a class="button" href="{restart}">{start_again}</a></p>"#,
            "{article}</main></div>"
        ),
        heading_id = super::HEADING_ID,
        heading = escape(ui.crash_heading),
        text = escape(ui.crash_text),
        restart = escape(restart_address),
        start_again = escape(ui.start_again),
        article = article,
    )
}

/// How the article's HTML opens each section's text: [`article`] writes it, and the app finds a
/// section's words by it (`screens::article`).
pub const SECTION_TEXT: &str = r#"<div class="article-text">"#;

/// How the article's HTML holds each sentence of a paragraph, so that the app can mark the one
/// a rule quotes.
pub const SENTENCE: (&str, &str) = ("<span>", "</span>");

/// The whole article under a note that the questions need the downloaded file. The running app
/// keeps it in the page, hidden, so that a copy saved without scripts (Chromium's single-file
/// MHTML drops them) still shows the article; the stylesheet shows it only where scripts
/// cannot run (`@media (scripting: none)`). The app does not carry the article's words: it
/// takes this copy from the page it runs in (the prerendered one, or a `<template>` per
/// language in the downloaded file).
#[cfg(not(target_arch = "wasm32"))]
pub fn saved_copy(words: &Locale) -> String {
    let note = fill(words.ui.saved_copy_note, &[("file", super::OFFLINE_FILE)]);
    format!(
        r#"<div class="saved-copy"><p class="when-no-scripting">{}</p>{}</div>"#,
        escape(&note),
        article(words)
    )
}

/// The whole article: each section's title and text, word for word, each sentence in a
/// [`SENTENCE`] and each section's text in a [`SECTION_TEXT`].
#[cfg(not(target_arch = "wasm32"))]
pub fn article(words: &Locale) -> String {
    let (open, close) = SENTENCE;
    let mut html = format!(
        r#"<article class="article"><h2>{}</h2>"#,
        escape(words.article.title)
    );
    for section in words.article.sections {
        // The first section is the introduction, whose title is the article's own title.
        if section.title != words.article.title {
            html += &format!("<h3>{}</h3>", escape(section.title));
        }
        html += SECTION_TEXT;
        for paragraph in section.paragraphs {
            let sentences: Vec<String> = paragraph
                .iter()
                .map(|sentence| format!("{open}{}{close}", escape(sentence)))
                .collect();
            html += &format!("<p>{}</p>", sentences.join(" "));
        }
        if !section.items.is_empty() {
            html += r#"<ol class="article-items">"#;
            for item in section.items {
                html += &format!(
                    "<li><strong>{}:</strong> {}</li>",
                    escape(item.title),
                    escape(item.text)
                );
            }
            html += "</ol>";
        }
        html += "</div>";
    }
    html + "</article>"
}

/// The published sources behind the guide, as the footer's list (`<ul>`, one `<li>` each):
/// built into the page at build time, and taken from there by the app ([`super::GuideProps`]'s
/// `sources`), which does not carry them (issue 12's byte budget; they are the same in every
/// language).
#[cfg(not(target_arch = "wasm32"))]
pub fn sources_list() -> String {
    let items: String = crate::content::GUIDE
        .sources
        .iter()
        .map(|source| {
            let url = escape(source.url);
            format!(
                r#"<li>{}. <a href="{url}">{url}</a></li>"#,
                escape(&format!(
                    "{}. {}, {}",
                    source.title, source.publisher, source.year
                ))
            )
        })
        .collect();
    format!("<ul>{items}</ul>")
}

pub fn escape(text: &str) -> String {
    text.chars()
        .fold(String::with_capacity(text.len()), |mut out, c| {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' => out.push_str("&quot;"),
                '\'' => out.push_str("&#39;"),
                c => out.push(c),
            }
            out
        })
}
