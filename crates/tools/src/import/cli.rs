//! Options every format shares: what the framework is called, and how inputs are read.

use crate::import::draft::FrameworkDraft;
use crate::import::input::DEFAULT_MAX_INPUT_MB;
use clap::Args;
use domain::feed::validate::MAX_ID_LEN;
use std::path::PathBuf;

/// The framework's description (`framework` in the feed). Each format fills what its files
/// say; these options override it.
#[derive(Debug, Clone, Default, Args)]
pub struct FrameworkOptions {
    /// Framework id, stable across versions (letters, digits, - _ .), e.g. "acme-engineering".
    #[arg(long = "framework-id", value_name = "ID", value_parser = framework_id)]
    pub id: Option<String>,
    /// Framework name as employees see it, e.g. "ACME engineering skills".
    #[arg(long = "framework-name", value_name = "NAME")]
    pub name: Option<String>,
    /// Who publishes it, e.g. "ACME People team".
    #[arg(long, value_name = "NAME")]
    pub publisher: Option<String>,
    /// The framework's own version, e.g. "2026.1".
    #[arg(long = "framework-version", value_name = "VERSION")]
    pub version: Option<String>,
    /// When it last changed (YYYY-MM-DD, or YYYY-MM).
    #[arg(long, value_name = "DATE", value_parser = date)]
    pub updated: Option<String>,
    /// Language of its texts as a BCP 47 tag, e.g. "en", "fr", "de-CH".
    #[arg(long, value_name = "TAG", value_parser = language_tag)]
    pub language: Option<String>,
}

impl FrameworkOptions {
    /// `found` (what the input says) with every option given here written over it.
    pub fn apply(&self, mut found: FrameworkDraft) -> FrameworkDraft {
        let fields = [
            (&self.id, &mut found.id),
            (&self.name, &mut found.name),
            (&self.publisher, &mut found.publisher),
            (&self.version, &mut found.version),
            (&self.updated, &mut found.updated),
            (&self.language, &mut found.language),
        ];
        for (option, field) in fields {
            if let Some(value) = option {
                *field = value.trim().to_owned();
            }
        }
        found
    }
}

#[derive(Debug, Clone, Args)]
pub struct InputOptions {
    /// Largest input file read, in megabytes; larger files are refused before reading.
    #[arg(long = "max-input-mb", value_name = "MB", default_value_t = DEFAULT_MAX_INPUT_MB)]
    pub max_input_mb: u64,
}

impl Default for InputOptions {
    fn default() -> Self {
        InputOptions {
            max_input_mb: DEFAULT_MAX_INPUT_MB,
        }
    }
}

/// Options shared by every format, flattened into each one's own.
#[derive(Debug, Clone, Default, Args)]
pub struct CommonOptions {
    /// Write the feed to FILE (only when the import succeeded, never half a file) instead of
    /// standard output; "-o -" is standard output. FILE is a regular file or a new one: a
    /// directory, pipe, device or symbolic link is refused, and so is any input of the import.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub framework: FrameworkOptions,
    #[command(flatten)]
    pub input: InputOptions,
}

/// `--framework-id`: what the feed check accepts as an id.
fn framework_id(value: &str) -> Result<String, String> {
    let ok = !value.is_empty()
        && value.len() <= MAX_ID_LEN
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if ok {
        Ok(value.to_owned())
    } else {
        Err(format!(
            "use 1 to {MAX_ID_LEN} letters, digits, -, _ or . (such as \"acme-engineering\")"
        ))
    }
}

/// `--updated`: a calendar date, YYYY-MM-DD or YYYY-MM.
fn date(value: &str) -> Result<String, String> {
    let parts: Vec<&str> = value.split('-').collect();
    let number = |text: &str, digits: usize, range: std::ops::RangeInclusive<u32>| {
        text.len() == digits
            && text.bytes().all(|b| b.is_ascii_digit())
            && text.parse::<u32>().is_ok_and(|n| range.contains(&n))
    };
    let ok = match parts.as_slice() {
        [year, month] => number(year, 4, 1900..=9999) && number(month, 2, 1..=12),
        [year, month, day] => {
            number(year, 4, 1900..=9999) && number(month, 2, 1..=12) && number(day, 2, 1..=31)
        }
        _ => false,
    };
    if ok {
        Ok(value.to_owned())
    } else {
        Err("use YYYY-MM-DD (such as 2026-11-30) or YYYY-MM".to_owned())
    }
}

/// `--language`: a BCP 47 tag in its common shape: a 2–3 letter language, then subtags of
/// 2–8 letters or digits (`en`, `fr`, `de-CH`, `zh-Hant-TW`).
fn language_tag(value: &str) -> Result<String, String> {
    let mut parts = value.split('-');
    let language = parts.next().unwrap_or("");
    let ok = (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_alphabetic())
        && parts
            .all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()));
    if ok {
        Ok(value.to_owned())
    } else {
        Err("use a BCP 47 language tag such as en, fr, de-CH".to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn framework_options_are_checked_before_anything_is_read() {
        assert!(framework_id("acme-engineering_2.0").is_ok());
        assert!(framework_id("bad id!").is_err());
        assert!(date("2026-11-30").is_ok() && date("2018-08").is_ok());
        for bad in ["2026-13-45", "30.11.2026", "2026-1-5", "2026"] {
            assert!(date(bad).is_err(), "{bad}");
        }
        for good in ["en", "fr", "de-CH", "zh-Hant-TW"] {
            assert!(language_tag(good).is_ok(), "{good}");
        }
        for bad in ["english!!", "e", "de_CH", ""] {
            assert!(language_tag(bad).is_err(), "{bad}");
        }
    }
}
