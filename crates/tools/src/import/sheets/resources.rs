//! The Resources sheet: one row per learning resource; its skills in one cell as
//! `skill:to` or `skill:from-to`, separated by `|` ("sql:0-2 | data-modelling:3").

use crate::import::draft::{ResourceDraft, SkillRangeDraft};
use crate::import::problem::ImportProblem;
use crate::import::sheets::cells::{parse_number, warn_unknown_columns, whole, Cells};
use crate::import::sheets::ids::Ids;
use crate::import::sheets::refs::SkillRefs;
use crate::import::sheets::scale::Scale;
use crate::import::table::{normal_header, Table};
use domain::feed::kinds::KNOWN_KINDS;
use domain::feed::url_policy::{check_url, LinkUse};

const ID: &[&str] = &["id", "resource id"];
const TITLE: &[&str] = &["title", "name", "resource"];
const URL: &[&str] = &["URL", "link", "address"];
const KIND: &[&str] = &["kind", "type", "format"];
const PROVIDER: &[&str] = &["provider", "source", "vendor"];
const DURATION: &[&str] = &[
    "duration minutes",
    "duration (minutes)",
    "duration (min)",
    "duration",
    "minutes",
];
const COST: &[&str] = &["cost", "price"];
const CURRENCY: &[&str] = &["currency"];
const LANGUAGE: &[&str] = &["language", "lang"];
const SKILLS: &[&str] = &["skills", "skill levels", "covers"];
const HINT: &str = "The Resources sheet has columns Id, Title, URL, Kind, Provider, Duration \
                    minutes, Cost, Currency, Language and Skills; see docs/import/csv.md.";

pub fn read(
    table: &Table,
    scale: &Scale,
    refs: &SkillRefs,
    warnings: &mut Vec<ImportProblem>,
) -> Result<Vec<ResourceDraft>, ImportProblem> {
    let known = [
        ID, TITLE, URL, KIND, PROVIDER, DURATION, COST, CURRENCY, LANGUAGE, SKILLS,
    ];
    warn_unknown_columns(table, &known, |_| false, warnings);
    let title_column = table.require(TITLE, HINT)?;
    let url_column = table.require(URL, HINT)?;
    let skills_column = table.require(SKILLS, HINT)?;
    let id_column = table.column(ID);
    let (duration, cost) = (table.column(DURATION), table.column(COST));
    let mut ids = Ids::default();
    let mut resources = Vec::new();
    for row in &table.rows {
        let cells = Cells::new(table, row);
        let title = cells.required(title_column, "every resource needs a title")?;
        let id = ids.claim(&cells, id_column, title, "resource")?;
        let url = check_url(row.get(url_column), LinkUse::Resource).map_err(|problem| {
            cells.problem(format!(
                "column \"{}\": {}",
                cells.header(url_column),
                problem.message(LinkUse::Resource)
            ))
        })?;
        let duration_minutes = cells.number(duration)?;
        let cost_value = cells.number(cost)?;
        for (value, column) in [(duration_minutes, duration), (cost_value, cost)] {
            if value.is_some_and(|v| v < 0.0) {
                return Err(cells.problem(format!(
                    "column \"{}\" is negative; write 0 or more, or leave it empty when unknown",
                    cells.header(column.unwrap_or_default())
                )));
            }
        }
        let skills = ranges(&cells, skills_column, scale, refs, warnings)?;
        resources.push(ResourceDraft {
            id,
            title: title.to_owned(),
            url,
            kind: kind(cells.text(table.column(KIND))),
            provider: cells.text(table.column(PROVIDER)).to_owned(),
            duration_minutes,
            cost: cost_value,
            currency: cells.text(table.column(CURRENCY)).to_owned(),
            language: cells.text(table.column(LANGUAGE)).to_owned(),
            skills,
        });
    }
    Ok(resources)
}

fn ranges(
    cells: &Cells<'_>,
    column: usize,
    scale: &Scale,
    refs: &SkillRefs,
    warnings: &mut Vec<ImportProblem>,
) -> Result<Vec<SkillRangeDraft>, ImportProblem> {
    let items = cells.list(Some(column));
    if items.is_empty() {
        return Err(cells.problem(format!(
            "column \"{}\" is empty; a resource needs at least one skill it teaches, written \
             skill:to or skill:from-to (such as \"sql:0-2 | data-modelling:3\")",
            cells.header(column)
        )));
    }
    let mut ranges = Vec::new();
    for item in items {
        let bad = |why: &str| {
            cells.problem(format!(
                "column \"{}\": \"{item}\" {why}; write skill:to or skill:from-to, such as \
                 \"sql:3\" or \"sql:1-3\", several separated by |",
                cells.header(column)
            ))
        };
        let (skill, levels) = item
            .rsplit_once(':')
            .ok_or_else(|| bad("has no level after a colon"))?;
        let (skill, levels) = (skill.trim(), levels.trim());
        if skill.is_empty() {
            return Err(bad("has no skill before the colon"));
        }
        let (from, to) = match levels.split_once(['-', '–']) {
            Some((from, to)) => (
                Some(level(from).ok_or_else(|| bad("has a level that is not a whole number"))?),
                to,
            ),
            None => (None, levels),
        };
        let to = level(to).ok_or_else(|| bad("has a level that is not a whole number"))?;
        for level in from.into_iter().chain([to]) {
            scale.check(cells, level, &format!("in \"{item}\""))?;
        }
        if from.is_some_and(|from| from >= to) {
            return Err(bad(
                "goes from a level that is not below the level it reaches",
            ));
        }
        ranges.push(SkillRangeDraft {
            skill: refs.resolve(cells, skill, warnings),
            from,
            to,
        });
    }
    Ok(ranges)
}

fn kind(text: &str) -> String {
    KNOWN_KINDS
        .iter()
        .find(|kind| normal_header(kind) == normal_header(text))
        .map_or_else(|| text.to_owned(), |kind| (*kind).to_owned())
}

fn level(text: &str) -> Option<i64> {
    parse_number(text).ok().and_then(whole)
}
