//! Which parts of the article fit the answers, in what order, and why.
//!
//! Results are topics to discuss with a specialist, never a recommendation: the engine only
//! says which article sections the patient's own answers point to, and which article
//! sentence backs each link.

use super::answers::Answers;
use crate::content::{Choice, Guide, NoteId, Rule, SectionId};

/// How strongly a reason ties an answer to a section. Higher ranks first.
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
    /// The answers behind the reason, in question order.
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
    /// Sections that fit the answers, most relevant first.
    pub relevant: Vec<Relevant>,
    /// Every other section, in article order: nothing is hidden.
    pub others: Vec<SectionId>,
    /// Honest asides, such as "the article is about pain that lasts longer".
    pub notes: Vec<NoteId>,
}

impl Relevant {
    fn rank(&self) -> (Strength, usize) {
        let best = self
            .reasons
            .iter()
            .map(|r| r.strength)
            .max()
            .unwrap_or(Strength::Background);
        let total = self.reasons.iter().map(|r| r.strength as usize).sum();
        (best, total)
    }
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

/// A stable insertion sort: `first(a, b)` says `a` goes before `b`. The lists are a handful of
/// items (one per article section or rule), and the standard library's sort would add some
/// 5 KB to the app for them (issue 7).
fn sort_small<T>(items: &mut [T], first: impl Fn(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && first(&items[j], &items[j - 1]) {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// The results page for `answers`. Callers show the urgent page instead when a warning
/// sign was chosen (see [`super::flow::next_screen`]).
pub fn results(guide: &Guide, answers: &Answers) -> Results {
    let section_count = guide.locales[0].article.sections.len();
    let mut relevant: Vec<Relevant> = Vec::new();
    for rule in guide.rules {
        if !rule.when.iter().all(|&c| answers.has(c)) {
            continue;
        }
        let reason = Reason {
            rule,
            choices: rule.when.to_vec(),
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
    for entry in &mut relevant {
        // Equal reasons keep the order of rules.toml.
        sort_small(&mut entry.reasons, |a, b| a.strength > b.strength);
    }
    // Strongest reason first, then most evidence, then article order.
    sort_small(&mut relevant, |a, b| {
        (a.rank(), std::cmp::Reverse(a.section)) > (b.rank(), std::cmp::Reverse(b.section))
    });

    let others = (0..section_count)
        .map(|i| SectionId(i as u8))
        .filter(|s| !relevant.iter().any(|r| r.section == *s))
        .collect();
    let mut notes: Vec<NoteId> = answers
        .choices()
        .filter_map(|c| guide.question(c.question).options[usize::from(c.option.0)].note)
        .collect();
    notes.dedup();
    Results {
        relevant,
        others,
        notes,
    }
}
