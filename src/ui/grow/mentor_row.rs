//! One suggested mentor: why they fit, favourite, hide, "this is me", and a contact panel with
//! an intro message the user can edit. The row owns the panel's state, so it survives the list
//! re-ordering around it (a favourite moves up).

use crate::ui::profile_sync::use_profile;
use browser::clock::next_frame;
use domain::i18n::k;
use domain::plan::{save_item, PlanItem};
use domain::profile::{flag_is_set, Profile, Stamped};
use domain::scale::Level;
use domain::suggestions::contact::{contact_link, intro_message, intro_subject};
use domain::suggestions::mentors::MentorSuggestion;
use domain::suggestions::PriorityGap;
use domain::undo::{Item, Undo};
use leptos::html::Button;
use leptos::prelude::*;
use shell::feed::use_feed;
use shell::i18n::use_i18n;
use shell::notifier::use_notifier;
use stdx::time::utc_offset_text;

#[component]
pub fn MentorRow(suggestion: MentorSuggestion, first_gap: Option<PriorityGap>) -> impl IntoView {
    let profile = use_profile();
    let notifier = use_notifier();
    let i18n = use_i18n();
    let loaded = use_feed();
    let feed = loaded.feed();
    let mentor = feed.mentors[suggestion.mentor].clone();
    let skill = &feed.skills[suggestion.covers[0]];
    let (skill_name, skill_id) = (skill.name.clone(), skill.id.clone());
    let required: Option<Level> = first_gap.as_ref().map(|g| g.required);

    let open = RwSignal::new(false);
    let message = RwSignal::new(first_gap.as_ref().map_or(String::new(), |g| {
        i18n.with(|tr| intro_message(&mentor.name, &skill_name, g.current, g.required, tr))
    }));
    let link = {
        let (contact, subject) = (
            mentor.contact.clone(),
            i18n.with(|tr| intro_subject(&skill_name, tr)),
        );
        Memo::new(move |_| contact_link(&contact, &subject, &message.get()))
    };
    let favourite = {
        let id = mentor.id.clone();
        Memo::new(move |_| profile.with(|p| flag_is_set(&p.favourite_mentors, &id)))
    };
    let favourite_button = NodeRef::<Button>::new();

    let covers = suggestion
        .covers
        .iter()
        .map(|&k| feed.skills[k].name.as_str())
        .collect::<Vec<_>>()
        .join(&i18n.t(k::MENTOR_WHY_SEPARATOR));
    let mut why = vec![i18n.tf(k::MENTOR_WHY_OFFERS, &[("skills", &covers)])];
    if suggestion.shared_language {
        why.push(i18n.t(k::MENTOR_WHY_LANGUAGE));
    }
    if let Some(offset) = mentor.utc_offset {
        why.push(utc_offset_text(offset));
    }
    why.push(i18n.plural(k::MENTOR_WHY_CAPACITY, mentor.capacity as usize, &[]));
    let detail = [
        mentor.title.as_str(),
        mentor.team.as_str(),
        mentor.location.as_str(),
    ]
    .into_iter()
    .filter(|x| !x.is_empty())
    .collect::<Vec<_>>()
    .join(" · ");

    let saved = {
        let id = mentor.id.clone();
        Memo::new(move |_| profile.with(|p| p.live_goals().any(|(_, g)| g.mentors.contains(&id))))
    };
    let save = {
        let (id, name, skill_name) = (mentor.id.clone(), mentor.name.clone(), skill_name.clone());
        move |_| {
            let mut saved = None;
            profile.edit(|p, now| {
                saved = Some(save_item(
                    p,
                    &skill_id,
                    required,
                    PlanItem::Mentor(&id),
                    now,
                ))
            });
            let (Some(saved), id) = (saved, id.clone()) else {
                return;
            };
            let undo = Undo::ItemSaved {
                saved,
                item: Item::Mentor(id),
            };
            notifier.confirm(
                i18n.tf(
                    k::MENTOR_SAVE_DONE,
                    &[("mentor", &name), ("skill", &skill_name)],
                ),
                Some(undo),
            );
        }
    };
    let toggle_favourite = {
        let id = mentor.id.clone();
        move |_| {
            profile.edit(|p, now| {
                let on = !flag_is_set(&p.favourite_mentors, &id);
                Profile::set_flag(&mut p.favourite_mentors, &id, on, now)
            });
            // The row may move in the list; keep the user's place on this mentor's button.
            leptos::task::spawn_local(async move {
                next_frame().await;
                if let Some(button) = favourite_button.get_untracked() {
                    let _ = button.focus();
                }
            });
        }
    };
    let hide = {
        let id = mentor.id.clone();
        move |_| {
            profile.edit(|p, now| Profile::set_flag(&mut p.hidden_mentors, &id, true, now));
            let undo = Undo::MentorHidden { mentor: id.clone() };
            notifier.confirm(i18n.t(k::MENTOR_HIDE_DONE), Some(undo));
        }
    };
    let this_is_me = {
        let id = mentor.id.clone();
        move |_| {
            let before = profile.with_untracked(|p| p.self_mentor.value.clone());
            profile.edit(|p, now| p.self_mentor = Stamped::new(Some(id.clone()), now));
            let undo = Undo::SelfMentorSet { before };
            notifier.confirm(i18n.t(k::MENTOR_ME_DONE), Some(undo));
        }
    };
    let message_id = format!("sg-intro-{}", suggestion.mentor);
    let name = mentor.name.clone();

    view! {
        <li class="sg-suggestion" data-testid=format!("mentor-{}", mentor.id)>
            <span class="sg-suggestion-title">
                {name.clone()} {move || favourite.get().then_some(" ★")}
            </span>
            <span class="sg-muted">{detail}</span>
            <p class="sg-why" data-testid="why">
                {why.join(" · ")}
            </p>
            <div class="sg-actions">
                <button
                    type="button"
                    class="sg-button"
                    data-testid="contact-mentor"
                    aria-expanded=move || open.get().to_string()
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    {i18n.tf(k::MENTOR_WRITE_TO, &[("mentor", &name)])}
                </button>
                <button
                    type="button"
                    class="sg-button sg-button-quiet"
                    data-testid="save-mentor"
                    on:click=save
                >
                    {move || {
                        if saved.get() {
                            i18n.t(k::GROW_SAVED_TO_PLAN)
                        } else {
                            i18n.t(k::GROW_SAVE_TO_PLAN)
                        }
                    }}
                    <span class="sg-visually-hidden">{format!(": {name}")}</span>
                </button>
                <button
                    type="button"
                    class="sg-button sg-button-quiet"
                    data-testid="favourite-mentor"
                    node_ref=favourite_button
                    aria-pressed=move || favourite.get().to_string()
                    on:click=toggle_favourite
                >
                    {i18n.t(k::MENTOR_FAVOURITE)}
                    <span class="sg-visually-hidden">{format!(": {name}")}</span>
                </button>
                <button
                    type="button"
                    class="sg-button sg-button-quiet"
                    data-testid="hide-mentor"
                    on:click=hide
                >
                    {i18n.t(k::MENTOR_HIDE_BUTTON)}
                    <span class="sg-visually-hidden">{format!(": {name}")}</span>
                </button>
                <button type="button" class="sg-button sg-button-quiet" on:click=this_is_me>
                    {i18n.t(k::MENTOR_ME_BUTTON)}
                    <span class="sg-visually-hidden">{format!(": {name}")}</span>
                </button>
            </div>
            <Show when=move || open.get()>
                <div class="sg-contact" data-testid="contact-panel">
                    <label for=message_id.clone() class="sg-label">
                        {i18n.t(k::MENTOR_MESSAGE_LABEL)}
                    </label>
                    <textarea
                        id=message_id.clone()
                        class="sg-textarea"
                        rows="6"
                        data-testid="intro-message"
                        placeholder=i18n.t(k::MENTOR_MESSAGE_PLACEHOLDER)
                        prop:value=move || message.get()
                        on:input=move |ev| message.set(event_target_value(&ev))
                    ></textarea>
                    <a
                        class="sg-button"
                        data-testid="contact-link"
                        href=move || link.get().0
                        target="_blank"
                        rel="noopener noreferrer"
                    >
                        {move || {
                            if link.get().1 {
                                i18n.t(k::MENTOR_OPEN_APP)
                            } else {
                                i18n.t(k::MENTOR_OPEN_LINK)
                            }
                        }}
                    </a>
                </div>
            </Show>
        </li>
    }
}
