//! Helpers shared by the core's test suites: answers written as "question.option".
#![allow(dead_code)]

use relief_core::content::{Choice, GUIDE, Level, QuestionId};
use relief_core::engine::flow::{Screen, after_answer, next_screen, resolve, walk};
use relief_core::engine::{Answers, OptionSet};

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

/// Every screen a patient sees, each with the answers given before it, taking `chosen`'s answer
/// for each question the guide asks. Unlike [`walk`] it goes on past a soon card, as its button
/// does; it ends at the first other screen that is not a question, or at a question `chosen`
/// leaves empty. Returns the screens and the answers.
pub fn screens_seen(chosen: impl Fn(QuestionId) -> OptionSet) -> (Vec<(Screen, Answers)>, Answers) {
    let mut answers = Answers::default();
    let mut seen = Vec::new();
    let mut screen = next_screen(&GUIDE, &answers);
    loop {
        seen.push((screen, answers.clone()));
        match screen {
            Screen::Question(q) if !chosen(q).is_empty() => {
                answers.set(q, chosen(q));
                screen = after_answer(&GUIDE, &answers, q, false);
            }
            // The soon card's button asks for "Check your answers", which the guide turns into
            // the next question.
            Screen::Card(Level::Soon) => screen = resolve(&GUIDE, &answers, Screen::Check),
            _ => return (seen, answers),
        }
    }
}
