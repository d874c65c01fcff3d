//! The career paths map: roles around one role in columns (steps before and after it) and
//! lanes (families), with `next_roles` as arrows. Pointer users click a box; keyboard and
//! screen-reader users have the same roles in the list below it (`markup::path_list`).

use super::svg_text::is_rtl;
use super::Markup;
use domain::explorer::{role_fit, FitGroup};
use domain::feed::{Feed, RoleIdx};
use domain::i18n::k;
use domain::i18n::{isolate, Translator};
use domain::paths::{CareerGraph, Neighbourhood};
use domain::scale::Level;
use stdx::number::fixed;
use stdx::text::wrap_words;

const BOX_W: f64 = 184.0;
const COL_GAP: f64 = 64.0;
const MARGIN: f64 = 12.0;
const HEADER: f64 = 30.0;
const LANE_LABEL: f64 = 22.0;
const LANE_PAD: f64 = 8.0;
const BOX_GAP: f64 = 10.0;
const PAD: f64 = 8.0;
const NAME_LINE: f64 = 17.0;
const SMALL_LINE: f64 = 15.0;
/// Characters of a role's name on one line of a box (13 px bold text in 168 px; capitals
/// and wide letters included).
const NAME_CHARS: usize = 20;
const SMALL_CHARS: usize = 26;

/// What the map marks.
#[derive(Debug, Clone, Copy, Default)]
pub struct Marks<'a> {
    pub current: Option<RoleIdx>,
    pub target: Option<RoleIdx>,
    pub selected: Option<RoleIdx>,
    /// The route shown below the map, drawn in the brand colour where it is on the map.
    pub route: &'a [RoleIdx],
}

/// The column heading for roles `offset` steps from the centre.
pub fn column_label(offset: i32, centre_is_current: bool, tr: &Translator) -> &str {
    match offset {
        ..=-2 => tr.t(k::PATHS_MAP_BEFORE_2),
        -1 => tr.t(k::PATHS_MAP_BEFORE_1),
        0 if centre_is_current => tr.t(k::PATHS_MAP_HERE),
        0 => tr.t(k::PATHS_MAP_CENTRE),
        1 => tr.t(k::PATHS_MAP_AFTER_1),
        _ => tr.t(k::PATHS_MAP_AFTER_2),
    }
}

/// "72% fit · 6 of 7 rated", "rate more · 1 of 7 rated", "0 of 7 rated": the fit with its
/// evidence, as a figure only when enough is rated to mean something, as everywhere else.
pub fn short_fit(feed: &Feed, role: RoleIdx, levels: &[Option<Level>], tr: &Translator) -> String {
    let fit = role_fit(feed, role, levels);
    let rated = tr.plural(
        k::PATHS_MAP_RATED,
        fit.evidence.total,
        &[("rated", &tr.integer(fit.evidence.rated as i64))],
    );
    match (fit.group(), fit.fit) {
        (FitGroup::Comparable, Some(f)) => tr.tf_plain(
            k::GAP_FIT_SUMMARY,
            &[("fit", &tr.percent(f)), ("rated", &rated)],
        ),
        (FitGroup::NotRated, _) => rated,
        _ => tr.tf_plain(k::PATHS_MAP_RATE_MORE, &[("rated", &rated)]),
    }
}

/// Characters that take no room on a line: Arabic vowel marks and the invisible marks that
/// set the direction of text (numbers in Arabic carry some).
fn zero_width(text: &str) -> usize {
    text.chars()
        .filter(|&c| {
            matches!(c as u32,
                0x0610..=0x061A | 0x061C | 0x064B..=0x065F | 0x0670 | 0x200E | 0x200F | 0x2066..=0x2069)
        })
        .count()
}

struct NodeBox<'a> {
    role: RoleIdx,
    column: usize,
    x: f64,
    y: f64,
    height: f64,
    tag: Option<&'a str>,
    name: Vec<String>,
    /// Seniority (when the feed gives one), then the fit with its evidence, as lines.
    meta: Vec<String>,
    /// The box's tooltip: the whole name, seniority and fit.
    title: String,
}

fn tag<'t>(marks: &Marks, role: RoleIdx, tr: &'t Translator) -> Option<&'t str> {
    match (marks.current == Some(role), marks.target == Some(role)) {
        (true, true) => Some(tr.t(k::PATHS_BADGE_HERE_TARGET)),
        (true, false) => Some(tr.t(k::PATHS_BADGE_HERE)),
        (false, true) => Some(tr.t(k::PATHS_BADGE_TARGET)),
        _ => None,
    }
}

/// The `<svg>` of the map.
pub fn path_map(
    feed: &Feed,
    graph: &CareerGraph,
    map: &Neighbourhood,
    levels: &[Option<Level>],
    marks: Marks,
    tr: &Translator,
) -> String {
    // In a right-to-left language the map is mirrored: the person's role on the right, steps
    // leading leftwards, texts running leftwards from the right end of their place (SVG's
    // `start` follows the direction).
    let rtl = is_rtl(tr);
    let other_roles = tr.t(k::PATHS_MAP_OTHER_ROLES);
    // Lanes: the centre's family first, then families as they first appear.
    let family_of = |role: RoleIdx| {
        let family = feed.roles[role].family.trim();
        if family.is_empty() {
            other_roles
        } else {
            family
        }
    };
    let mut lanes: Vec<&str> = vec![family_of(map.centre)];
    for placed in map.placed() {
        let family = family_of(placed.role);
        if !lanes.contains(&family) {
            lanes.push(family);
        }
    }
    let width = MARGIN * 2.0 + map.columns.len() as f64 * (BOX_W + COL_GAP) - COL_GAP;
    // A column's left edge.
    let column_x = |column: usize| {
        let from_start = MARGIN + column as f64 * (BOX_W + COL_GAP);
        if rtl {
            width - from_start - BOX_W
        } else {
            from_start
        }
    };
    let mut boxes: Vec<NodeBox> = Vec::new();
    let mut lane_tops = Vec::with_capacity(lanes.len());
    let mut y = HEADER;
    for lane in &lanes {
        lane_tops.push(y);
        let mut lane_height: f64 = 0.0;
        for (column, col) in map.columns.iter().enumerate() {
            let mut cell_y = y + LANE_LABEL;
            for &role in col.roles.iter().filter(|&&r| family_of(r) == *lane) {
                let r = &feed.roles[role];
                let (name, _) = wrap_words(&r.name, NAME_CHARS, 3);
                let tag = tag(&marks, role, tr);
                let mut meta = wrap_words(&r.seniority, SMALL_CHARS, 1).0;
                let fit = short_fit(feed, role, levels, tr);
                let about: Vec<&str> = [r.seniority.trim(), fit.as_str()]
                    .into_iter()
                    .filter(|t| !t.is_empty())
                    .collect();
                let title = tr.tf(
                    k::PATHS_MAP_NODE_TITLE,
                    &[("role", &r.name), ("about", &about.join(" · "))],
                );
                // Two lines where a language needs more room than English's one.
                meta.extend(wrap_words(&fit, SMALL_CHARS + zero_width(&fit), 2).0);
                let height = PAD * 2.0
                    + NAME_LINE * name.len() as f64
                    + SMALL_LINE * (meta.len() as f64 + f64::from(u8::from(tag.is_some())));
                boxes.push(NodeBox {
                    role,
                    column,
                    x: column_x(column),
                    y: cell_y,
                    height,
                    tag,
                    name,
                    meta,
                    title,
                });
                cell_y += height + BOX_GAP;
            }
            lane_height = lane_height.max(cell_y - y);
        }
        y += lane_height + LANE_PAD;
    }
    // Room below the last lane for arrows that lead back, which dip under the boxes.
    let y = y + 20.0;
    let more_y = y + 4.0;
    let any_hidden = map.columns.iter().any(|c| c.hidden > 0);
    let height = y + if any_hidden { 24.0 } else { 0.0 };
    let centre_name = &feed.roles[map.centre].name;
    let summary = tr.tf(
        k::PATHS_MAP_SUMMARY,
        &[
            ("role", centre_name),
            ("roles", &tr.plural(k::PATHS_MAP_ROLES, map.drawn(), &[])),
            (
                "families",
                &tr.plural(k::PATHS_MAP_FAMILIES, lanes.len(), &[]),
            ),
        ],
    );
    // Where a text in a box (or over a column) starts: its left edge, or its right one.
    let text_x = |x: f64| if rtl { x + BOX_W - PAD } else { x + PAD };
    let column_text_x = |x: f64| if rtl { x + BOX_W } else { x };

    let mut m = Markup::new();
    m.open(
        "svg",
        &[
            (
                "viewBox",
                &format!("0 0 {} {}", fixed(width, 0), fixed(height, 0)),
            ),
            ("width", &fixed(width, 0)),
            ("class", "sg-path-map"),
            ("role", "img"),
            ("aria-label", &summary),
            ("data-testid", "path-map"),
        ],
    );
    m.open("defs", &[]);
    for (id, class) in [
        ("sg-arrow", "sg-path-arrowhead"),
        (
            "sg-arrow-route",
            "sg-path-arrowhead sg-path-arrowhead-route",
        ),
    ] {
        m.open(
            "marker",
            &[
                ("id", id),
                ("viewBox", "0 0 10 10"),
                ("refX", "9"),
                ("refY", "5"),
                ("markerWidth", "7"),
                ("markerHeight", "7"),
                ("orient", "auto-start-reverse"),
            ],
        )
        .shape("path", &[("class", class), ("d", "M0,0 L10,5 L0,10 z")])
        .close("marker");
    }
    m.close("defs");
    for (i, (lane, top)) in lanes.iter().zip(&lane_tops).enumerate() {
        let bottom = lane_tops.get(i + 1).copied().unwrap_or(y);
        m.shape(
            "rect",
            &[
                (
                    "class",
                    if i % 2 == 0 {
                        "sg-path-lane"
                    } else {
                        "sg-path-lane sg-path-lane-alt"
                    },
                ),
                ("x", "0"),
                ("y", &fixed(*top, 1)),
                ("width", &fixed(width, 0)),
                ("height", &fixed(bottom - top - 2.0, 1)),
            ],
        );
        m.element(
            "text",
            &[
                ("class", "sg-path-lane-label"),
                ("x", &fixed(if rtl { width - MARGIN } else { MARGIN }, 0)),
                ("y", &fixed(top + 15.0, 1)),
            ],
            &isolate(&wrap_words(lane, 60, 1).0.join(""), rtl),
        );
    }
    for (column, col) in map.columns.iter().enumerate() {
        m.element(
            "text",
            &[
                ("class", "sg-path-col"),
                ("x", &fixed(column_text_x(column_x(column)), 1)),
                ("y", "18"),
            ],
            column_label(col.offset, marks.current == Some(map.centre), tr),
        );
        if col.hidden > 0 {
            m.element(
                "text",
                &[
                    ("class", "sg-path-more"),
                    ("x", &fixed(column_text_x(column_x(column)), 1)),
                    ("y", &fixed(more_y + 12.0, 1)),
                ],
                &tr.plural(k::PATHS_MAP_MORE, col.hidden, &[]),
            );
        }
    }
    let on_route = |a: RoleIdx, b: RoleIdx| marks.route.windows(2).any(|w| w[0] == a && w[1] == b);
    // Arrows first, so boxes sit on top of them.
    let find = |role: RoleIdx| boxes.iter().find(|b| b.role == role);
    let mut route_edges = Markup::new();
    for from in &boxes {
        for &to in &graph.next[from.role] {
            let Some(to) = find(to) else { continue };
            let route = on_route(from.role, to.role);
            let (fy, ty) = (from.y + from.height / 2.0, to.y + to.height / 2.0);
            let (d, back) = if to.column > from.column {
                // From the side facing the next column to the facing side of the next box.
                let (sx, ex) = if rtl {
                    (from.x, to.x + BOX_W + 2.0)
                } else {
                    (from.x + BOX_W, to.x - 2.0)
                };
                let bend = (ex - sx) / 2.0;
                (
                    format!(
                        "M{},{} C{},{} {},{} {},{}",
                        fixed(sx, 1),
                        fixed(fy, 1),
                        fixed(sx + bend, 1),
                        fixed(fy, 1),
                        fixed(ex - bend, 1),
                        fixed(ty, 1),
                        fixed(ex, 1),
                        fixed(ty, 1)
                    ),
                    false,
                )
            } else {
                // Same column or backwards: from under one box to under the other, dashed,
                // clear of the forward arrows between their sides.
                let (leave, arrive) = if rtl { (0.6, 0.4) } else { (0.4, 0.6) };
                let (sx, sy) = (from.x + BOX_W * leave, from.y + from.height);
                let (ex, ey) = (to.x + BOX_W * arrive, to.y + to.height + 2.0);
                let dip = BOX_GAP + 26.0;
                (
                    format!(
                        "M{},{} C{},{} {},{} {},{}",
                        fixed(sx, 1),
                        fixed(sy, 1),
                        fixed(sx, 1),
                        fixed(sy.max(ey) + dip, 1),
                        fixed(ex, 1),
                        fixed(sy.max(ey) + dip, 1),
                        fixed(ex, 1),
                        fixed(ey, 1)
                    ),
                    true,
                )
            };
            let class = match (route, back) {
                (true, _) => "sg-path-edge sg-path-edge-route",
                (false, true) => "sg-path-edge sg-path-edge-back",
                (false, false) => "sg-path-edge",
            };
            let marker = if route {
                "url(#sg-arrow-route)"
            } else {
                "url(#sg-arrow)"
            };
            let target = if route { &mut route_edges } else { &mut m };
            target.shape(
                "path",
                &[("class", class), ("d", &d), ("marker-end", marker)],
            );
        }
    }
    // The route on top of the other arrows.
    m.append(route_edges);
    for b in &boxes {
        let role = &feed.roles[b.role];
        let mut class = String::from("sg-path-node");
        if marks.current == Some(b.role) {
            class.push_str(" sg-path-current");
        }
        if marks.target == Some(b.role) {
            class.push_str(" sg-path-target");
        }
        if marks.selected == Some(b.role) {
            class.push_str(" sg-path-selected");
        }
        if marks.route.contains(&b.role) {
            class.push_str(" sg-path-on-route");
        }
        m.open(
            "g",
            &[
                ("class", &class),
                ("data-role", &role.id),
                ("data-testid", "path-node"),
            ],
        );
        m.element("title", &[], &b.title);
        m.shape(
            "rect",
            &[
                ("class", "sg-path-box"),
                ("x", &fixed(b.x, 1)),
                ("y", &fixed(b.y, 1)),
                ("width", &fixed(BOX_W, 0)),
                ("height", &fixed(b.height, 1)),
                ("rx", "6"),
            ],
        );
        let x = fixed(text_x(b.x), 1);
        let mut line_y = b.y + PAD;
        if let Some(tag) = b.tag {
            line_y += SMALL_LINE - 3.0;
            m.element(
                "text",
                &[
                    ("class", "sg-path-tag"),
                    ("x", &x),
                    ("y", &fixed(line_y, 1)),
                ],
                tag,
            );
            line_y += 3.0;
        }
        for line in &b.name {
            line_y += NAME_LINE;
            m.element(
                "text",
                &[
                    ("class", "sg-path-name"),
                    ("x", &x),
                    ("y", &fixed(line_y - 4.0, 1)),
                ],
                &isolate(line, rtl),
            );
        }
        for meta in &b.meta {
            line_y += SMALL_LINE;
            m.element(
                "text",
                &[
                    ("class", "sg-path-meta"),
                    ("x", &x),
                    ("y", &fixed(line_y - 3.0, 1)),
                ],
                meta,
            );
        }
        m.close("g");
    }
    m.close("svg");
    m.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{count, number_after, right_to_left};
    use domain::paths::neighbourhood;

    fn feed(spec: serde_json::Value) -> Feed {
        let text = spec.to_string();
        domain::feed::load_feeds(&[domain::feed::FeedSource {
            label: "t",
            text: &text,
        }])
        .feed
    }

    fn demo() -> Feed {
        feed(serde_json::json!({
            "format_version": 1,
            "skills": [{"id": "s", "name": "S"}],
            "roles": [
                {"id": "a", "name": "Analyst <b>&", "family": "Data", "seniority": "Junior",
                 "requirements": [{"skill": "s", "level": 2}], "next_roles": ["b", "c"]},
                {"id": "b", "name": "Senior Analyst", "family": "Data", "seniority": "Senior",
                 "requirements": [{"skill": "s", "level": 3}], "next_roles": ["a"]},
                {"id": "c", "name": "Product Manager with a very long name indeed, longer than three lines allow", "family": "Product",
                 "requirements": [{"skill": "s", "level": 3}]},
                {"id": "z", "name": "Far away", "family": "Data", "requirements": []}
            ]
        }))
    }

    #[test]
    fn draws_roles_in_lanes_with_arrows_marks_and_escaped_text() {
        let feed = demo();
        let graph = CareerGraph::new(&feed);
        let map = neighbourhood(&graph, 0, &[], |a, b| a.cmp(&b));
        let levels = vec![Some(2)];
        let html = path_map(
            &feed,
            &graph,
            &map,
            &levels,
            Marks {
                current: Some(0),
                target: Some(2),
                selected: Some(2),
                route: &[0, 2],
            },
            &Translator::english(),
        );
        assert_eq!(
            count(&html, "data-testid=\"path-node\""),
            3,
            "z is not connected"
        );
        assert!(html.contains("Analyst &lt;b&gt;&amp;"), "{html}");
        assert!(!html.contains("<b>"));
        assert_eq!(count(&html, "class=\"sg-path-lane-label\""), 2);
        assert!(html.contains(">Data</text>") && html.contains(">Product</text>"));
        assert_eq!(
            count(&html, "<path class=\"sg-path-edge"),
            3,
            "a→b, a→c, b→a"
        );
        assert_eq!(count(&html, "sg-path-edge sg-path-edge-route"), 1);
        assert_eq!(count(&html, "sg-path-edge-back"), 1, "b→a goes back");
        assert!(html
            .contains("class=\"sg-path-node sg-path-current sg-path-on-route\" data-role=\"a\""));
        assert!(html.contains("class=\"sg-path-node sg-path-target sg-path-selected sg-path-on-route\" data-role=\"c\""));
        assert!(html.contains(">You are here</text>") && html.contains(">Your target</text>"));
        assert!(
            html.contains(">100% fit · 1 of 1 rated</text>"),
            "a rated fully: {html}"
        );
        assert!(html.contains(">Where you are</text>"));
        assert!(html.contains("role=\"img\" aria-label=\"Map of career paths around Analyst &lt;b&gt;&amp;: 3 roles in 2 families"));
        // The long name is cut on the map, whole in the tooltip.
        assert!(html.contains("longer than three lines allow — "));
        assert!(html.contains("…</text>"));
    }

    #[test]
    fn right_to_left_mirrors_the_map() {
        let feed = demo();
        let graph = CareerGraph::new(&feed);
        let map = neighbourhood(&graph, 0, &[], |a, b| a.cmp(&b));
        let draw =
            |tr: &Translator| path_map(&feed, &graph, &map, &[Some(2)], Marks::default(), tr);
        let (ltr, rtl) = (draw(&Translator::english()), draw(&right_to_left()));
        let box_x =
            |html: &str, role: &str| number_after(html, &format!("data-role=\"{role}\""), "x");
        // Where one is on the left in English and on the right in Arabic; the next step the
        // other way round; each box is the mirror image of the English one.
        assert!(box_x(&ltr, "a") < box_x(&ltr, "c"));
        assert!(box_x(&rtl, "a") > box_x(&rtl, "c"));
        let view_width = |html: &str| -> f64 {
            let start = html.find("viewBox=\"0 0 ").expect("viewBox") + 13;
            html[start..]
                .split(' ')
                .next()
                .expect("width")
                .parse()
                .expect("number")
        };
        assert_eq!(view_width(&ltr), view_width(&rtl));
        assert_eq!(
            box_x(&rtl, "a") + BOX_W,
            view_width(&ltr) - box_x(&ltr, "a")
        );
        // The forward arrow leaves the left side of the box it starts from.
        let needle = "<path class=\"sg-path-edge\" d=\"M";
        let start = rtl.find(needle).expect("an arrow") + needle.len();
        let sx: f64 = rtl[start..]
            .split(',')
            .next()
            .expect("x")
            .parse()
            .expect("number");
        assert!(sx <= box_x(&rtl, "a") + 0.1, "{sx}");
    }
}
