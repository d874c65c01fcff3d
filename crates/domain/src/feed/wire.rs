//! The feed as published: serde types that mirror the JSON format of `docs/feed.md`.
//! Everything optional has a default here; validation turns these into the checked model.

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use std::borrow::Cow;
use std::fmt;
use stdx::sorted_map::SortedMap;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct WireFramework<'a> {
    #[serde(borrow)]
    pub id: Text<'a>,
    #[serde(borrow)]
    pub name: LocalText<'a>,
    #[serde(borrow)]
    pub publisher: Text<'a>,
    #[serde(borrow)]
    pub version: Text<'a>,
    #[serde(borrow)]
    pub updated: Text<'a>,
    #[serde(borrow)]
    pub language: Text<'a>,
}

#[derive(Debug, Deserialize)]
pub struct WireLevel<'a> {
    pub level: i64,
    #[serde(borrow)]
    pub label: LocalText<'a>,
    #[serde(default, borrow)]
    pub description: LocalText<'a>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct WireScale<'a> {
    #[serde(borrow)]
    pub levels: Vec<WireLevel<'a>>,
}

#[derive(Debug, Deserialize)]
pub struct WireSkill<'a> {
    #[serde(borrow)]
    pub id: Text<'a>,
    #[serde(borrow)]
    pub name: LocalText<'a>,
    #[serde(default, borrow)]
    pub aliases: Vec<LocalText<'a>>,
    #[serde(default, borrow)]
    pub category: LocalText<'a>,
    #[serde(default, borrow)]
    pub description: LocalText<'a>,
    /// Level (as written: a JSON object's keys are strings) → anchor. A key that is not a
    /// level number is reported and skipped, not the whole skill.
    #[serde(default, borrow)]
    pub anchors: SortedMap<Text<'a>, LocalText<'a>>,
}

#[derive(Debug, Deserialize)]
pub struct WireRequirement<'a> {
    #[serde(borrow)]
    pub skill: Text<'a>,
    pub level: i64,
    #[serde(default, borrow)]
    pub importance: WireImportance<'a>,
}

/// `"essential" | "important" | "nice-to-have"` or a numeric weight.
#[derive(Debug, Clone, PartialEq)]
pub enum WireImportance<'a> {
    Named(Text<'a>),
    Weight(f64),
}

impl Default for WireImportance<'_> {
    fn default() -> Self {
        WireImportance::Named(Text(Cow::Borrowed("important")))
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for WireImportance<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ImportanceVisitor;
        impl<'de> Visitor<'de> for ImportanceVisitor {
            type Value = WireImportance<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("\"essential\", \"important\", \"nice-to-have\" or a number")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(WireImportance::Named(Text(Cow::Borrowed(v))))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(WireImportance::Named(Text(Cow::Owned(v.to_owned()))))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
                Ok(WireImportance::Weight(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
                Ok(WireImportance::Weight(v as f64))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
                Ok(WireImportance::Weight(v as f64))
            }
        }
        deserializer.deserialize_any(ImportanceVisitor)
    }
}

#[derive(Debug, Deserialize)]
pub struct WireRole<'a> {
    #[serde(borrow)]
    pub id: Text<'a>,
    #[serde(borrow)]
    pub name: LocalText<'a>,
    #[serde(default, borrow)]
    pub family: LocalText<'a>,
    #[serde(default, borrow)]
    pub seniority: LocalText<'a>,
    #[serde(default, borrow)]
    pub description: LocalText<'a>,
    #[serde(default, borrow)]
    pub requirements: Vec<WireRequirement<'a>>,
    #[serde(default, borrow)]
    pub next_roles: Vec<Text<'a>>,
}

#[derive(Debug, Deserialize)]
pub struct WireSkillRange<'a> {
    #[serde(borrow)]
    pub skill: Text<'a>,
    #[serde(default)]
    pub from: Option<i64>,
    pub to: i64,
}

#[derive(Debug, Deserialize)]
pub struct WireResource<'a> {
    #[serde(borrow)]
    pub id: Text<'a>,
    #[serde(borrow)]
    pub title: LocalText<'a>,
    #[serde(borrow)]
    pub url: Text<'a>,
    #[serde(default, borrow)]
    pub kind: Text<'a>,
    #[serde(default, borrow)]
    pub provider: LocalText<'a>,
    #[serde(default)]
    pub duration_minutes: Option<f64>,
    #[serde(default)]
    pub cost: Option<f64>,
    #[serde(default, borrow)]
    pub currency: Text<'a>,
    #[serde(default, borrow)]
    pub language: Text<'a>,
    #[serde(default, borrow)]
    pub skills: Vec<WireSkillRange<'a>>,
}

#[derive(Debug, Deserialize)]
pub struct WireMentorSkill<'a> {
    #[serde(borrow)]
    pub skill: Text<'a>,
    pub level: i64,
}

#[derive(Debug, Deserialize)]
pub struct WireMentor<'a> {
    #[serde(borrow)]
    pub id: Text<'a>,
    #[serde(borrow)]
    pub name: Text<'a>,
    #[serde(default, borrow)]
    pub title: LocalText<'a>,
    #[serde(default, borrow)]
    pub team: LocalText<'a>,
    #[serde(borrow)]
    pub contact: Text<'a>,
    #[serde(default, borrow)]
    pub skills: Vec<WireMentorSkill<'a>>,
    #[serde(default, borrow)]
    pub topics: Vec<LocalText<'a>>,
    #[serde(default)]
    pub capacity: Option<i64>,
    #[serde(default, borrow)]
    pub languages: Vec<Text<'a>>,
    #[serde(default, borrow)]
    pub location: Text<'a>,
    #[serde(default)]
    pub utc_offset: Option<f64>,
}

/// A string from the feed: the JSON text type of `stdx`, borrowed unless it had escapes.
pub use stdx::json_text::Text;

/// A human-readable text: one string for every language, or its translations as an object of
/// BCP 47 tags to strings (`{"en": "Data analysis", "de": "Datenanalyse"}`), tags and texts as
/// written and in the feed's order. Validation picks one (`validate/local_text.rs`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LocalText<'a> {
    Plain(Text<'a>),
    Translated(Vec<(Text<'a>, Text<'a>)>),
}

impl Default for LocalText<'_> {
    fn default() -> Self {
        LocalText::Plain(Text::default())
    }
}

impl<'a> From<&'a str> for LocalText<'a> {
    fn from(text: &'a str) -> Self {
        LocalText::Plain(Text(Cow::Borrowed(text)))
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for LocalText<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct LocalTextVisitor;
        impl<'de> Visitor<'de> for LocalTextVisitor {
            type Value = LocalText<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string or an object of language tags to strings")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(LocalText::Plain(Text(Cow::Borrowed(v))))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(LocalText::Plain(Text(Cow::Owned(v.to_owned()))))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                // Feeds give a handful of languages; more is allowed, just not expected.
                let mut translations = Vec::with_capacity(map.size_hint().unwrap_or(4).min(8));
                while let Some(entry) = map.next_entry::<Text<'de>, Text<'de>>()? {
                    translations.push(entry);
                }
                Ok(LocalText::Translated(translations))
            }
        }
        deserializer.deserialize_any(LocalTextVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_borrowed(text: &Text) -> bool {
        matches!(text.0, Cow::Borrowed(_))
    }

    #[test]
    fn a_text_is_a_string_borrowed_from_the_feed() {
        let json = r#""Data analysis""#;
        let text: LocalText = serde_json::from_str(json).unwrap();
        let LocalText::Plain(plain) = &text else {
            panic!("{text:?}");
        };
        assert_eq!(&**plain, "Data analysis");
        assert!(is_borrowed(plain));
        let escaped: LocalText = serde_json::from_str(r#""Daten\nanalyse""#).unwrap();
        assert_eq!(
            escaped,
            LocalText::Plain(Text(Cow::Owned("Daten\nanalyse".into())))
        );
    }

    #[test]
    fn a_translated_text_keeps_its_tags_and_texts_in_order_borrowed() {
        let json = r#"{"en": "Data analysis", "de": "Datenanalyse", "ar": "تحليل البيانات", "fr": "Analyse \"data\""}"#;
        let text: LocalText = serde_json::from_str(json).unwrap();
        let LocalText::Translated(translations) = &text else {
            panic!("{text:?}");
        };
        let pairs: Vec<(&str, &str)> = translations
            .iter()
            .map(|(tag, text)| (&**tag, &**text))
            .collect();
        assert_eq!(
            pairs,
            [
                ("en", "Data analysis"),
                ("de", "Datenanalyse"),
                ("ar", "تحليل البيانات"),
                ("fr", "Analyse \"data\"")
            ]
        );
        assert!(translations[..3]
            .iter()
            .all(|(tag, text)| is_borrowed(tag) && is_borrowed(text)));
        let empty: LocalText = serde_json::from_str("{}").unwrap();
        assert_eq!(empty, LocalText::Translated(Vec::new()));
    }

    #[test]
    fn anything_else_is_refused_with_what_was_expected() {
        for (json, expected) in [
            (
                "42",
                "expected a string or an object of language tags to strings",
            ),
            ("[\"a\"]", "expected a string or an object"),
            (r#"{"de": 42}"#, "expected a string"),
            (r#"{"de": {"x": "y"}}"#, "expected a string"),
        ] {
            let err = serde_json::from_str::<LocalText>(json).unwrap_err();
            assert!(err.to_string().contains(expected), "{json}: {err}");
        }
    }

    #[test]
    fn skills_take_either_form_in_every_text() {
        let skill: WireSkill = serde_json::from_str(
            r#"{"id": "sql", "name": {"en": "SQL", "de": "SQL"},
                "aliases": ["Structured Query Language", {"de": "Datenbankabfragen"}],
                "category": "Data", "anchors": {"1": {"en": "Reads", "de": "Liest"}, "2": "Writes"}}"#,
        )
        .unwrap();
        assert!(matches!(skill.name, LocalText::Translated(ref t) if t.len() == 2));
        assert!(matches!(skill.aliases[0], LocalText::Plain(_)));
        assert!(matches!(skill.aliases[1], LocalText::Translated(_)));
        assert!(matches!(skill.category, LocalText::Plain(_)));
        assert_eq!(skill.anchors.len(), 2);
    }
}
