//! One notifier for what the person is told: polite announcements for screen readers, and the
//! visible confirmation (the toast) with its Undo and how long it stays. `toast_view.rs` draws
//! the toast; the module that offers Undo applies it.

use crate::i18n::I18n;
use domain::i18n::k;
use domain::undo::Undo;
use leptos::html::Div;
use leptos::prelude::*;
use std::sync::Arc;

/// Long enough to read the confirmation and reach Undo by keyboard.
const SHOWN_FOR_MS: i32 = 15_000;

#[derive(Clone, PartialEq, Debug)]
pub struct Toast {
    /// Tells one confirmation from the next, so a timer never hides a newer one.
    id: u64,
    pub message: String,
    /// What Undo puts back; the employee's `ui/undo.rs` applies it. Shared, not cloned: a
    /// visitor's module, which never offers Undo, then carries no copy of `Undo`'s clone.
    pub undo: Option<Arc<Undo>>,
}

/// Announcements, the toast, and the widget's root (where focus is moved): a `Copy` context.
#[derive(Clone, Copy)]
pub struct Notifier {
    /// Polite screen-reader announcements.
    pub announcement: RwSignal<String>,
    /// The visible confirmation of the last action, with its Undo.
    pub toast: RwSignal<Option<Toast>>,
    /// The widget's root element (inside the shadow root).
    pub root: NodeRef<Div>,
    /// The interface language, for messages made outside a component.
    pub i18n: I18n,
}

impl Notifier {
    pub fn provide(i18n: I18n) -> Self {
        let notifier = Notifier {
            announcement: RwSignal::new(String::new()),
            toast: RwSignal::new(None),
            root: NodeRef::new(),
            i18n,
        };
        provide_context(notifier);
        notifier
    }

    pub fn announce(&self, message: impl Into<String>) {
        self.announcement.set(message.into());
    }

    /// Shows `message` in the toast (and announces it); with `undo`, an Undo button that puts
    /// back what it names, once. It goes after `SHOWN_FOR_MS` unless a newer one replaced it.
    pub fn confirm(&self, message: impl Into<String>, undo: Option<Undo>) {
        let message = message.into();
        self.announce(message.clone());
        // Only ever grows: a timer left from an earlier confirmation must not match a new one.
        static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let id = NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let slot = self.toast;
        let undo = undo.map(Arc::new);
        slot.set(Some(Toast { id, message, undo }));
        browser::clock::after_ms(SHOWN_FOR_MS, move || {
            if slot.with_untracked(|t| t.as_ref().is_some_and(|t| t.id == id)) {
                slot.set(None);
            }
        });
    }

    /// Moves keyboard focus to the element matching `selector` inside the widget.
    pub fn focus(&self, selector: &str) {
        use wasm_bindgen::JsCast;
        if let Some(root) = self.root.get_untracked() {
            if let Ok(Some(element)) = root.query_selector(selector) {
                if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
                    let _ = element.focus();
                    element.scroll_into_view();
                }
            }
        }
    }

    /// Saves `text` as `file` and confirms with `saved`; a failure is said instead.
    pub fn save_file(&self, file: &str, mime: &str, text: &str, saved: String) {
        match browser::downloads::download_text(file, mime, text) {
            Ok(()) => self.confirm(saved, None),
            Err(err) => {
                let message = self.i18n.with(|tr| {
                    tr.tf(
                        k::DATA_SAVE_FAILED,
                        &[("file", file), ("reason", &err.message(tr))],
                    )
                });
                self.confirm(message, None);
            }
        }
    }
}

pub fn use_notifier() -> Notifier {
    expect_context::<Notifier>()
}
