//! Feed diagnostics for administrators: one list item per finding.

use super::Markup;
use domain::feed::Diagnostic;
use domain::i18n::k;
use domain::i18n::Translator;

/// How many findings the panel lists; a feed with 100,000 broken entries would otherwise
/// stall the page for seconds building the list. `feed-check` lists them all.
pub const SHOWN_DIAGNOSTICS: usize = 500;

/// The findings stay in English (they are the feed check's); the closing note is translated.
pub fn diagnostic_items(diagnostics: &[Diagnostic], tr: &Translator) -> String {
    let mut m = Markup::new();
    for d in diagnostics.iter().take(SHOWN_DIAGNOSTICS) {
        let class = format!("sg-diag sg-diag-{}", d.severity.label());
        m.element("li", &[("class", &class)], &d.to_string());
    }
    if diagnostics.len() > SHOWN_DIAGNOSTICS {
        let more = diagnostics.len() - SHOWN_DIAGNOSTICS;
        m.element(
            "li",
            &[("class", "sg-diag sg-diag-more")],
            &tr.plural(k::DIAGNOSTICS_MORE, more, &[]),
        );
    }
    m.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::feed::{load_feeds, FeedSource};

    #[test]
    fn one_escaped_item_per_diagnostic_with_its_severity() {
        let text = r#"{"format_version": 1, "skills": [{"id": "a", "name": "A"}],
            "roles": [{"id": "r", "name": "<b>R</b>", "requirements": [{"skill": "zz<i>", "level": 3}]}]}"#;
        let load = load_feeds(&[FeedSource { label: "t", text }]);
        assert!(!load.diagnostics.is_empty());
        let html = diagnostic_items(&load.diagnostics, &Translator::english());
        assert_eq!(
            html.matches("<li class=\"sg-diag sg-diag-").count(),
            load.diagnostics.len()
        );
        assert!(!html.contains("<i>"), "{html}");
    }

    #[test]
    fn a_flood_of_findings_is_cut_to_a_readable_list() {
        let entries: Vec<String> = (0..2_000)
            .map(|i| format!(r#"{{"id": "r{i}", "name": "R", "requirements": [{{"skill": "nope{i}", "level": 1}}]}}"#))
            .collect();
        let text = format!(
            r#"{{"format_version": 1, "skills": [{{"id": "a", "name": "A"}}], "roles": [{}]}}"#,
            entries.join(",")
        );
        let load = load_feeds(&[FeedSource {
            label: "t",
            text: &text,
        }]);
        assert!(load.diagnostics.len() > SHOWN_DIAGNOSTICS);
        let html = diagnostic_items(&load.diagnostics, &Translator::english());
        assert_eq!(html.matches("<li").count(), SHOWN_DIAGNOSTICS + 1);
        let more =
            Translator::english().integer((load.diagnostics.len() - SHOWN_DIAGNOSTICS) as i64);
        assert!(html.contains(&format!("… and {more} more.")), "{html}");
    }
}
