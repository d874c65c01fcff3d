//! A catalogue: one language's messages, a flat JSON object of keys to texts, in the i18next
//! JSON v4 form translation tools read and write: `{{name}}` placeholders, and plural forms as
//! keys with a CLDR suffix (`skills_one`, `skills_other`). See `docs/i18n.md`.

use crate::domain::fast_map::FastMap;

#[derive(Debug, Clone, Default)]
pub struct Catalogue {
    messages: FastMap<String, String>,
}

impl Catalogue {
    /// Reads a catalogue; a text that is not a flat object of strings is refused, with why.
    pub fn parse(json: &str) -> Result<Catalogue, String> {
        let messages: FastMap<String, String> = serde_json::from_str(json)
            .map_err(|e| format!("not a flat JSON object of texts: {e}"))?;
        Ok(Catalogue { messages })
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.messages.get(key).map(String::as_str)
    }

    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.messages.keys().map(String::as_str)
    }

    pub fn len(&self) -> usize {
        self.messages.len()
    }

    pub fn is_empty(&self) -> bool {
        self.messages.is_empty()
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
}
