//! `cargo xtask dist` and `cargo xtask serve`: the app built by Trunk, never downloading a tool.

use crate::files::{EMBED_FILE, OFFLINE_FILE, SERVICE_WORKER_FILE};
use crate::process::{self, command};
use crate::{
    Result, budget, content_check, hash, minify, nginx, project, service_worker, setup, single_file,
};
use std::fs;
use std::path::{Path, PathBuf};

/// Where `serve` builds, so that a dev build never replaces the release build in `dist/`.
const SERVE_DIST: &str = "target/trunk-serve";

/// `cargo xtask dist`: setup, build the release into `dist/`, print the file sizes.
pub fn dist() -> Result {
    setup::run()?;
    build_release()?;
    print_dist_sizes(&dist_dir())?;
    budget::check(&dist_dir())
}

/// Where each release build's Trunk output goes before it becomes one page of `dist/`.
const PAGE_BUILDS: &str = "target/dist-pages";
/// The languages whose words one build of the app carries (core/build.rs).
const LANGS_VARIABLE: &str = "RELIEF_GUIDE_LANGS";
/// Set on the builds `dist` makes one file (Trunk.toml's post-build hook skips those).
const ONE_FILE_VARIABLE: &str = "RELIEF_GUIDE_ONE_FILE";

/// The optimised guide in `dist/`: a one-file page per language (each built with only its own
/// language's words, issue 13), the downloaded file with every language, the service worker
/// that keeps them all, and embed.js.
pub fn build_release() -> Result {
    let dist = dist_dir();
    let pages = single_file::language_pages()?;
    let mut written = Vec::new();
    for page in &pages {
        let built = trunk_release(Some(&page.lang), &page.lang, None)?;
        let carries = single_file::Carries::One {
            lang: &page.lang,
            pages: &pages,
        };
        written.push((
            page.file.clone(),
            single_file::page(&built, &carries, None)?,
        ));
    }
    let built = trunk_release(None, "all", None)?;
    written.push((
        OFFLINE_FILE.to_owned(),
        single_file::page(&built, &single_file::Carries::All, None)?,
    ));
    // Nothing from an earlier build stays (a language may have been removed).
    if dist.exists() {
        fs::remove_dir_all(&dist)
            .map_err(|err| format!("cannot empty {}: {err}", dist.display()))?;
    }
    fs::create_dir_all(&dist).map_err(|err| format!("cannot create {}: {err}", dist.display()))?;
    let write = |name: &str, bytes: &[u8]| {
        let path = dist.join(name);
        fs::write(&path, bytes).map_err(|err| format!("cannot write {}: {err}", path.display()))
    };
    for (name, text) in &written {
        write(name, text.as_bytes())?;
    }
    let all_pages: String = written.iter().map(|(_, text)| text.as_str()).collect();
    let build = hash::short_id(all_pages.as_bytes());
    let files: Vec<&str> = written.iter().map(|(name, _)| name.as_str()).collect();
    let worker = service_worker::script(&build, &files, &minify::js(service_worker::WORKER)?);
    write(SERVICE_WORKER_FILE, worker.as_bytes())?;
    let embed = fs::read(built.join(EMBED_FILE))
        .map_err(|err| format!("cannot read {EMBED_FILE} from Trunk's build: {err}"))?;
    write(EMBED_FILE, &embed)?;
    println!(
        "wrote the guide (build {build}): {}, {SERVICE_WORKER_FILE}, {EMBED_FILE}",
        files.join(", ")
    );
    // Partners who pin embed.js with Subresource Integrity need this value (README.md).
    println!("{EMBED_FILE} integrity=\"{}\"", hash::integrity(&embed));
    budget::precompress(&dist)
}

/// The downloaded file (every language) built from the content in `content` instead of
/// `content/`, as a page's text: the pseudo-locale's test build (pseudo.rs).
pub fn offline_file_from(content: &Path) -> Result<String> {
    let built = trunk_release(None, "pseudo", Some(content))?;
    single_file::page(&built, &single_file::Carries::All, Some(content))
}

/// `trunk build --release --offline` of the app carrying `lang` (every language if `None`), into
/// its own folder `out_name` under target/, from the content in `content` if given (else
/// `content/`).
fn trunk_release(lang: Option<&str>, out_name: &str, content: Option<&Path>) -> Result<PathBuf> {
    let out = project::root().join(PAGE_BUILDS).join(out_name);
    let out_arg = out.display().to_string();
    let mut trunk = command(
        "trunk",
        &["build", "--release", "--offline", "--dist", &out_arg],
    );
    match lang {
        Some(lang) => trunk.env(LANGS_VARIABLE, lang),
        None => trunk.env_remove(LANGS_VARIABLE),
    };
    // single_file.rs fills this build's mount root with its own language's page: Trunk's hook,
    // which fills it for every other build, is not to (Trunk.toml).
    trunk.env(ONE_FILE_VARIABLE, "1");
    if let Some(content) = content {
        trunk.env(content_check::CONTENT_VARIABLE, content);
    }
    // Panic locations name the crates' files by their paths on this machine
    // (`/home/…/.cargo/registry/src/index.crates.io-…/yew-0.23.0/src/…`): without that prefix the
    // wasm is 0.15 KB smaller after LZMA, and does not depend on where the build ran.
    if let Some(registry) = cargo_registry_sources() {
        trunk.env(
            "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
            format!("--remap-path-prefix={}=", registry.display()),
        );
    }
    process::run(&mut trunk)?;
    Ok(out)
}

/// The folder holding the crates.io index's sources (`$CARGO_HOME/registry/src/index.crates.io-…/`),
/// if there is exactly one.
fn cargo_registry_sources() -> Option<PathBuf> {
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))?;
    let mut indexes: Vec<PathBuf> = fs::read_dir(cargo_home.join("registry").join("src"))
        .ok()?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| {
            path.file_name()
                .is_some_and(|name| name.to_string_lossy().starts_with("index.crates.io-"))
        })
        .collect();
    match indexes.len() {
        1 => indexes.pop().map(|path| path.join("")),
        _ => None,
    }
}

/// Where `cargo xtask test` puts the test build; tests/e2e/crash.spec.ts serves it.
const TEST_DIST: &str = "target/dist-test";

/// A debug build with the `test-hooks` feature (Cargo.toml) into `target/dist-test`, as Trunk
/// writes it: only the browser tests that need a hook use it; everything else tests `dist/`.
pub fn build_test() -> Result {
    process::run(&mut command(
        "trunk",
        &[
            "build",
            "--offline",
            "--features",
            "test-hooks",
            "--dist",
            TEST_DIST,
        ],
    ))
}

fn dist_dir() -> PathBuf {
    project::root().join("dist")
}

/// The partner demo page's port; the guide's is 8080 (`Trunk.toml`), which its snippet names.
const PARTNER_PORT: u16 = 8081;

/// `cargo xtask serve [--release] [--partner]`: setup, then `trunk serve` with live reload on
/// http://127.0.0.1:8080 (address and port are in `Trunk.toml`). With `--partner`, also the
/// partner demo page on http://127.0.0.1:8081, a second origin. Runs until Ctrl-C.
pub fn serve(release: bool, partner: bool) -> Result {
    setup::run()?;
    let mut partner_site = if partner {
        Some(serve_partner_site()?)
    } else {
        None
    };
    let mut trunk_args = vec!["serve", "--offline", "--dist", SERVE_DIST];
    if release {
        trunk_args.push("--release");
    }
    let served = process::run(&mut command("trunk", &trunk_args));
    if let Some(site) = &mut partner_site {
        nginx::stop(site);
    }
    served
}

/// Starts the partner demo on nginx (nginx.rs), in the background.
fn serve_partner_site() -> Result<std::process::Child> {
    println!(
        "partner demo: http://127.0.0.1:{PARTNER_PORT}/ embeds the guide served below \
         (open it once the guide is built)"
    );
    nginx::partner_demo(PARTNER_PORT)
}

/// A table of every file in `dist` with its size as served raw and gzipped: its `.gz` copy
/// ([`budget::precompress`]), else gzipped here as that copy would be ([`budget::gzip`]).
fn print_dist_sizes(dist: &Path) -> Result {
    let mut files = Vec::new();
    collect_files(dist, &mut files)
        .map_err(|err| format!("cannot list {}: {err}", dist.display()))?;
    // The precompressed copies (budget.rs) are the same files again.
    files.retain(|file| {
        !file
            .extension()
            .is_some_and(|ext| ext == "gz" || ext == "br")
    });
    files.sort();
    println!("\nFiles in {}:", dist.display());
    println!("{:>12} {:>12}  file", "raw", "gzip");
    let (mut total_raw, mut total_gzip) = (0, 0);
    for file in &files {
        let bytes =
            fs::read(file).map_err(|err| format!("cannot read {}: {err}", file.display()))?;
        let mut gz = file.clone().into_os_string();
        gz.push(".gz");
        let gzip = fs::metadata(&gz)
            .map(|meta| meta.len())
            .unwrap_or_else(|_| budget::gzip(&bytes).len() as u64);
        let raw = bytes.len() as u64;
        total_raw += raw;
        total_gzip += gzip;
        let name = file.strip_prefix(dist).unwrap_or(file).display();
        println!("{:>12} {:>12}  {name}", human_size(raw), human_size(gzip));
    }
    println!(
        "{:>12} {:>12}  total ({} files)",
        human_size(total_raw),
        human_size(total_gzip),
        files.len()
    );
    Ok(())
}

fn collect_files(dir: &Path, files: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_files(&path, files)?;
        } else {
            files.push(path);
        }
    }
    Ok(())
}

/// `1234567` → `1.2 MiB`.
fn human_size(bytes: u64) -> String {
    const UNITS: [&str; 3] = ["KiB", "MiB", "GiB"];
    if bytes < 1024 {
        return format!("{bytes} B");
    }
    let mut size = bytes as f64 / 1024.0;
    let mut unit = 0;
    while size >= 1024.0 && unit < UNITS.len() - 1 {
        size /= 1024.0;
        unit += 1;
    }
    format!("{size:.1} {}", UNITS[unit])
}

#[cfg(test)]
mod tests {
    use super::human_size;

    #[test]
    fn sizes_read_like_a_person_would_write_them() {
        assert_eq!(human_size(512), "512 B");
        assert_eq!(human_size(2048), "2.0 KiB");
        assert_eq!(human_size(1_300_000), "1.2 MiB");
    }
}
