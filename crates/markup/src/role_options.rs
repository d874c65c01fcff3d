//! The options of a role select, grouped by family. A large feed has thousands of roles:
//! creating each option as its own node costs tens of milliseconds while none ever changes.

use super::Markup;
use domain::feed::Feed;
use domain::i18n::k;
use domain::i18n::Translator;

/// `empty` labels the first option, which chooses no role.
pub fn role_options(feed: &Feed, empty: &str, tr: &Translator) -> String {
    let families = feed.role_families();
    let mut by_family: Vec<Vec<usize>> = vec![Vec::new(); families.len()];
    for (idx, role) in feed.roles.iter().enumerate() {
        if let Some(f) = families.iter().position(|f| *f == role.family) {
            by_family[f].push(idx);
        }
    }
    let mut m = Markup::new();
    m.element("option", &[("value", "")], empty);
    let other = tr.t(k::ASSESS_ROLES_OTHER_FAMILY);
    for (family, roles) in families.iter().zip(&by_family) {
        let label = if family.is_empty() { other } else { family };
        m.open("optgroup", &[("label", label)]);
        for &idx in roles {
            let role = &feed.roles[idx];
            m.element("option", &[("value", &role.id)], &role.label());
        }
        m.close("optgroup");
    }
    m.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::feed::{load_feeds, FeedSource};

    #[test]
    fn groups_roles_by_family_in_first_seen_order_and_escapes() {
        let text = r#"{"format_version": 1, "skills": [{"id": "a", "name": "A"}],
            "roles": [
                {"id": "r1", "name": "Dev", "family": "Eng", "seniority": "Senior", "requirements": [{"skill": "a", "level": 2}]},
                {"id": "r2", "name": "<Ops>", "requirements": [{"skill": "a", "level": 2}]},
                {"id": "r3", "name": "QA", "family": "Eng", "requirements": [{"skill": "a", "level": 2}]}
            ]}"#;
        let feed = load_feeds(&[FeedSource { label: "t", text }]).feed;
        assert_eq!(
            role_options(&feed, "Choose…", &Translator::english()),
            concat!(
                "<option value=\"\">Choose…</option>",
                "<optgroup label=\"Eng\"><option value=\"r1\">Dev · Senior</option><option value=\"r3\">QA</option></optgroup>",
                "<optgroup label=\"Other roles\"><option value=\"r2\">&lt;Ops&gt;</option></optgroup>"
            )
        );
    }
}
