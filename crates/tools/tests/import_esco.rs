//! `feed-import esco` on real ESCO rows (tests/fixtures/import/esco): the feed loads and matches
//! the schema, the options do what they say, and every bad input is named with file and row.

mod import_support;

use domain::feed::Severity;
use serde_json::Value;
use skillgap_tools::import::esco::{self, EscoArgs, Importance, SkillTypes};
use skillgap_tools::import::{finish, ImportProblem, Imported};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

const EN: &str = "../../tests/fixtures/import/esco/en";
const FR: &str = "../../tests/fixtures/import/esco/fr";
const CLOUD_DEVOPS: &str = "cc867bee-ab5c-427f-9244-f7a204d9574b";
const ENERGY_ASSESSOR: &str = "c7f5cab7-7cfb-47d7-890c-6b9c00a9eaaf";
const INTEGRATION_TESTER: &str = "731f38f1-b08f-4dd5-a25e-f8627c038273";
const KDEVELOP: &str = "013441c1-1f13-47e9-80c4-9a53e8e1bc05";
const CLOUD_MONITORING: &str = "8efa6a7a-6556-4cb8-908d-59d3b5c58d2f";
const ECLIPSE: &str = "6b6a9252-2ed7-4862-a02f-1578f4a532ea";

fn schema_errors(json: &str) -> Vec<String> {
    import_support::schema_errors(&serde_json::from_str(json).unwrap())
}

fn import(args: EscoArgs) -> Imported {
    esco::import(&args).unwrap_or_else(|problem| panic!("{problem}"))
}

fn import_err(args: EscoArgs) -> ImportProblem {
    match esco::import(&args) {
        Ok(_) => panic!("the import should have failed"),
        Err(problem) => problem,
    }
}

/// The feed as JSON after the same check `feed-import` makes, failing on any error.
fn loaded(imported: &Imported) -> Value {
    let finished = finish(&imported.draft, "esco.json");
    assert_eq!(
        finished.load.count(Severity::Error),
        0,
        "{:#?}",
        finished.load.diagnostics
    );
    assert_eq!(schema_errors(&finished.json), Vec::<String>::new());
    serde_json::from_str(&finished.json).unwrap()
}

fn by_id<'a>(list: &'a Value, id: &str) -> &'a Value {
    list.as_array()
        .unwrap()
        .iter()
        .find(|item| item["id"] == id)
        .unwrap_or_else(|| panic!("no {id}"))
}

fn requirement<'a>(role: &'a Value, skill: &str) -> Option<&'a Value> {
    role["requirements"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["skill"] == skill)
}

/// A temporary folder, removed when the test ends.
struct Temp(PathBuf);

impl Drop for Temp {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

impl std::ops::Deref for Temp {
    type Target = PathBuf;
    fn deref(&self) -> &PathBuf {
        &self.0
    }
}

/// A copy of a fixture folder in a fresh temporary folder, to break.
fn copy_of(fixture: &str) -> Temp {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "skillgap-esco-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(fixture).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "csv") {
            std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
        }
    }
    Temp(dir)
}

fn edit(path: &Path, change: impl FnOnce(String) -> String) {
    let text = std::fs::read_to_string(path).unwrap();
    std::fs::write(path, change(text)).unwrap();
}

#[test]
fn the_english_sample_becomes_a_feed_that_loads() {
    let imported = import(EscoArgs::new(EN.into()));
    let feed = loaded(&imported);
    assert_eq!(feed["framework"]["language"], "en");
    assert_eq!(feed["framework"]["publisher"], "European Commission");
    assert!(feed["framework"]["attribution"]
        .as_str()
        .unwrap()
        .contains("Commission Decision 2011/833/EU"));
    assert_eq!(feed["scale"]["levels"].as_array().unwrap().len(), 6);
    assert_eq!(feed["roles"].as_array().unwrap().len(), 7);
    // Only the skills the seven occupations refer to.
    assert_eq!(feed["skills"].as_array().unwrap().len(), 132);

    let role = by_id(&feed["roles"], CLOUD_DEVOPS);
    assert_eq!(role["name"], "cloud DevOps engineer");
    assert_eq!(role["family"], "Software developers");
    assert!(role["description"]
        .as_str()
        .unwrap()
        .starts_with("Cloud DevOps engineers implement and manage continuous software delivery"));
    let essential = requirement(role, CLOUD_MONITORING).unwrap();
    assert_eq!(
        (essential["level"].as_i64(), &essential["importance"]),
        (Some(3), &Value::from("essential"))
    );
    let optional = requirement(role, ECLIPSE).unwrap();
    assert_eq!(
        (optional["level"].as_i64(), &optional["importance"]),
        (Some(2), &Value::from("nice-to-have"))
    );
    assert_eq!(
        by_id(&feed["roles"], ENERGY_ASSESSOR)["family"],
        "Civil engineering technicians"
    );

    let kdevelop = by_id(&feed["skills"], KDEVELOP);
    assert_eq!(kdevelop["name"], "KDevelop");
    assert_eq!(
        kdevelop["aliases"],
        serde_json::json!(["kdevplatform", "KDevelop platform"])
    );
    assert_eq!(
        kdevelop["category"],
        "database and network design and administration"
    );
    assert!(kdevelop["description"]
        .as_str()
        .unwrap()
        .starts_with("The computer program KDevelop"));
    // The zero-width space in this ESCO description is removed before the feed check sees it.
    let tests = feed["skills"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "develop automated software tests")
        .unwrap();
    assert!(!tests["description"].as_str().unwrap().contains('\u{200B}'));
}

#[test]
fn the_french_sample_uses_the_same_ids_and_its_own_labels() {
    let feed = loaded(&import(EscoArgs::new(FR.into())));
    assert_eq!(feed["framework"]["language"], "fr");
    let role = by_id(&feed["roles"], INTEGRATION_TESTER);
    assert_eq!(role["name"], "responsable des tests d'intégration");
    assert_eq!(
        role["family"],
        "Concepteurs et analystes de logiciels, et concepteurs de multimédia non classés ailleurs"
    );
    let english = loaded(&import(EscoArgs::new(EN.into())));
    assert_eq!(
        by_id(&english["roles"], INTEGRATION_TESTER)["name"],
        "ICT integration tester"
    );
    // v1.0.x puts few skills under a skill group: the others fall back to their skill type.
    let categories: Vec<&str> = feed["skills"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["category"].as_str().unwrap())
        .collect();
    assert!(categories.contains(&"création de contenus numériques"));
    assert!(categories.contains(&"knowledge"));
}

#[test]
fn isco_keeps_the_named_groups_and_family_level_names_them() {
    let mut args = EscoArgs::new(EN.into());
    args.isco = vec!["3112".into()];
    args.family_level = 1;
    let imported = import(args);
    let feed = loaded(&imported);
    let roles = feed["roles"].as_array().unwrap();
    assert_eq!(roles.len(), 1);
    assert_eq!(roles[0]["id"], ENERGY_ASSESSOR);
    assert_eq!(
        roles[0]["family"],
        "Technicians and associate professionals"
    );
    // Only the energy assessor's skills: none of the developers' tools.
    assert_eq!(
        feed["skills"].as_array().unwrap().len(),
        roles[0]["requirements"].as_array().unwrap().len()
    );
    assert!(feed["skills"]
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["id"] != KDEVELOP));

    let mut args = EscoArgs::new(EN.into());
    args.isco = vec!["25".into(), "9".into()];
    let imported = import(args);
    assert_eq!(imported.draft.roles.len(), 6);
    assert!(
        imported
            .warnings
            .iter()
            .any(|w| w.message.contains("starts with 9")),
        "{:#?}",
        imported.warnings
    );

    let mut args = EscoArgs::new(EN.into());
    args.isco = vec!["9".into()];
    let problem = import_err(args);
    assert!(problem.file.ends_with("occupations_en.csv"), "{problem}");
    assert!(problem.message.contains("--isco (9)"), "{problem}");
}

#[test]
fn levels_importances_and_filters_follow_the_options() {
    let mut args = EscoArgs::new(EN.into());
    args.essential_level = 4;
    args.essential_importance = Importance::Important;
    args.optional_level = 1;
    args.optional_importance = Importance::Essential;
    let feed = loaded(&import(args));
    let role = by_id(&feed["roles"], CLOUD_DEVOPS);
    let essential = requirement(role, CLOUD_MONITORING).unwrap();
    assert_eq!(
        (essential["level"].as_i64(), &essential["importance"]),
        (Some(4), &Value::from("important"))
    );
    let optional = requirement(role, ECLIPSE).unwrap();
    assert_eq!(
        (optional["level"].as_i64(), &optional["importance"]),
        (Some(1), &Value::from("essential"))
    );

    let mut args = EscoArgs::new(EN.into());
    args.no_optional = true;
    let feed = loaded(&import(args));
    let role = by_id(&feed["roles"], CLOUD_DEVOPS);
    assert!(requirement(role, ECLIPSE).is_none());
    assert!(requirement(role, CLOUD_MONITORING).is_some());
    assert!(feed["roles"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r["requirements"].as_array().unwrap())
        .all(|r| r["level"] == 3));

    // Knowledge only: KDevelop (knowledge) stays, "cloud monitoring and reporting" (knowledge)
    // stays, "develop automated software tests" (skill/competence) goes.
    let mut args = EscoArgs::new(EN.into());
    args.skill_types = SkillTypes::Knowledge;
    let feed = loaded(&import(args));
    let names: Vec<&str> = feed["skills"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"KDevelop"));
    assert!(!names.contains(&"develop automated software tests"));
    let mut args = EscoArgs::new(EN.into());
    args.skill_types = SkillTypes::Skill;
    let feed = loaded(&import(args));
    assert!(feed["skills"]
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["id"] != KDEVELOP));
}

#[test]
fn a_renamed_column_names_file_column_found_columns_and_versions() {
    let dir = copy_of(EN);
    edit(&dir.join("occupations_en.csv"), |text| {
        text.replacen("preferredLabel", "prefLabel", 1)
    });
    let problem = import_err(EscoArgs::new(dir.to_path_buf()));
    assert!(problem.file.ends_with("occupations_en.csv"), "{problem}");
    assert_eq!(problem.row, Some(1));
    assert!(
        problem.message.contains("no column \"preferredLabel\""),
        "{problem}"
    );
    assert!(
        problem.message.contains("conceptUri, iscoGroup, prefLabel"),
        "{problem}"
    );
    assert!(
        problem.message.contains("v1.0.x, v1.1.x and v1.2.x"),
        "{problem}"
    );

    let dir = copy_of(EN);
    edit(&dir.join("occupationSkillRelations_en.csv"), |text| {
        text.replacen("relationType", "relation", 1)
    });
    let problem = import_err(EscoArgs::new(dir.to_path_buf()));
    assert!(
        problem.file.ends_with("occupationSkillRelations_en.csv"),
        "{problem}"
    );
    assert!(
        problem.message.contains("no column \"relationType\""),
        "{problem}"
    );
}

#[test]
fn a_missing_file_is_named_with_the_folder() {
    let dir = copy_of(EN);
    std::fs::remove_file(dir.join("skills_en.csv")).unwrap();
    let problem = import_err(EscoArgs::new(dir.to_path_buf()));
    assert_eq!(problem.file, dir.display().to_string());
    assert!(problem.message.contains("no skills_en.csv"), "{problem}");

    let problem = import_err(EscoArgs::new(dir.join("missing")));
    assert!(problem.message.contains("is not a folder"), "{problem}");

    // The optional files only cost the families' and categories' names.
    let dir = copy_of(EN);
    std::fs::remove_file(dir.join("ISCOGroups_en.csv")).unwrap();
    std::fs::remove_file(dir.join("skillGroups_en.csv")).unwrap();
    let imported = import(EscoArgs::new(dir.to_path_buf()));
    let feed = loaded(&imported);
    assert_eq!(by_id(&feed["roles"], CLOUD_DEVOPS)["family"], "ISCO 2512");
    assert_eq!(by_id(&feed["skills"], KDEVELOP)["category"], "knowledge");
    assert!(imported
        .warnings
        .iter()
        .any(|w| w.message.contains("no ISCOGroups_en.csv")));
    assert!(imported
        .warnings
        .iter()
        .any(|w| w.message.contains("no skillGroups_en.csv")));
}

#[test]
fn relations_to_unknown_concepts_are_warnings_with_their_row() {
    let dir = copy_of(EN);
    edit(&dir.join("occupationSkillRelations_en.csv"), |text| {
        format!(
            "{text}http://data.europa.eu/esco/occupation/{CLOUD_DEVOPS},essential,knowledge,http://data.europa.eu/esco/skill/not-in-this-version\n\
             http://data.europa.eu/esco/occupation/retired-occupation,essential,knowledge,http://data.europa.eu/esco/skill/{KDEVELOP}\n\
             http://data.europa.eu/esco/occupation/{CLOUD_DEVOPS},mandatory,knowledge,http://data.europa.eu/esco/skill/{KDEVELOP}\n"
        )
    });
    let imported = import(EscoArgs::new(dir.to_path_buf()));
    loaded(&imported);
    let at = |row: usize| {
        imported
            .warnings
            .iter()
            .find(|w| w.row == Some(row) && w.file.ends_with("occupationSkillRelations_en.csv"))
            .unwrap_or_else(|| panic!("no warning at row {row}: {:#?}", imported.warnings))
    };
    assert!(at(178).message.contains(
        "names skill http://data.europa.eu/esco/skill/not-in-this-version, which is not in"
    ));
    assert!(at(179).message.contains("names occupation http://data.europa.eu/esco/occupation/retired-occupation, which is not in"));
    assert!(at(180).message.contains("relationType \"mandatory\""));
}

#[test]
fn ragged_rows_and_a_too_large_input_are_refused() {
    let dir = copy_of(EN);
    edit(&dir.join("occupationSkillRelations_en.csv"), |text| {
        format!("{text}http://data.europa.eu/esco/occupation/{CLOUD_DEVOPS},essential\n")
    });
    let problem = import_err(EscoArgs::new(dir.to_path_buf()));
    assert!(
        problem.file.ends_with("occupationSkillRelations_en.csv"),
        "{problem}"
    );
    assert_eq!(problem.row, Some(178));
    assert!(
        problem.message.contains("2 cells where the header has 4"),
        "{problem}"
    );

    let mut args = EscoArgs::new(EN.into());
    args.common.input.max_input_mb = 0;
    let problem = import_err(args);
    assert!(problem.file.ends_with("ISCOGroups_en.csv"), "{problem}");
    assert!(
        problem.message.contains("above the 0 MB limit"),
        "{problem}"
    );
    assert!(problem.message.contains("--max-input-mb"), "{problem}");
}

#[test]
fn the_language_is_chosen_when_the_folder_holds_several() {
    let dir = copy_of(EN);
    for entry in std::fs::read_dir(FR).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "csv") {
            std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
        }
    }
    let problem = import_err(EscoArgs::new(dir.to_path_buf()));
    assert!(
        problem.message.contains("several languages (en, fr)"),
        "{problem}"
    );
    assert!(problem.message.contains("--esco-language"), "{problem}");

    let mut args = EscoArgs::new(dir.to_path_buf());
    args.esco_language = Some("fr".into());
    let feed = loaded(&import(args));
    assert_eq!(feed["framework"]["language"], "fr");
    assert_eq!(
        by_id(&feed["roles"], INTEGRATION_TESTER)["name"],
        "responsable des tests d'intégration"
    );

    let mut args = EscoArgs::new(dir.to_path_buf());
    args.esco_language = Some("de".into());
    let problem = import_err(args);
    assert!(
        problem.message.contains("no occupations_de.csv"),
        "{problem}"
    );
    assert!(problem.message.contains("en, fr"), "{problem}");
}

#[test]
fn the_parent_of_the_download_folder_is_pointed_to_it() {
    let parent = copy_of(EN);
    let inner = parent.join("ESCO dataset - v1.2.0 - classification - en - csv");
    std::fs::create_dir(&inner).unwrap();
    for name in [
        "occupations_en.csv",
        "skills_en.csv",
        "occupationSkillRelations_en.csv",
    ] {
        std::fs::rename(parent.join(name), inner.join(name)).unwrap();
    }
    let problem = import_err(EscoArgs::new(parent.to_path_buf()));
    assert!(
        problem
            .message
            .contains("classification - en - csv\": give that folder"),
        "{problem}"
    );
    // Inside it, the version comes from the folder name.
    let imported = import(EscoArgs::new(inner));
    assert_eq!(imported.draft.framework.version, "1.2.0");
}

#[test]
fn a_feed_of_all_esco_is_warned_about() {
    let dir = copy_of(EN);
    let mut occupations =
        String::from("conceptType,conceptUri,iscoGroup,preferredLabel,description\n");
    let mut relations = String::from("occupationUri,relationType,skillType,skillUri\n");
    for i in 0..501 {
        occupations.push_str(&format!(
            "Occupation,http://data.europa.eu/esco/occupation/o{i},2512,occupation {i},\n"
        ));
        relations.push_str(&format!(
            "http://data.europa.eu/esco/occupation/o{i},essential,knowledge,http://data.europa.eu/esco/skill/{KDEVELOP}\n"
        ));
    }
    std::fs::write(dir.join("occupations_en.csv"), occupations).unwrap();
    std::fs::write(dir.join("occupationSkillRelations_en.csv"), relations).unwrap();
    let imported = import(EscoArgs::new(dir.to_path_buf()));
    assert_eq!(imported.draft.roles.len(), 501);
    assert!(
        imported
            .warnings
            .iter()
            .any(|w| w.message.contains("501 roles") && w.message.contains("--isco")),
        "{:#?}",
        imported.warnings
    );
}

#[test]
fn an_occupation_left_without_skills_is_left_out_with_its_row() {
    let dir = copy_of(EN);
    edit(&dir.join("occupationSkillRelations_en.csv"), |text| {
        text.lines()
            .filter(|line| !line.contains(ENERGY_ASSESSOR))
            .map(|line| format!("{line}\n"))
            .collect()
    });
    let imported = import(EscoArgs::new(dir.to_path_buf()));
    let warning = imported
        .warnings
        .iter()
        .find(|w| w.message.contains("\"energy assessor\" has no skill left"))
        .unwrap_or_else(|| panic!("{:#?}", imported.warnings));
    assert!(warning.file.ends_with("occupations_en.csv"));
    assert_eq!(warning.row, Some(27));
    assert_eq!(imported.draft.roles.len(), 6);
}

#[test]
fn the_command_lists_every_option_with_its_default() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_feed-import"))
        .args(["esco", "--help"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let help = String::from_utf8(output.stdout).unwrap();
    for option in [
        "--esco-language",
        "--isco",
        "--family-level",
        "[default: 4]",
        "--skill-types",
        "[default: both]",
        "--essential-level",
        "[default: 3]",
        "--optional-level",
        "[default: 2]",
        "--essential-importance",
        "--optional-importance",
        "[default: nice-to-have]",
        "--no-optional",
        "--max-input-mb",
    ] {
        assert!(help.contains(option), "{option} missing from:\n{help}");
    }
}
