//! GOV.UK's question protocol: ask only what you use, and use what you ask. For every question,
//! an answer change that changes what the patient sees: the questions asked, a card, the
//! related sections and their reasons, the notes or the next step. Options are named by their
//! ids in content/questions.toml and read through GUIDE, never copied words.

mod common;

use common::{choice, screens_seen};
use relief_core::content::{GUIDE, QuestionId};
use relief_core::engine::OptionSet;
use relief_core::engine::flow::{Screen, question_ids};
use relief_core::engine::results::{Results, results};
use relief_core::engine::triage::signs;

/// Lower-back pain for over a year, mild, no diagnosis, no warning sign, no treatment.
const CALM: [&str; 10] = [
    "warning-signs.none",
    "history.none",
    "where.lower-back",
    "neck-signs.none",
    "duration.over-a-year",
    "feel.other",
    "severity.mild",
    "diagnoses.none",
    "treatments.none",
    "treatment-result.helped-a-lot",
];

/// What the patient sees, apart from their own answers read back: the screens on the way (the
/// questions asked and any card, with the signs it lists) and the results.
#[derive(Debug, PartialEq)]
struct Seen {
    screens: Vec<Screen>,
    card_signs: Vec<relief_core::content::Choice>,
    results: Option<Results>,
}

fn seen(names: &[&str]) -> Seen {
    let chosen = |q: QuestionId| {
        names
            .iter()
            .map(|n| choice(n))
            .filter(|c| c.question == q)
            .fold(OptionSet::default(), |set, c| set.with(c.option))
    };
    let (screens, answers) = screens_seen(chosen);
    let end = screens.last().expect("a first screen").0;
    Seen {
        screens: screens.into_iter().map(|(screen, _)| screen).collect(),
        card_signs: signs(&GUIDE, &answers),
        results: (end == Screen::Check).then(|| results(&GUIDE, &answers)),
    }
}

/// `base` with each answer of `from` replaced by the one of `to` at the same place.
fn changed(base: &[&'static str], from: &[&str], to: &[&'static str]) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = base.iter().copied().filter(|n| !from.contains(n)).collect();
    names.extend(to);
    names
}

/// One row: starting from `base`, answering `to` instead of `from` changes what is seen.
struct Row {
    why: &'static str,
    base: fn() -> Vec<&'static str>,
    from: &'static [&'static str],
    to: &'static [&'static str],
}

/// CALM, with neck pain: the base of the neck-sign row.
fn neck() -> Vec<&'static str> {
    changed(&CALM, &["where.lower-back"], &["where.neck"])
}

/// CALM, having tried medicine, which helped a lot: the base of the treatment rows.
fn treated() -> Vec<&'static str> {
    changed(&CALM, &["treatments.none"], &["treatments.medicine"])
}

/// CALM, but severe pain that medicine and physical therapy did not ease.
fn severe_not_eased() -> Vec<&'static str> {
    changed(
        &CALM,
        &[
            "severity.mild",
            "treatments.none",
            "treatment-result.helped-a-lot",
        ],
        &[
            "severity.severe",
            "treatments.medicine",
            "treatments.physical-therapy",
            "treatment-result.not-helped",
        ],
    )
}

fn calm() -> Vec<&'static str> {
    CALM.to_vec()
}

const ROWS: &[Row] = &[
    Row {
        why: "a warning sign shows its card",
        base: calm,
        from: &["warning-signs.none"],
        to: &["warning-signs.fever"],
    },
    Row {
        why: "cancer with back pain shows the urgent card",
        base: calm,
        from: &["history.none"],
        to: &["history.cancer"],
    },
    Row {
        why: "neck pain asks the neck's warning signs",
        base: calm,
        from: &["where.lower-back"],
        to: &["where.neck"],
    },
    Row {
        why: "arm pain asks the neck's warning signs",
        base: calm,
        from: &["where.lower-back"],
        to: &["where.arm"],
    },
    Row {
        why: "a neck sign shows its card",
        base: neck,
        from: &["neck-signs.none"],
        to: &["neck-signs.clumsy-hands"],
    },
    Row {
        why: "recent pain: no procedure, its note and next step",
        base: calm,
        from: &["duration.over-a-year"],
        to: &["duration.under-3-months"],
    },
    Row {
        why: "how it feels: the persistent-pain sentence",
        base: calm,
        from: &["feel.other"],
        to: &["feel.burning"],
    },
    Row {
        why: "mild pain: the keep-active next step, not the specialist one",
        base: calm,
        from: &["severity.mild"],
        to: &["severity.moderate"],
    },
    Row {
        why: "severe pain two treatments did not ease: intrathecal",
        base: severe_not_eased,
        from: &["severity.severe"],
        to: &["severity.moderate"],
    },
    Row {
        why: "a diagnosis: its procedures",
        base: calm,
        from: &["diagnoses.none"],
        to: &["diagnoses.sciatica"],
    },
    Row {
        why: "a treatment tried asks how much it helped",
        base: calm,
        from: &["treatments.none"],
        to: &["treatments.injections"],
    },
    Row {
        why: "medicine that did not ease the pain: the introduction's sentence",
        base: severe_not_eased,
        from: &["treatments.medicine"],
        to: &["treatments.injections"],
    },
    Row {
        why: "physical therapy that did not ease the pain: the introduction's sentence",
        base: severe_not_eased,
        from: &["treatments.physical-therapy"],
        to: &["treatments.injections"],
    },
    Row {
        why: "helped only a little is not helped: the conclusion and the next step",
        base: treated,
        from: &["treatment-result.helped-a-lot"],
        to: &["treatment-result.helped-a-little"],
    },
    Row {
        why: "not helped at all: the implants' conditions",
        base: severe_not_eased,
        from: &["treatment-result.not-helped"],
        to: &["treatment-result.helped-a-little"],
    },
];

#[test]
fn every_question_has_an_answer_change_that_changes_what_the_patient_sees() {
    for row in ROWS {
        let base = (row.base)();
        for name in row.from {
            assert!(
                base.contains(name),
                "{}: {name} is not in the base answers",
                row.why
            );
        }
        let before = seen(&base);
        let after = seen(&changed(&base, row.from, row.to));
        assert_ne!(
            before, after,
            "{}: nothing the patient sees changes",
            row.why
        );
    }
    for q in question_ids(&GUIDE) {
        let id = GUIDE.question(q).id;
        assert!(
            ROWS.iter().any(|row| row
                .from
                .iter()
                .chain(row.to)
                .any(|n| choice(n).question == q)),
            "question {id} has no row: show what its answers change, or stop asking it"
        );
    }
    // The answers the issue named as asked and then ignored.
    for named in [
        "where.neck",
        "where.arm",
        "severity.mild",
        "severity.moderate",
        "treatments.medicine",
        "treatments.physical-therapy",
        "treatment-result.helped-a-little",
    ] {
        assert!(
            ROWS.iter()
                .any(|row| row.from.contains(&named) || row.to.contains(&named)),
            "{named} has no row"
        );
    }
}
