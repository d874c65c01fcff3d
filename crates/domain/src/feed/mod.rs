//! The feed HR and L&D publish: its wire format, validation, diagnostics and indexes.

pub mod career_graph;
pub mod career_loops;
pub mod checked;
pub mod diagnostics;
pub mod index;
pub mod json_path;
pub mod kinds;
pub mod matching;
pub mod model;
pub mod name_index;
pub mod parse;
pub mod positions;
pub mod report;
pub mod resolve;
pub mod source_policy;
pub mod typo;
pub mod url_policy;
pub mod validate;
pub mod wire;

pub use checked::Feed;
pub use diagnostics::{Diagnostic, Severity};
pub use model::*;
pub use parse::FeedSource;
pub use validate::{
    load_feeds, load_feeds_with, load_skills_with, FeedLoad, FeedReader, LoadOptions,
};
