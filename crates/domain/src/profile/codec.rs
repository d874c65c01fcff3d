//! Reading and writing the stored document, with every way it can go wrong named.

use super::migrate::{migrate, stored_version, Unreadable};
use super::model::{Profile, SCHEMA_VERSION};

#[derive(Debug, Clone, PartialEq)]
pub enum Decoded {
    /// Nothing stored yet.
    Empty,
    Ready(Profile),
    /// Written by a newer build: never to be overwritten by this one. The profile is there when
    /// this build can still read its shape, for showing read-only.
    Newer(Option<Profile>, u32),
    /// Not a profile at all; the raw text must be kept aside.
    Corrupt(Unreadable),
}

pub fn decode(raw: Option<&str>) -> Decoded {
    let Some(raw) = raw else {
        return Decoded::Empty;
    };
    let version = match stored_version(raw) {
        Ok(version) => version,
        Err(reason) => return Decoded::Corrupt(reason),
    };
    let migrated;
    let current = if version < SCHEMA_VERSION {
        migrated = match migrate(raw, version) {
            Ok(text) => text,
            Err(reason) => return Decoded::Corrupt(reason),
        };
        migrated.as_str()
    } else {
        raw
    };
    // Every document read (stored, migrated, or an import file) loses target dates that are
    // not real days: nothing downstream has to trust them.
    let read = serde_json::from_str::<Profile>(current).map(|mut profile| {
        profile.drop_invalid_dates();
        profile
    });
    match read {
        Ok(profile) if version > SCHEMA_VERSION => Decoded::Newer(Some(profile), version),
        Ok(profile) => Decoded::Ready(profile),
        // A newer build's data is not corrupt because this build cannot read it: treating it
        // as corrupt would let this build write over it.
        Err(_) if version > SCHEMA_VERSION => Decoded::Newer(None, version),
        Err(err) => Decoded::Corrupt(Unreadable::Json(err.to_string())),
    }
}

pub fn encode(profile: &Profile) -> String {
    serde_json::to_string(profile).expect("a profile always serialises")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_a_profile() {
        let mut profile = Profile {
            local_id: "abc".into(),
            ..Profile::default()
        };
        profile.rate("rust", "Rust", Some(3), 10);
        profile.set_target_role(Some("backend-senior".into()), 11);
        assert_eq!(decode(Some(&encode(&profile))), Decoded::Ready(profile));
    }

    #[test]
    fn documents_read_lose_target_dates_that_are_not_days() {
        let crafted = r#"2027-01-01\n## Pwned\n<img src=x onerror=alert(1)>"#;
        let goals = format!(
            r#"{{"a": {{"skill": "sql", "target_date": "{crafted}", "updated": 3}},
                "b": {{"skill": "go", "target_date": "2027-02-30"}},
                "c": {{"skill": "k8s", "target_date": "2027-03-31"}}}}"#
        );
        // Stored in this schema, stored by an older build (migrated), and imported from a file.
        for raw in [
            format!(r#"{{"schema": {SCHEMA_VERSION}, "plan": {goals}}}"#),
            format!(r#"{{"schema": 3, "plan": {goals}}}"#),
        ] {
            let Decoded::Ready(profile) = decode(Some(&raw)) else {
                panic!("{raw}")
            };
            let dates: Vec<Option<&str>> = profile
                .plan
                .values()
                .map(|g| g.target_date.as_deref())
                .collect();
            assert_eq!(dates, [None, None, Some("2027-03-31")], "{raw}");
            assert_eq!(profile.plan["a"].updated, 3, "the goal keeps its time");
            let imported = crate::profile::export::parse_import(&raw).unwrap();
            assert_eq!(imported.profile, profile);
        }
    }

    #[test]
    fn nothing_stored_is_empty() {
        assert_eq!(decode(None), Decoded::Empty);
    }

    #[test]
    fn garbage_and_foreign_json_are_corrupt() {
        assert!(matches!(decode(Some("{not json")), Decoded::Corrupt(_)));
        assert!(matches!(decode(Some("[1,2]")), Decoded::Corrupt(_)));
        assert!(matches!(
            decode(Some(r#"{"theme": "dark"}"#)),
            Decoded::Corrupt(_)
        ));
        assert!(matches!(
            decode(Some(r#"{"skills": 5, "schema": 1}"#)),
            Decoded::Corrupt(_)
        ));
        assert!(matches!(
            decode(Some(r#"{"schema": 0}"#)),
            Decoded::Corrupt(_)
        ));
    }

    #[test]
    fn newer_schema_is_flagged_not_rejected() {
        let raw = r#"{"schema": 99, "skills": {"rust": {"level": 2}}, "future_field": true}"#;
        match decode(Some(raw)) {
            Decoded::Newer(Some(profile), 99) => assert_eq!(profile.level("rust"), Some(2)),
            other => panic!("expected newer, got {other:?}"),
        }
    }

    #[test]
    fn newer_schema_in_a_shape_this_build_cannot_read_is_still_newer_not_corrupt() {
        let raw = r#"{"schema": 99, "skills": [{"id": "rust", "level": {"self": 2}}]}"#;
        assert_eq!(decode(Some(raw)), Decoded::Newer(None, 99));
    }
}
