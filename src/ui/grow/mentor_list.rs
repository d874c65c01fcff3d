//! Mentor suggestions, as a keyed list of rows that keep their own state. The widget sends
//! nothing itself: a row opens the user's own mail or chat app.

use super::mentor_row::MentorRow;
use super::use_shown_gaps;
use crate::ui::keyed_rows::{keyed_rows, Row, Rows};
use crate::ui::profile_sync::use_profile;
use browser::clock::Mark;
use domain::i18n::k;
use domain::suggestions::mentors::suggest_mentors;
use leptos::prelude::*;
use shell::feed::use_feed;
use shell::i18n::use_i18n;
use std::sync::Arc;

const LIMIT: usize = 5;

#[component]
pub fn MentorList() -> impl IntoView {
    let profile = use_profile();
    let i18n = use_i18n();
    let loaded = use_feed();
    let gaps = use_shown_gaps();
    let suggestions = Memo::new(move |_| {
        let mark = Mark::start("skillgap:suggest-mentors");
        let list = profile.with(|p| suggest_mentors(loaded.feed(), p, &gaps.get(), LIMIT));
        mark.end();
        list
    });
    // A row stays the same row while the mentor and what they are suggested for stay the same,
    // however the list is re-ordered.
    let rows: Rows = Arc::new(move || {
        suggestions
            .get()
            .into_iter()
            .map(|s| {
                let covers: Vec<String> = s.covers.iter().map(usize::to_string).collect();
                let key = format!("{} {} {}", s.mentor, covers.join(","), s.shared_language);
                let first_gap =
                    gaps.with_untracked(|g| g.iter().find(|g| g.skill == s.covers[0]).cloned());
                Row::new(key, move || {
                    view! { <MentorRow suggestion=s first_gap=first_gap /> }.into_any()
                })
            })
            .collect()
    });
    view! {
        <div class="sg-card">
            <h3 class="sg-h3">{i18n.t(k::MENTOR_LIST_HEADING)}</h3>
            <p class="sg-muted">{i18n.t(k::MENTOR_LIST_INTRO)}</p>
            <Show
                when=move || suggestions.with(|s| !s.is_empty())
                fallback=move || {
                    view! { <p class="sg-muted">{i18n.t(k::MENTOR_LIST_NONE)}</p> }
                }
            >
                <ul class="sg-suggestions" data-testid="mentor-suggestions">
                    {keyed_rows(rows.clone())}
                </ul>
            </Show>
        </div>
    }
}
