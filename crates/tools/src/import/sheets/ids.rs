//! Ids: given in a cell, or derived from the name as a stable slug; each id once per sheet.

use crate::import::problem::ImportProblem;
use crate::import::sheets::cells::Cells;
use std::collections::BTreeMap;

/// The feed check's limit on an id's length, in characters.
pub const MAX_ID_CHARS: usize = domain::feed::validate::MAX_ID_LEN;

/// Latin letters with marks, written without them in a slug.
const FOLDS: &[(&str, &str)] = &[
    ("àáâãäåāăą", "a"),
    ("æ", "ae"),
    ("çćĉċč", "c"),
    ("ďđð", "d"),
    ("èéêëēĕėęě", "e"),
    ("ĝğġģ", "g"),
    ("ĥħ", "h"),
    ("ìíîïĩīĭįı", "i"),
    ("ĵ", "j"),
    ("ķ", "k"),
    ("ĺļľŀł", "l"),
    ("ñńņňŉ", "n"),
    ("òóôõöøōŏő", "o"),
    ("œ", "oe"),
    ("ŕŗř", "r"),
    ("śŝşšș", "s"),
    ("ß", "ss"),
    ("ţťŧț", "t"),
    ("þ", "th"),
    ("ùúûüũūŭůűų", "u"),
    ("ŵ", "w"),
    ("ýÿŷ", "y"),
    ("źżž", "z"),
];

/// Symbols that carry meaning in skill names, spelt out as words ("C++" → "c-plus-plus").
const SPELT: &[(char, &str)] = &[('+', "plus"), ('#', "sharp"), ('&', "and"), ('@', "at")];

/// A stable id from a name: lower-case ASCII letters and digits joined by `-`, Latin letters
/// without their marks ("Café" → "cafe"), other letters kept as they are ("Анализ данных" →
/// "анализ-данных"), apostrophes dropped, anything else a separator; at most 100 characters.
pub fn slug(name: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            word.push(c);
        } else if let Some((_, plain)) = FOLDS.iter().find(|(marked, _)| marked.contains(c)) {
            word.push_str(plain);
        } else if c.is_alphanumeric() || is_combining_mark(c) {
            word.push(c);
        } else if matches!(c, '\'' | '’') {
        } else {
            words.extend((!word.is_empty()).then(|| std::mem::take(&mut word)));
            if let Some((_, spelt)) = SPELT.iter().find(|(symbol, _)| *symbol == c) {
                words.push((*spelt).to_owned());
            }
        }
    }
    words.extend((!word.is_empty()).then_some(word));
    let mut slug = words.join("-");
    if slug.chars().count() > MAX_ID_CHARS {
        slug = slug.chars().take(MAX_ID_CHARS).collect();
        slug.truncate(slug.trim_end_matches('-').len());
    }
    slug
}

/// Marks that scripts such as Devanagari write as separate characters; a slug keeps them.
fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0900..=0x0DFF | 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E)
}

/// The ids of one sheet and the rows that gave them.
#[derive(Default)]
pub struct Ids {
    seen: BTreeMap<String, usize>,
}

impl Ids {
    /// The row's id: the id cell, else the slug of `name`. Refused when empty or when an
    /// earlier row gave the same id; `what` names the entry ("skill").
    pub fn claim(
        &mut self,
        cells: &Cells<'_>,
        id_column: Option<usize>,
        name: &str,
        what: &str,
    ) -> Result<String, ImportProblem> {
        let given = cells.text(id_column);
        let id = if given.is_empty() {
            slug(name)
        } else {
            given.to_owned()
        };
        if id.is_empty() {
            return Err(cells.problem(format!(
                "this {what} has no id, and none can be made from its name \"{name}\"; give it \
                 an id (letters, digits and -)"
            )));
        }
        if let Some(first) = self.seen.get(&id) {
            let source = if given.is_empty() {
                format!(" (made from the name \"{name}\", as the id cell is empty)")
            } else {
                String::new()
            };
            return Err(cells.problem(format!(
                "the {what} id \"{id}\"{source} is already used by row {first}; every {what} \
                 needs its own id. Give one of the two rows a different id."
            )));
        }
        self.seen.insert(id.clone(), cells.row.line);
        Ok(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_lower_case_ascii_words_joined_by_dashes() {
        assert_eq!(slug("Data Analysis"), "data-analysis");
        assert_eq!(slug("  Node.js / TypeScript "), "node-js-typescript");
        assert_eq!(slug("C++"), "c-plus-plus");
        assert_eq!(slug("C#"), "c-sharp");
        assert_eq!(slug("Research & Development"), "research-and-development");
        assert_eq!(slug("People's skills"), "peoples-skills");
        assert_eq!(slug("Gestion de la qualité"), "gestion-de-la-qualite");
        assert_eq!(slug("Straße"), "strasse");
    }

    #[test]
    fn slugs_keep_letters_of_other_scripts() {
        assert_eq!(slug("Анализ данных"), "анализ-данных");
        assert_eq!(slug("データ分析"), "データ分析");
        assert_eq!(slug("Ψυχολογία 🚀"), "ψυχολογία");
        assert_eq!(slug("🚀"), "");
    }

    #[test]
    fn slugs_stop_at_the_id_limit() {
        let long = "word ".repeat(40);
        let slug = slug(&long);
        assert!(slug.chars().count() <= MAX_ID_CHARS);
        assert!(!slug.ends_with('-'));
    }
}
