//! Reads the guide's content files (`content/`), checks them, and writes them out as Rust
//! source for the app to `include!` (see `core/build.rs` and `core/src/content/model.rs`).
//!
//! Each problem is reported as `file:line: message`, worded for the clinic editor who wrote
//! the file, and as many problems as possible are reported from one run.

mod checked;
mod files;
mod generate;
mod text;
mod validate;

use std::{
    fmt,
    path::{Path, PathBuf},
};

use files::{Loader, LocaleFiles, Source, Spanned};

/// The generated Rust source, and every file it was made from (for `rerun-if-changed`).
pub struct Compiled {
    pub rust: String,
    pub files_read: Vec<PathBuf>,
}

/// One problem in a content file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    /// The content folder joined with the file's path inside it.
    pub file: PathBuf,
    /// 1-based.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file.display(), self.line, self.message)
    }
}

impl std::error::Error for ContentError {}

/// Reads and checks every file in `content_dir`, and gives the Rust source for the app, or
/// every problem found, sorted by file and line.
pub fn compile(content_dir: &Path) -> Result<Compiled, Vec<ContentError>> {
    compile_languages(content_dir, None)
}

/// As [`compile`], but the app gets the words of only the languages in `only` (every language
/// is still checked, and the app still knows them all by name): a page per language carries
/// only its own words. A language with no folder is an error.
pub fn compile_languages(
    content_dir: &Path,
    only: Option<&[String]>,
) -> Result<Compiled, Vec<ContentError>> {
    let mut errors = Errors::default();
    let mut loader = Loader::new(content_dir);
    let shared = validate::SharedFiles {
        structure: loader.load("questions.toml", &mut errors),
        rules: loader.load("rules.toml", &mut errors),
        triage: loader.load("triage.toml", &mut errors),
        sources: loader.load("sources.toml", &mut errors),
        clinic: loader.load("clinic.toml", &mut errors),
    };
    let locales: Vec<LocaleFiles> = loader
        .find_langs(&mut errors)
        .into_iter()
        .map(|lang| LocaleFiles::load(lang, &mut loader, &mut errors))
        .collect();

    let guide = validate::guide(&shared, &locales, &mut errors);
    for lang in only.unwrap_or_default() {
        if !locales.iter().any(|files| files.lang == *lang) {
            errors.at_line(
                content_dir,
                1,
                format!("the build asks for language {lang:?}, which has no folder in content/ (with a ui.toml)"),
            );
        }
    }
    match guide {
        Some(guide) if errors.0.is_empty() => Ok(Compiled {
            rust: generate::rust(&guide, only),
            files_read: loader.files_read,
        }),
        _ => {
            let mut errors = errors.0;
            debug_assert!(
                !errors.is_empty(),
                "every part that is left out is reported"
            );
            errors.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
            Err(errors)
        }
    }
}

/// The problems found so far.
#[derive(Default)]
struct Errors(Vec<ContentError>);

impl Errors {
    fn at_line(&mut self, file: &Path, line: usize, message: String) {
        self.0.push(ContentError {
            file: file.to_path_buf(),
            line,
            message,
        });
    }

    /// A problem with `spanned`, reported at the line where it starts.
    fn at<T>(&mut self, source: &Source, spanned: &Spanned<T>, message: String) {
        self.at_line(&source.path, source.line(spanned.span().start), message);
    }
}
