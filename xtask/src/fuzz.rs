//! `cargo xtask fuzz [CASES]`: the property tests in `tests/properties.rs` (share-link decoder,
//! address parser, saved-answers loader, random questionnaire walks) with a million random
//! cases each instead of CI's few thousand. Each property prints how many cases passed.

use crate::Result;
use crate::process::{self, command};

/// `1000000` or `1_000_000`: the number of cases `cargo xtask fuzz` was given.
pub fn parse_cases(cases: &str) -> Result<u64> {
    cases
        .replace('_', "")
        .parse()
        .map_err(|_| format!("`{cases}` is not a number of cases: try `cargo xtask fuzz 1000000`"))
}

pub fn run(cases: u64) -> Result {
    // Optimised but without the release profile's slow whole-program LTO (see Cargo.toml).
    let mut fuzz = command(
        "cargo",
        &[
            "test",
            "--profile",
            "fuzz",
            "-p",
            "relief-guide",
            "--test",
            "properties",
            "--",
            "--nocapture",
        ],
    );
    fuzz.env("RELIEF_GUIDE_CASES", cases.to_string());
    process::run(&mut fuzz)
}
