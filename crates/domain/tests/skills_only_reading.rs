//! `load_skills_with` (the reviewer's module) reads the header, the scale and the skills
//! exactly as `load_feeds_with` does, in any language, and nothing else.

use domain::feed::{load_feeds_with, load_skills_with, FeedSource, LoadOptions};
use domain::i18n::LanguageTag;

const TRANSLATED: &str = r#"{
  "format_version": 1,
  "framework": { "id": "acme", "language": "en",
                 "name": { "en": "ACME competency framework", "de": "ACME-Kompetenzrahmen" } },
  "skills": [
    { "id": "data-analysis",
      "name": { "en": "Data analysis", "de": "Datenanalyse" },
      "anchors": { "1": { "en": "Reads a prepared report.", "de": "Liest einen vorbereiteten Bericht." } } },
    { "id": "data-analysis", "name": "Repeated id" },
    { "id": "", "name": "No id" },
    { "id": "sql", "name": "SQL", "category": "Data" }
  ],
  "roles": [ { "id": "analyst", "name": "Analyst", "requirements": [ { "skill": "sql", "level": 3 } ] } ]
}"#;

fn both(text: &str, options: &LoadOptions) {
    let sources = [FeedSource {
        label: "feed",
        text,
    }];
    let whole = load_feeds_with(&sources, options);
    let skills_only = load_skills_with(&sources, options);
    assert_eq!(
        format!("{:?}", skills_only.feed.skills),
        format!("{:?}", whole.feed.skills)
    );
    assert_eq!(skills_only.feed.scale, whole.feed.scale);
    assert_eq!(
        format!("{:?}", skills_only.feed.framework),
        format!("{:?}", whole.feed.framework)
    );
    assert_eq!(skills_only.feed.format_version, whole.feed.format_version);
    assert!(skills_only.feed.roles.is_empty() && skills_only.feed.resources.is_empty());
    for skill in &whole.feed.skills {
        assert_eq!(
            skills_only.feed.skill_by_id(&skill.id),
            whole.feed.skill_by_id(&skill.id),
            "{}",
            skill.id
        );
    }
    // What it read is judged the same way; it says nothing of what it did not read.
    let codes = |load: &domain::feed::FeedLoad| {
        let mut codes: Vec<String> = load
            .diagnostics
            .iter()
            .filter(|d| {
                !d.path.starts_with("roles")
                    && !d.path.starts_with("resources")
                    && !d.path.starts_with("mentors")
            })
            .map(|d| format!("{} {}", d.code, d.path))
            .collect();
        codes.sort();
        codes
    };
    assert_eq!(codes(&skills_only), codes(&whole));
}

#[test]
fn the_demo_feed_reads_the_same_skills_either_way() {
    let text = std::fs::read_to_string("../../feeds/demo.json").expect("feeds/demo.json");
    both(&text, &LoadOptions::default());
}

#[test]
fn a_translated_feed_with_bad_entries_reads_the_same_skills_in_each_language() {
    both(TRANSLATED, &LoadOptions::default());
    for tag in ["de", "en", "fr"] {
        both(
            TRANSLATED,
            &LoadOptions::in_language(LanguageTag::parse(tag).unwrap()),
        );
    }
}
