//! The plan summary as Markdown, for a 1:1 or a personal notes app: the same content as the
//! printout.

use super::summary::{fit_text, Medium, PlanSummary};
use crate::i18n::Translator;
use crate::i18n::{k, Key};

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

/// The plan in Markdown, written in the interface's language (dates stay ISO, which every
/// reader and notes app understands).
pub fn plan_markdown(summary: &PlanSummary, tr: &Translator) -> String {
    let f = Medium::File;
    let say = |key: Key, args: &[(&str, &str)]| tr.tf_plain(key, args);
    let title = if summary.display_name.is_empty() {
        tr.t(k::PLAN_DOC_TITLE).to_owned()
    } else {
        say(
            k::PLAN_DOC_TITLE_OF,
            &[("name", &md_text(&summary.display_name))],
        )
    };
    let mut out = format!("# {title}\n\n");
    out.push_str(&format!(
        "_{}._\n",
        say(k::PLAN_DOC_AS_OF, &[("date", &md_text(&summary.date))])
    ));
    if let Some(target) = &summary.target {
        out.push_str(&format!(
            "\n## {}\n\n{}\n",
            say(k::PLAN_DOC_AIMING_FOR, &[("role", &md_text(&target.role))]),
            fit_text(&target.evidence, tr, f)
        ));
        if !target.priorities.is_empty() {
            out.push_str(&format!("\n### {}\n\n", tr.t(k::PLAN_DOC_PRIORITIES)));
            for (i, line) in target.priorities.iter().enumerate() {
                out.push_str(&format!(
                    "{}. {}\n",
                    i + 1,
                    line.text(tr, f, &md_text(&line.name))
                ));
            }
        }
        if !target.strengths.is_empty() {
            out.push_str(&format!("\n### {}\n\n", tr.t(k::PLAN_DOC_STRENGTHS)));
            for strength in &target.strengths {
                out.push_str(&format!("- {}\n", md_text(&strength.text(tr, f))));
            }
        }
    }
    out.push_str(&format!("\n## {}\n", tr.t(k::PLAN_DOC_GOALS)));
    if summary.goals.is_empty() {
        out.push_str(&format!("\n{}\n", tr.t(k::PLAN_DOC_NO_GOALS)));
    }
    for goal in &summary.goals {
        out.push_str(&format!("\n### {}\n\n", md_text(goal.title_text(tr))));
        if let Some(skill) = &goal.skill {
            let line = md_text(&skill.text(tr, f));
            out.push_str(&format!(
                "- {}\n",
                say(k::PLAN_DOC_SKILL, &[("skill", &line)])
            ));
        }
        let status = tr.t(goal.status.label_key());
        out.push_str(&format!(
            "- {}\n",
            say(k::PLAN_DOC_STATUS, &[("status", status)])
        ));
        if let Some(date) = &goal.date {
            let key = if goal.overdue {
                k::PLAN_DOC_TARGET_DATE_PAST
            } else {
                k::PLAN_DOC_TARGET_DATE
            };
            // The summary keeps only real `YYYY-MM-DD` days; escaped all the same.
            out.push_str(&format!("- {}\n", say(key, &[("date", &md_text(date))])));
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
            let title = md_text(&resource.title);
            let shown = match &resource.url {
                Some(url) => format!("[{title}](<{}>)", md_url(url)),
                None => say(k::PLAN_RESOURCE_GONE, &[("resource", &title)]),
            };
            out.push_str(&format!(
                "- {done} {}\n",
                say(k::PLAN_DOC_RESOURCE, &[("resource", &shown)])
            ));
        }
        for mentor in &goal.mentors {
            out.push_str(&format!(
                "- {}\n",
                say(k::PLAN_DOC_MENTOR, &[("mentor", &md_text(mentor))])
            ));
        }
        if !goal.notes.is_empty() {
            out.push_str(&format!(
                "- {}\n",
                say(k::PLAN_DOC_NOTES, &[("notes", &md_text(&goal.notes))])
            ));
        }
    }
    if !summary.feedback.is_empty() {
        out.push_str(&format!("\n## {}\n\n", tr.t(k::PLAN_DOC_FEEDBACK)));
        for line in &summary.feedback {
            let mut text = md_text(&line.text(tr, f, &line.own_text(tr)));
            if line.worth_a_conversation {
                text.push_str(&format!(" ({})", tr.t(k::PLAN_DOC_VIEWS_DIFFER)));
            }
            out.push_str(&format!("- {text}\n"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feed::{load_feeds, FeedSource};
    use crate::plan::summary::plan_summary;
    use crate::plan::summary::tests::{feed, profile};
    use crate::plan::{add_action, attach_resource, ensure_goal, new_goal, update_goal};
    use crate::profile::Profile;

    #[test]
    fn markdown_lists_the_target_priorities_and_every_goal_with_its_state() {
        let md = plan_markdown(
            &plan_summary(&profile(), &feed(), "2026-11-30"),
            &Translator::english(),
        );
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
        let md = plan_markdown(
            &plan_summary(&p, &feed, "2026-11-22"),
            &Translator::english(),
        );
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

    /// What a crafted share link put in a goal's date (issue 32).
    const CRAFTED_DATE: &str =
        "2027-01-01\n## Pwned\n<img src=x onerror=alert(1)> [x](javascript:alert(1))";

    fn assert_no_injection(md: &str) {
        assert!(!md.contains("## Pwned"), "{md}");
        assert!(!md.contains("<img"), "{md}");
        assert!(!md.contains("](javascript:"), "{md}");
        assert!(!md.contains("Target date"), "no date line at all: {md}");
    }

    #[test]
    fn a_target_date_that_is_not_a_day_is_never_written() {
        let mut p = Profile::default();
        let goal = new_goal(&mut p, "Lead the incident review", None, None, 4);
        update_goal(&mut p, &goal, 5, |g| {
            g.target_date = Some(CRAFTED_DATE.into())
        });
        let summary = plan_summary(&p, &feed(), "2026-11-22");
        assert_eq!(summary.goals[0].date, None);
        assert_no_injection(&plan_markdown(&summary, &Translator::english()));
    }

    #[test]
    fn a_crafted_date_from_a_share_link_is_dropped_on_adding_what_i_lack() {
        use crate::share::import::{apply_import, ImportMode};
        use crate::share::{decode_share, encode_share, SharedGoal, SharedProfile};
        let link = encode_share(&SharedProfile {
            levels: [("k8s".to_owned(), 2)].into_iter().collect(),
            goals: vec![SharedGoal {
                title: "Looks harmless".into(),
                target_date: Some(CRAFTED_DATE.into()),
                ..SharedGoal::default()
            }],
            ..SharedProfile::default()
        });
        let shared = decode_share(&link).unwrap();
        let mut mine = Profile::default();
        apply_import(
            &mut mine,
            &shared,
            &feed().scale,
            ImportMode::AddWhatILack,
            9,
        );
        let (_, goal) = mine.live_goals().next().unwrap();
        assert_eq!(goal.title, "Looks harmless");
        assert_eq!(goal.target_date, None, "the plan could not show it");
        let md = plan_markdown(
            &plan_summary(&mine, &feed(), "2026-11-22"),
            &Translator::english(),
        );
        assert_no_injection(&md);
    }

    #[test]
    fn markdown_is_written_in_the_active_language() {
        use crate::i18n::languages::by_tag;
        use crate::i18n::{Catalogue, EnglishFormats};
        let catalogue = Catalogue::parse(include_str!("../../../../i18n/de.json")).unwrap();
        let de = Translator::new(
            by_tag("de").unwrap(),
            Some(catalogue),
            Box::new(EnglishFormats),
        );
        let md = plan_markdown(&plan_summary(&profile(), &feed(), "2026-11-30"), &de);
        assert!(
            md.starts_with("# Entwicklungsplan von Ana Lima\n\n_Stand: 2026-11-30._\n"),
            "{md}"
        );
        assert!(md.contains("- Status: In Arbeit\n"), "{md}");
        assert!(
            md.contains("- Kompetenz: Kubernetes · derzeit 1 · angestrebt 3\n"),
            "{md}"
        );
        assert!(md.contains("- [x] Lernangebot: [CKA prep]"), "{md}");
        assert!(md.contains("gone (nicht mehr angeboten)"), "{md}");
        assert!(
            !md.contains("plan."),
            "a key shows instead of its text: {md}"
        );
    }
}
