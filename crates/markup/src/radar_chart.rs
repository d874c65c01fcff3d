//! Radar chart of current versus required levels, as SVG, with its table alternative.

use super::svg_text::{anchor, is_rtl, Side};
use super::{open_table_scroll, table_head, Markup};
use domain::feed::Feed;
use domain::gap::RoleGap;
use domain::i18n::k;
use domain::i18n::{isolate, Translator};
use stdx::number::{fixed, svg_points, turn_cos_sin};
use stdx::text::truncate_chars;

const SIZE: f64 = 320.0;
const CENTER: f64 = SIZE / 2.0;
const RADIUS: f64 = 110.0;

fn point(index: usize, count: usize, value: f64) -> (f64, f64) {
    let (cos, sin) = turn_cos_sin(index as f64 / count as f64 - 0.25);
    (CENTER + value * RADIUS * cos, CENTER + value * RADIUS * sin)
}

fn points(values: &[(usize, f64)], count: usize) -> String {
    svg_points(values.iter().map(|&(i, v)| point(i, count, v)))
}

/// The inside of the chart's `<figure>`, or `None` below three skills (no polygon to draw).
pub fn radar_chart(feed: &Feed, role: usize, gap: &RoleGap, tr: &Translator) -> Option<String> {
    let count = gap.lines.len();
    if count < 3 {
        return None;
    }
    let max = f64::from(feed.scale.max().max(1));
    let required: Vec<(usize, f64)> = gap
        .lines
        .iter()
        .enumerate()
        .map(|(i, l)| (i, f64::from(l.required) / max))
        .collect();
    let current: Vec<(usize, f64)> = gap
        .lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| l.current.map(|c| (i, f64::from(c) / max)))
        .collect();
    let description = tr.plural(
        k::CHART_RADAR_DESCRIPTION,
        count,
        &[
            ("role", &feed.roles[role].name),
            ("min", &tr.integer(0)),
            ("max", &tr.integer(i64::from(feed.scale.max()))),
            ("rated", &tr.integer(gap.rated() as i64)),
        ],
    );
    let rtl = is_rtl(tr);

    let mut m = Markup::new();
    m.open(
        "svg",
        &[
            ("viewBox", "-100 -20 520 360"),
            ("class", "sg-radar"),
            ("role", "img"),
            ("aria-label", &description),
        ],
    );
    for level in 1..=feed.scale.max() {
        let ring: Vec<(usize, f64)> = (0..count).map(|i| (i, f64::from(level) / max)).collect();
        m.shape(
            "polygon",
            &[
                ("class", "sg-radar-ring"),
                ("points", &points(&ring, count)),
            ],
        );
    }
    let center = fixed(CENTER, 1);
    for (i, line) in gap.lines.iter().enumerate() {
        let (x, y) = point(i, count, 1.0);
        let (lx, ly) = point(i, count, 1.2);
        let side = if (lx - CENTER).abs() < 5.0 {
            Side::Middle
        } else if lx > CENTER {
            Side::Left
        } else {
            Side::Right
        };
        let name = &feed.skills[line.skill].name;
        let mut label = truncate_chars(name, 14).to_owned();
        if label.len() < name.len() {
            label.push('…');
        }
        let mut label = isolate(&label, rtl);
        if line.current.is_none() {
            label.push_str(" (?)");
        }
        m.shape(
            "line",
            &[
                ("class", "sg-radar-axis"),
                ("x1", &center),
                ("y1", &center),
                ("x2", &fixed(x, 1)),
                ("y2", &fixed(y, 1)),
            ],
        );
        m.element(
            "text",
            &[
                ("class", "sg-radar-label"),
                ("x", &fixed(lx, 1)),
                ("y", &fixed(ly, 1)),
                ("text-anchor", anchor(side, rtl)),
            ],
            &label,
        );
    }
    m.shape(
        "polygon",
        &[
            ("class", "sg-radar-required"),
            ("points", &points(&required, count)),
        ],
    );
    if current.len() >= 3 {
        m.shape(
            "polygon",
            &[
                ("class", "sg-radar-current"),
                ("points", &points(&current, count)),
            ],
        );
    }
    for &(i, v) in &current {
        let (x, y) = point(i, count, v);
        m.shape(
            "circle",
            &[
                ("class", "sg-radar-dot"),
                ("cx", &fixed(x, 1)),
                ("cy", &fixed(y, 1)),
                ("r", "3.5"),
            ],
        );
    }
    m.close("svg");
    m.open("figcaption", &[("class", "sg-legend")])
        .element(
            "span",
            &[("class", "sg-key sg-key-required")],
            tr.t(k::CHART_RADAR_REQUIRED),
        )
        .element(
            "span",
            &[("class", "sg-key sg-key-current")],
            tr.t(k::CHART_RADAR_YOU),
        )
        .close("figcaption");
    let caption = tr.t(k::CHART_RADAR_TABLE);
    open_table_scroll(&mut m, caption);
    m.open(
        "table",
        &[("class", "sg-table"), ("data-testid", "radar-table")],
    )
    .element("caption", &[], caption);
    table_head(
        &mut m,
        &[
            (tr.t(k::CHART_SKILL), false),
            (tr.t(k::CHART_RADAR_REQUIRED), true),
            (tr.t(k::CHART_RADAR_YOU), true),
        ],
    );
    m.open("tbody", &[]);
    for line in &gap.lines {
        let you = line
            .current
            .map_or(tr.t(k::CHART_NOT_RATED).to_owned(), |c| {
                tr.integer(i64::from(c))
            });
        m.open("tr", &[])
            .element("th", &[("scope", "row")], &feed.skills[line.skill].name)
            .element(
                "td",
                &[("class", "sg-num")],
                &tr.integer(i64::from(line.required)),
            )
            .element("td", &[("class", "sg-num")], &you)
            .close("tr");
    }
    m.close("tbody").close("table").close("div");
    Some(m.finish())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{count, demo_gap};

    #[test]
    fn draws_one_axis_per_skill_and_dots_only_for_rated_ones() {
        let (feed, role, gap) = demo_gap(&[Some(2), None, Some(4), Some(1)]);
        let html = radar_chart(&feed, role, &gap, &Translator::english())
            .expect("four skills make a chart");
        assert_eq!(count(&html, "<line class=\"sg-radar-axis\""), 4);
        assert_eq!(count(&html, "<circle class=\"sg-radar-dot\""), 3);
        assert_eq!(count(&html, "(?)</text>"), 1);
        assert_eq!(
            count(&html, "<polygon class=\"sg-radar-ring\""),
            usize::from(feed.scale.max())
        );
        assert!(html.contains("3 of 4 skills rated"));
        assert_eq!(count(&html, "<tr><th scope=\"row\">"), 4);
        assert!(html.contains("<td class=\"sg-num\">not rated</td>"));
    }

    #[test]
    fn needs_three_skills() {
        let (feed, role, gap) = demo_gap(&[Some(2), Some(3)]);
        assert_eq!(radar_chart(&feed, role, &gap, &Translator::english()), None);
    }

    #[test]
    fn the_first_axis_points_straight_up() {
        assert_eq!(point(0, 4, 1.0), (CENTER, CENTER - RADIUS));
    }
}
