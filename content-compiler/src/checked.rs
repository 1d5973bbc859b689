//! The content once checked: names resolved to positions, text split into sentences. It
//! mirrors `core/src/content/model.rs`, which `generate` writes it out as.

pub struct Guide {
    pub questions: Vec<Question>,
    pub rules: Vec<Rule>,
    pub triage: Vec<Triage>,
    pub next_steps: Vec<NextStep>,
    pub sources: Vec<Source>,
    pub clinic: Clinic,
    /// The id of each note, in note order.
    pub note_ids: Vec<String>,
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
    /// An emergency on its own (triage.toml): the guide never goes past it. Build time only.
    pub stops: bool,
    pub exclusive: bool,
    pub out_of_scope: bool,
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
    pub any: Vec<Choice>,
    pub at_least: usize,
    pub unless: Vec<Choice>,
    /// Position of the evidence sentence among the section's sentences.
    pub evidence: usize,
    pub background: bool,
    pub meets: Option<Choice>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Soon,
    Urgent,
    Emergency,
}

pub struct Triage {
    pub level: Level,
    pub when: Vec<Choice>,
    /// Position in `Guide::sources`.
    pub source: usize,
}

pub struct NextStep {
    pub when: Vec<Choice>,
    /// Position in the notes.
    pub note: usize,
}

pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub year: String,
    pub url: String,
}

pub struct Clinic {
    pub name: String,
    pub phone: String,
    pub website: String,
    pub country: String,
    pub emergency_number: String,
    pub urgent_line: String,
    pub urgent_line_name: String,
}

pub struct Governance {
    pub written_by: String,
    pub signed_off_by: Option<String>,
    pub last_reviewed: String,
    pub next_review: String,
    pub version: String,
}

pub struct Locale {
    pub lang: String,
    pub governance: Governance,
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
    pub summary: String,
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
