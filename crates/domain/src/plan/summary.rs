//! The plan as one document to take to a conversation: who and when, the target role with its
//! fit and evidence, the skills it asks for, priorities, strengths, and every goal with its
//! real state. Print, Markdown, the calendar file and the share view are all drawn from it, so
//! they can never disagree.

use super::{goal_name, is_overdue};
use crate::feed::Feed;
use crate::feedback::Relationship;
use crate::gap::{FitEvidence, RoleGap};
use crate::i18n::Translator;
use crate::i18n::{k, Key};
use crate::priorities::{priorities, strengths, Strength};
use crate::profile::{GoalStatus, Profile};
use crate::scale::Level;
use stdx::sorting::sort_by;

/// Where a text of the summary goes: the screen or print (names isolated from the sentence's
/// direction), or a file (Markdown, calendar), which gets no invisible marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Medium {
    Screen,
    File,
}

/// The message `key` with `args`, written for `medium`.
pub fn say(tr: &Translator, medium: Medium, key: Key, args: &[(&str, &str)]) -> String {
    match medium {
        Medium::Screen => tr.tf(key, args),
        Medium::File => tr.tf_plain(key, args),
    }
}

/// The plural message `key` for `count`, written for `medium`.
pub fn say_plural(
    tr: &Translator,
    medium: Medium,
    key: Key,
    count: usize,
    args: &[(&str, &str)],
) -> String {
    match medium {
        Medium::Screen => tr.plural(key, count, args),
        Medium::File => tr.plural_plain(key, count, args),
    }
}

fn level_text(tr: &Translator, level: Level) -> String {
    tr.integer(i64::from(level))
}

/// "72% fit · 6 of 7 skills rated", or "fit not known yet · 0 of 7 skills rated".
pub fn fit_text(evidence: &FitEvidence, tr: &Translator, medium: Medium) -> String {
    let rated = tr.integer(evidence.rated as i64);
    match evidence.fit {
        Some(fit) => say_plural(
            tr,
            medium,
            k::PLAN_FIT,
            evidence.total,
            &[("percent", &tr.percent(fit)), ("rated", &rated)],
        ),
        None => say_plural(
            tr,
            medium,
            k::PLAN_FIT_UNKNOWN,
            evidence.total,
            &[("rated", &rated)],
        ),
    }
}

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

    /// "Kubernetes: 1 → 3 (essential)", with `name` as given (escaped for Markdown, say).
    pub fn text(&self, tr: &Translator, medium: Medium, name: &str) -> String {
        let current = self
            .current
            .map_or(tr.t(k::PLAN_NOT_RATED).to_owned(), |c| level_text(tr, c));
        let key = if self.essential {
            k::PLAN_PRIORITY_ESSENTIAL
        } else {
            k::PLAN_PRIORITY
        };
        say(
            tr,
            medium,
            key,
            &[
                ("skill", name),
                ("current", &current),
                ("required", &level_text(tr, self.required)),
            ],
        )
    }
}

/// A skill rated at or above what the role asks for, or beyond it.
#[derive(Debug, Clone, PartialEq)]
pub struct StrengthLine {
    pub skill: String,
    pub current: Level,
    /// What the role asks for; `None` for a strength beyond the role.
    pub required: Option<Level>,
}

impl StrengthLine {
    /// "SQL: 4, asks for 3", "Rust: 4, beyond the role".
    pub fn text(&self, tr: &Translator, medium: Medium) -> String {
        let current = level_text(tr, self.current);
        match self.required {
            Some(required) => say(
                tr,
                medium,
                k::PLAN_STRENGTH_MEETS,
                &[
                    ("skill", &self.skill),
                    ("current", &current),
                    ("required", &level_text(tr, required)),
                ],
            ),
            None => say(
                tr,
                medium,
                k::PLAN_STRENGTH_BEYOND,
                &[("skill", &self.skill), ("current", &current)],
            ),
        }
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
    pub strengths: Vec<StrengthLine>,
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

/// Where the person stands on a goal's skill, as far as the summary may say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LevelNow {
    /// A share link without ratings: nothing is said.
    Unshared,
    NotRated,
    At(Level),
}

/// The skill a goal is about.
#[derive(Debug, Clone, PartialEq)]
pub struct GoalSkill {
    pub name: String,
    pub now: LevelNow,
    pub aim: Option<Level>,
}

impl GoalSkill {
    /// "Kubernetes · now 1 · aiming for 3".
    pub fn text(&self, tr: &Translator, medium: Medium) -> String {
        let mut facts = vec![self.name.clone()];
        match self.now {
            LevelNow::Unshared => {}
            LevelNow::NotRated => facts.push(tr.t(k::PLAN_SKILL_NOT_RATED).to_owned()),
            LevelNow::At(level) => facts.push(say(
                tr,
                medium,
                k::PLAN_SKILL_NOW,
                &[("level", &level_text(tr, level))],
            )),
        }
        if let Some(aim) = self.aim {
            facts.push(say(
                tr,
                medium,
                k::PLAN_SKILL_AIM,
                &[("level", &level_text(tr, aim))],
            ));
        }
        facts.join(" · ")
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct GoalSummary {
    /// The goal's id, stable: calendar entries keep it as their UID.
    pub id: String,
    /// The person's title, else the skill's name; empty for a goal with neither.
    pub title: String,
    /// When the goal is about a skill.
    pub skill: Option<GoalSkill>,
    pub status: GoalStatus,
    pub date: Option<String>,
    pub overdue: bool,
    pub actions: Vec<Check>,
    pub resources: Vec<LinkedResource>,
    /// "Fatou Diop (mailto:f@e.x)".
    pub mentors: Vec<String>,
    pub notes: String,
}

impl GoalSummary {
    /// The title, or the language's words for a goal without one.
    pub fn title_text<'a>(&'a self, tr: &'a Translator) -> &'a str {
        if self.title.is_empty() {
            tr.t(k::PLAN_GOAL_UNTITLED)
        } else {
            &self.title
        }
    }
}

/// One view someone gave of a skill.
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    pub who: String,
    pub relationship: Relationship,
    /// `None`: they could not judge.
    pub level: Option<Level>,
}

/// The catalogue key of a reviewer's relationship, as written inside a sentence.
fn relationship_key(relationship: Relationship) -> Key {
    match relationship {
        Relationship::Manager => k::PLAN_RELATIONSHIP_MANAGER,
        Relationship::Peer => k::PLAN_RELATIONSHIP_PEER,
        Relationship::Mentor => k::PLAN_RELATIONSHIP_MENTOR,
        Relationship::Other => k::PLAN_RELATIONSHIP_OTHER,
    }
}

impl View {
    /// "Fatou Diop (manager): 2", "Sam Lee (peer): can't judge".
    pub fn text(&self, tr: &Translator, medium: Medium) -> String {
        let relationship = tr.t(relationship_key(self.relationship));
        match self.level {
            Some(level) => say(
                tr,
                medium,
                k::PLAN_VIEW,
                &[
                    ("who", &self.who),
                    ("relationship", relationship),
                    ("level", &level_text(tr, level)),
                ],
            ),
            None => say(
                tr,
                medium,
                k::PLAN_VIEW_CANT_JUDGE,
                &[("who", &self.who), ("relationship", relationship)],
            ),
        }
    }
}

/// One skill others gave their view of: one's own level and each view, never averaged.
#[derive(Debug, Clone, PartialEq)]
pub struct FeedbackLine {
    pub skill: String,
    pub own: Option<Level>,
    pub views: Vec<View>,
    pub worth_a_conversation: bool,
}

impl FeedbackLine {
    /// "SQL: self 4; Fatou Diop (manager): 3"; `own` is the person's level in words, or what
    /// stands for it.
    pub fn text(&self, tr: &Translator, medium: Medium, own: &str) -> String {
        let views: Vec<String> = self.views.iter().map(|v| v.text(tr, medium)).collect();
        say(
            tr,
            medium,
            k::PLAN_FEEDBACK_LINE,
            &[
                ("skill", &self.skill),
                ("own", own),
                ("views", &views.join("; ")),
            ],
        )
    }

    /// The person's own level in words.
    pub fn own_text(&self, tr: &Translator) -> String {
        self.own
            .map_or(tr.t(k::PLAN_NOT_RATED).to_owned(), |l| level_text(tr, l))
    }
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
    let line = |l: &crate::gap::GapLine| SkillLine {
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
            } => StrengthLine {
                skill: feed.skills[skill].name.clone(),
                current,
                required: Some(required),
            },
            Strength::BeyondRole { skill, current } => StrengthLine {
                skill: feed.skills[skill].name.clone(),
                current,
                required: None,
            },
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
            let skill = (!goal.skill.is_empty()).then(|| GoalSkill {
                name: feed
                    .skill_by_id(&goal.skill)
                    .map_or(goal.skill.clone(), |i| feed.skills[i].name.clone()),
                now: match profile.level(&goal.skill) {
                    _ if !with_levels => LevelNow::Unshared,
                    Some(l) => LevelNow::At(l),
                    None => LevelNow::NotRated,
                },
                aim: goal.target_level,
            });
            GoalSummary {
                title: goal_name(goal, feed).unwrap_or_default(),
                skill,
                status: goal.status,
                // Only a real day reaches the printout, the Markdown and the calendar.
                date: stdx::time::valid_date(goal.target_date.clone()),
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
    let feedback = crate::feedback::compare(profile, feed)
        .into_iter()
        .filter(|row| !row.reviews.is_empty())
        .map(|row| FeedbackLine {
            views: row
                .reviews
                .iter()
                .map(|(_, who, relationship, level, _)| View {
                    who: who.clone(),
                    relationship: *relationship,
                    level: *level,
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

/// The plan's test feed and profile, also for `markup`'s tests (feature `test-support`).
#[cfg(any(test, feature = "test-support"))]
pub mod tests {
    use super::*;
    use crate::feed::{load_feeds, FeedSource};
    use crate::plan::{
        add_action, attach_mentor, attach_resource, ensure_goal, new_goal, set_action_done,
        set_resource_done, update_goal,
    };

    pub fn feed() -> Feed {
        let text = r#"{"format_version": 1, "skills": [{"id": "k8s", "name": "Kubernetes"}, {"id": "sql", "name": "SQL"}, {"id": "go", "name": "Go"}],
            "roles": [{"id": "r", "name": "Platform Engineer", "requirements": [{"skill": "sql", "level": 2, "importance": "important"}, {"skill": "k8s", "level": 3, "importance": "essential"}, {"skill": "go", "level": 2}]}],
            "resources": [{"id": "cka", "title": "CKA prep", "url": "https://e.x/cka", "skills": [{"skill": "k8s", "to": 4}]}],
            "mentors": [{"id": "m", "name": "Fatou Diop", "contact": "mailto:f@e.x", "skills": [{"skill": "k8s", "level": 5}]}]}"#;
        load_feeds(&[FeedSource { label: "t", text }]).feed
    }

    /// A plan with a skill goal (resource done, mentor, date) and an own goal with actions.
    pub fn profile() -> Profile {
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
        let en = Translator::english();
        assert_eq!(
            fit_text(&target.evidence, &en, Medium::File),
            "54% fit · 2 of 3 skills rated"
        );
        let names: Vec<_> = target.lines.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(names, ["SQL", "Kubernetes", "Go"], "the framework's order");
        assert_eq!(target.priorities.len(), 1);
        assert_eq!(target.priorities[0].gap(), Some(2));
        let strengths: Vec<String> = target
            .strengths
            .iter()
            .map(|s| s.text(&en, Medium::File))
            .collect();
        assert_eq!(strengths, ["SQL: 4, asks for 2"]);
        assert_eq!(s.goals.len(), 2);
        let skill_goal = &s.goals[0];
        assert_eq!(skill_goal.title, "Kubernetes");
        assert_eq!(
            skill_goal.skill.as_ref().map(|s| s.text(&en, Medium::File)),
            Some("Kubernetes · now 1 · aiming for 3".to_owned())
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
            (own.title.as_str(), own.skill.is_none(), own.date.is_none()),
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
