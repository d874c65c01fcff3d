//! The request in the address, read once: the form to answer it, or why it cannot be answered
//! (damaged, or one's own request opened in one's own browser).

use super::reviewer_view::ReviewerView;
use browser::config::WidgetConfig;
use browser::feedback_link::decode_request;
use browser::page;
use browser::profile_store::read_setting;
use domain::feedback::{is_own_request_stored, FeedbackError, FeedbackRequest};
use leptos::prelude::*;
use leptos::task::spawn_local;
use shell::i18n::use_i18n;
use shell::link_problem::LinkProblem;
use shell::visitor_frame::VisitorFrame;

#[component]
pub fn ReviewerApp(config: WidgetConfig) -> impl IntoView {
    let request = RwSignal::new(None::<Result<FeedbackRequest, FeedbackError>>);
    let fragment = page::location_hash();
    let keys = config.keys.clone();
    spawn_local(async move {
        let decoded = decode_request(&fragment).await;
        let stored = read_setting(&keys.profile());
        let own = decoded
            .as_ref()
            .is_ok_and(|r| is_own_request_stored(stored.as_deref(), r));
        request.set(Some(if own {
            Err(FeedbackError::OwnRequest)
        } else {
            decoded
        }));
    });
    view! {
        // The form shows only skills: the feed's roles, resources and mentors are not read.
        <VisitorFrame config=config reader=domain::feed::load_skills_with>
            {move || {
                let i18n = use_i18n();
                match request.get() {
                    None => ().into_any(),
                    Some(Ok(request)) => view! { <ReviewerView request=request /> }.into_any(),
                    Some(Err(problem)) => {
                        let message = i18n.with(|tr| problem.message(tr));
                        view! { <LinkProblem message=message /> }.into_any()
                    }
                }
            }}
        </VisitorFrame>
    }
}
