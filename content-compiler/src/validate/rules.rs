//! Checks content/rules.toml against the questions and the English article.

use super::check_id;
use super::{
    check_text,
    questions::{Structure, resolve_choice, written},
};
use crate::{
    Errors,
    checked::{Article, Choice, Choose, NextStep, Rule, Section},
    files::{NextStepEntry, Parsed, RuleEntry, RulesFile, Source, Spanned},
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

/// The `[[next_step]]`s: the first whose answers were all given is the patient's next step, so
/// the last one must have no `when` (there is always a next step) and only the last one.
pub fn check_next_steps(
    file: &Parsed<RulesFile>,
    structure: &mut Structure,
    errors: &mut Errors,
) -> Option<Vec<NextStep>> {
    let source = &file.source;
    let entries = &file.content.next_step;
    let Some(last) = entries.last() else {
        errors.at_line(
            &source.path,
            1,
            "there is no [[next_step]]; add at least one, with note = \"…\" naming its words in [notes] and no `when`, for everyone".to_string(),
        );
        return None;
    };
    if !last.when.is_empty() {
        errors.at(source, &last.note, "the last [[next_step]] must have no `when`: it is the next step for everyone the ones before it do not fit".to_string());
    }
    let mut steps = Some(Vec::new());
    for (index, entry) in entries.iter().enumerate() {
        if entry.when.is_empty() && index + 1 < entries.len() {
            errors.at(source, &entry.note, "this [[next_step]] has no `when`, so it fits everyone and the ones after it are never shown; give it a `when` or move it last".to_string());
        }
        let step = check_next_step(source, entry, structure, errors);
        steps = steps.zip(step).map(|(mut steps, step)| {
            steps.push(step);
            steps
        });
    }
    steps
}

fn check_next_step(
    source: &Source,
    entry: &NextStepEntry,
    structure: &mut Structure,
    errors: &mut Errors,
) -> Option<NextStep> {
    check_id(errors, source, &entry.note, "note");
    let when = resolve_all(source, &entry.when, structure, errors);
    let note = structure.use_note(entry.note.get_ref(), || {
        "a [[next_step]] in content/rules.toml".to_string()
    });
    Some(NextStep { when: when?, note })
}

/// Each answer of `written`, if every one exists (each problem is reported at its answer).
fn resolve_all(
    source: &Source,
    written: &[Spanned<String>],
    structure: &Structure,
    errors: &mut Errors,
) -> Option<Vec<Choice>> {
    let mut choices = Some(Vec::new());
    for answer in written {
        match resolve_choice(&structure.questions, answer.get_ref()) {
            Ok(choice) => choices.iter_mut().for_each(|c| c.push(choice)),
            Err(problem) => {
                errors.at(source, answer, problem);
                choices = None;
            }
        }
    }
    choices
}

/// `any` and `at_least`: the answers, and how many of them must be given.
fn check_any(
    source: &Source,
    entry: &RuleEntry,
    structure: &Structure,
    errors: &mut Errors,
) -> Option<(Vec<Choice>, usize)> {
    let any = match &entry.any {
        Some(any) if any.get_ref().is_empty() => {
            errors.at(source, any, "any = [] is empty; list the answers of which at least one (or at_least) must be given, or remove it".to_string());
            return None;
        }
        Some(any) => resolve_all(source, any.get_ref(), structure, errors)?,
        None => Vec::new(),
    };
    let at_least = match &entry.at_least {
        None => usize::from(!any.is_empty()),
        Some(count) if any.is_empty() => {
            errors.at(source, count, "at_least counts the answers in `any`, and this rule has no `any`; add any = [\"…\"] or remove at_least".to_string());
            return None;
        }
        Some(count) => match usize::try_from(*count.get_ref()) {
            Ok(n) if (1..=any.len()).contains(&n) => n,
            _ => {
                errors.at(source, count, format!("at_least = {} is not possible: it must be from 1 to the number of answers in `any` ({})", count.get_ref(), any.len()));
                return None;
            }
        },
    };
    Some((any, at_least))
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
    let any = structure.and_then(|structure| check_any(source, entry, structure, errors));
    let unless =
        structure.and_then(|structure| resolve_all(source, &entry.unless, structure, errors));
    if let (Some(when), Some(unless)) = (&when, &unless)
        && let Some(both) = entry
            .unless
            .iter()
            .zip(unless)
            .find(|(_, c)| when.contains(c))
    {
        errors.at(
            source,
            both.0,
            format!(
                "{:?} is in both `when` and `unless`, so this rule can never apply",
                both.0.get_ref()
            ),
        );
    }
    check_text(errors, source, &entry.evidence, "evidence");
    let evidence = section.and_then(|section| {
        find_evidence(source, &entry.evidence, &english.sections[section], errors)
    });
    let meets = match (&entry.meets, structure) {
        (Some(written), Some(structure)) => Some(check_meets(source, written, structure, errors)?),
        _ => None,
    };
    let (any, at_least) = any?;
    Some(Rule {
        section: section?,
        when: when?,
        any,
        at_least,
        unless: unless?,
        evidence: evidence?,
        background: entry.background,
        meets,
    })
}

/// `meets`: an answer of a question a doctor answers (`doctor_said`), that is, a condition.
fn check_meets(
    source: &Source,
    written: &Spanned<String>,
    structure: &Structure,
    errors: &mut Errors,
) -> Option<Choice> {
    let choice = resolve_all(source, std::slice::from_ref(written), structure, errors)?[0];
    if structure.questions[choice.question].doctor_said {
        Some(choice)
    } else {
        errors.at(
            source,
            written,
            format!(
                "meets = {:?} is not a condition: it must be an answer of a question with doctor_said = true",
                written.get_ref()
            ),
        );
        None
    }
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
    if question.options[choice.option].stops {
        return Some(format!(
            "{} is an emergency warning sign (content/triage.toml): choosing it shows the emergency card instead of any results",
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
