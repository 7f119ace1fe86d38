//! Not written yet: the printers for `sosanh check` (issue 5).
