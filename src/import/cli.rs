//! Options every format shares: what the framework is called, and how inputs are read.

use crate::import::draft::FrameworkDraft;
use crate::import::input::DEFAULT_MAX_INPUT_MB;
use clap::Args;
use std::path::PathBuf;

/// The framework's description (`framework` in the feed). Each format fills what its files
/// say; these options override it.
#[derive(Debug, Clone, Default, Args)]
pub struct FrameworkOptions {
    /// Framework id, stable across versions (letters, digits, - _ .), e.g. "acme-engineering".
    #[arg(long = "framework-id", value_name = "ID")]
    pub id: Option<String>,
    /// Framework name as employees see it, e.g. "ACME engineering skills".
    #[arg(long = "framework-name", value_name = "NAME")]
    pub name: Option<String>,
    /// Who publishes it, e.g. "ACME People team".
    #[arg(long, value_name = "NAME")]
    pub publisher: Option<String>,
    /// The framework's own version, e.g. "2026.1".
    #[arg(long = "framework-version", value_name = "VERSION")]
    pub version: Option<String>,
    /// When it last changed (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub updated: Option<String>,
    /// Language of its texts as a BCP 47 tag, e.g. "en", "fr", "de-CH".
    #[arg(long, value_name = "TAG")]
    pub language: Option<String>,
}

impl FrameworkOptions {
    /// `found` (what the input says) with every option given here written over it.
    pub fn apply(&self, mut found: FrameworkDraft) -> FrameworkDraft {
        let fields = [
            (&self.id, &mut found.id),
            (&self.name, &mut found.name),
            (&self.publisher, &mut found.publisher),
            (&self.version, &mut found.version),
            (&self.updated, &mut found.updated),
            (&self.language, &mut found.language),
        ];
        for (option, field) in fields {
            if let Some(value) = option {
                *field = value.trim().to_owned();
            }
        }
        found
    }
}

#[derive(Debug, Clone, Args)]
pub struct InputOptions {
    /// Largest input file read, in megabytes; larger files are refused before reading.
    #[arg(long = "max-input-mb", value_name = "MB", default_value_t = DEFAULT_MAX_INPUT_MB)]
    pub max_input_mb: u64,
}

impl Default for InputOptions {
    fn default() -> Self {
        InputOptions {
            max_input_mb: DEFAULT_MAX_INPUT_MB,
        }
    }
}

/// Options shared by every format, flattened into each one's own.
#[derive(Debug, Clone, Default, Args)]
pub struct CommonOptions {
    /// Write the feed to FILE (only when the import succeeded, never half a file) instead of
    /// standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub framework: FrameworkOptions,
    #[command(flatten)]
    pub input: InputOptions,
}
