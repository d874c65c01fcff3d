//! One requested skill in the reviewer's form: every level with its behavioural anchor, or
//! "Can't judge" (the default: no one should guess), and an optional comment.

use domain::feedback::SkillAnswer;
use domain::i18n::k;
use domain::scale::Level;
use leptos::prelude::*;
use shell::feed::use_feed;
use shell::i18n::use_i18n;
use stdx::dom_id::dom_id;
use stdx::sorted_map::SortedMap;

#[component]
pub fn AnswerRow(
    skill_id: String,
    answers: RwSignal<SortedMap<String, SkillAnswer>>,
) -> impl IntoView {
    let loaded = use_feed();
    let i18n = use_i18n();
    let feed = loaded.feed();
    let skill = feed.skill_by_id(&skill_id).map(|i| &feed.skills[i]);
    let name = skill.map_or(skill_id.clone(), |s| s.name.clone());
    let group = format!("sg-answer-{}", dom_id(&skill_id));
    let set_level = {
        let id = skill_id.clone();
        move |level: Option<Level>| {
            answers.update(|a| a.get_or_insert_with(id.clone(), SkillAnswer::default).level = level)
        }
    };
    let choices = {
        let mut choices: Vec<(Option<Level>, String, String)> = vec![(
            None,
            i18n.t(k::FEEDBACK_ANSWER_CANT_JUDGE),
            i18n.t(k::FEEDBACK_ANSWER_CANT_JUDGE_HINT),
        )];
        if let Some(skill) = skill {
            for level in &feed.scale.levels {
                let anchor = skill
                    .anchor(level.level)
                    .unwrap_or(&level.description)
                    .to_owned();
                choices.push((
                    Some(level.level),
                    format!("{} {}", level.level, level.label),
                    anchor,
                ));
            }
        }
        choices
    };
    let options = choices
        .into_iter()
        .map(|(level, label, anchor)| {
            let id = format!(
                "{group}-{}",
                level.map_or("none".to_owned(), |l| l.to_string())
            );
            let set_level = set_level.clone();
            view! {
                <div class="sg-answer-choice">
                    <input
                        type="radio"
                        id=id.clone()
                        name=group.clone()
                        checked=level.is_none()
                        on:change=move |_| set_level(level)
                    />
                    <label for=id>
                        <span class="sg-answer-level">{label}</span>
                        <span class="sg-answer-anchor">{anchor}</span>
                    </label>
                </div>
            }
        })
        .collect_view();
    let comment_id = format!("{group}-comment");
    let set_comment = {
        let id = skill_id.clone();
        move |ev| {
            let text = event_target_value(&ev);
            answers.update(|a| {
                a.get_or_insert_with(id.clone(), SkillAnswer::default)
                    .comment = text
            });
        }
    };
    view! {
        <fieldset class="sg-card sg-answer" data-testid=format!("answer-{skill_id}")>
            <legend class="sg-h3">{name.clone()}</legend>
            {skill
                .is_none()
                .then(|| {
                    view! { <p class="sg-muted">{i18n.t(k::FEEDBACK_ANSWER_NO_LONGER)}</p> }
                })}
            <div class="sg-answer-choices">{options}</div>
            <label for=comment_id
                .clone()>{i18n.tf(k::FEEDBACK_ANSWER_COMMENT, &[("name", &name)])}</label>
            <textarea
                id=comment_id
                class="sg-textarea"
                rows="2"
                maxlength="2000"
                placeholder=i18n.t(k::FEEDBACK_ANSWER_COMMENT_PLACEHOLDER)
                on:change=set_comment
            ></textarea>
        </fieldset>
    }
}
