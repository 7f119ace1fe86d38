//! Container formats and legacy encodings: everything that turns the bytes officials
//! actually have (DOCX, PDF, TCVN3/VNI text) into Unicode text for the reader.

pub mod docx;
pub mod legacy;
pub mod pdf;
