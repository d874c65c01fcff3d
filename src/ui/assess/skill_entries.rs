//! What the user said about each skill on screen, one signal per skill.
//!
//! A role can list dozens of skills, each with several controls. If every control read the
//! whole profile, every rating would wake all of them; here one effect compares each watched
//! skill's entry with the profile and sets only the signals whose entry changed.

use crate::ui::profile_sync::use_profile;
use domain::profile::SkillEntry;
use leptos::prelude::*;

/// The target and current roles (feed indexes), read by every rating row to mark the level
/// each asks for. A memo, so the rows wake only when a role changes, not on every rating.
#[derive(Clone, Copy)]
pub struct ChosenRoles(pub Memo<(Option<usize>, Option<usize>)>);

impl ChosenRoles {
    pub fn provide() {
        let profile = use_profile();
        let loaded = shell::feed::use_feed();
        provide_context(ChosenRoles(Memo::new(move |_| {
            let feed = loaded.feed();
            profile.with(|p| {
                let find = |id: &Option<String>| id.as_deref().and_then(|id| feed.role_by_id(id));
                (find(&p.target_role.value), find(&p.current_role.value))
            })
        })));
    }
}

#[derive(Clone, Copy)]
pub struct SkillEntries {
    watched: StoredValue<Vec<(String, RwSignal<Option<SkillEntry>>)>>,
}

impl SkillEntries {
    /// Provides the store and the effect that keeps it current; called once by the section.
    pub fn provide() {
        let profile = use_profile();
        let entries = SkillEntries {
            watched: StoredValue::new(Vec::new()),
        };
        Effect::new(move |_| {
            profile.with(|profile| {
                entries.watched.with_value(|watched| {
                    for (id, signal) in watched {
                        let entry = profile.skills.get(id);
                        if signal.with_untracked(|current| current.as_ref() != entry) {
                            signal.set(entry.cloned());
                        }
                    }
                })
            })
        });
        provide_context(entries);
    }

    /// The entry of `skill_id`, kept current while the calling component lives.
    pub fn watch(skill_id: &str) -> RwSignal<Option<SkillEntry>> {
        let entries = expect_context::<SkillEntries>();
        let profile = use_profile();
        let initial = profile.with_untracked(|p| p.skills.get(skill_id).cloned());
        let signal = RwSignal::new(initial);
        entries
            .watched
            .update_value(|watched| watched.push((skill_id.to_owned(), signal)));
        on_cleanup(move || {
            entries
                .watched
                .update_value(|watched| watched.retain(|(_, s)| *s != signal));
        });
        signal
    }
}
