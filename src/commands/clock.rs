//! The one place that reads the system clock.

use anyhow::Result;
use chrono::{DateTime, FixedOffset, Local};

/// Now, from `--now`/`RECALL_NOW` when given, else the system clock, in the local time zone.
pub fn resolve_now(fixed: Option<&str>) -> Result<DateTime<FixedOffset>> {
    match fixed {
        Some(text) => Ok(crate::clock::parse_now(text, &Local)?),
        None => Ok(system_now()),
    }
}

#[allow(clippy::disallowed_methods)]
fn system_now() -> DateTime<FixedOffset> {
    Local::now().fixed_offset()
}
