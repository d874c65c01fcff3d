//! Feedback from people the employee chooses, with no server: request links (the reviewer's
//! form is a module of its own, crates/reviewer), answers matched and kept next to one's own
//! ratings, never averaged.

mod ask_feedback;
mod feedback_row;
mod link_problem;
mod receive;

pub use ask_feedback::AskFeedback;
pub use link_problem::{provide_link_problem, LinkProblem};
pub use receive::{take_answer, Inbox};

use crate::ui::keyed_rows::{keyed_rows, Row};
use crate::ui::profile_sync::use_profile;
use domain::feedback::{compare, received_in_order};
use domain::i18n::k;
use feedback_row::FeedbackRow;
use leptos::prelude::*;
use markup::feedback_table::feedback_table;
use shell::feed::use_feed;
use shell::i18n::use_i18n;
use std::sync::Arc;

/// In My gap: one's own ratings and each reviewer's, side by side, and the answers received.
#[component]
pub fn FeedbackPanel() -> impl IntoView {
    let profile = use_profile();
    let i18n = use_i18n();
    let loaded = use_feed();
    // Column order: the order the answers arrived.
    let received = Memo::new(move |_| {
        profile.with(|p| {
            received_in_order(p)
                .into_iter()
                .map(|(id, f)| {
                    let heading = i18n.tf(f.relationship.reviewer_key(), &[("name", &f.reviewer)]);
                    (id.clone(), heading)
                })
                .collect::<Vec<_>>()
        })
    });
    let table = Memo::new(move |_| {
        let reviewers = received.get();
        profile.with(|p| i18n.with(|tr| feedback_table(&compare(p, loaded.feed()), &reviewers, tr)))
    });
    view! {
        <Show when=move || !received.with(Vec::is_empty)>
            <div class="sg-card" data-testid="feedback-panel">
                <h3 class="sg-h3" id="sg-feedback-heading" tabindex="-1">
                    {i18n.t(k::FEEDBACK_PANEL_TITLE)}
                </h3>
                <p class="sg-muted">{i18n.t(k::FEEDBACK_PANEL_INTRO)}</p>
                <div inner_html=table></div>
                <ul class="sg-feedback-list">
                    {keyed_rows(
                        Arc::new(move || {
                            received
                                .get()
                                .into_iter()
                                .map(|(id, _)| {
                                    Row::new(
                                        id.clone(),
                                        move || view! { <FeedbackRow response_id=id /> }.into_any(),
                                    )
                                })
                                .collect()
                        }),
                    )}
                </ul>
            </div>
        </Show>
    }
}
