//! The user's profile in localStorage (through gloo-storage), under the widget's namespace.
//! Checks `window.localStorage` first: gloo panics where storage is blocked. Before every
//! write it merges with what is stored, so edits from other tabs are never overwritten.

use crate::domain::profile::keys::StorageKeys;
use crate::domain::profile::merge::merge;
use crate::domain::profile::{decode, Decoded, Profile};
use gloo_storage::{LocalStorage, Storage};
use std::sync::atomic::{AtomicBool, Ordering};

/// Why the profile is not, or cannot be, saved the normal way. Shown to the user.
#[derive(Debug, Clone, PartialEq)]
pub enum StorageNotice {
    /// Storage is blocked; everything lives in this page only.
    Unavailable,
    /// The stored value could not be read; it was kept under `backup_key`.
    Corrupt { backup_key: String },
    /// Written by a newer version of the widget: shown read-only.
    Newer { schema: u32 },
    /// The browser refused the write (quota); the change is kept in this page only.
    QuotaExceeded,
    /// The user deleted their data in another tab; this one started fresh too.
    DeletedElsewhere,
}

/// A change another tab made to the stored profile.
#[derive(Debug, Clone, PartialEq)]
pub enum StoredChange {
    Updated(Box<Profile>),
    Deleted,
}

pub struct ProfileStore {
    keys: StorageKeys,
    available: bool,
    read_only: AtomicBool,
}

pub struct Opened {
    pub store: ProfileStore,
    pub profile: Profile,
    pub notice: Option<StorageNotice>,
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

impl ProfileStore {
    pub fn open(keys: StorageKeys, now: u64, fresh_id: impl FnOnce() -> String) -> Opened {
        let available = local_storage().is_some();
        let store = ProfileStore {
            keys,
            available,
            read_only: AtomicBool::new(false),
        };
        let fresh = |id: String| Profile {
            local_id: id,
            ..Profile::default()
        };
        if !available {
            return Opened {
                store,
                profile: fresh(fresh_id()),
                notice: Some(StorageNotice::Unavailable),
            };
        }
        let raw = store.read_raw();
        match decode(raw.as_deref()) {
            Decoded::Empty => Opened {
                store,
                profile: fresh(fresh_id()),
                notice: None,
            },
            Decoded::Ready(profile) => Opened {
                store,
                profile,
                notice: None,
            },
            Decoded::Newer(profile, schema) => {
                store.read_only.store(true, Ordering::Relaxed);
                Opened {
                    store,
                    profile,
                    notice: Some(StorageNotice::Newer { schema }),
                }
            }
            Decoded::Corrupt(_) => {
                let backup_key = store.keys.backup(now);
                let raw = raw.unwrap_or_default();
                let backed_up = LocalStorage::raw().set_item(&backup_key, &raw).is_ok();
                if backed_up {
                    let _ = LocalStorage::raw().remove_item(&store.keys.profile());
                } else {
                    // Without a backup the original must stay where it is: never save over it.
                    store.read_only.store(true, Ordering::Relaxed);
                }
                Opened {
                    store,
                    profile: fresh(fresh_id()),
                    notice: Some(StorageNotice::Corrupt { backup_key }),
                }
            }
        }
    }

    pub fn keys(&self) -> &StorageKeys {
        &self.keys
    }

    pub fn is_available(&self) -> bool {
        self.available
    }

    fn read_raw(&self) -> Option<String> {
        LocalStorage::raw()
            .get_item(&self.keys.profile())
            .ok()
            .flatten()
    }

    pub fn read_key(&self, key: &str) -> Option<String> {
        if !self.available {
            return None;
        }
        LocalStorage::raw().get_item(key).ok().flatten()
    }

    /// Merges `profile` with what another tab may have stored, writes the result and returns
    /// it. On failure the caller keeps its in-memory profile and shows the notice.
    pub fn save(&self, profile: &Profile) -> Result<Profile, StorageNotice> {
        if !self.available {
            return Err(StorageNotice::Unavailable);
        }
        if self.read_only.load(Ordering::Relaxed) {
            return Ok(profile.clone());
        }
        let merged = match decode(self.read_raw().as_deref()) {
            Decoded::Ready(stored) => merge(profile, &stored),
            Decoded::Newer(_, schema) => {
                self.read_only.store(true, Ordering::Relaxed);
                return Err(StorageNotice::Newer { schema });
            }
            Decoded::Empty | Decoded::Corrupt(_) => profile.clone(),
        };
        LocalStorage::set(self.keys.profile(), &merged)
            .map_err(|_| StorageNotice::QuotaExceeded)?;
        Ok(merged)
    }

    /// What another tab just did to the stored profile, if the event is about it: stored a
    /// readable profile, or deleted it (its key removed, or the whole storage cleared).
    pub fn change_from_event(
        &self,
        key: Option<String>,
        new_value: Option<String>,
    ) -> Option<StoredChange> {
        let ours = key.as_deref().is_none_or(|k| k == self.keys.profile());
        if !ours || !self.available {
            return None;
        }
        if new_value.is_none() {
            return self.read_raw().is_none().then_some(StoredChange::Deleted);
        }
        match decode(new_value.as_deref()) {
            Decoded::Ready(profile) => Some(StoredChange::Updated(Box::new(profile))),
            _ => None,
        }
    }

    /// Removes every key of this widget's namespace; returns the keys removed.
    pub fn delete_all(&self) -> Vec<String> {
        let Some(storage) = local_storage() else {
            return Vec::new();
        };
        let length = storage.length().unwrap_or(0);
        let keys: Vec<String> = (0..length)
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|key| self.keys.owns(key))
            .collect();
        for key in &keys {
            let _ = storage.remove_item(key);
        }
        self.read_only.store(false, Ordering::Relaxed);
        keys
    }
}
