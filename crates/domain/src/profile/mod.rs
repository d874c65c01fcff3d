//! The user's data document: model, storage encoding, migrations, merging and export (share
//! links are [`crate::share`]).

pub mod codec;
pub mod export;
pub mod keys;
pub mod merge;
pub mod migrate;
pub mod model;
pub mod relink;
pub mod undo_import;

pub use codec::{decode, encode, Decoded};
pub use model::*;
