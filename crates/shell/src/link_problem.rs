//! A link a visitor's module cannot use (damaged, one's own request): said plainly, with the
//! way back to one's own profile. Nothing stored is changed.

use crate::handover::{hand_over, Handover};
use crate::i18n::use_i18n;
use crate::notifier::use_notifier;
use domain::i18n::k;
use leptos::prelude::*;

#[component]
pub fn LinkProblem(message: String) -> impl IntoView {
    let i18n = use_i18n();
    let notifier = use_notifier();
    let back = move |_| {
        if let Some(root) = notifier.root.get_untracked() {
            hand_over(&root, Handover::OwnProfile);
        }
    };
    view! {
        <div class="sg-error" role="alert" data-testid="link-problem">
            <p>{message}</p>
            <p>{i18n.t(k::FEEDBACK_LINK_PROBLEM_UNCHANGED)}</p>
            <button type="button" class="sg-button sg-button-quiet" on:click=back>
                {i18n.t(k::COMMON_BACK_TO_OWN_PROFILE)}
            </button>
        </div>
    }
}
