//! One skill on one line: its name, the level the chosen roles ask for, a radio group over the
//! scale, and two disclosures: the level guide (every level's description) and the details
//! (interest, note). Only what the user opens is built, so a 340-skill role stays light.

use super::level_guide::{anchor_id, LevelGuide};
use super::open_skill::OpenSkill;
use super::skill_details::SkillDetails;
use super::skill_entries::{ChosenRoles, SkillEntries};
use crate::ui::profile_sync::use_profile;
use domain::feed::SkillIdx;
use domain::i18n::{isolate, k, Direction};
use domain::scale::Level;
use leptos::prelude::*;
use shell::feed::use_feed;
use shell::i18n::use_i18n;
use shell::notifier::use_notifier;
use std::sync::Arc;
use stdx::dom_id::dom_id;
use wasm_bindgen::JsCast;

#[component]
pub fn SkillRating(skill: SkillIdx, removable: bool) -> impl IntoView {
    let profile = use_profile();
    let notifier = use_notifier();
    let loaded = use_feed();
    let open = OpenSkill::use_context();
    let i18n = use_i18n();
    let tr = i18n.translator();
    let feed = loaded.feed();
    let skill_idx = skill;
    let skill = feed.skills[skill].clone();
    let scale = feed.scale.clone();
    let id = skill.id.clone();
    let dom_id = format!("sg-skill-{}", dom_id(&id));
    let group = format!("{dom_id}-level");
    let name_id = format!("{dom_id}-name");
    let asked_id = format!("{dom_id}-asked");

    let entry = SkillEntries::watch(&id);
    // The level the target role (and the current role) asks for, marked on the scale. Read
    // once: the rows are rebuilt when either role changes (`rating_list::skill_rows`).
    let (target, current_role) = expect_context::<ChosenRoles>().0.get_untracked();
    let requirement_in = |role: usize| {
        feed.roles[role]
            .requirements
            .iter()
            .find(|r| r.skill == skill_idx)
            .map(|r| (feed.roles[role].name.as_str(), r.level, r.importance))
    };
    let asked_target = target.and_then(requirement_in);
    let asked_current = current_role
        .filter(|&c| Some(c) != target)
        .and_then(requirement_in);
    let essential = asked_target.is_some_and(|(_, _, importance)| importance.is_essential());
    let asked_level = asked_target.map(|(_, level, _)| level);
    let mut guide_notes = Vec::new();
    if let Some((role, level, _)) = asked_target {
        guide_notes.push((level, tr.tf(k::ASSESS_GUIDE_TARGET_ASKS, &[("role", role)])));
    }
    if let Some((role, level, _)) = asked_current {
        guide_notes.push((
            level,
            tr.tf(k::ASSESS_GUIDE_CURRENT_ASKS, &[("role", role)]),
        ));
    }
    let asked_text = match (asked_target, asked_current) {
        (Some((target, target_level, _)), Some((current, current_level, _))) => Some(tr.tf(
            k::ASSESS_RATING_ASKED_BOTH,
            &[
                ("target", target),
                ("target_level", &scale.name_in(target_level, &tr)),
                ("current", current),
                ("current_level", &scale.name_in(current_level, &tr)),
            ],
        )),
        (Some((role, level, _)), None) => Some(tr.tf(
            k::ASSESS_RATING_ASKED_TARGET,
            &[("role", role), ("level", &scale.name_in(level, &tr))],
        )),
        (None, Some((role, level, _))) => Some(tr.tf(
            k::ASSESS_RATING_ASKED_CURRENT,
            &[("role", role), ("level", &scale.name_in(level, &tr))],
        )),
        (None, None) => None,
    };

    let current = Memo::new(move |_| entry.with(|e| e.as_ref().and_then(|e| e.level)));
    let is_open = move || open.current() == Some(skill_idx);
    let details_open = RwSignal::new(false);
    // Whether the last press on the levels came from a pointer: only then does the guide move
    // on to the next skill after a rating (arrow keys rate step by step).
    let by_pointer = StoredValue::new(false);

    let rate: Arc<dyn Fn(Option<Level>) + Send + Sync> = {
        let (id, name) = (skill.id.clone(), skill.name.clone());
        let scale = scale.clone();
        let loaded = loaded.clone();
        Arc::new(move |level: Option<Level>| {
            profile.edit(|p, now| p.rate(&id, &name, level, now));
            notifier.announce(match level {
                Some(l) => i18n.tf(
                    k::ASSESS_RATING_ANNOUNCE,
                    &[
                        ("skill", &name),
                        ("level", &l.to_string()),
                        ("label", &i18n.with(|tr| scale.label_in(l, tr))),
                    ],
                ),
                None => i18n.tf(k::ASSESS_RATING_ANNOUNCE_UNRATED, &[("skill", &name)]),
            });
            if by_pointer.get_value() && level.is_some() {
                open.advance_from(skill_idx, loaded.feed());
            } else {
                open.open(skill_idx);
            }
            by_pointer.set_value(false);
        })
    };

    let options = std::iter::once(None)
        .chain(scale.levels.iter().map(|l| Some(l.level)))
        .map(|level| {
            let input_id = format!(
                "{group}-{}",
                level.map_or("none".to_owned(), |l| l.to_string())
            );
            // The pill shows the number ("Not rated" a dash, drawn by the style sheet); the input is
            // named in full. Two elements per level: a 340-skill role builds thousands of them.
            let shown = level.map(|l| l.to_string()).unwrap_or_default();
            let name = level.map_or_else(
                || tr.t(k::ASSESS_RATING_NOT_RATED).to_owned(),
                |l| scale.name_in(l, &tr),
            );
            let class = match level {
                None => "sg-level sg-level-none",
                Some(_) if level == asked_level => "sg-level sg-level-asked",
                Some(_) => "sg-level",
            };
            let described_by = level.map(|l| anchor_id(&group, l));
            let rate = rate.clone();
            view! {
                <input
                    type="radio"
                    id=input_id.clone()
                    name=group.clone()
                    aria-label=name.clone()
                    aria-describedby=described_by
                    prop:checked=move || current.get() == level
                    on:change=move |_| rate(level)
                />
                <label for=input_id class=class title=name>
                    {shown}
                </label>
            }
        })
        .collect_view();

    let chosen_text = {
        let scale = scale.clone();
        move || match current.get() {
            None => i18n.t(k::ASSESS_RATING_NOT_RATED),
            Some(level) => i18n.with(|tr| scale.name_in(level, tr)),
        }
    };
    let details_summary = move || {
        entry.with(|e| {
            let mut parts = Vec::new();
            if let Some(interest) = e.as_ref().and_then(|e| e.interest) {
                parts.push(i18n.t(interest.label_key()));
            }
            if e.as_ref().is_some_and(|e| !e.note.trim().is_empty()) {
                parts.push(i18n.t(k::ASSESS_RATING_NOTE_WRITTEN));
            }
            parts
                .into_iter()
                .map(|p| format!(" · {p}"))
                .collect::<String>()
        })
    };
    // Keyboard focus arriving in the row opens its guide; a pointer opens it by rating or by
    // the button, never on press, so nothing moves between press and release.
    let focus_in = move |ev: leptos::ev::FocusEvent| {
        let by_keyboard = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| el.matches(":focus-visible").unwrap_or(false));
        if by_keyboard {
            open.open(skill_idx);
        }
    };
    let choose_from_guide: Arc<dyn Fn(Level) + Send + Sync> = {
        let rate = rate.clone();
        Arc::new(move |level| {
            by_pointer.set_value(true);
            rate(Some(level));
        })
    };
    let guide_id = format!("{dom_id}-guide");
    let details_id = format!("{dom_id}-details");
    let name = skill.name.clone();
    let details_prefix = dom_id.clone();
    // The buttons' names add the skill to what they show ("Compare levels of SQL").
    let guide_label = {
        let name = name.clone();
        move || {
            let key = if is_open() {
                k::ASSESS_RATING_HIDE_LEVELS_OF
            } else {
                k::ASSESS_RATING_COMPARE_LEVELS_OF
            };
            i18n.tf(key, &[("skill", &name)])
        }
    };
    let details_text = if removable {
        tr.t(k::ASSESS_RATING_DETAILS_REMOVABLE).to_owned()
    } else {
        tr.t(k::ASSESS_RATING_DETAILS).to_owned()
    };
    // The visible text first and whole (WCAG 2.5.3), then whose details they are.
    let details_label = {
        let (text, skill) = (
            details_text.clone(),
            isolate(&name, tr.direction() == Direction::RightToLeft),
        );
        move || format!("{text}{} — {skill}", details_summary())
    };

    view! {
        <div
            class="sg-skill"
            class:sg-skill-unrated=move || current.get().is_none()
            class:sg-skill-open=is_open
            id=dom_id
            data-testid=format!("rate-{id}")
            on:focusin=focus_in
        >
            <div class="sg-skill-line">
                <div class="sg-skill-title">
                    <span id=name_id.clone() class="sg-skill-name">
                        {name.clone()}
                    </span>
                    {essential
                        .then(|| {
                            view! {
                                <span class="sg-tag" data-testid="essential">
                                    {i18n.t(k::IMPORTANCE_ESSENTIAL)}
                                </span>
                            }
                        })}
                    <span class="sg-skill-chosen" data-testid="chosen-level">
                        {chosen_text}
                    </span>
                    <span id=asked_id.clone() class="sg-asked" data-testid="asked-level">
                        {asked_text}
                    </span>
                </div>
                <div
                    class="sg-levels"
                    role="radiogroup"
                    aria-labelledby=name_id
                    aria-describedby=asked_id
                    on:pointerdown=move |_| by_pointer.set_value(true)
                    on:keydown=move |_| by_pointer.set_value(false)
                >
                    {options}
                </div>
                <div class="sg-skill-toggles">
                    <button
                        type="button"
                        class="sg-link-button"
                        aria-expanded=move || is_open().to_string()
                        aria-controls=guide_id.clone()
                        data-testid="guide-toggle"
                        aria-label=guide_label
                        on:click=move |_| open.toggle(skill_idx)
                    >
                        {move || {
                            if is_open() {
                                i18n.t(k::ASSESS_RATING_HIDE_LEVELS)
                            } else {
                                i18n.t(k::ASSESS_RATING_COMPARE_LEVELS)
                            }
                        }}
                    </button>
                    <button
                        type="button"
                        class="sg-link-button"
                        aria-expanded=move || details_open.get().to_string()
                        aria-controls=details_id.clone()
                        data-testid="details-toggle"
                        aria-label=details_label
                        on:click=move |_| details_open.update(|o| *o = !*o)
                    >
                        {details_text}
                        {details_summary}
                    </button>
                </div>
            </div>
            <div id=guide_id>
                <Show when=is_open>
                    <LevelGuide
                        skill=skill_idx
                        group=group.clone()
                        current=current
                        asked=guide_notes.clone()
                        choose=choose_from_guide.clone()
                    />
                </Show>
            </div>
            <div id=details_id.clone()>
                <Show when=move || details_open.get()>
                    <SkillDetails
                        skill=skill_idx
                        dom_id=details_prefix.clone()
                        entry=entry
                        removable=removable
                    />
                </Show>
            </div>
        </div>
    }
}
