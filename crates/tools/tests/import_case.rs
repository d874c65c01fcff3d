//! `feed-import case` on OpenSALT's sample package, a rubric built on its items, and the ways a
//! package goes wrong.

mod import_support;
use import_support::file_with;

use domain::feed::Severity;
use serde_json::{json, Value};
use skillgap_tools::import::case::{import, CaseArgs};
use skillgap_tools::import::{finish, ImportProblem, Imported};

const SAMPLE: &str = "../../tests/fixtures/import/case/what-standards-could-be.json";
const RUBRIC: &str = "../../tests/fixtures/import/case/ratios-with-rubric.json";
/// 6.RP.A.1 and 6.RP.A.3 of the sample.
const RATIO: &str = "b6f61076-aa12-450b-8f9d-b86bc071f85e";
const TABLES: &str = "acc5bce4-435f-47b3-b5aa-2ebb459061b0";

fn schema_errors(json: &str) -> Vec<String> {
    import_support::schema_errors(&serde_json::from_str(json).unwrap())
}

fn import_value(name: &str, package: &Value) -> Result<Imported, ImportProblem> {
    import(&CaseArgs::new(file_with(name, &package.to_string())))
}

fn item(id: &str, statement: &str) -> Value {
    json!({ "identifier": id, "uri": format!("https://x.example/{id}"), "fullStatement": statement, "lastChangeDateTime": "2024-01-01T00:00:00" })
}

fn child_of(child: &str, parent: &str) -> Value {
    json!({ "identifier": format!("{child}-{parent}"), "associationType": "isChildOf",
            "originNodeURI": { "title": child, "identifier": child, "uri": "" },
            "destinationNodeURI": { "title": parent, "identifier": parent, "uri": "" } })
}

fn package(items: Vec<Value>, associations: Vec<Value>) -> Value {
    json!({ "CFDocument": { "identifier": "doc", "title": "Doc", "creator": "Us" },
            "CFItems": items, "CFAssociations": associations })
}

#[test]
fn the_opensalt_sample_makes_a_feed_that_loads_and_matches_the_schema() {
    let imported = import(&CaseArgs::new(SAMPLE)).unwrap();
    assert!(imported.warnings.is_empty(), "{:#?}", imported.warnings);
    let draft = &imported.draft;
    assert_eq!(draft.framework.name, "What Standards Could Be");
    assert_eq!(draft.framework.publisher, "Brandon Dorman");
    assert_eq!(draft.framework.updated, "2017-05-25");
    // The 12 leaves are skills, in the framework's order; clusters and standards with
    // components are not.
    assert_eq!(draft.skills.len(), 12);
    let ratio = &draft.skills[0];
    assert_eq!(ratio.id, RATIO);
    assert_eq!(ratio.name, "Understand the concept of a ratio and use ratio language to describe a ratio relationship between two quantities.");
    assert_eq!(ratio.aliases, ["CCSS.Math.Content.6.RP.A.1"]);
    assert_eq!(
        ratio.category,
        "Understand ratio concepts and use ratio reasoning to solve problems."
    );
    // A long statement is cut for the name and kept whole as the description.
    let tables = draft.skills.iter().find(|s| s.id == TABLES).unwrap();
    assert!(
        tables.name.ends_with('…') && tables.name.chars().count() <= 120,
        "{}",
        tables.name
    );
    assert!(
        tables.description.ends_with("to compare ratios."),
        "{}",
        tables.description
    );
    assert!(
        tables.category.starts_with("Use ratio and rate reasoning"),
        "{}",
        tables.category
    );
    assert!(draft
        .skills
        .iter()
        .all(|s| s.aliases[0] != "CCSS.Math.Content.6.RP.A.3"));

    // One role per cluster, requiring its leaves at Proficient (3 on the default scale).
    assert_eq!(draft.roles.len(), 2);
    let grade6 = &draft.roles[0];
    assert_eq!(
        grade6.name,
        "Understand ratio concepts and use ratio reasoning to solve problems."
    );
    assert_eq!(grade6.requirements.len(), 6);
    assert_eq!(
        (
            grade6.requirements[0].skill.as_str(),
            grade6.requirements[0].level
        ),
        (RATIO, 3)
    );
    assert_eq!(draft.scale.levels[3].label, "Proficient");

    let finished = finish(draft, "case.json");
    assert_eq!(
        finished.load.count(Severity::Error),
        0,
        "{:#?}",
        finished.load.diagnostics
    );
    assert_eq!(schema_errors(&finished.json), Vec::<String>::new());
}

#[test]
fn codes_can_be_ids_and_start_names() {
    let mut args = CaseArgs::new(SAMPLE);
    args.id_from = skillgap_tools::import::case::package::IdFrom::Code;
    args.code_in_name = true;
    let draft = import(&args).unwrap().draft;
    let ratio = &draft.skills[0];
    assert_eq!(ratio.id, "CCSS.Math.Content.6.RP.A.1");
    assert!(
        ratio
            .name
            .starts_with("CCSS.Math.Content.6.RP.A.1 Understand"),
        "{}",
        ratio.name
    );
    assert_eq!(draft.roles[0].id, "CCSS.Math.Content.6.RP.A");
}

#[test]
fn rubric_levels_become_the_scale_and_the_anchors() {
    let imported = import(&CaseArgs::new(RUBRIC)).unwrap();
    assert!(imported.warnings.is_empty(), "{:#?}", imported.warnings);
    let draft = &imported.draft;
    let scale: Vec<(i64, &str)> = draft
        .scale
        .levels
        .iter()
        .map(|l| (l.level, l.label.as_str()))
        .collect();
    // The rubric starts at 1 ("Beginning" already counts towards a requirement), so a level
    // 0 for "not started" is added below it.
    assert_eq!(
        scale,
        [
            (0, "Not yet"),
            (1, "Beginning"),
            (2, "Developing"),
            (3, "Proficient"),
            (4, "Exemplary")
        ]
    );
    assert!(
        draft.scale.levels[0].description.contains("Not started"),
        "{:?}",
        draft.scale.levels[0]
    );
    let ratio = draft.skills.iter().find(|s| s.id == RATIO).unwrap();
    assert_eq!(
        ratio.anchors.get(&3).map(String::as_str),
        Some("Uses ratio language to describe a ratio relationship between two quantities, in the right order.")
    );
    assert_eq!(ratio.anchors.len(), 4);
    assert_eq!(draft.roles[0].requirements[0].level, 3);
    let finished = finish(draft, "rubric.json");
    assert_eq!(
        finished.load.count(Severity::Error),
        0,
        "{:#?}",
        finished.load.diagnostics
    );
    assert_eq!(schema_errors(&finished.json), Vec::<String>::new());
}

#[test]
fn a_role_level_at_the_bottom_of_the_scale_is_refused() {
    let mut args = CaseArgs::new(SAMPLE);
    args.role_level = Some(0);
    let problem = import(&args).unwrap_err();
    assert_eq!(problem.file, SAMPLE);
    assert!(
        problem
            .message
            .contains("--role-level 0 is the lowest level of the scale"),
        "{problem}"
    );
    assert!(
        problem.message.contains("levels are 0 Not yet, 1 "),
        "{problem}"
    );
    args.role_level = Some(9);
    let problem = import(&args).unwrap_err();
    assert!(
        problem
            .message
            .contains("--role-level 9 is not a level of the scale"),
        "{problem}"
    );
    args.role_level = Some(2);
    let draft = import(&args).unwrap().draft;
    assert_eq!(draft.roles[0].requirements[0].level, 2);
}

#[test]
fn the_role_level_help_is_cases_own() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_feed-import"))
        .args(["case", "--help"])
        .output()
        .unwrap();
    let help = String::from_utf8(output.stdout).unwrap();
    assert!(help.contains("reads as proficient"), "{help}");
    assert!(!help.contains("Moodle"), "{help}");
}

#[test]
fn rubrics_that_disagree_leave_the_default_scale_with_a_warning() {
    let mut rubric: Value =
        serde_json::from_str(&std::fs::read_to_string(RUBRIC).unwrap()).unwrap();
    rubric["CFRubrics"][0]["CFRubricCriteria"][1]["CFRubricCriterionLevels"][2]["quality"] =
        json!("Meets");
    let imported = import_value("disagree.json", &rubric).unwrap();
    let warning = imported
        .warnings
        .iter()
        .find(|w| w.message.contains("disagree"))
        .unwrap();
    assert!(
        warning
            .message
            .contains("\"Proficient\" in CFRubrics[0].CFRubricCriteria[0]"),
        "{warning}"
    );
    assert!(
        warning
            .message
            .contains("\"Meets\" in CFRubrics[0].CFRubricCriteria[1]"),
        "{warning}"
    );
    assert_eq!(imported.draft.scale.levels[0].label, "Not yet");
    // Anchors keep their numbers on the default scale.
    let ratio = imported
        .draft
        .skills
        .iter()
        .find(|s| s.id == RATIO)
        .unwrap();
    assert!(ratio.anchors[&4].starts_with("Explains why"));
}

#[test]
fn html_statements_become_plain_text() {
    let mut html = item("h", "<p>Use <b>ratio</b> &amp; rate</p><p>in tables.</p>");
    html["abbreviatedStatement"] = json!("<p>Ratio &amp; <i>rate</i></p>");
    let items = vec![item("top", "Ratios"), html, item("m", "a < b and c > d")];
    let links = vec![
        child_of("top", "doc"),
        child_of("h", "top"),
        child_of("m", "top"),
    ];
    let imported = import_value("html.json", &package(items, links)).unwrap();
    let draft = &imported.draft;
    let skill = draft.skills.iter().find(|s| s.id == "h").unwrap();
    assert_eq!(skill.name, "Ratio & rate");
    assert_eq!(skill.description, "Use ratio & rate\nin tables.");
    let maths = draft.skills.iter().find(|s| s.id == "m").unwrap();
    assert_eq!(maths.name, "a < b and c > d");
    let finished = finish(draft, "html.json");
    assert_eq!(
        finished.load.count(Severity::Error),
        0,
        "{:#?}",
        finished.load.diagnostics
    );
    assert_eq!(schema_errors(&finished.json), Vec::<String>::new());
}

#[test]
fn a_cycle_in_is_child_of_is_refused_naming_its_items() {
    let items = vec![
        item("a", "Alpha"),
        item("b", "Beta"),
        item("c", "Gamma"),
        item("d", "Delta"),
    ];
    let links = vec![
        child_of("a", "doc"),
        child_of("b", "c"),
        child_of("c", "d"),
        child_of("d", "b"),
    ];
    let problem = import_value("cycle.json", &package(items, links)).unwrap_err();
    assert!(problem.file.ends_with("cycle.json"));
    assert!(
        problem
            .message
            .contains("isChildOf associations form a cycle"),
        "{problem}"
    );
    for part in [
        "b “Beta”, CFItems[1]",
        "c “Gamma”, CFItems[2]",
        "d “Delta”, CFItems[3]",
    ] {
        assert!(problem.message.contains(part), "{problem}");
    }
}

#[test]
fn an_item_that_is_its_own_parent_names_the_association() {
    let items = vec![item("a", "Alpha"), item("b", "Beta"), item("c", "Gamma")];
    let links = vec![
        child_of("a", "doc"),
        child_of("b", "a"),
        child_of("c", "a"),
        child_of("c", "c"),
    ];
    let problem = import_value("self.json", &package(items, links)).unwrap_err();
    assert!(problem.file.ends_with("self.json"));
    assert!(
        problem.message.contains(
            "CFAssociations[3] (identifier \"c-c\") puts c “Gamma”, CFItems[2] under itself"
        ),
        "{problem}"
    );
    assert!(
        problem.message.contains("Delete that association"),
        "{problem}"
    );
}

#[test]
fn an_item_under_two_parents_is_kept_under_both_with_a_warning() {
    let items = vec![
        item("p", "Proportions"),
        item("q", "Quantities"),
        item("r", "Ratio language"),
        item("s", "Scaling"),
    ];
    let mut second = child_of("r", "q");
    second["sequenceNumber"] = json!(2);
    let mut first = child_of("r", "p");
    first["sequenceNumber"] = json!(1);
    let links = vec![
        child_of("p", "doc"),
        child_of("q", "doc"),
        second,
        first,
        child_of("s", "q"),
    ];
    let imported = import_value("two-parents.json", &package(items, links)).unwrap();
    let warning = imported
        .warnings
        .iter()
        .find(|w| w.message.contains("is the child of 2 items"))
        .unwrap_or_else(|| panic!("{:#?}", imported.warnings));
    assert!(
        warning.message.contains(
            "r “Ratio language”, CFItems[2] is the child of 2 items (isChildOf): \
             p “Proportions”, CFItems[0] by CFAssociations[3] (identifier \"r-p\"); \
             q “Quantities”, CFItems[1] by CFAssociations[2] (identifier \"r-q\")"
        ),
        "{warning}"
    );
    let draft = &imported.draft;
    let ratio = draft.skills.iter().filter(|s| s.id == "r").count();
    assert_eq!(ratio, 1);
    assert_eq!(
        draft.skills.iter().find(|s| s.id == "r").unwrap().category,
        "Proportions"
    );
    for role in &draft.roles {
        assert!(
            role.requirements.iter().any(|r| r.skill == "r"),
            "{}",
            role.id
        );
    }
}

#[test]
fn a_cycle_names_its_associations() {
    let items = vec![item("a", "Alpha"), item("b", "Beta")];
    let links = vec![child_of("a", "b"), child_of("b", "a")];
    let problem = import_value("cycle2.json", &package(items, links)).unwrap_err();
    assert!(
        problem.message.contains(
            "The associations: CFAssociations[0] (identifier \"a-b\") puts a under b; \
             CFAssociations[1] (identifier \"b-a\") puts b under a."
        ),
        "{problem}"
    );
}

#[test]
fn associations_to_unknown_items_are_warnings_with_their_index() {
    let items = vec![item("a", "Alpha"), item("b", "Beta")];
    let links = vec![
        child_of("a", "doc"),
        child_of("b", "a"),
        child_of("ghost", "a"),
        child_of("b", "elsewhere"),
    ];
    let imported = import_value("dangling.json", &package(items, links)).unwrap();
    assert_eq!(imported.warnings.len(), 2, "{:#?}", imported.warnings);
    assert!(
        imported.warnings[0]
            .message
            .starts_with("CFAssociations[2] (isChildOf) starts at \"ghost\""),
        "{}",
        imported.warnings[0]
    );
    assert!(
        imported.warnings[1]
            .message
            .starts_with("CFAssociations[3] (isChildOf) puts b “Beta”"),
        "{}",
        imported.warnings[1]
    );
    assert_eq!(imported.draft.skills[0].category, "Alpha");
}

#[test]
fn json_syntax_errors_name_line_and_column() {
    let text = "{\n  \"CFDocument\": { \"title\": \"Doc\" },\n  \"CFItems\": [ { \"identifier\": \"a\" } ,, ]\n}\n";
    let problem = import(&CaseArgs::new(file_with("syntax.json", text))).unwrap_err();
    assert!(problem.file.ends_with("syntax.json"));
    assert_eq!(problem.row, Some(3));
    assert!(problem.message.contains("line 3 column"), "{problem}");
    let cut = import(&CaseArgs::new(file_with("cut.json", "{ \"CFDocument\": {"))).unwrap_err();
    assert!(cut.message.contains("ends in the middle"), "{cut}");
}

#[test]
fn a_package_without_document_or_items_is_refused() {
    let no_document = import_value("nodoc.json", &json!({ "CFItems": [] })).unwrap_err();
    assert!(
        no_document.message.contains("has no CFDocument"),
        "{no_document}"
    );
    assert!(
        no_document.message.contains("top-level keys are: CFItems"),
        "{no_document}"
    );
    let no_items =
        import_value("noitems.json", &json!({ "CFDocument": { "title": "Doc" } })).unwrap_err();
    assert!(no_items.message.contains("no CFItems list"), "{no_items}");
}

#[test]
fn a_package_above_the_size_limit_is_refused_before_reading() {
    let mut args = CaseArgs::new(file_with("big.json", &" ".repeat(1_200_000)));
    args.common.input.max_input_mb = 1;
    let problem = import(&args).unwrap_err();
    assert!(
        problem.message.contains("above the 1 MB limit"),
        "{problem}"
    );
}

/// A package of `n` items written as text (fast enough for 100,000 items in a debug build):
/// `parent_of(i)` is the item `i` is the child of (`None`: the document).
fn generated_package(n: usize, parent_of: impl Fn(usize) -> Option<usize>) -> String {
    let mut items = Vec::with_capacity(n);
    let mut links = Vec::with_capacity(n);
    for i in 0..n {
        items.push(format!(
            r#"{{"identifier":"i{i}","fullStatement":"Statement {i}","humanCodingScheme":"C.{i}"}}"#
        ));
        let parent = parent_of(i).map_or_else(|| "doc".to_owned(), |p| format!("i{p}"));
        links.push(format!(
            r#"{{"identifier":"a{i}","associationType":"isChildOf","sequenceNumber":{i},"originNodeURI":{{"identifier":"i{i}"}},"destinationNodeURI":{{"identifier":"{parent}"}}}}"#
        ));
    }
    format!(
        r#"{{"CFDocument":{{"identifier":"doc","title":"Generated"}},"CFItems":[{}],"CFAssociations":[{}]}}"#,
        items.join(","),
        links.join(",")
    )
}

#[test]
fn a_package_of_100000_items_imports_in_linear_time() {
    // 1,000 top-level items (roles), each with 99 skills under it: filtering every link for
    // every item, and a fresh visited list per role, made this quadratic (14 s in release).
    let n = 100_000;
    let source = generated_package(n, |i| (i % 100 != 0).then_some(i - i % 100));
    let mut args = CaseArgs::new(file_with("large.json", &source));
    args.shape.category_from = skillgap_tools::import::hierarchy::CategoryFrom::Top;
    let imported = import(&args).unwrap();
    assert!(
        imported.warnings.is_empty(),
        "{:?}",
        &imported.warnings[..1]
    );
    let draft = &imported.draft;
    assert_eq!(draft.skills.len(), 99_000);
    assert_eq!(draft.roles.len(), 1_000);
    assert!(draft.roles.iter().all(|r| r.requirements.len() == 99));
    assert_eq!(draft.skills[0].id, "i1");
    assert_eq!(draft.skills[0].category, "Statement 0");
    assert_eq!(draft.roles[999].requirements[98].skill, "i99999");
}

#[test]
fn a_cycle_of_100000_items_is_refused_with_a_short_message() {
    // Each item the child of the next, the last of the first: the message named every item
    // (11 MB) after a quadratic search for each association.
    let n = 100_000;
    let source = generated_package(n, |i| Some((i + 1) % n));
    let problem = import(&CaseArgs::new(file_with("cycle.json", &source))).unwrap_err();
    let message = problem.to_string();
    assert!(message.len() < 2_000, "{} bytes: {message}", message.len());
    assert!(
        message.contains("isChildOf associations form a cycle, so these 100000 items have"),
        "{message}"
    );
    assert!(
        message.contains("i0 “Statement 0”, CFItems[0] → i1 “Statement 1”, CFItems[1] →"),
        "{message}"
    );
    assert!(
        message.contains("… (99992 more) → i0 (back to the first)"),
        "{message}"
    );
    assert!(
        message
            .contains("The associations: CFAssociations[0] (identifier \"a0\") puts i0 under i1; "),
        "{message}"
    );
    assert!(message.contains("; and 99992 more."), "{message}");
}
