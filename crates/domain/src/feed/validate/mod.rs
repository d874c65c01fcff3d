//! From feed texts to one checked, indexed [`Feed`]: bad entries are skipped and reported,
//! the valid rest loads. Several feeds merge in order; ids clash, never overwrite.

mod career_paths;
mod checks;
mod header;
mod local_text;
mod mentors;
mod references;
mod resources;
mod roles;
mod skills;

pub use career_paths::MAX_LOOP_NOTES;
pub use checks::{
    MAX_ANCHOR_LEN, MAX_DESCRIPTION_LEN, MAX_ID_LEN, MAX_LIST_LEN, MAX_NAME_LEN, MAX_SHORT_LEN,
};
pub use header::FORMAT_VERSION;
pub use local_text::MAX_MISSING_NOTES;
pub use mentors::DEFAULT_CAPACITY;

use super::checked::Feed;
use super::diagnostics::{Diagnostic, Diagnostics, Severity};
use super::index::FeedIndex;
use super::parse::{FeedSource, ParsedSource};
use super::resolve::SkillResolver;
use crate::i18n::LanguageTag;
use crate::scale::Scale;
use local_text::TextChoice;
use references::References;
use std::sync::Arc;
use stdx::fast_map::FastMap;
use stdx::text::plural;

/// How to load feeds.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// The language to show translated texts in (`docs/feed.md#translated-texts`): each
    /// text's best translation for it. `None`: each feed's own language
    /// (`framework.language`), else the first translation given.
    pub language: Option<LanguageTag>,
    /// Note each translated text that has no translation in `language`
    /// (`missing-translation`, at most [`MAX_MISSING_NOTES`] and a count), as
    /// `feed-check --language` does.
    pub note_missing_translations: bool,
    /// Keep a copy of the feeds' texts when they have translated texts, so that
    /// [`FeedLoad::relocalise`] can load them again in another language (the widget does).
    pub keep_translated_sources: bool,
}

impl LoadOptions {
    /// Texts in `language`, as the widget shows them, ready to be shown in another language.
    pub fn in_language(language: LanguageTag) -> Self {
        LoadOptions {
            language: Some(language),
            note_missing_translations: false,
            keep_translated_sources: true,
        }
    }
}

/// The texts of translated feeds, kept to load them again in another language.
#[derive(Clone)]
pub struct KeptSources(Arc<[(String, String)]>);

impl std::fmt::Debug for KeptSources {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list()
            .entries(self.0.iter().map(|(label, text)| (label, text.len())))
            .finish()
    }
}

#[derive(Debug, Default)]
pub struct FeedLoad {
    pub feed: Feed,
    pub diagnostics: Vec<Diagnostic>,
    /// Sources that could not be read at all (not JSON, not an object).
    pub failed_sources: Vec<String>,
    /// The language the texts were chosen for (`LoadOptions::language`).
    pub language: Option<LanguageTag>,
    /// Whether any text was given in several languages: only then does loading the same
    /// feeds in another language change anything.
    pub translated: bool,
    /// The feeds' texts, when translated and `LoadOptions::keep_translated_sources` asked.
    pub kept_sources: Option<KeptSources>,
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

    /// The same feeds loaded again with their texts in `language`, for a change of the
    /// interface language; `None` when nothing would change: no text of the feeds is
    /// translated, or they are already in `language` (or were not kept, see
    /// [`LoadOptions::keep_translated_sources`]). Ids, entries and their order stay the same,
    /// since references resolve against the names in every language.
    pub fn relocalise(&self, language: &LanguageTag) -> Option<FeedLoad> {
        self.relocalise_with(load_feeds_with, language)
    }

    /// `relocalise`, read again by `reader` (the one this load was read by).
    pub fn relocalise_with(&self, reader: FeedReader, language: &LanguageTag) -> Option<FeedLoad> {
        if !self.translated || self.language.as_ref() == Some(language) {
            return None;
        }
        let kept = self.kept_sources.as_ref()?;
        let sources: Vec<FeedSource> = kept
            .0
            .iter()
            .map(|(label, text)| FeedSource { label, text })
            .collect();
        let options = LoadOptions {
            // The texts are kept already: shared, not copied again.
            keep_translated_sources: false,
            ..LoadOptions::in_language(language.clone())
        };
        let mut load = reader(&sources, &options);
        load.kept_sources = Some(kept.clone());
        Some(load)
    }
}

/// Loads `sources` merged in order, translated texts in each feed's own language (see
/// [`load_feeds_with`]).
pub fn load_feeds(sources: &[FeedSource]) -> FeedLoad {
    load_feeds_with(sources, &LoadOptions::default())
}

/// A way to read feeds: [`load_feeds_with`] (everything), or [`load_skills_with`] (the header
/// and the skills only, for a module that shows nothing else).
pub type FeedReader = fn(&[FeedSource], &LoadOptions) -> FeedLoad;

/// What every reading does first, with the same functions: parse, the header and the scale,
/// and the skills.
struct Front<'a, 'o> {
    diags: Diagnostics,
    failed_sources: Vec<String>,
    parsed: Vec<ParsedSource<'a>>,
    choice: TextChoice<'o>,
    format_version: Option<u32>,
    framework: Option<super::model::Framework>,
    scale: Scale,
    skills: Vec<super::model::Skill>,
}

fn read_front<'a, 'o>(sources: &[FeedSource<'a>], options: &'o LoadOptions) -> Front<'a, 'o> {
    let mut diags = Diagnostics::default();
    let mut failed_sources = Vec::new();
    let mut parsed: Vec<ParsedSource> = sources
        .iter()
        .filter_map(|&source| {
            let parsed = ParsedSource::parse(source, &mut diags);
            if parsed.is_none() {
                failed_sources.push(source.label.to_owned());
            }
            parsed
        })
        .collect();

    // Each feed's translated texts fall back to its own language, else the first feed's.
    let declared: Vec<Option<LanguageTag>> = parsed.iter().map(header::declared_language).collect();
    let first_declared = declared.iter().flatten().next().cloned();
    for (source, own) in parsed.iter_mut().zip(declared) {
        source.language = own.or_else(|| first_declared.clone());
    }
    let choice = TextChoice::new(options.language.as_ref(), options.note_missing_translations);

    let mut format_version = None;
    let mut framework = None;
    let mut scale: Option<(Scale, &str)> = None;
    for source in &parsed {
        let texts = choice.of(source);
        let version = header::format_version(source, &mut diags);
        format_version = Some(format_version.map_or(version, |v: u32| v.max(version)));
        if let Some(found) = header::framework(source, &texts, &mut diags) {
            framework.get_or_insert(found);
        }
        if let Some(found) = header::scale(source, &texts, &mut diags) {
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

    let skills = skills::skills(&parsed, &scale, &choice, &mut diags);
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
    Front {
        diags,
        failed_sources,
        parsed,
        choice,
        format_version,
        framework,
        scale,
        skills,
    }
}

/// Loads `sources` merged in order, translated texts in `options.language`.
pub fn load_feeds_with(sources: &[FeedSource], options: &LoadOptions) -> FeedLoad {
    let mut front = read_front(sources, options);
    let skill_ids = skill_id_table(&front.skills);
    let skill_names = skills::name_table(&front.skills, &mut front.diags);
    let refs = References {
        resolver: SkillResolver::new(&skill_ids, &skill_names),
        skills: &front.skills,
    };
    let (parsed, scale, choice, diags) =
        (&front.parsed, &front.scale, &front.choice, &mut front.diags);
    let roles = roles::roles(parsed, scale, &refs, choice, diags);
    let resources = resources::resources(parsed, scale, &refs, choice, diags);
    let mentors = mentors::mentors(parsed, scale, &refs, choice, diags);
    drop(refs);
    finish(
        front,
        sources,
        options,
        skill_ids,
        skill_names,
        (roles, resources, mentors),
    )
}

/// The header, the scale and the skills exactly as [`load_feeds_with`] reads them (the same
/// functions), and no roles, resources or mentors: for a module that shows only skills (the
/// reviewer's form), which then carries none of the code that reads the rest. Its diagnostics
/// are only those of what it read.
pub fn load_skills_with(sources: &[FeedSource], options: &LoadOptions) -> FeedLoad {
    let mut front = read_front(sources, options);
    let skill_ids = skill_id_table(&front.skills);
    let skill_names = skills::name_table(&front.skills, &mut front.diags);
    finish(
        front,
        sources,
        options,
        skill_ids,
        skill_names,
        Default::default(),
    )
}

fn skill_id_table(skills: &[super::model::Skill]) -> FastMap<String, usize> {
    skills
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.clone(), i))
        .collect()
}

type Rest = (
    Vec<super::model::Role>,
    Vec<super::model::Resource>,
    Vec<super::model::Mentor>,
);

fn finish(
    front: Front<'_, '_>,
    sources: &[FeedSource],
    options: &LoadOptions,
    skill_ids: FastMap<String, usize>,
    skill_names: FastMap<String, usize>,
    (roles, resources, mentors): Rest,
) -> FeedLoad {
    let Front {
        mut diags,
        failed_sources,
        choice,
        format_version,
        framework,
        scale,
        skills,
        ..
    } = front;
    choice.finish(&mut diags);
    let translated = choice.saw_translations();
    let kept_sources = (translated && options.keep_translated_sources).then(|| {
        KeptSources(
            sources
                .iter()
                .map(|s| (s.label.to_owned(), s.text.to_owned()))
                .collect(),
        )
    });

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
        language: options.language.clone(),
        translated,
        kept_sources,
    }
}
