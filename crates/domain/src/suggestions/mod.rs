//! Pull-style suggestions: learning resources and peer mentors matched to the user's own
//! priority gaps and preferences, each with the reason it is suggested.

pub mod contact;
pub mod gaps;
pub mod mentors;
pub mod resources;

pub use gaps::{priority_gaps, PriorityGap};
