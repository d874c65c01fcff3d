//! First pass over a feed's text: check it is a JSON object and split it into entries that
//! still point into the original text, so every later error can name its line and column.

use super::diagnostics::{Diagnostics, Severity};
use super::json_path::path_at;
use super::positions::LineIndex;
use crate::i18n::LanguageTag;
use serde::de::{self, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::value::RawValue;
use std::cell::OnceCell;
use std::fmt;
use stdx::sorted_map::SortedMap;

/// One feed as fetched: where it came from and its text.
#[derive(Debug, Clone, Copy)]
pub struct FeedSource<'a> {
    pub label: &'a str,
    pub text: &'a str,
}

#[derive(Deserialize)]
struct WireDocument<'a> {
    #[serde(borrow, default)]
    format_version: Option<&'a RawValue>,
    #[serde(borrow, default)]
    framework: Option<&'a RawValue>,
    #[serde(borrow, default)]
    scale: Option<&'a RawValue>,
    #[serde(borrow, default)]
    skills: Option<WireSection<'a>>,
    #[serde(borrow, default)]
    roles: Option<WireSection<'a>>,
    #[serde(borrow, default)]
    resources: Option<WireSection<'a>>,
    #[serde(borrow, default)]
    mentors: Option<WireSection<'a>>,
}

/// A list section split into its entries in the same pass that reads the document, so the
/// (possibly 20 MB) text is scanned once before the entries are decoded.
enum WireSection<'a> {
    Entries(Vec<&'a RawValue>),
    NotAnArray,
}

impl<'de: 'a, 'a> Deserialize<'de> for WireSection<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(SectionVisitor)
    }
}

struct SectionVisitor;

impl<'de> Visitor<'de> for SectionVisitor {
    type Value = WireSection<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut entries = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(entry) = seq.next_element::<&'de RawValue>()? {
            entries.push(entry);
        }
        Ok(WireSection::Entries(entries))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(WireSection::Entries(Vec::new()))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(WireSection::NotAnArray)
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
        Ok(WireSection::NotAnArray)
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
        Ok(WireSection::NotAnArray)
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
        Ok(WireSection::NotAnArray)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
        Ok(WireSection::NotAnArray)
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
        Ok(WireSection::NotAnArray)
    }
}

pub struct ParsedSource<'a> {
    pub label: &'a str,
    text: &'a str,
    lines: OnceCell<LineIndex>,
    pub format_version: Option<&'a RawValue>,
    pub framework: Option<&'a RawValue>,
    pub scale: Option<&'a RawValue>,
    pub skills: Vec<&'a RawValue>,
    pub roles: Vec<&'a RawValue>,
    pub resources: Vec<&'a RawValue>,
    pub mentors: Vec<&'a RawValue>,
    /// The language of this feed's untagged intent (its `framework.language`, else the first
    /// feed's): the fallback when a translated text lacks the wanted language. Set by
    /// `validate::load_feeds_with`.
    pub language: Option<LanguageTag>,
}

impl<'a> ParsedSource<'a> {
    /// Returns `None`, with an error, when the text is not a JSON object at all.
    pub fn parse(source: FeedSource<'a>, diags: &mut Diagnostics) -> Option<Self> {
        // Spreadsheet and Windows tools often write a byte-order mark; JSON parsers refuse it.
        let source = FeedSource {
            text: source.text.strip_prefix('\u{feff}').unwrap_or(source.text),
            ..source
        };
        let first = source.text.trim_start().chars().next();
        if matches!(first, Some('[' | '"' | '0'..='9' | '-' | 't' | 'f' | 'n'))
            && serde_json::from_str::<serde::de::IgnoredAny>(source.text).is_ok()
        {
            diags.push(
                Severity::Error,
                "not-an-object",
                source.label,
                "",
                Some((1, 1)),
                "the feed must be a JSON object ({ … }) at the top level",
            );
            return None;
        }
        let document: WireDocument<'a> = match serde_json::from_str(source.text) {
            Ok(document) => document,
            Err(err) => {
                let text = err.to_string();
                let duplicate = text
                    .strip_prefix("duplicate field `")
                    .and_then(|rest| rest.split('`').next());
                let (code, message) = if let (true, Some(key)) = (err.is_data(), duplicate) {
                    (
                        "duplicate-key",
                        format!(
                            "\"{key}\" appears twice at the top level; keep one (tools disagree about which one counts)"
                        ),
                    )
                } else if err.is_data() {
                    (
                        "not-an-object",
                        "the feed must be a JSON object ({ … }) at the top level".to_owned(),
                    )
                } else if err.is_eof() && source.text.trim().is_empty() {
                    ("not-json", "the feed is empty".to_owned())
                } else {
                    (
                        "not-json",
                        format!("the feed is not valid JSON: {}", strip_position(&err)),
                    )
                };
                diags.push(
                    Severity::Error,
                    code,
                    source.label,
                    "",
                    Some((err.line(), err.column())),
                    message,
                );
                return None;
            }
        };
        let mut parsed = ParsedSource {
            label: source.label,
            text: source.text,
            lines: OnceCell::new(),
            format_version: document.format_version,
            framework: document.framework,
            scale: document.scale,
            skills: Vec::new(),
            roles: Vec::new(),
            resources: Vec::new(),
            mentors: Vec::new(),
            language: None,
        };
        parsed.skills = parsed.section("skills", document.skills, diags);
        parsed.roles = parsed.section("roles", document.roles, diags);
        parsed.resources = parsed.section("resources", document.resources, diags);
        parsed.mentors = parsed.section("mentors", document.mentors, diags);
        Some(parsed)
    }

    fn section(
        &self,
        name: &str,
        section: Option<WireSection<'a>>,
        diags: &mut Diagnostics,
    ) -> Vec<&'a RawValue> {
        match section {
            None => Vec::new(),
            Some(WireSection::Entries(entries)) => entries,
            Some(WireSection::NotAnArray) => {
                diags.push(
                    Severity::Error,
                    "not-an-array",
                    self.label,
                    name,
                    self.section_position(name),
                    format!("\"{name}\" must be an array ([ … ]); the whole section was skipped"),
                );
                Vec::new()
            }
        }
    }

    /// Reads the document again, keeping each top-level value whole; only for reporting.
    fn section_position(&self, name: &str) -> Option<(usize, usize)> {
        let sections: SortedMap<String, &RawValue> = serde_json::from_str(self.text).ok()?;
        sections.get(name).map(|raw| self.position_of(raw))
    }

    /// Line and column where a raw value starts in the source.
    pub fn position_of(&self, raw: &RawValue) -> (usize, usize) {
        self.line_col(self.offset_of(raw))
    }

    /// Where a raw value starts, resolved to a line and column only if it is ever reported.
    pub fn spot(&self, raw: &RawValue) -> Spot<'_> {
        Spot {
            source: self,
            offset: self.offset_of(raw),
        }
    }

    /// Where a string decoded from this text starts: its opening quote. `None` for a string
    /// that had escapes to decode (a copy, no longer pointing into the text).
    pub fn spot_of_str(&self, decoded: &str) -> Option<Spot<'_>> {
        let offset = self.offset_in_text(decoded)?;
        let quote = offset.checked_sub(1)?;
        (self.text.as_bytes()[quote] == b'"').then_some(Spot {
            source: self,
            offset: quote,
        })
    }

    /// Where the object starts whose first key is `first_key` (a string decoded from this
    /// text): its opening brace.
    pub fn spot_of_object(&self, first_key: &str) -> Option<Spot<'_>> {
        let quote = self.offset_in_text(first_key)?.checked_sub(1)?;
        let before = self.text[..quote].trim_end_matches([' ', '\t', '\n', '\r']);
        before.ends_with('{').then(|| Spot {
            source: self,
            offset: before.len() - 1,
        })
    }

    fn offset_in_text(&self, decoded: &str) -> Option<usize> {
        let start = self.text.as_ptr() as usize;
        let at = decoded.as_ptr() as usize;
        (at >= start && at + decoded.len() <= start + self.text.len()).then(|| at - start)
    }

    fn line_col(&self, offset: usize) -> (usize, usize) {
        self.lines
            .get_or_init(|| LineIndex::new(self.text))
            .line_col(offset)
    }

    fn offset_of(&self, raw: &RawValue) -> usize {
        let start = self.text.as_ptr() as usize;
        (raw.get().as_ptr() as usize)
            .saturating_sub(start)
            .min(self.text.len())
    }

    /// Decodes one entry; on failure reports the JSON path and position of the exact fault.
    pub fn decode<T: Deserialize<'a>>(
        &self,
        raw: &'a RawValue,
        path: impl fmt::Display,
        diags: &mut Diagnostics,
    ) -> Option<T> {
        let err = match serde_json::from_str(raw.get()) {
            Ok(value) => return Some(value),
            Err(err) => err,
        };
        let inner = LineIndex::offset_in(raw.get(), err.line(), err.column());
        let inner_path = path_at(raw.get(), inner);
        let full_path = if inner_path.is_empty() {
            path.to_string()
        } else if inner_path.starts_with('[') {
            format!("{path}{inner_path}")
        } else {
            format!("{path}.{inner_path}")
        };
        diags.push(
            Severity::Error,
            "invalid-entry",
            self.label,
            full_path,
            Some(self.line_col(self.offset_of(raw) + inner)),
            format!("{}; the entry was skipped", strip_position(&err)),
        );
        None
    }
}

/// A place in a feed's text. Most entries are never reported, and finding the line of an
/// offset needs an index of the whole text, so that work waits until a diagnostic needs it.
#[derive(Clone, Copy)]
pub struct Spot<'s> {
    source: &'s ParsedSource<'s>,
    offset: usize,
}

impl Spot<'_> {
    pub fn line_col(self) -> (usize, usize) {
        self.source.line_col(self.offset)
    }
}

/// serde_json appends " at line X column Y"; diagnostics carry the position separately.
fn strip_position(err: &serde_json::Error) -> String {
    let text = err.to_string();
    match text.rfind(" at line ") {
        Some(cut) => text[..cut].to_owned(),
        None => text,
    }
}
