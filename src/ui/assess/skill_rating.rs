//! One skill: a radio group over the scale with the anchor of the level in focus, how the user
//! feels about the skill, and a note.

use super::skill_entries::{ChosenRoles, SkillEntries};
use crate::domain::dom_id::dom_id;
use crate::domain::feed::SkillIdx;
use crate::domain::profile::Interest;
use crate::domain::scale::Level;
use crate::ui::state::{use_app_state, use_feed};
use leptos::prelude::*;

#[component]
pub fn SkillRating(skill: SkillIdx, removable: bool) -> impl IntoView {
    let state = use_app_state();
    let loaded = use_feed();
    let feed = loaded.feed();
    let skill_idx = skill;
    let skill = feed.skills[skill].clone();
    let scale = feed.scale.clone();
    let id = skill.id.clone();
    let dom_id = format!("sg-skill-{}", dom_id(&id));
    let group = format!("{dom_id}-level");

    let entry = SkillEntries::watch(&id);
    // The level the target role (and the current role) asks for, marked on the scale. Read
    // once: the rows are rebuilt when either role changes (`rating_list::skill_rows`).
    let (target, current) = expect_context::<ChosenRoles>().0.get_untracked();
    let level_of = |role: usize| {
        feed.roles[role]
            .requirements
            .iter()
            .find(|r| r.skill == skill_idx)
            .map(|r| (feed.roles[role].name.as_str(), r.level))
    };
    let asked_target = target.and_then(level_of);
    let asked_current = current.filter(|&c| Some(c) != target).and_then(level_of);
    let asked_level = asked_target.map(|(_, level)| level);
    let mut asked_parts = Vec::new();
    if let Some((role, level)) = asked_target {
        asked_parts.push(format!("{role} asks for {level} {}", scale.label(level)));
    }
    if let Some((role, level)) = asked_current {
        let start = if asked_parts.is_empty() {
            "Your"
        } else {
            "your"
        };
        asked_parts.push(format!(
            "{start} current role, {role}, asks for {level} {}",
            scale.label(level)
        ));
    }
    let asked_text = (!asked_parts.is_empty()).then(|| format!("{}.", asked_parts.join("; ")));

    let current = Memo::new(move |_| entry.with(|e| e.as_ref().and_then(|e| e.level)));
    let interest = Memo::new(move |_| entry.with(|e| e.as_ref().and_then(|e| e.interest)));
    let note =
        Memo::new(move |_| entry.with(|e| e.as_ref().map(|e| e.note.clone()).unwrap_or_default()));
    // The level whose anchor is shown: the one in focus, else the rated one.
    let focused = RwSignal::new(None::<Level>);
    let shown_level = move || focused.get().or(current.get());

    let rate = {
        let (id, name) = (skill.id.clone(), skill.name.clone());
        let scale = scale.clone();
        move |level: Option<Level>| {
            state.edit(|p, now| p.rate(&id, &name, level, now));
            let label = level.map_or("not rated".to_owned(), |l| {
                format!("level {l}, {}", scale.label(l))
            });
            state.announce(format!("{name}: {label}."));
        }
    };

    let options = std::iter::once(None)
        .chain(scale.levels.iter().map(|l| Some(l.level)))
        .map(|level| {
            let input_id = format!(
                "{group}-{}",
                level.map_or("none".to_owned(), |l| l.to_string())
            );
            let label = level.map_or("Not rated".to_owned(), |l| {
                format!("{l} {}", scale.label(l))
            });
            let rate = rate.clone();
            view! {
                <span
                    class="sg-level"
                    class:sg-level-none=level.is_none()
                    class:sg-level-asked=level.is_some() && level == asked_level
                >
                    <input
                        type="radio"
                        id=input_id.clone()
                        name=group.clone()
                        prop:checked=move || current.get() == level
                        on:change=move |_| rate(level)
                        on:focus=move |_| focused.set(level)
                        on:blur=move |_| focused.set(None)
                    />
                    <label for=input_id>{label}</label>
                </span>
            }
        })
        .collect_view();

    let anchor = {
        let (skill, scale) = (skill.clone(), scale.clone());
        move || match shown_level() {
            None => "Not rated yet. Choose the level whose description fits you.".to_owned(),
            Some(level) => {
                let text = skill
                    .anchor(level)
                    .map(str::to_owned)
                    .or_else(|| scale.get(level).map(|l| l.description.clone()))
                    .unwrap_or_default();
                format!("{}: {text}", scale.label(level))
            }
        }
    };

    let interest_select = {
        let (id, name) = (skill.id.clone(), skill.name.clone());
        move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            let chosen = Interest::ALL
                .into_iter()
                .find(|i| interest_value(*i) == value);
            state.edit(|p, now| p.set_interest(&id, &name, chosen, now));
        }
    };
    let save_note = {
        let (id, name) = (skill.id.clone(), skill.name.clone());
        move |ev: leptos::ev::Event| {
            let text = event_target_value(&ev);
            state.edit(|p, now| p.set_note(&id, &name, &text, now));
        }
    };
    let remove = {
        let (id, name) = (skill.id.clone(), skill.name.clone());
        move |_| {
            state.edit(|p, now| p.remove_added_skill(&id, now));
            state.announce(format!(
                "{name} removed from your profile. Its rating is kept."
            ));
        }
    };
    let interest_id = format!("{dom_id}-interest");
    let note_id = format!("{dom_id}-note");
    let anchor_id = format!("{dom_id}-anchor");
    let asked_id = format!("{dom_id}-asked");
    let anchor_id_for_group = format!("{anchor_id} {asked_id}");
    let name = skill.name.clone();
    let description = skill.description.clone();

    view! {
        <fieldset
            class="sg-skill"
            class:sg-skill-unrated=move || current.get().is_none()
            id=dom_id.clone()
            data-testid=format!("rate-{id}")
            aria-describedby=anchor_id_for_group
        >
            <legend class="sg-skill-name">{name.clone()}</legend>
            {(!description.is_empty())
                .then(|| view! { <p class="sg-skill-description">{description}</p> })}
            <div class="sg-levels">{options}</div>
            <p id=asked_id.clone() class="sg-asked" data-testid="asked-level">
                {asked_text}
            </p>
            <p id=anchor_id.clone() class="sg-anchor" data-testid="anchor">
                {anchor}
            </p>
            <div class="sg-skill-extras">
                <div class="sg-field sg-field-inline">
                    <label for=interest_id
                        .clone()>{format!("How do you feel about {name}?")}</label>
                    <select
                        id=interest_id
                        class="sg-select"
                        data-testid="interest"
                        prop:value=move || interest.get().map_or("", interest_value)
                        on:change=interest_select
                    >
                        <option value="">"No preference"</option>
                        {Interest::ALL
                            .into_iter()
                            .map(|i| view! { <option value=interest_value(i)>{i.label()}</option> })
                            .collect_view()}
                    </select>
                </div>
                <div class="sg-field">
                    <label for=note_id
                        .clone()>{format!("Note or evidence for {name} (optional)")}</label>
                    <textarea
                        id=note_id
                        class="sg-textarea"
                        rows="2"
                        data-testid="note"
                        prop:value=move || note.get()
                        on:change=save_note
                    ></textarea>
                </div>
                {removable
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                class="sg-button sg-button-quiet"
                                on:click=remove.clone()
                                data-testid="remove-skill"
                            >
                                {format!("Remove {name} from my profile")}
                            </button>
                        }
                    })}
            </div>
        </fieldset>
    }
}

fn interest_value(interest: Interest) -> &'static str {
    match interest {
        Interest::WantToGrow => "want-to-grow",
        Interest::FineAsIs => "fine-as-is",
        Interest::NotForMe => "not-for-me",
    }
}
