//! Share links: a compressed snapshot of chosen parts of the profile in the URL fragment
//! (`#sg1.…`), which browsers never send to a server. zlib's Adler-32 checksum rejects
//! tampered or truncated links.
//!
//! [`import`]: taking a shared profile's ratings and goals into one's own.

pub mod import;

use crate::feedback::validate::{clean_answers, clean_name};
use crate::feedback::{
    received_in_order, FeedbackError, InvalidContent, Relationship, SkillAnswer, MAX_NAME,
    MAX_SHARED_REVIEWERS,
};
use crate::i18n::k;
use crate::i18n::Translator;
use crate::profile::model::{Goal, GoalStatus, Profile};
use crate::scale::{Level, Scale};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::{Deserialize, Serialize};
use stdx::sorted_map::SortedMap;
use stdx::time::valid_date;

pub use crate::fragment::{is_share_fragment, MAX_PAYLOAD};

pub const SHARE_PREFIX: &str = "sg1.";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShareParts {
    pub ratings: bool,
    pub plan: bool,
    /// Received feedback: each reviewer's name, relationship and answers.
    pub feedback: bool,
    /// The person's display name (`Profile::display_name`), so the reader knows whose it is.
    pub name: bool,
}

/// A goal as a link carries it. Fields added after the first links default to empty, so links
/// made before them still open, and older widgets ignore them.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SharedGoal {
    #[serde(rename = "s", default, skip_serializing_if = "String::is_empty")]
    pub skill: String,
    #[serde(rename = "ti", default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// The person's actions: (text, done).
    #[serde(rename = "a", default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<(String, bool)>,
    /// Resource ids, and which of them are done.
    #[serde(rename = "rs", default, skip_serializing_if = "Vec::is_empty")]
    pub resources: Vec<String>,
    #[serde(rename = "rd", default, skip_serializing_if = "Vec::is_empty")]
    pub done_resources: Vec<String>,
    #[serde(rename = "m", default, skip_serializing_if = "Vec::is_empty")]
    pub mentors: Vec<String>,
    #[serde(rename = "l", default, skip_serializing_if = "Option::is_none")]
    pub target_level: Option<Level>,
    #[serde(rename = "d", default, skip_serializing_if = "Option::is_none")]
    pub target_date: Option<String>,
    #[serde(rename = "st", default)]
    pub status: GoalStatus,
}

/// Received feedback as a link carries it, when the person chooses to share it: never the
/// overall comment, the request or when it arrived.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SharedFeedback {
    /// `n`: the reviewer's name.
    #[serde(rename = "n", default, skip_serializing_if = "String::is_empty")]
    pub reviewer: String,
    /// `r`: `manager`, `peer`, `mentor` or `other`.
    #[serde(rename = "r", default)]
    pub relationship: Relationship,
    /// `a`: skill id → `{"l": level, "c": "comment"}`, as in response links.
    #[serde(rename = "a", default, with = "crate::review::wire_answers")]
    pub answers: SortedMap<String, SkillAnswer>,
}

/// What a share link carries. Short keys keep links short enough for chat tools.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SharedProfile {
    #[serde(rename = "t", default, skip_serializing_if = "Option::is_none")]
    pub target_role: Option<String>,
    #[serde(rename = "r", default, skip_serializing_if = "SortedMap::is_empty")]
    pub levels: SortedMap<String, Level>,
    #[serde(rename = "g", default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<SharedGoal>,
    /// `f`: received feedback, only when chosen. Links made before it open with none.
    #[serde(rename = "f", default, skip_serializing_if = "Vec::is_empty")]
    pub feedback: Vec<SharedFeedback>,
    /// `n`: the name of the person who shared, only when they chose to show it.
    #[serde(rename = "n", default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// `d`: the day the link was made (ISO), so a reader knows how current it is.
    #[serde(rename = "d", default, skip_serializing_if = "Option::is_none")]
    pub made_on: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    NotAShareLink,
    /// Looks like a share link of another format version (`sg2.…`, `SG1.…`).
    UnknownVersion,
    Damaged,
    TooLarge,
    /// The browser lacks the compression streams links are made with.
    Unsupported,
    /// Well-formed, but carrying feedback no Skillgap makes (read by the rules of response
    /// links): what is wrong.
    Invalid(InvalidContent),
}

impl ShareError {
    pub fn message(&self, tr: &Translator) -> String {
        if let ShareError::Invalid(what) = self {
            return tr.tf_plain(k::SHARE_ERROR_INVALID, &[("reason", &what.message(tr))]);
        }
        tr.t(match self {
            ShareError::NotAShareLink => k::SHARE_ERROR_NOT_A_LINK,
            ShareError::UnknownVersion => k::SHARE_ERROR_UNKNOWN_VERSION,
            ShareError::Damaged => k::SHARE_ERROR_DAMAGED,
            ShareError::TooLarge => k::SHARE_ERROR_TOO_LARGE,
            ShareError::Unsupported => k::SHARE_ERROR_UNSUPPORTED,
            ShareError::Invalid(_) => k::SHARE_ERROR_DAMAGED,
        })
        .to_owned()
    }
}

pub fn shared_from(profile: &Profile, parts: ShareParts) -> SharedProfile {
    SharedProfile {
        target_role: profile.target_role.value.clone(),
        levels: if parts.ratings {
            profile
                .skills
                .iter()
                .filter_map(|(id, e)| e.level.map(|l| (id.clone(), l)))
                .collect()
        } else {
            SortedMap::new()
        },
        goals: if parts.plan {
            profile
                .live_goals()
                .map(|(_, g)| SharedGoal {
                    skill: g.skill.clone(),
                    title: g.title.clone(),
                    actions: g
                        .live_actions()
                        .map(|(_, a)| (a.text.clone(), a.done))
                        .collect(),
                    resources: g.resources.clone(),
                    done_resources: g.done_resources.iter().cloned().collect(),
                    mentors: g.mentors.clone(),
                    target_level: g.target_level,
                    target_date: g.target_date.clone(),
                    status: g.status,
                })
                .collect()
        } else {
            Vec::new()
        },
        name: if parts.name {
            clean_name(&profile.display_name.value, MAX_NAME)
        } else {
            String::new()
        },
        made_on: None,
        feedback: if parts.feedback {
            received_in_order(profile)
                .into_iter()
                .map(|(_, f)| SharedFeedback {
                    reviewer: f.reviewer.clone(),
                    relationship: f.relationship,
                    answers: f.answers.clone(),
                })
                .collect()
        } else {
            Vec::new()
        },
    }
}

/// The JSON a link carries, before zlib compression.
pub fn share_json(shared: &SharedProfile) -> Vec<u8> {
    serde_json::to_vec(shared).expect("a shared profile always serialises")
}

/// The fragment (without `#`) for the zlib-compressed JSON.
pub fn share_fragment(zlib: &[u8]) -> String {
    format!("{SHARE_PREFIX}{}", URL_SAFE_NO_PAD.encode(zlib))
}

/// The zlib bytes a fragment (with or without the leading `#`) carries.
pub fn fragment_zlib(fragment: &str) -> Result<Vec<u8>, ShareError> {
    let fragment = fragment.trim_start_matches('#');
    let body = match fragment.strip_prefix(SHARE_PREFIX) {
        Some(body) => body,
        None if is_share_fragment(fragment) => return Err(ShareError::UnknownVersion),
        None => return Err(ShareError::NotAShareLink),
    };
    URL_SAFE_NO_PAD
        .decode(body.trim())
        .map_err(|_| ShareError::Damaged)
}

/// The shared profile from the decompressed JSON, checked and cleaned ([`clean_shared`]).
pub fn shared_from_json(json: &[u8]) -> Result<SharedProfile, ShareError> {
    if json.len() > MAX_PAYLOAD {
        return Err(ShareError::TooLarge);
    }
    let json = std::str::from_utf8(json).map_err(|_| ShareError::Damaged)?;
    clean_shared(serde_json::from_str(json).map_err(|_| ShareError::Damaged)?)
}

/// What a link carries, by the rules its parts have elsewhere. Received feedback is read as
/// response links are (`feedback::validate::clean_answers`): at most `MAX_SHARED_REVIEWERS`
/// reviewers, each with at most `MAX_SKILLS` answers, skill ids a feed can have, no level
/// beyond any scale (else the link is `Invalid`); names on one line and cut, comments cut,
/// hidden and text-direction characters removed. A goal's target date that is not a real day
/// is dropped. Levels off the framework's own scale are left to the view
/// ([`leave_out_feedback_off_scale`]), which knows the framework.
pub fn clean_shared(mut shared: SharedProfile) -> Result<SharedProfile, ShareError> {
    if shared.feedback.len() > MAX_SHARED_REVIEWERS {
        return Err(ShareError::Invalid(InvalidContent::TooManyReviewers));
    }
    for feedback in &mut shared.feedback {
        clean_answers(&mut feedback.reviewer, &mut feedback.answers).map_err(|err| match err {
            FeedbackError::Invalid(what) => ShareError::Invalid(what),
            _ => ShareError::Damaged,
        })?;
    }
    for goal in &mut shared.goals {
        goal.target_date = valid_date(goal.target_date.take());
    }
    shared.name = clean_name(&shared.name, MAX_NAME);
    shared.made_on = valid_date(shared.made_on.take());
    Ok(shared)
}

/// Takes out of the shared feedback every reviewer's level that is not on `scale`, and
/// returns those levels (in the link's order) for the view to name: shown as "77" on a 0-5
/// scale they would mislead, and turned into "can't judge" they would say what the reviewer
/// never said. The comment of such an answer goes with it.
pub fn leave_out_feedback_off_scale(shared: &mut SharedProfile, scale: &Scale) -> Vec<Level> {
    let mut left_out = Vec::new();
    for feedback in &mut shared.feedback {
        feedback.answers.retain(|_, answer| match answer.level {
            Some(level) if !scale.contains(i64::from(level)) => {
                left_out.push(level);
                false
            }
            _ => true,
        });
    }
    left_out
}

/// A whole link natively, with miniz: for tests and tools. The widget compresses with the
/// browser's own `CompressionStream` (`browser/compression.rs`), which writes the same zlib.
#[cfg(not(target_arch = "wasm32"))]
pub fn encode_share(shared: &SharedProfile) -> String {
    share_fragment(&miniz_oxide::deflate::compress_to_vec_zlib(
        &share_json(shared),
        9,
    ))
}

/// Decodes a link natively, with miniz: for tests and tools.
#[cfg(not(target_arch = "wasm32"))]
pub fn decode_share(fragment: &str) -> Result<SharedProfile, ShareError> {
    let zlib = fragment_zlib(fragment)?;
    let json = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(&zlib, MAX_PAYLOAD)
        .map_err(|err| {
            if matches!(err.status, miniz_oxide::inflate::TINFLStatus::HasMoreOutput) {
                ShareError::TooLarge
            } else {
                ShareError::Damaged
            }
        })?;
    shared_from_json(&json)
}

/// A profile built from a shared link, for the read-only view and for importing.
pub fn to_profile(shared: &SharedProfile, now: u64) -> Profile {
    let mut profile = Profile::default();
    for (id, level) in &shared.levels {
        profile.rate(id, "", Some(*level), now);
    }
    profile.set_target_role(shared.target_role.clone(), now);
    for (i, goal) in shared.goals.iter().enumerate() {
        profile
            .plan
            .insert(format!("shared-{now}-{i:05}"), goal_from_shared(goal, now));
    }
    // Shown beside the shared ratings; `received` keeps the link's order.
    for (i, feedback) in shared.feedback.iter().enumerate() {
        profile.feedback.insert(
            format!("shared-{now}-{i:05}"),
            crate::profile::model::ReceivedFeedback {
                reviewer: feedback.reviewer.clone(),
                relationship: feedback.relationship,
                answers: feedback.answers.clone(),
                received: now + i as u64,
                updated: now,
                ..Default::default()
            },
        );
    }
    profile
}

/// A shared goal as a goal of a profile, with its actions in their order.
pub fn goal_from_shared(goal: &SharedGoal, now: u64) -> Goal {
    Goal {
        skill: goal.skill.clone(),
        title: goal.title.clone(),
        actions: goal
            .actions
            .iter()
            .enumerate()
            .map(|(i, (text, done))| {
                (
                    format!("a-{i:05}"),
                    crate::profile::model::Action {
                        text: text.clone(),
                        done: *done,
                        deleted: false,
                        updated: now,
                    },
                )
            })
            .collect(),
        resources: goal.resources.clone(),
        done_resources: goal.done_resources.iter().cloned().collect(),
        mentors: goal.mentors.clone(),
        target_level: goal.target_level,
        // A date the plan's date field could not show (nor clear) is not taken.
        target_date: stdx::time::valid_date(goal.target_date.clone()),
        status: goal.status,
        updated: now,
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_share_link_names_the_person_only_when_chosen_and_keeps_its_day() {
        let mut profile = Profile::default();
        profile.display_name.value = "  Ana\u{202e}  Lima ".into();
        let parts = ShareParts {
            ratings: true,
            plan: false,
            feedback: false,
            name: false,
        };
        assert_eq!(shared_from(&profile, parts).name, "");
        let mut named = shared_from(
            &profile,
            ShareParts {
                name: true,
                ..parts
            },
        );
        assert_eq!(named.name, "Ana Lima");
        named.made_on = Some("2026-12-08".into());
        let read = shared_from_json(&share_json(&named)).unwrap();
        assert_eq!(
            (read.name.as_str(), read.made_on.as_deref()),
            ("Ana Lima", Some("2026-12-08"))
        );
        // A tampered link: hidden characters out of the name, a day that is not one dropped.
        let tampered = br#"{"n": "Eve\u202e\u2066 admin", "d": "2026-13-45"}"#;
        let read = shared_from_json(tampered).unwrap();
        assert_eq!((read.name.as_str(), read.made_on), ("Eve admin", None));
    }

    fn profile(skills: usize) -> Profile {
        let mut p = Profile::default();
        for i in 0..skills {
            p.rate(&format!("skill-number-{i}"), "", Some((i % 6) as Level), 1);
        }
        p.set_target_role(Some("senior-platform-engineer".into()), 1);
        p.plan.insert(
            "g".into(),
            Goal {
                skill: "skill-number-1".into(),
                target_level: Some(4),
                target_date: Some("2027-03-01".into()),
                updated: 1,
                ..Goal::default()
            },
        );
        p
    }

    #[test]
    fn round_trips_ratings_and_plan() {
        let shared = shared_from(
            &profile(40),
            ShareParts {
                ratings: true,
                plan: true,
                feedback: false,
                name: false,
            },
        );
        let link = encode_share(&shared);
        assert!(link.starts_with("sg1."));
        assert!(link
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')));
        assert_eq!(decode_share(&format!("#{link}")).unwrap(), shared);
    }

    fn profile_with_feedback() -> Profile {
        use crate::feedback::test_support::{feed, names, requester, response};
        use crate::feedback::{delete_feedback, receive};
        let feed = feed();
        let mut p = requester();
        let mut bo = response("f-bo", "Bo", &[("sql", Some(4)), ("rust", None)]);
        bo.answers.get_mut("rust").unwrap().comment = "not seen".into();
        bo.overall = "private to the requester".into();
        receive(&mut p, &bo, &feed.scale, names(&feed), 500).unwrap();
        let mut cy = response("f-cy", "Cy", &[("sql", Some(2))]);
        cy.relationship = Relationship::Peer;
        receive(&mut p, &cy, &feed.scale, names(&feed), 400).unwrap();
        receive(
            &mut p,
            &response("f-gone", "Di", &[("sql", Some(0))]),
            &feed.scale,
            names(&feed),
            450,
        )
        .unwrap();
        delete_feedback(&mut p, "f-gone", 600);
        p
    }

    #[test]
    fn feedback_is_shared_only_when_chosen() {
        let p = profile_with_feedback();
        let without = shared_from(
            &p,
            ShareParts {
                ratings: true,
                plan: true,
                feedback: false,
                name: false,
            },
        );
        assert!(without.feedback.is_empty());
        let json = String::from_utf8(share_json(&without)).unwrap();
        assert!(!json.contains("\"f\":"), "{json}");
        let with = shared_from(
            &p,
            ShareParts {
                ratings: false,
                plan: false,
                feedback: true,
                name: false,
            },
        );
        let link = encode_share(&with);
        let opened = decode_share(&link).unwrap();
        assert_eq!(opened, with);
        let reviewers: Vec<(&str, Relationship)> = opened
            .feedback
            .iter()
            .map(|f| (f.reviewer.as_str(), f.relationship))
            .collect();
        assert_eq!(
            reviewers,
            [("Cy", Relationship::Peer), ("Bo", Relationship::Manager)],
            "live feedback only, in the order received"
        );
        assert_eq!(
            opened.feedback[1].answers["rust"],
            SkillAnswer {
                level: None,
                comment: "not seen".into()
            }
        );
        let json = String::from_utf8(share_json(&with)).unwrap();
        assert!(!json.contains("private to the requester"), "{json}");
        // The read-only view compares them with the shared ratings.
        let shown = to_profile(&opened, 7);
        let rows = crate::feedback::compare(&shown, &crate::feedback::test_support::feed());
        assert_eq!(rows[0].reviews.len(), 2);
        assert_eq!(rows[0].reviews[0].1, "Cy");
    }

    /// A link as anyone could write it, from its JSON.
    fn crafted(json: &str) -> String {
        share_fragment(&miniz_oxide::deflate::compress_to_vec_zlib(
            json.as_bytes(),
            9,
        ))
    }

    fn reviewer_json(name: &str, answers: &str) -> String {
        format!(
            r#"{{"n":{},"r":"peer","a":{{{answers}}}}}"#,
            serde_json::json!(name)
        )
    }

    #[test]
    fn feedback_in_a_share_link_is_cleaned_by_the_rules_of_answer_links() {
        use crate::feedback::{MAX_COMMENT, MAX_NAME};
        let long = format!("\u{2066}fine\u{2069}\u{0} {}", "x".repeat(5_000));
        let json = format!(
            r#"{{"f":[{}],"g":[{{"ti":"Goal","d":"2027-01-01\n## Pwned <img src=x>"}}]}}"#,
            reviewer_json(
                &format!("\u{202E}nimdA\u{202C}\n Bo {}", "y".repeat(500)),
                &format!(r#""sql":{{"l":3,"c":{}}}"#, serde_json::json!(long))
            )
        );
        let opened = decode_share(&crafted(&json)).unwrap();
        let feedback = &opened.feedback[0];
        assert!(
            feedback.reviewer.starts_with("nimdA Bo yyy"),
            "{:?}",
            feedback.reviewer
        );
        assert_eq!(feedback.reviewer.chars().count(), MAX_NAME);
        let comment = &feedback.answers["sql"].comment;
        assert!(comment.starts_with("fine xxx"), "{comment:?}");
        assert_eq!(comment.chars().count(), MAX_COMMENT);
        assert_eq!(opened.goals[0].target_date, None, "not a day");
        let invalid = |what| Err(ShareError::Invalid(what));
        // A level beyond any scale, as in an answer link.
        let beyond = format!(r#"{{"f":[{}]}}"#, reviewer_json("Bo", r#""sql":{"l":101}"#));
        assert_eq!(
            decode_share(&crafted(&beyond)),
            invalid(InvalidContent::LevelBeyondScale)
        );
        let hidden_id = format!(
            r#"{{"f":[{}]}}"#,
            reviewer_json("Bo", r#""sq\u202El":{"l":1}"#)
        );
        assert_eq!(
            decode_share(&crafted(&hidden_id)),
            invalid(InvalidContent::SkillId)
        );
        let many_answers: Vec<String> = (0..=crate::feedback::MAX_SKILLS)
            .map(|i| format!(r#""s{i}":{{"l":1}}"#))
            .collect();
        let many_answers = format!(
            r#"{{"f":[{}]}}"#,
            reviewer_json("Bo", &many_answers.join(","))
        );
        assert_eq!(
            decode_share(&crafted(&many_answers)),
            invalid(InvalidContent::TooManyAnswered)
        );
        // 301 reviewers: more than any share link carries.
        let one = reviewer_json("Bo", r#""sql":{"l":2}"#);
        let crowd = format!(r#"{{"f":[{}]}}"#, vec![one.as_str(); 301].join(","));
        assert_eq!(
            decode_share(&crafted(&crowd)),
            invalid(InvalidContent::TooManyReviewers)
        );
        let allowed = vec![one.as_str(); MAX_SHARED_REVIEWERS].join(",");
        assert_eq!(
            decode_share(&crafted(&format!(r#"{{"f":[{allowed}]}}"#)))
                .unwrap()
                .feedback
                .len(),
            MAX_SHARED_REVIEWERS
        );
        assert_eq!(
            ShareError::Invalid(InvalidContent::TooManyReviewers).message(&Translator::english()),
            "This shared profile link holds something Skillgap cannot use (it carries feedback from more than 100 people), so it was not opened. Ask the person who sent it for a new link."
        );
    }

    #[test]
    fn reviewers_levels_off_the_frameworks_scale_are_left_out_of_the_view_and_named() {
        use crate::feedback::test_support::feed;
        let json = format!(
            r#"{{"r":{{"sql":3}},"f":[{},{}]}}"#,
            reviewer_json("Bo", r#""sql":{"l":77,"c":"wow"},"rust":{"l":2}"#),
            reviewer_json("Cy", r#""sql":{"l":4}"#)
        );
        let mut shared = decode_share(&crafted(&json)).unwrap();
        let feed = feed();
        assert_eq!(leave_out_feedback_off_scale(&mut shared, &feed.scale), [77]);
        assert!(!shared.feedback[0].answers.contains_key("sql"));
        assert_eq!(shared.feedback[0].answers["rust"].level, Some(2));
        let rows = crate::feedback::compare(&to_profile(&shared, 7), &feed);
        let sql = rows.iter().find(|r| r.skill == "sql").unwrap();
        let views: Vec<(&str, Option<Level>)> = sql
            .reviews
            .iter()
            .map(|(_, who, _, level, _)| (who.as_str(), *level))
            .collect();
        assert_eq!(views, [("Cy", Some(4))], "neither 77 nor \"can't judge\"");
    }

    #[test]
    fn links_made_before_feedback_still_open() {
        // A link of the earlier format: target, ratings, a goal.
        let old = share_fragment(&miniz_oxide::deflate::compress_to_vec_zlib(
            br#"{"t":"backend","r":{"sql":3},"g":[{"s":"sql","st":"planned"}]}"#,
            9,
        ));
        let opened = decode_share(&old).unwrap();
        assert_eq!(opened.levels["sql"], 3);
        assert!(opened.feedback.is_empty());
    }

    #[test]
    fn chosen_parts_only() {
        let shared = shared_from(
            &profile(5),
            ShareParts {
                ratings: false,
                plan: true,
                feedback: false,
                name: false,
            },
        );
        assert!(shared.levels.is_empty());
        assert_eq!(shared.goals.len(), 1);
    }

    #[test]
    fn forty_ratings_and_a_goal_fit_in_a_chat_message() {
        let link = encode_share(&shared_from(
            &profile(40),
            ShareParts {
                ratings: true,
                plan: true,
                feedback: false,
                name: false,
            },
        ));
        assert!(link.len() < 600, "{} characters", link.len());
    }

    #[test]
    fn tampered_and_truncated_links_are_rejected() {
        let link = encode_share(&shared_from(
            &profile(10),
            ShareParts {
                ratings: true,
                plan: true,
                feedback: false,
                name: false,
            },
        ));
        let truncated = &link[..link.len() - 6];
        assert_eq!(decode_share(truncated), Err(ShareError::Damaged));
        let mut tampered: Vec<char> = link.chars().collect();
        let i = tampered.len() / 2;
        tampered[i] = if tampered[i] == 'A' { 'B' } else { 'A' };
        assert_eq!(
            decode_share(&tampered.into_iter().collect::<String>()),
            Err(ShareError::Damaged)
        );
        assert_eq!(decode_share("#sg1.!!!"), Err(ShareError::Damaged));
        assert_eq!(
            decode_share("#sg2.eJwDAAAAAAE"),
            Err(ShareError::UnknownVersion)
        );
        assert_eq!(
            decode_share("#SG1.eJwDAAAAAAE"),
            Err(ShareError::UnknownVersion)
        );
        assert_eq!(decode_share("#section-2"), Err(ShareError::NotAShareLink));
        assert!(
            is_share_fragment("#sg12.x")
                && is_share_fragment("Sg1.")
                && !is_share_fragment("#sgx.")
                && !is_share_fragment("#sg.")
                && !is_share_fragment("#s")
        );
        assert_eq!(decode_share("#section-2"), Err(ShareError::NotAShareLink));
    }

    #[test]
    fn oversized_json_is_refused_before_parsing() {
        assert_eq!(
            shared_from_json(&vec![b' '; MAX_PAYLOAD + 1]),
            Err(ShareError::TooLarge)
        );
        assert_eq!(
            shared_from_json(b"{\"r\":{\"a\":2}}").unwrap().levels.len(),
            1
        );
        assert_eq!(shared_from_json(&[0xff, 0xfe]), Err(ShareError::Damaged));
    }

    #[test]
    fn oversized_payloads_are_refused() {
        let bomb = miniz_oxide::deflate::compress_to_vec_zlib(&vec![b' '; MAX_PAYLOAD * 4], 9);
        assert_eq!(
            decode_share(&format!("sg1.{}", URL_SAFE_NO_PAD.encode(bomb))),
            Err(ShareError::TooLarge)
        );
    }
}
