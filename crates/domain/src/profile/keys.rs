//! Storage key names under a namespace an embedding page may choose.

pub const DEFAULT_NAMESPACE: &str = "skillgap";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StorageKeys {
    namespace: String,
}

impl StorageKeys {
    /// Letters, digits, `-`, `_` and `.`, up to 64 characters, are used as given; nothing
    /// (an absent or blank key) is the default. Any other key still gets a namespace of its
    /// own, never the shared default (where it would mix with another widget's data): its safe
    /// characters and a hash of the whole key.
    pub fn new(namespace: &str) -> Self {
        let clean = namespace.trim();
        let safe = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.');
        let namespace = if clean.is_empty() {
            DEFAULT_NAMESPACE.to_owned()
        } else if clean.len() <= 64 && clean.chars().all(safe) {
            clean.to_owned()
        } else {
            let kept: String = clean.chars().filter(|&c| safe(c)).take(40).collect();
            format!("{kept}-{:016x}", stdx::hash::hash_str(clean))
        };
        StorageKeys { namespace }
    }

    /// Whether `namespace` was used as given (else it was blank or made safe by `new`).
    pub fn is_as_given(&self, namespace: &str) -> bool {
        self.namespace == namespace.trim()
    }

    pub fn namespace(&self) -> &str {
        &self.namespace
    }

    pub fn profile(&self) -> String {
        format!("{}:profile", self.namespace)
    }

    /// When the user last deleted all their data (milliseconds), so that an open tab that did
    /// not hear of it cannot write the deleted data back.
    pub fn cleared(&self) -> String {
        format!("{}:cleared", self.namespace)
    }

    /// Set once the person has closed the first-run introduction in this browser.
    pub fn intro_seen(&self) -> String {
        format!("{}:intro-seen", self.namespace)
    }

    /// The interface language chosen in the widget's menu, if any.
    pub fn language(&self) -> String {
        format!("{}:language", self.namespace)
    }

    /// Where a stored value that could not be read is kept, one key per occurrence.
    pub fn backup(&self, stamp: u64) -> String {
        format!("{}:backup:{stamp}", self.namespace)
    }

    pub fn owns(&self, key: &str) -> bool {
        key.strip_prefix(&self.namespace)
            .is_some_and(|rest| rest.starts_with(':'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_live_under_the_namespace() {
        let keys = StorageKeys::new("team-a");
        assert_eq!(keys.profile(), "team-a:profile");
        assert_eq!(keys.backup(42), "team-a:backup:42");
        assert_eq!(keys.intro_seen(), "team-a:intro-seen");
        assert!(keys.owns(&keys.intro_seen()));
        assert!(keys.owns("team-a:profile"));
        assert!(!keys.owns("team-ab:profile"));
        assert!(!keys.owns("other"));
    }

    #[test]
    fn blank_namespaces_are_the_default_and_unsafe_ones_get_their_own() {
        assert_eq!(StorageKeys::new("").namespace(), DEFAULT_NAMESPACE);
        assert_eq!(StorageKeys::new("  ").namespace(), DEFAULT_NAMESPACE);
        let spaced = StorageKeys::new("a b");
        let long = StorageKeys::new(&"x".repeat(65));
        let colon = StorageKeys::new("team:a");
        for keys in [&spaced, &long, &colon] {
            assert_ne!(keys.namespace(), DEFAULT_NAMESPACE);
            assert!(keys
                .namespace()
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-'));
            assert!(keys.namespace().len() <= 64);
        }
        assert!(spaced.namespace().starts_with("ab-"));
        assert_ne!(spaced, StorageKeys::new("a  b"));
        assert_eq!(
            colon,
            StorageKeys::new("team:a"),
            "the same key, the same namespace"
        );
        assert!(!colon.owns("team:profile"));
        assert!(StorageKeys::new("team-a").is_as_given("team-a"));
        assert!(!colon.is_as_given("team:a"));
    }
}
