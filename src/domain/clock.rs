//! Time is injected so that tests are deterministic.

/// Seconds since the Unix epoch, UTC.
pub type Timestamp = i64;

pub trait Clock {
    fn now(&self) -> Timestamp;
}

/// The real clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        jiff::Timestamp::now().as_second()
    }
}

/// A clock that always says the same time (tests, snapshots).
#[derive(Debug, Clone, Copy)]
pub struct FixedClock(pub Timestamp);

impl Clock for FixedClock {
    fn now(&self) -> Timestamp {
        self.0
    }
}

/// A calendar date (`2026-11-22`) for a timestamp, in the local time zone.
pub fn date_string(ts: Timestamp) -> String {
    match jiff::Timestamp::from_second(ts) {
        Ok(t) => t.to_zoned(jiff::tz::TimeZone::system()).date().to_string(),
        Err(_) => String::from("?"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_clock_is_fixed() {
        let c = FixedClock(1_700_000_000);
        assert_eq!(c.now(), 1_700_000_000);
        assert_eq!(c.now(), c.now());
    }

    #[test]
    fn date_string_formats_a_day() {
        // Noon UTC, so any time zone within +-11h gives the same day.
        let s = date_string(1_763_812_800); // 2025-11-22T12:00:00Z
        assert_eq!(s, "2025-11-22");
    }
}
