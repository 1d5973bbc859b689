//! Prints the markup of the page before the app starts: the start screen prerendered by Yew's
//! server renderer, and the whole article behind it ([`prerender::static_page`]). `cargo xtask
//! dist` writes it into the mount root of the built page, so that the first screen is painted
//! before the wasm arrives and a copy of the page that cannot run the app still shows the
//! article.
//!
//! `--lang LANG` prints it for the page of that language (`--all` for the downloaded file,
//! which carries every language), `--head` that page's language, title and description,
//! `--all --saved-copies` the downloaded file's article in every language (a `<template lang>`
//! each: its wasm does not carry the article's words), and `--pages` every language with its
//! page's file.
//!
//! `cargo xtask bench` also asks it, from the same content, for the pages it compares against:
//! `--floor` prints a static HTML page of the article (the least any page can cost), and
//! `--surveyjs` prints the questionnaire as a SurveyJS survey (JSON).

use relief_guide::content::{Choose, GUIDE, Locale, english};
use relief_guide::engine::language::page_file;
use relief_guide::ui::{fallback, prerender};
use serde_json::json;

const STYLE: &str = include_str!("../../assets/style.css");

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args[..] {
        // The page of one language, which carries only its words (the other languages are
        // links to their pages), or the downloaded file, which carries every language.
        ["--lang", lang] => print!("{}", prerender::static_page(locale(lang), &[lang])),
        ["--lang", lang, "--head"] => print!("{}", head(locale(lang))),
        ["--all"] => print!("{}", prerender::static_page(english(), &all_langs())),
        ["--all", "--head"] => print!("{}", head(english())),
        // The downloaded file's article in every language, which its wasm does not carry: a
        // `<template lang>` each, after the mount root (the app reads them at start-up).
        ["--all", "--saved-copies"] => print!("{}", saved_copies()),
        // Every language and the file of its page, one `lang file` a line (`cargo xtask dist`).
        ["--pages"] => {
            for language in GUIDE.languages {
                let file = page_file(&GUIDE, language.lang).unwrap_or_default();
                println!("{} {file}", language.lang);
            }
        }
        ["--floor"] => print!("{}", floor_page()),
        ["--surveyjs"] => print!("{}", surveyjs_json()),
        _ => {
            eprintln!(
                "static-page takes `--lang LANG [--head]`, `--all [--head | --saved-copies]`, `--pages`, `--floor` or `--surveyjs` (got {args:?})"
            );
            std::process::exit(2);
        }
    }
}

/// The article in every language, a `<template lang>` each.
fn saved_copies() -> String {
    all_langs()
        .into_iter()
        .map(|lang| {
            format!(
                r#"<template lang="{lang}">{}</template>"#,
                fallback::saved_copy(locale(lang))
            )
        })
        .collect()
}

fn locale(lang: &str) -> &'static Locale {
    GUIDE.locale(lang).unwrap_or_else(|| {
        eprintln!("static-page: the guide has no language {lang:?}");
        std::process::exit(2);
    })
}

fn all_langs() -> Vec<&'static str> {
    GUIDE
        .languages
        .iter()
        .map(|language| language.lang)
        .collect()
}

/// The page's language, title and description, a line each, for `cargo xtask dist` to write
/// into the page's head.
fn head(words: &Locale) -> String {
    format!(
        "{}\n<title>{}</title>\n<meta name=\"description\" content=\"{}\">\n",
        words.lang,
        fallback::escape(words.ui.app_name),
        fallback::escape(words.ui.start_intro),
    )
}

/// The article as one static page with the guide's stylesheet: no script at all.
fn floor_page() -> String {
    let words = english();
    format!(
        concat!(
            "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>{title}</title><link rel=\"icon\" href=\"data:,\"><style>{style}</style></head>\n",
            "<body><div class=\"guide\"><main class=\"guide-main\">{article}</main></div></body></html>\n"
        ),
        title = words.article.title,
        style = STYLE,
        article = fallback::article(words),
    )
}

/// The guide's questions, one per page, with the same words, choices and follow-up rules.
fn surveyjs_json() -> String {
    let words = english();
    let pages: Vec<serde_json::Value> = GUIDE
        .questions
        .iter()
        .zip(words.questions)
        .map(|(question, text)| {
            let choices: Vec<serde_json::Value> = question
                .options
                .iter()
                .zip(text.options)
                .map(|(option, label)| json!({ "value": option.id, "text": label }))
                .collect();
            let visible_if = question
                .ask_if_any
                .iter()
                .map(|choice| {
                    let asked = &GUIDE.questions[usize::from(choice.question.0)];
                    let option = asked.options[usize::from(choice.option.0)].id;
                    match asked.choose {
                        Choose::One => format!("{{{}}} = '{option}'", asked.id),
                        Choose::Many => format!("{{{}}} contains '{option}'", asked.id),
                    }
                })
                .collect::<Vec<_>>()
                .join(" or ");
            let kind = match question.choose {
                Choose::One => "radiogroup",
                Choose::Many => "checkbox",
            };
            let mut page = json!({
                "name": question.id,
                "elements": [{
                    "type": kind,
                    "name": question.id,
                    "title": text.question,
                    "description": text.hint,
                    "isRequired": true,
                    "choices": choices,
                }],
            });
            if !visible_if.is_empty() {
                page["visibleIf"] = json!(visible_if);
            }
            page
        })
        .collect();
    let survey = json!({
        "title": words.ui.app_name,
        "showQuestionNumbers": "off",
        "pages": pages,
    });
    survey.to_string() + "\n"
}
