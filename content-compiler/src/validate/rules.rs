//! Checks content/rules.toml against the questions and the English article.

use super::{
    check_text,
    questions::{Structure, resolve_choice, written},
};
use crate::{
    Errors,
    checked::{Article, Choice, Choose, Rule, Section},
    files::{Parsed, RuleEntry, RulesFile, Source, Spanned},
};

/// The rules that could be resolved (any problem is reported). Without the questions (when
/// questions.toml has a TOML error) only the sections and evidence are checked.
pub fn check(
    file: &Parsed<RulesFile>,
    structure: Option<&Structure>,
    english: &Article,
    errors: &mut Errors,
) -> Vec<Rule> {
    file.content
        .rule
        .iter()
        .filter_map(|entry| check_rule(&file.source, entry, structure, english, errors))
        .collect()
}

fn check_rule(
    source: &Source,
    entry: &RuleEntry,
    structure: Option<&Structure>,
    english: &Article,
    errors: &mut Errors,
) -> Option<Rule> {
    let section = english
        .sections
        .iter()
        .position(|section| section.id == *entry.section.get_ref());
    if section.is_none() {
        let section_ids: Vec<&str> = english
            .sections
            .iter()
            .map(|section| section.id.as_str())
            .collect();
        errors.at(
            source,
            &entry.section,
            format!(
                "unknown section {:?}: the sections are the [[section]] ids in content/en/article.toml ({})",
                entry.section.get_ref(),
                section_ids.join(", ")
            ),
        );
    }
    let when = structure.and_then(|structure| check_when(source, &entry.when, structure, errors));
    check_text(errors, source, &entry.evidence, "evidence");
    let evidence = section.and_then(|section| {
        find_evidence(source, &entry.evidence, &english.sections[section], errors)
    });
    Some(Rule {
        section: section?,
        when: when?,
        evidence: evidence?,
        background: entry.background,
    })
}

/// The answers of `when`, if each one exists and the rule can apply.
fn check_when(
    source: &Source,
    when: &Spanned<Vec<Spanned<String>>>,
    structure: &Structure,
    errors: &mut Errors,
) -> Option<Vec<Choice>> {
    if when.get_ref().is_empty() {
        let message = "when = [] is empty; list the answers that show this section, like when = [\"diagnoses.sciatica\"]";
        errors.at(source, when, message.to_string());
        return None;
    }
    let mut choices = Vec::new();
    let mut usable = true;
    for written in when.get_ref() {
        let problem = match resolve_choice(&structure.questions, written.get_ref()) {
            Ok(choice) => {
                let problem = why_never_applies(choice, &choices, structure)
                    .map(|problem| format!("this rule can never apply: {problem}"));
                choices.push(choice);
                problem
            }
            Err(problem) => Some(problem),
        };
        if let Some(problem) = problem {
            errors.at(source, written, problem);
            usable = false;
        }
    }
    usable.then_some(choices)
}

/// Why a rule whose `when` has `choice` after `earlier` can never show its section.
fn why_never_applies(choice: Choice, earlier: &[Choice], structure: &Structure) -> Option<String> {
    let questions = &structure.questions;
    let question = &questions[choice.question];
    if !structure.reachable[choice.question] {
        return Some(format!("question {:?} can never be asked", question.id));
    }
    if question.options[choice.option].urgent {
        return Some(format!(
            "{} is urgent: choosing it shows the urgent-care page instead of any results",
            written(questions, choice)
        ));
    }
    let other = earlier
        .iter()
        .find(|other| other.question == choice.question && other.option != choice.option)?;
    if question.choose == Choose::One {
        return Some(format!(
            "{} and {} are both answers to question {:?}, which takes only one answer",
            written(questions, *other),
            written(questions, choice),
            question.id
        ));
    }
    let exclusive = [choice, *other]
        .into_iter()
        .find(|choice| question.options[choice.option].exclusive)?;
    Some(format!(
        "{} means none of the other answers to question {:?}, so it is never chosen together with {}",
        written(questions, exclusive),
        question.id,
        written(questions, if exclusive == choice { *other } else { choice })
    ))
}

/// The position of the one sentence of `section` that holds the evidence words.
fn find_evidence(
    source: &Source,
    evidence: &Spanned<String>,
    section: &Section,
    errors: &mut Errors,
) -> Option<usize> {
    let words = evidence.get_ref();
    if words.is_empty() {
        return None; // reported by check_text
    }
    let found: Vec<usize> = section
        .sentences()
        .enumerate()
        .filter(|(_, sentence)| sentence.contains(words.as_str()))
        .map(|(index, _)| index)
        .collect();
    let problem = match found[..] {
        [index] => return Some(index),
        [] => format!(
            "the words {words:?} are not in section {:?}; copy them exactly from content/en/article.toml, from within one sentence",
            section.id
        ),
        _ => {
            let numbers: Vec<String> = found.iter().map(|index| (index + 1).to_string()).collect();
            format!(
                "the words {words:?} are in more than one sentence of section {:?} (sentences {}); add words so they match only one",
                section.id,
                numbers.join(", ")
            )
        }
    };
    errors.at(source, evidence, problem);
    None
}
