//! Notes on career paths that load as written but are worth a look: a role that lists itself
//! as a next role, and paths that lead back to where they started (usually a typo, sometimes
//! an intended move back and forth).

use super::checks::At;
use crate::feed::career_graph::CareerGraph;
use crate::feed::career_loops::cycles;
use crate::feed::diagnostics::{Diagnostics, Severity};
use crate::feed::model::{Role, RoleIdx};
use crate::i18n::isolate;

/// Loops noted one by one; the rest are counted in one more note.
pub const MAX_LOOP_NOTES: usize = 20;
/// Roles named in one loop's note; a longer loop is shortened in the middle.
const MAX_NAMED: usize = 8;

pub fn note_self_reference(at: &At, field: &str, diags: &mut Diagnostics) {
    at.report(
        diags,
        Severity::Info,
        "next-role-is-itself",
        field,
        "the role lists itself as a next role; ignored".into(),
    );
}

/// One note per loop in the linked roles, at the loop's first role (`ats` is indexed like
/// `roles`), up to [`MAX_LOOP_NOTES`] and a count of the rest.
pub fn note_loops(roles: &[Role], ats: &[At], diags: &mut Diagnostics) {
    let graph = CareerGraph::from_next(roles.iter().map(|r| r.next_roles.clone()).collect());
    let found = cycles(&graph);
    for cycle in found.iter().take(MAX_LOOP_NOTES) {
        ats[cycle[0]].report(
            diags,
            Severity::Info,
            "career-path-loop",
            "next_roles",
            format!(
                "career paths lead back to this role: {} (allowed; usually a typo)",
                loop_names(roles, cycle)
            ),
        );
    }
    if let Some(first_unlisted) = found.get(MAX_LOOP_NOTES) {
        let more = found.len() - MAX_LOOP_NOTES;
        let noun = if more == 1 { "loop" } else { "loops" };
        ats[first_unlisted[0]].report(
            diags,
            Severity::Info,
            "career-path-loop",
            "next_roles",
            format!("{more} more career-path {noun} not listed (the first {MAX_LOOP_NOTES} are)"),
        );
    }
}

/// "A → B → A"; a loop of more than [`MAX_NAMED`] roles names its first ones and its end.
fn loop_names(roles: &[Role], cycle: &[RoleIdx]) -> String {
    let name = |&i: &RoleIdx| isolate(&roles[i].name, false);
    if cycle.len() <= MAX_NAMED + 1 {
        return cycle.iter().map(name).collect::<Vec<_>>().join(" → ");
    }
    let mut names: Vec<String> = cycle[..MAX_NAMED - 1].iter().map(name).collect();
    names.push("…".to_owned());
    names.push(name(&cycle[cycle.len() - 1]));
    format!("{} ({} steps)", names.join(" → "), cycle.len() - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn role(name: String) -> Role {
        Role {
            id: name.to_lowercase(),
            name,
            other_names: Vec::new(),
            family: String::new(),
            seniority: String::new(),
            description: String::new(),
            requirements: Vec::new(),
            next_roles: Vec::new(),
        }
    }

    #[test]
    fn a_short_loop_is_named_in_full() {
        let roles = vec![role("A".into()), role("B".into())];
        assert_eq!(loop_names(&roles, &[0, 1, 0]), "A → B → A");
    }

    #[test]
    fn a_long_loop_names_its_first_roles_and_its_end() {
        let roles: Vec<Role> = (0..12).map(|i| role(format!("R{i}"))).collect();
        let ring: Vec<RoleIdx> = (0..12).chain([0]).collect();
        assert_eq!(
            loop_names(&roles, &ring),
            "R0 → R1 → R2 → R3 → R4 → R5 → R6 → … → R0 (12 steps)"
        );
        let nine: Vec<RoleIdx> = (0..8).chain([0]).collect();
        assert_eq!(loop_names(&roles, &nine).matches(" → ").count(), 8);
    }
}
