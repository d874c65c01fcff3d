//! Feed ids as tokens for HTML `id`s, radio `name`s and CSS `#id` selectors.
//!
//! Feed ids are free text ("node.js", "開発", "a b"), and a selector would need escaping for
//! most of it, while two ids that differ only in characters a lossy clean-up drops would
//! share one element id. [`dom_id`] keeps ASCII letters, digits and `-` and writes every other
//! character, `_` itself included, as `_` + its Unicode scalar value in lowercase hex + `_`:
//! "a.b" → "a_2e_b", "a_b" → "a_5f_b", "日本" → "_65e5__672c_". Decoding is unambiguous (an
//! `_` always opens a hex run closed by the next `_`), so different texts never share a token.
//!
//! The token may be empty (for "") or start with a digit or `-` ("1a", "-x"), which an HTML
//! `id` allows but a CSS `#id` selector does not: callers put a fixed prefix of letters in
//! front (`skill-`, `role-`…), and then it is safe everywhere without escaping.

use std::fmt::Write;

/// An injective encoding of `text` into `[A-Za-z0-9_-]*` (see the module notes).
pub fn dom_id(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || c == '-' {
            out.push(c);
        } else {
            let _ = write!(out, "_{:x}_", u32::from(c));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn safe(token: &str) -> bool {
        token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    }

    /// The inverse, to show the encoding loses nothing.
    fn decode(token: &str) -> Option<String> {
        let mut out = String::new();
        let mut rest = token;
        while let Some(c) = rest.chars().next() {
            if c == '_' {
                let (hex, after) = rest[1..].split_once('_')?;
                out.push(char::from_u32(u32::from_str_radix(hex, 16).ok()?)?);
                rest = after;
            } else {
                out.push(c);
                rest = &rest[1..];
            }
        }
        Some(out)
    }

    #[test]
    fn keeps_letters_digits_and_hyphens_and_encodes_the_rest() {
        assert_eq!(dom_id("Kubernetes-2"), "Kubernetes-2");
        assert_eq!(dom_id("a.b"), "a_2e_b");
        assert_eq!(dom_id("a_b"), "a_5f_b");
        assert_eq!(dom_id("a b"), "a_20_b");
        assert_eq!(dom_id("日本"), "_65e5__672c_");
        assert_eq!(dom_id("\u{202E}evil"), "_202e_evil");
        assert_eq!(dom_id("😀"), "_1f600_");
        assert_eq!(dom_id(""), "");
    }

    #[test]
    fn texts_that_a_lossy_clean_up_would_merge_stay_apart() {
        for (a, b) in [
            ("日本", "中国"),
            ("開発", "設計"),
            ("a.b", "a_b"),
            ("node.js", "node_js"),
            ("node.js", "node-js"),
            ("a_2e_b", "a.b"),
            ("id\u{202E}", "id"),
            ("\u{202E}di", "id"),
            ("", "_"),
            ("A", "a"),
        ] {
            assert_ne!(dom_id(a), dom_id(b), "{a:?} vs {b:?}");
            assert!(safe(&dom_id(a)) && safe(&dom_id(b)));
        }
        // A right-to-left override cannot reorder the token: it is spelled out in ASCII.
        let token = dom_id("skill\u{202E}lliks");
        assert_eq!(token, "skill_202e_lliks");
        assert!(token.is_ascii());
    }

    #[test]
    fn random_texts_never_collide_and_decode_back() {
        let mut rng = crate::rng::SplitMix64::new(2024);
        // Few characters, so that near-misses are common: the ones the encoding keeps, the
        // ones it writes out (its own `_` and hex digits among them), and wider ones.
        let alphabet: Vec<char> = "ab2e5f_-. _日本中\u{202E}\u{0}😀AZ09".chars().collect();
        let mut seen = crate::fast_map::FastMap::default();
        let mut distinct = 0;
        for _ in 0..5_000 {
            let len = 1 + rng.below(8);
            let text: String = (0..len).map(|_| *rng.pick(&alphabet)).collect();
            let token = dom_id(&text);
            assert!(safe(&token), "{text:?} → {token}");
            assert_eq!(decode(&token).as_deref(), Some(text.as_str()));
            match seen.insert(token.clone(), text.clone()) {
                Some(other) => assert_eq!(other, text, "both give {token}"),
                None => distinct += 1,
            }
        }
        // Short texts repeat; most are new.
        assert!(distinct > 4_000, "{distinct}");
        // Any scalar value at all.
        for _ in 0..2_000 {
            let text: String = (0..3)
                .filter_map(|_| char::from_u32(rng.below(0x11_0000) as u32))
                .collect();
            assert_eq!(decode(&dom_id(&text)).as_deref(), Some(text.as_str()));
        }
    }
}
