//! What the patient has chosen so far.

use crate::content::{Choice, Guide, OptionId, QuestionId};

/// The options chosen for one question, as a bit set (the build allows at most 32 options).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct OptionSet(u32);

impl OptionSet {
    pub fn single(option: OptionId) -> Self {
        Self(1 << option.0)
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    pub fn contains(self, option: OptionId) -> bool {
        self.0 & (1 << option.0) != 0
    }

    pub fn with(self, option: OptionId) -> Self {
        Self(self.0 | (1 << option.0))
    }

    pub fn without(self, option: OptionId) -> Self {
        Self(self.0 & !(1 << option.0))
    }

    pub fn iter(self) -> impl Iterator<Item = OptionId> {
        (0..32u8).map(OptionId).filter(move |&o| self.contains(o))
    }
}

/// The answer to each question, by question position. A question with no entry is unanswered.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Answers {
    chosen: Vec<OptionSet>,
}

impl Answers {
    pub fn get(&self, question: QuestionId) -> Option<OptionSet> {
        self.chosen
            .get(usize::from(question.0))
            .copied()
            .filter(|set| !set.is_empty())
    }

    pub fn is_answered(&self, question: QuestionId) -> bool {
        self.get(question).is_some()
    }

    /// Records an answer; an empty set makes the question unanswered again.
    pub fn set(&mut self, question: QuestionId, options: OptionSet) {
        let index = usize::from(question.0);
        if self.chosen.len() <= index {
            self.chosen.resize(index + 1, OptionSet::default());
        }
        self.chosen[index] = options;
        self.drop_trailing_unanswered();
    }

    /// Keeps one representation per set of answers, so `==` means "same answers".
    fn drop_trailing_unanswered(&mut self) {
        while self.chosen.last().is_some_and(|set| set.is_empty()) {
            self.chosen.pop();
        }
    }

    /// Only the answers to the questions before `question`.
    pub fn before(&self, question: QuestionId) -> Answers {
        let mut earlier = self.clone();
        earlier.chosen.truncate(usize::from(question.0));
        earlier.drop_trailing_unanswered();
        earlier
    }

    pub fn has(&self, choice: Choice) -> bool {
        self.get(choice.question)
            .is_some_and(|set| set.contains(choice.option))
    }

    pub fn is_empty(&self) -> bool {
        self.chosen.is_empty()
    }

    /// Every choice made, in question order then option order.
    pub fn choices(&self) -> impl Iterator<Item = Choice> + '_ {
        self.chosen.iter().enumerate().flat_map(|(q, set)| {
            let question = QuestionId(q as u8);
            set.iter().map(move |option| Choice { question, option })
        })
    }
}

/// Applies a click on an option to the current selection, the way a patient expects:
/// radio buttons replace, tick boxes toggle, and "None of these" clears the others (and
/// is cleared by them).
pub fn toggle(
    guide: &Guide,
    question: QuestionId,
    current: OptionSet,
    option: OptionId,
) -> OptionSet {
    use crate::content::Choose;
    let q = guide.question(question);
    if q.choose == Choose::One {
        return OptionSet::single(option);
    }
    if current.contains(option) {
        return current.without(option);
    }
    if q.options[usize::from(option.0)].exclusive {
        return OptionSet::single(option);
    }
    q.options
        .iter()
        .enumerate()
        .filter(|(_, o)| o.exclusive)
        .fold(current, |set, (i, _)| set.without(OptionId(i as u8)))
        .with(option)
}
