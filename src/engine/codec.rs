//! The compact, versioned text form of [`Answers`], used in share links (`#share=…`) and
//! in sessionStorage.
//!
//! Version 1: `1` then, for each answered question in order, `~` + the question's code and
//! `.` + the code of each chosen option, e.g. `1~w.n~d.y1~t.md.pt`. Codes come from
//! `content/questions.toml` and are never reused, so an old link cannot silently change
//! meaning. Decoding never panics: anything unexpected is a [`DecodeError`].

use std::fmt;

use super::answers::{Answers, OptionSet};
use super::flow::{prune, question_ids};
use crate::content::{Choose, Guide, OptionId, QuestionId};

const VERSION: &str = "1";
const QUESTION_SEPARATOR: char = '~';
const CODE_SEPARATOR: char = '.';
/// Far longer than any real set of answers; stops pathological input early.
const MAX_LEN: usize = 1024;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    Empty,
    TooLong,
    /// The link was made by a version of the guide this one does not know.
    UnknownVersion(String),
    UnknownQuestion(String),
    UnknownOption {
        question: &'static str,
        code: String,
    },
    /// A question appears twice, or out of order.
    QuestionOutOfOrder(&'static str),
    NoOptions(&'static str),
    RepeatedOption {
        question: &'static str,
        code: String,
    },
    /// More than one answer to a one-answer question.
    TooManyOptions(&'static str),
    /// "None of these" together with another answer.
    NoneWithOthers(&'static str),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => write!(f, "the link has no answers in it"),
            Self::TooLong => write!(f, "the link is longer than any set of answers"),
            Self::UnknownVersion(v) => write!(f, "unknown version {v:?}"),
            Self::UnknownQuestion(code) => write!(f, "unknown question code {code:?}"),
            Self::UnknownOption { question, code } => {
                write!(f, "unknown answer code {code:?} for question {question:?}")
            }
            Self::QuestionOutOfOrder(q) => write!(f, "question {q:?} is repeated or out of order"),
            Self::NoOptions(q) => write!(f, "question {q:?} has no answer codes"),
            Self::RepeatedOption { question, code } => {
                write!(
                    f,
                    "answer code {code:?} is repeated for question {question:?}"
                )
            }
            Self::TooManyOptions(q) => write!(f, "question {q:?} takes one answer but has several"),
            Self::NoneWithOthers(q) => {
                write!(f, "question {q:?} has \"none of these\" with other answers")
            }
        }
    }
}

impl std::error::Error for DecodeError {}

pub fn encode(guide: &Guide, answers: &Answers) -> String {
    let mut text = String::from(VERSION);
    for question in question_ids(guide) {
        let Some(set) = answers.get(question) else {
            continue;
        };
        let q = guide.question(question);
        text.push(QUESTION_SEPARATOR);
        text.push_str(q.code);
        for option in set.iter() {
            text.push(CODE_SEPARATOR);
            text.push_str(q.options[usize::from(option.0)].code);
        }
    }
    text
}

/// Reads answers back. Answers to questions that would not be asked are dropped, so the
/// result is always a state the questionnaire itself could have produced.
pub fn decode(guide: &Guide, text: &str) -> Result<Answers, DecodeError> {
    if text.len() > MAX_LEN {
        return Err(DecodeError::TooLong);
    }
    let mut parts = text.split(QUESTION_SEPARATOR);
    match parts.next() {
        None | Some("") => return Err(DecodeError::Empty),
        Some(VERSION) => {}
        Some(other) => return Err(DecodeError::UnknownVersion(other.to_owned())),
    }
    let mut answers = Answers::default();
    let mut previous: Option<QuestionId> = None;
    for part in parts {
        let mut codes = part.split(CODE_SEPARATOR);
        let question_code = codes.next().unwrap_or_default();
        let question = question_ids(guide)
            .find(|&q| guide.question(q).code == question_code)
            .ok_or_else(|| DecodeError::UnknownQuestion(question_code.to_owned()))?;
        let q = guide.question(question);
        if previous.is_some_and(|p| p >= question) {
            return Err(DecodeError::QuestionOutOfOrder(q.id));
        }
        previous = Some(question);
        let mut set = OptionSet::default();
        for code in codes {
            let position = q
                .options
                .iter()
                .position(|o| o.code == code)
                .ok_or_else(|| DecodeError::UnknownOption {
                    question: q.id,
                    code: code.to_owned(),
                })?;
            let option = OptionId(position as u8);
            if set.contains(option) {
                return Err(DecodeError::RepeatedOption {
                    question: q.id,
                    code: code.to_owned(),
                });
            }
            set = set.with(option);
        }
        if set.is_empty() {
            return Err(DecodeError::NoOptions(q.id));
        }
        if q.choose == Choose::One && set.len() > 1 {
            return Err(DecodeError::TooManyOptions(q.id));
        }
        if set.len() > 1 && set.iter().any(|o| q.options[usize::from(o.0)].exclusive) {
            return Err(DecodeError::NoneWithOthers(q.id));
        }
        answers.set(question, set);
    }
    Ok(prune(guide, &answers))
}
