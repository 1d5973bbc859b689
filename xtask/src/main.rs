//! `cargo xtask` — project automation for Relief Guide, written in Rust (the xtask pattern).
//!
//! `cargo xtask` is an alias (see `.cargo/config.toml`) for `cargo run --package xtask --`, so
//! the only thing a fresh machine needs is the Rust toolchain, Node.js and npm; everything else
//! is installed by `setup`.
//!
//! The commands are [`Command`], below: clap prints its doc comments as `cargo xtask help`
//! (the first paragraph of each) and `cargo xtask help <command>` (all of it), and a test checks
//! README.md's command table against it, both ways.
//!
//! Every command that is run is echoed first (`$ trunk build --release --offline`). Trunk and
//! the tests run with `node_modules/.bin` and `~/.cargo/bin` at the front of `PATH`, which is
//! how Trunk finds the `wasm-opt` and `wasm-bindgen` that `setup` installed (`Trunk.toml` says
//! why it never downloads them itself).

mod bench;
mod budget;
mod content_check;
mod files;
mod fuzz;
mod hash;
mod html_scan;
mod loader;
mod lzma;
mod minify;
mod nginx;
mod playwright;
mod process;
mod project;
mod pseudo;
mod replace;
mod review;
mod service_worker;
mod setup;
mod short_names;
mod single_file;
mod test;
mod trunk;
mod xvfb;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// What a failed command tells the user: what went wrong and, where it can, what to do.
pub type Result<T = ()> = std::result::Result<T, String>;

/// Relief Guide project automation.
#[derive(Parser)]
#[command(name = "cargo xtask", bin_name = "cargo xtask")]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

/// Each doc comment is kept as written (`verbatim_doc_comment`): its line breaks are the help's,
/// which clap would only wrap with a terminal-size dependency.
#[derive(Subcommand)]
enum Command {
    /// Install what is missing: wasm32 target, crates, trunk, wasm-bindgen-cli, npm packages
    /// (wasm-opt, terser, Playwright, axe) and Chromium. Fast when all present.
    ///
    /// Only what is missing: the `wasm32-unknown-unknown` target, the crates (`cargo fetch`,
    /// because Trunk builds with `cargo --offline`), Trunk, the `wasm-bindgen` CLI at the version
    /// in `Cargo.lock`, the npm packages (`npm ci` when node_modules is older than
    /// package-lock.json) and Debian's Chromium. When everything is present it only checks
    /// versions and takes well under a second.
    #[command(verbatim_doc_comment)]
    Setup,
    /// Setup, then serve a dev build with live reload on http://127.0.0.1:8080
    ///
    /// `trunk serve --offline` into `target/trunk-serve`, so it never overwrites `dist/`. It
    /// serves the app as Trunk builds it (two script files), not the one-file page of `dist`.
    #[command(verbatim_doc_comment)]
    Serve {
        /// The same with the optimised release build
        #[arg(long, verbatim_doc_comment)]
        release: bool,
        /// Also serve the partner demo page that embeds the guide, from another origin:
        /// http://127.0.0.1:8081
        #[arg(long, verbatim_doc_comment)]
        partner: bool,
    },
    /// Setup, then build the release into dist/ (the guide as one page, its service worker and
    /// embed.js) and print the file sizes
    ///
    /// `trunk build --release --offline`, then the one self-contained page, `index.html` and
    /// `relief-guide.html`, and the service worker `sw.js` (single_file.rs), their scripts and
    /// stylesheet minified (minify.rs), with `.gz` and `.br` copies: what a clinic copies to its
    /// web server. Fails when the byte budget (budget.rs) is exceeded.
    #[command(verbatim_doc_comment)]
    Dist,
    /// Build the pseudo-locale test file, target/dist-pseudo/relief-guide.html (never shipped)
    ///
    /// English made accented and about 40 % longer as a third language, `en-XA` (pseudo.rs), in
    /// a copy of content/; tests/e2e/pseudo.spec.ts opens the file. Part of `test`.
    #[command(verbatim_doc_comment)]
    Pseudo,
    /// Setup, then fmt, clippy, cargo test, release build and the browser tests; stops at the
    /// first failure
    ///
    /// After the plain tests it runs the xtask tests that need the tools setup installed
    /// (`cargo test -p xtask -- --ignored`: lzma.js under Node.js, minified by terser), and it
    /// prints a summary with the time each step took.
    #[command(verbatim_doc_comment)]
    Test {
        /// Arguments for `playwright test` (e.g. -- --grep foo)
        #[arg(last = true, value_name = "ARGS", verbatim_doc_comment)]
        playwright_args: Vec<String>,
    },
    /// Serve dist/ as a clinic deploys it: Debian's nginx with deploy/nginx.conf on a local
    /// port, and the partner demo on another, until Ctrl-C
    ///
    /// The ports are E2E_PORT and E2E_PARTNER_PORT (default E2E_PORT + 1), else two free ones.
    /// The browser tests use the same server (nginx.rs); build dist/ first (`cargo xtask dist`).
    #[command(verbatim_doc_comment)]
    Nginx {
        /// Serve this folder instead of dist/ (the offline tests serve a copy they change)
        #[arg(long, value_name = "DIR")]
        root: Option<std::path::PathBuf>,
    },
    /// Build the release, then benchmark it with Lighthouse against a static page of the
    /// article and the same questionnaire in SurveyJS, and time each step; writes
    /// bench/RESULTS.md and bench/results.svg (takes several minutes)
    ///
    /// Issue 7's benchmark (bench.rs); not part of `test`. Set BENCH_RUNS or BENCH_STEPS to
    /// change the number of Lighthouse runs or steps.
    #[command(verbatim_doc_comment)]
    Bench,
    /// Run the property tests (decoders, address parser, random walks) with 1,000,000 cases
    /// each, or CASES; prints the count per property
    #[command(verbatim_doc_comment)]
    Fuzz {
        /// How many random cases per property (`1_000_000` may be written with underscores)
        #[arg(verbatim_doc_comment, value_name = "CASES", default_value = "1_000_000", value_parser = fuzz::parse_cases)]
        cases: u64,
    },
    /// Check the dependencies' licences, bans and sources (deny.toml) with cargo-deny,
    /// installing it first if it is missing
    ///
    /// Only the checks that need no network; `cargo deny check advisories` needs the RustSec
    /// database (SECURITY.md, "Supply chain").
    #[command(verbatim_doc_comment)]
    Deny,
    /// Write the clinical review pack a clinician signs: target/review/review-pack.html and a
    /// PDF of it printed by Chromium
    ///
    /// The pack (src/bin/review_pack.rs) comes from the compiled content: clinic settings,
    /// governance, every question and option in English and Spanish, every warning sign with
    /// its level and source, every rule in words with its evidence sentence, the next steps,
    /// the card and safety-netting words, the reference patients of content/cases.toml with the
    /// outcome the guide gives now (✗ where it differs), and the sources. SAFETY.md says how it
    /// is signed.
    #[command(verbatim_doc_comment)]
    Review,
    /// Trunk's post-build hook (Trunk.toml): fill the page Trunk staged with the prerendered
    /// start screen and the article in every language, as the downloaded file's
    ///
    /// The app takes the article's words from the page (its wasm does not carry them), and a
    /// page fresh from Trunk has an empty mount root: this fills it for `serve` and the test
    /// build (single_file.rs). `dist` fills each page it makes one file itself.
    #[command(verbatim_doc_comment)]
    FillStagedPage,
}

fn main() -> ExitCode {
    let Some(command) = Cli::parse().command else {
        use clap::CommandFactory;
        // `cargo xtask` alone: the list of commands, as `cargo xtask help` prints it.
        let _ = Cli::command().print_help();
        return ExitCode::SUCCESS;
    };
    match run(command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nerror: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(command: Command) -> Result {
    match command {
        Command::Setup => setup::run(),
        Command::Serve { release, partner } => trunk::serve(release, partner),
        Command::Dist => trunk::dist(),
        Command::Pseudo => setup::run().and_then(|()| pseudo::build()),
        Command::Test { playwright_args } => test::run(&playwright_args),
        Command::Nginx { root } => nginx::serve(root),
        Command::Bench => bench::run(),
        Command::Fuzz { cases } => fuzz::run(cases),
        Command::Deny => setup::deny(),
        Command::Review => review::run(),
        Command::FillStagedPage => single_file::fill_staged_page(),
    }
}

#[cfg(test)]
mod tests {
    use super::Cli;
    use clap::CommandFactory;
    use clap::parser::ValueSource;

    /// The commands in README.md's table: `cargo xtask fuzz [CASES]` → `fuzz [CASES]`.
    fn readme_rows() -> Vec<String> {
        let path = crate::project::root().join("README.md");
        let readme = std::fs::read_to_string(&path).expect("README.md");
        readme
            .lines()
            .filter_map(|line| line.strip_prefix("| `cargo xtask "))
            .filter_map(|rest| rest.split_once('`').map(|(row, _)| row.to_owned()))
            .collect()
    }

    /// `[NAME]` in a row stands for the argument whose value name is NAME: its name.
    fn placeholder(word: &str) -> Option<&str> {
        word.strip_prefix('[')?.strip_suffix(']')
    }

    #[test]
    fn the_readme_table_and_the_commands_agree_both_ways() {
        let rows = readme_rows();
        assert!(rows.len() > 5, "README.md's command table: {rows:?}");
        let cli = Cli::command();
        // Every row is a command line that xtask accepts; note the arguments it shows.
        let mut shown: Vec<(&str, &str)> = Vec::new();
        for row in &rows {
            let words: Vec<&str> = row.split_whitespace().collect();
            let given = words.iter().filter(|word| placeholder(word).is_none());
            let matches = Cli::command()
                .try_get_matches_from(std::iter::once(&"cargo xtask").chain(given))
                .unwrap_or_else(|err| panic!("README row `cargo xtask {row}`: {err}"));
            let (name, sub_matches) = matches.subcommand().expect("a command");
            let command = cli.find_subcommand(name).unwrap();
            shown.push((command.get_name(), ""));
            for arg in command.get_arguments() {
                if sub_matches.value_source(arg.get_id().as_str()) == Some(ValueSource::CommandLine)
                {
                    shown.push((command.get_name(), arg.get_id().as_str()));
                }
            }
            for value_name in words.iter().filter_map(|word| placeholder(word)) {
                let arg = command
                    .get_arguments()
                    .find(|arg| {
                        arg.get_value_names()
                            .is_some_and(|names| names.iter().any(|n| n == value_name))
                    })
                    .unwrap_or_else(|| {
                        panic!(
                            "README row `cargo xtask {row}`: `{name}` has no argument {value_name}"
                        )
                    });
                shown.push((command.get_name(), arg.get_id().as_str()));
            }
        }
        // Every command, and each of its arguments, is shown in some row.
        for command in cli.get_subcommands() {
            let name = command.get_name();
            assert!(
                shown.contains(&(name, "")),
                "`cargo xtask {name}` is missing from README.md's command table"
            );
            for arg in command.get_arguments().filter(|arg| arg.get_id() != "help") {
                let id = arg.get_id().as_str();
                assert!(
                    shown.contains(&(name, id)),
                    "README.md's command table shows no `cargo xtask {name}` with its `{id}` argument"
                );
            }
        }
    }
}
