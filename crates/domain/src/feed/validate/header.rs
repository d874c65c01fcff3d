//! Format version, framework metadata and scale: the first feed that gives each one wins.

use super::checks::{clean_text, At, EntryPath, MAX_DESCRIPTION_LEN, MAX_SHORT_LEN};
use super::local_text::{Need, Texts};
use crate::feed::diagnostics::{Diagnostics, Severity};
use crate::feed::model::Framework;
use crate::feed::parse::ParsedSource;
use crate::feed::wire::{Text, WireFramework, WireScale};
use crate::i18n::{isolate, LanguageTag};
use crate::scale::{Level, Scale, ScaleLevel};
use serde::Deserialize;

/// The newest feed format this build understands.
pub const FORMAT_VERSION: u32 = 1;
/// Levels are small integers; a scale beyond this is almost surely a mistake.
pub const MAX_LEVEL: i64 = 20;

pub fn format_version(source: &ParsedSource, diags: &mut Diagnostics) -> u32 {
    let at = At {
        source: source.label,
        path: EntryPath::top("format_version"),
        position: None,
    };
    let Some(raw) = source.format_version else {
        at.report(
            diags,
            Severity::Warning,
            "missing-format-version",
            "",
            format!("no \"format_version\"; read as version {FORMAT_VERSION}"),
        );
        return FORMAT_VERSION;
    };
    let at = At {
        position: Some(source.spot(raw)),
        ..at
    };
    match serde_json::from_str::<u32>(raw.get()) {
        Ok(0) => {
            at.report(
                diags,
                Severity::Warning,
                "bad-format-version",
                "",
                format!("format version 0 does not exist; read as {FORMAT_VERSION}"),
            );
            FORMAT_VERSION
        }
        Ok(version) if version > FORMAT_VERSION => {
            at.report(
                diags,
                Severity::Warning,
                "newer-format",
                "",
                format!("format version {version} is newer than this widget ({FORMAT_VERSION}); fields it does not know were ignored"),
            );
            version
        }
        Ok(version) => version,
        Err(_) => {
            at.report(
                diags,
                Severity::Warning,
                "bad-format-version",
                "",
                format!(
                    "\"format_version\" must be a positive whole number; read as {FORMAT_VERSION}"
                ),
            );
            FORMAT_VERSION
        }
    }
}

/// The source's `framework.language`, when it is a language tag (read before the rest, as
/// the fallback of its translated texts; `framework` reports what is wrong with it).
pub fn declared_language(source: &ParsedSource) -> Option<LanguageTag> {
    #[derive(Deserialize)]
    struct Language<'a> {
        #[serde(borrow, default)]
        language: Option<Text<'a>>,
    }
    let raw = source.framework?;
    let found: Language = serde_json::from_str(raw.get()).ok()?;
    LanguageTag::parse(&found.language?)
}

pub fn framework(
    source: &ParsedSource,
    texts: &Texts,
    diags: &mut Diagnostics,
) -> Option<Framework> {
    let raw = source.framework?;
    let wire: WireFramework = source.decode(raw, "framework", diags)?;
    let at = At {
        source: source.label,
        path: EntryPath::top("framework"),
        position: Some(source.spot(raw)),
    };
    let text = |value: &str, field: &str, diags: &mut Diagnostics| {
        clean_text(value, MAX_SHORT_LEN, field, &at, diags)
    };
    let id = text(&wire.id, "id", diags);
    let name = texts.optional(&wire.name, MAX_SHORT_LEN, "name", &at, diags);
    let publisher = text(&wire.publisher, "publisher", diags);
    let version = text(&wire.version, "version", diags);
    let updated = text(&wire.updated, "updated", diags);
    let language = text(&wire.language, "language", diags);
    if !language.is_empty() && LanguageTag::parse(&language).is_none() {
        at.report(
            diags,
            Severity::Warning,
            "bad-language-tag",
            "language",
            format!(
                "\"{}\" is not a BCP 47 language tag (such as \"en\" or \"de-CH\"); it is not used to choose translations",
                isolate(&language, false)
            ),
        );
    }
    Some(Framework {
        id,
        name,
        publisher,
        version,
        updated,
        language,
    })
}

/// `None` when the source gives no scale or an unusable one (then reported).
pub fn scale(source: &ParsedSource, texts: &Texts, diags: &mut Diagnostics) -> Option<Scale> {
    let raw = source.scale?;
    let wire: WireScale = source.decode(raw, "scale", diags)?;
    let at = At {
        source: source.label,
        path: EntryPath::top("scale"),
        position: Some(source.spot(raw)),
    };
    let mut levels: Vec<ScaleLevel> = Vec::new();
    for (i, level) in wire.levels.iter().enumerate() {
        let level_at = At {
            // Written in two so the catalogue check does not read the path as a `scale.` key.
            path: EntryPath::item("scale.levels", i),
            ..at.clone()
        };
        if !(0..=MAX_LEVEL).contains(&level.level) {
            level_at.report(
                diags,
                Severity::Error,
                "level-outside-scale",
                "level",
                format!("levels must be whole numbers from 0 to {MAX_LEVEL}"),
            );
            return None;
        }
        if levels
            .last()
            .is_some_and(|previous| i64::from(previous.level) >= level.level)
        {
            level_at.report(
                diags,
                Severity::Error,
                "scale-order",
                "level",
                "levels must be listed in ascending order without repeats".into(),
            );
            return None;
        }
        // A label with no usable language is reported as such, and the scale is not used.
        let label = texts.chosen(
            &level.label,
            MAX_SHORT_LEN,
            "label",
            Need::Required("the default scale is used"),
            &level_at,
            diags,
        )?;
        if label.is_empty() {
            level_at.report(
                diags,
                Severity::Error,
                "empty",
                "label",
                "every level needs a label".into(),
            );
            return None;
        }
        levels.push(ScaleLevel {
            level: level.level as Level,
            label,
            description: texts.optional(
                &level.description,
                MAX_DESCRIPTION_LEN,
                "description",
                &level_at,
                diags,
            ),
        });
    }
    if levels.len() < 2 {
        at.report(
            diags,
            Severity::Error,
            "scale-too-small",
            "levels",
            "a scale needs at least two levels; the default scale is used".into(),
        );
        return None;
    }
    Some(Scale { levels })
}
