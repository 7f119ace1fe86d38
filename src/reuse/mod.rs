//! Not written yet: `sosanh reuse` (issue 4) — copy-paste reuse across many documents.
