//! Ratings of skills the feed no longer has: kept, and shown, never silently dropped.

use crate::ui::profile_sync::use_profile;
use domain::i18n::k;
use domain::profile::relink::missing_from_feed;
use leptos::prelude::*;
use shell::feed::use_feeds;
use shell::i18n::use_i18n;

#[component]
pub fn MissingSkills() -> impl IntoView {
    let profile = use_profile();
    let feeds = use_feeds();
    let i18n = use_i18n();
    let missing = Memo::new(move |_| {
        let Some(loaded) = feeds.loaded() else {
            return Vec::new();
        };
        profile.with(|p| {
            missing_from_feed(p, loaded.feed())
                .into_iter()
                .map(|(id, name)| {
                    let name = if name.is_empty() { id } else { name };
                    match p.level(id) {
                        Some(level) => i18n.tf(
                            k::ASSESS_MISSING_RATED,
                            &[("skill", name), ("level", &level.to_string())],
                        ),
                        None => i18n.tf(k::ASSESS_MISSING_UNRATED, &[("skill", name)]),
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || !missing.get().is_empty()>
            <div class="sg-card" data-testid="missing-skills">
                <h3 class="sg-h3">{i18n.t(k::ASSESS_MISSING_HEADING)}</h3>
                <p class="sg-muted">{i18n.t(k::ASSESS_MISSING_HINT)}</p>
                <ul>
                    {move || {
                        missing.get().into_iter().map(|m| view! { <li>{m}</li> }).collect_view()
                    }}
                </ul>
            </div>
        </Show>
    }
}
