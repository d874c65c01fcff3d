//! The one keyed list behind every list of rows in the widget.
//!
//! Each `<For>` with its own closures compiles its own copy of Leptos's keyed diffing, about
//! 5 KB of WebAssembly each (measured with twiggy), so the lists share this one: a caller gives
//! each row a key and a function that builds it. A row whose key stays is kept, with its state,
//! wherever it moves; a row whose key changes is built anew. Key on everything a row shows that
//! can change.

use leptos::prelude::*;
use std::sync::Arc;

pub struct Row {
    key: String,
    build: Box<dyn FnOnce() -> AnyView + Send>,
}

impl Row {
    pub fn new(key: String, build: impl FnOnce() -> AnyView + Send + 'static) -> Self {
        Row {
            key,
            build: Box::new(build),
        }
    }
}

/// The rows to show, read reactively.
pub type Rows = Arc<dyn Fn() -> Vec<Row> + Send + Sync>;

pub fn keyed_rows(rows: Rows) -> impl IntoView {
    view! {
        <For
            each=move || rows()
            key=|row: &Row| row.key.clone()
            children=|row: Row| (row.build)()
        />
    }
}
