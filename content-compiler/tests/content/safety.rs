//! The forms added for clinical safety (issue 12): triage.toml, sources.toml, clinic.toml,
//! the [governance] of each language, and the any / at_least / unless / [[next_step]] of
//! rules.toml. One mistake per test, each proven to print exactly `file:line: message`.

use std::fs;

use crate::copy::{
    At::{FirstLine, LineWith},
    expect_exact_error, real_content_dir, real_line_with, replace, write,
};

/// Each row becomes a test: `name: [edits] => file, where, the whole message;`
macro_rules! exact_error_cases {
    ($($name:ident: [$($edit:expr),* $(,)?] => $file:expr, $at:expr, $message:expr;)*) => {
        $(
            #[test]
            fn $name() {
                expect_exact_error(&[$($edit),*], $file, $at, $message);
            }
        )*
    };
}

/// The message for an answer `question.option` that does not exist: it lists the question's
/// options as content/questions.toml has them now, so that adding an option breaks no test.
fn no_option(question: &str, option: &str) -> String {
    let structure: toml::Table = fs::read_to_string(real_content_dir().join("questions.toml"))
        .unwrap()
        .parse()
        .unwrap();
    let questions = structure["question"].as_array().unwrap();
    let asked = questions
        .iter()
        .find(|q| q["id"].as_str() == Some(question))
        .unwrap();
    let ids: Vec<&str> = asked["option"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["id"].as_str().unwrap())
        .collect();
    format!(
        "question {question:?} has no option {option:?} (in \"{question}.{option}\"); its options are: {}",
        ids.join(", ")
    )
}

/// The [[triage]] entry of the one "soon" sign.
const SOON_ENTRY: &str = "[[triage]]\nlevel = \"soon\"\nwhen = [\"warning-signs.worse-over-time\"]\nsource = \"nhs-back-pain\"\n";

/// The `any` of the intrathecal rule.
const INTRATHECAL_ANY: &str = r#"any = [
  "treatments.medicine",
  "treatments.physical-therapy",
  "treatments.injections",
  "treatments.back-surgery",
  "treatments.neck-surgery",
]"#;

exact_error_cases! {
    // triage.toml
    triage_level_unknown:
        [replace("triage.toml", r#"level = "soon""#, r#"level = "later""#)]
        => "triage.toml", LineWith(r#"level = "later""#), r#"level "later" is not allowed: write "emergency", "urgent" or "soon""#;
    triage_when_empty:
        [replace("triage.toml", r#"when = ["warning-signs.worse-over-time"]"#, "when = []")]
        => "triage.toml", LineWith("when = []"), "when = [] is empty; list the answers that together give this level";
    triage_answer_unknown:
        [replace("triage.toml", r#"when = ["warning-signs.worse-over-time"]"#, r#"when = ["warning-signs.worse"]"#)]
        => "triage.toml", LineWith(r#""warning-signs.worse""#), &no_option("warning-signs", "worse");
    // A warning-sign question whose answer has no level would let that sign through silently.
    warning_sign_without_a_level:
        [replace("triage.toml", SOON_ENTRY, "")]
        => "triage.toml", FirstLine, r#""warning-signs.worse-over-time" is a warning sign with no level: add a [[triage]] with its level and source"#;
    warning_sign_question_after_one_without_warning_signs:
        [append_triage("level = \"urgent\"\nwhen = [\"warning-signs.fever\", \"severity.severe\"]\nsource = \"nhs-back-pain\"\n")]
        => "triage.toml", FirstLine, r#"question "severity" uses warning signs but comes after question "duration", which none use: in content/questions.toml put the warning-sign questions first, so no warning sign waits behind other questions"#;

    // clinic.toml
    clinic_without_an_emergency_number:
        [replace("clinic.toml", "emergency_number = \"999\"\n", "")]
        => "clinic.toml", FirstLine, "missing field `emergency_number`";
    clinic_phone_with_letters:
        [replace("clinic.toml", r#"phone = "01632 960000""#, r#"phone = "01632 PAIN""#)]
        => "clinic.toml", LineWith(r#"phone = "01632 PAIN""#), r#"phone "01632 PAIN" is not a phone number patients can call: use digits, spaces and a leading + only, like "999" or "+44 1632 960000""#;
    clinic_emergency_number_with_a_dash:
        [replace("clinic.toml", r#"emergency_number = "999""#, r#"emergency_number = "9-9-9""#)]
        => "clinic.toml", LineWith(r#"emergency_number = "9-9-9""#), r#"emergency_number "9-9-9" is not a phone number patients can call: use digits, spaces and a leading + only, like "999" or "+44 1632 960000""#;
    clinic_website_not_https:
        [replace("clinic.toml", r#"website = "https://riverside-pain.example""#, r#"website = "http://riverside-pain.example""#)]
        => "clinic.toml", LineWith("website = "), r#"website "http://riverside-pain.example" is not a web address: write it in full, starting with https://"#;
    clinic_country_not_two_letters:
        [replace("clinic.toml", r#"country = "GB""#, r#"country = "GBR""#)]
        => "clinic.toml", LineWith(r#"country = "GBR""#), r#"country "GBR" is not a two-letter country code, like "GB""#;
    clinic_country_lower_case:
        [replace("clinic.toml", r#"country = "GB""#, r#"country = "gb""#)]
        => "clinic.toml", LineWith(r#"country = "gb""#), r#"country "gb" is not a two-letter country code, like "GB""#;

    // [governance] of a ui.toml
    governance_date_not_yyyy_mm_dd:
        [replace("en/ui.toml", r#"last_reviewed = "2026-12-01""#, r#"last_reviewed = "1 December 2026""#)]
        => "en/ui.toml", LineWith("last_reviewed = "), r#""1 December 2026" is not a date: write it as YYYY-MM-DD, like "2027-06-30""#;
    governance_date_with_month_13:
        [replace("es/ui.toml", r#"next_review = "2027-06-01""#, r#"next_review = "2027-13-01""#)]
        => "es/ui.toml", LineWith("next_review = "), r#""2027-13-01" is not a date: write it as YYYY-MM-DD, like "2027-06-30""#;
    governance_next_review_not_after_last_reviewed:
        [replace("en/ui.toml", r#"next_review = "2027-06-01""#, r#"next_review = "2026-12-01""#)]
        => "en/ui.toml", LineWith("next_review = "), r#"next_review "2026-12-01" is not after last_reviewed "2026-12-01""#;
    governance_table_missing:
        [replace("es/ui.toml", "[governance]\nwritten_by = \"Equipo de Relief Guide, a partir del artículo de la clínica\"\nlast_reviewed = \"2026-12-01\"\nnext_review = \"2027-06-01\"\nversion = \"2.0\"\n", "")]
        => "es/ui.toml", FirstLine, "missing field `governance`";

    // any, at_least and unless of a [[rule]]
    rule_any_empty:
        [replace("rules.toml", INTRATHECAL_ANY, "any = []")]
        => "rules.toml", LineWith("any = []"), "any = [] is empty; list the answers of which at least one (or at_least) must be given, or remove it";
    rule_at_least_without_any:
        [replace("rules.toml", r#"when = ["diagnoses.arthritis"]"#, "when = [\"diagnoses.arthritis\"]\nat_least = 1")]
        => "rules.toml", LineWith("at_least = 1"), "at_least counts the answers in `any`, and this rule has no `any`; add any = [\"…\"] or remove at_least";
    rule_at_least_more_than_any:
        [replace("rules.toml", "at_least = 2", "at_least = 6")]
        => "rules.toml", LineWith("at_least = 6"), "at_least = 6 is not possible: it must be from 1 to the number of answers in `any` (5)";
    rule_at_least_zero:
        [replace("rules.toml", "at_least = 2", "at_least = 0")]
        => "rules.toml", LineWith("at_least = 0"), "at_least = 0 is not possible: it must be from 1 to the number of answers in `any` (5)";
    rule_answer_in_both_when_and_unless:
        [replace("rules.toml", r#"when = ["diagnoses.arthritis"]"#, "when = [\"diagnoses.arthritis\"]\nunless = [\"diagnoses.arthritis\"]")]
        => "rules.toml", LineWith(r#"unless = ["diagnoses.arthritis"]"#), r#""diagnoses.arthritis" is in both `when` and `unless`, so this rule can never apply"#;
    rule_unless_unknown_answer:
        [replace("rules.toml", "when = [\"diagnoses.arthritis\"]", "when = [\"diagnoses.arthritis\"]\nunless = [\"duration.under-3-month\"]")]
        => "rules.toml", LineWith("under-3-month\""), &no_option("duration", "under-3-month");

    // [[next_step]] of rules.toml
    no_next_step:
        [write("rules.toml", rules_without_next_steps())]
        => "rules.toml", FirstLine, "there is no [[next_step]]; add at least one, with note = \"…\" naming its words in [notes] and no `when`, for everyone";
    last_next_step_with_when:
        [replace("rules.toml", "note = \"next-specialist\"\n", "note = \"next-specialist\"\nwhen = [\"duration.over-a-year\"]\n")]
        => "rules.toml", LineWith(r#"note = "next-specialist""#), "the last [[next_step]] must have no `when`: it is the next step for everyone the ones before it do not fit";
    next_step_without_when_before_the_last:
        [replace("rules.toml", "note = \"next-helped\"\nwhen = [\"treatment-result.helped-a-lot\"]\n", "note = \"next-helped\"\n")]
        => "rules.toml", LineWith(r#"note = "next-helped""#), "this [[next_step]] has no `when`, so it fits everyone and the ones after it are never shown; give it a `when` or move it last";
    next_step_note_missing_from_english:
        [replace("rules.toml", r#"note = "next-helped""#, r#"note = "next-good""#)]
        => "en/ui.toml", LineWith("[notes]"), r#"note "next-good" is missing; a [[next_step]] in content/rules.toml shows it, so add next-good = "…" under [notes]"#;
}

fn append_triage(entry: &str) -> crate::copy::Edit {
    crate::copy::append("triage.toml", format!("\n[[triage]]\n{entry}"))
}

/// The real rules.toml up to its first [[next_step]].
fn rules_without_next_steps() -> String {
    let rules = fs::read_to_string(real_content_dir().join("rules.toml")).unwrap();
    rules[..rules.find("[[next_step]]").unwrap()].to_string()
}

/// The source ids of the real sources.toml, in file order.
fn source_ids() -> Vec<String> {
    let sources: toml::Table = fs::read_to_string(real_content_dir().join("sources.toml"))
        .unwrap()
        .parse()
        .unwrap();
    sources["source"]
        .as_array()
        .unwrap()
        .iter()
        .map(|source| source["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn triage_with_an_unknown_source() {
    let message = format!(
        r#"unknown source "nhs-meningitus": every warning sign needs a published source from content/sources.toml ({})"#,
        source_ids().join(", ")
    );
    expect_exact_error(
        &[replace(
            "triage.toml",
            r#"source = "nhs-meningitis""#,
            r#"source = "nhs-meningitus""#,
        )],
        "triage.toml",
        LineWith(r#"source = "nhs-meningitus""#),
        &message,
    );
}

#[test]
fn duplicate_source_id() {
    let first = real_line_with("sources.toml", r#"id = "nhs-back-pain""#);
    let message = format!(
        r#"source id "nhs-back-pain" is already used on line {first}; the sources must each have a different one"#
    );
    expect_exact_error(
        &[replace(
            "sources.toml",
            r#"id = "nhs-cauda-equina""#,
            r#"id = "nhs-back-pain" # copy"#,
        )],
        "sources.toml",
        LineWith("# copy"),
        &message,
    );
}

#[test]
fn source_url_not_https() {
    expect_exact_error(
        &[replace(
            "sources.toml",
            r#"url = "https://www.nhs.uk/conditions/back-pain/""#,
            r#"url = "www.nhs.uk/conditions/back-pain/""#,
        )],
        "sources.toml",
        LineWith(r#"url = "www.nhs.uk"#),
        r#"url "www.nhs.uk/conditions/back-pain/" is not a web address: write it in full, starting with https://"#,
    );
}
