//! CFRubrics as the feed's scale and anchors.
//!
//! A CFRubricCriterion linked to an item (`CFItemURI`) describes that item at each of its
//! CFRubricCriterionLevels: the level's `description` becomes the skill's anchor, its
//! `quality` ("Proficient") the scale label. A level's feed number is its `score` when every
//! level's score is a whole number from 0 to 20, else its `position` when every position is,
//! else its rank within its criterion (0 for the lowest score). The scale comes from the
//! rubrics when every criterion gives each number the same quality; otherwise the default
//! scale is used and a warning names the first disagreement. A rubric scale whose lowest
//! number is 1 or more gets a level 0, [`NOT_STARTED`], below it: rubrics describe work done,
//! and without it someone who has not started would have to rate a level that already counts
//! towards a requirement.

use crate::import::case::package::{link, text};
use crate::import::draft::LevelDraft;
use crate::import::hierarchy::number::whole_number;
use crate::import::hierarchy::text::{one_line, plain_text, shorten, ANCHOR_MAX, NAME_MAX};
use crate::import::problem::ImportProblem;
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use stdx::sorting::sort_by;

/// The scale used without (consistent) rubrics: a mastery scale in the words standards use.
pub const DEFAULT_SCALE: [(&str, &str); 5] = [
    ("Not yet", "Has not worked on this yet."),
    (
        "Beginning",
        "Knows what the statement asks; does it only with help.",
    ),
    (
        "Developing",
        "Does part of what the statement asks, or needs support.",
    ),
    ("Proficient", "Does what the statement asks, on their own."),
    (
        "Advanced",
        "Goes beyond the statement and helps others meet it.",
    ),
];

pub fn default_scale() -> Vec<LevelDraft> {
    DEFAULT_SCALE
        .iter()
        .enumerate()
        .map(|(level, (label, description))| LevelDraft {
            level: level as i64,
            label: (*label).to_owned(),
            description: (*description).to_owned(),
        })
        .collect()
}

/// The level 0 added below a rubric scale that starts at 1 or above: label, and the label used
/// when a rubric level is already called that, and description.
pub const NOT_STARTED: (&str, &str, &str) = (
    "Not yet",
    "Not started",
    "Not started: has not worked on this yet (added below the rubric's levels).",
);

/// One criterion: where it is, the item it describes, its levels (number, quality, text).
struct Criterion<'a> {
    place: String,
    item: &'a str,
    levels: Vec<(i64, String, String)>,
}

/// The anchors the rubrics give one item.
#[derive(Debug, Default)]
pub struct ItemAnchors {
    /// The first criterion linked to the item, for messages.
    pub place: String,
    pub levels: BTreeMap<i64, String>,
}

pub struct FromRubrics {
    /// `None`: no usable rubric scale (the default is used).
    pub scale: Option<Vec<LevelDraft>>,
    /// Item identifier or URI → its anchors.
    pub anchors: BTreeMap<String, ItemAnchors>,
}

/// A score or position that can be a feed level: a whole number from 0 to 20.
fn whole(value: Option<&Value>) -> Option<i64> {
    whole_number(value?).filter(|n| (0..=20).contains(n))
}

pub fn read(
    file: &str,
    root: &Map<String, Value>,
    warnings: &mut Vec<ImportProblem>,
) -> FromRubrics {
    let mut raw: Vec<(String, &str, Vec<&Value>)> = Vec::new();
    let rubrics = root
        .get("CFRubrics")
        .and_then(Value::as_array)
        .map_or(&[][..], Vec::as_slice);
    for (r, rubric) in rubrics.iter().enumerate() {
        let criteria = rubric
            .get("CFRubricCriteria")
            .and_then(Value::as_array)
            .map_or(&[][..], Vec::as_slice);
        for (c, criterion) in criteria.iter().enumerate() {
            let place = format!("CFRubrics[{r}].CFRubricCriteria[{c}]");
            let item = link(criterion, "CFItemURI");
            if item.is_empty() {
                warnings.push(ImportProblem::in_file(
                    file,
                    format!(
                        "{place} is linked to no item (no CFItemURI); its levels are not used."
                    ),
                ));
                continue;
            }
            let levels = criterion
                .get("CFRubricCriterionLevels")
                .and_then(Value::as_array);
            let levels: Vec<&Value> = levels.map(|l| l.iter().collect()).unwrap_or_default();
            if !levels.is_empty() {
                raw.push((place, item, levels));
            }
        }
    }
    let all = || raw.iter().flat_map(|(_, _, levels)| levels.iter().copied());
    let by_score = all().all(|l| whole(l.get("score")).is_some());
    let by_position = all().all(|l| whole(l.get("position")).is_some());
    let criteria: Vec<Criterion> = raw
        .iter()
        .map(|(place, item, levels)| {
            let mut ranked: Vec<(usize, &Value)> = levels.iter().copied().enumerate().collect();
            sort_by(&mut ranked, |a, b| {
                let key = |l: &Value| {
                    l.get("score")
                        .and_then(Value::as_f64)
                        .or_else(|| l.get("position").and_then(Value::as_f64))
                };
                key(a.1)
                    .partial_cmp(&key(b.1))
                    .unwrap_or(std::cmp::Ordering::Equal)
                    .then(a.0.cmp(&b.0))
            });
            let levels = ranked
                .iter()
                .enumerate()
                .map(|(rank, (_, level))| {
                    let number = match (by_score, by_position) {
                        (true, _) => whole(level.get("score")),
                        (false, true) => whole(level.get("position")),
                        _ => None,
                    }
                    .unwrap_or(rank as i64);
                    let anchor = match text(level, "description") {
                        "" => text(level, "feedback"),
                        description => description,
                    };
                    (
                        number,
                        one_line(&plain_text(text(level, "quality"))),
                        plain_text(anchor),
                    )
                })
                .collect();
            Criterion {
                place: place.clone(),
                item,
                levels,
            }
        })
        .collect();

    FromRubrics {
        scale: scale(file, &criteria, warnings),
        anchors: anchors(file, &criteria, warnings),
    }
}

/// The rubrics' scale when every criterion agrees on each number's quality.
fn scale(
    file: &str,
    criteria: &[Criterion],
    warnings: &mut Vec<ImportProblem>,
) -> Option<Vec<LevelDraft>> {
    let mut labels: BTreeMap<i64, (String, &str)> = BTreeMap::new();
    for criterion in criteria {
        for (number, quality, _) in &criterion.levels {
            let label = if quality.is_empty() {
                format!("Level {number}")
            } else {
                quality.clone()
            };
            match labels.get(number) {
                Some((seen, place)) if !seen.eq_ignore_ascii_case(&label) => {
                    warnings.push(ImportProblem::in_file(file, format!(
                        "the rubrics disagree on what level {number} is called: \"{seen}\" in {place}, \"{label}\" in {}; the default scale ({}) is used instead, with each level's description kept as the anchor of the same number.",
                        criterion.place,
                        DEFAULT_SCALE.iter().enumerate().map(|(i, (l, _))| format!("{i} {l}")).collect::<Vec<_>>().join(", ")
                    )));
                    return None;
                }
                Some(_) => {}
                None => {
                    labels.insert(*number, (label, &criterion.place));
                }
            }
        }
    }
    if labels.len() < 2 {
        if !labels.is_empty() {
            warnings.push(ImportProblem::in_file(file, "the rubrics have only one level, and a scale needs two; the default scale is used."));
        }
        return None;
    }
    let mut levels: Vec<LevelDraft> = labels
        .into_iter()
        .map(|(level, (label, _))| LevelDraft {
            level,
            label: shorten(&label, NAME_MAX),
            description: String::new(),
        })
        .collect();
    if levels.first().is_some_and(|lowest| lowest.level >= 1) {
        let (label, other, description) = NOT_STARTED;
        let taken = levels.iter().any(|l| l.label.eq_ignore_ascii_case(label));
        levels.insert(
            0,
            LevelDraft {
                level: 0,
                label: if taken { other } else { label }.to_owned(),
                description: description.to_owned(),
            },
        );
    }
    Some(levels)
}

fn anchors(
    file: &str,
    criteria: &[Criterion],
    warnings: &mut Vec<ImportProblem>,
) -> BTreeMap<String, ItemAnchors> {
    let mut anchors: BTreeMap<String, ItemAnchors> = BTreeMap::new();
    for criterion in criteria {
        let item = anchors
            .entry(criterion.item.to_owned())
            .or_insert_with(|| ItemAnchors {
                place: criterion.place.clone(),
                levels: BTreeMap::new(),
            });
        let item = &mut item.levels;
        for (number, _, text) in &criterion.levels {
            if text.is_empty() {
                continue;
            }
            if item.contains_key(number) {
                warnings.push(ImportProblem::in_file(file, format!(
                    "{} describes level {number} of item {} a second time; the first description is kept.",
                    criterion.place, criterion.item
                )));
                continue;
            }
            if text.chars().count() > ANCHOR_MAX {
                warnings.push(ImportProblem::in_file(file, format!(
                    "{}: the description of level {number} is longer than {ANCHOR_MAX} characters; cut to fit the feed.",
                    criterion.place
                )));
            }
            item.insert(*number, shorten(text, ANCHOR_MAX));
        }
    }
    anchors
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn read_levels(levels: Value) -> (FromRubrics, Vec<ImportProblem>) {
        let root = json!({ "CFRubrics": [ { "CFRubricCriteria": [
            { "CFItemURI": { "identifier": "item" }, "CFRubricCriterionLevels": levels }
        ] } ] });
        let mut warnings = Vec::new();
        let read = read("p.json", root.as_object().unwrap(), &mut warnings);
        (read, warnings)
    }

    #[test]
    fn fractional_scores_fall_back_to_positions() {
        let (read, _) = read_levels(json!([
            { "quality": "Low", "score": 0.5, "position": 1, "description": "a" },
            { "quality": "High", "score": 1.5, "position": 2, "description": "b" }
        ]));
        let scale = read.scale.unwrap();
        assert_eq!((scale[0].level, scale[0].label.as_str()), (0, "Not yet"));
        assert_eq!((scale[1].level, scale[1].label.as_str()), (1, "Low"));
        assert_eq!(read.anchors["item"].levels[&2], "b");
    }

    #[test]
    fn scores_written_as_text_are_scores() {
        let (read, _) = read_levels(json!([
            { "quality": "Low", "score": "1", "description": "a" },
            { "quality": "High", "score": "2.0", "description": "b" }
        ]));
        assert_eq!(read.anchors["item"].levels[&2], "b");
        assert_eq!(read.scale.unwrap()[2].label, "High");
    }

    #[test]
    fn scores_out_of_range_without_positions_are_ranked_from_zero() {
        let (read, _) = read_levels(json!([
            { "quality": "High", "score": 100, "description": "top" },
            { "quality": "Low", "score": 50, "description": "bottom" }
        ]));
        let scale = read.scale.unwrap();
        assert_eq!(
            scale
                .iter()
                .map(|l| (l.level, l.label.as_str()))
                .collect::<Vec<_>>(),
            [(0, "Low"), (1, "High")]
        );
        assert_eq!(read.anchors["item"].levels[&1], "top");
    }

    #[test]
    fn a_single_level_is_no_scale() {
        let (read, warnings) =
            read_levels(json!([{ "quality": "Only", "score": 1, "description": "x" }]));
        assert!(read.scale.is_none());
        assert!(
            warnings[0].message.contains("only one level"),
            "{}",
            warnings[0]
        );
    }

    #[test]
    fn a_scale_from_one_gets_a_not_started_level_zero() {
        let (read, _) = read_levels(json!([
            { "quality": "Not yet", "score": 1, "description": "a" },
            { "quality": "Meets", "score": 2, "description": "b" }
        ]));
        let scale = read.scale.unwrap();
        assert_eq!(
            scale
                .iter()
                .map(|l| (l.level, l.label.as_str()))
                .collect::<Vec<_>>(),
            [(0, "Not started"), (1, "Not yet"), (2, "Meets")]
        );
        assert!(scale[0].description.starts_with("Not started"));
        let (read, _) = read_levels(json!([
            { "quality": "None", "score": 0, "description": "a" },
            { "quality": "Some", "score": 1, "description": "b" }
        ]));
        assert_eq!(read.scale.unwrap().len(), 2);
    }
}
