//! Skillgap: a private skill-gap widget.
//!
//! - [`domain`]: pure logic (feed, scale, gaps, profile schema), tested natively.
//! - [`markup`]: read-only views (charts, tables) as escaped HTML text, tested natively.
//! - `browser`: thin adapters to localStorage, fetch and the clock (wasm only).
//! - `ui`: Leptos components that present and wire (wasm only).

pub mod domain;
pub mod markup;

/// `feed-import`: reads spreadsheets and public frameworks into feeds. Native only.
#[cfg(not(target_arch = "wasm32"))]
pub mod import;

/// Test and benchmark feeds: compiled for native tests and tools only, never into the module.
#[cfg(not(target_arch = "wasm32"))]
pub mod fixtures;

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod ui;
