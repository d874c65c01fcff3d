//! `feed-import moodle` on Moodle's own export sample and on the ways an export goes wrong.

mod import_support;
use import_support::file_with;

use domain::feed::Severity;
use skillgap_tools::import::moodle::{import, MoodleArgs};
use skillgap_tools::import::{finish, ImportProblem, Imported};

const SAMPLE: &str = "../../tests/fixtures/import/moodle/oecd-core-competencies.csv";
const HEADER: &str = "Parent ID number,ID number,Short name,Description,Description format,Scale values,Scale configuration,Rule type (optional),Rule outcome (optional),Rule config (optional),Cross-referenced competency ID numbers,Exported ID (optional),Is framework,Taxonomy\n";
const FRAMEWORK_ROW: &str = ",fw,Framework,,1,\"Novice,Capable,Expert\",\"[{\"\"scaleid\"\":\"\"3\"\"},{\"\"id\"\":2,\"\"scaledefault\"\":1,\"\"proficient\"\":1},{\"\"id\"\":3,\"\"scaledefault\"\":0,\"\"proficient\"\":1}]\",,,,,,1,\n";

fn schema_errors(json: &str) -> Vec<String> {
    import_support::schema_errors(&serde_json::from_str(json).unwrap())
}

fn import_rows(name: &str, rows: &str) -> Result<Imported, ImportProblem> {
    import(&MoodleArgs::new(file_with(
        name,
        &format!("{HEADER}{FRAMEWORK_ROW}{rows}"),
    )))
}

#[test]
fn the_oecd_sample_makes_a_feed_that_loads_and_matches_the_schema() {
    let imported = import(&MoodleArgs::new(SAMPLE)).unwrap();
    assert!(imported.warnings.is_empty(), "{:#?}", imported.warnings);
    let draft = &imported.draft;
    assert_eq!(draft.framework.id, "OECD-CORE");
    assert_eq!(draft.framework.name, "OECD");
    let labels: Vec<&str> = draft
        .scale
        .levels
        .iter()
        .map(|l| l.label.as_str())
        .collect();
    assert_eq!(labels, ["Not yet competent", "Competent"]);

    let skill = draft.skills.iter().find(|s| s.id == "DR-AT-2").unwrap();
    assert_eq!(
        skill.name,
        "Gathers information from a variety of sources to reach a conclusion."
    );
    assert_eq!(skill.category, "Analytical Thinking");
    // Moodle cut this short name at 100 characters; the description completes it.
    let cut = draft.skills.iter().find(|s| s.id == "I-CF-1").unwrap();
    assert!(
        cut.name.ends_with("regardless of client attitude."),
        "{}",
        cut.name
    );
    // HTML is gone from descriptions.
    let level2 = draft.skills.iter().find(|s| s.id == "level-2").unwrap();
    assert!(
        level2
            .description
            .starts_with("Level 2 is typically associated"),
        "{}",
        level2.description
    );
    assert!(!level2.description.contains('<'));
    // Categories are not skills.
    assert!(draft
        .skills
        .iter()
        .all(|s| s.id != "analytical-thinking" && s.id != "delivery"));

    let role = draft.roles.iter().find(|r| r.id == "competencies").unwrap();
    assert_eq!(role.requirements.len(), 7);
    let requirement = role
        .requirements
        .iter()
        .find(|r| r.skill == "S-DT-2")
        .unwrap();
    // "Competent" is the proficient value (Moodle's id 2), level 1 in the feed.
    assert_eq!(requirement.level, 1);

    let finished = finish(draft, "oecd.json");
    assert_eq!(
        finished.load.count(Severity::Error),
        0,
        "{:#?}",
        finished.load.diagnostics
    );
    assert_eq!(schema_errors(&finished.json), Vec::<String>::new());
}

#[test]
fn the_lowest_proficient_value_is_the_roles_level_unless_told() {
    let rows = ",top,Top,,1,,,,,,,,,\ntop,a,Alpha,,1,,,,,,,,,\n";
    let imported = import_rows("proficient.csv", rows).unwrap();
    assert_eq!(imported.draft.roles[0].requirements[0].level, 1);
    let mut args = MoodleArgs::new(file_with(
        "proficient2.csv",
        &format!("{HEADER}{FRAMEWORK_ROW}{rows}"),
    ));
    args.role_level = Some(2);
    assert_eq!(
        import(&args).unwrap().draft.roles[0].requirements[0].level,
        2
    );
    args.role_level = Some(3);
    let problem = import(&args).unwrap_err();
    assert!(
        problem
            .message
            .contains("--role-level 3 is not a level of the scale"),
        "{problem}"
    );
    assert!(
        problem.message.contains("0 Novice, 1 Capable, 2 Expert"),
        "{problem}"
    );
}

#[test]
fn a_scale_configuration_marking_the_first_value_proficient_does_not_make_everyone_fit() {
    let framework = FRAMEWORK_ROW.replace("\"\"id\"\":2", "\"\"id\"\":1");
    let rows = ",top,Top,,1,,,,,,,,,\ntop,a,Alpha,,1,,,,,,,,,\n";
    let args = MoodleArgs::new(file_with(
        "first-proficient.csv",
        &format!("{HEADER}{framework}{rows}"),
    ));
    let imported = import(&args).unwrap();
    assert_eq!(imported.draft.roles[0].requirements[0].level, 1);
    assert!(
        imported.warnings.iter().any(|w| w.row == Some(2)
            && w.message
                .contains("marks the first value (\"Novice\") proficient")
            && w.message.contains("require the next one (\"Capable\")")),
        "{:?}",
        imported.warnings
    );
}

#[test]
fn a_role_level_at_the_bottom_of_the_scale_is_refused() {
    // Everyone has the lowest level, so roles requiring it would show everyone as a 100% fit.
    let rows = ",top,Top,,1,,,,,,,,,\ntop,a,Alpha,,1,,,,,,,,,\n";
    let mut args = MoodleArgs::new(file_with(
        "lowest.csv",
        &format!("{HEADER}{FRAMEWORK_ROW}{rows}"),
    ));
    args.role_level = Some(0);
    let problem = import(&args).unwrap_err();
    assert!(problem.file.ends_with("lowest.csv"), "{problem}");
    assert!(
        problem
            .message
            .contains("--role-level 0 is the lowest level of the scale"),
        "{problem}"
    );
    assert!(
        problem
            .message
            .contains("levels are 0 Novice, 1 Capable, 2 Expert; give one above 0"),
        "{problem}"
    );
}

#[test]
fn the_role_level_help_is_moodles_own() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_feed-import"))
        .args(["moodle", "--help"])
        .output()
        .unwrap();
    let help = String::from_utf8(output.stdout).unwrap();
    assert!(help.contains("Scale configuration"), "{help}");
    assert!(!help.contains("CASE"), "{help}");
}

#[test]
fn a_parent_that_does_not_exist_is_a_warning_at_its_row() {
    let imported = import_rows(
        "orphan.csv",
        ",top,Top,,1,,,,,,,,,\ntop,a,Alpha,,1,,,,,,,,,\nnowhere,b,Beta,,1,,,,,,,,,\n",
    )
    .unwrap();
    assert_eq!(imported.warnings.len(), 1);
    let warning = &imported.warnings[0];
    assert_eq!(warning.row, Some(5));
    assert!(warning.file.ends_with("orphan.csv"));
    assert!(
        warning
            .message
            .contains("\"nowhere\" matches no competency"),
        "{warning}"
    );
    // Kept, as a top-level skill.
    let beta = imported.draft.skills.iter().find(|s| s.id == "b").unwrap();
    assert_eq!(beta.category, "");
}

#[test]
fn a_cycle_in_parents_is_refused_naming_its_rows() {
    let problem = import_rows("cycle.csv", ",top,Top,,1,,,,,,,,,\nc,a,Alpha,,1,,,,,,,,,\na,b,Beta,,1,,,,,,,,,\nb,c,Gamma,,1,,,,,,,,,\n").unwrap_err();
    assert!(problem.file.ends_with("cycle.csv"));
    assert_eq!(problem.row, Some(4));
    assert!(problem.message.contains("form a cycle"), "{problem}");
    for part in ["a “Alpha”, row 4", "b “Beta”, row 5", "c “Gamma”, row 6"] {
        assert!(problem.message.contains(part), "{problem}");
    }
}

#[test]
fn a_duplicate_id_number_is_refused_at_the_second_row() {
    let problem =
        import_rows("dup.csv", ",a,Alpha,,1,,,,,,,,,\n,a,Again,,1,,,,,,,,,\n").unwrap_err();
    assert_eq!(problem.row, Some(4));
    assert!(
        problem
            .message
            .contains("ID number \"a\" is given to two items"),
        "{problem}"
    );
}

#[test]
fn renamed_columns_are_listed_with_what_was_found() {
    let text = format!(
        "{}{FRAMEWORK_ROW}",
        HEADER.replace("Short name", "Competency name")
    );
    let problem = import(&MoodleArgs::new(file_with("renamed.csv", &text))).unwrap_err();
    assert_eq!(problem.row, Some(1));
    assert!(
        problem.message.contains("no column \"Short name\""),
        "{problem}"
    );
    assert!(problem.message.contains("Competency name"), "{problem}");
    // Read by position, the same file is fine.
    let mut args = MoodleArgs::new(file_with(
        "renamed2.csv",
        &format!("{text},a,Alpha,,1,,,,,,,,,\n"),
    ));
    args.by_position = true;
    assert_eq!(import(&args).unwrap().draft.skills[0].name, "Alpha");
}

#[test]
fn ragged_rows_unclosed_quotes_and_encodings_are_refused_at_their_row() {
    let ragged = import_rows("ragged.csv", ",a,Alpha,,1,,,,,,,,,,extra\n").unwrap_err();
    assert_eq!(ragged.row, Some(3));
    assert!(
        ragged.message.contains("15 cells where the header has 14"),
        "{ragged}"
    );

    let unclosed =
        import_rows("quote.csv", ",a,\"Alpha,,1,,,,,,,,,\n,b,Beta,,1,,,,,,,,,\n").unwrap_err();
    assert_eq!(unclosed.row, Some(3));
    assert!(unclosed.message.contains("never closed"), "{unclosed}");

    let mut latin1 = format!("{HEADER}{FRAMEWORK_ROW}").into_bytes();
    latin1.extend_from_slice(b",a,Caf\xE9,,1,,,,,,,,,\n");
    let path = file_with("latin1.csv", "");
    std::fs::write(&path, latin1).unwrap();
    let encoding = import(&MoodleArgs::new(path)).unwrap_err();
    assert_eq!(encoding.row, Some(3));
    assert!(encoding.message.contains("not UTF-8"), "{encoding}");
}

#[test]
fn a_file_without_a_framework_row_or_with_two_is_refused() {
    let none = import(&MoodleArgs::new(file_with(
        "nofw.csv",
        &format!("{HEADER},a,Alpha,,1,,,,,,,,,\n"),
    )))
    .unwrap_err();
    assert!(none.message.contains("no framework row"), "{none}");
    let two = import_rows("twofw.csv", FRAMEWORK_ROW).unwrap_err();
    assert_eq!(two.row, Some(3));
    assert!(two.message.contains("second framework row"), "{two}");
}

#[test]
fn a_file_above_the_size_limit_is_refused_before_reading() {
    let path = file_with("big.csv", &"x".repeat(1_200_000));
    let mut args = MoodleArgs::new(path);
    args.common.input.max_input_mb = 1;
    let problem = import(&args).unwrap_err();
    assert!(
        problem.message.contains("above the 1 MB limit"),
        "{problem}"
    );
}
