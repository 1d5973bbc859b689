//! Which language the guide speaks, from `?lang=` and the browser's languages.

use relief_core::content::{GUIDE, Locale};
use relief_core::engine::language::{choose, date_locale};

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
fn dates_follow_the_browsers_variant_of_the_page_language() {
    let preferred = ["es-ES".to_string(), "en-GB".to_string()];
    assert_eq!(date_locale(locale("en"), &preferred), "en-GB");
    assert_eq!(date_locale(locale("es"), &preferred), "es-ES");
    assert_eq!(date_locale(locale("es"), &["en-US".to_string()]), "es");
}

#[test]
fn every_language_names_itself_differently() {
    let names: Vec<&str> = GUIDE
        .locales
        .iter()
        .map(|locale| locale.ui.language_name)
        .collect();
    assert_eq!(names, ["English", "Español"]);
}
