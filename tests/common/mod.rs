//! Helpers shared by the native test suites: answers written as "question.option".
#![allow(dead_code)]

use relief_guide::content::{Choice, GUIDE, OptionId, QuestionId, english};
use relief_guide::engine::flow::{Screen, after_answer, next_screen};
use relief_guide::engine::{Answers, OptionSet};
use relief_guide::ui::Words;

/// `"diagnoses.herniated-disc"` → the choice; panics on a typo, so tests fail loudly.
pub fn choice(name: &str) -> Choice {
    let (question_id, option_id) = name.split_once('.').expect("question.option");
    let question = GUIDE
        .questions
        .iter()
        .position(|q| q.id == question_id)
        .unwrap_or_else(|| panic!("no question {question_id}"));
    let option = GUIDE.questions[question]
        .options
        .iter()
        .position(|o| o.id == option_id)
        .unwrap_or_else(|| panic!("no option {name}"));
    Choice {
        question: QuestionId(question as u8),
        option: OptionId(option as u8),
    }
}

pub fn question(id: &str) -> QuestionId {
    QuestionId(
        GUIDE
            .questions
            .iter()
            .position(|q| q.id == id)
            .expect("question id") as u8,
    )
}

/// Answers the way a patient does: one question at a time, in the order the guide asks,
/// taking the listed options for each question it asks. Stops at the first question the
/// list has no answer for, and returns the screen it stopped at.
pub fn answer_all(names: &[&str]) -> (Answers, Screen) {
    let choices: Vec<Choice> = names.iter().map(|n| choice(n)).collect();
    let mut answers = Answers::default();
    let mut screen = next_screen(&GUIDE, &answers);
    while let Screen::Question(q) = screen {
        let set = choices
            .iter()
            .filter(|c| c.question == q)
            .fold(OptionSet::default(), |set, c| set.with(c.option));
        if set.is_empty() {
            break;
        }
        answers.set(q, set);
        screen = after_answer(&GUIDE, &answers, q, false);
    }
    (answers, screen)
}

/// The English words, as the reducer takes them.
pub fn english_words() -> Words {
    Words(english())
}
