//! `feed-import csv`: every bad input is refused with its file, its row and what to do, and
//! the command exits non-zero without writing anything.

mod import_support;

use import_support::{temp_dir, write_files};
use skillgap_tools::import::csv_files::{import, import_files, CsvArgs};
use skillgap_tools::import::{finish, ImportProblem};

fn error(files: &[(&str, &str)]) -> ImportProblem {
    import_files(&write_files(files)).expect_err("the import should fail")
}

const SKILLS: &str =
    "Id,Name,Level 1,Level 2\nsql,SQL,Writes SELECT,Writes joins\nexcel,Excel,Sums,Pivots\n";

#[test]
fn a_ragged_row_is_refused_at_its_line() {
    let problem = error(&[("skills.csv", "Id,Name\nsql,SQL\nexcel,Excel,extra\n")]);
    assert!(problem.file.ends_with("skills.csv"), "{problem}");
    assert_eq!(problem.row, Some(3));
    assert!(
        problem.message.contains("3 cells where the header has 2"),
        "{problem}"
    );
}

#[test]
fn an_unclosed_quote_is_refused_where_it_opens() {
    let problem = error(&[(
        "skills.csv",
        "Id,Name,Description\nsql,SQL,\"Queries\nexcel,Excel,Sheets\n",
    )]);
    assert_eq!(problem.row, Some(2));
    assert!(problem.message.contains("never closed"), "{problem}");
}

#[test]
fn a_file_in_another_encoding_is_refused_at_its_line() {
    let dir = temp_dir("latin1");
    let path = dir.join("skills.csv");
    std::fs::write(&path, b"Id,Name\nsql,SQL\ncafe,Caf\xE9\n").unwrap();
    let problem = import_files(&[path]).unwrap_err();
    assert!(problem.file.ends_with("skills.csv"), "{problem}");
    assert_eq!(problem.row, Some(3));
    assert!(problem.message.contains("not UTF-8"), "{problem}");
    assert!(problem.message.contains("CSV UTF-8"), "{problem}");
}

#[test]
fn a_file_above_the_size_limit_is_refused_before_reading() {
    let dir = temp_dir("large");
    let path = dir.join("skills.csv");
    let mut text = String::from("Id,Name\n");
    for i in 0..60_000 {
        text.push_str(&format!("skill-{i},Skill number {i}\n"));
    }
    std::fs::write(&path, &text).unwrap();
    assert!(text.len() > 1_000_000);
    let mut args = CsvArgs {
        files: vec![path],
        common: Default::default(),
    };
    args.common.input.max_input_mb = 1;
    let problem = import(&args).unwrap_err();
    assert!(problem.file.ends_with("skills.csv"), "{problem}");
    assert_eq!(problem.row, None);
    assert!(
        problem.message.contains("above the 1 MB limit"),
        "{problem}"
    );
    assert!(problem.message.contains("--max-input-mb"), "{problem}");
}

#[test]
fn a_file_that_is_no_sheet_is_named_with_the_expected_names() {
    let problem = error(&[("skills.csv", SKILLS), ("export.csv", "a,b\n1,2\n")]);
    assert!(problem.file.ends_with("export.csv"), "{problem}");
    assert!(problem.message.contains("not recognisable"), "{problem}");
    assert!(
        problem.message.contains("skills.csv, scale.csv, roles.csv"),
        "{problem}"
    );
}

#[test]
fn without_a_skills_sheet_nothing_is_imported() {
    let problem = error(&[("roles.csv", "Role id,Role name,Skill,Level\na,A,sql,2\n")]);
    assert!(problem.file.ends_with("roles.csv"), "{problem}");
    assert!(problem.message.contains("no Skills sheet"), "{problem}");
}

#[test]
fn two_files_for_one_sheet_are_refused() {
    let problem = error(&[("skills.csv", SKILLS), ("ACME - skills_2026.csv", SKILLS)]);
    assert!(
        problem.file.ends_with("ACME - skills_2026.csv"),
        "{problem}"
    );
    assert!(problem.message.contains("second Skills sheet"), "{problem}");
}

#[test]
fn one_id_on_two_rows_names_both_rows() {
    let problem = error(&[(
        "skills.csv",
        "Id,Name\nsql,SQL\nexcel,Excel\nsql,Structured Query Language\n",
    )]);
    assert_eq!(problem.row, Some(4));
    assert!(
        problem.message.contains("\"sql\" is already used by row 2"),
        "{problem}"
    );
    // An id made from a name collides the same way.
    let problem = error(&[("skills.csv", "Id,Name\n,Data analysis\n,Data Analysis\n")]);
    assert_eq!(problem.row, Some(3));
    assert!(
        problem
            .message
            .contains("made from the name \"Data Analysis\""),
        "{problem}"
    );
}

#[test]
fn a_number_that_does_not_parse_names_its_column() {
    let roles = "Role id,Role name,Skill,Level\nanalyst,Analyst,sql,three\n";
    let problem = error(&[("skills.csv", SKILLS), ("roles.csv", roles)]);
    assert!(problem.file.ends_with("roles.csv"), "{problem}");
    assert_eq!(problem.row, Some(2));
    assert!(
        problem
            .message
            .contains("column \"Level\": \"three\" is not a number"),
        "{problem}"
    );
    let roles = "Role id;Role name;Skill;Level\nanalyst;Analyst;sql;\"4,5\"\n";
    let problem = error(&[("skills.csv", SKILLS), ("roles.csv", roles)]);
    assert!(
        problem.message.contains("\"4,5\" is not a whole number"),
        "{problem}"
    );
    let resources = "Title,URL,Cost,Skills\nSQL course,https://x.example/sql,\"1,500\",sql:2\n";
    let problem = error(&[("skills.csv", SKILLS), ("resources.csv", resources)]);
    assert_eq!(problem.row, Some(2));
    assert!(
        problem
            .message
            .contains("column \"Cost\": \"1,500\" is ambiguous"),
        "{problem}"
    );
}

#[test]
fn a_level_off_the_scale_is_refused_at_its_row() {
    let mentors = "Name,Contact,Skills\nAna,mailto:ana@x.example,sql:4 | excel:9\n";
    let problem = error(&[("skills.csv", SKILLS), ("mentors.csv", mentors)]);
    assert!(problem.file.ends_with("mentors.csv"), "{problem}");
    assert_eq!(problem.row, Some(2));
    assert!(
        problem
            .message
            .contains("level 9 in \"excel:9\" is not on the scale (levels 0 to 5)"),
        "{problem}"
    );
}

#[test]
fn role_rows_inherit_and_contradictions_are_warnings_at_their_row() {
    let roles = "Role id,Role name,Family,Skill,Level,Importance\n\
                 analyst,Analyst,Data,sql,2,essential\n\
                 ,,,excel,3,\n\
                 analyst,Data Analyst,,Excel sheets,1,\n\
                 ,analyst,,sql,2,\n\
                 manager,Manager,,,,\n";
    let imported = import_files(&write_files(&[
        ("skills.csv", SKILLS),
        ("roles.csv", roles),
    ]))
    .unwrap();
    let role = &imported.draft.roles[0];
    assert_eq!(
        (role.id.as_str(), role.name.as_str(), role.family.as_str()),
        ("analyst", "Analyst", "Data")
    );
    assert_eq!(role.requirements.len(), 3);
    assert_eq!(role.requirements[1].skill, "excel");
    assert_eq!(
        role.requirements[1].importance,
        skillgap_tools::import::ImportanceDraft::IMPORTANT
    );
    assert_eq!(
        imported.draft.roles.len(),
        1,
        "a role without requirements is left out"
    );
    let at = |row: usize, phrase: &str| {
        imported.warnings.iter().any(|w| {
            w.file.ends_with("roles.csv") && w.row == Some(row) && w.message.contains(phrase)
        })
    };
    assert!(
        at(
            4,
            "\"Role name\" of role \"analyst\" is \"Data Analyst\" here"
        ),
        "{:#?}",
        imported.warnings
    );
    assert!(
        at(4, "skill \"Excel sheets\" is not an id, name or alias"),
        "{:#?}",
        imported.warnings
    );
    // A row naming the role by its name, without id, belongs to it.
    assert!(
        at(5, "role \"analyst\" already requires \"sql\" on row 2"),
        "{:#?}",
        imported.warnings
    );
    assert!(
        at(6, "role \"manager\" has no requirements yet"),
        "{:#?}",
        imported.warnings
    );
    // The unknown reference reaches the feed check as written, which reports it.
    let finished = finish(&imported.draft, "feed.json");
    assert!(
        finished
            .load
            .diagnostics
            .iter()
            .any(|d| d.message.contains("Excel sheets")),
        "{:#?}",
        finished.load.diagnostics
    );
}

#[test]
fn the_command_exits_non_zero_and_names_file_and_row() {
    let files = write_files(&[("skills.csv", "Id,Name\nsql,SQL\nexcel,Excel,extra\n")]);
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_feed-import"))
        .arg("csv")
        .args(&files)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty(), "nothing is written");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("skills.csv, row 3: has 3 cells"),
        "{stderr}"
    );
    assert!(stderr.contains("Nothing was written."), "{stderr}");
}

#[test]
fn a_column_the_sheet_does_not_read_is_a_warning_naming_it() {
    let skills = "Id,Name,Catgory\nsql,SQL,Data\n";
    let imported = import_files(&write_files(&[("skills.csv", skills)])).unwrap();
    let warning = imported
        .warnings
        .iter()
        .find(|w| w.message.contains("\"Catgory\""))
        .expect("a warning for the misspelt column");
    assert!(warning.file.ends_with("skills.csv"), "{warning}");
    assert_eq!(warning.row, Some(1));
    assert!(warning.message.contains("Id, Name, Category"), "{warning}");
    assert!(imported.draft.skills[0].category.is_empty());
}
