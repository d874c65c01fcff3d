//! Diverging bar chart: shortfall to the left, surplus to the right, unrated marked; with its
//! table alternative.

use super::svg_text::{anchor, is_rtl, Side};
use super::{open_table_scroll, table_head, Markup};
use domain::feed::Feed;
use domain::gap::RoleGap;
use domain::i18n::k;
use domain::i18n::{isolate, Translator};
use stdx::number::fixed;
use stdx::text::truncate_chars;

const WIDTH: f64 = 320.0;
const ROW: f64 = 26.0;
/// Room for a name of [`NAME_CHARS`] characters at 12 px.
const LABEL: f64 = 150.0;
const NAME_CHARS: usize = 22;

/// The inside of the chart's `<figure>`.
pub fn gap_bars(feed: &Feed, gap: &RoleGap, tr: &Translator) -> String {
    let max = f64::from(feed.scale.max().max(1));
    let zero = LABEL + (WIDTH - LABEL) / 2.0;
    let unit = (WIDTH - LABEL) / 2.0 / max;
    let height = ROW * gap.lines.len() as f64 + 10.0;
    let short = gap
        .lines
        .iter()
        .filter(|l| l.gap().is_some_and(|g| g > 0))
        .count();
    let description = tr.plural(k::CHART_GAP_DESCRIPTION, short, &[]);
    // Mirrored in a right-to-left language: names on the right, shortfall to the right of the
    // axis (the reading start), surplus to the left.
    let rtl = is_rtl(tr);
    let mirror = |x: f64| if rtl { WIDTH - x } else { x };
    // Names start at the chart's reading start; words beside the axis start at the axis.
    let from_start = anchor(if rtl { Side::Right } else { Side::Left }, rtl);

    let mut m = Markup::new();
    m.open(
        "svg",
        &[
            (
                "viewBox",
                &format!("0 0 {} {}", fixed(WIDTH, 0), fixed(height, 0)),
            ),
            ("class", "sg-bars"),
            ("role", "img"),
            ("aria-label", &description),
        ],
    );
    let axis = fixed(mirror(zero), 1);
    m.shape(
        "line",
        &[
            ("class", "sg-radar-axis"),
            ("x1", &axis),
            ("y1", "0"),
            ("x2", &axis),
            ("y2", &fixed(height, 1)),
        ],
    );
    for (i, line) in gap.lines.iter().enumerate() {
        let y = 5.0 + ROW * i as f64;
        let baseline = fixed(y + 16.0, 1);
        // A long name is cut with an ellipsis, never silently; its <title> gives the full name
        // (and the table below lists it whole).
        let name = &feed.skills[line.skill].name;
        let shown = truncate_chars(name, NAME_CHARS);
        m.open(
            "text",
            &[
                ("class", "sg-bar-label"),
                ("x", &fixed(mirror(0.0), 0)),
                ("y", &baseline),
                ("text-anchor", from_start),
            ],
        );
        if shown.len() < name.len() {
            // The ellipsis stays at the end of the name in either direction.
            let cut = format!("{}…", truncate_chars(name, NAME_CHARS - 1));
            m.element("title", &[], name).text(&isolate(&cut, rtl));
        } else {
            m.text(&isolate(name, rtl));
        }
        m.close("text");
        match line.current {
            None => {
                m.element(
                    "text",
                    &[
                        ("class", "sg-bar-unknown"),
                        ("x", &fixed(mirror(zero + 4.0), 1)),
                        ("y", &baseline),
                        ("text-anchor", from_start),
                    ],
                    tr.t(k::CHART_GAP_BAR_UNRATED),
                );
            }
            // Exactly met: said in words, not drawn as a sliver of surplus.
            Some(current) if current == line.required => {
                m.element(
                    "text",
                    &[
                        ("class", "sg-bar-met"),
                        ("x", &fixed(mirror(zero + 4.0), 1)),
                        ("y", &baseline),
                        ("text-anchor", from_start),
                    ],
                    tr.t(k::CHART_GAP_MET),
                );
            }
            Some(current) => {
                let diff = f64::from(current) - f64::from(line.required);
                let (x, w, class) = if diff < 0.0 {
                    (zero + diff * unit, -diff * unit, "sg-bar-short")
                } else {
                    (zero, diff * unit, "sg-bar-surplus")
                };
                // At least a hairline, so that a bar is never invisible.
                let w = w.max(1.0);
                m.shape(
                    "rect",
                    &[
                        ("class", class),
                        // A mirrored bar's left edge is the mirror of its right edge.
                        ("x", &fixed(if rtl { mirror(x + w) } else { x }, 1)),
                        ("y", &fixed(y + 4.0, 1)),
                        ("width", &fixed(w, 1)),
                        ("height", "16"),
                    ],
                );
            }
        }
    }
    m.close("svg");
    m.open("figcaption", &[("class", "sg-legend")])
        .element(
            "span",
            &[("class", "sg-key sg-key-short")],
            tr.t(k::CHART_GAP_BELOW),
        )
        .element(
            "span",
            &[("class", "sg-key sg-key-surplus")],
            tr.t(k::CHART_GAP_ABOVE),
        )
        .close("figcaption");
    let caption = tr.t(k::CHART_GAP_TABLE);
    open_table_scroll(&mut m, caption);
    m.open(
        "table",
        &[("class", "sg-table"), ("data-testid", "gap-table")],
    )
    .element("caption", &[], caption);
    table_head(
        &mut m,
        &[
            (tr.t(k::CHART_SKILL), false),
            (tr.t(k::CHART_GAP_DIFFERENCE), true),
        ],
    );
    m.open("tbody", &[]);
    for line in &gap.lines {
        let value = match line.current {
            None => tr.t(k::CHART_GAP_UNKNOWN).to_owned(),
            Some(c) if c == line.required => tr.t(k::CHART_GAP_MET).to_owned(),
            Some(c) if c > line.required => tr.tf(
                k::CHART_GAP_PLUS,
                &[("levels", &tr.integer(i64::from(c - line.required)))],
            ),
            Some(c) => tr.tf(
                k::CHART_GAP_MINUS,
                &[("levels", &tr.integer(i64::from(line.required - c)))],
            ),
        };
        m.open("tr", &[])
            .element("th", &[("scope", "row")], &feed.skills[line.skill].name)
            .element("td", &[("class", "sg-num")], &value)
            .close("tr");
    }
    m.close("tbody").close("table").close("div");
    m.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{count, demo_gap, number_after, right_to_left};

    #[test]
    fn short_bars_go_left_surplus_right_and_unrated_is_labelled() {
        let (feed, _, gap) = demo_gap(&[Some(1), Some(5), None]);
        let html = gap_bars(&feed, &gap, &Translator::english());
        assert_eq!(count(&html, "<rect class=\"sg-bar-short\""), 1);
        assert_eq!(count(&html, "<rect class=\"sg-bar-surplus\""), 1);
        assert_eq!(count(&html, ">not rated</text>"), 1);
        assert!(html.contains("Gap chart: 1 skill below the requirement (bars to the left)"));
        assert!(html.contains("<td class=\"sg-num\">−2</td>"));
        assert!(html.contains("<td class=\"sg-num\">+2</td>"));
        assert!(html.contains("<td class=\"sg-num\">unknown</td>"));
        assert!(html.contains("viewBox=\"0 0 320 88\""));
    }

    #[test]
    fn an_exactly_met_level_reads_as_met_and_long_names_are_cut_visibly() {
        let (mut feed, _, gap) = demo_gap(&[Some(3), Some(4)]);
        feed.skills[1].name = "Observability and incident response".into();
        feed.skills[0].name = "Stakeholder management".into();
        let html = gap_bars(&feed, &gap, &Translator::english());
        assert_eq!(count(&html, ">met</text>"), 1);
        assert!(html.contains("<td class=\"sg-num\">met</td>"), "{html}");
        assert!(!html.contains("+0"));
        assert_eq!(count(&html, "<rect class=\"sg-bar-surplus\""), 1);
        assert!(
            html.contains(
                "<title>Observability and incident response</title>Observability and inc…</text>"
            ),
            "{html}"
        );
        // 22 characters fit whole.
        assert!(html.contains(">Stakeholder management</text>"), "{html}");
    }

    #[test]
    fn skill_names_are_escaped() {
        let (feed, _, gap) = demo_gap(&[Some(1)]);
        let html = gap_bars(&feed, &gap, &Translator::english());
        assert!(html.contains("Skill &lt;0&gt; &amp; co"));
        assert!(!html.contains("<0>"));
    }

    #[test]
    fn right_to_left_mirrors_the_chart() {
        let (feed, _, gap) = demo_gap(&[Some(1), Some(5)]);
        let ltr = gap_bars(&feed, &gap, &Translator::english());
        let rtl = gap_bars(&feed, &gap, &right_to_left());
        // Names at the right edge, ending there (`start` in a right-to-left text).
        assert_eq!(number_after(&ltr, "sg-bar-label", "x"), 0.0);
        assert_eq!(number_after(&rtl, "sg-bar-label", "x"), WIDTH);
        assert!(rtl.contains("class=\"sg-bar-label\" x=\"320\" y=\"21.0\" text-anchor=\"start\""));
        // The axis and each bar mirrored: shortfall now to the right of the axis.
        let axis = number_after(&rtl, "sg-radar-axis", "x1");
        assert_eq!(axis, WIDTH - number_after(&ltr, "sg-radar-axis", "x1"));
        let short = number_after(&rtl, "sg-bar-short", "x");
        assert_eq!(short, axis);
        assert_eq!(
            short + number_after(&rtl, "sg-bar-short", "width"),
            WIDTH - number_after(&ltr, "sg-bar-short", "x")
        );
        assert!(number_after(&rtl, "sg-bar-surplus", "x") < axis);
    }
}
