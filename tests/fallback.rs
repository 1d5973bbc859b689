//! The page shown after a panic still offers the whole article and a way to start again.

use relief_guide::content::english;
use relief_guide::ui::fallback::crash_page;

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
