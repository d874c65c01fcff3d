//! Everything that can go wrong with a feedback link, in words for the employee.

use crate::i18n::k;
use crate::i18n::Translator;
use crate::scale::Level;
use stdx::time::iso_date;

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
    /// The person deleted this answer (at this time); opening its link again does not bring
    /// it back.
    Deleted(u64),
    /// No answer is about a skill the request asked about: nothing could be kept.
    NothingUsable,
    /// Levels off the framework's scale (`min` to `max`): each skill's name (or id) with the
    /// level given. The answer is refused whole rather than kept with "can't judge" in their
    /// place, which the reviewer never said.
    LevelsOffScale {
        levels: Vec<(String, Level)>,
        min: Level,
        max: Level,
    },
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
    /// A share link carrying answers of more than `MAX_SHARED_REVIEWERS` reviewers.
    TooManyReviewers,
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
            InvalidContent::TooManyReviewers => tr.tf_plain(
                k::FEEDBACK_INVALID_TOO_MANY_REVIEWERS,
                &[("max", &tr.integer(super::MAX_SHARED_REVIEWERS as i64))],
            ),
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
            FeedbackError::Deleted(when) => {
                return tr.tf(
                    k::FEEDBACK_ERROR_DELETED,
                    &[("date", &tr.date(&iso_date(*when)))],
                )
            }
            FeedbackError::NothingUsable => k::FEEDBACK_ERROR_NOTHING_USABLE,
            FeedbackError::LevelsOffScale { levels, min, max } => {
                let level = |l: Level| tr.integer(i64::from(l));
                let named: Vec<String> = levels
                    .iter()
                    .map(|(skill, l)| {
                        tr.tf_plain(
                            k::FEEDBACK_ERROR_OFF_SCALE_ITEM,
                            &[("skill", skill), ("level", &level(*l))],
                        )
                    })
                    .collect();
                return tr.tf(
                    k::FEEDBACK_ERROR_OFF_SCALE,
                    &[
                        ("levels", &named.join(", ")),
                        ("min", &level(*min)),
                        ("max", &level(*max)),
                    ],
                );
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

    #[test]
    fn refusals_of_an_answer_name_what_was_wrong() {
        let en = Translator::english();
        let plain = |text: String| text.replace(['\u{2068}', '\u{2069}'], "");
        assert_eq!(
            plain(
                FeedbackError::LevelsOffScale {
                    levels: vec![("SQL".into(), 50), ("Rust".into(), 100)],
                    min: 0,
                    max: 5
                }
                .message(&en)
            ),
            "This answer gives levels that are not on this framework's scale of 0 to 5 (SQL: 50, Rust: 100), so it was not added. Ask the person who sent it to answer your request again."
        );
        assert_eq!(
            FeedbackError::NothingUsable.message(&en),
            "This answer is not about any of the skills you asked about, so nothing was added."
        );
        // 2026-11-22T13:00Z.
        assert_eq!(
            plain(FeedbackError::Deleted(1_795_305_600_000 + 13 * 3_600_000).message(&en)),
            "You deleted this answer on 22 Nov 2026; it was not added again."
        );
    }
}
