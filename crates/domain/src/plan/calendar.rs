//! Goals with dates as calendar entries (all-day, on the target date), to import into Outlook
//! or Google Calendar. Goals without a date make no entry; a plan without any makes no file.

use super::summary::{GoalSummary, Medium, PlanSummary};
use crate::calendar::{calendar_ics, CalendarEvent};
use crate::i18n::k;
use crate::i18n::Translator;

/// What an entry says, in the interface's language: the skill line, status, actions,
/// resources with links, mentors, notes.
fn description(goal: &GoalSummary, tr: &Translator) -> String {
    let mut lines = Vec::new();
    if let Some(skill) = &goal.skill {
        lines.push(skill.text(tr, Medium::File));
    }
    lines.push(tr.tf_plain(
        k::PLAN_DOC_STATUS,
        &[("status", tr.t(goal.status.label_key()))],
    ));
    for action in &goal.actions {
        lines.push(format!(
            "{} {}",
            if action.done { "☑" } else { "☐" },
            action.text
        ));
    }
    for resource in &goal.resources {
        let mark = if resource.done { "☑" } else { "☐" };
        let shown = match &resource.url {
            Some(url) => format!("{} <{url}>", resource.title),
            None => resource.title.clone(),
        };
        let text = tr.tf_plain(k::PLAN_DOC_RESOURCE, &[("resource", &shown)]);
        lines.push(format!("{mark} {text}"));
    }
    for mentor in &goal.mentors {
        lines.push(tr.tf_plain(k::PLAN_DOC_MENTOR, &[("mentor", mentor)]));
    }
    if !goal.notes.is_empty() {
        lines.push(tr.tf_plain(k::PLAN_DOC_NOTES, &[("notes", &goal.notes)]));
    }
    lines.join("\n")
}

/// The calendar file of the plan's dated goals, or `None` when no goal has a date. `owner`
/// (the profile's local id) keeps two people's entries apart in one calendar.
pub fn plan_calendar(
    summary: &PlanSummary,
    owner: &str,
    now: u64,
    tr: &Translator,
) -> Option<String> {
    let dated: Vec<(String, String, &GoalSummary)> = summary
        .goals
        .iter()
        .filter(|g| g.date.is_some())
        .map(|g| (format!("{}-{owner}@skillgap", g.id), description(g, tr), g))
        .collect();
    let events: Vec<CalendarEvent> = dated
        .iter()
        .map(|(uid, description, goal)| CalendarEvent {
            uid,
            date: goal.date.as_deref().unwrap_or_default(),
            summary: goal.title_text(tr),
            description,
        })
        .collect();
    calendar_ics(&events, now)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::summary::plan_summary;
    use crate::plan::summary::tests::{feed, profile};
    use crate::plan::{new_goal, update_goal};

    /// Unfolds and unescapes the calendar's lines into (name, value) pairs.
    fn read_back(ics: &str) -> Vec<(String, String)> {
        let unfolded = ics.replace("\r\n ", "");
        unfolded
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .map(|line| {
                let (name, value) = line.split_once(':').unwrap();
                let value = value
                    .replace("\\n", "\n")
                    .replace("\\,", ",")
                    .replace("\\;", ";")
                    .replace("\\\\", "\\");
                (name.to_owned(), value)
            })
            .collect()
    }

    #[test]
    fn only_dated_goals_become_entries_with_their_actions_and_links() {
        let summary = plan_summary(&profile(), &feed(), "2026-11-30");
        let ics = plan_calendar(&summary, "me", 1_795_000_000_000, &Translator::english()).unwrap();
        let fields = read_back(&ics);
        let events = fields
            .iter()
            .filter(|(n, v)| n == "BEGIN" && v == "VEVENT")
            .count();
        assert_eq!(events, 1, "the own goal has no date");
        let get = |name: &str| {
            fields
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.as_str())
        };
        assert_eq!(get("SUMMARY"), Some("Kubernetes"));
        assert_eq!(get("DTSTART;VALUE=DATE"), Some("20270331"));
        assert_eq!(get("DTEND;VALUE=DATE"), Some("20270401"));
        assert_eq!(
            get("DESCRIPTION"),
            Some("Kubernetes · now 1 · aiming for 3\nStatus: In progress\n☑ Resource: CKA prep <https://e.x/cka>\n☐ Resource: gone\nMentor: Fatou Diop (mailto:f@e.x)\nNotes: before spring")
        );
        assert!(get("UID").unwrap().ends_with("-me@skillgap"));
    }

    #[test]
    fn a_plan_without_dates_makes_no_file_and_hostile_titles_stay_text() {
        let mut p = profile();
        for goal in p.plan.values_mut() {
            goal.target_date = None;
        }
        assert_eq!(
            plan_calendar(
                &plan_summary(&p, &feed(), "2026-11-30"),
                "me",
                1,
                &Translator::english()
            ),
            None
        );
        let title = format!(
            "{}; SUMMARY:evil\nEND:VCALENDAR 🚀 مرحبا",
            "x".repeat(2_000)
        );
        let id = new_goal(&mut p, &title, None, None, 9);
        update_goal(&mut p, &id, 9, |g| {
            g.target_date = Some("2027-02-28".into())
        });
        let ics = plan_calendar(
            &plan_summary(&p, &feed(), "2026-11-30"),
            "me",
            1,
            &Translator::english(),
        )
        .unwrap();
        assert!(ics.split("\r\n").all(|l| l.len() <= 75));
        let fields = read_back(&ics);
        let summary = fields.iter().find(|(n, _)| n == "SUMMARY").unwrap();
        assert_eq!(summary.1, title.trim());
        assert_eq!(fields.iter().filter(|(n, _)| n == "END").count(), 2);
    }
}
