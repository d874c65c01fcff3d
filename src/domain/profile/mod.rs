//! The user's data document: model, storage encoding and key names.

pub mod codec;
pub mod keys;
pub mod model;

pub use codec::{decode, encode, Decoded};
pub use model::{Interest, Profile, SkillEntry, Stamped, SCHEMA_VERSION};
