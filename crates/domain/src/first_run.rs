//! Who is new: the first-run introduction is for people with nothing of their own stored yet.

use crate::profile::{Profile, Stamped};

/// Whether the stored profile holds anything the person did: a rating, a role, a goal, a
/// shortlist, a preference… Compared with an empty profile, so data added to the profile in
/// later versions counts too. What the widget records by itself does not: the profile's id
/// and version, the requirements it last showed, and a target role that only came from the
/// page (`role` option or `?role=`), which is never stamped.
pub fn has_own_data(profile: &Profile) -> bool {
    let mut bare = profile.clone();
    let empty = Profile::default();
    bare.schema = empty.schema;
    bare.local_id.clear();
    bare.seen_requirements = Stamped::default();
    if bare.target_role.updated == 0 {
        bare.target_role = Stamped::default();
    }
    bare != empty
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fresh_profile_is_new_and_anything_done_is_not() {
        let fresh = Profile {
            local_id: "abc".to_owned(),
            ..Profile::default()
        };
        assert!(!has_own_data(&fresh));

        let mut from_page = fresh.clone();
        from_page.target_role.value = Some("platform-engineer".to_owned());
        from_page.seen_requirements = Stamped::new(None, 5);
        assert!(
            !has_own_data(&from_page),
            "what the widget stored by itself"
        );

        let mut chosen = fresh.clone();
        chosen.set_target_role(Some("platform-engineer".to_owned()), 7);
        assert!(has_own_data(&chosen));

        let mut current = fresh.clone();
        current.set_current_role(Some("data-analyst".to_owned()), 7);
        assert!(has_own_data(&current));

        let mut rated = fresh.clone();
        rated.rate("python", "Python", None, 7);
        assert!(has_own_data(&rated), "even a skill set back to not rated");

        let mut shortlisted = fresh.clone();
        Profile::set_flag(&mut shortlisted.shortlist, "data-analyst", true, 7);
        assert!(has_own_data(&shortlisted));

        let mut older = fresh;
        older.schema = 1;
        assert!(!has_own_data(&older), "the version alone is not data");
    }
}
