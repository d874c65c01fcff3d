//! Everything that can go wrong with a feedback link, in words for the employee.

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
            InvalidContent::RequestId => tr.t("feedback.invalid.request-id").to_owned(),
            InvalidContent::AnswerId => tr.t("feedback.invalid.answer-id").to_owned(),
            InvalidContent::TooManyAsked => {
                tr.tf_plain("feedback.invalid.too-many-asked", &[("max", &max)])
            }
            InvalidContent::TooManyAnswered => {
                tr.tf_plain("feedback.invalid.too-many-answered", &[("max", &max)])
            }
            InvalidContent::SkillId => tr.t("feedback.invalid.skill-id").to_owned(),
            InvalidContent::NoSkills => tr.t("feedback.invalid.no-skills").to_owned(),
            InvalidContent::LevelBeyondScale => tr.t("feedback.invalid.level").to_owned(),
        }
    }
}

impl FeedbackError {
    pub fn message(&self, tr: &Translator) -> String {
        let key = match self {
            FeedbackError::NotAFeedbackLink => "feedback.error.not-a-link",
            FeedbackError::UnknownVersion => "feedback.error.unknown-version",
            FeedbackError::Damaged => "feedback.error.damaged",
            FeedbackError::TooLarge => "feedback.error.too-large",
            FeedbackError::Unsupported => "feedback.error.unsupported",
            FeedbackError::UnknownRequest => "feedback.error.unknown-request",
            FeedbackError::AlreadyReceived => {
                return tr.tf(
                    "feedback.error.already-received",
                    &[("section", tr.t("nav.gap"))],
                )
            }
            FeedbackError::OwnRequest => "feedback.error.own-request",
            FeedbackError::FrameworkNotLoaded => "feedback.error.not-loaded",
            FeedbackError::Invalid(what) => {
                return tr.tf_plain("feedback.error.invalid", &[("reason", &what.message(tr))])
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
