//! The content once checked: names resolved to positions, text split into sentences. It
//! mirrors `core/src/content/model.rs`, which `generate` writes it out as.

pub struct Guide {
    pub questions: Vec<Question>,
    pub rules: Vec<Rule>,
    /// English first.
    pub locales: Vec<Locale>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choose {
    One,
    Many,
}

pub struct Question {
    pub id: String,
    pub code: String,
    pub choose: Choose,
    pub options: Vec<AnswerOption>,
    pub ask_if_any: Vec<Choice>,
    pub doctor_said: bool,
}

pub struct AnswerOption {
    pub id: String,
    pub code: String,
    pub urgent: bool,
    pub exclusive: bool,
    /// Position in `Structure::notes`.
    pub note: Option<usize>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    pub question: usize,
    pub option: usize,
}

pub struct Rule {
    pub section: usize,
    pub when: Vec<Choice>,
    /// Position of the evidence sentence among the section's sentences.
    pub evidence: usize,
    pub background: bool,
}

pub struct Locale {
    pub lang: String,
    /// `[ui]` key and text, in the order of the English ui.toml.
    pub ui: Vec<(String, String)>,
    pub article: Article,
    /// Parallel to `Guide::questions`.
    pub questions: Vec<QuestionText>,
    /// Parallel to the note ids in `Structure::notes`.
    pub notes: Vec<String>,
    /// Shown on every page while the translation awaits clinical review.
    pub review_note: Option<String>,
}

pub struct Article {
    pub title: String,
    pub sections: Vec<Section>,
}

pub struct Section {
    pub id: String,
    pub title: String,
    pub part_of: Option<usize>,
    pub paragraphs: Vec<Vec<String>>,
    pub items: Vec<Item>,
}

impl Section {
    pub fn sentences(&self) -> impl Iterator<Item = &str> {
        self.paragraphs.iter().flatten().map(String::as_str)
    }
}

pub struct Item {
    pub title: String,
    pub text: String,
}

pub struct QuestionText {
    pub question: String,
    pub short: String,
    pub hint: String,
    /// Parallel to `Question::options`.
    pub options: Vec<String>,
}
