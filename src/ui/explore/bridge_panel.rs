//! Bridge skills: what helps on every shortlisted path.

use crate::domain::explorer::bridge_skills;
use crate::domain::number::short;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn BridgePanel() -> impl IntoView {
    let state = use_app_state();
    let bridges = Memo::new(move |_| {
        let loaded = state.loaded()?;
        let feed = loaded.feed();
        state.profile.with(|p| {
            let shortlist: Vec<usize> = p
                .shortlisted()
                .filter_map(|id| feed.role_by_id(id))
                .collect();
            let names: Vec<String> = shortlist
                .iter()
                .map(|&r| feed.roles[r].name.clone())
                .collect();
            Some((names, bridge_skills(feed, p, &shortlist)))
        })
    });
    let body = move || {
        let loaded = state.loaded()?;
        let feed = loaded.feed();
        let (names, bridges) = bridges.get()?;
        if names.is_empty() {
            return Some(
                view! { <p class="sg-muted">"Shortlist roles below to compare them."</p> }
                    .into_any(),
            );
        }
        let intro = format!("Shortlisted: {}.", names.join(", "));
        if bridges.is_empty() {
            return Some(view! { <p>{intro}</p><p class="sg-muted">"No rated gaps on these roles yet: rate their skills to find bridge skills."</p> }.into_any());
        }
        let items = bridges
            .into_iter()
            .take(8)
            .map(|b| {
                let roles = b.roles.iter().map(|&r| feed.roles[r].name.as_str()).collect::<Vec<_>>().join(", ");
                view! {
                    <li data-testid=format!("bridge-{}", feed.skills[b.skill].id)>
                        <strong>{feed.skills[b.skill].name.clone()}</strong>
                        {format!(" helps on {} role{} ({roles}) · weighted gap {}", b.roles.len(), if b.roles.len() == 1 { "" } else { "s" }, short(b.weighted_gap))}
                    </li>
                }
            })
            .collect_view();
        Some(view! { <p>{intro}</p><ol data-testid="bridge-skills">{items}</ol> }.into_any())
    };
    view! {
        <div class="sg-card" data-testid="bridge-panel">
            <h3 class="sg-h3">"Bridge skills"</h3>
            {body}
        </div>
    }
}
