//! The plain-HTML pages keep the whole article: the one shown after a panic (with a way to start
//! again), and the one shown before the app starts and wherever it cannot run.

use relief_guide::content::{english, fill};
use relief_guide::ui::OFFLINE_FILE;
use relief_guide::ui::fallback::{crash_page, saved_copy, static_page};

#[test]
fn the_crash_page_has_the_whole_article_and_a_restart_link() {
    let words = english();
    let page = crash_page(words, "https://clinic.example/guide/?a=1&b=2");
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
    let page = static_page(words);
    assert_eq!(page.matches("<h1").count(), 1, "one page heading");
    assert_eq!(page.matches("<main").count(), 1, "one main landmark");
    assert!(page.contains(&format!(
        r#"<p class="when-scripting">{}</p>"#,
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
    assert!(static_page(english()).contains(&copy));
    for element in ["<h1", "<main", "<header", "<footer"] {
        assert!(
            !copy.contains(element),
            "the running app already has {element}"
        );
    }
}
