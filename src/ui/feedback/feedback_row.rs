//! One answer received: who, when, their overall comment and per-skill comments, and Delete
//! (with Undo).

use crate::domain::feedback::{delete_feedback, restore_feedback};
use crate::domain::time::{iso_date, short_date};
use crate::ui::state::use_app_state;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn FeedbackRow(response_id: String) -> impl IntoView {
    let state = use_app_state();
    let entry = state
        .profile
        .with_untracked(|p| p.feedback.get(&response_id).cloned())
        .unwrap_or_default();
    let date = iso_date(entry.received);
    let when = short_date(&date).unwrap_or(date);
    let who = format!(
        "{} ({}), {when}",
        entry.reviewer,
        entry.relationship.label().to_lowercase()
    );
    let comments: Vec<(String, String)> = entry
        .answers
        .iter()
        .filter(|(_, a)| !a.comment.trim().is_empty())
        .map(|(skill, a)| {
            let name = entry
                .skill_names
                .get(skill)
                .cloned()
                .unwrap_or_else(|| skill.clone());
            (name, a.comment.trim().to_owned())
        })
        .collect();
    let remove = {
        let (id, reviewer) = (response_id.clone(), entry.reviewer.clone());
        move |_| {
            let id = id.clone();
            state.edit(|p, now| delete_feedback(p, &id, now));
            let undo = Arc::new(move || {
                state.edit(|p, now| restore_feedback(p, &id, now));
                state.confirm("The feedback is back.", None);
            });
            state.confirm(format!("Feedback from {reviewer} deleted."), Some(undo));
            state.focus("#sg-feedback-heading");
        }
    };
    view! {
        <li class="sg-feedback-entry" data-testid="feedback-entry">
            <p class="sg-feedback-who">{who}</p>
            {(!entry.overall.trim().is_empty())
                .then(|| view! { <p class="sg-feedback-overall">{entry.overall.clone()}</p> })}
            {(!comments.is_empty())
                .then(|| {
                    view! {
                        <ul class="sg-feedback-comments">
                            {comments
                                .into_iter()
                                .map(|(skill, text)| {
                                    view! {
                                        <li>
                                            <strong>{format!("{skill}: ")}</strong>
                                            {text}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                })}
            <button
                type="button"
                class="sg-button sg-button-quiet sg-button-small sg-no-print"
                data-testid="delete-feedback"
                on:click=remove
            >
                "Delete"
                <span class="sg-visually-hidden">
                    {format!(" the feedback from {}", entry.reviewer)}
                </span>
            </button>
        </li>
    }
}
