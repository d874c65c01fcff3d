//! Whether a reference that matches no name is a misspelling of one, or a different thing that
//! happens to look alike. Similarity alone cannot tell: "Mathematica" is 91% like
//! "Mathematics" and "F Sharp" 86% like "C Sharp", yet each names something else. A fuzzy
//! match resolves on its own only when the reference reads as a slip of the fingers.

/// Both texts normalised (`text::normalise`). True when they differ only in spacing
/// ("java script" / "javascript"), or word by word, where each differing pair of words is a
/// typo of the other: at least 4 letters long, one edit apart (a letter missing, extra, wrong
/// or two swapped), with the
/// same first and the same last letter. A changed ending is a different word ("mathematica"),
/// so are two changes in one word ("analytics" / "analysis") and a changed short word
/// ("f sharp" / "c sharp").
pub fn looks_like_a_typo(reference: &str, name: &str) -> bool {
    if reference.replace(' ', "") == name.replace(' ', "") {
        return true;
    }
    let (words, name_words): (Vec<&str>, Vec<&str>) =
        (reference.split(' ').collect(), name.split(' ').collect());
    words.len() == name_words.len()
        && words
            .iter()
            .zip(&name_words)
            .all(|(a, b)| a == b || word_typo(a, b))
}

fn word_typo(a: &str, b: &str) -> bool {
    let (x, y): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let shorter = x.len().min(y.len());
    if shorter < 4 || x.first() != y.first() || x.last() != y.last() {
        return false;
    }
    strsim::damerau_levenshtein(a, b) <= 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use stdx::text::normalise;

    fn typo(a: &str, b: &str) -> bool {
        looks_like_a_typo(&normalise(a), &normalise(b))
    }

    #[test]
    fn slips_of_the_fingers_are_typos() {
        assert!(typo("Kubernets", "Kubernetes"));
        assert!(typo("Pythn", "Python"));
        assert!(typo("Recat", "React"));
        assert!(typo("Java Script", "JavaScript"));
        assert!(typo("Stakeholder managment", "Stakeholder management"));
        assert!(typo("Kuberntes administation", "Kubernetes administration"));
    }

    #[test]
    fn look_alike_names_of_other_things_are_not() {
        assert!(!typo("Mathematica", "Mathematics"));
        assert!(!typo("F Sharp", "C Sharp"));
        assert!(!typo("F#", "C#"));
        assert!(!typo("Data analytics", "Data analysis"));
        assert!(!typo("Java", "Lava"));
        assert!(!typo("Go", "Jo"));
        assert!(!typo("Kubernetes operators", "Kubernetes"));
        assert!(!typo("Skill", "Skills"), "a changed ending is another word");
    }
}
