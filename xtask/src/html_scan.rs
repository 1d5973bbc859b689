//! The few questions `cargo xtask dist` asks of the HTML Trunk writes, answered by scanning its
//! text (a leaf module: it imports only std). Trunk's page is ours and simple: no `<style>` or
//! `<script>` text inside comments or attributes, which these scanners do not look for.

use std::ops::Range;

/// Where the text of each `<style>` element of `html` is (between its start and end tags).
pub fn style_text_ranges(html: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut from = 0;
    while let Some(start) = html[from..].find("<style").map(|at| from + at) {
        let Some(text_start) = html[start..].find('>').map(|at| start + at + 1) else {
            break;
        };
        let Some(text_end) = html[text_start..]
            .find("</style>")
            .map(|at| text_start + at)
        else {
            break;
        };
        ranges.push(text_start..text_end);
        from = text_end + "</style>".len();
    }
    ranges
}

/// The text of every `<style>` element in `html`, as the browser hashes it.
pub fn style_texts(html: &str) -> Vec<&str> {
    style_text_ranges(html)
        .into_iter()
        .map(|range| &html[range])
        .collect()
}

/// `html` without the `<script>…</script>` and `<link …>` elements that mention any of `names`.
pub fn without_tags_naming(html: &str, names: &[&str]) -> String {
    let mut kept = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = [rest.find("<script"), rest.find("<link")]
        .into_iter()
        .flatten()
        .min()
    {
        let close = if rest[start..].starts_with("<script") {
            "</script>"
        } else {
            ">"
        };
        let Some(end) = rest[start..].find(close).map(|at| start + at + close.len()) else {
            break;
        };
        kept.push_str(&rest[..start]);
        let element = &rest[start..end];
        if !names.iter().any(|name| element.contains(name)) {
            kept.push_str(element);
        }
        rest = &rest[end..];
    }
    kept.push_str(rest);
    kept
}

/// `html` without its comments: index.html's notes for developers, which patients need not
/// download (0.5 KB of each page after gzip). An unclosed comment is kept as it is.
pub fn without_comments(html: &str) -> String {
    let mut kept = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<!--") {
        let Some(end) = rest[start..].find("-->").map(|at| start + at + "-->".len()) else {
            break;
        };
        kept.push_str(&rest[..start]);
        rest = &rest[end..];
    }
    kept.push_str(rest);
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_go_and_everything_else_stays() {
        assert_eq!(
            without_comments("<p>a<!-- one\n -- two -->b</p>\n  <!---->\n<i>c</i><!-- open"),
            "<p>ab</p>\n  \n<i>c</i><!-- open"
        );
        assert_eq!(without_comments("no comment"), "no comment");
    }

    #[test]
    fn finds_the_text_of_each_style_element() {
        let html = "<style>a{}</style><p>x</p><style media=\"print\">b{}</style>";
        assert_eq!(style_texts(html), ["a{}", "b{}"]);
        assert_eq!(
            style_texts("<p>no style</p><style>unclosed"),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn removes_only_the_tags_that_name_a_file() {
        let html = "<link rel=\"icon\" href=\"data:,\"><link rel=\"preload\" href=\"/app.wasm\">\
                    <script src=\"/app.js\"></script><script>boot()</script>";
        assert_eq!(
            without_tags_naming(html, &["app.js", "app.wasm"]),
            "<link rel=\"icon\" href=\"data:,\"><script>boot()</script>"
        );
    }
}
