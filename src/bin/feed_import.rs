//! Turns the frameworks organisations already hold into a Skillgap feed.
//!
//! ```text
//! cargo run --bin feed-import -- FORMAT [OPTIONS] INPUT… -o feed.json
//! cargo run --bin feed-import -- --help
//! ```
//! The feed goes to standard output (or `--output FILE`); a summary and every problem go to
//! standard error. The feed is checked as `feed-check` would check it before it is written.
//! Exit status: 0 when the feed was written, 1 when an input or the resulting feed has a
//! problem (nothing is written), 2 on usage errors. See `docs/publishing.md`.
// Trunk builds every target of the crate for wasm32 too; the importers exist natively only.
#![cfg_attr(target_arch = "wasm32", no_main)]

#[cfg(not(target_arch = "wasm32"))]
use clap::{Parser, Subcommand};
#[cfg(not(target_arch = "wasm32"))]
use skillgap::import::cli::CommonOptions;
#[cfg(not(target_arch = "wasm32"))]
use skillgap::import::{
    case, clean::clean, csv_files, esco, finish, moodle, onet, xlsx, ImportProblem, Imported,
};
#[cfg(not(target_arch = "wasm32"))]
use std::io::Write;
#[cfg(not(target_arch = "wasm32"))]
use std::path::Path;
#[cfg(not(target_arch = "wasm32"))]
use std::process::ExitCode;

#[cfg(not(target_arch = "wasm32"))]
#[derive(Parser)]
#[command(
    name = "feed-import",
    about = "Turns a skills framework you already have into a Skillgap feed (format version 1).",
    long_about = "Turns a skills framework you already have into a Skillgap feed (format version 1).\n\nThe feed is written to standard output, or to --output FILE; a summary and any problems go to standard error. Before anything is written the feed is checked exactly as feed-check and the widget read it; if it would not load, nothing is written and the exit status is 1.\n\nRun `feed-import FORMAT --help` for a format's options. docs/publishing.md walks through publishing a feed.",
    after_help = "Exit status: 0 feed written; 1 a problem with an input or the feed (nothing written); 2 usage error."
)]
struct Cli {
    #[command(subcommand)]
    format: Format,
}

#[cfg(not(target_arch = "wasm32"))]
#[derive(Subcommand)]
enum Format {
    Csv(csv_files::CsvArgs),
    Xlsx(xlsx::XlsxArgs),
    Esco(esco::EscoArgs),
    Onet(onet::OnetArgs),
    Case(case::CaseArgs),
    Moodle(moodle::MoodleArgs),
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    let cli = Cli::parse();
    let (result, common): (Result<Imported, ImportProblem>, &CommonOptions) = match &cli.format {
        Format::Csv(args) => (csv_files::import(args), &args.common),
        Format::Xlsx(args) => (xlsx::import(args), &args.common),
        Format::Esco(args) => (esco::import(args), &args.common),
        Format::Onet(args) => (onet::import(args), &args.common),
        Format::Case(args) => (case::import(args), &args.common),
        Format::Moodle(args) => (moodle::import(args), &args.common),
    };
    let mut imported = match result {
        Ok(imported) => imported,
        Err(problem) => {
            eprintln!("error: {problem}");
            eprintln!("Nothing was written.");
            return ExitCode::from(1);
        }
    };
    for warning in &imported.warnings {
        eprintln!("warning: {warning}");
    }
    for note in clean(&mut imported.draft) {
        eprintln!("warning: {note}");
    }
    let label = common.output.as_deref().map_or_else(
        || "the feed on standard output".to_owned(),
        |p| p.display().to_string(),
    );
    let finished = finish(&imported.draft, &label);
    if !finished.load.diagnostics.is_empty() {
        eprintln!("The feed check says (lines and columns are those of the feed written):");
    }
    for diagnostic in &finished.load.diagnostics {
        eprintln!("{diagnostic}");
    }
    if finished.has_errors() {
        eprintln!("{}", finished.summary());
        eprintln!("Nothing was written: the feed would not load as it is (see the errors above).");
        return ExitCode::from(1);
    }
    if finished.json.len() > LARGE_FEED_BYTES {
        eprintln!(
            "warning: the feed is {:.1} MB. Every employee's browser downloads it on a first visit, and a phone on a slow network waits for it: keep it well under 10 MB by keeping only your organisation's roles (docs/publishing.md, step 1).",
            finished.json.len() as f64 / 1_000_000.0
        );
    }
    if let Err(err) = write(common.output.as_deref(), &finished.json) {
        eprintln!("error: cannot write the feed to {label}: {err}");
        eprintln!("Nothing was written.");
        return ExitCode::from(1);
    }
    eprintln!("{}", finished.summary());
    ExitCode::SUCCESS
}

/// Above this, the feed is slow to download for the people it is for (docs/performance.md).
#[cfg(not(target_arch = "wasm32"))]
const LARGE_FEED_BYTES: usize = 10_000_000;

#[cfg(not(target_arch = "wasm32"))]
/// Standard output, or FILE through a temporary file renamed into place, so a failed write
/// never leaves half a feed where the old one was.
fn write(output: Option<&Path>, json: &str) -> std::io::Result<()> {
    let Some(path) = output else {
        let mut stdout = std::io::stdout().lock();
        stdout.write_all(json.as_bytes())?;
        return stdout.flush();
    };
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(".partial");
    std::fs::write(&temporary, json)?;
    std::fs::rename(&temporary, path)
}
