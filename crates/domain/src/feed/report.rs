//! The feed check as data for the checker page (`check.html`): what `feed-check` prints, as
//! JSON the page renders, filters and searches.

use super::diagnostics::Severity;
use super::parse::FeedSource;
use super::validate::{load_feeds_with, LoadOptions};
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct CheckReport<'a> {
    /// "48 skills, 27 roles, …" as loaded from the feeds together.
    pub contents: String,
    pub errors: usize,
    pub warnings: usize,
    pub notes: usize,
    pub problems: Vec<ReportedProblem<'a>>,
    /// The labels of the feeds that could not be read at all (not JSON, not an object):
    /// nothing of them loads, and the page does not offer them for download.
    pub unread: &'a [String],
}

#[derive(Debug, Serialize)]
pub struct ReportedProblem<'a> {
    pub severity: &'static str,
    pub code: &'static str,
    pub file: &'a str,
    pub path: &'a str,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: &'a str,
}

/// Checks `sources` merged in order, as the widget loads them, and reports as JSON. With
/// `options.language`, translated texts are read in it (and, if asked, missing translations
/// noted), as `feed-check --language` does.
pub fn check_report_json(sources: &[FeedSource], options: &LoadOptions) -> String {
    let load = load_feeds_with(sources, options);
    let report = CheckReport {
        contents: load.contents(),
        errors: load.count(Severity::Error),
        warnings: load.count(Severity::Warning),
        notes: load.count(Severity::Info),
        problems: load
            .diagnostics
            .iter()
            .map(|d| ReportedProblem {
                severity: d.severity.label(),
                code: d.code,
                file: &d.source,
                path: &d.path,
                line: d.position.map(|(line, _)| line),
                column: d.position.map(|(_, column)| column),
                message: &d.message,
            })
            .collect(),
        unread: &load.failed_sources,
    };
    serde_json::to_string(&report).expect("a report always serialises")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    #[test]
    fn problems_carry_file_position_path_and_counts() {
        let good = r#"{"format_version":1,"skills":[{"id":"sql","name":"SQL"}],
            "roles":[{"id":"analyst","name":"Analyst","requirements":[{"skill":"sql","level":3}]}]}"#;
        let bad = "{\"format_version\":1,\n\"resources\":[{\"id\":\"r\",\"title\":\"T\",\"url\":\"javascript:alert(1)\",\"skills\":[{\"skill\":\"sql\",\"to\":3}]}]}";
        let report: Value = serde_json::from_str(&check_report_json(
            &[
                FeedSource {
                    label: "roles.json",
                    text: good,
                },
                FeedSource {
                    label: "resources.json",
                    text: bad,
                },
            ],
            &LoadOptions::default(),
        ))
        .unwrap();
        assert_eq!(
            report["contents"],
            "1 skill, 1 role, 0 career-path links, 0 resources, 0 mentors"
        );
        assert_eq!(report["errors"], 1);
        let problem = &report["problems"][0];
        assert_eq!(problem["severity"], "error");
        assert_eq!(problem["file"], "resources.json");
        assert_eq!(problem["line"], 2);
        assert_eq!(problem["path"], "resources[0].url");
        assert_eq!(report["unread"], serde_json::json!([]));
    }

    #[test]
    fn feeds_that_could_not_be_read_are_named() {
        let report: Value = serde_json::from_str(&check_report_json(
            &[
                FeedSource {
                    label: "good.json",
                    text: r#"{"format_version":1}"#,
                },
                FeedSource {
                    label: "broken.json",
                    text: r#"{"format_version":1,"skills":["#,
                },
                FeedSource {
                    label: "list.json",
                    text: "[]",
                },
            ],
            &LoadOptions::default(),
        ))
        .unwrap();
        assert_eq!(
            report["unread"],
            serde_json::json!(["broken.json", "list.json"])
        );
    }
}
