//! Helpers shared by the core's test suites: answers written as "question.option".
#![allow(dead_code)]

use relief_core::content::{Choice, GUIDE, QuestionId};
use relief_core::engine::Answers;
use relief_core::engine::flow::{Screen, walk};

/// `"diagnoses.herniated-disc"` → the choice; panics on a typo, so tests fail loudly.
pub fn choice(name: &str) -> Choice {
    GUIDE
        .choice_named(name)
        .unwrap_or_else(|| panic!("no answer {name} in content/questions.toml"))
}

pub fn question(id: &str) -> QuestionId {
    GUIDE
        .question_named(id)
        .unwrap_or_else(|| panic!("no question {id} in content/questions.toml"))
}

/// Walks the guide as a patient does, taking these answers (see [`walk`]).
pub fn answer_all(names: &[&str]) -> (Answers, Screen) {
    let choices: Vec<Choice> = names.iter().map(|n| choice(n)).collect();
    walk(&GUIDE, &choices)
}
