//! Changing the current or target role, from any screen: confirmed on screen with Undo, which
//! puts back the role chosen before.

use super::state::AppState;
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleKind {
    Current,
    Target,
}

impl AppState {
    /// Sets the role (or clears it with `None`), naming it as `name` in the confirmation.
    pub fn change_role(&self, kind: RoleKind, role: Option<String>, name: &str) {
        let state = *self;
        let read = move |p: &crate::domain::profile::Profile| match kind {
            RoleKind::Current => p.current_role.value.clone(),
            RoleKind::Target => p.target_role.value.clone(),
        };
        let write = move |p: &mut crate::domain::profile::Profile, role, now| match kind {
            RoleKind::Current => p.set_current_role(role, now),
            RoleKind::Target => p.set_target_role(role, now),
        };
        let before = state.profile.with_untracked(read);
        if before == role {
            return;
        }
        let message = match (kind, role.is_some()) {
            (RoleKind::Target, true) => format!("{name} is now your target role."),
            (RoleKind::Target, false) => "You have no target role now.".to_owned(),
            (RoleKind::Current, true) => format!("{name} is now your current role."),
            (RoleKind::Current, false) => "You have no current role now.".to_owned(),
        };
        state.edit(|p, now| write(p, role, now));
        let undo = Arc::new(move || {
            let before = before.clone();
            state.edit(|p, now| write(p, before, now));
            state.confirm(
                match kind {
                    RoleKind::Target => "Your previous target role is back.",
                    RoleKind::Current => "Your previous current role is back.",
                },
                None,
            );
        });
        state.confirm(message, Some(undo));
    }
}
