//! Not written yet: `sosanh check` (issue 5) will live here — findings for the slips that
//! copying leaves, on the same reader, outline and normaliser as `compare`.
