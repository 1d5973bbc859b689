//! Prints the review pack: one self-contained HTML page (inline CSS, no script, A4 print) that
//! a clinical safety officer reads and signs. `cargo xtask review` writes it to
//! `target/review/review-pack.html` and prints it to PDF with Chromium (SAFETY.md).
//!
//! Everything in it comes from the compiled content (`GUIDE`: the clinic, governance,
//! questions, warning signs, rules, next steps, sources and every language's words), and from
//! the reference patients of content/cases.toml, each walked through the guide by the engine
//! as it is NOW. A case whose outcome differs from the one written in cases.toml gets a ✗ row
//! and a warning at the top of the table: the pack shows a mismatch, never hides it.
//!
//! Native, build time only: `serde` and `toml` (for cases.toml) are native-only dependencies.
//!
//! Usage: `review-pack [--cases FILE] [--revision TEXT]` (`--revision` names the commit the pack
//! was made from, as `cargo xtask review` passes it).

use relief_guide::content::{
    Choice, Choose, GUIDE, Level, Locale, NoteId, Rule, SectionId, Source, Triage, Ui, with_clinic,
};
use relief_guide::engine::flow::{outcome, walk};
use relief_guide::engine::results::results;
use relief_guide::ui::fallback::escape;
use serde::Deserialize;
use std::fmt::Write;

const CASES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/content/cases.toml");

fn main() {
    let mut cases_path = CASES.to_owned();
    let mut revision = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next()) {
            ("--cases", Some(path)) => cases_path = path,
            ("--revision", Some(text)) => revision = Some(text),
            _ => {
                eprintln!("usage: review-pack [--cases FILE] [--revision TEXT] (got `{arg}`)");
                std::process::exit(2);
            }
        }
    }
    if let Err(missing) = every_language_carried() {
        eprintln!(
            "review-pack: this build does not carry the words of {missing} (content/ has them): \
             build it without RELIEF_GUIDE_LANGS"
        );
        std::process::exit(1);
    }
    let cases = std::fs::read_to_string(&cases_path)
        .map_err(|err| format!("{cases_path}: {err}"))
        .and_then(|text| parse_cases(&text).map_err(|err| format!("{cases_path}: {err}")));
    match cases {
        Ok(cases) => print!("{}", pack(&cases, revision.as_deref())),
        Err(err) => {
            eprintln!("review-pack: {err}");
            std::process::exit(1);
        }
    }
}

/// Every language of content/ (a folder with a ui.toml) is in this build, so the pack shows
/// them all side by side; else the languages it lacks.
fn every_language_carried() -> Result<(), String> {
    let content = concat!(env!("CARGO_MANIFEST_DIR"), "/content");
    let folders = std::fs::read_dir(content).map_err(|err| format!("{content}: {err}"))?;
    let mut missing: Vec<String> = folders
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.path().join("ui.toml").is_file())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|lang| GUIDE.locale(lang).is_none())
        .collect();
    missing.sort();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(missing.join(", "))
    }
}

// ---- Reference patients ------------------------------------------------------------------

#[derive(Deserialize)]
struct CasesFile {
    case: Vec<Case>,
}

/// One reference patient of content/cases.toml (core/tests/cases.rs reads the same file).
#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    answers: Vec<String>,
    outcome: String,
    sections: Vec<String>,
    next_step: String,
}

fn parse_cases(text: &str) -> Result<Vec<Case>, String> {
    toml::from_str::<CasesFile>(text)
        .map(|file| file.case)
        .map_err(|err| err.to_string())
}

/// What the engine gives a case now.
struct Walked {
    /// Each answer's English words; an answer cases.toml names but the guide has not, as is.
    answers: Vec<Result<Choice, String>>,
    outcome: &'static str,
    /// For results only: the related sections' ids, in article order.
    sections: Vec<&'static str>,
    next_step: Option<&'static str>,
    /// Why the case does not match what cases.toml expects; empty when it does.
    problems: Vec<String>,
}

fn walk_case(case: &Case) -> Walked {
    let answers: Vec<Result<Choice, String>> = case
        .answers
        .iter()
        .map(|name| GUIDE.choice_named(name).ok_or_else(|| name.clone()))
        .collect();
    let mut problems: Vec<String> = answers
        .iter()
        .filter_map(|answer| answer.as_ref().err())
        .map(|name| format!("the guide has no answer {name}"))
        .collect();
    let choices: Vec<Choice> = answers.iter().filter_map(|a| a.clone().ok()).collect();
    let (given, screen) = walk(&GUIDE, &choices);
    let got = outcome(screen);
    let mut walked = Walked {
        answers,
        outcome: got,
        sections: Vec::new(),
        next_step: None,
        problems: Vec::new(),
    };
    if got != case.outcome {
        problems.push(format!("expected {}, got {got}", case.outcome));
    }
    if got == "results" {
        let found = results(&GUIDE, &given);
        let english = &GUIDE.locales[0];
        walked.sections = found
            .relevant
            .iter()
            .map(|r| english.section(r.section).id)
            .collect();
        walked.next_step = Some(GUIDE.note_named(found.next_step));
        if case.outcome == "results" {
            let mut got_sections = walked.sections.clone();
            got_sections.sort_unstable();
            let mut expected: Vec<&str> = case.sections.iter().map(String::as_str).collect();
            expected.sort_unstable();
            if got_sections != expected {
                problems.push(format!(
                    "expected sections {}, got {}",
                    or_none(&expected),
                    or_none(&got_sections)
                ));
            }
            if walked.next_step != Some(case.next_step.as_str()) {
                problems.push(format!(
                    "expected next step {}, got {}",
                    case.next_step,
                    GUIDE.note_named(found.next_step)
                ));
            }
        }
    }
    walked.problems = problems;
    walked
}

fn or_none(ids: &[&str]) -> String {
    if ids.is_empty() {
        "none".to_owned()
    } else {
        ids.join(", ")
    }
}

// ---- The page ------------------------------------------------------------------------------

/// Text made safe for HTML, in an element or an attribute.
/// Several lines of text (a `"""` string in ui.toml) as escaped lines joined by `<br>`.
fn esc_lines(text: &str) -> String {
    text.lines().map(escape).collect::<Vec<_>>().join("<br>")
}

fn level_name(level: Level) -> &'static str {
    match level {
        Level::Emergency => "emergency",
        Level::Urgent => "urgent",
        Level::Soon => "soon",
    }
}

/// "Warning signs now: Chest pain": an answer in one language's words, with its question.
fn answer_words(locale: &Locale, choice: Choice) -> String {
    format!(
        "<span class=\"q\">{}:</span> {}",
        escape(locale.question(choice.question).short),
        escape(locale.option(choice))
    )
}

/// Answers joined by `joiner` (escaped already).
fn answers_words(locale: &Locale, choices: &[Choice], joiner: &str) -> String {
    choices
        .iter()
        .map(|&c| answer_words(locale, c))
        .collect::<Vec<_>>()
        .join(joiner)
}

fn source(index: usize) -> &'static Source {
    &GUIDE.sources[index]
}

fn cite(source: &Source) -> String {
    format!(
        "<b>{}</b>. {} ({}). <span class=\"url\">{}</span>",
        escape(source.title),
        escape(source.publisher),
        escape(source.year),
        escape(source.url)
    )
}

/// The patient-facing words a clinician signs beyond the questions and the article: the
/// cards, safety-netting, "not covered", the question prompt and the scope words. A test
/// checks that this list has every such key of content/en/ui.toml.
macro_rules! ui_words {
    ($($key:ident),* $(,)?) => {
        &[$((stringify!($key), |ui: &Ui| ui.$key)),*]
    };
}
/// A ui.toml key, and how to read its words in one language.
type UiWords = (&'static str, fn(&Ui) -> &'static str);
const PATIENT_WORDS: &[UiWords] = ui_words![
    scope_who_for,
    scope_heading,
    scope_text,
    scope_read_article,
    card_emergency_heading,
    card_emergency_action,
    card_emergency_call,
    card_emergency_detail,
    card_urgent_heading,
    card_urgent_action,
    card_urgent_call,
    card_urgent_detail,
    card_soon_heading,
    card_soon_action,
    card_soon_call,
    card_soon_detail,
    card_soon_continue,
    card_signs,
    card_not_results,
    card_english,
    safety_net_heading,
    safety_net_emergency,
    safety_net_signs,
    safety_net_urgent,
    not_covered_heading,
    not_covered_text,
    ask_heading,
    ask_questions,
];

const STYLE: &str = r#"
@page { size: A4; margin: 14mm 12mm 16mm 12mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 9pt;
  line-height: 1.35; color: #000; margin: 0 auto; max-width: 190mm; }
h1 { font-size: 17pt; margin: 0 0 2mm; }
h2 { font-size: 12.5pt; margin: 7mm 0 2mm; border-bottom: 1.5pt solid #000; padding-bottom: 1mm;
  break-after: avoid; page-break-after: avoid; }
h3 { font-size: 10pt; margin: 4mm 0 1mm; break-after: avoid; page-break-after: avoid; }
p { margin: 1mm 0 2mm; }
table { width: 100%; border-collapse: collapse; margin: 1mm 0 3mm; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.6pt solid #777; padding: 1mm 1.4mm; vertical-align: top; text-align: left; }
th { background: #e8e8e8; font-weight: bold; }
.q { color: #444; font-size: 8pt; }
.url { font-size: 7.5pt; word-break: break-all; color: #333; }
.tag { display: inline-block; border: 0.6pt solid #000; border-radius: 2pt; padding: 0 1mm;
  font-size: 7.5pt; font-weight: bold; white-space: nowrap; }
.emergency { background: #ffd6d6; }
.urgent { background: #ffe9c2; }
.soon { background: #fff8c2; }
.ok { color: #0a6b22; font-weight: bold; font-size: 11pt; text-align: center; }
.bad { color: #b00000; font-weight: bold; font-size: 11pt; text-align: center; }
tr.mismatch td { background: #ffe0e0; }
.problem { color: #b00000; font-weight: bold; }
.alert { border: 2pt solid #b00000; background: #ffe0e0; padding: 2mm 3mm; font-weight: bold; }
.good { border: 1pt solid #0a6b22; padding: 2mm 3mm; }
.quote { font-style: italic; }
.muted { color: #555; }
.num { width: 7mm; text-align: right; }
.sign td { height: 12mm; }
.sign th { width: 35mm; }
dl { display: grid; grid-template-columns: 42mm 1fr; gap: 0.5mm 3mm; margin: 1mm 0 3mm; }
dt { font-weight: bold; } dd { margin: 0; }
table.cases { table-layout: fixed; }
.qmeta { color: #333; margin-top: 0; break-after: avoid; page-break-after: avoid; }
.block { break-inside: avoid; page-break-inside: avoid; }
"#;

/// Every printed page's footer: the version signed, and "page 3 of 12".
fn running_footer(version: &str) -> String {
    // Inside <style> and a CSS string: only characters that cannot end either.
    let version: String = version
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | ' '))
        .collect();
    format!(
        "@page {{ @bottom-center {{ content: \"Relief Guide clinical review pack, content version \
         {version} · page \" counter(page) \" of \" counter(pages); font-size: 7.5pt; \
         font-family: \"DejaVu Sans\", Arial, sans-serif; }} }}\n"
    )
}

/// The whole review pack.
fn pack(cases: &[Case], revision: Option<&str>) -> String {
    let mut html = String::new();
    let english = &GUIDE.locales[0];
    let title = format!("Clinical review pack – {}", english.ui.app_name);
    let _ = writeln!(
        html,
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <title>{}</title><style>{STYLE}{}</style></head><body>",
        escape(&title),
        running_footer(english.governance.version),
    );
    let _ = writeln!(html, "<h1>{}</h1>", escape(&title));
    let _ = writeln!(
        html,
        "<p>Content version {}{}. Generated by <code>cargo xtask review</code> from the compiled \
         content (<code>content/</code>) and the reference patients of \
         <code>content/cases.toml</code>, each walked through the guide's engine as it is now. \
         Nothing in this pack is copied by hand.</p>",
        escape(english.governance.version),
        revision.map_or(String::new(), |r| format!(
            ", built from commit {}",
            escape(r)
        ))
    );
    clinic_and_governance(&mut html);
    sign_off(&mut html);
    questions(&mut html);
    warning_signs(&mut html);
    rules(&mut html);
    summaries(&mut html);
    next_steps(&mut html);
    patient_words(&mut html);
    reference_cases(&mut html, cases);
    sources(&mut html);
    html.push_str("</body></html>\n");
    html
}

fn clinic_and_governance(html: &mut String) {
    let clinic = &GUIDE.clinic;
    html.push_str("<h2>1. Clinic settings</h2>\n<dl>");
    for (name, value) in [
        ("Clinic", clinic.name),
        ("Phone", clinic.phone),
        ("Website", clinic.website),
        ("Country", clinic.country),
        ("Emergency number", clinic.emergency_number),
        (
            "Urgent line",
            &format!("{} ({})", clinic.urgent_line_name, clinic.urgent_line),
        ),
    ] {
        let _ = write!(html, "<dt>{}</dt><dd>{}</dd>", escape(name), escape(value));
    }
    html.push_str("</dl>\n<h2>2. Governance of each language</h2>\n<table><thead><tr><th>Language</th><th>Written by</th><th>Signed off by</th><th>Last reviewed</th><th>Next review</th><th>Version</th><th>Translation</th></tr></thead><tbody>\n");
    for (i, locale) in GUIDE.locales.iter().enumerate() {
        let g = &locale.governance;
        let signed = g
            .signed_off_by
            .map_or_else(|| "<b>not yet signed off</b>".to_owned(), escape);
        let status = match (i, locale.review_note) {
            (0, _) => "original (the reference language)".to_owned(),
            (_, None) => "reviewed".to_owned(),
            (_, Some(note)) => format!(
                "<b>awaiting review</b>; every page shows: <span class=\"quote\">{}</span>",
                escape(note)
            ),
        };
        let _ = writeln!(
            html,
            "<tr><td>{} ({})</td><td>{}</td><td>{signed}</td><td>{}</td><td>{}</td><td>{}</td><td>{status}</td></tr>",
            escape(locale.ui.language_name),
            escape(locale.lang),
            escape(g.written_by),
            escape(g.last_reviewed),
            escape(g.next_review),
            escape(g.version),
        );
    }
    html.push_str("</tbody></table>\n");
}

fn sign_off(html: &mut String) {
    html.push_str(
        "<div class=\"block\"><h2>3. Sign-off by the clinical safety officer</h2>\n\
         <p>I have reviewed the questions, warning signs and their levels and sources, the rules \
         and their evidence, the next steps, the patient words in every language, and the \
         reference-patient outcomes in this pack (content version ",
    );
    html.push_str(&escape(GUIDE.locales[0].governance.version));
    html.push_str(
        "), and the open actions and judgement calls in SAFETY.md.</p>\n\
         <table class=\"sign\"><tbody>\
         <tr><th>Name</th><td></td></tr><tr><th>Role</th><td></td></tr>\
         <tr><th>Signature</th><td></td></tr><tr><th>Date</th><td></td></tr>\
         <tr><th>Languages signed off</th><td></td></tr>\
         </tbody></table></div>\n",
    );
}

fn locale_headers() -> String {
    GUIDE
        .locales
        .iter()
        .map(|l| format!("<th>{}</th>", escape(l.ui.language_name)))
        .collect()
}

fn questions(html: &mut String) {
    html.push_str(
        "<h2>4. Questions, in the order asked</h2>\n<p>Marks: <span class=\"tag\">none of these</span> \
         cannot be combined with another answer; <span class=\"tag\">out of scope</span> pain the \
         guide is not about (only such answers give the scope card); a level tag means the answer \
         is part of a warning sign (section 5).</p>\n",
    );
    for (q, question) in GUIDE.questions.iter().enumerate() {
        let id = relief_guide::content::QuestionId(q as u8);
        let _ = writeln!(
            html,
            "<h3>Q{} · {}</h3>\n<p class=\"qmeta\">{}; {}{}.</p>",
            q + 1,
            escape(question.id),
            match question.choose {
                Choose::One => "Choose one",
                Choose::Many => "Choose all that apply",
            },
            if question.ask_if_any.is_empty() {
                "asked of everyone".to_owned()
            } else {
                format!(
                    "asked only if: {}",
                    answers_words(&GUIDE.locales[0], question.ask_if_any, " <i>or</i> ")
                )
            },
            if question.doctor_said {
                "; the answers are what a doctor told the patient (“doctor said”)"
            } else {
                ""
            },
        );
        let _ = write!(
            html,
            "<table><thead><tr><th class=\"num\">#</th>{}<th>Marks</th></tr></thead><tbody>\n<tr><td></td>",
            locale_headers()
        );
        for locale in GUIDE.locales {
            let text = locale.question(id);
            let _ = write!(
                html,
                "<td><b>{}</b><br><span class=\"q\">{}</span></td>",
                escape(text.question),
                escape(text.hint)
            );
        }
        html.push_str("<td></td></tr>\n");
        for (o, option) in question.options.iter().enumerate() {
            let choice = Choice {
                question: id,
                option: relief_guide::content::OptionId(o as u8),
            };
            let _ = write!(html, "<tr><td class=\"num\">{}</td>", o + 1);
            for locale in GUIDE.locales {
                let _ = write!(html, "<td>{}</td>", escape(locale.option(choice)));
            }
            let mut marks = Vec::new();
            if option.exclusive {
                marks.push("<span class=\"tag\">none of these</span>".to_owned());
            }
            if option.out_of_scope {
                marks.push("<span class=\"tag\">out of scope</span>".to_owned());
            }
            if let Some(level) = GUIDE
                .triage
                .iter()
                .filter(|t| t.when.contains(&choice))
                .map(|t| t.level)
                .max()
            {
                let alone = GUIDE.triage.iter().any(|t| t.when == [choice]);
                marks.push(format!(
                    "<span class=\"tag {0}\">{0}{1}</span>",
                    level_name(level),
                    if alone { "" } else { " (with another answer)" }
                ));
            }
            let _ = writeln!(html, "<td>{}</td></tr>", marks.join(" "));
        }
        html.push_str("</tbody></table>\n");
    }
}

fn triage_sorted() -> Vec<(usize, &'static Triage)> {
    let mut entries: Vec<(usize, &Triage)> = GUIDE.triage.iter().enumerate().collect();
    // Highest level first; within a level, the order of triage.toml.
    entries.sort_by_key(|&(i, t)| (std::cmp::Reverse(t.level), i));
    entries
}

fn warning_signs(html: &mut String) {
    let count = |level| GUIDE.triage.iter().filter(|t| t.level == level).count();
    let _ = writeln!(
        html,
        "<h2>5. Warning signs (content/triage.toml)</h2>\n<p>{} entries: {} emergency (call {} or \
         go to the emergency department now; do not drive yourself), {} urgent (contact the \
         doctor or {} today), {} soon (an appointment within days; the patient may go on). All \
         the answers of an entry must be given. The highest level matched wins; its card lists \
         every sign chosen. Entries marked “Judgement:” in triage.toml are listed in SAFETY.md \
         for decision.</p>",
        GUIDE.triage.len(),
        count(Level::Emergency),
        escape(GUIDE.clinic.emergency_number),
        count(Level::Urgent),
        escape(GUIDE.clinic.urgent_line_name),
        count(Level::Soon),
    );
    let _ = writeln!(
        html,
        "<table><thead><tr><th class=\"num\">#</th><th>Level</th>{}<th>Source</th></tr></thead><tbody>",
        locale_headers()
    );
    for (n, (_, entry)) in triage_sorted().into_iter().enumerate() {
        let level = level_name(entry.level);
        let _ = write!(
            html,
            "<tr><td class=\"num\">{}</td><td class=\"{level}\"><b>{level}</b></td>",
            n + 1
        );
        for locale in GUIDE.locales {
            let _ = write!(
                html,
                "<td>{}</td>",
                answers_words(locale, entry.when, " <i>and</i><br>")
            );
        }
        let _ = writeln!(
            html,
            "<td>{}</td></tr>",
            cite(source(usize::from(entry.source.0)))
        );
    }
    html.push_str("</tbody></table>\n");
}

/// "doctor said", "description" or "background", as the engine weighs a rule's reason
/// (relief_core::engine::results: a `doctor_said` answer in `when` makes it a diagnosis).
fn rule_kind(rule: &Rule) -> &'static str {
    if rule
        .when
        .iter()
        .any(|c| GUIDE.question(c.question).doctor_said)
    {
        "doctor said"
    } else if rule.background {
        "background"
    } else {
        "description"
    }
}

/// "Shows «title» when: A and B; and at least N of: …; unless: …", in one language's words.
fn rule_words(locale: &Locale, rule: &Rule) -> String {
    let mut words = format!(
        "Shows «<b>{}</b>» when: ",
        escape(locale.section(rule.section).title)
    );
    if rule.when.is_empty() {
        words.push_str("always");
    } else {
        words.push_str(&answers_words(locale, rule.when, " <i>and</i> "));
    }
    if !rule.any.is_empty() {
        let _ = write!(
            words,
            "; <i>and at least {} of:</i> {}",
            rule.at_least,
            answers_words(locale, rule.any, "; ")
        );
    }
    if !rule.unless.is_empty() {
        let _ = write!(
            words,
            "; <i>unless:</i> {}",
            answers_words(locale, rule.unless, " <i>or</i> ")
        );
    }
    let sentence = locale
        .section(rule.section)
        .sentences()
        .nth(rule.evidence)
        .unwrap_or("(no sentence at this place)");
    let _ = write!(
        words,
        ".<br><span class=\"q\">Evidence:</span> <span class=\"quote\">“{}”</span>",
        escape(sentence)
    );
    if let Some(condition) = rule.meets {
        let _ = write!(
            words,
            "<br><span class=\"q\">These answers meet the published definition of:</span> {} \
             (the rule's comment in content/rules.toml names the source; SAFETY.md H09)",
            answers_words(locale, &[condition], "")
        );
    }
    words
}

fn rules(html: &mut String) {
    let _ = writeln!(
        html,
        "<h2>6. Rules (content/rules.toml)</h2>\n<p>{} rules. A rule relates an article section \
         to the answers; the results page shows the section with the rule's evidence sentence. \
         The Spanish column shows the Spanish words at the same place (its evidence sentence is \
         the Spanish article's sentence with the same index). Kind: <b>doctor said</b> (a \
         diagnosis the patient reports), <b>description</b> (what the patient described), \
         <b>background</b> (fits most people with long-lasting pain).</p>",
        GUIDE.rules.len()
    );
    let _ = writeln!(
        html,
        "<table><thead><tr><th class=\"num\">#</th>{}<th>Kind</th></tr></thead><tbody>",
        locale_headers()
    );
    for (n, rule) in GUIDE.rules.iter().enumerate() {
        let _ = write!(html, "<tr><td class=\"num\">{}</td>", n + 1);
        for locale in GUIDE.locales {
            let _ = write!(html, "<td>{}</td>", rule_words(locale, rule));
        }
        let _ = writeln!(html, "<td>{}</td></tr>", rule_kind(rule));
    }
    html.push_str("</tbody></table>\n");
}

/// Each section's plain-language summary, which the results show first, beside the article's
/// own words it must say no more than.
fn summaries(html: &mut String) {
    let _ = writeln!(
        html,
        "<h2>7. Plain-language summaries (content/&lt;lang&gt;/article.toml)</h2>\n<p>Written by \
         the guide's team, not the clinic's article: the results show each related section's \
         summary first, with the article's own words one tap away. Check that each summary says \
         only what its section says. <span class=\"tag\">summary</span> marks our words; the \
         article's follow, verbatim.</p>\n<table><thead><tr><th>Section</th>{}</tr></thead><tbody>",
        locale_headers()
    );
    for (n, english) in GUIDE.locales[0].article.sections.iter().enumerate() {
        let _ = write!(html, "<tr><td><code>{}</code></td>", escape(english.id));
        for locale in GUIDE.locales {
            let section = locale.section(SectionId(n as u8));
            let article: Vec<&str> = section
                .sentences()
                .chain(section.items.iter().map(|item| item.text))
                .collect();
            let _ = write!(
                html,
                "<td><b>{}</b><br><span class=\"tag\">summary</span> {}<br>\
                 <span class=\"q\">Article:</span> <span class=\"quote\">{}</span></td>",
                escape(section.title),
                escape(section.summary),
                escape(&article.join(" "))
            );
        }
        html.push_str("</tr>\n");
    }
    html.push_str("</tbody></table>\n");
}

fn note_words(locale: &Locale, note: NoteId) -> &'static str {
    locale.notes[usize::from(note.0)]
}

fn next_steps(html: &mut String) {
    let _ = writeln!(
        html,
        "<h2>8. Next steps, in order</h2>\n<p>The first step whose answers were all given is the \
         patient's “What to do next”.</p>\n<table><thead><tr><th class=\"num\">#</th><th>When</th>{}</tr></thead><tbody>",
        locale_headers()
    );
    for (n, step) in GUIDE.next_steps.iter().enumerate() {
        let when = if step.when.is_empty() {
            "everyone else".to_owned()
        } else {
            answers_words(&GUIDE.locales[0], step.when, " <i>and</i> ")
        };
        let _ = write!(
            html,
            "<tr><td class=\"num\">{}</td><td>{when}<br><span class=\"q\">({})</span></td>",
            n + 1,
            escape(GUIDE.note_named(step.note))
        );
        for locale in GUIDE.locales {
            let _ = write!(
                html,
                "<td>{}</td>",
                escape(&with_clinic(note_words(locale, step.note)))
            );
        }
        html.push_str("</tr>\n");
    }
    html.push_str("</tbody></table>\n");
}

fn patient_words(html: &mut String) {
    let _ = writeln!(
        html,
        "<h2>9. Cards, safety-netting, “not covered”, questions to ask, scope</h2>\n<p>As the \
         patient sees them, with the clinic settings filled in.</p>\n<table><thead><tr><th>Key</th>{}</tr></thead><tbody>",
        locale_headers()
    );
    for (key, text) in PATIENT_WORDS {
        let _ = write!(html, "<tr><td><code>{}</code></td>", escape(key));
        for locale in GUIDE.locales {
            let _ = write!(
                html,
                "<td>{}</td>",
                esc_lines(&with_clinic(text(&locale.ui)))
            );
        }
        html.push_str("</tr>\n");
    }
    // The notes the results page shows for some answers (next steps are in section 8).
    for (n, id) in GUIDE.note_ids.iter().enumerate() {
        let note = NoteId(n as u8);
        if GUIDE.next_steps.iter().any(|step| step.note == note) {
            continue;
        }
        let _ = write!(html, "<tr><td><code>note {}</code></td>", escape(id));
        for locale in GUIDE.locales {
            let _ = write!(
                html,
                "<td>{}</td>",
                escape(&with_clinic(note_words(locale, note)))
            );
        }
        html.push_str("</tr>\n");
    }
    html.push_str("</tbody></table>\n");
}

fn section_title(id: &str) -> String {
    let english = &GUIDE.locales[0];
    english
        .article
        .sections
        .iter()
        .position(|s| s.id == id)
        .map_or_else(
            || format!("{id} (no such section)"),
            |i| english.section(SectionId(i as u8)).title.to_owned(),
        )
}

fn outcome_cell(outcome: &str, sections: &[String], next_step: &str) -> String {
    let mut cell = format!("<b>{}</b>", escape(outcome));
    if outcome == "results" {
        let titles: Vec<String> = sections.iter().map(|s| escape(&section_title(s))).collect();
        let _ = write!(
            cell,
            "<br>Sections: {}<br>Next step: {}",
            if titles.is_empty() {
                "none".to_owned()
            } else {
                titles.join("; ")
            },
            escape(next_step)
        );
    }
    cell
}

fn reference_cases(html: &mut String, cases: &[Case]) {
    let walked: Vec<Walked> = cases.iter().map(walk_case).collect();
    let wrong = walked.iter().filter(|w| !w.problems.is_empty()).count();
    let _ = writeln!(
        html,
        "<h2>10. Reference patients (content/cases.toml)</h2>\n<p>{} patients. “Expected” is what \
         content/cases.toml says the guide must show; “The guide now” is what the engine gives \
         when the answers are given one question at a time, as a patient would (it stops at the \
         first card). Sections are compared in any order.</p>",
        cases.len()
    );
    if wrong == 0 {
        let _ = writeln!(
            html,
            "<p class=\"good\">✓ All {} reference patients get their expected outcome.</p>",
            cases.len()
        );
    } else {
        let _ = writeln!(
            html,
            "<p class=\"alert\">✗ {wrong} of {} reference patients do NOT get their expected \
             outcome (rows marked ✗). Do not sign this pack until they are resolved.</p>",
            cases.len()
        );
    }
    html.push_str(
        "<table class=\"cases\"><colgroup><col style=\"width:6mm\"><col style=\"width:30mm\">\
         <col><col style=\"width:34mm\"><col style=\"width:34mm\"><col style=\"width:14mm\">\
         </colgroup><thead><tr><th class=\"num\">#</th><th>Patient</th><th>Answers (English)</th>\
         <th>Expected</th><th>The guide now</th><th>✓ / ✗</th></tr></thead><tbody>\n",
    );
    let english = &GUIDE.locales[0];
    for (n, (case, walked)) in cases.iter().zip(&walked).enumerate() {
        let answers: Vec<String> = walked
            .answers
            .iter()
            .map(|answer| match answer {
                Ok(choice) => answer_words(english, *choice),
                Err(name) => format!("<b>unknown answer {}</b>", escape(name)),
            })
            .collect();
        let now_sections: Vec<String> = walked.sections.iter().map(|s| (*s).to_owned()).collect();
        let now = outcome_cell(
            walked.outcome,
            &now_sections,
            walked.next_step.unwrap_or(""),
        );
        let expected = outcome_cell(&case.outcome, &case.sections, &case.next_step);
        let (class, now, mark) = if walked.problems.is_empty() {
            ("", now, "<td class=\"ok\">✓</td>")
        } else {
            (
                " class=\"mismatch\"",
                format!(
                    "{now}<br><span class=\"problem\">✗ {}</span>",
                    escape(&walked.problems.join("; "))
                ),
                "<td class=\"bad\">✗</td>",
            )
        };
        let _ = writeln!(
            html,
            "<tr{class}><td class=\"num\">{}</td><td>{}</td><td>{}</td><td>{expected}</td><td>{now}</td>{mark}</tr>",
            n + 1,
            escape(&case.name),
            answers.join("<br>"),
        );
    }
    html.push_str("</tbody></table>\n");
}

fn sources(html: &mut String) {
    html.push_str(
        "<h2>11. Sources (content/sources.toml)</h2>\n<p>Which of them were verified in the \
         content research, and which are open actions for the clinician, is in SAFETY.md and the \
         notes of content/sources.toml.</p>\n<table><thead><tr><th class=\"num\">#</th><th>Id</th>\
         <th>Source</th><th>Warning signs citing it</th></tr></thead><tbody>\n",
    );
    for (i, source) in GUIDE.sources.iter().enumerate() {
        let citing = GUIDE
            .triage
            .iter()
            .filter(|t| usize::from(t.source.0) == i)
            .count();
        let _ = writeln!(
            html,
            "<tr><td class=\"num\">{}</td><td><code>{}</code></td><td>{}</td><td>{citing}</td></tr>",
            i + 1,
            escape(source.id),
            cite(source)
        );
    }
    html.push_str("</tbody></table>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference_cases() -> Vec<Case> {
        let text = std::fs::read_to_string(CASES).expect("content/cases.toml");
        parse_cases(&text).expect("content/cases.toml is well-formed")
    }

    /// The ui.toml keys that [`PATIENT_WORDS`] must cover, by how they start.
    const PATIENT_WORD_PREFIXES: &[&str] =
        &["card_", "safety_net_", "not_covered_", "ask_", "scope_"];

    fn rows_marked(html: &str, mark: &str) -> usize {
        html.matches(&format!("<td class=\"{mark}\">")).count()
    }

    #[test]
    fn the_pack_names_every_source_section_and_case() {
        let cases = reference_cases();
        assert!(cases.len() >= 20, "only {} reference cases", cases.len());
        let html = pack(&cases, None);
        for entry in GUIDE.triage {
            let source = source(usize::from(entry.source.0));
            assert!(html.contains(&cite(source)), "no source {}", source.id);
        }
        for locale in GUIDE.locales {
            for rule in GUIDE.rules {
                let title = escape(locale.section(rule.section).title);
                assert!(
                    html.contains(&format!("Shows «<b>{title}</b>»")),
                    "{}: no rule for {title}",
                    locale.lang
                );
            }
        }
        for case in &cases {
            assert!(html.contains(&escape(&case.name)), "no case {}", case.name);
        }
        assert_eq!(rows_marked(&html, "ok"), cases.len(), "a case is not ✓");
        assert_eq!(rows_marked(&html, "bad"), 0);
        assert!(html.contains("All ") && !html.contains("class=\"alert\""));
    }

    #[test]
    fn a_case_whose_expected_outcome_changed_shows_a_cross() {
        let mut cases = reference_cases();
        let changed = cases
            .iter_mut()
            .find(|case| case.outcome == "emergency")
            .expect("an emergency case");
        changed.outcome = "results".to_owned();
        let name = changed.name.clone();
        let html = pack(&cases, None);
        assert_eq!(rows_marked(&html, "bad"), 1);
        let row = html
            .lines()
            .find(|line| line.contains(&escape(&name)))
            .expect("the changed case's row");
        assert!(
            row.contains("class=\"mismatch\"") && row.contains('✗'),
            "{row}"
        );
        assert!(row.contains("expected results, got emergency"), "{row}");
        assert!(html.contains("class=\"alert\">✗ 1 of"));
    }

    #[test]
    fn a_case_with_other_sections_or_next_step_shows_a_cross() {
        let mut cases = reference_cases();
        let changed = cases
            .iter_mut()
            .find(|case| case.outcome == "results")
            .expect("a results case");
        changed.sections.push("conclusion-not-a-section".to_owned());
        changed.next_step = "next-helped-typo".to_owned();
        let html = pack(&cases, None);
        assert_eq!(rows_marked(&html, "bad"), 1);
        assert!(html.contains("expected next step next-helped-typo"));
    }

    #[test]
    fn the_pack_shows_every_language_side_by_side() {
        assert_eq!(every_language_carried(), Ok(()));
        assert!(GUIDE.locale("en").is_some() && GUIDE.locale("es").is_some());
        let html = pack(&reference_cases(), None);
        for locale in GUIDE.locales {
            assert!(html.contains(&format!("<th>{}</th>", escape(locale.ui.language_name))));
        }
    }

    #[test]
    fn the_pack_marks_every_summary_beside_its_sections_words() {
        let html = pack(&reference_cases(), None);
        for locale in GUIDE.locales {
            for section in locale.article.sections {
                let summary = format!(
                    "<span class=\"tag\">summary</span> {}",
                    escape(section.summary)
                );
                assert!(
                    html.contains(&summary),
                    "{}: no summary of {}",
                    locale.lang,
                    section.id
                );
                let first = section
                    .sentences()
                    .next()
                    .or(section.items.first().map(|i| i.text));
                assert!(
                    html.contains(&escape(first.unwrap_or_default())),
                    "{}: no words of {}",
                    locale.lang,
                    section.id
                );
            }
        }
    }

    #[test]
    fn every_text_is_escaped() {
        assert_eq!(
            escape(r#"<script>"a" & 'b'</script>"#),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;"
        );
        let mut cases = reference_cases();
        cases[0].name = "<b>bold</b> & co".to_owned();
        let html = pack(&cases, Some("<x>"));
        assert!(!html.contains("<b>bold</b>") && html.contains("&lt;b&gt;bold&lt;/b&gt; &amp; co"));
        assert!(html.contains("commit &lt;x&gt;"));
        assert!(!html.contains("<script"), "the pack has no script");
    }

    /// Every card_*, safety_net_*, not_covered_*, ask_* and scope_* key of content/en/ui.toml is
    /// in the pack, so a new patient-facing sentence cannot skip the clinician.
    #[test]
    fn the_pack_lists_every_card_safety_net_and_scope_word() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/content/en/ui.toml");
        let text = std::fs::read_to_string(path).expect("content/en/ui.toml");
        let file: toml::Table = toml::from_str(&text).expect("ui.toml is well-formed");
        let ui = file["ui"].as_table().expect("[ui]");
        let listed: Vec<&str> = PATIENT_WORDS.iter().map(|(key, _)| *key).collect();
        for key in ui.keys() {
            if PATIENT_WORD_PREFIXES.iter().any(|p| key.starts_with(p)) {
                assert!(listed.contains(&key.as_str()), "PATIENT_WORDS lacks {key}");
            }
        }
        assert!(listed.iter().all(|key| ui.contains_key(*key)));
    }
}
