//! Taking in an answer to one's feedback request, from a link or a file: matched to the open
//! request, stored, and shown in My gap; anything else is refused with a reason.

use crate::browser::feedback_link::decode_response;
use crate::domain::feedback::{receive, FeedbackError};
use crate::ui::state::{AppState, Section};
use leptos::prelude::*;

/// Receives the answer that `text` (a response link, or just its fragment) carries; the
/// confirmation on success, the reason on failure.
pub async fn take_answer(state: AppState, text: String) -> Result<String, String> {
    let fragment = text
        .rsplit_once('#')
        .map_or(text.as_str(), |(_, f)| f)
        .to_owned();
    let result = match decode_response(&fragment).await {
        Ok(response) => {
            let Some(loaded) = state.loaded_untracked() else {
                return Err(
                    "The skills framework is not loaded yet; try again in a moment.".into(),
                );
            };
            let feed = loaded.feed();
            let mut outcome = Err(FeedbackError::UnknownRequest);
            state.edit(|p, now| {
                outcome = receive(
                    p,
                    &response,
                    &feed.scale,
                    |id| feed.skill_by_id(id).map(|i| feed.skills[i].name.clone()),
                    now,
                );
            });
            outcome.map(|()| response.reviewer)
        }
        Err(error) => Err(error),
    };
    match result {
        Ok(reviewer) => {
            state.section.set(Section::Gap);
            Ok(format!(
                "Feedback from {reviewer} received. It is shown in “My gap”, next to your own ratings."
            ))
        }
        Err(error) => Err(error.message()),
    }
}

/// Takes an answer the person chose (a file), and says on screen what happened.
pub async fn receive_answer(state: AppState, text: String) {
    match take_answer(state, text).await {
        Ok(message) | Err(message) => state.confirm(message, None),
    }
}
