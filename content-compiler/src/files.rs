//! The content files as written: where they are, the serde types that mirror them, and the
//! byte-offset-to-line lookup every error message needs. Nothing here checks meaning.

use std::{
    fmt, fs, io,
    marker::PhantomData,
    path::{Path, PathBuf},
};

use serde::{Deserialize, de::DeserializeOwned};
pub use toml::Spanned;

use crate::Errors;

/// The language every other one is checked against; its folder must exist.
pub const REFERENCE_LANG: &str = "en";

/// A file's path and where its lines start, so spans can be reported as line numbers.
pub struct Source {
    pub path: PathBuf,
    line_starts: Vec<usize>,
}

impl Source {
    fn new(path: PathBuf, text: &str) -> Self {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(newline, _)| newline + 1))
            .collect();
        Source { path, line_starts }
    }

    /// The 1-based line of a byte offset.
    pub fn line(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&start| start <= offset)
    }
}

/// A file that was read and matched its serde type.
pub struct Parsed<T> {
    pub source: Source,
    pub content: T,
}

/// Reads files under the content folder and remembers which ones it read.
pub struct Loader<'a> {
    content_dir: &'a Path,
    pub files_read: Vec<PathBuf>,
}

impl<'a> Loader<'a> {
    pub fn new(content_dir: &'a Path) -> Self {
        Loader {
            content_dir,
            files_read: Vec::new(),
        }
    }

    /// Reads and parses `content_dir/relative`. A missing file, a TOML syntax error, an
    /// unknown key or a value of the wrong type is reported and gives `None`: serde stops at
    /// the first such problem, so a file reports at most one of them.
    pub fn load<T: DeserializeOwned>(
        &mut self,
        relative: &str,
        errors: &mut Errors,
    ) -> Option<Parsed<T>> {
        let path = self.content_dir.join(relative);
        let text = match fs::read_to_string(&path) {
            Ok(text) => text,
            Err(error) => {
                let message = if error.kind() == io::ErrorKind::NotFound {
                    format!("this file is missing; content/{relative} must exist")
                } else {
                    format!("this file cannot be read: {error}")
                };
                errors.at_line(&path, 1, message);
                return None;
            }
        };
        self.files_read.push(path.clone());
        let source = Source::new(path, &text);
        match toml::from_str(&text) {
            Ok(content) => Some(Parsed { source, content }),
            Err(error) => {
                let line = error.span().map_or(1, |span| source.line(span.start));
                errors.at_line(&source.path, line, error.message().trim_end().to_string());
                None
            }
        }
    }

    /// The language folders (those holding a ui.toml): English first, then by name.
    pub fn find_langs(&self, errors: &mut Errors) -> Vec<String> {
        let entries = match fs::read_dir(self.content_dir) {
            Ok(entries) => entries,
            Err(error) => {
                errors.at_line(
                    self.content_dir,
                    1,
                    format!("the content folder cannot be read: {error}"),
                );
                return Vec::new();
            }
        };
        let mut langs: Vec<String> = entries
            .filter_map(|entry| entry.ok())
            .filter(|entry| entry.path().join("ui.toml").is_file())
            .filter_map(|entry| entry.file_name().into_string().ok())
            .collect();
        langs.sort_by_key(|lang| (lang != REFERENCE_LANG, lang.clone()));
        if langs.first().map(String::as_str) != Some(REFERENCE_LANG) {
            let path = self.content_dir.join(REFERENCE_LANG).join("ui.toml");
            errors.at_line(
                &path,
                1,
                "this file is missing; the English words in content/en/ are the reference every other language is checked against".to_string(),
            );
            return Vec::new();
        }
        langs
    }
}

/// The three files of one language folder; `None` where the file could not be parsed.
pub struct LocaleFiles {
    pub lang: String,
    pub article: Option<Parsed<ArticleFile>>,
    pub words: Option<Parsed<WordsFile>>,
    pub ui: Option<Parsed<UiFile>>,
}

impl LocaleFiles {
    pub fn load(lang: String, loader: &mut Loader, errors: &mut Errors) -> Self {
        LocaleFiles {
            article: loader.load(&format!("{lang}/article.toml"), errors),
            words: loader.load(&format!("{lang}/questions.toml"), errors),
            ui: loader.load(&format!("{lang}/ui.toml"), errors),
            lang,
        }
    }
}

/// A table whose keys are names chosen by the editor (question ids, ui keys, note ids), in
/// file order, each key with its place in the file.
pub struct Entries<T>(pub Vec<(Spanned<String>, T)>);

impl<T> Entries<T> {
    pub fn get(&self, key: &str) -> Option<&T> {
        self.0
            .iter()
            .find(|(name, _)| name.get_ref() == key)
            .map(|(_, value)| value)
    }

    pub fn keys(&self) -> impl Iterator<Item = &Spanned<String>> {
        self.0.iter().map(|(name, _)| name)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Entries<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct EntriesVisitor<T>(PhantomData<T>);

        impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for EntriesVisitor<T> {
            type Value = Entries<T>;

            fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
                formatter.write_str("a table")
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Self::Value, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    entries.push(entry);
                }
                Ok(Entries(entries))
            }
        }

        deserializer.deserialize_map(EntriesVisitor(PhantomData))
    }
}

/// content/questions.toml
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StructureFile {
    #[serde(default)]
    pub question: Vec<QuestionEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionEntry {
    pub id: Spanned<String>,
    pub code: Spanned<String>,
    pub choose: Spanned<String>,
    #[serde(default)]
    pub ask_if_any: Vec<Spanned<String>>,
    #[serde(default)]
    pub doctor_said: bool,
    #[serde(default)]
    pub option: Vec<OptionEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionEntry {
    pub id: Spanned<String>,
    pub code: Spanned<String>,
    #[serde(default)]
    pub exclusive: bool,
    /// Pain the guide is not about (head, belly…): only such answers lead to the scope card.
    #[serde(default)]
    pub out_of_scope: bool,
    pub note: Option<Spanned<String>>,
}

/// content/rules.toml
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulesFile {
    #[serde(default)]
    pub rule: Vec<RuleEntry>,
    #[serde(default)]
    pub next_step: Vec<NextStepEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleEntry {
    pub section: Spanned<String>,
    /// Every one of these answers.
    pub when: Spanned<Vec<Spanned<String>>>,
    /// And at least `at_least` (default 1) of these, when given.
    #[serde(default)]
    pub any: Option<Spanned<Vec<Spanned<String>>>>,
    pub at_least: Option<Spanned<i64>>,
    /// And none of these.
    #[serde(default)]
    pub unless: Vec<Spanned<String>>,
    pub evidence: Spanned<String>,
    #[serde(default)]
    pub background: bool,
    /// The condition (an answer of a doctor-said question) whose published definition these
    /// answers meet, for a rule whose evidence names it without the patient saying a doctor
    /// diagnosed it (SAFETY.md H09).
    pub meets: Option<Spanned<String>>,
}

/// `[[next_step]]` of rules.toml: the first whose answers were all given is the next step.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NextStepEntry {
    pub note: Spanned<String>,
    #[serde(default)]
    pub when: Vec<Spanned<String>>,
}

/// content/triage.toml
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TriageFile {
    #[serde(default)]
    pub triage: Vec<TriageEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TriageEntry {
    pub level: Spanned<String>,
    pub when: Spanned<Vec<Spanned<String>>>,
    pub source: Spanned<String>,
}

/// content/sources.toml
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcesFile {
    #[serde(default)]
    pub source: Vec<SourceEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceEntry {
    pub id: Spanned<String>,
    pub title: Spanned<String>,
    pub publisher: Spanned<String>,
    pub year: Spanned<String>,
    pub url: Spanned<String>,
    pub note: Spanned<String>,
}

/// content/clinic.toml: who runs the guide and the numbers patients call.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClinicFile {
    pub name: Spanned<String>,
    pub phone: Spanned<String>,
    pub website: Spanned<String>,
    pub country: Spanned<String>,
    pub emergency_number: Spanned<String>,
    pub urgent_line: Spanned<String>,
    pub urgent_line_name: Spanned<String>,
}

/// content/<lang>/article.toml
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleFile {
    pub title: Spanned<String>,
    #[serde(default)]
    pub section: Vec<SectionEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionEntry {
    pub id: Spanned<String>,
    pub title: Spanned<String>,
    /// The section in plain words (grade 8), shown first on the results; optional here so that
    /// a missing one is reported in the guide's words, at the section's line.
    pub summary: Option<Spanned<String>>,
    pub part_of: Option<Spanned<String>>,
    pub text: Option<Spanned<String>>,
    #[serde(default)]
    pub item: Vec<ItemEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemEntry {
    pub title: Spanned<String>,
    pub text: Spanned<String>,
}

/// content/<lang>/questions.toml: the words of each question, by question id.
pub type WordsFile = Entries<QuestionWords>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionWords {
    pub question: Spanned<String>,
    pub short: Spanned<String>,
    pub hint: Spanned<String>,
    pub options: Spanned<Entries<Spanned<String>>>,
}

/// content/<lang>/ui.toml
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UiFile {
    pub translation: Spanned<TranslationEntry>,
    pub governance: Spanned<GovernanceEntry>,
    pub ui: Spanned<Entries<Spanned<String>>>,
    pub notes: Option<Spanned<Entries<Spanned<String>>>>,
}

/// `[translation]` of a ui.toml: whether a clinician has checked the language's words.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TranslationEntry {
    pub status: Spanned<String>,
    pub note: Option<Spanned<String>>,
    pub reviewed_by: Option<Spanned<String>>,
}

/// `[governance]` of a ui.toml: who wrote and checked the language's words, and when.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GovernanceEntry {
    pub written_by: Spanned<String>,
    /// Absent until a clinician has signed the words off.
    pub signed_off_by: Option<Spanned<String>>,
    pub last_reviewed: Spanned<String>,
    pub next_review: Spanned<String>,
    pub version: Spanned<String>,
}
