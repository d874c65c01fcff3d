//! The plan summary as Markdown, for a 1:1 or a personal notes app: the same content as the
//! printout.

use super::summary::{PlanSummary, SkillLine};

/// Text as literal Markdown: the characters that could start emphasis, code, links, images,
/// HTML, entities, tables or headings are backslash-escaped (CommonMark allows it for any
/// ASCII punctuation), so feed titles and notes print as written and never as markup.
fn md_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        // A line break in a feed text would start a new list item or heading.
        if matches!(c, '\n' | '\r') {
            out.push(' ');
            continue;
        }
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&' | '!'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A URL for the `<…>` link form, which ends at the first `>`: that and the angle brackets are
/// percent-encoded (the feed checker has already refused spaces and control characters).
fn md_url(url: &str) -> String {
    url.replace('<', "%3C").replace('>', "%3E")
}

fn check(done: bool) -> &'static str {
    if done {
        "[x]"
    } else {
        "[ ]"
    }
}

fn skill_line(line: &SkillLine) -> String {
    let current = line
        .current
        .map_or("not rated".to_owned(), |c| c.to_string());
    format!(
        "{}: {current} → {}{}",
        md_text(&line.name),
        line.required,
        if line.essential { " (essential)" } else { "" }
    )
}

pub fn plan_markdown(summary: &PlanSummary) -> String {
    let mut out = String::from("# Development plan");
    if !summary.display_name.is_empty() {
        out.push_str(&format!(" of {}", md_text(&summary.display_name)));
    }
    out.push_str(&format!("\n\n_As of {}._\n", summary.date));
    if let Some(target) = &summary.target {
        out.push_str(&format!(
            "\n## Aiming for {}\n\n{}\n",
            md_text(&target.role),
            target.evidence.summary()
        ));
        if !target.priorities.is_empty() {
            out.push_str("\n### Priorities\n\n");
            for (i, line) in target.priorities.iter().enumerate() {
                out.push_str(&format!("{}. {}\n", i + 1, skill_line(line)));
            }
        }
        if !target.strengths.is_empty() {
            out.push_str("\n### Strengths\n\n");
            for strength in &target.strengths {
                out.push_str(&format!("- {}\n", md_text(strength)));
            }
        }
    }
    out.push_str("\n## Goals\n");
    if summary.goals.is_empty() {
        out.push_str("\nNo goals yet.\n");
    }
    for goal in &summary.goals {
        out.push_str(&format!("\n### {}\n\n", md_text(&goal.title)));
        if let Some(line) = &goal.skill_line {
            out.push_str(&format!("- Skill: {}\n", md_text(line)));
        }
        out.push_str(&format!("- Status: {}\n", goal.status.label()));
        if let Some(date) = &goal.date {
            let past = if goal.overdue { " (past)" } else { "" };
            out.push_str(&format!("- Target date: {date}{past}\n"));
        }
        for action in &goal.actions {
            out.push_str(&format!(
                "- {} {}\n",
                check(action.done),
                md_text(&action.text)
            ));
        }
        for resource in &goal.resources {
            let done = check(resource.done);
            match &resource.url {
                Some(url) => out.push_str(&format!(
                    "- {done} Resource: [{}](<{}>)\n",
                    md_text(&resource.title),
                    md_url(url)
                )),
                None => out.push_str(&format!(
                    "- {done} Resource: {} (no longer offered)\n",
                    md_text(&resource.title)
                )),
            }
        }
        for mentor in &goal.mentors {
            out.push_str(&format!("- Mentor: {}\n", md_text(mentor)));
        }
        if !goal.notes.is_empty() {
            out.push_str(&format!("- Notes: {}\n", md_text(&goal.notes)));
        }
    }
    if !summary.feedback.is_empty() {
        out.push_str("\n## Feedback received\n\n");
        for line in &summary.feedback {
            let own = line.own.map_or("not rated".to_owned(), |l| l.to_string());
            let differs = if line.worth_a_conversation {
                " (views differ by two levels or more)"
            } else {
                ""
            };
            out.push_str(&format!(
                "- {}: self {own}; {}{differs}\n",
                md_text(&line.skill),
                md_text(&line.views.join("; "))
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::feed::{load_feeds, FeedSource};
    use crate::domain::plan::summary::plan_summary;
    use crate::domain::plan::summary::tests::{feed, profile};
    use crate::domain::plan::{add_action, attach_resource, ensure_goal, new_goal, update_goal};
    use crate::domain::profile::Profile;

    #[test]
    fn markdown_lists_the_target_priorities_and_every_goal_with_its_state() {
        let md = plan_markdown(&plan_summary(&profile(), &feed(), "2026-11-30"));
        assert_eq!(
            md,
            "# Development plan of Ana Lima\n\n_As of 2026-11-30._\n\n\
             ## Aiming for Platform Engineer\n\n54% fit · 2 of 3 skills rated\n\n\
             ### Priorities\n\n1. Kubernetes: 1 → 3 (essential)\n\n\
             ### Strengths\n\n- SQL: 4, asks for 2\n\n\
             ## Goals\n\n\
             ### Kubernetes\n\n- Skill: Kubernetes · now 1 · aiming for 3\n- Status: In progress\n- Target date: 2027-03-31\n\
             - [x] Resource: [CKA prep](<https://e.x/cka>)\n- [ ] Resource: gone (no longer offered)\n- Mentor: Fatou Diop (mailto:f@e.x)\n- Notes: before spring\n\n\
             ### Shadow the on-call rota\n\n- Status: In progress\n- [ ] ask the lead\n- [x] two weeks of shadowing\n"
        );
    }

    #[test]
    fn markdown_shows_hostile_titles_and_notes_as_text() {
        let text = r#"{"format_version": 1, "skills": [{"id": "k8s", "name": "K8s <b>*bold*</b>"}],
            "resources": [{"id": "x", "title": "Click [here](javascript:alert(1)) & `code`", "url": "https://e.x/a>b", "skills": [{"skill": "k8s", "to": 4}]}]}"#;
        let feed = load_feeds(&[FeedSource { label: "t", text }]).feed;
        let mut p = Profile::default();
        let goal = ensure_goal(&mut p, "k8s", Some(3), 1);
        attach_resource(&mut p, &goal, "x", 2);
        update_goal(&mut p, &goal, 3, |g| {
            g.notes = "# not a heading\n<script>x</script> | pipe".into()
        });
        let own = new_goal(&mut p, "## Fake\n- [x] done", None, None, 4);
        add_action(&mut p, &own, "<img src=x onerror=alert(1)> 🚀 مرحبا", 5);
        let md = plan_markdown(&plan_summary(&p, &feed, "2026-11-22"));
        assert!(md.contains("### K8s \\<b\\>\\*bold\\*\\</b\\>"), "{md}");
        assert!(
            md.contains(
                "- [ ] Resource: [Click \\[here\\](javascript:alert(1)) \\& \\`code\\`](<https://e.x/a%3Eb>)"
            ),
            "{md}"
        );
        assert!(
            md.contains("- Notes: \\# not a heading \\<script\\>x\\</script\\> \\| pipe"),
            "{md}"
        );
        assert!(md.contains("### \\#\\# Fake - \\[x\\] done\n"), "{md}");
        assert!(
            md.contains("- [ ] \\<img src=x onerror=alert(1)\\> 🚀 مرحبا\n"),
            "{md}"
        );
        assert!(!md.lines().any(|l| l.starts_with("- [x] done")), "{md}");
    }
}
