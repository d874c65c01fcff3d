//! Text helpers shared by search and feed resolution.

/// Lower-cases, keeps letters, digits and `+#.` (C++, C#, .NET), and collapses everything else
/// to single spaces, so "Kubernetes  (K8s)" and "kubernetes k8s" compare equal.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if c.is_alphanumeric() || matches!(c, '+' | '#' | '.') {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(c.to_lowercase());
            }
        } else {
            pending_space = true;
        }
    }
    out
}

/// Truncates to at most `max` characters, on a character boundary.
pub fn truncate_chars(text: &str, max: usize) -> &str {
    match text.char_indices().nth(max) {
        Some((cut, _)) => &text[..cut],
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalise_folds_case_and_punctuation() {
        assert_eq!(normalise("Kubernetes  (K8s)"), "kubernetes k8s");
        assert_eq!(normalise("  C++ / C# "), "c++ c#");
        assert_eq!(normalise("Node.js"), "node.js");
        assert_eq!(normalise("Ärger-Management"), "ärger management");
    }

    #[test]
    fn truncate_respects_char_boundaries() {
        assert_eq!(truncate_chars("héllo", 2), "hé");
        assert_eq!(truncate_chars("hi", 5), "hi");
    }
}
