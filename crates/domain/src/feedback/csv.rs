//! Received feedback as CSV, for a spreadsheet.

use super::compare::SkillComparison;
use super::receive::received_in_order;
use crate::feed::Feed;
use crate::i18n::k;
use crate::i18n::Translator;
use crate::profile::export::csv_field;
use crate::profile::model::Profile;
use stdx::time::iso_date;

/// One row per answer of live feedback, in the order the feedback arrived and by skill id
/// within one: the day received (UTC, ISO), reviewer, relationship, skill id and name, the
/// person's own level today, the reviewer's level or "can't judge", and the comment. A
/// reviewer's overall comment has a row of its own with no skill.
/// Every text cell is safe from formula injection (`export::csv_field`).
pub fn feedback_csv(profile: &Profile, feed: &Feed, tr: &Translator) -> String {
    let header = [
        k::FEEDBACK_CSV_RECEIVED,
        k::FEEDBACK_CSV_REVIEWER,
        k::FEEDBACK_CSV_RELATIONSHIP,
        k::FEEDBACK_CSV_SKILL_ID,
        k::FEEDBACK_CSV_SKILL,
        k::FEEDBACK_CSV_OWN_LEVEL,
        k::FEEDBACK_CSV_THEIR_LEVEL,
        k::FEEDBACK_CSV_COMMENT,
    ]
    .map(|key| csv_field(&tr.tf_plain(key, &[])));
    let mut out = header.join(",");
    out.push_str("\r\n");
    let names: Vec<SkillComparison> = super::compare::compare(profile, feed);
    let name_of = |skill: &str| {
        names
            .iter()
            .find(|c| c.skill == skill)
            .map_or_else(|| skill.to_owned(), |c| c.name.clone())
    };
    let cant_judge = tr.tf_plain(k::FEEDBACK_CANT_JUDGE, &[]);
    let mut row = |cells: [String; 8]| {
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    };
    for (_, feedback) in received_in_order(profile) {
        let date = iso_date(feedback.received);
        for (skill, answer) in &feedback.answers {
            row([
                date.clone(),
                csv_field(&feedback.reviewer),
                csv_field(&tr.tf_plain(feedback.relationship.label_key(), &[])),
                csv_field(skill),
                csv_field(&name_of(skill)),
                profile
                    .level(skill)
                    .map_or(String::new(), |l| l.to_string()),
                answer
                    .level
                    .map_or_else(|| csv_field(&cant_judge), |l| l.to_string()),
                csv_field(&answer.comment),
            ]);
        }
        if !feedback.overall.is_empty() {
            row([
                date.clone(),
                csv_field(&feedback.reviewer),
                csv_field(&tr.tf_plain(feedback.relationship.label_key(), &[])),
                String::new(),
                csv_field(&tr.tf_plain(k::FEEDBACK_CSV_OVERALL, &[])),
                String::new(),
                String::new(),
                csv_field(&feedback.overall),
            ]);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feedback::model::{FeedbackRequest, Relationship};
    use crate::feedback::receive::{receive, record_request};
    use crate::feedback::test_support::{
        answer, feed, later_feed, names, request, requester, response,
    };

    #[test]
    fn one_row_per_answer_with_formulas_defused_and_commas_quoted() {
        let feed = feed();
        let mut profile = requester();
        let mut r = response(
            "f-1",
            "=HYPERLINK(\"http://x\")",
            &[("sql", Some(4)), ("rust", None)],
        );
        r.relationship = Relationship::Mentor;
        r.answers.insert(
            "k8s".into(),
            answer(Some(1), "+1, but \"ops\"; later\nmore"),
        );
        r.overall = "@channel great".into();
        // 2026-11-22 UTC.
        receive(
            &mut profile,
            &r,
            &feed.scale,
            names(&feed),
            1_795_305_600_000,
        )
        .unwrap();
        let csv = feedback_csv(&profile, &feed, &Translator::english());
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(
            lines[0],
            "received,reviewer,relationship,skill_id,skill,own_level,their_level,comment"
        );
        let who = "2026-11-22,\"'=HYPERLINK(\"\"http://x\"\")\",Mentor";
        assert_eq!(
            lines[1],
            format!("{who},k8s,Kubernetes,,1,\"'+1, but \"\"ops\"\"; later\nmore\"")
        );
        assert_eq!(lines[2], format!("{who},rust,Rust,3,can't judge,"));
        assert_eq!(lines[3], format!("{who},sql,SQL,2,4,"));
        assert_eq!(lines[4], format!("{who},,Overall,,,'@channel great"));
        assert_eq!(lines[5], "");
        assert_eq!(lines.len(), 6);
    }

    #[test]
    fn dropped_skills_keep_their_name_and_deleted_feedback_is_left_out() {
        let feed = feed();
        let mut profile = requester();
        record_request(
            &mut profile,
            &FeedbackRequest {
                id: "r-2".into(),
                skills: vec!["api".into()],
                ..request()
            },
            30,
        );
        let mut r = response("f-1", "Bo", &[("api", Some(3))]);
        r.request_id = "r-2".into();
        receive(&mut profile, &r, &feed.scale, names(&feed), 0).unwrap();
        receive(
            &mut profile,
            &response("f-2", "Cy", &[("sql", Some(3))]),
            &feed.scale,
            names(&feed),
            0,
        )
        .unwrap();
        crate::feedback::delete_feedback(&mut profile, "f-2", 5);
        let csv = feedback_csv(&profile, &later_feed(), &Translator::english());
        assert_eq!(
            csv,
            "received,reviewer,relationship,skill_id,skill,own_level,their_level,comment\r\n\
             1970-01-01,Bo,Manager,api,API design,,3,\r\n"
        );
    }
}
