//! The one reducer: the patient's answers, the screen they are on, and what the shell must do
//! after each change (update the address, move focus). Pure: no browser calls here, so it is
//! tested natively.

use crate::content::{GUIDE, OptionId, QuestionId};
use crate::engine::codec::{self, DecodeError};
use crate::engine::flow::{self, Screen};
use crate::engine::route::Route;
use crate::engine::{Answers, OptionSet, toggle};

use super::words::Words;

/// Something went wrong with what the patient opened; shown instead of the screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    DamagedLink(DecodeError),
    UnknownPage,
}

/// How the shell updates the address after a change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AddressUpdate {
    /// A new history entry, so browser Back returns here.
    Push,
    /// Correct the current entry (a redirect, or a share link being consumed).
    Replace,
}

/// Where keyboard focus goes after a change, so screen readers announce the new content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    Heading,
    ErrorSummary,
    /// Where it was when the app's first render replaced the same screen prerendered: the
    /// control with the same text (main.rs reads which), else the heading.
    KeptFromPrerender,
}

/// Side effects the shell performs once the new state is on screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Effects {
    pub address: Option<AddressUpdate>,
    pub focus: Option<Focus>,
    /// The answers changed: save them (or clear the saved copy).
    pub save: bool,
    /// The patient chose another language: put it in the address (`?lang=`), so that a
    /// reload keeps it.
    pub keep_language: bool,
    /// Open the browser's print dialog, once the page shows the time it is printed at.
    pub print: bool,
    /// Open the page of this language (one this page does not carry), on the same screen,
    /// once the answers are saved.
    pub open_page: Option<&'static str>,
}

/// What became of "Copy a link to these results".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Shared {
    #[default]
    NotYet,
    Copied,
    /// The clipboard refused: the results show the link to copy by hand.
    ByHand,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GuideState {
    /// The language every word on screen is in.
    pub words: Words,
    pub answers: Answers,
    pub screen: Screen,
    pub problem: Option<Problem>,
    /// What is ticked on the current question page, before Continue.
    pub draft: OptionSet,
    /// Continue was pressed with nothing chosen.
    pub nothing_chosen: bool,
    /// The patient came from "Check your answers" via a Change link, and has not been back
    /// there yet: kept through a warning-sign card, so that undoing a mistaken answer there
    /// returns to "Check your answers" too.
    pub from_check: bool,
    /// "Start again" cleared the answers in this tab (see [`Self::answers_cleared`]).
    cleared: bool,
    /// The share link just opened was made by an older version of the guide, and these
    /// questions' answers no longer exist: the notice asks for them again. Shown until the
    /// next screen.
    pub to_answer_again: Vec<QuestionId>,
    /// On the results: what became of the last "Copy a link". Forgotten on the next screen.
    pub shared: Shared,
    pub effects: Effects,
    /// Bumped by every change, so the shell runs `effects` exactly once per change.
    pub generation: u64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Msg {
    /// The address changed (first load, Back/Forward, a typed or shared link).
    Open(Route),
    /// A button or link inside the guide (Start, See my results, Back, Change…).
    Go(Screen),
    Toggle(OptionId),
    Continue,
    /// "Change" on the check-answers page.
    Change(QuestionId),
    /// "Start again": asks whether to clear the answers.
    StartAgain,
    /// "Yes, clear my answers".
    ClearAnswers,
    /// The language switcher: the same page and answers, in another language.
    ChooseLanguage(Words),
    /// The language switcher, for a language whose words are on its own page: what is ticked
    /// on this question is kept as its answer, so that the other page shows it ticked.
    OpenLanguagePage(&'static str),
    /// "Print these results".
    Print,
    /// "Copy a link to these results": the link went to the clipboard (`true`), or the
    /// clipboard refused it.
    LinkCopied(bool),
}

impl GuideState {
    /// The state on first load, in the language `words`: answers saved earlier in this tab
    /// (if they still decode), then whatever the address asks for.
    pub fn load(words: Words, saved: Option<&str>, route: Route) -> Self {
        let answers = saved
            .and_then(|text| codec::decode(&GUIDE, text).ok())
            .map(|decoded| decoded.answers);
        // Saved with no answers only by "Start again" (see [`Self::saved_text`]): after a
        // reload, Back to a page of the old answers still says they were cleared.
        let cleared = answers.as_ref().is_some_and(Answers::is_empty);
        let answers = answers.unwrap_or_default();
        let blank = Self {
            words,
            answers,
            screen: Screen::Start,
            problem: None,
            draft: OptionSet::default(),
            nothing_chosen: false,
            from_check: false,
            cleared,
            to_answer_again: Vec::new(),
            shared: Shared::NotYet,
            effects: Effects::default(),
            generation: 0,
        };
        let mut state = blank.open(route);
        // Nothing to announce on a fresh page load (answers from a share link are still saved).
        state.effects.focus = None;
        state
    }

    /// The patient tapped a link of the prerendered screen (Start) before the app ran, so the
    /// page opened on the screen it leads to: that tap was a step, and the new heading takes
    /// focus as after any step ([`Self::load`] announces nothing on a plain page load).
    pub fn arrived_by_a_step(mut self) -> Self {
        self.effects.focus = Some(Focus::Heading);
        self
    }

    /// A patient on a keyboard had focused a control of the prerendered screen (Start, say)
    /// when the app's first render replaced that markup: focus stays on the same control if
    /// the app opened the screen that was prerendered (the start screen), else it goes to the
    /// new screen's heading; never to the page's top, which would lose their place. A tap
    /// before the app ran ([`Self::arrived_by_a_step`]) already says where focus goes.
    pub fn focus_kept_from_prerender(mut self) -> Self {
        if self.effects.focus.is_none() {
            self.effects.focus = Some(match self.screen {
                Screen::Start => Focus::KeptFromPrerender,
                _ => Focus::Heading,
            });
        }
        self
    }

    /// What this tab keeps when `effects.save` asks (sessionStorage): the answers' code; after
    /// "Start again", the code of no answers, so that a reload still knows they were cleared
    /// ([`Self::load`]); `None` (nothing kept) when there is nothing to keep.
    pub fn saved_text(&self) -> Option<String> {
        (self.cleared || !self.answers.is_empty()).then(|| codec::encode(&GUIDE, &self.answers))
    }

    /// "Start again" cleared the answers and none is given since: the start page says so, and
    /// the address of any page of the old answers (browser Back) opens it.
    pub fn answers_cleared(&self) -> bool {
        self.cleared && self.answers.is_empty()
    }

    pub fn fragment(&self) -> String {
        crate::engine::route::fragment(&GUIDE, self.screen)
    }

    fn show(mut self, screen: Screen, address: Option<AddressUpdate>) -> Self {
        self.screen = screen;
        self.problem = None;
        self.nothing_chosen = false;
        self.to_answer_again = Vec::new();
        self.shared = Shared::NotYet;
        self.draft = match screen {
            Screen::Question(q) => self.answers.get(q).unwrap_or_default(),
            _ => OptionSet::default(),
        };
        if matches!(screen, Screen::Start | Screen::Check | Screen::Results) {
            self.from_check = false;
        }
        self.effects = Effects {
            address,
            focus: Some(Focus::Heading),
            ..Effects::default()
        };
        self
    }

    fn open(self, route: Route) -> Self {
        match route {
            // A page of the answers just cleared (browser Back): the start page, which says
            // they were cleared, rather than an empty question as if they were lost.
            Route::Screen(wanted) if self.answers_cleared() && wanted != Screen::Start => {
                self.show(Screen::Start, Some(AddressUpdate::Replace))
            }
            Route::Screen(wanted) => {
                let screen = flow::resolve(&GUIDE, &self.answers, wanted);
                let address = (screen != wanted).then_some(AddressUpdate::Replace);
                self.show(screen, address)
            }
            Route::Share(code) => match codec::decode(&GUIDE, &code) {
                Ok(decoded) => {
                    // Missing answers make this the first question still to answer.
                    let screen = flow::resolve(&GUIDE, &decoded.answers, Screen::Results);
                    // With answers to give again, the guide goes from one to the next and
                    // then to "Check your answers", as after a Change from there.
                    let mut state = Self {
                        answers: decoded.answers,
                        from_check: !decoded.to_answer_again.is_empty(),
                        ..self
                    }
                    .show(screen, Some(AddressUpdate::Replace));
                    state.to_answer_again = decoded.to_answer_again;
                    state.effects.save = true;
                    state
                }
                Err(error) => self.with_problem(Problem::DamagedLink(error)),
            },
            Route::Unknown => self.with_problem(Problem::UnknownPage),
        }
    }

    fn with_problem(mut self, problem: Problem) -> Self {
        self.problem = Some(problem);
        self.effects = Effects {
            focus: Some(Focus::Heading),
            ..Effects::default()
        };
        self
    }

    fn answer(mut self) -> Self {
        let Screen::Question(question) = self.screen else {
            return self;
        };
        if self.draft.is_empty() {
            self.nothing_chosen = true;
            self.effects = Effects {
                focus: Some(Focus::ErrorSummary),
                ..Effects::default()
            };
            return self;
        }
        self.answers.set(question, self.draft);
        self.answers = flow::prune(&GUIDE, &self.answers);
        let next = flow::after_answer(&GUIDE, &self.answers, question, self.from_check);
        let mut state = self.show(next, Some(AddressUpdate::Push));
        state.effects.save = true;
        state
    }
}

impl GuideState {
    /// The state after `action`: the guide's one reducer.
    pub fn update(self, action: Msg) -> Self {
        let current = self;
        let generation = current.generation + 1;
        let mut next = match action {
            Msg::Open(route) => current.open(route),
            Msg::Go(wanted) => {
                let screen = flow::resolve(&GUIDE, &current.answers, wanted);
                current.show(screen, Some(AddressUpdate::Push))
            }
            Msg::Toggle(option) => {
                let Screen::Question(question) = current.screen else {
                    return current;
                };
                let draft = toggle(&GUIDE, question, current.draft, option);
                Self {
                    draft,
                    effects: Effects::default(),
                    ..current
                }
            }
            Msg::Continue => current.answer(),
            Msg::Change(question) => Self {
                from_check: true,
                ..current
            }
            .show(Screen::Question(question), Some(AddressUpdate::Push)),
            Msg::StartAgain => {
                let screen = flow::resolve(&GUIDE, &current.answers, Screen::StartAgain);
                current.show(screen, Some(AddressUpdate::Push))
            }
            // The confirmation's own history entry becomes the start page, so that Back and
            // Forward never ask again about answers that are gone.
            Msg::ClearAnswers => {
                let mut state = Self {
                    answers: Answers::default(),
                    cleared: true,
                    ..current
                }
                .show(Screen::Start, Some(AddressUpdate::Replace));
                state.effects.save = true;
                state
            }
            // Nothing else changes: the answers, the page and anything ticked stay as they
            // were. Focus goes to the heading so a screen reader reads it in the new language.
            Msg::ChooseLanguage(words) => Self {
                words,
                effects: Effects {
                    focus: Some(Focus::Heading),
                    keep_language: true,
                    ..Effects::default()
                },
                ..current
            },
            Msg::OpenLanguagePage(lang) => {
                let mut state = current;
                if let Screen::Question(question) = state.screen
                    && !state.draft.is_empty()
                {
                    state.answers.set(question, state.draft);
                    state.answers = flow::prune(&GUIDE, &state.answers);
                }
                state.effects = Effects {
                    save: true,
                    open_page: Some(lang),
                    ..Effects::default()
                };
                state
            }
            Msg::LinkCopied(copied) => Self {
                shared: if copied {
                    Shared::Copied
                } else {
                    Shared::ByHand
                },
                effects: Effects::default(),
                ..current
            },
            Msg::Print => Self {
                effects: Effects {
                    print: true,
                    ..Effects::default()
                },
                ..current
            },
        };
        next.generation = generation;
        next
    }
}
