//! Plain language: the English words written for this app (content/en/questions.toml,
//! content/en/ui.toml and each article section's `summary`; not the clinic's article itself)
//! stay at Flesch-Kincaid grade 8 or lower.
//!
//! Flesch-Kincaid grade = 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
//! It is unreliable for a few words (one long word swings it by several grades), so:
//! - each text of at least 10 words must be grade 8 or lower;
//! - each question page (question, hint and options, read together) must be too;
//! - and all the texts together.
//!
//! The grades of the hardest texts are written to stderr even when the test passes (not
//! through `eprintln!`, which the test harness captures), for the issue note and for editors.

use std::io::Write;
use std::{fs, path::Path};

const MAX_GRADE: f64 = 8.0;
/// Shorter texts count only towards the pages and the whole.
const MIN_WORDS: usize = 10;

/// Words, sentences and syllables of some text.
#[derive(Clone, Copy, Default, Debug, PartialEq)]
struct Counts {
    words: usize,
    sentences: usize,
    syllables: usize,
}

impl Counts {
    fn of(text: &str) -> Self {
        let text = without_placeholders(text);
        let words: Vec<&str> = text
            .split_whitespace()
            .filter(|word| word.chars().any(char::is_alphanumeric))
            .collect();
        // A sentence ends at . ? ! or ; followed by a space or the end. A text without any
        // (an answer option, a heading) is one sentence.
        let ends = words
            .iter()
            .filter(|word| {
                word.trim_end_matches(['”', '’', '"', '\'', ')'])
                    .ends_with(['.', '?', '!', ';'])
            })
            .count();
        let last_ends = words.last().is_some_and(|word| {
            word.trim_end_matches(['”', '’', '"', '\'', ')'])
                .ends_with(['.', '?', '!', ';'])
        });
        Counts {
            words: words.len(),
            sentences: ends + usize::from(!last_ends),
            syllables: words.iter().map(|word| syllables(word)).sum(),
        }
    }

    fn grade(self) -> f64 {
        let words = self.words as f64;
        0.39 * words / self.sentences as f64 + 11.8 * self.syllables as f64 / words - 15.59
    }
}

impl std::ops::Add for Counts {
    type Output = Counts;
    fn add(self, other: Counts) -> Counts {
        Counts {
            words: self.words + other.words,
            sentences: self.sentences + other.sentences,
            syllables: self.syllables + other.syllables,
        }
    }
}

/// `{name}` is filled in by the guide (a number, an answer); it is left out.
fn without_placeholders(text: &str) -> String {
    let mut kept = String::with_capacity(text.len());
    let mut in_braces = false;
    for c in text.chars() {
        match c {
            '{' => in_braces = true,
            '}' => in_braces = false,
            c if !in_braces => kept.push(c),
            _ => {}
        }
    }
    kept
}

/// The syllables of an English word, by the usual rule of thumb: groups of vowels, less a
/// silent final "e", "-ed" or "-es". A number counts as one; so does a hyphenated part.
fn syllables(word: &str) -> usize {
    word.split('-')
        .map(|part| {
            let letters: String = part
                .chars()
                .filter(char::is_ascii_alphabetic)
                .map(|c| c.to_ascii_lowercase())
                .collect();
            syllables_of_letters(&letters)
        })
        .sum()
}

fn syllables_of_letters(word: &str) -> usize {
    if word.len() <= 3 {
        return 1;
    }
    let letters: Vec<char> = word.chars().collect();
    // "y" is a vowel except at the start ("yes", but "pain-ful-ly").
    let is_vowel = |at: usize| "aeiou".contains(letters[at]) || (letters[at] == 'y' && at > 0);
    let groups = (0..letters.len())
        .filter(|&at| is_vowel(at) && (at == 0 || !is_vowel(at - 1)))
        .count();
    let before = |suffix: &str| &word[..word.len() - suffix.len()];
    let silent = if word.ends_with("le") && !is_vowel(letters.len() - 3) {
        false // "ta-ble", "peo-ple"
    } else if word.ends_with("ed") {
        !before("ed").ends_with(['t', 'd'])
    } else if word.ends_with("es") {
        // "-ses", "-xes", "-ches", "-ces", "-ges"… are heard: "caus-es", "chang-es".
        !["s", "x", "z", "ch", "sh", "c", "g"]
            .iter()
            .any(|ending| before("es").ends_with(ending))
    } else {
        word.ends_with('e') && !word.ends_with("ee")
    };
    (groups - usize::from(silent && groups > 1)).max(1)
}

/// A text the patient reads and where it comes from, for the report.
struct Text {
    place: String,
    text: String,
}

fn read_table(file: &str) -> toml::Table {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
    fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("{}: {error}", path.display()))
        .parse()
        .unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

fn string(value: &toml::Value) -> String {
    value.as_str().expect("a text").to_owned()
}

/// Each question page's texts (question, hint, options), and the screens' texts.
fn english_texts() -> (Vec<(String, Vec<Text>)>, Vec<Text>) {
    let questions = read_table("content/en/questions.toml");
    let pages = questions
        .iter()
        .map(|(id, words)| {
            let mut texts = Vec::new();
            for key in ["question", "short", "hint"] {
                texts.push(Text {
                    place: format!("questions.toml [{id}] {key}"),
                    text: string(&words[key]),
                });
            }
            for (option, text) in words["options"].as_table().expect("options") {
                texts.push(Text {
                    place: format!("questions.toml [{id}.options] {option}"),
                    text: string(text),
                });
            }
            (id.clone(), texts)
        })
        .collect();
    let ui = read_table("content/en/ui.toml");
    let screens = ["ui", "notes"]
        .iter()
        .flat_map(|table| {
            ui[*table]
                .as_table()
                .expect("a table")
                .iter()
                .flat_map(move |(key, text)| {
                    shown_texts(&format!("ui.toml [{table}] {key}"), &string(text))
                })
        })
        .collect();
    (pages, screens)
}

/// A text of several lines is shown as a list, one item per line (`safety_net_signs`): each
/// line is read, and measured, on its own, as an answer option is.
fn shown_texts(place: &str, text: &str) -> Vec<Text> {
    if !text.contains('\n') {
        return vec![Text {
            place: place.to_owned(),
            text: text.to_owned(),
        }];
    }
    text.lines()
        .enumerate()
        .map(|(at, line)| Text {
            place: format!("{place} line {}", at + 1),
            text: line.to_owned(),
        })
        .collect()
}

fn report(lines: &[String]) {
    let mut stderr = std::io::stderr().lock();
    for line in lines {
        let _ = writeln!(stderr, "{line}");
    }
}

#[test]
fn the_words_written_for_the_app_read_at_grade_8_or_lower() {
    let (pages, screens) = english_texts();
    let every_text: Vec<&Text> = pages
        .iter()
        .flat_map(|(_, texts)| texts)
        .chain(&screens)
        .filter(|text| !text.text.is_empty())
        .collect();

    let mut long: Vec<(f64, &Text, Counts)> = every_text
        .iter()
        .map(|text| (Counts::of(&text.text), *text))
        .filter(|(counts, _)| counts.words >= MIN_WORDS)
        .map(|(counts, text)| (counts.grade(), text, counts))
        .collect();
    long.sort_by(|a, b| b.0.total_cmp(&a.0));
    let page_grades: Vec<(String, f64)> = pages
        .iter()
        .map(|(id, texts)| {
            // The short label is on the check page, not the question page.
            let counts = texts
                .iter()
                .filter(|text| !text.place.ends_with(" short"))
                .map(|text| Counts::of(&text.text))
                .fold(Counts::default(), |sum, counts| sum + counts);
            (id.clone(), counts.grade())
        })
        .collect();
    let whole = every_text
        .iter()
        .map(|text| Counts::of(&text.text))
        .fold(Counts::default(), |sum, counts| sum + counts);

    let mut lines = vec![format!(
        "Flesch-Kincaid grades of the English app text (limit {MAX_GRADE}):"
    )];
    lines.push(format!(
        "  all {} texts together: {:.1} ({} words, {} sentences, {} syllables)",
        every_text.len(),
        whole.grade(),
        whole.words,
        whole.sentences,
        whole.syllables
    ));
    for (id, grade) in &page_grades {
        lines.push(format!("  question page {id}: {grade:.1}"));
    }
    lines.push(format!(
        "  hardest texts of {MIN_WORDS}+ words ({} in all):",
        long.len()
    ));
    for (grade, text, counts) in long.iter().take(8) {
        lines.push(format!(
            "    {grade:4.1}  {} ({} words): {}",
            text.place, counts.words, text.text
        ));
    }
    report(&lines);

    let too_hard: Vec<String> = long
        .iter()
        .filter(|(grade, ..)| *grade > MAX_GRADE)
        .map(|(grade, text, _)| format!("{grade:.1} {}: {}", text.place, text.text))
        .chain(
            page_grades
                .iter()
                .filter(|(_, grade)| *grade > MAX_GRADE)
                .map(|(id, grade)| format!("{grade:.1} question page {id}")),
        )
        .collect();
    assert!(
        too_hard.is_empty(),
        "reword these more plainly:\n{}",
        too_hard.join("\n")
    );
    assert!(whole.grade() <= MAX_GRADE, "{:.1}", whole.grade());
}

/// Each section's plain-language summary, the first words about it a patient reads.
fn summaries() -> Vec<Text> {
    let article = read_table("content/en/article.toml");
    article["section"]
        .as_array()
        .expect("sections")
        .iter()
        .map(|section| Text {
            place: format!(
                "article.toml [[section]] {} summary",
                string(&section["id"])
            ),
            text: string(&section["summary"]),
        })
        .collect()
}

#[test]
fn every_summary_of_the_article_reads_at_grade_8_or_lower() {
    let summaries = summaries();
    let graded: Vec<(f64, &Text)> = summaries
        .iter()
        .map(|text| (Counts::of(&text.text).grade(), text))
        .collect();
    let mut lines = vec![format!(
        "Flesch-Kincaid grades of the article's summaries (limit {MAX_GRADE}):"
    )];
    lines.extend(
        graded
            .iter()
            .map(|(grade, text)| format!("    {grade:4.1}  {}", text.place)),
    );
    report(&lines);
    // Every one, however short: each is all a patient may read of its section.
    let too_hard: Vec<String> = graded
        .iter()
        .filter(|(grade, _)| *grade > MAX_GRADE)
        .map(|(grade, text)| format!("{grade:.1} {}: {}", text.place, text.text))
        .collect();
    assert!(
        too_hard.is_empty(),
        "reword these more plainly:\n{}",
        too_hard.join("\n")
    );
}

#[test]
fn syllables_follow_the_rule_of_thumb() {
    let expected = [
        ("the", 1),
        ("pain", 1),
        ("back", 1),
        ("doctor", 2),
        ("answer", 2),
        ("table", 2),
        ("people", 2),
        ("helped", 1),
        ("started", 2),
        ("needed", 2),
        ("lines", 1),
        ("causes", 2),
        ("changes", 2),
        ("emergency", 4),
        ("information", 4),
        ("every", 3),
        ("yes", 1),
        ("you", 1),
        ("three", 1),
        ("bladder", 2),
        ("treatment", 2),
        ("long-lasting", 3),
        ("12", 1),
        ("clinic’s", 2),
    ];
    let wrong: Vec<String> = expected
        .iter()
        .filter(|(word, count)| syllables(word) != *count)
        .map(|(word, count)| format!("{word}: {} not {count}", syllables(word)))
        .collect();
    assert!(wrong.is_empty(), "{wrong:?}");
}

#[test]
fn grades_match_the_formula() {
    let counts = Counts::of("The cat sat on the mat. It was happy.");
    assert_eq!(
        counts,
        Counts {
            words: 9,
            sentences: 2,
            syllables: 10
        }
    );
    let expected = 0.39 * 4.5 + 11.8 * 10.0 / 9.0 - 15.59;
    assert!((counts.grade() - expected).abs() < 1e-9);
    assert_eq!(Counts::of("Question {number} of {total}").words, 2);
    assert_eq!(
        Counts::of("Mild: I notice it, but I can do most things").sentences,
        1
    );
}

#[test]
fn a_text_of_several_lines_is_measured_line_by_line() {
    let texts = shown_texts(
        "ui.toml [ui] signs",
        "Chest pain\nA stiff neck with a high temperature",
    );
    let places: Vec<&str> = texts.iter().map(|t| t.place.as_str()).collect();
    assert_eq!(
        places,
        ["ui.toml [ui] signs line 1", "ui.toml [ui] signs line 2"]
    );
    let sentences: usize = texts.iter().map(|t| Counts::of(&t.text).sentences).sum();
    assert_eq!(sentences, 2);
    assert_eq!(shown_texts("p", "One line.").len(), 1);
}
