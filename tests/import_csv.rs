//! `feed-import csv`: the template, the demo feed written out as the CSV layout, a
//! semicolon-separated sample with a byte order mark and non-Latin text, and every bad input
//! refused at its file and row.

use serde_json::Value;
use skillgap::domain::feed::Severity;
use skillgap::import::csv_files::{import, import_files, CsvArgs};
use skillgap::import::{finish, ImportProblem, Imported};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// A fresh folder under the system's temporary folder.
fn temp_dir(name: &str) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "skillgap-import-csv-{}-{}-{name}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Writes `files` (name, content) into a fresh folder and returns their paths.
fn write_files(files: &[(&str, &str)]) -> Vec<PathBuf> {
    let dir = temp_dir("case");
    files
        .iter()
        .map(|(name, text)| {
            let path = dir.join(name);
            std::fs::write(&path, text).unwrap();
            path
        })
        .collect()
}

fn folder_files(folder: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "csv"))
        .collect();
    files.sort();
    files
}

fn schema_errors(instance: &Value) -> Vec<String> {
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string("docs/feed.schema.json").unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the schema itself is valid");
    validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect()
}

/// The feed as JSON after checking that it loads without errors or warnings and matches the
/// schema.
fn clean_feed(imported: &Imported) -> Value {
    let finished = finish(&imported.draft, "feed.json");
    assert_eq!(
        finished.load.count(Severity::Error),
        0,
        "{:#?}",
        finished.load.diagnostics
    );
    assert_eq!(
        finished.load.count(Severity::Warning),
        0,
        "{:#?}",
        finished.load.diagnostics
    );
    let value: Value = serde_json::from_str(&finished.json).unwrap();
    assert_eq!(schema_errors(&value), Vec::<String>::new());
    value
}

fn find<'a>(list: &'a Value, id: &str) -> &'a Value {
    list.as_array()
        .unwrap()
        .iter()
        .find(|item| item["id"] == id)
        .unwrap_or_else(|| panic!("no {id} in {list}"))
}

fn error(files: &[(&str, &str)]) -> ImportProblem {
    import_files(&write_files(files)).expect_err("the import should fail")
}

const SKILLS: &str =
    "Id,Name,Level 1,Level 2\nsql,SQL,Writes SELECT,Writes joins\nexcel,Excel,Sums,Pivots\n";

#[test]
fn the_template_imports_with_its_values() {
    let imported = import_files(&folder_files("docs/import/template")).unwrap();
    // Only the missing --framework-name is worth a warning.
    assert_eq!(imported.warnings.len(), 1, "{:?}", imported.warnings);
    assert!(imported.warnings[0].message.contains("--framework-name"));
    let feed = clean_feed(&imported);
    let sql = find(&feed["skills"], "sql");
    assert_eq!(sql["aliases"][0], "Structured Query Language");
    assert_eq!(
        sql["anchors"]["3"],
        "Writes window functions and finds why a query is slow without help."
    );
    let dataviz = find(&feed["skills"], "data-visualisation");
    assert_eq!(
        dataviz["aliases"],
        serde_json::json!(["Dataviz", "Dashboards"])
    );
    assert!(
        dataviz["anchors"].get("5").is_none(),
        "an empty anchor cell gives no anchor"
    );
    assert_eq!(feed["scale"]["levels"][3]["label"], "Practitioner");
    let analyst = find(&feed["roles"], "data-analyst");
    assert_eq!(analyst["next_roles"][0], "senior-data-analyst");
    assert_eq!(analyst["requirements"].as_array().unwrap().len(), 3);
    assert_eq!(
        analyst["requirements"][2]["skill"],
        "stakeholder-management"
    );
    assert_eq!(analyst["requirements"][2]["importance"], "nice-to-have");
    let senior = find(&feed["roles"], "senior-data-analyst");
    assert_eq!(senior["family"], "Data");
    // "Data visualisation" (a name) becomes the skill's id.
    assert_eq!(senior["requirements"][1]["skill"], "data-visualisation");
    assert_eq!(senior["requirements"][1]["level"], 3);
    let workshop = find(&feed["resources"], "window-functions");
    assert_eq!(workshop["cost"], 120.0);
    assert_eq!(workshop["currency"], "EUR");
    assert_eq!(workshop["skills"][0]["from"], 2);
    assert_eq!(workshop["skills"][0]["to"], 3);
    let priya = find(&feed["mentors"], "m-priya");
    assert_eq!(priya["utc_offset"], 5.5);
    assert_eq!(priya["languages"], serde_json::json!(["en", "ta"]));
    assert_eq!(priya["skills"][1]["skill"], "data-visualisation");
}

#[test]
fn a_folder_stands_for_its_csv_files() {
    let from_folder = import_files(&[PathBuf::from("docs/import/template")]).unwrap();
    let from_files = import_files(&folder_files("docs/import/template")).unwrap();
    assert_eq!(
        serde_json::to_value(&from_folder.draft).unwrap(),
        serde_json::to_value(&from_files.draft).unwrap()
    );
}

#[test]
fn a_workbook_given_as_csv_points_to_the_xlsx_command() {
    let problem = import_files(&[PathBuf::from("docs/import/skillgap-template.xlsx")]).unwrap_err();
    assert_eq!(problem.file, "docs/import/skillgap-template.xlsx");
    assert!(problem.message.contains("feed-import xlsx"), "{problem}");
}

#[test]
fn framework_options_name_the_framework_and_its_id_follows() {
    let mut args = CsvArgs {
        files: folder_files("docs/import/template"),
        common: Default::default(),
    };
    args.common.framework.name = Some("Example analytics skills".into());
    let imported = import(&args).unwrap();
    assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
    assert_eq!(imported.draft.framework.id, "example-analytics-skills");
}

/// A cell as CSV writes it.
fn cell(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(text) => text.clone(),
        Value::Array(items) => items.iter().map(cell).collect::<Vec<_>>().join(" | "),
        other => other.to_string(),
    }
}

/// Writes a feed as the CSV layout, the way a publisher would fill the template.
fn write_layout(feed: &Value, dir: &Path) -> Vec<PathBuf> {
    let max_level = feed["scale"]["levels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["level"].as_i64().unwrap())
        .max()
        .unwrap();
    let mut sheets: Vec<(&str, Vec<Vec<String>>)> = Vec::new();
    let mut header: Vec<String> = ["Id", "Name", "Category", "Description", "Aliases"]
        .map(String::from)
        .to_vec();
    header.extend((1..=max_level).map(|level| format!("Level {level}")));
    let mut rows = vec![header];
    for skill in feed["skills"].as_array().unwrap() {
        let mut row: Vec<String> = ["id", "name", "category", "description", "aliases"]
            .iter()
            .map(|key| cell(&skill[key]))
            .collect();
        row.extend((1..=max_level).map(|level| cell(&skill["anchors"][level.to_string()])));
        rows.push(row);
    }
    sheets.push(("skills.csv", rows));
    let mut rows = vec![["Level", "Label", "Description"].map(String::from).to_vec()];
    for level in feed["scale"]["levels"].as_array().unwrap() {
        rows.push(
            ["level", "label", "description"]
                .iter()
                .map(|k| cell(&level[k]))
                .collect(),
        );
    }
    sheets.push(("scale.csv", rows));
    let role_keys = [
        "id",
        "name",
        "family",
        "seniority",
        "description",
        "next_roles",
    ];
    let mut rows = vec![[
        "Role id",
        "Role name",
        "Family",
        "Seniority",
        "Description",
        "Next roles",
        "Skill",
        "Level",
        "Importance",
    ]
    .map(String::from)
    .to_vec()];
    for role in feed["roles"].as_array().unwrap() {
        for (i, requirement) in role["requirements"].as_array().unwrap().iter().enumerate() {
            let mut row: Vec<String> = role_keys
                .iter()
                .map(|key| {
                    if i == 0 {
                        cell(&role[key])
                    } else {
                        String::new()
                    }
                })
                .collect();
            row.extend(
                ["skill", "level", "importance"]
                    .iter()
                    .map(|k| cell(&requirement[k])),
            );
            rows.push(row);
        }
    }
    sheets.push(("roles.csv", rows));
    let keys = [
        "id",
        "title",
        "url",
        "kind",
        "provider",
        "duration_minutes",
        "cost",
        "currency",
        "language",
    ];
    let mut header: Vec<String> = keys.iter().map(|k| k.replace('_', " ")).collect();
    header.push("Skills".into());
    let mut rows = vec![header];
    for resource in feed["resources"].as_array().unwrap() {
        let mut row: Vec<String> = keys.iter().map(|k| cell(&resource[k])).collect();
        let ranges: Vec<String> = resource["skills"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| match s.get("from") {
                Some(from) => format!("{}:{from}-{}", cell(&s["skill"]), s["to"]),
                None => format!("{}:{}", cell(&s["skill"]), s["to"]),
            })
            .collect();
        row.push(ranges.join(" | "));
        rows.push(row);
    }
    sheets.push(("resources.csv", rows));
    let keys = [
        "id",
        "name",
        "title",
        "team",
        "contact",
        "skills",
        "topics",
        "capacity",
        "languages",
        "location",
        "utc_offset",
    ];
    let mut rows = vec![keys.iter().map(|k| k.replace('_', " ")).collect::<Vec<_>>()];
    for mentor in feed["mentors"].as_array().unwrap() {
        rows.push(
            keys.iter()
                .map(|&key| match key {
                    "skills" => mentor["skills"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|s| format!("{}:{}", cell(&s["skill"]), s["level"]))
                        .collect::<Vec<_>>()
                        .join(" | "),
                    _ => cell(&mentor[key]),
                })
                .collect(),
        );
    }
    sheets.push(("mentors.csv", rows));
    sheets
        .into_iter()
        .map(|(name, rows)| {
            let path = dir.join(name);
            let mut writer = csv::Writer::from_path(&path).unwrap();
            for row in rows {
                writer.write_record(&row).unwrap();
            }
            writer.flush().unwrap();
            path
        })
        .collect()
}

/// Every number as f64 (the draft writes 480.0 where the demo has 480) and empty lists left
/// out (the draft omits them, the demo writes some), framework left out.
fn comparable(mut value: Value) -> Value {
    fn numbers(value: &mut Value) {
        match value {
            Value::Number(n) => *value = serde_json::json!(n.as_f64().unwrap()),
            Value::Array(items) => items.iter_mut().for_each(numbers),
            Value::Object(map) => {
                map.retain(|_, v| v.as_array().is_none_or(|items| !items.is_empty()));
                map.values_mut().for_each(numbers)
            }
            _ => {}
        }
    }
    value.as_object_mut().unwrap().remove("framework");
    numbers(&mut value);
    value
}

#[test]
fn the_demo_feed_round_trips_through_the_csv_layout() {
    let demo: Value =
        serde_json::from_str(&std::fs::read_to_string("feeds/demo.json").unwrap()).unwrap();
    let files = write_layout(&demo, &temp_dir("demo"));
    let imported = import_files(&files).unwrap();
    let feed = clean_feed(&imported);
    assert_eq!(feed["skills"].as_array().unwrap().len(), 48);
    assert_eq!(feed["roles"].as_array().unwrap().len(), 27);
    assert_eq!(feed["resources"].as_array().unwrap().len(), 101);
    assert_eq!(feed["mentors"].as_array().unwrap().len(), 27);
    let javascript = find(&feed["skills"], "javascript");
    assert_eq!(
        javascript["anchors"]["3"],
        "Builds features with modules, async code and tests without help."
    );
    let engineer = find(&feed["roles"], "software-engineer");
    assert_eq!(engineer["requirements"][4]["skill"], "system-design");
    assert_eq!(engineer["requirements"][4]["importance"], "nice-to-have");
    // Everything else, field by field: the same skills, scale, roles with their requirements,
    // resources and mentors.
    let (got, want) = (comparable(feed), comparable(demo));
    assert_eq!(got["scale"], want["scale"]);
    for section in ["skills", "roles", "resources", "mentors"] {
        let (got, want) = (
            got[section].as_array().unwrap(),
            want[section].as_array().unwrap(),
        );
        assert_eq!(got.len(), want.len(), "{section}");
        for (got, want) in got.iter().zip(want) {
            assert_eq!(got, want, "{section}: {}", want["id"]);
        }
    }
}

#[test]
fn a_semicolon_sheet_with_byte_order_mark_and_non_latin_text_imports() {
    let files = folder_files("tests/fixtures/import/csv/fr-semicolon");
    let imported = import_files(&files).unwrap();
    let feed = clean_feed(&imported);
    // "Référentiel - skills.csv" and "roles.csv" by name, "mentorat.csv" by its columns.
    let accueil = find(&feed["skills"], "accueil-client");
    assert_eq!(accueil["name"], "Accueil client 😊");
    assert_eq!(
        accueil["description"],
        "Accueillir le client; comprendre sa demande"
    );
    // Ids made from names keep letters of other scripts, and drop accents of Latin ones.
    assert_eq!(
        find(&feed["skills"], "日本語対応")["description"],
        "Répondre aux clients en japonais 🇯🇵"
    );
    assert_eq!(
        find(&feed["skills"], "гибкость")["aliases"][0],
        "Flexibilité"
    );
    assert!(find(&feed["skills"], "гибкость")["anchors"]
        .get("3")
        .is_none());
    let conseiller = find(&feed["roles"], "conseiller");
    assert_eq!(conseiller["name"], "Conseiller·ère clientèle");
    // A decimal comma: "2,5".
    assert_eq!(conseiller["requirements"][0]["importance"], 2.5);
    // "qualité de service" matches the skill's name, ignoring case.
    assert_eq!(conseiller["requirements"][2]["skill"], "qualite-de-service");
    assert_eq!(
        find(&feed["roles"], "conseiller-senior")["requirements"][1]["skill"],
        "гибкость"
    );
    let zoe = find(&feed["mentors"], "zoe-muller");
    assert_eq!(zoe["contact"], "mailto:zoe.muller@example.org");
    assert_eq!(zoe["topics"][0], "premiers appels 📞");
    assert_eq!(
        find(&feed["mentors"], "田中さくら")["skills"][0]["skill"],
        "日本語対応"
    );
    assert_eq!(find(&feed["mentors"], "priya-raman")["utc_offset"], 5.5);
}

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
        skillgap::import::ImportanceDraft::IMPORTANT
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
    assert!(
        at(5, "role \"manager\" has no requirements yet"),
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
