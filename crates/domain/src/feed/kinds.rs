//! The resource kinds the widget knows: the validator notes others, the feed lists these first.

/// Kinds the widget has words and icons for; others load and show as written.
pub const KNOWN_KINDS: &[&str] = &[
    "course",
    "article",
    "video",
    "book",
    "podcast",
    "community",
    "practice-project",
    "stretch-assignment",
    "workshop",
    "mentoring",
    "certification",
    "tool",
    "event",
];
