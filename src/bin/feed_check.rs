//! Checks Skillgap feeds the way the widget reads them, for publishers' pipelines.
//!
//! ```text
//! cargo run --bin feed-check -- feed.json [more.json …]
//! ```
//! Several files are merged in order, as the widget merges several feed URLs.
//! Exit status: 0 when there are no errors (warnings allowed), 1 on errors, 2 on usage or I/O problems.

use skillgap::domain::feed::{load_feeds, FeedSource, Severity};
use std::process::ExitCode;

fn main() -> ExitCode {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() || paths.iter().any(|p| p == "-h" || p == "--help") {
        eprintln!("usage: feed-check FEED.json [MORE.json …]\nChecks Skillgap feeds and prints every problem with its JSON path and line:column.");
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
    let load = load_feeds(&sources);
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
