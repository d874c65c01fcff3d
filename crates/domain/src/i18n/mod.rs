//! The interface's languages: catalogues of messages, choosing a language, and picking the
//! best translation of a feed's text. Pure: plural rules, numbers and dates come from the
//! browser's `Intl` through [`Formats`] (see `browser/intl.rs`), so no locale data is shipped.

pub mod catalogue;
pub mod formats;
pub mod isolate;
pub mod keys;
pub mod languages;
pub mod negotiate;
pub mod tag;
pub mod translator;

pub use catalogue::Catalogue;
pub use formats::{EnglishFormats, Formats, PluralCategory};
pub use isolate::isolate;
pub use keys::{k, Key};
pub use languages::{Direction, InterfaceLanguage, INTERFACE_LANGUAGES};
pub use negotiate::{find_interface_language, interface_language, pick_translation};
pub use tag::LanguageTag;
pub use translator::Translator;
