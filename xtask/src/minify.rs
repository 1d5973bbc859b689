//! Smaller inline code in the one-file page (`cargo xtask dist` only; `cargo xtask serve` serves
//! Trunk's build as it is).
//!
//! Why: issue 7 counts the gzip size of everything a first visit downloads, and the page carries
//! the stylesheet, the wasm-bindgen glue, `boot.js` and, beside it, `sw.js` as written, comments
//! and indentation included. Minified, they are about 4.5 KB smaller after gzip.
//!
//! - JavaScript goes through terser (npm, pinned in package.json) with its default `--compress`
//!   and `--mangle`, which keep what other code reaches by name: top-level names (the glue's
//!   global `wasm_bindgen`, which boot.js calls; sw.js's `BUILD`, `PAGE` and `SAME_PAGE`, defined
//!   by the lines written before it) and every property name (the imports the wasm looks
//!   up). Do not add `--toplevel` or `--mangle-props`: [`glue`] checks that the names survive.
//! - CSS goes through [`css`], a few lines of Rust that only drop comments and whitespace where
//!   CSS does not need them; it changes no value, selector or rule (see its tests, and
//!   tests/e2e/minified.spec.ts, where the browser reads exactly the rules of the source).
//!
//! Why not lightningcss for the CSS (measured for issue 15 on assets/style.css, 12,289 bytes,
//! 3,878 gzip -9): [`css`] gives 8,694 bytes, 2,534 gzip; lightningcss 1.0.0-alpha.72
//! (`lightningcss --minify`, npm lightningcss-cli 1.33.0) gives 8,534 bytes, 2,493 gzip, 41 bytes
//! smaller, and with `--targets '>= 0.25%'` 9,195 bytes, 2,590 gzip, larger. It earns those 41
//! bytes by rewriting the rules: it reorders and merges declarations, shortens values
//! (`transparent` to `#0000`) and selectors (`*::before` to `:before`), so the browser no longer
//! reads the source's rules and the test above, which proves that minifying changed nothing,
//! cannot hold; it has no mode that only drops whitespace. 41 bytes of a 100 KB budget do not
//! pay for that, nor for its compile time and its MPL-2.0 licence in xtask.
//!
//! The page's Content-Security-Policy hashes are computed afterwards from the text written
//! (`single_file.rs`), so they are the minified text's.

use crate::Result;
use crate::html_scan::style_text_ranges;
use crate::process::{self, command};
use crate::short_names;

/// `code` (a classic script) minified by terser.
pub fn js(code: &str) -> Result<String> {
    let minified = process::filter(&mut command("terser", &["--compress", "--mangle"]), code)?;
    Ok(minified.trim_end().to_owned())
}

/// The wasm-bindgen glue minified, after checking that what boot.js and the wasm use by name is
/// still there: the global `wasm_bindgen` and the keys of the import object, one for each of the
/// wasm's `imports` (short_names.rs).
pub fn glue(code: &str, imports: &[(String, String)]) -> Result<String> {
    let minified = js(code)?;
    if declares_global(code) && !declares_global(&minified) {
        return Err(lost("the global wasm_bindgen"));
    }
    short_names::provides_imports(&minified, imports).map_err(|err| lost(&err))?;
    Ok(minified)
}

fn lost(what: &str) -> String {
    format!(
        "minifying the wasm-bindgen glue lost what boot.js or the wasm use ({what}): terser must \
         keep top-level and property names (xtask/src/minify.rs)"
    )
}

/// Whether `code` starts by declaring the global `wasm_bindgen` (`let`/`var`, as wasm-bindgen's
/// no-modules output does).
fn declares_global(code: &str) -> bool {
    let code = code.trim_start();
    ["let wasm_bindgen", "var wasm_bindgen"]
        .iter()
        .any(|start| code.starts_with(start))
}

/// `html` with the text of each `<style>` element minified by [`css`].
pub fn inline_styles(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut copied = 0;
    for text in style_text_ranges(html) {
        out.push_str(&html[copied..text.start]);
        out.push_str(&css(&html[text.clone()]));
        copied = text.end;
    }
    out.push_str(&html[copied..]);
    out
}

/// Tokens next to which whitespace is never needed: blocks, declarations, lists, the child
/// combinator, and `!important`. (Not `(`, `)`, `+`, `-`, `*`, `/`: `and (`, `:not(.a) .b` and
/// `calc(1px + 2px)` need their spaces.)
const NO_SPACE_BEFORE: &[char] = &['{', '}', ';', ',', '>', '!'];
/// The same after; also `:` (never followed by whitespace that matters: in a selector a pseudo-
/// class follows it at once, in a declaration or media feature the value's leading whitespace
/// is dropped by the parser anyway). Whitespace before `:` stays (`a :hover` is not `a:hover`).
const NO_SPACE_AFTER: &[char] = &['{', '}', ';', ',', '>', ':'];

/// `css` without comments and with whitespace only where it means something (one space).
/// Strings, `url(…)` without quotes and `\` escapes are copied as they are. The last `;` of a
/// block is dropped. A comment between two tokens with no whitespace around it stays as `/**/`,
/// so that the tokens stay apart (`a/**/b` is not `ab`, nor `a b`).
pub fn css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    // Whitespace (or a comment) came since the last token written.
    let mut space = false;
    // The last token written, if it was one of the delimiters above (not in a string or escape).
    let mut last: Option<char> = None;
    let mut rest = css;
    while let Some(c) = rest.chars().next() {
        if let Some(comment) = rest.strip_prefix("/*") {
            rest = comment.find("*/").map_or("", |end| &comment[end + 2..]);
            let next = rest.chars().next();
            if !space && !out.is_empty() && next.is_some_and(|c| !c.is_ascii_whitespace()) {
                out.push_str("/**/");
                last = None;
            }
            continue;
        }
        if c.is_ascii_whitespace() {
            space = true;
            rest = &rest[1..];
            continue;
        }
        let len = match c {
            '"' | '\'' => string_len(rest, c),
            '\\' => 1 + rest[1..].chars().next().map_or(0, char::len_utf8),
            _ => unquoted_url_len(rest).unwrap_or(c.len_utf8()),
        };
        let delimiter = (len == 1 && !matches!(c, '"' | '\'' | '\\')).then_some(c);
        // An empty value (`--x: ;`) keeps its space: older browsers need it.
        let empty_value = last == Some(':') && matches!(c, ';' | '}');
        let needed = !last.is_some_and(|prev| NO_SPACE_AFTER.contains(&prev))
            && !delimiter.is_some_and(|next| NO_SPACE_BEFORE.contains(&next));
        if space && !out.is_empty() && (needed || empty_value) {
            out.push(' ');
        }
        if c == '}' && last == Some(';') {
            out.pop();
        }
        out.push_str(&rest[..len]);
        rest = &rest[len..];
        space = false;
        last = delimiter;
    }
    out
}

/// The length of the string that starts `text` with `quote`, up to its closing quote, or up to
/// (not including) the line end or the end of `text` when it has none.
fn string_len(text: &str, quote: char) -> usize {
    let mut chars = text.char_indices().skip(1);
    while let Some((at, c)) = chars.next() {
        match c {
            '\\' => {
                chars.next();
            }
            '\n' => return at,
            _ if c == quote => return at + 1,
            _ => {}
        }
    }
    text.len()
}

/// The length of `url(…)` at the start of `text` when its address is not quoted (a quoted one
/// is a string, copied as one): up to and with the `)`.
fn unquoted_url_len(text: &str) -> Option<usize> {
    let head = text.get(..4)?;
    if !head.eq_ignore_ascii_case("url(") {
        return None;
    }
    let address = text[4..].trim_start();
    if address.starts_with(['"', '\'']) {
        return None;
    }
    let mut chars = text.char_indices().skip(4);
    while let Some((at, c)) = chars.next() {
        match c {
            '\\' => {
                chars.next();
            }
            ')' => return Some(at + 1),
            _ => {}
        }
    }
    Some(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_and_whitespace_go() {
        assert_eq!(
            css("/* A comment. */\n:root {\n  --text: #0b0c0c; /* dark */\n  color: red;\n}\n\n"),
            ":root{--text:#0b0c0c;color:red}"
        );
        assert_eq!(
            css("a , b > c { margin : 0 auto ; }"),
            "a,b>c{margin :0 auto}"
        );
        assert_eq!(css("/* only a comment */"), "");
        assert_eq!(css("p { color: red } /* unterminated"), "p{color:red}");
    }

    #[test]
    fn strings_are_kept_as_written() {
        assert_eq!(
            css(r#"p::before { content: "a ; b { } /* c */"; font-family: "Segoe UI", serif; }"#),
            r#"p::before{content:"a ; b { } /* c */";font-family:"Segoe UI",serif}"#
        );
        assert_eq!(
            css(r"q { quotes: '\' ;  ' 'x'; }"),
            r"q{quotes:'\' ;  ' 'x'}"
        );
    }

    #[test]
    fn addresses_are_kept_as_written() {
        assert_eq!(
            css("a { background: url(data:image/svg+xml;x/*y*/,a) no-repeat, url( 'b c.png' ); }"),
            "a{background:url(data:image/svg+xml;x/*y*/,a) no-repeat,url( 'b c.png' )}"
        );
    }

    #[test]
    fn media_queries_keep_the_spaces_they_need() {
        assert_eq!(
            css("@media screen and (max-width: 40em) , print {\n  h1 { font-size: 1.5rem; }\n}\n"),
            "@media screen and (max-width:40em),print{h1{font-size:1.5rem}}"
        );
        assert_eq!(
            css("@media (scripting: none) { .a { display: none; } }"),
            "@media (scripting:none){.a{display:none}}"
        );
    }

    #[test]
    fn arithmetic_and_lists_of_values_keep_their_spaces() {
        assert_eq!(
            css("a { width: calc(100% - (1px + 2px) * 2); margin: 0 -2px; }"),
            "a{width:calc(100% - (1px + 2px) * 2);margin:0 -2px}"
        );
        assert_eq!(
            css("a { box-shadow: 0 -2px var(--focus), 0 4px var(--text, #000) !important; }"),
            "a{box-shadow:0 -2px var(--focus),0 4px var(--text,#000)!important}"
        );
    }

    #[test]
    fn selectors_keep_their_combinators() {
        assert_eq!(
            css(".guide-running .guide-main > :not(.saved-copy) { display: none; }"),
            ".guide-running .guide-main>:not(.saved-copy){display:none}"
        );
        assert_eq!(
            css("a :hover, input:focus-visible + .label::before, a ~ b {}"),
            "a :hover,input:focus-visible + .label::before,a ~ b{}"
        );
        assert_eq!(css(r".a\: .b { x: y }"), r".a\: .b{x:y}");
    }

    #[test]
    fn comments_between_tokens_keep_them_apart() {
        assert_eq!(css("div/**/.x, a/* c */b { }"), "div/**/.x,a/**/b{}");
        assert_eq!(css("a /* c */b, a/* c */ b"), "a b,a b");
    }

    #[test]
    fn an_empty_custom_property_keeps_its_space() {
        assert_eq!(
            css(":root { --empty: ; --x: 1px; }"),
            ":root{--empty: ;--x:1px}"
        );
    }

    #[test]
    fn non_ascii_text_is_copied() {
        assert_eq!(
            css("a::after { content: \"→ é\" ; }"),
            "a::after{content:\"→ é\"}"
        );
        assert_eq!(css(".café  .thé{}"), ".café .thé{}");
    }

    #[test]
    fn only_the_text_of_style_elements_changes() {
        let html = "<head><style>p { color: red; }</style></head>\n<body><p> a  b </p>\
                    <style media=\"print\">\n  a { b: c }\n</style></body>";
        assert_eq!(
            inline_styles(html),
            "<head><style>p{color:red}</style></head>\n<body><p> a  b </p>\
             <style media=\"print\">a{b:c}</style></body>"
        );
    }

    #[test]
    fn the_glue_must_keep_its_global() {
        assert!(declares_global("let wasm_bindgen = (function() {})();"));
        assert!(declares_global("let wasm_bindgen=function(){}();"));
        assert!(!declares_global("let w=function(){}();"));
    }
}
