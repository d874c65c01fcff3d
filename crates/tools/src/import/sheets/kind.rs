//! Which of the five sheets a CSV file or a workbook's worksheet is: from a word of its name
//! ("ACME - skills.csv", "skills_2026.csv", a worksheet called "Roles"), else from its header.

use crate::import::table::normal_header;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Sheet {
    Skills,
    Scale,
    Roles,
    Resources,
    Mentors,
}

impl Sheet {
    pub const ALL: [Sheet; 5] = [
        Sheet::Skills,
        Sheet::Scale,
        Sheet::Roles,
        Sheet::Resources,
        Sheet::Mentors,
    ];

    /// The worksheet name of the template ("Skills").
    pub fn title(self) -> &'static str {
        match self {
            Sheet::Skills => "Skills",
            Sheet::Scale => "Scale",
            Sheet::Roles => "Roles",
            Sheet::Resources => "Resources",
            Sheet::Mentors => "Mentors",
        }
    }

    /// The CSV file name of the template ("skills.csv").
    pub fn file_name(self) -> &'static str {
        match self {
            Sheet::Skills => "skills.csv",
            Sheet::Scale => "scale.csv",
            Sheet::Roles => "roles.csv",
            Sheet::Resources => "resources.csv",
            Sheet::Mentors => "mentors.csv",
        }
    }

    fn from_word(word: &str) -> Option<Sheet> {
        match word {
            "skill" | "skills" => Some(Sheet::Skills),
            "scale" | "scales" | "levels" => Some(Sheet::Scale),
            "role" | "roles" => Some(Sheet::Roles),
            "resource" | "resources" => Some(Sheet::Resources),
            "mentor" | "mentors" => Some(Sheet::Mentors),
            _ => None,
        }
    }

    /// The sheet a name says, when exactly one sheet word is in it: "Skills", "ACME - skills",
    /// "skills_2026" and "Mentors (Q3)" say; "Instructions" and "skill levels" (two words) do
    /// not.
    pub fn from_name(name: &str) -> Option<Sheet> {
        let mut found: Option<Sheet> = None;
        for word in words(name) {
            match (Sheet::from_word(&word), found) {
                (Some(sheet), None) => found = Some(sheet),
                (Some(sheet), Some(before)) if sheet != before => return None,
                _ => {}
            }
        }
        found
    }

    /// The sheet a header line looks like, by the columns only that sheet has.
    pub fn from_header(headers: &[String]) -> Option<Sheet> {
        let has = |names: &[&str]| {
            headers
                .iter()
                .any(|h| names.iter().any(|n| normal_header(h) == normal_header(n)))
        };
        let has_anchor = headers
            .iter()
            .any(|h| crate::import::sheets::skills::anchor_level(h).is_some());
        if has(&["role id", "role name", "role"]) {
            Some(Sheet::Roles)
        } else if has(&["contact"]) {
            Some(Sheet::Mentors)
        } else if has(&["url", "link"]) {
            Some(Sheet::Resources)
        } else if has(&["label"]) && has(&["level"]) {
            Some(Sheet::Scale)
        } else if has_anchor
            || (has(&["name", "skill", "skill name"]) && has(&["category", "aliases"]))
        {
            Some(Sheet::Skills)
        } else {
            None
        }
    }
}

/// Lower-case words of a name, split at anything that is not a letter or digit and between
/// letters and digits ("skills2026" → "skills", "2026").
fn words(name: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut last_digit = None;
    for c in name.chars() {
        if !c.is_alphanumeric() {
            words.extend((!current.is_empty()).then(|| std::mem::take(&mut current)));
            last_digit = None;
            continue;
        }
        let digit = c.is_ascii_digit();
        if last_digit.is_some_and(|d| d != digit) {
            words.push(std::mem::take(&mut current));
        }
        last_digit = Some(digit);
        current.extend(c.to_lowercase());
    }
    words.extend((!current.is_empty()).then_some(current));
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_say_their_sheet_by_one_word() {
        assert_eq!(Sheet::from_name("skills"), Some(Sheet::Skills));
        assert_eq!(Sheet::from_name("ACME - Skills"), Some(Sheet::Skills));
        assert_eq!(Sheet::from_name("skills_2026"), Some(Sheet::Skills));
        assert_eq!(Sheet::from_name("skills2026"), Some(Sheet::Skills));
        assert_eq!(Sheet::from_name("MENTORS (Q3)"), Some(Sheet::Mentors));
        assert_eq!(Sheet::from_name("Instructions"), None);
        assert_eq!(Sheet::from_name("skill levels"), None);
        assert_eq!(Sheet::from_name("export"), None);
    }

    #[test]
    fn headers_say_their_sheet_by_their_own_columns() {
        let header = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<Vec<_>>();
        assert_eq!(
            Sheet::from_header(&header(&["Role id", "Skill", "Level"])),
            Some(Sheet::Roles)
        );
        assert_eq!(
            Sheet::from_header(&header(&["Level", "Label", "Description"])),
            Some(Sheet::Scale)
        );
        assert_eq!(
            Sheet::from_header(&header(&["Id", "Name", "Level 1", "Level 2"])),
            Some(Sheet::Skills)
        );
        assert_eq!(
            Sheet::from_header(&header(&["Id", "Title", "URL", "Skills"])),
            Some(Sheet::Resources)
        );
        assert_eq!(Sheet::from_header(&header(&["a", "b"])), None);
    }
}
