//! The core stays free of browser code: the compiler enforces it only while no browser crate
//! is a dependency, so this test keeps them out of core/Cargo.toml.

#[test]
fn the_core_depends_on_no_browser_crate() {
    let manifest = include_str!("../Cargo.toml");
    let dependencies = manifest
        .split("\n[")
        .find(|table| table.starts_with("dependencies]"))
        .expect("core/Cargo.toml has a [dependencies] table");
    for browser_crate in [
        "yew",
        "web-sys",
        "js-sys",
        "gloo",
        "wasm-bindgen",
        "wasm-bindgen-futures",
    ] {
        let named = dependencies
            .lines()
            .any(|line| line.split(['=', ' ', '.']).next() == Some(browser_crate));
        assert!(!named, "core/Cargo.toml depends on {browser_crate}");
    }
}
