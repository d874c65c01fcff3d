//! Changing the current or target role, from any screen: confirmed on screen with Undo, which
//! puts back the role chosen before.

use super::profile_sync::ProfileState;
use domain::i18n::k;
pub use domain::undo::RoleKind;
use domain::undo::Undo;
use shell::notifier::Notifier;

impl ProfileState {
    /// Sets the role (or clears it with `None`), naming it as `name` in the confirmation that
    /// `notifier` shows.
    pub fn change_role(
        &self,
        notifier: Notifier,
        kind: RoleKind,
        role: Option<String>,
        name: &str,
    ) {
        let i18n = notifier.i18n;
        let read = move |p: &domain::profile::Profile| match kind {
            RoleKind::Current => p.current_role.value.clone(),
            RoleKind::Target => p.target_role.value.clone(),
        };
        let write = move |p: &mut domain::profile::Profile, role, now| match kind {
            RoleKind::Current => p.set_current_role(role, now),
            RoleKind::Target => p.set_target_role(role, now),
        };
        let before = self.with_untracked(read);
        if before == role {
            return;
        }
        let message = match (kind, role.is_some()) {
            (RoleKind::Target, true) => i18n.tf(k::ROLE_CHANGE_TARGET_SET, &[("role", name)]),
            (RoleKind::Target, false) => i18n.t(k::ROLE_CHANGE_TARGET_CLEARED),
            (RoleKind::Current, true) => i18n.tf(k::ROLE_CHANGE_CURRENT_SET, &[("role", name)]),
            (RoleKind::Current, false) => i18n.t(k::ROLE_CHANGE_CURRENT_CLEARED),
        };
        self.edit(|p, now| write(p, role, now));
        notifier.confirm(message, Some(Undo::RoleChanged { kind, before }));
    }
}
