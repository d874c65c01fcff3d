//! The map's list alternative: every role on it, column by column, with where it leads, what
//! it would take and a button to see the way there. It is also the whole view on narrow
//! screens. The section's one click handler reads the buttons' [`MarkupAction`].

use super::action::MarkupAction;
use super::Markup;
use domain::explorer::{role_fit, FitGroup};
use domain::feed::{Feed, RoleIdx};
use domain::gap::list_text;
use domain::i18n::k;
use domain::i18n::Translator;
use domain::paths::{journey, CareerGraph, Neighbourhood, Step};
use domain::scale::Level;

/// Next roles named in a role's line; the rest are counted.
const LEADS_NAMED: usize = 8;

/// What a step (or a direct move) asks: "7 skills to close (3 essential; 3 not rated yet)",
/// counted the same way in the list and in the steps of the way.
///
/// Texts built of the language's own texts and numbers are filled plain (`tf_plain`): only
/// names from the feed are isolated. A sentence whose every part were isolated would have no
/// letter of its own to take its direction from, and a right-to-left one would then be laid
/// out left to right where it is placed in another.
pub fn skills_to_close_text(step: &Step, tr: &Translator) -> String {
    let essential = step
        .to_close
        .iter()
        .filter(|s| s.importance.is_essential())
        .count();
    let unrated = step.unrated();
    let skills = tr.plural(k::PATHS_TO_CLOSE, step.to_close.len(), &[]);
    let essential_text = tr.plural(k::PATHS_TO_CLOSE_ESSENTIAL, essential, &[]);
    let unrated_text = tr.plural(k::PATHS_TO_CLOSE_UNRATED, unrated, &[]);
    let details = match (essential > 0, unrated > 0) {
        (false, false) => return skills,
        (true, false) => essential_text,
        (false, true) => unrated_text,
        (true, true) => tr.tf_plain(
            k::PATHS_PAIR,
            &[("first", &essential_text), ("second", &unrated_text)],
        ),
    };
    tr.tf_plain(
        k::PATHS_TO_CLOSE_DETAILS,
        &[("skills", &skills), ("details", &details)],
    )
}

/// What moving to the role would take from the person's ratings alone.
pub fn what_it_takes(
    feed: &Feed,
    role: RoleIdx,
    levels: &[Option<Level>],
    tr: &Translator,
) -> String {
    let journey = journey(feed, &[role], levels);
    match journey.steps.first() {
        Some(step) if !step.to_close.is_empty() => skills_to_close_text(step, tr),
        Some(_) if !feed.roles[role].requirements.is_empty() => {
            tr.t(k::PATHS_TAKES_MEETS_ALL).to_owned()
        }
        _ => tr.t(k::PATHS_TAKES_NOTHING).to_owned(),
    }
}

/// A fit with its evidence, shown as a figure only once enough is rated to compare:
/// "72% fit · 6 of 7 skills rated", "rate more to see fit · 1 of 7 skills rated".
pub fn fit_text(feed: &Feed, role: RoleIdx, levels: &[Option<Level>], tr: &Translator) -> String {
    let fit = role_fit(feed, role, levels);
    match fit.group() {
        FitGroup::Comparable => fit.evidence.summary_in(tr),
        FitGroup::RateMore => tr.tf_plain(
            k::PATHS_FIT_RATE_MORE,
            &[("rated", &fit.evidence.rated_text_in(tr))],
        ),
        FitGroup::NotRated => fit.evidence.rated_text_in(tr),
    }
}

/// A button about a role, with the role's name for screen readers: "Show the way here: Data
/// Analyst".
pub fn role_button(
    m: &mut Markup,
    action: &MarkupAction,
    label: &str,
    name: &str,
    tr: &Translator,
) {
    action
        .open_button(m, &[("class", "sg-button sg-button-quiet sg-button-small")])
        .text(label)
        .element(
            "span",
            &[("class", "sg-visually-hidden")],
            &tr.tf(k::GAP_NAME_SUFFIX, &[("name", name)]),
        )
        .close("button");
}

/// The marks on the roles the person is in and aims at.
pub struct RoleMarks {
    pub current: Option<RoleIdx>,
    pub target: Option<RoleIdx>,
}

/// One role's item: name and marks, family, seniority, fit, where it leads, what it takes.
pub fn role_item(
    m: &mut Markup,
    feed: &Feed,
    graph: &CareerGraph,
    role: RoleIdx,
    levels: &[Option<Level>],
    marks: &RoleMarks,
    tr: &Translator,
) {
    let r = &feed.roles[role];
    m.open("li", &[("class", "sg-path-role"), ("data-role", &r.id)]);
    m.element("span", &[("class", "sg-path-role-name")], &r.name);
    if marks.current == Some(role) {
        m.element(
            "span",
            &[("class", "sg-badge")],
            &format!(" {}", tr.t(k::PATHS_BADGE_HERE)),
        );
    }
    if marks.target == Some(role) {
        m.element(
            "span",
            &[("class", "sg-badge")],
            &format!(" {}", tr.t(k::PATHS_BADGE_TARGET)),
        );
    }
    let mut about = r.family_and_seniority();
    if !about.is_empty() {
        about.push_str(" · ");
    }
    about.push_str(&fit_text(feed, role, levels, tr));
    m.element("span", &[("class", "sg-path-role-about")], &about);
    let next = &graph.next[role];
    // A role may lead to every other (1,499 of them): a few names, and how many more.
    let mut leads: Vec<&str> = next
        .iter()
        .take(LEADS_NAMED)
        .map(|&n| feed.roles[n].name.as_str())
        .collect();
    let others = (next.len() > LEADS_NAMED)
        .then(|| tr.plural(k::PATHS_LEADS_OTHERS, next.len() - LEADS_NAMED, &[]));
    leads.extend(others.as_deref());
    // A framework without paths has nothing to say here for any role.
    if graph.has_paths() {
        let leads = if leads.is_empty() {
            tr.t(k::PATHS_LEADS_NONE).to_owned()
        } else {
            tr.tf(k::PATHS_LEADS_TO, &[("roles", &list_text(&leads, tr))])
        };
        m.element("span", &[("class", "sg-path-role-leads")], &leads);
    }
    m.element(
        "span",
        &[("class", "sg-path-role-takes")],
        &tr.tf_plain(
            k::PATHS_TAKES,
            &[("what", &what_it_takes(feed, role, levels, tr))],
        ),
    );
    role_button(
        m,
        &MarkupAction::ShowWay(r.id.clone()),
        tr.t(k::PATHS_SHOW_WAY),
        &r.name,
        tr,
    );
    m.close("li");
}

/// The list of the map's roles, one group per column.
pub fn path_list(
    feed: &Feed,
    graph: &CareerGraph,
    map: &Neighbourhood,
    levels: &[Option<Level>],
    marks: &RoleMarks,
    tr: &Translator,
) -> String {
    let centre = [("role", feed.roles[map.centre].name.as_str())];
    let mut m = Markup::new();
    for column in &map.columns {
        let heading = match column.offset {
            0 if marks.current == Some(map.centre) => tr.t(k::PATHS_CURRENT_ROLE).to_owned(),
            0 => tr.t(k::PATHS_LIST_CENTRE).to_owned(),
            -1 => tr.tf(k::PATHS_LIST_BEFORE_1, &centre),
            -2 => tr.tf(k::PATHS_LIST_BEFORE_2, &centre),
            1 => tr.tf(k::PATHS_LIST_AFTER_1, &centre),
            _ => tr.tf(k::PATHS_LIST_AFTER_2, &centre),
        };
        m.element("h4", &[("class", "sg-h4")], &heading);
        m.open(
            "ul",
            &[("class", "sg-path-roles"), ("data-testid", "path-column")],
        );
        for &role in &column.roles {
            role_item(&mut m, feed, graph, role, levels, marks, tr);
        }
        if column.hidden > 0 {
            m.element(
                "li",
                &[("class", "sg-muted")],
                &tr.plural(k::PATHS_LIST_HIDDEN, column.hidden, &[]),
            );
        }
        m.close("ul");
    }
    m.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::count;
    use domain::paths::neighbourhood;
    use domain::paths::test_feed::{feed_with_paths, idx};

    #[test]
    fn lists_each_role_with_where_it_leads_and_what_it_takes() {
        let feed = feed_with_paths(&[("a", &["b", "c"]), ("b", &[]), ("c", &[])]);
        let graph = CareerGraph::new(&feed);
        let map = neighbourhood(&graph, idx(&feed, "a"), &[], |a, b| a.cmp(&b));
        let mut levels = vec![None; feed.skills.len()];
        levels[0] = Some(1);
        levels[1] = Some(1);
        let marks = RoleMarks {
            current: Some(0),
            target: Some(2),
        };
        let html = path_list(&feed, &graph, &map, &levels, &marks, &Translator::english());
        assert_eq!(count(&html, "<li class=\"sg-path-role\""), 3);
        assert!(
            html.contains("<h4 class=\"sg-h4\">One step on from Role a</h4>"),
            "{html}"
        );
        assert!(html.contains("Leads to Role b, Role c"));
        assert!(html.contains("No usual next step"));
        assert!(html.contains(" You are here") && html.contains(" Your target"));
        // b asks s0 and s1 at 2 (rated 1: two to close, s0 essential) and own-b (not rated).
        // The same count as the step of the way to it: s0 and s1 rated below, own-b not rated.
        assert!(
            html.contains("What it takes: 3 skills to close (2 essential; 1 not rated yet)"),
            "{html}"
        );
        assert!(html.contains("Family 1 · Level 2 · 50% fit · 2 of 3 skills rated"));
        assert!(html.contains("data-action=\"select\" data-role=\"b\">Show the way here<span class=\"sg-visually-hidden\">: Role b</span>"));
    }

    #[test]
    fn a_role_leading_to_every_other_names_a_few_and_counts_the_rest() {
        let names: Vec<String> = (0..20).map(|i| format!("n{i:02}")).collect();
        let next: Vec<&str> = names.iter().map(String::as_str).collect();
        let mut roles = vec![("hub", next.as_slice())];
        roles.extend(names.iter().map(|n| (n.as_str(), &[][..])));
        let feed = feed_with_paths(&roles);
        let graph = CareerGraph::new(&feed);
        let map = neighbourhood(&graph, idx(&feed, "hub"), &[], |a, b| a.cmp(&b));
        let levels = vec![None; feed.skills.len()];
        let marks = RoleMarks {
            current: None,
            target: None,
        };
        let html = path_list(&feed, &graph, &map, &levels, &marks, &Translator::english());
        assert!(
            html.contains("Leads to Role n00, Role n01, Role n02, Role n03, Role n04, Role n05, Role n06, Role n07, 12 other roles"),
            "{html}"
        );
        assert!(!html.contains("Leads to Role n00, Role n01, Role n02, Role n03, Role n04, Role n05, Role n06, Role n07, Role n08"));
    }
}
