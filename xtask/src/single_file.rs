//! The step of `cargo xtask dist` after `trunk build`: the whole guide as one HTML page.
//!
//! Trunk writes `index.html` (the stylesheet already inline), the wasm-bindgen glue (a classic
//! script) and the `.wasm` file. This step makes them one page that needs no other file and makes
//! no request: it fills the mount root with the whole article (`src/bin/static_page.rs`), and
//! replaces Trunk's two script tags with the glue, the wasm (LZMA-compressed by `lzma.rs`,
//! base64, in a `<script>` data block), the LZMA decoder `lzma.js` and `boot.js`, all inline.
//! The glue's loader is cut down to the bytes boot.js gives it (`loader.rs`). The stylesheet,
//! the glue, `lzma.js`, `boot.js` and `sw.js` are minified first (`minify.rs`). That page is
//! written twice, as `index.html` (what the web server serves) and as `relief-guide.html` (what
//! "Save for offline use" downloads), with `sw.js` beside them.
//! docs/decisions.md ("Offline") says why.
//!
//! The page carries its own Content-Security-Policy (a `<meta>`, so that it holds wherever the
//! page is opened: served, from disk, in a partner's frame): nothing runs or styles it but the
//! exact inline scripts and styles written here, allowed by their SHA-256 hashes. SECURITY.md
//! explains each directive.

use crate::files::PAGE_FILE;
use crate::hash::{base64, integrity};
use crate::html_scan::{style_texts, without_comments, without_tags_naming};
use crate::process::{self, command};
use crate::{Result, content_check, loader, lzma, minify, replace, short_names};
use std::fs;
use std::path::{Path, PathBuf};

/// The start tag of index.html's mount root, which Trunk leaves empty and this step fills.
const MOUNT_ROOT: &str = r#"<div id="relief-guide">"#;
/// The wasm with short names (short_names.rs), beside Trunk's output.
const RENAMED_WASM: &str = "short-names.wasm";
/// The data block holding the wasm; boot.js reads it by this id.
const WASM_ELEMENT_ID: &str = "relief-guide-wasm";
/// Starts the app from that data block.
const BOOT_JS: &str = include_str!("../../assets/js/boot.js");
/// On a hosted page of one language: opens the page of the language the patient asks for
/// before the app's code arrives (issue 13). Runs after lines that define PAGES and HERE.
const CHOOSE_PAGE_JS: &str = include_str!("../../assets/js/choose_page.js");
/// On every page, first: marks a tap on a prerendered link made before the app runs.
const EARLY_STEP_JS: &str = include_str!("../../assets/js/early_step.js");
/// The page's first element; the policy goes right after it, before anything it governs.
const CHARSET: &str = r#"<meta charset="utf-8">"#;

/// The app as Trunk built it, and the markup to show until it starts.
pub struct App<'a> {
    /// The names of the glue and wasm files, which Trunk's script tags refer to.
    pub glue_name: &'a str,
    pub wasm_name: &'a str,
    pub glue: &'a str,
    /// The LZMA decoder, [`lzma::DECODER_JS`], and the script that starts the app from the
    /// inline wasm, [`BOOT_JS`] (both minified by [`bundle`]).
    pub decoder: &'a str,
    pub boot: &'a str,
    pub wasm: &'a [u8],
    pub static_page: &'a str,
    /// What follows the mount root: on the downloaded file, the article in every language
    /// (`static-page --all --saved-copies`), which its wasm does not carry; else nothing.
    pub after_root: &'a str,
    /// The script that runs first, in the page's head: [`EARLY_STEP_JS`], then, on a page of
    /// one language, the one that opens the page of the language the patient asks for (see
    /// [`page_chooser`]).
    pub head: &'a str,
}

/// What one built page carries: one language's words (with the pages of every language, to
/// send a patient to theirs), or every language (the downloaded file).
pub enum Carries<'a> {
    One {
        lang: &'a str,
        pages: &'a [LanguagePage],
    },
    All,
}

/// A language of the guide and the file of its page, as the app names them.
pub struct LanguagePage {
    pub lang: String,
    pub file: String,
}

/// Every language's page, from the app itself (`static-page --pages`, one `lang file` a line),
/// so that the build and the app's language switcher name the same files.
pub fn language_pages() -> Result<Vec<LanguagePage>> {
    let listed = static_page(&["--pages"], None)?;
    listed
        .lines()
        .map(|line| match line.split_once(' ') {
            Some((lang, file)) => Ok(LanguagePage {
                lang: lang.to_owned(),
                file: file.to_owned(),
            }),
            None => Err(format!(
                "static-page --pages printed {line:?}, not `lang file`"
            )),
        })
        .collect()
}

/// `static-page ARGS`: the app's own markup and names (and, for the bench, the pages it
/// compares the guide with), printed by its native binary.
pub fn static_page(args: &[&str], content: Option<&Path>) -> Result<String> {
    let mut all = vec!["run", "--quiet", "--bin", "static-page", "--"];
    all.extend_from_slice(args);
    let mut static_page = command("cargo", &all);
    if let Some(content) = content {
        static_page.env(content_check::CONTENT_VARIABLE, content);
    }
    process::output(&mut static_page)
}

/// The script that sends a patient on `here`'s page to the page of their language: the app's
/// own choice (`?lang=`, else the browser's languages) made before its code arrives.
pub fn page_chooser(here: &str, pages: &[LanguagePage]) -> String {
    let entries: Vec<String> = pages
        .iter()
        .map(|page| format!("'{}': '{}'", page.lang, page.file))
        .collect();
    format!(
        "const PAGES = {{ {} }};\nconst HERE = '{here}';\n{CHOOSE_PAGE_JS}",
        entries.join(", ")
    )
}

/// The one-file page from the Trunk build in `trunk_dir`, carrying `carries`.
/// The prerendered markup comes from the content in `content` if given (else `content/`), as
/// the app's words do.
pub fn page(trunk_dir: &Path, carries: &Carries, content: Option<&Path>) -> Result<String> {
    let trunk_page =
        minify::inline_styles(&without_comments(&read_text(&trunk_dir.join(PAGE_FILE))?));
    let glue_path = the_one_file(trunk_dir, APP_FILES, ".js")?;
    let wasm_path = the_one_file(trunk_dir, APP_FILES, "_bg.wasm")?;
    let app = short_names::shorten(
        &read_text(&glue_path)?,
        &wasm_path,
        &trunk_dir.join(RENAMED_WASM),
    )?;
    let glue = minify::glue(&loader::for_bytes(&app.glue)?, &app.imports)?;
    let (lang_args, head_script) = match carries {
        Carries::One { lang, pages } => (
            vec!["--lang", lang],
            format!("{EARLY_STEP_JS}\n{}", page_chooser(lang, pages)),
        ),
        Carries::All => (vec!["--all"], EARLY_STEP_JS.to_owned()),
    };
    let (static_markup, after_root) = match carries {
        Carries::One { .. } => (static_page(&lang_args, content)?, String::new()),
        Carries::All => every_language_markup(content)?,
    };
    let head = static_page(&[lang_args.as_slice(), &["--head"]].concat(), content)?;
    let page = one_file_page(
        &trunk_page,
        &App {
            glue_name: &file_name(&glue_path),
            wasm_name: &file_name(&wasm_path),
            glue: &glue,
            decoder: &minify::js(lzma::DECODER_JS)?,
            boot: &minify::js(BOOT_JS)?,
            wasm: &app.wasm,
            static_page: &static_markup,
            after_root: &after_root,
            head: &minify::js(&head_script)?,
        },
    )?;
    localised_head(&page, &head)
}

/// The page's `<html lang>`, `<title>` and description in the language of its words: `head` is
/// what `static-page --head` prints, `lang`, then the title and description elements.
fn localised_head(page: &str, head: &str) -> Result<String> {
    let mut lines = head.lines();
    let (Some(lang), Some(title), Some(description)) = (lines.next(), lines.next(), lines.next())
    else {
        return Err(format!(
            "static-page --head printed {head:?}: not three lines"
        ));
    };
    let page = replace_once(
        page,
        "<html lang=\"en\">",
        &format!("<html lang=\"{lang}\">"),
        "<html lang=\"en\">",
    )?;
    let page = replace_between(&page, "<title>", "</title>", title)?;
    replace_between(&page, "<meta name=\"description\"", ">", description)
}

/// `text` with the one element that starts with `start` (up to the next `end`) replaced.
fn replace_between(text: &str, start: &str, end: &str, to: &str) -> Result<String> {
    let from = text
        .find(start)
        .ok_or_else(|| format!("index.html has no `{start}`"))?;
    let to_end = text[from..]
        .find(end)
        .ok_or_else(|| format!("index.html's `{start}` has no `{end}`"))?;
    Ok(format!(
        "{}{to}{}",
        &text[..from],
        &text[from + to_end + end.len()..]
    ))
}

/// The page Trunk wrote, with the article in its mount root and the app inline.
pub fn one_file_page(trunk_page: &str, app: &App) -> Result<String> {
    let names = [app.glue_name, app.wasm_name];
    let page = without_tags_naming(trunk_page, &names);
    if let Some(name) = names.iter().find(|name| page.contains(*name)) {
        return Err(format!(
            "index.html still refers to {name} after its script tags were removed: Trunk loads \
             it in a way this step does not know (see pattern_script in Trunk.toml)"
        ));
    }
    let page = fill_mount_root(&page, app.static_page, app.after_root)?;
    let (glue, decoder, boot) = (
        script_text(app.glue)?,
        script_text(app.decoder)?,
        script_text(app.boot)?,
    );
    let head = script_text(app.head)?;
    let scripts = format!(
        "<script id=\"{WASM_ELEMENT_ID}\" type=\"application/octet-stream\">{}</script>\n\
         <script>{glue}</script>\n<script>{decoder}</script>\n<script>{boot}</script>\n</body>",
        base64(&lzma::compress(app.wasm)),
    );
    let page = replace_once(&page, "</body>", &scripts, "</body>")?;
    let inline_scripts = [
        head.as_str(),
        glue.as_str(),
        decoder.as_str(),
        boot.as_str(),
    ];
    let policy = content_security_policy(&inline_scripts, &style_texts(&page));
    // The head's script runs first, right after the policy that allows it.
    replace_once(
        &page,
        CHARSET,
        &format!(
            "{CHARSET}\n  <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">\n  <script>{head}</script>"
        ),
        "the charset declaration",
    )
}

/// The policy for a page whose only scripts and styles are these inline ones. The wasm data
/// block needs no entry: a `<script>` of a type that is not JavaScript is data, which browsers
/// neither run nor check against the policy.
pub fn content_security_policy(scripts: &[&str], styles: &[&str]) -> String {
    let hashes = |texts: &[&str]| {
        texts
            .iter()
            .map(|text| format!("'{}'", integrity(text.as_bytes())))
            .collect::<Vec<_>>()
            .join(" ")
    };
    [
        // Anything not named below: no fetch, font, frame, media, manifest or prefetch.
        "default-src 'none'".to_owned(),
        // WebAssembly.instantiate needs 'wasm-unsafe-eval'; JavaScript's eval stays refused.
        format!("script-src {} 'wasm-unsafe-eval'", hashes(scripts)),
        format!("style-src {}", hashes(styles)),
        // The favicon is `data:,`: no request.
        "img-src data:".to_owned(),
        // sw.js, beside the page (src/platform/offline.rs).
        "worker-src 'self'".to_owned(),
        "base-uri 'none'".to_owned(),
        "form-action 'none'".to_owned(),
        "object-src 'none'".to_owned(),
    ]
    .join("; ")
}

/// `js` made safe as the text of an inline classic script. The HTML parser ends a script at the
/// first `</script`, whatever the JavaScript around it; `<\/script` means the same in a string,
/// a regular expression or a comment. `<!--` can make the parser skip the real end tag and has
/// no such safe spelling, so it is refused.
fn script_text(js: &str) -> Result<String> {
    let lower = js.to_ascii_lowercase();
    if lower.contains("<!--") {
        return Err(
            "a script to inline contains `<!--`, which would break the page around it".to_owned(),
        );
    }
    let mut escaped = String::with_capacity(js.len() + 16);
    let mut copied = 0;
    for (at, _) in lower.match_indices("</script") {
        escaped.push_str(&js[copied..at]);
        escaped.push_str("<\\/");
        copied = at + "</".len();
    }
    escaped.push_str(&js[copied..]);
    Ok(escaped)
}

/// The downloaded file's markup: what goes into its mount root (the prerendered start screen
/// and article, `static-page --all`), and what follows the root (the article in every language,
/// `static-page --all --saved-copies`), from the content in `content` if given.
fn every_language_markup(content: Option<&Path>) -> Result<(String, String)> {
    Ok((
        static_page(&["--all"], content)?,
        static_page(&["--all", "--saved-copies"], content)?,
    ))
}

/// `page`, Trunk's index.html, with its empty mount root filled with `inside`, and `after` right
/// after the root.
fn fill_mount_root(page: &str, inside: &str, after: &str) -> Result<String> {
    replace_once(
        page,
        &format!("{MOUNT_ROOT}</div>"),
        &format!("{MOUNT_ROOT}{inside}</div>{after}"),
        "the empty mount root",
    )
}

/// `cargo xtask fill-staged-page`, Trunk's post-build hook (Trunk.toml): the page Trunk staged
/// (`$TRUNK_STAGING_DIR/index.html`, with an empty mount root) filled as the downloaded file's
/// is. Without it a page fresh from Trunk (`cargo xtask serve`, the test build) would have no
/// article for the app to take its words from.
pub fn fill_staged_page() -> Result {
    let staging = std::env::var_os("TRUNK_STAGING_DIR")
        .ok_or("TRUNK_STAGING_DIR is not set: this runs as Trunk's post-build hook")?;
    let path = Path::new(&staging).join(PAGE_FILE);
    let (inside, after) = every_language_markup(None)?;
    let page = fill_mount_root(&read_text(&path)?, &inside, &after)?;
    fs::write(&path, page).map_err(|err| cannot("write", &path, &err))
}

/// `text`, Trunk's index.html, with `from`, which must occur there exactly once, replaced by `to`.
fn replace_once(text: &str, from: &str, to: &str, what: &str) -> Result<String> {
    replace::once(PAGE_FILE, text, from, to, what)
}

/// How Trunk names the app's files: the binary's name, then a hash (`relief-guide-1f2e….js`).
/// Other files in `dist/`, such as the copied `embed.js`, do not start with it.
const APP_FILES: &str = "relief-guide-";

/// The one file in `dir` whose name starts with `prefix` and ends with `suffix` (Trunk writes
/// exactly one of each kind).
fn the_one_file(dir: &Path, prefix: &str, suffix: &str) -> Result<PathBuf> {
    let entries = fs::read_dir(dir).map_err(|err| cannot("list", dir, &err))?;
    let mut found: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| {
            let name = file_name(path);
            name.starts_with(prefix) && name.ends_with(suffix)
        })
        .collect();
    match found.len() {
        1 => Ok(found.remove(0)),
        count => Err(format!(
            "expected one {prefix}*{suffix} file from Trunk in {}, found {count}",
            dir.display()
        )),
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn read_text(path: &Path) -> Result<String> {
    fs::read_to_string(path).map_err(|err| cannot("read", path, &err))
}

fn cannot(action: &str, path: &Path, err: &std::io::Error) -> String {
    format!("cannot {action} {}: {err}", path.display())
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine;
    use base64::engine::general_purpose::STANDARD;
    use sha2::{Digest, Sha256};
    use std::collections::{BTreeMap, BTreeSet};
    use std::io::Read;

    const TRUNK_PAGE: &str = concat!(
        "<!doctype html><html><head><meta charset=\"utf-8\"><link rel=\"icon\" href=\"data:,\">",
        "<style>p{}</style></head>\n",
        "<body>\n<div id=\"relief-guide\"></div>\n",
        "<script src=\"/app-1f.js\"></script><script>wasm_bindgen({ module_or_path: \"/app-1f_bg.wasm\" })</script>\n",
        "</body></html>\n"
    );

    fn app<'a>(glue: &'a str, wasm: &'a [u8]) -> App<'a> {
        App {
            glue_name: "app-1f.js",
            wasm_name: "app-1f_bg.wasm",
            glue,
            decoder: lzma::DECODER_JS,
            boot: BOOT_JS,
            wasm,
            static_page: "<main><h1>The article</h1></main>",
            after_root: "",
            head: EARLY_STEP_JS,
        }
    }

    #[test]
    fn an_inline_script_cannot_end_early() {
        let text = script_text(r#"const end = "</script>"; /<\/SCRIPT/i; // </Script"#).unwrap();
        assert_eq!(
            text,
            r#"const end = "<\/script>"; /<\/SCRIPT/i; // <\/Script"#
        );
        assert!(!text.to_ascii_lowercase().contains("</script"));
        assert!(script_text("const comment = '<!-- <script>';").is_err());
    }

    #[test]
    fn the_page_has_the_article_and_the_app_inline_and_no_tag_loading_a_file() {
        let wasm: Vec<u8> = (0..=255).cycle().take(5000).collect();
        let page = one_file_page(TRUNK_PAGE, &app("let wasm_bindgen = 1;", &wasm)).unwrap();

        assert!(page.contains(r#"<div id="relief-guide"><main><h1>The article</h1></main></div>"#));
        assert!(!page.contains("app-1f"), "Trunk's tags are gone: {page}");
        assert!(
            page.contains(r#"<link rel="icon" href="data:,">"#),
            "other tags stay"
        );
        let glue_at = page.find("<script>let wasm_bindgen = 1;</script>").unwrap();
        let decoder_at = page.find("const unlzma = ").unwrap();
        let boot_at = page.find("wasm_bindgen({ module_or_path: wasm })").unwrap();
        assert!(
            glue_at < boot_at && decoder_at < boot_at,
            "the glue and lzma.js define wasm_bindgen and unlzma before boot.js calls them"
        );
        assert!(page.trim_end().ends_with("</script>\n</body></html>"));

        // The data block decodes (base64, then .lzma as lzma.js reads it) to the very wasm.
        let data = inline_texts(
            &page,
            r#"<script id="relief-guide-wasm" type="application/octet-stream">"#,
        );
        assert_eq!(data.len(), 1, "one wasm data block");
        let packed = STANDARD
            .decode(data[0])
            .expect("standard base64, as atob reads it");
        assert!(packed.len() < wasm.len(), "compressed");
        let mut unpacked = Vec::new();
        lzma_rust2::LzmaReader::new_mem_limit(&packed[..], u32::MAX, None)
            .and_then(|mut reader| reader.read_to_end(&mut unpacked))
            .expect("a .lzma stream");
        assert!(unpacked == wasm, "the data block holds the wasm");
        assert!(BOOT_JS.contains("getElementById('relief-guide-wasm')"));
    }

    #[test]
    fn a_page_this_step_does_not_understand_fails_the_build() {
        let wasm = [0u8; 8];
        let filled_root = TRUNK_PAGE.replace("relief-guide\"></div>", "relief-guide\">x</div>");
        assert!(one_file_page(&filled_root, &app("", &wasm)).is_err());
        let unknown_reference = format!("{TRUNK_PAGE}<img src=\"/app-1f_bg.wasm\">");
        assert!(one_file_page(&unknown_reference, &app("", &wasm)).is_err());
    }

    /// The text of each element in `html` that starts with `start_tag` (up to its end tag).
    fn inline_texts<'a>(html: &'a str, start_tag: &str) -> Vec<&'a str> {
        let end_tag = format!("</{}>", &start_tag[1..start_tag.find([' ', '>']).unwrap()]);
        html.split(start_tag)
            .skip(1)
            .map(|rest| &rest[..rest.find(&end_tag).unwrap()])
            .collect()
    }

    /// `'sha256-…'`, as CSP 3 defines a hash source: base64 of the SHA-256 of the UTF-8 text.
    fn hash_source(text: &str) -> String {
        format!(
            "'sha256-{}'",
            STANDARD.encode(Sha256::digest(text.as_bytes()))
        )
    }

    #[test]
    fn the_policy_allows_exactly_the_inline_scripts_and_styles_by_hash() {
        let wasm = [0u8; 8];
        let page = one_file_page(TRUNK_PAGE, &app("let wasm_bindgen = 1;", &wasm)).unwrap();
        let policy = page
            .split(r#"<meta http-equiv="Content-Security-Policy" content=""#)
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .expect("the page has a policy");
        let head = &page[..page.find("<style>").unwrap()];
        assert!(
            head.contains("Content-Security-Policy"),
            "before what it governs"
        );
        let directives: BTreeMap<&str, BTreeSet<&str>> = policy
            .split(';')
            .map(|directive| {
                let mut words = directive.split_whitespace();
                (words.next().unwrap(), words.collect())
            })
            .collect();
        // What the browser will hash: the text of every script it runs, and of every style
        // element, as the page has them (the wasm data block is not a script it runs).
        let scripts: Vec<String> = inline_texts(&page, "<script>")
            .into_iter()
            .map(hash_source)
            .collect();
        let styles: Vec<String> = inline_texts(&page, "<style>")
            .into_iter()
            .map(hash_source)
            .collect();
        assert_eq!(
            (scripts.len(), styles.len()),
            (4, 1),
            "the head's script, glue, lzma.js, boot.js; the stylesheet"
        );
        let sources = |hashes: &[String], extra: &[&'static str]| -> BTreeSet<String> {
            hashes
                .iter()
                .cloned()
                .chain(extra.iter().map(|s| s.to_string()))
                .collect()
        };
        let owned = |name: &str| -> BTreeSet<String> {
            directives[name].iter().map(|s| s.to_string()).collect()
        };
        assert_eq!(
            owned("script-src"),
            sources(&scripts, &["'wasm-unsafe-eval'"])
        );
        assert_eq!(owned("style-src"), sources(&styles, &[]));
        for (name, only) in [
            ("default-src", "'none'"),
            ("img-src", "data:"),
            ("worker-src", "'self'"),
            ("base-uri", "'none'"),
            ("form-action", "'none'"),
            ("object-src", "'none'"),
        ] {
            assert_eq!(owned(name), sources(&[], &[only]), "{name}");
        }
        assert_eq!(directives.len(), 8, "no other directive: {policy}");
    }
}
