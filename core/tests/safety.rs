//! The clinical-safety controls of SAFETY.md, proven over the whole answer space with random
//! answers (proptest): warning signs always win and the highest level wins, no procedure
//! relates to recent pain, and the two implant sections never appear without their conditions.

mod common;

use common::choice;
use proptest::prelude::*;
use relief_core::content::{Choose, GUIDE, Level, OptionId, QuestionId};
use relief_core::engine::flow::{Screen, after_answer, is_asked, next_screen};
use relief_core::engine::results::results;
use relief_core::engine::triage::{self, is_warning_question};
use relief_core::engine::{Answers, OptionSet};

/// Any answers a patient could give, some questions left unanswered: each question's options
/// come from random bits, kept to one for a one-answer question and to "None of these" alone
/// when it is ticked.
fn any_answers() -> impl Strategy<Value = Answers> {
    prop::collection::vec((any::<bool>(), any::<u32>()), GUIDE.questions.len()).prop_map(|raw| {
        let mut answers = Answers::default();
        for (q, (answered, bits)) in raw.into_iter().enumerate() {
            let question = GUIDE.question(QuestionId(q as u8));
            let count = question.options.len();
            let mut set = (0..count)
                .filter(|o| bits & (1 << o) != 0)
                .fold(OptionSet::default(), |set, o| set.with(OptionId(o as u8)));
            if question.choose == Choose::One {
                set = set.iter().next().map(OptionSet::single).unwrap_or_default();
            }
            if let Some(none) = set
                .iter()
                .find(|o| question.options[usize::from(o.0)].exclusive)
            {
                set = OptionSet::single(none);
            }
            if answered && !set.is_empty() {
                answers.set(QuestionId(q as u8), set);
            }
        }
        answers
    })
}

/// The answers with every warning-sign question that applies answered ("None of these", or the
/// first answer, where the random answers left one out).
fn warning_questions_done(mut answers: Answers) -> Answers {
    for q in (0..GUIDE.questions.len()).map(|q| QuestionId(q as u8)) {
        if is_warning_question(&GUIDE, q)
            && is_asked(&GUIDE, &answers, q)
            && !answers.is_answered(q)
        {
            let options = GUIDE.question(q).options;
            let none = options.iter().position(|o| o.exclusive).unwrap_or(0);
            answers.set(q, OptionSet::single(OptionId(none as u8)));
        }
    }
    answers
}

fn is_procedure(section: relief_core::content::SectionId) -> bool {
    GUIDE.locales[0].section(section).part_of.is_some()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    #[test]
    fn an_emergency_sign_shows_the_emergency_card_on_every_path(answers in any_answers()) {
        let emergency = triage::matched(&GUIDE, &answers).any(|t| t.level == Level::Emergency);
        prop_assert_eq!(emergency, next_screen(&GUIDE, &answers) == Screen::Card(Level::Emergency));
    }

    #[test]
    fn the_highest_level_wins_once_the_warning_questions_are_answered(answers in any_answers()) {
        let answers = warning_questions_done(answers);
        let screen = next_screen(&GUIDE, &answers);
        match triage::level(&GUIDE, &answers) {
            Some(Level::Emergency) => prop_assert_eq!(screen, Screen::Card(Level::Emergency)),
            Some(Level::Urgent) => prop_assert_eq!(screen, Screen::Card(Level::Urgent)),
            // A soon card is shown right after the last warning-sign question, then the
            // patient may go on.
            Some(Level::Soon) => {
                let last = (0..GUIDE.questions.len())
                    .map(|q| QuestionId(q as u8))
                    .rfind(|&q| is_warning_question(&GUIDE, q) && is_asked(&GUIDE, &answers, q))
                    .unwrap();
                prop_assert_eq!(after_answer(&GUIDE, &answers, last, false), Screen::Card(Level::Soon));
            }
            None => prop_assert!(!matches!(screen, Screen::Card(_))),
        }
    }

    #[test]
    fn no_procedure_relates_to_pain_under_three_months(answers in any_answers()) {
        let mut answers = answers;
        let recent = choice("duration.under-3-months");
        answers.set(recent.question, OptionSet::single(recent.option));
        let found = results(&GUIDE, &answers);
        prop_assert!(found.relevant.iter().all(|r| !is_procedure(r.section)));
    }

    #[test]
    fn intrathecal_needs_severe_persistent_pain_that_two_treatments_did_not_ease(answers in any_answers()) {
        let found = results(&GUIDE, &answers);
        let shown = found.relevant.iter().any(|r| GUIDE.locales[0].section(r.section).id == "intrathecal-drug-delivery");
        let treatments = choice("treatments.medicine").question;
        let tried = answers.get(treatments).unwrap_or_default().iter()
            .filter(|o| !GUIDE.question(treatments).options[usize::from(o.0)].exclusive)
            .count();
        let conditions = answers.has(choice("severity.severe"))
            && answers.has(choice("treatment-result.not-helped"))
            && !answers.has(choice("duration.under-3-months"))
            && tried >= 2;
        prop_assert!(!shown || conditions);
    }

    #[test]
    fn spinal_cord_stimulation_needs_a_doctors_word_or_back_surgery_that_did_not_ease_long_pain(answers in any_answers()) {
        let found = results(&GUIDE, &answers);
        let shown = found.relevant.iter().any(|r| GUIDE.locales[0].section(r.section).id == "spinal-cord-stimulation");
        let doctor = answers.has(choice("diagnoses.neuropathy")) || answers.has(choice("diagnoses.failed-back-surgery"));
        let surgery = answers.has(choice("treatments.back-surgery"))
            && answers.has(choice("treatment-result.not-helped"))
            && answers.has(choice("duration.over-a-year"));
        prop_assert!(!shown || ((doctor && !answers.has(choice("duration.under-3-months"))) || surgery));
        // Neck surgery alone never stands for failed back surgery.
        let neck_only = answers.has(choice("treatments.neck-surgery")) && !answers.has(choice("treatments.back-surgery"));
        prop_assert!(!(shown && neck_only && !doctor));
    }
}

#[test]
fn every_warning_sign_has_a_level_and_a_source() {
    for (q, question) in GUIDE.questions.iter().enumerate() {
        let q = QuestionId(q as u8);
        let single = |o: usize| {
            GUIDE.triage.iter().any(|t| {
                t.when.len() == 1 && t.when[0].question == q && usize::from(t.when[0].option.0) == o
            })
        };
        if !(0..question.options.len()).any(single) {
            continue;
        }
        for (o, option) in question.options.iter().enumerate() {
            let named = GUIDE.triage.iter().any(|t| {
                t.when
                    .iter()
                    .any(|c| c.question == q && usize::from(c.option.0) == o)
            });
            assert!(
                option.exclusive || named,
                "{}.{} has no level",
                question.id,
                option.id
            );
        }
    }
    for entry in GUIDE.triage {
        let source = &GUIDE.sources[usize::from(entry.source.0)];
        assert!(
            source.url.starts_with("https://"),
            "{} has no address to look up",
            source.id
        );
    }
}

/// H09: a diagnosis is never implied from a description. A rule that does not rest on a
/// doctor's diagnosis shows an article sentence; if that sentence names a condition the guide
/// asks about (the name of a doctor-said answer, before its plain-words explanation), the rule
/// must say, with `meets`, that its answers meet that condition's published definition (its
/// comment in rules.toml names the source), so a clinician sees and signs that claim.
#[test]
fn no_rule_on_a_description_quotes_a_condition_it_does_not_declare() {
    let english = &GUIDE.locales[0];
    let conditions: Vec<(relief_core::content::Choice, String)> = GUIDE
        .questions
        .iter()
        .enumerate()
        .filter(|(_, question)| question.doctor_said)
        .flat_map(|(q, question)| {
            question
                .options
                .iter()
                .enumerate()
                .filter(|(_, option)| !option.exclusive)
                .map(move |(o, _)| {
                    let label = english.questions[q].options[o];
                    let name = label.split(" (").next().unwrap_or(label).to_lowercase();
                    let condition = relief_core::content::Choice {
                        question: QuestionId(q as u8),
                        option: OptionId(o as u8),
                    };
                    (condition, name)
                })
        })
        .collect();
    assert!(
        conditions.len() >= 5,
        "the conditions are read from the doctor-said question"
    );
    let mut checked = 0;
    for rule in GUIDE.rules {
        let on_a_diagnosis = rule
            .when
            .iter()
            .any(|c| GUIDE.question(c.question).doctor_said);
        if on_a_diagnosis {
            continue;
        }
        checked += 1;
        let section = &english.article.sections[usize::from(rule.section.0)];
        let sentence = section
            .sentences()
            .nth(rule.evidence)
            .expect("the evidence is a sentence of its section")
            .to_lowercase();
        for (condition, name) in &conditions {
            if sentence.contains(name.as_str()) {
                assert_eq!(
                    rule.meets,
                    Some(*condition),
                    "a rule on {:?} shows {:?}, which names {name:?}: declare `meets` with the \
                     definition's source, or choose another sentence",
                    rule.when,
                    sentence
                );
            }
        }
    }
    assert!(checked > 0, "some rules rest on descriptions");
}
