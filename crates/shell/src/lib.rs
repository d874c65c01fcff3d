//! What every Skillgap module shares on screen (ARCHITECTURE.md): the interface language
//! (`i18n`), the feed's loading and its narrow context (`feed`, `feed_loader`), the one
//! notifier for announcements and the toast (`notifier`, `toast_view`), the loading and
//! failure notes, the language menu, the address links are made on, the frame a visitor's
//! page is drawn in (`visitor_frame`), and mounting (`mount`).
//!
//! Invariant: nothing here knows the employee's profile or sections. A module (the employee's
//! app, the reviewer's form, the shared view) adds its own views on top; what is here is in
//! every module, so it stays small.
//! Wasm only: on other targets the crate is empty, so `cargo test --workspace` builds.
#![cfg(target_arch = "wasm32")]
#![deny(clippy::unwrap_used, clippy::expect_used)]

pub mod feed;
pub mod feed_loader;
pub mod feed_problem;
pub mod handover;
pub mod header;
pub mod i18n;
pub mod language_menu;
pub mod link_address;
pub mod link_out;
pub mod link_problem;
pub mod loading_note;
pub mod mount;
pub mod notifier;
pub mod start;
pub mod toast_view;
pub mod visitor_frame;
