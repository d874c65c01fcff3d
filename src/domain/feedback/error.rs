//! Everything that can go wrong with a feedback link, in words for the employee.

use crate::domain::i18n::k;
use crate::domain::i18n::Translator;

/// Why a feedback link cannot be opened or an answer not be kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeedbackError {
    /// Not a feedback link at all.
    NotAFeedbackLink,
    /// A feedback link of another format version (`sgr2.…`, `SGF1.…`).
    UnknownVersion,
    /// Tampered with, truncated, or not the JSON a link holds.
    Damaged,
    /// Unpacks to more than `MAX_PAYLOAD`.
    TooLarge,
    /// The browser lacks the compression streams links are made with.
    Unsupported,
    /// An answer to a request this profile did not send, or has deleted.
    UnknownRequest,
    /// This answer is already stored (and not deleted).
    AlreadyReceived,
    /// The requester opened their own request link.
    OwnRequest,
    /// An answer arrived before the framework it is matched against.
    FrameworkNotLoaded,
    /// Well-formed JSON with content no Skillgap makes.
    Invalid(InvalidContent),
}

/// What a link holds that no Skillgap makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InvalidContent {
    RequestId,
    AnswerId,
    /// More skills asked about than `MAX_SKILLS`.
    TooManyAsked,
    /// More skills answered than `MAX_SKILLS`.
    TooManyAnswered,
    SkillId,
    NoSkills,
    LevelBeyondScale,
}

impl InvalidContent {
    /// What is wrong, in a few words (a clause inside the link's message).
    pub fn message(self, tr: &Translator) -> String {
        let max = tr.integer(super::MAX_SKILLS as i64);
        match self {
            InvalidContent::RequestId => tr.t(k::FEEDBACK_INVALID_REQUEST_ID).to_owned(),
            InvalidContent::AnswerId => tr.t(k::FEEDBACK_INVALID_ANSWER_ID).to_owned(),
            InvalidContent::TooManyAsked => {
                tr.tf_plain(k::FEEDBACK_INVALID_TOO_MANY_ASKED, &[("max", &max)])
            }
            InvalidContent::TooManyAnswered => {
                tr.tf_plain(k::FEEDBACK_INVALID_TOO_MANY_ANSWERED, &[("max", &max)])
            }
            InvalidContent::SkillId => tr.t(k::FEEDBACK_INVALID_SKILL_ID).to_owned(),
            InvalidContent::NoSkills => tr.t(k::FEEDBACK_INVALID_NO_SKILLS).to_owned(),
            InvalidContent::LevelBeyondScale => tr.t(k::FEEDBACK_INVALID_LEVEL).to_owned(),
        }
    }
}

impl FeedbackError {
    pub fn message(&self, tr: &Translator) -> String {
        let key = match self {
            FeedbackError::NotAFeedbackLink => k::FEEDBACK_ERROR_NOT_A_LINK,
            FeedbackError::UnknownVersion => k::FEEDBACK_ERROR_UNKNOWN_VERSION,
            FeedbackError::Damaged => k::FEEDBACK_ERROR_DAMAGED,
            FeedbackError::TooLarge => k::FEEDBACK_ERROR_TOO_LARGE,
            FeedbackError::Unsupported => k::FEEDBACK_ERROR_UNSUPPORTED,
            FeedbackError::UnknownRequest => k::FEEDBACK_ERROR_UNKNOWN_REQUEST,
            FeedbackError::AlreadyReceived => {
                return tr.tf(
                    k::FEEDBACK_ERROR_ALREADY_RECEIVED,
                    &[("section", tr.t(k::NAV_GAP))],
                )
            }
            FeedbackError::OwnRequest => k::FEEDBACK_ERROR_OWN_REQUEST,
            FeedbackError::FrameworkNotLoaded => k::FEEDBACK_ERROR_NOT_LOADED,
            FeedbackError::Invalid(what) => {
                return tr.tf_plain(k::FEEDBACK_ERROR_INVALID, &[("reason", &what.message(tr))])
            }
        };
        tr.t(key).to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_links_say_what_is_wrong_inside_the_message() {
        let en = Translator::english();
        assert_eq!(
            FeedbackError::Invalid(InvalidContent::TooManyAsked).message(&en),
            "This feedback link holds something Skillgap cannot use (it asks about more than 400 skills), so nothing was taken from it. Ask the person who sent it for a new link."
        );
        assert_eq!(
            FeedbackError::AlreadyReceived.message(&en),
            "You already have this answer; nothing changed. You find it in My gap."
        );
    }
}
