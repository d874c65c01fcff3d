//! The last step of every import: the draft as feed JSON, checked the way the widget and
//! `feed-check` read it.

use crate::import::draft::FeedDraft;
use domain::feed::{load_feeds, FeedLoad, FeedSource, Severity};

pub struct Finished {
    /// The feed, pretty-printed, ending with a newline.
    pub json: String,
    pub load: FeedLoad,
}

impl Finished {
    /// True when the widget would load the feed without skipping anything.
    pub fn has_errors(&self) -> bool {
        self.load.count(Severity::Error) > 0
    }

    /// "Feed OK: 35 skills, 967 roles, … (2 warnings, 0 notes)".
    pub fn summary(&self) -> String {
        let errors = self.load.count(Severity::Error);
        let warnings = self.load.count(Severity::Warning);
        let notes = self.load.count(Severity::Info);
        let verdict = if errors > 0 {
            "Feed NOT written"
        } else {
            "Feed OK"
        };
        format!(
            "{verdict}: {}; {errors} error{}, {warnings} warning{}, {notes} note{} from the feed check",
            self.load.contents(),
            if errors == 1 { "" } else { "s" },
            if warnings == 1 { "" } else { "s" },
            if notes == 1 { "" } else { "s" },
        )
    }
}

pub fn finish(draft: &FeedDraft, label: &str) -> Finished {
    let mut json = serde_json::to_string_pretty(draft).expect("a draft always serialises");
    json.push('\n');
    let load = load_feeds(&[FeedSource { label, text: &json }]);
    Finished { json, load }
}
