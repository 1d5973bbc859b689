//! The real content compiles, and the Rust written for it says what the files say.

use std::fs;

use content_compiler::{Compiled, compile};

use crate::copy::{
    ContentCopy, TREATMENT_RESULT_ASKED_IF, copy_english_to, real_content_dir,
    replace as replace_in_copy,
};

fn compile_real_content() -> Compiled {
    compile(&real_content_dir()).unwrap_or_else(|errors| {
        let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("the real content has errors:\n{}", errors.join("\n"))
    })
}

fn read_toml(relative: &str) -> toml::Table {
    fs::read_to_string(real_content_dir().join(relative))
        .unwrap()
        .parse()
        .unwrap()
}

fn array<'a>(table: &'a toml::Table, key: &str) -> &'a [toml::Value] {
    table[key].as_array().unwrap()
}

/// The position of the table in `tables` whose `id` is `id`.
fn position_of(tables: &[toml::Value], id: &str) -> usize {
    tables
        .iter()
        .position(|table| table["id"].as_str() == Some(id))
        .unwrap()
}

/// How many lines of the generated Rust start (after indentation) with `start`.
fn lines_starting_with(rust: &str, start: &str) -> usize {
    rust.lines()
        .filter(|line| line.trim_start().starts_with(start))
        .count()
}

#[test]
fn the_real_content_compiles_to_one_entry_per_question_rule_and_section() {
    let rust = compile_real_content().rust;
    let questions = read_toml("questions.toml");
    let rules = read_toml("rules.toml");
    let article = read_toml("en/article.toml");

    assert_eq!(
        lines_starting_with(&rust, "Question {"),
        array(&questions, "question").len()
    );
    assert_eq!(
        lines_starting_with(&rust, "Rule {"),
        array(&rules, "rule").len()
    );
    assert_eq!(
        lines_starting_with(&rust, "Section {"),
        array(&article, "section").len() * LANGS.len(),
        "every language has every section"
    );
    assert_eq!(lines_starting_with(&rust, "Locale {"), LANGS.len());
    assert!(rust.contains("pub static GUIDE: Guide = Guide {"));
}

#[test]
fn the_sciatica_rule_for_nerve_blocks_quotes_the_second_sentence() {
    let rust = compile_real_content().rust;
    let questions = read_toml("questions.toml");
    let question_list = array(&questions, "question");
    let diagnoses = position_of(question_list, "diagnoses");
    let sciatica = position_of(
        array(question_list[diagnoses].as_table().unwrap(), "option"),
        "sciatica",
    );
    let nerve_blocks = position_of(
        array(&read_toml("en/article.toml"), "section"),
        "nerve-blocks",
    );

    let duration = position_of(question_list, "duration");
    let under_3_months = position_of(
        array(question_list[duration].as_table().unwrap(), "option"),
        "under-3-months",
    );

    // Every procedure rule is for pain of 3 months or more (issue 12).
    let rule = format!(
        "Rule {{ section: SectionId({nerve_blocks}), when: &[Choice {{ question: QuestionId({diagnoses}), option: OptionId({sciatica}) }}], any: &[], at_least: 0, unless: &[Choice {{ question: QuestionId({duration}), option: OptionId({under_3_months}) }}], evidence: 1, background: false, meets: None }}"
    );
    assert!(rust.contains(&rule), "{rule}\nis not in\n{rust}");
}

#[test]
fn background_rules_and_doctor_said_questions_are_marked() {
    let rust = compile_real_content().rust;
    assert!(rust.contains("background: true, meets: None }"));
    assert!(
        rust.contains("meets: Some(Choice {"),
        "a rule declares the condition its answers meet"
    );
    assert!(rust.contains("doctor_said: true }"));
}

#[test]
fn the_ui_struct_has_the_english_keys_in_file_order() {
    let rust = compile_real_content().rust;
    let ui = read_toml("en/ui.toml");
    let expected: String = ui["ui"]
        .as_table()
        .unwrap()
        .keys()
        .map(|key| format!("    pub r#{key}: &'static str,\n"))
        .collect();
    assert!(
        rust.contains(&format!(
            "#[derive(Debug)]\npub struct Ui {{\n{expected}}}\n"
        )),
        "{rust}"
    );
}

#[test]
fn every_file_read_is_listed_for_rerunning_the_build() {
    let files_read = compile_real_content().files_read;
    let dir = real_content_dir();
    let mut expected: Vec<_> = [
        "questions.toml",
        "rules.toml",
        "triage.toml",
        "sources.toml",
        "clinic.toml",
    ]
    .map(|file| dir.join(file))
    .into();
    for lang in LANGS {
        for file in ["article.toml", "questions.toml", "ui.toml"] {
            expected.push(dir.join(lang).join(file));
        }
    }
    assert_eq!(files_read, expected);
}

/// The language folders of the real content, in the order the guide lists them.
const LANGS: [&str; 2] = ["en", "es"];

#[test]
fn the_real_content_has_english_then_spanish() {
    let rust = compile_real_content().rust;
    let position = |lang: &str| rust.find(&format!("lang: \"{lang}\"")).unwrap();
    assert!(position("en") < position("es"));
}

#[test]
fn a_third_language_is_only_a_folder_it_compiles_after_english_in_name_order() {
    let content = ContentCopy::new(&[copy_english_to("de")]);
    let compiled = content
        .compile()
        .unwrap_or_else(|errors| panic!("{errors:?}"));
    let position = |lang: &str| compiled.rust.find(&format!("lang: \"{lang}\"")).unwrap();
    assert!(position("en") < position("de") && position("de") < position("es"));
    assert_eq!(lines_starting_with(&compiled.rust, "Locale {"), 3);
    assert!(
        compiled
            .files_read
            .contains(&content.dir.join("de/ui.toml"))
    );
}

/// The generated `review_note` of the locale `lang`.
fn review_note(rust: &str, lang: &str) -> String {
    // The locale's own entry (its `lang` also names it in `languages` and `reviewed_advice`).
    let start = format!("Locale {{\n            lang: \"{lang}\"");
    let locale = &rust[rust.find(&start).unwrap()..];
    let line = locale
        .lines()
        .find(|line| line.trim_start().starts_with("review_note: "))
        .unwrap();
    line.trim().to_string()
}

#[test]
fn only_a_translation_awaiting_review_has_a_note_for_patients() {
    let rust = compile_real_content().rust;
    assert_eq!(review_note(&rust, "en"), "review_note: None,");
    let spanish = read_toml("es/ui.toml");
    let translation = spanish["translation"].as_table().unwrap();
    assert_eq!(translation["status"].as_str(), Some("awaiting-review"));
    let note = translation["note"].as_str().unwrap();
    assert_eq!(
        review_note(&rust, "es"),
        format!("review_note: Some({note:?}),")
    );

    let reviewed = ContentCopy::new(&[
        copy_english_to("de"),
        replace_in_copy(
            "de/ui.toml",
            "status = \"awaiting-review\"\nnote = \"Not checked by a clinician yet.\"",
            "status = \"reviewed\"\nreviewed_by = \"Dr A. Weber, 3 March 2025\"",
        ),
    ]);
    let compiled = reviewed
        .compile()
        .unwrap_or_else(|errors| panic!("{errors:?}"));
    assert_eq!(review_note(&compiled.rust, "de"), "review_note: None,");
}

#[test]
fn the_compiler_does_not_read_the_reference_patients() {
    // cases.toml is read by core/tests/cases.rs only: a mistake in it must not stop the build.
    let files_read = compile_real_content().files_read;
    assert!(!files_read.contains(&real_content_dir().join("cases.toml")));
}

#[test]
fn only_an_emergency_stops_the_guide_so_questions_after_an_urgent_or_soon_sign_can_be_asked() {
    for sign in ["warning-signs.fever", "warning-signs.worse-over-time"] {
        let content = ContentCopy::new(&[replace_in_copy(
            "questions.toml",
            TREATMENT_RESULT_ASKED_IF,
            format!("ask_if_any = [{sign:?}]"),
        )]);
        if let Err(errors) = content.compile() {
            panic!("after {sign}: {errors:?}");
        }
    }
}

#[test]
fn a_rule_may_use_a_sign_that_is_an_emergency_only_in_combination() {
    // Fever is urgent on its own (emergency only with a recent spine procedure or a weak immune
    // system), so a rule that names it can apply.
    let content = ContentCopy::new(&[replace_in_copy(
        "rules.toml",
        r#"when = ["diagnoses.arthritis"]"#,
        r#"when = ["diagnoses.arthritis", "warning-signs.fever"]"#,
    )]);
    if let Err(errors) = content.compile() {
        panic!("{errors:?}");
    }
}
