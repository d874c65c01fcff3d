//! Someone's shared profile, read-only: fit summary, ratings table and plan.

use super::{open_table_scroll, table_head, Markup};
use crate::domain::feed::Feed;
use crate::domain::gap::RoleGap;
use crate::domain::number::percent;
use crate::domain::profile::share::{to_profile, SharedProfile};

pub fn shared_profile(feed: &Feed, shared: &SharedProfile) -> String {
    let profile = to_profile(shared, 0);
    let mut m = Markup::new();
    if let Some(r) = shared
        .target_role
        .as_deref()
        .and_then(|id| feed.role_by_id(id))
    {
        let gap = RoleGap::new(feed, &feed.roles[r], |id| profile.level(id));
        let fit = gap.fit().map_or("no rated skills yet".to_owned(), |f| {
            format!("{}% fit", percent(f))
        });
        let summary = format!(
            "Aiming for {}: {fit}, {} of {} skills rated.",
            feed.roles[r].name,
            gap.rated(),
            gap.lines.len()
        );
        m.element("p", &[("class", "sg-fit")], &summary);
    }
    open_table_scroll(&mut m, "Shared ratings");
    m.open("table", &[("class", "sg-table")])
        .element("caption", &[], "Shared ratings");
    table_head(&mut m, &[("Skill", false), ("Level", false)]);
    m.open("tbody", &[]);
    for (id, level) in &shared.levels {
        let name = feed
            .skill_by_id(id)
            .map_or(id.as_str(), |i| &feed.skills[i].name);
        m.open("tr", &[])
            .element("th", &[("scope", "row")], name)
            .element("td", &[], &format!("{level} {}", feed.scale.label(*level)))
            .close("tr");
    }
    m.close("tbody").close("table").close("div");
    m.element("h3", &[("class", "sg-h3")], "Shared plan");
    m.open("ul", &[]);
    for goal in &shared.goals {
        let name = feed
            .skill_by_id(&goal.skill)
            .map_or(goal.skill.as_str(), |i| &feed.skills[i].name);
        let target = goal
            .target_level
            .map_or(String::new(), |l| format!(" to level {l}"));
        let date = goal
            .target_date
            .as_ref()
            .map_or(String::new(), |d| format!(" by {d}"));
        m.element(
            "li",
            &[],
            &format!("{name}{target}{date} ({})", goal.status.label()),
        );
    }
    m.close("ul");
    m.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::profile::share::SharedGoal;
    use crate::markup::test_support::demo_gap;

    #[test]
    fn shows_fit_ratings_and_goals_with_unknown_skills_by_id() {
        let (feed, _, _) = demo_gap(&[None, None, None]);
        let shared = SharedProfile {
            target_role: Some("r".into()),
            levels: [("s0".to_owned(), 3), ("<gone>".to_owned(), 2)].into(),
            goals: vec![SharedGoal {
                skill: "s1".into(),
                target_level: Some(4),
                target_date: Some("2027-01-31".into()),
                status: Default::default(),
            ..Default::default()
            }],
        };
        let html = shared_profile(&feed, &shared);
        assert!(html.contains("<p class=\"sg-fit\">Aiming for Role &quot;R&quot;: 100% fit, 1 of 3 skills rated.</p>"), "{html}");
        assert!(html.contains("<th scope=\"row\">&lt;gone&gt;</th>"));
        assert!(html.contains("<th scope=\"row\">Skill &lt;0&gt; &amp; co</th>"));
        assert!(html.contains("<li>Skill &lt;1&gt; &amp; co to level 4 by 2027-01-31 ("));
    }
}
