//! Which language the guide speaks, from `?lang=` and the browser's languages.

use proptest::prelude::*;
use relief_core::content::{GUIDE, Locale};
use relief_core::engine::language::{choose, date_locale, page_file};

fn chosen(asked: Option<&str>, preferred: &[&str]) -> &'static str {
    let preferred: Vec<String> = preferred.iter().map(|tag| tag.to_string()).collect();
    choose(&GUIDE, asked, &preferred).lang
}

fn locale(lang: &str) -> &'static Locale {
    GUIDE.locale(lang).unwrap()
}

#[test]
fn the_address_wins_over_the_browser() {
    assert_eq!(chosen(Some("es"), &["en-GB", "en"]), "es");
    assert_eq!(chosen(Some("en"), &["es-ES"]), "en");
}

#[test]
fn the_address_may_name_a_region_or_use_capitals() {
    assert_eq!(chosen(Some("ES"), &[]), "es");
    assert_eq!(chosen(Some("es-MX"), &[]), "es");
    assert_eq!(chosen(Some("es_419"), &[]), "es");
}

#[test]
fn an_unknown_or_hostile_address_value_is_ignored() {
    assert_eq!(chosen(Some("xx"), &["es-ES"]), "es");
    assert_eq!(chosen(Some("<script>alert(1)</script>"), &[]), "en");
    assert_eq!(chosen(Some(""), &["es"]), "es");
    assert_eq!(chosen(Some("-es"), &[]), "en");
}

#[test]
fn the_first_browser_language_the_guide_has_wins() {
    assert_eq!(chosen(None, &["fr-FR", "es-419", "en"]), "es");
    assert_eq!(chosen(None, &["en-GB", "es"]), "en");
    assert_eq!(chosen(None, &["de", "fr"]), "en");
}

#[test]
fn english_when_nothing_is_known() {
    assert_eq!(chosen(None, &[]), "en");
}

#[test]
fn dates_are_written_in_the_page_language_as_the_clinics_country_writes_it() {
    let country = GUIDE.clinic.country;
    assert_eq!(date_locale(locale("en"), country), format!("en-{country}"));
    assert_eq!(date_locale(locale("es"), country), format!("es-{country}"));
}

#[test]
fn every_language_names_itself_differently() {
    let mut names: Vec<&str> = GUIDE
        .locales
        .iter()
        .map(|locale| locale.ui.language_name)
        .collect();
    assert!(names.iter().all(|name| !name.trim().is_empty()));
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), GUIDE.locales.len());
}

#[test]
fn each_language_has_its_own_page_and_english_is_index_html() {
    let files: Vec<String> = GUIDE
        .languages
        .iter()
        .map(|language| page_file(&GUIDE, language.lang).expect("every language has a page"))
        .collect();
    assert_eq!(files[0], "index.html");
    let mut distinct = files.clone();
    distinct.sort_unstable();
    distinct.dedup();
    assert_eq!(distinct.len(), files.len(), "{files:?}");
}

/// A language tag as an address or a browser might write it: one of the guide's, in any case,
/// perhaps with a region; or anything at all.
fn any_tag() -> impl Strategy<Value = String> {
    let langs: Vec<&'static str> = GUIDE.locales.iter().map(|locale| locale.lang).collect();
    prop_oneof![
        (
            prop::sample::select(langs),
            "([-_][A-Za-z0-9]{1,8})?",
            any::<bool>()
        )
            .prop_map(|(lang, region, upper)| {
                let tag = format!("{lang}{region}");
                if upper { tag.to_uppercase() } else { tag }
            }),
        ".{0,12}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    /// Whatever the address and the browser say, the guide speaks one of its languages, and a
    /// language the guide has, asked for in the address, wins over the browser.
    #[test]
    fn the_choice_is_always_a_language_the_guide_has(asked in proptest::option::of(any_tag()), preferred in prop::collection::vec(any_tag(), 0..4)) {
        let chosen = choose(&GUIDE, asked.as_deref(), &preferred);
        prop_assert!(GUIDE.locales.iter().any(|locale| std::ptr::eq(locale, chosen)));
        if let Some(asked) = &asked
            && let Some(exact) = GUIDE.locales.iter().find(|l| l.lang.eq_ignore_ascii_case(asked))
        {
            prop_assert_eq!(chosen.lang, exact.lang);
        }
    }

    /// A tag that only extends a language of the guide with a region chooses that language.
    #[test]
    fn a_region_falls_back_to_its_language(index in 0..GUIDE.locales.len(), region in "[A-Z]{2}|[0-9]{3}") {
        let lang = GUIDE.locales[index].lang;
        let tag = format!("{lang}-{region}");
        let exact = GUIDE.locales.iter().find(|l| l.lang.eq_ignore_ascii_case(&tag));
        let expected = exact.map_or(lang, |l| l.lang);
        prop_assert_eq!(choose(&GUIDE, Some(&tag), &[]).lang, expected);
    }

    /// Only a language the guide has gets a page: no address value names another file.
    #[test]
    fn only_the_guides_languages_have_a_page(tag in any_tag()) {
        let page = page_file(&GUIDE, &tag);
        prop_assert_eq!(page.is_some(), GUIDE.languages.iter().any(|l| l.lang == tag));
        if let Some(page) = page {
            prop_assert!(page.starts_with("index.") && page.ends_with(".html"));
            prop_assert!(page.chars().all(|c| c.is_ascii_alphanumeric() || ".-".contains(c)), "{}", page);
        }
    }
}
