//! The HTML report (placeholder).
use super::Stats;
use super::text::Heading;

pub fn page(_stats: &Stats, _heading: &Heading<'_>) -> String {
    String::new()
}
