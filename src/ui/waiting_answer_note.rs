//! Said while a feedback answer from a link waits for the framework (a feed outage, Try
//! again): the answer is kept, so the person need not open the link again.

use domain::i18n::k;
use leptos::prelude::*;
use shell::feed::use_feeds;
use shell::i18n::use_i18n;

#[component]
pub fn WaitingAnswerNote(waiting: RwSignal<Option<String>>) -> impl IntoView {
    let feeds = use_feeds();
    let i18n = use_i18n();
    let shown = move || waiting.with(Option::is_some) && feeds.failed();
    view! {
        <Show when=shown>
            <p class="sg-banner" role="status" data-testid="answer-waiting">
                {move || {
                    i18n.track();
                    i18n.t(k::FEEDBACK_ANSWER_WAITING)
                }}
            </p>
        </Show>
    }
}
