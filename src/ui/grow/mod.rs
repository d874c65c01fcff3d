//! Suggestions the user can pull: resources and mentors for their priority gaps.

mod dismissed_list;
mod mentor_list;
mod mentor_row;
mod preferences_panel;
mod resource_list;
mod resource_row;

use crate::browser::clock::Mark;
use crate::domain::suggestions::{priority_gaps, PriorityGap};
use crate::ui::state::use_app_state;
use dismissed_list::DismissedList;
use leptos::prelude::*;
use mentor_list::MentorList;
use preferences_panel::PreferencesPanel;
use resource_list::ResourceList;

#[derive(Clone, Copy)]
struct PriorityGaps(Memo<Vec<PriorityGap>>);

/// The target role's priority gaps, computed once per change for all suggestion lists.
pub fn use_priority_gaps() -> Memo<Vec<PriorityGap>> {
    expect_context::<PriorityGaps>().0
}

/// Creates the shared priority-gaps memo; called once by the app root.
pub fn provide_priority_gaps() {
    let state = use_app_state();
    provide_context(PriorityGaps(Memo::new(move |_| {
        let Some(loaded) = state.loaded() else {
            return Vec::new();
        };
        let mark = Mark::start("skillgap:priority-gaps");
        let gaps = state.profile.with(|p| priority_gaps(loaded.feed(), p));
        mark.end();
        gaps
    })));
}

#[component]
pub fn GrowSection() -> impl IntoView {
    let gaps = use_priority_gaps();
    view! {
        <section class="sg-section" aria-labelledby="sg-grow-heading">
            <h2 id="sg-grow-heading" class="sg-h2">
                "Suggestions"
            </h2>
            <p class="sg-muted">
                "Options curated by your organisation, matched to your own priorities. Save what appeals to you, dismiss what does not, or simply ignore them: nothing is assigned and nothing is reported."
            </p>
            <Show
                when=move || !gaps.get().is_empty()
                fallback=|| {
                    view! {
                        <p class="sg-muted" data-testid="no-gaps">
                            "Choose a target role and rate its skills: suggestions appear for the gaps you find."
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
