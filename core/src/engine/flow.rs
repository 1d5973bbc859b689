//! Which screen comes next, and which screens a patient may be on given their answers.

use super::answers::{Answers, OptionSet};
use super::triage::{self, is_warning_question, out_of_scope};
use crate::content::{Choice, Guide, Level, QuestionId};

/// A screen of the guide. Also what the URL fragment names (see [`super::route`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Screen {
    Start,
    Question(QuestionId),
    /// "Check your answers".
    Check,
    Results,
    /// A warning-sign card: what to do, for the highest level of care the answers need. An
    /// emergency or urgent card overrides every other result; after a soon card the patient
    /// may go on.
    Card(Level),
    /// The pain is only in places the guide is not about.
    OutOfScope,
    /// "Clear your answers?": asked before "Start again" clears them, from the results.
    StartAgain,
}

pub fn question_ids(
    guide: &Guide,
) -> impl DoubleEndedIterator<Item = QuestionId> + ExactSizeIterator + '_ {
    (0..guide.questions.len()).map(|i| QuestionId(i as u8))
}

/// Whether the question applies, given the answers to the questions before it.
pub fn is_asked(guide: &Guide, answers: &Answers, question: QuestionId) -> bool {
    let conditions = guide.question(question).ask_if_any;
    conditions.is_empty() || conditions.iter().any(|&c| answers.has(c))
}

/// Drops answers to questions that no longer apply (an earlier answer changed).
/// One forward pass is enough: a question only depends on earlier ones.
pub fn prune(guide: &Guide, answers: &Answers) -> Answers {
    let mut kept = Answers::default();
    for question in question_ids(guide) {
        if let Some(set) = answers.get(question)
            && is_asked(guide, &kept, question)
        {
            kept.set(question, set);
        }
    }
    kept
}

/// Where the patient goes from here: an emergency card as soon as an emergency sign is chosen;
/// once every warning-sign question is answered, an urgent card, or the scope card if the pain
/// is only where the guide does not cover; else the first question still to answer, else
/// "Check your answers". (A soon card is a step on the way, not a stop: see [`after_answer`].)
pub fn next_screen(guide: &Guide, answers: &Answers) -> Screen {
    let level = triage::level(guide, answers);
    if level == Some(Level::Emergency) {
        return Screen::Card(Level::Emergency);
    }
    let unanswered = first_unanswered(guide, answers);
    if let Some(q) = unanswered
        && is_warning_question(guide, q)
    {
        return Screen::Question(q);
    }
    if level == Some(Level::Urgent) {
        return Screen::Card(Level::Urgent);
    }
    if out_of_scope(guide, answers) {
        return Screen::OutOfScope;
    }
    unanswered.map_or(Screen::Check, Screen::Question)
}

fn first_unanswered(guide: &Guide, answers: &Answers) -> Option<QuestionId> {
    question_ids(guide).find(|&q| is_asked(guide, answers, q) && !answers.is_answered(q))
}

/// Every warning-sign question that applies is answered, and the answers need care soon (no
/// higher): the soon card may be shown, and the patient may go on from it.
fn soon_card_applies(guide: &Guide, answers: &Answers) -> bool {
    triage::level(guide, answers) == Some(Level::Soon)
        && !first_unanswered(guide, answers).is_some_and(|q| is_warning_question(guide, q))
}

/// The screen to show when the patient asks for `wanted` (by link, Back/Forward, reload).
/// A screen they cannot be on yet (a later question, results before all answers) becomes
/// the furthest one they can.
pub fn resolve(guide: &Guide, answers: &Answers, wanted: Screen) -> Screen {
    let next = next_screen(guide, answers);
    match wanted {
        Screen::Start => Screen::Start,
        Screen::Question(q) if usize::from(q.0) >= guide.questions.len() => next,
        // Reachable when it is what the guide would ask next if only earlier answers counted:
        // every earlier question that applies is answered and no warning sign was chosen.
        Screen::Question(q) if next_screen(guide, &answers.before(q)) == wanted => wanted,
        Screen::Question(_) => next,
        Screen::Check | Screen::Results | Screen::StartAgain if next == Screen::Check => wanted,
        Screen::Card(Level::Soon) if soon_card_applies(guide, answers) => wanted,
        Screen::Card(_) | Screen::OutOfScope if next == wanted => wanted,
        Screen::Check
        | Screen::Results
        | Screen::Card(_)
        | Screen::OutOfScope
        | Screen::StartAgain => next,
    }
}

/// The screen after answering `question`: urgent care if a warning sign was chosen; back to
/// "Check your answers" when the patient came from there (unless the change opened a question
/// they have not answered); otherwise the next question that applies, answered or not, so
/// that Back then Continue walks forward one page at a time.
pub fn after_answer(
    guide: &Guide,
    answers: &Answers,
    question: QuestionId,
    from_check: bool,
) -> Screen {
    let next = next_screen(guide, answers);
    if let Screen::Card(_) = next {
        return next;
    }
    // The soon card shows once, right after the last warning-sign question, even before the
    // card that says the guide does not cover the pain: the sign still needs a doctor soon.
    if is_warning_question(guide, question) && soon_card_applies(guide, answers) {
        return Screen::Card(Level::Soon);
    }
    if next == Screen::OutOfScope {
        return next;
    }
    if from_check {
        return next;
    }
    question_ids(guide)
        .skip_while(|&q| q <= question)
        .find(|&q| is_asked(guide, answers, q))
        .map_or(next, Screen::Question)
}

/// Where the Back link goes from `screen`.
pub fn previous(guide: &Guide, answers: &Answers, screen: Screen) -> Screen {
    let before = |limit: usize| {
        question_ids(guide)
            .take(limit)
            .rev()
            .find(|&q| is_asked(guide, answers, q))
            .map_or(Screen::Start, Screen::Question)
    };
    match screen {
        Screen::Start => Screen::Start,
        Screen::Question(q) => before(usize::from(q.0)),
        Screen::Check | Screen::Results => before(guide.questions.len()),
        Screen::StartAgain => Screen::Results,
        // A card comes straight after the question that led to it: the last one answered.
        Screen::Card(_) | Screen::OutOfScope => question_ids(guide)
            .rev()
            .find(|&q| is_asked(guide, answers, q) && answers.is_answered(q))
            .map_or(Screen::Start, Screen::Question),
    }
}

/// "Question 3": where `question` comes among the questions asked. Only the answers before it
/// count (a question depends only on earlier ones), so a page shows the same number however the
/// patient reaches it: Continue, Back, a Change or a reload. There is no total: how many
/// questions follow depends on answers not given yet (docs/decisions.md, "The question number").
pub fn question_number(guide: &Guide, answers: &Answers, question: QuestionId) -> usize {
    let earlier = answers.before(question);
    1 + question_ids(guide)
        .take_while(|&q| q < question)
        .filter(|&q| is_asked(guide, &earlier, q))
        .count()
}

/// Answers the way a patient does: one question at a time, in the order the guide asks, taking
/// the given options for each question it asks. Stops at the first screen that is not a
/// question, or at a question `choices` has no answer for, and returns the answers and that
/// screen. Reference cases, the review pack and the tests walk journeys with it.
pub fn walk(guide: &Guide, choices: &[Choice]) -> (Answers, Screen) {
    let mut answers = Answers::default();
    let mut screen = next_screen(guide, &answers);
    while let Screen::Question(q) = screen {
        let set = choices
            .iter()
            .filter(|c| c.question == q)
            .fold(OptionSet::default(), |set, c| set.with(c.option));
        if set.is_empty() {
            break;
        }
        answers.set(q, set);
        screen = after_answer(guide, &answers, q, false);
    }
    (answers, screen)
}

/// Where a walk ends, in the words content/cases.toml uses for a reference patient's outcome.
pub fn outcome(screen: Screen) -> &'static str {
    match screen {
        Screen::Card(Level::Emergency) => "emergency",
        Screen::Card(Level::Urgent) => "urgent",
        Screen::Card(Level::Soon) => "soon",
        Screen::OutOfScope => "out-of-scope",
        Screen::Check => "results",
        Screen::Start | Screen::Question(_) | Screen::Results | Screen::StartAgain => {
            "an unanswered question"
        }
    }
}
