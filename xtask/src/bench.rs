//! `cargo xtask bench`: issue 7's benchmark, in one command on a fresh clone. Not part of the
//! tests (it takes minutes and measures time, which varies).
//!
//! It builds the release into `dist/` (as `dist` does), writes the pages it compares the guide
//! with from the same content (`static-page --floor` and `--surveyjs`) into `bench/out/`,
//! installs `bench/`'s own npm packages (Lighthouse 12, SurveyJS, playwright-core: kept out of
//! the root `package.json`, so the tests' `npm ci` does not fetch them), then runs
//! `bench/run.mjs`, which measures, prints the table and writes `bench/RESULTS.md` and
//! `bench/results.svg`.

use crate::process::{self, command};
use crate::{Result, project, setup, trunk};
use std::fs;

/// `cargo xtask bench`; BENCH_RUNS and BENCH_STEPS (read by bench/run.mjs) set the sample sizes.
pub fn run() -> Result {
    setup::run()?;
    trunk::build_release()?;
    let bench = project::root().join("bench");
    setup::ensure_npm_packages(&bench)?;
    for (flag, file) in [
        ("--floor", "floor/index.html"),
        ("--surveyjs", "surveyjs/survey.json"),
    ] {
        let text = process::output(&mut command(
            "cargo",
            &["run", "--quiet", "--bin", "static-page", "--", flag],
        ))?;
        let path = bench.join("out").join(file);
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir)
                .map_err(|err| format!("cannot create {}: {err}", dir.display()))?;
        }
        fs::write(&path, text).map_err(|err| format!("cannot write {}: {err}", path.display()))?;
    }
    let mut node = command("node", &["bench/run.mjs"]);
    node.env("CHROMIUM_PATH", setup::chromium_path());
    process::run(&mut node)
}
