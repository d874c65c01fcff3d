//! BCP 47 language tags, as far as the widget needs them: checked for well-formedness,
//! written in their canonical case (`de-CH`, `zh-Hant-TW`), and shortened one subtag at a
//! time for fallback (`de-CH` → `de`).

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LanguageTag(String);

impl LanguageTag {
    /// A tag whose subtags are letters and digits, 1–8 long, starting with a 2–3 letter
    /// language (or `x`/`i` private and grandfathered forms, which are refused: no interface
    /// or feed would name them). `_` is read as `-`, as POSIX locales write it (`de_CH`).
    pub fn parse(text: &str) -> Option<LanguageTag> {
        let text = text.trim();
        if text.is_empty() || text.len() > 64 {
            return None;
        }
        let mut out = String::with_capacity(text.len());
        for (i, subtag) in text.split(['-', '_']).enumerate() {
            let ok = !subtag.is_empty()
                && subtag.len() <= 8
                && subtag.chars().all(|c| c.is_ascii_alphanumeric());
            if !ok {
                return None;
            }
            if i == 0 {
                if !(2..=3).contains(&subtag.len())
                    || !subtag.chars().all(|c| c.is_ascii_alphabetic())
                {
                    return None;
                }
                out.push_str(&subtag.to_ascii_lowercase());
                continue;
            }
            out.push('-');
            // Script (4 letters) in title case, region (2 letters) in upper case, the rest lower.
            if subtag.len() == 4 && subtag.chars().all(|c| c.is_ascii_alphabetic()) {
                let mut chars = subtag.chars();
                if let Some(first) = chars.next() {
                    out.push(first.to_ascii_uppercase());
                }
                out.extend(chars.map(|c| c.to_ascii_lowercase()));
            } else if subtag.len() == 2 && subtag.chars().all(|c| c.is_ascii_alphabetic()) {
                out.push_str(&subtag.to_ascii_uppercase());
            } else {
                out.push_str(&subtag.to_ascii_lowercase());
            }
        }
        Some(LanguageTag(out))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The primary language subtag: `de` for `de-CH`.
    pub fn language(&self) -> &str {
        self.0.split('-').next().unwrap_or(&self.0)
    }

    /// This tag and each shorter one: `zh-Hant-TW`, `zh-Hant`, `zh`.
    pub fn fallbacks(&self) -> impl Iterator<Item = &str> {
        let tag = self.0.as_str();
        let mut end = Some(tag.len());
        std::iter::from_fn(move || {
            let current = end?;
            end = tag[..current].rfind('-');
            Some(&tag[..current])
        })
    }
}

impl std::fmt::Display for LanguageTag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_written_in_canonical_case() {
        assert_eq!(LanguageTag::parse("DE-ch").unwrap().as_str(), "de-CH");
        assert_eq!(
            LanguageTag::parse("zh-hant-tw").unwrap().as_str(),
            "zh-Hant-TW"
        );
        assert_eq!(LanguageTag::parse(" pt_BR ").unwrap().as_str(), "pt-BR");
        assert_eq!(LanguageTag::parse("es-419").unwrap().as_str(), "es-419");
    }

    #[test]
    fn malformed_tags_are_refused() {
        for bad in [
            "",
            " ",
            "e",
            "english",
            "de--CH",
            "de-",
            "-de",
            "d3",
            "de-CH!",
            "ar-<b>",
            "x-klingon",
            "de-abcdefghi",
        ] {
            assert_eq!(LanguageTag::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn fallbacks_drop_one_subtag_at_a_time() {
        let tag = LanguageTag::parse("zh-Hant-TW").unwrap();
        assert_eq!(
            tag.fallbacks().collect::<Vec<_>>(),
            ["zh-Hant-TW", "zh-Hant", "zh"]
        );
        assert_eq!(tag.language(), "zh");
        let de = LanguageTag::parse("de").unwrap();
        assert_eq!(de.fallbacks().collect::<Vec<_>>(), ["de"]);
    }
}
