//! A damaged share link or an address the guide does not know: a kind message and a way on,
//! never a blank page. Answers already given in this tab are kept.

use yew::prelude::*;

use crate::content::GUIDE;
use crate::engine::Screen;
use crate::engine::flow::next_screen;
use crate::ui::state::{Msg, Problem};
use crate::ui::text::problem_words;
use crate::ui::widgets::{Page, page_heading, paragraph};

pub fn problem_page(page: Page, problem: &Problem) -> Html {
    let Page { state, words, send } = page;
    let ui = &words.ui;
    let (heading, text) = problem_words(&words, problem);
    let resume = (!state.answers.is_empty()).then(|| next_screen(&GUIDE, &state.answers));
    let start = send.reform(|_| Msg::Go(Screen::Start));
    html! {
        <>
            { page_heading(heading) }
            { paragraph(text) }
            <div class="actions">
                if let Some(screen) = resume {
                    <button type="button" class="button" onclick={send.reform(move |_| Msg::Go(screen))}>
                        { ui.problem_resume }
                    </button>
                }
                // The way back to the answers, if any, is the main button; starting over is
                // then the secondary one.
                if resume.is_some() {
                    <button type="button" class="button button-secondary" onclick={start}>{ ui.problem_start }</button>
                } else {
                    <button type="button" class="button" onclick={start}>{ ui.problem_start }</button>
                }
            </div>
        </>
    }
}
