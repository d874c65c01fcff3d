//! Calendar dates from epoch milliseconds, without a date library (UTC, proleptic Gregorian).

pub const DAY_MS: u64 = 86_400_000;

/// "YYYY-MM-DD" of a UTC instant.
pub fn iso_date(millis: u64) -> String {
    let (y, m, d) = civil_from_days((millis / DAY_MS) as i64);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Days since 1970-01-01 of an ISO calendar date, if `date` is exactly one: `YYYY-MM-DD`,
/// ten ASCII characters (four-digit year, two-digit month and day, hyphens) naming a real
/// day. Nothing is trimmed and nothing may follow: " 2026-11-22", "2026-11-22junk",
/// "2026-1-22", "+2026-11-22" and "2026-02-30" are all `None`.
pub fn days_from_iso(date: &str) -> Option<i64> {
    let bytes = date.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| {
        bytes[range].iter().try_fold(0u32, |n, &b| {
            b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
        })
    };
    let (y, m, d) = (number(0..4)?, number(5..7)?, number(8..10)?);
    civil_days(i64::from(y), m, d)
}

/// `date` when it is one [`days_from_iso`] reads, else `None`: a goal's target date that is
/// not a real `YYYY-MM-DD` day is dropped wherever it comes in (a share link, an import, a
/// stored document, another tab) and never written to a file, since the plan's date field
/// could neither show nor clear it.
pub fn valid_date(date: Option<String>) -> Option<String> {
    date.filter(|d| days_from_iso(d).is_some())
}

/// A complete date a person could mean for a plan: a real day from 1900 to 2999. A date field
/// being typed passes through others (`0002-03-31`).
pub fn is_plausible_date(date: &str) -> bool {
    days_from_iso(date).is_some()
        && date
            .get(..4)
            .and_then(|y| y.parse::<u32>().ok())
            .is_some_and(|y| (1900..=2999).contains(&y))
}

/// An ISO date as people read it in English: "3 Mar 2026" (the day without a leading zero,
/// the month's three-letter name, the year), if [`days_from_iso`] reads `date`; `None` for
/// anything else, so the caller can show the raw text instead.
pub fn short_date(date: &str) -> Option<String> {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let (y, m, d) = civil_from_days(days_from_iso(date)?);
    Some(format!("{d} {} {y}", MONTHS[m as usize - 1]))
}

/// The ISO date `YYYY-MM-DD` of a calendar day, if it is one that [`days_from_iso`] reads
/// back: a year from 0 to 9999, a month from 1 to 12 and a day that month has. The browser
/// builds the user's local date from `Date.getFullYear()`, `getMonth() + 1` and `getDate()`.
pub fn iso_from_parts(year: i64, month: u32, day: u32) -> Option<String> {
    if !(0..=9999).contains(&year) {
        return None;
    }
    civil_days(year, month, day)?;
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

/// Days since 1970-01-01 of a valid calendar day.
fn civil_days(y: i64, m: u32, d: u32) -> Option<i64> {
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let days = days_from_civil(y, m, d);
    (civil_from_days(days) == (y, m, d)).then_some(days)
}

pub fn today_days(millis: u64) -> i64 {
    (millis / DAY_MS) as i64
}

// Howard Hinnant's algorithms, public domain.

/// The calendar day (year, month 1-12, day 1-31) that is `z` days after 1970-01-01 (negative
/// for earlier days).
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// A time zone's offset from UTC in hours, as people write it: "UTC+1", "UTC+5:30",
/// "UTC-3:30", "UTC±0" never ("UTC+0").
pub fn utc_offset_text(hours: f32) -> String {
    let minutes = (f64::from(hours) * 60.0).round() as i64;
    let sign = if minutes < 0 { "-" } else { "+" };
    let (whole, rest) = (minutes.abs() / 60, minutes.abs() % 60);
    if rest == 0 {
        format!("UTC{sign}{whole}")
    } else {
        format!("UTC{sign}{whole}:{rest:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_real_days_from_1900_to_2999_are_plausible_plan_dates() {
        assert!(is_plausible_date("2027-03-31"));
        assert!(!is_plausible_date("0002-03-31"));
        assert!(!is_plausible_date("0202-03-31"));
        assert!(!is_plausible_date("2027-02-30"));
        assert!(!is_plausible_date(""));
    }

    #[test]
    fn formats_known_dates() {
        assert_eq!(iso_date(0), "1970-01-01");
        assert_eq!(iso_date(1_795_305_600_000), "2026-11-22");
        assert_eq!(iso_date(951_782_400_000), "2000-02-29");
    }

    #[test]
    fn parses_and_rejects_dates() {
        assert_eq!(days_from_iso("1970-01-02"), Some(1));
        assert_eq!(days_from_iso("2026-11-22"), Some(20_779));
        assert_eq!(days_from_iso("2026-02-30"), None);
        assert_eq!(days_from_iso("next week"), None);
    }

    #[test]
    fn parses_only_the_exact_iso_shape() {
        assert_eq!(days_from_iso("0000-03-01"), Some(-719_468));
        assert_eq!(days_from_iso("9999-12-31"), Some(2_932_896));
        assert_eq!(days_from_iso("2000-02-29"), Some(11_016));
        for bad in [
            "2026-11-22junk",
            "2026-11-22 ",
            " 2026-11-22",
            "2026-11-22\n",
            "2026-1-22",
            "2026-11-2",
            "26-11-22",
            "+2026-11-22",
            "-2026-11-22",
            "02026-11-22",
            "2026-+1-22",
            "2026-11-+2",
            "2026/11/22",
            "2026-11-22T10:00:00Z",
            "2026-１1-22",
            "1900-02-29",
            "2026-00-10",
            "2026-13-10",
            "2026-04-31",
            "2026-04-00",
            "",
        ] {
            assert_eq!(days_from_iso(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn short_dates_read_as_english_and_reject_what_is_not_a_date() {
        assert_eq!(short_date("2026-03-03").as_deref(), Some("3 Mar 2026"));
        assert_eq!(short_date("2026-11-22").as_deref(), Some("22 Nov 2026"));
        assert_eq!(short_date("2024-02-29").as_deref(), Some("29 Feb 2024"));
        assert_eq!(short_date("2026-01-01").as_deref(), Some("1 Jan 2026"));
        assert_eq!(short_date("2026-12-31").as_deref(), Some("31 Dec 2026"));
        assert_eq!(short_date("0033-01-05").as_deref(), Some("5 Jan 33"));
        for bad in ["2026-02-30", "2026-3-3", "next week", "2026-03-03 ", ""] {
            assert_eq!(short_date(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn builds_iso_dates_from_calendar_parts() {
        assert_eq!(iso_from_parts(2026, 11, 22).as_deref(), Some("2026-11-22"));
        assert_eq!(iso_from_parts(2024, 2, 29).as_deref(), Some("2024-02-29"));
        assert_eq!(iso_from_parts(33, 1, 5).as_deref(), Some("0033-01-05"));
        assert_eq!(iso_from_parts(0, 1, 1).as_deref(), Some("0000-01-01"));
        assert_eq!(iso_from_parts(9999, 12, 31).as_deref(), Some("9999-12-31"));
        for (y, m, d) in [
            (2025, 2, 29),
            (2026, 4, 31),
            (2026, 0, 1),
            (2026, 13, 1),
            (2026, 1, 0),
            (-1, 1, 1),
            (10_000, 1, 1),
        ] {
            assert_eq!(iso_from_parts(y, m, d), None, "{y}-{m}-{d}");
        }
        // Every day it builds reads back as the same day.
        for days in -719_528..=2_932_896 {
            if days % 97 == 0 || days == -719_528 || days == 2_932_896 {
                let (y, m, d) = civil_from_days(days);
                let iso = iso_from_parts(y, m, d).unwrap();
                assert_eq!(days_from_iso(&iso), Some(days), "{iso}");
            }
        }
    }

    #[test]
    fn utc_offsets_are_written_in_hours_and_minutes() {
        assert_eq!(utc_offset_text(1.0), "UTC+1");
        assert_eq!(utc_offset_text(0.0), "UTC+0");
        assert_eq!(utc_offset_text(5.5), "UTC+5:30");
        assert_eq!(utc_offset_text(5.75), "UTC+5:45");
        assert_eq!(utc_offset_text(-3.5), "UTC-3:30");
        assert_eq!(utc_offset_text(-11.0), "UTC-11");
        assert_eq!(utc_offset_text(14.0), "UTC+14");
    }
}
