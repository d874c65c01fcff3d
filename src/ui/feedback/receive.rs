//! Taking in an answer to one's feedback request, from a link or a file: matched to the open
//! request, stored, and shown in My gap; anything else is refused with a reason.

use crate::ui::state::{AppState, Section};
use browser::feedback_link::decode_response;
use domain::feedback::{receive, FeedbackError};
use domain::i18n::k;
use leptos::prelude::*;

/// Receives the answer that `text` (a response link, or just its fragment) carries; the
/// confirmation on success, the reason on failure.
pub async fn take_answer(state: AppState, text: String) -> Result<String, FeedbackError> {
    let i18n = state.i18n;
    let fragment = text
        .rsplit_once('#')
        .map_or(text.as_str(), |(_, f)| f)
        .to_owned();
    let response = decode_response(&fragment).await?;
    let Some(loaded) = state.loaded_untracked() else {
        return Err(FeedbackError::FrameworkNotLoaded);
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
    outcome?;
    state.section.set(Section::Gap);
    Ok(i18n.tf(
        k::FEEDBACK_RECEIVED,
        &[
            ("name", &response.reviewer),
            ("section", &i18n.t(Section::Gap.label_key())),
        ],
    ))
}

/// Takes an answer the person chose (a file), and says on screen what happened.
pub async fn receive_answer(state: AppState, text: String) {
    let i18n = state.i18n;
    match take_answer(state, text).await {
        Ok(message) => state.confirm(message, None),
        Err(error) => state.confirm(i18n.with(|tr| error.message(tr)), None),
    }
}
