//! sosanh: read Vietnamese local-government work programmes and reports, outline
//! their numbered sections and tasks, and compare them.
//!
//! Data flows one way: [`read`] (bytes to text) → [`repair`] (layout) → [`outline`]
//! (sections, tasks, metadata) → [`normalize`] (matching keys) → [`compare`] (alignment
//! and word diff) → [`render`] (text, JSON, CSV, Markdown). [`reuse`] and [`series`] work on
//! many documents: copies across units, and task lineages across a unit's months.

pub mod check;
pub mod cleanup;
pub mod compare;
pub mod error;
pub mod formats;
pub mod model;
pub mod normalize;
pub mod output;
pub mod paths;
pub mod read;
pub mod render;
pub mod reuse;
pub mod series;
mod union_find;

pub use error::{Error, Problem, Result};
/// The reader's stages, at the crate root as well as under [`read`], because every
/// command uses them.
pub use read::{meta, outline, repair};

/// Exit statuses, like diff: 0 nothing differs (or nothing found), 1 something does,
/// 2 an error.
pub mod exit {
    pub const SAME: u8 = 0;
    pub const DIFFERENT: u8 = 1;
    pub const ERROR: u8 = 2;
}
