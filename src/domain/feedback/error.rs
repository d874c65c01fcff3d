//! Everything that can go wrong with a feedback link, in words for the employee.

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
    /// Well-formed JSON with content no Skillgap makes; the string says what, in a few words.
    Invalid(String),
}

impl FeedbackError {
    pub fn message(&self) -> String {
        match self {
            FeedbackError::NotAFeedbackLink => {
                "This link does not hold a feedback request or an answer to one.".into()
            }
            FeedbackError::UnknownVersion => "This feedback link was made by a version of Skillgap this one does not know. Open it where the widget is up to date, or ask the person who sent it for a new link.".into(),
            FeedbackError::Damaged => "This feedback link is damaged or incomplete, so nothing was taken from it. Ask for the link again, and copy all of it.".into(),
            FeedbackError::TooLarge => "This feedback link is too large to open, so nothing was taken from it. Ask the person who sent it for a shorter one.".into(),
            FeedbackError::Unsupported => "This browser cannot pack or unpack feedback links. A current version of Chrome, Edge, Firefox or Safari can.".into(),
            FeedbackError::UnknownRequest => "This answer is for a feedback request that was not sent from here, or that you have deleted, so it was not kept. Open it in the browser you asked from.".into(),
            FeedbackError::AlreadyReceived => "You already have this answer; nothing changed. You find it in My gap.".into(),
            FeedbackError::OwnRequest => "This is your own feedback request. Send this link to the people you would like feedback from; when they answer, open the link they send back.".into(),
            FeedbackError::Invalid(reason) => format!("This feedback link holds something Skillgap cannot use ({reason}), so nothing was taken from it. Ask the person who sent it for a new link."),
        }
    }
}
