//! Texts the widget would change, changed before the feed is written: characters that can hide
//! or reorder what a reader sees are removed, and texts over the feed's limits are shortened at
//! a word. The feed check would do the same on every load and warn about a `feed.json` line;
//! done here, the published file says what employees see, and the warning names the entry.

use crate::import::draft::FeedDraft;
use domain::feed::validate::{
    MAX_ANCHOR_LEN, MAX_DESCRIPTION_LEN, MAX_LIST_LEN, MAX_NAME_LEN, MAX_SHORT_LEN,
};
use stdx::text::{has_unsafe_char, without_unsafe_chars};

/// Shortens `text` to at most `limit` characters, at a word when one ends in the last fifth,
/// marked with "…".
fn shorten(text: &str, limit: usize) -> String {
    let keep: String = text.chars().take(limit.saturating_sub(1)).collect();
    let cut = keep
        .char_indices()
        .rev()
        .take_while(|(i, _)| *i >= keep.len() * 4 / 5)
        .find(|(_, c)| c.is_whitespace())
        .map_or(keep.len(), |(i, _)| i);
    format!("{}…", keep[..cut].trim_end())
}

struct Cleaner {
    notes: Vec<String>,
}

impl Cleaner {
    fn text(&mut self, entry: &str, field: &str, text: &mut String, limit: usize) {
        if has_unsafe_char(text) {
            *text = without_unsafe_chars(text);
            self.notes.push(format!(
                "{entry} {field}: control or text-direction characters removed"
            ));
        }
        let length = text.chars().count();
        if length > limit {
            *text = shorten(text, limit);
            self.notes.push(format!(
                "{entry} {field}: {length} characters, shortened to the feed's limit of {limit}"
            ));
        }
    }

    fn list(&mut self, entry: &str, field: &str, list: &mut Vec<String>, limit: usize) {
        if list.len() > MAX_LIST_LEN {
            self.notes.push(format!(
                "{entry} {field}: {} items, only the first {MAX_LIST_LEN} kept",
                list.len()
            ));
            list.truncate(MAX_LIST_LEN);
        }
        for item in list.iter_mut() {
            self.text(entry, field, item, limit);
        }
    }
}

/// Cleans every human-readable text of `draft`; one note per change, naming the entry.
pub fn clean(draft: &mut FeedDraft) -> Vec<String> {
    let mut c = Cleaner { notes: Vec::new() };
    let framework = &mut draft.framework;
    c.text("framework", "name", &mut framework.name, MAX_NAME_LEN);
    c.text(
        "framework",
        "publisher",
        &mut framework.publisher,
        MAX_SHORT_LEN,
    );
    for level in &mut draft.scale.levels {
        let entry = format!("scale level {}", level.level);
        c.text(&entry, "label", &mut level.label, MAX_SHORT_LEN);
        c.text(
            &entry,
            "description",
            &mut level.description,
            MAX_DESCRIPTION_LEN,
        );
    }
    for skill in &mut draft.skills {
        let entry = format!("skill \"{}\"", skill.id);
        c.text(&entry, "name", &mut skill.name, MAX_NAME_LEN);
        c.list(&entry, "aliases", &mut skill.aliases, MAX_SHORT_LEN);
        c.text(&entry, "category", &mut skill.category, MAX_SHORT_LEN);
        c.text(
            &entry,
            "description",
            &mut skill.description,
            MAX_DESCRIPTION_LEN,
        );
        for (level, anchor) in &mut skill.anchors {
            c.text(&entry, &format!("anchor {level}"), anchor, MAX_ANCHOR_LEN);
        }
    }
    for role in &mut draft.roles {
        let entry = format!("role \"{}\"", role.id);
        c.text(&entry, "name", &mut role.name, MAX_NAME_LEN);
        c.text(&entry, "family", &mut role.family, MAX_SHORT_LEN);
        c.text(&entry, "seniority", &mut role.seniority, MAX_SHORT_LEN);
        c.text(
            &entry,
            "description",
            &mut role.description,
            MAX_DESCRIPTION_LEN,
        );
    }
    for resource in &mut draft.resources {
        let entry = format!("resource \"{}\"", resource.id);
        c.text(&entry, "title", &mut resource.title, MAX_NAME_LEN);
        c.text(&entry, "kind", &mut resource.kind, MAX_SHORT_LEN);
        c.text(&entry, "provider", &mut resource.provider, MAX_SHORT_LEN);
    }
    for mentor in &mut draft.mentors {
        let entry = format!("mentor \"{}\"", mentor.id);
        c.text(&entry, "name", &mut mentor.name, MAX_NAME_LEN);
        c.text(&entry, "title", &mut mentor.title, MAX_SHORT_LEN);
        c.text(&entry, "team", &mut mentor.team, MAX_SHORT_LEN);
        c.list(&entry, "topics", &mut mentor.topics, MAX_SHORT_LEN);
        c.text(&entry, "location", &mut mentor.location, MAX_SHORT_LEN);
    }
    c.notes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::draft::{
        ImportanceDraft, LevelDraft, RequirementDraft, RoleDraft, SkillDraft,
    };
    use crate::import::finish;
    use domain::feed::{load_feeds, FeedSource};

    #[test]
    fn what_the_feed_check_would_change_is_changed_before_writing_and_named() {
        let mut draft = FeedDraft::default();
        draft.framework.id = "f".into();
        draft.framework.name = "F".into();
        draft.scale.levels = (0..=4)
            .map(|level| LevelDraft {
                level,
                label: format!("Level {level}"),
                description: String::new(),
            })
            .collect();
        draft.skills.push(SkillDraft {
            id: "sql".into(),
            name: format!("SQL {}", "very long words ".repeat(20)),
            description: "Reads \u{202E}gnirts\u{202C} data".into(),
            ..SkillDraft::default()
        });
        draft.roles.push(RoleDraft {
            id: "analyst".into(),
            name: "Analyst".into(),
            requirements: vec![RequirementDraft {
                skill: "sql".into(),
                level: 3,
                importance: ImportanceDraft::ESSENTIAL,
            }],
            ..RoleDraft::default()
        });
        let notes = clean(&mut draft);
        assert_eq!(
            notes,
            [
                "skill \"sql\" name: 324 characters, shortened to the feed's limit of 200",
                "skill \"sql\" description: control or text-direction characters removed",
            ]
        );
        let name = &draft.skills[0].name;
        assert!(
            name.ends_with("words…") && name.chars().count() <= 200,
            "{name}"
        );
        assert_eq!(draft.skills[0].description, "Reads gnirts data");
        let finished = finish(&draft, "feed.json");
        let load = load_feeds(&[FeedSource {
            label: "feed.json",
            text: &finished.json,
        }]);
        assert!(load.diagnostics.is_empty(), "{:?}", load.diagnostics);
    }
}
