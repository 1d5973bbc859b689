//! Which parts of the article relate to the answers, and why; and the next step.
//!
//! Results are topics to discuss with a doctor, never a recommendation: the engine only says
//! which article sections the patient's own answers point to, and which article sentence
//! backs each link. They are not ranked: related sections keep the article's order.

use super::answers::Answers;
use crate::content::{Choice, Guide, NoteId, Rule, SectionId};

/// What kind of answer a reason rests on, which its wording says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// Fits most people with long-lasting pain (how long, how it feels).
    Background = 1,
    /// Something the patient described that the article names.
    Description = 2,
    /// A diagnosis the patient says a doctor gave.
    Diagnosis = 3,
}

/// "Why you are seeing this": the answers that matched a rule and the article sentence
/// (the rule's evidence) behind it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason {
    pub rule: &'static Rule,
    /// The answers behind the reason: `when`, then those of `any` that were given.
    pub choices: Vec<Choice>,
    pub strength: Strength,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Relevant {
    pub section: SectionId,
    /// Strongest first.
    pub reasons: Vec<Reason>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Results {
    /// Sections that relate to the answers, in article order.
    pub relevant: Vec<Relevant>,
    /// Every other section, in article order: nothing is hidden.
    pub others: Vec<SectionId>,
    /// Honest asides, such as "the article is about pain that lasts longer".
    pub notes: Vec<NoteId>,
    /// What to do next: the first `[[next_step]]` whose answers were all given.
    pub next_step: NoteId,
}

fn strength(guide: &Guide, rule: &Rule) -> Strength {
    if rule
        .when
        .iter()
        .any(|c| guide.question(c.question).doctor_said)
    {
        Strength::Diagnosis
    } else if rule.background {
        Strength::Background
    } else {
        Strength::Description
    }
}

/// Whether `rule` applies to `answers`: every answer of `when`, at least `at_least` of `any`,
/// none of `unless`.
pub fn applies(rule: &Rule, answers: &Answers) -> bool {
    rule.when.iter().all(|&c| answers.has(c))
        && rule.any.iter().filter(|&&c| answers.has(c)).count() >= usize::from(rule.at_least)
        && !rule.unless.iter().any(|&c| answers.has(c))
}

/// The results page for `answers`. Callers show a warning-sign card instead when one applies
/// (see [`super::flow::next_screen`]).
pub fn results(guide: &Guide, answers: &Answers) -> Results {
    let section_count = guide.locales[0].article.sections.len();
    let mut relevant: Vec<Relevant> = Vec::new();
    for rule in guide.rules.iter().filter(|rule| applies(rule, answers)) {
        let given = rule.any.iter().copied().filter(|&c| answers.has(c));
        let reason = Reason {
            rule,
            choices: rule.when.iter().copied().chain(given).collect(),
            strength: strength(guide, rule),
        };
        match relevant.iter_mut().find(|r| r.section == rule.section) {
            Some(entry) => entry.reasons.push(reason),
            None => relevant.push(Relevant {
                section: rule.section,
                reasons: vec![reason],
            }),
        }
    }
    // Article order, not a ranking: a related section is a topic, not a recommendation.
    let relevant: Vec<Relevant> = (0..section_count)
        .filter_map(|i| {
            let at = relevant
                .iter()
                .position(|r| r.section == SectionId(i as u8))?;
            Some(relevant.swap_remove(at))
        })
        .collect();

    let others = (0..section_count)
        .map(|i| SectionId(i as u8))
        .filter(|s| !relevant.iter().any(|r| r.section == *s))
        .collect();
    let mut notes: Vec<NoteId> = answers
        .choices()
        .filter_map(|c| guide.question(c.question).options[usize::from(c.option.0)].note)
        .collect();
    notes.dedup();
    let next_step = guide
        .next_steps
        .iter()
        .find(|step| step.when.iter().all(|&c| answers.has(c)))
        .map_or(NoteId(0), |step| step.note);
    Results {
        relevant,
        others,
        notes,
        next_step,
    }
}
