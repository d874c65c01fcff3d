//! The plan summary as a document: the printout, and the share view a manager sees, in the
//! interface's language. No controls: checkboxes are ☑/☐ as text, so print shows the real
//! state; links show their address too, since paper cannot be clicked.

use super::{open_table_scroll, table_head, Markup};
use domain::i18n::k;
use domain::i18n::Translator;
use domain::plan::summary::{fit_text, GoalSummary, Medium, PlanSummary, SkillLine};

/// What the document shows beyond the plan itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentKind {
    /// The printout: the person's name and date, priorities, strengths and goals.
    Print,
    /// Someone's shared profile: also every skill the role asks for, required against current.
    Shared,
}

const SCREEN: Medium = Medium::Screen;

fn check(done: bool) -> &'static str {
    if done {
        "☑ "
    } else {
        "☐ "
    }
}

fn requirement_table(m: &mut Markup, lines: &[SkillLine], tr: &Translator) {
    // A heading, not a caption: a caption is as wide as the table, which scrolls on a phone.
    m.element(
        "h4",
        &[("class", "sg-h4")],
        tr.t(k::PLAN_DOC_REQUIREMENTS_HEADING),
    );
    open_table_scroll(m, tr.t(k::PLAN_DOC_REQUIREMENTS));
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
        tr.t(k::PLAN_DOC_REQUIREMENTS),
    );
    table_head(
        m,
        &[
            (tr.t(k::PLAN_DOC_COLUMN_SKILL), false),
            (tr.t(k::PLAN_DOC_COLUMN_REQUIRED), true),
            (tr.t(k::PLAN_DOC_COLUMN_CURRENT), true),
            (tr.t(k::PLAN_DOC_COLUMN_GAP), true),
        ],
    );
    m.open("tbody", &[]);
    for line in lines {
        let name = if line.essential {
            tr.tf(k::PLAN_DOC_ESSENTIAL_SKILL, &[("skill", &line.name)])
        } else {
            line.name.clone()
        };
        let current = line
            .current
            .map_or(tr.t(k::PLAN_NOT_RATED).to_owned(), |c| {
                tr.integer(i64::from(c))
            });
        let gap = match line.gap() {
            None => "–".to_owned(),
            Some(0) => tr.t(k::PLAN_DOC_GAP_MET).to_owned(),
            Some(g) => tr.integer(i64::from(g)),
        };
        m.open("tr", &[])
            .element("th", &[("scope", "row")], &name)
            .element(
                "td",
                &[("class", "sg-num")],
                &tr.integer(i64::from(line.required)),
            )
            .element("td", &[("class", "sg-num")], &current)
            .element("td", &[("class", "sg-num")], &gap)
            .close("tr");
    }
    m.close("tbody").close("table").close("div");
}

fn goal(m: &mut Markup, goal: &GoalSummary, tr: &Translator) {
    m.open(
        "section",
        &[("class", "sg-doc-goal"), ("data-testid", "doc-goal")],
    )
    .element("h4", &[("class", "sg-h4")], goal.title_text(tr));
    let mut facts = Vec::new();
    if let Some(skill) = &goal.skill {
        facts.push(skill.text(tr, SCREEN));
    }
    facts.push(tr.t(goal.status.label_key()).to_owned());
    if let Some(date) = &goal.date {
        let key = if goal.overdue {
            k::PLAN_DOC_BY_DATE_PASSED
        } else {
            k::PLAN_DOC_BY_DATE
        };
        facts.push(tr.tf(key, &[("date", &tr.date(date))]));
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
                .element(
                    "span",
                    &[("class", "sg-doc-kind")],
                    &format!("{} ", tr.t(k::PLAN_DOC_RESOURCE_KIND)),
                );
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
                    m.text(&tr.tf(k::PLAN_RESOURCE_GONE, &[("resource", &resource.title)]));
                }
            }
            m.close("li");
        }
        for mentor in &goal.mentors {
            m.element(
                "li",
                &[("class", "sg-doc-mentor")],
                &tr.tf(k::PLAN_DOC_MENTOR, &[("mentor", mentor)]),
            );
        }
        m.close("ul");
    }
    if !goal.notes.is_empty() {
        m.element(
            "p",
            &[("class", "sg-doc-notes")],
            &tr.tf(k::PLAN_DOC_NOTES, &[("notes", &goal.notes)]),
        );
    }
    m.close("section");
}

pub fn plan_document(summary: &PlanSummary, kind: DocumentKind, tr: &Translator) -> String {
    let mut m = Markup::new();
    m.open(
        "article",
        &[("class", "sg-doc"), ("data-testid", "plan-document")],
    );
    if kind == DocumentKind::Print {
        let title = if summary.display_name.is_empty() {
            tr.t(k::PLAN_DOC_TITLE).to_owned()
        } else {
            tr.tf(k::PLAN_DOC_TITLE_OF, &[("name", &summary.display_name)])
        };
        m.element("h2", &[("class", "sg-h2")], &title).element(
            "p",
            &[("class", "sg-muted")],
            &tr.tf(k::PLAN_DOC_AS_OF, &[("date", &tr.date(&summary.date))]),
        );
    }
    let aiming_for = |role: &str| tr.tf(k::PLAN_DOC_AIMING_FOR, &[("role", role)]);
    match &summary.target {
        Some(target) if !summary.with_levels => {
            m.open("section", &[])
                .element("h3", &[("class", "sg-h3")], &aiming_for(&target.role))
                .element(
                    "p",
                    &[("class", "sg-muted"), ("data-testid", "no-ratings-shared")],
                    tr.t(k::PLAN_DOC_NO_RATINGS_SHARED),
                )
                .close("section");
        }
        Some(target) => {
            m.open("section", &[])
                .element("h3", &[("class", "sg-h3")], &aiming_for(&target.role))
                .element(
                    "p",
                    &[("class", "sg-fit")],
                    &fit_text(&target.evidence, tr, SCREEN),
                );
            if kind == DocumentKind::Shared {
                requirement_table(&mut m, &target.lines, tr);
            }
            m.element("h4", &[("class", "sg-h4")], tr.t(k::PLAN_DOC_PRIORITIES));
            if target.priorities.is_empty() {
                m.element(
                    "p",
                    &[("class", "sg-muted")],
                    tr.t(k::PLAN_DOC_NO_PRIORITIES),
                );
            } else {
                m.open("ol", &[("data-testid", "doc-priorities")]);
                for line in &target.priorities {
                    m.element("li", &[], &line.text(tr, SCREEN, &line.name));
                }
                m.close("ol");
            }
            if !target.strengths.is_empty() {
                m.element("h4", &[("class", "sg-h4")], tr.t(k::PLAN_DOC_STRENGTHS))
                    .open("ul", &[]);
                for strength in &target.strengths {
                    m.element("li", &[], &strength.text(tr, SCREEN));
                }
                m.close("ul");
            }
            m.close("section");
        }
        None => {
            m.element("p", &[("class", "sg-muted")], tr.t(k::PLAN_DOC_NO_TARGET));
        }
    }
    m.open("section", &[])
        .element("h3", &[("class", "sg-h3")], tr.t(k::PLAN_DOC_GOALS));
    if summary.goals.is_empty() {
        m.element("p", &[("class", "sg-muted")], tr.t(k::PLAN_DOC_NO_GOALS));
    }
    for g in &summary.goals {
        goal(&mut m, g, tr);
    }
    m.close("section");
    if !summary.feedback.is_empty() {
        m.open("section", &[("data-testid", "doc-feedback")])
            .element("h3", &[("class", "sg-h3")], tr.t(k::PLAN_DOC_FEEDBACK))
            .open("ul", &[]);
        for line in &summary.feedback {
            let own = if summary.with_levels {
                line.own_text(tr)
            } else {
                tr.t(k::PLAN_DOC_NOT_SHARED).to_owned()
            };
            let mut text = line.text(tr, SCREEN, &own);
            if line.worth_a_conversation {
                text.push_str(" · ");
                text.push_str(tr.t(k::PLAN_DOC_VIEWS_DIFFER));
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
    use crate::test_support::count;
    use domain::plan::summary::plan_summary;
    use domain::plan::summary::tests::{feed, profile};
    use domain::plan::{add_action, new_goal};

    #[test]
    fn the_printout_shows_name_date_fit_and_the_real_state_of_every_item() {
        let html = plan_document(
            &plan_summary(&profile(), &feed(), "2026-11-30"),
            DocumentKind::Print,
            &Translator::english(),
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
            &Translator::english(),
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
        use domain::plan::summary::shared_summary;
        let html = plan_document(
            &shared_summary(&profile(), &feed(), "2026-11-30", false),
            DocumentKind::Shared,
            &Translator::english(),
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
        use domain::feedback::{
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
        let html = plan_document(
            &plan_summary(&p, &feed, "2026-11-30"),
            DocumentKind::Print,
            &Translator::english(),
        );
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
            &Translator::english(),
        );
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; 🚀 مرحبا"));
        assert!(html.contains("☐ &quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
        assert_eq!(count(&html, "<script"), 0);
        assert_eq!(count(&html, "<img"), 0);
    }
}
