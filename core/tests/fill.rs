//! `fill`, which puts names, dates and partner values into the content's `{name}` templates.

use proptest::prelude::*;
use relief_core::content::fill;

#[test]
fn each_placeholder_gets_its_value_wherever_and_however_often_it_appears() {
    assert_eq!(
        fill("{a} and {b}, then {a}.", &[("a", "one"), ("b", "two")]),
        "one and two, then one."
    );
    assert_eq!(
        fill("Printed on {date}", &[("date", "1 May")]),
        "Printed on 1 May"
    );
    assert_eq!(fill("no placeholders", &[("a", "x")]), "no placeholders");
    assert_eq!(fill("", &[("a", "x")]), "");
}

#[test]
fn braces_that_name_nothing_known_are_kept_as_written() {
    assert_eq!(fill("{unknown} {a}", &[("a", "x")]), "{unknown} x");
    assert_eq!(fill("open { only", &[("a", "x")]), "open { only");
    assert_eq!(fill("{{a}}", &[("a", "x")]), "{x}");
    assert_eq!(fill("ends with {", &[]), "ends with {");
}

#[test]
fn a_value_is_never_read_as_a_template() {
    assert_eq!(
        fill(
            "Shared by {clinic}. {file}",
            &[("clinic", "{file}"), ("file", "f.html")]
        ),
        "Shared by {file}. f.html"
    );
}

proptest! {
    /// Any template and value: the text around the placeholder is kept, the value appears
    /// verbatim, and nothing panics (multi-byte characters included).
    #[test]
    fn text_around_a_placeholder_is_kept(
        before in "[^{]{0,20}", after in "[^{]{0,20}", value in ".{0,20}"
    ) {
        let template = format!("{before}{{x}}{after}");
        prop_assert_eq!(fill(&template, &[("x", &value)]), format!("{before}{value}{after}"));
    }

    #[test]
    fn any_text_fills_without_panicking(template in ".{0,40}", value in ".{0,10}") {
        fill(&template, &[("a", &value), ("b", "")]);
    }
}
