//! Career paths: the roles around where the person is, drawn as a map with its list
//! alternative, and the way to any role chosen there, step by step, each step with its skills
//! to close, learning and people that fit, and "Add this step to my plan".
//!
//! The map, the list and the steps are markup (`markup::path_*`); this section's one click
//! handler reads their `data-action` buttons and the map's `data-role` boxes.

mod add_step;

use crate::browser::clock::{next_frame, Mark};
use crate::domain::explorer::{levels_of, rank_roles, role_fit, FitGroup};
use crate::domain::feed::{Feed, RoleIdx};
use crate::domain::paths::journey::step_suggestions;
use crate::domain::paths::{find_way, neighbourhood, CareerGraph, FoundWay};
use crate::domain::plan::goal_for_skill;
use crate::domain::profile::Profile;
use crate::markup::path_list::{path_list, role_item};
use crate::markup::path_map::{path_map, Marks};
use crate::markup::path_steps::{path_steps, StepExtras, Way};
use crate::markup::role_options::role_options;
use crate::markup::Markup;
use crate::ui::role_change::RoleKind;
use crate::ui::search_field::SearchField;
use crate::ui::state::{use_app_state, use_feed, AppState, Section};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

const STEP_RESOURCES: usize = 3;
const STEP_MENTORS: usize = 2;
const SEARCH_RESULTS: usize = 8;
/// Roles offered when the framework has no career paths.
const CLOSEST_ROLES: usize = 10;

fn role_of(feed: &Feed, id: Option<&str>) -> Option<RoleIdx> {
    id.and_then(|id| feed.role_by_id(id))
}

/// The way shown, with what each of its steps offers.
#[derive(Debug, Clone, PartialEq)]
struct Shown {
    found: FoundWay,
    chosen: usize,
    extras: Vec<StepExtras>,
}

fn extras(feed: &Feed, profile: &Profile, found: &FoundWay, chosen: usize) -> Vec<StepExtras> {
    let Some((_, journey)) = found.routes.get(chosen) else {
        return Vec::new();
    };
    journey
        .steps
        .iter()
        .map(|step| {
            let (resources, mentors) =
                step_suggestions(feed, profile, step, STEP_RESOURCES, STEP_MENTORS);
            let in_plan = !step.to_close.is_empty()
                && step
                    .to_close
                    .iter()
                    .all(|s| goal_for_skill(profile, &feed.skills[s.skill].id).is_some());
            StepExtras {
                resources,
                mentors,
                in_plan,
            }
        })
        .collect()
}

/// The element clicked, or the nearest ancestor with `selector`.
fn clicked(ev: &web_sys::MouseEvent, selector: &str) -> Option<web_sys::Element> {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|t| t.closest(selector).ok().flatten())
}

fn focus_after_render(state: AppState, selector: String) {
    leptos::task::spawn_local(async move {
        next_frame().await;
        state.focus(&selector);
    });
}

#[component]
pub fn PathsSection() -> impl IntoView {
    let state = use_app_state();
    let loaded = use_feed();
    let graph = Arc::new(CareerGraph::new(loaded.feed()));
    let has_paths = graph.has_paths();
    // The role whose way is shown, and the role the map is centred on, when the person
    // chose them here; otherwise the target and the current role.
    let chosen: RwSignal<Option<RoleIdx>> = RwSignal::new(None);
    let centre_choice: RwSignal<Option<RoleIdx>> = RwSignal::new(None);
    let route_choice = RwSignal::new(0usize);
    let query = RwSignal::new(String::new());

    let levels = Memo::new({
        let loaded = loaded.clone();
        move |_| state.profile.with(|p| levels_of(loaded.feed(), p))
    });
    let roles = Memo::new({
        let loaded = loaded.clone();
        move |_| {
            let feed = loaded.feed();
            state.profile.with(|p| {
                (
                    role_of(feed, p.current_role.value.as_deref()),
                    role_of(feed, p.target_role.value.as_deref()),
                )
            })
        }
    });
    let destination = Memo::new(move |_| chosen.get().or_else(|| roles.get().1));
    let centre = Memo::new(move |_| {
        let (current, target) = roles.get();
        centre_choice.get().or(current).or(target).or(chosen.get())
    });
    let shown = Memo::new({
        let (loaded, graph) = (loaded.clone(), graph.clone());
        move |_| {
            let to = destination.get()?;
            let mark = Mark::start("skillgap:paths-way");
            let feed = loaded.feed();
            let found = levels.with(|l| find_way(feed, &graph, roles.get().0, to, l));
            let chosen = route_choice.get().min(found.routes.len().saturating_sub(1));
            let extras = state.profile.with(|p| extras(feed, p, &found, chosen));
            mark.end();
            Some(Shown {
                found,
                chosen,
                extras,
            })
        }
    });
    let map_html = Memo::new({
        let (loaded, graph) = (loaded.clone(), graph.clone());
        move |_| {
            let centre = centre.get()?;
            if !has_paths {
                return None;
            }
            let mark = Mark::start("skillgap:paths-draw");
            let feed = loaded.feed();
            let (current, target) = roles.get();
            let selected = destination.get();
            let route: Vec<RoleIdx> = shown.with(|s| {
                s.as_ref()
                    .and_then(|s| s.found.routes.get(s.chosen))
                    .map(|(r, _)| r.clone())
                    .unwrap_or_default()
            });
            let html = levels.with(|levels| {
                let mut pinned: Vec<RoleIdx> = route.clone();
                pinned.extend(current);
                pinned.extend(target);
                pinned.extend(selected);
                let cautious = |r: RoleIdx| {
                    let fit = role_fit(feed, r, levels);
                    (fit.group(), fit.evidence.cautious)
                };
                let map = neighbourhood(&graph, centre, &pinned, |a, b| {
                    let (ga, fa) = cautious(a);
                    let (gb, fb) = cautious(b);
                    ga.cmp(&gb)
                        .then(fb.total_cmp(&fa))
                        .then_with(|| feed.roles[a].name.cmp(&feed.roles[b].name))
                });
                let marks = Marks {
                    current,
                    target,
                    selected,
                    route: &route,
                };
                (
                    path_map(feed, &graph, &map, levels, marks),
                    path_list(feed, &graph, &map, levels, current, target),
                    feed.roles[centre].name.clone(),
                )
            });
            mark.end();
            Some(html)
        }
    });
    let steps_html = {
        let loaded = loaded.clone();
        move || {
            shown.with(|s| match s {
                Some(s) => {
                    let way = Way {
                        found: &s.found,
                        chosen: s.chosen,
                        extras: &s.extras,
                    };
                    path_steps(loaded.feed(), &way, roles.get().1)
                }
                None => {
                    let mut m = Markup::new();
                    m.element("h3", &[("class", "sg-h3"), ("id", "sg-way-heading"), ("tabindex", "-1")], "The way to a role")
                        .element("p", &[("class", "sg-muted")], "Choose a role on the map, in the list or through “Find a role” to see the way there, step by step.");
                    m.finish()
                }
            })
        }
    };
    let closest_html = {
        let (loaded, graph) = (loaded.clone(), graph.clone());
        move || {
            if has_paths {
                return None;
            }
            let feed = loaded.feed();
            let (current, target) = roles.get();
            let ranked = state.profile.with(|p| rank_roles(feed, p, None));
            let mut m = Markup::new();
            levels.with(|levels| {
                for fit in ranked
                    .iter()
                    .filter(|f| f.group() != FitGroup::NotRated && Some(f.role) != current)
                    .take(CLOSEST_ROLES)
                {
                    role_item(&mut m, feed, &graph, fit.role, levels, current, target);
                }
            });
            Some(m.finish())
        }
    };
    let search_html = {
        let loaded = loaded.clone();
        move || {
            let q = query.get();
            if q.trim().is_empty() {
                return String::new();
            }
            let feed = loaded.feed();
            let hits = loaded.role_search().search(&q, SEARCH_RESULTS);
            let mut m = Markup::new();
            if hits.is_empty() {
                m.element(
                    "li",
                    &[("class", "sg-muted"), ("role", "status")],
                    "No role matches that.",
                );
            }
            for hit in hits {
                let role = &feed.roles[hit.target];
                m.open("li", &[("class", "sg-result")]);
                m.element("span", &[("class", "sg-result-name")], &role.name);
                let detail: Vec<&str> = [role.family.as_str(), role.seniority.as_str()]
                    .into_iter()
                    .filter(|s| !s.trim().is_empty())
                    .collect();
                m.element("span", &[("class", "sg-muted")], &detail.join(" · "));
                crate::markup::path_list::role_button(
                    &mut m,
                    "jump",
                    "Show the way here",
                    &role.id,
                    &role.name,
                );
                m.close("li");
            }
            m.finish()
        }
    };

    let choose = move |role: RoleIdx, recentre: bool| {
        chosen.set(Some(role));
        route_choice.set(0);
        if recentre {
            centre_choice.set(Some(role));
        }
        focus_after_render(state, "#sg-way-heading".to_owned());
    };
    let on_click = {
        let loaded = loaded.clone();
        move |ev: web_sys::MouseEvent| {
            let feed = loaded.feed();
            let role_attr = |el: &web_sys::Element| {
                el.get_attribute("data-role")
                    .and_then(|id| feed.role_by_id(&id))
            };
            if let Some(button) = clicked(&ev, "button[data-action]") {
                let action = button.get_attribute("data-action").unwrap_or_default();
                match action.as_str() {
                    "select" => {
                        if let Some(role) = role_attr(&button) {
                            choose(role, false);
                        }
                    }
                    "jump" => {
                        if let Some(role) = role_attr(&button) {
                            query.set(String::new());
                            choose(role, true);
                        }
                    }
                    "route" => {
                        let index = button
                            .get_attribute("data-route")
                            .and_then(|i| i.parse().ok())
                            .unwrap_or(0);
                        route_choice.set(index);
                        focus_after_render(
                            state,
                            format!("button[data-action=route][data-route=\"{index}\"]"),
                        );
                    }
                    "aim" => {
                        if let Some(role) = role_attr(&button) {
                            let id = feed.roles[role].id.clone();
                            state.change_role(RoleKind::Target, Some(id), &feed.roles[role].name);
                        }
                    }
                    "add-step" => {
                        let index: usize = button
                            .get_attribute("data-step")
                            .and_then(|i| i.parse().ok())
                            .unwrap_or(0);
                        let step = shown.with_untracked(|s| {
                            s.as_ref()
                                .and_then(|s| s.found.routes.get(s.chosen))
                                .and_then(|(_, j)| j.steps.get(index).cloned())
                        });
                        if let Some(step) = step {
                            add_step::add_step_to_plan(state, feed, &step);
                            focus_after_render(state, format!("button[data-step=\"{index}\"]"));
                        }
                    }
                    "open-plan" => {
                        state.section.set(Section::Plan);
                        focus_after_render(state, "#sg-plan-heading".to_owned());
                    }
                    _ => {}
                }
                return;
            }
            // A box on the map: pointer only; the list below offers the same by keyboard.
            if let Some(node) = clicked(&ev, "g[data-role]") {
                if let Some(role) = role_attr(&node) {
                    chosen.set(Some(role));
                    route_choice.set(0);
                    state.announce(format!("Showing the way to {}.", feed.roles[role].name));
                }
            }
        }
    };
    let current_select = {
        let loaded = loaded.clone();
        let value = move || {
            state
                .profile
                .with(|p| p.current_role.value.clone())
                .unwrap_or_default()
        };
        view! {
            <div class="sg-field">
                <label for="sg-paths-current-role" class="sg-label">
                    "Your current role"
                </label>
                <select
                    id="sg-paths-current-role"
                    class="sg-select"
                    data-testid="paths-current-role"
                    inner_html=role_options(loaded.feed(), "Not set")
                    prop:value=value
                    on:change=move |ev| {
                        let role = Some(event_target_value(&ev)).filter(|r| !r.is_empty());
                        let feed = loaded.feed();
                        let name = role
                            .as_deref()
                            .and_then(|r| feed.role_by_id(r))
                            .map_or(String::new(), |r| feed.roles[r].name.clone());
                        centre_choice.set(None);
                        state.change_role(RoleKind::Current, role, &name);
                    }
                ></select>
            </div>
        }
    };
    let recentred = move || centre_choice.get().is_some() && centre_choice.get() != roles.get().0;
    view! {
        <section
            class="sg-section sg-paths"
            aria-labelledby="sg-paths-heading"
            data-testid="paths"
            on:click=on_click
        >
            <h2 id="sg-paths-heading" class="sg-h2">
                "Career paths"
            </h2>
            <p class="sg-muted">
                "Where roles usually lead in this framework, and what each step would ask of you. Choose a role on the map or in the list to see the way there; what you do with it is up to you."
            </p>
            <div class="sg-path-controls">
                {current_select}
                <SearchField
                    id="sg-paths-search"
                    label="Find a role"
                    testid="paths-search"
                    placeholder="Any role or family, e.g. analyst"
                    query=query
                >
                    <ul class="sg-results" data-testid="paths-results" inner_html=search_html></ul>
                </SearchField>
            </div>
            <Show when=recentred>
                <button
                    type="button"
                    class="sg-button sg-button-quiet"
                    data-testid="paths-recentre"
                    on:click=move |_| centre_choice.set(None)
                >
                    "Back to the roles around my current role"
                </button>
            </Show>
            <Show when=move || !has_paths>
                <div class="sg-card" data-testid="paths-none">
                    <h3 class="sg-h3">"This framework has no career paths"</h3>
                    <p>
                        "Its publisher has not said which roles usually lead to which, so there is no map to draw. These are the roles closest to your ratings; choose one to see what it would take."
                    </p>
                    <ul class="sg-path-roles" inner_html=closest_html.clone()></ul>
                </div>
            </Show>
            <Show when=move || has_paths && centre.get().is_none()>
                <p class="sg-card" data-testid="paths-start">
                    "Choose your current role above to see the roles around it, or find any role."
                </p>
            </Show>
            {move || {
                map_html
                    .get()
                    .map(|(map, _, centre_name)| {
                        view! {
                            <div class="sg-card sg-path-map-card">
                                <h3 class="sg-h3">{format!("Roles around {centre_name}")}</h3>
                                <div class="sg-path-map-scroll" inner_html=map></div>
                                <p class="sg-muted sg-path-legend">
                                    "Arrows show where a role usually leads; a dashed arrow leads back. The way you chose is drawn in colour. The list below gives the same roles."
                                </p>

                            </div>
                        }
                    })
            }}
            <div class="sg-card sg-path-way" data-testid="path-way" inner_html=steps_html></div>
            {move || {
                map_html
                    .get()
                    .map(|(_, list, centre_name)| {
                        view! {
                            <div class="sg-card sg-path-list" data-testid="path-list">
                                <h3 class="sg-h3">
                                    {format!("The roles around {centre_name}, as a list")}
                                </h3>
                                <div inner_html=list></div>
                            </div>
                        }
                    })
            }}
        </section>
    }
}
