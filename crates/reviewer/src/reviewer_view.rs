//! Answering someone's feedback request: their name and note, only the skills they asked
//! about with every level's anchor, a level or "can't judge" and a comment per skill, an overall
//! comment, and who is answering. The answer becomes a link (and a file) to send back. Nothing
//! of the reviewer's own profile is shown, used or changed.

use super::answer_row::AnswerRow;
use browser::downloads::download_text;
use browser::feedback_link::encode_response;
use browser::random::local_id;
use domain::feedback::{FeedbackRequest, FeedbackResponse, Relationship, SkillAnswer};
use domain::i18n::k;
use leptos::prelude::*;
use leptos::task::spawn_local;
use markup::select_options::options;
use shell::i18n::use_i18n;
use shell::link_out::LinkOut;
use shell::notifier::use_notifier;
use stdx::sorted_map::SortedMap;

fn relationship_value(r: Relationship) -> &'static str {
    match r {
        Relationship::Manager => "manager",
        Relationship::Peer => "peer",
        Relationship::Mentor => "mentor",
        Relationship::Other => "other",
    }
}

#[component]
pub fn ReviewerView(request: FeedbackRequest) -> impl IntoView {
    let state = use_notifier();
    let i18n = use_i18n();
    let links = shell::link_address::use_link_address();
    let answers = RwSignal::new(SortedMap::<String, SkillAnswer>::new());
    let reviewer = RwSignal::new(String::new());
    let relationship = RwSignal::new(Relationship::Other);
    let overall = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let answer_link = RwSignal::new(None::<String>);
    // Who asks, in the heading and the relationship's label; a request may come without a name.
    let (title, relationship_label) = if request.name.trim().is_empty() {
        (
            i18n.t(k::FEEDBACK_REVIEWER_VIEW_TITLE_ANONYMOUS),
            i18n.t(k::FEEDBACK_REVIEWER_VIEW_RELATIONSHIP_ANONYMOUS),
        )
    } else {
        (
            i18n.tf(k::FEEDBACK_REVIEWER_VIEW_TITLE, &[("name", &request.name)]),
            i18n.tf(
                k::FEEDBACK_REVIEWER_VIEW_RELATIONSHIP,
                &[("name", &request.name)],
            ),
        )
    };
    let request_id = request.id.clone();
    let request_skills = request.skills.clone();
    let response_id = StoredValue::new(local_id());
    let create = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let name = reviewer.get_untracked();
        if name.trim().is_empty() {
            problem.set(Some(i18n.t(k::FEEDBACK_REVIEWER_VIEW_NAME_MISSING)));
            state.focus("#sg-reviewer-name");
            return;
        }
        problem.set(None);
        let response = FeedbackResponse {
            request_id: request_id.clone(),
            response_id: response_id.get_value(),
            reviewer: name.trim().to_owned(),
            relationship: relationship.get_untracked(),
            // Every requested skill: one left alone is a "can't judge", said explicitly.
            answers: {
                let given = answers.get_untracked();
                request_skills
                    .iter()
                    .map(|id| (id.clone(), given.get(id).cloned().unwrap_or_default()))
                    .collect()
            },
            overall: overall.get_untracked(),
        };
        spawn_local(async move {
            match encode_response(&response).await {
                Ok(fragment) => {
                    answer_link.set(Some(links.link(&fragment)));
                    state.confirm(i18n.t(k::FEEDBACK_REVIEWER_VIEW_READY), None);
                    browser::clock::next_frame().await;
                    state.focus("#sg-answer-link");
                }
                Err(error) => state.confirm(i18n.with(|tr| error.message(tr)), None),
            }
        });
    };
    let download = move |_| {
        if let Some(link) = answer_link.get_untracked() {
            let file = i18n.t(k::FEEDBACK_REVIEWER_VIEW_FILE);
            let saved = download_text(&file, "text/plain", &link).is_ok();
            state.confirm(
                if saved {
                    i18n.tf(
                        k::FEEDBACK_REVIEWER_VIEW_SAVED,
                        &[("file", &file), ("place", &i18n.t(k::FEEDBACK_ASK_TITLE))],
                    )
                } else {
                    i18n.t(k::FEEDBACK_REVIEWER_VIEW_NOT_SAVED)
                },
                None,
            );
        }
    };
    let skills = request.skills.clone();
    let relationship_options = {
        let labels = Relationship::ALL.map(|r| (relationship_value(r), i18n.t(r.label_key())));
        options(None, labels.iter().map(|(v, l)| (*v, l.as_str())))
    };
    view! {
        <section
            class="sg-section sg-reviewer"
            aria-labelledby="sg-reviewer-heading"
            data-testid="reviewer-view"
        >
            <div class="sg-banner" role="status">
                <h2 id="sg-reviewer-heading" class="sg-h2">
                    {title}
                </h2>
                <p>
                    {i18n
                        .tf(
                            k::FEEDBACK_REVIEWER_VIEW_INTRO,
                            &[("cant_judge", &i18n.t(k::FEEDBACK_ANSWER_CANT_JUDGE))],
                        )}
                </p>
                {(!request.note.trim().is_empty())
                    .then(|| {
                        view! {
                            <blockquote class="sg-request-note" data-testid="request-note">
                                {request.note.clone()}
                            </blockquote>
                        }
                    })}
            </div>
            <form on:submit=create>
                {skills
                    .into_iter()
                    .map(|skill_id| view! { <AnswerRow skill_id=skill_id answers=answers /> })
                    .collect_view()} <div class="sg-card">
                    <div class="sg-field">
                        <label for="sg-reviewer-overall">
                            {i18n.t(k::FEEDBACK_REVIEWER_VIEW_OVERALL)}
                        </label>
                        <textarea
                            id="sg-reviewer-overall"
                            class="sg-textarea"
                            rows="3"
                            maxlength="2000"
                            placeholder=i18n.t(k::FEEDBACK_REVIEWER_VIEW_OVERALL_PLACEHOLDER)
                            on:change=move |ev| overall.set(event_target_value(&ev))
                        ></textarea>
                    </div>
                    <div class="sg-goal-fields">
                        <div class="sg-field">
                            <label for="sg-reviewer-name">
                                {i18n.t(k::FEEDBACK_REVIEWER_VIEW_NAME)}
                            </label>
                            <input
                                id="sg-reviewer-name"
                                class="sg-input"
                                maxlength="120"
                                autocomplete="name"
                                placeholder=i18n.t(k::FEEDBACK_REVIEWER_VIEW_NAME_PLACEHOLDER)
                                data-testid="reviewer-name"
                                aria-describedby="sg-reviewer-problem"
                                on:input=move |ev| reviewer.set(event_target_value(&ev))
                            />
                        </div>
                        <div class="sg-field">
                            <label for="sg-reviewer-relationship">{relationship_label}</label>
                            <select
                                id="sg-reviewer-relationship"
                                class="sg-select"
                                data-testid="reviewer-relationship"
                                inner_html=relationship_options.clone()
                                prop:value=move || relationship_value(relationship.get())
                                on:change=move |ev| {
                                    let v = event_target_value(&ev);
                                    relationship
                                        .set(
                                            Relationship::ALL
                                                .into_iter()
                                                .find(|r| relationship_value(*r) == v)
                                                .unwrap_or_default(),
                                        );
                                }
                            ></select>
                        </div>
                    </div>
                    <p class="sg-field-error" id="sg-reviewer-problem" role="alert">
                        {move || problem.get()}
                    </p>
                    <button type="submit" class="sg-button" data-testid="create-answer">
                        {i18n.t(k::FEEDBACK_REVIEWER_VIEW_CREATE)}
                    </button>
                </div>
            </form>
            {move || {
                answer_link
                    .get()
                    .map(|link| {
                        view! {
                            <div class="sg-card" data-testid="answer-ready">
                                <h3 class="sg-h3">{i18n.t(k::FEEDBACK_REVIEWER_VIEW_SEND_BACK)}</h3>
                                <LinkOut
                                    link=link
                                    label=i18n.t(k::FEEDBACK_REVIEWER_VIEW_LINK)
                                    subject=i18n.t(k::FEEDBACK_REVIEWER_VIEW_MAIL_SUBJECT)
                                    message=i18n.t(k::FEEDBACK_REVIEWER_VIEW_MAIL_MESSAGE)
                                    testid="answer-link"
                                />
                                <button
                                    type="button"
                                    class="sg-button sg-button-quiet"
                                    on:click=download
                                >
                                    {i18n.t(k::FEEDBACK_REVIEWER_VIEW_SAVE_FILE)}
                                </button>
                            </div>
                        }
                    })
            }}
        </section>
    }
}
