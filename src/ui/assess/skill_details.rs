//! The parts of a skill opened on demand: its description, how the user feels about it, a
//! note, and (for a skill they added) removing it.

use crate::ui::profile_sync::use_profile;
use domain::feed::SkillIdx;
use domain::i18n::k;
use domain::profile::{Interest, SkillEntry};
use domain::undo::Undo;
use leptos::prelude::*;
use shell::feed::use_feed;
use shell::i18n::use_i18n;
use shell::notifier::use_notifier;

#[component]
pub fn SkillDetails(
    skill: SkillIdx,
    /// The prefix of the controls' ids.
    dom_id: String,
    entry: RwSignal<Option<SkillEntry>>,
    removable: bool,
) -> impl IntoView {
    let profile = use_profile();
    let notifier = use_notifier();
    let loaded = use_feed();
    let i18n = use_i18n();
    let skill = loaded.feed().skills[skill].clone();
    let interest = move || entry.with(|e| e.as_ref().and_then(|e| e.interest));
    let note = move || entry.with(|e| e.as_ref().map(|e| e.note.clone()).unwrap_or_default());

    let choose_interest = {
        let (id, name) = (skill.id.clone(), skill.name.clone());
        move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            let chosen = Interest::ALL
                .into_iter()
                .find(|i| interest_value(*i) == value);
            profile.edit(|p, now| p.set_interest(&id, &name, chosen, now));
        }
    };
    let save_note = {
        let (id, name) = (skill.id.clone(), skill.name.clone());
        move |ev: leptos::ev::Event| {
            let text = event_target_value(&ev);
            profile.edit(|p, now| p.set_note(&id, &name, &text, now));
        }
    };
    let remove = {
        let (id, name) = (skill.id.clone(), skill.name.clone());
        move |_| {
            profile.edit(|p, now| p.remove_added_skill(&id, now));
            let message = i18n.tf(k::ASSESS_DETAILS_REMOVED, &[("skill", &name)]);
            let undo = Undo::SkillRemoved {
                skill: id.clone(),
                name: name.clone(),
            };
            notifier.confirm(message, Some(undo));
        }
    };
    let interest_id = format!("{dom_id}-interest");
    let note_id = format!("{dom_id}-note");
    let name = skill.name.clone();

    view! {
        <div class="sg-skill-extras">
            {(!skill.description.is_empty())
                .then(|| view! { <p class="sg-skill-description">{skill.description.clone()}</p> })}
            <div class="sg-field sg-field-inline">
                <label for=interest_id
                    .clone()>{i18n.tf(k::ASSESS_DETAILS_INTEREST, &[("skill", &name)])}</label>
                <select
                    id=interest_id
                    class="sg-select"
                    data-testid="interest"
                    prop:value=move || interest().map_or("", interest_value)
                    on:change=choose_interest
                >
                    <option value="">{i18n.t(k::ASSESS_DETAILS_NO_PREFERENCE)}</option>
                    {Interest::ALL
                        .into_iter()
                        .map(|i| {
                            view! {
                                <option value=interest_value(i)>{i18n.t(i.label_key())}</option>
                            }
                        })
                        .collect_view()}
                </select>
            </div> <div class="sg-field">
                <label for=note_id
                    .clone()>{i18n.tf(k::ASSESS_DETAILS_NOTE, &[("skill", &name)])}</label>
                <textarea
                    id=note_id
                    class="sg-textarea"
                    rows="2"
                    data-testid="note"
                    placeholder=i18n.t(k::ASSESS_DETAILS_NOTE_PLACEHOLDER)
                    prop:value=note
                    on:change=save_note
                ></textarea>
            </div>
            {removable
                .then(|| {
                    view! {
                        <button
                            type="button"
                            class="sg-button sg-button-quiet"
                            on:click=remove
                            data-testid="remove-skill"
                        >
                            {i18n.tf(k::ASSESS_DETAILS_REMOVE, &[("skill", &name)])}
                        </button>
                    }
                })}
        </div>
    }
}

pub fn interest_value(interest: Interest) -> &'static str {
    match interest {
        Interest::WantToGrow => "want-to-grow",
        Interest::FineAsIs => "fine-as-is",
        Interest::NotForMe => "not-for-me",
    }
}
