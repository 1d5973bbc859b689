//! Properties of the engine and of every input the guide takes from places nobody controls
//! (share links, addresses, saved answers), checked on random cases.
//!
//! CI runs a few thousand cases of each; `cargo xtask fuzz` runs a million
//! (`RELIEF_GUIDE_CASES`). Each property prints how many cases passed. A failure found here
//! becomes a named case in `core/tests/engine.rs` or `tests/guide_state.rs`.

mod common;

use common::english_words;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use relief_guide::content::{Choose, GUIDE, OptionId, QuestionId};
use relief_guide::engine::codec::{Decoded, decode, encode};
use relief_guide::engine::embed::page_params;
use relief_guide::engine::flow::{Screen, after_answer, is_asked, next_screen, prune, resolve};
use relief_guide::engine::language::choose;
use relief_guide::engine::results::results;
use relief_guide::engine::route::{Route, fragment, parse};
use relief_guide::engine::{Answers, OptionSet, toggle};
use relief_guide::ui::state::GuideState;

const DEFAULT_CASES: u32 = 2_000;

fn cases() -> u32 {
    std::env::var("RELIEF_GUIDE_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(DEFAULT_CASES)
}

/// Runs `property` on `cases()` random values and reports the count.
fn check<S: Strategy>(
    name: &str,
    strategy: S,
    property: impl Fn(S::Value) -> Result<(), TestCaseError>,
) {
    let cases = cases();
    let config = Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    };
    if let Err(failure) = TestRunner::new(config).run(&strategy, property) {
        panic!("{name}: {failure}");
    }
    eprintln!("property {name}: {cases} cases passed");
}

/// A valid, complete set of answers chosen at random, built the way the UI builds them,
/// with every screen the walk showed.
fn random_walk() -> impl Strategy<Value = (Answers, Vec<Screen>)> {
    proptest::collection::vec(
        proptest::collection::vec(0u8..32, 1..4),
        GUIDE.questions.len(),
    )
    .prop_map(|clicks| {
        let mut answers = Answers::default();
        let mut screens = vec![next_screen(&GUIDE, &answers)];
        while let Some(&Screen::Question(q)) = screens.last() {
            let options = GUIDE.question(q).options.len() as u8;
            let clicks = &clicks[usize::from(q.0)];
            let set = clicks.iter().fold(OptionSet::default(), |set, &click| {
                toggle(&GUIDE, q, set, OptionId(click % options))
            });
            // Clicking the same box twice unticks it; a patient would tick one again.
            let set = if set.is_empty() {
                OptionSet::single(OptionId(clicks[0] % options))
            } else {
                set
            };
            answers.set(q, set);
            screens.push(after_answer(&GUIDE, &answers, q, false));
            assert!(
                screens.len() <= GUIDE.questions.len() + 1,
                "the walk does not end: {screens:?}"
            );
        }
        (answers, screens)
    })
}

fn is_urgent(answers: &Answers) -> bool {
    answers.warning_signs(&GUIDE).next().is_some()
}

#[test]
fn every_walk_ends_at_check_or_urgent_care_and_round_trips() {
    check("random walks", random_walk(), |(answers, screens)| {
        let urgent = is_urgent(&answers);
        let end = if urgent {
            Screen::Urgent
        } else {
            Screen::Check
        };
        prop_assert_eq!(*screens.last().unwrap(), end);
        let shown = if urgent {
            Screen::Urgent
        } else {
            Screen::Results
        };
        prop_assert_eq!(resolve(&GUIDE, &answers, Screen::Results), shown);
        let found = results(&GUIDE, &answers);
        let sections = GUIDE.locales[0].article.sections.len();
        prop_assert_eq!(
            found.relevant.len() + found.others.len(),
            sections,
            "nothing hidden"
        );
        for screen in &screens {
            prop_assert_eq!(
                resolve(&GUIDE, &answers, *screen),
                *screen,
                "a shown screen stays reachable"
            );
        }
        prop_assert_eq!(
            decode(&GUIDE, &encode(&GUIDE, &answers)),
            Ok(Decoded {
                answers,
                to_answer_again: vec![]
            })
        );
        Ok(())
    });
}

#[test]
fn any_warning_sign_wins_on_every_path() {
    let urgent: Vec<OptionId> = (0..GUIDE.questions[0].options.len())
        .filter(|&i| GUIDE.questions[0].options[i].urgent)
        .map(|i| OptionId(i as u8))
        .collect();
    check(
        "warning signs",
        (random_walk(), proptest::sample::select(urgent)),
        |((answers, _), sign)| {
            let mut answers = answers;
            answers.set(QuestionId(0), OptionSet::single(sign));
            prop_assert_eq!(next_screen(&GUIDE, &answers), Screen::Urgent);
            for wanted in [
                Screen::Results,
                Screen::Check,
                Screen::Question(QuestionId(1)),
            ] {
                prop_assert_eq!(resolve(&GUIDE, &answers, wanted), Screen::Urgent);
            }
            Ok(())
        },
    );
}

#[test]
fn decoding_any_text_never_panics() {
    check("share-link decoder on any text", ".{0,120}", |text| {
        let _ = decode(&GUIDE, &text);
        Ok(())
    });
}

#[test]
fn decoding_a_damaged_link_never_invents_answers() {
    let damage = (random_walk(), 0usize..80, "[a-z0-9.~%]{0,3}", 0usize..4);
    check(
        "share-link decoder on damaged links",
        damage,
        |((answers, _), at, insert, remove)| {
            let code = encode(&GUIDE, &answers);
            let at = at.min(code.len());
            let end = (at + remove).min(code.len());
            let damaged = format!("{}{insert}{}", &code[..at], &code[end..]);
            if let Ok(Decoded {
                answers: decoded,
                to_answer_again,
            }) = decode(&GUIDE, &damaged)
            {
                // Whatever decodes is a state the questionnaire itself could reach.
                prop_assert_eq!(prune(&GUIDE, &decoded), decoded.clone());
                // A question to answer again is asked, and has no answer yet.
                for &q in &to_answer_again {
                    prop_assert!(is_asked(&GUIDE, &decoded, q) && decoded.get(q).is_none());
                }
                for q in 0..GUIDE.questions.len() {
                    let q = QuestionId(q as u8);
                    if let Some(set) = decoded.get(q) {
                        prop_assert!(GUIDE.question(q).choose == Choose::Many || set.len() == 1);
                    }
                }
            }
            Ok(())
        },
    );
}

#[test]
fn any_address_opens_a_screen_the_answers_allow() {
    let address = prop_oneof![
        ".{0,40}".boxed(),
        "#(q/[a-z-]{0,20}|share=[a-z0-9.~%]{0,30}|check|results|urgent|start)".boxed(),
    ];
    check(
        "address parser",
        (address, random_walk()),
        |(address, (answers, _))| {
            let state = GuideState::load(
                english_words(),
                Some(&encode(&GUIDE, &answers)),
                parse(&GUIDE, &address),
            );
            if state.problem.is_none() {
                // Whatever the address asked for, the screen is one the answers allow.
                prop_assert_eq!(resolve(&GUIDE, &state.answers, state.screen), state.screen);
                prop_assert_eq!(
                    parse(&GUIDE, &fragment(&GUIDE, state.screen)),
                    Route::Screen(state.screen)
                );
            }
            Ok(())
        },
    );
}

#[test]
fn saved_answers_of_any_kind_never_break_loading() {
    let saved = prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..200)
            .prop_map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
            .boxed(),
        "1(~[a-z0-9.]{0,8}){0,10}".boxed(),
    ];
    check("saved-answers loader", saved, |saved| {
        let state = GuideState::load(
            english_words(),
            Some(&saved),
            Route::Screen(Screen::Results),
        );
        prop_assert_eq!(resolve(&GUIDE, &state.answers, state.screen), state.screen);
        prop_assert!(
            state.problem.is_none(),
            "saved answers never show a problem page"
        );
        Ok(())
    });
}

#[test]
fn any_url_parameters_reach_the_page_only_as_checked_values() {
    let value = prop_oneof![
        ".{0,40}".boxed(),
        "(1|#[0-9a-fA-F]{3,6}|https?://[a-z.]{1,12}/.{0,8}|[a-zA-Z_-]{0,12})".boxed(),
    ];
    let query = (
        proptest::collection::hash_map("(embed|accent|clinic|contact|lang|.{0,6})", value, 0..6),
        any::<bool>(),
        proptest::collection::vec(".{0,12}", 0..4),
    );
    check(
        "URL-parameter parser (?embed=, ?accent=, ?clinic=, ?contact=, ?lang=)",
        query,
        |(query, in_frame, preferred)| {
            let page = page_params(|name| query.get(name).cloned(), in_frame);
            // Only a framed page with ?embed=1 is embedded; the checked values are tested in
            // core/tests/embed.rs, this proves no input makes the parser panic or embed a top page.
            prop_assert!(!page.is_embedded() || in_frame);
            let locale = choose(&GUIDE, query.get("lang").map(String::as_str), &preferred);
            prop_assert!(GUIDE.locales.iter().any(|l| std::ptr::eq(l, locale)));
            Ok(())
        },
    );
}
