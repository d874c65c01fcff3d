//! Which skill shows its level guide: every level with its description, so a person compares
//! "3" with "4" before choosing. One skill at a time keeps a 300-skill role at one line per
//! skill.
//!
//! Until the user opens or rates a skill, the guide sits on the first unrated skill of the
//! target role and moves on as they rate: the guided path through a long role.

use crate::ui::profile_sync::{use_profile, ProfileState};
use domain::feed::{Feed, SkillIdx};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct OpenSkill {
    /// `None` until the user opens, closes or rates a skill; then their choice (possibly none).
    chosen: RwSignal<Option<Option<SkillIdx>>>,
    first_unrated: Memo<Option<SkillIdx>>,
    role_skills: Memo<Vec<SkillIdx>>,
    profile: ProfileState,
}

impl OpenSkill {
    /// Called once by the section with the target role's skills in the order shown.
    pub fn provide(role_skills: Memo<Vec<SkillIdx>>) {
        let profile = use_profile();
        let loaded = shell::feed::use_feed();
        let first_unrated = Memo::new(move |_| {
            let feed = loaded.feed();
            profile.with(|p| {
                role_skills.with(|skills| {
                    skills
                        .iter()
                        .copied()
                        .find(|&s| p.level(&feed.skills[s].id).is_none())
                })
            })
        });
        provide_context(OpenSkill {
            chosen: RwSignal::new(None),
            first_unrated,
            role_skills,
            profile,
        });
    }

    pub fn use_context() -> Self {
        expect_context::<OpenSkill>()
    }

    /// The skill whose guide is open, read reactively.
    pub fn current(self) -> Option<SkillIdx> {
        self.chosen
            .get()
            .unwrap_or_else(|| self.first_unrated.get())
    }

    pub fn current_untracked(self) -> Option<SkillIdx> {
        self.chosen
            .get_untracked()
            .unwrap_or_else(|| self.first_unrated.get_untracked())
    }

    pub fn open(self, skill: SkillIdx) {
        if self.current_untracked() != Some(skill) || self.chosen.get_untracked().is_none() {
            self.chosen.set(Some(Some(skill)));
        }
    }

    /// After a rating by pointer: the guide moves to the next unrated skill of the target role
    /// below `skill`, so rating a long role is one click per skill. A skill outside the role
    /// keeps its guide. (Keyboard ratings never move it: arrows change the level step by step.)
    pub fn advance_from(self, skill: SkillIdx, feed: &Feed) {
        let next = self.role_skills.with_untracked(|skills| {
            let position = skills.iter().position(|&s| s == skill)?;
            Some(self.profile.with_untracked(|p| {
                skills[position + 1..]
                    .iter()
                    .copied()
                    .find(|&s| p.level(&feed.skills[s].id).is_none())
            }))
        });
        self.chosen.set(Some(next.unwrap_or(Some(skill))));
    }

    /// Opens `skill`'s guide, or closes it if it is the open one.
    pub fn toggle(self, skill: SkillIdx) {
        let next = (self.current_untracked() != Some(skill)).then_some(skill);
        self.chosen.set(Some(next));
    }
}
