//! Saving a file the person asked for, and saying on screen where it went (or why not).

use super::state::AppState;
use crate::browser::downloads::download_text;
use domain::i18n::k;

impl AppState {
    /// Saves `text` as `file` and confirms with `saved`; a failure is said instead.
    pub fn save_file(&self, file: &str, mime: &str, text: &str, saved: String) {
        match download_text(file, mime, text) {
            Ok(()) => self.confirm(saved, None),
            Err(err) => {
                let message = self.i18n.with(|tr| {
                    tr.tf(
                        k::DATA_SAVE_FAILED,
                        &[("file", file), ("reason", &err.message(tr))],
                    )
                });
                self.confirm(message, None);
            }
        }
    }
}
