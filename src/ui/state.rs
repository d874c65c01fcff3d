//! The app's shared state, handed to components as one small `Copy` context.

use crate::browser::profile_store::StorageNotice;
use crate::domain::feed::FeedLoad;
use crate::domain::profile::Profile;
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone)]
pub enum FeedState {
    Loading,
    Loaded(Arc<FeedLoad>),
    /// Nothing usable could be loaded; the sentence says why.
    Failed(String),
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub feed: RwSignal<FeedState>,
    pub profile: RwSignal<Profile>,
    pub notice: RwSignal<Option<StorageNotice>>,
    pub show_diagnostics: bool,
}

impl AppState {
    pub fn loaded(&self) -> Option<Arc<FeedLoad>> {
        match self.feed.get() {
            FeedState::Loaded(load) => Some(load),
            _ => None,
        }
    }
}

pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
