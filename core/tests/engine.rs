//! The decision logic against the real content: the journeys the clinic cares about, the
//! flow's guarantees, and the share-link codec.

mod common;

use common::{answer_all, choice, question};
use relief_core::content::{Choice, GUIDE, Level, OptionId, QuestionId, SectionId};
use relief_core::engine::codec::{DecodeError, Decoded, decode, encode};
use relief_core::engine::flow::{
    Screen, after_answer, is_asked, next_screen, previous, prune, question_number, resolve,
};
use relief_core::engine::results::{Strength, results};
use relief_core::engine::route::{Route, fragment, parse};
use relief_core::engine::triage::signs;
use relief_core::engine::{Answers, OptionSet, toggle};

fn relevant_ids(answers: &Answers) -> Vec<&'static str> {
    results(&GUIDE, answers)
        .relevant
        .iter()
        .map(|r| GUIDE.locales[0].section(r.section).id)
        .collect()
}

const CALM: [&str; 2] = ["warning-signs.none", "history.none"];

/// Journey (a): the one the share-link code test also uses.
const LEG_PAIN_WITH_HERNIATED_DISC: [&str; 8] = [
    "where.one-leg",
    "where.lower-back",
    "duration.over-a-year",
    "feel.sharp-stabbing",
    "severity.moderate",
    "diagnoses.herniated-disc",
    "treatments.medicine",
    "treatment-result.helped-a-little",
];

fn journey(extra: &[&str]) -> Answers {
    let names: Vec<&str> = CALM.iter().chain(extra).copied().collect();
    let (answers, screen) = answer_all(&names);
    assert_eq!(
        screen,
        Screen::Check,
        "the journey should end at Check your answers"
    );
    answers
}

#[test]
fn leg_pain_with_herniated_disc_relates_epidural_injections_not_nerve_blocks() {
    let answers = journey(&LEG_PAIN_WITH_HERNIATED_DISC);
    // Article order, not a ranking; pain down a leg names no diagnosis, so no nerve blocks.
    // Medicine that helped only a little: the introduction's and the conclusion's sentences.
    assert_eq!(
        relevant_ids(&answers),
        [
            "introduction",
            "persistent-pain",
            "epidural-steroid-injections",
            "conclusion"
        ]
    );
    let found = results(&GUIDE, &answers);
    let top = &found.relevant[2].reasons[0];
    assert_eq!(
        top.strength,
        Strength::Diagnosis,
        "a doctor's diagnosis is the strongest reason"
    );
    assert_eq!(top.choices, [choice("diagnoses.herniated-disc")]);
    let sentence = GUIDE.locales[0]
        .section(top.rule.section)
        .sentences()
        .nth(top.rule.evidence)
        .unwrap();
    assert_eq!(
        sentence,
        "These injections are commonly used to treat conditions such as herniated discs, spinal stenosis, or radiculopathy."
    );
    assert_eq!(found.relevant[1].reasons[0].strength, Strength::Background);
}

#[test]
fn burning_pain_after_back_surgery_relates_spinal_cord_stimulation() {
    let answers = journey(&[
        "where.lower-back",
        "duration.over-a-year",
        "feel.burning",
        "severity.moderate",
        "diagnoses.none",
        "treatments.back-surgery",
        "treatment-result.not-helped",
    ]);
    assert_eq!(
        relevant_ids(&answers),
        ["persistent-pain", "spinal-cord-stimulation", "conclusion"]
    );
    let reason = &results(&GUIDE, &answers).relevant[1].reasons[0];
    assert_eq!(
        reason.choices,
        [
            choice("treatments.back-surgery"),
            choice("treatment-result.not-helped"),
            choice("duration.over-a-year"),
        ]
    );
}

#[test]
fn facet_and_sacroiliac_joint_pain_relates_radiofrequency_ablation_twice() {
    let answers = journey(&[
        "where.lower-back",
        "duration.3-to-12-months",
        "feel.dull-ache",
        "severity.moderate",
        "diagnoses.facet-joint",
        "diagnoses.sacroiliac-joint",
        "treatments.none",
    ]);
    assert_eq!(
        relevant_ids(&answers),
        ["persistent-pain", "nerve-blocks", "radiofrequency-ablation"]
    );
    assert_eq!(results(&GUIDE, &answers).relevant[2].reasons.len(), 2);
}

#[test]
fn severe_pain_that_several_treatments_did_not_ease_relates_intrathecal_drug_delivery() {
    let answers = journey(&[
        "where.lower-back",
        "duration.over-a-year",
        "feel.burning",
        "severity.severe",
        "diagnoses.none",
        "treatments.medicine",
        "treatments.physical-therapy",
        "treatments.injections",
        "treatment-result.not-helped",
    ]);
    assert_eq!(
        relevant_ids(&answers),
        [
            "introduction",
            "persistent-pain",
            "intrathecal-drug-delivery",
            "conclusion"
        ]
    );
}

#[test]
fn loss_of_bladder_control_goes_straight_to_the_emergency_card() {
    let (answers, screen) = answer_all(&["warning-signs.bladder-bowel"]);
    let emergency = Screen::Card(Level::Emergency);
    assert_eq!(screen, emergency);
    assert_eq!(resolve(&GUIDE, &answers, Screen::Results), emergency);
    assert_eq!(
        resolve(&GUIDE, &answers, Screen::Question(question("where"))),
        emergency
    );
    assert_eq!(
        signs(&GUIDE, &answers),
        [choice("warning-signs.bladder-bowel")]
    );
}

#[test]
fn pain_for_less_than_three_months_gets_a_note_and_still_the_article() {
    let answers = journey(&[
        "where.neck",
        "neck-signs.none",
        "duration.under-3-months",
        "feel.other",
        "severity.mild",
        "diagnoses.none",
        "treatments.none",
    ]);
    let found = results(&GUIDE, &answers);
    assert_eq!(found.notes.len(), 1);
    assert!(found.relevant.is_empty());
    assert_eq!(
        found.others.len(),
        GUIDE.locales[0].article.sections.len(),
        "nothing is hidden"
    );
}

#[test]
fn every_procedure_is_reachable_by_some_answers() {
    let sections = GUIDE.locales[0].article.sections;
    for (index, procedure) in sections
        .iter()
        .enumerate()
        .filter(|(_, s)| s.part_of.is_some())
    {
        let id = SectionId(index as u8);
        let rule = GUIDE
            .rules
            .iter()
            .find(|r| r.section == id)
            .unwrap_or_else(|| panic!("no rule shows {}", procedure.id));
        // The rule's answers, plus a calm option for every other question asked.
        let mut answers = Answers::default();
        let needed = &rule.any[..usize::from(rule.at_least)];
        for c in rule.when.iter().chain(needed) {
            answers.set(
                c.question,
                answers.get(c.question).unwrap_or_default().with(c.option),
            );
        }
        while let Screen::Question(q) = next_screen(&GUIDE, &answers) {
            // "None of these", or else the first answer the rule does not exclude and that is
            // neither a warning sign on its own nor pain the guide does not cover.
            let options = GUIDE.question(q).options;
            let alone = |o: usize| {
                let option = Choice {
                    question: q,
                    option: OptionId(o as u8),
                };
                GUIDE.triage.iter().any(|t| t.when == [option]) || rule.unless.contains(&option)
            };
            let calm = (0..options.len())
                .find(|&o| options[o].exclusive)
                .or_else(|| (0..options.len()).find(|&o| !alone(o) && !options[o].out_of_scope))
                .unwrap();
            answers.set(q, OptionSet::single(OptionId(calm as u8)));
        }
        assert_eq!(next_screen(&GUIDE, &answers), Screen::Check);
        let found = results(&GUIDE, &answers);
        assert!(
            found.relevant.iter().any(|r| r.section == id),
            "{} is never shown",
            procedure.id
        );
    }
}

#[test]
fn changing_treatments_to_none_drops_the_follow_up_answer() {
    let answers = journey(&[
        "where.neck",
        "neck-signs.none",
        "duration.over-a-year",
        "feel.dull-ache",
        "severity.mild",
        "diagnoses.none",
        "treatments.medicine",
        "treatment-result.helped-a-lot",
    ]);
    let follow_up = question("treatment-result");
    assert!(answers.is_answered(follow_up));
    let mut changed = answers.clone();
    changed.set(
        question("treatments"),
        OptionSet::single(choice("treatments.none").option),
    );
    let pruned = prune(&GUIDE, &changed);
    assert!(!pruned.is_answered(follow_up));
    assert!(!is_asked(&GUIDE, &pruned, follow_up));
    assert_eq!(next_screen(&GUIDE, &pruned), Screen::Check);
}

#[test]
fn changing_an_answer_from_check_returns_to_check_unless_a_new_question_opens() {
    let answers = journey(&[
        "where.neck",
        "neck-signs.none",
        "duration.over-a-year",
        "feel.dull-ache",
        "severity.mild",
        "diagnoses.none",
        "treatments.none",
    ]);
    let treatments = question("treatments");
    let mut changed = answers.clone();
    changed.set(
        treatments,
        OptionSet::single(choice("treatments.medicine").option),
    );
    assert_eq!(
        after_answer(&GUIDE, &changed, treatments, true),
        Screen::Question(question("treatment-result"))
    );
    let duration = question("duration");
    assert_eq!(
        after_answer(&GUIDE, &answers, duration, true),
        Screen::Check
    );
    assert_eq!(
        after_answer(&GUIDE, &answers, duration, false),
        Screen::Question(question("feel"))
    );
}

#[test]
fn a_later_question_cannot_be_opened_before_earlier_ones_are_answered() {
    let answers = Answers::default();
    assert_eq!(
        resolve(&GUIDE, &answers, Screen::Question(question("severity"))),
        Screen::Question(QuestionId(0))
    );
    assert_eq!(
        resolve(&GUIDE, &answers, Screen::Results),
        Screen::Question(QuestionId(0))
    );
    assert_eq!(
        resolve(&GUIDE, &answers, Screen::Card(Level::Emergency)),
        Screen::Question(QuestionId(0))
    );
    assert_eq!(resolve(&GUIDE, &answers, Screen::Start), Screen::Start);
    assert_eq!(
        resolve(&GUIDE, &answers, Screen::Question(QuestionId(200))),
        Screen::Question(QuestionId(0))
    );
}

#[test]
fn the_question_number_counts_the_follow_up_only_once_it_applies() {
    let (answers, _) = answer_all(&[
        "warning-signs.none",
        "history.none",
        "where.neck",
        "neck-signs.none",
        "duration.over-a-year",
    ]);
    // Warning signs, history, where, neck signs (neck pain), then duration.
    assert_eq!(question_number(&GUIDE, &answers, question("duration")), 5);
    let with_treatment = journey(&[
        "where.neck",
        "neck-signs.none",
        "duration.over-a-year",
        "feel.dull-ache",
        "severity.mild",
        "diagnoses.none",
        "treatments.medicine",
        "treatment-result.helped-a-lot",
    ]);
    assert_eq!(
        question_number(&GUIDE, &with_treatment, question("treatment-result")),
        10
    );
    assert_eq!(
        previous(&GUIDE, &with_treatment, Screen::Question(QuestionId(0))),
        Screen::Start
    );
    assert_eq!(
        previous(&GUIDE, &with_treatment, Screen::Check),
        Screen::Question(question("treatment-result"))
    );
}

#[test]
fn none_of_these_clears_other_ticks_and_is_cleared_by_them() {
    let q = question("diagnoses");
    let sciatica = choice("diagnoses.sciatica").option;
    let none = choice("diagnoses.none").option;
    let set = toggle(&GUIDE, q, OptionSet::single(sciatica), none);
    assert_eq!(set, OptionSet::single(none));
    assert_eq!(
        toggle(&GUIDE, q, set, sciatica),
        OptionSet::single(sciatica)
    );
    let radio = question("duration");
    let first = toggle(&GUIDE, radio, OptionSet::default(), OptionId(0));
    assert_eq!(
        toggle(&GUIDE, radio, first, OptionId(1)),
        OptionSet::single(OptionId(1))
    );
}

#[test]
fn codec_round_trips_a_whole_journey_in_a_short_code() {
    let answers = journey(&LEG_PAIN_WITH_HERNIATED_DISC);
    let code = encode(&GUIDE, &answers);
    assert_eq!(code, "1~w.n~h.nn~p.lb.l1~d.y1~f.ss~s.mo~dx.hd~t.md~r.sm");
    assert_eq!(
        decode(&GUIDE, &code),
        Ok(Decoded {
            answers,
            to_answer_again: vec![]
        })
    );
}

#[test]
fn decoding_names_what_is_wrong_with_a_link_that_is_not_well_formed() {
    let cases: &[(&str, DecodeError)] = &[
        ("", DecodeError::Empty),
        ("9~w.n", DecodeError::UnknownVersion("9".into())),
        ("1~w.N", DecodeError::MalformedCode("N".into())),
        ("1~w..n", DecodeError::MalformedCode("".into())),
        ("1~~w.n", DecodeError::MalformedCode("".into())),
        ("1~w.n~dura.y1", DecodeError::MalformedCode("dura".into())),
        ("1~w.n%20", DecodeError::MalformedCode("n%20".into())),
        (
            "1~p.lg~w.n",
            DecodeError::QuestionOutOfOrder("warning-signs"),
        ),
        (
            "1~w.n~w.n",
            DecodeError::QuestionOutOfOrder("warning-signs"),
        ),
        ("1~w", DecodeError::NoOptions("warning-signs")),
        (
            "1~w.n.n",
            DecodeError::RepeatedOption {
                question: "warning-signs",
                code: "n".into(),
            },
        ),
        (
            "1~w.zz.zz",
            DecodeError::RepeatedOption {
                question: "warning-signs",
                code: "zz".into(),
            },
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(
            decode(&GUIDE, text).as_ref(),
            Err(expected),
            "decoding {text:?}"
        );
    }
    assert_eq!(
        decode(&GUIDE, &"1~w.n".repeat(400)),
        Err(DecodeError::TooLong)
    );
}

#[test]
fn a_link_from_an_older_version_keeps_every_answer_that_still_means_the_same() {
    let current = journey(&LEG_PAIN_WITH_HERNIATED_DISC);
    let without = |ids: &[&str]| {
        let mut answers = Answers::default();
        for q in 0..GUIDE.questions.len() {
            let q = QuestionId(q as u8);
            if let Some(set) = current
                .get(q)
                .filter(|_| !ids.contains(&GUIDE.question(q).id))
            {
                answers.set(q, set);
            }
        }
        answers
    };
    let cases: &[(&str, &[&str])] = &[
        // A removed question ("zq"): its answer is dropped, nothing to answer again.
        (
            "1~w.n~h.nn~p.lb.l1~zq.a~d.y1~f.ss~s.mo~dx.hd~t.md~r.sm",
            &[],
        ),
        // A removed answer ("zz" for duration): that question is asked again.
        (
            "1~w.n~h.nn~p.lb.l1~d.zz~f.ss~s.mo~dx.hd~t.md~r.sm",
            &["duration"],
        ),
        // A one-answer question that took several, and "None of these" with others.
        (
            "1~w.n~h.nn~p.lb.l1~d.u3.y1~f.ss~s.mo~dx.hd~t.md.n~r.sm",
            &["duration", "treatments"],
        ),
    ];
    for (text, again) in cases {
        let decoded = decode(&GUIDE, text).unwrap_or_else(|e| panic!("{text:?}: {e:?}"));
        // A follow-up to a dropped answer goes too ("Did these treatments ease your pain?").
        let expected = relief_core::engine::flow::prune(&GUIDE, &without(again));
        assert_eq!(decoded.answers, expected, "decoding {text:?}");
        let again_ids: Vec<&str> = decoded
            .to_answer_again
            .iter()
            .map(|&q| GUIDE.question(q).id)
            .collect();
        assert_eq!(&again_ids, again, "decoding {text:?}");
    }
}

#[test]
fn a_link_from_before_the_graded_warning_signs_asks_for_the_history_and_where_it_hurts() {
    // Made by the guide before issue 12: no history question, and "lg" (one or both legs) is
    // retired because pain in both legs is now a warning sign.
    let decoded = decode(&GUIDE, "1~w.n~p.lb.lg~d.y1~f.ss~s.mo~dx.hd~t.md~r.sm").unwrap();
    let again: Vec<&str> = decoded
        .to_answer_again
        .iter()
        .map(|&q| GUIDE.question(q).id)
        .collect();
    assert_eq!(again, ["where"]);
    assert_eq!(
        next_screen(&GUIDE, &decoded.answers),
        Screen::Question(question("history")),
        "the warning-sign questions are answered before anything else"
    );
}

#[test]
fn routes_round_trip_and_unknown_fragments_are_named() {
    let screens = [
        Screen::Start,
        Screen::Check,
        Screen::Results,
        Screen::Card(Level::Emergency),
        Screen::Card(Level::Urgent),
        Screen::Card(Level::Soon),
        Screen::OutOfScope,
        Screen::StartAgain,
    ]
    .into_iter()
    .chain((0..GUIDE.questions.len()).map(|i| Screen::Question(QuestionId(i as u8))));
    for screen in screens {
        assert_eq!(
            parse(&GUIDE, &fragment(&GUIDE, screen)),
            Route::Screen(screen)
        );
    }
    assert_eq!(parse(&GUIDE, ""), Route::Screen(Screen::Start));
    assert_eq!(parse(&GUIDE, "#q/nope"), Route::Unknown);
    assert_eq!(parse(&GUIDE, "#results/extra"), Route::Unknown);
    assert_eq!(
        parse(&GUIDE, "#share=1%7Ew.n"),
        Route::Share("1~w.n".into())
    );
}
