//! What a feedback request and a feedback response hold. Links carry them as JSON with short
//! keys, so that links stay short enough for chat tools and mail; each key is named below.

use crate::i18n::{k, Key};
use crate::scale::Level;
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

/// How the reviewer knows the requester. A name this version does not know reads as `Other`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Relationship {
    Manager,
    Peer,
    Mentor,
    #[default]
    #[serde(other)]
    Other,
}

impl Relationship {
    pub const ALL: [Relationship; 4] = [
        Relationship::Manager,
        Relationship::Peer,
        Relationship::Mentor,
        Relationship::Other,
    ];

    /// The catalogue key of the relationship's name, as a choice ("Manager").
    pub fn label_key(self) -> Key {
        match self {
            Relationship::Manager => k::FEEDBACK_RELATIONSHIP_MANAGER,
            Relationship::Peer => k::FEEDBACK_RELATIONSHIP_PEER,
            Relationship::Mentor => k::FEEDBACK_RELATIONSHIP_MENTOR,
            Relationship::Other => k::FEEDBACK_RELATIONSHIP_OTHER,
        }
    }

    /// The catalogue key of a reviewer named with this relationship: "{{name}} (manager)".
    pub fn reviewer_key(self) -> Key {
        match self {
            Relationship::Manager => k::FEEDBACK_REVIEWER_MANAGER,
            Relationship::Peer => k::FEEDBACK_REVIEWER_PEER,
            Relationship::Mentor => k::FEEDBACK_REVIEWER_MENTOR,
            Relationship::Other => k::FEEDBACK_REVIEWER_OTHER,
        }
    }
}

/// A reviewer's answer about one skill. Stored in the profile with these field names; a link
/// writes it with short keys (see [`wire_answers`]).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct SkillAnswer {
    /// The level the reviewer sees; `None` is "can't judge".
    pub level: Option<Level>,
    pub comment: String,
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
    #[serde(rename = "a", default, with = "wire_answers")]
    pub answers: SortedMap<String, SkillAnswer>,
    /// `o`: the reviewer's overall comment.
    #[serde(rename = "o", default, skip_serializing_if = "String::is_empty")]
    pub overall: String,
}

/// Answers as links write them: `{"l": 3, "c": "…"}`, each key left out when empty. Share links
/// carrying received feedback use the same form.
pub(crate) mod wire_answers {
    use super::SkillAnswer;
    use crate::scale::Level;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use stdx::sorted_map::SortedMap;

    #[derive(Serialize)]
    struct WireRef<'a> {
        #[serde(rename = "l", skip_serializing_if = "Option::is_none")]
        level: Option<Level>,
        #[serde(rename = "c", skip_serializing_if = "no_text")]
        comment: &'a str,
    }

    fn no_text(text: &&str) -> bool {
        text.is_empty()
    }

    #[derive(Deserialize)]
    struct Wire {
        #[serde(rename = "l", default)]
        level: Option<Level>,
        #[serde(rename = "c", default)]
        comment: String,
    }

    pub fn serialize<S: Serializer>(
        answers: &SortedMap<String, SkillAnswer>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.collect_map(answers.iter().map(|(id, answer)| {
            (
                id,
                WireRef {
                    level: answer.level,
                    comment: &answer.comment,
                },
            )
        }))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<SortedMap<String, SkillAnswer>, D::Error> {
        let wire = SortedMap::<String, Wire>::deserialize(deserializer)?;
        Ok(wire
            .into_iter()
            .map(|(id, w)| {
                (
                    id,
                    SkillAnswer {
                        level: w.level,
                        comment: w.comment,
                    },
                )
            })
            .collect())
    }
}
