//! Skillgap: a private skill-gap widget, the employee's app (wasm only).
//!
//! The layers below it are crates of their own (ARCHITECTURE.md): `stdx` (helpers), `domain`
//! (pure logic), `markup` (read-only views as escaped HTML). Here:
//! - `ui`: Leptos components that present and wire.

#[cfg(target_arch = "wasm32")]
pub mod ui;
