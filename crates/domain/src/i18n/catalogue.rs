//! A catalogue: one language's messages, read from a flat JSON object of keys to texts in the
//! i18next JSON v4 form translation tools read and write: `{{name}}` placeholders, and plural
//! forms as keys with a CLDR suffix (`skills_one`, `skills_other`). See `docs/i18n.md`.

use super::formats::PluralCategory;
use super::keys::{find_key, Key, MESSAGE_COUNT};
use stdx::json_text::Text;
use stdx::sorted_map::SortedMap;
use stdx::sorting::sort_by_key;

#[derive(Debug, Clone, Default)]
pub struct Catalogue {
    /// By message: the text, or a plural message's `_other` form.
    texts: Vec<Option<Box<str>>>,
    /// A plural message's other forms, ordered by key.
    forms: Vec<(Key, PluralCategory, Box<str>)>,
}

impl Catalogue {
    /// Reads a catalogue; a text that is not a flat object of strings is refused, with why.
    /// Keys English does not have (left from an older version) are ignored.
    pub fn parse(json: &str) -> Result<Catalogue, String> {
        let entries: SortedMap<Text, Text> = serde_json::from_str(json)
            .map_err(|e| format!("not a flat JSON object of texts: {e}"))?;
        let mut texts: Vec<Option<Box<str>>> = vec![None; MESSAGE_COUNT];
        let mut forms = Vec::new();
        for (key, text) in entries.iter() {
            let text: Box<str> = text.as_ref().into();
            if let Some(found) = find_key(key) {
                texts[usize::from(found.0)] = Some(text);
                continue;
            }
            let Some((base, suffix)) = key.rsplit_once('_') else {
                continue;
            };
            let Some(found) = find_key(base) else {
                continue;
            };
            match PluralCategory::from_name(suffix) {
                PluralCategory::Other if suffix == "other" => {
                    texts[usize::from(found.0)] = Some(text)
                }
                PluralCategory::Other => {}
                category => forms.push((found, category, text)),
            }
        }
        sort_by_key(&mut forms, |(key, _, _)| *key);
        Ok(Catalogue { texts, forms })
    }

    pub fn text(&self, key: Key) -> Option<&str> {
        self.texts
            .get(usize::from(key.0))
            .and_then(|t| t.as_deref())
    }

    /// A plural message's form for `category` (`_other` for [`PluralCategory::Other`]).
    pub fn form(&self, key: Key, category: PluralCategory) -> Option<&str> {
        if category == PluralCategory::Other {
            return self.text(key);
        }
        self.forms
            .iter()
            .find(|(k, c, _)| *k == key && *c == category)
            .map(|(_, _, text)| &**text)
    }
}

/// The placeholder names of a message, in order of appearance: `{{count}} of {{total}}` →
/// `count`, `total`.
pub fn placeholders(message: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = message;
    while let Some(start) = rest.find("{{") {
        let after = &rest[start + 2..];
        let Some(end) = after.find("}}") else { break };
        names.push(after[..end].trim());
        rest = &after[end + 2..];
    }
    names
}

/// `message` with each `{{name}}` replaced by its value from `args` (a name not given stays as
/// written, so a mistake shows rather than vanishing).
pub fn fill(message: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(message.len() + 16);
    let mut rest = message;
    while let Some(start) = rest.find("{{") {
        let after = &rest[start + 2..];
        let Some(end) = after.find("}}") else { break };
        out.push_str(&rest[..start]);
        let name = after[..end].trim();
        match args.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => out.push_str(value),
            None => out.push_str(&rest[start..start + 2 + end + 2]),
        }
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::keys::k;

    #[test]
    fn placeholders_are_named_in_order() {
        assert_eq!(placeholders("{{count}} of {{ total }}"), ["count", "total"]);
        assert!(placeholders("no placeholders {here}").is_empty());
    }

    #[test]
    fn fill_replaces_known_names_and_keeps_unknown_ones() {
        assert_eq!(
            fill("{{a}} and {{b}}", &[("a", "x"), ("b", "{{a}}")]),
            "x and {{a}}"
        );
        assert_eq!(fill("{{missing}}!", &[]), "{{missing}}!");
        assert_eq!(fill("broken {{a", &[("a", "x")]), "broken {{a");
    }

    #[test]
    fn catalogues_must_be_flat_objects_of_texts() {
        assert!(Catalogue::parse(r#"{"a": "b"}"#).is_ok());
        assert!(Catalogue::parse(r#"{"a": {"b": "c"}}"#).is_err());
        assert!(Catalogue::parse(r#"["a"]"#).is_err());
        assert!(Catalogue::parse("<html>").is_err());
    }

    #[test]
    fn keys_are_read_by_name_and_unknown_ones_ignored() {
        let c = Catalogue::parse(
            r#"{"nav.plan": "Mein Plan", "gone.key": "x", "_language": "Deutsch"}"#,
        )
        .unwrap();
        assert_eq!(c.text(k::NAV_PLAN), Some("Mein Plan"));
        assert_eq!(c.text(k::NAV_DATA), None);
    }
}
