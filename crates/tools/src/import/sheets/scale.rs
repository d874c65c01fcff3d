//! The Scale sheet: one row per level (level, label, description); without it, the default
//! scale of `DEFAULT_LEVELS`.

use crate::import::draft::LevelDraft;
use crate::import::problem::ImportProblem;
use crate::import::sheets::cells::{warn_unknown_columns, Cells};
use crate::import::table::Table;
use std::collections::BTreeMap;

const LEVEL: &[&str] = &["level", "value", "number"];
const LABEL: &[&str] = &["label", "name"];
const DESCRIPTION: &[&str] = &["description", "meaning"];
const HINT: &str = "The Scale sheet has columns Level, Label and Description (docs/import/csv.md).";

/// The scale used without a Scale sheet: the one of the demo feed (`feeds/demo.json`).
pub const DEFAULT_LEVELS: [(i64, &str, &str); 6] = [
    (0, "None", "No experience yet."),
    (
        1,
        "Aware",
        "Knows the basics and vocabulary; needs guidance to apply them.",
    ),
    (
        2,
        "Working",
        "Handles routine tasks, asking for help with unusual ones.",
    ),
    (
        3,
        "Practitioner",
        "Works independently on most tasks and helps others.",
    ),
    (
        4,
        "Advanced",
        "Handles complex, novel situations and coaches others.",
    ),
    (
        5,
        "Expert",
        "A recognised authority who shapes how the organisation works.",
    ),
];

/// The levels of the feed's scale, for checking levels given in the other sheets.
pub struct Scale {
    pub levels: Vec<LevelDraft>,
}

impl Scale {
    pub fn default_scale() -> Scale {
        Scale {
            levels: DEFAULT_LEVELS
                .iter()
                .map(|(level, label, description)| LevelDraft {
                    level: *level,
                    label: (*label).to_owned(),
                    description: (*description).to_owned(),
                })
                .collect(),
        }
    }

    pub fn contains(&self, level: i64) -> bool {
        self.levels.iter().any(|l| l.level == level)
    }

    /// "0 to 5" or "1, 2, 4".
    pub fn describe(&self) -> String {
        let numbers: Vec<i64> = self.levels.iter().map(|l| l.level).collect();
        let (first, last) = (numbers[0], numbers[numbers.len() - 1]);
        if last - first + 1 == numbers.len() as i64 {
            format!("{first} to {last}")
        } else {
            numbers
                .iter()
                .map(i64::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        }
    }

    /// The level of `column`, refused when it is not on the scale; `None` when empty.
    pub fn level(
        &self,
        cells: &Cells<'_>,
        column: Option<usize>,
    ) -> Result<Option<i64>, ImportProblem> {
        let level = cells.whole(column)?;
        match level {
            Some(level) if !self.contains(level) => Err(cells.problem(format!(
                "column \"{}\": level {level} is not on the scale (levels {}); use one of them, \
                 or add the level to the Scale sheet",
                cells.header(column.unwrap_or_default()),
                self.describe()
            ))),
            _ => Ok(level),
        }
    }

    /// `level` (parsed from part of a cell) checked against the scale, for messages about
    /// `what` ("in \"sql:7\"").
    pub fn check(&self, cells: &Cells<'_>, level: i64, what: &str) -> Result<(), ImportProblem> {
        if self.contains(level) {
            return Ok(());
        }
        Err(cells.problem(format!(
            "level {level} {what} is not on the scale (levels {})",
            self.describe()
        )))
    }
}

pub fn read(table: &Table, warnings: &mut Vec<ImportProblem>) -> Result<Scale, ImportProblem> {
    warn_unknown_columns(table, &[LEVEL, LABEL, DESCRIPTION], |_| false, warnings);
    let level_column = table.require(LEVEL, HINT)?;
    let label_column = table.require(LABEL, HINT)?;
    let description_column = table.column(DESCRIPTION);
    let mut levels: BTreeMap<i64, (usize, LevelDraft)> = BTreeMap::new();
    for row in &table.rows {
        let cells = Cells::new(table, row);
        let level = cells.whole(Some(level_column))?.ok_or_else(|| {
            cells.problem("column \"Level\" is empty; every level needs its number")
        })?;
        if !(0..=20).contains(&level) {
            return Err(cells.problem(format!(
                "level {level} is outside 0 to 20, the levels a feed may use"
            )));
        }
        let label = cells.required(
            label_column,
            "every level needs a label, shown on the rating buttons",
        )?;
        if let Some((first, _)) = levels.get(&level) {
            return Err(cells.problem(format!(
                "level {level} is already on row {first}; each level once"
            )));
        }
        let draft = LevelDraft {
            level,
            label: label.to_owned(),
            description: cells.text(description_column).to_owned(),
        };
        levels.insert(level, (row.line, draft));
    }
    if levels.len() < 2 {
        return Err(ImportProblem::in_file(
            &table.label,
            "has fewer than two levels; a scale needs at least two (such as 0 None to 5 Expert). \
             Fill the sheet, or leave it out to use the default scale.",
        ));
    }
    Ok(Scale {
        levels: levels.into_values().map(|(_, level)| level).collect(),
    })
}
