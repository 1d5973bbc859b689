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
use relief_guide::content::{Choice, Choose, GUIDE, Level, NoteId, OptionId, QuestionId};
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
        loop {
            let q = match screens.last() {
                Some(&Screen::Question(q)) => q,
                // The soon card's button goes on ("Check your answers", resolved to the next
                // question still to answer).
                Some(&Screen::Card(Level::Soon)) => {
                    screens.push(resolve(&GUIDE, &answers, Screen::Check));
                    continue;
                }
                _ => break,
            };
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
                screens.len() <= GUIDE.questions.len() + 3,
                "the walk does not end: {screens:?}"
            );
        }
        (answers, screens)
    })
}

/// The highest level of the triage.toml entries whose answers were all given, read straight
/// from the content (independently of `engine::triage`).
fn expected_level(answers: &Answers) -> Option<Level> {
    GUIDE
        .triage
        .iter()
        .filter(|entry| entry.when.iter().all(|&c| answers.has(c)))
        .map(|entry| entry.level)
        .max()
}

/// Where it hurts was answered, and only with places the guide is not about.
fn expected_out_of_scope(answers: &Answers) -> bool {
    GUIDE.questions.iter().enumerate().any(|(q, question)| {
        question.options.iter().any(|o| o.out_of_scope)
            && answers.get(QuestionId(q as u8)).is_some_and(|set| {
                set.iter()
                    .all(|o| question.options[usize::from(o.0)].out_of_scope)
            })
    })
}

/// Whether triage.toml names an answer of `question`.
fn is_warning_question(question: QuestionId) -> bool {
    GUIDE
        .triage
        .iter()
        .any(|entry| entry.when.iter().any(|c| c.question == question))
}

/// The note of the first [[next_step]] whose answers were all given.
fn expected_next_step(answers: &Answers) -> NoteId {
    GUIDE
        .next_steps
        .iter()
        .find(|step| step.when.iter().all(|&c| answers.has(c)))
        .expect("the last next step fits everyone")
        .note
}

#[test]
fn every_walk_ends_at_the_card_the_answers_need_or_check_and_round_trips() {
    check("random walks", random_walk(), |(answers, screens)| {
        let level = expected_level(&answers);
        let end = match level {
            Some(Level::Emergency) => Screen::Card(Level::Emergency),
            Some(Level::Urgent) => Screen::Card(Level::Urgent),
            _ if expected_out_of_scope(&answers) => Screen::OutOfScope,
            _ => Screen::Check,
        };
        prop_assert_eq!(*screens.last().unwrap(), end);
        if level == Some(Level::Urgent) {
            // Urgent waits for the last warning-sign question: a later answer can raise it.
            for q in 0..GUIDE.questions.len() {
                let q = QuestionId(q as u8);
                if is_warning_question(q) && is_asked(&GUIDE, &answers, q) {
                    prop_assert!(answers.is_answered(q), "urgent card before {:?}", q);
                }
            }
        }
        let soon_cards = screens
            .iter()
            .filter(|&&s| s == Screen::Card(Level::Soon))
            .count();
        if level == Some(Level::Soon) && end == Screen::Check {
            prop_assert_eq!(soon_cards, 1, "the soon card shows once: {:?}", screens);
        } else if level != Some(Level::Soon) {
            prop_assert_eq!(soon_cards, 0, "{:?}", screens);
        }
        let shown = if end == Screen::Check {
            Screen::Results
        } else {
            end
        };
        prop_assert_eq!(resolve(&GUIDE, &answers, Screen::Results), shown);
        let found = results(&GUIDE, &answers);
        let sections = GUIDE.locales[0].article.sections.len();
        prop_assert_eq!(
            found.relevant.len() + found.others.len(),
            sections,
            "nothing hidden"
        );
        // Article order, not a ranking: a related section is a topic, not a recommendation.
        prop_assert!(
            found
                .relevant
                .windows(2)
                .all(|w| w[0].section < w[1].section),
            "related sections in article order"
        );
        prop_assert!(found.others.windows(2).all(|w| w[0] < w[1]));
        prop_assert_eq!(found.next_step, expected_next_step(&answers));
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

/// `answers` with `choice` added to its question's answer (replacing "None of these", or the
/// answer to a choose-one question).
fn with_choice(answers: &Answers, choice: Choice) -> Answers {
    let question = GUIDE.question(choice.question);
    let kept = match (question.choose, answers.get(choice.question)) {
        (Choose::Many, Some(set)) => set
            .iter()
            .filter(|o| !question.options[usize::from(o.0)].exclusive)
            .fold(OptionSet::default(), OptionSet::with),
        _ => OptionSet::default(),
    };
    let mut answers = answers.clone();
    answers.set(choice.question, kept.with(choice.option));
    answers
}

#[test]
fn an_emergency_sign_always_shows_the_emergency_card_on_every_path() {
    // Every answer that is an emergency on its own (triage.toml).
    let emergencies: Vec<Choice> = GUIDE
        .triage
        .iter()
        .filter(|entry| entry.level == Level::Emergency && entry.when.len() == 1)
        .map(|entry| entry.when[0])
        .collect();
    assert!(emergencies.len() >= 9, "{emergencies:?}");
    check(
        "emergency signs",
        (random_walk(), proptest::sample::select(emergencies)),
        |((answers, _), sign)| {
            // Make the sign's question asked (neck signs: say the neck hurts too).
            let mut answers = answers;
            if !is_asked(&GUIDE, &answers, sign.question) {
                answers = with_choice(&answers, GUIDE.question(sign.question).ask_if_any[0]);
            }
            let answers = prune(&GUIDE, &with_choice(&answers, sign));
            prop_assert!(answers.has(sign));
            // At once, right after the question that holds it, whatever came before…
            let before = with_choice(&answers.before(sign.question), sign);
            prop_assert_eq!(
                after_answer(&GUIDE, &before, sign.question, false),
                Screen::Card(Level::Emergency)
            );
            prop_assert_eq!(
                after_answer(&GUIDE, &before, sign.question, true),
                Screen::Card(Level::Emergency),
                "also when changed from Check your answers"
            );
            // …and whatever came after, and whatever the address asks for.
            prop_assert_eq!(
                next_screen(&GUIDE, &answers),
                Screen::Card(Level::Emergency)
            );
            let mut wanted = vec![
                Screen::Results,
                Screen::Check,
                Screen::Card(Level::Urgent),
                Screen::Card(Level::Soon),
                Screen::OutOfScope,
            ];
            // Every later question, too.
            wanted.extend(
                (0..GUIDE.questions.len())
                    .map(|q| QuestionId(q as u8))
                    .filter(|&q| q > sign.question)
                    .map(Screen::Question),
            );
            for wanted in wanted {
                prop_assert_eq!(
                    resolve(&GUIDE, &answers, wanted),
                    Screen::Card(Level::Emergency),
                    "asked for {:?}",
                    wanted
                );
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
        "#(q/[a-z-]{0,20}|share=[a-z0-9.~%]{0,30}|check|results|emergency|urgent|soon|not-covered|start)".boxed(),
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
