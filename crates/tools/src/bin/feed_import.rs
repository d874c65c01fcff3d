//! Turns the frameworks organisations already hold into a Skillgap feed.
//!
//! ```text
//! cargo run -p skillgap-tools --bin feed-import -- FORMAT [OPTIONS] INPUT… -o feed.json
//! cargo run -p skillgap-tools --bin feed-import -- --help
//! ```
//! The feed goes to standard output (or `--output FILE`, which must be a regular file or a new
//! one and never an input; `-o -` is standard output); a summary and every problem go to
//! standard error. The feed is checked as `feed-check` would check it before it is written.
//! Exit status: 0 when the feed was written, 1 when an input or the resulting feed has a
//! problem (nothing is written), 2 on usage errors. See `docs/publishing.md`.
// Trunk builds every target of the crate for wasm32 too; the importers exist natively only.
#![cfg_attr(target_arch = "wasm32", no_main)]

#[cfg(not(target_arch = "wasm32"))]
use clap::{Parser, Subcommand};
#[cfg(not(target_arch = "wasm32"))]
use skillgap_tools::import::cli::CommonOptions;
#[cfg(not(target_arch = "wasm32"))]
use skillgap_tools::import::{
    case, clean::clean, csv_files, esco, finish, input, moodle, onet, output, xlsx, ImportProblem,
    Imported,
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
    long_about = "Turns a skills framework you already have into a Skillgap feed (format version 1).\n\nThe feed is written to standard output, or to --output FILE (a regular file or a new one, never an input; -o - is standard output); a summary and any problems go to standard error. Before anything is written the feed is checked exactly as feed-check and the widget read it; if it would not load, nothing is written and the exit status is 1.\n\nRun `feed-import FORMAT --help` for a format's options. docs/publishing.md walks through publishing a feed.",
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
    let target = common_options(&cli.format)
        .output
        .as_deref()
        .filter(|path| !output::is_stdout(path));
    // Refused before the import runs, so a long import is not spent on a feed that cannot be
    // written; checked again (and against the inputs read) before writing.
    if let Some(path) = target {
        if let Err(why) = output::check_target(path) {
            return cannot_write(path, &why);
        }
    }
    let result: Result<Imported, ImportProblem> = match &cli.format {
        Format::Csv(args) => csv_files::import(args),
        Format::Xlsx(args) => xlsx::import(args),
        Format::Esco(args) => esco::import(args),
        Format::Onet(args) => onet::import(args),
        Format::Case(args) => case::import(args),
        Format::Moodle(args) => moodle::import(args),
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
    let label = target.map_or_else(
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
    if let Some(path) = target {
        let checked = output::check_target(path)
            .and_then(|()| output::check_not_input(path, &input::files_read()));
        if let Err(why) = checked {
            return cannot_write(path, &why);
        }
    }
    if let Err(err) = write(target, &finished.json) {
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
fn common_options(format: &Format) -> &CommonOptions {
    match format {
        Format::Csv(args) => &args.common,
        Format::Xlsx(args) => &args.common,
        Format::Esco(args) => &args.common,
        Format::Onet(args) => &args.common,
        Format::Case(args) => &args.common,
        Format::Moodle(args) => &args.common,
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn cannot_write(path: &Path, why: &str) -> ExitCode {
    eprintln!("error: cannot write the feed to {}: {why}.", path.display());
    eprintln!("Nothing was written.");
    ExitCode::from(1)
}

#[cfg(not(target_arch = "wasm32"))]
/// Standard output, or FILE through an exclusive temporary file renamed into place, so a
/// failed write never leaves half a feed where the old one was (see `import::output`).
fn write(output: Option<&Path>, json: &str) -> std::io::Result<()> {
    let Some(path) = output else {
        let mut stdout = std::io::stdout().lock();
        stdout.write_all(json.as_bytes())?;
        return stdout.flush();
    };
    output::write_file(path, json.as_bytes())
}
