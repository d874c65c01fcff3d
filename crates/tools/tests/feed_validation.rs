//! Every feed diagnostic, pinned on small hand-written feeds.

use domain::feed::{load_feeds, Diagnostic, FeedLoad, FeedSource, Importance, Severity};
use serde_json::{json, Value};

fn base() -> Value {
    json!({
        "format_version": 1,
        "framework": { "id": "t", "name": "Test framework" },
        "skills": [
            { "id": "javascript", "name": "JavaScript", "aliases": ["JS", "ECMAScript"] },
            { "id": "kubernetes", "name": "Kubernetes", "aliases": ["k8s"] },
            { "id": "sql", "name": "SQL" }
        ],
        "roles": [
            { "id": "dev", "name": "Developer", "family": "Engineering",
              "requirements": [ { "skill": "javascript", "level": 3, "importance": "essential" } ],
              "next_roles": ["senior-dev"] },
            { "id": "senior-dev", "name": "Senior Developer", "family": "Engineering",
              "requirements": [ { "skill": "javascript", "level": 4 }, { "skill": "sql", "level": 2, "importance": 1.5 } ] }
        ],
        "resources": [
            { "id": "r1", "title": "JS course", "url": "https://example.com/js", "kind": "course",
              "skills": [ { "skill": "javascript", "from": 1, "to": 3 } ] }
        ],
        "mentors": [
            { "id": "m1", "name": "Ana", "contact": "mailto:ana@example.com", "capacity": 2,
              "skills": [ { "skill": "kubernetes", "level": 4 } ] }
        ]
    })
}

// Positions in diagnostics are easier to read in indented JSON.
#[allow(clippy::disallowed_methods)]
fn load_value(value: &Value) -> FeedLoad {
    let text = serde_json::to_string_pretty(value).unwrap();
    load_feeds(&[FeedSource {
        label: "feed.json",
        text: &text,
    }])
}

fn load_text(text: &str) -> FeedLoad {
    load_feeds(&[FeedSource {
        label: "feed.json",
        text,
    }])
}

fn with(edit: impl FnOnce(&mut Value)) -> FeedLoad {
    let mut value = base();
    edit(&mut value);
    load_value(&value)
}

fn find<'a>(load: &'a FeedLoad, code: &str) -> &'a Diagnostic {
    load.diagnostics
        .iter()
        .find(|d| d.code == code)
        .unwrap_or_else(|| panic!("no {code} diagnostic in {:#?}", load.diagnostics))
}

#[test]
fn the_base_feed_is_clean() {
    let load = load_value(&base());
    assert!(load.diagnostics.is_empty(), "{:#?}", load.diagnostics);
    assert_eq!(load.feed.skills.len(), 3);
    assert_eq!(load.feed.roles.len(), 2);
    assert_eq!(load.feed.roles[0].next_roles, vec![1]);
    assert_eq!(
        load.feed.roles[1].requirements[0].importance,
        Importance::Important
    );
    assert_eq!(
        load.feed.roles[1].requirements[1].importance,
        Importance::Weight(1.5)
    );
    assert_eq!(load.feed.mentors[0].capacity, 2);
    assert_eq!(
        load.feed.scale.max(),
        5,
        "the default scale applies when none is given"
    );
}

#[test]
fn text_that_is_not_json_fails_with_its_position() {
    let load = load_text("{\n  \"skills\": [\n    { \"id\": \"a\" \n  ]\n}");
    let d = find(&load, "not-json");
    assert_eq!(d.severity, Severity::Error);
    assert_eq!(d.position.map(|p| p.0), Some(4));
    assert!(load.feed.is_empty());
    assert_eq!(load.failed_sources, vec!["feed.json".to_owned()]);
    assert_eq!(
        find(&load_text("<html>oops</html>"), "not-json").position,
        Some((1, 1))
    );
    assert!(find(&load_text(""), "not-json").message.contains("empty"));
}

#[test]
fn a_top_level_array_is_not_a_feed() {
    assert_eq!(
        find(&load_text("[1, 2]"), "not-an-object").severity,
        Severity::Error
    );
}

#[test]
fn a_section_that_is_not_an_array_is_skipped() {
    let load = with(|v| v["mentors"] = json!({"id": "m1"}));
    let d = find(&load, "not-an-array");
    assert_eq!(d.path, "mentors");
    assert!(load.feed.mentors.is_empty());
    assert_eq!(load.feed.roles.len(), 2, "the rest still loads");
}

#[test]
fn a_malformed_entry_is_skipped_with_path_and_line() {
    let text = r#"{
  "format_version": 1,
  "skills": [
    { "id": "a", "name": "A" },
    { "id": "b", "name": 42 },
    { "id": "c", "name": "C" }
  ]
}"#;
    let load = load_text(text);
    let d = find(&load, "invalid-entry");
    assert_eq!(d.path, "skills[1].name");
    assert_eq!(d.position.map(|p| p.0), Some(5), "{d}");
    assert!(d.message.contains("expected a string"), "{d}");
    assert_eq!(
        load.feed
            .skills
            .iter()
            .map(|s| s.id.as_str())
            .collect::<Vec<_>>(),
        ["a", "c"]
    );
}

#[test]
fn a_missing_required_field_names_the_entry() {
    let load = with(|v| v["skills"][2] = json!({"id": "sql"}));
    let d = find(&load, "invalid-entry");
    assert_eq!(d.path, "skills[2]");
    assert!(d.message.contains("missing field `name`"), "{d}");
}

#[test]
fn format_version_is_checked() {
    assert_eq!(
        find(
            &with(|v| {
                v.as_object_mut().unwrap().remove("format_version");
            }),
            "missing-format-version"
        )
        .severity,
        Severity::Warning
    );
    assert_eq!(
        find(
            &with(|v| v["format_version"] = json!("one")),
            "bad-format-version"
        )
        .severity,
        Severity::Warning
    );
    let newer = with(|v| v["format_version"] = json!(3));
    assert_eq!(find(&newer, "newer-format").severity, Severity::Warning);
    assert_eq!(
        newer.feed.roles.len(),
        2,
        "a newer feed still loads what this build understands"
    );
}

#[test]
fn unknown_fields_are_ignored() {
    let load = with(|v| {
        v["future_section"] = json!([1, 2]);
        v["skills"][0]["colour"] = json!("red");
    });
    assert!(load.diagnostics.is_empty(), "{:#?}", load.diagnostics);
}

#[test]
fn a_custom_scale_is_used_and_checked() {
    let load = with(|v| {
        v["scale"] = json!({"levels": [
            {"level": 1, "label": "Novice"}, {"level": 2, "label": "Competent"}, {"level": 3, "label": "Expert"}
        ]});
    });
    assert_eq!(load.feed.scale.min(), 1);
    let d = find(&load, "level-outside-scale");
    assert_eq!(d.path, "roles[1].requirements[0].level");
    assert!(d.message.contains("1–3"));

    assert!(
        find(
            &with(|v| v["scale"] =
                json!({"levels": [{"level": 2, "label": "B"}, {"level": 1, "label": "A"}]})),
            "scale-order"
        )
        .severity
            == Severity::Error
    );
    assert!(
        find(
            &with(|v| v["scale"] = json!({"levels": [{"level": 1, "label": "A"}]})),
            "scale-too-small"
        )
        .severity
            == Severity::Error
    );
    assert!(
        find(
            &with(|v| v["scale"] =
                json!({"levels": [{"level": 0, "label": ""}, {"level": 1, "label": "A"}]})),
            "empty"
        )
        .severity
            == Severity::Error
    );
}

#[test]
fn anchors_outside_the_scale_are_dropped() {
    let load = with(|v| {
        v["skills"][0]["anchors"] = json!({"1": "Writes a loop", "9": "Writes the universe"})
    });
    assert_eq!(
        find(&load, "level-outside-scale").path,
        "skills[0].anchors.9"
    );
    assert_eq!(load.feed.skills[0].anchor(1), Some("Writes a loop"));
    assert_eq!(load.feed.skills[0].anchors.len(), 1);
}

#[test]
fn duplicate_ids_in_one_feed_keep_the_first() {
    let load = with(|v| {
        v["skills"]
            .as_array_mut()
            .unwrap()
            .push(json!({"id": "sql", "name": "Structured Query Language"}))
    });
    let d = find(&load, "duplicate-id");
    assert_eq!(d.path, "skills[3].id");
    let sql = load.feed.skill_by_id("sql").unwrap();
    assert_eq!(load.feed.skills[sql].name, "SQL");
}

#[test]
fn id_clashes_across_feeds_are_reported_not_overwritten() {
    let hr = serde_json::to_string(&base()).unwrap();
    let ld = serde_json::to_string(&json!({
        "format_version": 1,
        "skills": [{ "id": "sql", "name": "Another SQL" }],
        "resources": [
            { "id": "r1", "title": "Clash", "url": "https://example.com", "skills": [{ "skill": "sql", "to": 2 }] },
            { "id": "r2", "title": "SQL basics", "url": "https://example.com/sql", "skills": [{ "skill": "sql", "to": 2 }] }
        ]
    }))
    .unwrap();
    let load = load_feeds(&[
        FeedSource {
            label: "hr.json",
            text: &hr,
        },
        FeedSource {
            label: "ld.json",
            text: &ld,
        },
    ]);
    let clashes: Vec<&Diagnostic> = load
        .diagnostics
        .iter()
        .filter(|d| d.code == "id-clash")
        .collect();
    assert_eq!(clashes.len(), 2, "{:#?}", load.diagnostics);
    assert!(clashes
        .iter()
        .all(|d| d.source == "ld.json" && d.message.contains("hr.json")));
    assert_eq!(
        load.feed.skills[load.feed.skill_by_id("sql").unwrap()].name,
        "SQL"
    );
    assert_eq!(
        load.feed
            .resources
            .iter()
            .map(|r| r.id.as_str())
            .collect::<Vec<_>>(),
        ["r1", "r2"]
    );
    assert_eq!(load.feed.resources[0].title, "JS course");
}

#[test]
fn merged_feeds_resolve_references_across_sources() {
    let framework = serde_json::to_string(&json!({"format_version": 1, "skills": [{"id": "sql", "name": "SQL"}],
        "roles": [{"id": "analyst", "name": "Analyst", "requirements": [{"skill": "sql", "level": 3}]}]})).unwrap();
    let mentors = serde_json::to_string(&json!({"format_version": 1, "mentors": [
        {"id": "m", "name": "Kai", "contact": "https://chat.example.com/kai", "skills": [{"skill": "SQL", "level": 5}]}]})).unwrap();
    let load = load_feeds(&[
        FeedSource {
            label: "a",
            text: &framework,
        },
        FeedSource {
            label: "b",
            text: &mentors,
        },
    ]);
    assert_eq!(load.feed.mentors.len(), 1);
    assert_eq!(find(&load, "resolved-by-name").source, "b");
}

#[test]
fn unknown_skills_suggest_the_closest() {
    let load = with(|v| {
        v["roles"][0]["requirements"]
            .as_array_mut()
            .unwrap()
            .push(json!({"skill": "postgres-sequel", "level": 2}))
    });
    let d = find(&load, "unknown-skill");
    assert_eq!(d.path, "roles[0].requirements[1].skill");
    assert_eq!(d.severity, Severity::Error);
    let load = with(|v| {
        v["roles"][0]["requirements"]
            .as_array_mut()
            .unwrap()
            .push(json!({"skill": "kubernetes-ops", "level": 2}))
    });
    assert!(
        find(&load, "unknown-skill")
            .message
            .contains("Did you mean \"kubernetes\""),
        "{:#?}",
        load.diagnostics
    );
}

#[test]
fn unknown_roles_in_career_paths_suggest_the_closest() {
    let load = with(|v| v["roles"][0]["next_roles"] = json!(["senior-devv"]));
    let d = find(&load, "unknown-role");
    assert_eq!(d.path, "roles[0].next_roles[0]");
    assert!(d.message.contains("Did you mean \"senior-dev\""), "{d}");
    assert!(load.feed.roles[0].next_roles.is_empty());
}

#[test]
fn a_role_listing_itself_as_next_is_noted_and_the_link_dropped() {
    let load = with(|v| v["roles"][0]["next_roles"] = json!(["dev", "senior-dev"]));
    assert_eq!(load.diagnostics.len(), 1, "{:#?}", load.diagnostics);
    let d = find(&load, "next-role-is-itself");
    assert_eq!(d.severity, Severity::Info);
    assert_eq!(d.path, "roles[0].next_roles[0]");
    assert!(d.position.is_some());
    assert_eq!(d.message, "the role lists itself as a next role; ignored");
    assert_eq!(load.feed.roles[0].next_roles, vec![1]);
}

#[test]
fn career_paths_that_loop_are_noted_at_the_loops_first_role_and_kept() {
    let load = with(|v| v["roles"][1]["next_roles"] = json!(["dev"]));
    assert_eq!(load.diagnostics.len(), 1, "{:#?}", load.diagnostics);
    let d = find(&load, "career-path-loop");
    assert_eq!(d.severity, Severity::Info);
    assert_eq!(d.path, "roles[0].next_roles");
    assert_eq!(
        d.message,
        "career paths lead back to this role: Developer → Senior Developer → Developer (allowed; usually a typo)"
    );
    // Allowed: both links load.
    assert_eq!(load.feed.roles[0].next_roles, vec![1]);
    assert_eq!(load.feed.roles[1].next_roles, vec![0]);
    // At the role's own line and column, as every other diagnostic about the entry.
    let both = with(|v| {
        v["roles"][0]["next_roles"] = json!(["senior-dev", "dev"]);
        v["roles"][1]["next_roles"] = json!(["dev"]);
    });
    let self_note = find(&both, "next-role-is-itself");
    assert_eq!(self_note.path, "roles[0].next_roles[1]");
    assert!(self_note.position.is_some());
    assert_eq!(find(&both, "career-path-loop").position, self_note.position);
}

#[test]
fn a_loop_across_merged_feeds_is_noted_in_the_feed_of_its_first_role() {
    let first = serde_json::to_string(&base()).unwrap();
    let second = json!({
        "format_version": 1,
        "roles": [
            { "id": "lead-dev", "name": "Lead Developer",
              "requirements": [ { "skill": "javascript", "level": 5 } ],
              "next_roles": ["dev"] }
        ]
    })
    .to_string();
    let mut first_value = base();
    first_value["roles"][1]["next_roles"] = json!(["lead-dev"]);
    let first_edited = serde_json::to_string(&first_value).unwrap();
    assert_ne!(first, first_edited);
    let load = load_feeds(&[
        FeedSource {
            label: "a.json",
            text: &first_edited,
        },
        FeedSource {
            label: "b.json",
            text: &second,
        },
    ]);
    let d = find(&load, "career-path-loop");
    assert_eq!(d.source, "a.json");
    assert_eq!(d.path, "roles[0].next_roles");
    assert!(
        d.message
            .contains("Developer → Senior Developer → Lead Developer → Developer"),
        "{d}"
    );
}

#[test]
fn many_loops_are_noted_up_to_a_cap_and_the_rest_counted() {
    let loops = domain::feed::validate::MAX_LOOP_NOTES + 5;
    let load = with(|v| {
        let roles = v["roles"].as_array_mut().unwrap();
        for i in 0..loops {
            for (me, other) in [("a", "b"), ("b", "a")] {
                roles.push(json!({
                    "id": format!("{me}{i}"), "name": format!("Role {me}{i}"),
                    "requirements": [ { "skill": "sql", "level": 1 } ],
                    "next_roles": [format!("{other}{i}")]
                }));
            }
        }
    });
    let notes: Vec<&Diagnostic> = load
        .diagnostics
        .iter()
        .filter(|d| d.code == "career-path-loop")
        .collect();
    assert_eq!(notes.len(), 21, "{notes:#?}");
    assert!(notes.iter().all(|d| d.severity == Severity::Info));
    assert_eq!(notes[0].path, "roles[2].next_roles");
    assert!(notes[0].message.contains("Role a0 → Role b0 → Role a0"));
    assert_eq!(notes[19].path, "roles[40].next_roles");
    // The count sits at the first loop not listed.
    assert_eq!(notes[20].path, "roles[42].next_roles");
    assert_eq!(
        notes[20].message,
        "5 more career-path loops not listed (the first 20 are)"
    );
}

#[test]
fn feed_check_prints_career_path_notes_and_exits_zero_on_info() {
    let mut value = base();
    value["roles"][0]["next_roles"] = json!(["dev", "senior-dev"]);
    value["roles"][1]["next_roles"] = json!(["dev"]);
    let path = std::env::temp_dir().join(format!(
        "skillgap-feed-check-loops-{}.json",
        std::process::id()
    ));
    std::fs::write(&path, serde_json::to_string(&value).unwrap()).unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_feed-check"))
        .arg(&path)
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&path);
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.lines().any(|l| l.starts_with("info: ")
            && l.contains(" roles[0].next_roles[0]: the role lists itself as a next role; ignored [next-role-is-itself]")),
        "{stdout}"
    );
    assert!(
        stdout.lines().any(|l| l.starts_with("info: ")
            && l.contains(" roles[0].next_roles: career paths lead back to this role: Developer → Senior Developer → Developer (allowed; usually a typo) [career-path-loop]")),
        "{stdout}"
    );
    assert!(stdout.contains("0 errors, 0 warnings, 2 info"), "{stdout}");
}

#[test]
fn tags_resolve_by_name_alias_and_fuzzily_and_each_is_reported() {
    let load = with(|v| {
        v["resources"][0]["skills"] = json!([
            {"skill": "Javascript", "to": 2},
            {"skill": "Kubernetes (K8s)", "to": 2},
            {"skill": "Kubernets", "to": 3}
        ]);
        v["mentors"][0]["skills"] =
            json!([{"skill": "JS", "level": 4}, {"skill": "k8s", "level": 4}]);
    });
    let by_name: Vec<&Diagnostic> = load
        .diagnostics
        .iter()
        .filter(|d| d.code == "resolved-by-name")
        .collect();
    assert_eq!(by_name.len(), 4, "{:#?}", load.diagnostics);
    let fuzzy = find(&load, "resolved-fuzzy");
    assert_eq!(fuzzy.path, "resources[0].skills[2].skill");
    assert_eq!(fuzzy.severity, Severity::Warning);
    assert!(fuzzy.message.contains("\"kubernetes\""), "{fuzzy}");
    assert_eq!(
        find(&load, "duplicate-skill").path,
        "resources[0].skills[2]"
    );
    let mentor = &load.feed.mentors[0];
    let ids: Vec<&str> = mentor
        .skills
        .iter()
        .map(|s| load.feed.skills[s.skill].id.as_str())
        .collect();
    assert_eq!(ids, ["javascript", "kubernetes"]);
}

#[test]
fn look_alike_names_of_other_things_are_suggested_never_resolved() {
    let load = with(|v| {
        let skills = v["skills"].as_array_mut().unwrap();
        skills.push(json!({"id": "csharp", "name": "C#", "aliases": ["C Sharp"]}));
        skills.push(json!({"id": "maths", "name": "Mathematics"}));
        v["resources"][0]["skills"] = json!([
            {"skill": "F Sharp", "to": 2},
            {"skill": "Mathematica", "to": 2},
            {"skill": "Kubernets", "to": 3}
        ]);
    });
    let unknown: Vec<&Diagnostic> = load
        .diagnostics
        .iter()
        .filter(|d| d.code == "unknown-skill")
        .collect();
    assert_eq!(unknown.len(), 2, "{:#?}", load.diagnostics);
    assert!(unknown[0].message.contains("unknown skill \"F Sharp\""));
    assert!(
        unknown[0].message.contains("Did you mean \"csharp\""),
        "{}",
        unknown[0]
    );
    assert!(
        unknown[1].message.contains("Did you mean \"maths\""),
        "{}",
        unknown[1]
    );
    // A slip of the fingers still resolves, with its warning.
    assert!(find(&load, "resolved-fuzzy")
        .message
        .contains("\"Kubernets\""));
    let resource = &load.feed.resources[0];
    assert_eq!(resource.skills.len(), 1);
}

#[test]
fn an_alias_claimed_twice_is_reported() {
    let load = with(|v| v["skills"][2]["aliases"] = json!(["JS"]));
    assert!(find(&load, "ambiguous-alias")
        .message
        .contains("javascript"));
}

#[test]
fn roles_without_usable_requirements_are_skipped() {
    let load = with(|v| v["roles"][0]["requirements"] = json!([]));
    assert_eq!(find(&load, "no-requirements").path, "roles[0].requirements");
    assert!(load.feed.role_by_id("dev").is_none());
    let load =
        with(|v| v["roles"][0]["requirements"] = json!([{"skill": "javascript", "level": 9}]));
    assert!(load.feed.role_by_id("dev").is_none());
    assert_eq!(load.count(Severity::Error), 2);
}

#[test]
fn repeated_requirements_and_bad_importance_are_reported() {
    let load = with(|v| {
        v["roles"][0]["requirements"] = json!([
            {"skill": "javascript", "level": 3, "importance": "crucial-ish"},
            {"skill": "javascript", "level": 2},
            {"skill": "sql", "level": 2, "importance": -4},
            {"skill": "kubernetes", "level": 2, "importance": "Nice to have"}
        ]);
    });
    assert_eq!(
        find(&load, "duplicate-requirement").path,
        "roles[0].requirements[1]"
    );
    assert_eq!(
        find(&load, "unknown-importance").path,
        "roles[0].requirements[0].importance"
    );
    assert_eq!(
        find(&load, "bad-weight").path,
        "roles[0].requirements[2].importance"
    );
    let role = &load.feed.roles[0];
    assert_eq!(role.requirements.len(), 3);
    assert_eq!(role.requirements[0].importance, Importance::Important);
    assert_eq!(role.requirements[2].importance, Importance::NiceToHave);
}

#[test]
fn hostile_urls_are_refused() {
    for url in [
        "javascript:alert(document.cookie)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox",
        " JAVASCRIPT:alert(1)",
        "java\nscript:alert(1)",
        "/relative",
    ] {
        let load = with(|v| v["resources"][0]["url"] = json!(url));
        let d = find(&load, "unsafe-url");
        assert_eq!(d.path, "resources[0].url", "{url}");
        assert!(load.feed.resources.is_empty(), "{url}");
    }
    let load = with(|v| v["mentors"][0]["contact"] = json!("javascript:alert(1)"));
    assert_eq!(find(&load, "unsafe-url").path, "mentors[0].contact");
    assert!(load.feed.mentors.is_empty());
    let load =
        with(|v| v["mentors"][0]["contact"] = json!("msteams:/l/chat/0/0?users=ana@example.com"));
    assert!(load.diagnostics.is_empty());
}

#[test]
fn hostile_and_overlong_strings_are_cleaned() {
    let load = with(|v| {
        v["skills"][0]["name"] = json!("Java\u{202E}tpircS");
        v["skills"][1]["description"] = json!("x".repeat(5000));
        v["skills"][2]["name"] = json!("<img src=x onerror=alert(1)>");
    });
    assert_eq!(find(&load, "unsafe-characters").path, "skills[0].name");
    assert_eq!(load.feed.skills[0].name, "JavatpircS");
    assert_eq!(find(&load, "too-long").path, "skills[1].description");
    assert_eq!(load.feed.skills[1].description.chars().count(), 2000);
    assert_eq!(
        load.feed.skills[2].name, "<img src=x onerror=alert(1)>",
        "markup is kept as text; the UI escapes it"
    );
}

#[test]
fn ids_are_required_short_and_plain() {
    assert_eq!(
        find(&with(|v| v["skills"][2]["id"] = json!("  ")), "empty").path,
        "skills[2].id"
    );
    assert_eq!(
        find(
            &with(|v| v["skills"][2]["id"] = json!("s".repeat(101))),
            "too-long"
        )
        .severity,
        Severity::Error
    );
    assert_eq!(
        find(&with(|v| v["skills"][2]["name"] = json!("")), "empty").path,
        "skills[2].name"
    );
}

#[test]
fn resource_ranges_and_numbers_are_checked() {
    let load = with(|v| {
        v["resources"][0]["skills"] = json!([
            {"skill": "javascript", "from": 3, "to": 2},
            {"skill": "sql", "from": 0, "to": 8},
            {"skill": "kubernetes", "to": 2}
        ]);
        v["resources"][0]["duration_minutes"] = json!(-5);
        v["resources"][0]["kind"] = json!("Interpretive Dance");
    });
    assert_eq!(find(&load, "empty-range").path, "resources[0].skills[0]");
    assert_eq!(
        find(&load, "level-outside-scale").path,
        "resources[0].skills[1]"
    );
    assert_eq!(
        find(&load, "bad-number").path,
        "resources[0].duration_minutes"
    );
    assert_eq!(find(&load, "unknown-kind").severity, Severity::Info);
    let resource = &load.feed.resources[0];
    assert_eq!(resource.skills.len(), 1);
    assert_eq!(
        resource.skills[0].from, 0,
        "from defaults to the bottom of the scale"
    );
    assert_eq!(resource.kind, "interpretive-dance");
    assert_eq!(resource.duration_minutes, None);
}

#[test]
fn resources_and_mentors_without_known_skills_are_skipped() {
    let load = with(|v| {
        v["resources"][0]["skills"] = json!([{"skill": "basket-weaving", "to": 2}]);
        v["mentors"][0]["skills"] = json!([]);
    });
    let no_skills: Vec<&str> = load
        .diagnostics
        .iter()
        .filter(|d| d.code == "no-skills")
        .map(|d| d.path.as_str())
        .collect();
    assert_eq!(no_skills, ["resources[0].skills", "mentors[0].skills"]);
    assert!(load.feed.resources.is_empty() && load.feed.mentors.is_empty());
}

#[test]
fn mentor_capacity_and_offsets_are_checked() {
    let load = with(|v| {
        v["mentors"][0]["capacity"] = json!(500);
        v["mentors"][0]["utc_offset"] = json!(27);
        v["mentors"][0]["skills"]
            .as_array_mut()
            .unwrap()
            .push(json!({"skill": "sql", "level": 11}));
    });
    assert_eq!(find(&load, "bad-capacity").path, "mentors[0].capacity");
    assert_eq!(find(&load, "bad-utc-offset").path, "mentors[0].utc_offset");
    assert_eq!(
        find(&load, "level-outside-scale").path,
        "mentors[0].skills[1].level"
    );
    assert_eq!(load.feed.mentors[0].capacity, 1);
    assert_eq!(load.feed.mentors[0].utc_offset, None);
}

#[test]
fn a_second_scale_that_differs_is_reported() {
    let mut first = base();
    first["scale"] = json!({"levels": [{"level": 0, "label": "None"}, {"level": 1, "label": "Some"}, {"level": 2, "label": "Lots"}, {"level": 3, "label": "More"}, {"level": 4, "label": "Most"}, {"level": 5, "label": "All"}]});
    let a = serde_json::to_string(&first).unwrap();
    let b = r#"{"format_version": 1, "scale": {"levels": [{"level": 1, "label": "A"}, {"level": 2, "label": "B"}]}}"#;
    let load = load_feeds(&[
        FeedSource {
            label: "a",
            text: &a,
        },
        FeedSource {
            label: "b",
            text: b,
        },
    ]);
    assert_eq!(find(&load, "scale-conflict").source, "b");
    assert_eq!(load.feed.scale.max(), 5);
}

#[test]
fn one_broken_source_does_not_stop_the_others() {
    let good = serde_json::to_string(&base()).unwrap();
    let load = load_feeds(&[
        FeedSource {
            label: "bad",
            text: "not json",
        },
        FeedSource {
            label: "good",
            text: &good,
        },
    ]);
    assert_eq!(load.failed_sources, vec!["bad".to_owned()]);
    assert_eq!(load.feed.roles.len(), 2);
}

#[test]
fn diagnostics_print_as_source_position_path_message_and_code() {
    let load = with(|v| v["resources"][0]["url"] = json!("javascript:alert(1)"));
    let line = find(&load, "unsafe-url").to_string();
    assert!(line.starts_with("error: feed.json:"), "{line}");
    assert!(
        line.contains(" resources[0].url: the scheme \"javascript:\" is not allowed"),
        "{line}"
    );
    assert!(line.ends_with("[unsafe-url]"), "{line}");
}

#[test]
fn a_byte_order_mark_is_tolerated() {
    let text = format!("\u{feff}{}", serde_json::to_string(&base()).unwrap());
    let load = load_text(&text);
    assert!(load.diagnostics.is_empty(), "{:#?}", load.diagnostics);
    assert_eq!(load.feed.roles.len(), 2);
}

#[test]
fn a_duplicate_top_level_key_is_named_not_called_not_an_object() {
    let load =
        load_text(r#"{"format_version": 1, "skills": [{"id": "a", "name": "A"}], "skills": []}"#);
    let diagnostic = find(&load, "duplicate-key");
    assert_eq!(diagnostic.severity, Severity::Error);
    assert!(
        diagnostic.message.contains("\"skills\" appears twice"),
        "{}",
        diagnostic.message
    );
    assert!(load.diagnostics.iter().all(|d| d.code != "not-an-object"));
}

#[test]
fn a_feed_without_skills_is_an_error_with_a_reason() {
    let load = with(|v| v["skills"] = json!([]));
    let diagnostic = find(&load, "empty-framework");
    assert_eq!(diagnostic.severity, Severity::Error);
    assert!(load.feed.is_empty());
    // A skills-less feed merged with one that has skills is fine.
    let with_skills = serde_json::to_string(&base()).unwrap();
    let resources_only = r#"{"format_version": 1, "resources": []}"#;
    let merged = load_feeds(&[
        FeedSource {
            label: "a.json",
            text: &with_skills,
        },
        FeedSource {
            label: "b.json",
            text: resources_only,
        },
    ]);
    assert!(merged
        .diagnostics
        .iter()
        .all(|d| d.code != "empty-framework"));
}

#[test]
fn an_anchor_key_that_is_not_a_level_drops_that_anchor_only() {
    let load = with(|v| {
        v["skills"][0]["anchors"] = json!({"1": "Writes a loop", "expert": "Writes compilers"})
    });
    assert_eq!(
        find(&load, "anchor-not-a-level").path,
        "skills[0].anchors.expert"
    );
    assert_eq!(load.feed.skills.len(), 3);
    assert_eq!(load.feed.skills[0].anchor(1), Some("Writes a loop"));
    assert_eq!(
        load.feed.roles.len(),
        2,
        "the roles that need the skill stay"
    );
}

#[test]
fn direction_and_invisible_characters_never_reach_the_screen() {
    let load = with(|v| {
        v["skills"]
            .as_array_mut()
            .unwrap()
            .push(json!({ "id": "evil\u{202E}gpj", "name": "Evil" }));
        v["mentors"][0]["name"] = json!("HR\u{200B}Service\u{200F} Desk");
        v["skills"][0]["name"] = json!("Java\u{200D}Script \u{202E}tpircs");
    });
    assert!(
        load.feed.skills.iter().all(|s| !s.id.contains('\u{202E}')),
        "an id with U+202E is skipped"
    );
    assert!(load
        .diagnostics
        .iter()
        .any(|d| d.code == "unsafe-characters" && d.severity == Severity::Error));
    assert_eq!(load.feed.mentors[0].name, "HRService Desk");
    assert_eq!(
        load.feed.skills[0].name, "Java\u{200D}Script tpircs",
        "zero-width joiners stay"
    );
}
