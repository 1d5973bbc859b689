//! Prints the markup of the page before the app starts: the start screen prerendered by Yew's
//! server renderer, and the whole article behind it ([`prerender::static_page`]). `cargo xtask
//! dist` writes it into the mount root of the built page, so that the first screen is painted
//! before the wasm arrives and a copy of the page that cannot run the app still shows the
//! article.
//!
//! `cargo xtask bench` also asks it, from the same content, for the pages it compares against:
//! `--floor` prints a static HTML page of the article (the least any page can cost), and
//! `--surveyjs` prints the questionnaire as a SurveyJS survey (JSON).

use relief_guide::content::{Choose, GUIDE, english};
use relief_guide::ui::{fallback, prerender};

const STYLE: &str = include_str!("../../assets/style.css");

fn main() {
    match std::env::args().nth(1).as_deref() {
        None => print!("{}", prerender::static_page(english())),
        Some("--floor") => print!("{}", floor_page()),
        Some("--surveyjs") => print!("{}", surveyjs_json()),
        Some(other) => {
            eprintln!("static-page takes no argument, `--floor` or `--surveyjs` (got `{other}`)");
            std::process::exit(2);
        }
    }
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
    let pages: Vec<String> = GUIDE
        .questions
        .iter()
        .zip(words.questions)
        .map(|(question, text)| {
            let choices: Vec<String> = question
                .options
                .iter()
                .zip(text.options)
                .map(|(option, label)| {
                    format!(r#"{{"value":{},"text":{}}}"#, json(option.id), json(label))
                })
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
            let visible_if = if visible_if.is_empty() {
                String::new()
            } else {
                format!(r#","visibleIf":{}"#, json(&visible_if))
            };
            format!(
                r#"{{"name":{id},"elements":[{{"type":"{kind}","name":{id},"title":{title},"description":{hint},"isRequired":true,"choices":[{choices}]}}]{visible_if}}}"#,
                id = json(question.id),
                title = json(text.question),
                hint = json(text.hint),
                choices = choices.join(","),
            )
        })
        .collect();
    format!(
        r#"{{"title":{},"showQuestionNumbers":"off","pages":[{}]}}"#,
        json(words.ui.app_name),
        pages.join(",")
    ) + "\n"
}

fn json(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out + "\""
}
