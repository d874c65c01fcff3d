//! The user's own suggestion preferences: kinds, length, cost, languages, time zone.

use crate::ui::profile_sync::use_profile;
use domain::i18n::k;
use domain::profile::Preferences;
use domain::suggestions::resources::kind_label;
use leptos::prelude::*;
use shell::feed::use_feed;
use shell::i18n::{use_i18n, I18n};
use stdx::number::short;
use stdx::sorted_map::SortedSet;

/// The longest lengths offered, in minutes.
const DURATIONS: [u32; 5] = [60, 240, 480, 1200, 2400];

/// "Up to 4 hours"; a working day as such.
fn duration_label(i18n: I18n, minutes: u32) -> String {
    if minutes == 480 {
        i18n.t(k::GROW_PREFS_UP_TO_A_DAY)
    } else {
        i18n.plural(k::GROW_PREFS_UP_TO_HOURS, (minutes / 60) as usize, &[])
    }
}

#[component]
pub fn PreferencesPanel() -> impl IntoView {
    let profile = use_profile();
    let i18n = use_i18n();
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
    let prefs = move || profile.with(|p| p.preferences.value.clone());
    let change = move |f: Box<dyn FnOnce(&mut Preferences)>| {
        profile.edit(|p, now| {
            let mut value = p.preferences.value.clone();
            f(&mut value);
            p.preferences = domain::profile::Stamped::new(value, now);
        })
    };
    let kind_boxes = kinds
        .into_iter()
        .map(|kind| {
            let label = i18n.with(|tr| kind_label(&kind, tr));
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
            let text = format!(" {}", i18n.language_name(&language));
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
            <summary class="sg-h3">{i18n.t(k::GROW_PREFS_HEADING)}</summary>
            <fieldset class="sg-plain">
                <legend>{i18n.t(k::GROW_PREFS_KINDS)}</legend>
                <div class="sg-chips">{kind_boxes}</div>
            </fieldset>
            <div class="sg-field sg-field-inline">
                <label for="sg-max-duration">{i18n.t(k::GROW_PREFS_LONGEST)}</label>
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
                    <option value="">{i18n.t(k::GROW_PREFS_ANY_LENGTH)}</option>
                    {DURATIONS
                        .iter()
                        .map(|m| {
                            view! {
                                <option value=m.to_string()>{duration_label(i18n, *m)}</option>
                            }
                        })
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
                {format!(" {}", i18n.t(k::GROW_PREFS_FREE_ONLY))}
            </label>
            <fieldset class="sg-plain">
                <legend>{i18n.t(k::GROW_PREFS_LANGUAGES)}</legend>
                <div class="sg-chips">{language_boxes}</div>
            </fieldset>
            <div class="sg-field sg-field-inline">
                <label for="sg-utc-offset">{i18n.t(k::GROW_PREFS_TIME_ZONE)}</label>
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
                    <option value="">{i18n.t(k::GROW_PREFS_NOT_SET)}</option>
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
