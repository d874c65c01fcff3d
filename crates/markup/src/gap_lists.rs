//! The prioritised gap list and the strengths list, as list items.

use super::action::MarkupAction;
use super::Markup;
use domain::feed::Feed;
use domain::gap::{importance_text, RoleGap};
use domain::i18n::k;
use domain::i18n::Translator;
use domain::priorities::{priorities, strengths, Strength};
use domain::profile::{Interest, Profile};
use domain::scale::{Level, Scale};

/// How the lists name an interest, after the importance: "want to grow".
fn interest_text(interest: Interest, tr: &Translator) -> &str {
    match interest {
        Interest::WantToGrow => tr.t(k::GAP_INTEREST_WANT_TO_GROW),
        Interest::FineAsIs => tr.t(k::GAP_INTEREST_FINE_AS_IS),
        Interest::NotForMe => tr.t(k::GAP_INTEREST_NOT_FOR_ME),
    }
}

/// "4 Advanced": a level with the scale's name for it, when it has one.
pub fn level_text(scale: &Scale, level: Level, tr: &Translator) -> String {
    let number = tr.integer(i64::from(level));
    match scale.label(level) {
        "" => number,
        label => format!("{number} {label}"),
    }
}

/// What a priority offers: its goal in the plan (or adding one), and its suggestions where
/// the framework has any (`with_resources`: a framework without learning resources offers no
/// "Find resources" that would find nothing). The list's one click handler reads the buttons'
/// [`MarkupAction`] (`ui/gap/priority_list.rs`).
fn gap_actions(
    m: &mut Markup,
    skill_id: &str,
    skill_name: &str,
    in_plan: bool,
    with_resources: bool,
    tr: &Translator,
) {
    let id = skill_id.to_owned();
    let (plan, label) = if in_plan {
        (
            MarkupAction::OpenPlanForSkill(id.clone()),
            tr.t(k::GAP_ACTION_IN_PLAN),
        )
    } else {
        (
            MarkupAction::AddSkillToPlan(id.clone()),
            tr.t(k::GAP_ACTION_ADD),
        )
    };
    let named = tr.tf(k::GAP_NAME_SUFFIX, &[("name", skill_name)]);
    m.open("span", &[("class", "sg-gap-actions")]);
    let find = with_resources.then(|| {
        (
            MarkupAction::FindResources(id),
            tr.t(k::GAP_ACTION_FIND_RESOURCES),
        )
    });
    for (action, label) in std::iter::once((plan, label)).chain(find) {
        action
            .open_button(
                m,
                &[(
                    "class",
                    "sg-button sg-button-quiet sg-button-small sg-no-print",
                )],
            )
            .text(label)
            .element("span", &[("class", "sg-visually-hidden")], &named)
            .close("button");
    }
    m.close("span");
}

/// The `<li>`s of "Where to grow first": rated gaps by priority, each with "Add to plan" and
/// "Find resources", then the unrated skills.
pub fn priority_items(
    feed: &Feed,
    gap: &RoleGap,
    profile: &Profile,
    in_plan: impl Fn(&str) -> bool,
    tr: &Translator,
) -> String {
    let scale = &feed.scale;
    let mut m = Markup::new();
    for p in priorities(gap, feed, profile) {
        let skill = &feed.skills[p.line.skill];
        let levels = p.line.gap().unwrap_or(0);
        let mut detail = vec![
            tr.tf(
                k::GAP_PRIORITY_YOU,
                &[("level", &tr.integer(i64::from(p.line.current.unwrap_or(0))))],
            ),
            tr.tf(
                k::GAP_PRIORITY_NEEDS,
                &[("level", &level_text(scale, p.line.required, tr))],
            ),
            importance_text(p.line.importance, tr),
        ];
        detail.extend(
            profile
                .interest(&skill.id)
                .map(|i| interest_text(i, tr).to_owned()),
        );
        let detail = detail.join(" · ");
        let status = tr.plural(k::GAP_PRIORITY_TO_GO, usize::from(levels), &[]);
        open_gap_line(
            &mut m,
            "sg-gap-line sg-gap-short",
            &format!("gap-{}", skill.id),
            &skill.name,
            &status,
            Some(&detail),
        );
        gap_actions(
            &mut m,
            &skill.id,
            &skill.name,
            in_plan(&skill.id),
            !feed.resources.is_empty(),
            tr,
        );
        m.close("li");
    }
    for line in gap.lines.iter().filter(|l| l.current.is_none()) {
        let skill = &feed.skills[line.skill];
        let detail = format!(
            "{} · {}",
            tr.tf(
                k::GAP_PRIORITY_NEEDS,
                &[("level", &level_text(scale, line.required, tr))],
            ),
            importance_text(line.importance, tr)
        );
        gap_line(
            &mut m,
            "sg-gap-line sg-gap-unknown",
            &format!("gap-{}", skill.id),
            &skill.name,
            tr.t(k::GAP_PRIORITY_UNKNOWN),
            Some(&detail),
        );
    }
    m.finish()
}

/// The strengths as `<li>`s, or `None` when there are none yet.
pub fn strength_items(
    feed: &Feed,
    gap: &RoleGap,
    profile: &Profile,
    tr: &Translator,
) -> Option<String> {
    let list = strengths(gap, feed, profile);
    if list.is_empty() {
        return None;
    }
    let mut m = Markup::new();
    for strength in list {
        let (skill, status) = match strength {
            Strength::Meets {
                skill,
                current,
                required,
            } => (
                skill,
                tr.tf(
                    k::GAP_STRENGTH_MEETS,
                    &[
                        ("level", &tr.integer(i64::from(current))),
                        ("required", &tr.integer(i64::from(required))),
                    ],
                ),
            ),
            Strength::BeyondRole { skill, current } => (
                skill,
                tr.tf(
                    k::GAP_STRENGTH_BEYOND,
                    &[("level", &tr.integer(i64::from(current)))],
                ),
            ),
        };
        let skill = &feed.skills[skill];
        gap_line(
            &mut m,
            "sg-gap-line sg-gap-met",
            &format!("strength-{}", skill.id),
            &skill.name,
            &status,
            None,
        );
    }
    Some(m.finish())
}

fn gap_line(
    m: &mut Markup,
    class: &str,
    testid: &str,
    name: &str,
    status: &str,
    detail: Option<&str>,
) {
    open_gap_line(m, class, testid, name, status, detail);
    m.close("li");
}

/// A line's `<li>` and texts, left open for what follows them.
fn open_gap_line(
    m: &mut Markup,
    class: &str,
    testid: &str,
    name: &str,
    status: &str,
    detail: Option<&str>,
) {
    m.open("li", &[("class", class), ("data-testid", testid)])
        .element("span", &[("class", "sg-gap-skill")], name)
        .element("span", &[("class", "sg-gap-status")], status);
    if let Some(detail) = detail {
        m.element("span", &[("class", "sg-gap-detail")], detail);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{count, demo_gap};

    #[test]
    fn priorities_come_before_unrated_skills_and_strengths_are_separate() {
        let (feed, _, gap) = demo_gap(&[Some(1), None, Some(2), Some(4)]);
        let profile = Profile::default();
        let en = Translator::english();
        let html = priority_items(&feed, &gap, &profile, |id| id == "s2", &en);
        let first = html.find("data-testid=\"gap-s0\"").unwrap();
        let second = html.find("data-testid=\"gap-s2\"").unwrap();
        let unrated = html.find("data-testid=\"gap-s1\"").unwrap();
        assert!(first < second && second < unrated, "{html}");
        assert!(html.contains(">2 levels to go<"));
        assert!(html.contains(">1 level to go<"));
        assert!(html.contains(">unknown: not rated yet<"));
        assert_eq!(count(&html, "data-testid=\"gap-s3\""), 0);
        assert_eq!(
            count(&html, "data-action=\"find-resources\""),
            2,
            "rated gaps only"
        );
        assert!(html.contains("data-action=\"add-to-plan\" data-skill=\"s0\">Add to plan<span class=\"sg-visually-hidden\">: Skill &lt;0&gt; &amp; co</span>"), "{html}");
        assert!(
            html.contains("data-action=\"open-plan\" data-skill=\"s2\">In your plan"),
            "{html}"
        );

        let strengths = strength_items(&feed, &gap, &profile, &en).unwrap();
        assert_eq!(count(&strengths, "<li "), 1);

        // A framework without learning resources offers nothing to find.
        let mut bare = feed.clone();
        bare.resources.clear();
        let html = priority_items(&bare, &gap, &profile, |_| false, &en);
        assert_eq!(count(&html, "data-action=\"find-resources\""), 0);
        assert_eq!(count(&html, "data-action=\"add-to-plan\""), 2);
        assert!(strengths.contains("data-testid=\"strength-s3\""));
        assert!(strengths.contains(">4 · meets 3<"));
    }

    #[test]
    fn no_strengths_yet_is_none() {
        let (feed, _, gap) = demo_gap(&[Some(1)]);
        assert_eq!(
            strength_items(&feed, &gap, &Profile::default(), &Translator::english()),
            None
        );
    }
}
