//! Pure domain logic: no browser, tested natively with `cargo test`.

pub mod calendar;
pub mod calibration;
pub mod dom_id;
pub mod explorer;
pub mod fast_map;
pub mod feed;
pub mod feed_changes;
pub mod feedback;
pub mod first_run;
pub mod gap;
pub mod hash;
pub mod history;
pub mod json_pretty;
pub mod number;
pub mod paths;
pub mod plan;
pub mod priorities;
pub mod profile;
pub mod rating_progress;
pub mod scale;
pub mod search;
pub mod sorted_map;
pub mod sorting;
pub mod suggestions;
pub mod text;
pub mod time;
