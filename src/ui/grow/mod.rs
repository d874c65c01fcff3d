//! Suggestions the user can pull: resources and mentors for their priority gaps.

mod dismissed_list;
mod mentor_list;
mod mentor_row;
mod preferences_panel;
mod resource_list;
mod resource_row;

use crate::ui::navigation::use_navigation;
use crate::ui::profile_sync::use_profile;
use browser::clock::Mark;
use dismissed_list::DismissedList;
use domain::i18n::k;
use domain::suggestions::{priority_gaps, PriorityGap};
use leptos::prelude::*;
use mentor_list::MentorList;
use preferences_panel::PreferencesPanel;
use resource_list::ResourceList;
use shell::feed::use_feeds;
use shell::i18n::use_i18n;

#[derive(Clone, Copy)]
struct PriorityGaps(Memo<Vec<PriorityGap>>);

/// The target role's priority gaps, computed once per change for all suggestion lists.
pub fn use_priority_gaps() -> Memo<Vec<PriorityGap>> {
    expect_context::<PriorityGaps>().0
}

/// Creates the shared priority-gaps memo; called once by the app root.
pub fn provide_priority_gaps() {
    let profile = use_profile();
    let feeds = use_feeds();
    provide_context(PriorityGaps(Memo::new(move |_| {
        let Some(loaded) = feeds.loaded() else {
            return Vec::new();
        };
        let mark = Mark::start("skillgap:priority-gaps");
        let gaps = profile.with(|p| priority_gaps(loaded.feed(), p));
        mark.end();
        gaps
    })));
}

#[derive(Clone, Copy)]
struct ShownGaps(Memo<Vec<PriorityGap>>);

/// The gaps the suggestion lists show: all priority gaps, or only the one the user asked
/// about with "Find resources".
fn use_shown_gaps() -> Memo<Vec<PriorityGap>> {
    expect_context::<ShownGaps>().0
}

#[component]
pub fn GrowSection() -> impl IntoView {
    let profile = use_profile();
    let nav = use_navigation();
    let feeds = use_feeds();
    let i18n = use_i18n();
    let all_gaps = use_priority_gaps();
    let focus_name = move || {
        let loaded = feeds.loaded()?;
        let feed = loaded.feed();
        let skill = feed.skill_by_id(nav.suggestion_focus.get()?.as_str())?;
        Some(feed.skills[skill].name.clone())
    };
    let gaps = Memo::new(move |_| {
        let focus = nav.suggestion_focus.get();
        let loaded = feeds.loaded();
        match (focus, loaded) {
            (Some(id), Some(loaded)) => {
                let Some(skill) = loaded.feed().skill_by_id(&id) else {
                    return all_gaps.get();
                };
                all_gaps.with(|g| g.iter().filter(|g| g.skill == skill).cloned().collect())
            }
            _ => all_gaps.get(),
        }
    });
    provide_context(ShownGaps(gaps));
    // Why there is nothing to suggest: no target yet, or nothing rated below it.
    let no_gaps_text = move || {
        let loaded = feeds.loaded()?;
        let feed = loaded.feed();
        let target = profile.with(|p| p.target_role.value.clone());
        Some(match target.as_deref().and_then(|t| feed.role_by_id(t)) {
            None => i18n.t(k::GROW_NO_TARGET),
            Some(role) => i18n.tf(k::GROW_NO_GAPS, &[("role", &feed.roles[role].name)]),
        })
    };
    view! {
        <section class="sg-section" aria-labelledby="sg-grow-heading">
            <h2 id="sg-grow-heading" class="sg-h2" tabindex="-1">
                {i18n.t(k::GROW_HEADING)}
            </h2>
            {move || {
                focus_name()
                    .map(|name| {
                        view! {
                            <div class="sg-note" data-testid="suggestion-focus">
                                <p>{i18n.tf(k::GROW_FOCUS, &[("skill", &name)])}</p>
                                <button
                                    type="button"
                                    class="sg-button sg-button-quiet"
                                    on:click=move |_| nav.suggestion_focus.set(None)
                                >
                                    {i18n.t(k::GROW_FOCUS_CLEAR)}
                                </button>
                            </div>
                        }
                    })
            }}
            <p class="sg-muted">{i18n.t(k::GROW_INTRO)}</p>
            <Show
                when=move || !gaps.get().is_empty()
                fallback=move || {
                    view! {
                        <p class="sg-muted" data-testid="no-gaps">
                            {no_gaps_text}
                        </p>
                    }
                }
            >
                <PreferencesPanel />
                <ResourceList />
                <MentorList />
                <DismissedList />
            </Show>
        </section>
    }
}
