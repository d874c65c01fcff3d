//! Read-only views (charts, tables, lists without controls) rendered as HTML text.
//!
//! Each view here would otherwise be a Leptos view type of its own, and every view type
//! compiles to its own build, rebuild and mount code in the WebAssembly module. These views
//! have no event handlers and are redrawn whole whenever their data changes, so the widget
//! sets them as `inner_html` instead. They are pure functions of the domain, tested natively.
//!
//! Safety by construction: tag and attribute names are `&'static str` written in this crate;
//! every attribute value and every text comes from data and is escaped on the way in.

pub mod action;
pub mod bridge_skills;
pub mod diagnostics;
pub mod feedback_table;
pub mod gap_bars;
pub mod gap_lists;
pub mod history_chart;
pub mod import_preview;
pub mod path_list;
pub mod path_map;
pub mod path_steps;
pub mod paths_page;
pub mod plan_document;
pub mod radar_chart;
pub mod role_options;
pub mod select_options;
pub mod svg_text;
#[cfg(test)]
mod test_support;

use stdx::text::push_html_escaped;

/// An attribute list: names are fixed in code, values are escaped.
pub type Attrs<'a> = &'a [(&'static str, &'a str)];

/// Builds escaped markup. Tags are closed explicitly; the tests of each view check the result.
#[derive(Debug, Default)]
pub struct Markup {
    html: String,
}

impl Markup {
    pub fn new() -> Self {
        Self::default()
    }

    /// `<tag name="value"…>`.
    pub fn open(&mut self, tag: &'static str, attrs: Attrs) -> &mut Self {
        self.start_tag(tag, attrs);
        self.html.push('>');
        self
    }

    pub fn close(&mut self, tag: &'static str) -> &mut Self {
        self.html.push_str("</");
        self.html.push_str(tag);
        self.html.push('>');
        self
    }

    /// A self-closing element: only for SVG shapes, where the HTML parser accepts `/>`.
    pub fn shape(&mut self, tag: &'static str, attrs: Attrs) -> &mut Self {
        self.start_tag(tag, attrs);
        self.html.push_str("/>");
        self
    }

    pub fn text(&mut self, text: &str) -> &mut Self {
        push_html_escaped(&mut self.html, text);
        self
    }

    /// `<tag…>text</tag>`.
    pub fn element(&mut self, tag: &'static str, attrs: Attrs, text: &str) -> &mut Self {
        self.open(tag, attrs).text(text).close(tag)
    }

    /// Appends markup built separately (to draw it on top of what came since).
    pub fn append(&mut self, other: Markup) -> &mut Self {
        self.html.push_str(&other.html);
        self
    }

    pub fn finish(self) -> String {
        self.html
    }

    fn start_tag(&mut self, tag: &'static str, attrs: Attrs) {
        self.html.push('<');
        self.html.push_str(tag);
        for (name, value) in attrs {
            self.html.push(' ');
            self.html.push_str(name);
            self.html.push_str("=\"");
            push_html_escaped(&mut self.html, value);
            self.html.push('"');
        }
    }
}

/// Opens the box a table scrolls in sideways when it is wider than the screen, so no word in
/// it is ever broken; focusable, so keyboard users can scroll it. Close with `close("div")`.
pub fn open_table_scroll(markup: &mut Markup, label: &str) {
    markup.open(
        "div",
        &[
            ("class", "sg-table-scroll"),
            ("tabindex", "0"),
            ("role", "region"),
            ("aria-label", label),
        ],
    );
}

/// The `<thead>` of a table with the given column headings; `numeric` columns align right.
pub fn table_head(markup: &mut Markup, columns: &[(&str, bool)]) {
    markup.open("thead", &[]).open("tr", &[]);
    for &(label, numeric) in columns {
        let attrs: Attrs = if numeric {
            &[("scope", "col"), ("class", "sg-num")]
        } else {
            &[("scope", "col")]
        };
        markup.element("th", attrs, label);
    }
    markup.close("tr").close("thead");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_and_attribute_values_but_not_structure() {
        let mut m = Markup::new();
        m.open("p", &[("title", "\"><script>x</script>")])
            .text("<b>&</b>")
            .shape("circle", &[("r", "3")])
            .close("p");
        assert_eq!(
            m.finish(),
            "<p title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">&lt;b&gt;&amp;&lt;/b&gt;<circle r=\"3\"/></p>"
        );
    }

    #[test]
    fn table_head_marks_numeric_columns() {
        let mut m = Markup::new();
        table_head(&mut m, &[("Skill", false), ("Level", true)]);
        assert_eq!(
            m.finish(),
            "<thead><tr><th scope=\"col\">Skill</th><th scope=\"col\" class=\"sg-num\">Level</th></tr></thead>"
        );
    }
}
