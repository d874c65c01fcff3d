//! What importing a shared profile would change, skill by skill: mine, theirs, and what
//! "add what I lack" does with it.

use super::{table_head, Markup};
use domain::feed::Feed;
use domain::i18n::k;
use domain::i18n::Translator;
use domain::scale::Level;
use domain::share::import::ImportPreview;

pub fn import_preview(feed: &Feed, preview: &ImportPreview, tr: &Translator) -> String {
    let level = |level: Option<Level>| {
        level.map_or_else(
            || tr.t(k::SHARE_PREVIEW_NOT_RATED).to_owned(),
            |l| format!("{l} {}", feed.scale.label(l)),
        )
    };
    let mut m = Markup::new();
    m.open(
        "table",
        &[("class", "sg-table"), ("data-testid", "import-preview")],
    )
    .element(
        "caption",
        &[("class", "sg-visually-hidden")],
        tr.t(k::SHARE_IMPORT_PREVIEW),
    );
    table_head(
        &mut m,
        &[
            (tr.t(k::SHARE_PREVIEW_SKILL), false),
            (tr.t(k::SHARE_PREVIEW_MINE), false),
            (tr.t(k::SHARE_PREVIEW_THEIRS), false),
            (tr.t(k::SHARE_PREVIEW_IF_ADDED), false),
        ],
    );
    m.open("tbody", &[]);
    for change in &preview.skills {
        let name = feed
            .skill_by_id(&change.skill)
            .map_or(change.skill.as_str(), |i| &feed.skills[i].name);
        let outcome = tr.t(if change.mine.is_none() {
            k::SHARE_PREVIEW_ADDED
        } else if change.mine == Some(change.theirs) {
            k::SHARE_PREVIEW_SAME
        } else {
            k::SHARE_PREVIEW_KEPT
        });
        m.open("tr", &[("data-testid", "import-line")])
            .element("th", &[("scope", "row")], name)
            .element("td", &[], &level(change.mine))
            .element("td", &[], &level(Some(change.theirs)))
            .element("td", &[], outcome)
            .close("tr");
    }
    m.close("tbody").close("table");
    m.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::demo_gap;
    use domain::share::import::SkillChange;

    #[test]
    fn one_escaped_row_per_skill_with_mine_theirs_and_the_outcome() {
        let (feed, _, _) = demo_gap(&[None, None]);
        let preview = ImportPreview {
            skills: vec![
                SkillChange {
                    skill: "s0".into(),
                    mine: Some(4),
                    theirs: 1,
                },
                SkillChange {
                    skill: "s1".into(),
                    mine: None,
                    theirs: 3,
                },
            ],
            out_of_scale: 0,
        };
        let html = import_preview(&feed, &preview, &Translator::english());
        assert_eq!(html.matches("data-testid=\"import-line\"").count(), 2);
        assert!(html.contains("<th scope=\"row\">Skill &lt;0&gt; &amp; co</th><td>4 Advanced</td><td>1 Awareness</td><td>kept as mine unless you replace</td>"), "{html}");
        assert!(
            html.contains("<td>not rated</td><td>3 Practitioner</td><td>added</td>"),
            "{html}"
        );
    }
}
