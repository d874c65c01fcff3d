//! The user's own suggestion preferences: kinds, length, cost, languages, time zone.

use crate::domain::number::short;
use crate::domain::profile::Preferences;
use crate::domain::sorted_map::SortedSet;
use crate::ui::state::{use_app_state, use_feed};
use leptos::prelude::*;

const DURATIONS: [(u32, &str); 5] = [
    (60, "Up to 1 hour"),
    (240, "Up to 4 hours"),
    (480, "Up to a day"),
    (1200, "Up to 20 hours"),
    (2400, "Up to 40 hours"),
];

#[component]
pub fn PreferencesPanel() -> impl IntoView {
    let state = use_app_state();
    let loaded = use_feed();
    let feed = loaded.feed();
    let kinds: Vec<String> = feed
        .resource_kinds()
        .into_iter()
        .map(str::to_owned)
        .collect();
    let languages: SortedSet<String> = feed
        .resources
        .iter()
        .map(|r| r.language.clone())
        .chain(feed.mentors.iter().flat_map(|m| m.languages.clone()))
        .filter(|l| !l.is_empty())
        .collect();
    let prefs = move || state.profile.with(|p| p.preferences.value.clone());
    let change = move |f: Box<dyn FnOnce(&mut Preferences)>| {
        state.edit(|p, now| {
            let mut value = p.preferences.value.clone();
            f(&mut value);
            p.preferences = crate::domain::profile::Stamped::new(value, now);
        })
    };
    let kind_boxes = kinds
        .into_iter()
        .map(|kind| {
            let label = kind.replace('-', " ");
            let k1 = kind.clone();
            view! {
                <label class="sg-chip">
                    <input
                        type="checkbox"
                        prop:checked=move || prefs().kinds.contains(&k1)
                        on:change=move |ev| {
                            let (on, kind) = (event_target_checked(&ev), kind.clone());
                            change(
                                Box::new(move |p| {
                                    if on {
                                        p.kinds.insert(kind);
                                    } else {
                                        p.kinds.remove(&kind);
                                    }
                                }),
                            );
                        }
                    />
                    {format!(" {label}")}
                </label>
            }
        })
        .collect_view();
    let language_boxes = languages
        .into_iter()
        .map(|language| {
            let l1 = language.clone();
            let text = format!(" {language}");
            view! {
                <label class="sg-chip">
                    <input
                        type="checkbox"
                        prop:checked=move || prefs().languages.contains(&l1)
                        on:change=move |ev| {
                            let (on, language) = (event_target_checked(&ev), language.clone());
                            change(
                                Box::new(move |p| {
                                    if on {
                                        p.languages.insert(language);
                                    } else {
                                        p.languages.remove(&language);
                                    }
                                }),
                            );
                        }
                    />
                    {text}
                </label>
            }
        })
        .collect_view();
    view! {
        <details class="sg-card sg-preferences" data-testid="preferences">
            <summary class="sg-h3">"My preferences"</summary>
            <fieldset class="sg-plain">
                <legend>"Kinds I like (none ticked: all)"</legend>
                <div class="sg-chips">{kind_boxes}</div>
            </fieldset>
            <div class="sg-field sg-field-inline">
                <label for="sg-max-duration">"Longest I want"</label>
                <select
                    id="sg-max-duration"
                    class="sg-select"
                    data-testid="max-duration"
                    prop:value=move || {
                        prefs().max_duration_minutes.map_or(String::new(), |m| m.to_string())
                    }
                    on:change=move |ev| {
                        let value = event_target_value(&ev).parse::<u32>().ok();
                        change(Box::new(move |p| p.max_duration_minutes = value));
                    }
                >
                    <option value="">"Any length"</option>
                    {DURATIONS
                        .iter()
                        .map(|(m, label)| view! { <option value=m.to_string()>{*label}</option> })
                        .collect_view()}
                </select>
            </div>
            <label class="sg-chip">
                <input
                    type="checkbox"
                    data-testid="free-only"
                    prop:checked=move || prefs().free_only
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        change(Box::new(move |p| p.free_only = on));
                    }
                />
                " Free only"
            </label>
            <fieldset class="sg-plain">
                <legend>"Languages I read and speak (none ticked: all)"</legend>
                <div class="sg-chips">{language_boxes}</div>
            </fieldset>
            <div class="sg-field sg-field-inline">
                <label for="sg-utc-offset">"My time zone"</label>
                <select
                    id="sg-utc-offset"
                    class="sg-select"
                    prop:value=move || {
                        prefs().utc_offset.map_or(String::new(), |o| short(f64::from(o)))
                    }
                    on:change=move |ev| {
                        let value = event_target_value(&ev).parse::<i8>().ok().map(f32::from);
                        change(Box::new(move |p| p.utc_offset = value));
                    }
                >
                    <option value="">"Not set"</option>
                    {(-12..=14)
                        .map(|h| {
                            view! {
                                <option value=h
                                    .to_string()>
                                    {format!("UTC{}{h}", if h >= 0 { "+" } else { "" })}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
        </details>
    }
}
