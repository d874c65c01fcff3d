//! Finding any skill of the framework (names, aliases, descriptions, typos) to add it.

use crate::ui::profile_sync::use_profile;
use crate::ui::search_field::SearchField;
use domain::i18n::k;
use leptos::prelude::*;
use shell::feed::use_feed;
use shell::i18n::use_i18n;
use shell::notifier::use_notifier;

const MAX_RESULTS: usize = 10;

#[component]
pub fn SkillSearch() -> impl IntoView {
    let profile = use_profile();
    let notifier = use_notifier();
    let loaded = use_feed();
    let query = RwSignal::new(String::new());
    let i18n = use_i18n();
    let results = move || {
        let q = query.get();
        if q.trim().is_empty() {
            return None;
        }
        let mark = browser::clock::Mark::start("skillgap:skill-search");
        let hits = loaded.skill_search().search(&q, MAX_RESULTS);
        mark.end();
        if hits.is_empty() {
            return Some(
                view! {
                    <p class="sg-muted" role="status">
                        {i18n.t(k::ASSESS_SKILL_SEARCH_NONE)}
                    </p>
                }
                .into_any(),
            );
        }
        let feed = loaded.feed();
        let items = hits
            .into_iter()
            .map(|hit| {
                let skill = &feed.skills[hit.target];
                let (id, name) = (skill.id.clone(), skill.name.clone());
                let aliases = skill.aliases.join(", ");
                let already = {
                    let id = id.clone();
                    move || profile.with(|p| p.skills.get(&id).is_some_and(|e| e.added))
                };
                let aria_label = {
                    let (already, name) = (already.clone(), name.clone());
                    move || {
                        let key = if already() {
                            k::ASSESS_SKILL_SEARCH_ADDED_LABEL
                        } else {
                            k::ASSESS_SKILL_SEARCH_ADD_LABEL
                        };
                        i18n.tf(key, &[("skill", &name)])
                    }
                };
                let testid = format!("skill-result-{id}");
                view! {
                    <li class="sg-result" data-testid=testid>
                        <span class="sg-result-name">{name.clone()}</span>
                        <span class="sg-muted">{aliases}</span>
                        <button
                            type="button"
                            class="sg-button sg-button-quiet"
                            aria-label=aria_label
                            on:click=move |_| {
                                profile.edit(|p, now| p.add_skill(&id, &name, now));
                                notifier
                                    .confirm(
                                        i18n
                                            .tf(
                                                k::ASSESS_SKILL_SEARCH_ADDED_TOAST,
                                                &[("skill", &name)],
                                            ),
                                        None,
                                    );
                            }
                        >
                            {move || {
                                if already() {
                                    i18n.t(k::ASSESS_SKILL_SEARCH_ADDED)
                                } else {
                                    i18n.t(k::ASSESS_SKILL_SEARCH_ADD)
                                }
                            }}
                        </button>
                    </li>
                }
            })
            .collect_view();
        Some(
            view! {
                <ul class="sg-results" data-testid="skill-results">
                    {items}
                </ul>
            }
            .into_any(),
        )
    };
    view! {
        <SearchField
            id="sg-skill-search"
            label=i18n.t(k::ASSESS_SKILL_SEARCH_LABEL)
            testid="skill-search"
            placeholder=i18n.t(k::ASSESS_SKILL_SEARCH_PLACEHOLDER)
            query=query
        >
            {results}
        </SearchField>
    }
}
