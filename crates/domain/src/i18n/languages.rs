//! The interface languages this build has: one catalogue each in `i18n/`, listed by
//! `build.rs` from the files themselves (their `_language` and `_direction` entries), so adding
//! a language is adding one file.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

impl Direction {
    /// The value of an HTML `dir` attribute.
    pub fn attribute(self) -> &'static str {
        match self {
            Direction::LeftToRight => "ltr",
            Direction::RightToLeft => "rtl",
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct InterfaceLanguage {
    /// Canonical BCP 47 tag, also the catalogue's file name: `i18n/{tag}.json`.
    pub tag: &'static str,
    /// The language's name in itself, as the language menu shows it.
    pub name: &'static str,
    pub direction: Direction,
}

include!(concat!(env!("OUT_DIR"), "/interface_languages.rs"));

/// English: the catalogue compiled into the module, and the fallback for every other.
pub fn english_language() -> &'static InterfaceLanguage {
    &INTERFACE_LANGUAGES[0]
}

pub fn by_tag(tag: &str) -> Option<&'static InterfaceLanguage> {
    INTERFACE_LANGUAGES.iter().find(|l| l.tag == tag)
}
