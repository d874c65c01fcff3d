//! Every released schema version of the stored profile migrates to the current one with
//! nothing lost.

use domain::feedback::{Relationship, SkillAnswer};
use domain::profile::{decode, encode, Decoded, GoalStatus, Interest, Profile, SCHEMA_VERSION};
use serde_json::Value;

fn fixture(version: u32) -> String {
    let path = format!("../../tests/fixtures/profiles/v{version}.json");
    std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{path}: {err}"))
}

fn ready(raw: &str) -> Profile {
    match decode(Some(raw)) {
        Decoded::Ready(profile) => profile,
        other => panic!("expected a readable profile, got {other:?}"),
    }
}

#[test]
fn there_is_a_fixture_for_every_released_version() {
    for version in 1..=SCHEMA_VERSION {
        let raw: Value = serde_json::from_str(&fixture(version)).unwrap();
        assert_eq!(raw["schema"], version);
    }
}

#[test]
fn version_1_reads_with_every_field_intact() {
    let profile = ready(&fixture(1));
    assert_eq!(profile.schema, SCHEMA_VERSION);
    assert_eq!(profile.local_id, "3f9c2a7e41b0d58c9e12aa07");
    assert_eq!(profile.skills.len(), 4);
    assert_eq!(profile.level("kubernetes"), Some(2));
    assert_eq!(profile.interest("kubernetes"), Some(Interest::WantToGrow));
    assert_eq!(
        profile.skills["kubernetes"].note,
        "ran the staging cluster for Q3"
    );
    assert_eq!(profile.level("sql"), None);
    assert_eq!(
        profile
            .added_skills()
            .map(|(id, _)| id.as_str())
            .collect::<Vec<_>>(),
        ["cobol", "rust"]
    );
    assert_eq!(
        profile.current_role.value.as_deref(),
        Some("platform-engineer")
    );
    assert_eq!(
        profile.target_role.value.as_deref(),
        Some("senior-platform-engineer")
    );
    assert_eq!(
        profile
            .shortlisted()
            .map(String::as_str)
            .collect::<Vec<_>>(),
        ["senior-platform-engineer", "staff-engineer"]
    );
    let goals: Vec<_> = profile.live_goals().collect();
    assert_eq!(goals.len(), 1);
    let goal = goals[0].1;
    assert_eq!(
        (goal.target_level, goal.target_date.as_deref(), goal.status),
        (Some(4), Some("2027-03-31"), GoalStatus::InProgress)
    );
    assert_eq!(goal.resources, ["k8s-cka", "k8s-game-day"]);
    assert!(goal.done_resources.contains("k8s-game-day"));
    assert_eq!(profile.plan.len(), 2, "the tombstone is kept for merging");
    assert_eq!(profile.live_snapshots().count(), 2);
    assert_eq!(profile.snapshots["2026-09-20"].levels["kubernetes"], 2);
    let prefs = &profile.preferences.value;
    assert!(prefs.free_only);
    assert_eq!(prefs.max_duration_minutes, Some(600));
    assert_eq!(prefs.utc_offset, Some(1.0));
    assert!(profile.dismissed["k8s-podcast"].value);
    assert!(profile.hidden_mentors["m-aiko"].value);
    assert!(profile.favourite_mentors["m-fatou"].value);
    assert_eq!(
        profile
            .seen_requirements
            .value
            .as_ref()
            .unwrap()
            .requirements["kubernetes"],
        (4, "essential".to_owned())
    );
}

#[test]
fn every_version_round_trips_through_the_current_encoding() {
    for version in 1..=SCHEMA_VERSION {
        let profile = ready(&fixture(version));
        assert_eq!(ready(&encode(&profile)), profile);
    }
}

#[test]
fn version_1_skills_take_their_entry_time_for_each_field() {
    let profile = ready(&fixture(1));
    let kubernetes = &profile.skills["kubernetes"];
    assert_eq!(
        (
            kubernetes.level_updated,
            kubernetes.interest_updated,
            kubernetes.note_updated
        ),
        (1_790_000_000_000, 1_790_000_000_000, 1_790_000_000_000)
    );
}

#[test]
fn version_2_reads_each_field_time() {
    let profile = ready(&fixture(2));
    let kubernetes = &profile.skills["kubernetes"];
    assert_eq!(kubernetes.level, Some(2));
    assert_eq!(
        (
            kubernetes.updated,
            kubernetes.level_updated,
            kubernetes.interest_updated,
            kubernetes.note_updated
        ),
        (
            1_790_000_009_000,
            1_790_000_000_000,
            1_790_000_009_000,
            1_790_000_005_000
        )
    );
}

#[test]
fn version_2_goals_get_an_empty_title_and_no_actions() {
    let profile = ready(&fixture(2));
    assert_eq!(profile.schema, SCHEMA_VERSION);
    let goal = &profile.plan["g-1790000004000"];
    assert_eq!((goal.title.as_str(), goal.actions.len()), ("", 0));
    assert_eq!(goal.skill, "kubernetes");
    assert_eq!(profile.display_name.value, "");
    let raw: Value = serde_json::from_str(&encode(&profile)).unwrap();
    assert_eq!(raw["plan"]["g-1790000004000"]["title"], "");
    assert_eq!(
        raw["plan"]["g-1790000004000"]["actions"],
        serde_json::json!({})
    );
}

#[test]
fn version_3_reads_own_goals_with_their_actions_and_the_display_name() {
    let profile = ready(&fixture(3));
    assert_eq!(profile.display_name.value, "Ana Lima");
    let goal = &profile.plan["g-1790000006000"];
    assert_eq!(goal.title, "Shadow the on-call rota for two weeks");
    assert!(goal.skill.is_empty());
    let actions: Vec<_> = goal
        .live_actions()
        .map(|(_, a)| (a.text.as_str(), a.done))
        .collect();
    assert_eq!(
        actions,
        [
            ("Ask the SRE lead", true),
            ("Block two weeks in the calendar", false)
        ]
    );
    assert_eq!(
        goal.actions.len(),
        3,
        "the removed action is kept for merging"
    );
}

#[test]
fn versions_before_4_get_no_feedback_and_keep_everything_else() {
    for version in 1..4 {
        let profile = ready(&fixture(version));
        assert!(profile.feedback_requests.is_empty(), "v{version}");
        assert!(profile.feedback.is_empty(), "v{version}");
        let raw: Value = serde_json::from_str(&encode(&profile)).unwrap();
        assert_eq!(raw["feedback_requests"], serde_json::json!({}));
        assert_eq!(raw["feedback"], serde_json::json!({}));
    }
    let v3 = ready(&fixture(3));
    let v4 = ready(&fixture(4));
    let without_feedback = Profile {
        feedback_requests: Default::default(),
        feedback: Default::default(),
        ..v4
    };
    assert_eq!(v3, without_feedback, "version 4 is version 3 with feedback");
}

#[test]
fn version_4_reads_sent_requests_and_received_feedback() {
    let profile = ready(&fixture(4));
    let request = &profile.feedback_requests["k3v9q2m7x1-4h8d"];
    assert_eq!(request.name, "Ana Lima");
    assert_eq!(
        request.skills,
        ["kubernetes", "rust", "observability", "cobol"]
    );
    assert_eq!(
        (request.created, request.updated, request.deleted),
        (1_790_000_011_000, 1_790_000_011_000, false)
    );
    let live: Vec<_> = profile.live_feedback().collect();
    assert_eq!(live.len(), 1);
    let (id, feedback) = live[0];
    assert_eq!(id, "p7w2c5n0z8-3j6t");
    assert_eq!(feedback.request_id, "k3v9q2m7x1-4h8d");
    assert_eq!(
        (feedback.reviewer.as_str(), feedback.relationship),
        ("Fatou Diallo", Relationship::Manager)
    );
    assert_eq!(feedback.answers["kubernetes"].level, Some(4));
    assert_eq!(
        feedback.answers["observability"],
        SkillAnswer {
            level: None,
            comment: "I haven't seen your dashboards yet.".into()
        },
        "can't judge, with a comment"
    );
    assert_eq!(feedback.skill_names["cobol"], "COBOL");
    assert_eq!(feedback.received, 1_790_000_012_000);
    assert_eq!(
        feedback.overall,
        "A strong year; let's talk about the on-call rota."
    );
    let tombstone = &profile.feedback["b1x4r8d2k6-9m0s"];
    assert!(
        tombstone.deleted,
        "the deleted feedback is kept for merging"
    );
    assert_eq!(
        (tombstone.relationship, tombstone.updated),
        (Relationship::Peer, 1_790_000_014_000)
    );
}

/// The stored document is written compact and indented for people by `stdx::json_pretty`:
/// the same text serde_json's own pretty printer would give.
#[test]
#[allow(clippy::disallowed_methods)] // compared with serde_json's own pretty printer
fn a_whole_profile_is_indented_like_serde_json() {
    let mut profile = domain::profile::Profile {
        local_id: "abc".into(),
        ..Default::default()
    };
    profile.rate("rust", "Rust \"the language\"", Some(3), 5);
    profile.set_note("rust", "Rust", "learn {macros}, [traits]\\", 6);
    let value = serde_json::to_value(&profile).unwrap();
    let compact = serde_json::to_string(&value).unwrap();
    assert_eq!(
        stdx::json_pretty::indent_json(&compact),
        serde_json::to_string_pretty(&value).unwrap()
    );
}
