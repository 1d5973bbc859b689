//! The shape of the guide's content once it is compiled into the app.
//!
//! Everything here is `'static` data written by the build script from the files in
//! `content/` (see `content-compiler`). Nothing is parsed at run time. Indices are
//! small newtypes so the engine cannot mix up a question with a section.

/// Position of a question in the order the guide asks them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct QuestionId(pub u8);

/// Position of an option inside its question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct OptionId(pub u8);

/// Position of a section in the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SectionId(pub u8);

/// Position of a published source in `Guide::sources`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SourceId(pub u8);

/// Position of a note (an honest aside shown on the results page) in each locale's notes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NoteId(pub u8);

/// One answer option of one question: "the patient chose this".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Choice {
    pub question: QuestionId,
    pub option: OptionId,
}

/// Everything the guide knows: language-neutral structure plus every locale's text.
#[derive(Debug)]
pub struct Guide {
    pub questions: &'static [Question],
    pub rules: &'static [Rule],
    /// Every way answers lead to a warning-sign card (content/triage.toml).
    pub triage: &'static [Triage],
    /// The first whose answers were all given is the patient's next step; the last fits all.
    pub next_steps: &'static [NextStep],
    /// Not in the wasm (issue 12's byte budget): the app shows the list the page was built with
    /// (`ui::fallback::sources_list`, in the prerendered footer) and needs nothing else of it.
    #[cfg(not(target_arch = "wasm32"))]
    pub sources: &'static [Source],
    pub clinic: Clinic,
    /// The id of each note (`[notes]` in ui.toml), in `NoteId` order. Not in the wasm (issue 13's
    /// byte budget): the app shows notes by position; the review pack and tests name them.
    #[cfg(not(target_arch = "wasm32"))]
    pub note_ids: &'static [&'static str],
    /// Every language of the guide, the reference (English) first, whether or not this build
    /// carries its words: a page per language links to the others.
    pub languages: &'static [Language],
    /// The words this build carries (every language, or only a page's own; see
    /// `content_compiler::compile_languages`), in the order of `languages`.
    pub locales: &'static [Locale],
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choose {
    One,
    Many,
}

#[derive(Debug)]
pub struct Question {
    pub id: &'static str,
    /// Short stable code used in share links; never reused for another meaning.
    pub code: &'static str,
    pub choose: Choose,
    pub options: &'static [AnswerOption],
    /// Ask only if any of these was chosen earlier; empty means always ask.
    pub ask_if_any: &'static [Choice],
    /// Answers are diagnoses a doctor gave: a stronger reason than a description.
    pub doctor_said: bool,
}

#[derive(Debug)]
pub struct AnswerOption {
    /// As content/questions.toml names it. Not in the wasm (issue 13's byte budget): the app
    /// names an option by its code; tests and the review pack by its id.
    #[cfg(not(target_arch = "wasm32"))]
    pub id: &'static str,
    pub code: &'static str,
    /// "None of these": cannot be combined with other options.
    pub exclusive: bool,
    /// Pain the guide is not about: with only such answers, the patient gets the scope card.
    pub out_of_scope: bool,
    pub note: Option<NoteId>,
}

/// "Show `section` when every choice in `when` was made, at least `at_least` of `any`, and
/// none of `unless`, because of `evidence`."
#[derive(Debug, PartialEq, Eq)]
pub struct Rule {
    pub section: SectionId,
    pub when: &'static [Choice],
    pub any: &'static [Choice],
    /// How many of `any` (0 when `any` is empty).
    pub at_least: u8,
    pub unless: &'static [Choice],
    /// Index of the article sentence (within the section's paragraphs) that backs the rule.
    pub evidence: usize,
    /// A reason that fits most people with long-lasting pain; listed after specific ones.
    pub background: bool,
    /// The condition whose published definition the answers of `when` meet, for a rule whose
    /// evidence names it though the patient did not say a doctor diagnosed it (SAFETY.md H09).
    pub meets: Option<Choice>,
}

/// How soon a warning sign needs care, as NHS 111's care cards grade it. Higher is sooner.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// Book an appointment with a doctor within days; the patient may go on.
    Soon,
    /// Contact a doctor or the urgent line today.
    Urgent,
    /// Call the emergency number or go to the emergency department now.
    Emergency,
}

/// "These answers together need care at `level`", as `source` says.
#[derive(Debug, PartialEq, Eq)]
pub struct Triage {
    pub level: Level,
    pub when: &'static [Choice],
    pub source: SourceId,
}

#[derive(Debug)]
pub struct NextStep {
    /// Every one of these answers; empty for the step that fits everyone.
    pub when: &'static [Choice],
    pub note: NoteId,
}

/// A published source a clinician can look up.
#[derive(Debug)]
pub struct Source {
    pub id: &'static str,
    pub title: &'static str,
    pub publisher: &'static str,
    pub year: &'static str,
    pub url: &'static str,
}

/// The clinic that publishes the guide, and the numbers patients are told to call.
#[derive(Debug)]
pub struct Clinic {
    pub name: &'static str,
    /// As written for people; `tel:` links keep only its digits and `+`.
    pub phone: &'static str,
    pub website: &'static str,
    /// ISO 3166 code of the country whose numbers these are.
    pub country: &'static str,
    pub emergency_number: &'static str,
    pub urgent_line: &'static str,
    pub urgent_line_name: &'static str,
}

/// A language of the guide, named in its own words.
#[derive(Debug, PartialEq, Eq)]
pub struct Language {
    pub lang: &'static str,
    pub name: &'static str,
}

/// The advice of the warning-sign cards in the reference language, as clinicians checked it:
/// a translation awaiting review shows it beside its own.
#[derive(Debug)]
pub struct ReviewedAdvice {
    pub lang: &'static str,
    pub card_emergency_action: &'static str,
    pub card_emergency_detail: &'static str,
    pub card_urgent_action: &'static str,
    pub card_urgent_detail: &'static str,
    pub card_soon_action: &'static str,
    pub card_soon_detail: &'static str,
}

/// Who wrote and who signed off one language's words, and when they are due for review.
#[derive(Debug)]
pub struct Governance {
    pub written_by: &'static str,
    /// `None` until a clinician has signed the words off.
    pub signed_off_by: Option<&'static str>,
    /// YYYY-MM-DD.
    pub last_reviewed: &'static str,
    /// YYYY-MM-DD.
    pub next_review: &'static str,
    pub version: &'static str,
}

#[derive(Debug)]
pub struct Locale {
    /// BCP 47 tag, also the folder name under `content/`.
    pub lang: &'static str,
    pub governance: Governance,
    pub ui: super::Ui,
    pub article: Article,
    /// Parallel to `Guide::questions`.
    pub questions: &'static [QuestionText],
    /// Parallel to the note ids.
    pub notes: &'static [&'static str],
    /// Shown on every page while a clinician has not yet checked this translation.
    pub review_note: Option<&'static str>,
    /// While the translation awaits review: the checked advice of the cards, in English.
    pub reviewed_advice: Option<&'static ReviewedAdvice>,
}

#[derive(Debug)]
pub struct Article {
    pub title: &'static str,
    pub sections: &'static [Section],
}

#[derive(Debug)]
pub struct Section {
    /// As the article file names it. Not in the wasm (issue 13's byte budget): the app names a
    /// section by its position.
    #[cfg(not(target_arch = "wasm32"))]
    pub id: &'static str,
    pub title: &'static str,
    /// What the section says in plain words, written by the guide's team (not the article's).
    pub summary: &'static str,
    /// A procedure is part of "The Role of Interventional Procedures".
    pub part_of: Option<SectionId>,
    /// Paragraphs, each a list of sentences, verbatim from the article. Not in the wasm (issue
    /// 13's byte budget): the page carries the article as HTML, its saved copy
    /// (`ui::fallback::saved_copy`), and the app takes a section's words from there.
    #[cfg(not(target_arch = "wasm32"))]
    pub paragraphs: &'static [&'static [&'static str]],
    /// Numbered items such as the benefits. Not in the wasm, as `paragraphs`.
    #[cfg(not(target_arch = "wasm32"))]
    pub items: &'static [Item],
}

#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug)]
pub struct Item {
    pub title: &'static str,
    pub text: &'static str,
}

#[derive(Debug)]
pub struct QuestionText {
    /// The question, as the page heading.
    pub question: &'static str,
    /// A few words for the check-your-answers list.
    pub short: &'static str,
    pub hint: &'static str,
    /// Parallel to `Question::options`.
    pub options: &'static [&'static str],
}

#[cfg(not(target_arch = "wasm32"))]
impl Section {
    /// The sentences of all paragraphs, in order; rule evidence indexes into this.
    pub fn sentences(&self) -> impl Iterator<Item = &'static str> {
        self.paragraphs.iter().flat_map(|p| p.iter().copied())
    }
}

impl Guide {
    pub fn question(&self, id: QuestionId) -> &'static Question {
        &self.questions[usize::from(id.0)]
    }

    pub fn locale(&self, lang: &str) -> Option<&'static Locale> {
        self.locales.iter().find(|l| l.lang == lang)
    }

    /// The id of a note, as `[notes]` in ui.toml names it.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn note_named(&self, note: NoteId) -> &'static str {
        self.note_ids[usize::from(note.0)]
    }

    /// The question with this id (from content/questions.toml).
    pub fn question_named(&self, id: &str) -> Option<QuestionId> {
        let position = self.questions.iter().position(|q| q.id == id)?;
        Some(QuestionId(position as u8))
    }

    /// The answer written as content/ writes it, `"question-id.option-id"`: how reference cases
    /// and tests name answers.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn choice_named(&self, name: &str) -> Option<Choice> {
        let (question_id, option_id) = name.split_once('.')?;
        let question = self.question_named(question_id)?;
        let option = self
            .question(question)
            .options
            .iter()
            .position(|o| o.id == option_id)?;
        Some(Choice {
            question,
            option: OptionId(option as u8),
        })
    }
}

impl Locale {
    pub fn question(&self, id: QuestionId) -> &'static QuestionText {
        &self.questions[usize::from(id.0)]
    }

    pub fn option(&self, choice: Choice) -> &'static str {
        self.question(choice.question).options[usize::from(choice.option.0)]
    }

    pub fn section(&self, id: SectionId) -> &'static Section {
        &self.article.sections[usize::from(id.0)]
    }
}
