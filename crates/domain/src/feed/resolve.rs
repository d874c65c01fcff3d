//! Resolving a reference written by a feed author ("k8s", "Javascript", "Kubernetes (K8s)")
//! to a skill, and "did you mean" suggestions when it cannot be resolved.

use super::model::SkillIdx;
use super::name_index::NameIndex;
use super::typo::looks_like_a_typo;
use std::cell::OnceCell;
use stdx::fast_map::FastMap;
use stdx::text::normalise;

/// A reference within this normalised Damerau-Levenshtein similarity of a single best
/// name or alias resolves to it automatically when it also reads as a misspelling of it
/// (`typo::looks_like_a_typo`; documented in `docs/feed.md`).
pub const FUZZY_RESOLVE_THRESHOLD: f64 = 0.85;
/// Below this, a candidate is not even worth suggesting.
pub const SUGGEST_THRESHOLD: f64 = 0.5;

#[derive(Debug, Clone, PartialEq)]
pub enum Resolution {
    /// The reference is a skill id.
    Id(SkillIdx),
    /// The reference equals a name or alias, ignoring case and punctuation.
    Name(SkillIdx),
    /// The reference is close to one name or alias.
    Fuzzy(SkillIdx, f64),
    /// Nothing close enough; the best candidate, if any, for a suggestion.
    Unknown(Option<SkillIdx>),
}

pub struct SkillResolver<'a> {
    ids: &'a FastMap<String, SkillIdx>,
    names: &'a FastMap<String, SkillIdx>,
    /// Built on the first reference that is neither an id nor a name: clean feeds never pay.
    near: OnceCell<NameIndex<SkillIdx>>,
}

impl<'a> SkillResolver<'a> {
    pub fn new(ids: &'a FastMap<String, SkillIdx>, names: &'a FastMap<String, SkillIdx>) -> Self {
        SkillResolver {
            ids,
            names,
            near: OnceCell::new(),
        }
    }

    pub fn resolve(&self, reference: &str) -> Resolution {
        let reference = reference.trim();
        if let Some(&idx) = self.ids.get(reference) {
            return Resolution::Id(idx);
        }
        let normalised = normalise(reference);
        let parts = parenthetical_parts(reference);
        for candidate in std::iter::once(&normalised).chain(parts.iter()) {
            if let Some(&idx) = self.names.get(candidate) {
                return Resolution::Name(idx);
            }
        }
        let near = self
            .near
            .get_or_init(|| NameIndex::new(self.names.iter().map(|(k, &v)| (k.as_str(), v))));
        match near.best(&normalised, FUZZY_RESOLVE_THRESHOLD, SUGGEST_THRESHOLD) {
            // Close is not enough: it must read as a misspelling of one of the skill's names.
            Some(best)
                if best.score >= FUZZY_RESOLVE_THRESHOLD
                    && best.unique
                    && self.names.iter().any(|(name, &idx)| {
                        idx == best.idx && looks_like_a_typo(&normalised, name)
                    }) =>
            {
                Resolution::Fuzzy(best.idx, best.score)
            }
            Some(best) if best.score >= SUGGEST_THRESHOLD => Resolution::Unknown(Some(best.idx)),
            _ => Resolution::Unknown(None),
        }
    }
}

/// "Kubernetes (K8s)" → ["kubernetes", "k8s"].
fn parenthetical_parts(raw: &str) -> Vec<String> {
    match (raw.find('('), raw.rfind(')')) {
        (Some(open), Some(close)) if open < close => {
            vec![normalise(&raw[..open]), normalise(&raw[open + 1..close])]
        }
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolver_tables() -> (FastMap<String, SkillIdx>, FastMap<String, SkillIdx>) {
        let ids = FastMap::from_iter([
            ("javascript".to_owned(), 0),
            ("kubernetes".to_owned(), 1),
            ("java".to_owned(), 2),
        ]);
        let names = FastMap::from_iter([
            ("javascript".to_owned(), 0),
            ("js".to_owned(), 0),
            ("kubernetes".to_owned(), 1),
            ("k8s".to_owned(), 1),
            ("java".to_owned(), 2),
        ]);
        (ids, names)
    }

    #[test]
    fn resolves_ids_names_parentheses_and_typos_in_that_order() {
        let (ids, names) = resolver_tables();
        let resolver = SkillResolver::new(&ids, &names);
        assert_eq!(resolver.resolve("kubernetes"), Resolution::Id(1));
        assert_eq!(resolver.resolve("K8s"), Resolution::Name(1));
        assert_eq!(resolver.resolve("Kubernetes (K8s)"), Resolution::Name(1));
        assert_eq!(resolver.resolve("  JavaScript "), Resolution::Name(0));
        assert!(
            matches!(resolver.resolve("Kubernets"), Resolution::Fuzzy(1, s) if s >= FUZZY_RESOLVE_THRESHOLD)
        );
        assert_eq!(
            resolver.resolve("basket weaving"),
            Resolution::Unknown(None)
        );
        assert_eq!(resolver.resolve("javas"), Resolution::Unknown(Some(2)));
    }
}
