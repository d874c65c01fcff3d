//! The columns of a Moodle competency framework export, found by name or by position.
//!
//! Moodle writes the header in the exporting user's language and reads an import by position
//! (`tool_lpimportcsv`'s default mapping), so a translated header is still a good file: with
//! `--by-position` it is read the way Moodle itself reads it.

use crate::import::problem::ImportProblem;
use crate::import::table::Table;

pub const HINT: &str = "This importer reads the CSV file of Moodle's \"Export competency \
framework\" (Site administration › Competencies › Export competency framework). If the export \
comes from a Moodle in another language, its header is translated: add --by-position to read \
the columns in Moodle's fixed order.";

/// Moodle's column order (`framework_importer::list_required_headers`), with the names older
/// versions used.
const NAMES: [&[&str]; 14] = [
    &["Parent ID number", "Parent id number"],
    &["ID number", "Id number"],
    &["Short name", "Shortname"],
    &["Description"],
    &["Description format"],
    &["Scale values"],
    &["Scale configuration"],
    &["Rule type (optional)", "Rule type"],
    &["Rule outcome (optional)", "Rule outcome"],
    &["Rule config (optional)", "Rule config"],
    &[
        "Cross-referenced competency ID numbers",
        "Cross referenced competency id numbers",
    ],
    &[
        "Exported ID (optional)",
        "Exported id (optional)",
        "Exported ID",
    ],
    &["Is framework"],
    &["Taxonomy"],
];

/// Where the columns this importer reads are.
#[derive(Debug, Clone, Copy)]
pub struct Columns {
    pub parent: usize,
    pub id: usize,
    pub name: usize,
    pub description: usize,
    pub format: usize,
    pub scale_values: usize,
    pub scale_configuration: usize,
    pub is_framework: usize,
}

pub fn find(table: &Table, by_position: bool) -> Result<Columns, ImportProblem> {
    if by_position {
        if table.headers.len() < 13 {
            return Err(ImportProblem::at_row(
                &table.label,
                1,
                format!(
                    "has {} columns; a Moodle competency framework export has 14 (\"Is \
                     framework\" is the 13th), so --by-position cannot read it. Its columns \
                     are: {}. {HINT}",
                    table.headers.len(),
                    table.headers.join(", ")
                ),
            ));
        }
        return Ok(Columns {
            parent: 0,
            id: 1,
            name: 2,
            description: 3,
            format: 4,
            scale_values: 5,
            scale_configuration: 6,
            is_framework: 12,
        });
    }
    let column = |i: usize| table.require(NAMES[i], HINT);
    Ok(Columns {
        parent: column(0)?,
        id: column(1)?,
        name: column(2)?,
        description: column(3)?,
        format: column(4)?,
        scale_values: column(5)?,
        scale_configuration: column(6)?,
        is_framework: column(12)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::table::TableStyle;

    const OLD_HEADER: &str = "\"Parent id number\",\"Id number\",Shortname,Description,\"Description format\",\"Scale values\",\"Scale configuration\",\"Rule type (optional)\",\"Rule outcome (optional)\",\"Rule config (optional)\",\"Cross referenced competency id numbers\",\"Exported id (optional)\",\"Is framework\",Taxonomy\n";

    #[test]
    fn the_older_header_spelling_is_found_by_name() {
        let table = Table::parse("m.csv", OLD_HEADER, TableStyle::default()).unwrap();
        let columns = find(&table, false).unwrap();
        assert_eq!((columns.name, columns.is_framework), (2, 12));
    }

    #[test]
    fn a_translated_header_names_what_was_found_and_the_way_out() {
        let header = "Numéro d'identification parent,Numéro d'identification,Nom abrégé,Description,Format de description,Valeurs du barème,Configuration du barème,a,b,c,d,e,Est un référentiel,Taxonomie\n";
        let table = Table::parse("m.csv", header, TableStyle::default()).unwrap();
        let problem = find(&table, false).unwrap_err();
        assert_eq!(problem.row, Some(1));
        assert!(
            problem.message.contains("\"Parent ID number\""),
            "{problem}"
        );
        assert!(problem.message.contains("Nom abrégé"), "{problem}");
        assert!(problem.message.contains("--by-position"), "{problem}");
        assert_eq!(find(&table, true).unwrap().is_framework, 12);
    }
}
