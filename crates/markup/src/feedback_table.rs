//! Self-assessment and each reviewer's view, side by side per skill: never averaged, with a
//! calm note where they differ by two levels or more.

use super::{open_table_scroll, table_head, Markup};
use domain::feedback::SkillComparison;
use domain::i18n::k;
use domain::i18n::Translator;

/// `reviewers`: (response id, column heading such as "Fatou Diop (manager)"), in column order.
pub fn feedback_table(
    rows: &[SkillComparison],
    reviewers: &[(String, String)],
    tr: &Translator,
) -> String {
    let mut m = Markup::new();
    open_table_scroll(&mut m, tr.t(k::FEEDBACK_TABLE_LABEL));
    m.open(
        "table",
        &[("class", "sg-table"), ("data-testid", "feedback-table")],
    )
    .element(
        "caption",
        &[("class", "sg-visually-hidden")],
        tr.t(k::FEEDBACK_TABLE_CAPTION),
    );
    let mut columns: Vec<(&str, bool)> = vec![
        (tr.t(k::FEEDBACK_TABLE_SKILL), false),
        (tr.t(k::FEEDBACK_TABLE_YOU), true),
    ];
    columns.extend(reviewers.iter().map(|(_, name)| (name.as_str(), true)));
    table_head(&mut m, &columns);
    m.open("tbody", &[]);
    for row in rows {
        let attrs: &[(&'static str, &str)] = if row.worth_a_conversation {
            &[("class", "sg-differs"), ("data-testid", "feedback-row")]
        } else {
            &[("data-testid", "feedback-row")]
        };
        m.open("tr", attrs)
            .open("th", &[("scope", "row")])
            .text(&row.name);
        if !row.in_framework {
            m.element(
                "span",
                &[("class", "sg-muted")],
                tr.t(k::FEEDBACK_TABLE_NO_LONGER),
            );
        }
        if row.worth_a_conversation {
            m.element(
                "span",
                &[("class", "sg-differs-note")],
                tr.t(k::FEEDBACK_TABLE_DIFFERS),
            );
        }
        m.close("th");
        let own = row.own.map_or_else(
            || tr.t(k::FEEDBACK_TABLE_NOT_RATED).to_owned(),
            |l| l.to_string(),
        );
        m.element("td", &[("class", "sg-num")], &own);
        for (response, _) in reviewers {
            let text = match row.reviews.iter().find(|r| &r.0 == response) {
                None => "–".to_owned(),
                Some((_, _, _, None, _)) => tr.t(k::FEEDBACK_CANT_JUDGE).to_owned(),
                Some((_, _, _, Some(level), _)) => level.to_string(),
            };
            m.element("td", &[("class", "sg-num")], &text);
        }
        m.close("tr");
    }
    m.close("tbody").close("table").close("div");
    m.finish()
}
