//! How article text is cut into paragraphs and sentences, and how `{placeholders}` are found.

use std::collections::BTreeSet;

/// Quotes and brackets that may close a sentence after its full stop, as in `“Stop.” Then`.
const CLOSERS: [char; 5] = ['”', '"', '’', '\'', ')'];

/// Splits an article `text` into paragraphs (separated by blank lines), each a list of
/// sentences. A paragraph's lines are trimmed and joined with single spaces.
pub fn paragraphs(text: &str) -> Vec<Vec<String>> {
    let mut paragraphs = Vec::new();
    let mut lines = Vec::new();
    // The empty line at the end closes the last paragraph.
    for line in text.lines().map(str::trim).chain([""]) {
        if !line.is_empty() {
            lines.push(line);
        } else if !lines.is_empty() {
            paragraphs.push(sentences(&lines.join(" ")));
            lines.clear();
        }
    }
    paragraphs
}

/// A sentence ends at '.', '?' or '!' (maybe followed by one closer) that is followed by
/// whitespace or the end of the paragraph; the text is otherwise kept as written.
fn sentences(paragraph: &str) -> Vec<String> {
    let mut sentences = Vec::new();
    let mut start = 0;
    let mut chars = paragraph.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if !matches!(c, '.' | '?' | '!') {
            continue;
        }
        chars.next_if(|&(_, next)| CLOSERS.contains(&next));
        let end = chars.peek().map_or(paragraph.len(), |&(index, _)| index);
        if paragraph[end..]
            .chars()
            .next()
            .is_none_or(char::is_whitespace)
        {
            sentences.push(paragraph[start..end].trim().to_string());
            start = end;
        }
    }
    let rest = paragraph[start..].trim();
    if !rest.is_empty() {
        sentences.push(rest.to_string());
    }
    sentences
}

/// The names in `{braces}` that the app fills in.
pub fn placeholders(text: &str) -> BTreeSet<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|after_brace| after_brace.split_once('}').map(|(name, _)| name))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_end_at_stops_followed_by_space_or_the_end() {
        assert_eq!(
            paragraphs("It hurts. Does it?  Yes!\nIt lasts 3.5 months\n"),
            [["It hurts.", "Does it?", "Yes!", "It lasts 3.5 months"]]
        );
    }

    #[test]
    fn a_closing_quote_or_bracket_stays_with_its_sentence() {
        assert_eq!(
            paragraphs("They said “Wait.” Then (we did.) It’s ‘fine.’ Done"),
            [[
                "They said “Wait.”",
                "Then (we did.)",
                "It’s ‘fine.’",
                "Done"
            ]]
        );
    }

    #[test]
    fn blank_lines_separate_paragraphs_and_lines_are_joined_with_one_space() {
        assert_eq!(
            paragraphs("\n  One line\nand the next.\n\n\n Second.\n"),
            [vec!["One line and the next."], vec!["Second."]]
        );
    }

    #[test]
    fn blank_text_has_no_paragraphs() {
        assert!(paragraphs(" \n\n ").is_empty());
    }

    #[test]
    fn placeholders_are_the_names_in_braces() {
        assert_eq!(
            placeholders("Question {number} of {total}, {number} again, not {closed")
                .into_iter()
                .collect::<Vec<_>>(),
            ["number", "total"]
        );
    }
}
