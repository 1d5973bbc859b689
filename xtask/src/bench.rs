//! `cargo xtask bench`: issue 7's benchmark, in one command on a fresh clone. Not part of the
//! tests (it takes minutes and measures time, which varies).
//!
//! It builds the release into `dist/` (as `dist` does) and assembles `bench/out/`: the guide's
//! language pages and worker with their `.gz` and `.br` copies, the pages it compares the guide
//! with, made from the same content (`static-page --floor`, and `--surveyjs` put into
//! `bench/peers/surveyjs/index.html` with SurveyJS's files), given the same precompressed
//! copies. It installs `bench/`'s own npm packages (Lighthouse 12, SurveyJS, playwright-core:
//! kept out of the root `package.json`, so the tests' `npm ci` does not fetch them), serves
//! `bench/out` with nginx as deployed (nginx.rs: `deploy/nginx.conf`, as the browser tests are
//! served), then runs `bench/run.mjs` at that address, which measures, prints the table and
//! writes `bench/RESULTS.md` and `bench/results.svg`.

use crate::process::{self, command};
use crate::single_file::static_page;
use crate::{Result, budget, nginx, project, setup, trunk};
use std::fs;
use std::path::Path;

/// SurveyJS's files the peer page loads, from `bench/node_modules`.
const SURVEYJS_FILES: [&str; 3] = [
    "survey-core/survey.core.min.js",
    "survey-core/survey-core.min.css",
    "survey-js-ui/survey-js-ui.min.js",
];

/// `cargo xtask bench`; BENCH_RUNS and BENCH_STEPS (read by bench/run.mjs) set the sample sizes.
pub fn run() -> Result {
    setup::run()?;
    trunk::build_release()?;
    let bench = project::root().join("bench");
    setup::ensure_npm_packages(&bench)?;
    let out = bench.join("out");
    guide_pages(&project::root().join("dist"), &out.join("guide"))?;
    let floor = static_page(&["--floor"], None)?;
    write(&out.join("floor").join("index.html"), &floor)?;
    surveyjs(&bench, &out.join("surveyjs"))?;
    for peer in ["floor", "surveyjs"] {
        budget::precompress(&out.join(peer))?;
    }
    let server = nginx::start_at(&out)?;
    let mut node = command("node", &["bench/run.mjs"]);
    node.env("CHROMIUM_PATH", setup::chromium_path());
    node.env("BENCH_BASE_URL", server.base_url());
    process::run(&mut node)
}

/// Every language page (index.html, index.es.html…) and the worker, with their precompressed
/// copies, as a clinic deploys them.
fn guide_pages(dist: &Path, to: &Path) -> Result {
    fs::create_dir_all(to).map_err(|err| format!("cannot create {}: {err}", to.display()))?;
    let entries =
        fs::read_dir(dist).map_err(|err| format!("cannot read {}: {err}", dist.display()))?;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let page = name.starts_with("index") && name.contains(".html");
        if page || name.starts_with("sw.js") {
            fs::copy(entry.path(), to.join(&name))
                .map_err(|err| format!("cannot copy {name} into {}: {err}", to.display()))?;
        }
    }
    Ok(())
}

/// The SurveyJS peer: its page with the survey made from content/, and SurveyJS's own files.
fn surveyjs(bench: &Path, to: &Path) -> Result {
    let survey = static_page(&["--surveyjs"], None)?;
    let template_path = bench.join("peers").join("surveyjs").join("index.html");
    let template = fs::read_to_string(&template_path)
        .map_err(|err| format!("cannot read {}: {err}", template_path.display()))?;
    write(
        &to.join("index.html"),
        &template.replace("/*SURVEY_JSON*/", survey.trim()),
    )?;
    for file in SURVEYJS_FILES {
        let from = bench.join("node_modules").join(file);
        let name = Path::new(file).file_name().unwrap_or_default();
        fs::copy(&from, to.join(name))
            .map_err(|err| format!("cannot copy {}: {err}", from.display()))?;
    }
    Ok(())
}

fn write(path: &Path, text: &str) -> Result {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(|err| format!("cannot create {}: {err}", dir.display()))?;
    }
    fs::write(path, text).map_err(|err| format!("cannot write {}: {err}", path.display()))
}
