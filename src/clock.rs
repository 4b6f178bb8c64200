//! Turning instants into study days, and parsing `--now`. Pure: the current time is read only in
//! `commands::clock` and passed in from there.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, TimeZone};
use thiserror::Error;

use crate::model::Day;

/// A study day starts at this local hour, like Anki's default: an answer at 02:30 counts for
/// the day before, so a late-night session does not eat into tomorrow.
pub const ROLLOVER_HOUR: i64 = 4;

/// The study day an instant belongs to, in the instant's own offset.
pub fn day_of(instant: &DateTime<FixedOffset>) -> Day {
    let shifted = instant.naive_local() - TimeDelta::hours(ROLLOVER_HOUR);
    Day::from_date(shifted.date())
}

/// The instant a study day starts, as Unix milliseconds, in the given time zone. Used to turn
/// imported timestamps and day windows into days consistently with [`day_of`].
pub fn day_of_millis<Tz: TimeZone>(millis: i64, tz: &Tz) -> Option<Day> {
    let utc = DateTime::from_timestamp_millis(millis)?;
    Some(day_of(&utc.with_timezone(tz).fixed_offset()))
}

/// The forms `--now` accepts, for error messages.
pub const NOW_FORMS: &str = "RFC 3339 (2026-03-01T09:30:00+01:00), a local date-time \
                             (2026-03-01T09:30:00) or a date (2026-03-01)";

#[derive(Debug, Error, PartialEq, Eq)]
pub enum NowError {
    #[error("invalid time '{0}': expected {NOW_FORMS}")]
    Unparsable(String),
    #[error("invalid time '{0}': that local time does not exist (daylight saving gap)")]
    NonexistentLocalTime(String),
}

/// Parse a `--now` value: RFC 3339, a local date-time without offset, or a date meaning 12:00
/// local. The result carries the offset of `tz` at that instant.
pub fn parse_now<Tz: TimeZone>(text: &str, tz: &Tz) -> Result<DateTime<FixedOffset>, NowError> {
    let text = text.trim();
    if let Ok(dt) = DateTime::parse_from_rfc3339(text) {
        return Ok(dt.with_timezone(tz).fixed_offset());
    }
    let naive = [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%d %H:%M",
    ]
    .iter()
    .find_map(|f| NaiveDateTime::parse_from_str(text, f).ok())
    .or_else(|| {
        NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .ok()
            .map(|d| d.and_time(NaiveTime::from_hms_opt(12, 0, 0).unwrap_or(NaiveTime::MIN)))
    })
    .ok_or_else(|| NowError::Unparsable(text.to_string()))?;
    tz.from_local_datetime(&naive)
        .earliest()
        .map(|dt| dt.fixed_offset())
        .ok_or_else(|| NowError::NonexistentLocalTime(text.to_string()))
}

#[cfg(test)]
mod tests {
    use chrono::Utc;

    use super::*;

    fn at(text: &str) -> DateTime<FixedOffset> {
        parse_now(text, &Utc).unwrap()
    }

    #[test]
    fn days_start_at_four_in_the_morning() {
        assert_eq!(day_of(&at("2026-01-02T03:59:59")).to_string(), "2026-01-01");
        assert_eq!(day_of(&at("2026-01-02T04:00:00")).to_string(), "2026-01-02");
        assert_eq!(day_of(&at("2026-01-02T02:30:00")).to_string(), "2026-01-01");
        assert_eq!(day_of(&at("2026-01-02T23:59:00")).to_string(), "2026-01-02");
    }

    #[test]
    fn day_uses_the_local_offset_of_the_instant() {
        // 03:30 UTC is 04:30 in +01:00: already the new day there.
        let dt = parse_now(
            "2026-01-02T03:30:00Z",
            &FixedOffset::east_opt(3600).unwrap(),
        )
        .unwrap();
        assert_eq!(day_of(&dt).to_string(), "2026-01-02");
        assert_eq!(
            day_of(&at("2026-01-02T03:30:00Z")).to_string(),
            "2026-01-01"
        );
    }

    #[test]
    fn parses_the_three_documented_forms() {
        assert_eq!(
            at("2026-03-01T09:30:00+01:00").to_rfc3339(),
            "2026-03-01T08:30:00+00:00"
        );
        assert_eq!(
            at("2026-03-01T09:30:00").to_rfc3339(),
            "2026-03-01T09:30:00+00:00"
        );
        assert_eq!(at("2026-03-01").to_rfc3339(), "2026-03-01T12:00:00+00:00");
        assert_eq!(
            at(" 2026-03-01 09:30 ").to_rfc3339(),
            "2026-03-01T09:30:00+00:00"
        );
    }

    #[test]
    fn rejects_garbage_with_the_value_in_the_message() {
        let err = parse_now("yesterday", &Utc).unwrap_err();
        assert_eq!(err, NowError::Unparsable("yesterday".into()));
        assert!(
            err.to_string()
                .starts_with("invalid time 'yesterday': expected RFC 3339")
        );
        assert!(parse_now("2026-02-30", &Utc).is_err());
        assert!(parse_now("", &Utc).is_err());
    }

    #[test]
    fn millis_map_to_days_with_the_rollover() {
        // 2026-01-02T03:00:00Z
        let ms = at("2026-01-02T03:00:00").timestamp_millis();
        assert_eq!(day_of_millis(ms, &Utc).unwrap().to_string(), "2026-01-01");
    }
}
