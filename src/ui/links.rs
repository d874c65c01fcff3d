//! Links in the page's fragment: someone's shared profile, a feedback request to answer, or an
//! answer to one's own request. Read when the widget opens and again whenever the fragment
//! changes in an open tab (a link pasted into a tab where the widget already runs does not
//! reload the page). An answer waits until the framework has loaded, through failures and
//! Try again, and stays in the address until it has been taken in: it is never dropped.

use super::state::AppState;
use browser::feedback_link::decode_request;
use browser::page;
use browser::share_link::decode_share;
use domain::feedback::{is_own_request, link_kind, FeedbackError, LinkKind};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// What the links in the address are doing now.
#[derive(Clone, Copy)]
pub struct IncomingLinks {
    /// A share or request link is being decoded: the app waits rather than flash the profile.
    pub opening: RwSignal<bool>,
    /// An answer link that arrived before the framework could be used; taken in once it is.
    pub waiting_answer: RwSignal<Option<String>>,
}

impl IncomingLinks {
    /// Opens the link the page was loaded with, follows later changes of the fragment (unless
    /// the page said the widget reads no links: the checker's preview), and takes in a
    /// waiting answer as soon as a framework is loaded.
    pub fn follow(state: AppState, first: &str, listen: bool) -> Self {
        let links = IncomingLinks {
            opening: RwSignal::new(false),
            waiting_answer: RwSignal::new(None),
        };
        links.open(state, first.to_owned());
        if listen {
            page::on_fragment_change(move |fragment| links.open(state, fragment));
        }
        Effect::new(move |_| {
            if state.loaded().is_none() {
                return;
            }
            if let Some(answer) = links.waiting_answer.get() {
                links.waiting_answer.set(None);
                spawn_local(take_waiting_answer(state, answer));
            }
        });
        links
    }

    fn open(self, state: AppState, fragment: String) {
        match link_kind(&fragment) {
            LinkKind::None => {}
            LinkKind::Share => {
                self.opening.set(true);
                spawn_local(async move {
                    let shared = decode_share(&fragment).await;
                    state.reviewing.set(None);
                    state.link_problem.set(None);
                    state.shared.set(Some(shared));
                    self.opening.set(false);
                });
            }
            LinkKind::Request => {
                self.opening.set(true);
                spawn_local(async move {
                    let request = decode_request(&fragment).await;
                    let own = request
                        .as_ref()
                        .is_ok_and(|r| state.profile.with_untracked(|p| is_own_request(p, r)));
                    state.shared.set(None);
                    state.link_problem.set(None);
                    state.reviewing.set(Some(if own {
                        Err(FeedbackError::OwnRequest)
                    } else {
                        request
                    }));
                    self.opening.set(false);
                });
            }
            LinkKind::Response => {
                // One's own answer: back to one's own profile, where it will be shown.
                state.shared.set(None);
                state.reviewing.set(None);
                self.waiting_answer.set(Some(fragment));
            }
        }
    }
}

async fn take_waiting_answer(state: AppState, fragment: String) {
    let outcome = super::feedback::take_answer(state, fragment).await;
    // Taken in, or refused with its reason on screen: a reload does not repeat it.
    page::clear_fragment();
    match outcome {
        Ok(message) => state.confirm(message, None),
        Err(problem) => state.link_problem.set(Some(problem)),
    }
}
