//! Occupations (the feed's roles) with the ISCO group that becomes their family, and the
//! `--isco` selection.

use crate::import::esco::{clean, concept_id, files::sheet, HINT};
use crate::import::problem::ImportProblem;
use crate::import::table::Table;
use std::collections::BTreeMap;
use std::path::Path;

/// One occupation as read from `occupations_<language>.csv`.
#[derive(Debug, Clone)]
pub struct Occupation {
    pub id: String,
    pub name: String,
    pub description: String,
    /// The ISCO-08 unit group code ("2512"), "" when the row has none.
    pub isco: String,
    pub family: String,
    /// The row in the occupations file, for warnings.
    pub line: usize,
}

/// Every occupation of the file by URI (for checking relations), and the kept ones in file
/// order.
pub struct Occupations {
    pub label: String,
    pub all: BTreeMap<String, usize>,
    pub kept: Vec<(String, Occupation)>,
}

/// ISCO code → the group's label, from `ISCOGroups_<language>.csv`.
pub fn isco_labels(path: &Path, max_mb: u64) -> Result<BTreeMap<String, String>, ImportProblem> {
    let table = sheet(path, max_mb)?;
    let code = table.require(&["code"], HINT)?;
    let name = table.require(&["preferredLabel"], HINT)?;
    Ok(table
        .rows
        .iter()
        .filter(|row| !row.get(code).is_empty())
        .map(|row| (row.get(code).to_owned(), row.get(name).to_owned()))
        .collect())
}

/// The family of an occupation in ISCO group `isco`: the label of its first `level` digits.
fn family(
    isco: &str,
    level: usize,
    labels: &BTreeMap<String, String>,
    unknown: &mut BTreeMap<String, usize>,
    line: usize,
) -> String {
    if isco.is_empty() {
        return String::new();
    }
    let prefix = isco.get(..level).unwrap_or(isco);
    match labels.get(prefix) {
        Some(label) if !label.is_empty() => label.clone(),
        _ => {
            unknown.entry(prefix.to_owned()).or_insert(line);
            format!("ISCO {prefix}")
        }
    }
}

/// Reads the occupations, keeping those whose ISCO code starts with one of `isco` (all when
/// empty).
pub fn read(
    path: &Path,
    max_mb: u64,
    isco: &[String],
    family_level: usize,
    labels: Option<&BTreeMap<String, String>>,
    warnings: &mut Vec<ImportProblem>,
) -> Result<Occupations, ImportProblem> {
    let table: Table = sheet(path, max_mb)?;
    let uri = table.require(&["conceptUri"], HINT)?;
    let name = table.require(&["preferredLabel"], HINT)?;
    let group = table.require(&["iscoGroup"], HINT)?;
    let description = table.column(&["description"]);
    let definition = table.column(&["definition"]);
    let no_labels = BTreeMap::new();
    let labels = labels.unwrap_or(&no_labels);
    let mut unknown_groups = BTreeMap::new();
    let mut matched: Vec<bool> = vec![false; isco.len()];
    let mut occupations = Occupations {
        label: table.label.clone(),
        all: BTreeMap::new(),
        kept: Vec::new(),
    };
    for row in super::named_concepts(&table, uri, name, warnings) {
        let concept = row.get(uri);
        if occupations
            .all
            .insert(concept.to_owned(), row.line)
            .is_some()
        {
            warnings.push(ImportProblem::at_row(
                &table.label,
                row.line,
                format!("repeats occupation {concept}; the first row is kept"),
            ));
            continue;
        }
        let code = row.get(group);
        let selected = isco.is_empty()
            || isco.iter().enumerate().any(|(i, wanted)| {
                let hit = code.starts_with(wanted.as_str());
                matched[i] |= hit;
                hit
            });
        if !selected {
            continue;
        }
        let description = match row.get_opt(description) {
            "" => row.get_opt(definition),
            text => text,
        };
        occupations.kept.push((
            concept.to_owned(),
            Occupation {
                id: concept_id(concept),
                name: clean(row.get(name)),
                description: clean(description),
                isco: code.to_owned(),
                family: family(code, family_level, labels, &mut unknown_groups, row.line),
                line: row.line,
            },
        ));
    }
    if !labels.is_empty() {
        for (code, line) in unknown_groups {
            warnings.push(ImportProblem::at_row(
                &table.label,
                line,
                format!("ISCO group {code} is not in the ISCO groups file; its occupations get the family \"ISCO {code}\""),
            ));
        }
    }
    for (wanted, hit) in isco.iter().zip(matched) {
        if !hit {
            warnings.push(ImportProblem::in_file(
                &table.label,
                format!("no occupation's ISCO group starts with {wanted} (--isco)"),
            ));
        }
    }
    if occupations.kept.is_empty() {
        return Err(ImportProblem::in_file(
            &table.label,
            if isco.is_empty() {
                format!("lists no occupation. {HINT}")
            } else {
                format!(
                    "has no occupation in the ISCO groups given with --isco ({}). ISCO codes have 1 to 4 digits, e.g. 25 (ICT professionals) or 2512 (software developers).",
                    isco.join(", ")
                )
            },
        ));
    }
    Ok(occupations)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn families_use_the_label_of_the_chosen_level_or_the_code() {
        let labels: BTreeMap<String, String> =
            [("25", "ICT professionals"), ("2512", "Software developers")]
                .map(|(c, l)| (c.to_owned(), l.to_owned()))
                .into_iter()
                .collect();
        let mut unknown = BTreeMap::new();
        assert_eq!(
            family("2512", 4, &labels, &mut unknown, 2),
            "Software developers"
        );
        assert_eq!(
            family("2512", 2, &labels, &mut unknown, 2),
            "ICT professionals"
        );
        assert_eq!(family("2511", 3, &labels, &mut unknown, 7), "ISCO 251");
        assert_eq!(unknown.get("251"), Some(&7));
        assert_eq!(family("", 4, &labels, &mut unknown, 9), "");
    }
}
