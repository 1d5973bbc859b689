//! Checks one language's article.toml, and compares a translation with the English.

use super::{
    MAX_COUNT, check_count, check_id, check_same_names, check_text, check_unique, counted,
};
use crate::{
    Errors,
    checked::{Article, Item, Section},
    files::{ArticleFile, Parsed, SectionEntry, Source, Spanned},
    text::paragraphs,
};

pub fn check(file: &Parsed<ArticleFile>, errors: &mut Errors) -> Article {
    let source = &file.source;
    let entries = &file.content.section;
    check_text(errors, source, &file.content.title, "the article title");
    let first_too_many = entries.get(MAX_COUNT).map(|entry| &entry.id);
    check_count(errors, source, first_too_many, entries.len(), "section");
    check_unique(
        errors,
        source,
        entries.iter().map(|entry| &entry.id),
        "section id",
        "the sections",
    );
    let sections = entries
        .iter()
        .enumerate()
        .map(|(index, entry)| check_section(source, entry, &entries[..index], errors))
        .collect();
    Article {
        title: file.content.title.get_ref().clone(),
        sections,
    }
}

fn check_section(
    source: &Source,
    entry: &SectionEntry,
    earlier: &[SectionEntry],
    errors: &mut Errors,
) -> Section {
    let id = entry.id.get_ref();
    check_id(errors, source, &entry.id, "section");
    check_text(
        errors,
        source,
        &entry.title,
        &format!("the title of section {id:?}"),
    );
    let summary = match &entry.summary {
        Some(summary) => {
            check_text(
                errors,
                source,
                summary,
                &format!("the summary of section {id:?}"),
            );
            summary.get_ref().clone()
        }
        None => {
            errors.at(
                source,
                &entry.id,
                format!("section {id:?} has no summary; add summary = \"…\": what the section says, in one or two short, plain sentences"),
            );
            String::new()
        }
    };
    let part_of = entry
        .part_of
        .as_ref()
        .and_then(|part_of| resolve_part_of(source, id, part_of, earlier, errors));
    let paragraphs = match &entry.text {
        Some(text) => {
            let paragraphs = paragraphs(text.get_ref());
            if paragraphs.is_empty() {
                errors.at(
                    source,
                    text,
                    format!(
                        "the text of section {id:?} is empty; write the text, or remove text ="
                    ),
                );
            }
            paragraphs
        }
        None if entry.item.is_empty() => {
            errors.at(
                source,
                &entry.id,
                format!("section {id:?} has no text and no items; add text = \"\"\"…\"\"\" or [[section.item]] tables"),
            );
            Vec::new()
        }
        None => Vec::new(),
    };
    let items = entry
        .item
        .iter()
        .enumerate()
        .map(|(index, item)| {
            let what = format!("item {} of section {id:?}", index + 1);
            check_text(errors, source, &item.title, &format!("the title of {what}"));
            check_text(errors, source, &item.text, &format!("the text of {what}"));
            Item {
                title: item.title.get_ref().clone(),
                text: item.text.get_ref().clone(),
            }
        })
        .collect();
    Section {
        id: id.clone(),
        title: entry.title.get_ref().clone(),
        summary,
        part_of,
        paragraphs,
        items,
    }
}

/// The position of the section `part_of` names: it must come earlier and not itself be part
/// of another, as the app shows only one level of procedures.
fn resolve_part_of(
    source: &Source,
    id: &str,
    part_of: &Spanned<String>,
    earlier: &[SectionEntry],
    errors: &mut Errors,
) -> Option<usize> {
    let parent = part_of.get_ref();
    let problem = match earlier
        .iter()
        .position(|section| section.id.get_ref() == parent)
    {
        Some(position) => match &earlier[position].part_of {
            None => return Some(position),
            Some(grandparent) => format!(
                "section {parent:?} is itself part of {:?}; part_of must name a section that is not part of another",
                grandparent.get_ref()
            ),
        },
        None => format!(
            "there is no section {parent:?} above it; part_of must name a section that comes earlier"
        ),
    };
    errors.at(
        source,
        part_of,
        format!("section {id:?} is part_of {parent:?}, but {problem}"),
    );
    None
}

/// A translation must have the English sections in the same order and shape, so that rule
/// evidence (a sentence's position in its section) points at the same sentence everywhere.
pub fn compare(
    english: &Article,
    file: &Parsed<ArticleFile>,
    translation: &Article,
    errors: &mut Errors,
) {
    let source = &file.source;
    let entries = &file.content.section;
    let english_ids: Vec<&str> = english
        .sections
        .iter()
        .map(|section| section.id.as_str())
        .collect();
    check_same_names(
        errors,
        source,
        entries.iter().map(|entry| &entry.id),
        &english_ids,
        0,
        |id| {
            format!(
                "section {id:?} is missing; the English article (content/en/article.toml) has it"
            )
        },
        |id| {
            format!(
                "section {id:?} is not in the English article (content/en/article.toml); every language has the same sections"
            )
        },
    );

    // Sections both have, in each one's order: the first difference is the one to fix.
    let shared: Vec<(&SectionEntry, &Section)> = entries
        .iter()
        .zip(&translation.sections)
        .filter(|(entry, _)| english_ids.contains(&entry.id.get_ref().as_str()))
        .collect();
    let english_shared = english
        .sections
        .iter()
        .filter(|english| shared.iter().any(|(_, section)| section.id == english.id));
    if let Some(((entry, _), english_section)) = shared
        .iter()
        .zip(english_shared)
        .find(|((_, section), english)| section.id != english.id)
    {
        errors.at(
            source,
            &entry.id,
            format!(
                "section {:?} is not where the English article has it (the English has {:?} here); keep the sections in the English order",
                entry.id.get_ref(),
                english_section.id
            ),
        );
    }

    for (entry, section) in shared {
        if let Some(english_section) = english
            .sections
            .iter()
            .find(|english| english.id == section.id)
        {
            compare_section(source, entry, english, english_section, section, errors);
        }
    }
}

fn compare_section(
    source: &Source,
    entry: &SectionEntry,
    english: &Article,
    english_section: &Section,
    section: &Section,
    errors: &mut Errors,
) {
    let id = &section.id;
    let describe_part_of = |part_of: Option<&str>| match part_of {
        Some(parent) => format!("part_of = {parent:?}"),
        None => "no part_of".to_string(),
    };
    let english_part_of = english_section
        .part_of
        .map(|parent| english.sections[parent].id.as_str());
    let part_of = entry
        .part_of
        .as_ref()
        .map(|part_of| part_of.get_ref().as_str());
    if part_of != english_part_of {
        errors.at(
            source,
            &entry.id,
            format!(
                "section {id:?} has {} but the English has {}; make them the same",
                describe_part_of(part_of),
                describe_part_of(english_part_of)
            ),
        );
    }
    let counts = [
        (
            "paragraph",
            section.paragraphs.len(),
            english_section.paragraphs.len(),
            "keep the English paragraphs, with an empty line between them",
        ),
        (
            "sentence",
            section.sentences().count(),
            english_section.sentences().count(),
            "translate each English sentence as one sentence (ending in \".\", \"?\" or \"!\") so the guide quotes the matching one",
        ),
        (
            "item",
            section.items.len(),
            english_section.items.len(),
            "translate each English [[section.item]]",
        ),
    ];
    for (noun, count, english_count, advice) in counts {
        if count != english_count {
            errors.at(
                source,
                &entry.id,
                format!(
                    "section {id:?} has {} but the English has {english_count}; {advice}",
                    counted(count, noun)
                ),
            );
        }
    }
}
