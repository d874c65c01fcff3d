//! What a feedback request and a feedback response hold. Links carry them as JSON with short
//! keys, so that links stay short enough for chat tools and mail; each key is named below.

pub use crate::review::{Relationship, SkillAnswer};
use serde::{Deserialize, Serialize};
use stdx::sorted_map::SortedMap;

/// What the employee asks: made in their browser, carried by a request link (`#sgr1.…`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeedbackRequest {
    /// `i`: random, made by the requester's browser; 1 to 64 characters of `0-9`, `a-z`, `-`.
    /// It matches an answer to the request, and tells the requester their own link.
    #[serde(rename = "i")]
    pub id: String,
    /// `n`: the name the requester wants reviewers to see (may be empty).
    #[serde(rename = "n", default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// `o`: an optional note to the reviewers.
    #[serde(rename = "o", default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// `s`: the skill ids asked about, in the order the reviewer sees them.
    #[serde(rename = "s", default)]
    pub skills: Vec<String>,
}

/// A reviewer's answer to a request: made in the reviewer's browser, carried by a response
/// link (`#sgf1.…`). Nothing of the reviewer's own profile is in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeedbackResponse {
    /// `q`: the id of the request answered.
    #[serde(rename = "q")]
    pub request_id: String,
    /// `i`: random, made by the reviewer's browser (same form as a request id); the same
    /// answer opened twice is recognised by it.
    #[serde(rename = "i")]
    pub response_id: String,
    /// `n`: the name the reviewer gives (may be empty).
    #[serde(rename = "n", default, skip_serializing_if = "String::is_empty")]
    pub reviewer: String,
    /// `r`: `manager`, `peer`, `mentor` or `other`.
    #[serde(rename = "r", default)]
    pub relationship: Relationship,
    /// `a`: skill id → `{"l": level, "c": "comment"}`; no `l` is "can't judge", no `c` no
    /// comment.
    #[serde(rename = "a", default, with = "crate::review::wire_answers")]
    pub answers: SortedMap<String, SkillAnswer>,
    /// `o`: the reviewer's overall comment.
    #[serde(rename = "o", default, skip_serializing_if = "String::is_empty")]
    pub overall: String,
}
