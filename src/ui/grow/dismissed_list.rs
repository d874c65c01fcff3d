//! What the user dismissed or hid, so nothing disappears for good unless they want it to.

use crate::ui::profile_sync::use_profile;
use domain::i18n::k;
use domain::profile::{Profile, Stamped};
use leptos::prelude::*;
use shell::feed::use_feeds;
use shell::i18n::use_i18n;

#[component]
pub fn DismissedList() -> impl IntoView {
    let profile = use_profile();
    let feeds = use_feeds();
    let i18n = use_i18n();
    let entries = Memo::new(move |_| {
        let Some(loaded) = feeds.loaded() else {
            return Vec::new();
        };
        let feed = loaded.feed();
        profile.with(|p| {
            let title = |id: &str| {
                feed.resources
                    .iter()
                    .find(|r| r.id == id)
                    .map(|r| r.title.clone())
                    .or_else(|| {
                        feed.mentors
                            .iter()
                            .find(|m| m.id == id)
                            .map(|m| m.name.clone())
                    })
            };
            let mut list: Vec<(String, String, &'static str)> = Vec::new();
            for (id, flag) in &p.dismissed {
                if flag.value {
                    if let Some(t) = title(id) {
                        list.push((id.clone(), t, "dismissed"));
                    }
                }
            }
            for (id, flag) in &p.hidden_mentors {
                if flag.value {
                    if let Some(t) = title(id) {
                        list.push((id.clone(), t, "hidden"));
                    }
                }
            }
            if let Some(id) = &p.self_mentor.value {
                if let Some(t) = title(id) {
                    list.push((id.clone(), t, "me"));
                }
            }
            list
        })
    });
    view! {
        <Show when=move || !entries.get().is_empty()>
            <details class="sg-card" data-testid="dismissed">
                <summary class="sg-h3">
                    {move || {
                        i18n.tf(
                            k::GROW_DISMISSED_HEADING,
                            &[("count", &i18n.integer(entries.get().len() as i64))],
                        )
                    }}
                </summary>
                <ul>
                    {move || {
                        entries
                            .get()
                            .into_iter()
                            .map(|(id, title, why)| {
                                let label = match why {
                                    "me" => i18n.t(k::GROW_DISMISSED_NOT_ME),
                                    _ => i18n.t(k::GROW_DISMISSED_RESTORE),
                                };
                                view! {
                                    <li>
                                        {format!("{title} ")}
                                        <button
                                            type="button"
                                            class="sg-button sg-button-quiet"
                                            on:click=move |_| {
                                                let id = id.clone();
                                                profile
                                                    .edit(|p, now| match why {
                                                        "dismissed" => {
                                                            Profile::set_flag(&mut p.dismissed, &id, false, now)
                                                        }
                                                        "hidden" => {
                                                            Profile::set_flag(&mut p.hidden_mentors, &id, false, now)
                                                        }
                                                        _ => p.self_mentor = Stamped::new(None, now),
                                                    });
                                            }
                                        >
                                            {label}
                                            <span class="sg-visually-hidden">
                                                {format!(": {title}")}
                                            </span>
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </details>
        </Show>
    }
}
