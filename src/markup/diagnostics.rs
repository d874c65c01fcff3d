//! Feed diagnostics for administrators: one list item per finding.

use super::Markup;
use crate::domain::feed::Diagnostic;

pub fn diagnostic_items(diagnostics: &[Diagnostic]) -> String {
    let mut m = Markup::new();
    for d in diagnostics {
        let class = format!("sg-diag sg-diag-{}", d.severity.label());
        m.element("li", &[("class", &class)], &d.to_string());
    }
    m.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::feed::{load_feeds, FeedSource};

    #[test]
    fn one_escaped_item_per_diagnostic_with_its_severity() {
        let text = r#"{"format_version": 1, "skills": [{"id": "a", "name": "A"}],
            "roles": [{"id": "r", "name": "<b>R</b>", "requirements": [{"skill": "zz<i>", "level": 3}]}]}"#;
        let load = load_feeds(&[FeedSource { label: "t", text }]);
        assert!(!load.diagnostics.is_empty());
        let html = diagnostic_items(&load.diagnostics);
        assert_eq!(
            html.matches("<li class=\"sg-diag sg-diag-").count(),
            load.diagnostics.len()
        );
        assert!(!html.contains("<i>"), "{html}");
    }
}
