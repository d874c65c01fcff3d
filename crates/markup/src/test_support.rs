//! Small feeds and gaps for the markup tests.

use domain::feed::{load_feeds, Feed, FeedSource};
use domain::gap::RoleGap;
use domain::i18n::{EnglishFormats, Translator};
use domain::scale::Level;

/// A feed whose one role needs level 3 in `ratings.len()` skills named `Skill <i> & co`,
/// and the gap for those ratings.
pub fn demo_gap(ratings: &[Option<Level>]) -> (Feed, usize, RoleGap) {
    let skills: Vec<serde_json::Value> = (0..ratings.len())
        .map(|i| serde_json::json!({"id": format!("s{i}"), "name": format!("Skill <{i}> & co")}))
        .collect();
    let requirements: Vec<serde_json::Value> = (0..ratings.len())
        .map(|i| serde_json::json!({"skill": format!("s{i}"), "level": 3}))
        .collect();
    let text = serde_json::json!({
        "format_version": 1,
        "skills": skills,
        "roles": [{"id": "r", "name": "Role \"R\"", "requirements": requirements}],
        "resources": [{"id": "course", "title": "A course", "url": "https://learn.example/course",
                       "kind": "course", "skills": [{"skill": "s0", "from": 0, "to": 3}]}]
    })
    .to_string();
    let feed = load_feeds(&[FeedSource {
        label: "t",
        text: &text,
    }])
    .feed;
    let gap = RoleGap::new(&feed, &feed.roles[0], |id| {
        id[1..].parse::<usize>().ok().and_then(|i| ratings[i])
    });
    (feed, 0, gap)
}

pub fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

/// English texts in a right-to-left layout (Arabic's direction), for the charts' mirroring.
pub fn right_to_left() -> Translator {
    let arabic = domain::i18n::languages::by_tag("ar").expect("the build has Arabic");
    Translator::new(arabic, None, Box::new(EnglishFormats))
}

/// The number after `attribute="` in the first element after `marker` in `html`.
pub fn number_after(html: &str, marker: &str, attribute: &str) -> f64 {
    let from = html
        .find(marker)
        .unwrap_or_else(|| panic!("{marker} in {html}"));
    let rest = &html[from..];
    let start = rest.find(&format!(" {attribute}=\"")).expect("attribute") + attribute.len() + 3;
    rest[start..start + rest[start..].find('"').expect("quote")]
        .parse()
        .expect("a number")
}
