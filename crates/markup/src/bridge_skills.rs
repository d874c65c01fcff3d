//! Bridge skills: what helps on every shortlisted path.

use super::Markup;
use domain::explorer::BridgeSkill;
use domain::feed::{Feed, RoleIdx};
use domain::gap::list_text;
use domain::i18n::k;
use domain::i18n::Translator;

/// How many bridge skills are listed.
pub const SHOWN: usize = 8;

/// The panel's body for the shortlisted roles and their bridge skills.
pub fn bridge_panel(
    feed: &Feed,
    shortlist: &[RoleIdx],
    bridges: &[BridgeSkill],
    tr: &Translator,
) -> String {
    let mut m = Markup::new();
    if shortlist.is_empty() {
        m.element("p", &[("class", "sg-muted")], tr.t(k::EXPLORE_BRIDGE_EMPTY));
        return m.finish();
    }
    let names: Vec<&str> = shortlist
        .iter()
        .map(|&r| feed.roles[r].name.as_str())
        .collect();
    m.element(
        "p",
        &[],
        &tr.tf(
            k::EXPLORE_BRIDGE_SHORTLISTED,
            &[("roles", &list_text(&names, tr))],
        ),
    );
    if bridges.is_empty() {
        m.element(
            "p",
            &[("class", "sg-muted")],
            tr.t(k::EXPLORE_BRIDGE_NO_GAPS),
        );
        return m.finish();
    }
    m.open("ol", &[("data-testid", "bridge-skills")]);
    for bridge in bridges.iter().take(SHOWN) {
        let skill = &feed.skills[bridge.skill];
        let roles: Vec<&str> = bridge
            .roles
            .iter()
            .map(|&r| feed.roles[r].name.as_str())
            .collect();
        let detail = tr.plural(
            k::EXPLORE_BRIDGE_HELPS,
            bridge.roles.len(),
            &[
                ("roles", &list_text(&roles, tr)),
                ("gap", &tr.number(bridge.weighted_gap, 2)),
            ],
        );
        // The skill's name leads the sentence, in bold, in every language.
        m.open("li", &[("data-testid", &format!("bridge-{}", skill.id))])
            .element("strong", &[], &skill.name)
            .text(" ")
            .text(&detail)
            .close("li");
    }
    m.close("ol");
    m.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::demo_gap;

    #[test]
    fn says_what_to_do_until_there_is_something_to_compare() {
        let (feed, _, _) = demo_gap(&[None]);
        let en = Translator::english();
        assert!(bridge_panel(&feed, &[], &[], &en).contains("Shortlist roles below"));
        let html = bridge_panel(&feed, &[0], &[], &en);
        assert!(
            html.contains("<p>Shortlisted: Role &quot;R&quot;.</p>"),
            "{html}"
        );
        assert!(html.contains("No rated gaps"));
    }

    #[test]
    fn lists_at_most_eight_bridges_with_their_roles() {
        let (feed, _, _) = demo_gap(&[None; 10]);
        let bridges: Vec<BridgeSkill> = (0..10)
            .map(|skill| BridgeSkill {
                skill,
                roles: vec![0],
                weighted_gap: 2.5,
            })
            .collect();
        let html = bridge_panel(&feed, &[0], &bridges, &Translator::english());
        assert_eq!(html.matches("<li ").count(), SHOWN);
        assert!(html.contains(
            "<li data-testid=\"bridge-s0\"><strong>Skill &lt;0&gt; &amp; co</strong> helps on 1 role (Role &quot;R&quot;) · weighted gap 2.5</li>"
        ), "{html}");
    }
}
