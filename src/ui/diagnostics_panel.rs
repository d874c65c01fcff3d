//! Feed diagnostics: collapsed for employees, open for admins (`?diagnostics`), who also see
//! what loaded when all is well, whether the page's role (`role-id`, `?role=`) exists, and why
//! a language's catalogue could not be used. The findings themselves stay in English: they are
//! the feed check's, shared with the command line.

use domain::feed::{FeedLoad, Severity};
use domain::i18n::k;
use domain::i18n::Translator;
use leptos::prelude::*;
use markup::diagnostics::diagnostic_items;
use shell::feed::use_feeds;
use shell::i18n::use_i18n;

/// The role the page asked to preselect (`role-id` attribute or `?role=`), if any.
#[derive(Clone)]
pub struct PageRole(pub Option<String>);

/// What loaded: "12 skills, 4 roles, 3 career-path links, 20 resources, 5 mentors".
fn contents(load: &FeedLoad, tr: &Translator) -> String {
    let feed = &load.feed;
    let paths: usize = feed.roles.iter().map(|r| r.next_roles.len()).sum();
    tr.tf_plain(
        k::DIAGNOSTICS_CONTENTS,
        &[
            (
                "skills",
                &tr.plural(k::DIAGNOSTICS_SKILLS, feed.skills.len(), &[]),
            ),
            (
                "roles",
                &tr.plural(k::DIAGNOSTICS_ROLES, feed.roles.len(), &[]),
            ),
            ("paths", &tr.plural(k::DIAGNOSTICS_PATHS, paths, &[])),
            (
                "resources",
                &tr.plural(k::DIAGNOSTICS_RESOURCES, feed.resources.len(), &[]),
            ),
            (
                "mentors",
                &tr.plural(k::DIAGNOSTICS_MENTORS, feed.mentors.len(), &[]),
            ),
        ],
    )
}

#[component]
pub fn DiagnosticsPanel() -> impl IntoView {
    let feeds = use_feeds();
    let i18n = use_i18n();
    let page_role = use_context::<PageRole>().and_then(|r| r.0);
    // Admins only: an employee cannot fix the page, and the widget works without the role.
    let unknown_role = move || {
        let loaded = feeds.loaded()?;
        let role = page_role.clone()?;
        (feeds.show_diagnostics && loaded.feed().role_by_id(&role).is_none())
            .then(|| i18n.tf(k::DIAGNOSTICS_UNKNOWN_ROLE, &[("role", &role)]))
    };
    let language_problem = move || feeds.show_diagnostics.then(|| i18n.problem.get()).flatten();
    let all_well = move || {
        let loaded = feeds.loaded()?;
        if !feeds.show_diagnostics || !loaded.load.diagnostics.is_empty() {
            return None;
        }
        Some(i18n.with(|tr| {
            tr.tf_plain(
                k::DIAGNOSTICS_OK,
                &[("contents", &contents(&loaded.load, tr))],
            )
        }))
    };
    // Administrators' notes, only where the page asked for them: an employee can do nothing
    // about the feed, and "684 warnings" on every screen only worries them.
    let summary = move || {
        let load = feeds.loaded()?;
        if !feeds.show_diagnostics || load.load.diagnostics.is_empty() {
            return None;
        }
        Some(i18n.with(|tr| {
            let count = |severity| load.load.count(severity);
            tr.tf_plain(
                k::DIAGNOSTICS_SUMMARY,
                &[
                    (
                        "errors",
                        &tr.plural(k::DIAGNOSTICS_ERRORS, count(Severity::Error), &[]),
                    ),
                    (
                        "warnings",
                        &tr.plural(k::DIAGNOSTICS_WARNINGS, count(Severity::Warning), &[]),
                    ),
                    (
                        "infos",
                        &tr.plural(k::DIAGNOSTICS_INFOS, count(Severity::Info), &[]),
                    ),
                ],
            )
        }))
    };
    // The list is built only while the panel is open: employees never pay for it.
    let open = RwSignal::new(feeds.show_diagnostics);
    let items = move || {
        if !open.get() {
            return None;
        }
        let loaded = feeds.loaded()?;
        Some(i18n.with(|tr| diagnostic_items(&loaded.load.diagnostics, tr)))
    };
    view! {
        {move || {
            language_problem()
                .map(|text| {
                    view! {
                        <p
                            class="sg-error"
                            role="status"
                            data-testid="diagnostics-language-problem"
                        >
                            {text}
                        </p>
                    }
                })
        }}
        {move || {
            unknown_role()
                .map(|text| {
                    view! {
                        <p class="sg-error" role="status" data-testid="unknown-page-role">
                            {text}
                        </p>
                    }
                })
        }}
        {move || {
            all_well()
                .map(|text| {
                    view! {
                        <p class="sg-card sg-diagnostics" role="status" data-testid="feed-ok">
                            {text}
                        </p>
                    }
                })
        }}
        <Show when=move || summary().is_some()>
            <details
                class="sg-card sg-diagnostics"
                data-testid="diagnostics"
                prop:open=feeds.show_diagnostics
                on:toggle=move |ev| {
                    use wasm_bindgen::JsCast;
                    if let Some(details) = ev
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
                    {
                        open.set(details.open());
                    }
                }
            >
                <summary data-testid="diagnostics-summary">{summary}</summary>
                <ul class="sg-diag-list" inner_html=items></ul>
            </details>
        </Show>
    }
}
