//! Thin adapters between the domain and the browser. No product logic lives here, and no
//! view: every module (the employee's, the reviewer's, the shared view's) uses them.
//! Wasm only: on other targets the crate is empty, so `cargo test --workspace` builds.
#![cfg(target_arch = "wasm32")]
#![deny(clippy::unwrap_used, clippy::expect_used)]

pub mod catalogue_fetch;
pub mod clock;
pub mod compression;
pub mod config;
pub mod downloads;
pub mod feed_cache;
pub mod feed_fetch;
pub mod feedback_link;
pub mod intl;
pub mod page;
pub mod profile_store;
pub mod random;
pub mod share_link;
