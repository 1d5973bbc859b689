//! The UI reducer, natively: what each patient action does to the screen, the answers, the
//! address and the focus.

mod common;

use common::{answer_all, choice, english_words, question};
use relief_guide::content::{GUIDE, Level, OptionId, QuestionId};
use relief_guide::engine::codec::{DecodeError, encode};
use relief_guide::engine::route::Route;
use relief_guide::engine::{OptionSet, Screen};
use relief_guide::ui::Words;
use relief_guide::ui::state::{AddressUpdate, Effects, Focus, GuideState, Msg, Problem, Shared};

fn send(state: GuideState, msgs: impl IntoIterator<Item = Msg>) -> GuideState {
    msgs.into_iter().fold(state, GuideState::update)
}

/// Neck pain and no warning sign: every warning-sign question answered, "How long…" next.
const NECK_PAIN_SO_FAR: [&str; 4] = [
    "warning-signs.none",
    "history.none",
    "where.neck",
    "neck-signs.none",
];

fn fresh() -> GuideState {
    GuideState::load(english_words(), None, Route::Screen(Screen::Start))
}

fn open(screen: Screen) -> Msg {
    Msg::Open(Route::Screen(screen))
}

#[test]
fn continue_with_nothing_chosen_shows_the_error_and_stays() {
    let state = send(
        fresh(),
        [Msg::Go(Screen::Question(QuestionId(0))), Msg::Continue],
    );
    assert_eq!(state.screen, Screen::Question(QuestionId(0)));
    assert!(state.nothing_chosen);
    assert_eq!(state.effects.focus, Some(Focus::ErrorSummary));
    assert_eq!(state.effects.address, None);
    let fixed = send(
        state,
        [
            Msg::Toggle(choice("warning-signs.none").option),
            Msg::Continue,
        ],
    );
    assert!(!fixed.nothing_chosen);
    assert_eq!(fixed.screen, Screen::Question(question("history")));
    assert_eq!(
        fixed.effects,
        Effects {
            address: Some(AddressUpdate::Push),
            focus: Some(Focus::Heading),
            save: true,
            ..Default::default()
        }
    );
}

#[test]
fn reload_restores_saved_answers_and_the_screen_in_the_address() {
    let (answers, _) = answer_all(&NECK_PAIN_SO_FAR);
    let saved = encode(&GUIDE, &answers);
    let state = GuideState::load(
        english_words(),
        Some(&saved),
        Route::Screen(Screen::Question(question("duration"))),
    );
    assert_eq!(state.answers, answers);
    assert_eq!(state.screen, Screen::Question(question("duration")));
    assert_eq!(state.effects.address, None, "the address was already right");
    assert_eq!(state.effects.focus, None, "no focus jump on page load");
    let draft = GuideState::load(
        english_words(),
        Some(&saved),
        Route::Screen(Screen::Question(question("where"))),
    );
    assert_eq!(
        draft.draft,
        answers.get(question("where")).unwrap(),
        "a revisited question shows its answer"
    );
}

#[test]
fn a_tap_on_the_prerendered_start_before_the_app_ran_is_announced_as_a_step() {
    let first = Route::Screen(Screen::Question(QuestionId(0)));
    let loaded = GuideState::load(english_words(), None, first);
    assert_eq!(
        loaded.effects.focus, None,
        "a plain page load moves no focus"
    );
    let stepped = loaded.clone().arrived_by_a_step();
    assert_eq!(stepped.effects.focus, Some(Focus::Heading));
    assert_eq!(
        (stepped.screen, stepped.effects.address),
        (loaded.screen, loaded.effects.address),
        "the same screen, the address already right"
    );
}

#[test]
fn focus_on_the_prerendered_start_screen_stays_where_it_was_when_the_app_takes_over() {
    let start = GuideState::load(english_words(), None, Route::Screen(Screen::Start));
    assert_eq!(
        start.clone().focus_kept_from_prerender().effects.focus,
        Some(Focus::KeptFromPrerender),
        "the app drew the screen that was prerendered: the same control"
    );
    let first = Route::Screen(Screen::Question(QuestionId(0)));
    let question = GuideState::load(english_words(), None, first);
    assert_eq!(
        question.focus_kept_from_prerender().effects.focus,
        Some(Focus::Heading),
        "another screen: its heading, not the page's top"
    );
    assert_eq!(
        start
            .arrived_by_a_step()
            .focus_kept_from_prerender()
            .effects
            .focus,
        Some(Focus::Heading),
        "a tap on Start before the app ran already says where focus goes"
    );
}

#[test]
fn corrupted_saved_answers_are_ignored() {
    let state = GuideState::load(
        english_words(),
        Some("not answers"),
        Route::Screen(Screen::Results),
    );
    assert!(state.answers.is_empty());
    assert_eq!(state.screen, Screen::Question(QuestionId(0)));
    assert_eq!(state.effects.address, Some(AddressUpdate::Replace));
}

#[test]
fn a_share_link_opens_the_results_and_leaves_the_address() {
    let (answers, screen) = answer_all(&[
        "warning-signs.none",
        "history.none",
        "where.lower-back",
        "where.one-leg",
        "duration.over-a-year",
        "feel.burning",
        "severity.mild",
        "diagnoses.sciatica",
        "treatments.none",
    ]);
    assert_eq!(screen, Screen::Check);
    let state = GuideState::load(
        english_words(),
        None,
        Route::Share(encode(&GUIDE, &answers)),
    );
    assert_eq!(state.screen, Screen::Results);
    assert_eq!(state.answers, answers);
    assert_eq!(
        state.effects.address,
        Some(AddressUpdate::Replace),
        "the code is replaced by #results"
    );
    assert!(
        state.effects.save,
        "the shared answers are saved, so a reload keeps the results"
    );
}

#[test]
fn a_damaged_share_link_explains_itself_and_keeps_answers_given_in_this_tab() {
    let (answers, _) = answer_all(&NECK_PAIN_SO_FAR);
    let state = GuideState::load(
        english_words(),
        Some(&encode(&GUIDE, &answers)),
        Route::Share("1~w.Q".into()),
    );
    assert_eq!(
        state.problem,
        Some(Problem::DamagedLink(DecodeError::MalformedCode("Q".into())))
    );
    assert_eq!(state.answers, answers);
    let unknown = send(fresh(), [Msg::Open(Route::Unknown)]);
    assert_eq!(unknown.problem, Some(Problem::UnknownPage));
    let recovered = send(unknown, [Msg::Go(Screen::Start)]);
    assert_eq!((recovered.problem, recovered.screen), (None, Screen::Start));
}

#[test]
fn a_link_from_an_older_version_resumes_at_the_first_question_to_answer_again() {
    // "zz" is no longer an answer to "How long…" (duration); everything else still exists.
    let state = GuideState::load(
        english_words(),
        None,
        Route::Share("1~w.n~h.nn~p.lb.l1~d.zz~f.ss~s.mo~dx.hd~t.md~r.sm".into()),
    );
    let duration = question("duration");
    assert_eq!(state.problem, None);
    assert_eq!(state.screen, Screen::Question(duration));
    assert_eq!(state.to_answer_again, vec![duration]);
    assert_eq!(
        state.answers.get(question("diagnoses")).map(|s| s.len()),
        Some(1)
    );
    assert!(state.effects.save, "the kept answers are saved");
    let answered = send(state, [Msg::Toggle(OptionId(2)), Msg::Continue]);
    assert_eq!(
        answered.screen,
        Screen::Check,
        "nothing else to answer: check them all"
    );
    assert!(
        answered.to_answer_again.is_empty(),
        "the notice goes with the next screen"
    );
}

#[test]
fn a_link_from_before_the_history_question_asks_every_warning_sign_question_first() {
    // Made before issue 12: no "history" answer ("h"), and "lg" (one or both legs) is retired
    // from "where". The warning-sign questions are asked again before anything else.
    let state = GuideState::load(
        english_words(),
        None,
        Route::Share("1~w.n~p.lb.lg~d.y1~f.ss~s.mo~dx.hd~t.md~r.sm".into()),
    );
    assert_eq!(state.problem, None);
    assert_eq!(state.screen, Screen::Question(question("history")));
    assert_eq!(state.to_answer_again, vec![question("where")]);
    assert_eq!(state.answers.get(question("where")), None);
    assert!(state.answers.get(question("duration")).is_some());
    let history = send(
        state,
        [Msg::Toggle(choice("history.none").option), Msg::Continue],
    );
    assert_eq!(history.screen, Screen::Question(question("where")));
    let place = send(
        history,
        [
            Msg::Toggle(choice("where.lower-back").option),
            Msg::Continue,
        ],
    );
    assert_eq!(
        place.screen,
        Screen::Check,
        "every other answer still means the same"
    );
}

#[test]
fn change_from_check_answers_returns_to_check() {
    let (answers, screen) = answer_all(&CALM_NECK_PAIN);
    assert_eq!(screen, Screen::Check);
    let state = GuideState::load(
        english_words(),
        Some(&encode(&GUIDE, &answers)),
        Route::Screen(Screen::Check),
    );
    let changed = send(
        state,
        [
            Msg::Change(question("duration")),
            Msg::Toggle(choice("duration.3-to-12-months").option),
            Msg::Continue,
        ],
    );
    assert_eq!(changed.screen, Screen::Check);
    assert_eq!(
        changed.answers.get(question("duration")),
        Some(OptionSet::single(choice("duration.3-to-12-months").option))
    );
}

#[test]
fn back_then_continue_walks_forward_one_page_at_a_time() {
    let (answers, _) = answer_all(&[
        "warning-signs.none",
        "history.none",
        "where.neck",
        "neck-signs.none",
        "duration.over-a-year",
    ]);
    let state = GuideState::load(
        english_words(),
        Some(&encode(&GUIDE, &answers)),
        Route::Screen(Screen::Question(question("feel"))),
    );
    let back = send(
        state,
        [open(Screen::Question(question("where"))), Msg::Continue],
    );
    assert_eq!(back.screen, Screen::Question(question("neck-signs")));
    let forward = send(back, [Msg::Continue]);
    assert_eq!(forward.screen, Screen::Question(question("duration")));
}

/// Every question answered, no warning sign: "Check your answers" is next.
const CALM_NECK_PAIN: [&str; 9] = [
    "warning-signs.none",
    "history.none",
    "where.neck",
    "neck-signs.none",
    "duration.over-a-year",
    "feel.dull-ache",
    "severity.mild",
    "diagnoses.none",
    "treatments.none",
];

fn on_results() -> GuideState {
    let (answers, screen) = answer_all(&CALM_NECK_PAIN);
    assert_eq!(screen, Screen::Check);
    GuideState::load(
        english_words(),
        Some(&encode(&GUIDE, &answers)),
        Route::Screen(Screen::Results),
    )
}

#[test]
fn a_copied_link_is_said_until_the_next_screen_and_a_refused_copy_shows_the_link() {
    let results = on_results();
    assert_eq!(results.shared, Shared::NotYet);
    let copied = send(results.clone(), [Msg::LinkCopied(true)]);
    assert_eq!(copied.shared, Shared::Copied);
    assert_eq!(copied.screen, Screen::Results);
    assert_eq!(
        copied.effects,
        Effects::default(),
        "nothing moves: no focus, no address"
    );
    assert_eq!(
        send(results, [Msg::LinkCopied(false)]).shared,
        Shared::ByHand
    );
    let back = send(copied, [Msg::Go(Screen::Check), Msg::Go(Screen::Results)]);
    assert_eq!(
        back.shared,
        Shared::NotYet,
        "a new visit to the results has copied nothing"
    );
}

#[test]
fn start_again_asks_first_and_no_keeps_every_answer() {
    let asking = send(on_results(), [Msg::StartAgain]);
    assert_eq!(asking.screen, Screen::StartAgain);
    assert_eq!(asking.effects.address, Some(AddressUpdate::Push));
    assert!(!asking.answers.is_empty());
    let kept = send(asking, [Msg::Go(Screen::Results)]);
    assert_eq!(kept.screen, Screen::Results);
    assert_eq!(kept.answers, on_results().answers);
}

#[test]
fn yes_clears_every_answer_and_the_start_page_says_so() {
    let cleared = send(on_results(), [Msg::StartAgain, Msg::ClearAnswers]);
    assert!(cleared.answers.is_empty());
    assert_eq!(cleared.screen, Screen::Start);
    assert!(cleared.answers_cleared());
    assert!(cleared.effects.save, "the saved copy must be cleared too");
    // The confirmation's history entry becomes the start page: Back never asks again.
    assert_eq!(cleared.effects.address, Some(AddressUpdate::Replace));
}

#[test]
fn back_after_clearing_opens_the_start_page_that_says_so_not_an_empty_question() {
    let cleared = send(on_results(), [Msg::StartAgain, Msg::ClearAnswers]);
    for old_page in [
        Screen::Results,
        Screen::Check,
        Screen::Question(question("treatments")),
        Screen::Question(QuestionId(0)),
    ] {
        let back = send(cleared.clone(), [open(old_page)]);
        assert_eq!(back.screen, Screen::Start, "Back to {old_page:?}");
        assert!(back.answers_cleared());
        assert_eq!(back.effects.address, Some(AddressUpdate::Replace));
    }
    // Once the patient answers again, the guide goes on as usual.
    let again = send(
        cleared,
        [
            Msg::Go(Screen::Question(QuestionId(0))),
            Msg::Toggle(choice("warning-signs.none").option),
            Msg::Continue,
        ],
    );
    assert!(!again.answers_cleared());
    let back = send(again, [open(Screen::Question(QuestionId(0)))]);
    assert_eq!(back.screen, Screen::Question(QuestionId(0)));
}

#[test]
fn after_clearing_and_a_reload_back_still_says_the_answers_were_cleared() {
    let cleared = send(on_results(), [Msg::StartAgain, Msg::ClearAnswers]);
    assert!(cleared.effects.save);
    let kept = cleared
        .saved_text()
        .expect("the tab keeps that the answers were cleared");
    // A reload, then Back to a page of the old answers.
    let reloaded = GuideState::load(english_words(), Some(&kept), Route::Screen(Screen::Results));
    assert!(reloaded.answers.is_empty());
    assert_eq!(reloaded.screen, Screen::Start);
    assert!(reloaded.answers_cleared());
    // A tab that never had answers keeps nothing, and its first load says nothing was cleared.
    assert_eq!(fresh().saved_text(), None);
    assert!(!fresh().answers_cleared());
}

#[test]
fn a_mistake_undone_on_a_card_reached_from_a_change_returns_to_check() {
    let state = GuideState::load(
        english_words(),
        Some(&encode(&GUIDE, &on_results().answers)),
        Route::Screen(Screen::Check),
    );
    let warning_signs = question("warning-signs");
    let on_card = send(
        state,
        [
            Msg::Change(warning_signs),
            Msg::Toggle(choice("warning-signs.fever").option),
            Msg::Continue,
        ],
    );
    assert_eq!(on_card.screen, Screen::Card(Level::Urgent));
    // "I chose this by mistake" opens the question holding the sign.
    let fixed = send(
        on_card,
        [
            Msg::Go(Screen::Question(warning_signs)),
            Msg::Toggle(choice("warning-signs.none").option),
            Msg::Continue,
        ],
    );
    assert_eq!(fixed.screen, Screen::Check);
    // Reached on the way through the questions, the card leads back to the next question.
    let (answers, screen) = answer_all(&[
        "warning-signs.fever",
        "history.none",
        "where.neck",
        "neck-signs.none",
    ]);
    assert_eq!(screen, Screen::Card(Level::Urgent));
    let first_time = GuideState::load(
        english_words(),
        Some(&encode(&GUIDE, &answers)),
        Route::Screen(screen),
    );
    let fixed = send(
        first_time,
        [
            Msg::Go(Screen::Question(warning_signs)),
            Msg::Toggle(choice("warning-signs.none").option),
            Msg::Continue,
        ],
    );
    assert_eq!(fixed.screen, Screen::Question(question("history")));
}

#[test]
fn an_emergency_sign_overrides_the_address_asked_for() {
    let (answers, screen) = answer_all(&["warning-signs.chest-pain"]);
    assert_eq!(screen, Screen::Card(Level::Emergency));
    for wanted in [
        Screen::Results,
        Screen::Check,
        Screen::Question(question("duration")),
        Screen::Card(Level::Urgent),
        Screen::Card(Level::Soon),
        Screen::OutOfScope,
    ] {
        let state = GuideState::load(
            english_words(),
            Some(&encode(&GUIDE, &answers)),
            Route::Screen(wanted),
        );
        assert_eq!(state.screen, Screen::Card(Level::Emergency), "{wanted:?}");
    }
    let state = GuideState::load(
        english_words(),
        Some(&encode(&GUIDE, &answers)),
        Route::Screen(Screen::Results),
    );
    let mistake = send(state, [Msg::Go(Screen::Question(QuestionId(0)))]);
    assert_eq!(
        mistake.screen,
        Screen::Question(QuestionId(0)),
        "a mistaken tick can be undone"
    );
}

#[test]
fn an_emergency_sign_shows_its_card_at_once_without_the_other_warning_questions() {
    let state = send(
        fresh(),
        [
            Msg::Go(Screen::Question(QuestionId(0))),
            Msg::Toggle(choice("warning-signs.numb-saddle").option),
            Msg::Continue,
        ],
    );
    assert_eq!(state.screen, Screen::Card(Level::Emergency));
    assert_eq!(state.answers.get(question("history")), None);
}

#[test]
fn an_urgent_sign_shows_its_card_after_the_last_warning_question_and_overrides_results() {
    let (_, screen) = answer_all(&["warning-signs.fever"]);
    assert_eq!(
        screen,
        Screen::Question(question("history")),
        "a later answer can raise an urgent sign to an emergency"
    );
    let (_, screen) = answer_all(&["warning-signs.fever", "history.recent-spine-procedure"]);
    assert_eq!(screen, Screen::Card(Level::Emergency));
    let (answers, screen) =
        answer_all(&["warning-signs.fever", "history.none", "where.lower-back"]);
    assert_eq!(screen, Screen::Card(Level::Urgent));
    let state = GuideState::load(
        english_words(),
        Some(&encode(&GUIDE, &answers)),
        Route::Screen(Screen::Results),
    );
    assert_eq!(state.screen, Screen::Card(Level::Urgent));
    let emergency = GuideState::load(
        english_words(),
        Some(&encode(&GUIDE, &answers)),
        Route::Screen(Screen::Card(Level::Emergency)),
    );
    assert_eq!(
        emergency.screen,
        Screen::Card(Level::Urgent),
        "no card higher than the answers need"
    );
}

#[test]
fn after_the_soon_card_the_patient_may_go_on() {
    let (answers, screen) = answer_all(&[
        "warning-signs.worse-over-time",
        "history.none",
        "where.lower-back",
    ]);
    assert_eq!(screen, Screen::Card(Level::Soon));
    let state = GuideState::load(
        english_words(),
        Some(&encode(&GUIDE, &answers)),
        Route::Screen(Screen::Card(Level::Soon)),
    );
    assert_eq!(
        state.screen,
        Screen::Card(Level::Soon),
        "a reload keeps the card"
    );
    let on = send(state, [Msg::Go(Screen::Question(question("duration")))]);
    assert_eq!(on.screen, Screen::Question(question("duration")));
    let (answers, screen) = answer_all(&[
        "warning-signs.worse-over-time",
        "history.none",
        "where.lower-back",
        "duration.over-a-year",
        "feel.dull-ache",
        "severity.moderate",
        "diagnoses.none",
        "treatments.none",
    ]);
    assert_eq!(
        screen,
        Screen::Card(Level::Soon),
        "the walk stops at the card"
    );
    assert_eq!(answers.get(question("duration")), None);
}

#[test]
fn pain_only_where_the_guide_does_not_cover_shows_the_scope_card() {
    let (answers, screen) = answer_all(&["warning-signs.none", "history.none", "where.head"]);
    assert_eq!(screen, Screen::OutOfScope);
    let state = GuideState::load(
        english_words(),
        Some(&encode(&GUIDE, &answers)),
        Route::Screen(Screen::Results),
    );
    assert_eq!(state.screen, Screen::OutOfScope);
    let (_, covered) = answer_all(&[
        "warning-signs.none",
        "history.none",
        "where.head",
        "where.lower-back",
    ]);
    assert_eq!(
        covered,
        Screen::Question(question("duration")),
        "pain also in a covered place goes on"
    );
}

#[test]
fn choosing_a_language_keeps_the_page_the_answers_and_what_is_ticked() {
    let (answers, _) = answer_all(&NECK_PAIN_SO_FAR);
    let state = GuideState::load(
        english_words(),
        Some(&encode(&GUIDE, &answers)),
        Route::Screen(Screen::Question(question("duration"))),
    );
    let ticked = send(state, [Msg::Toggle(choice("duration.over-a-year").option)]);
    let spanish = Words(GUIDE.locale("es").unwrap());
    let switched = send(ticked.clone(), [Msg::ChooseLanguage(spanish)]);
    assert_eq!(switched.words, spanish);
    assert_eq!(
        (switched.screen, &switched.answers, switched.draft),
        (ticked.screen, &ticked.answers, ticked.draft)
    );
    assert_eq!(
        switched.effects,
        Effects {
            focus: Some(Focus::Heading),
            keep_language: true,
            ..Default::default()
        },
        "the address keeps the language, not a new history entry"
    );
}

#[test]
fn print_asks_the_shell_to_print_after_showing_the_time_again() {
    let (answers, _) = answer_all(&NECK_PAIN_SO_FAR);
    let state = GuideState::load(
        english_words(),
        Some(&encode(&GUIDE, &answers)),
        Route::Screen(Screen::Question(question("duration"))),
    );
    let printing = send(state.clone(), [Msg::Print]);
    assert_eq!(
        printing.effects,
        Effects {
            print: true,
            ..Default::default()
        }
    );
    assert_eq!(
        printing.generation,
        state.generation + 1,
        "a new generation renders the page, and its time, again"
    );
    assert_eq!(
        (printing.screen, &printing.answers),
        (state.screen, &state.answers)
    );
}

#[test]
fn leaving_for_another_languages_page_keeps_what_is_ticked_and_saves_it_first() {
    let (answers, screen) = answer_all(&["warning-signs.none", "history.none", "where.lower-back"]);
    let duration = question("duration");
    assert_eq!(screen, Screen::Question(duration));
    let saved = encode(&GUIDE, &answers);
    let state = GuideState::load(english_words(), Some(&saved), Route::Screen(screen));
    let over_a_year = choice("duration.over-a-year");
    // Ticked, not yet sent with Continue; then the switcher's link to the Spanish page.
    let state = send(
        state,
        [Msg::Toggle(over_a_year.option), Msg::OpenLanguagePage("es")],
    );
    assert!(
        state.answers.has(over_a_year),
        "the tick is kept as the answer"
    );
    assert_eq!(
        state.screen,
        Screen::Question(duration),
        "on the same question"
    );
    assert!(state.effects.save, "saved before leaving");
    assert_eq!(state.effects.open_page, Some("es"));
    // With nothing ticked, the answers stay as they were.
    let untouched = send(
        GuideState::load(english_words(), Some(&saved), Route::Screen(screen)),
        [Msg::OpenLanguagePage("es")],
    );
    assert_eq!(untouched.answers, answers);
}
