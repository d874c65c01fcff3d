//! The prioritised list of gaps, and strengths.

use super::target_gap;
use crate::domain::priorities::{priorities, strengths, Strength};
use crate::ui::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn PriorityList() -> impl IntoView {
    let state = use_app_state();
    let gap = target_gap();
    let items = move || {
        let loaded = state.loaded()?;
        let feed = loaded.feed();
        let (_, gap) = gap.get()?;
        let scale = &feed.scale;
        let list = state.profile.with(|p| priorities(&gap, feed, p));
        let mut rows: Vec<AnyView> = list
            .iter()
            .map(|p| {
                let skill = &feed.skills[p.line.skill];
                let levels = p.line.gap().unwrap_or(0);
                let interest = state.profile.with(|pr| pr.interest(&skill.id)).map(|i| format!(" · {}", i.label().to_lowercase())).unwrap_or_default();
                view! {
                    <li class="sg-gap-line sg-gap-short" data-testid=format!("gap-{}", skill.id)>
                        <span class="sg-gap-skill">{skill.name.clone()}</span>
                        <span class="sg-gap-status">{format!("{levels} level{} to go", if levels == 1 { "" } else { "s" })}</span>
                        <span class="sg-gap-detail">
                            {format!("you {} · needs {} {} · {}{interest}", p.line.current.unwrap_or(0), p.line.required, scale.label(p.line.required), p.line.importance.label())}
                        </span>
                    </li>
                }
                .into_any()
            })
            .collect();
        rows.extend(gap.lines.iter().filter(|l| l.current.is_none()).map(|l| {
            let skill = &feed.skills[l.skill];
            view! {
                <li class="sg-gap-line sg-gap-unknown" data-testid=format!("gap-{}", skill.id)>
                    <span class="sg-gap-skill">{skill.name.clone()}</span>
                    <span class="sg-gap-status">"unknown: not rated yet"</span>
                    <span class="sg-gap-detail">{format!("needs {} {} · {}", l.required, scale.label(l.required), l.importance.label())}</span>
                </li>
            }
            .into_any()
        }));
        Some(rows)
    };
    view! {
        <div class="sg-card">
            <h3 class="sg-h3">"Where to grow first"</h3>
            <p class="sg-muted">"Ordered by levels to close × importance; skills you want to grow move up, “not for me” moves down."</p>
            <ol class="sg-gap-list" data-testid="gap-list">{items}</ol>
        </div>
    }
}

#[component]
pub fn Strengths() -> impl IntoView {
    let state = use_app_state();
    let gap = target_gap();
    let items = move || {
        let loaded = state.loaded()?;
        let feed = loaded.feed();
        let (_, gap) = gap.get()?;
        let list = state.profile.with(|p| strengths(&gap, feed, p));
        if list.is_empty() {
            return Some(view! { <p class="sg-muted">"Rated skills that meet the role's requirement appear here."</p> }.into_any());
        }
        Some(
            view! {
                <ul class="sg-gap-list" data-testid="strengths">
                    {list
                        .into_iter()
                        .map(|s| {
                            let (skill, text) = match s {
                                Strength::Meets { skill, current, required } => (skill, format!("{current} · meets {required}")),
                                Strength::BeyondRole { skill, current } => (skill, format!("{current} · beyond this role")),
                            };
                            view! {
                                <li class="sg-gap-line sg-gap-met" data-testid=format!("strength-{}", feed.skills[skill].id)>
                                    <span class="sg-gap-skill">{feed.skills[skill].name.clone()}</span>
                                    <span class="sg-gap-status">{text}</span>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
            .into_any(),
        )
    };
    view! {
        <div class="sg-card">
            <h3 class="sg-h3">"Strengths"</h3>
            {items}
        </div>
    }
}
