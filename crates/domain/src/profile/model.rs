//! The user's own data: one versioned document, kept only in their browser.
//!
//! Every piece carries the time it was last changed, so two tabs, or an import, merge entry by
//! entry ([`super::merge`]) instead of the last writer winning wholesale. Removals are kept as
//! tombstones (`deleted: true`) for the same reason.

use crate::i18n::{k, Key};
use crate::review::{Relationship, SkillAnswer};
use crate::scale::Level;
use serde::{Deserialize, Serialize};
use stdx::sorted_map::{SortedMap, SortedSet};

/// The schema version this build writes. Older documents are migrated on read.
/// 2: each skill's level, interest and note carry their own time (`level_updated`…), so two
/// tabs editing different fields of one skill both keep their change.
/// 3: goals of one's own (`title`, the skill optional) with a checklist of `actions`, and a
/// `display_name` for the printout.
/// 4: feedback from people the person chose: the requests they sent (`feedback_requests`) and
/// the answers they received (`feedback`).
pub const SCHEMA_VERSION: u32 = 4;

/// Milliseconds since the Unix epoch.
pub type Millis = u64;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Interest {
    WantToGrow,
    FineAsIs,
    NotForMe,
}

impl Interest {
    pub const ALL: [Interest; 3] = [Interest::WantToGrow, Interest::FineAsIs, Interest::NotForMe];

    /// The catalogue key of the interest's name.
    pub fn label_key(self) -> Key {
        match self {
            Interest::WantToGrow => k::INTEREST_WANT_TO_GROW,
            Interest::FineAsIs => k::INTEREST_FINE_AS_IS,
            Interest::NotForMe => k::INTEREST_NOT_FOR_ME,
        }
    }
}

/// What the user said about one skill. Keyed by skill id, so it outlives role changes.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct SkillEntry {
    pub level: Option<Level>,
    pub interest: Option<Interest>,
    pub note: String,
    /// The skill's name when last seen, shown if the feed drops the skill.
    pub name: String,
    /// Added to the profile by the user, beyond the skills of their roles.
    pub added: bool,
    /// The latest change to anything in the entry.
    pub updated: Millis,
    /// When each of level, interest and note was last set: they merge one by one.
    pub level_updated: Millis,
    pub interest_updated: Millis,
    pub note_updated: Millis,
}

impl SkillEntry {
    /// Stamps the entry and each of its fields `now`, so that all of it wins a merge.
    pub fn touch_all(&mut self, now: Millis) {
        self.updated = now;
        self.level_updated = now;
        self.interest_updated = now;
        self.note_updated = now;
    }

    /// Whether the user said anything about the skill.
    pub fn says_something(&self) -> bool {
        self.level.is_some() || self.interest.is_some() || !self.note.is_empty() || self.added
    }
}

/// A value with the time it was last set.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Stamped<T> {
    pub value: T,
    pub updated: Millis,
}

impl<T> Stamped<T> {
    pub fn new(value: T, updated: Millis) -> Self {
        Stamped { value, updated }
    }
}

/// A flag on a feed item (dismissed, hidden, favourite), keyed by item id.
pub type Flags = SortedMap<String, Stamped<bool>>;

pub fn flag_is_set(flags: &Flags, id: &str) -> bool {
    flags.get(id).is_some_and(|f| f.value)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum GoalStatus {
    #[default]
    Planned,
    InProgress,
    Done,
}

impl GoalStatus {
    pub const ALL: [GoalStatus; 3] = [
        GoalStatus::Planned,
        GoalStatus::InProgress,
        GoalStatus::Done,
    ];

    /// The catalogue key of the status's name ("Planned", "In progress", "Done").
    pub fn label_key(self) -> Key {
        match self {
            GoalStatus::Planned => k::PLAN_STATUS_PLANNED,
            GoalStatus::InProgress => k::PLAN_STATUS_IN_PROGRESS,
            GoalStatus::Done => k::PLAN_STATUS_DONE,
        }
    }
}

/// One step of a goal, in the person's own words ("shadow the on-call rota for two weeks").
/// Each carries its own time, so two tabs ticking different actions both keep their change.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Action {
    pub text: String,
    pub done: bool,
    pub deleted: bool,
    pub updated: Millis,
}

/// One goal of the user's development plan: about a skill of the framework, or the person's
/// own (a title, no skill), or both.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Goal {
    /// The person's own title; when empty the goal is named after its skill.
    pub title: String,
    /// The framework skill the goal grows, or empty.
    pub skill: String,
    pub target_level: Option<Level>,
    /// ISO date (YYYY-MM-DD), when the user set one.
    pub target_date: Option<String>,
    pub status: GoalStatus,
    pub notes: String,
    pub resources: Vec<String>,
    pub mentors: Vec<String>,
    /// Resources of this goal the user marked done.
    pub done_resources: SortedSet<String>,
    /// Action id → action; ids sort in the order the actions were written.
    pub actions: SortedMap<String, Action>,
    pub deleted: bool,
    /// The latest change to the goal's own fields (actions carry their own time).
    pub updated: Millis,
}

impl Goal {
    pub fn live_actions(&self) -> impl Iterator<Item = (&String, &Action)> {
        self.actions.iter().filter(|(_, a)| !a.deleted)
    }
}

/// The ratings on one day, for growth over time.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Snapshot {
    pub levels: SortedMap<String, Level>,
    pub target_role: Option<String>,
    pub deleted: bool,
    pub updated: Millis,
}

/// Suggestion preferences, set by the user.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    /// Resource kinds the user likes; empty means all.
    pub kinds: SortedSet<String>,
    pub max_duration_minutes: Option<u32>,
    pub free_only: bool,
    /// Languages the user reads; empty means all.
    pub languages: SortedSet<String>,
    /// Hours from UTC, for mentor time-zone proximity.
    pub utc_offset: Option<f32>,
}

/// What the target role asked for at the user's last visit, to tell them what changed.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct SeenRequirements {
    pub role: String,
    /// Skill id → (level, importance label).
    pub requirements: SortedMap<String, (Level, String)>,
}

/// A feedback request the person sent (`domain::feedback`): what they asked, kept so that an
/// answer can be matched to it and their own request link recognised.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct SentRequest {
    /// The name the person asked to be shown to reviewers.
    pub name: String,
    pub note: String,
    /// Skill ids asked about, in the order asked.
    pub skills: Vec<String>,
    pub created: Millis,
    pub deleted: bool,
    pub updated: Millis,
}

/// One reviewer's answer to a feedback request, as received.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ReceivedFeedback {
    /// The request it answers (a key of `Profile::feedback_requests`).
    pub request_id: String,
    pub reviewer: String,
    pub relationship: Relationship,
    /// Skill id → level (or "can't judge") and comment; only skills the request asked about.
    pub answers: SortedMap<String, SkillAnswer>,
    /// The reviewer's overall comment.
    pub overall: String,
    /// Skill id → the skill's name when received, shown if the feed later drops the skill.
    pub skill_names: SortedMap<String, String>,
    pub received: Millis,
    pub deleted: bool,
    pub updated: Millis,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Profile {
    pub schema: u32,
    /// Random, never leaves the browser; seeds fair mentor rotation.
    pub local_id: String,
    pub skills: SortedMap<String, SkillEntry>,
    pub current_role: Stamped<Option<String>>,
    pub target_role: Stamped<Option<String>>,
    /// Role id → shortlisted (tombstone when false).
    pub shortlist: Flags,
    /// Goal id → goal.
    pub plan: SortedMap<String, Goal>,
    /// Day (YYYY-MM-DD) → snapshot.
    pub snapshots: SortedMap<String, Snapshot>,
    pub preferences: Stamped<Preferences>,
    /// Suggestions the user dismissed (resource or mentor ids).
    pub dismissed: Flags,
    pub hidden_mentors: Flags,
    pub favourite_mentors: Flags,
    /// The user's own mentor entry ("this is me"), hidden from their suggestions.
    pub self_mentor: Stamped<Option<String>>,
    pub seen_requirements: Stamped<Option<SeenRequirements>>,
    /// The name printed on the plan, if the person gives one; never sent anywhere.
    pub display_name: Stamped<String>,
    /// Request id → a feedback request the person sent (schema 4).
    pub feedback_requests: SortedMap<String, SentRequest>,
    /// Response id → feedback the person received (schema 4).
    pub feedback: SortedMap<String, ReceivedFeedback>,
}

impl Default for Profile {
    fn default() -> Self {
        Profile {
            schema: SCHEMA_VERSION,
            local_id: String::new(),
            skills: SortedMap::new(),
            current_role: Stamped::default(),
            target_role: Stamped::default(),
            shortlist: Flags::new(),
            plan: SortedMap::new(),
            snapshots: SortedMap::new(),
            preferences: Stamped::default(),
            dismissed: Flags::new(),
            hidden_mentors: Flags::new(),
            favourite_mentors: Flags::new(),
            self_mentor: Stamped::default(),
            seen_requirements: Stamped::default(),
            display_name: Stamped::default(),
            feedback_requests: SortedMap::new(),
            feedback: SortedMap::new(),
        }
    }
}

impl Profile {
    pub fn level(&self, skill_id: &str) -> Option<Level> {
        self.skills.get(skill_id).and_then(|entry| entry.level)
    }

    pub fn interest(&self, skill_id: &str) -> Option<Interest> {
        self.skills.get(skill_id).and_then(|entry| entry.interest)
    }

    fn entry_mut(&mut self, skill_id: &str, skill_name: &str, now: Millis) -> &mut SkillEntry {
        let entry = self
            .skills
            .get_or_insert_with(skill_id.to_owned(), SkillEntry::default);
        entry.name = skill_name.to_owned();
        entry.updated = now;
        entry
    }

    pub fn rate(&mut self, skill_id: &str, skill_name: &str, level: Option<Level>, now: Millis) {
        let entry = self.entry_mut(skill_id, skill_name, now);
        entry.level = level;
        entry.level_updated = now;
    }

    pub fn set_interest(
        &mut self,
        skill_id: &str,
        skill_name: &str,
        interest: Option<Interest>,
        now: Millis,
    ) {
        let entry = self.entry_mut(skill_id, skill_name, now);
        entry.interest = interest;
        entry.interest_updated = now;
    }

    pub fn set_note(&mut self, skill_id: &str, skill_name: &str, note: &str, now: Millis) {
        let entry = self.entry_mut(skill_id, skill_name, now);
        entry.note = note.to_owned();
        entry.note_updated = now;
    }

    pub fn add_skill(&mut self, skill_id: &str, skill_name: &str, now: Millis) {
        self.entry_mut(skill_id, skill_name, now).added = true;
    }

    pub fn remove_added_skill(&mut self, skill_id: &str, now: Millis) {
        if let Some(entry) = self.skills.get_mut(skill_id) {
            entry.added = false;
            entry.updated = now;
        }
    }

    /// Skills the user added beyond their roles, in id order.
    pub fn added_skills(&self) -> impl Iterator<Item = (&String, &SkillEntry)> {
        self.skills.iter().filter(|(_, e)| e.added)
    }

    pub fn set_target_role(&mut self, role_id: Option<String>, now: Millis) {
        self.target_role = Stamped::new(role_id, now);
    }

    pub fn set_current_role(&mut self, role_id: Option<String>, now: Millis) {
        self.current_role = Stamped::new(role_id, now);
    }

    pub fn set_flag(flags: &mut Flags, id: &str, on: bool, now: Millis) {
        flags.insert(id.to_owned(), Stamped::new(on, now));
    }

    pub fn shortlisted(&self) -> impl Iterator<Item = &String> {
        self.shortlist
            .iter()
            .filter(|(_, f)| f.value)
            .map(|(id, _)| id)
    }

    pub fn live_goals(&self) -> impl Iterator<Item = (&String, &Goal)> {
        self.plan.iter().filter(|(_, g)| !g.deleted)
    }

    pub fn live_snapshots(&self) -> impl Iterator<Item = (&String, &Snapshot)> {
        self.snapshots.iter().filter(|(_, s)| !s.deleted)
    }

    /// Feedback requests the person sent and has not deleted, in id order.
    pub fn live_feedback_requests(&self) -> impl Iterator<Item = (&String, &SentRequest)> {
        self.feedback_requests.iter().filter(|(_, r)| !r.deleted)
    }

    /// Feedback received and not deleted, in id order (see `domain::feedback::received_in_order`
    /// for the order received).
    pub fn live_feedback(&self) -> impl Iterator<Item = (&String, &ReceivedFeedback)> {
        self.feedback.iter().filter(|(_, f)| !f.deleted)
    }

    /// Clears levels outside `scale` (an import from another framework, or a tampered file):
    /// shown as "255" on a 0-5 scale they made a 100% fit. Reviewers' levels in received
    /// feedback become "can't judge". Returns how many levels were cleared, own and reviewers'.
    pub fn clear_levels_off_scale(&mut self, scale: &crate::scale::Scale) -> usize {
        let mut cleared = 0;
        for entry in self.skills.values_mut() {
            if entry.level.is_some_and(|l| !scale.contains(i64::from(l))) {
                // Left out, not set to "not rated": with no time it never wins a merge.
                entry.level = None;
                entry.level_updated = 0;
                cleared += 1;
            }
        }
        for goal in self.plan.values_mut() {
            if goal
                .target_level
                .is_some_and(|l| !scale.contains(i64::from(l)))
            {
                goal.target_level = None;
            }
        }
        for feedback in self.feedback.values_mut() {
            for answer in feedback.answers.values_mut() {
                if answer.level.is_some_and(|l| !scale.contains(i64::from(l))) {
                    answer.level = None;
                    cleared += 1;
                }
            }
        }
        cleared
    }

    /// Drops every goal's target date that is not a real `YYYY-MM-DD` day (a crafted share
    /// link or file, a tampered document): the plan's date field can neither show nor clear
    /// one, and the exports would write it. The goal keeps its time, so nothing else of it
    /// changes in a merge. Returns how many were dropped.
    pub fn drop_invalid_dates(&mut self) -> usize {
        let mut dropped = 0;
        for goal in self.plan.values_mut() {
            if goal.target_date.is_some() {
                let valid = stdx::time::valid_date(goal.target_date.take());
                dropped += usize::from(valid.is_none());
                goal.target_date = valid;
            }
        }
        dropped
    }

    /// Forgets everything last changed at or before `moment`: what a delete-all at that moment
    /// removed, as an open tab that did not hear of it still holds it.
    pub fn forget_up_to(&mut self, moment: Millis) {
        fn stamped<T: Default>(value: &mut Stamped<T>, moment: Millis) {
            if value.updated <= moment {
                *value = Stamped::default();
            }
        }
        // Field by field: a note written after the delete does not keep a level from before it.
        for entry in self.skills.values_mut() {
            if entry.level_updated <= moment {
                entry.level = None;
            }
            if entry.interest_updated <= moment {
                entry.interest = None;
            }
            if entry.note_updated <= moment {
                entry.note.clear();
            }
            if entry.updated <= moment {
                entry.added = false;
            }
        }
        self.skills
            .retain(|_, e| e.updated > moment && e.says_something());
        for goal in self.plan.values_mut() {
            goal.actions.retain(|_, a| a.updated > moment);
        }
        self.plan
            .retain(|_, g| g.updated > moment || !g.actions.is_empty());
        self.snapshots.retain(|_, s| s.updated > moment);
        self.feedback_requests.retain(|_, r| r.updated > moment);
        self.feedback.retain(|_, f| f.updated > moment);
        for flags in [
            &mut self.shortlist,
            &mut self.dismissed,
            &mut self.hidden_mentors,
            &mut self.favourite_mentors,
        ] {
            flags.retain(|_, f| f.updated > moment);
        }
        stamped(&mut self.current_role, moment);
        stamped(&mut self.target_role, moment);
        stamped(&mut self.preferences, moment);
        stamped(&mut self.self_mentor, moment);
        stamped(&mut self.seen_requirements, moment);
        stamped(&mut self.display_name, moment);
    }

    pub fn rated_count(&self) -> usize {
        self.skills.values().filter(|e| e.level.is_some()).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forgetting_up_to_a_delete_keeps_only_later_changes() {
        let mut p = Profile::default();
        p.rate("rust", "Rust", Some(3), 10);
        p.set_target_role(Some("backend".into()), 10);
        Profile::set_flag(&mut p.shortlist, "backend", true, 10);
        p.plan.insert(
            "g".into(),
            Goal {
                skill: "rust".into(),
                updated: 10,
                ..Goal::default()
            },
        );
        p.rate("sql", "SQL", Some(2), 30);
        p.rate("go", "Go", Some(4), 10);
        p.set_note("go", "Go", "written after the delete", 30);
        p.forget_up_to(20);
        assert_eq!(p.level("go"), None, "a later note keeps no earlier level");
        assert_eq!(p.skills["go"].note, "written after the delete");
        assert_eq!(p.level("rust"), None);
        assert!(!p.skills.contains_key("rust"));
        assert_eq!(p.level("sql"), Some(2));
        assert_eq!(p.target_role.value, None);
        assert!(p.shortlist.is_empty() && p.plan.is_empty());
    }

    #[test]
    fn forgetting_up_to_a_delete_covers_feedback_requests_and_answers() {
        use crate::feedback::test_support::{feed, names, request, response};
        use crate::feedback::{receive, record_request, FeedbackRequest};
        let feed = feed();
        let mut p = Profile::default();
        record_request(&mut p, &request(), 10);
        record_request(
            &mut p,
            &FeedbackRequest {
                id: "r-later".into(),
                ..request()
            },
            30,
        );
        let answer = response("f-1", "Bo", &[("sql", Some(3))]);
        receive(&mut p, &answer, &feed.scale, names(&feed), 15).unwrap();
        let mut later = response("f-2", "Cy", &[("sql", Some(3))]);
        later.request_id = "r-later".into();
        receive(&mut p, &later, &feed.scale, names(&feed), 35).unwrap();
        p.forget_up_to(20);
        assert_eq!(p.feedback_requests.keys().collect::<Vec<_>>(), ["r-later"]);
        assert_eq!(p.feedback.keys().collect::<Vec<_>>(), ["f-2"]);
    }

    #[test]
    fn levels_off_the_scale_are_cleared() {
        let mut p = Profile::default();
        p.rate("a", "A", Some(255), 50);
        p.rate("b", "B", Some(5), 50);
        assert_eq!(p.clear_levels_off_scale(&crate::scale::Scale::default()), 1);
        assert_eq!((p.level("a"), p.level("b")), (None, Some(5)));
        // A reviewer's level off the scale (an imported file) becomes "can't judge".
        let mut with_feedback = p.clone();
        let mut feedback = ReceivedFeedback::default();
        for (skill, level) in [("a", 7), ("b", 4)] {
            feedback.answers.insert(
                skill.into(),
                SkillAnswer {
                    level: Some(level),
                    comment: "kept".into(),
                },
            );
        }
        with_feedback.feedback.insert("f".into(), feedback);
        assert_eq!(
            with_feedback.clear_levels_off_scale(&crate::scale::Scale::default()),
            1
        );
        let answers = &with_feedback.feedback["f"].answers;
        assert_eq!((answers["a"].level, answers["b"].level), (None, Some(4)));
        assert_eq!(answers["a"].comment, "kept");
        // Merged into a profile that rated "a" earlier, the left-out level erases nothing.
        let mut mine = Profile::default();
        mine.rate("a", "A", Some(2), 10);
        assert_eq!(crate::profile::merge::merge(&mine, &p).level("a"), Some(2));
    }
}
