//! The prioritised gap list and the strengths list, as list items.

use super::Markup;
use crate::domain::feed::Feed;
use crate::domain::gap::RoleGap;
use crate::domain::priorities::{priorities, strengths, Strength};
use crate::domain::profile::Profile;

/// What a priority offers: its goal in the plan (or adding one), and its suggestions. The
/// list's one click handler reads `data-action` and `data-skill` (`ui/gap/priority_list.rs`).
fn gap_actions(m: &mut Markup, skill_id: &str, skill_name: &str, in_plan: bool) {
    let (action, label) = if in_plan {
        ("open-plan", "In your plan")
    } else {
        ("add-to-plan", "Add to plan")
    };
    m.open("span", &[("class", "sg-gap-actions")]);
    for (action, label) in [(action, label), ("find-resources", "Find resources")] {
        m.open(
            "button",
            &[
                ("type", "button"),
                (
                    "class",
                    "sg-button sg-button-quiet sg-button-small sg-no-print",
                ),
                ("data-action", action),
                ("data-skill", skill_id),
            ],
        )
        .text(label)
        .element(
            "span",
            &[("class", "sg-visually-hidden")],
            &format!(": {skill_name}"),
        )
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
) -> String {
    let scale = &feed.scale;
    let mut m = Markup::new();
    for p in priorities(gap, feed, profile) {
        let skill = &feed.skills[p.line.skill];
        let levels = p.line.gap().unwrap_or(0);
        let interest = profile
            .interest(&skill.id)
            .map(|i| format!(" · {}", i.label().to_lowercase()))
            .unwrap_or_default();
        let detail = format!(
            "you {} · needs {} {} · {}{interest}",
            p.line.current.unwrap_or(0),
            p.line.required,
            scale.label(p.line.required),
            p.line.importance.label()
        );
        let status = format!("{levels} level{} to go", if levels == 1 { "" } else { "s" });
        open_gap_line(
            &mut m,
            "sg-gap-line sg-gap-short",
            &format!("gap-{}", skill.id),
            &skill.name,
            &status,
            Some(&detail),
        );
        gap_actions(&mut m, &skill.id, &skill.name, in_plan(&skill.id));
        m.close("li");
    }
    for line in gap.lines.iter().filter(|l| l.current.is_none()) {
        let skill = &feed.skills[line.skill];
        let detail = format!(
            "needs {} {} · {}",
            line.required,
            scale.label(line.required),
            line.importance.label()
        );
        gap_line(
            &mut m,
            "sg-gap-line sg-gap-unknown",
            &format!("gap-{}", skill.id),
            &skill.name,
            "unknown: not rated yet",
            Some(&detail),
        );
    }
    m.finish()
}

/// The strengths as `<li>`s, or `None` when there are none yet.
pub fn strength_items(feed: &Feed, gap: &RoleGap, profile: &Profile) -> Option<String> {
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
            } => (skill, format!("{current} · meets {required}")),
            Strength::BeyondRole { skill, current } => {
                (skill, format!("{current} · beyond this role"))
            }
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
    use crate::markup::test_support::{count, demo_gap};

    #[test]
    fn priorities_come_before_unrated_skills_and_strengths_are_separate() {
        let (feed, _, gap) = demo_gap(&[Some(1), None, Some(2), Some(4)]);
        let profile = Profile::default();
        let html = priority_items(&feed, &gap, &profile, |id| id == "s2");
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

        let strengths = strength_items(&feed, &gap, &profile).unwrap();
        assert_eq!(count(&strengths, "<li "), 1);
        assert!(strengths.contains("data-testid=\"strength-s3\""));
        assert!(strengths.contains(">4 · meets 3<"));
    }

    #[test]
    fn no_strengths_yet_is_none() {
        let (feed, _, gap) = demo_gap(&[Some(1)]);
        assert_eq!(strength_items(&feed, &gap, &Profile::default()), None);
    }
}
