//! GOV.UK "Check your answers": every answer with a Change link that returns here.

use yew::prelude::*;

use crate::content::GUIDE;
use crate::engine::Screen;
use crate::engine::flow::{is_asked, previous, question_ids};
use crate::ui::state::Msg;
use crate::ui::widgets::{Page, back_link, guide_link, list_item, page_heading, paragraph};

pub fn check_answers_page(page: Page) -> Html {
    let Page { state, words, send } = page;
    let ui = &words.ui;
    let back = previous(&GUIDE, &state.answers, Screen::Check);
    html! {
        <>
            { back_link(page, back) }
            { page_heading(ui.check_heading) }
            { paragraph(ui.check_intro) }
            { answer_list(page, true) }
            <button type="button" class="button" onclick={send.reform(|_| Msg::Go(Screen::Results))}>
                { ui.check_submit }
            </button>
        </>
    }
}

/// The patient's answers as a summary list; also printed with the results. With `change`, each
/// row has a Change link.
pub fn answer_list(page: Page, change: bool) -> Html {
    let Page { state, words, send } = page;
    let rows = question_ids(&GUIDE)
        .filter(|&q| is_asked(&GUIDE, &state.answers, q))
        .filter_map(|q| Some((q, state.answers.get(q)?)))
        .map(|(q, set)| {
            let text = words.question(q);
            let answers = set.iter().map(|o| list_item(text.options[usize::from(o.0)]));
            let link_text = html! {
                <>{ words.ui.check_change }<span class="visually-hidden">{ " " }{ text.short }</span></>
            };
            html! {
                <div class="summary-row">
                    <dt class="summary-key">{ text.short }</dt>
                    <dd class="summary-value"><ul class="plain-list">{ for answers }</ul></dd>
                    if change {
                        <dd class="summary-actions">
                            { guide_link(send, Screen::Question(q), Msg::Change(q), link_text) }
                        </dd>
                    }
                </div>
            }
        });
    html! { <dl class="summary-list">{ for rows }</dl> }
}
