//! Taking ratings from someone's shared profile into one's own: a preview of what would change,
//! "add what I lack" (never lowers, changes or erases anything of mine), "replace" only on an
//! explicit choice, and an undo that puts back exactly what the import changed.

use super::SharedProfile;
use crate::profile::model::{Profile, Stamped};
use crate::scale::{Level, Scale};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportMode {
    /// Only skills I have not rated, a target role if I have none, goals for skills I have no
    /// goal for. My ratings, notes and target never change.
    AddWhatILack,
    /// Their level wherever they rated a skill, and their target role. My notes stay.
    Replace,
}

/// What importing would do to one skill the link rates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkillChange {
    pub skill: String,
    pub mine: Option<Level>,
    pub theirs: Level,
}

impl SkillChange {
    /// Whether `mode` would change my rating of this skill.
    pub fn changes_under(&self, mode: ImportMode) -> bool {
        match mode {
            ImportMode::AddWhatILack => self.mine.is_none(),
            ImportMode::Replace => self.mine != Some(self.theirs),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportPreview {
    /// One line per skill the link rates with a level on this framework's scale, in the
    /// link's order.
    pub skills: Vec<SkillChange>,
    /// Levels the link gives outside this framework's scale: never imported.
    pub out_of_scale: usize,
}

pub fn preview(mine: &Profile, shared: &SharedProfile, scale: &Scale) -> ImportPreview {
    let mut preview = ImportPreview::default();
    for (skill, &theirs) in &shared.levels {
        if !scale.contains(i64::from(theirs)) {
            preview.out_of_scale += 1;
            continue;
        }
        preview.skills.push(SkillChange {
            skill: skill.clone(),
            mine: mine.level(skill),
            theirs,
        });
    }
    preview
}

/// What an import changed, to be put back by [`undo_import`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportUndo {
    /// Each changed skill: its level before, and the level the import gave it.
    skills: Vec<(String, Option<Level>, Level)>,
    /// The target role before, and the one the import set.
    target_role: Option<(Option<String>, Option<String>)>,
    goals_added: Vec<String>,
    /// When the import happened: goals changed since are the user's own and stay.
    at: u64,
}

impl ImportUndo {
    pub fn is_empty(&self) -> bool {
        self.skills.is_empty() && self.target_role.is_none() && self.goals_added.is_empty()
    }

    pub fn skills_changed(&self) -> usize {
        self.skills.len()
    }
}

/// Applies the import to `profile` and returns how to undo it.
pub fn apply_import(
    profile: &mut Profile,
    shared: &SharedProfile,
    scale: &Scale,
    mode: ImportMode,
    now: u64,
) -> ImportUndo {
    let mut undo = ImportUndo {
        at: now,
        ..ImportUndo::default()
    };
    for change in preview(profile, shared, scale).skills {
        if !change.changes_under(mode) {
            continue;
        }
        undo.skills
            .push((change.skill.clone(), change.mine, change.theirs));
        let name = profile
            .skills
            .get(&change.skill)
            .map(|e| e.name.clone())
            .unwrap_or_default();
        profile.rate(&change.skill, &name, Some(change.theirs), now);
    }
    let takes_target = match mode {
        ImportMode::AddWhatILack => profile.target_role.value.is_none(),
        ImportMode::Replace => profile.target_role.value != shared.target_role,
    };
    if takes_target && shared.target_role.is_some() {
        undo.target_role = Some((
            profile.target_role.value.clone(),
            shared.target_role.clone(),
        ));
        profile.set_target_role(shared.target_role.clone(), now);
    }
    for (i, goal) in shared.goals.iter().enumerate() {
        // One goal per skill; goals of one's own are told apart by their title.
        if profile
            .live_goals()
            .any(|(_, g)| g.skill == goal.skill && g.title.trim() == goal.title.trim())
        {
            continue;
        }
        let id = format!("shared-{now}-{i:05}");
        let mut taken = super::goal_from_shared(goal, now);
        taken.target_level = taken.target_level.filter(|&l| scale.contains(i64::from(l)));
        profile.plan.insert(id.clone(), taken);
        undo.goals_added.push(id);
    }
    undo
}

/// Puts back what the import changed and nothing else: a level only while it is still the
/// imported one, the target only while it is still the imported one, a goal only while the
/// user has not touched it. Notes and interests were never changed, so they stay as they are
/// now. Restored values are stamped `now`, so they also win over the import in other tabs.
pub fn undo_import(profile: &mut Profile, undo: &ImportUndo, now: u64) {
    for (skill, before, imported) in &undo.skills {
        if profile.level(skill) != Some(*imported) {
            continue;
        }
        let name = profile
            .skills
            .get(skill)
            .map(|e| e.name.clone())
            .unwrap_or_default();
        profile.rate(skill, &name, *before, now);
    }
    if let Some((before, imported)) = &undo.target_role {
        if profile.target_role.value == *imported {
            profile.target_role = Stamped::new(before.clone(), now);
        }
    }
    for id in &undo.goals_added {
        if let Some(goal) = profile.plan.get_mut(id).filter(|g| g.updated == undo.at) {
            goal.deleted = true;
            goal.updated = now;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::share::SharedGoal;

    fn mine() -> Profile {
        let mut p = Profile::default();
        p.rate("javascript", "JavaScript", Some(5), 10);
        p.set_note("javascript", "JavaScript", "my own evidence", 10);
        p.rate("sql", "SQL", Some(2), 10);
        p.set_target_role(Some("senior-engineer".into()), 10);
        p
    }

    fn theirs() -> SharedProfile {
        let mut shared = SharedProfile {
            target_role: Some("data-analyst".into()),
            ..SharedProfile::default()
        };
        shared.levels.insert("javascript".into(), 0);
        shared.levels.insert("python".into(), 3);
        shared.levels.insert("sql".into(), 2);
        shared.levels.insert("statistics".into(), 255);
        shared.goals.push(SharedGoal {
            skill: "python".into(),
            target_level: Some(4),
            target_date: None,
            status: Default::default(),
            ..Default::default()
        });
        shared
    }

    #[test]
    fn the_preview_shows_mine_and_theirs_and_drops_levels_off_the_scale() {
        let preview = preview(&mine(), &theirs(), &Scale::default());
        assert_eq!(preview.out_of_scale, 1);
        let lines: Vec<_> = preview
            .skills
            .iter()
            .map(|c| (c.skill.as_str(), c.mine, c.theirs))
            .collect();
        assert_eq!(
            lines,
            [
                ("javascript", Some(5), 0),
                ("python", None, 3),
                ("sql", Some(2), 2)
            ]
        );
    }

    #[test]
    fn adding_what_i_lack_never_lowers_erases_or_retargets() {
        let mut profile = mine();
        let undo = apply_import(
            &mut profile,
            &theirs(),
            &Scale::default(),
            ImportMode::AddWhatILack,
            20,
        );
        assert_eq!(profile.level("javascript"), Some(5));
        assert_eq!(
            profile.skills.get("javascript").unwrap().note,
            "my own evidence"
        );
        assert_eq!(profile.level("python"), Some(3));
        assert_eq!(
            profile.level("statistics"),
            None,
            "255 is not on a 0-5 scale"
        );
        assert_eq!(
            profile.target_role.value.as_deref(),
            Some("senior-engineer")
        );
        assert_eq!(profile.live_goals().count(), 1);
        assert_eq!(undo.skills_changed(), 1);
    }

    #[test]
    fn replacing_takes_their_levels_and_target_but_keeps_my_notes() {
        let mut profile = mine();
        apply_import(
            &mut profile,
            &theirs(),
            &Scale::default(),
            ImportMode::Replace,
            20,
        );
        assert_eq!(profile.level("javascript"), Some(0));
        assert_eq!(
            profile.skills.get("javascript").unwrap().note,
            "my own evidence"
        );
        assert_eq!(profile.target_role.value.as_deref(), Some("data-analyst"));
    }

    #[test]
    fn undo_restores_exactly_what_the_import_changed_and_keeps_later_edits() {
        for mode in [ImportMode::AddWhatILack, ImportMode::Replace] {
            let before = mine();
            let mut profile = before.clone();
            let undo = apply_import(&mut profile, &theirs(), &Scale::default(), mode, 20);
            profile.rate("rust", "Rust", Some(1), 25); // an edit after the import
            profile.set_note("python", "Python", "my own words, after the import", 26);
            undo_import(&mut profile, &undo, 30);
            for skill in ["javascript", "sql", "python", "statistics"] {
                assert_eq!(
                    profile.level(skill),
                    before.level(skill),
                    "{mode:?} {skill}"
                );
            }
            assert_eq!(
                profile.skills.get("javascript").unwrap().note,
                "my own evidence"
            );
            assert_eq!(profile.target_role.value, before.target_role.value);
            assert_eq!(profile.live_goals().count(), 0);
            assert_eq!(profile.level("rust"), Some(1));
            assert_eq!(
                profile.skills["python"].note,
                "my own words, after the import"
            );
            // The restored values are newer than the imported ones, so they win a merge.
            assert_eq!(profile.skills.get("python").unwrap().level_updated, 30);
        }
    }

    #[test]
    fn undo_leaves_a_level_or_target_the_user_changed_after_the_import() {
        let mut profile = mine();
        let undo = apply_import(
            &mut profile,
            &theirs(),
            &Scale::default(),
            ImportMode::Replace,
            20,
        );
        profile.rate("javascript", "JavaScript", Some(3), 25);
        profile.set_target_role(Some("platform-engineer".into()), 25);
        undo_import(&mut profile, &undo, 30);
        assert_eq!(profile.level("javascript"), Some(3));
        assert_eq!(
            profile.target_role.value.as_deref(),
            Some("platform-engineer")
        );
        assert_eq!(
            profile.level("python"),
            None,
            "untouched since the import: undone"
        );
    }
}
