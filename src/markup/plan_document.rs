//! The plan summary as a document: the printout, and the share view a manager sees. No
//! controls: checkboxes are ☑/☐ as text, so print shows the real state; links show their
//! address too, since paper cannot be clicked.

use super::{open_table_scroll, table_head, Markup};
use crate::domain::plan::summary::{GoalSummary, PlanSummary, SkillLine};
use crate::domain::time::short_date;

/// What the document shows beyond the plan itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentKind {
    /// The printout: the person's name and date, priorities, strengths and goals.
    Print,
    /// Someone's shared profile: also every skill the role asks for, required against current.
    Shared,
}

fn check(done: bool) -> &'static str {
    if done {
        "☑ "
    } else {
        "☐ "
    }
}

fn date_text(date: &str) -> String {
    short_date(date).unwrap_or_else(|| date.to_owned())
}

fn priority_text(line: &SkillLine) -> String {
    let current = line
        .current
        .map_or("not rated".to_owned(), |c| c.to_string());
    format!(
        "{}: {current} → {}{}",
        line.name,
        line.required,
        if line.essential { " (essential)" } else { "" }
    )
}

fn requirement_table(m: &mut Markup, lines: &[SkillLine]) {
    // A heading, not a caption: a caption is as wide as the table, which scrolls on a phone.
    m.element(
        "h4",
        &[("class", "sg-h4")],
        "Skills the role asks for, in the framework's order",
    );
    open_table_scroll(m, "Skills the role asks for");
    m.open(
        "table",
        &[
            ("class", "sg-table"),
            ("data-testid", "shared-requirements"),
        ],
    )
    .element(
        "caption",
        &[("class", "sg-visually-hidden")],
        "Skills the role asks for",
    );
    table_head(
        m,
        &[
            ("Skill", false),
            ("Required", true),
            ("Current", true),
            ("Gap", true),
        ],
    );
    m.open("tbody", &[]);
    for line in lines {
        let name = if line.essential {
            format!("{} (essential)", line.name)
        } else {
            line.name.clone()
        };
        let current = line
            .current
            .map_or("not rated".to_owned(), |c| c.to_string());
        let gap = match line.gap() {
            None => "–".to_owned(),
            Some(0) => "met".to_owned(),
            Some(g) => g.to_string(),
        };
        m.open("tr", &[])
            .element("th", &[("scope", "row")], &name)
            .element("td", &[("class", "sg-num")], &line.required.to_string())
            .element("td", &[("class", "sg-num")], &current)
            .element("td", &[("class", "sg-num")], &gap)
            .close("tr");
    }
    m.close("tbody").close("table").close("div");
}

fn goal(m: &mut Markup, goal: &GoalSummary) {
    m.open(
        "section",
        &[("class", "sg-doc-goal"), ("data-testid", "doc-goal")],
    )
    .element("h4", &[("class", "sg-h4")], &goal.title);
    let mut facts = Vec::new();
    if let Some(line) = &goal.skill_line {
        facts.push(line.clone());
    }
    facts.push(goal.status.label().to_owned());
    if let Some(date) = &goal.date {
        let passed = if goal.overdue { " (date passed)" } else { "" };
        facts.push(format!("by {}{passed}", date_text(date)));
    }
    m.element("p", &[("class", "sg-muted")], &facts.join(" · "));
    if !(goal.actions.is_empty() && goal.resources.is_empty() && goal.mentors.is_empty()) {
        m.open("ul", &[("class", "sg-doc-checks")]);
        for action in &goal.actions {
            let state = if action.done { "done" } else { "open" };
            m.open("li", &[("data-state", state)])
                .text(check(action.done))
                .text(&action.text)
                .close("li");
        }
        for resource in &goal.resources {
            let state = if resource.done { "done" } else { "open" };
            m.open("li", &[("data-state", state)])
                .text(check(resource.done))
                .element("span", &[("class", "sg-doc-kind")], "Resource: ");
            match &resource.url {
                Some(url) => {
                    m.element(
                        "a",
                        &[("href", url), ("rel", "noopener noreferrer")],
                        &resource.title,
                    )
                    .element(
                        "span",
                        &[("class", "sg-doc-url")],
                        &format!(" {url}"),
                    );
                }
                None => {
                    m.text(&resource.title).text(" (no longer offered)");
                }
            }
            m.close("li");
        }
        for mentor in &goal.mentors {
            m.element(
                "li",
                &[("class", "sg-doc-mentor")],
                &format!("Mentor: {mentor}"),
            );
        }
        m.close("ul");
    }
    if !goal.notes.is_empty() {
        m.element(
            "p",
            &[("class", "sg-doc-notes")],
            &format!("Notes: {}", goal.notes),
        );
    }
    m.close("section");
}

pub fn plan_document(summary: &PlanSummary, kind: DocumentKind) -> String {
    let mut m = Markup::new();
    m.open(
        "article",
        &[("class", "sg-doc"), ("data-testid", "plan-document")],
    );
    if kind == DocumentKind::Print {
        let title = if summary.display_name.is_empty() {
            "Development plan".to_owned()
        } else {
            format!("Development plan of {}", summary.display_name)
        };
        m.element("h2", &[("class", "sg-h2")], &title).element(
            "p",
            &[("class", "sg-muted")],
            &format!("As of {}", date_text(&summary.date)),
        );
    }
    match &summary.target {
        Some(target) if !summary.with_levels => {
            m.open("section", &[])
                .element(
                    "h3",
                    &[("class", "sg-h3")],
                    &format!("Aiming for {}", target.role),
                )
                .element(
                    "p",
                    &[("class", "sg-muted"), ("data-testid", "no-ratings-shared")],
                    "Their ratings were not shared with this link, so no fit or gap is shown.",
                )
                .close("section");
        }
        Some(target) => {
            m.open("section", &[])
                .element(
                    "h3",
                    &[("class", "sg-h3")],
                    &format!("Aiming for {}", target.role),
                )
                .element("p", &[("class", "sg-fit")], &target.evidence.summary());
            if kind == DocumentKind::Shared {
                requirement_table(&mut m, &target.lines);
            }
            m.element("h4", &[("class", "sg-h4")], "Priorities");
            if target.priorities.is_empty() {
                m.element(
                    "p",
                    &[("class", "sg-muted")],
                    "No rated skill is below what the role asks for.",
                );
            } else {
                m.open("ol", &[("data-testid", "doc-priorities")]);
                for line in &target.priorities {
                    m.element("li", &[], &priority_text(line));
                }
                m.close("ol");
            }
            if !target.strengths.is_empty() {
                m.element("h4", &[("class", "sg-h4")], "Strengths")
                    .open("ul", &[]);
                for strength in &target.strengths {
                    m.element("li", &[], strength);
                }
                m.close("ul");
            }
            m.close("section");
        }
        None => {
            m.element("p", &[("class", "sg-muted")], "No target role chosen yet.");
        }
    }
    m.open("section", &[])
        .element("h3", &[("class", "sg-h3")], "Goals");
    if summary.goals.is_empty() {
        m.element("p", &[("class", "sg-muted")], "No goals yet.");
    }
    for g in &summary.goals {
        goal(&mut m, g);
    }
    m.close("section");
    if !summary.feedback.is_empty() {
        m.open("section", &[("data-testid", "doc-feedback")])
            .element("h3", &[("class", "sg-h3")], "Feedback received")
            .open("ul", &[]);
        for line in &summary.feedback {
            let own = if summary.with_levels {
                line.own.map_or("not rated".to_owned(), |l| l.to_string())
            } else {
                "not shared".to_owned()
            };
            let mut text = format!("{}: self {own}; {}", line.skill, line.views.join("; "));
            if line.worth_a_conversation {
                text.push_str(" · views differ by two levels or more");
            }
            m.element("li", &[], &text);
        }
        m.close("ul").close("section");
    }
    m.close("article");
    m.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::summary::plan_summary;
    use crate::domain::plan::summary::tests::{feed, profile};
    use crate::domain::plan::{add_action, new_goal};
    use crate::markup::test_support::count;

    #[test]
    fn the_printout_shows_name_date_fit_and_the_real_state_of_every_item() {
        let html = plan_document(
            &plan_summary(&profile(), &feed(), "2026-11-30"),
            DocumentKind::Print,
        );
        assert!(html.contains("<h2 class=\"sg-h2\">Development plan of Ana Lima</h2><p class=\"sg-muted\">As of 30 Nov 2026</p>"), "{html}");
        assert!(html.contains("<p class=\"sg-fit\">54% fit · 2 of 3 skills rated</p>"));
        assert!(html.contains("<li>Kubernetes: 1 → 3 (essential)</li>"));
        assert!(html.contains("<li data-state=\"done\">☑ <span class=\"sg-doc-kind\">Resource: </span><a href=\"https://e.x/cka\" rel=\"noopener noreferrer\">CKA prep</a><span class=\"sg-doc-url\"> https://e.x/cka</span></li>"), "{html}");
        assert!(html.contains("<li data-state=\"open\">☐ <span class=\"sg-doc-kind\">Resource: </span>gone (no longer offered)</li>"));
        assert!(html.contains("<li data-state=\"open\">☐ ask the lead</li><li data-state=\"done\">☑ two weeks of shadowing</li>"));
        assert!(html.contains("<p class=\"sg-muted\">Kubernetes · now 1 · aiming for 3 · In progress · by 31 Mar 2027</p>"));
        assert_eq!(
            count(&html, "shared-requirements"),
            0,
            "the table is for the share view"
        );
        assert_eq!(count(&html, "<input"), 0);
    }

    #[test]
    fn the_share_view_lists_every_required_skill_in_the_framework_order() {
        let html = plan_document(
            &plan_summary(&profile(), &feed(), "2026-11-30"),
            DocumentKind::Shared,
        );
        let rows: Vec<&str> = html
            .match_indices("<th scope=\"row\">")
            .map(|(i, _)| &html[i + 16..i + 40])
            .collect();
        assert!(
            rows[0].starts_with("SQL<")
                && rows[1].starts_with("Kubernetes (essential)")
                && rows[2].starts_with("Go<"),
            "{rows:?}"
        );
        assert!(html.contains(
            "<td class=\"sg-num\">3</td><td class=\"sg-num\">1</td><td class=\"sg-num\">2</td>"
        ));
        assert!(html.contains("<td class=\"sg-num\">not rated</td><td class=\"sg-num\">–</td>"));
        assert!(
            !html.contains("Development plan of"),
            "no name in someone's shared view"
        );
    }

    #[test]
    fn a_link_without_ratings_states_no_level_fit_or_gap() {
        use crate::domain::plan::summary::shared_summary;
        let html = plan_document(
            &shared_summary(&profile(), &feed(), "2026-11-30", false),
            DocumentKind::Shared,
        );
        assert!(html.contains("Their ratings were not shared with this link"));
        for absent in [
            "% fit",
            "shared-requirements",
            "Priorities",
            "now 1",
            "not rated",
        ] {
            assert!(!html.contains(absent), "{absent}: {html}");
        }
        assert!(html.contains("Kubernetes · aiming for 3"), "{html}");
    }

    #[test]
    fn feedback_received_prints_next_to_ones_own_rating_never_averaged() {
        use crate::domain::feedback::{
            receive, record_request, FeedbackRequest, FeedbackResponse, Relationship, SkillAnswer,
        };
        let feed = feed();
        let mut p = profile();
        let request = FeedbackRequest {
            id: "req-1".into(),
            name: "Ana".into(),
            note: String::new(),
            skills: vec!["k8s".into(), "sql".into()],
        };
        record_request(&mut p, &request, 10);
        let answer = |level| SkillAnswer {
            level,
            comment: String::new(),
        };
        let response = FeedbackResponse {
            request_id: "req-1".into(),
            response_id: "resp-1".into(),
            reviewer: "Fatou <b>Diop</b>".into(),
            relationship: Relationship::Manager,
            answers: [
                ("k8s".to_owned(), answer(Some(3))),
                ("sql".to_owned(), answer(None)),
            ]
            .into_iter()
            .collect(),
            overall: String::new(),
        };
        receive(
            &mut p,
            &response,
            &feed.scale,
            |id| feed.skill_by_id(id).map(|i| feed.skills[i].name.clone()),
            11,
        )
        .unwrap();
        let html = plan_document(&plan_summary(&p, &feed, "2026-11-30"), DocumentKind::Print);
        assert!(html.contains("<li>Kubernetes: self 1; Fatou &lt;b&gt;Diop&lt;/b&gt; (manager): 3 · views differ by two levels or more</li>"), "{html}");
        assert!(
            html.contains(
                "<li>SQL: self 4; Fatou &lt;b&gt;Diop&lt;/b&gt; (manager): can&#39;t judge</li>"
            ),
            "{html}"
        );
    }

    #[test]
    fn hostile_goal_texts_are_text() {
        let mut p = profile();
        let g = new_goal(&mut p, "<script>alert(1)</script> 🚀 مرحبا", None, None, 9);
        add_action(&mut p, &g, "\"><img src=x onerror=alert(1)>", 10);
        let html = plan_document(
            &plan_summary(&p, &feed(), "2026-11-30"),
            DocumentKind::Print,
        );
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; 🚀 مرحبا"));
        assert!(html.contains("☐ &quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
        assert_eq!(count(&html, "<script"), 0);
        assert_eq!(count(&html, "<img"), 0);
    }
}
