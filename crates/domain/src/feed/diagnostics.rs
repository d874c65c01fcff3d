//! What validation tells the feed's author: one entry per problem, with where and what to do.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Something was skipped: an entry, a reference, a whole feed.
    Error,
    /// Loaded, but changed or guessed: a truncated string, a fuzzy match.
    Warning,
    /// Loaded as written, worth knowing.
    Info,
}

impl Severity {
    pub fn label(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Stable machine-readable code, documented in `docs/feed.md`.
    pub code: &'static str,
    /// The feed it came from (URL or file name).
    pub source: String,
    /// JSON path such as `roles[3].requirements[1].skill`.
    pub path: String,
    /// 1-based line and column in the source, when known.
    pub position: Option<(usize, usize)>,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.severity.label(), self.source)?;
        if let Some((line, column)) = self.position {
            write!(f, ":{line}:{column}")?;
        }
        if !self.path.is_empty() {
            write!(f, " {}", self.path)?;
        }
        write!(f, ": {} [{}]", self.message, self.code)
    }
}

/// Collects diagnostics for one source, filling in the source label.
#[derive(Debug, Default)]
pub struct Diagnostics {
    pub items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(
        &mut self,
        severity: Severity,
        code: &'static str,
        source: &str,
        path: impl Into<String>,
        position: Option<(usize, usize)>,
        message: impl Into<String>,
    ) {
        self.items.push(Diagnostic {
            severity,
            code,
            source: source.to_owned(),
            path: path.into(),
            position,
            message: message.into(),
        });
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.items.iter().filter(|d| d.severity == severity).count()
    }
}
