//! A share link for a complete demo profile stays short enough for chat tools.

use domain::feed::{load_feeds, FeedSource};
use domain::plan::{attach_resource, ensure_goal, update_goal};
use domain::profile::Profile;
use domain::share::{decode_share, encode_share, shared_from, ShareParts};

#[test]
fn a_full_demo_profile_link_fits_a_chat_message() {
    let text = std::fs::read_to_string("../../feeds/demo.json").unwrap();
    let feed = load_feeds(&[FeedSource {
        label: "demo",
        text: &text,
    }])
    .feed;
    let mut profile = Profile::default();
    profile.set_target_role(Some("senior-platform-engineer".into()), 1);
    for (i, skill) in feed.skills.iter().enumerate() {
        profile.rate(&skill.id, &skill.name, Some((i % 6) as u8), 1);
    }
    for (i, skill) in [
        "kubernetes",
        "observability",
        "rust",
        "system-design",
        "coaching",
    ]
    .iter()
    .enumerate()
    {
        let goal = ensure_goal(&mut profile, skill, Some(4), i as u64);
        attach_resource(&mut profile, &goal, "k8s-cka", 2);
        update_goal(&mut profile, &goal, 3, |g| {
            g.target_date = Some("2027-06-30".into())
        });
    }
    let link = encode_share(&shared_from(
        &profile,
        ShareParts {
            ratings: true,
            plan: true,
            feedback: false,
            name: false,
        },
    ));
    println!(
        "share link for all {} demo skills and 5 goals: {} characters",
        feed.skills.len(),
        link.len()
    );
    assert!(link.len() < 1200, "{} characters", link.len());
    assert_eq!(decode_share(&link).unwrap().levels.len(), feed.skills.len());
}
