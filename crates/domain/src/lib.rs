//! Skillgap's pure core: the feed, the scale, gaps, the profile, the plan, feedback, career
//! paths, suggestions and the interface's languages.
//!
//! Invariant: nothing here touches the browser (no wasm-bindgen, web-sys or Leptos in this
//! crate's dependencies); every function is tested natively with `cargo test -p skillgap-domain`.
//! The standard-library-like helpers it builds on are in `skillgap-stdx` (`stdx::`).

pub mod calendar;
pub mod calibration;
pub mod explorer;
pub mod feed;
pub mod feed_changes;
pub mod feedback;
pub mod first_run;
pub mod fragment;
pub mod gap;
pub mod history;
pub mod i18n;
pub mod paths;
pub mod plan;
pub mod priorities;
pub mod profile;
pub mod rating_progress;
pub mod review;
pub mod scale;
pub mod search;
pub mod share;
pub mod suggestions;
pub mod undo;
