//! The map's list alternative: every role on it, column by column, with where it leads, what
//! it would take and a button to see the way there. It is also the whole view on narrow
//! screens. The section's one click handler reads `data-action` and `data-role`.

use super::Markup;
use crate::domain::explorer::role_fit;
use crate::domain::feed::{Feed, RoleIdx};
use crate::domain::paths::{CareerGraph, Neighbourhood};
use crate::domain::scale::Level;

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "3 skills to close (1 essential) · 2 not rated", or "meets every rated requirement".
pub fn what_it_takes(feed: &Feed, role: RoleIdx, levels: &[Option<Level>]) -> String {
    let fit = role_fit(feed, role, levels);
    let mut parts = Vec::new();
    if fit.skills_to_close > 0 {
        let essential = fit.essential_missing.len();
        let mut close = plural(fit.skills_to_close, "skill to close", "skills to close");
        if essential > 0 {
            close.push_str(&format!(" ({essential} essential)"));
        }
        parts.push(close);
    } else if fit.evidence.rated > 0 {
        parts.push("meets every rated requirement".to_owned());
    }
    if fit.unrated > 0 {
        parts.push(format!("{} not rated", fit.unrated));
    }
    if parts.is_empty() {
        parts.push("asks for no skill".to_owned());
    }
    parts.join(" · ")
}

/// A button with the role's name for screen readers: "Show the way here: Data Analyst".
pub fn role_button(m: &mut Markup, action: &'static str, label: &str, role: &str, name: &str) {
    m.open(
        "button",
        &[
            ("type", "button"),
            ("class", "sg-button sg-button-quiet sg-button-small"),
            ("data-action", action),
            ("data-role", role),
        ],
    )
    .text(label)
    .element(
        "span",
        &[("class", "sg-visually-hidden")],
        &format!(": {name}"),
    )
    .close("button");
}

/// One role's item: name and marks, family, seniority, fit, where it leads, what it takes.
pub fn role_item(
    m: &mut Markup,
    feed: &Feed,
    graph: &CareerGraph,
    role: RoleIdx,
    levels: &[Option<Level>],
    current: Option<RoleIdx>,
    target: Option<RoleIdx>,
) {
    let r = &feed.roles[role];
    m.open("li", &[("class", "sg-path-role"), ("data-role", &r.id)]);
    m.element("span", &[("class", "sg-path-role-name")], &r.name);
    if current == Some(role) {
        m.element("span", &[("class", "sg-badge")], " You are here");
    }
    if target == Some(role) {
        m.element("span", &[("class", "sg-badge")], " Your target");
    }
    let fit = role_fit(feed, role, levels);
    let about: Vec<&str> = [r.family.as_str(), r.seniority.as_str()]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .collect();
    let mut about = about.join(" · ");
    if !about.is_empty() {
        about.push_str(" · ");
    }
    about.push_str(&fit.evidence.summary());
    m.element("span", &[("class", "sg-path-role-about")], &about);
    let leads: Vec<&str> = graph.next[role]
        .iter()
        .map(|&n| feed.roles[n].name.as_str())
        .collect();
    let leads = if leads.is_empty() {
        "No usual next step".to_owned()
    } else {
        format!("Leads to {}", leads.join(", "))
    };
    m.element("span", &[("class", "sg-path-role-leads")], &leads);
    m.element(
        "span",
        &[("class", "sg-path-role-takes")],
        &format!("What it takes: {}", what_it_takes(feed, role, levels)),
    );
    role_button(m, "select", "Show the way here", &r.id, &r.name);
    m.close("li");
}

/// The list of the map's roles, one group per column.
pub fn path_list(
    feed: &Feed,
    graph: &CareerGraph,
    map: &Neighbourhood,
    levels: &[Option<Level>],
    current: Option<RoleIdx>,
    target: Option<RoleIdx>,
) -> String {
    let centre = &feed.roles[map.centre].name;
    let mut m = Markup::new();
    for column in &map.columns {
        let heading = match column.offset {
            0 if current == Some(map.centre) => "Your current role".to_owned(),
            0 => "At the centre of the map".to_owned(),
            -1 => format!("One step before {centre}"),
            -2 => format!("Two steps before {centre}"),
            1 => format!("One step on from {centre}"),
            _ => format!("Two steps on from {centre}"),
        };
        m.element("h4", &[("class", "sg-h4")], &heading);
        m.open(
            "ul",
            &[("class", "sg-path-roles"), ("data-testid", "path-column")],
        );
        for &role in &column.roles {
            role_item(&mut m, feed, graph, role, levels, current, target);
        }
        if column.hidden > 0 {
            m.element(
                "li",
                &[("class", "sg-muted")],
                &format!(
                    "{} not shown here. Use “Find a role” to go to any of them.",
                    plural(column.hidden, "more role is", "more roles are")
                ),
            );
        }
        m.close("ul");
    }
    m.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::paths::neighbourhood;
    use crate::domain::paths::test_feed::{feed_with_paths, idx};
    use crate::markup::test_support::count;

    #[test]
    fn lists_each_role_with_where_it_leads_and_what_it_takes() {
        let feed = feed_with_paths(&[("a", &["b", "c"]), ("b", &[]), ("c", &[])]);
        let graph = CareerGraph::new(&feed);
        let map = neighbourhood(&graph, idx(&feed, "a"), &[], |a, b| a.cmp(&b));
        let mut levels = vec![None; feed.skills.len()];
        levels[0] = Some(1);
        levels[1] = Some(1);
        let html = path_list(&feed, &graph, &map, &levels, Some(0), Some(2));
        assert_eq!(count(&html, "<li class=\"sg-path-role\""), 3);
        assert!(
            html.contains("<h4 class=\"sg-h4\">One step on from Role a</h4>"),
            "{html}"
        );
        assert!(html.contains("Leads to Role b, Role c"));
        assert!(html.contains("No usual next step"));
        assert!(html.contains(" You are here") && html.contains(" Your target"));
        // b asks s0 and s1 at 2 (rated 1: two to close, s0 essential) and own-b (not rated).
        assert!(
            html.contains("What it takes: 2 skills to close (1 essential) · 1 not rated"),
            "{html}"
        );
        assert!(html.contains("data-action=\"select\" data-role=\"b\">Show the way here<span class=\"sg-visually-hidden\">: Role b</span>"));
    }
}
