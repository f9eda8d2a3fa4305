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
        Ok(t) => t.to_zoned(local_tz().clone()).date().to_string(),
        Err(_) => String::from("?"),
    }
}

/// The computer's time zone, looked up once per run.
///
/// jiff's own lookup lists every zone name on the system first, which costs about a
/// millisecond at every start (Home shows dates in its first frame). When `TZ` is not set,
/// the zone is what `/etc/localtime` holds, so that file is read directly; anything else
/// (a `TZ` setting, no such file, another system) goes through jiff.
pub fn local_tz() -> &'static jiff::tz::TimeZone {
    static TZ: std::sync::OnceLock<jiff::tz::TimeZone> = std::sync::OnceLock::new();
    TZ.get_or_init(|| localtime_file().unwrap_or_else(jiff::tz::TimeZone::system))
}

#[cfg(unix)]
fn localtime_file() -> Option<jiff::tz::TimeZone> {
    if std::env::var_os("TZ").is_some() {
        return None;
    }
    zone_file(std::path::Path::new("/etc/localtime"))
}

/// The zone in a TZif file (or a link to one).
#[cfg(unix)]
fn zone_file(path: &std::path::Path) -> Option<jiff::tz::TimeZone> {
    let data = std::fs::read(path).ok()?;
    // Its name, from where the link points (`/usr/share/zoneinfo/Europe/Paris`), if it is one.
    let name = std::fs::read_link(path).ok().and_then(|to| {
        let to = to.to_str()?.to_string();
        to.rsplit_once("zoneinfo/")
            .map(|(_, name)| name.to_string())
    });
    jiff::tz::TimeZone::tzif(name.as_deref().unwrap_or("Local"), &data).ok()
}

#[cfg(not(unix))]
fn localtime_file() -> Option<jiff::tz::TimeZone> {
    None
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
    fn the_local_zone_agrees_with_jiffs_lookup() {
        let ours = local_tz();
        let jiffs = jiff::tz::TimeZone::system();
        // Both sides of any daylight-saving change, over several years.
        for ts in (1_600_000_000i64..1_900_000_000).step_by(86_400 * 17) {
            let t = jiff::Timestamp::from_second(ts).unwrap();
            assert_eq!(ours.to_offset(t), jiffs.to_offset(t), "at {ts}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn zone_files_read_directly_agree_with_jiff() {
        let base = std::path::Path::new("/usr/share/zoneinfo");
        for name in [
            "Europe/Paris",
            "America/New_York",
            "Australia/Lord_Howe",
            "Etc/UTC",
        ] {
            let Some(ours) = zone_file(&base.join(name)) else {
                continue; // no zone files on this system
            };
            let jiffs = jiff::tz::TimeZone::get(name).unwrap();
            for ts in (1_600_000_000i64..1_900_000_000).step_by(86_400 * 17 + 3_600) {
                let t = jiff::Timestamp::from_second(ts).unwrap();
                assert_eq!(ours.to_offset(t), jiffs.to_offset(t), "{name} at {ts}");
            }
        }
    }

    #[test]
    fn date_string_formats_a_day() {
        // Noon UTC, so any time zone within +-11h gives the same day.
        let s = date_string(1_763_812_800); // 2025-11-22T12:00:00Z
        assert_eq!(s, "2025-11-22");
    }
}
