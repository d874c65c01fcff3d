//! The employee's own development plan: goals per skill, with the resources and mentors they
//! chose, dates, status and notes.

use crate::domain::feed::Feed;
use crate::domain::profile::{Goal, GoalStatus, Profile};
use crate::domain::scale::Level;
use crate::domain::sorting::sort_by;
use crate::domain::time::days_from_iso;

/// The live goal for a skill, if the user has one.
pub fn goal_for_skill(profile: &Profile, skill_id: &str) -> Option<String> {
    profile
        .live_goals()
        .find(|(_, g)| g.skill == skill_id)
        .map(|(id, _)| id.clone())
}

/// The skill's goal, created (aiming at `target_level`) when there is none.
pub fn ensure_goal(
    profile: &mut Profile,
    skill_id: &str,
    target_level: Option<Level>,
    now: u64,
) -> String {
    if let Some(id) = goal_for_skill(profile, skill_id) {
        return id;
    }
    let id = format!("g-{now}-{skill_id}");
    profile.plan.insert(
        id.clone(),
        Goal {
            skill: skill_id.to_owned(),
            target_level,
            updated: now,
            ..Goal::default()
        },
    );
    id
}

pub fn update_goal(profile: &mut Profile, goal_id: &str, now: u64, change: impl FnOnce(&mut Goal)) {
    if let Some(goal) = profile.plan.get_mut(goal_id) {
        change(goal);
        goal.updated = now;
    }
}

pub fn attach_resource(profile: &mut Profile, goal_id: &str, resource_id: &str, now: u64) {
    update_goal(profile, goal_id, now, |g| {
        if !g.resources.iter().any(|r| r == resource_id) {
            g.resources.push(resource_id.to_owned());
        }
    });
}

pub fn attach_mentor(profile: &mut Profile, goal_id: &str, mentor_id: &str, now: u64) {
    update_goal(profile, goal_id, now, |g| {
        if !g.mentors.iter().any(|m| m == mentor_id) {
            g.mentors.push(mentor_id.to_owned());
        }
    });
}

/// Takes one resource off a goal, with its done mark.
pub fn detach_resource(profile: &mut Profile, goal_id: &str, resource_id: &str, now: u64) {
    update_goal(profile, goal_id, now, |g| {
        g.resources.retain(|r| r != resource_id);
        g.done_resources.remove(resource_id);
    });
}

pub fn detach_mentor(profile: &mut Profile, goal_id: &str, mentor_id: &str, now: u64) {
    update_goal(profile, goal_id, now, |g| {
        g.mentors.retain(|m| m != mentor_id)
    });
}

pub fn remove_goal(profile: &mut Profile, goal_id: &str, now: u64) {
    update_goal(profile, goal_id, now, |g| g.deleted = true);
}

/// Marks a resource of a goal done (or not). Returns the goal's skill when done, so the UI can
/// offer, never force, a re-rating.
pub fn set_resource_done(
    profile: &mut Profile,
    goal_id: &str,
    resource_id: &str,
    done: bool,
    now: u64,
) -> Option<String> {
    let mut skill = None;
    update_goal(profile, goal_id, now, |g| {
        if done {
            g.done_resources.insert(resource_id.to_owned());
            if g.status == GoalStatus::Planned {
                g.status = GoalStatus::InProgress;
            }
            skill = Some(g.skill.clone());
        } else {
            g.done_resources.remove(resource_id);
        }
    });
    skill
}

/// Past its date and not done.
pub fn is_overdue(goal: &Goal, today: &str) -> bool {
    goal.status != GoalStatus::Done
        && matches!((goal.target_date.as_deref().and_then(days_from_iso), days_from_iso(today)), (Some(due), Some(now)) if due < now)
}

fn skill_name(feed: &Feed, id: &str) -> String {
    feed.skill_by_id(id)
        .map_or(id.to_owned(), |i| feed.skills[i].name.clone())
}

/// The plan as Markdown, for a 1:1 or a personal notes app.
/// Text as literal Markdown: the characters that could start emphasis, code, links, images,
/// HTML, entities, tables or headings are backslash-escaped (CommonMark allows it for any
/// ASCII punctuation), so feed titles and notes print as written and never as markup.
fn md_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        // A line break in a feed text would start a new list item or heading.
        if matches!(c, '\n' | '\r') {
            out.push(' ');
            continue;
        }
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&' | '!'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A URL for the `<…>` link form, which ends at the first `>`: that and the angle brackets are
/// percent-encoded (the feed checker has already refused spaces and control characters).
fn md_url(url: &str) -> String {
    url.replace('<', "%3C").replace('>', "%3E")
}

pub fn plan_markdown(profile: &Profile, feed: &Feed, today: &str) -> String {
    let mut out = format!("# My development plan\n\n_As of {today}._\n");
    if let Some(role) = profile
        .target_role
        .value
        .as_deref()
        .and_then(|id| feed.role_by_id(id))
    {
        let gap = crate::domain::gap::RoleGap::new(feed, &feed.roles[role], |id| profile.level(id));
        out.push_str(&format!(
            "\nAiming for: **{}** ({})\n",
            md_text(&feed.roles[role].name),
            gap.evidence().summary()
        ));
    }
    let mut goals: Vec<(&String, &Goal)> = profile.live_goals().collect();
    sort_by(&mut goals, |a, b| {
        a.1.target_date.cmp(&b.1.target_date).then(a.0.cmp(b.0))
    });
    if goals.is_empty() {
        out.push_str("\nNo goals yet.\n");
    }
    for (_, goal) in goals {
        let name = md_text(&skill_name(feed, &goal.skill));
        let current = profile
            .level(&goal.skill)
            .map_or("not rated".to_owned(), |l| format!("level {l}"));
        let target = goal
            .target_level
            .map_or(String::new(), |l| format!(" → level {l}"));
        out.push_str(&format!(
            "\n## {name} ({current}{target})\n\n- Status: {}\n",
            goal.status.label()
        ));
        if let Some(date) = &goal.target_date {
            out.push_str(&format!(
                "- Target date: {date}{}\n",
                if is_overdue(goal, today) {
                    " (past)"
                } else {
                    ""
                }
            ));
        }
        for id in &goal.resources {
            let done = if goal.done_resources.contains(id) {
                "x"
            } else {
                " "
            };
            match feed.resources.iter().find(|r| &r.id == id) {
                Some(r) => out.push_str(&format!(
                    "- [{done}] [{}](<{}>)\n",
                    md_text(&r.title),
                    md_url(&r.url)
                )),
                None => out.push_str(&format!("- [{done}] {} (no longer offered)\n", md_text(id))),
            }
        }
        for id in &goal.mentors {
            let name = feed
                .mentors
                .iter()
                .find(|m| &m.id == id)
                .map_or(id.clone(), |m| m.name.clone());
            out.push_str(&format!("- Mentor: {}\n", md_text(&name)));
        }
        if !goal.notes.trim().is_empty() {
            out.push_str(&format!(
                "- Notes: {}\n",
                md_text(&goal.notes.trim().replace(['\n', '\r'], " "))
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::feed::{load_feeds, FeedSource};

    fn feed() -> Feed {
        let text = r#"{"format_version": 1, "skills": [{"id": "k8s", "name": "Kubernetes"}],
            "roles": [{"id": "r", "name": "Platform Engineer", "requirements": [{"skill": "k8s", "level": 3}]}],
            "resources": [{"id": "cka", "title": "CKA prep", "url": "https://e.x/cka", "skills": [{"skill": "k8s", "to": 4}]}],
            "mentors": [{"id": "m", "name": "Fatou Diop", "contact": "mailto:f@e.x", "skills": [{"skill": "k8s", "level": 5}]}]}"#;
        load_feeds(&[FeedSource { label: "t", text }]).feed
    }

    #[test]
    fn one_goal_per_skill_collects_resources_and_mentors() {
        let mut p = Profile::default();
        let goal = ensure_goal(&mut p, "k8s", Some(3), 10);
        assert_eq!(ensure_goal(&mut p, "k8s", Some(4), 11), goal);
        attach_resource(&mut p, &goal, "cka", 12);
        attach_resource(&mut p, &goal, "cka", 13);
        attach_mentor(&mut p, &goal, "m", 14);
        let g = &p.plan[&goal];
        assert_eq!(
            (g.resources.len(), g.mentors.len(), g.target_level),
            (1, 1, Some(3))
        );
        remove_goal(&mut p, &goal, 15);
        assert!(goal_for_skill(&p, "k8s").is_none());
        assert_ne!(ensure_goal(&mut p, "k8s", None, 16), goal);
    }

    #[test]
    fn detaching_takes_off_one_resource_or_mentor_and_keeps_the_goal() {
        let mut p = Profile::default();
        let goal = ensure_goal(&mut p, "k8s", Some(3), 1);
        attach_resource(&mut p, &goal, "cka", 2);
        attach_resource(&mut p, &goal, "ckad", 3);
        attach_mentor(&mut p, &goal, "m", 4);
        set_resource_done(&mut p, &goal, "cka", true, 5);
        detach_resource(&mut p, &goal, "cka", 6);
        let g = &p.plan[&goal];
        assert_eq!(g.resources, vec!["ckad".to_owned()]);
        assert!(g.done_resources.is_empty());
        assert_eq!(g.updated, 6);
        detach_mentor(&mut p, &goal, "m", 7);
        assert!(p.plan[&goal].mentors.is_empty());
        assert_eq!(goal_for_skill(&p, "k8s"), Some(goal));
    }

    #[test]
    fn finishing_a_resource_offers_the_skill_for_re_rating() {
        let mut p = Profile::default();
        let goal = ensure_goal(&mut p, "k8s", Some(3), 1);
        attach_resource(&mut p, &goal, "cka", 2);
        assert_eq!(
            set_resource_done(&mut p, &goal, "cka", true, 3),
            Some("k8s".to_owned())
        );
        assert_eq!(p.plan[&goal].status, GoalStatus::InProgress);
        assert_eq!(set_resource_done(&mut p, &goal, "cka", false, 4), None);
        assert!(p.plan[&goal].done_resources.is_empty());
    }

    #[test]
    fn overdue_only_when_past_and_not_done() {
        let mut goal = Goal {
            target_date: Some("2026-01-31".into()),
            ..Goal::default()
        };
        assert!(is_overdue(&goal, "2026-02-01"));
        assert!(!is_overdue(&goal, "2026-01-31"));
        goal.status = GoalStatus::Done;
        assert!(!is_overdue(&goal, "2026-02-01"));
    }

    #[test]
    fn markdown_lists_goals_with_links_and_mentors() {
        let feed = feed();
        let mut p = Profile::default();
        p.set_target_role(Some("r".into()), 1);
        p.rate("k8s", "Kubernetes", Some(1), 1);
        let goal = ensure_goal(&mut p, "k8s", Some(3), 1);
        attach_resource(&mut p, &goal, "cka", 2);
        attach_mentor(&mut p, &goal, "m", 2);
        update_goal(&mut p, &goal, 3, |g| {
            g.target_date = Some("2027-03-31".into());
            g.notes = "before spring".into();
        });
        set_resource_done(&mut p, &goal, "cka", true, 4);
        let md = plan_markdown(&p, &feed, "2026-11-22");
        assert_eq!(
            md,
            "# My development plan\n\n_As of 2026-11-22._\n\nAiming for: **Platform Engineer** (33% fit · 1 of 1 skill rated)\n\n## Kubernetes (level 1 → level 3)\n\n- Status: In progress\n- Target date: 2027-03-31\n- [x] [CKA prep](<https://e.x/cka>)\n- Mentor: Fatou Diop\n- Notes: before spring\n"
        );
    }

    #[test]
    fn markdown_shows_hostile_titles_and_notes_as_text() {
        let text = r#"{"format_version": 1, "skills": [{"id": "k8s", "name": "K8s <b>*bold*</b>"}],
            "resources": [{"id": "x", "title": "Click [here](javascript:alert(1)) & `code`", "url": "https://e.x/a>b", "skills": [{"skill": "k8s", "to": 4}]}]}"#;
        let feed = load_feeds(&[FeedSource { label: "t", text }]).feed;
        let mut p = Profile::default();
        let goal = ensure_goal(&mut p, "k8s", Some(3), 1);
        attach_resource(&mut p, &goal, "x", 2);
        update_goal(&mut p, &goal, 3, |g| {
            g.notes = "# not a heading\n<script>x</script> | pipe".into()
        });
        let multiline = r#"{"format_version": 1, "skills": [{"id": "k8s", "name": "K8s\n- [x] Fake done item"}]}"#;
        let other = load_feeds(&[FeedSource {
            label: "t",
            text: multiline,
        }])
        .feed;
        let md = plan_markdown(&p, &other, "2026-11-22");
        assert!(md.contains("## K8s - \\[x\\] Fake done item"), "{md}");
        assert!(
            !md.lines()
                .any(|l| l.starts_with("- ") && l.contains("Fake")),
            "{md}"
        );
        let md = plan_markdown(&p, &feed, "2026-11-22");
        assert!(md.contains("## K8s \\<b\\>\\*bold\\*\\</b\\>"), "{md}");
        assert!(
            md.contains(
                "- [ ] [Click \\[here\\](javascript:alert(1)) \\& \\`code\\`](<https://e.x/a%3Eb>)"
            ),
            "{md}"
        );
        assert!(
            md.contains("- Notes: \\# not a heading \\<script\\>x\\</script\\> \\| pipe"),
            "{md}"
        );
    }
}
