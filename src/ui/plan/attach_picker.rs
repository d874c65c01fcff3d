//! Attaching any resource or mentor of the framework to a goal, found by typing part of its
//! name. The list of names is built only when the picker is opened: a framework may offer
//! thousands.

use crate::ui::profile_sync::use_profile;
use domain::i18n::k;
use domain::plan::{attach_mentor, attach_resource};
use domain::undo::Undo;
use leptos::prelude::*;
use markup::select_options::datalist_options;
use shell::feed::use_feed;
use shell::i18n::{use_i18n, I18n};
use shell::notifier::use_notifier;

/// A resource as the list offers it: "Resource: CKA prep". Plain, so typing it matches.
fn resource_option(i18n: I18n, title: &str) -> String {
    i18n.with(|tr| tr.tf_plain(k::PLAN_ATTACH_RESOURCE_OPTION, &[("resource", title)]))
}

/// A mentor as the list offers them: "Mentor: Fatou Diop".
fn mentor_option(i18n: I18n, name: &str) -> String {
    i18n.with(|tr| tr.tf_plain(k::PLAN_ATTACH_MENTOR_OPTION, &[("mentor", name)]))
}

#[component]
pub fn AttachPicker(goal_id: String, dom: String) -> impl IntoView {
    let profile = use_profile();
    let notifier = use_notifier();
    let i18n = use_i18n();
    let loaded = use_feed();
    let open = RwSignal::new(false);
    let draft = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let (field_id, list_id) = (format!("{dom}-attach"), format!("{dom}-attach-list"));
    let options = {
        let loaded = loaded.clone();
        move || {
            let feed = loaded.feed();
            let resources = feed
                .resources
                .iter()
                .map(|r| resource_option(i18n, &r.title));
            let mentors = feed.mentors.iter().map(|m| mentor_option(i18n, &m.name));
            let values: Vec<String> = resources.chain(mentors).collect();
            datalist_options(values.iter().map(String::as_str))
        }
    };
    let attach = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let text = draft.get_untracked();
        let text = text.trim();
        let feed = loaded.feed();
        let resource = feed
            .resources
            .iter()
            .find(|r| resource_option(i18n, &r.title) == text)
            .or_else(|| feed.resources.iter().find(|r| r.title == text));
        let mentor = feed
            .mentors
            .iter()
            .find(|m| mentor_option(i18n, &m.name) == text)
            .or_else(|| feed.mentors.iter().find(|m| m.name == text));
        let goal_id = goal_id.clone();
        let (message, undo) = match (resource, mentor) {
            (Some(r), _) => {
                let id = r.id.clone();
                profile.edit(|p, now| attach_resource(p, &goal_id, &id, now));
                (
                    i18n.tf(k::PLAN_ATTACH_RESOURCE_DONE, &[("resource", &r.title)]),
                    Undo::ResourceAttached {
                        goal: goal_id,
                        resource: id,
                    },
                )
            }
            (None, Some(m)) => {
                let id = m.id.clone();
                profile.edit(|p, now| attach_mentor(p, &goal_id, &id, now));
                (
                    i18n.tf(k::PLAN_ATTACH_MENTOR_DONE, &[("mentor", &m.name)]),
                    Undo::MentorAttached {
                        goal: goal_id,
                        mentor: id,
                    },
                )
            }
            (None, None) => {
                problem.set(Some(i18n.tf(k::PLAN_ATTACH_UNKNOWN, &[("name", text)])));
                return;
            }
        };
        problem.set(None);
        draft.set(String::new());
        open.set(false);
        notifier.confirm(message, Some(undo));
    };
    let problem_id = format!("{dom}-attach-problem");
    let field_id_for_focus = field_id.clone();
    let open_button = format!("#{dom}-open-attach");
    let close = move || {
        problem.set(None);
        open.set(false);
        let button = open_button.clone();
        leptos::task::spawn_local(async move {
            browser::clock::next_frame().await;
            notifier.focus(&button);
        });
    };
    view! {
        <Show
            when=move || open.get()
            fallback=move || {
                view! {
                    <button
                        type="button"
                        class="sg-button sg-button-quiet sg-no-print"
                        data-testid="open-attach"
                        id=format!("{dom}-open-attach")
                        on:click={
                            let field = format!("#{field_id_for_focus}");
                            move |_| {
                                open.set(true);
                                let field = field.clone();
                                leptos::task::spawn_local(async move {
                                    browser::clock::next_frame().await;
                                    notifier.focus(&field);
                                });
                            }
                        }
                    >
                        {i18n.t(k::PLAN_ATTACH_OPEN)}
                    </button>
                }
            }
        >
            <form
                class="sg-inline-form sg-no-print"
                on:submit=attach.clone()
                on:keydown={
                    let close = close.clone();
                    move |ev: web_sys::KeyboardEvent| {
                        if ev.key() == "Escape" {
                            close();
                        }
                    }
                }
            >
                <label for=field_id.clone()>{i18n.t(k::PLAN_ATTACH_LABEL)}</label>
                <input
                    type="text"
                    id=field_id.clone()
                    class="sg-input"
                    list=list_id.clone()
                    data-testid="attach-field"
                    autofocus=true
                    placeholder=i18n.t(k::PLAN_ATTACH_PLACEHOLDER)
                    aria-describedby=problem_id.clone()
                    prop:value=move || draft.get()
                    on:input=move |ev| draft.set(event_target_value(&ev))
                />
                <datalist id=list_id.clone() inner_html=options.clone()></datalist>
                <button type="submit" class="sg-button" data-testid="attach-submit">
                    {i18n.t(k::PLAN_ATTACH_SUBMIT)}
                </button>
                <button
                    type="button"
                    class="sg-button sg-button-quiet"
                    on:click={
                        let close = close.clone();
                        move |_| close()
                    }
                >
                    {i18n.t(k::PLAN_ATTACH_CANCEL)}
                </button>
                <p class="sg-field-error" id=problem_id.clone() data-testid="attach-problem">
                    {move || problem.get()}
                </p>
            </form>
        </Show>
    }
}
