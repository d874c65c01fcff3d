//! The framework's feed as every module holds it: loading, loaded (with its search indexes),
//! or failed with the reason. `Feeds` is the narrow context for it; inside a view that exists
//! only once the feed has loaded, `use_feed` hands the loaded feed with nothing to unwrap.

use domain::feed::{Feed, FeedLoad, FeedReader, RoleIdx, SkillIdx};
use domain::search::{role_index, skill_index, FuzzyIndex};
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

/// The feed's state, as a `Copy` context (`provide`, `use_feeds`).
#[derive(Clone, Copy)]
pub struct Feeds {
    pub state: RwSignal<FeedState>,
    /// Whether the page asked for administrators' detail (`diagnostics`): reasons are shown.
    pub show_diagnostics: bool,
    /// How this module reads feeds: everything (`load_feeds_with`), or only the header and the
    /// skills (`load_skills_with`, the reviewer's), so a module carries only the code it needs.
    pub reader: FeedReader,
}

impl Feeds {
    pub fn provide(show_diagnostics: bool, reader: FeedReader) -> Self {
        let feeds = Feeds {
            state: RwSignal::new(FeedState::Loading),
            show_diagnostics,
            reader,
        };
        provide_context(feeds);
        feeds
    }

    pub fn loaded(&self) -> Option<Arc<LoadedFeed>> {
        match self.state.get() {
            FeedState::Loaded(loaded) => Some(loaded),
            _ => None,
        }
    }

    pub fn loaded_untracked(&self) -> Option<Arc<LoadedFeed>> {
        match self.state.get_untracked() {
            FeedState::Loaded(loaded) => Some(loaded),
            _ => None,
        }
    }

    pub fn failed(&self) -> bool {
        matches!(self.state.get(), FeedState::Failed(_))
    }
}

pub fn use_feeds() -> Feeds {
    expect_context::<Feeds>()
}

/// The loaded feed, provided by the view that exists only once a feed has loaded: every
/// component inside it can rely on a feed, with nothing to unwrap.
#[derive(Clone)]
struct FeedContext(Arc<LoadedFeed>);

pub fn provide_feed(loaded: Arc<LoadedFeed>) {
    provide_context(FeedContext(loaded));
}

pub fn use_feed() -> Arc<LoadedFeed> {
    expect_context::<FeedContext>().0
}
