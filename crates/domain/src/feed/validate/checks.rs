//! Field-level checks shared by every kind of entry: ids, text, duplicate and clashing ids.

use crate::feed::diagnostics::{Diagnostics, Severity};
use crate::feed::parse::Spot;
use crate::i18n::isolate;
use std::fmt;
use stdx::fast_map::FastMap;
use stdx::text::{has_unsafe_char, is_unsafe_char, truncate_chars};

pub const MAX_ID_LEN: usize = 100;
pub const MAX_NAME_LEN: usize = 200;
pub const MAX_SHORT_LEN: usize = 200;
pub const MAX_DESCRIPTION_LEN: usize = 2000;
pub const MAX_ANCHOR_LEN: usize = 1000;
pub const MAX_LIST_LEN: usize = 100;

/// The JSON path of an entry (`roles[12]`) or of a top-level value (`scale`), written out only
/// when a diagnostic needs it: a large feed has tens of thousands of entries and few problems.
#[derive(Clone, Copy)]
pub struct EntryPath {
    pub section: &'static str,
    pub index: Option<usize>,
}

impl EntryPath {
    pub fn top(section: &'static str) -> Self {
        EntryPath {
            section,
            index: None,
        }
    }

    pub fn item(section: &'static str, index: usize) -> Self {
        EntryPath {
            section,
            index: Some(index),
        }
    }
}

impl fmt::Display for EntryPath {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self.index {
            Some(index) => write!(f, "{}[{index}]", self.section),
            None => f.write_str(self.section),
        }
    }
}

/// Where an entry sits, for the diagnostics about it.
#[derive(Clone)]
pub struct At<'a> {
    pub source: &'a str,
    pub path: EntryPath,
    pub position: Option<Spot<'a>>,
}

impl At<'_> {
    pub fn report(
        &self,
        diags: &mut Diagnostics,
        severity: Severity,
        code: &'static str,
        field: impl fmt::Display,
        message: String,
    ) {
        let field = field.to_string();
        let path = if field.is_empty() {
            self.path.to_string()
        } else {
            format!("{}.{field}", self.path)
        };
        diags.push(
            severity,
            code,
            self.source,
            path,
            self.position.map(Spot::line_col),
            message,
        );
    }
}

/// Removes control and bidi-override characters and trims to `max` characters, reporting both.
pub fn clean_text(
    value: &str,
    max: usize,
    field: impl fmt::Display + Copy,
    at: &At,
    diags: &mut Diagnostics,
) -> String {
    let mut text = value.trim().to_owned();
    if has_unsafe_char(&text) {
        text = text.chars().filter(|&c| !is_unsafe_char(c)).collect();
        at.report(
            diags,
            Severity::Warning,
            "unsafe-characters",
            field,
            "control or text-direction characters were removed".into(),
        );
    }
    // A byte count within the limit is a char count within it; most text never needs counting.
    let length = if text.len() <= max {
        text.len()
    } else {
        text.chars().count()
    };
    if length > max {
        text = truncate_chars(&text, max).to_owned();
        at.report(
            diags,
            Severity::Warning,
            "too-long",
            field,
            format!("{length} characters is over the limit of {max}; the text was cut"),
        );
    }
    text
}

/// A required, non-empty piece of text such as a name.
pub fn required_text(
    value: &str,
    max: usize,
    field: impl fmt::Display + Copy,
    at: &At,
    diags: &mut Diagnostics,
) -> Option<String> {
    let text = clean_text(value, max, field, at, diags);
    if text.is_empty() {
        at.report(
            diags,
            Severity::Error,
            "empty",
            field,
            format!("\"{field}\" must not be empty; the entry was skipped"),
        );
        return None;
    }
    Some(text)
}

/// A list of `len` items over [`MAX_LIST_LEN`] is warned about; its first items are kept.
pub fn report_long_list(
    len: usize,
    field: impl fmt::Display + Copy,
    at: &At,
    diags: &mut Diagnostics,
) {
    if len > MAX_LIST_LEN {
        at.report(
            diags,
            Severity::Warning,
            "too-long",
            field,
            format!("{len} items is over the limit of {MAX_LIST_LEN}; the rest were ignored"),
        );
    }
}

pub fn clean_list(
    values: &[impl AsRef<str>],
    max_len: usize,
    field: impl fmt::Display + Copy,
    at: &At,
    diags: &mut Diagnostics,
) -> Vec<String> {
    report_long_list(values.len(), field, at, diags);
    values
        .iter()
        .take(MAX_LIST_LEN)
        .map(|v| clean_text(v.as_ref(), max_len, field, at, diags))
        .filter(|v| !v.is_empty())
        .collect()
}

pub fn check_id(id: &str, at: &At, diags: &mut Diagnostics) -> Option<String> {
    let trimmed = id.trim();
    if trimmed.is_empty() {
        at.report(
            diags,
            Severity::Error,
            "empty",
            "id",
            "\"id\" must not be empty; the entry was skipped".into(),
        );
        return None;
    }
    if trimmed.len() > MAX_ID_LEN && trimmed.chars().count() > MAX_ID_LEN {
        at.report(
            diags,
            Severity::Error,
            "too-long",
            "id",
            format!("ids are limited to {MAX_ID_LEN} characters; the entry was skipped"),
        );
        return None;
    }
    if trimmed.chars().any(is_unsafe_char) {
        at.report(
            diags,
            Severity::Error,
            "unsafe-characters",
            "id",
            "the id contains control, invisible or text-direction characters; the entry was skipped"
                .into(),
        );
        return None;
    }
    Some(trimmed.to_owned())
}

/// Remembers which source defined each id, so a second definition is reported, never merged.
#[derive(Default)]
pub struct IdRegistry<'a> {
    owners: FastMap<String, &'a str>,
}

impl<'a> IdRegistry<'a> {
    pub fn claim(&mut self, kind: &str, id: &str, at: &At<'a>, diags: &mut Diagnostics) -> bool {
        match self.owners.get(id) {
            None => {
                self.owners.insert(id.to_owned(), at.source);
                true
            }
            Some(&owner) if owner == at.source => {
                at.report(
                    diags,
                    Severity::Error,
                    "duplicate-id",
                    "id",
                    format!(
                        "{kind} id \"{}\" is used twice in this feed; the later entry was skipped",
                        isolate(id, false)
                    ),
                );
                false
            }
            Some(owner) => {
                at.report(
                    diags,
                    Severity::Error,
                    "id-clash",
                    "id",
                    format!("{kind} id \"{}\" is already defined by {owner}; this definition was skipped", isolate(id, false)),
                );
                false
            }
        }
    }
}
