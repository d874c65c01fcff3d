//! The user's data document: model, storage encoding, migrations, merging, export and sharing.

pub mod codec;
pub mod export;
pub mod keys;
pub mod merge;
pub mod migrate;
pub mod model;
pub mod relink;
pub mod share;
pub mod shared_import;
pub mod undo_import;

pub use codec::{decode, encode, Decoded};
pub use model::*;
