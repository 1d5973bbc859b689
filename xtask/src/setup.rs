//! `cargo xtask setup`: install what is missing, and only that.
//!
//! Every check is a version query or a file comparison, so when everything is present this takes
//! well under a second; it prints one line per tool (`ok trunk 0.21.14` or `installing …`).

use crate::hash::short_id;
use crate::process::{self, command, stdout_of};
use crate::{Result, project};
use std::path::Path;
use std::time::Instant;
use std::{env, fs};
use toml::{Table, Value};

/// The Trunk release this project is built and tested with.
const TRUNK_VERSION: &str = "0.21.14";
/// The compile target of the app.
const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// Where Debian's `chromium` package puts the browser; `CHROMIUM_PATH` overrides it.
const DEFAULT_CHROMIUM: &str = "/usr/bin/chromium";
/// The WebDriver server for Firefox, from crates.io.
const GECKODRIVER_VERSION: &str = "0.37.1";
/// Debian packages the browser suites need, each with a file it installs: nginx serves dist/ as
/// deployed (nginx.rs); Firefox ESR, WebKitGTK's WebDriver (and its MiniBrowser) and the X server
/// the WebKit browser needs drive the guide in the other engines (tests/engines).
const DEBIAN_PACKAGES: &[(&str, &str)] = &[
    ("nginx", crate::nginx::NGINX),
    (
        "libnginx-mod-http-brotli-static",
        crate::nginx::BROTLI_STATIC_MODULE,
    ),
    ("firefox-esr", "/usr/bin/firefox-esr"),
    ("webkit2gtk-driver", "/usr/bin/WebKitWebDriver"),
    ("xvfb", crate::xvfb::XVFB),
];
/// Written into `node_modules` after `npm ci`: a hash of the `package-lock.json` it installed.
const NPM_STAMP: &str = ".xtask-stamp";

/// A binary installed with `cargo install`, checked with `<binary> --version`, which prints
/// `<binary> <version>`.
struct CargoTool<'a> {
    binary: &'a str,
    crate_name: &'a str,
    version: &'a str,
}

pub fn run() -> Result {
    let started = Instant::now();
    ensure_wasm_target()?;
    fetch_crates()?;
    ensure_cargo_tool(&CargoTool {
        binary: "trunk",
        crate_name: "trunk",
        version: TRUNK_VERSION,
    })?;
    ensure_cargo_tool(&CargoTool {
        binary: "wasm-bindgen",
        crate_name: "wasm-bindgen-cli",
        version: &locked_wasm_bindgen_version()?,
    })?;
    ensure_npm_packages(&project::root())?;
    check_wasm_opt()?;
    ensure_chromium()?;
    ensure_debian_packages(DEBIAN_PACKAGES)?;
    ensure_cargo_tool(&CargoTool {
        binary: "geckodriver",
        crate_name: "geckodriver",
        version: GECKODRIVER_VERSION,
    })?;
    println!("setup done in {:.1}s\n", started.elapsed().as_secs_f64());
    Ok(())
}

/// cargo-deny, for `cargo xtask deny`: not part of `setup`, since compiling it takes several
/// minutes and only the supply-chain check needs it.
const CARGO_DENY_VERSION: &str = "0.20.2";

/// `cargo xtask deny`: the dependencies against `deny.toml`, with the checks that need no
/// network (the advisories check fetches its database from GitHub; SECURITY.md says when to
/// run it).
pub fn deny() -> Result {
    ensure_cargo_tool(&CargoTool {
        binary: "cargo-deny",
        crate_name: "cargo-deny",
        version: CARGO_DENY_VERSION,
    })?;
    process::run(&mut command(
        "cargo",
        &["deny", "check", "licenses", "bans", "sources"],
    ))
}

/// The browser the Playwright tests drive: `$CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`.
pub fn chromium_path() -> String {
    env::var("CHROMIUM_PATH")
        .ok()
        .filter(|path| !path.is_empty())
        .unwrap_or_else(|| DEFAULT_CHROMIUM.to_owned())
}

// ---------------------------------------------------------------------------------------------
// Rust: the wasm32 standard library and the crates

/// The toolchain pinned by `rust-toolchain.toml` needs the standard library for wasm32.
fn ensure_wasm_target() -> Result {
    let sysroot = stdout_of("rustc", &["--print", "sysroot"])
        .ok_or("`rustc --print sysroot` failed: is the Rust toolchain installed (rustup)?")?;
    let target_lib = Path::new(&sysroot).join("lib/rustlib").join(WASM_TARGET);
    if target_lib.is_dir() {
        println!("ok rust target {WASM_TARGET}");
        return Ok(());
    }
    println!("installing rust target {WASM_TARGET}");
    process::run(&mut command("rustup", &["target", "add", WASM_TARGET])).map_err(|err| {
        format!("{err}\nInstall the {WASM_TARGET} standard library for the toolchain in rust-toolchain.toml.")
    })
}

/// Downloads every crate in `Cargo.lock`, for all targets. Trunk runs `cargo build --offline`,
/// which can only use crates that are already downloaded (a native `cargo build` skips the
/// wasm-only ones). Also writes `Cargo.lock` if it is missing. Instant when nothing is missing.
fn fetch_crates() -> Result {
    process::run(&mut command("cargo", &["fetch", "--quiet"]))
}

// ---------------------------------------------------------------------------------------------
// Tools installed with `cargo install`: trunk and wasm-bindgen

fn ensure_cargo_tool(tool: &CargoTool) -> Result {
    let found = installed_version(tool.binary);
    if found.as_deref() == Some(tool.version) {
        println!("ok {} {}", tool.binary, tool.version);
        return Ok(());
    }
    let found = found.unwrap_or_else(|| "not installed".to_owned());
    println!(
        "installing {} {} (found: {found}); this compiles it and takes a few minutes",
        tool.crate_name, tool.version
    );
    cargo_install(tool)?;
    match installed_version(tool.binary) {
        Some(version) if version == tool.version => Ok(()),
        other => Err(format!(
            "installed {} {} but `{} --version` reports {}: is another `{}` earlier on PATH?",
            tool.crate_name,
            tool.version,
            tool.binary,
            other.unwrap_or_else(|| "nothing".to_owned()),
            tool.binary,
        )),
    }
}

/// The version from `<binary> --version` (`trunk 0.21.14` → `0.21.14`), if it is on PATH.
/// `cargo install`'s own copy first: npm's `geckodriver` package puts a wrapper of that name
/// (which downloads a driver) in node_modules/.bin, ahead of ~/.cargo/bin on our PATH.
fn installed_version(binary: &str) -> Option<String> {
    let own = project::cargo_bin_dir().join(binary);
    let program = if own.is_file() {
        own.display().to_string()
    } else {
        binary.to_owned()
    };
    let output = stdout_of(&program, &["--version"])?;
    output.split_whitespace().nth(1).map(str::to_owned)
}

/// `cargo install --locked` first (the versions the tool was released with), and without
/// `--locked` if that fails to build.
fn cargo_install(tool: &CargoTool) -> Result {
    let locked = [
        "install",
        tool.crate_name,
        "--version",
        tool.version,
        "--locked",
    ];
    process::run(&mut command("cargo", &locked)).or_else(|err| {
        println!("{err}; trying again without --locked");
        process::run(&mut command("cargo", &locked[..4]))
    })
}

/// The version of the `wasm-bindgen` crate in `Cargo.lock`: the CLI must be exactly that
/// version (Trunk reads the same entry and refuses any other in offline mode).
fn locked_wasm_bindgen_version() -> Result<String> {
    let lock = read_toml(&project::root().join("Cargo.lock"))?;
    locked_version(&lock, "wasm-bindgen").ok_or_else(|| {
        "Cargo.lock has no `wasm-bindgen` package: the app must depend on wasm-bindgen".to_owned()
    })
}

/// The version of the `[[package]]` called `name` in a `Cargo.lock`.
fn locked_version(lock: &Table, name: &str) -> Option<String> {
    let packages = lock.get("package")?.as_array()?;
    let package = packages
        .iter()
        .find(|package| package.get("name").and_then(Value::as_str) == Some(name))?;
    package.get("version")?.as_str().map(str::to_owned)
}

fn read_toml(path: &Path) -> Result<Table> {
    let text =
        fs::read_to_string(path).map_err(|err| format!("cannot read {}: {err}", path.display()))?;
    text.parse()
        .map_err(|err| format!("cannot parse {}: {err}", path.display()))
}

// ---------------------------------------------------------------------------------------------
// npm packages: wasm-opt (binaryen), terser, Playwright, axe

/// Runs `npm ci` in `dir` (the repository root, or `bench/` for `cargo xtask bench`) when its
/// `node_modules` was not installed from its current `package-lock.json`.
pub fn ensure_npm_packages(dir: &Path) -> Result {
    let lock_path = dir.join("package-lock.json");
    let lock = fs::read(&lock_path).map_err(|err| {
        format!(
            "cannot read {} ({err}): run `npm install` there",
            lock_path.display()
        )
    })?;
    let stamp = format!("package-lock.json sha256-64 {}\n", short_id(&lock));
    let stamp_path = dir.join("node_modules").join(NPM_STAMP);
    let shown = dir.display();
    if fs::read_to_string(&stamp_path).is_ok_and(|installed| installed == stamp) {
        println!("ok npm packages in {shown} (node_modules matches package-lock.json)");
        return Ok(());
    }
    println!(
        "installing npm packages in {shown} (node_modules is missing or older than package-lock.json)"
    );
    if stdout_of("npm", &["--version"]).is_none() {
        return Err("npm was not found: install Node.js 20 or newer with npm, then run `cargo xtask setup` again".to_owned());
    }
    process::run(command("npm", &["ci", "--no-audit", "--no-fund"]).current_dir(dir))?;
    fs::write(&stamp_path, stamp)
        .map_err(|err| format!("cannot write {}: {err}", stamp_path.display()))
}

/// `wasm-opt` comes from the `binaryen` npm package (Debian's is too old for current rustc
/// output). Trunk only accepts the version pinned in `Trunk.toml`, so check they agree.
fn check_wasm_opt() -> Result {
    let wasm_opt = project::node_bin_dir().join("wasm-opt");
    if !wasm_opt.exists() {
        return Err(format!(
            "{} is missing: `binaryen` must be in the devDependencies of package.json",
            wasm_opt.display()
        ));
    }
    let output = stdout_of("wasm-opt", &["--version"])
        .ok_or("`wasm-opt --version` failed: delete node_modules and run `cargo xtask setup`")?;
    let found = wasm_opt_version(&output)
        .ok_or_else(|| format!("cannot read the version in `wasm-opt --version`: {output}"))?;
    match trunk_toml_tool_version("wasm_opt")? {
        Some(pinned) if pinned != found => Err(format!(
            "Trunk.toml pins wasm_opt = \"{pinned}\" but binaryen in node_modules is {found}: \
             set `wasm_opt = \"{found}\"` in the [tools] section of Trunk.toml"
        )),
        _ => {
            println!("ok wasm-opt {found}");
            Ok(())
        }
    }
}

/// `wasm-opt version 132 (version_132)` → `version_132`, the spelling Trunk uses.
fn wasm_opt_version(output: &str) -> Option<String> {
    let number = output.split_whitespace().nth(2)?;
    Some(format!("version_{number}"))
}

/// The version `Trunk.toml` pins for a tool in its `[tools]` section, if any.
fn trunk_toml_tool_version(tool: &str) -> Result<Option<String>> {
    let trunk = read_toml(&project::root().join("Trunk.toml"))?;
    Ok(tool_version(&trunk, tool))
}

fn tool_version(trunk_toml: &Table, tool: &str) -> Option<String> {
    let version = trunk_toml.get("tools")?.get(tool)?;
    version.as_str().map(str::to_owned)
}

// ---------------------------------------------------------------------------------------------
// Chromium for the browser tests

fn ensure_chromium() -> Result {
    let path = chromium_path();
    if !Path::new(&path).exists() {
        install_chromium(&path)?;
    }
    let version = stdout_of(&path, &["--version"])
        .ok_or_else(|| format!("`{path} --version` failed: is {path} a Chromium browser?"))?;
    let number = version.split_whitespace().nth(1).unwrap_or(&version);
    println!("ok chromium {number} ({path})");
    Ok(())
}

fn install_chromium(path: &str) -> Result {
    if path != DEFAULT_CHROMIUM {
        return Err(format!(
            "CHROMIUM_PATH is {path}, which does not exist: point it at a Chromium or Chrome executable"
        ));
    }
    if stdout_of("apt-get", &["--version"]).is_none() {
        return Err(format!(
            "the browser tests need Chromium and {DEFAULT_CHROMIUM} is missing, but apt-get is not \
             available to install it: install Chromium (or Chrome) yourself and set CHROMIUM_PATH \
             to its executable"
        ));
    }
    // Only the browser: Playwright drives it itself, without ChromeDriver.
    println!("installing chromium with apt-get");
    let hint = "install the Debian package chromium as root, \
                or set CHROMIUM_PATH to a Chromium or Chrome executable";
    process::run(&mut apt_get(&["update"])).map_err(|err| format!("{err}: {hint}"))?;
    process::run(&mut apt_get(&["install", "-y", "chromium"]))
        .map_err(|err| format!("{err}: {hint}"))
}

/// Installs, in one `apt-get install`, each package whose file is missing.
fn ensure_debian_packages(packages: &[(&str, &str)]) -> Result {
    let missing: Vec<&str> = packages
        .iter()
        .filter(|(_, file)| !Path::new(file).exists())
        .map(|(name, _)| *name)
        .collect();
    if missing.is_empty() {
        let names: Vec<&str> = packages.iter().map(|(name, _)| *name).collect();
        println!("ok debian packages {}", names.join(", "));
        return Ok(());
    }
    let hint = format!(
        "install the Debian packages {} as root (apt-get install)",
        missing.join(" ")
    );
    if stdout_of("apt-get", &["--version"]).is_none() {
        return Err(format!("apt-get is not available: {hint}"));
    }
    println!("installing {} with apt-get", missing.join(", "));
    process::run(&mut apt_get(&["update"])).map_err(|err| format!("{err}: {hint}"))?;
    let args: Vec<&str> = ["install", "-y"]
        .into_iter()
        .chain(missing.iter().copied())
        .collect();
    process::run(&mut apt_get(&args)).map_err(|err| format!("{err}: {hint}"))
}

/// `apt-get args…` as root, or through `sudo -n` (never waits for a password) otherwise.
fn apt_get(args: &[&str]) -> std::process::Command {
    let mut apt = if is_root() {
        command("apt-get", args)
    } else {
        let sudo_args: Vec<&str> = ["-n", "apt-get"].iter().chain(args).copied().collect();
        command("sudo", &sudo_args)
    };
    apt.env("DEBIAN_FRONTEND", "noninteractive");
    apt
}

fn is_root() -> bool {
    stdout_of("id", &["-u"]).as_deref() == Some("0")
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOCK: &str = r#"
version = 4

[[package]]
name = "wasm-bindgen-backend"
version = "0.2.99"

[[package]]
name = "wasm-bindgen"
version = "0.2.130"
source = "registry+https://github.com/rust-lang/crates.io-index"
dependencies = [
 "cfg-if",
]
"#;

    #[test]
    fn finds_the_locked_version_of_exactly_that_package() {
        let lock: Table = LOCK.parse().unwrap();
        assert_eq!(
            locked_version(&lock, "wasm-bindgen").as_deref(),
            Some("0.2.130")
        );
        assert_eq!(
            locked_version(&lock, "wasm-bindgen-backend").as_deref(),
            Some("0.2.99")
        );
        assert_eq!(locked_version(&lock, "yew"), None);
    }

    #[test]
    fn reads_the_pinned_tool_from_the_tools_section_only() {
        let trunk_toml: Table = "[build]\nwasm_opt = \"no\"\n\n[tools]\n# pinned\nwasm_opt = \"version_132\"\n\n[serve]\nport = 8080\n"
            .parse()
            .unwrap();
        assert_eq!(
            tool_version(&trunk_toml, "wasm_opt").as_deref(),
            Some("version_132")
        );
        assert_eq!(tool_version(&trunk_toml, "port"), None);
        assert_eq!(tool_version(&Table::new(), "wasm_opt"), None);
    }

    #[test]
    fn the_project_files_parse_and_pin_what_setup_reads() {
        let root = project::root();
        let lock = read_toml(&root.join("Cargo.lock")).unwrap();
        assert!(locked_version(&lock, "wasm-bindgen").is_some());
        let trunk = read_toml(&root.join("Trunk.toml")).unwrap();
        let pinned = tool_version(&trunk, "wasm_opt").unwrap();
        assert!(pinned.starts_with("version_"), "{pinned}");
    }

    #[test]
    fn spells_the_wasm_opt_version_like_trunk() {
        assert_eq!(
            wasm_opt_version("wasm-opt version 132 (version_132)").as_deref(),
            Some("version_132")
        );
    }
}
