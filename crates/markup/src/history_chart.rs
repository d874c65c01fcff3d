//! Fit to the target role over time, as an SVG line chart with a labelled percentage axis and
//! a time axis: each snapshot sits at its date, and the dates read "3 Mar 2026" (in the
//! interface's language).

use super::svg_text::{anchor, is_rtl, Side};
use super::Markup;
use domain::i18n::k;
use domain::i18n::Translator;
use stdx::number::{fixed, svg_points};
use stdx::time::days_from_iso;

/// The viewBox, and the plot area inside it. The left margin holds "100%", the bottom one
/// the dates.
const VIEW_WIDTH: f64 = 320.0;
const VIEW_HEIGHT: f64 = 136.0;
const LEFT: f64 = 44.0;
const RIGHT: f64 = 308.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 112.0;
/// Baseline of the date labels.
const DATE_BASELINE: f64 = BOTTOM + 16.0;
/// Width of one character of `sg-bar-label` text (12px), a little generous, to keep labels
/// apart and inside the viewBox without measuring them.
const CHAR_WIDTH: f64 = 7.0;
/// Room kept between two date labels, and between a label and the viewBox's edge.
const LABEL_GAP: f64 = 8.0;
const EDGE_PAD: f64 = 4.0;
/// A date that is not one is shown as it is, cut to this many characters so that the first
/// and last labels always fit side by side.
const MAX_LABEL_CHARS: usize = 16;
/// The percentage ticks: 0 %, 25 %, 50 %, 75 %, 100 %.
const TICKS: [f64; 5] = [0.0, 0.25, 0.5, 0.75, 1.0];

/// The chart for `(day, fit)` points (oldest first), or `None` below two snapshots (no line
/// to draw).
pub fn history_chart(points: &[(String, Option<f64>)], tr: &Translator) -> Option<String> {
    if points.len() < 2 {
        return None;
    }
    let n = points.len();
    let xs = x_positions(points);
    let xy: Vec<(f64, f64)> = points
        .iter()
        .zip(&xs)
        .filter_map(|((_, fit), &x)| {
            fit.filter(|f| f.is_finite())
                .map(|f| (x, y_of(f.clamp(0.0, 1.0))))
        })
        .collect();
    let (first, last) = (&points[0].0, &points[n - 1].0);
    let description = tr.tf(
        k::CHART_HISTORY_DESCRIPTION,
        &[("from", &tr.date(first)), ("to", &tr.date(last))],
    );
    let view_box = format!("0 0 {} {}", fixed(VIEW_WIDTH, 0), fixed(VIEW_HEIGHT, 0));
    let mut m = Markup::new();
    m.open(
        "svg",
        &[
            ("viewBox", &view_box),
            ("class", "sg-history"),
            ("role", "img"),
            ("aria-label", &description),
        ],
    );
    value_axis(&mut m, tr);
    time_axis(&mut m, points, &xs, tr);
    m.shape(
        "polyline",
        &[
            ("class", "sg-history-line"),
            ("points", &svg_points(xy.iter().copied())),
        ],
    );
    for (x, y) in &xy {
        m.shape(
            "circle",
            &[
                ("class", "sg-radar-dot"),
                ("cx", &fixed(*x, 1)),
                ("cy", &fixed(*y, 1)),
                ("r", "3"),
            ],
        );
    }
    m.close("svg");
    Some(m.finish())
}

/// The height of a fit from 0 to 1.
fn y_of(fit: f64) -> f64 {
    BOTTOM - (BOTTOM - TOP) * fit
}

/// Where each point sits across: by its days since the first snapshot, or evenly spaced when
/// a day is not a date or all are the same day.
fn x_positions(points: &[(String, Option<f64>)]) -> Vec<f64> {
    let span = RIGHT - LEFT;
    let days: Option<Vec<i64>> = points.iter().map(|(day, _)| days_from_iso(day)).collect();
    if let Some(days) = days {
        let first = days.iter().copied().min().unwrap_or(0);
        let last = days.iter().copied().max().unwrap_or(0);
        if last > first {
            let range = (last - first) as f64;
            return days
                .iter()
                .map(|&d| LEFT + span * (d - first) as f64 / range)
                .collect();
        }
    }
    let steps = (points.len().max(2) - 1) as f64;
    (0..points.len())
        .map(|i| LEFT + span * i as f64 / steps)
        .collect()
}

/// The axis line on the left, its ticks and percentages, and faint grid lines across.
fn value_axis(m: &mut Markup, tr: &Translator) {
    let (left, right) = (fixed(LEFT, 1), fixed(RIGHT, 1));
    let end = anchor(Side::Right, is_rtl(tr));
    for fit in TICKS {
        let y = fixed(y_of(fit), 1);
        if fit > 0.0 {
            m.shape(
                "line",
                &[
                    ("class", "sg-radar-axis"),
                    ("x1", &left),
                    ("y1", &y),
                    ("x2", &right),
                    ("y2", &y),
                    ("stroke-dasharray", "2 3"),
                    ("opacity", "0.6"),
                ],
            );
        }
        m.shape(
            "line",
            &[
                ("class", "sg-radar-axis"),
                ("x1", &fixed(LEFT - 4.0, 1)),
                ("y1", &y),
                ("x2", &left),
                ("y2", &y),
            ],
        )
        .element(
            "text",
            &[
                ("class", "sg-bar-label"),
                ("x", &fixed(LEFT - 6.0, 1)),
                ("y", &fixed(y_of(fit) + 4.0, 1)),
                ("text-anchor", end),
            ],
            &tr.percent(fit),
        );
    }
    m.shape(
        "line",
        &[
            ("class", "sg-radar-axis"),
            ("x1", &left),
            ("y1", &fixed(TOP, 1)),
            ("x2", &left),
            ("y2", &fixed(BOTTOM, 1)),
        ],
    );
}

/// A date label centred under its point, moved in from the viewBox's edges as needed.
struct DateLabel {
    text: String,
    point_x: f64,
    centre: f64,
    half_width: f64,
}

impl DateLabel {
    fn new(day: &str, point_x: f64, tr: &Translator) -> Self {
        let text = if days_from_iso(day).is_some() {
            tr.date(day)
        } else if day.chars().count() > MAX_LABEL_CHARS {
            let mut cut: String = day.chars().take(MAX_LABEL_CHARS - 1).collect();
            cut.push('…');
            cut
        } else {
            day.to_owned()
        };
        let half_width = label_width(&text) / 2.0;
        let centre = point_x.clamp(EDGE_PAD + half_width, VIEW_WIDTH - EDGE_PAD - half_width);
        Self {
            text,
            point_x,
            centre,
            half_width,
        }
    }

    fn clear_of(&self, other: &DateLabel) -> bool {
        (self.centre - other.centre).abs() >= self.half_width + other.half_width + LABEL_GAP
    }
}

/// The estimated width of a label in viewBox units.
fn label_width(text: &str) -> f64 {
    text.chars().count() as f64 * CHAR_WIDTH
}

/// The axis line along the bottom and the dates of the first and last points, and of the
/// point nearest the middle when there are three or more and its date has room.
fn time_axis(m: &mut Markup, points: &[(String, Option<f64>)], xs: &[f64], tr: &Translator) {
    let n = points.len();
    let bottom = fixed(BOTTOM, 1);
    m.shape(
        "line",
        &[
            ("class", "sg-radar-axis"),
            ("x1", &fixed(LEFT, 1)),
            ("y1", &bottom),
            ("x2", &fixed(RIGHT, 1)),
            ("y2", &bottom),
        ],
    );
    let first = DateLabel::new(&points[0].0, xs[0], tr);
    let last = DateLabel::new(&points[n - 1].0, xs[n - 1], tr);
    let middle_x = (LEFT + RIGHT) / 2.0;
    let middle = (1..n.saturating_sub(1))
        .min_by(|&a, &b| {
            (xs[a] - middle_x)
                .abs()
                .total_cmp(&(xs[b] - middle_x).abs())
        })
        .map(|i| DateLabel::new(&points[i].0, xs[i], tr))
        .filter(|label| label.clear_of(&first) && label.clear_of(&last));
    let labels = [Some(first), middle, Some(last)];
    let (tick_top, baseline) = (fixed(BOTTOM + 4.0, 1), fixed(DATE_BASELINE, 1));
    for label in labels.iter().flatten() {
        let x = fixed(label.point_x, 1);
        m.shape(
            "line",
            &[
                ("class", "sg-radar-axis"),
                ("x1", &x),
                ("y1", &bottom),
                ("x2", &x),
                ("y2", &tick_top),
            ],
        )
        .element(
            "text",
            &[
                ("class", "sg-bar-label"),
                ("x", &fixed(label.centre, 1)),
                ("y", &baseline),
                ("text-anchor", "middle"),
            ],
            &label.text,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::count;

    fn chart(points: &[(String, Option<f64>)]) -> Option<String> {
        history_chart(points, &Translator::english())
    }

    fn series(days: &[&str]) -> Vec<(String, Option<f64>)> {
        days.iter().map(|d| ((*d).to_owned(), Some(0.5))).collect()
    }

    /// The `cx` of every dot, left to right as drawn.
    fn dot_xs(html: &str) -> Vec<f64> {
        attr_values(html, "cx")
    }

    /// Every numeric value of attribute `name` in `html`.
    fn attr_values(html: &str, name: &str) -> Vec<f64> {
        let needle = format!(" {name}=\"");
        html.match_indices(&needle)
            .map(|(at, _)| {
                let rest = &html[at + needle.len()..];
                rest[..rest.find('"').unwrap()].parse().unwrap()
            })
            .collect()
    }

    /// The texts of the `<text>` elements whose `text-anchor` is `anchor`.
    fn texts(html: &str, anchor: &str) -> Vec<String> {
        let marker = format!("text-anchor=\"{anchor}\">");
        html.match_indices(&marker)
            .map(|(at, _)| {
                let rest = &html[at + marker.len()..];
                rest[..rest.find("</text>").unwrap()].to_owned()
            })
            .collect()
    }

    #[test]
    fn plots_each_known_fit_at_its_date() {
        let points = vec![
            ("2026-01-01".to_owned(), Some(0.5)),
            ("2026-02-01".to_owned(), None),
            ("2026-03-01".to_owned(), Some(1.0)),
        ];
        let html = chart(&points).unwrap();
        assert!(html.contains("points=\"44.0,62.0 308.0,12.0\""), "{html}");
        assert_eq!(count(&html, "<circle "), 2);
        assert!(html.contains(">1 Jan 2026</text>") && html.contains(">1 Mar 2026</text>"));
        assert!(
            html.contains("aria-label=\"Fit over time from 1 Jan 2026 to 1 Mar 2026; the table lists every value.\""),
            "{html}"
        );
        assert!(!html.contains("2026-01-01"), "no ISO dates on show: {html}");
    }

    #[test]
    fn the_value_axis_has_ticks_labels_and_grid_lines() {
        let html = chart(&series(&["2026-01-01", "2026-01-05"])).unwrap();
        assert_eq!(texts(&html, "end"), ["0%", "25%", "50%", "75%", "100%"]);
        // A faint dashed line across at 25, 50, 75 and 100 %; 0 % is the axis itself.
        assert_eq!(count(&html, "stroke-dasharray=\"2 3\""), 4);
        for y in ["87.0", "62.0", "37.0", "12.0"] {
            assert!(
                html.contains(&format!(
                    "x1=\"44.0\" y1=\"{y}\" x2=\"308.0\" y2=\"{y}\" stroke-dasharray"
                )),
                "grid at {y}: {html}"
            );
        }
        // A tick mark for each percentage, each label beside its tick.
        assert_eq!(count(&html, "x1=\"40.0\""), 5);
        assert!(html.contains("x=\"38.0\" y=\"16.0\" text-anchor=\"end\">100%</text>"));
        assert!(html.contains("x=\"38.0\" y=\"116.0\" text-anchor=\"end\">0%</text>"));
    }

    #[test]
    fn points_sit_in_proportion_to_their_dates() {
        // Days 0, 10 and 30: left edge, a third of the way, right edge.
        let html = chart(&series(&["2026-03-01", "2026-03-11", "2026-03-31"])).unwrap();
        assert_eq!(dot_xs(&html), [44.0, 132.0, 308.0]);
        // Across a leap day and a year end, by days, not by the text.
        let html = chart(&series(&["2023-12-31", "2024-03-01", "2024-12-30"])).unwrap();
        let xs = dot_xs(&html);
        let expected = 44.0 + 264.0 * 61.0 / 365.0;
        assert!((xs[1] - expected).abs() <= 0.05, "{xs:?}");
    }

    #[test]
    fn dates_read_as_english() {
        let html = chart(&series(&["2026-03-03", "2026-11-22"])).unwrap();
        assert_eq!(texts(&html, "middle"), ["3 Mar 2026", "22 Nov 2026"]);
    }

    #[test]
    fn the_middle_date_shows_only_where_it_has_room() {
        let html = chart(&series(&["2026-01-01", "2026-02-01", "2026-03-01"])).unwrap();
        assert_eq!(
            texts(&html, "middle"),
            ["1 Jan 2026", "1 Feb 2026", "1 Mar 2026"]
        );
        // The point nearest the middle of the time axis is the one labelled.
        let html = chart(&series(&[
            "2026-01-01",
            "2026-01-02",
            "2026-01-16",
            "2026-01-31",
        ]))
        .unwrap();
        assert_eq!(
            texts(&html, "middle"),
            ["1 Jan 2026", "16 Jan 2026", "31 Jan 2026"]
        );
        // Days 0, 5 and 30: the second point is too close to the first for its date.
        let html = chart(&series(&["2026-03-01", "2026-03-06", "2026-03-31"])).unwrap();
        assert_eq!(texts(&html, "middle"), ["1 Mar 2026", "31 Mar 2026"]);
        // Days 0, 10 and 30: just room, the labels centred under their points.
        let html = chart(&series(&["2026-03-01", "2026-03-11", "2026-03-31"])).unwrap();
        assert_eq!(
            texts(&html, "middle"),
            ["1 Mar 2026", "11 Mar 2026", "31 Mar 2026"]
        );
        // Two points: only their own dates.
        let html = chart(&series(&["2026-03-01", "2026-03-31"])).unwrap();
        assert_eq!(count(&html, "text-anchor=\"middle\""), 2);
    }

    #[test]
    fn malformed_dates_show_as_they_are_and_space_the_points_evenly() {
        let html = chart(&series(&["2026-02-30", "2026-03-01", "someday <b>"])).unwrap();
        let labels = texts(&html, "middle");
        assert_eq!(labels.first().map(String::as_str), Some("2026-02-30"));
        assert_eq!(labels.last().map(String::as_str), Some("someday &lt;b&gt;"));
        assert!(
            html.contains("from 2026-02-30 to someday &lt;b&gt;;"),
            "{html}"
        );
        assert!(!html.contains("<b>"));
        assert_eq!(dot_xs(&html), [44.0, 176.0, 308.0]);
        // A long one is cut so that both ends still fit.
        let long = "x".repeat(40);
        let html = chart(&series(&["2026-03-01", &long])).unwrap();
        let expected = format!(">{}…</text>", "x".repeat(15));
        assert!(html.contains(&expected), "{html}");
    }

    #[test]
    fn same_day_points_are_spaced_evenly() {
        let html = chart(&series(&["2026-03-01", "2026-03-01", "2026-03-01"])).unwrap();
        assert_eq!(dot_xs(&html), [44.0, 176.0, 308.0]);
    }

    #[test]
    fn everything_stays_inside_the_view_box() {
        let cases: Vec<Vec<(String, Option<f64>)>> = vec![
            vec![
                ("2026-01-01".to_owned(), Some(0.0)),
                ("2026-01-31".to_owned(), Some(1.0)),
            ],
            vec![
                ("2026-12-28".to_owned(), Some(1.0)),
                ("2026-12-29".to_owned(), Some(0.0)),
                ("2027-12-29".to_owned(), Some(0.3)),
                ("2028-12-29".to_owned(), Some(0.9)),
            ],
            vec![
                ("2026-03-01".to_owned(), Some(1.5)),
                ("x".repeat(40), Some(-0.5)),
            ],
        ];
        for points in &cases {
            let html = chart(points).unwrap();
            assert!(html.contains("viewBox=\"0 0 320 136\""), "{html}");
            for name in ["x", "x1", "x2", "cx"] {
                for x in attr_values(&html, name) {
                    assert!((3.0..=317.0).contains(&x), "{name}={x}: {html}");
                }
            }
            for name in ["y", "y1", "y2", "cy"] {
                for y in attr_values(&html, name) {
                    assert!((3.0..=133.0).contains(&y), "{name}={y}: {html}");
                }
            }
            // Labels by their estimated width: right-aligned ones end at x, centred ones
            // spread either side.
            let anchored = |anchor: &str| {
                let marker = format!("\" text-anchor=\"{anchor}\">");
                html.match_indices(&marker)
                    .map(|(at, _)| {
                        let before = &html[..at];
                        let x_at = before.rfind(" x=\"").unwrap() + 4;
                        let x: f64 = before[x_at..before[x_at..].find('"').unwrap() + x_at]
                            .parse()
                            .unwrap();
                        let rest = &html[at + marker.len()..];
                        let text = &rest[..rest.find("</text>").unwrap()];
                        (
                            x,
                            label_width(&text.replace("&lt;", "<").replace("&gt;", ">")),
                        )
                    })
                    .collect::<Vec<_>>()
            };
            for (x, width) in anchored("end") {
                assert!(x - width >= 0.0 && x <= 320.0, "{x} {width}: {html}");
            }
            let centred = anchored("middle");
            for (x, width) in &centred {
                assert!(x - width / 2.0 >= 0.0 && x + width / 2.0 <= 320.0, "{html}");
            }
            for pair in centred.windows(2) {
                let ((a, wa), (b, wb)) = (pair[0], pair[1]);
                assert!(b - a >= (wa + wb) / 2.0, "labels overlap: {html}");
            }
        }
    }

    #[test]
    fn one_snapshot_is_not_a_line() {
        assert_eq!(chart(&[("2026-01-01".to_owned(), Some(0.5))]), None);
        assert_eq!(chart(&[]), None);
    }
}
