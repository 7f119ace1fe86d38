//! sosanh-corpus: test tooling, not part of sosanh's library API. It writes synthetic
//! corpora of work programmes with known copying (`reuse`) and known task lineages over a
//! year (`series`), with the truth in JSON, for sosanh's tests, benchmarks and examples.
//!
//! It is a workspace crate (a dev-dependency of `sosanh`) rather than a module of the
//! library, so nine hundred lines of generator stay out of the public API and out of the
//! binary; it uses only the library's public API plus private copies of two hash
//! functions and the union-find (module `hash`). The material is the fixtures' tasks.
//!
//! Generation is deterministic for a seed: the same seed gives byte-identical documents
//! and truth.

mod hash;
pub mod reuse;
pub mod series;

pub use reuse::{
    Evaluation, GenDoc, MONTHS, Planted, Rng, Target, TaskRef, Truth, TruthDoc, evaluate, generate, read_generated,
    write,
};
