//! Writing cards out: recall's deck files (TOML) and Anki's "Notes in Plain Text" (CSV/TSV).
//! Pure: notes in, text out.

pub mod csv;
pub mod toml;
