//! Taking a shared profile's ratings into one's own, as chosen in the shared view (its own
//! module, which only previews): the employee's app opens in its place with the choice, takes
//! the ratings once the framework has loaded, and offers Undo.

use super::profile_sync::ProfileState;
use browser::page;
use browser::share_link::decode_share;
use domain::feedback::{link_kind, LinkKind};
use domain::i18n::k;
use domain::share::import::{apply_import, ImportMode};
use domain::undo::Undo;
use leptos::prelude::*;
use leptos::task::spawn_local;
use shell::feed::Feeds;
use shell::notifier::Notifier;

/// With `replace` (the hand-over's choice) and a share link in `fragment`: imports once the
/// framework has loaded (into `profile`, said by `notifier`). The link leaves the address
/// either way.
pub fn take_when_loaded(
    feeds: Feeds,
    profile: ProfileState,
    notifier: Notifier,
    fragment: String,
    replace: Option<bool>,
) {
    let Some(replace) = replace else { return };
    if link_kind(&fragment) != LinkKind::Share {
        return;
    }
    let pending = StoredValue::new(Some(fragment));
    Effect::new(move |_| {
        if feeds.loaded().is_none() {
            return;
        }
        if let Some(fragment) = pending.try_update_value(Option::take).flatten() {
            spawn_local(import(feeds, profile, notifier, fragment, replace));
        }
    });
}

async fn import(
    feeds: Feeds,
    profile: ProfileState,
    notifier: Notifier,
    fragment: String,
    replace: bool,
) {
    let i18n = notifier.i18n;
    let shared = decode_share(&fragment).await;
    page::clear_fragment();
    let (Ok(shared), Some(loaded)) = (shared, feeds.loaded_untracked()) else {
        notifier.confirm(i18n.t(k::SHARE_IMPORT_FAILED), None);
        return;
    };
    let mode = if replace {
        ImportMode::Replace
    } else {
        ImportMode::AddWhatILack
    };
    let scale = loaded.feed().scale.clone();
    let mut undo = None;
    profile.edit(|p, now| undo = Some(apply_import(p, &shared, &scale, mode, now)));
    let Some(undo) = undo else { return };
    let count = undo.skills_changed();
    let message = match mode {
        ImportMode::AddWhatILack => i18n.plural(k::SHARE_IMPORT_ADDED, count, &[]),
        ImportMode::Replace => i18n.plural(k::SHARE_IMPORT_REPLACED, count, &[]),
    };
    notifier.confirm(message, Some(Undo::SharedImported { undo }));
}
