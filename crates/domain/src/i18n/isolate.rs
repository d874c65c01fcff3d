//! Bidirectional isolation for names placed inside sentences. An Arabic skill name quoted in
//! an English sentence (or an English one in Arabic) would otherwise pull the quotes, brackets
//! and numbers next to it to the wrong side. First-strong isolate (U+2068) … pop directional
//! isolate (U+2069) lets the name take its own direction without touching the sentence's.

pub const FIRST_STRONG_ISOLATE: char = '\u{2068}';
pub const POP_DIRECTIONAL_ISOLATE: char = '\u{2069}';

/// `text` wrapped in FSI…PDI when it has a right-to-left letter, or when it is to be placed
/// in a right-to-left sentence and has a left-to-right one; else unchanged, so that plain
/// English stays free of invisible characters (in files, terminals and tests).
pub fn isolate(text: &str, in_rtl_sentence: bool) -> String {
    let needs = text.chars().any(is_rtl_letter)
        || (in_rtl_sentence && text.chars().any(|c| c.is_alphabetic() && !is_rtl_letter(c)));
    if needs {
        let mut out = String::with_capacity(text.len() + 6);
        out.push(FIRST_STRONG_ISOLATE);
        out.push_str(text);
        out.push(POP_DIRECTIONAL_ISOLATE);
        out
    } else {
        text.to_owned()
    }
}

/// Letters of the right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan,
/// Mandaic, and their presentation forms.
pub fn is_rtl_letter(c: char) -> bool {
    matches!(c as u32,
        0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
        && c.is_alphabetic()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn right_to_left_names_are_isolated_in_english_sentences() {
        assert_eq!(
            isolate("تحليل البيانات", false),
            "\u{2068}تحليل البيانات\u{2069}"
        );
        assert_eq!(isolate("Data analysis", false), "Data analysis");
        assert_eq!(isolate("42", false), "42");
    }

    #[test]
    fn left_to_right_names_are_isolated_in_arabic_sentences() {
        assert_eq!(
            isolate("SQL (advanced)", true),
            "\u{2068}SQL (advanced)\u{2069}"
        );
        assert_eq!(isolate("42 %", true), "42 %");
    }
}
