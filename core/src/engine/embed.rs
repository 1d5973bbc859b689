//! Whether the guide runs embedded in a partner's page, and the partner's validated theming.
//!
//! Decided once at start-up from the address's query parameters (read by the shell) and from
//! whether the page is inside a frame. Every partner value is checked here and reaches the
//! page only in a safe form: the accent is rewritten from the colour it parsed to (`#rrggbb`),
//! the clinic name is plain text, the contact link is an `http(s)` address. Anything else in
//! the query is not read. `assets/embed.js` writes these parameters; keep the names in step.

use std::fmt;

/// `?embed=1` asks for embed mode.
pub const EMBED: &str = "embed";
/// `?accent=%230b6e4f`: the partner's brand colour for buttons and borders.
pub const ACCENT: &str = "accent";
/// `?clinic=Riverside%20Physio`: who shares the guide, shown under it.
pub const CLINIC: &str = "clinic";
/// `?contact=https%3A%2F%2F…`: where a patient can ask the partner about the results.
pub const CONTACT: &str = "contact";

/// Longest clinic name shown, in characters: a name, not a message.
pub const MAX_CLINIC_NAME: usize = 80;
/// Longest contact address accepted, in bytes.
pub const MAX_CONTACT: usize = 2000;
/// WCAG 2 AA contrast for normal text (success criterion 1.4.3).
pub const MIN_CONTRAST: f64 = 4.5;

/// What the page was asked to be, after validation.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PageParams {
    /// `Some` in embed mode: the guide is inside a partner's iframe.
    pub embed: Option<Embed>,
    /// Parameters that were given but not used; the shell warns about each in the console.
    pub refused: Vec<Refused>,
}

impl PageParams {
    pub fn is_embedded(&self) -> bool {
        self.embed.is_some()
    }
}

/// Embed mode: no site header or footer, no storage, no service worker, the partner's theming.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Embed {
    pub accent: Option<Accent>,
    pub clinic_name: Option<String>,
    pub contact: Option<ContactLink>,
}

/// A parameter the guide did not use, and why (shown to the partner's web developer).
#[derive(Clone, Debug, PartialEq)]
pub enum Refused {
    /// `?embed=1` on a page that is not in a frame: partner names and links are shown only
    /// inside a partner's iframe, so a crafted link cannot dress up the clinic's own page.
    NotInFrame,
    Accent {
        given: String,
        why: AccentProblem,
    },
    ClinicName {
        given: String,
    },
    Contact {
        given: String,
    },
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum AccentProblem {
    /// Not `#rgb` or `#rrggbb`.
    NotHex,
    /// White button text on it would be below 4.5:1.
    LowContrast { ratio: f64 },
}

/// Reads the page's parameters. `query` returns the (already percent-decoded) value of a
/// query parameter; `in_frame` says whether the page is inside a frame.
pub fn page_params(query: impl Fn(&str) -> Option<String>, in_frame: bool) -> PageParams {
    if query(EMBED).as_deref() != Some("1") {
        return PageParams::default();
    }
    if !in_frame {
        return PageParams {
            embed: None,
            refused: vec![Refused::NotInFrame],
        };
    }
    let mut refused = Vec::new();
    let accent = query(ACCENT).and_then(|given| match Accent::parse(&given) {
        Ok(accent) => Some(accent),
        Err(why) => {
            refused.push(Refused::Accent { given, why });
            None
        }
    });
    let clinic_name = query(CLINIC).and_then(|given| match clinic_name(&given) {
        Ok(name) => name,
        Err(()) => {
            refused.push(Refused::ClinicName { given });
            None
        }
    });
    let contact = query(CONTACT).and_then(|given| match ContactLink::parse(&given) {
        Some(link) => Some(link),
        None => {
            refused.push(Refused::Contact { given });
            None
        }
    });
    PageParams {
        embed: Some(Embed {
            accent,
            clinic_name,
            contact,
        }),
        refused,
    }
}

/// `address` without the embed parameters: share links open the guide on its own, not in
/// embed mode and not with a partner's name (other parameters, such as `lang`, stay).
pub fn standalone_address(address: &str) -> String {
    let Some((base, query)) = address.split_once('?') else {
        return address.to_owned();
    };
    let kept: Vec<&str> = query
        .split('&')
        .filter(|pair| {
            let name = pair.split_once('=').map_or(*pair, |(name, _)| name);
            !pair.is_empty() && ![EMBED, ACCENT, CLINIC, CONTACT].contains(&name)
        })
        .collect();
    if kept.is_empty() {
        base.to_owned()
    } else {
        format!("{base}?{}", kept.join("&"))
    }
}

// --- Colours ------------------------------------------------------------------------------------

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub const WHITE: Rgb = Rgb(255, 255, 255);

    /// `#rgb` or `#rrggbb`, either case; nothing else (no names, no spaces, no `rgb()`).
    pub fn parse_hex(text: &str) -> Option<Rgb> {
        let digits = text.strip_prefix('#')?;
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |hex: &str| u8::from_str_radix(hex, 16).ok();
        match digits.len() {
            3 => {
                let short = |i: usize| channel(&digits[i..=i]).map(|v| v * 17);
                Some(Rgb(short(0)?, short(1)?, short(2)?))
            }
            6 => Some(Rgb(
                channel(&digits[0..2])?,
                channel(&digits[2..4])?,
                channel(&digits[4..6])?,
            )),
            _ => None,
        }
    }

    /// `#rrggbb` in lower case: the only form a colour is ever written into CSS.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG 2 relative luminance: 0 for black, 1 for white.
    pub fn relative_luminance(self) -> f64 {
        fn linear(channel: u8) -> f64 {
            let c = f64::from(channel) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                power_2_4((c + 0.055) / 1.055)
            }
        }
        0.2126 * linear(self.0) + 0.7152 * linear(self.1) + 0.0722 * linear(self.2)
    }

    /// Each channel scaled by `factor` (0 to 1): a darker shade of the same hue.
    fn scaled(self, factor: f64) -> Rgb {
        let scale = |c: u8| (f64::from(c) * factor).round() as u8;
        Rgb(scale(self.0), scale(self.1), scale(self.2))
    }
}

/// `x` to the power 2.4, for `x` in (0, 1]: the fifth root of `x`¹², by Newton's method.
/// `f64::powf` would add a software `pow` to the app (wasm has no such instruction) for one
/// check; the tests compare this with `powf` for every channel value.
pub fn power_2_4(x: f64) -> f64 {
    let x12 = (x * x * x).powi(4);
    // From above: each step lowers `root` towards the fifth root of `x12`, until it stops moving.
    let mut root = 1.0_f64;
    for _ in 0..200 {
        let next = (4.0 * root + x12 / root.powi(4)) / 5.0;
        if next >= root {
            break;
        }
        root = next;
    }
    root
}

/// WCAG 2 contrast ratio, from 1 (the same) to 21 (black on white); order does not matter.
pub fn contrast_ratio(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.relative_luminance(), b.relative_luminance());
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// A partner accent that is safe to use. In the light colour scheme (the only one it applies
/// to; see style.css) the accent is the background of buttons whose text is white, and the
/// colour of borders beside text on the white page. So "contrast with the text colour" means
/// with white: the button text on the accent, and equally the accent on the white page. Dark
/// text is never drawn on the accent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Accent(Rgb);

impl Accent {
    /// The text colour on accent buttons (`--on-accent` in style.css, light scheme).
    pub const TEXT_ON_ACCENT: Rgb = Rgb::WHITE;
    /// The hover shade is this much of each channel: the ratio of the guide's own pair
    /// (#0b6e4f and #064c36). Darker than an accepted accent, so it passes with white too.
    const DARK_FACTOR: f64 = 0.7;

    pub fn parse(text: &str) -> Result<Accent, AccentProblem> {
        let colour = Rgb::parse_hex(text).ok_or(AccentProblem::NotHex)?;
        let ratio = contrast_ratio(colour, Self::TEXT_ON_ACCENT);
        if ratio < MIN_CONTRAST {
            return Err(AccentProblem::LowContrast { ratio });
        }
        Ok(Accent(colour))
    }

    pub fn colour(self) -> Rgb {
        self.0
    }

    /// For button hover and shadows.
    pub fn dark(self) -> Rgb {
        self.0.scaled(Self::DARK_FACTOR)
    }
}

// --- Clinic name and contact link ---------------------------------------------------------------

/// The clinic name as plain text on one line: control and invisible direction-changing
/// characters dropped, runs of white space made one space. `Ok(None)` if nothing is left;
/// `Err` if it is longer than a name.
fn clinic_name(given: &str) -> Result<Option<String>, ()> {
    let visible: String = given.chars().filter(|&c| !is_bidi_control(c)).collect();
    let name = visible
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    if name.chars().count() > MAX_CLINIC_NAME {
        return Err(());
    }
    Ok((!name.is_empty()).then_some(name))
}

/// Characters that reorder the text around them; a name has no use for them and they can
/// make it read as something else.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// An absolute `http:` or `https:` address with a plain host name: never `javascript:`,
/// `data:` or a relative path, and no `user@` part that could disguise the real host.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContactLink(String);

impl ContactLink {
    pub fn parse(given: &str) -> Option<ContactLink> {
        if given.len() > MAX_CONTACT
            || !given
                .bytes()
                .all(|b| b.is_ascii_graphic() && !b"\"'<>\\`".contains(&b))
        {
            return None;
        }
        let lower = given.to_ascii_lowercase();
        let scheme_length = ["https://", "http://"]
            .iter()
            .find(|scheme| lower.starts_with(**scheme))?
            .len();
        let rest = &given[scheme_length..];
        let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
        let (host, port) = authority.split_once(':').unwrap_or((authority, ""));
        let host_ok = !host.is_empty()
            && host
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-');
        let port_ok = port.len() <= 5 && port.bytes().all(|b| b.is_ascii_digit());
        (host_ok && port_ok).then(|| ContactLink(given.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

// --- Console messages ---------------------------------------------------------------------------

impl fmt::Display for Refused {
    /// For the partner's web developer, in the browser console.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Relief Guide: ")?;
        match self {
            Refused::NotInFrame => write!(
                f,
                "`{EMBED}=1` is used only inside a frame; showing the guide on its own page"
            ),
            Refused::Accent { given, why } => {
                write!(
                    f,
                    "`{ACCENT}` {} ignored, the default is used: ",
                    shown(given)
                )?;
                match why {
                    AccentProblem::NotHex => write!(f, "write it as #rrggbb"),
                    AccentProblem::LowContrast { ratio } => write!(
                        f,
                        "white text on it has a contrast of {}:1, below the {}:1 WCAG AA needs; \
                         use a darker colour",
                        two_decimals(*ratio),
                        two_decimals(MIN_CONTRAST)
                    ),
                }
            }
            Refused::ClinicName { given } => write!(
                f,
                "`{CLINIC}` {} ignored: longer than {MAX_CLINIC_NAME} characters",
                shown(given)
            ),
            Refused::Contact { given } => write!(
                f,
                "`{CONTACT}` {} ignored: use a full http:// or https:// address",
                shown(given)
            ),
        }
    }
}

/// `4.4812…` → `4.48` (rounded down, so a failing ratio never reads as 4.50). Whole-number
/// formatting: Rust's float formatting would add kilobytes to the app for one message.
fn two_decimals(ratio: f64) -> String {
    let hundredths = (ratio * 100.0) as u32;
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}

/// A given value, quoted and cut short, for a console message. Quoted by hand: `{:?}` would
/// add Rust's escaping tables to the app for this one message (issue 7).
fn shown(given: &str) -> String {
    const SHOWN: usize = 40;
    let mut text = String::from("\"");
    text.extend(given.chars().take(SHOWN));
    if given.chars().count() > SHOWN {
        text.push('…');
    }
    text.push('"');
    text
}
