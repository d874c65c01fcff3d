//! The person's profile, as one `Copy` context (`ProfileState`, `use_profile`), and the one
//! place where the profile in memory meets the profile in storage.
//!
//! Components read the profile through the context and change it only through its write
//! path: local changes (`edit`, `replace_profile`) are snapshotted, merged with what other
//! tabs stored, saved, and then shown. Changes from other tabs (`follow_other_tabs`) are
//! merged into memory; they are written back only when this tab holds something the other
//! tab's write dropped. There is no effect watching the profile, so nothing has to guess which
//! kind a change was. The signals are private to this module: nothing else can write them.

use browser::clock::{local_date, now_ms};
use browser::page;
use browser::profile_store::{ProfileStore, StorageNotice, StoredChange};
use browser::random::local_id;
use domain::history::record_snapshot;
use domain::profile::merge::settle_with_stored;
use domain::profile::Profile;
use leptos::prelude::*;
use std::sync::Arc;

/// The profile in memory, what storage last said about it, and the storage it is saved to.
#[derive(Clone, Copy)]
pub struct ProfileState {
    profile: RwSignal<Profile>,
    notice: RwSignal<Option<StorageNotice>>,
    store: StoredValue<Arc<ProfileStore>>,
}

pub fn use_profile() -> ProfileState {
    expect_context::<ProfileState>()
}

impl ProfileState {
    /// Provides the profile opened from `store` (with what opening it said), once, for the app.
    pub fn provide(profile: Profile, notice: Option<StorageNotice>, store: ProfileStore) -> Self {
        let state = ProfileState {
            profile: RwSignal::new(profile),
            notice: RwSignal::new(notice),
            store: StoredValue::new(Arc::new(store)),
        };
        provide_context(state);
        state
    }

    /// Reads the profile, tracked.
    pub fn with<R>(&self, read: impl FnOnce(&Profile) -> R) -> R {
        self.profile.with(read)
    }

    /// Reads the profile without tracking it (event handlers, futures).
    pub fn with_untracked<R>(&self, read: impl FnOnce(&Profile) -> R) -> R {
        self.profile.with_untracked(read)
    }

    /// A copy of the profile, untracked.
    pub fn get_untracked(&self) -> Profile {
        self.profile.get_untracked()
    }

    /// What storage said about the profile (blocked, unreadable, full, deleted elsewhere), tracked.
    pub fn notice(&self) -> Option<StorageNotice> {
        self.notice.get()
    }

    /// The storage the profile is saved to (and read from, for its other keys).
    pub fn store(&self) -> Arc<ProfileStore> {
        self.store.get_value()
    }

    /// Changes the profile as the user asked, then saves it.
    pub fn edit(&self, change: impl FnOnce(&mut Profile, u64)) {
        let now = now_ms();
        let mut next = self.profile.get_untracked();
        change(&mut next, now);
        self.commit(next, now);
    }

    /// Replaces the whole profile by the user's choice (an import, a reconciled feed), then saves it.
    pub fn replace_profile(&self, next: Profile) {
        self.commit(next, now_ms());
    }

    /// Starts over with an empty profile that is not saved: the stored one was just deleted,
    /// here or in another tab, and saving would bring it back.
    pub fn start_fresh_unsaved(&self, notice: Option<StorageNotice>) {
        self.profile.set(Profile {
            local_id: local_id(),
            ..Profile::default()
        });
        self.notice.set(notice);
    }

    /// Saves what this tab holds and another tab's write dropped; no snapshot, no notice
    /// cleared: it is not a new change of the user's.
    fn write_back(&self, settled: Profile) {
        match self.store.get_value().save(&settled, now_ms()) {
            Ok(saved) => self.profile.set(saved.profile),
            Err(notice) => {
                self.notice.set(Some(notice));
                self.profile.set(settled);
            }
        }
    }

    fn commit(&self, mut next: Profile, now: u64) {
        if self.profile.with_untracked(|current| *current == next) {
            return;
        }
        let store = self.store.get_value();
        // A delete-all in another tab this one has not heard of comes first: nothing from
        // before it may reach the snapshot below.
        let deleted_elsewhere = store.catch_up_with_delete(&mut next);
        // At most one automatic snapshot a day, written when the ratings change.
        record_snapshot(&mut next, &local_date(now), now, false);
        match store.save(&next, now) {
            Ok(saved) => {
                next = saved.profile;
                if deleted_elsewhere || saved.notice.is_some() {
                    self.notice.set(Some(StorageNotice::DeletedElsewhere));
                } else if matches!(
                    self.notice.get_untracked(),
                    Some(StorageNotice::QuotaExceeded | StorageNotice::DeletedElsewhere)
                ) {
                    self.notice.set(None);
                }
            }
            Err(notice) => self.notice.set(Some(notice)),
        }
        self.profile.set(next);
    }
}

/// Keeps this tab's profile in step with what other tabs store. It writes back only what the
/// other tab's write lacked (`settle_with_stored`): two tabs saving within moments of each
/// other each read storage before the other's write, and the later write would drop the
/// earlier tab's edit.
pub fn follow_other_tabs(state: ProfileState) {
    page::on_storage_change(move |key, value| {
        match state.store().change_from_event(key, value) {
            Some(StoredChange::Updated(theirs)) => {
                let ours = state.get_untracked();
                let (settled, write_back) = settle_with_stored(&ours, &theirs);
                // A reviewer's tab never writes the profile it only borrowed the feed for.
                if write_back {
                    state.write_back(settled);
                } else if settled != ours {
                    state.profile.set(settled);
                }
            }
            Some(StoredChange::Deleted) => {
                state.start_fresh_unsaved(Some(StorageNotice::DeletedElsewhere));
            }
            None => {}
        }
    });
}
