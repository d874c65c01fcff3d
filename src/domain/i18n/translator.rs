//! Messages in the active language: the active catalogue first, English for what it lacks.

use super::catalogue::{fill, Catalogue};
use super::formats::{EnglishFormats, Formats, PluralCategory};
use super::isolate::isolate;
use super::languages::{english_language, Direction, InterfaceLanguage};
use crate::domain::time::{civil_from_days, days_from_iso};
use std::sync::OnceLock;

/// The English catalogue, compiled in: the fallback for every message.
pub fn english() -> &'static Catalogue {
    static ENGLISH: OnceLock<Catalogue> = OnceLock::new();
    // A broken English catalogue fails the native tests; the widget then shows keys, not a panic.
    ENGLISH
        .get_or_init(|| Catalogue::parse(include_str!("../../../i18n/en.json")).unwrap_or_default())
}

pub struct Translator {
    language: &'static InterfaceLanguage,
    /// `None` for English, whose catalogue is [`english`].
    catalogue: Option<Catalogue>,
    formats: Box<dyn Formats>,
}

impl Translator {
    pub fn new(
        language: &'static InterfaceLanguage,
        catalogue: Option<Catalogue>,
        formats: Box<dyn Formats>,
    ) -> Self {
        Translator {
            language,
            catalogue,
            formats,
        }
    }

    /// English with native formats: for tests, tools and files written outside a browser.
    pub fn english() -> Self {
        Translator::new(english_language(), None, Box::new(EnglishFormats))
    }

    pub fn language(&self) -> &'static InterfaceLanguage {
        self.language
    }

    pub fn tag(&self) -> &'static str {
        self.language.tag
    }

    pub fn direction(&self) -> Direction {
        self.language.direction
    }

    pub fn formats(&self) -> &dyn Formats {
        self.formats.as_ref()
    }

    /// The message for `key`; English when the active catalogue lacks it; the key itself when
    /// English lacks it too (a native test keeps that from shipping).
    pub fn t<'s>(&'s self, key: &'s str) -> &'s str {
        self.catalogue
            .as_ref()
            .and_then(|c| c.get(key))
            .or_else(|| english().get(key))
            .unwrap_or(key)
    }

    /// The message with its `{{placeholders}}` filled; each value is isolated from the
    /// sentence's direction where it could upset it (see [`isolate`]). For the screen.
    pub fn tf(&self, key: &str, args: &[(&str, &str)]) -> String {
        let rtl = self.direction() == Direction::RightToLeft;
        let isolated: Vec<(&str, String)> = args
            .iter()
            .map(|(name, value)| (*name, isolate(value, rtl)))
            .collect();
        let borrowed: Vec<(&str, &str)> = isolated
            .iter()
            .map(|(name, value)| (*name, value.as_str()))
            .collect();
        fill(self.t(key), &borrowed)
    }

    /// The message with its placeholders filled as given, without isolation marks: for files
    /// (Markdown, CSV, calendar) whose readers may show them as stray characters.
    pub fn tf_plain(&self, key: &str, args: &[(&str, &str)]) -> String {
        fill(self.t(key), args)
    }

    /// The plural form of `key` for `count` (`key_one`, `key_other`, …, as the language's rules
    /// choose; `key_other` when the form is missing), with `{{count}}` filled in.
    pub fn plural(&self, key: &str, count: usize, args: &[(&str, &str)]) -> String {
        let message = self.plural_message(key, count);
        let count_text = self.integer(count as i64);
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(("count", count_text.as_str()));
        all.extend_from_slice(args);
        let rtl = self.direction() == Direction::RightToLeft;
        let isolated: Vec<(&str, String)> = all
            .iter()
            .map(|(name, value)| {
                (
                    *name,
                    if *name == "count" {
                        (*value).to_owned()
                    } else {
                        isolate(value, rtl)
                    },
                )
            })
            .collect();
        let borrowed: Vec<(&str, &str)> = isolated
            .iter()
            .map(|(name, value)| (*name, value.as_str()))
            .collect();
        fill(&message, &borrowed)
    }

    /// As [`Translator::plural`], without isolation marks: for files.
    pub fn plural_plain(&self, key: &str, count: usize, args: &[(&str, &str)]) -> String {
        let message = self.plural_message(key, count);
        let count_text = self.integer(count as i64);
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(("count", count_text.as_str()));
        all.extend_from_slice(args);
        fill(&message, &all)
    }

    fn plural_message(&self, key: &str, count: usize) -> String {
        let category = self.formats.plural(count as f64);
        let form = |category: PluralCategory| format!("{key}{}", category.suffix());
        let own = self.catalogue.as_ref().and_then(|c| {
            c.get(&form(category))
                .or_else(|| c.get(&form(PluralCategory::Other)))
        });
        if let Some(message) = own {
            return message.to_owned();
        }
        let english_category = EnglishFormats.plural(count as f64);
        english()
            .get(&form(english_category))
            .or_else(|| english().get(&form(PluralCategory::Other)))
            .unwrap_or(key)
            .to_owned()
    }

    pub fn integer(&self, value: i64) -> String {
        self.formats.number(value as f64, 0)
    }

    pub fn number(&self, value: f64, max_decimals: u32) -> String {
        self.formats.number(value, max_decimals)
    }

    /// A share from 0 to 1 as a whole percentage, written the language's way.
    pub fn percent(&self, fraction: f64) -> String {
        self.formats.percent(fraction)
    }

    /// An ISO date (`2026-03-03`) in the language's medium form; the text as given when it is
    /// not a date the widget reads.
    pub fn date(&self, iso: &str) -> String {
        match days_from_iso(iso) {
            Some(days) => {
                let (y, m, d) = civil_from_days(days);
                self.formats.date(y, m, d)
            }
            None => iso.to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::i18n::languages::by_tag;

    struct GermanRules;
    impl Formats for GermanRules {
        fn plural(&self, count: f64) -> PluralCategory {
            EnglishFormats.plural(count)
        }
        fn number(&self, value: f64, max_decimals: u32) -> String {
            EnglishFormats.number(value, max_decimals).replace(',', ".")
        }
        fn percent(&self, fraction: f64) -> String {
            format!("{} %", crate::domain::number::percent(fraction))
        }
        fn date(&self, year: i64, month: u32, day: u32) -> String {
            format!("{day}.{month}.{year}")
        }
    }

    fn german(json: &str) -> Translator {
        Translator::new(
            by_tag("de").unwrap(),
            Some(Catalogue::parse(json).unwrap()),
            Box::new(GermanRules),
        )
    }

    #[test]
    fn a_missing_message_falls_back_to_english_then_to_the_key() {
        let de = german(r#"{"nav.assess": "Einschätzen"}"#);
        assert_eq!(de.t("nav.assess"), "Einschätzen");
        assert_eq!(de.t("nav.plan"), english().get("nav.plan").unwrap());
        assert_eq!(de.t("no.such.key"), "no.such.key");
    }

    #[test]
    fn plurals_use_the_languages_form_and_its_number_format() {
        let de = german(r#"{"t_one": "{{count}} Fähigkeit", "t_other": "{{count}} Fähigkeiten"}"#);
        assert_eq!(de.plural("t", 1, &[]), "1 Fähigkeit");
        assert_eq!(de.plural("t", 12345, &[]), "12.345 Fähigkeiten");
        assert_eq!(de.percent(0.5), "50 %");
        assert_eq!(de.date("2026-03-03"), "3.3.2026");
        assert_eq!(de.date("soon"), "soon");
    }

    #[test]
    fn names_in_messages_are_isolated_only_where_direction_could_mix() {
        let en = Translator::english();
        let fake = r#"{"x": "Rate {{name}}"}"#;
        let de = german(fake);
        assert_eq!(de.tf("x", &[("name", "SQL")]), "Rate SQL");
        assert_eq!(
            de.tf("x", &[("name", "تحليل")]),
            "Rate \u{2068}تحليل\u{2069}"
        );
        assert_eq!(de.tf_plain("x", &[("name", "تحليل")]), "Rate تحليل");
        assert_eq!(en.integer(1500), "1,500");
    }
}
