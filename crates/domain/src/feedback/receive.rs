//! The requester's side: recording a sent request, receiving an answer to it, deleting and
//! restoring answers. Pure: the caller saves the profile.

use super::error::FeedbackError;
use super::model::{FeedbackRequest, FeedbackResponse, SkillAnswer};
use super::validate::clean_response;
use crate::profile::model::{Millis, Profile, ReceivedFeedback, SentRequest};
use crate::scale::{Level, Scale};
use stdx::sorted_map::SortedMap;
use stdx::sorting::sort_by;

/// Keeps a request the person is sending, so that answers to it can be received and their own
/// link recognised. Recording the same id again updates it and keeps when it was first made.
pub fn record_request(profile: &mut Profile, request: &FeedbackRequest, now: Millis) {
    let created = profile
        .feedback_requests
        .get(&request.id)
        .map_or(now, |r| r.created);
    profile.feedback_requests.insert(
        request.id.clone(),
        SentRequest {
            name: request.name.clone(),
            note: request.note.clone(),
            skills: request.skills.clone(),
            created,
            deleted: false,
            updated: now,
        },
    );
}

/// Whether `request` was sent from this profile: the requester opened their own link. A
/// deleted request counts too: it is still theirs.
pub fn is_own_request(profile: &Profile, request: &FeedbackRequest) -> bool {
    profile.feedback_requests.contains_key(&request.id)
}

/// `is_own_request` on the stored profile's text, reading only the requests' ids: what the
/// reviewer's module needs, without the whole profile (its types and migrations) in it. An
/// unreadable or absent profile has asked nothing.
pub fn is_own_request_stored(stored: Option<&str>, request: &FeedbackRequest) -> bool {
    #[derive(serde::Deserialize)]
    struct Requests {
        #[serde(default)]
        feedback_requests: SortedMap<String, serde::de::IgnoredAny>,
    }
    stored
        .and_then(|text| serde_json::from_str::<Requests>(text).ok())
        .is_some_and(|stored| stored.feedback_requests.contains_key(&request.id))
}

/// The name to keep for `skill`: the feed's, else one this profile already knows.
fn known_name(profile: &Profile, skill: &str, from_feed: Option<String>) -> Option<String> {
    from_feed
        .filter(|n| !n.is_empty())
        .or_else(|| {
            profile
                .skills
                .get(skill)
                .map(|e| e.name.clone())
                .filter(|n| !n.is_empty())
        })
        .or_else(|| {
            profile
                .feedback
                .values()
                .find_map(|f| f.skill_names.get(skill).filter(|n| !n.is_empty()).cloned())
        })
}

/// Stores an answer to one of the person's live requests, received `now`, or says why not
/// (and changes nothing):
///
/// - `AlreadyReceived`: an answer with its `response_id` is stored and not deleted.
/// - `Deleted`: the person deleted the answer with its `response_id`. Its tombstone stays in
///   the profile (and merges across tabs like any other), so opening the link again does not
///   bring it back; only the Undo offered right after deleting does.
/// - `UnknownRequest`: no live (undeleted) request has its `request_id`.
/// - `LevelsOffScale`: an answer about an asked skill gives a level off `scale`; each is
///   named, with the skill's name. Kept as "can't judge", it would say what the reviewer never
///   said; the whole answer is refused, as one no Skillgap on this framework writes.
/// - `NothingUsable`: no answer is about a skill the request asked about.
///
/// Its text is cleaned as when read from a link; answers about skills the request did not ask
/// about are dropped. Each answered skill's name is kept, from `skill_name` (the feed) or else
/// any name the profile already knows, so that it can still be shown if the feed drops the
/// skill.
pub fn receive(
    profile: &mut Profile,
    response: &FeedbackResponse,
    scale: &Scale,
    skill_name: impl Fn(&str) -> Option<String>,
    now: Millis,
) -> Result<(), FeedbackError> {
    let response = clean_response(response.clone())?;
    match profile.feedback.get(&response.response_id) {
        Some(stored) if stored.deleted => return Err(FeedbackError::Deleted(stored.updated)),
        Some(_) => return Err(FeedbackError::AlreadyReceived),
        None => {}
    }
    let Some(request) = profile
        .feedback_requests
        .get(&response.request_id)
        .filter(|r| !r.deleted)
    else {
        return Err(FeedbackError::UnknownRequest);
    };
    let answers: SortedMap<String, SkillAnswer> = response
        .answers
        .into_iter()
        .filter(|(skill, _)| request.skills.contains(skill))
        .collect();
    let off_scale: Vec<(String, Level)> = request
        .skills
        .iter()
        .filter_map(|skill| {
            let level = answers.get(skill)?.level?;
            let name = known_name(profile, skill, skill_name(skill)).unwrap_or(skill.clone());
            (!scale.contains(i64::from(level))).then_some((name, level))
        })
        .collect();
    if !off_scale.is_empty() {
        return Err(FeedbackError::LevelsOffScale {
            levels: off_scale,
            min: scale.min(),
            max: scale.max(),
        });
    }
    if answers.is_empty() {
        return Err(FeedbackError::NothingUsable);
    }
    let skill_names: SortedMap<String, String> = answers
        .keys()
        .filter_map(|skill| {
            known_name(profile, skill, skill_name(skill)).map(|name| (skill.clone(), name))
        })
        .collect();
    profile.feedback.insert(
        response.response_id,
        ReceivedFeedback {
            request_id: response.request_id,
            reviewer: response.reviewer,
            relationship: response.relationship,
            answers,
            overall: response.overall,
            skill_names,
            received: now,
            deleted: false,
            updated: now,
        },
    );
    Ok(())
}

/// Deletes one received answer (a tombstone, so another tab does not bring it back).
pub fn delete_feedback(profile: &mut Profile, response_id: &str, now: Millis) {
    if let Some(feedback) = profile.feedback.get_mut(response_id) {
        if !feedback.deleted {
            feedback.deleted = true;
            feedback.updated = now;
        }
    }
}

/// Undoes [`delete_feedback`]: the answer comes back whole.
pub fn restore_feedback(profile: &mut Profile, response_id: &str, now: Millis) {
    if let Some(feedback) = profile.feedback.get_mut(response_id) {
        if feedback.deleted {
            feedback.deleted = false;
            feedback.updated = now;
        }
    }
}

/// Live received feedback in the order it arrived (ties by response id).
pub fn received_in_order(profile: &Profile) -> Vec<(&String, &ReceivedFeedback)> {
    let mut list: Vec<_> = profile.live_feedback().collect();
    sort_by(&mut list, |a, b| a.1.received.cmp(&b.1.received));
    list
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stored_profile_tells_its_own_request_by_its_id_alone() {
        let request = FeedbackRequest {
            id: "req-1".into(),
            name: String::new(),
            note: String::new(),
            skills: vec!["sql".into()],
        };
        let mut profile = Profile::default();
        let stored_before = serde_json::to_string(&profile).unwrap();
        assert!(!is_own_request_stored(Some(&stored_before), &request));
        record_request(&mut profile, &request, 1);
        let stored = serde_json::to_string(&profile).unwrap();
        assert!(is_own_request_stored(Some(&stored), &request));
        assert_eq!(
            is_own_request(&profile, &request),
            is_own_request_stored(Some(&stored), &request)
        );
        assert!(!is_own_request_stored(None, &request));
        assert!(!is_own_request_stored(Some("{not json"), &request));
    }
    use crate::feedback::model::Relationship;
    use crate::feedback::test_support::{answer, feed, names, request, requester, response};
    use crate::profile::merge::merge;

    #[test]
    fn an_answer_to_a_live_request_is_stored_with_the_names_of_its_skills() {
        let feed = feed();
        let mut profile = requester();
        let mut r = response("f-1", "Bo Chen", &[("sql", Some(4)), ("rust", None)]);
        r.answers.get_mut("rust").unwrap().comment = "Haven't seen your Rust".into();
        r.overall = "Thanks for asking.".into();
        receive(&mut profile, &r, &feed.scale, names(&feed), 500).unwrap();
        let stored = &profile.feedback["f-1"];
        assert_eq!(stored.request_id, "r-7f3a9c");
        assert_eq!(
            (stored.reviewer.as_str(), stored.relationship),
            ("Bo Chen", Relationship::Manager)
        );
        assert_eq!(stored.answers["sql"], answer(Some(4), ""));
        assert_eq!(
            stored.answers["rust"],
            answer(None, "Haven't seen your Rust"),
            "can't judge, with its comment"
        );
        assert_eq!(stored.overall, "Thanks for asking.");
        assert_eq!(stored.skill_names["sql"], "SQL");
        assert_eq!(
            (stored.received, stored.updated, stored.deleted),
            (500, 500, false)
        );
    }

    #[test]
    fn an_answer_to_an_unknown_or_deleted_request_is_refused_and_changes_nothing() {
        let feed = feed();
        let mut profile = requester();
        let before = profile.clone();
        let mut r = response("f-1", "Eve", &[("sql", Some(5))]);
        r.request_id = "someone-elses".into();
        assert_eq!(
            receive(&mut profile, &r, &feed.scale, names(&feed), 500),
            Err(FeedbackError::UnknownRequest)
        );
        assert_eq!(profile, before);
        profile
            .feedback_requests
            .get_mut("r-7f3a9c")
            .unwrap()
            .deleted = true;
        let before = profile.clone();
        assert_eq!(
            receive(
                &mut profile,
                &response("f-1", "Bo", &[("sql", Some(5))]),
                &feed.scale,
                names(&feed),
                500
            ),
            Err(FeedbackError::UnknownRequest)
        );
        assert_eq!(profile, before);
    }

    #[test]
    fn the_same_answer_twice_is_refused_and_a_deleted_one_stays_deleted() {
        let feed = feed();
        let mut profile = requester();
        let r = response("f-1", "Bo", &[("sql", Some(4))]);
        receive(&mut profile, &r, &feed.scale, names(&feed), 500).unwrap();
        let once = profile.clone();
        let mut changed = r.clone();
        changed
            .answers
            .insert("sql".into(), answer(Some(0), "edited"));
        for again in [&r, &changed] {
            assert_eq!(
                receive(&mut profile, again, &feed.scale, names(&feed), 600),
                Err(FeedbackError::AlreadyReceived)
            );
            assert_eq!(profile, once, "nothing lost, nothing replaced");
        }
        // Deleted, then its link opened again: refused, with the day it was deleted.
        let other_tab = profile.clone();
        delete_feedback(&mut profile, "f-1", 700);
        assert_eq!(profile.live_feedback().count(), 0);
        let deleted = profile.clone();
        for again in [&r, &changed] {
            assert_eq!(
                receive(&mut profile, again, &feed.scale, names(&feed), 800),
                Err(FeedbackError::Deleted(700))
            );
            assert_eq!(profile, deleted, "it was not added again");
        }
        // Remembered across tabs (a tab that still shows it), and through an export and import.
        for mut kept in [
            merge(&other_tab, &deleted),
            merge(&deleted, &other_tab),
            crate::profile::export::parse_import(&crate::profile::export::export_json(
                &deleted,
                "2026-11-22",
            ))
            .unwrap()
            .profile,
        ] {
            assert_eq!(kept.live_feedback().count(), 0);
            assert_eq!(
                receive(&mut kept, &r, &feed.scale, names(&feed), 900),
                Err(FeedbackError::Deleted(700))
            );
        }
        // The Undo offered right after deleting still brings it back whole.
        restore_feedback(&mut profile, "f-1", 750);
        assert_eq!(profile.feedback["f-1"].answers["sql"].level, Some(4));
        assert_eq!(
            receive(&mut profile, &r, &feed.scale, names(&feed), 800),
            Err(FeedbackError::AlreadyReceived)
        );
    }

    #[test]
    fn the_requester_recognises_their_own_request() {
        let profile = requester();
        assert!(is_own_request(&profile, &request()));
        let other = FeedbackRequest {
            id: "r-other".into(),
            ..request()
        };
        assert!(!is_own_request(&profile, &other));
        // A reviewer's profile knows nothing of it.
        assert!(!is_own_request(&Profile::default(), &request()));
    }

    #[test]
    fn recording_again_keeps_when_the_request_was_made() {
        let mut profile = requester();
        record_request(
            &mut profile,
            &FeedbackRequest {
                note: "updated".into(),
                ..request()
            },
            90,
        );
        let sent = &profile.feedback_requests["r-7f3a9c"];
        assert_eq!(
            (sent.created, sent.updated, sent.note.as_str()),
            (20, 90, "updated")
        );
        assert_eq!(sent.skills, ["sql", "rust", "k8s", "go"]);
    }

    #[test]
    fn levels_off_the_scale_refuse_the_answer_naming_each_skill_and_level() {
        let feed = feed();
        let mut profile = requester();
        let before = profile.clone();
        let mut r = response(
            "f-1",
            "Bo",
            &[("sql", Some(50)), ("rust", Some(100)), ("k8s", Some(3))],
        );
        r.answers.get_mut("sql").unwrap().comment = "strong".into();
        assert_eq!(
            receive(&mut profile, &r, &feed.scale, names(&feed), 500),
            Err(FeedbackError::LevelsOffScale {
                levels: vec![("SQL".into(), 50), ("Rust".into(), 100)],
                min: 0,
                max: 5
            }),
            "in the order asked, not silently \"can't judge\""
        );
        assert_eq!(profile, before, "nothing stored");
        // The same answer with levels on the scale is taken.
        r.answers.get_mut("sql").unwrap().level = Some(5);
        r.answers.get_mut("rust").unwrap().level = None;
        receive(&mut profile, &r, &feed.scale, names(&feed), 500).unwrap();
        assert_eq!(
            profile.feedback["f-1"].answers["sql"],
            answer(Some(5), "strong")
        );
    }

    #[test]
    fn unasked_skills_are_dropped_and_an_answer_with_nothing_asked_is_refused() {
        let feed = feed();
        let mut profile = requester();
        let before = profile.clone();
        // Only skills that were not asked (a level off the scale among them: not asked, not
        // judged).
        let only_unasked = response("f-1", "Bo", &[("api", Some(3)), ("cobol", Some(77))]);
        assert_eq!(
            receive(&mut profile, &only_unasked, &feed.scale, names(&feed), 500),
            Err(FeedbackError::NothingUsable)
        );
        assert_eq!(profile, before, "not stored empty");
        assert_eq!(
            receive(
                &mut profile,
                &response("f-2", "Bo", &[]),
                &feed.scale,
                names(&feed),
                500
            ),
            Err(FeedbackError::NothingUsable)
        );
        let r = response("f-3", "Bo", &[("sql", Some(4)), ("api", Some(3))]);
        receive(&mut profile, &r, &feed.scale, names(&feed), 500).unwrap();
        let stored = &profile.feedback["f-3"];
        assert_eq!(stored.answers["sql"], answer(Some(4), ""));
        assert!(!stored.answers.contains_key("api"), "not asked about");
        assert!(!stored.skill_names.contains_key("api"));
    }

    #[test]
    fn names_fall_back_to_what_the_profile_already_knows() {
        let feed = feed();
        let mut profile = requester();
        record_request(
            &mut profile,
            &FeedbackRequest {
                skills: vec!["cobol".into(), "fortran".into()],
                ..request()
            },
            30,
        );
        profile.rate("cobol", "COBOL", Some(4), 10);
        receive(
            &mut profile,
            &response("f-1", "Bo", &[("cobol", Some(2)), ("fortran", Some(1))]),
            &feed.scale,
            names(&feed),
            500,
        )
        .unwrap();
        let stored = &profile.feedback["f-1"];
        assert_eq!(stored.skill_names["cobol"], "COBOL");
        assert!(!stored.skill_names.contains_key("fortran"), "no name known");
        // A later answer finds the name the first one kept.
        profile.skills.remove("cobol");
        receive(
            &mut profile,
            &response("f-2", "Cy", &[("cobol", Some(3))]),
            &feed.scale,
            names(&feed),
            600,
        )
        .unwrap();
        assert_eq!(profile.feedback["f-2"].skill_names["cobol"], "COBOL");
    }

    #[test]
    fn receiving_cleans_an_answer_that_did_not_come_through_a_link() {
        let feed = feed();
        let mut profile = requester();
        let r = response("f-1", "\u{202E}Bo", &[("sql", Some(2))]);
        receive(&mut profile, &r, &feed.scale, names(&feed), 500).unwrap();
        assert_eq!(profile.feedback["f-1"].reviewer, "Bo");
        let mut bad = r.clone();
        bad.response_id = "F 1".into();
        assert!(matches!(
            receive(&mut profile, &bad, &feed.scale, names(&feed), 500),
            Err(FeedbackError::Invalid(_))
        ));
    }

    #[test]
    fn deleting_sticks_across_tabs_and_restoring_brings_it_back_whole() {
        let feed = feed();
        let mut tab_a = requester();
        receive(
            &mut tab_a,
            &response("f-1", "Bo", &[("sql", Some(4))]),
            &feed.scale,
            names(&feed),
            500,
        )
        .unwrap();
        let tab_b = tab_a.clone();
        delete_feedback(&mut tab_a, "f-1", 600);
        delete_feedback(&mut tab_a, "no-such-answer", 600);
        for merged in [merge(&tab_a, &tab_b), merge(&tab_b, &tab_a)] {
            assert_eq!(merged.live_feedback().count(), 0);
        }
        restore_feedback(&mut tab_a, "f-1", 700);
        let merged = merge(&tab_b, &tab_a);
        assert_eq!(merged.feedback["f-1"].answers["sql"].level, Some(4));
        assert!(!merged.feedback["f-1"].deleted);
    }

    #[test]
    fn received_in_order_lists_live_feedback_by_arrival() {
        let feed = feed();
        let mut profile = requester();
        for (id, at) in [("f-b", 300), ("f-a", 500), ("f-c", 400)] {
            receive(
                &mut profile,
                &response(id, "Bo", &[("sql", Some(4))]),
                &feed.scale,
                names(&feed),
                at,
            )
            .unwrap();
        }
        delete_feedback(&mut profile, "f-c", 600);
        let order: Vec<&str> = received_in_order(&profile)
            .into_iter()
            .map(|(id, _)| id.as_str())
            .collect();
        assert_eq!(order, ["f-b", "f-a"]);
    }
}
