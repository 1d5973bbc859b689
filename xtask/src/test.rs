//! `cargo xtask test`: every check the project has, in order, stopping at the first failure.

use crate::process::{self, command};
use crate::{
    Result, budget, content_check, nginx, playwright, project, pseudo, setup, trunk, xvfb,
};
use std::time::{Duration, Instant};

/// One check: a name for the summary and what it runs.
struct Step<'a> {
    name: &'static str,
    run: Box<dyn Fn() -> Result + 'a>,
}

/// How a step ended, for the summary.
enum Outcome {
    Passed(Duration),
    Failed(Duration),
    NotRun,
}

/// `cargo xtask test [-- ARGS]`: ARGS go to `playwright test`.
pub fn run(playwright_args: &[String]) -> Result {
    let steps = steps(playwright_args);
    let started = Instant::now();
    let mut outcomes = Vec::with_capacity(steps.len());
    let mut failure = None;
    for step in &steps {
        if failure.is_some() {
            outcomes.push(Outcome::NotRun);
            continue;
        }
        println!("\n==> {}", step.name);
        let step_started = Instant::now();
        let result = (step.run)();
        let took = step_started.elapsed();
        match result {
            Ok(()) => outcomes.push(Outcome::Passed(took)),
            Err(err) => {
                outcomes.push(Outcome::Failed(took));
                failure = Some(format!("step `{}` failed: {err}", step.name));
            }
        }
    }
    print_summary(&steps, &outcomes, started.elapsed());
    failure.map_or(Ok(()), Err)
}

fn steps(playwright_args: &[String]) -> Vec<Step<'_>> {
    vec![
        step("setup", setup::run),
        step("rustfmt", || cargo(&["fmt", "--all", "--check"])),
        step("clippy", || {
            cargo(&[
                "clippy",
                "--workspace",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ])
        }),
        step("cargo test", || cargo(&["test", "--workspace"])),
        // The tests that need the tools setup installed (node, terser: lzma.rs), ignored by a
        // plain `cargo test` so that it passes on a fresh clone with only Rust.
        step("xtask tests that need setup's tools", || {
            cargo(&["test", "-p", "xtask", "--", "--ignored"])
        }),
        step("a content change breaks no test", content_check::run),
        step("release build", trunk::build_release),
        step("byte budget", || {
            budget::check(&project::root().join("dist"))
        }),
        step("test build", trunk::build_test),
        step("pseudo-locale build", pseudo::build),
        step("browser tests: Chromium", move || {
            browser_tests(playwright_args)
        }),
        step("pseudo-locale browser tests", pseudo::browser_tests),
        step("browser tests: Firefox", move || {
            engine_tests(Engine::Firefox, playwright_args)
        }),
        step("browser tests: WebKit", move || {
            engine_tests(Engine::WebKit, playwright_args)
        }),
    ]
}

fn step<'a>(name: &'static str, run: impl Fn() -> Result + 'a) -> Step<'a> {
    Step {
        name,
        run: Box::new(run),
    }
}

fn cargo(args: &[&str]) -> Result {
    process::run(&mut command("cargo", args))
}

/// The Playwright specs in `tests/e2e` against the release build in `dist/` served by nginx as
/// deployed (nginx.rs), in Chromium.
fn browser_tests(extra_args: &[String]) -> Result {
    let server = nginx::start()?;
    let mut args = vec![
        "playwright",
        "test",
        "--config",
        "tests/e2e/playwright.config.ts",
    ];
    args.extend(extra_args.iter().map(String::as_str));
    let mut playwright = command("npx", &args);
    playwright.env("CHROMIUM_PATH", setup::chromium_path());
    playwright.envs(server.env());
    playwright::run(&mut playwright, "chromium")
}

#[derive(Clone, Copy)]
enum Engine {
    Firefox,
    WebKit,
}

/// The cross-engine suite in `tests/engines` (WebDriver, one browser session per test) in one
/// engine, against the same nginx-served `dist/`; WebKit's MiniBrowser gets an Xvfb display.
/// Extra arguments (e.g. `--grep`) go to Playwright as for Chromium, which may then select
/// nothing here.
fn engine_tests(engine: Engine, extra_args: &[String]) -> Result {
    let server = nginx::start()?;
    let project = match engine {
        Engine::Firefox => "firefox",
        Engine::WebKit => "webkit",
    };
    let display = match engine {
        Engine::WebKit => Some(xvfb::start()?),
        Engine::Firefox => None,
    };
    let mut args = vec![
        "playwright",
        "test",
        "--config",
        "tests/engines/engines.config.ts",
        "--project",
        project,
    ];
    if !extra_args.is_empty() {
        args.push("--pass-with-no-tests");
    }
    args.extend(extra_args.iter().map(String::as_str));
    let mut playwright = command("npx", &args);
    playwright.envs(server.env());
    if let Some(xvfb) = &display {
        playwright.env("DISPLAY", &xvfb.display);
    }
    playwright::run(&mut playwright, project)
}

fn print_summary(steps: &[Step], outcomes: &[Outcome], total: Duration) {
    println!("\n==> summary");
    for (step, outcome) in steps.iter().zip(outcomes) {
        let (word, took) = match outcome {
            Outcome::Passed(took) => ("ok", format_duration(*took)),
            Outcome::Failed(took) => ("FAILED", format_duration(*took)),
            Outcome::NotRun => ("not run", String::new()),
        };
        println!("  {word:<8} {took:>8}  {}", step.name);
    }
    let failed = outcomes.iter().any(|o| matches!(o, Outcome::Failed(_)));
    let verdict = if failed { "FAILED" } else { "all steps ok" };
    println!("xtask test: {verdict} in {}", format_duration(total));
}

/// `4.2s`, or `3m07s` from a minute on.
fn format_duration(duration: Duration) -> String {
    let seconds = duration.as_secs_f64();
    if seconds < 60.0 {
        format!("{seconds:.1}s")
    } else {
        let whole = duration.as_secs();
        format!("{}m{:02}s", whole / 60, whole % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::format_duration;
    use std::time::Duration;

    #[test]
    fn durations_are_short_and_readable() {
        assert_eq!(format_duration(Duration::from_millis(4_240)), "4.2s");
        assert_eq!(format_duration(Duration::from_secs(187)), "3m07s");
    }
}
