//! Fit to the target role over time, as an SVG line chart.

use super::Markup;
use crate::domain::number::{fixed, svg_points};

/// The chart for `(day, fit)` points, or `None` below two snapshots (no line to draw).
pub fn history_chart(points: &[(String, Option<f64>)]) -> Option<String> {
    if points.len() < 2 {
        return None;
    }
    let n = points.len();
    let xy: Vec<(f64, f64)> = points
        .iter()
        .enumerate()
        .filter_map(|(i, (_, fit))| {
            fit.map(|f| (20.0 + 280.0 * i as f64 / (n - 1) as f64, 110.0 - f * 100.0))
        })
        .collect();
    let first = &points[0].0;
    let last = &points[n - 1].0;
    let description = format!("Fit over time from {first} to {last}; the table lists every value.");
    let mut m = Markup::new();
    m.open(
        "svg",
        &[
            ("viewBox", "0 0 320 130"),
            ("class", "sg-history"),
            ("role", "img"),
            ("aria-label", &description),
        ],
    )
    .shape(
        "line",
        &[
            ("class", "sg-radar-axis"),
            ("x1", "20"),
            ("y1", "110"),
            ("x2", "300"),
            ("y2", "110"),
        ],
    )
    .shape(
        "line",
        &[
            ("class", "sg-radar-axis"),
            ("x1", "20"),
            ("y1", "10"),
            ("x2", "20"),
            ("y2", "110"),
        ],
    )
    .element(
        "text",
        &[("class", "sg-bar-label"), ("x", "22"), ("y", "124")],
        first,
    )
    .element(
        "text",
        &[
            ("class", "sg-bar-label"),
            ("x", "300"),
            ("y", "124"),
            ("text-anchor", "end"),
        ],
        last,
    )
    .shape(
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markup::test_support::count;

    #[test]
    fn plots_each_known_fit_from_left_to_right() {
        let points = vec![
            ("2026-01-01".to_owned(), Some(0.5)),
            ("2026-02-01".to_owned(), None),
            ("2026-03-01".to_owned(), Some(1.0)),
        ];
        let html = history_chart(&points).unwrap();
        assert!(html.contains("points=\"20.0,60.0 300.0,10.0\""), "{html}");
        assert_eq!(count(&html, "<circle "), 2);
        assert!(html.contains(">2026-01-01</text>") && html.contains(">2026-03-01</text>"));
        assert!(html.contains("from 2026-01-01 to 2026-03-01"));
    }

    #[test]
    fn one_snapshot_is_not_a_line() {
        assert_eq!(history_chart(&[("2026-01-01".to_owned(), Some(0.5))]), None);
    }
}
