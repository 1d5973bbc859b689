//! The reference patients of content/cases.toml, walked through the guide as a patient would:
//! each gets the outcome a clinician agreed (the review pack lists the same table).

use relief_core::content::GUIDE;
use relief_core::engine::flow::{outcome, walk};
use relief_core::engine::results::results;
use serde::Deserialize;

#[derive(Deserialize)]
struct CasesFile {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    answers: Vec<String>,
    outcome: String,
    sections: Vec<String>,
    next_step: String,
}

fn cases() -> Vec<Case> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../content/cases.toml");
    let text = std::fs::read_to_string(path).expect("content/cases.toml can be read");
    toml::from_str::<CasesFile>(&text)
        .expect("content/cases.toml is well-formed")
        .case
}

#[test]
fn there_are_at_least_twenty_reference_cases_covering_every_outcome() {
    let cases = cases();
    assert!(cases.len() >= 20, "only {} reference cases", cases.len());
    for wanted in ["emergency", "urgent", "soon", "out-of-scope", "results"] {
        assert!(
            cases.iter().any(|case| case.outcome == wanted),
            "no reference case ends in {wanted}"
        );
    }
}

#[test]
fn every_reference_case_gets_its_outcome() {
    let english = &GUIDE.locales[0];
    let mut wrong = Vec::new();
    for case in cases() {
        let choices: Vec<_> = case
            .answers
            .iter()
            .map(|name| {
                GUIDE
                    .choice_named(name)
                    .unwrap_or_else(|| panic!("{}: no answer {name}", case.name))
            })
            .collect();
        let (answers, screen) = walk(&GUIDE, &choices);
        let got = outcome(screen);
        if got != case.outcome {
            wrong.push(format!(
                "{}: expected {}, got {got}",
                case.name, case.outcome
            ));
            continue;
        }
        if got != "results" {
            continue;
        }
        let found = results(&GUIDE, &answers);
        let mut sections: Vec<&str> = found
            .relevant
            .iter()
            .map(|r| english.section(r.section).id)
            .collect();
        sections.sort_unstable();
        let mut expected: Vec<&str> = case.sections.iter().map(String::as_str).collect();
        expected.sort_unstable();
        if sections != expected {
            wrong.push(format!(
                "{}: expected sections {expected:?}, got {sections:?}",
                case.name
            ));
        }
        let next_step = GUIDE.note_named(found.next_step);
        if next_step != case.next_step {
            wrong.push(format!(
                "{}: expected next step {}, got {next_step}",
                case.name, case.next_step
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
