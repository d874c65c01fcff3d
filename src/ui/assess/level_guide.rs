//! Every level of one skill with its description, side by side, so a person compares levels
//! before choosing. Clicking a description chooses that level; keyboard and screen-reader
//! users choose with the radio group above, whose options are described by these texts.

use domain::feed::SkillIdx;
use domain::i18n::k;
use domain::scale::Level;
use leptos::prelude::*;
use shell::feed::use_feed;
use shell::i18n::use_i18n;
use std::sync::Arc;

/// The id of the description of `level` in the guide of the radio group `group`.
pub fn anchor_id(group: &str, level: Level) -> String {
    format!("{group}-{level}-anchor")
}

#[component]
pub fn LevelGuide(
    skill: SkillIdx,
    /// The radio group's name, the prefix of the descriptions' ids.
    group: String,
    current: Memo<Option<Level>>,
    /// The levels the target and current roles ask for, with what to say about them.
    asked: Vec<(Level, String)>,
    choose: Arc<dyn Fn(Level) + Send + Sync>,
) -> impl IntoView {
    let loaded = use_feed();
    let i18n = use_i18n();
    let tr = i18n.translator();
    let feed = loaded.feed();
    let skill = &feed.skills[skill];
    let items = feed
        .scale
        .levels
        .iter()
        .map(|level| {
            let value = level.level;
            let text = skill
                .anchor(value)
                .map_or_else(|| feed.scale.description_in(value, &tr), str::to_owned);
            let asks: Vec<String> = asked
                .iter()
                .filter(|(l, _)| *l == value)
                .map(|(_, who)| who.clone())
                .collect();
            let is_asked = !asks.is_empty();
            let choose = choose.clone();
            view! {
                <li
                    class="sg-guide-level"
                    class:sg-guide-asked=is_asked
                    class:sg-guide-chosen=move || current.get() == Some(value)
                    data-testid="level-anchor"
                    data-level=value.to_string()
                    on:click=move |_| choose(value)
                >
                    <span class="sg-guide-name">{feed.scale.name_in(value, &tr)}</span>
                    <span class="sg-guide-text" id=anchor_id(&group, value)>
                        {text}
                    </span>
                    {asks
                        .into_iter()
                        .map(|who| view! { <span class="sg-guide-note">{who}</span> })
                        .collect_view()}
                    <span class="sg-guide-note sg-guide-yours">
                        {move || {
                            (current.get() == Some(value)).then(|| i18n.t(k::ASSESS_GUIDE_YOURS))
                        }}
                    </span>
                </li>
            }
        })
        .collect_view();
    view! {
        <ol class="sg-level-guide" data-testid="level-guide">
            {items}
        </ol>
    }
}
