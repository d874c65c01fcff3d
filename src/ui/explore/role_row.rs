//! One role in the explorer: its fit with the evidence behind it, what it would take, the
//! shortlist, "Make this my target" and, while little is rated, "Rate the N missing skills".

use crate::ui::navigation::{use_navigation, Section};
use crate::ui::profile_sync::use_profile;
use domain::explorer::RoleFit;
use domain::gap::list_text;
use domain::i18n::k;
use domain::profile::{flag_is_set, Profile};
use leptos::prelude::*;
use shell::feed::use_feed;
use shell::i18n::use_i18n;
use shell::notifier::use_notifier;
use stdx::dom_id::dom_id;
use stdx::number::fixed;

#[component]
pub fn RoleRow(
    /// Position among the ranked roles; `None` for roles not ranked (too little rated).
    rank: Option<usize>,
    fit: RoleFit,
) -> impl IntoView {
    let profile = use_profile();
    let nav = use_navigation();
    let notifier = use_notifier();
    let i18n = use_i18n();
    let loaded = use_feed();
    let feed = loaded.feed();
    let role = &feed.roles[fit.role];
    let (id, name) = (role.id.clone(), role.name.clone());
    let take = if fit.fit.is_none() {
        i18n.plural(k::EXPLORE_TAKE_TO_RATE, fit.unrated, &[])
    } else {
        let args = [
            (
                "skills",
                i18n.plural(k::EXPLORE_TAKE_SKILLS, fit.skills_to_close, &[]),
            ),
            (
                "levels",
                i18n.plural(k::EXPLORE_TAKE_LEVELS, fit.levels_to_close as usize, &[]),
            ),
            (
                "unrated",
                i18n.plural(k::GAP_PROGRESS_UNRATED, fit.unrated, &[]),
            ),
        ];
        let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        // The language's own texts and numbers: nothing to isolate.
        let key = if fit.unrated > 0 {
            k::EXPLORE_TAKE_CLOSE_UNRATED
        } else {
            k::EXPLORE_TAKE_CLOSE
        };
        i18n.with(|tr| tr.tf_plain(key, &args))
    };
    let essentials = (!fit.essential_missing.is_empty()).then(|| {
        let names: Vec<&str> = fit
            .essential_missing
            .iter()
            .map(|&s| feed.skills[s].name.as_str())
            .collect();
        let names = i18n.with(|tr| list_text(&names, tr));
        i18n.tf(k::EXPLORE_ESSENTIAL_GAPS, &[("skills", &names)])
    });
    let detail = role.family_and_seniority();
    let shortlisted = {
        let id = id.clone();
        Memo::new(move |_| profile.with(|p| flag_is_set(&p.shortlist, &id)))
    };
    let is_target = {
        let id = id.clone();
        Memo::new(move |_| profile.with(|p| p.target_role.value.as_deref() == Some(&id)))
    };
    let toggle = {
        let id = id.clone();
        move |ev| {
            let on = event_target_checked(&ev);
            profile.edit(|p, now| Profile::set_flag(&mut p.shortlist, &id, on, now));
        }
    };
    let aim = {
        let (id, name) = (id.clone(), name.clone());
        move |_| {
            profile.change_role(
                notifier,
                crate::ui::role_change::RoleKind::Target,
                Some(id.clone()),
                &name,
            );
        }
    };
    let missing = fit.unrated;
    let rate_missing = {
        let id = id.clone();
        move |_| {
            nav.rating_focus.set(Some(id.clone()));
            nav.go_to(
                Section::Assess,
                "[data-testid=focused-skills] input[type=radio]",
            );
        }
    };
    let checkbox_id = format!("sg-shortlist-{}", dom_id(&id));
    let aim_label = i18n.tf(k::GAP_NAME_SUFFIX, &[("name", &name)]);
    let title = match rank {
        Some(rank) => i18n.tf(
            k::EXPLORE_RANKED_NAME,
            &[("rank", &i18n.integer(rank as i64 + 1)), ("role", &name)],
        ),
        None => name.clone(),
    };
    let fit_summary = i18n.with(|tr| fit.evidence.summary_in(tr));
    view! {
        <li
            class="sg-role-card"
            class:sg-role-target=move || is_target.get()
            data-testid="role-card"
            data-role-id=id.clone()
            data-fit=fit.fit.map_or(String::new(), |f| fixed(f, 4))
            data-coverage=fixed(fit.coverage, 4)
        >
            <div class="sg-role-head">
                <span class="sg-result-name">{title}</span>
                <span class="sg-role-fit" data-testid="role-fit">
                    {fit_summary}
                </span>
            </div>
            <Show when=move || is_target.get()>
                <p class="sg-badge" data-testid="current-target">
                    {i18n.t(k::EXPLORE_TARGET_BADGE)}
                </p>
            </Show>
            <p class="sg-muted">{detail}</p>
            <p data-testid="role-take">
                {i18n.with(|tr| tr.tf_plain(k::EXPLORE_TAKE, &[("take", &take)]))}
            </p>
            {essentials.map(|e| view! { <p class="sg-muted">{e}</p> })}
            <div class="sg-actions">
                // The box and its words as one item, so the box never stands alone on a line.
                <label class="sg-check">
                    <input
                        type="checkbox"
                        id=checkbox_id
                        prop:checked=move || shortlisted.get()
                        on:change=toggle
                    />
                    <span>{i18n.tf(k::EXPLORE_SHORTLIST, &[("role", &name)])}</span>
                </label>
                <Show when=move || !is_target.get()>
                    <button type="button" class="sg-button sg-button-quiet" on:click=aim.clone()>
                        {i18n.t(k::EXPLORE_MAKE_TARGET)}
                        <span class="sg-visually-hidden">{aim_label.clone()}</span>
                    </button>
                </Show>
                {(rank.is_none() && missing > 0)
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                class="sg-button"
                                data-testid="rate-missing"
                                on:click=rate_missing.clone()
                            >
                                {i18n.plural(k::EXPLORE_RATE_MISSING, missing, &[])}
                                <span class="sg-visually-hidden">
                                    {i18n.tf(k::EXPLORE_RATE_MISSING_OF, &[("role", &name)])}
                                </span>
                            </button>
                        }
                    })}
            </div>
        </li>
    }
}
