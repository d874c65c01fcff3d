//! What a reviewer says about someone's skills: how they know the person, and an answer per
//! skill. Response links carry it (`feedback`), the profile stores it as received (`profile`)
//! and share links pass it on (`share`); this module names none of them.

use crate::i18n::{k, Key};
use crate::scale::Level;
use serde::{Deserialize, Serialize};

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
