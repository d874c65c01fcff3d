//! Finding the files of an ESCO download in the folder the user named: which language, which
//! file holds what, and the version the folder name gives.
//!
//! The classification download ("ESCO dataset - v1.2.0 - classification - en - csv") names
//! every file after its language (`occupations_en.csv`). Relations between concepts hold only
//! URIs, the same in every language: v1.0.x names them without a language
//! (`occupationSkillRelations.csv`), later versions with one.

use crate::import::esco::HINT;
use crate::import::input::{label, read_text};
use crate::import::problem::ImportProblem;
use crate::import::table::{Table, TableStyle};
use std::path::{Path, PathBuf};

/// The files an import reads; the optional ones only add families' and categories' labels.
#[derive(Debug, Clone)]
pub struct EscoFiles {
    /// As given with `--esco-language`, or as the file names say (`en`, `fr`, `pt`…).
    pub language: String,
    pub occupations: PathBuf,
    pub skills: PathBuf,
    pub relations: PathBuf,
    pub isco_groups: Option<PathBuf>,
    pub skill_groups: Option<PathBuf>,
    pub broader_skills: Option<PathBuf>,
    /// "1.2.0" when a folder on the path is named like the download ("… - v1.2.0 - …").
    pub version: String,
}

/// The languages with an `occupations_<language>.csv` in `folder`, sorted.
fn languages(folder: &Path) -> Vec<String> {
    let mut found: Vec<String> = std::fs::read_dir(folder)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let language = name.strip_prefix("occupations_")?.strip_suffix(".csv")?;
            (!language.is_empty()).then(|| language.to_owned())
        })
        .collect();
    found.sort();
    found
}

/// A subfolder that holds the files, for the message when the user named its parent (the zip
/// unpacks into "ESCO dataset - v1.2.0 - classification - en - csv").
fn subfolder_with_files(folder: &Path) -> Option<PathBuf> {
    std::fs::read_dir(folder)
        .ok()?
        .flatten()
        .map(|entry| entry.path())
        .find(|path| path.is_dir() && !languages(path).is_empty())
}

/// `<stem>_<language>.csv`, else `<stem>.csv` when `neutral` (v1.0.x), else the same file in
/// another language when `neutral` (relations hold URIs only, the same in every language).
fn find(folder: &Path, stem: &str, language: &str, neutral: bool) -> Option<PathBuf> {
    let own = folder.join(format!("{stem}_{language}.csv"));
    if own.is_file() {
        return Some(own);
    }
    if !neutral {
        return None;
    }
    let plain = folder.join(format!("{stem}.csv"));
    if plain.is_file() {
        return Some(plain);
    }
    let prefix = format!("{stem}_");
    let mut others: Vec<PathBuf> = std::fs::read_dir(folder)
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| {
            path.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(&prefix) && n.ends_with(".csv"))
        })
        .collect();
    others.sort();
    others.into_iter().next()
}

/// "1.2.0" from a path component such as "ESCO dataset - v1.2.0 - classification - en - csv".
fn version_in(folder: &Path) -> String {
    let absolute = std::fs::canonicalize(folder).unwrap_or_else(|_| folder.to_owned());
    for component in absolute.components().rev() {
        let text = component.as_os_str().to_string_lossy();
        for word in text.split([' ', '_', '/']) {
            if let Some(number) = word.strip_prefix('v').or_else(|| word.strip_prefix('V')) {
                let parts: Vec<&str> = number.split('.').collect();
                if parts.len() >= 2
                    && parts
                        .iter()
                        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
                    && text.to_lowercase().contains("esco")
                {
                    return number.to_owned();
                }
            }
        }
    }
    String::new()
}

/// Finds the files of one language in `folder`.
pub fn locate(folder: &Path, language: Option<&str>) -> Result<EscoFiles, ImportProblem> {
    let folder_label = label(folder);
    if !folder.is_dir() {
        return Err(ImportProblem::in_file(
            &folder_label,
            format!("is not a folder: give the folder of the unzipped download. {HINT}"),
        ));
    }
    let found = languages(folder);
    let language = match (language, found.as_slice()) {
        (_, []) => {
            let hint = match subfolder_with_files(folder) {
                Some(sub) => format!(" The files are in \"{}\": give that folder.", label(&sub)),
                None => String::new(),
            };
            return Err(ImportProblem::in_file(
                &folder_label,
                format!(
                    "has no occupations file (occupations_en.csv, occupations_fr.csv, …).{hint} {HINT}"
                ),
            ));
        }
        (Some(wanted), _) => {
            let wanted = wanted.trim();
            if !found.iter().any(|l| l == wanted) {
                return Err(ImportProblem::in_file(
                    &folder_label,
                    format!(
                        "has no occupations_{wanted}.csv for --esco-language {wanted}; the languages here are: {}.",
                        found.join(", ")
                    ),
                ));
            }
            wanted.to_owned()
        }
        (None, [only]) => only.clone(),
        (None, several) => {
            return Err(ImportProblem::in_file(
                &folder_label,
                format!(
                    "holds ESCO files in several languages ({}): choose one with --esco-language, e.g. --esco-language {}.",
                    several.join(", "),
                    several[0]
                ),
            ))
        }
    };
    let required = |stem: &str, neutral: bool| {
        find(folder, stem, &language, neutral).ok_or_else(|| {
            ImportProblem::in_file(
                &folder_label,
                format!(
                    "has occupations_{language}.csv but no {stem}_{language}.csv{}. {HINT}",
                    if neutral {
                        format!(" (nor {stem}.csv)")
                    } else {
                        String::new()
                    }
                ),
            )
        })
    };
    Ok(EscoFiles {
        occupations: required("occupations", false)?,
        skills: required("skills", false)?,
        relations: required("occupationSkillRelations", true)?,
        isco_groups: find(folder, "ISCOGroups", &language, false),
        skill_groups: find(folder, "skillGroups", &language, false),
        broader_skills: find(folder, "broaderRelationsSkillPillar", &language, true),
        version: version_in(folder),
        language,
    })
}

/// One of the download's CSV files as a sheet (comma-separated, quoted, several labels on
/// separate lines inside one cell).
pub fn sheet(path: &Path, max_mb: u64) -> Result<Table, ImportProblem> {
    let text = read_text(path, max_mb)?;
    Table::parse(
        &label(path),
        &text,
        TableStyle {
            delimiter: Some(b','),
            unquoted: false,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_version_comes_from_the_download_folder_name() {
        assert_eq!(
            version_in(Path::new(
                "/data/ESCO dataset - v1.2.0 - classification - en - csv"
            )),
            "1.2.0"
        );
        assert_eq!(version_in(Path::new("/data/esco_v1.1.1")), "1.1.1");
        assert_eq!(version_in(Path::new("/data/exports/v2.0")), "");
    }
}
