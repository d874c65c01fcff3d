//! Career paths: the roles around where the person is, drawn as a map with its list
//! alternative, and the way to any role chosen there, step by step, each step with its skills
//! to close, learning and people that fit, and "Add this step to my plan".
//!
//! What is shown is drawn whole by `markup::paths_page`; this section keeps the person's
//! choices and its one click handler reads the buttons' `markup::action::MarkupAction` and
//! the map's boxes.

mod add_step;

use crate::ui::markup_clicks::clicked;
use crate::ui::navigation::{use_navigation, Section};
use crate::ui::profile_sync::use_profile;
use crate::ui::role_change::RoleKind;
use crate::ui::search_field::SearchField;
use browser::clock::{next_frame, Mark};
use domain::feed::RoleIdx;
use domain::i18n::k;
use domain::paths::CareerGraph;
use leptos::prelude::*;
use markup::action::{MarkupAction, BUTTON_SELECTOR};
use markup::path_list::role_button;
use markup::paths_page::{paths_page, PathChoices, PathsPage};
use markup::role_options::role_options;
use markup::Markup;
use shell::feed::use_feed;
use shell::i18n::use_i18n;
use shell::notifier::{use_notifier, Notifier};
use std::sync::Arc;

const SEARCH_RESULTS: usize = 8;

fn focus_after_render(notifier: Notifier, selector: String) {
    leptos::task::spawn_local(async move {
        next_frame().await;
        notifier.focus(&selector);
    });
}

#[component]
pub fn PathsSection() -> impl IntoView {
    let profile = use_profile();
    let nav = use_navigation();
    let notifier = use_notifier();
    let i18n = use_i18n();
    let loaded = use_feed();
    let graph = Arc::new(CareerGraph::new(loaded.feed()));
    let choices = RwSignal::new(PathChoices::default());
    let query = RwSignal::new(String::new());
    let page = Memo::new({
        let (loaded, graph) = (loaded.clone(), graph.clone());
        move |_| {
            let mark = Mark::start("skillgap:paths-draw");
            let choices = choices.get();
            let page =
                profile.with(|p| i18n.with(|tr| paths_page(loaded.feed(), &graph, p, choices, tr)));
            mark.end();
            page
        }
    });
    let part = move |pick: fn(&PathsPage) -> String| move || page.with(pick);
    let search_html = {
        let loaded = loaded.clone();
        move || {
            let q = query.get();
            if q.trim().is_empty() {
                return String::new();
            }
            let feed = loaded.feed();
            let hits = loaded.role_search().search(&q, SEARCH_RESULTS);
            let tr = i18n.translator();
            let mut m = Markup::new();
            if hits.is_empty() {
                m.element("li", &[("class", "sg-muted")], tr.t(k::PATHS_SEARCH_NONE));
            }
            let full = hits.len() == SEARCH_RESULTS;
            for hit in hits {
                let role = &feed.roles[hit.target];
                m.open("li", &[("class", "sg-result")]);
                m.element("span", &[("class", "sg-result-name")], &role.name);
                m.element(
                    "span",
                    &[("class", "sg-muted")],
                    &role.family_and_seniority(),
                );
                role_button(
                    &mut m,
                    &MarkupAction::JumpTo(role.id.clone()),
                    tr.t(k::PATHS_SHOW_WAY),
                    &role.name,
                    &tr,
                );
                m.close("li");
            }
            if full {
                m.element("li", &[("class", "sg-muted")], tr.t(k::PATHS_SEARCH_MORE));
            }
            m.finish()
        }
    };
    let choose = move |role: RoleIdx, recentre: bool| {
        choices.update(|c| {
            c.destination = Some(role);
            c.route = 0;
            if recentre {
                c.centre = Some(role);
            }
        });
    };
    let on_click = {
        let loaded = loaded.clone();
        move |ev: web_sys::MouseEvent| {
            let feed = loaded.feed();
            let Some(button) = clicked(&ev, BUTTON_SELECTOR) else {
                // A box on the map: pointer only; the list offers the same by keyboard.
                if let Some(role) = clicked(&ev, "g[data-role]")
                    .and_then(|n| n.get_attribute("data-role"))
                    .and_then(|id| feed.role_by_id(&id))
                {
                    choose(role, false);
                    notifier
                        .announce(i18n.tf(k::PATHS_SHOWING, &[("role", &feed.roles[role].name)]));
                }
                return;
            };
            let Some(action) = MarkupAction::read(|name| button.get_attribute(name)) else {
                return;
            };
            match action {
                MarkupAction::ShowWay(role) => {
                    if let Some(role) = feed.role_by_id(&role) {
                        choose(role, false);
                        focus_after_render(notifier, "#sg-way-heading".to_owned());
                    }
                }
                MarkupAction::JumpTo(role) => {
                    if let Some(role) = feed.role_by_id(&role) {
                        query.set(String::new());
                        choose(role, true);
                        focus_after_render(notifier, "#sg-way-heading".to_owned());
                    }
                }
                MarkupAction::ChooseRoute(index) => {
                    choices.update(|c| c.route = index);
                    focus_after_render(notifier, MarkupAction::ChooseRoute(index).selector());
                }
                MarkupAction::AimAt(role) => {
                    if let Some(role) = feed.role_by_id(&role) {
                        let role = &feed.roles[role];
                        profile.change_role(
                            notifier,
                            RoleKind::Target,
                            Some(role.id.clone()),
                            &role.name,
                        );
                        // The button is gone once the role is the target.
                        focus_after_render(notifier, "#sg-way-heading".to_owned());
                    }
                }
                MarkupAction::AddStep(index) => {
                    if let Some(step) = page.with_untracked(|p| p.steps.get(index).cloned()) {
                        add_step::add_step_to_plan(profile, notifier, i18n, feed, &step);
                        // Every skill of the step now has its goal: the button opens the plan.
                        focus_after_render(
                            notifier,
                            MarkupAction::OpenPlanForStep(index).selector(),
                        );
                    }
                }
                MarkupAction::OpenPlanForStep(_) => {
                    nav.go_to(Section::Plan, "#sg-plan-heading");
                }
                // The gap list's buttons, not drawn in this section.
                MarkupAction::AddSkillToPlan(_)
                | MarkupAction::OpenPlanForSkill(_)
                | MarkupAction::FindResources(_) => {}
            }
        }
    };
    let current_select = {
        let loaded = loaded.clone();
        let value = move || {
            profile
                .with(|p| p.current_role.value.clone())
                .unwrap_or_default()
        };
        view! {
            <div class="sg-field">
                <label for="sg-paths-current-role" class="sg-label">
                    {i18n.t(k::PATHS_CURRENT_ROLE)}
                </label>
                <select
                    id="sg-paths-current-role"
                    class="sg-select"
                    data-testid="paths-current-role"
                    inner_html=role_options(
                        loaded.feed(),
                        &i18n.t(k::PATHS_CURRENT_ROLE_NONE),
                        &i18n.translator(),
                    )
                    prop:value=value
                    on:change=move |ev| {
                        let role = Some(event_target_value(&ev)).filter(|r| !r.is_empty());
                        let feed = loaded.feed();
                        let name = role
                            .as_deref()
                            .and_then(|r| feed.role_by_id(r))
                            .map_or(String::new(), |r| feed.roles[r].name.clone());
                        choices.update(|c| c.centre = None);
                        profile.change_role(notifier, RoleKind::Current, role, &name);
                    }
                ></select>
            </div>
        }
    };
    let has_paths = graph.has_paths();
    let centre_name = move || page.with(|p| p.centre_name.clone()).unwrap_or_default();
    let has_map = move || page.with(|p| p.centre_name.is_some());
    view! {
        <section
            class="sg-section sg-paths"
            aria-labelledby="sg-paths-heading"
            data-testid="paths"
            on:click=on_click
        >
            <h2 id="sg-paths-heading" class="sg-h2">
                {i18n.t(k::PATHS_HEADING)}
            </h2>
            <p class="sg-muted">{i18n.t(k::PATHS_INTRO)}</p>
            <div class="sg-path-controls">
                {current_select}
                <SearchField
                    id="sg-paths-search"
                    label=i18n.t(k::PATHS_SEARCH_LABEL)
                    testid="paths-search"
                    placeholder=i18n.t(k::PATHS_SEARCH_PLACEHOLDER)
                    query=query
                >
                    <ul class="sg-results" data-testid="paths-results" inner_html=search_html></ul>
                </SearchField>
            </div>
            <button
                type="button"
                class="sg-button sg-button-quiet"
                data-testid="paths-recentre"
                hidden=move || !page.with(|p| p.recentred)
                on:click=move |_| {
                    choices.update(|c| c.centre = None);
                    focus_after_render(notifier, "#sg-paths-map-heading".to_owned());
                }
            >
                {i18n.t(k::PATHS_RECENTRE)}
            </button>
            <div class="sg-card" data-testid="paths-none" hidden=has_paths>
                <h3 class="sg-h3">{i18n.t(k::PATHS_NONE_HEADING)}</h3>
                <p>{i18n.t(k::PATHS_NONE_TEXT)}</p>
                <ul
                    class="sg-path-roles"
                    inner_html=move || page.with(|p| p.closest.clone().unwrap_or_default())
                ></ul>
            </div>
            <p class="sg-card" data-testid="paths-start" hidden=move || !has_paths || has_map()>
                {i18n.t(k::PATHS_START)}
            </p>
            <div class="sg-card sg-path-map-card" hidden=move || !has_map()>
                <h3 class="sg-h3" id="sg-paths-map-heading" tabindex="-1">
                    {move || i18n.tf(k::PATHS_MAP_HEADING, &[("role", &centre_name())])}
                </h3>
                <div class="sg-path-map-scroll" inner_html=part(|p| p.map.clone())></div>
                <p class="sg-muted sg-path-legend">{i18n.t(k::PATHS_MAP_LEGEND)}</p>
            </div>
            <div
                class="sg-card sg-path-way"
                data-testid="path-way"
                inner_html=part(|p| p.way.clone())
            ></div>
            <div class="sg-card sg-path-list" data-testid="path-list" hidden=move || !has_map()>
                <h3 class="sg-h3">
                    {move || i18n.tf(k::PATHS_LIST_HEADING, &[("role", &centre_name())])}
                </h3>
                <div inner_html=part(|p| p.list.clone())></div>
            </div>
        </section>
    }
}
