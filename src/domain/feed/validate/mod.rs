//! From feed texts to one checked, indexed [`Feed`]: bad entries are skipped and reported,
//! the valid rest loads. Several feeds merge in order; ids clash, never overwrite.

mod career_paths;
mod checks;
mod header;
mod mentors;
mod references;
mod resources;
mod roles;
mod skills;

pub use career_paths::MAX_LOOP_NOTES;
pub use checks::{MAX_ANCHOR_LEN, MAX_DESCRIPTION_LEN, MAX_ID_LEN, MAX_NAME_LEN};
pub use header::FORMAT_VERSION;
pub use mentors::DEFAULT_CAPACITY;
pub use resources::KNOWN_KINDS;

use super::diagnostics::{Diagnostic, Diagnostics, Severity};
use super::index::FeedIndex;
use super::model::Feed;
use super::parse::{FeedSource, ParsedSource};
use super::resolve::SkillResolver;
use crate::domain::fast_map::FastMap;
use crate::domain::scale::Scale;
use crate::domain::text::plural;
use references::References;

#[derive(Debug, Default)]
pub struct FeedLoad {
    pub feed: Feed,
    pub diagnostics: Vec<Diagnostic>,
    /// Sources that could not be read at all (not JSON, not an object).
    pub failed_sources: Vec<String>,
}

impl FeedLoad {
    /// What loaded, as the diagnostics panel, `feed-check`, `feed-import` and the checker page
    /// say it: "48 skills, 27 roles, 24 career-path links, 12 resources, 6 mentors".
    pub fn contents(&self) -> String {
        let feed = &self.feed;
        let paths: usize = feed.roles.iter().map(|r| r.next_roles.len()).sum();
        [
            plural(feed.skills.len(), "skill", "skills"),
            plural(feed.roles.len(), "role", "roles"),
            plural(paths, "career-path link", "career-path links"),
            plural(feed.resources.len(), "resource", "resources"),
            plural(feed.mentors.len(), "mentor", "mentors"),
        ]
        .join(", ")
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }
}

pub fn load_feeds(sources: &[FeedSource]) -> FeedLoad {
    let mut diags = Diagnostics::default();
    let mut failed_sources = Vec::new();
    let parsed: Vec<ParsedSource> = sources
        .iter()
        .filter_map(|&source| {
            let parsed = ParsedSource::parse(source, &mut diags);
            if parsed.is_none() {
                failed_sources.push(source.label.to_owned());
            }
            parsed
        })
        .collect();

    let mut format_version = None;
    let mut framework = None;
    let mut scale: Option<(Scale, &str)> = None;
    for source in &parsed {
        let version = header::format_version(source, &mut diags);
        format_version = Some(format_version.map_or(version, |v: u32| v.max(version)));
        if let Some(found) = header::framework(source, &mut diags) {
            framework.get_or_insert(found);
        }
        if let Some(found) = header::scale(source, &mut diags) {
            match &scale {
                None => scale = Some((found, source.label)),
                Some((first, owner)) if *first != found => diags.push(
                    Severity::Warning,
                    "scale-conflict",
                    source.label,
                    "scale",
                    None,
                    format!("this scale differs from the one in {owner}, which is used"),
                ),
                Some(_) => {}
            }
        }
    }
    let scale = scale.map(|(s, _)| s).unwrap_or_default();

    let skills = skills::skills(&parsed, &scale, &mut diags);
    // Without a skill there is nothing to rate; say so rather than fail without a reason.
    if skills.is_empty() && !parsed.is_empty() {
        let labels: Vec<&str> = parsed.iter().map(|p| p.label).collect();
        diags.push(
            Severity::Error,
            "empty-framework",
            labels[0],
            "skills",
            None,
            format!(
                "no usable skill in {}: a framework needs at least one skill (see feed.md, \"skills\")",
                labels.join(", ")
            ),
        );
    }
    let skill_ids: FastMap<String, usize> = skills
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.clone(), i))
        .collect();
    let skill_names = skills::name_table(&skills, &mut diags);
    let refs = References {
        resolver: SkillResolver::new(&skill_ids, &skill_names),
        skills: &skills,
    };
    let roles = roles::roles(&parsed, &scale, &refs, &mut diags);
    let resources = resources::resources(&parsed, &scale, &refs, &mut diags);
    let mentors = mentors::mentors(&parsed, &scale, &refs, &mut diags);

    let index = FeedIndex::build(
        skill_ids,
        skill_names,
        &skills,
        &roles,
        &resources,
        &mentors,
    );
    FeedLoad {
        feed: Feed {
            format_version: format_version.unwrap_or(FORMAT_VERSION),
            framework: framework.unwrap_or_default(),
            scale,
            skills,
            roles,
            resources,
            mentors,
            index,
        },
        diagnostics: diags.items,
        failed_sources,
    }
}
