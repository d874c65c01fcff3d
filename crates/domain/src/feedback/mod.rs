//! Feedback from people the employee chooses, with no server: a request link the employee
//! sends, a response link the reviewer sends back, both in the URL fragment (which browsers
//! never send to a server), zlib-compressed JSON like share links.
//!
//! - [`model`]: what a request and a response hold, and their short JSON keys.
//! - [`link`]: telling the links apart, and packing and unpacking them.
//! - [`validate`]: reading a link's JSON: limits, well-formed ids, cleaned text.
//! - [`error`]: everything that can go wrong, with a message for the employee.
//! - [`receive`]: recording a request, receiving and deleting answers.
//! - [`compare`]: own levels beside each reviewer's, never averaged.
//! - [`csv`]: received feedback as a spreadsheet.

pub mod compare;
pub mod csv;
pub mod error;
pub mod link;
pub mod model;
pub mod receive;
pub mod validate;
pub mod worth_asking;

pub use compare::{compare, SkillComparison};
pub use csv::feedback_csv;
pub use error::{FeedbackError, InvalidContent};
#[cfg(not(target_arch = "wasm32"))]
pub use link::{decode_request, decode_response, encode_request, encode_response};
pub use link::{
    fragment_zlib, link_kind, request_fragment, request_json, response_fragment, response_json,
    LinkKind,
};
pub use model::{FeedbackRequest, FeedbackResponse, Relationship, SkillAnswer};
pub use receive::{
    delete_feedback, is_own_request, is_own_request_stored, receive, received_in_order,
    record_request, restore_feedback,
};
pub use validate::{request_from_json, response_from_json};
pub use worth_asking::{worth_asking, MAX_ASKED};

/// A request link's fragment starts with this (then base64url of zlib JSON).
pub const REQUEST_PREFIX: &str = "sgr1.";
/// A response link's fragment starts with this.
pub const RESPONSE_PREFIX: &str = "sgf1.";
/// Longest requester or reviewer name, in characters; longer ones are cut.
pub const MAX_NAME: usize = 120;
/// Longest request note, in characters; longer ones are cut.
pub const MAX_NOTE: usize = 2_000;
/// Longest comment (per skill, and overall), in characters; longer ones are cut.
pub const MAX_COMMENT: usize = 2_000;
/// Most skills a request may ask about, and a response may answer.
pub const MAX_SKILLS: usize = 400;
/// Most reviewers' answers a share link may carry; a link with more is refused.
pub const MAX_SHARED_REVIEWERS: usize = 100;
/// Decompressed link payloads above this are refused: the limit of every link (`crate::fragment`).
pub use crate::fragment::MAX_PAYLOAD;

/// A small feed, a request and an answer to it, for the tests of this module.
#[cfg(test)]
pub(crate) mod test_support {
    use super::*;
    use crate::feed::{load_feeds, Feed, FeedSource};
    use crate::profile::Profile;

    /// Default scale (0-5); the role asks for SQL, then Rust, then Kubernetes.
    pub fn feed() -> Feed {
        feed_with(r#"{"id": "api", "name": "API design"}"#)
    }

    /// `feed()` after a change that dropped "API design".
    pub fn later_feed() -> Feed {
        feed_with(r#"{"id": "ops", "name": "Operations"}"#)
    }

    fn feed_with(last_skill: &str) -> Feed {
        let text = r#"{"format_version": 1,
            "skills": [
                {"id": "rust", "name": "Rust"}, {"id": "sql", "name": "SQL"},
                {"id": "k8s", "name": "Kubernetes"}, {"id": "go", "name": "Go"},
                LAST
            ],
            "roles": [{"id": "backend", "name": "Backend engineer", "requirements": [
                {"skill": "sql", "level": 3}, {"skill": "rust", "level": 4}, {"skill": "k8s", "level": 2}
            ]}]}"#;
        let text = text.replace("LAST", last_skill);
        load_feeds(&[FeedSource {
            label: "t",
            text: &text,
        }])
        .feed
    }

    pub fn request() -> FeedbackRequest {
        FeedbackRequest {
            id: "r-7f3a9c".into(),
            name: "Ana Lima".into(),
            note: "Before my review in March, please be frank.".into(),
            skills: vec!["sql".into(), "rust".into(), "k8s".into(), "go".into()],
        }
    }

    pub fn answer(level: Option<u8>, comment: &str) -> SkillAnswer {
        SkillAnswer {
            level,
            comment: comment.into(),
        }
    }

    pub fn response(
        response_id: &str,
        reviewer: &str,
        levels: &[(&str, Option<u8>)],
    ) -> FeedbackResponse {
        FeedbackResponse {
            request_id: "r-7f3a9c".into(),
            response_id: response_id.into(),
            reviewer: reviewer.into(),
            relationship: Relationship::Manager,
            answers: levels
                .iter()
                .map(|(skill, level)| ((*skill).to_owned(), answer(*level, "")))
                .collect(),
            overall: String::new(),
        }
    }

    /// A profile that sent `request()`, rates SQL 2 and Rust 3, and targets the backend role.
    pub fn requester() -> Profile {
        let mut profile = Profile::default();
        profile.rate("sql", "SQL", Some(2), 10);
        profile.rate("rust", "Rust", Some(3), 10);
        profile.set_target_role(Some("backend".into()), 10);
        record_request(&mut profile, &request(), 20);
        profile
    }

    /// The feed's name of a skill, as the widget passes it to `receive`.
    pub fn names(feed: &Feed) -> impl Fn(&str) -> Option<String> + '_ {
        move |id| feed.skill_by_id(id).map(|i| feed.skills[i].name.clone())
    }
}
