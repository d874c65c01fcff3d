//! One answer received: who, when, their overall comment and per-skill comments, and Delete
//! (with Undo).

use crate::ui::profile_sync::use_profile;
use domain::feedback::delete_feedback;
use domain::i18n::k;
use domain::undo::Undo;
use leptos::prelude::*;
use shell::i18n::use_i18n;
use shell::notifier::use_notifier;
use stdx::time::iso_date;

#[component]
pub fn FeedbackRow(response_id: String) -> impl IntoView {
    let profile = use_profile();
    let notifier = use_notifier();
    let i18n = use_i18n();
    let entry = profile
        .with_untracked(|p| p.feedback.get(&response_id).cloned())
        .unwrap_or_default();
    let who = i18n.with(|tr| {
        let reviewer = tr.tf(
            entry.relationship.reviewer_key(),
            &[("name", &entry.reviewer)],
        );
        let date = tr.date(&iso_date(entry.received));
        tr.tf_plain(
            k::FEEDBACK_ENTRY_WHO,
            &[("reviewer", &reviewer), ("date", &date)],
        )
    });
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
            profile.edit(|p, now| delete_feedback(p, &id, now));
            notifier.confirm(
                i18n.tf(k::FEEDBACK_ENTRY_DELETED, &[("name", &reviewer)]),
                Some(Undo::FeedbackDeleted { response: id }),
            );
            notifier.focus("#sg-feedback-heading");
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
                                            <strong>
                                                {i18n
                                                    .tf(k::FEEDBACK_ENTRY_COMMENT_ON, &[("skill", &skill)])}
                                            </strong>
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
                aria-label=i18n.tf(k::FEEDBACK_ENTRY_DELETE_LABEL, &[("name", &entry.reviewer)])
                on:click=remove
            >
                {i18n.t(k::COMMON_DELETE)}
            </button>
        </li>
    }
}
