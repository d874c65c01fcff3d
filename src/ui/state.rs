//! The employee app's state as one `Copy` bundle, assembled from the narrow contexts (the
//! feed, the notifier, the profile, the navigation) while components move to those.

pub use super::navigation::Section;
use super::profile_sync::ProfileState;
use super::role_change::RoleKind;
use domain::profile::Profile;
use domain::undo::Undo;
use leptos::prelude::*;
use shell::feed::Feeds;
pub use shell::feed::{provide_feed, use_feed, LoadedFeed};
use shell::notifier::Notifier;
use std::sync::Arc;

#[derive(Clone, Copy)]
pub struct AppState {
    pub feeds: Feeds,
    pub notifier: Notifier,
    pub profile: ProfileState,
    pub section: RwSignal<Section>,
    pub rating_focus: RwSignal<Option<String>>,
    pub suggestion_focus: RwSignal<Option<String>>,
}

impl AppState {
    pub fn loaded(&self) -> Option<Arc<LoadedFeed>> {
        self.feeds.loaded()
    }

    pub fn loaded_untracked(&self) -> Option<Arc<LoadedFeed>> {
        self.feeds.loaded_untracked()
    }

    pub fn announce(&self, message: impl Into<String>) {
        self.notifier.announce(message);
    }

    pub fn confirm(&self, message: impl Into<String>, undo: Option<Undo>) {
        self.notifier.confirm(message, undo);
    }

    pub fn focus(&self, selector: &str) {
        self.notifier.focus(selector);
    }

    pub fn save_file(&self, file: &str, mime: &str, text: &str, saved: String) {
        self.notifier.save_file(file, mime, text, saved);
    }

    pub fn edit(&self, change: impl FnOnce(&mut Profile, u64)) {
        self.profile.edit(change);
    }

    pub fn change_role(&self, kind: RoleKind, role: Option<String>, name: &str) {
        self.profile.change_role(self.notifier, kind, role, name);
    }
}

pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
