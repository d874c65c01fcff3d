//! The user's profile in localStorage (through gloo-storage), under the widget's namespace.
//! Checks `window.localStorage` first: gloo panics where storage is blocked. Before every
//! write it merges with what is stored, so edits from other tabs are never overwritten.

use domain::profile::keys::StorageKeys;
use domain::profile::merge::merge;
use domain::profile::{decode, Decoded, Profile};
use gloo_storage::{LocalStorage, Storage};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

/// Why the profile is not, or cannot be, saved the normal way. Shown to the user.
#[derive(Debug, Clone, PartialEq)]
pub enum StorageNotice {
    /// Storage is blocked; everything lives in this page only.
    Unavailable,
    /// The stored value could not be read. It was copied to `backup_key`; where that copy could
    /// not be written (`None`) the original was left in place and nothing is saved over it.
    Corrupt { backup_key: Option<String> },
    /// Written by a newer version of the widget: shown read-only (or not at all, when this
    /// version cannot read its shape), never written over.
    Newer { schema: u32 },
    /// The browser refused to read the stored data: nothing is saved, so that what is stored
    /// (and cannot be seen now) is never replaced.
    ReadFailed,
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
    /// The last delete-all this tab knows of (see `StorageKeys::cleared`).
    known_cleared: AtomicU64,
}

/// A saved profile, and what the user should be told about saving it.
pub struct Saved {
    pub profile: Profile,
    pub notice: Option<StorageNotice>,
}

pub struct Opened {
    pub store: ProfileStore,
    pub profile: Profile,
    pub notice: Option<StorageNotice>,
}

/// The one check before gloo-storage touches localStorage: gloo panics where the browser
/// blocks it (some privacy settings, sandboxed frames), so nothing else reaches it unchecked.
#[allow(clippy::disallowed_methods)] // the one place allowed to look before gloo touches it
fn storage_available() -> bool {
    web_sys::window().is_some_and(|w| w.local_storage().ok().flatten().is_some())
}

/// Stores a small setting of the widget's own (the interface language) without opening the
/// profile: what a visitor's module (reviewer, shared view) may remember. False where storage
/// is blocked or full, which the caller may ignore.
pub fn write_setting(key: &str, value: &str) -> bool {
    storage_available() && LocalStorage::raw().set_item(key, value).is_ok()
}

/// Reads a setting written by `write_setting`, or nothing where storage is blocked.
pub fn read_setting(key: &str) -> Option<String> {
    if !storage_available() {
        return None;
    }
    LocalStorage::raw().get_item(key).ok().flatten()
}

impl ProfileStore {
    pub fn open(keys: StorageKeys, now: u64, fresh_id: impl FnOnce() -> String) -> Opened {
        let available = storage_available();
        let store = ProfileStore {
            keys,
            available,
            read_only: AtomicBool::new(false),
            known_cleared: AtomicU64::new(0),
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
        store
            .known_cleared
            .store(store.stored_cleared(), Ordering::Relaxed);
        let Ok(raw) = store.read_raw() else {
            store.read_only.store(true, Ordering::Relaxed);
            return Opened {
                store,
                profile: fresh(fresh_id()),
                notice: Some(StorageNotice::ReadFailed),
            };
        };
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
                    profile: profile.unwrap_or_else(|| fresh(fresh_id())),
                    notice: Some(StorageNotice::Newer { schema }),
                }
            }
            Decoded::Corrupt(_) => {
                let backup_key = store.set_aside(&raw.unwrap_or_default(), now);
                if backup_key.is_some() {
                    LocalStorage::delete(store.keys.profile());
                }
                Opened {
                    store,
                    profile: fresh(fresh_id()),
                    notice: Some(StorageNotice::Corrupt { backup_key }),
                }
            }
        }
    }

    /// Copies an unreadable stored value to a backup key. Where the copy cannot be written,
    /// the original must stay where it is: the store turns read-only and says so.
    fn set_aside(&self, raw: &str, now: u64) -> Option<String> {
        let backup_key = self.keys.backup(now);
        if LocalStorage::raw().set_item(&backup_key, raw).is_ok() {
            Some(backup_key)
        } else {
            self.read_only.store(true, Ordering::Relaxed);
            None
        }
    }

    /// Whether changes are kept in this page only, so that stored data is never written over.
    pub fn is_read_only(&self) -> bool {
        self.read_only.load(Ordering::Relaxed)
    }

    pub fn keys(&self) -> &StorageKeys {
        &self.keys
    }

    pub fn is_available(&self) -> bool {
        self.available
    }

    /// The stored profile text; `Err` when the browser refused to read it (which must never be
    /// taken for "nothing stored").
    fn read_raw(&self) -> Result<Option<String>, ()> {
        LocalStorage::raw()
            .get_item(&self.keys.profile())
            .map_err(|_| ())
    }

    /// If another tab deleted everything since this one last knew, forgets what `profile`
    /// holds from before that moment (only later changes are kept) and says so. Called before
    /// anything is derived from the profile (a snapshot), and again by `save`.
    pub fn catch_up_with_delete(&self, profile: &mut Profile) -> bool {
        if !self.available {
            return false;
        }
        let cleared = self.stored_cleared();
        if cleared <= self.known_cleared.load(Ordering::Relaxed) {
            return false;
        }
        self.known_cleared.store(cleared, Ordering::Relaxed);
        profile.forget_up_to(cleared);
        true
    }

    /// When all data was last deleted, in any tab (0: never).
    fn stored_cleared(&self) -> u64 {
        LocalStorage::raw()
            .get_item(&self.keys.cleared())
            .ok()
            .flatten()
            .and_then(|raw| raw.trim().parse().ok())
            .unwrap_or(0)
    }

    pub fn read_key(&self, key: &str) -> Option<String> {
        if !self.available {
            return None;
        }
        LocalStorage::raw().get_item(key).ok().flatten()
    }

    /// Stores a small value of the widget's own (a flag such as `StorageKeys::intro_seen`);
    /// false where storage is blocked or full, which the caller may ignore.
    pub fn write_key(&self, key: &str, value: &str) -> bool {
        self.available && LocalStorage::raw().set_item(key, value).is_ok()
    }

    /// Merges `profile` with what another tab may have stored, writes the result and returns
    /// it. On failure the caller keeps its in-memory profile and shows the notice.
    pub fn save(&self, profile: &Profile, now: u64) -> Result<Saved, StorageNotice> {
        if !self.available {
            return Err(StorageNotice::Unavailable);
        }
        if self.read_only.load(Ordering::Relaxed) {
            return Ok(Saved {
                profile: profile.clone(),
                notice: None,
            });
        }
        let mut profile = std::borrow::Cow::Borrowed(profile);
        let notice = self
            .catch_up_with_delete(profile.to_mut())
            .then_some(StorageNotice::DeletedElsewhere);
        let profile = profile.as_ref();
        let Ok(raw) = self.read_raw() else {
            self.read_only.store(true, Ordering::Relaxed);
            return Err(StorageNotice::ReadFailed);
        };
        let merged = match decode(raw.as_deref()) {
            Decoded::Ready(stored) => merge(profile, &stored),
            Decoded::Newer(_, schema) => {
                self.read_only.store(true, Ordering::Relaxed);
                return Err(StorageNotice::Newer { schema });
            }
            Decoded::Corrupt(_) => {
                // Something unreadable appeared since this page opened: keep it before saving.
                let backup_key = self.set_aside(raw.as_deref().unwrap_or_default(), now);
                if backup_key.is_none() {
                    return Err(StorageNotice::Corrupt { backup_key });
                }
                profile.clone()
            }
            Decoded::Empty => profile.clone(),
        };
        LocalStorage::set(self.keys.profile(), &merged)
            .map_err(|_| StorageNotice::QuotaExceeded)?;
        Ok(Saved {
            profile: merged,
            notice,
        })
    }

    /// What another tab just did to the stored profile, if the event is about it: stored a
    /// readable profile, or deleted it (its key removed, or the whole storage cleared).
    pub fn change_from_event(
        &self,
        key: Option<String>,
        new_value: Option<String>,
    ) -> Option<StoredChange> {
        if !self.available {
            return None;
        }
        if key.as_deref() == Some(self.keys.cleared().as_str()) {
            let cleared = new_value.and_then(|v| v.trim().parse().ok()).unwrap_or(0);
            if cleared <= self.known_cleared.load(Ordering::Relaxed) {
                return None;
            }
            self.known_cleared.store(cleared, Ordering::Relaxed);
            return Some(StoredChange::Deleted);
        }
        let ours = key.as_deref().is_none_or(|k| k == self.keys.profile());
        if !ours {
            return None;
        }
        if new_value.is_none() {
            return matches!(self.read_raw(), Ok(None)).then_some(StoredChange::Deleted);
        }
        match decode(new_value.as_deref()) {
            Decoded::Ready(profile) => Some(StoredChange::Updated(Box::new(profile))),
            _ => None,
        }
    }

    /// Removes every key of this widget's namespace and records the moment (a timestamp, no
    /// data) so that open tabs cannot write the deleted data back; returns the keys removed.
    pub fn delete_all(&self, now: u64) -> Vec<String> {
        if !self.available {
            return Vec::new();
        }
        let storage = LocalStorage::raw();
        let mut keys: Vec<String> = (0..LocalStorage::length())
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|key| self.keys.owns(key))
            .collect();
        for key in &keys {
            LocalStorage::delete(key);
        }
        let _ = LocalStorage::raw().set_item(&self.keys.cleared(), &now.to_string());
        self.known_cleared.store(now, Ordering::Relaxed);
        self.read_only.store(false, Ordering::Relaxed);
        keys.retain(|key| *key != self.keys.cleared());
        keys
    }
}
