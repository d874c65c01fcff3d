//! Export and import of the whole profile as a JSON file, and ratings as CSV.

use super::codec::{decode, Decoded};
use super::migrate::Unreadable;
use super::model::Profile;
use crate::feed::Feed;
use crate::i18n::k;
use crate::i18n::Translator;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use stdx::json_pretty::indent_json;
use stdx::sorted_map::SortedMap;

pub const EXPORT_FORMAT: &str = "skillgap-export";

#[derive(Serialize)]
struct ExportFile<'a> {
    format: &'a str,
    exported_at: String,
    profile: &'a Profile,
}

/// An import file is either an export (a wrapper naming its format) or a bare stored profile.
#[derive(Deserialize)]
struct ImportFile<'a> {
    #[serde(default)]
    format: Option<String>,
    #[serde(borrow, default)]
    profile: Option<&'a RawValue>,
}

/// The file name of an export made on `today` (the user's local calendar date).
pub fn export_filename(today: &str) -> String {
    format!("skillgap-{today}.json")
}

pub fn export_json(profile: &Profile, today: &str) -> String {
    let file = ExportFile {
        format: EXPORT_FORMAT,
        exported_at: today.to_owned(),
        profile,
    };
    indent_json(&serde_json::to_string(&file).expect("an export always serialises"))
}

/// The profile that replaces `current` with `imported`, when the user chooses to replace:
/// everything of the file, stamped `now`, and everything of `current` the file lacks removed
/// with a tombstone stamped `now`. Saving merges with the stored copy (and other tabs merge
/// with it), so without the tombstones what the file lacks would come straight back.
pub fn replace_document(current: &Profile, mut imported: Profile, now: u64) -> Profile {
    use super::model::{Flags, SkillEntry, Stamped};
    for entry in imported.skills.values_mut() {
        entry.touch_all(entry.updated.max(now));
    }
    for id in current.skills.keys() {
        if !imported.skills.contains_key(id) {
            let mut cleared = SkillEntry::default();
            cleared.touch_all(now);
            imported.skills.insert(id.clone(), cleared);
        }
    }
    for (id, goal) in imported.plan.iter_mut() {
        goal.updated = goal.updated.max(now);
        for action in goal.actions.values_mut() {
            action.updated = action.updated.max(now);
        }
        // Actions merge one by one: those the file lacks need their own tombstones.
        if let Some(ours) = current.plan.get(id) {
            for (action_id, action) in ours.actions.iter() {
                if !goal.actions.contains_key(action_id) {
                    let mut gone = action.clone();
                    gone.deleted = true;
                    gone.updated = now;
                    goal.actions.insert(action_id.clone(), gone);
                }
            }
        }
    }
    for (id, goal) in current.plan.iter() {
        if !imported.plan.contains_key(id) {
            let mut gone = goal.clone();
            gone.deleted = true;
            gone.updated = now;
            for action in gone.actions.values_mut() {
                action.updated = action.updated.max(now);
            }
            imported.plan.insert(id.clone(), gone);
        }
    }
    for snapshot in imported.snapshots.values_mut() {
        snapshot.updated = snapshot.updated.max(now);
    }
    for (day, snapshot) in current.snapshots.iter() {
        if !imported.snapshots.contains_key(day) {
            let mut gone = snapshot.clone();
            gone.deleted = true;
            gone.updated = now;
            imported.snapshots.insert(day.clone(), gone);
        }
    }
    let replace_flags = |theirs: &mut Flags, ours: &Flags| {
        for flag in theirs.values_mut() {
            flag.updated = flag.updated.max(now);
        }
        for id in ours.keys() {
            if !theirs.contains_key(id) {
                theirs.insert(id.clone(), Stamped::new(false, now));
            }
        }
    };
    replace_flags(&mut imported.shortlist, &current.shortlist);
    replace_flags(&mut imported.dismissed, &current.dismissed);
    replace_flags(&mut imported.hidden_mentors, &current.hidden_mentors);
    replace_flags(&mut imported.favourite_mentors, &current.favourite_mentors);
    replace_entries(
        &mut imported.feedback_requests,
        &current.feedback_requests,
        now,
        |r| (&mut r.updated, &mut r.deleted),
    );
    replace_entries(&mut imported.feedback, &current.feedback, now, |f| {
        (&mut f.updated, &mut f.deleted)
    });
    imported.current_role.updated = now;
    imported.target_role.updated = now;
    imported.preferences.updated = now;
    imported.self_mentor.updated = now;
    imported.seen_requirements.updated = now;
    imported.display_name.updated = now;
    imported
}

/// Entries of the file stamped at least `now`; entries of `ours` the file lacks kept as
/// tombstones stamped `now`. `stamp` gives an entry's time and deleted flag.
fn replace_entries<T: Clone>(
    theirs: &mut SortedMap<String, T>,
    ours: &SortedMap<String, T>,
    now: u64,
    stamp: impl Fn(&mut T) -> (&mut u64, &mut bool),
) {
    for entry in theirs.values_mut() {
        let (updated, _) = stamp(entry);
        *updated = (*updated).max(now);
    }
    for (id, entry) in ours.iter() {
        if !theirs.contains_key(id) {
            let mut gone = entry.clone();
            let (updated, deleted) = stamp(&mut gone);
            *updated = now;
            *deleted = true;
            theirs.insert(id.clone(), gone);
        }
    }
}

/// What an import file holds, shown before the user chooses merge or replace.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportPreview {
    pub profile: Profile,
    pub ratings: usize,
    pub notes: usize,
    pub goals: usize,
    pub snapshots: usize,
    pub target_role: Option<String>,
}

impl ImportPreview {
    /// What the file holds, as a sentence: "This file holds 2 ratings, 1 note, …".
    pub fn summary(&self, tr: &Translator) -> String {
        let ratings = tr.plural(k::DATA_IMPORT_RATINGS, self.ratings, &[]);
        let notes = tr.plural(k::DATA_IMPORT_NOTES, self.notes, &[]);
        let goals = tr.plural(k::DATA_IMPORT_GOALS, self.goals, &[]);
        let snapshots = tr.plural(k::DATA_IMPORT_SNAPSHOTS, self.snapshots, &[]);
        tr.tf_plain(
            k::DATA_IMPORT_HOLDS,
            &[
                ("ratings", &ratings),
                ("notes", &notes),
                ("goals", &goals),
                ("snapshots", &snapshots),
            ],
        )
    }
}

/// Why a file cannot be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// The parser's own words (English).
    NotJson(String),
    NoProfile,
    /// An export of another format, named.
    OtherFormat(String),
    /// Made by a newer version, with its data version.
    Newer(u32),
    NotAProfile(Unreadable),
    Empty,
    /// The chosen file could not be read; why, in a few words.
    NotRead(String),
}

impl ImportError {
    /// The whole sentence shown under the file picker.
    pub fn message(&self, tr: &Translator) -> String {
        match self {
            ImportError::NotJson(detail) => {
                tr.tf(k::DATA_IMPORT_ERROR_NOT_JSON, &[("detail", detail)])
            }
            ImportError::NoProfile => tr.t(k::DATA_IMPORT_ERROR_NO_PROFILE).to_owned(),
            ImportError::OtherFormat(format) => {
                tr.tf(k::DATA_IMPORT_ERROR_OTHER_FORMAT, &[("format", format)])
            }
            ImportError::Newer(version) => tr.tf(
                k::DATA_IMPORT_ERROR_NEWER,
                &[("version", &tr.integer(i64::from(*version)))],
            ),
            ImportError::NotAProfile(reason) => tr.tf(
                k::DATA_IMPORT_ERROR_NOT_A_PROFILE,
                &[("reason", &reason.message(tr))],
            ),
            ImportError::Empty => tr.t(k::DATA_IMPORT_ERROR_EMPTY).to_owned(),
            ImportError::NotRead(reason) => {
                tr.tf(k::DATA_IMPORT_ERROR_NOT_READ, &[("reason", reason)])
            }
        }
    }
}

/// Accepts an export file, or a bare stored profile document.
pub fn parse_import(text: &str) -> Result<ImportPreview, ImportError> {
    let text = text.trim_start_matches('\u{feff}');
    let file: ImportFile = match serde_json::from_str(text) {
        Ok(file) => file,
        Err(err) if err.is_data() => ImportFile {
            format: None,
            profile: None,
        },
        Err(err) => return Err(ImportError::NotJson(err.to_string())),
    };
    let raw = match file.format.as_deref() {
        Some(EXPORT_FORMAT) => file.profile.ok_or(ImportError::NoProfile)?.get(),
        Some(other) => return Err(ImportError::OtherFormat(other.to_owned())),
        None => text,
    };
    let profile = match decode(Some(raw)) {
        Decoded::Ready(profile) => profile,
        Decoded::Newer(_, version) => return Err(ImportError::Newer(version)),
        Decoded::Corrupt(reason) => return Err(ImportError::NotAProfile(reason)),
        Decoded::Empty => return Err(ImportError::Empty),
    };
    Ok(ImportPreview {
        ratings: profile.rated_count(),
        notes: profile
            .skills
            .values()
            .filter(|e| !e.note.trim().is_empty())
            .count(),
        goals: profile.live_goals().count(),
        snapshots: profile.live_snapshots().count(),
        target_role: profile.target_role.value.clone(),
        profile,
    })
}

pub(crate) fn csv_field(text: &str) -> String {
    // A leading = + - @ (or a tab or carriage return before one) would run as a formula.
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    // Quoted also on ';': spreadsheets in many locales split on it.
    if text.contains([',', ';', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// One row per skill the user said something about; `local_date` names the day of an instant
/// in the user's time zone.
pub fn ratings_csv(
    profile: &Profile,
    feed: &Feed,
    local_date: impl Fn(u64) -> String,
    tr: &Translator,
) -> String {
    let header = [
        k::DATA_CSV_SKILL_ID,
        k::DATA_CSV_SKILL,
        k::DATA_CSV_LEVEL,
        k::DATA_CSV_LEVEL_LABEL,
        k::DATA_CSV_INTEREST,
        k::DATA_CSV_NOTE,
        k::DATA_CSV_IN_FRAMEWORK,
        k::DATA_CSV_UPDATED,
    ]
    .map(|key| csv_field(&tr.tf_plain(key, &[])));
    let mut out = header.join(",");
    out.push_str("\r\n");
    let (yes, no) = (
        csv_field(&tr.tf_plain(k::DATA_CSV_YES, &[])),
        csv_field(&tr.tf_plain(k::DATA_CSV_NO, &[])),
    );
    for (id, entry) in profile.skills.iter().filter(|(_, e)| e.says_something()) {
        let in_feed = feed.skill_by_id(id);
        let name = in_feed.map_or(entry.name.as_str(), |idx| feed.skills[idx].name.as_str());
        let row = [
            csv_field(id),
            csv_field(name),
            entry.level.map_or(String::new(), |l| l.to_string()),
            csv_field(entry.level.map_or("", |l| feed.scale.label(l))),
            entry.interest.map_or(String::new(), |i| {
                csv_field(&tr.tf_plain(i.label_key(), &[]))
            }),
            csv_field(&entry.note),
            if in_feed.is_some() { &yes } else { &no }.clone(),
            local_date(entry.updated),
        ];
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {

    #[test]
    fn csv_cells_never_run_as_formulas_and_keep_semicolons_inside() {
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_field("\t=1+1"), "'\t=1+1");
        assert_eq!(csv_field("\r=1+1"), "\"'\r=1+1\"");
        assert_eq!(csv_field("a;b"), "\"a;b\"");
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("+1+cmd|' /C calc'!A0"), "'+1+cmd|' /C calc'!A0");
        assert_eq!(csv_field("-2+3"), "'-2+3");
        assert_eq!(csv_field("@SUM(A1)"), "'@SUM(A1)");
    }
    use super::*;
    use crate::profile::model::{Goal, Interest};

    fn profile() -> Profile {
        let mut p = Profile {
            local_id: "id".into(),
            ..Profile::default()
        };
        p.rate("sql", "SQL", Some(3), 1_795_305_600_000);
        p.set_note(
            "sql",
            "SQL",
            "led the \"Q3\" migration, twice",
            1_795_305_600_000,
        );
        p.set_interest("sql", "SQL", Some(Interest::WantToGrow), 1_795_305_600_000);
        p.rate("gone", "Old skill", Some(1), 0);
        p.plan.insert(
            "g".into(),
            Goal {
                skill: "sql".into(),
                updated: 5,
                ..Goal::default()
            },
        );
        p
    }

    #[test]
    fn export_then_import_is_lossless() {
        let mut original = profile();
        with_feedback(&mut original, 50);
        let preview = parse_import(&export_json(&original, "1970-01-01")).unwrap();
        assert_eq!(preview.profile, original);
        assert_eq!(
            preview.summary(&Translator::english()),
            "This file holds 2 ratings, 1 note, 1 plan goal, 0 snapshots."
        );
    }

    /// Sends a request and receives an answer to it with a can't-judge, at `at`.
    fn with_feedback(p: &mut Profile, at: u64) {
        use crate::feedback::test_support::{feed, names, request, response};
        use crate::feedback::{receive, record_request};
        let feed = feed();
        record_request(p, &request(), at);
        let mut answer = response("f-1", "Bo", &[("sql", Some(4)), ("rust", None)]);
        answer.answers.get_mut("rust").unwrap().comment = "not seen".into();
        receive(p, &answer, &feed.scale, names(&feed), at).unwrap();
    }

    #[test]
    fn replacing_leaves_feedback_exactly_as_in_the_file() {
        use crate::feedback::test_support::{feed, names, request, response};
        use crate::feedback::{receive, record_request, FeedbackRequest};
        let mut current = Profile::default();
        with_feedback(&mut current, 10);
        let mut file = Profile::default();
        let feed = feed();
        let other = FeedbackRequest {
            id: "r-file".into(),
            ..request()
        };
        record_request(&mut file, &other, 5);
        let mut answer = response("f-file", "Cy", &[("go", Some(2))]);
        answer.request_id = "r-file".into();
        receive(&mut file, &answer, &feed.scale, names(&feed), 5).unwrap();
        let replaced = replace_document(&current, file, 20);
        let saved = crate::profile::merge::merge(&replaced, &current);
        let live: Vec<&String> = saved.live_feedback().map(|(id, _)| id).collect();
        assert_eq!(live, ["f-file"]);
        let live: Vec<&String> = saved.live_feedback_requests().map(|(id, _)| id).collect();
        assert_eq!(live, ["r-file"]);
        assert!(saved.feedback["f-1"].deleted && saved.feedback["f-1"].updated == 20);
        assert_eq!(saved.feedback["f-file"].updated, 20);
    }

    #[test]
    fn filename_is_dated() {
        assert_eq!(export_filename("2026-11-22"), "skillgap-2026-11-22.json");
    }

    #[test]
    fn a_bare_profile_document_imports_too() {
        let raw = serde_json::to_string(&profile()).unwrap();
        assert_eq!(parse_import(&raw).unwrap().ratings, 2);
    }

    #[test]
    fn bad_files_are_refused_with_a_reason() {
        let en = Translator::english();
        let refusal = |text: &str| parse_import(text).unwrap_err().message(&en);
        assert!(
            refusal("hello").starts_with("This file cannot be imported: this file is not JSON (")
        );
        assert_eq!(
            refusal(r#"{"format": "other-app"}"#),
            "This file cannot be imported: this is a “other-app” file, not a Skillgap export."
        );
        assert!(refusal(r#"{"format": "skillgap-export"}"#).contains("no profile"));
        assert!(
            refusal(r#"{"format": "skillgap-export", "profile": {"schema": 7}}"#)
                .contains("newer version of Skillgap (data version 7)")
        );
        assert_eq!(
            refusal(r#"{"name": "x"}"#),
            "This file cannot be imported: this file is not a Skillgap profile (the stored data has no schema version)."
        );
    }

    #[test]
    fn csv_escapes_and_defuses_formulas() {
        let text = r#"{"format_version": 1, "skills": [{"id": "sql", "name": "SQL"}]}"#;
        let feed = crate::feed::load_feeds(&[crate::feed::FeedSource { label: "t", text }]).feed;
        let mut p = profile();
        p.set_note("gone", "Old skill", "=HYPERLINK(\"x\")", 0);
        let csv = ratings_csv(&p, &feed, stdx::time::iso_date, &Translator::english());
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(
            lines[0],
            "skill_id,skill,level,level_label,interest,note,in_framework,updated"
        );
        assert_eq!(
            lines[1],
            "gone,Old skill,1,Awareness,,\"'=HYPERLINK(\"\"x\"\")\",no,1970-01-01"
        );
        assert_eq!(lines[2], "sql,SQL,3,Practitioner,Want to grow,\"led the \"\"Q3\"\" migration, twice\",yes,2026-11-22");
    }

    #[test]
    fn replacing_leaves_exactly_the_file_even_after_merging_with_what_was_stored() {
        let mut current = Profile::default();
        current.rate("rust", "Rust", Some(3), 10);
        current.rate("sql", "SQL", Some(2), 10);
        Profile::set_flag(&mut current.shortlist, "backend", true, 10);
        current.set_target_role(Some("backend".into()), 10);
        let mut file = Profile::default();
        file.rate("python", "Python", Some(4), 5);
        file.set_target_role(Some("data".into()), 5);
        let replaced = replace_document(&current, file, 20);
        // Saving merges with the stored copy, which is `current`.
        let saved = crate::profile::merge::merge(&replaced, &current);
        let rated: Vec<(&str, Option<u8>)> = saved
            .skills
            .iter()
            .filter(|(_, e)| e.says_something())
            .map(|(id, e)| (id.as_str(), e.level))
            .collect();
        assert_eq!(rated, [("python", Some(4))]);
        assert_eq!(saved.target_role.value.as_deref(), Some("data"));
        assert_eq!(saved.shortlisted().count(), 0);
    }
}
