//! Translated feed texts (docs/feed.md#translated-texts): the language each text is shown in,
//! references and search across the feed's languages, what a feed's author is told about bad
//! translations, and `feed-check --language`.

use domain::feed::{
    load_feeds, load_feeds_with, Diagnostic, Feed, FeedLoad, FeedSource, LoadOptions, Severity,
    Skill,
};
use domain::i18n::LanguageTag;
use domain::search::{role_index, skill_index, MatchKind};
use serde_json::{json, Value};
use std::process::{Command, Output};

const SAMPLE: &str = "../../tests/e2e/fixtures/translated.json";

fn sample() -> String {
    std::fs::read_to_string(SAMPLE).unwrap()
}

fn tag(text: &str) -> LanguageTag {
    LanguageTag::parse(text).unwrap()
}

fn load_in(text: &str, language: Option<&str>) -> FeedLoad {
    load_feeds_with(
        &[FeedSource {
            label: "feed.json",
            text,
        }],
        &LoadOptions {
            language: language.map(tag),
            ..LoadOptions::default()
        },
    )
}

/// Indented, so that positions are on lines of their own.
#[allow(clippy::disallowed_methods)]
fn pretty(value: &Value) -> String {
    serde_json::to_string_pretty(value).unwrap()
}

fn skill<'f>(feed: &'f Feed, id: &str) -> &'f Skill {
    &feed.skills[feed
        .skill_by_id(id)
        .unwrap_or_else(|| panic!("no skill {id}"))]
}

fn find<'a>(load: &'a FeedLoad, code: &str) -> &'a Diagnostic {
    load.diagnostics
        .iter()
        .find(|d| d.code == code)
        .unwrap_or_else(|| panic!("no {code} diagnostic in {:#?}", load.diagnostics))
}

fn no_problems(load: &FeedLoad) {
    let problems: Vec<&Diagnostic> = load
        .diagnostics
        .iter()
        .filter(|d| d.severity != Severity::Info)
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
}

/// 1-based line and column of the first occurrence of `needle` in `text`.
fn position_of(text: &str, needle: &str) -> (usize, usize) {
    let offset = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle} in {text}"));
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    (
        text[..offset].matches('\n').count() + 1,
        offset - line_start + 1,
    )
}

#[test]
fn every_text_is_shown_in_the_wanted_language() {
    let load = load_in(&sample(), Some("de"));
    no_problems(&load);
    let feed = &load.feed;
    assert_eq!(feed.framework.name, "Kompetenzrahmen Daten");
    assert_eq!(feed.framework.language, "en");
    assert_eq!(feed.scale.levels[1].label, "Grundkenntnisse");
    assert_eq!(
        feed.scale.levels[1].description,
        "Kennt die Grundlagen und Begriffe."
    );
    let analysis = skill(feed, "data-analysis");
    assert_eq!(analysis.name, "Datenanalyse");
    assert_eq!(analysis.aliases, ["Analytics", "Datenauswertung"]);
    assert_eq!(analysis.category, "Daten");
    assert_eq!(
        analysis.description,
        "Aus Rohdaten Antworten auf geschäftliche Fragen gewinnen."
    );
    assert_eq!(
        analysis.anchor(3),
        Some("Plant eine Analyse, prüft die Daten und präsentiert ein belastbares Ergebnis.")
    );
    assert_eq!(
        analysis.other_names,
        [
            "Data analysis",
            "Analyse de données",
            "Análisis de datos",
            "تحليل البيانات"
        ]
    );
    assert_eq!(
        analysis.other_aliases,
        ["Exploitation des données", "Analítica de datos", "تحليلات"]
    );
    assert_eq!(
        skill(feed, "sql").name,
        "SQL",
        "plain strings are every language's"
    );
    let role = &feed.roles[feed.role_by_id("data-analyst").unwrap()];
    assert_eq!(role.name, "Datenanalyst/in");
    assert_eq!(role.family_and_seniority(), "Daten & Analytik · Junior");
    assert_eq!(
        role.other_names,
        [
            "Data Analyst",
            "Analyste de données",
            "Analista de datos",
            "محلل بيانات"
        ]
    );
    assert_eq!(feed.resources[0].title, "SQL-Joins in der Praxis");
    assert_eq!(feed.resources[0].provider, "Interne Akademie");
    assert_eq!(feed.resources[1].provider, "Example Learning Ltd");
    let mentor = &feed.mentors[0];
    assert_eq!(mentor.name, "Layla Haddad");
    assert_eq!(mentor.title, "Leitende Data Scientist");
    assert_eq!(mentor.team, "Analyseplattform");
    assert_eq!(mentor.topics[0], "Erstes Projekt mit maschinellem Lernen");

    let arabic = load_in(&sample(), Some("ar")).feed;
    assert_eq!(skill(&arabic, "data-analysis").name, "تحليل البيانات");
    assert_eq!(arabic.scale.levels[4].label, "خبير");
}

#[test]
fn the_fallback_chain_goes_region_language_feed_language_first_given() {
    let text = sample();
    let name =
        |language: Option<&str>, id: &str| skill(&load_in(&text, language).feed, id).name.clone();
    assert_eq!(name(Some("de-CH"), "data-analysis"), "Datenanalyse");
    assert_eq!(name(Some("fr-CA"), "data-analysis"), "Analyse de données");
    assert_eq!(
        name(Some("es-419"), "machine-learning"),
        "Aprendizaje automático"
    );
    // Japanese is not given: the feed's own language (framework.language "en").
    assert_eq!(name(Some("ja"), "data-analysis"), "Data analysis");
    // No language asked: the feed's own.
    assert_eq!(name(None, "data-visualisation"), "Data visualisation");
    // Only in Arabic: Arabic in every language.
    for language in ["en", "de", "fr", "es", "ar"] {
        assert_eq!(
            name(Some(language), "arabic-business-writing"),
            "الكتابة التجارية بالعربية"
        );
    }
    // French is missing: English (the feed's language), not the first given (Arabic).
    let described = |language: &str| {
        skill(
            &load_in(&text, Some(language)).feed,
            "arabic-business-writing",
        )
        .description
        .clone()
    };
    assert_eq!(
        described("fr"),
        "Writing professional letters and reports in Arabic."
    );

    // (Written out: the order of the translations matters here.)
    let feed = |framework_language: Option<&str>| {
        let language =
            framework_language.map_or(String::new(), |l| format!(r#", "language": "{l}""#));
        format!(
            r#"{{"format_version": 1, "framework": {{"id": "f"{language}}},
                "skills": [{{"id": "a", "name": {{"es": "Análisis", "de-AT": "Analyse (AT)", "en": "Analysis"}}}}]}}"#
        )
    };
    let pick = |framework_language: Option<&str>, language: Option<&str>| {
        load_in(&feed(framework_language), language).feed.skills[0]
            .name
            .clone()
    };
    assert_eq!(
        pick(None, Some("de")),
        "Analyse (AT)",
        "another region of the language"
    );
    assert_eq!(
        pick(Some("en"), Some("fr")),
        "Analysis",
        "the feed's language"
    );
    assert_eq!(pick(None, Some("fr")), "Análisis", "the first given");
    assert_eq!(
        pick(Some("de-CH"), None),
        "Analyse (AT)",
        "no language asked: the feed's"
    );
    assert_eq!(pick(None, None), "Análisis");
}

#[test]
fn references_resolve_against_names_in_every_language() {
    let text = sample();
    let mut requirements = Vec::new();
    for language in ["en", "de", "fr", "es", "ar", "ja"] {
        let load = load_in(&text, Some(language));
        no_problems(&load);
        let feed = &load.feed;
        assert_eq!(feed.skills.len(), 8, "{language}");
        let id = |idx: usize| feed.skills[idx].id.as_str();
        // By the German name, in any language.
        assert_eq!(
            id(feed.roles[0].requirements[2].skill),
            "data-visualisation"
        );
        // By the Arabic-only name.
        assert_eq!(
            id(feed.roles[1].requirements[4].skill),
            "arabic-business-writing"
        );
        // By the French name and the Arabic name.
        assert_eq!(id(feed.resources[1].skills[1].skill), "presenting");
        assert_eq!(id(feed.mentors[0].skills[2].skill), "data-analysis");
        assert_eq!(
            load.diagnostics
                .iter()
                .filter(|d| d.code == "resolved-by-name")
                .count(),
            4
        );
        let all: Vec<_> = feed.roles.iter().map(|r| r.requirements.clone()).collect();
        requirements.push(all);
    }
    assert!(
        requirements.windows(2).all(|w| w[0] == w[1]),
        "the language changes no reference"
    );
    let feed = load_in(&text, Some("en")).feed;
    assert_eq!(
        feed.index.skill_by_name("Datenauswertung"),
        feed.skill_by_id("data-analysis")
    );
    assert_eq!(
        feed.index.skill_by_name("تحليل البيانات"),
        feed.skill_by_id("data-analysis")
    );
}

#[test]
fn search_finds_skills_and_roles_by_their_names_in_every_language() {
    let feed = load_in(&sample(), Some("en")).feed;
    let skills = skill_index(&feed);
    let first = |query: &str| {
        let hits = skills.search(query, 5);
        let hit = hits
            .first()
            .unwrap_or_else(|| panic!("nothing for {query}"));
        (feed.skills[hit.target].id.as_str(), hit.kind)
    };
    assert_eq!(
        first("Datenauswertung"),
        ("data-analysis", MatchKind::ExactAlias)
    );
    assert_eq!(first("datenauswer").0, "data-analysis");
    assert_eq!(first("Maschinelles Lernen").0, "machine-learning");
    assert_eq!(first("Visualización").0, "data-visualisation");
    assert_eq!(first("تحليل البيانات").0, "data-analysis");
    assert_eq!(
        first("Data analysis"),
        ("data-analysis", MatchKind::ExactName)
    );
    let roles = role_index(&feed);
    let hits = roles.search("Datenanalyst", 5);
    assert_eq!(feed.roles[hits[0].target].id, "data-analyst");
}

#[test]
fn a_text_with_no_usable_language_skips_a_required_one_and_warns_for_an_optional_one() {
    let value = json!({
        "format_version": 1,
        "skills": [
            {"id": "ok", "name": "OK"},
            {"id": "empty", "name": {}},
            {"id": "bad-tags", "name": {"??": "Fragezeichen", "english": "English"}},
            {"id": "described", "name": "Described", "description": {}, "category": {"x!": "Y"}}
        ]
    });
    let text = pretty(&value);
    let load = load_in(&text, Some("en"));
    let ids: Vec<&str> = load.feed.skills.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["ok", "described"]);
    let errors: Vec<&Diagnostic> = load
        .diagnostics
        .iter()
        .filter(|d| d.code == "no-usable-language" && d.severity == Severity::Error)
        .collect();
    assert_eq!(errors.len(), 2, "{:#?}", load.diagnostics);
    assert_eq!(errors[0].path, "skills[1].name");
    assert_eq!(
        errors[0].position,
        Some(position_of(&text, "{\n      \"id\": \"empty\""))
    );
    assert!(
        errors[0].message.contains("has no translation"),
        "{}",
        errors[0]
    );
    assert!(
        errors[0].message.contains("the entry was skipped"),
        "{}",
        errors[0]
    );
    assert_eq!(errors[1].path, "skills[2].name");
    // At the object itself: its opening brace.
    let object = text.find("\"??\"").unwrap();
    let brace = text[..object].rfind('{').unwrap();
    assert_eq!(
        errors[1].position,
        Some(position_of(&text, &text[brace..object + 4]))
    );
    assert!(
        errors[1].message.contains("\"??\", \"english\""),
        "{}",
        errors[1]
    );
    let warnings: Vec<&Diagnostic> = load
        .diagnostics
        .iter()
        .filter(|d| d.code == "no-usable-language" && d.severity == Severity::Warning)
        .collect();
    assert_eq!(
        warnings.iter().map(|d| d.path.as_str()).collect::<Vec<_>>(),
        ["skills[3].category", "skills[3].description"]
    );
    assert_eq!(load.feed.skills[1].description, "");
    assert_eq!(load.feed.skills[1].category, "");
    assert!(
        !load
            .diagnostics
            .iter()
            .any(|d| d.code == "bad-language-tag"),
        "one diagnostic per text: {:#?}",
        load.diagnostics
    );
}

#[test]
fn a_malformed_tag_is_named_and_its_text_still_serves_as_the_first_given() {
    let text = r#"{
  "format_version": 1,
  "skills": [
    { "id": "a",
      "name": { "english": "Data", "de--CH": "Daten (CH)", "de": "Daten" } }
  ]
}"#;
    for (language, expected) in [("de", "Daten"), ("fr", "Data"), ("en", "Data")] {
        let load = load_in(text, Some(language));
        assert_eq!(load.feed.skills[0].name, expected, "{language}");
        let warnings: Vec<&Diagnostic> = load
            .diagnostics
            .iter()
            .filter(|d| d.code == "bad-language-tag")
            .collect();
        assert_eq!(warnings.len(), 2, "{:#?}", load.diagnostics);
        assert_eq!(warnings[0].severity, Severity::Warning);
        assert_eq!(warnings[0].path, "skills[0].name.english");
        assert_eq!(warnings[0].position, Some(position_of(text, "\"english\"")));
        assert!(warnings[0]
            .message
            .contains("\"english\" is not a BCP 47 language tag"));
        assert_eq!(warnings[1].path, "skills[0].name.de--CH");
        assert_eq!(warnings[1].position, Some(position_of(text, "\"de--CH\"")));
    }
    let framework = json!({"format_version": 1, "framework": {"language": "Deutsch"},
        "skills": [{"id": "a", "name": "A"}]});
    let load = load_in(&framework.to_string(), None);
    assert_eq!(find(&load, "bad-language-tag").path, "framework.language");
}

#[test]
fn a_value_that_is_not_a_string_is_an_error_at_its_position() {
    let text = r#"{
  "format_version": 1,
  "skills": [
    { "id": "a", "name": "A" },
    { "id": "b", "name": { "en": "B",
                           "de": 42 } },
    { "id": "c", "name": "C", "aliases": [{ "de": ["x"] }] },
    { "id": "d", "name": "D", "anchors": { "1": { "fr": true } } }
  ]
}"#;
    let load = load_in(text, Some("de"));
    let errors: Vec<&Diagnostic> = load
        .diagnostics
        .iter()
        .filter(|d| d.code == "invalid-entry")
        .collect();
    assert_eq!(errors.len(), 3, "{:#?}", load.diagnostics);
    assert_eq!(errors[0].path, "skills[1].name.de");
    let (line, column) = position_of(text, "42");
    assert_eq!(
        errors[0].position,
        Some((line, column + 1)),
        "{}",
        errors[0]
    );
    assert!(
        errors[0].message.contains("expected a string"),
        "{}",
        errors[0]
    );
    assert_eq!(errors[1].path, "skills[2].aliases[0].de");
    assert_eq!(
        errors[1].position.map(|p| p.0),
        Some(position_of(text, "[\"x\"]").0)
    );
    assert_eq!(errors[2].path, "skills[3].anchors.1.fr");
    assert_eq!(
        errors[2].position.map(|p| p.0),
        Some(position_of(text, "true").0)
    );
    assert_eq!(load.feed.skills.len(), 1);
}

#[test]
fn a_scale_label_with_no_usable_language_leaves_the_default_scale() {
    let value = json!({
        "format_version": 1,
        "scale": {"levels": [
            {"level": 0, "label": {"en": "None", "de": "Keine"}},
            {"level": 1, "label": {}}
        ]},
        "skills": [{"id": "a", "name": "A"}]
    });
    let load = load_in(&value.to_string(), Some("de"));
    let d = find(&load, "no-usable-language");
    assert_eq!(d.severity, Severity::Error);
    assert_eq!(d.path, "scale.levels[1].label");
    assert!(d.message.contains("the default scale is used"), "{d}");
    assert_eq!(load.feed.scale.max(), 5);
}

#[test]
fn missing_translations_are_noted_only_when_asked_and_only_for_translated_texts() {
    let text = sample();
    let quiet = load_in(&text, Some("de"));
    assert!(!quiet
        .diagnostics
        .iter()
        .any(|d| d.code == "missing-translation"));
    let load = load_feeds_with(
        &[FeedSource {
            label: "feed.json",
            text: &text,
        }],
        &LoadOptions {
            language: Some(tag("es")),
            note_missing_translations: true,
            ..LoadOptions::default()
        },
    );
    let notes: Vec<&Diagnostic> = load
        .diagnostics
        .iter()
        .filter(|d| d.code == "missing-translation")
        .collect();
    let paths: Vec<&str> = notes.iter().map(|d| d.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "skills[5].aliases[0]",
            "skills[6].description",
            "skills[7].name",
            "skills[7].anchors.2",
            "skills[7].description"
        ]
    );
    assert!(notes.iter().all(|d| d.severity == Severity::Info));
    assert_eq!(
        notes[1].message,
        "no \"es\" translation (given: en, de, ar); the \"en\" text is shown"
    );
    // At the translations themselves.
    assert_eq!(
        notes[1].position,
        Some(position_of(
            &text,
            "{\n        \"en\": \"Explaining results"
        ))
    );
}

#[test]
fn relocalise_loads_the_same_feeds_again_in_another_language() {
    let text = sample();
    let sources = [FeedSource {
        label: "feed.json",
        text: &text,
    }];
    let english = load_feeds_with(&sources, &LoadOptions::in_language(tag("en")));
    assert!(english.translated);
    assert_eq!(english.feed.skills[0].name, "Data analysis");
    assert!(
        english.relocalise(&tag("en")).is_none(),
        "already in English"
    );
    let german = english
        .relocalise(&tag("de"))
        .expect("translated feeds load again");
    assert_eq!(german.feed.skills[0].name, "Datenanalyse");
    assert_eq!(german.language, Some(tag("de")));
    assert_eq!(german.feed.skills.len(), english.feed.skills.len());
    let arabic = german.relocalise(&tag("ar")).expect("and again");
    assert_eq!(arabic.feed.roles[0].name, "محلل بيانات");

    let plain = r#"{"format_version": 1, "skills": [{"id": "a", "name": "A"}]}"#;
    let plain = load_feeds_with(
        &[FeedSource {
            label: "plain.json",
            text: plain,
        }],
        &LoadOptions::in_language(tag("en")),
    );
    assert!(!plain.translated);
    assert!(
        plain.kept_sources.is_none(),
        "nothing kept for a single-language feed"
    );
    assert!(plain.relocalise(&tag("de")).is_none());
    assert!(
        load_feeds(&sources).relocalise(&tag("de")).is_none(),
        "not kept unless asked"
    );
}

#[test]
fn names_quoted_in_diagnostics_are_isolated_from_the_sentence() {
    let value = json!({
        "format_version": 1,
        "skills": [{"id": "a", "name": {"ar": "تحليل البيانات", "en": "Data analysis"}}],
        "roles": [{"id": "r", "name": "R", "requirements": [
            {"skill": "تحليل البيانات", "level": 2},
            {"skill": "مهارة مجهولة", "level": 2}
        ]}]
    });
    let load = load_in(&value.to_string(), Some("ar"));
    assert_eq!(
        find(&load, "resolved-by-name").message,
        "\"\u{2068}تحليل البيانات\u{2069}\" was read as skill \"a\" (\u{2068}تحليل البيانات\u{2069}); use the id to be exact"
    );
    assert!(find(&load, "unknown-skill")
        .message
        .starts_with("unknown skill \"\u{2068}مهارة مجهولة\u{2069}\"; it was skipped."));
    let english = load_in(&value.to_string(), Some("en"));
    assert!(
        find(&english, "resolved-by-name")
            .message
            .ends_with("(Data analysis); use the id to be exact"),
        "English names stay free of invisible characters"
    );
}

fn feed_check(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_feed-check"))
        .args(args)
        .output()
        .expect("feed-check runs")
}

#[test]
fn feed_check_language_notes_missing_translations_with_their_paths() {
    let output = feed_check(&["--language", "de", SAMPLE]);
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    let notes: Vec<&str> = stdout
        .lines()
        .filter(|l| l.ends_with("[missing-translation]"))
        .collect();
    assert_eq!(notes.len(), 3, "{stdout}");
    assert!(notes.iter().all(|l| l.starts_with("info: ")), "{stdout}");
    assert!(
        notes[0].contains(
            " skills[7].name: no \"de\" translation (given: ar); the \"ar\" text is shown"
        ),
        "{stdout}"
    );
    // Names are quoted in German now.
    assert!(stdout.contains("(Datenvisualisierung)"), "{stdout}");
    assert!(stdout.contains("0 errors, 0 warnings, 7 info"), "{stdout}");
    // The same with --language=fr-CA: French.
    let french = String::from_utf8(feed_check(&["--language=fr-CA", SAMPLE]).stdout).unwrap();
    assert!(french.contains("(Visualisation de données)"), "{french}");
    // Without --language: nothing about translations.
    let plain = String::from_utf8(feed_check(&[SAMPLE]).stdout).unwrap();
    assert!(!plain.contains("missing-translation"), "{plain}");
}

#[test]
fn feed_check_language_notes_at_most_twenty_and_counts_the_rest() {
    let skills: Vec<Value> = (0..26)
        .map(|i| {
            json!({"id": format!("s{i}"), "name": {"en": format!("Skill {i}")},
                   "category": if i % 2 == 0 { json!("Plain") } else { json!({"en": "Cat", "de": "Kat"}) }})
        })
        .collect();
    let value = json!({"format_version": 1, "framework": {"language": "en"}, "skills": skills});
    let path = std::env::temp_dir().join(format!(
        "skillgap-feed-check-translations-{}.json",
        std::process::id()
    ));
    std::fs::write(&path, pretty(&value)).unwrap();
    let output = feed_check(&["--language", "de", path.to_str().unwrap()]);
    let _ = std::fs::remove_file(&path);
    let stdout = String::from_utf8(output.stdout).unwrap();
    let notes: Vec<&str> = stdout
        .lines()
        .filter(|l| l.ends_with("[missing-translation]"))
        .collect();
    assert_eq!(notes.len(), 21, "{stdout}");
    assert!(notes[19].contains(" skills[19].name: "), "{stdout}");
    assert!(
        notes[20].contains(
            " skills[20].name: 6 more translated texts without a \"de\" translation not listed (the first 20 are)"
        ),
        "{stdout}"
    );
    assert!(stdout.contains("0 errors, 0 warnings, 21 info"), "{stdout}");
}

#[test]
fn feed_check_refuses_a_malformed_language() {
    let output = feed_check(&["--language", "german", SAMPLE]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("\"german\" is not a language tag"),
        "{stderr}"
    );
    assert_eq!(feed_check(&["--language"]).status.code(), Some(2));
}
