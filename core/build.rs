//! Compiles the guide's content (content/*.toml) into Rust: `$OUT_DIR/content.rs`, which
//! core/src/content/mod.rs includes. A content problem stops the build with `file:line: message`
//! lines that a clinic editor can act on.

use std::{env, fs, path::Path, process::ExitCode};

/// Another content folder to build from, instead of the workspace's `content/`.
const CONTENT_VARIABLE: &str = "RELIEF_GUIDE_CONTENT";
/// The languages (comma-separated folder names of content/) whose words the app carries.
const LANGS_VARIABLE: &str = "RELIEF_GUIDE_LANGS";

fn main() -> ExitCode {
    // The content folder is at the top of the workspace, beside this crate, unless
    // RELIEF_GUIDE_CONTENT names another (`cargo xtask test` builds an edited copy, to prove an
    // editor's change breaks no test).
    println!("cargo:rerun-if-env-changed={CONTENT_VARIABLE}");
    let manifest_dir = env::var_os("CARGO_MANIFEST_DIR").expect("Cargo sets CARGO_MANIFEST_DIR");
    let content_dir = &env::var_os(CONTENT_VARIABLE)
        .map_or_else(|| Path::new(&manifest_dir).join("../content"), Into::into);
    // A folder makes Cargo rerun this when any file in it is added, removed or changed.
    println!("cargo:rerun-if-changed={}", content_dir.display());
    // A page per language (`cargo xtask dist`) builds the app once per language with
    // RELIEF_GUIDE_LANGS set to it; unset, the app carries every language.
    println!("cargo:rerun-if-env-changed={LANGS_VARIABLE}");
    let only: Option<Vec<String>> = env::var(LANGS_VARIABLE)
        .ok()
        .map(|langs| langs.split(',').map(str::to_owned).collect());
    let compiled = match content_compiler::compile_languages(content_dir, only.as_deref()) {
        Ok(compiled) => compiled,
        Err(errors) => {
            for error in errors {
                eprintln!("{error}");
            }
            return ExitCode::FAILURE;
        }
    };
    for file in &compiled.files_read {
        println!("cargo:rerun-if-changed={}", file.display());
    }
    let out_dir = env::var_os("OUT_DIR").expect("Cargo sets OUT_DIR for build scripts");
    let out_file = Path::new(&out_dir).join("content.rs");
    if let Err(error) = fs::write(&out_file, compiled.rust) {
        eprintln!(
            "{}: cannot write the compiled content: {error}",
            out_file.display()
        );
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
