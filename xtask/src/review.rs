//! `cargo xtask review`: the review pack a clinical safety officer signs (SAFETY.md).
//!
//! The app's native binary `review-pack` (src/bin/review_pack.rs) prints the pack as one
//! self-contained HTML page, from the compiled content and the reference patients of
//! content/cases.toml walked through the engine as it is now. This writes it to
//! `target/review/review-pack.html` and prints it to `target/review/review-pack.pdf` with
//! Chromium headless (`$CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`).

use crate::Result;
use crate::process::{self, command};
use crate::{project, setup};
use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};

pub fn run() -> Result {
    let dir = project::root().join("target").join("review");
    fs::create_dir_all(&dir).map_err(|err| format!("cannot create {}: {err}", dir.display()))?;
    let html_path = dir.join("review-pack.html");
    let pdf_path = dir.join("review-pack.pdf");

    // The commit the pack was made from, so a signed copy names what it signed.
    let mut args = vec!["run", "--quiet", "--bin", "review-pack", "--"];
    let revision = process::stdout_of("git", &["describe", "--always", "--dirty"]);
    if let Some(revision) = revision.as_deref() {
        args.extend(["--revision", revision]);
    }
    let mut review_pack = command("cargo", &args);
    // Every language, side by side: never a build of one language's page.
    review_pack.env_remove("RELIEF_GUIDE_LANGS");
    let html = process::output(&mut review_pack)?;
    fs::write(&html_path, &html)
        .map_err(|err| format!("cannot write {}: {err}", html_path.display()))?;

    // An old PDF must not pass for this one if Chromium fails without saying so.
    match fs::remove_file(&pdf_path) {
        Err(err) if err.kind() != std::io::ErrorKind::NotFound => {
            return Err(format!("cannot remove {}: {err}", pdf_path.display()));
        }
        _ => {}
    }
    let print_to = format!("--print-to-pdf={}", pdf_path.display());
    let url = file_url(&html_path);
    let mut chromium = command(
        &setup::chromium_path(),
        &[
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            // The page prints its own running footer (version and page numbers).
            "--no-pdf-header-footer",
            &print_to,
            &url,
        ],
    );
    print_quietly(&mut chromium)?;
    let pdf = fs::read(&pdf_path).map_err(|err| {
        format!(
            "Chromium wrote no PDF at {} ({err}); run `cargo xtask setup`, or set CHROMIUM_PATH",
            pdf_path.display()
        )
    })?;
    if !pdf.starts_with(b"%PDF-") {
        return Err(format!("{} is not a PDF", pdf_path.display()));
    }

    println!("\nThe review pack, for a clinician to read and sign:");
    println!("  {}", html_path.display());
    println!("  {} ({} KB)", pdf_path.display(), pdf.len().div_ceil(1024));
    Ok(())
}

/// Echoes and runs `command` like [`process::run`], but keeps its standard error (Chromium's
/// many lines about D-Bus and GPUs in a container) unless it fails.
fn print_quietly(command: &mut Command) -> Result {
    let shown = process::describe(command);
    println!("$ {shown}");
    let output = command.stdin(Stdio::null()).output().map_err(|err| {
        format!("could not run `{shown}`: {err} (run `cargo xtask setup`, or set CHROMIUM_PATH)")
    })?;
    if output.status.success() {
        return Ok(());
    }
    eprint!("{}", String::from_utf8_lossy(&output.stderr));
    Err(format!("`{shown}` failed ({})", output.status))
}

/// `file://` and the absolute path, with the characters a URL cannot hold as they are
/// percent-encoded.
fn file_url(path: &Path) -> String {
    let mut url = String::from("file://");
    for byte in path.display().to_string().bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'-' | b'_' | b'.' | b'~' => {
                url.push(char::from(byte));
            }
            _ => url.push_str(&format!("%{byte:02X}")),
        }
    }
    url
}

#[cfg(test)]
mod tests {
    use super::file_url;
    use std::path::Path;

    #[test]
    fn a_file_url_encodes_what_a_url_cannot_hold() {
        assert_eq!(
            file_url(Path::new("/work/my pack#1/review-pack.html")),
            "file:///work/my%20pack%231/review-pack.html"
        );
    }
}
