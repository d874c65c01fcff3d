//! Translated texts: choosing the language a text is shown in, and what a feed's author is
//! told about its translations (`docs/feed.md#translated-texts`).
//!
//! A text is a string (every language) or an object of BCP 47 tags to strings. The wanted
//! language's translation is picked with [`pick_translation`]: the tag or a shorter form, any
//! region of its language, then the same for the feed's own language (`framework.language`),
//! then the first given. Names and aliases in the other languages are kept too: references
//! and search find a skill by any of them.

use super::checks::{clean_text, report_long_list, required_text, At, MAX_LIST_LEN};
use crate::feed::diagnostics::{Diagnostic, Diagnostics, Severity};
use crate::feed::parse::ParsedSource;
use crate::feed::wire::{LocalText, Text};
use crate::i18n::{isolate, pick_translation, LanguageTag};
use std::cell::{Cell, RefCell};
use std::fmt;
use std::rc::Rc;
use stdx::text::{normalise, truncate_chars};

/// `missing-translation` notes listed one by one; the rest are counted in one more note.
pub const MAX_MISSING_NOTES: usize = 20;

/// How the texts of one load are chosen, and what was noticed on the way.
#[derive(Default)]
pub struct TextChoice<'o> {
    /// `None`: each feed's own language, else the first translation given.
    wanted: Option<&'o LanguageTag>,
    /// Note texts that have translations but none in `wanted` (`feed-check --language`).
    note_missing: bool,
    /// Whether any text of the feeds was an object of translations.
    translated: Cell<bool>,
    missing: Cell<usize>,
    /// The first `missing-translation` note that was not listed, to count the rest there.
    first_unlisted: RefCell<Option<Diagnostic>>,
    /// Tags as written and their canonical form (`None`: malformed): a feed uses a handful of
    /// tags on every text, each read once.
    tags: RefCell<Vec<KnownTag>>,
}

/// A tag as written, and its canonical form (`None`: malformed).
type KnownTag = (Box<str>, Option<Rc<str>>);

/// Distinct tags remembered; a feed with more (tags made up per text) has them read each time.
const MAX_REMEMBERED_TAGS: usize = 64;

impl<'o> TextChoice<'o> {
    pub fn new(wanted: Option<&'o LanguageTag>, note_missing: bool) -> Self {
        TextChoice {
            wanted,
            note_missing: note_missing && wanted.is_some(),
            ..TextChoice::default()
        }
    }

    /// The texts of one feed, with its language as the fallback.
    pub fn of<'s>(&'s self, source: &'s ParsedSource<'s>) -> Texts<'s> {
        Texts {
            choice: self,
            source,
        }
    }

    fn canonical(&self, tag: &str) -> Option<Rc<str>> {
        let mut tags = self.tags.borrow_mut();
        if let Some((_, canonical)) = tags.iter().find(|(known, _)| **known == *tag) {
            return canonical.clone();
        }
        let canonical: Option<Rc<str>> = LanguageTag::parse(tag).map(|t| Rc::from(t.as_str()));
        if tags.len() < MAX_REMEMBERED_TAGS {
            tags.push((tag.into(), canonical.clone()));
        }
        canonical
    }

    pub fn saw_translations(&self) -> bool {
        self.translated.get()
    }

    /// The note counting the `missing-translation` notes beyond [`MAX_MISSING_NOTES`].
    pub fn finish(&self, diags: &mut Diagnostics) {
        let more = self.missing.get().saturating_sub(MAX_MISSING_NOTES);
        if let (Some(mut note), Some(wanted)) =
            (self.first_unlisted.borrow_mut().take(), self.wanted)
        {
            let noun = if more == 1 { "text" } else { "texts" };
            note.message = format!(
                "{more} more translated {noun} without a \"{wanted}\" translation not listed (the first {MAX_MISSING_NOTES} are)"
            );
            diags.items.push(note);
        }
    }
}

/// What follows when a text has no usable language.
#[derive(Clone, Copy)]
pub enum Need {
    /// A warning; the text is left out.
    Optional,
    /// An error, saying what was skipped ("the entry was skipped").
    Required(&'static str),
}

const ENTRY_SKIPPED: Need = Need::Required("the entry was skipped");

/// The texts of one feed.
pub struct Texts<'s> {
    choice: &'s TextChoice<'s>,
    source: &'s ParsedSource<'s>,
}

/// The chosen translation of a text, and where the others are.
struct Chosen<'t> {
    text: &'t str,
    /// The translations it was chosen from (empty for a plain string) and the chosen one's place.
    translations: &'t [(Text<'t>, Text<'t>)],
    index: usize,
}

impl<'t> Chosen<'t> {
    fn plain(text: &'t str) -> Self {
        Chosen {
            text,
            translations: &[],
            index: 0,
        }
    }

    /// The non-empty texts of the other languages.
    fn others(&self) -> impl Iterator<Item = &'t str> + '_ {
        self.translations
            .iter()
            .enumerate()
            .filter(move |&(i, (_, text))| i != self.index && !text.trim().is_empty())
            .map(|(_, (_, text))| text.as_ref())
    }
}

impl<'s> Texts<'s> {
    fn feed_language(&self) -> Option<&'s LanguageTag> {
        self.source.language.as_ref()
    }

    /// The translation to show; `None` (after reporting) when an object of translations has
    /// no usable language.
    fn choose<'t>(
        &self,
        text: &'t LocalText<'t>,
        field: impl fmt::Display + Copy,
        need: Need,
        at: &At,
        diags: &mut Diagnostics,
    ) -> Option<Chosen<'t>> {
        let translations = match text {
            LocalText::Plain(text) => return Some(Chosen::plain(text)),
            LocalText::Translated(translations) => translations,
        };
        self.choice.translated.set(true);
        let object_at = At {
            position: translations
                .first()
                .and_then(|(tag, _)| self.source.spot_of_object(tag))
                .or(at.position),
            ..at.clone()
        };
        // Each tag in its canonical form (`de-CH`); `None` for a malformed one.
        let canonical: Vec<Option<Rc<str>>> = translations
            .iter()
            .map(|(tag, _)| self.choice.canonical(tag))
            .collect();
        let malformed: Vec<&str> = translations
            .iter()
            .zip(&canonical)
            .filter(|(_, canonical)| canonical.is_none())
            .map(|((tag, _), _)| tag.as_ref())
            .collect();
        if malformed.len() == translations.len() {
            let (severity, outcome) = match need {
                Need::Required(outcome) => (Severity::Error, outcome),
                Need::Optional => (Severity::Warning, "the text was ignored"),
            };
            let what = if malformed.is_empty() {
                "no translation".to_owned()
            } else {
                format!(
                    "no usable language tag ({})",
                    malformed
                        .iter()
                        .map(|t| quoted_tag(t))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            };
            object_at.report(
                diags,
                severity,
                "no-usable-language",
                field,
                format!("\"{field}\" has {what}; give it as a string or as {{\"en\": \"…\", \"de\": \"…\"}} with BCP 47 language tags; {outcome}"),
            );
            return None;
        }
        for tag in &malformed {
            let tag_at = At {
                position: self.source.spot_of_str(tag).or(object_at.position),
                ..at.clone()
            };
            tag_at.report(
                diags,
                Severity::Warning,
                "bad-language-tag",
                format_args!("{field}.{}", truncate_chars(tag, 40)),
                format!(
                    "{} is not a BCP 47 language tag (such as \"en\" or \"de-CH\"); its text is used only when no other translation fits",
                    quoted_tag(tag)
                ),
            );
        }
        // Empty translations count as missing; malformed tags stay, reachable as the first given.
        let candidates: Vec<(Rc<str>, usize)> = translations
            .iter()
            .zip(&canonical)
            .enumerate()
            .filter(|(_, ((_, text), _))| !text.trim().is_empty())
            .map(|(i, ((tag, _), canonical))| {
                (
                    canonical.clone().unwrap_or_else(|| Rc::from(tag.as_ref())),
                    i,
                )
            })
            .collect();
        let feed_language = self.feed_language();
        let index = match self.choice.wanted.or(feed_language) {
            // The wanted tag itself is what `pick_translation` tries first: found here without
            // parsing every tag again, which is most texts of a translated feed.
            Some(wanted) => match candidates.iter().find(|(tag, _)| **tag == *wanted.as_str()) {
                Some(&(_, i)) => Some(i),
                None => pick_translation(&candidates, wanted, feed_language).copied(),
            },
            None => candidates.first().map(|&(_, i)| i),
        };
        let Some(index) = index else {
            // Every translation is empty: the text is empty, as an empty string would be.
            return Some(Chosen {
                text: "",
                translations,
                index: usize::MAX,
            });
        };
        if self.choice.note_missing {
            if let Some(wanted) = self.choice.wanted {
                let fits = candidates.iter().any(|(tag, i)| {
                    canonical[*i].is_some() && tag.split('-').next() == Some(wanted.language())
                });
                if !fits {
                    self.note_missing(wanted, &candidates, index, field, &object_at, diags);
                }
            }
        }
        Some(Chosen {
            text: &translations[index].1,
            translations,
            index,
        })
    }

    fn note_missing(
        &self,
        wanted: &LanguageTag,
        candidates: &[(Rc<str>, usize)],
        index: usize,
        field: impl fmt::Display + Copy,
        at: &At,
        diags: &mut Diagnostics,
    ) {
        let count = self.choice.missing.get() + 1;
        self.choice.missing.set(count);
        if count > MAX_MISSING_NOTES {
            if count == MAX_MISSING_NOTES + 1 {
                *self.choice.first_unlisted.borrow_mut() = Some(Diagnostic {
                    severity: Severity::Info,
                    code: "missing-translation",
                    source: at.source.to_owned(),
                    path: format!("{}.{field}", at.path),
                    position: at.position.map(|p| p.line_col()),
                    message: String::new(),
                });
            }
            return;
        }
        let shown = candidates
            .iter()
            .find(|&&(_, i)| i == index)
            .map_or("", |(tag, _)| tag);
        let given = candidates
            .iter()
            .map(|(tag, _)| truncate_chars(tag, 40))
            .collect::<Vec<_>>()
            .join(", ");
        at.report(
            diags,
            Severity::Info,
            "missing-translation",
            field,
            format!(
                "no \"{wanted}\" translation (given: {given}); the {} text is shown",
                quoted_tag(shown)
            ),
        );
    }

    /// A required text such as a name, in the chosen language; `None` (reported) when it is
    /// empty or has no usable language.
    pub fn required(
        &self,
        text: &LocalText,
        max: usize,
        field: impl fmt::Display + Copy,
        at: &At,
        diags: &mut Diagnostics,
    ) -> Option<String> {
        let chosen = self.choose(text, field, ENTRY_SKIPPED, at, diags)?;
        required_text(chosen.text, max, field, at, diags)
    }

    /// An optional text, in the chosen language; empty when not given or not usable.
    pub fn optional(
        &self,
        text: &LocalText,
        max: usize,
        field: impl fmt::Display + Copy,
        at: &At,
        diags: &mut Diagnostics,
    ) -> String {
        self.chosen(text, max, field, Need::Optional, at, diags)
            .unwrap_or_default()
    }

    /// A text in the chosen language, cleaned, possibly empty; `None` when it has no usable
    /// language (reported as `need` says).
    pub fn chosen(
        &self,
        text: &LocalText,
        max: usize,
        field: impl fmt::Display + Copy,
        need: Need,
        at: &At,
        diags: &mut Diagnostics,
    ) -> Option<String> {
        let chosen = self.choose(text, field, need, at, diags)?;
        Some(clean_text(chosen.text, max, field, at, diags))
    }

    /// A required name in the chosen language, adding its other languages' names to `others`.
    pub fn name(
        &self,
        text: &LocalText,
        max: usize,
        field: impl fmt::Display + Copy,
        at: &At,
        diags: &mut Diagnostics,
        others: &mut Vec<String>,
    ) -> Option<String> {
        let chosen = self.choose(text, field, ENTRY_SKIPPED, at, diags)?;
        let name = required_text(chosen.text, max, field, at, diags)?;
        for other in chosen.others() {
            push_other(others, clean_text(other, max, field, at, diags));
        }
        Some(name)
    }

    /// A list of optional texts (aliases, topics), each in the chosen language; the other
    /// languages' texts are added to `others` when it is given.
    pub fn list(
        &self,
        values: &[LocalText],
        max: usize,
        field: &str,
        at: &At,
        diags: &mut Diagnostics,
        mut others: Option<&mut Vec<String>>,
    ) -> Vec<String> {
        report_long_list(values.len(), field, at, diags);
        let mut out = Vec::with_capacity(values.len().min(MAX_LIST_LEN));
        for (i, value) in values.iter().take(MAX_LIST_LEN).enumerate() {
            // Items are named by their place only when they are objects (plain lists report
            // problems at the list, as they always have).
            let item = ListItem {
                field,
                index: matches!(value, LocalText::Translated(_)).then_some(i),
            };
            let Some(chosen) = self.choose(value, item, Need::Optional, at, diags) else {
                continue;
            };
            let text = clean_text(chosen.text, max, item, at, diags);
            if !text.is_empty() {
                out.push(text);
            }
            if let Some(others) = others.as_deref_mut() {
                for other in chosen.others() {
                    push_other(others, clean_text(other, max, item, at, diags));
                }
            }
        }
        out
    }
}

/// `aliases` or `aliases[2]`.
#[derive(Clone, Copy)]
struct ListItem<'f> {
    field: &'f str,
    index: Option<usize>,
}

impl fmt::Display for ListItem<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self.index {
            Some(i) => write!(f, "{}[{i}]", self.field),
            None => f.write_str(self.field),
        }
    }
}

fn push_other(others: &mut Vec<String>, text: String) {
    if !text.is_empty() && !others.contains(&text) {
        others.push(text);
    }
}

/// Drops from `others` what equals (ignoring case and punctuation) one of `shown`.
pub fn without_shown(others: &mut Vec<String>, shown: &[&str]) {
    if others.is_empty() {
        return;
    }
    let shown: Vec<String> = shown.iter().map(|s| normalise(s)).collect();
    others.retain(|other| !shown.contains(&normalise(other)));
}

/// A tag as written, quoted for a message: shortened, and isolated if it is right-to-left.
fn quoted_tag(tag: &str) -> String {
    format!("\"{}\"", isolate(truncate_chars(tag, 40), false))
}
