//! The employee app's state, handed to components as one small `Copy` context. The feed and
//! the notifier are narrow contexts of their own (`shell::feed::Feeds`,
//! `shell::notifier::Notifier`), reachable from here too.

use browser::profile_store::{ProfileStore, StorageNotice};
use domain::i18n::{k, Key};
use domain::profile::Profile;
use domain::undo::Undo;
use leptos::prelude::*;
use shell::feed::Feeds;
pub use shell::feed::{provide_feed, use_feed, LoadedFeed};
use shell::notifier::Notifier;
use std::sync::Arc;

/// Facts about the feed worth telling the user once: a cached copy in use, changes, re-links.
#[derive(Clone, Default, PartialEq)]
pub struct FeedNews {
    /// Date (ISO) of the cached copy in use because the feed could not be fetched.
    pub cached_from: Option<String>,
    pub role_changes: Vec<domain::feed_changes::RequirementChange>,
    /// Renamed skills whose ratings were kept: (old name, new name).
    pub relinked: Vec<(String, String)>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Section {
    Assess,
    Gap,
    Explore,
    Paths,
    Grow,
    Plan,
    Data,
}

impl Section {
    pub const ALL: [Section; 7] = [
        Section::Assess,
        Section::Gap,
        Section::Explore,
        Section::Paths,
        Section::Grow,
        Section::Plan,
        Section::Data,
    ];

    /// The catalogue key of the section's name.
    pub fn label_key(self) -> Key {
        match self {
            Section::Assess => k::NAV_ASSESS,
            Section::Gap => k::NAV_GAP,
            Section::Explore => k::NAV_EXPLORE,
            Section::Paths => k::NAV_PATHS,
            Section::Grow => k::NAV_GROW,
            Section::Plan => k::NAV_PLAN,
            Section::Data => k::NAV_DATA,
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Section::Assess => "assess",
            Section::Gap => "gap",
            Section::Explore => "explore",
            Section::Paths => "paths",
            Section::Grow => "grow",
            Section::Plan => "plan",
            Section::Data => "data",
        }
    }
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub feeds: Feeds,
    pub notifier: Notifier,
    pub profile: RwSignal<Profile>,
    pub notice: RwSignal<Option<StorageNotice>>,
    pub news: RwSignal<FeedNews>,
    pub section: RwSignal<Section>,
    /// A role whose unrated skills the user chose to rate now ("Rate the N missing skills").
    pub rating_focus: RwSignal<Option<String>>,
    /// The skill whose suggestions the user asked for ("Find resources" in My gap).
    pub suggestion_focus: RwSignal<Option<String>>,
    /// A feedback answer link that could not be taken in, said on screen until dismissed.
    pub link_problem: RwSignal<Option<domain::feedback::FeedbackError>>,
    pub store: StoredValue<Arc<ProfileStore>>,
    /// The interface language, for code that runs outside a component (event handlers,
    /// futures), where the context cannot be looked up.
    pub i18n: shell::i18n::I18n,
}

impl AppState {
    pub fn loaded(&self) -> Option<Arc<LoadedFeed>> {
        self.feeds.loaded()
    }

    pub fn loaded_untracked(&self) -> Option<Arc<LoadedFeed>> {
        self.feeds.loaded_untracked()
    }

    pub fn show_diagnostics(&self) -> bool {
        self.feeds.show_diagnostics
    }

    pub fn announce(&self, message: impl Into<String>) {
        self.notifier.announce(message);
    }

    /// Shows `message` in the toast; with `undo`, an Undo button that puts back what it
    /// names, once (`undo.rs`).
    pub fn confirm(&self, message: impl Into<String>, undo: Option<Undo>) {
        self.notifier.confirm(message, undo);
    }

    /// Moves keyboard focus to the element matching `selector` inside the widget.
    pub fn focus(&self, selector: &str) {
        self.notifier.focus(selector);
    }

    /// Saves `text` as `file` and confirms with `saved`; a failure is said instead.
    pub fn save_file(&self, file: &str, mime: &str, text: &str, saved: String) {
        self.notifier.save_file(file, mime, text, saved);
    }
}

pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
