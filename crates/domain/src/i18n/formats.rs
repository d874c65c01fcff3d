//! What a language needs beyond its catalogue: plural rules, numbers and dates. The browser
//! answers these through `Intl` (`browser/intl.rs`); [`EnglishFormats`] answers them natively,
//! for tests, tools and the moment before `Intl` is asked.

use stdx::number::fixed;
use stdx::time::civil_from_days;

/// The CLDR plural categories, as `Intl.PluralRules.select` names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PluralCategory {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl PluralCategory {
    pub fn from_name(name: &str) -> PluralCategory {
        match name {
            "zero" => PluralCategory::Zero,
            "one" => PluralCategory::One,
            "two" => PluralCategory::Two,
            "few" => PluralCategory::Few,
            "many" => PluralCategory::Many,
            _ => PluralCategory::Other,
        }
    }

    /// The suffix of a catalogue key for this form (`skills_one`), as i18next writes it.
    pub fn suffix(self) -> &'static str {
        match self {
            PluralCategory::Zero => "_zero",
            PluralCategory::One => "_one",
            PluralCategory::Two => "_two",
            PluralCategory::Few => "_few",
            PluralCategory::Many => "_many",
            PluralCategory::Other => "_other",
        }
    }

    pub const ALL: [PluralCategory; 6] = [
        PluralCategory::Zero,
        PluralCategory::One,
        PluralCategory::Two,
        PluralCategory::Few,
        PluralCategory::Many,
        PluralCategory::Other,
    ];
}

pub trait Formats: Send + Sync {
    fn plural(&self, count: f64) -> PluralCategory;
    /// With digit grouping and at most `max_decimals` places (trailing zeros dropped).
    fn number(&self, value: f64, max_decimals: u32) -> String;
    /// A share from 0 to 1 as a whole percentage: "42%" in English, "42 %" in German.
    fn percent(&self, fraction: f64) -> String;
    /// A calendar day in the language's medium form: "3 Mar 2026", "3. März 2026".
    fn date(&self, year: i64, month: u32, day: u32) -> String;
    /// A language's name in this language ("Deutsch" → "German" in English, "Allemand" in
    /// French); the tag itself when there is none to give.
    fn language_name(&self, tag: &str) -> String {
        tag.to_owned()
    }
}

/// British English without `Intl`: the forms the widget showed before it had languages.
pub struct EnglishFormats;

impl Formats for EnglishFormats {
    fn plural(&self, count: f64) -> PluralCategory {
        if count == 1.0 {
            PluralCategory::One
        } else {
            PluralCategory::Other
        }
    }

    fn number(&self, value: f64, max_decimals: u32) -> String {
        let text = fixed(value, max_decimals);
        let text = if text.contains('.') {
            text.trim_end_matches('0').trim_end_matches('.')
        } else {
            &text
        };
        group_thousands(text, ',')
    }

    fn percent(&self, fraction: f64) -> String {
        format!("{}%", stdx::number::percent(fraction))
    }

    fn date(&self, year: i64, month: u32, day: u32) -> String {
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        let month = MONTHS.get(month as usize - 1).copied().unwrap_or("");
        format!("{day} {month} {year}")
    }
}

/// `-12345.6` → `-12,345.6`: the separator between each three digits of the whole part.
fn group_thousands(text: &str, separator: char) -> String {
    let (sign, rest) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    let (whole, fraction) = rest.split_at(rest.find('.').unwrap_or(rest.len()));
    if whole.len() <= 3 {
        return text.to_owned();
    }
    let mut out = String::from(sign);
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(separator);
        }
        out.push(c);
    }
    out.push_str(fraction);
    out
}

/// The days since 1970-01-01 as (year, month, day), for callers holding a day number.
pub fn ymd(days: i64) -> (i64, u32, u32) {
    civil_from_days(days)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_numbers_group_thousands_and_drop_trailing_zeros() {
        let f = EnglishFormats;
        assert_eq!(f.number(123.0, 0), "123");
        assert_eq!(f.number(1234.0, 0), "1,234");
        assert_eq!(f.number(12345.0, 0), "12,345");
        assert_eq!(f.number(-1234567.25, 2), "-1,234,567.25");
        assert_eq!(f.number(2.50, 2), "2.5");
        assert_eq!(f.number(3.0, 1), "3");
        assert_eq!(f.percent(0.424), "42%");
        assert_eq!(f.date(2026, 3, 3), "3 Mar 2026");
    }

    #[test]
    fn english_plurals_are_one_and_other() {
        assert_eq!(EnglishFormats.plural(1.0), PluralCategory::One);
        assert_eq!(EnglishFormats.plural(0.0), PluralCategory::Other);
        assert_eq!(EnglishFormats.plural(2.0), PluralCategory::Other);
    }
}
