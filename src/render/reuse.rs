//! Not written yet: the printers for `sosanh reuse` (issue 4).
