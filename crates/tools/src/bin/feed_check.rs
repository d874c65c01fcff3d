//! Checks Skillgap feeds the way the widget reads them, for publishers' pipelines.
//!
//! ```text
//! cargo run -p skillgap-tools --bin feed-check -- [--language de] feed.json [more.json …]
//! ```
//! Several files are merged in order, as the widget merges several feed URLs. With
//! `--language`, translated texts are read in that language and each one without a
//! translation in it is noted (`missing-translation`).
//! Exit status: 0 when there are no errors (warnings allowed), 1 on errors, 2 on usage or I/O problems.

use domain::feed::{load_feeds_with, FeedSource, LoadOptions, Severity};
use domain::i18n::LanguageTag;
use std::process::ExitCode;

const USAGE: &str = "usage: feed-check [--language TAG] FEED.json [MORE.json …]
Checks Skillgap feeds and prints every problem with its JSON path and line:column.
  --language TAG   read translated texts in this language (BCP 47, e.g. de or fr-CA) and
                   note each translated text that has no translation in it";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut paths: Vec<String> = Vec::new();
    let mut language: Option<LanguageTag> = None;
    while let Some(arg) = args.next() {
        let value = if arg == "--language" || arg == "-l" {
            match args.next() {
                Some(value) => Some(value),
                None => {
                    eprintln!(
                        "error: --language needs a language tag, e.g. --language de\n{USAGE}"
                    );
                    return ExitCode::from(2);
                }
            }
        } else {
            arg.strip_prefix("--language=").map(str::to_owned)
        };
        if let Some(value) = value {
            match LanguageTag::parse(&value) {
                Some(tag) => language = Some(tag),
                None => {
                    eprintln!(
                        "error: \"{value}\" is not a language tag (BCP 47, e.g. de or fr-CA)"
                    );
                    return ExitCode::from(2);
                }
            }
        } else if arg == "-h" || arg == "--help" {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        } else {
            paths.push(arg);
        }
    }
    if paths.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let mut texts = Vec::with_capacity(paths.len());
    for path in &paths {
        match std::fs::read_to_string(path) {
            Ok(text) => texts.push(text),
            Err(err) => {
                eprintln!("error: cannot read {path}: {err}");
                return ExitCode::from(2);
            }
        }
    }
    let sources: Vec<FeedSource> = paths
        .iter()
        .zip(&texts)
        .map(|(label, text)| FeedSource { label, text })
        .collect();
    let options = LoadOptions {
        note_missing_translations: language.is_some(),
        language,
        keep_translated_sources: false,
    };
    let load = load_feeds_with(&sources, &options);
    for diagnostic in &load.diagnostics {
        println!("{diagnostic}");
    }
    let errors = load.count(Severity::Error);
    println!(
        "\n{}: {}; {errors} errors, {} warnings, {} info",
        if errors == 0 {
            "Feed OK"
        } else {
            "Feed has errors"
        },
        load.contents(),
        load.count(Severity::Warning),
        load.count(Severity::Info),
    );
    if load.count(Severity::Error) > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
