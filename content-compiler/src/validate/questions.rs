//! Checks content/questions.toml: ids, codes, options, and which questions can be asked.

use super::{MAX_COUNT, check_code, check_count, check_id, check_unique};
use crate::{
    Errors,
    checked::{AnswerOption, Choice, Choose, Question},
    files::{OptionEntry, Parsed, QuestionEntry, Source, StructureFile},
};

/// The app keeps a question's answers in a 32-bit set.
const MAX_OPTIONS: usize = 32;

/// The checked questions, with what the other files are checked against.
pub struct Structure {
    pub questions: Vec<Question>,
    /// Whether each question can ever be asked (see [`check_reachable`]).
    pub reachable: Vec<bool>,
    /// Whether each question's ask_if_any resolved (an answer that did not is reported).
    ask_if_any_resolved: Vec<bool>,
    /// The notes that options name, in order of first use: a note's position is its id.
    pub notes: Vec<NoteUse>,
}

/// A note and the first place that names it (to say where it is needed).
pub struct NoteUse {
    pub id: String,
    /// "option \"x\" of question \"y\" in content/questions.toml"
    pub used_by: String,
}

impl Structure {
    /// The position of note `id`, added to the notes if it is new.
    pub fn use_note(&mut self, id: &str, used_by: impl FnOnce() -> String) -> usize {
        note_position(&mut self.notes, id, used_by)
    }
}

fn note_position(notes: &mut Vec<NoteUse>, id: &str, used_by: impl FnOnce() -> String) -> usize {
    notes
        .iter()
        .position(|known| known.id == id)
        .unwrap_or_else(|| {
            notes.push(NoteUse {
                id: id.to_string(),
                used_by: used_by(),
            });
            notes.len() - 1
        })
}

pub fn check(file: &Parsed<StructureFile>, errors: &mut Errors) -> Structure {
    let source = &file.source;
    let entries = &file.content.question;
    let first_too_many = entries.get(MAX_COUNT).map(|entry| &entry.id);
    check_count(errors, source, first_too_many, entries.len(), "question");
    check_unique(
        errors,
        source,
        entries.iter().map(|entry| &entry.id),
        "question id",
        "the questions",
    );
    check_unique(
        errors,
        source,
        entries.iter().map(|entry| &entry.code),
        "question code",
        "the questions",
    );

    let mut notes = Vec::new();
    let mut questions: Vec<Question> = entries
        .iter()
        .map(|entry| check_question(source, entry, &mut notes, errors))
        .collect();

    let ask_if_any_resolved = resolve_ask_if_any(source, entries, &mut questions, errors);
    Structure {
        questions,
        reachable: Vec::new(),
        ask_if_any_resolved,
        notes,
    }
}

fn check_question(
    source: &Source,
    entry: &QuestionEntry,
    notes: &mut Vec<NoteUse>,
    errors: &mut Errors,
) -> Question {
    let id = entry.id.get_ref();
    check_id(errors, source, &entry.id, "question");
    check_code(errors, source, &entry.code, "question");
    let choose = match entry.choose.get_ref().as_str() {
        "one" => Choose::One,
        "many" => Choose::Many,
        other => {
            errors.at(
                source,
                &entry.choose,
                format!(
                    "choose = {other:?} is not allowed: write \"one\" (the patient picks one answer) or \"many\" (they tick all that apply)"
                ),
            );
            // Carry on as "many", which has no further rules, so the other checks still run.
            Choose::Many
        }
    };
    if entry.option.is_empty() {
        errors.at(
            source,
            &entry.id,
            format!("question {id:?} has no options; add [[question.option]] tables after it"),
        );
    }
    if entry.option.len() > MAX_OPTIONS {
        errors.at(
            source,
            &entry.id,
            format!(
                "question {id:?} has {} options; a question can have at most {MAX_OPTIONS}",
                entry.option.len()
            ),
        );
    }
    let among = format!("the options of question {id:?}");
    check_unique(
        errors,
        source,
        entry.option.iter().map(|option| &option.id),
        "option id",
        &among,
    );
    check_unique(
        errors,
        source,
        entry.option.iter().map(|option| &option.code),
        "option code",
        &among,
    );
    let options = entry
        .option
        .iter()
        .map(|option| check_option(source, option, id, choose, notes, errors))
        .collect();

    Question {
        id: id.clone(),
        code: entry.code.get_ref().clone(),
        choose,
        options,
        ask_if_any: Vec::new(),
        doctor_said: entry.doctor_said,
    }
}

fn check_option(
    source: &Source,
    option: &OptionEntry,
    question: &str,
    choose: Choose,
    notes: &mut Vec<NoteUse>,
    errors: &mut Errors,
) -> AnswerOption {
    let id = option.id.get_ref();
    check_id(errors, source, &option.id, "option");
    check_code(errors, source, &option.code, "option");
    if option.exclusive && choose == Choose::One {
        errors.at(
            source,
            &option.id,
            format!(
                "option {id:?} of question {question:?} has exclusive = true, but the question has choose = \"one\", so its answers never combine anyway; remove exclusive = true"
            ),
        );
    }
    let note = option.note.as_ref().map(|note| {
        check_id(errors, source, note, "note");
        note_position(notes, note.get_ref(), || {
            format!("option {id:?} of question {question:?} in content/questions.toml")
        })
    });
    AnswerOption {
        id: id.clone(),
        code: option.code.get_ref().clone(),
        stops: false,
        exclusive: option.exclusive,
        out_of_scope: option.out_of_scope,
        note,
    }
}

/// Fills in each question's ask_if_any, once every question is known (to tell an unknown
/// question from a later one); says for each question whether all of them resolved.
fn resolve_ask_if_any(
    source: &Source,
    entries: &[QuestionEntry],
    questions: &mut [Question],
    errors: &mut Errors,
) -> Vec<bool> {
    let mut ask_if_any_resolved = Vec::with_capacity(entries.len());
    for (index, entry) in entries.iter().enumerate() {
        let mut resolved = true;
        for written in &entry.ask_if_any {
            let problem = match resolve_choice(questions, written.get_ref()) {
                Ok(choice) if choice.question < index => {
                    questions[index].ask_if_any.push(choice);
                    continue;
                }
                Ok(_) => format!(
                    "{:?} is not an answer to an earlier question; question {:?} can only depend on questions asked before it",
                    written.get_ref(),
                    entry.id.get_ref()
                ),
                Err(problem) => problem,
            };
            errors.at(source, written, format!("ask_if_any: {problem}"));
            resolved = false;
        }
        ask_if_any_resolved.push(resolved);
    }
    ask_if_any_resolved
}

/// Finds the answer written "question-id.option-id"; the error says what is wrong with it.
pub fn resolve_choice(questions: &[Question], written: &str) -> Result<Choice, String> {
    let Some((question_id, option_id)) = written.split_once('.') else {
        return Err(format!(
            "{written:?} is not an answer; write \"question-id.option-id\", like \"diagnoses.sciatica\""
        ));
    };
    let Some(question) = questions
        .iter()
        .position(|question| question.id == question_id)
    else {
        return Err(format!(
            "there is no question {question_id:?} (in {written:?}); the question ids are in content/questions.toml"
        ));
    };
    let options = &questions[question].options;
    let Some(option) = options.iter().position(|option| option.id == option_id) else {
        let option_ids: Vec<&str> = options.iter().map(|option| option.id.as_str()).collect();
        return Err(format!(
            "question {question_id:?} has no option {option_id:?} (in {written:?}); its options are: {}",
            option_ids.join(", ")
        ));
    };
    Ok(Choice { question, option })
}

/// The answer as editors write it: "question-id.option-id", in quotes.
pub fn written(questions: &[Question], choice: Choice) -> String {
    let question = &questions[choice.question];
    format!("\"{}.{}\"", question.id, question.options[choice.option].id)
}

/// Fills in `structure.reachable`, once triage.toml has said which answers stop the guide. A
/// question can be asked if it has no ask_if_any, or one of those answers is an answer that
/// does not stop the guide to a question that can be asked. Nothing after a question whose
/// every answer stops the guide can be asked.
pub fn check_reachable(
    file: &Parsed<StructureFile>,
    structure: &mut Structure,
    errors: &mut Errors,
) {
    let (source, entries) = (&file.source, &file.content.question);
    let (questions, ask_if_any_resolved) = (&structure.questions, &structure.ask_if_any_resolved);
    let mut reachable: Vec<bool> = Vec::with_capacity(questions.len());
    let mut dead_end: Option<&str> = None;
    for (index, question) in questions.iter().enumerate() {
        let why_not = if let Some(dead_end) = dead_end {
            Some(format!(
                "every answer to the earlier question {dead_end:?} is an emergency warning sign (content/triage.toml), so the guide always stops there"
            ))
        } else if question.ask_if_any.is_empty() || !ask_if_any_resolved[index] {
            // An answer that could not be resolved is reported already.
            None
        } else {
            let why_choice_cannot_lead = |&choice: &Choice| {
                let earlier = &questions[choice.question];
                if !reachable[choice.question] {
                    Some(format!("question {:?} can never be asked", earlier.id))
                } else if earlier.options[choice.option].stops {
                    Some(format!(
                        "{} is an emergency warning sign (content/triage.toml), so the guide shows the emergency card instead",
                        written(questions, choice)
                    ))
                } else {
                    None
                }
            };
            // `None` as soon as one answer can lead to this question.
            let reasons: Option<Vec<String>> = question
                .ask_if_any
                .iter()
                .map(why_choice_cannot_lead)
                .collect();
            reasons.map(|reasons| {
                format!(
                    "no answer in its ask_if_any can lead to it ({})",
                    reasons.join("; ")
                )
            })
        };
        if let Some(why_not) = &why_not {
            errors.at(
                source,
                &entries[index].id,
                format!("question {:?} can never be asked: {why_not}", question.id),
            );
        } else if !question.options.is_empty() && question.options.iter().all(|option| option.stops)
        {
            dead_end = Some(&question.id);
        }
        reachable.push(why_not.is_none());
    }
    structure.reachable = reachable;
}
