//! Messages in the active language: the active catalogue first, English for what it lacks.

use super::catalogue::{fill, Catalogue};
use super::formats::{EnglishFormats, Formats, PluralCategory};
use super::isolate::isolate;
use super::keys::{english_one, english_text, Key};
use super::languages::{english_language, Direction, InterfaceLanguage};
use stdx::time::{civil_from_days, days_from_iso};

pub struct Translator {
    language: &'static InterfaceLanguage,
    /// `None` for English, which is compiled in (`keys.rs`).
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

    /// The message; English when the active catalogue lacks it.
    pub fn t(&self, key: Key) -> &str {
        self.catalogue
            .as_ref()
            .and_then(|c| c.text(key))
            .unwrap_or_else(|| english_text(key))
    }

    /// The message with its `{{placeholders}}` filled; each value is isolated from the
    /// sentence's direction where it could upset it (see [`isolate`]). For the screen.
    pub fn tf(&self, key: Key, args: &[(&str, &str)]) -> String {
        self.fill_isolated(self.t(key), args)
    }

    /// The message with its placeholders filled as given, without isolation marks: for files
    /// (Markdown, CSV, calendar) whose readers may show them as stray characters.
    pub fn tf_plain(&self, key: Key, args: &[(&str, &str)]) -> String {
        fill(self.t(key), args)
    }

    /// The plural form of `key` for `count` (`_one`, `_other`, …, as the language's rules
    /// choose; `_other` when the form is missing), with `{{count}}` filled in.
    pub fn plural(&self, key: Key, count: usize, args: &[(&str, &str)]) -> String {
        let count_text = self.integer(count as i64);
        // The count is a number in the sentence's own digits: never isolated.
        // Filled first, so that a name written like a placeholder is never filled in.
        let with_count = fill(self.plural_message(key, count), &[("count", &count_text)]);
        self.fill_isolated(&with_count, args)
    }

    /// As [`Translator::plural`], without isolation marks: for files.
    pub fn plural_plain(&self, key: Key, count: usize, args: &[(&str, &str)]) -> String {
        let count_text = self.integer(count as i64);
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(("count", count_text.as_str()));
        all.extend_from_slice(args);
        fill(self.plural_message(key, count), &all)
    }

    fn fill_isolated(&self, message: &str, args: &[(&str, &str)]) -> String {
        let rtl = self.direction() == Direction::RightToLeft;
        let isolated: Vec<(&str, String)> = args
            .iter()
            .map(|(name, value)| (*name, isolate(value, rtl)))
            .collect();
        let borrowed: Vec<(&str, &str)> = isolated
            .iter()
            .map(|(name, value)| (*name, value.as_str()))
            .collect();
        fill(message, &borrowed)
    }

    fn plural_message(&self, key: Key, count: usize) -> &str {
        if let Some(catalogue) = &self.catalogue {
            let category = self.formats.plural(count as f64);
            if let Some(form) = catalogue
                .form(key, category)
                .or_else(|| catalogue.form(key, PluralCategory::Other))
            {
                return form;
            }
        }
        match EnglishFormats.plural(count as f64) {
            PluralCategory::One => english_one(key).unwrap_or_else(|| english_text(key)),
            _ => english_text(key),
        }
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

    /// The name of the language `tag` (a feed's resource or mentor language), in this language.
    pub fn language_name(&self, tag: &str) -> String {
        self.formats.language_name(tag)
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
    use crate::i18n::keys::k;
    use crate::i18n::languages::by_tag;

    struct GermanRules;
    impl Formats for GermanRules {
        fn plural(&self, count: f64) -> PluralCategory {
            EnglishFormats.plural(count)
        }
        fn number(&self, value: f64, max_decimals: u32) -> String {
            EnglishFormats.number(value, max_decimals).replace(',', ".")
        }
        fn percent(&self, fraction: f64) -> String {
            format!("{} %", stdx::number::percent(fraction))
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
    fn a_missing_message_falls_back_to_english() {
        let de = german(r#"{"nav.assess": "Kompetenzen einschätzen"}"#);
        assert_eq!(de.t(k::NAV_ASSESS), "Kompetenzen einschätzen");
        assert_eq!(de.t(k::NAV_PLAN), "My plan");
    }

    #[test]
    fn formats_follow_the_language() {
        let de = german("{}");
        assert_eq!(de.integer(12345), "12.345");
        assert_eq!(de.percent(0.5), "50 %");
        assert_eq!(de.date("2026-03-03"), "3.3.2026");
        assert_eq!(de.date("soon"), "soon");
        assert_eq!(Translator::english().integer(1500), "1,500");
    }

    #[test]
    fn names_in_messages_are_isolated_only_where_direction_could_mix() {
        let de = german(r#"{"app.feed-from": " · von {{origins}}"}"#);
        assert_eq!(
            de.tf(k::APP_FEED_FROM, &[("origins", "hr.example")]),
            " · von hr.example"
        );
        assert_eq!(
            de.tf(k::APP_FEED_FROM, &[("origins", "تحليل")]),
            " · von \u{2068}تحليل\u{2069}"
        );
        assert_eq!(
            de.tf_plain(k::APP_FEED_FROM, &[("origins", "تحليل")]),
            " · von تحليل"
        );
    }
}
