//! `feed-import csv`: the template and a semicolon-separated sample with a byte order mark and
//! non-Latin text import with their values, and load cleanly.

mod import_support;

use import_support::{clean_feed, find, folder_files};
use skillgap_tools::import::csv_files::{import, import_files, CsvArgs};
use std::path::PathBuf;

#[test]
fn the_template_imports_with_its_values() {
    let imported = import_files(&folder_files("../../docs/import/template")).unwrap();
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
    let from_folder = import_files(&[PathBuf::from("../../docs/import/template")]).unwrap();
    let from_files = import_files(&folder_files("../../docs/import/template")).unwrap();
    assert_eq!(
        serde_json::to_value(&from_folder.draft).unwrap(),
        serde_json::to_value(&from_files.draft).unwrap()
    );
}

#[test]
fn a_workbook_given_as_csv_points_to_the_xlsx_command() {
    let problem =
        import_files(&[PathBuf::from("../../docs/import/skillgap-template.xlsx")]).unwrap_err();
    assert_eq!(problem.file, "../../docs/import/skillgap-template.xlsx");
    assert!(problem.message.contains("feed-import xlsx"), "{problem}");
}

#[test]
fn framework_options_name_the_framework_and_its_id_follows() {
    let mut args = CsvArgs {
        files: folder_files("../../docs/import/template"),
        common: Default::default(),
    };
    args.common.framework.name = Some("Example analytics skills".into());
    let imported = import(&args).unwrap();
    assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
    assert_eq!(imported.draft.framework.id, "example-analytics-skills");
}

#[test]
fn a_semicolon_sheet_with_byte_order_mark_and_non_latin_text_imports() {
    let files = folder_files("../../tests/fixtures/import/csv/fr-semicolon");
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
