//! The plain-HTML pages keep the whole article: the one shown after a panic (with a way to start
//! again), and the one shown before the app starts and wherever it cannot run.

use relief_guide::content::SectionId;
use relief_guide::content::{GUIDE, english, fill};
use relief_guide::engine::language::page_file;
use relief_guide::ui::OFFLINE_FILE;
use relief_guide::ui::fallback::{article, crash_page, escape, saved_copy};
use relief_guide::ui::prerender::{start_screen, static_page};
use relief_guide::ui::section_html;

#[test]
fn the_crash_page_has_the_whole_article_and_a_restart_link() {
    let words = english();
    let page = crash_page(
        words,
        "https://clinic.example/guide/?a=1&b=2",
        &article(words),
    );
    assert!(page.contains(&format!(">{}</h1>", words.ui.crash_heading)));
    assert!(
        page.contains(r#"href="https://clinic.example/guide/?a=1&amp;b=2""#),
        "the address is escaped"
    );
    for section in words.article.sections {
        assert!(page.contains(section.title), "missing {}", section.id);
        for sentence in section.sentences() {
            assert!(
                page.contains(sentence),
                "missing sentence of {}: {sentence}",
                section.id
            );
        }
        for item in section.items {
            assert!(page.contains(item.text), "missing item {}", item.title);
        }
    }
}

#[test]
fn the_page_before_the_app_starts_has_the_whole_article_and_says_what_runs_where() {
    let words = english();
    let page = static_page(words, &[words.lang]);
    assert_eq!(page.matches("<h1").count(), 1, "one page heading");
    assert_eq!(page.matches("<main").count(), 1, "one main landmark");
    assert!(page.contains(&format!(
        r#"<p class="when-scripting guide-loading">{}</p><div class="saved-copy">"#,
        words.ui.loading
    )));
    let note = fill(words.ui.saved_copy_note, &[("file", OFFLINE_FILE)]);
    assert!(page.contains(&format!(r#"<p class="when-no-scripting">{note}</p>"#)));
    assert!(note.contains(OFFLINE_FILE));
    for section in words.article.sections {
        assert!(page.contains(section.title), "missing {}", section.id);
        for sentence in section.sentences() {
            assert!(page.contains(sentence), "missing sentence: {sentence}");
        }
    }
}

#[test]
fn the_copy_kept_behind_the_running_app_has_no_page_heading_or_landmark_of_its_own() {
    let copy = saved_copy(english());
    assert!(copy.starts_with(r#"<div class="saved-copy">"#));
    assert!(static_page(english(), &["en"]).contains(&copy));
    for element in ["<h1", "<main", "<header", "<footer"] {
        assert!(
            !copy.contains(element),
            "the running app already has {element}"
        );
    }
}

#[test]
fn the_prerendered_start_screen_is_the_apps_start_screen_in_english() {
    let words = english();
    let screen = start_screen(words, &[words.lang]);
    assert!(
        screen.starts_with(r#"<div class="guide guide-running">"#),
        "{screen}"
    );
    assert!(screen.contains(&format!(
        r#"<h1 id="page-heading" tabindex="-1" class="page-heading">{}</h1>"#,
        words.ui.start_heading
    )));
    assert!(screen.contains(words.ui.start_button));
    assert!(screen.contains(words.ui.app_name));
    assert!(!screen.contains("<!--"), "no hydration markers: {screen}");
    assert_eq!(screen.matches("<h1").count(), 1);
    assert_eq!(screen.matches("<main").count(), 1);
    // The page before the app starts is that screen, plus the hidden loading line.
    let page = static_page(words, &[words.lang]);
    assert_eq!(
        page.replace(
            &format!(
                r#"<p class="when-scripting guide-loading">{}</p>"#,
                words.ui.loading
            ),
            ""
        ),
        screen
    );
}

#[test]
fn the_no_script_page_has_every_article_section_heading() {
    let words = english();
    let page = static_page(words, &[words.lang]);
    assert!(page.contains(&format!("<h2>{}</h2>", words.article.title)));
    for section in words.article.sections {
        if section.title != words.article.title {
            assert!(
                page.contains(&format!("<h3>{}</h3>", section.title)),
                "missing heading {}",
                section.title
            );
        }
    }
}

#[test]
fn a_page_of_one_language_links_to_the_other_languages_pages_and_the_download_switches_in_place() {
    let words = english();
    let one = start_screen(words, &["en"]);
    let all: Vec<&str> = GUIDE.languages.iter().map(|l| l.lang).collect();
    let every = start_screen(words, &all);
    for language in &GUIDE.languages[1..] {
        let page = page_file(&GUIDE, language.lang).unwrap();
        assert_ne!(page, "index.html", "each language has its own page");
        assert!(
            one.contains(&format!(r#"href="{page}?lang={}""#, language.lang)),
            "the English page links to the {} page: {one}",
            language.lang
        );
        assert!(
            every.contains(&format!(r#"href="?lang={}""#, language.lang)),
            "the downloaded file switches to {} in place: {every}",
            language.lang
        );
    }
    assert_eq!(page_file(&GUIDE, "en").as_deref(), Some("index.html"));
    assert_eq!(page_file(&GUIDE, "xx"), None);
}

/// The app takes a section's words from the article the page carries (the wasm does not carry
/// them): each section's paragraphs and items, and no other section's, in every language.
#[test]
fn each_sections_words_come_from_the_articles_html_whole_and_alone() {
    for lang in GUIDE.languages.iter().map(|l| l.lang) {
        let words = GUIDE.locale(lang).unwrap();
        let copy = saved_copy(words);
        for (at, section) in words.article.sections.iter().enumerate() {
            let html = section_html(&copy, SectionId(at as u8), &[]);
            assert!(html.starts_with(r#"<div class="article-text">"#), "{html}");
            for sentence in section.sentences() {
                assert!(
                    html.contains(&format!("<span>{}</span>", escape(sentence))),
                    "{lang} {}: missing {sentence}",
                    section.id
                );
            }
            for item in section.items {
                assert!(
                    html.contains(&escape(item.text)),
                    "{lang}: missing item {}",
                    item.title
                );
            }
            let others = words.article.sections.iter().filter(|s| s.id != section.id);
            for other in others.flat_map(|s| s.sentences()) {
                assert!(
                    !html.contains(&escape(other)),
                    "{lang} {}: has another section's {other}",
                    section.id
                );
            }
            assert!(!html.contains("<mark>"), "nothing marked unless asked");
        }
        let beyond = SectionId(words.article.sections.len() as u8);
        assert_eq!(
            section_html(&copy, beyond, &[]),
            "",
            "no such section: nothing"
        );
    }
}

/// A rule's evidence counts sentences across the section's paragraphs: the sentence it names
/// is marked, and only it, in every language.
#[test]
fn a_rules_evidence_is_the_one_sentence_marked() {
    for lang in GUIDE.languages.iter().map(|l| l.lang) {
        let words = GUIDE.locale(lang).unwrap();
        let copy = saved_copy(words);
        for rule in GUIDE.rules {
            let section = words.section(rule.section);
            let quoted = section.sentences().nth(rule.evidence).unwrap();
            let html = section_html(&copy, rule.section, &[rule.evidence]);
            assert_eq!(html.matches("<mark>").count(), 1, "{lang}: {html}");
            assert!(
                html.contains(&format!("<mark>{}</mark>", escape(quoted))),
                "{lang} {}: {quoted} is not the marked one in {html}",
                section.id
            );
            assert_eq!(
                html.replace("<mark>", "<span>")
                    .replace("</mark>", "</span>"),
                section_html(&copy, rule.section, &[]),
                "marking changes nothing else"
            );
        }
    }
}
