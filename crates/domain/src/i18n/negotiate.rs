//! Choosing a language: the interface's from the page's hints, and a feed text's translation
//! from those the feed gives.

use super::languages::{english_language, InterfaceLanguage, INTERFACE_LANGUAGES};
use super::tag::LanguageTag;

/// The first candidate (most wanted first: the menu's choice, `?lang=`, the element's `lang`,
/// the page's, the browser's languages, the feed's) that this build has a catalogue for, each
/// tried with its shorter forms (`de-CH` finds `de`); English when none. Malformed candidates
/// are skipped.
pub fn interface_language<'c>(
    candidates: impl IntoIterator<Item = &'c str>,
) -> &'static InterfaceLanguage {
    find_interface_language(candidates).unwrap_or_else(english_language)
}

/// As [`interface_language`], `None` when no candidate has a catalogue (then the feed's own
/// language is asked, once the feed is in).
pub fn find_interface_language<'c>(
    candidates: impl IntoIterator<Item = &'c str>,
) -> Option<&'static InterfaceLanguage> {
    for candidate in candidates {
        let Some(tag) = LanguageTag::parse(candidate) else {
            continue;
        };
        for form in tag.fallbacks() {
            if let Some(language) = INTERFACE_LANGUAGES
                .iter()
                .find(|l| l.tag.eq_ignore_ascii_case(form))
            {
                return Some(language);
            }
        }
    }
    None
}

/// The best of a feed text's translations (`(tag, text)`, tags as written) for `wanted`: the
/// tag itself or a shorter form (`de-CH`, then `de`), then any regional form of its language
/// (`de-AT` for `de`), then the same for the feed's default language, then the first given.
/// `None` only when there are no translations.
pub fn pick_translation<'t, T>(
    translations: &'t [(impl AsRef<str>, T)],
    wanted: &LanguageTag,
    feed_default: Option<&LanguageTag>,
) -> Option<&'t T> {
    let find = |tag: &LanguageTag| -> Option<&'t T> {
        let parsed = || {
            translations
                .iter()
                .filter_map(|(t, text)| Some((LanguageTag::parse(t.as_ref())?, text)))
        };
        for form in tag.fallbacks() {
            if let Some((_, text)) = parsed().find(|(t, _)| t.as_str() == form) {
                return Some(text);
            }
        }
        parsed()
            .find(|(t, _)| t.language() == tag.language())
            .map(|(_, text)| text)
    };
    find(wanted)
        .or_else(|| feed_default.and_then(find))
        .or_else(|| translations.first().map(|(_, text)| text))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(t: &str) -> LanguageTag {
        LanguageTag::parse(t).unwrap()
    }

    #[test]
    fn the_first_candidate_with_a_catalogue_wins() {
        assert_eq!(interface_language(["ja", "de-CH", "fr"]).tag, "de");
        assert_eq!(interface_language(["FR-ca"]).tag, "fr");
        assert_eq!(interface_language(["not a tag", "es-419"]).tag, "es");
        assert_eq!(interface_language(["ar-EG"]).tag, "ar");
    }

    #[test]
    fn nothing_usable_is_english() {
        assert_eq!(interface_language(["ja", "", "x-klingon"]).tag, "en");
        assert_eq!(interface_language([]).tag, "en");
    }

    #[test]
    fn translations_fall_back_from_region_to_language_to_feed_default_to_first() {
        let texts = [
            ("en", "Data analysis"),
            ("de", "Datenanalyse"),
            ("fr-CA", "Analyse"),
        ];
        assert_eq!(
            pick_translation(&texts, &tag("de-CH"), None),
            Some(&"Datenanalyse")
        );
        assert_eq!(pick_translation(&texts, &tag("fr"), None), Some(&"Analyse"));
        assert_eq!(
            pick_translation(&texts, &tag("es"), Some(&tag("en"))),
            Some(&"Data analysis")
        );
        assert_eq!(
            pick_translation(&texts, &tag("es"), None),
            Some(&"Data analysis")
        );
        let german_first = [("de", "Datenanalyse"), ("en", "Data analysis")];
        assert_eq!(
            pick_translation(&german_first, &tag("ja"), None),
            Some(&"Datenanalyse")
        );
        assert_eq!(
            pick_translation(&german_first, &tag("ja"), Some(&tag("en-GB"))),
            Some(&"Data analysis")
        );
    }

    #[test]
    fn malformed_tags_in_the_feed_are_only_reached_as_the_first_given() {
        let texts = [("??", "Eins"), ("de", "Zwei")];
        assert_eq!(pick_translation(&texts, &tag("de"), None), Some(&"Zwei"));
        assert_eq!(pick_translation(&texts, &tag("fr"), None), Some(&"Eins"));
        let none: [(&str, &str); 0] = [];
        assert_eq!(pick_translation(&none, &tag("fr"), None), None);
    }
}
