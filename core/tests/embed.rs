//! Embed mode's parameters: what turns it on, which partner values are used and which are
//! refused, the WCAG contrast maths behind the accent, and (by property tests) that no value
//! can reach the page as anything but a checked colour, plain text or an http(s) address.

use std::collections::HashMap;

use proptest::prelude::*;
use relief_core::engine::embed::{
    Accent, AccentProblem, ContactLink, Embed, MAX_CLINIC_NAME, PageParams, Refused, Rgb,
    contrast_ratio, page_params, power_2_4, standalone_address,
};

fn params(pairs: &[(&str, &str)], in_frame: bool) -> PageParams {
    let query: HashMap<String, String> = pairs
        .iter()
        .map(|(name, value)| (name.to_string(), value.to_string()))
        .collect();
    page_params(|name| query.get(name).cloned(), in_frame)
}

fn embedded(pairs: &[(&str, &str)]) -> (Embed, Vec<Refused>) {
    let page = params(pairs, true);
    (page.embed.expect("embed mode"), page.refused)
}

fn accent_of(value: &str) -> Option<String> {
    embedded(&[("embed", "1"), ("accent", value)])
        .0
        .accent
        .map(|a| a.colour().hex())
}

// --- Embed mode on and off ------------------------------------------------------------------------

#[test]
fn without_embed_1_the_guide_is_on_its_own_page_and_reads_no_partner_value() {
    for flag in [
        None,
        Some("0"),
        Some("true"),
        Some("yes"),
        Some(""),
        Some("1 "),
    ] {
        let mut pairs = vec![("accent", "#0b6e4f"), ("clinic", "Riverside")];
        if let Some(flag) = flag {
            pairs.push(("embed", flag));
        }
        assert_eq!(
            params(&pairs, true),
            PageParams::default(),
            "embed={flag:?}"
        );
    }
}

#[test]
fn embed_1_outside_a_frame_is_refused_so_a_crafted_link_cannot_dress_up_the_guide() {
    let page = params(
        &[
            ("embed", "1"),
            ("clinic", "Real Clinic"),
            ("contact", "https://evil.example/"),
        ],
        false,
    );
    assert!(!page.is_embedded());
    assert_eq!(page.refused, vec![Refused::NotInFrame]);
}

#[test]
fn embed_1_in_a_frame_with_nothing_else_is_plain_embed_mode() {
    let page = params(&[("embed", "1")], true);
    assert!(page.is_embedded());
    assert_eq!(page.embed, Some(Embed::default()));
    assert!(page.refused.is_empty());
}

#[test]
fn valid_partner_values_are_used() {
    let (embed, refused) = embedded(&[
        ("embed", "1"),
        ("accent", "#0B6E4F"),
        ("clinic", "  Riverside \n\t Physiotherapy "),
        (
            "contact",
            "https://riverside.example/contact?from=guide#team",
        ),
        ("lang", "es"),
        ("background", "url(x)"),
    ]);
    assert!(refused.is_empty(), "{refused:?}");
    assert_eq!(
        embed.accent.map(|a| a.colour()),
        Some(Rgb(0x0b, 0x6e, 0x4f))
    );
    assert_eq!(
        embed.clinic_name.as_deref(),
        Some("Riverside Physiotherapy")
    );
    assert_eq!(
        embed.contact.as_ref().map(ContactLink::as_str),
        Some("https://riverside.example/contact?from=guide#team")
    );
}

// --- The accent -------------------------------------------------------------------------------------

#[test]
fn hostile_or_malformed_accents_are_refused_with_a_reason_and_the_default_stays() {
    for hostile in [
        "red;background:url(x)",
        "\"><script>alert(1)</script>",
        "red",
        "#0b6e4f;background:url(x)",
        "#0b6e4f !important",
        " #0b6e4f",
        "0b6e4f",
        "#0b6e4g",
        "#12345",
        "#1234567",
        "#0b6e4f00",
        "rgb(11,110,79)",
        "var(--text)",
        "#٠٠٠٠٠٠",
        "",
    ] {
        let (embed, refused) = embedded(&[("embed", "1"), ("accent", hostile)]);
        assert_eq!(embed.accent, None, "{hostile:?}");
        assert_eq!(
            refused,
            vec![Refused::Accent {
                given: hostile.to_owned(),
                why: AccentProblem::NotHex
            }]
        );
    }
}

#[test]
fn accents_that_white_button_text_would_fail_on_are_refused_with_their_ratio() {
    for pale in ["#ffff00", "#fff", "#777777", "#3fc49a", "#ff0000"] {
        let (embed, refused) = embedded(&[("embed", "1"), ("accent", pale)]);
        assert_eq!(embed.accent, None, "{pale}");
        let [
            Refused::Accent {
                why: AccentProblem::LowContrast { ratio },
                ..
            },
        ] = refused.as_slice()
        else {
            panic!("{pale}: {refused:?}");
        };
        assert!(*ratio < 4.5, "{pale}: {ratio}");
    }
}

#[test]
fn accents_are_rewritten_as_lower_case_six_digit_hex() {
    assert_eq!(accent_of("#0B6E4F").as_deref(), Some("#0b6e4f"));
    assert_eq!(accent_of("#036").as_deref(), Some("#003366"));
    assert_eq!(accent_of("#767676").as_deref(), Some("#767676"));
}

#[test]
fn the_hover_shade_is_darker_and_so_passes_too() {
    let accent = Accent::parse("#767676").unwrap();
    assert_eq!(accent.dark().hex(), "#535353");
    assert!(
        contrast_ratio(accent.dark(), Rgb::WHITE) > contrast_ratio(accent.colour(), Rgb::WHITE)
    );
    // The guide's own pair is about this ratio apart.
    assert_eq!(Accent::parse("#0b6e4f").unwrap().dark().hex(), "#084d37");
}

// --- Contrast maths (WCAG 2) ------------------------------------------------------------------------

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 0.005
}

#[test]
fn relative_luminance_matches_wcag() {
    assert_eq!(Rgb(0, 0, 0).relative_luminance(), 0.0);
    assert!(close(Rgb::WHITE.relative_luminance(), 1.0));
    // Published values: pure red, green and blue are their channel weights.
    assert!(close(Rgb(255, 0, 0).relative_luminance(), 0.2126));
    assert!(close(Rgb(0, 255, 0).relative_luminance(), 0.7152));
    assert!(close(Rgb(0, 0, 255).relative_luminance(), 0.0722));
    // Mid grey #808080 is about 0.2159.
    assert!(close(Rgb(128, 128, 128).relative_luminance(), 0.2159));
}

#[test]
fn the_power_used_for_luminance_matches_powf_for_every_channel_value() {
    // Every value the sRGB curve raises to 2.4 (channels 11 to 255).
    for channel in 11..=255_u8 {
        let x = (f64::from(channel) / 255.0 + 0.055) / 1.055;
        let (ours, std) = (power_2_4(x), x.powf(2.4));
        assert!(
            ((ours - std) / std).abs() < 1e-12,
            "channel {channel}: {ours} != {std}"
        );
    }
}

#[test]
fn contrast_ratios_match_known_values() {
    assert!(close(contrast_ratio(Rgb(0, 0, 0), Rgb::WHITE), 21.0));
    assert!(close(contrast_ratio(Rgb::WHITE, Rgb::WHITE), 1.0));
    // #767676 is the lightest grey that passes AA on white; #777777 just fails.
    assert!(close(
        contrast_ratio(Rgb(0x76, 0x76, 0x76), Rgb::WHITE),
        4.54
    ));
    assert!(close(
        contrast_ratio(Rgb(0x77, 0x77, 0x77), Rgb::WHITE),
        4.48
    ));
    // The guide's own accent with white button text.
    assert!(close(
        contrast_ratio(Rgb(0x0b, 0x6e, 0x4f), Rgb::WHITE),
        6.25
    ));
    assert!(Accent::parse("#767676").is_ok());
    assert!(Accent::parse("#777777").is_err());
}

// --- Clinic name and contact link ---------------------------------------------------------------------

#[test]
fn a_clinic_name_is_one_line_of_plain_text_without_direction_tricks() {
    let name = |given: &str| embedded(&[("embed", "1"), ("clinic", given)]).0.clinic_name;
    assert_eq!(
        name("Riverside\u{202E}cisyhP").as_deref(),
        Some("RiversidecisyhP")
    );
    assert_eq!(name("A\u{0}B\u{7}\r\nC").as_deref(), Some("A B C"));
    // Markup stays text: it is rendered as a text node, never parsed.
    assert_eq!(
        name("<b>Smith & Jones</b>").as_deref(),
        Some("<b>Smith & Jones</b>")
    );
    assert_eq!(name(" \u{2066} \n "), None);
    let longest = "x".repeat(MAX_CLINIC_NAME);
    assert_eq!(name(&longest), Some(longest.clone()));
}

#[test]
fn a_clinic_name_longer_than_a_name_is_refused() {
    let long = "x".repeat(MAX_CLINIC_NAME + 1);
    let (embed, refused) = embedded(&[("embed", "1"), ("clinic", &long)]);
    assert_eq!(embed.clinic_name, None);
    assert_eq!(refused, vec![Refused::ClinicName { given: long }]);
}

#[test]
fn contact_links_must_be_plain_http_or_https_addresses() {
    for good in [
        "https://riverside.example/contact",
        "http://127.0.0.1:8081/contact.html",
        "HTTPS://Riverside.Example",
        "https://riverside.example/a?b=c&d=%20#e",
    ] {
        assert!(ContactLink::parse(good).is_some(), "{good}");
    }
    for bad in [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox",
        "//evil.example/",
        "/contact",
        "contact.html",
        "ftp://riverside.example/",
        "https://",
        "https:///path",
        "https://user@evil.example/",
        "https://riverside.example@evil.example/",
        "https://riverside.example\\@evil.example/",
        " https://riverside.example/",
        "https://riverside.example/ x",
        "https://riverside.example/\"onmouseover=alert(1)",
        "https://riverside.example/<script>",
        "https://évil.example/",
        "https://riverside.example:123456/",
        "https://riverside.example:80a/",
    ] {
        assert!(ContactLink::parse(bad).is_none(), "{bad}");
        let (embed, refused) = embedded(&[("embed", "1"), ("contact", bad)]);
        assert_eq!(embed.contact, None);
        assert_eq!(
            refused,
            vec![Refused::Contact {
                given: bad.to_owned()
            }]
        );
    }
}

// --- Console messages and share links -----------------------------------------------------------------

#[test]
fn console_messages_name_the_parameter_and_quote_the_value_safely() {
    let (_, refused) = embedded(&[
        ("embed", "1"),
        ("accent", "red;background:url(x)"),
        ("contact", "javascript:alert(1)"),
    ]);
    let messages: Vec<String> = refused.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        [
            r#"Relief Guide: `accent` "red;background:url(x)" ignored, the default is used: write it as #rrggbb"#,
            r#"Relief Guide: `contact` "javascript:alert(1)" ignored: use a full http:// or https:// address"#,
        ]
    );
    // 4.478…:1, rounded down: a ratio just under 4.5 never reads as 4.50.
    let low = Refused::Accent {
        given: "#777777".into(),
        why: Accent::parse("#777777").unwrap_err(),
    };
    assert!(
        low.to_string()
            .contains("contrast of 4.47:1, below the 4.50:1"),
        "{low}"
    );
    let long = Refused::ClinicName {
        given: format!("{}\n", "y".repeat(100)),
    };
    assert!(
        long.to_string()
            .contains(&format!("\"{}…\"", "y".repeat(40))),
        "{long}"
    );
}

#[test]
fn share_links_leave_embed_mode_and_the_partner_behind_but_keep_other_parameters() {
    assert_eq!(
        standalone_address(
            "https://clinic.example/guide/index.html?embed=1&lang=es&accent=%230b6e4f&clinic=R&contact=https%3A%2F%2Fr.example&x="
        ),
        "https://clinic.example/guide/index.html?lang=es&x="
    );
    assert_eq!(
        standalone_address("https://clinic.example/guide/?embed=1&accent=%23000"),
        "https://clinic.example/guide/"
    );
    assert_eq!(
        standalone_address("https://clinic.example/guide/"),
        "https://clinic.example/guide/"
    );
    assert_eq!(
        standalone_address("http://127.0.0.1:8080/?embedded=1&&lang=en"),
        "http://127.0.0.1:8080/?embedded=1&lang=en"
    );
}

// --- Properties: nothing but checked values ever comes out -----------------------------------------

/// Values a hostile or careless partner might write: random text, near-miss colours and
/// addresses, and markup or CSS.
fn partner_value() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "#[0-9a-fA-FgG;: ]{0,8}",
        "(https?|HTTPS|javascript|data|ftp)?:?/{0,3}[a-z0-9@.:/\\\\\"'<> ?#&=%-]{0,24}",
        "[<>\"'`;:(){}a-z \\n\\t\u{202E}\u{200F}]{0,40}",
    ]
}

fn is_control_or_direction_mark(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn is_css_hex(text: &str) -> bool {
    text.len() == 7
        && text.starts_with('#')
        && text[1..]
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    #[test]
    fn whatever_the_partner_writes_only_checked_values_reach_the_page(
        accent in partner_value(),
        clinic in partner_value(),
        contact in partner_value(),
        in_frame in any::<bool>(),
    ) {
        let page = params(
            &[("embed", "1"), ("accent", &accent), ("clinic", &clinic), ("contact", &contact)],
            in_frame,
        );
        prop_assert_eq!(page.is_embedded(), in_frame);
        let Some(embed) = page.embed else { return Ok(()) };
        if let Some(accent) = embed.accent {
            prop_assert!(is_css_hex(&accent.colour().hex()));
            prop_assert!(is_css_hex(&accent.dark().hex()));
            prop_assert!(contrast_ratio(accent.colour(), Rgb::WHITE) >= 4.5);
            prop_assert!(contrast_ratio(accent.dark(), Rgb::WHITE) >= 4.5);
        }
        if let Some(name) = embed.clinic_name {
            prop_assert!(!name.is_empty() && name.chars().count() <= MAX_CLINIC_NAME);
            prop_assert!(!name.chars().any(is_control_or_direction_mark));
            prop_assert_eq!(name.trim(), name.as_str());
            prop_assert!(!name.contains("  "));
        }
        if let Some(link) = embed.contact {
            let link = link.as_str();
            let lower = link.to_ascii_lowercase();
            prop_assert!(lower.starts_with("https://") || lower.starts_with("http://"));
            prop_assert!(link.bytes().all(|b| b.is_ascii_graphic() && !b"\"'<>\\`".contains(&b)));
            let authority = lower.split("//").nth(1).unwrap().split(['/', '?', '#']).next().unwrap();
            prop_assert!(!authority.is_empty() && !authority.contains('@'));
        }
    }

    #[test]
    fn a_colour_is_accepted_exactly_when_white_text_on_it_passes_aa(r: u8, g: u8, b: u8) {
        let colour = Rgb(r, g, b);
        let passes = contrast_ratio(colour, Rgb::WHITE) >= 4.5;
        let parsed = Accent::parse(&colour.hex());
        prop_assert_eq!(parsed.is_ok(), passes);
        if let Ok(accent) = parsed {
            prop_assert_eq!(accent.colour(), colour);
        }
        prop_assert_eq!(Rgb::parse_hex(&colour.hex().to_uppercase()), Some(colour));
    }

    #[test]
    fn contrast_is_symmetric_and_between_1_and_21(a: (u8, u8, u8), b: (u8, u8, u8)) {
        let (a, b) = (Rgb(a.0, a.1, a.2), Rgb(b.0, b.1, b.2));
        let ratio = contrast_ratio(a, b);
        prop_assert!((1.0..=21.0 + 1e-9).contains(&ratio));
        prop_assert_eq!(ratio, contrast_ratio(b, a));
    }

    #[test]
    fn share_links_never_carry_embed_parameters(
        pairs in proptest::collection::vec(("(embed|accent|clinic|contact|lang|x)", "[a-z0-9%]{0,4}"), 0..6),
    ) {
        let query: Vec<String> = pairs.iter().map(|(n, v)| format!("{n}={v}")).collect();
        let address = format!("https://clinic.example/guide/?{}", query.join("&"));
        let standalone = standalone_address(&address);
        let kept: Vec<&String> = query
            .iter()
            .filter(|p| p.starts_with("lang=") || p.starts_with("x="))
            .collect();
        let expected = if kept.is_empty() {
            "https://clinic.example/guide/".to_owned()
        } else {
            format!("https://clinic.example/guide/?{}", kept.iter().map(|p| p.as_str()).collect::<Vec<_>>().join("&"))
        };
        prop_assert_eq!(standalone, expected);
    }
}
