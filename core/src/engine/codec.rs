//! The compact, versioned text form of [`Answers`], used in share links (`#share=…`) and
//! in sessionStorage.
//!
//! Version 1: `1` then, for each answered question in order, `~` + the question's code and
//! `.` + the code of each chosen option, e.g. `1~w.n~d.y1~t.md.pt`. Codes come from
//! `content/questions.toml` and are never reused, so an old link cannot silently change
//! meaning. Decoding never panics.
//!
//! A link made by an older version of the guide is still well-formed, but may name a question
//! that was removed (its answer is dropped) or an answer that was removed (that question is
//! dropped and listed in [`Decoded::to_answer_again`]): every answer that still means the same is
//! kept. Only a link that is not well-formed (cut short, mistyped, tampered with) is a
//! [`DecodeError`].

use super::answers::{Answers, OptionSet};
use super::flow::{is_asked, prune, question_ids};
use crate::content::{Choose, Guide, OptionId, Question, QuestionId};

const VERSION: &str = "1";
const QUESTION_SEPARATOR: char = '~';
const CODE_SEPARATOR: char = '.';
/// Far longer than any real set of answers; stops pathological input early.
const MAX_LEN: usize = 1024;
/// Codes are 1 to 3 lower-case letters or digits (the content compiler enforces it), so a
/// well-formed link from any version has only such codes.
const MAX_CODE_LEN: usize = 3;

/// What a link or the saved answers hold, read by this version of the guide.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Decoded {
    /// Every answer that still means what it meant when the link was made.
    pub answers: Answers,
    /// Questions (still asked, in order) whose answer this version no longer offers: the
    /// patient must answer them again.
    pub to_answer_again: Vec<QuestionId>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    Empty,
    TooLong,
    /// The link was made by a version of the guide this one does not know.
    UnknownVersion(String),
    /// Not a code any version of the guide could have written.
    MalformedCode(String),
    /// A question appears twice, or out of order.
    QuestionOutOfOrder(&'static str),
    NoOptions(&'static str),
    /// The link ends part-way through an answer's code (a link cut short when it was copied),
    /// which would otherwise read as an answer from an older version.
    CutShort(&'static str),
    RepeatedOption {
        question: &'static str,
        code: String,
    },
}

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
pub fn decode(guide: &Guide, text: &str) -> Result<Decoded, DecodeError> {
    if text.len() > MAX_LEN {
        return Err(DecodeError::TooLong);
    }
    let mut parts = text.split(QUESTION_SEPARATOR).peekable();
    match parts.next() {
        None | Some("") => return Err(DecodeError::Empty),
        Some(VERSION) => {}
        // Only a number is a version some guide could have written; anything else is damage.
        Some(other) if other.bytes().all(|b| b.is_ascii_digit()) => {
            return Err(DecodeError::UnknownVersion(other.to_owned()));
        }
        Some(other) => return Err(DecodeError::MalformedCode(other.to_owned())),
    }
    let mut answers = Answers::default();
    let mut changed = Vec::new();
    let mut previous: Option<QuestionId> = None;
    while let Some(part) = parts.next() {
        let mut codes = part.split(CODE_SEPARATOR);
        let question_code = well_formed(codes.next().unwrap_or_default())?;
        let option_codes = codes.map(well_formed).collect::<Result<Vec<_>, _>>()?;
        let Some(question) = question_ids(guide).find(|&q| guide.question(q).code == question_code)
        else {
            // A question this version no longer asks: its answer has no meaning here.
            continue;
        };
        let q = guide.question(question);
        if previous.is_some_and(|p| p >= question) {
            return Err(DecodeError::QuestionOutOfOrder(q.id));
        }
        previous = Some(question);
        if option_codes.is_empty() {
            return Err(DecodeError::NoOptions(q.id));
        }
        if let Some(repeated) = option_codes
            .iter()
            .enumerate()
            .find_map(|(at, code)| option_codes[..at].contains(code).then_some(*code))
        {
            return Err(DecodeError::RepeatedOption {
                question: q.id,
                code: repeated.to_owned(),
            });
        }
        match answer_in_this_version(guide, question, &option_codes) {
            Some(set) => answers.set(question, set),
            None if parts.peek().is_none() && ends_part_way(q, &option_codes) => {
                return Err(DecodeError::CutShort(q.id));
            }
            None => changed.push(question),
        }
    }
    let answers = prune(guide, &answers);
    let to_answer_again = changed
        .into_iter()
        .filter(|&q| is_asked(guide, &answers, q))
        .collect();
    Ok(Decoded {
        answers,
        to_answer_again,
    })
}

/// The last code is the start of one of the question's codes, not a code of its own.
fn ends_part_way(question: &Question, codes: &[&str]) -> bool {
    codes.last().is_some_and(|last| {
        question
            .options
            .iter()
            .any(|o| o.code.len() > last.len() && o.code.starts_with(last))
    })
}

fn well_formed(code: &str) -> Result<&str, DecodeError> {
    let valid = (1..=MAX_CODE_LEN).contains(&code.len())
        && code
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
    if valid {
        Ok(code)
    } else {
        Err(DecodeError::MalformedCode(code.to_owned()))
    }
}

/// The answer `codes` give to `question` in this version, or `None` if this version cannot
/// hold it: an option was removed, or the question's rules changed (one answer where several
/// were allowed, "None of these" where it was not exclusive).
fn answer_in_this_version(
    guide: &Guide,
    question: QuestionId,
    codes: &[&str],
) -> Option<OptionSet> {
    let q = guide.question(question);
    let mut set = OptionSet::default();
    for code in codes {
        let position = q.options.iter().position(|o| o.code == *code)?;
        set = set.with(OptionId(position as u8));
    }
    let too_many = q.choose == Choose::One && set.len() > 1;
    let none_with_others =
        set.len() > 1 && set.iter().any(|o| q.options[usize::from(o.0)].exclusive);
    (!too_many && !none_with_others).then_some(set)
}
