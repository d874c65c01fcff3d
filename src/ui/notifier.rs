//! The confirmation of what just happened, as the app state holds it: the message, its Undo,
//! and how long it stays. The state shows one (`AppState::confirm`); `toast.rs` draws it.

use domain::undo::Undo;
use leptos::prelude::*;

/// Long enough to read the confirmation and reach Undo by keyboard.
const SHOWN_FOR_MS: i32 = 15_000;

#[derive(Clone, PartialEq, Debug)]
pub struct Toast {
    /// Tells one confirmation from the next, so a timer never hides a newer one.
    id: u64,
    pub message: String,
    /// What Undo puts back; `undo.rs` applies it.
    pub undo: Option<Undo>,
}

/// Puts `message` (with `undo`, an Undo that applies it) in `slot`, replacing what was there, and
/// takes it away after `SHOWN_FOR_MS` unless a newer confirmation has replaced it by then.
pub fn show(slot: RwSignal<Option<Toast>>, message: String, undo: Option<Undo>) {
    // Only ever grows: a timer left from an earlier confirmation must not match a new one.
    static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let id = NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    slot.set(Some(Toast { id, message, undo }));
    crate::browser::clock::after_ms(SHOWN_FOR_MS, move || {
        if slot.with_untracked(|t| t.as_ref().is_some_and(|t| t.id == id)) {
            slot.set(None);
        }
    });
}
