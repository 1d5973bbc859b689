//! "Question 3": the number a question page shows never lies, on every path through the guide
//! (proptest over random answers). It goes up by one a page, it is the same however the page
//! is reached (Continue, Back, a Change from "Check your answers", a reload), and the last
//! question's number is how many were asked. Why there is no total: docs/decisions.md.

mod common;

use common::{answer_all, screens_seen};
use proptest::prelude::*;
use relief_core::content::{Choose, GUIDE, OptionId, QuestionId};
use relief_core::engine::flow::{Screen, is_asked, question_ids, question_number};
use relief_core::engine::{Answers, OptionSet};

/// An answer to every question: "None of these" half the time where a question has it (so
/// that many paths get past the warning signs), else some options from random bits.
fn any_choices() -> impl Strategy<Value = Vec<OptionSet>> {
    prop::collection::vec((any::<bool>(), any::<u32>()), GUIDE.questions.len()).prop_map(|raw| {
        question_ids(&GUIDE)
            .zip(raw)
            .map(|(q, (none_of_these, bits))| {
                let question = GUIDE.question(q);
                let options = question.options;
                let none = options.iter().position(|o| o.exclusive);
                let pick = |i: usize| OptionSet::single(OptionId(i as u8));
                if question.choose == Choose::One {
                    return pick(bits as usize % options.len());
                }
                let some = (0..options.len())
                    .filter(|&o| bits & (1 << o) != 0 && Some(o) != none)
                    .fold(OptionSet::default(), |set, o| set.with(OptionId(o as u8)));
                match none {
                    Some(none) if none_of_these || some.is_empty() => pick(none),
                    _ if some.is_empty() => pick(0),
                    _ => some,
                }
            })
            .collect()
    })
}

/// The question pages a patient goes through with these answers, each with the answers given
/// before it; then the answers and the screen where the questions end.
fn pages(chosen: &[OptionSet]) -> (Vec<(QuestionId, Answers)>, Answers, Screen) {
    let (seen, answers) = screens_seen(|q| chosen[usize::from(q.0)]);
    let end = seen.last().expect("a first screen").0;
    let pages = seen
        .into_iter()
        .filter_map(|(screen, before)| match screen {
            Screen::Question(q) => Some((q, before)),
            _ => None,
        })
        .collect();
    (pages, answers, end)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    #[test]
    fn the_question_number_goes_up_by_one_a_page_and_is_the_same_however_the_page_is_reached(
        chosen in any_choices()
    ) {
        let (pages, all, _) = pages(&chosen);
        for (page, (question, before)) in pages.iter().enumerate() {
            // Reached by Continue: only the earlier answers are given.
            prop_assert_eq!(question_number(&GUIDE, before, *question), page + 1);
            // Reached by Back, a Change or a reload: the later answers are given too.
            prop_assert_eq!(question_number(&GUIDE, &all, *question), page + 1);
        }
    }

    #[test]
    fn the_last_question_number_is_how_many_questions_were_asked(chosen in any_choices()) {
        let (pages, all, end) = pages(&chosen);
        if end == Screen::Check {
            let asked = question_ids(&GUIDE).filter(|&q| is_asked(&GUIDE, &all, q)).count();
            prop_assert_eq!(pages.len(), asked);
            let (last, before) = pages.last().expect("a question was asked");
            prop_assert_eq!(question_number(&GUIDE, before, *last), asked);
        }
    }
}

/// Why the page shows no total: two patients who gave the same answers so far, on the same
/// page, are asked a different number of questions, so "of 8" would be wrong for one of them.
#[test]
fn how_many_questions_follow_depends_on_answers_not_given_yet() {
    let shared = [
        "warning-signs.none",
        "history.none",
        "where.lower-back",
        "duration.over-a-year",
        "feel.dull-ache",
        "severity.mild",
        "diagnoses.none",
    ];
    let asked = |last: &[&str]| {
        let names: Vec<&str> = shared.iter().chain(last).copied().collect();
        let (answers, screen) = answer_all(&names);
        assert_eq!(screen, Screen::Check);
        question_ids(&GUIDE)
            .filter(|&q| answers.is_answered(q))
            .count()
    };
    let without_treatment = asked(&["treatments.none"]);
    let with_treatment = asked(&["treatments.medicine", "treatment-result.not-helped"]);
    assert_eq!(with_treatment, without_treatment + 1);
}
