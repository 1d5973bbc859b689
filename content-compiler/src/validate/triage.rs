//! Checks content/sources.toml, content/triage.toml and content/clinic.toml: every warning
//! sign has a level and a published source, warning-sign questions come first, and the
//! numbers patients are told to call are there.

use super::questions::resolve_choice;
use super::{check_id, check_text, check_unique, questions::Structure};
use crate::{
    Errors,
    checked::{Clinic, Level, Source as Cited, Triage},
    files::{ClinicFile, Parsed, SourceEntry, SourcesFile, Spanned, TriageEntry, TriageFile},
};

pub fn check_sources(file: &Parsed<SourcesFile>, errors: &mut Errors) -> Vec<Cited> {
    let source = &file.source;
    let entries = &file.content.source;
    check_unique(
        errors,
        source,
        entries.iter().map(|e| &e.id),
        "source id",
        "the sources",
    );
    entries
        .iter()
        .map(|entry: &SourceEntry| {
            check_id(errors, source, &entry.id, "source");
            for (text, what) in [
                (&entry.title, "title"),
                (&entry.publisher, "publisher"),
                (&entry.year, "year"),
                (&entry.note, "note"),
            ] {
                check_text(errors, source, text, what);
            }
            check_web_address(errors, source, &entry.url, "url");
            Cited {
                id: entry.id.get_ref().clone(),
                title: entry.title.get_ref().clone(),
                publisher: entry.publisher.get_ref().clone(),
                year: entry.year.get_ref().clone(),
                url: entry.url.get_ref().clone(),
            }
        })
        .collect()
}

/// The triage entries that could be resolved; marks the answers that are an emergency on
/// their own (the guide never goes past them).
pub fn check_triage(
    file: &Parsed<TriageFile>,
    structure: &mut Structure,
    sources: &[Cited],
    errors: &mut Errors,
) -> Option<Vec<Triage>> {
    let source = &file.source;
    let mut triage = Some(Vec::new());
    for entry in &file.content.triage {
        let checked = check_entry(file, entry, structure, sources, errors);
        triage = triage.zip(checked).map(|(mut all, one)| {
            all.push(one);
            all
        });
    }
    let triage = triage?;
    for entry in &triage {
        if let [only] = entry.when[..]
            && entry.level == Level::Emergency
        {
            structure.questions[only.question].options[only.option].stops = true;
        }
    }
    // A question with a warning sign of its own: every answer but "None of these" needs a level.
    let questions = &structure.questions;
    for (q, question) in questions.iter().enumerate() {
        let alone = |o: usize| {
            triage
                .iter()
                .any(|t| t.when.len() == 1 && t.when[0].question == q && t.when[0].option == o)
        };
        let named = |o: usize| {
            triage
                .iter()
                .any(|t| t.when.iter().any(|c| c.question == q && c.option == o))
        };
        if !(0..question.options.len()).any(alone) {
            continue;
        }
        for (o, option) in question.options.iter().enumerate() {
            if !option.exclusive && !named(o) {
                errors.at_line(&source.path, 1, format!(
                    "\"{}.{}\" is a warning sign with no level: add a [[triage]] with its level and source",
                    question.id, option.id
                ));
            }
        }
    }
    // Warning signs are asked first: a question that no triage entry uses comes after every
    // one that does.
    let used = |q: usize| {
        triage
            .iter()
            .any(|t| t.when.iter().any(|c| c.question == q))
    };
    if let Some(last_used) = (0..questions.len()).rev().find(|&q| used(q))
        && let Some(earlier) = (0..last_used).find(|&q| !used(q))
    {
        errors.at_line(&source.path, 1, format!(
            "question {:?} uses warning signs but comes after question {:?}, which none use: in content/questions.toml put the warning-sign questions first, so no warning sign waits behind other questions",
            questions[last_used].id, questions[earlier].id
        ));
    }
    Some(triage)
}

fn check_entry(
    file: &Parsed<TriageFile>,
    entry: &TriageEntry,
    structure: &Structure,
    sources: &[Cited],
    errors: &mut Errors,
) -> Option<Triage> {
    let source = &file.source;
    let level = match entry.level.get_ref().as_str() {
        "emergency" => Some(Level::Emergency),
        "urgent" => Some(Level::Urgent),
        "soon" => Some(Level::Soon),
        other => {
            errors.at(
                source,
                &entry.level,
                format!(
                    "level {other:?} is not allowed: write \"emergency\", \"urgent\" or \"soon\""
                ),
            );
            None
        }
    };
    let cited = sources.iter().position(|s| s.id == *entry.source.get_ref());
    if cited.is_none() {
        let ids: Vec<&str> = sources.iter().map(|s| s.id.as_str()).collect();
        errors.at(source, &entry.source, format!(
            "unknown source {:?}: every warning sign needs a published source from content/sources.toml ({})",
            entry.source.get_ref(), ids.join(", ")
        ));
    }
    if entry.when.get_ref().is_empty() {
        errors.at(
            source,
            &entry.when,
            "when = [] is empty; list the answers that together give this level".to_string(),
        );
        return None;
    }
    let mut when = Some(Vec::new());
    for written in entry.when.get_ref() {
        match resolve_choice(&structure.questions, written.get_ref()) {
            Ok(choice) => when.iter_mut().for_each(|w| w.push(choice)),
            Err(problem) => {
                errors.at(source, written, problem);
                when = None;
            }
        }
    }
    Some(Triage {
        level: level?,
        when: when?,
        source: cited?,
    })
}

pub fn check_clinic(file: &Parsed<ClinicFile>, errors: &mut Errors) -> Clinic {
    let (source, clinic) = (&file.source, &file.content);
    check_text(errors, source, &clinic.name, "name");
    check_text(errors, source, &clinic.urgent_line_name, "urgent_line_name");
    check_web_address(errors, source, &clinic.website, "website");
    for (number, what) in [
        (&clinic.phone, "phone"),
        (&clinic.emergency_number, "emergency_number"),
        (&clinic.urgent_line, "urgent_line"),
    ] {
        let value = number.get_ref();
        let digits = value.chars().filter(char::is_ascii_digit).count();
        let allowed = |c: char| c.is_ascii_digit() || c == ' ' || c == '+';
        if digits < 2 || !value.chars().all(allowed) {
            errors.at(source, number, format!(
                "{what} {value:?} is not a phone number patients can call: use digits, spaces and a leading + only, like \"999\" or \"+44 1632 960000\""
            ));
        }
    }
    let country = clinic.country.get_ref();
    if country.len() != 2 || !country.chars().all(|c| c.is_ascii_uppercase()) {
        errors.at(
            source,
            &clinic.country,
            format!("country {country:?} is not a two-letter country code, like \"GB\""),
        );
    }
    let text = |field: &Spanned<String>| field.get_ref().clone();
    Clinic {
        name: text(&clinic.name),
        phone: text(&clinic.phone),
        website: text(&clinic.website),
        country: text(&clinic.country),
        emergency_number: text(&clinic.emergency_number),
        urgent_line: text(&clinic.urgent_line),
        urgent_line_name: text(&clinic.urgent_line_name),
    }
}

fn check_web_address(
    errors: &mut Errors,
    source: &crate::files::Source,
    url: &Spanned<String>,
    what: &str,
) {
    let value = url.get_ref();
    if !value.starts_with("https://") || value.contains(char::is_whitespace) {
        errors.at(
            source,
            url,
            format!(
                "{what} {value:?} is not a web address: write it in full, starting with https://"
            ),
        );
    }
}
