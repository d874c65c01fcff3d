//! The app's shared state, handed to components as one small `Copy` context.

use super::notifier::{self, Toast};
use crate::browser::profile_store::{ProfileStore, StorageNotice};
use domain::feed::{Feed, FeedLoad, RoleIdx, SkillIdx};
use domain::i18n::{k, Key};
use domain::profile::Profile;
use domain::search::{role_index, skill_index, FuzzyIndex};
use domain::share::{ShareError, SharedProfile};
use domain::undo::Undo;
use leptos::html::Div;
use leptos::prelude::*;
use std::sync::{Arc, OnceLock};

/// A loaded feed with the search indexes built once for it. They are built after the first
/// render (or on the first search, if that comes sooner), so they never delay showing the feed.
pub struct LoadedFeed {
    pub load: FeedLoad,
    skill_search: OnceLock<FuzzyIndex<SkillIdx>>,
    role_search: OnceLock<FuzzyIndex<RoleIdx>>,
}

impl LoadedFeed {
    pub fn new(load: FeedLoad) -> Self {
        LoadedFeed {
            load,
            skill_search: OnceLock::new(),
            role_search: OnceLock::new(),
        }
    }

    pub fn feed(&self) -> &Feed {
        &self.load.feed
    }

    pub fn skill_search(&self) -> &FuzzyIndex<SkillIdx> {
        self.skill_search.get_or_init(|| skill_index(self.feed()))
    }

    pub fn role_search(&self) -> &FuzzyIndex<RoleIdx> {
        self.role_search.get_or_init(|| role_index(self.feed()))
    }
}

#[derive(Clone)]
pub enum FeedState {
    Loading,
    Loaded(Arc<LoadedFeed>),
    /// Nothing usable could be loaded; the sentence says why.
    Failed(String),
}

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
    pub feed: RwSignal<FeedState>,
    pub profile: RwSignal<Profile>,
    pub notice: RwSignal<Option<StorageNotice>>,
    pub news: RwSignal<FeedNews>,
    pub section: RwSignal<Section>,
    pub shared: RwSignal<Option<Result<SharedProfile, ShareError>>>,
    /// Polite screen-reader announcements.
    pub announcement: RwSignal<String>,
    /// A role whose unrated skills the user chose to rate now ("Rate the N missing skills").
    pub rating_focus: RwSignal<Option<String>>,
    /// The skill whose suggestions the user asked for ("Find resources" in My gap).
    pub suggestion_focus: RwSignal<Option<String>>,
    /// A feedback request opened to answer it (reviewer mode), or why it cannot be answered.
    pub reviewing: RwSignal<
        Option<Result<domain::feedback::FeedbackRequest, domain::feedback::FeedbackError>>,
    >,
    /// A feedback answer link that could not be taken in, said on screen until dismissed.
    pub link_problem: RwSignal<Option<domain::feedback::FeedbackError>>,
    /// The visible confirmation of the last action, with its Undo.
    pub toast: RwSignal<Option<Toast>>,
    pub root: NodeRef<Div>,
    pub store: StoredValue<Arc<ProfileStore>>,
    pub show_diagnostics: bool,
    /// The interface language, for code that runs outside a component (event handlers,
    /// futures), where the context cannot be looked up.
    pub i18n: super::i18n::I18n,
    /// Opened to answer someone's feedback request: the stored profile is not touched, not
    /// even to note what the feed changed.
    pub answering: bool,
}

impl AppState {
    pub fn loaded(&self) -> Option<Arc<LoadedFeed>> {
        match self.feed.get() {
            FeedState::Loaded(loaded) => Some(loaded),
            _ => None,
        }
    }

    pub fn loaded_untracked(&self) -> Option<Arc<LoadedFeed>> {
        match self.feed.get_untracked() {
            FeedState::Loaded(loaded) => Some(loaded),
            _ => None,
        }
    }

    pub fn announce(&self, message: impl Into<String>) {
        self.announcement.set(message.into());
    }

    /// Shows `message` in the toast; with `undo`, an Undo button that puts back what it
    /// names, once (`undo.rs`).
    pub fn confirm(&self, message: impl Into<String>, undo: Option<Undo>) {
        let message = message.into();
        self.announce(message.clone());
        notifier::show(self.toast, message, undo);
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
}

pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}

/// The loaded feed, provided by the view that exists only once a feed has loaded
/// (`LoadedApp`): every component inside it can rely on a feed, with nothing to unwrap.
#[derive(Clone)]
struct FeedContext(Arc<LoadedFeed>);

pub fn provide_feed(loaded: Arc<LoadedFeed>) {
    provide_context(FeedContext(loaded));
}

pub fn use_feed() -> Arc<LoadedFeed> {
    expect_context::<FeedContext>().0
}
