//! The plan as one document to take to a conversation: who and when, the target role with its
//! fit and evidence, the skills it asks for, priorities, strengths, and every goal with its
//! real state. Print, Markdown, the calendar file and the share view are all drawn from it, so
//! they can never disagree.

use super::{goal_title, is_overdue};
use crate::domain::feed::Feed;
use crate::domain::gap::{FitEvidence, RoleGap};
use crate::domain::priorities::{priorities, strengths, Strength};
use crate::domain::profile::{GoalStatus, Profile};
use crate::domain::scale::Level;
use crate::domain::sorting::sort_by;

/// One skill the target role asks for.
#[derive(Debug, Clone, PartialEq)]
pub struct SkillLine {
    pub name: String,
    pub required: Level,
    pub current: Option<Level>,
    pub essential: bool,
}

impl SkillLine {
    /// Levels still to close; `None` when not rated.
    pub fn gap(&self) -> Option<Level> {
        self.current.map(|c| self.required.saturating_sub(c))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct TargetSummary {
    pub role: String,
    pub evidence: FitEvidence,
    /// Every skill the role asks for, in the framework's order.
    pub lines: Vec<SkillLine>,
    /// Rated skills below the requirement, most pressing first.
    pub priorities: Vec<SkillLine>,
    /// "SQL: 4, asks for 3", "Rust: 4, beyond the role".
    pub strengths: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Check {
    pub text: String,
    pub done: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LinkedResource {
    pub title: String,
    /// `None` when the feed no longer offers the resource.
    pub url: Option<String>,
    pub done: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct GoalSummary {
    /// The goal's id, stable: calendar entries keep it as their UID.
    pub id: String,
    pub title: String,
    /// "Kubernetes · now 1 · aiming for 3", when the goal is about a skill.
    pub skill_line: Option<String>,
    pub status: GoalStatus,
    pub date: Option<String>,
    pub overdue: bool,
    pub actions: Vec<Check>,
    pub resources: Vec<LinkedResource>,
    /// "Fatou Diop (mailto:f@e.x)".
    pub mentors: Vec<String>,
    pub notes: String,
}

/// One skill others gave their view of: one's own level and each view, never averaged.
#[derive(Debug, Clone, PartialEq)]
pub struct FeedbackLine {
    pub skill: String,
    pub own: Option<Level>,
    /// "Fatou Diop (manager): 2", "Sam Lee (peer): can't judge".
    pub views: Vec<String>,
    pub worth_a_conversation: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PlanSummary {
    /// Whether levels are known: false for a share link made without its ratings.
    pub with_levels: bool,
    /// The name the person chose to print; empty for none.
    pub display_name: String,
    pub date: String,
    pub target: Option<TargetSummary>,
    /// Dated goals first, soonest first, then the rest in the order they were made.
    pub goals: Vec<GoalSummary>,
    pub feedback: Vec<FeedbackLine>,
}

fn target_summary(profile: &Profile, feed: &Feed) -> Option<TargetSummary> {
    let role = &feed.roles[feed.role_by_id(profile.target_role.value.as_deref()?)?];
    let gap = RoleGap::new(feed, role, |id| profile.level(id));
    let line = |l: &crate::domain::gap::GapLine| SkillLine {
        name: feed.skills[l.skill].name.clone(),
        required: l.required,
        current: l.current,
        essential: l.importance.is_essential(),
    };
    let strengths = strengths(&gap, feed, profile)
        .into_iter()
        .map(|s| match s {
            Strength::Meets {
                skill,
                current,
                required,
            } => format!(
                "{}: {current}, asks for {required}",
                feed.skills[skill].name
            ),
            Strength::BeyondRole { skill, current } => {
                format!("{}: {current}, beyond the role", feed.skills[skill].name)
            }
        })
        .collect();
    Some(TargetSummary {
        role: role.name.clone(),
        evidence: gap.evidence(),
        lines: gap.lines.iter().map(line).collect(),
        priorities: priorities(&gap, feed, profile)
            .iter()
            .map(|p| line(&p.line))
            .collect(),
        strengths,
    })
}

/// The plan's goals in the order the plan shows them: dated first, soonest first.
pub fn goal_order(profile: &Profile) -> Vec<String> {
    let mut list: Vec<(&String, Option<&String>)> = profile
        .live_goals()
        .map(|(id, g)| (id, g.target_date.as_ref()))
        .collect();
    sort_by(&mut list, |a, b| {
        a.1.is_none()
            .cmp(&b.1.is_none())
            .then(a.1.cmp(&b.1))
            .then(a.0.cmp(b.0))
    });
    list.into_iter().map(|(id, _)| id.clone()).collect()
}

pub fn plan_summary(profile: &Profile, feed: &Feed, today: &str) -> PlanSummary {
    summary(profile, feed, today, true)
}

/// The summary of a shared link: without its ratings (the person chose not to share them) it
/// states no level, no fit and no gap, rather than showing every skill as unrated.
pub fn shared_summary(
    profile: &Profile,
    feed: &Feed,
    today: &str,
    with_ratings: bool,
) -> PlanSummary {
    summary(profile, feed, today, with_ratings)
}

fn summary(profile: &Profile, feed: &Feed, today: &str, with_levels: bool) -> PlanSummary {
    let goals = goal_order(profile)
        .into_iter()
        .map(|id| {
            let goal = &profile.plan[&id];
            let skill_line = (!goal.skill.is_empty()).then(|| {
                let name = feed
                    .skill_by_id(&goal.skill)
                    .map_or(goal.skill.as_str(), |i| &feed.skills[i].name);
                let now = match profile.level(&goal.skill) {
                    _ if !with_levels => String::new(),
                    Some(l) => format!(" · now {l}"),
                    None => " · not rated yet".to_owned(),
                };
                let aim = goal
                    .target_level
                    .map_or(String::new(), |l| format!(" · aiming for {l}"));
                format!("{name}{now}{aim}")
            });
            GoalSummary {
                title: goal_title(goal, feed),
                skill_line,
                status: goal.status,
                date: goal.target_date.clone(),
                overdue: is_overdue(goal, today),
                actions: goal
                    .live_actions()
                    .map(|(_, a)| Check {
                        text: a.text.clone(),
                        done: a.done,
                    })
                    .collect(),
                resources: goal
                    .resources
                    .iter()
                    .map(|rid| {
                        let resource = feed.resources.iter().find(|r| &r.id == rid);
                        LinkedResource {
                            title: resource.map_or(rid.clone(), |r| r.title.clone()),
                            url: resource.map(|r| r.url.clone()),
                            done: goal.done_resources.contains(rid),
                        }
                    })
                    .collect(),
                mentors: goal
                    .mentors
                    .iter()
                    .map(|mid| match feed.mentors.iter().find(|m| &m.id == mid) {
                        Some(m) if !m.contact.is_empty() => format!("{} ({})", m.name, m.contact),
                        Some(m) => m.name.clone(),
                        None => mid.clone(),
                    })
                    .collect(),
                notes: goal.notes.trim().to_owned(),
                id,
            }
        })
        .collect();
    let feedback = crate::domain::feedback::compare(profile, feed)
        .into_iter()
        .filter(|row| !row.reviews.is_empty())
        .map(|row| FeedbackLine {
            views: row
                .reviews
                .iter()
                .map(|(_, who, relationship, level, _)| {
                    let level = level.map_or("can't judge".to_owned(), |l| l.to_string());
                    format!("{who} ({}): {level}", relationship.label().to_lowercase())
                })
                .collect(),
            skill: row.name,
            own: row.own.filter(|_| with_levels),
            worth_a_conversation: row.worth_a_conversation && with_levels,
        })
        .collect();
    PlanSummary {
        feedback,
        with_levels,
        display_name: profile.display_name.value.trim().to_owned(),
        date: today.to_owned(),
        target: target_summary(profile, feed),
        goals,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::domain::feed::{load_feeds, FeedSource};
    use crate::domain::plan::{
        add_action, attach_mentor, attach_resource, ensure_goal, new_goal, set_action_done,
        set_resource_done, update_goal,
    };

    pub(crate) fn feed() -> Feed {
        let text = r#"{"format_version": 1, "skills": [{"id": "k8s", "name": "Kubernetes"}, {"id": "sql", "name": "SQL"}, {"id": "go", "name": "Go"}],
            "roles": [{"id": "r", "name": "Platform Engineer", "requirements": [{"skill": "sql", "level": 2, "importance": "important"}, {"skill": "k8s", "level": 3, "importance": "essential"}, {"skill": "go", "level": 2}]}],
            "resources": [{"id": "cka", "title": "CKA prep", "url": "https://e.x/cka", "skills": [{"skill": "k8s", "to": 4}]}],
            "mentors": [{"id": "m", "name": "Fatou Diop", "contact": "mailto:f@e.x", "skills": [{"skill": "k8s", "level": 5}]}]}"#;
        load_feeds(&[FeedSource { label: "t", text }]).feed
    }

    /// A plan with a skill goal (resource done, mentor, date) and an own goal with actions.
    pub(crate) fn profile() -> Profile {
        let mut p = Profile::default();
        p.display_name.value = "  Ana Lima ".into();
        p.set_target_role(Some("r".into()), 1);
        p.rate("k8s", "Kubernetes", Some(1), 1);
        p.rate("sql", "SQL", Some(4), 1);
        let goal = ensure_goal(&mut p, "k8s", Some(3), 1);
        attach_resource(&mut p, &goal, "cka", 2);
        attach_resource(&mut p, &goal, "gone", 2);
        attach_mentor(&mut p, &goal, "m", 2);
        set_resource_done(&mut p, &goal, "cka", true, 3);
        update_goal(&mut p, &goal, 3, |g| {
            g.target_date = Some("2027-03-31".into());
            g.notes = " before spring ".into();
        });
        let own = new_goal(&mut p, "Shadow the on-call rota", None, None, 4);
        add_action(&mut p, &own, "ask the lead", 5);
        let done = add_action(&mut p, &own, "two weeks of shadowing", 6).unwrap();
        set_action_done(&mut p, &own, &done, true, 7);
        p
    }

    #[test]
    fn the_summary_holds_the_real_state_of_everything() {
        let s = plan_summary(&profile(), &feed(), "2026-11-30");
        assert_eq!(
            (s.display_name.as_str(), s.date.as_str()),
            ("Ana Lima", "2026-11-30")
        );
        let target = s.target.as_ref().unwrap();
        assert_eq!(target.role, "Platform Engineer");
        assert_eq!(target.evidence.summary(), "54% fit · 2 of 3 skills rated");
        let names: Vec<_> = target.lines.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(names, ["SQL", "Kubernetes", "Go"], "the framework's order");
        assert_eq!(target.priorities.len(), 1);
        assert_eq!(target.priorities[0].gap(), Some(2));
        assert_eq!(target.strengths, ["SQL: 4, asks for 2"]);
        assert_eq!(s.goals.len(), 2);
        let skill_goal = &s.goals[0];
        assert_eq!(skill_goal.title, "Kubernetes");
        assert_eq!(
            skill_goal.skill_line.as_deref(),
            Some("Kubernetes · now 1 · aiming for 3")
        );
        assert_eq!(skill_goal.status, GoalStatus::InProgress);
        assert_eq!(
            skill_goal.resources,
            [
                LinkedResource {
                    title: "CKA prep".into(),
                    url: Some("https://e.x/cka".into()),
                    done: true
                },
                LinkedResource {
                    title: "gone".into(),
                    url: None,
                    done: false
                },
            ]
        );
        assert_eq!(skill_goal.mentors, ["Fatou Diop (mailto:f@e.x)"]);
        assert_eq!(skill_goal.notes, "before spring");
        let own = &s.goals[1];
        assert_eq!(
            (
                own.title.as_str(),
                own.skill_line.is_none(),
                own.date.is_none()
            ),
            ("Shadow the on-call rota", true, true)
        );
        assert_eq!(
            own.actions,
            [
                Check {
                    text: "ask the lead".into(),
                    done: false
                },
                Check {
                    text: "two weeks of shadowing".into(),
                    done: true
                }
            ]
        );
    }
}
