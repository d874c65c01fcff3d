//! Text helpers shared by search, feed resolution and anything that shows text from outside.

/// "1 skill", "3 skills": the count with the noun that fits it.
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

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

/// Whether `c` can reorder or hide what a reader sees: control characters (except a line
/// break), text-direction marks, embeddings, overrides and isolates, and the invisible
/// zero-width space, word joiner and stray byte-order mark ("HR\u{200B}Service Desk").
/// Zero-width joiners (U+200C, U+200D) stay: scripts and emoji need them.
pub fn is_unsafe_char(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(
            c,
            '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{2060}' | '\u{FEFF}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
        )
}

/// Whether `text` holds any [`is_unsafe_char`]; plain ASCII is checked byte by byte.
pub fn has_unsafe_char(text: &str) -> bool {
    if text.is_ascii() {
        text.bytes().any(|b| b.is_ascii_control() && b != b'\n')
    } else {
        text.chars().any(is_unsafe_char)
    }
}

/// `text` without its [`is_unsafe_char`] characters (line breaks stay).
pub fn without_unsafe_chars(text: &str) -> String {
    if has_unsafe_char(text) {
        text.chars().filter(|&c| !is_unsafe_char(c)).collect()
    } else {
        text.to_owned()
    }
}

/// Appends `text` to `out` escaped for HTML text and quoted attribute values.
pub fn push_html_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

/// Splits `text` into at most `max_lines` lines of at most `width` characters, between words.
/// A word longer than a line is cut; text left over ends the last line with "…". Whether
/// anything was left out is returned too, for a tooltip with the whole text.
pub fn wrap_words(text: &str, width: usize, max_lines: usize) -> (Vec<String>, bool) {
    let width = width.max(2);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut cut = false;
    for word in text.split_whitespace() {
        let needed = if line.is_empty() { 0 } else { 1 } + word.chars().count();
        if line.chars().count() + needed <= width {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if lines.len() == max_lines {
            cut = true;
            break;
        }
        if word.chars().count() > width {
            line = format!("{}…", truncate_chars(word, width - 1));
            cut = true;
        } else {
            line = word.to_owned();
        }
    }
    if !line.is_empty() {
        if lines.len() < max_lines {
            lines.push(line);
        } else {
            cut = true;
        }
    }
    if cut {
        if let Some(last) = lines.last_mut() {
            if !last.ends_with('…') {
                if last.chars().count() >= width {
                    *last = truncate_chars(last, width - 1).to_owned();
                }
                last.push('…');
            }
        }
    }
    (lines, cut)
}

/// Bytes read from the network as text, as the browser's `Response.text()` reads them: a
/// leading byte-order mark is dropped and malformed sequences become U+FFFD. Valid UTF-8 (every
/// real feed) is taken as it is, without a copy.
pub fn utf8_text(mut bytes: Vec<u8>) -> String {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    String::from_utf8(bytes)
        .unwrap_or_else(|wrong| String::from_utf8_lossy(wrong.as_bytes()).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escaping_neutralises_markup_and_quotes() {
        let mut out = String::new();
        push_html_escaped(&mut out, r#"<img src=x onerror="alert('1')"> & co"#);
        assert_eq!(
            out,
            "&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; co"
        );
    }

    #[test]
    fn normalise_folds_case_and_punctuation() {
        assert_eq!(normalise("Kubernetes  (K8s)"), "kubernetes k8s");
        assert_eq!(normalise("  C++ / C# "), "c++ c#");
        assert_eq!(normalise("Node.js"), "node.js");
        assert_eq!(normalise("Ärger-Management"), "ärger management");
    }

    #[test]
    fn direction_overrides_controls_and_invisible_characters_are_removed() {
        assert_eq!(
            without_unsafe_chars("a\u{202E}b\u{2066}c\u{200B}d\u{0}e\r\nf\u{200D}g"),
            "abcde\nf\u{200D}g"
        );
        assert!(!has_unsafe_char("plain\nlines"));
    }

    #[test]
    fn truncate_respects_char_boundaries() {
        assert_eq!(truncate_chars("héllo", 2), "hé");
        assert_eq!(truncate_chars("hi", 5), "hi");
    }

    #[test]
    fn wraps_between_words_and_marks_what_is_left_out() {
        assert_eq!(
            wrap_words("Senior Data Analyst", 12, 3),
            (vec!["Senior Data".to_owned(), "Analyst".to_owned()], false)
        );
        let (lines, cut) = wrap_words(
            "Head of Internal Communications and Employee Engagement",
            14,
            2,
        );
        assert_eq!(lines, vec!["Head of".to_owned(), "Internal…".to_owned()]);
        assert!(cut);
        let (lines, cut) = wrap_words("Donaudampfschifffahrtsgesellschaftskapitän", 10, 2);
        assert_eq!(lines, vec!["Donaudamp…".to_owned()]);
        assert!(cut);
        assert_eq!(wrap_words("  ", 10, 2), (Vec::new(), false));
        let (lines, _) = wrap_words("مهندس برمجيات أول 👩‍💻", 10, 3);
        assert!(lines.iter().all(|l| l.chars().count() <= 10), "{lines:?}");
    }

    #[test]
    fn network_bytes_read_as_the_browser_reads_text() {
        assert_eq!(utf8_text(b"\xEF\xBB\xBF{\"a\": 1}".to_vec()), "{\"a\": 1}");
        assert_eq!(utf8_text("Français 🚀".as_bytes().to_vec()), "Français 🚀");
        assert_eq!(utf8_text(b"caf\xE9!".to_vec()), "caf\u{FFFD}!");
        assert_eq!(utf8_text(Vec::new()), "");
    }
}
