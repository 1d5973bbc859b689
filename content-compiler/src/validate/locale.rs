//! Checks one language's questions.toml and ui.toml against content/questions.toml and the
//! English ui.toml, and gathers that language's words.

use std::collections::BTreeSet;

use super::{check_no_outer_spaces, check_same_names, check_text, questions::Structure};
use crate::{
    Errors,
    checked::{Article, Governance, Locale, Question, QuestionText},
    files::{
        Entries, LocaleFiles, Parsed, QuestionWords, REFERENCE_LANG, Source, Spanned, UiFile,
        WordsFile,
    },
    text::placeholders,
};

/// A table of texts by key: `[ui]`, `[notes]`.
type Texts = Entries<Spanned<String>>;

/// The language's words, if all of them are there (any problem is reported).
pub fn check(
    files: &LocaleFiles,
    article: Option<Article>,
    english_ui: Option<&Parsed<UiFile>>,
    structure: Option<&Structure>,
    errors: &mut Errors,
) -> Option<Locale> {
    let questions = files
        .words
        .as_ref()
        .zip(structure)
        .and_then(|(words, structure)| check_words(words, &structure.questions, errors));
    let (ui, notes, review_note, governance) = match &files.ui {
        Some(file) => (
            check_ui(&files.lang, file, english_ui, errors),
            structure.and_then(|structure| check_notes(file, english_ui, structure, errors)),
            check_translation(&files.lang, file, errors),
            check_governance(file, errors),
        ),
        None => (None, None, None, None),
    };
    Some(Locale {
        lang: files.lang.clone(),
        governance: governance?,
        ui: ui?,
        article: article?,
        questions: questions?,
        notes: notes?,
        review_note: review_note?,
    })
}

/// How far a clinician has checked the language's words (`[translation]` in ui.toml).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Status {
    /// The English words: what every translation is made from.
    Original,
    /// Not yet checked by a clinician: patients see the note on every page.
    AwaitingReview,
    Reviewed,
}

const STATUSES: [(&str, Status); 3] = [
    ("original", Status::Original),
    ("awaiting-review", Status::AwaitingReview),
    ("reviewed", Status::Reviewed),
];

/// The note patients see while the translation awaits review (`Some(None)` when there is
/// none to show), or `None` after reporting a problem.
fn check_translation(
    lang: &str,
    file: &Parsed<UiFile>,
    errors: &mut Errors,
) -> Option<Option<String>> {
    let source = &file.source;
    let translation = &file.content.translation;
    let entry = translation.get_ref();
    let status_text = entry.status.get_ref();
    let Some(status) = STATUSES
        .iter()
        .find(|(name, _)| name == status_text)
        .map(|&(_, status)| status)
    else {
        errors.at(
            source,
            &entry.status,
            format!(
                "translation status {status_text:?} is not allowed: write \"awaiting-review\" until a clinician has checked the words, then \"reviewed\" (only English is \"original\")"
            ),
        );
        return None;
    };
    let errors_before = errors.0.len();
    let is_english = lang == REFERENCE_LANG;
    if is_english && status != Status::Original {
        errors.at(
            source,
            &entry.status,
            "the English words are the original every translation is made from: write status = \"original\"".to_string(),
        );
    }
    if !is_english && status == Status::Original {
        errors.at(
            source,
            &entry.status,
            format!(
                "content/{lang}/ is a translation: write status = \"awaiting-review\" until a clinician has checked it, then \"reviewed\""
            ),
        );
    }
    match (&entry.note, status) {
        (Some(note), Status::AwaitingReview) => {
            check_text(errors, source, note, "the translation note");
        }
        (None, Status::AwaitingReview) => errors.at(
            source,
            translation,
            format!(
                "a translation awaiting review needs a note = \"…\" under [translation]: one sentence, in the language of content/{lang}/, telling patients that clinicians have not checked it yet"
            ),
        ),
        (Some(note), _) => errors.at(
            source,
            note,
            format!("the translation note is shown only while status = \"awaiting-review\"; remove it, as the status is {status_text:?}"),
        ),
        (None, _) => {}
    }
    match (&entry.reviewed_by, status) {
        (Some(reviewed_by), Status::Reviewed) => {
            check_text(errors, source, reviewed_by, "reviewed_by");
        }
        (None, Status::Reviewed) => errors.at(
            source,
            translation,
            "a reviewed translation needs reviewed_by = \"…\" under [translation]: who checked it, and when".to_string(),
        ),
        (Some(reviewed_by), _) => errors.at(
            source,
            reviewed_by,
            format!("reviewed_by is only for status = \"reviewed\"; remove it, as the status is {status_text:?}"),
        ),
        (None, _) => {}
    }
    (errors.0.len() == errors_before)
        .then(|| entry.note.as_ref().map(|note| note.get_ref().clone()))
}

/// The words of every question, in the order of content/questions.toml.
fn check_words(
    file: &Parsed<WordsFile>,
    questions: &[Question],
    errors: &mut Errors,
) -> Option<Vec<QuestionText>> {
    let source = &file.source;
    let question_ids: Vec<&str> = questions
        .iter()
        .map(|question| question.id.as_str())
        .collect();
    check_same_names(
        errors,
        source,
        file.content.keys(),
        &question_ids,
        0,
        |id| {
            format!(
                "the words for question {id:?} are missing; add a [{id}] table like the one in content/en/questions.toml"
            )
        },
        |id| {
            format!(
                "there is no question {id:?} in content/questions.toml; remove [{id}] or fix the id"
            )
        },
    );
    let texts: Vec<Option<QuestionText>> = questions
        .iter()
        .map(|question| {
            let words = file.content.get(&question.id)?;
            check_question_words(source, question, words, errors)
        })
        .collect();
    texts.into_iter().collect()
}

fn check_question_words(
    source: &Source,
    question: &Question,
    words: &QuestionWords,
    errors: &mut Errors,
) -> Option<QuestionText> {
    let id = &question.id;
    check_text(
        errors,
        source,
        &words.question,
        &format!("the question text of [{id}]"),
    );
    check_text(
        errors,
        source,
        &words.short,
        &format!("the short text of [{id}]"),
    );
    check_no_outer_spaces(errors, source, &words.hint, &format!("the hint of [{id}]"));
    let option_ids: Vec<&str> = question
        .options
        .iter()
        .map(|option| option.id.as_str())
        .collect();
    let options = words.options.get_ref();
    check_same_names(
        errors,
        source,
        options.keys(),
        &option_ids,
        words.options.span().start,
        |option| {
            format!(
                "question {id:?} has no words for option {option:?}; add {option} = \"…\" under [{id}.options]"
            )
        },
        |option| {
            format!(
                "question {id:?} has no option {option:?} in content/questions.toml; remove it or fix the id"
            )
        },
    );
    check_texts(errors, source, options, None, |option| {
        format!("option {option:?} in [{id}.options]")
    });
    let options = in_order(options, &option_ids)?;
    Some(QuestionText {
        question: words.question.get_ref().clone(),
        short: words.short.get_ref().clone(),
        hint: words.hint.get_ref().clone(),
        options,
    })
}

/// The `[ui]` texts, in the order of the English keys.
fn check_ui(
    lang: &str,
    file: &Parsed<UiFile>,
    english: Option<&Parsed<UiFile>>,
    errors: &mut Errors,
) -> Option<Vec<(String, String)>> {
    let ui = &file.content.ui;
    if lang == REFERENCE_LANG {
        for key in ui.get_ref().keys() {
            check_ui_key(errors, &file.source, key);
        }
    }
    let english = english?.content.ui.get_ref();
    let keys: Vec<&str> = english.keys().map(|key| key.get_ref().as_str()).collect();
    check_same_names(
        errors,
        &file.source,
        ui.get_ref().keys(),
        &keys,
        ui.span().start,
        |key| {
            format!(
                "ui key {key:?} is missing; add {key} = \"…\" under [ui], as in content/en/ui.toml"
            )
        },
        |key| format!("ui key {key:?} is not in content/en/ui.toml; remove it or fix its name"),
    );
    check_texts(errors, &file.source, ui.get_ref(), Some(english), |key| {
        format!("ui key {key:?}")
    });
    let texts = in_order(ui.get_ref(), &keys)?;
    Some(keys.into_iter().map(String::from).zip(texts).collect())
}

/// The app reads each `[ui]` text as a field of its `Ui` struct, so a key must be a Rust name.
fn check_ui_key(errors: &mut Errors, source: &Source, key: &Spanned<String>) {
    let name = key.get_ref();
    let well_formed = name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    // The only names that cannot be written as raw identifiers (r#name).
    let reserved = ["self", "super", "crate"].contains(&name.as_str());
    if !well_formed || reserved {
        errors.at(
            source,
            key,
            format!(
                "ui key {name:?} is not allowed: use lower-case words joined by \"_\", like \"start_button\" (but not self, super or crate)"
            ),
        );
    }
}

/// The `[notes]` texts, in note id order: exactly the notes that options name.
fn check_notes(
    file: &Parsed<UiFile>,
    english: Option<&Parsed<UiFile>>,
    structure: &Structure,
    errors: &mut Errors,
) -> Option<Vec<String>> {
    let no_notes = Entries(Vec::new());
    let (notes, notes_at) = match &file.content.notes {
        Some(notes) => (notes.get_ref(), notes.span().start),
        None => (&no_notes, 0),
    };
    let english = english
        .and_then(|english| english.content.notes.as_ref())
        .map(Spanned::get_ref);
    let note_ids: Vec<&str> = structure
        .notes
        .iter()
        .map(|note| note.id.as_str())
        .collect();
    check_same_names(
        errors,
        &file.source,
        notes.keys(),
        &note_ids,
        notes_at,
        |id| {
            let user = structure
                .notes
                .iter()
                .find(|note| note.id == id)
                .expect("expected names are used notes");
            format!(
                "note {id:?} is missing; {} shows it, so add {id} = \"…\" under [notes]",
                user.used_by
            )
        },
        |id| {
            format!(
                "note {id:?} is not used by any option in content/questions.toml or [[next_step]] in content/rules.toml; remove it, or name it with note = {id:?}"
            )
        },
    );
    check_texts(errors, &file.source, notes, english, |id| {
        format!("note {id:?}")
    });
    in_order(notes, &note_ids)
}

/// Checks each text of `table` is usable and has the same placeholders as in `english`;
/// `describe` names the text's key for the messages.
fn check_texts(
    errors: &mut Errors,
    source: &Source,
    table: &Texts,
    english: Option<&Texts>,
    describe: impl Fn(&str) -> String,
) {
    for (key, text) in &table.0 {
        let key = key.get_ref();
        let what = format!("the text of {}", describe(key));
        check_text(errors, source, text, &what);
        if let Some(english_text) = english.and_then(|english| english.get(key)) {
            let names = placeholders(text.get_ref());
            let english_names = placeholders(english_text.get_ref());
            if names != english_names {
                errors.at(
                    source,
                    text,
                    format!(
                        "{what} has {} but the English has {}; keep the English {{names}} and translate only the words around them",
                        describe_placeholders(&names),
                        describe_placeholders(&english_names)
                    ),
                );
            }
        }
    }
}

/// The texts of `keys`, in that order, if all are there.
fn in_order(table: &Texts, keys: &[&str]) -> Option<Vec<String>> {
    keys.iter()
        .map(|key| table.get(key).map(|text| text.get_ref().clone()))
        .collect()
}

fn describe_placeholders(names: &BTreeSet<&str>) -> String {
    if names.is_empty() {
        return "no {placeholders}".to_string();
    }
    let names: Vec<String> = names.iter().map(|name| format!("{{{name}}}")).collect();
    names.join(", ")
}

/// `[governance]`: who wrote the words and who signed them off, when they were last reviewed
/// and when they are due again (dates as YYYY-MM-DD), and the content's version.
fn check_governance(file: &Parsed<UiFile>, errors: &mut Errors) -> Option<Governance> {
    let source = &file.source;
    let entry = file.content.governance.get_ref();
    let errors_before = errors.0.len();
    check_text(errors, source, &entry.written_by, "written_by");
    check_text(errors, source, &entry.version, "version");
    if let Some(signed_off_by) = &entry.signed_off_by {
        check_text(errors, source, signed_off_by, "signed_off_by");
    }
    for date in [&entry.last_reviewed, &entry.next_review] {
        if !is_date(date.get_ref()) {
            errors.at(
                source,
                date,
                format!(
                    "{:?} is not a date: write it as YYYY-MM-DD, like \"2027-06-30\"",
                    date.get_ref()
                ),
            );
        }
    }
    if errors.0.len() == errors_before
        && entry.next_review.get_ref() <= entry.last_reviewed.get_ref()
    {
        errors.at(
            source,
            &entry.next_review,
            format!(
                "next_review {:?} is not after last_reviewed {:?}",
                entry.next_review.get_ref(),
                entry.last_reviewed.get_ref()
            ),
        );
    }
    (errors.0.len() == errors_before).then(|| Governance {
        written_by: entry.written_by.get_ref().clone(),
        signed_off_by: entry.signed_off_by.as_ref().map(|s| s.get_ref().clone()),
        last_reviewed: entry.last_reviewed.get_ref().clone(),
        next_review: entry.next_review.get_ref().clone(),
        version: entry.version.get_ref().clone(),
    })
}

/// A calendar date written YYYY-MM-DD (so that dates compare as text).
fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let number = |part: &str, len: usize| {
        (part.len() == len && part.chars().all(|c| c.is_ascii_digit()))
            .then(|| part.parse::<u32>().ok())
            .flatten()
    };
    match parts[..] {
        [y, m, d] => matches!(
            (number(y, 4), number(m, 2), number(d, 2)),
            (Some(_), Some(1..=12), Some(1..=31))
        ),
        _ => false,
    }
}
