//! Links in the page's fragment that the employee's own app acts on: an answer to one's own
//! feedback request, and a shared profile whose ratings the person chose to take (handed over
//! by the shared view, `shared_import.rs`). Share and request links open their own modules:
//! the loader chooses (`embed/skillgap-widget.js`), also when one is pasted into an open tab.
//! An answer waits until the framework has loaded, through failures and Try again, and stays
//! in the address until it has been taken in: it is never dropped.

use super::feedback::Inbox;
use browser::page;
use domain::feedback::{link_kind, FeedbackError, LinkKind};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// What the links in the address are doing now.
#[derive(Clone, Copy)]
pub struct IncomingLinks {
    /// An answer link that arrived before the framework could be used; taken in once it is.
    pub waiting_answer: RwSignal<Option<String>>,
}

impl IncomingLinks {
    /// Opens the link the page was loaded with, follows later changes of the fragment (unless
    /// the page said the widget reads no links: the checker's preview), and takes in a
    /// waiting answer as soon as a framework is loaded (into `inbox`); a problem with it goes
    /// to `link_problem`.
    pub fn follow(
        inbox: Inbox,
        link_problem: RwSignal<Option<FeedbackError>>,
        first: &str,
        listen: bool,
    ) -> Self {
        let links = IncomingLinks {
            waiting_answer: RwSignal::new(None),
        };
        links.open(first.to_owned());
        if listen {
            page::on_fragment_change(move |fragment| links.open(fragment));
        }
        Effect::new(move |_| {
            if inbox.feeds.loaded().is_none() {
                return;
            }
            if let Some(answer) = links.waiting_answer.get() {
                links.waiting_answer.set(None);
                spawn_local(take_waiting_answer(inbox, link_problem, answer));
            }
        });
        links
    }

    fn open(self, fragment: String) {
        if link_kind(&fragment) == LinkKind::Response {
            self.waiting_answer.set(Some(fragment));
        }
    }
}

async fn take_waiting_answer(
    inbox: Inbox,
    link_problem: RwSignal<Option<FeedbackError>>,
    fragment: String,
) {
    let outcome = super::feedback::take_answer(inbox, fragment).await;
    // Taken in, or refused with its reason on screen: a reload does not repeat it.
    page::clear_fragment();
    match outcome {
        Ok(message) => inbox.notifier.confirm(message, None),
        Err(problem) => link_problem.set(Some(problem)),
    }
}
