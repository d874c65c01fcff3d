//! Own levels beside each reviewer's, per skill. Nothing is averaged: every reviewer's level
//! stands on its own, next to the person's own.

use super::model::Relationship;
use super::receive::received_in_order;
use crate::feed::Feed;
use crate::profile::model::Profile;
use crate::scale::Level;
use stdx::sorted_map::SortedSet;
use stdx::sorting::sort_by;

/// A difference of this many levels or more between the person and a reviewer is worth a
/// conversation.
pub const CONVERSATION_GAP: u8 = 2;

/// One skill some live feedback answered about.
#[derive(Debug, Clone, PartialEq)]
pub struct SkillComparison {
    pub skill: String,
    /// The feed's name, else the name kept when the feedback arrived, else the id.
    pub name: String,
    /// Whether the feed still has the skill ("no longer in the framework" when not).
    pub in_framework: bool,
    pub own: Option<Level>,
    /// (response id, reviewer, relationship, level or `None` for "can't judge", comment), in
    /// the order the feedback arrived.
    pub reviews: Vec<(String, String, Relationship, Option<Level>, String)>,
    /// Some reviewer's level differs from the person's own by two levels or more.
    pub worth_a_conversation: bool,
}

/// Every skill that live feedback answered about: the target role's skills first, in the
/// role's order, then the others by name.
pub fn compare(profile: &Profile, feed: &Feed) -> Vec<SkillComparison> {
    let received = received_in_order(profile);
    let skills: SortedSet<&String> = received
        .iter()
        .flat_map(|(_, f)| f.answers.keys())
        .collect();
    let comparison = |skill: &str| {
        let in_feed = feed.skill_by_id(skill);
        let name = match in_feed {
            Some(idx) => feed.skills[idx].name.clone(),
            None => received
                .iter()
                .rev()
                .find_map(|(_, f)| f.skill_names.get(skill))
                .or_else(|| profile.skills.get(skill).map(|e| &e.name))
                .filter(|n| !n.is_empty())
                .map_or_else(|| skill.to_owned(), Clone::clone),
        };
        let own = profile.level(skill);
        let reviews: Vec<_> = received
            .iter()
            .filter_map(|(id, f)| {
                f.answers.get(skill).map(|a| {
                    (
                        (*id).clone(),
                        f.reviewer.clone(),
                        f.relationship,
                        a.level,
                        a.comment.clone(),
                    )
                })
            })
            .collect();
        let worth_a_conversation = own.is_some_and(|own| {
            reviews
                .iter()
                .any(|r| r.3.is_some_and(|l| l.abs_diff(own) >= CONVERSATION_GAP))
        });
        SkillComparison {
            skill: skill.to_owned(),
            name,
            in_framework: in_feed.is_some(),
            own,
            reviews,
            worth_a_conversation,
        }
    };
    let mut out = Vec::with_capacity(skills.len());
    let mut placed = SortedSet::new();
    let target = profile
        .target_role
        .value
        .as_deref()
        .and_then(|id| feed.role_by_id(id));
    if let Some(role) = target {
        for requirement in &feed.roles[role].requirements {
            let id = &feed.skills[requirement.skill].id;
            if skills.contains(id) && placed.insert(id.as_str()) {
                out.push(comparison(id));
            }
        }
    }
    let mut others: Vec<SkillComparison> = skills
        .iter()
        .filter(|id| !placed.contains(id.as_str()))
        .map(|id| comparison(id))
        .collect();
    sort_by(&mut others, |a, b| {
        a.name
            .to_lowercase()
            .cmp(&b.name.to_lowercase())
            .then_with(|| a.skill.cmp(&b.skill))
    });
    out.extend(others);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feedback::model::FeedbackRequest;
    use crate::feedback::receive::{receive, record_request};
    use crate::feedback::test_support::{feed, later_feed, names, request, requester, response};

    /// Own: SQL 2, Rust 3, nothing for Kubernetes. Bo: SQL 4, Rust 4, K8s 3. Cy: SQL 3, Rust
    /// can't judge, Go 1.
    fn profile_with_two_answers() -> Profile {
        let feed = feed();
        let mut profile = requester();
        let mut bo = response(
            "f-bo",
            "Bo",
            &[("sql", Some(4)), ("rust", Some(4)), ("k8s", Some(3))],
        );
        bo.answers.get_mut("sql").unwrap().comment = "Led the migration".into();
        receive(&mut profile, &bo, &feed.scale, names(&feed), 500).unwrap();
        let mut cy = response(
            "f-cy",
            "Cy",
            &[("sql", Some(3)), ("rust", None), ("go", Some(1))],
        );
        cy.relationship = Relationship::Peer;
        receive(&mut profile, &cy, &feed.scale, names(&feed), 400).unwrap();
        profile
    }

    #[test]
    fn a_two_level_difference_is_worth_a_conversation_and_one_level_is_not() {
        let rows = compare(&profile_with_two_answers(), &feed());
        let sql = rows.iter().find(|r| r.skill == "sql").unwrap();
        assert_eq!(sql.own, Some(2));
        assert!(sql.worth_a_conversation, "Bo says 4 where I say 2");
        let rust = rows.iter().find(|r| r.skill == "rust").unwrap();
        assert!(
            !rust.worth_a_conversation,
            "Bo says 4 where I say 3; Cy can't judge"
        );
        let k8s = rows.iter().find(|r| r.skill == "k8s").unwrap();
        assert_eq!(k8s.own, None);
        assert!(!k8s.worth_a_conversation, "nothing of mine to differ from");
        // Lower than my own counts as much as higher.
        let mut profile = profile_with_two_answers();
        profile.rate("go", "Go", Some(3), 900);
        let rows = compare(&profile, &feed());
        assert!(
            rows.iter()
                .find(|r| r.skill == "go")
                .unwrap()
                .worth_a_conversation
        );
    }

    #[test]
    fn every_review_stands_on_its_own_in_the_order_received() {
        let rows = compare(&profile_with_two_answers(), &feed());
        let sql = rows.iter().find(|r| r.skill == "sql").unwrap();
        assert_eq!(
            sql.reviews,
            [
                (
                    "f-cy".to_owned(),
                    "Cy".to_owned(),
                    Relationship::Peer,
                    Some(3),
                    String::new()
                ),
                (
                    "f-bo".to_owned(),
                    "Bo".to_owned(),
                    Relationship::Manager,
                    Some(4),
                    "Led the migration".to_owned()
                ),
            ]
        );
        let rust = rows.iter().find(|r| r.skill == "rust").unwrap();
        assert_eq!(
            rust.reviews[0].3, None,
            "can't judge is shown, not left out"
        );
    }

    #[test]
    fn the_target_roles_skills_come_first_in_its_order_then_the_others_by_name() {
        let order = |profile: &Profile| {
            compare(profile, &feed())
                .into_iter()
                .map(|r| r.skill)
                .collect::<Vec<_>>()
        };
        let mut profile = profile_with_two_answers();
        assert_eq!(order(&profile), ["sql", "rust", "k8s", "go"]);
        profile.set_target_role(None, 900);
        // By name: Go, Kubernetes, Rust, SQL.
        assert_eq!(order(&profile), ["go", "k8s", "rust", "sql"]);
    }

    #[test]
    fn skills_the_feed_dropped_keep_their_recorded_name() {
        let feed = feed();
        let mut profile = requester();
        record_request(
            &mut profile,
            &FeedbackRequest {
                id: "r-2".into(),
                skills: vec!["api".into()],
                ..request()
            },
            30,
        );
        let mut r = response("f-1", "Bo", &[("api", Some(3))]);
        r.request_id = "r-2".into();
        receive(&mut profile, &r, &feed.scale, names(&feed), 500).unwrap();
        // The next feed no longer has "API design".
        let rows = compare(&profile, &later_feed());
        let api = rows.iter().find(|r| r.skill == "api").unwrap();
        assert_eq!(api.name, "API design");
        assert!(!api.in_framework);
        assert_eq!(api.reviews[0].3, Some(3));
        let rows = compare(&profile, &feed);
        assert!(rows.iter().find(|r| r.skill == "api").unwrap().in_framework);
    }

    #[test]
    fn deleted_feedback_is_not_compared() {
        let mut profile = profile_with_two_answers();
        crate::feedback::delete_feedback(&mut profile, "f-bo", 900);
        let rows = compare(&profile, &feed());
        assert!(rows.iter().all(|r| r.reviews.iter().all(|x| x.0 == "f-cy")));
        assert!(
            !rows.iter().any(|r| r.skill == "k8s"),
            "only Bo answered it"
        );
        assert!(compare(&Profile::default(), &feed()).is_empty());
    }
}
