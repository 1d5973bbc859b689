//! Every check on the content, each reported at the line it is about. Checks carry on past
//! a problem where they can, so an editor sees all the problems from one build.

mod article;
mod locale;
mod questions;
mod rules;
mod triage;

use std::collections::HashMap;

use crate::{
    Errors,
    checked::Guide,
    files::{
        ClinicFile, LocaleFiles, Parsed, RulesFile, Source, SourcesFile, Spanned, StructureFile,
        TriageFile,
    },
};

/// The language-neutral files of content/.
pub struct SharedFiles {
    pub structure: Option<Parsed<StructureFile>>,
    pub rules: Option<Parsed<RulesFile>>,
    pub triage: Option<Parsed<TriageFile>>,
    pub sources: Option<Parsed<SourcesFile>>,
    pub clinic: Option<Parsed<ClinicFile>>,
}

/// The app stores positions in a `u8`.
const MAX_COUNT: usize = 250;

/// Checks everything; gives the guide only if every part could be resolved (there may still
/// be errors, which the caller reports instead).
pub fn guide(
    shared: &SharedFiles,
    locale_files: &[LocaleFiles],
    errors: &mut Errors,
) -> Option<Guide> {
    let rules_file = shared.rules.as_ref();
    let sources = shared
        .sources
        .as_ref()
        .map(|file| triage::check_sources(file, errors));
    let clinic = shared
        .clinic
        .as_ref()
        .map(|file| triage::check_clinic(file, errors));
    let mut structure = shared
        .structure
        .as_ref()
        .map(|file| questions::check(file, errors));
    // Triage marks the answers that stop the guide, which decides which questions can be asked.
    let triage = match (&shared.triage, &mut structure, &sources) {
        (Some(file), Some(structure), Some(sources)) => {
            triage::check_triage(file, structure, sources, errors)
        }
        _ => None,
    };
    if let (Some(file), Some(structure)) = (&shared.structure, &mut structure) {
        questions::check_reachable(file, structure, errors);
    }
    let next_steps = match (rules_file, &mut structure) {
        (Some(file), Some(structure)) => rules::check_next_steps(file, structure, errors),
        _ => None,
    };
    let articles: Vec<_> = locale_files
        .iter()
        .map(|files| {
            files
                .article
                .as_ref()
                .map(|file| article::check(file, errors))
        })
        .collect();

    // English comes first, and is what the other languages and the rules are checked against.
    let english_article = articles.first().and_then(Option::as_ref);
    if let Some(english) = english_article {
        for (files, article) in locale_files.iter().zip(&articles).skip(1) {
            if let (Some(file), Some(article)) = (&files.article, article) {
                article::compare(english, file, article, errors);
            }
        }
    }
    let rules = match (rules_file, english_article) {
        (Some(file), Some(english)) => {
            Some(rules::check(file, structure.as_ref(), english, errors))
        }
        _ => None,
    };
    let english_ui = locale_files.first().and_then(|files| files.ui.as_ref());
    // Every locale is checked before any missing part stops the guide, to report everything.
    let locales: Vec<_> = locale_files
        .iter()
        .zip(articles)
        .map(|(files, article)| {
            locale::check(files, article, english_ui, structure.as_ref(), errors)
        })
        .collect();
    let locales: Option<Vec<_>> = locales.into_iter().collect();

    let structure = structure?;
    Some(Guide {
        note_ids: structure.notes.iter().map(|note| note.id.clone()).collect(),
        questions: structure.questions,
        rules: rules?,
        triage: triage?,
        next_steps: next_steps?,
        sources: sources?,
        clinic: clinic?,
        locales: locales?,
    })
}

/// "1 item", "2 items".
fn counted(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

/// Reports text that is empty or has spaces around it.
fn check_text(errors: &mut Errors, source: &Source, text: &Spanned<String>, what: &str) {
    if text.get_ref().is_empty() {
        errors.at(source, text, format!("{what} is empty; write the words"));
    } else {
        check_no_outer_spaces(errors, source, text, what);
    }
}

/// Reports text with spaces (or line breaks) at its start or end, which would show on the page.
fn check_no_outer_spaces(errors: &mut Errors, source: &Source, text: &Spanned<String>, what: &str) {
    let value = text.get_ref();
    if value.trim() != value {
        errors.at(
            source,
            text,
            format!("{what} {value:?} has a space at the start or end; remove it"),
        );
    }
}

fn check_id(errors: &mut Errors, source: &Source, id: &Spanned<String>, what: &str) {
    let value = id.get_ref();
    let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-';
    if value.is_empty() || !value.chars().all(allowed) {
        errors.at(
            source,
            id,
            format!(
                "{what} id {value:?} is not allowed: use only lower-case letters (a-z), digits and \"-\", like \"lower-back\""
            ),
        );
    }
}

fn check_code(errors: &mut Errors, source: &Source, code: &Spanned<String>, what: &str) {
    let value = code.get_ref();
    let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit();
    if !(1..=3).contains(&value.len()) || !value.chars().all(allowed) {
        errors.at(
            source,
            code,
            format!("{what} code {value:?} is not allowed: use 1 to 3 lower-case letters (a-z) or digits, like \"lb\""),
        );
    }
}

/// Reports each name that repeats an earlier one, at the repeat.
fn check_unique<'a>(
    errors: &mut Errors,
    source: &Source,
    names: impl IntoIterator<Item = &'a Spanned<String>>,
    what: &str,
    among: &str,
) {
    let mut first_lines = HashMap::new();
    for name in names {
        let line = source.line(name.span().start);
        if let Some(first_line) = first_lines.get(name.get_ref().as_str()) {
            errors.at(
                source,
                name,
                format!(
                    "{what} {:?} is already used on line {first_line}; {among} must each have a different one",
                    name.get_ref()
                ),
            );
        } else {
            first_lines.insert(name.get_ref().as_str(), line);
        }
    }
}

/// Reports more than `MAX_COUNT` things, at the first one too many.
fn check_count<T>(
    errors: &mut Errors,
    source: &Source,
    first_too_many: Option<&Spanned<T>>,
    count: usize,
    what: &str,
) {
    if let Some(first_too_many) = first_too_many {
        errors.at(
            source,
            first_too_many,
            format!(
                "there are {}; the guide can have at most {MAX_COUNT}",
                counted(count, what)
            ),
        );
    }
}

/// Reports `found` names that are not `expected` (at the name), and `expected` names missing
/// from `found` (at `missing_at`, the offset of the table that should hold them).
fn check_same_names<'a>(
    errors: &mut Errors,
    source: &Source,
    found: impl IntoIterator<Item = &'a Spanned<String>>,
    expected: &[&str],
    missing_at: usize,
    missing: impl Fn(&str) -> String,
    extra: impl Fn(&str) -> String,
) {
    let found: Vec<&Spanned<String>> = found.into_iter().collect();
    for name in &found {
        if !expected.contains(&name.get_ref().as_str()) {
            errors.at(source, name, extra(name.get_ref()));
        }
    }
    for &name in expected {
        if !found.iter().any(|found| found.get_ref() == name) {
            errors.at_line(&source.path, source.line(missing_at), missing(name));
        }
    }
}
