//! Taking a shared profile's ratings into one's own, as chosen in the shared view (its own
//! module, which only previews): the employee's app opens in its place with the choice, takes
//! the ratings once the framework has loaded, and offers Undo.

use super::state::AppState;
use browser::page;
use browser::share_link::decode_share;
use domain::feedback::{link_kind, LinkKind};
use domain::i18n::k;
use domain::share::import::{apply_import, ImportMode};
use domain::undo::Undo;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// With `replace` (the hand-over's choice) and a share link in `fragment`: imports once the
/// framework has loaded. The link leaves the address either way.
pub fn take_when_loaded(state: AppState, fragment: String, replace: Option<bool>) {
    let Some(replace) = replace else { return };
    if link_kind(&fragment) != LinkKind::Share {
        return;
    }
    let pending = StoredValue::new(Some(fragment));
    Effect::new(move |_| {
        if state.loaded().is_none() {
            return;
        }
        if let Some(fragment) = pending.try_update_value(Option::take).flatten() {
            spawn_local(import(state, fragment, replace));
        }
    });
}

async fn import(state: AppState, fragment: String, replace: bool) {
    let i18n = state.i18n;
    let shared = decode_share(&fragment).await;
    page::clear_fragment();
    let (Ok(shared), Some(loaded)) = (shared, state.loaded_untracked()) else {
        state.confirm(i18n.t(k::SHARE_IMPORT_FAILED), None);
        return;
    };
    let mode = if replace {
        ImportMode::Replace
    } else {
        ImportMode::AddWhatILack
    };
    let scale = loaded.feed().scale.clone();
    let mut undo = None;
    state.edit(|p, now| undo = Some(apply_import(p, &shared, &scale, mode, now)));
    let Some(undo) = undo else { return };
    let count = undo.skills_changed();
    let message = match mode {
        ImportMode::AddWhatILack => i18n.plural(k::SHARE_IMPORT_ADDED, count, &[]),
        ImportMode::Replace => i18n.plural(k::SHARE_IMPORT_REPLACED, count, &[]),
    };
    state.confirm(message, Some(Undo::SharedImported { undo }));
}
