//! Throwaway copies of the real content folder that a test changes a little, then compiles.

use std::{
    fs,
    path::{Path, PathBuf},
    process,
    sync::atomic::{AtomicUsize, Ordering},
};

use content_compiler::{Compiled, ContentError, compile};

/// The `ask_if_any` of the "treatment-result" question, as content/questions.toml writes it:
/// the text that tests replacing it look for.
pub const TREATMENT_RESULT_ASKED_IF: &str = r#"ask_if_any = [
  "treatments.medicine",
  "treatments.physical-therapy",
  "treatments.injections",
  "treatments.back-surgery",
  "treatments.neck-surgery",
]"#;

pub fn real_content_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")
}

/// One change to a content copy. Paths are relative to the content folder.
pub enum Edit {
    /// Replaces text that must occur exactly once, so a test cannot silently stop testing.
    Replace {
        file: &'static str,
        from: &'static str,
        to: String,
    },
    Append {
        file: &'static str,
        text: String,
    },
    Write {
        file: &'static str,
        text: String,
    },
    Remove {
        file: &'static str,
    },
    /// Adds (or replaces) a language folder with a copy of the English one, marked as a
    /// translation awaiting review, as a translator starts one.
    CopyEnglishTo {
        lang: &'static str,
    },
}

pub fn replace(file: &'static str, from: &'static str, to: impl Into<String>) -> Edit {
    Edit::Replace {
        file,
        from,
        to: to.into(),
    }
}

pub fn append(file: &'static str, text: impl Into<String>) -> Edit {
    Edit::Append {
        file,
        text: text.into(),
    }
}

pub fn write(file: &'static str, text: impl Into<String>) -> Edit {
    Edit::Write {
        file,
        text: text.into(),
    }
}

pub fn remove(file: &'static str) -> Edit {
    Edit::Remove { file }
}

pub fn copy_english_to(lang: &'static str) -> Edit {
    Edit::CopyEnglishTo { lang }
}

/// Where an expected error is.
pub enum At {
    FirstLine,
    /// The one line of the changed file that contains this text.
    LineWith(&'static str),
}

/// A copy of the real content folder in the temp folder, removed when dropped.
pub struct ContentCopy {
    pub dir: PathBuf,
}

impl ContentCopy {
    pub fn new(edits: &[Edit]) -> Self {
        static COPIES: AtomicUsize = AtomicUsize::new(0);
        let copy = COPIES.fetch_add(1, Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("content-compiler-test-{}-{copy}", process::id()));
        copy_dir(&real_content_dir(), &dir);
        let content = ContentCopy { dir };
        for edit in edits {
            content.apply(edit);
        }
        content
    }

    fn apply(&self, edit: &Edit) {
        match edit {
            Edit::Replace { file, from, to } => {
                let text = self.read(file);
                assert_eq!(
                    text.matches(from).count(),
                    1,
                    "{from:?} must occur exactly once in {file}"
                );
                self.write(file, &text.replace(from, to));
            }
            Edit::Append { file, text } => self.write(file, &(self.read(file) + text)),
            Edit::Write { file, text } => self.write(file, text),
            Edit::Remove { file } => fs::remove_file(self.dir.join(file)).unwrap(),
            Edit::CopyEnglishTo { lang } => {
                copy_dir(&self.dir.join("en"), &self.dir.join(lang));
                let ui = format!("{lang}/ui.toml");
                let marked = self.read(&ui).replace(
                    "status = \"original\"",
                    "status = \"awaiting-review\"\nnote = \"Not checked by a clinician yet.\"",
                );
                self.write(&ui, &marked);
            }
        }
    }

    pub fn read(&self, file: &str) -> String {
        fs::read_to_string(self.dir.join(file)).unwrap()
    }

    fn write(&self, file: &str, text: &str) {
        fs::write(self.dir.join(file), text).unwrap();
    }

    /// The 1-based number of the one line of `file` that contains `text`.
    pub fn line_with(&self, file: &str, text: &str) -> usize {
        let file_text = self.read(file);
        let lines: Vec<usize> = file_text
            .lines()
            .enumerate()
            .filter(|(_, line)| line.contains(text))
            .map(|(index, _)| index + 1)
            .collect();
        assert_eq!(
            lines.len(),
            1,
            "{text:?} must be on exactly one line of {file}, not on lines {lines:?}"
        );
        lines[0]
    }

    pub fn compile(&self) -> Result<Compiled, Vec<ContentError>> {
        compile(&self.dir)
    }

    pub fn errors(&self) -> Vec<ContentError> {
        match self.compile() {
            Ok(_) => panic!("the changed content compiled, but it should have failed"),
            Err(errors) => errors,
        }
    }
}

impl Drop for ContentCopy {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.dir);
    }
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Applies `edits` to a copy of the content and checks that compiling it reports an error in
/// `file`, at `at`, whose message contains `message`.
pub fn expect_error(edits: &[Edit], file: &str, at: At, message: &str) {
    let content = ContentCopy::new(edits);
    let line = match at {
        At::FirstLine => 1,
        At::LineWith(text) => content.line_with(file, text),
    };
    let errors = content.errors();
    let path = content.dir.join(file);
    let found = errors
        .iter()
        .any(|error| error.file == path && error.line == line && error.message.contains(message));
    let reported: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert!(
        found,
        "expected the error\n  {}:{line}: …{message}…\nbut got\n  {}",
        path.display(),
        reported.join("\n  ")
    );
}

/// Applies `edits` to a copy of the content and checks that compiling it prints, among its
/// errors, exactly `file:line: message` (with `file` in the copy).
pub fn expect_exact_error(edits: &[Edit], file: &str, at: At, message: &str) {
    let content = ContentCopy::new(edits);
    let line = match at {
        At::FirstLine => 1,
        At::LineWith(text) => content.line_with(file, text),
    };
    let expected = format!("{}:{line}: {message}", content.dir.join(file).display());
    let reported: Vec<String> = content.errors().iter().map(ToString::to_string).collect();
    assert!(
        reported.contains(&expected),
        "expected the error\n  {expected}\nbut got\n  {}",
        reported.join("\n  ")
    );
}

/// The 1-based number of the one line of the real content file `file` that contains `text`.
pub fn real_line_with(file: &str, text: &str) -> usize {
    ContentCopy::new(&[]).line_with(file, text)
}
