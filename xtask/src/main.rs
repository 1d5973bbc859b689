//! `cargo xtask` — project automation for Relief Guide, written in Rust (the xtask pattern).
//!
//! `cargo xtask` is an alias (see `.cargo/config.toml`) for `cargo run --package xtask --`, so
//! the only thing a fresh machine needs is the Rust toolchain, Node.js and npm; everything else
//! is installed by `setup`.
//!
//! Commands:
//!
//! - `setup`: install whatever is missing, and only that: the `wasm32-unknown-unknown` target,
//!   the crates (`cargo fetch`, because Trunk builds with `cargo --offline`), Trunk, the
//!   `wasm-bindgen` CLI at the version in `Cargo.lock`, the npm packages (`wasm-opt` from
//!   `binaryen`, terser, Playwright, axe) and Debian's Chromium. When everything is present it only
//!   checks versions and takes well under a second.
//! - `serve [--release] [--partner]`: setup, then `trunk serve --offline` on
//!   <http://127.0.0.1:8080> with live reload. Its output goes to `target/trunk-serve`, so it
//!   never overwrites `dist/`. It serves the app as Trunk builds it (two script files), not the
//!   one-file page of `dist`. `--partner` also serves the partner demo page, which embeds the
//!   guide, from a second origin: <http://127.0.0.1:8081>.
//! - `dist`: setup, then `trunk build --release --offline` into `dist/`, then make that one
//!   self-contained page, `index.html` and `relief-guide.html`, and the service worker `sw.js`
//!   (`single_file.rs`), their scripts and stylesheet minified (`minify.rs`): what a clinic
//!   copies to its web server. Prints the size of each file, raw and gzipped.
//! - `test [-- ARGS]`: setup, then every check in turn — rustfmt, clippy, the native tests, the
//!   release build and the Playwright browser tests — stopping at the first failure, and a
//!   summary with the time each step took. ARGS go to `playwright test` (`-- --grep foo`).
//! - `bench`: issue 7's benchmark (`bench.rs`): Lighthouse on the release build, the floor (a
//!   static page of the article) and a SurveyJS peer, step times and memory; writes
//!   `bench/RESULTS.md`. Not part of `test`.
//! - `fuzz [CASES]`: the property tests with a million random cases each (see `fuzz.rs`).
//! - `deny`: install cargo-deny if missing (a few minutes, once), then check the dependencies'
//!   licences, bans and sources against `deny.toml` (the checks that need no network).
//! - `help`: list the commands.
//!
//! Every command that is run is echoed first (`$ trunk build --release --offline`). Trunk and
//! the tests run with `node_modules/.bin` and `~/.cargo/bin` at the front of `PATH`, which is
//! how Trunk finds the `wasm-opt` and `wasm-bindgen` that `setup` installed (`Trunk.toml` says
//! why it never downloads them itself).

mod bench;
mod budget;
mod fuzz;
mod hash;
mod lzma;
mod minify;
mod process;
mod project;
mod service_worker;
mod setup;
mod single_file;
mod test;
mod trunk;

use std::process::ExitCode;

/// What a failed command tells the user: what went wrong and, where it can, what to do.
pub type Result<T = ()> = std::result::Result<T, String>;

const HELP: &str = "\
Relief Guide project automation.

Usage: cargo xtask <command>

Commands:
  setup            Install what is missing: wasm32 target, crates, trunk, wasm-bindgen-cli,
                   npm packages (wasm-opt, terser, Playwright, axe) and Chromium. Fast when
                   all present.
  serve            Setup, then serve a dev build with live reload on http://127.0.0.1:8080
  serve --release  The same with the optimised release build
  serve --partner  Also serve the partner demo page that embeds the guide, from another
                   origin: http://127.0.0.1:8081 (combines with --release)
  dist             Setup, then build the release into dist/ (the guide as one page, its
                   service worker and embed.js) and print the file sizes
  test [-- ARGS]   Setup, then fmt, clippy, cargo test, release build and the browser tests;
                   stops at the first failure. ARGS go to `playwright test` (e.g. -- --grep foo)
  bench            Build the release, then benchmark it with Lighthouse against a static page
                   of the article and the same questionnaire in SurveyJS, and time each step;
                   writes bench/RESULTS.md and bench/results.svg (takes several minutes)
  fuzz [CASES]     Run the property tests (decoders, address parser, random walks) with
                   1,000,000 cases each, or CASES; prints the count per property
  deny             Check the dependencies' licences, bans and sources (deny.toml) with
                   cargo-deny, installing it first if it is missing
  help             Print this message
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (command, rest) = match args.split_first() {
        Some((command, rest)) => (command.as_str(), rest),
        None => ("help", &[][..]),
    };
    match run_command(command, rest) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nerror: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run_command(command: &str, args: &[String]) -> Result {
    match command {
        "help" | "--help" | "-h" => {
            print!("{HELP}");
            Ok(())
        }
        "setup" => no_arguments(command, args).and_then(|()| setup::run()),
        "serve" => trunk::serve(args),
        "dist" => no_arguments(command, args).and_then(|()| trunk::dist()),
        "test" => test::run(args),
        "fuzz" => fuzz::run(args),
        "deny" => no_arguments(command, args).and_then(|()| setup::deny()),
        "bench" => bench::run(args),
        other => Err(format!(
            "unknown command `{other}`: run `cargo xtask help` to see the commands"
        )),
    }
}

fn no_arguments(command: &str, args: &[String]) -> Result {
    match args.first() {
        None => Ok(()),
        Some(arg) => Err(format!(
            "`cargo xtask {command}` takes no arguments (got `{arg}`): see `cargo xtask help`"
        )),
    }
}
