//! Storage key names under a namespace an embedding page may choose.

pub const DEFAULT_NAMESPACE: &str = "skillgap";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StorageKeys {
    namespace: String,
}

impl StorageKeys {
    /// Keeps letters, digits, `-`, `_` and `.`; anything else falls back to the default.
    pub fn new(namespace: &str) -> Self {
        let clean = namespace.trim();
        let valid = !clean.is_empty()
            && clean.len() <= 64
            && clean
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
        StorageKeys {
            namespace: if valid {
                clean.to_owned()
            } else {
                DEFAULT_NAMESPACE.to_owned()
            },
        }
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
        assert!(keys.owns("team-a:profile"));
        assert!(!keys.owns("team-ab:profile"));
        assert!(!keys.owns("other"));
    }

    #[test]
    fn unsafe_namespaces_fall_back_to_the_default() {
        assert_eq!(StorageKeys::new("").namespace(), DEFAULT_NAMESPACE);
        assert_eq!(StorageKeys::new("a b").namespace(), DEFAULT_NAMESPACE);
        assert_eq!(
            StorageKeys::new(&"x".repeat(65)).namespace(),
            DEFAULT_NAMESPACE
        );
    }
}
