//! Taking in an answer to one's feedback request, from a link or a file: matched to the open
//! request, stored, and shown in My gap; anything else is refused with a reason.

use crate::ui::navigation::{use_navigation, Navigation, Section};
use crate::ui::profile_sync::{use_profile, ProfileState};
use browser::feedback_link::decode_response;
use domain::feedback::{receive, FeedbackError};
use domain::i18n::k;
use leptos::prelude::*;
use shell::feed::{use_feeds, Feeds};
use shell::notifier::{use_notifier, Notifier};

/// What taking in an answer touches: the feed it is read against, the profile it is stored
/// in, My gap where it is shown, and the notifier that says what happened (in the interface's
/// language). One bundle, because it runs in a future, where contexts cannot be looked up.
#[derive(Clone, Copy)]
pub struct Inbox {
    pub feeds: Feeds,
    pub profile: ProfileState,
    pub navigation: Navigation,
    pub notifier: Notifier,
}

impl Inbox {
    /// The app's contexts; called where they can be looked up (a component, the app).
    pub fn from_context() -> Self {
        Inbox {
            feeds: use_feeds(),
            profile: use_profile(),
            navigation: use_navigation(),
            notifier: use_notifier(),
        }
    }
}

/// Receives the answer that `text` (a response link, or just its fragment) carries; the
/// confirmation on success, the reason on failure.
pub async fn take_answer(inbox: Inbox, text: String) -> Result<String, FeedbackError> {
    let i18n = inbox.notifier.i18n;
    let fragment = text
        .rsplit_once('#')
        .map_or(text.as_str(), |(_, f)| f)
        .to_owned();
    let response = decode_response(&fragment).await?;
    let Some(loaded) = inbox.feeds.loaded_untracked() else {
        return Err(FeedbackError::FrameworkNotLoaded);
    };
    let feed = loaded.feed();
    let mut outcome = Err(FeedbackError::UnknownRequest);
    inbox.profile.edit(|p, now| {
        outcome = receive(
            p,
            &response,
            &feed.scale,
            |id| feed.skill_by_id(id).map(|i| feed.skills[i].name.clone()),
            now,
        );
    });
    outcome?;
    inbox.navigation.section.set(Section::Gap);
    Ok(i18n.tf(
        k::FEEDBACK_RECEIVED,
        &[
            ("name", &response.reviewer),
            ("section", &i18n.t(Section::Gap.label_key())),
        ],
    ))
}

/// Takes an answer the person chose (a file), and says on screen what happened.
pub async fn receive_answer(inbox: Inbox, text: String) {
    let i18n = inbox.notifier.i18n;
    match take_answer(inbox, text).await {
        Ok(message) => inbox.notifier.confirm(message, None),
        Err(error) => inbox
            .notifier
            .confirm(i18n.with(|tr| error.message(tr)), None),
    }
}
