//! sosanh: read Vietnamese local-government work programmes and reports, outline
//! their numbered sections and tasks, and compare them.
//!
//! Data flows one way: [`read`] (bytes to text) → [`repair`] (layout) → [`outline`]
//! (sections, tasks, metadata) → [`normalize`] (matching keys) → [`compare`] (alignment
//! and word diff) → [`render`] (text, JSON, CSV, Markdown).

pub mod error;
pub mod formats;
pub mod model;
pub mod normalize;

pub use error::{Error, Problem, Result};
