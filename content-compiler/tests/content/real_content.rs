//! The real content compiles, and the Rust written for it says what the files say.

use std::fs;

use content_compiler::{Compiled, compile};

use crate::copy::{ContentCopy, copy_english_to, real_content_dir};

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
        array(&article, "section").len()
    );
    assert_eq!(lines_starting_with(&rust, "Locale {"), 1);
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

    let rule = format!(
        "Rule {{ section: SectionId({nerve_blocks}), when: &[Choice {{ question: QuestionId({diagnoses}), option: OptionId({sciatica}) }}], evidence: 1, background: false }}"
    );
    assert!(rust.contains(&rule), "{rule}\nis not in\n{rust}");
}

#[test]
fn background_rules_and_doctor_said_questions_are_marked() {
    let rust = compile_real_content().rust;
    assert!(rust.contains("background: true }"));
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
    let expected = [
        "questions.toml",
        "rules.toml",
        "en/article.toml",
        "en/questions.toml",
        "en/ui.toml",
    ];
    assert_eq!(files_read, expected.map(|file| dir.join(file)));
}

#[test]
fn translations_that_match_english_compile_after_english_in_name_order() {
    let content = ContentCopy::new(&[copy_english_to("es"), copy_english_to("de")]);
    let compiled = content
        .compile()
        .unwrap_or_else(|errors| panic!("{errors:?}"));
    let position = |lang: &str| compiled.rust.find(&format!("lang: \"{lang}\"")).unwrap();
    assert!(position("en") < position("de") && position("de") < position("es"));
    assert!(
        compiled
            .files_read
            .contains(&content.dir.join("es/ui.toml"))
    );
}
