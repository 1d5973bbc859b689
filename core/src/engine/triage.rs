//! Warning signs: which level of care the answers need (content/triage.toml), and whether the
//! pain is one the guide is about. Warning signs always win over the article.

use super::answers::Answers;
use crate::content::{Choice, Guide, Level, QuestionId, Triage};

/// The triage entries whose answers were all given.
pub fn matched<'a>(guide: &'a Guide, answers: &'a Answers) -> impl Iterator<Item = &'a Triage> {
    guide
        .triage
        .iter()
        .filter(|entry| entry.when.iter().all(|&c| answers.has(c)))
}

/// The highest level of care the answers need, if any: the highest level always wins.
pub fn level(guide: &Guide, answers: &Answers) -> Option<Level> {
    matched(guide, answers).map(|entry| entry.level).max()
}

/// Every sign the patient chose that leads to a card, whatever its level, in question order:
/// the card lists them all.
pub fn signs(guide: &Guide, answers: &Answers) -> Vec<Choice> {
    answers
        .choices()
        .filter(|&c| matched(guide, answers).any(|entry| entry.when.contains(&c)))
        .collect()
}

/// Whether warning signs are asked in this question (triage.toml names its answers). The
/// build checks that these questions come first.
pub fn is_warning_question(guide: &Guide, question: QuestionId) -> bool {
    guide
        .triage
        .iter()
        .any(|entry| entry.when.iter().any(|c| c.question == question))
}

/// The patient said where the pain is, and none of it is pain the guide is about.
pub fn out_of_scope(guide: &Guide, answers: &Answers) -> bool {
    let mut places = guide
        .questions
        .iter()
        .enumerate()
        .filter(|(_, q)| q.options.iter().any(|o| o.out_of_scope))
        .filter_map(|(q, question)| Some((question, answers.get(QuestionId(q as u8))?)));
    places.any(|(question, chosen)| {
        chosen
            .iter()
            .all(|option| question.options[usize::from(option.0)].out_of_scope)
    })
}
