//! The user's profile in localStorage (through gloo-storage), under the widget's namespace.
//! Checks `window.localStorage` first: gloo panics where storage is blocked.

use crate::domain::profile::keys::StorageKeys;
use crate::domain::profile::{decode, Decoded, Profile};
use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};

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
}

pub struct ProfileStore {
    keys: StorageKeys,
    available: bool,
    read_only: bool,
}

pub struct Opened {
    pub store: ProfileStore,
    pub profile: Profile,
    pub notice: Option<StorageNotice>,
}

fn storage_available() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some()
}

impl ProfileStore {
    pub fn open(keys: StorageKeys, now: u64, fresh_id: impl FnOnce() -> String) -> Opened {
        let mut store = ProfileStore {
            keys,
            available: storage_available(),
            read_only: false,
        };
        let fresh = |id: String| Profile {
            local_id: id,
            ..Profile::default()
        };
        if !store.available {
            return Opened {
                store,
                profile: fresh(fresh_id()),
                notice: Some(StorageNotice::Unavailable),
            };
        }
        let raw = LocalStorage::raw()
            .get_item(&store.keys.profile())
            .ok()
            .flatten();
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
                store.read_only = true;
                Opened {
                    store,
                    profile,
                    notice: Some(StorageNotice::Newer { schema }),
                }
            }
            Decoded::Corrupt(_) => {
                let backup_key = store.keys.backup(now);
                let raw = raw.unwrap_or_default();
                if LocalStorage::raw().set_item(&backup_key, &raw).is_err() {
                    // Without a backup the original must stay where it is: never save over it.
                    store.read_only = true;
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

    pub fn save(&self, profile: &Profile) -> Result<(), StorageNotice> {
        if !self.available {
            return Err(StorageNotice::Unavailable);
        }
        if self.read_only {
            return Ok(());
        }
        match LocalStorage::set(self.keys.profile(), profile) {
            Ok(()) => Ok(()),
            Err(StorageError::JsError(_)) => Err(StorageNotice::QuotaExceeded),
            Err(_) => Err(StorageNotice::QuotaExceeded),
        }
    }
}
