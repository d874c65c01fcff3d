//! Asking people one chooses for their view of one's skills: pick the skills (the few of the
//! target role's most worth asking about, by default), add a note and the name to show, and get a link to send by one's own
//! means. Answers come back as links (or files) and are matched to the request here.

use super::receive::{receive_answer, Inbox};
use crate::ui::profile_sync::use_profile;
use browser::downloads::read_chosen_file;
use browser::feedback_link::encode_request;
use browser::random::local_id;
use domain::feedback::{record_request, worth_asking, FeedbackRequest};
use domain::gap::RoleGap;
use domain::i18n::k;
use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;
use shell::feed::use_feed;
use shell::i18n::use_i18n;
use shell::link_out::LinkOut;
use shell::notifier::use_notifier;
use stdx::sorting::sort_by;

#[component]
pub fn AskFeedback() -> impl IntoView {
    let profile = use_profile();
    let notifier = use_notifier();
    // Where an answer from a file goes.
    let inbox = Inbox::from_context();
    let i18n = use_i18n();
    let links = shell::link_address::use_link_address();
    let loaded = use_feed();
    let loaded_for_suggested = loaded.clone();
    // The skills one can ask about: the target role's, then the others one rated.
    let candidates = Memo::new(move |_| {
        let feed = loaded.feed();
        profile.with(|p| {
            let target = p
                .target_role
                .value
                .as_deref()
                .and_then(|r| feed.role_by_id(r));
            let mut ids: Vec<(String, String, bool)> = target
                .map(|r| {
                    feed.roles[r]
                        .requirements
                        .iter()
                        .map(|q| {
                            (
                                feed.skills[q.skill].id.clone(),
                                feed.skills[q.skill].name.clone(),
                                true,
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            let mut rated: Vec<(String, String, bool)> = p
                .skills
                .iter()
                .filter(|(id, e)| e.level.is_some() && !ids.iter().any(|(i, _, _)| i == *id))
                .filter_map(|(id, _)| {
                    feed.skill_by_id(id)
                        .map(|i| (id.clone(), feed.skills[i].name.clone(), false))
                })
                .collect();
            sort_by(&mut rated, |a, b| a.1.cmp(&b.1));
            ids.extend(rated);
            ids
        })
    });
    // Ticked until the person chooses: the few of the target role's skills most worth another
    // view (`worth_asking`: its gaps first, at most eight), not every skill of the role.
    let suggested = Memo::new(move |_| {
        let feed = loaded_for_suggested.feed();
        profile.with(|p| {
            let Some(role) = p
                .target_role
                .value
                .as_deref()
                .and_then(|r| feed.role_by_id(r))
            else {
                return Vec::new();
            };
            let gap = RoleGap::new(feed, &feed.roles[role], |id| p.level(id));
            worth_asking(&gap, feed, p)
                .into_iter()
                .map(|i| feed.skills[i].id.clone())
                .collect::<Vec<_>>()
        })
    });
    let chosen = RwSignal::new(None::<Vec<String>>);
    // What is ticked: the person's choice, else the suggested skills.
    let picked = Memo::new(move |_| chosen.get().unwrap_or_else(|| suggested.get()));
    let toggle = move |id: String, on: bool| {
        let mut list = picked.get_untracked();
        list.retain(|s| *s != id);
        if on {
            list.push(id);
        }
        chosen.set(Some(list));
    };
    let note = RwSignal::new(String::new());
    let name = RwSignal::new(profile.with_untracked(|p| p.display_name.value.clone()));
    let link = RwSignal::new(None::<String>);
    let problem = RwSignal::new(None::<String>);
    let create = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        // The framework's order, whatever order they were ticked in.
        let picked = picked.get_untracked();
        let skills: Vec<String> = candidates.with_untracked(|c| {
            c.iter()
                .filter(|(id, _, _)| picked.contains(id))
                .map(|(id, _, _)| id.clone())
                .collect()
        });
        if skills.is_empty() {
            problem.set(Some(i18n.t(k::FEEDBACK_ASK_NONE_TICKED)));
            return;
        }
        problem.set(None);
        let request = FeedbackRequest {
            id: local_id(),
            name: name.get_untracked().trim().to_owned(),
            note: note.get_untracked().trim().to_owned(),
            skills,
        };
        profile.edit(|p, now| record_request(p, &request, now));
        spawn_local(async move {
            match encode_request(&request).await {
                Ok(fragment) => {
                    link.set(Some(links.link(&fragment)));
                    notifier.confirm(i18n.t(k::FEEDBACK_ASK_READY), None);
                }
                Err(error) => notifier.confirm(i18n.with(|tr| error.message(tr)), None),
            }
        });
    };
    let answer_file = NodeRef::<Input>::new();
    let open_file = move |_| {
        let Some(input) = answer_file.get() else {
            return;
        };
        spawn_local(async move {
            match read_chosen_file(&input).await {
                Ok(text) => receive_answer(inbox, text.trim().to_owned()).await,
                Err(error) => notifier.confirm(
                    i18n.with(|tr| {
                        tr.tf(
                            k::FEEDBACK_ASK_FILE_NOT_READ,
                            &[("reason", &error.message(tr))],
                        )
                    }),
                    None,
                ),
            }
            input.set_value("");
        });
    };
    let boxes = move || {
        candidates
            .get()
            .into_iter()
            .map(|(id, name, _)| {
                let checked = {
                    let id = id.clone();
                    move || picked.with(|p| p.contains(&id))
                };
                let box_id = format!("sg-ask-{}", stdx::dom_id::dom_id(&id));
                view! {
                    <label class="sg-chip" for=box_id.clone()>
                        <input
                            type="checkbox"
                            id=box_id.clone()
                            prop:checked=checked
                            on:change=move |ev| toggle(id.clone(), event_target_checked(&ev))
                        />
                        {format!(" {name}")}
                    </label>
                }
            })
            .collect_view()
    };
    view! {
        <details class="sg-card sg-ask-feedback" data-testid="ask-feedback">
            <summary class="sg-h3">{i18n.t(k::FEEDBACK_ASK_TITLE)}</summary>
            <p class="sg-muted">{i18n.t(k::FEEDBACK_ASK_INTRO)}</p>
            <form on:submit=create>
                <fieldset class="sg-plain">
                    <legend>{i18n.t(k::FEEDBACK_ASK_SKILLS)}</legend>
                    <div class="sg-chips" data-testid="ask-skills">
                        {boxes}
                    </div>
                </fieldset>
                <div class="sg-field">
                    <label for="sg-ask-name">{i18n.t(k::FEEDBACK_ASK_NAME)}</label>
                    <input
                        id="sg-ask-name"
                        class="sg-input"
                        maxlength="120"
                        placeholder=i18n.t(k::FEEDBACK_ASK_NAME_PLACEHOLDER)
                        data-testid="ask-name"
                        prop:value=move || name.get()
                        on:input=move |ev| name.set(event_target_value(&ev))
                    />
                </div>
                <div class="sg-field">
                    <label for="sg-ask-note">{i18n.t(k::FEEDBACK_ASK_NOTE)}</label>
                    <textarea
                        id="sg-ask-note"
                        class="sg-textarea"
                        rows="2"
                        maxlength="2000"
                        placeholder=i18n.t(k::FEEDBACK_ASK_NOTE_PLACEHOLDER)
                        data-testid="ask-note"
                        on:change=move |ev| note.set(event_target_value(&ev))
                    ></textarea>
                </div>
                <p class="sg-field-error" role="alert">
                    {move || problem.get()}
                </p>
                <button type="submit" class="sg-button" data-testid="create-request">
                    {i18n.t(k::FEEDBACK_ASK_CREATE)}
                </button>
            </form>
            {move || {
                link.get()
                    .map(|link| {
                        view! {
                            <LinkOut
                                link=link
                                label=i18n.t(k::FEEDBACK_ASK_LINK)
                                subject=i18n.t(k::FEEDBACK_ASK_MAIL_SUBJECT)
                                message=i18n.t(k::FEEDBACK_ASK_MAIL_MESSAGE)
                                testid="request-link"
                            />
                        }
                    })
            }}
            <div class="sg-field">
                <label for="sg-answer-file">{i18n.t(k::FEEDBACK_ASK_ANSWER_FILE)}</label>
                <input
                    type="file"
                    id="sg-answer-file"
                    accept=".txt,text/plain"
                    node_ref=answer_file
                    data-testid="answer-file"
                    on:change=open_file
                    class="sg-file-input"
                />
                // The browser's own button speaks the browser's language; this one ours.
                <label for="sg-answer-file" class="sg-button sg-button-quiet sg-file-button">
                    {i18n.t(k::COMMON_CHOOSE_FILE)}
                </label>
            </div>
        </details>
    }
}
