//! Indenting JSON text for files people may open and read (the profile export).
//!
//! `serde_json::to_string_pretty` compiles a second copy of every `Serialize` implementation it
//! reaches, one per formatter; indenting the compact text afterwards shares the compact copy
//! the widget needs anyway. The output is byte for byte what `to_string_pretty` writes.

/// The compact JSON `compact` (no whitespace outside strings, as `serde_json` writes it),
/// indented by two spaces per level.
pub fn indent_json(compact: &str) -> String {
    let bytes = compact.as_bytes();
    let mut out = String::with_capacity(compact.len() + compact.len() / 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut copied = 0;
    for (i, &byte) in bytes.iter().enumerate() {
        if in_string {
            if escaped {
                escaped = false;
            } else if byte == b'\\' {
                escaped = true;
            } else if byte == b'"' {
                in_string = false;
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'{' | b'[' if !matches!(bytes.get(i + 1), Some(b'}' | b']')) => {
                out.push_str(&compact[copied..=i]);
                copied = i + 1;
                depth += 1;
                push_newline(&mut out, depth);
            }
            b'}' | b']' if i == 0 || !matches!(bytes[i - 1], b'{' | b'[') => {
                out.push_str(&compact[copied..i]);
                copied = i;
                depth = depth.saturating_sub(1);
                push_newline(&mut out, depth);
            }
            b',' => {
                out.push_str(&compact[copied..=i]);
                copied = i + 1;
                push_newline(&mut out, depth);
            }
            b':' => {
                out.push_str(&compact[copied..=i]);
                copied = i + 1;
                out.push(' ');
            }
            _ => {}
        }
    }
    out.push_str(&compact[copied..]);
    out
}

fn push_newline(out: &mut String, depth: usize) {
    out.push('\n');
    for _ in 0..depth {
        out.push_str("  ");
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)] // compared with serde_json's own pretty printer
mod tests {
    use super::*;
    use serde_json::json;

    fn same_as_serde_json(value: serde_json::Value) {
        let compact = serde_json::to_string(&value).unwrap();
        assert_eq!(
            indent_json(&compact),
            serde_json::to_string_pretty(&value).unwrap()
        );
    }

    #[test]
    fn indents_exactly_like_serde_json() {
        same_as_serde_json(json!({
            "format": "skillgap-export",
            "empty_object": {},
            "empty_array": [],
            "nested": {"a": [1, 2, {"b": null, "c": [[], {}]}], "d": true},
            "tricky strings": ["{", "}", "[", "]", ",", ":", "\"", "\\", "\\\"", "a\"b:{c}", "zażółć 🦀"],
            "numbers": [0, -1.5, 1e300],
        }));
        same_as_serde_json(json!([]));
        same_as_serde_json(json!("plain"));
        same_as_serde_json(json!(42));
    }
}
