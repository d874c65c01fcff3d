//! An iCalendar file (RFC 5545) of development-plan goals with dates, one all-day event per
//! goal, for Outlook, Google Calendar and Apple Calendar to import.
//!
//! Hand-written rather than the `ics` crate: the file needs five properties, TEXT escaping
//! and line folding, and `ics` 0.5.8 folds continuation lines to 76 octets (75 after the
//! leading space), keeps control characters, and leaves date arithmetic to the caller anyway.

use stdx::text::is_unsafe_char;
use stdx::time::{civil_from_days, days_from_iso, DAY_MS};

/// One goal to put in the calendar.
#[derive(Clone, Copy, Debug)]
pub struct CalendarEvent<'a> {
    /// A stable unique id, such as "g-1732-sql@skillgap.local": importing the file again
    /// updates the event instead of adding a second one. Escaped like any text.
    pub uid: &'a str,
    /// The ISO day "YYYY-MM-DD" of the all-day event; an event whose date is not a real
    /// calendar day in that exact shape is left out.
    pub date: &'a str,
    /// The goal's title.
    pub summary: &'a str,
    /// Free text, any length, any line endings; omitted when empty.
    pub description: &'a str,
}

/// Octets a physical line may hold, without its CRLF (RFC 5545 3.1).
const LINE_OCTETS: usize = 75;

/// The last instant whose DTSTAMP has a four-digit year: 9999-12-31T23:59:59.999Z.
const LAST_STAMP_MILLIS: u64 = 253_402_300_799_999;

/// The iCalendar text of `events`, with CRLF line endings and lines folded at 75 octets;
/// `stamp_utc_millis` (the export time) is every event's DTSTAMP. `None` when no event has a
/// valid date, so the caller offers no file. Events keep their order.
pub fn calendar_ics(events: &[CalendarEvent], stamp_utc_millis: u64) -> Option<String> {
    let stamp = utc_stamp(stamp_utc_millis);
    let mut out = String::with_capacity(256 + events.len() * 256);
    push_line(&mut out, "BEGIN:VCALENDAR");
    push_line(&mut out, "VERSION:2.0");
    push_line(&mut out, "PRODID:-//Skillgap//Development plan//EN");
    push_line(&mut out, "CALSCALE:GREGORIAN");
    push_line(&mut out, "METHOD:PUBLISH");
    let mut line = String::new();
    let mut written = 0usize;
    for event in events {
        let Some(days) = days_from_iso(event.date) else {
            continue;
        };
        // DTEND is exclusive: the next day, which must still have a four-digit year.
        let (Some(start), Some(end)) = (ics_date(days), ics_date(days + 1)) else {
            continue;
        };
        push_line(&mut out, "BEGIN:VEVENT");
        line.clear();
        line.push_str("UID:");
        push_text(&mut line, event.uid);
        if line.len() == "UID:".len() {
            // UID is required; a caller that gave none still gets a well-formed event.
            line.push_str(&format!("{start}-{written}@skillgap.local"));
        }
        push_line(&mut out, &line);
        push_line(&mut out, &format!("DTSTAMP:{stamp}"));
        push_line(&mut out, &format!("DTSTART;VALUE=DATE:{start}"));
        push_line(&mut out, &format!("DTEND;VALUE=DATE:{end}"));
        line.clear();
        line.push_str("SUMMARY:");
        push_text(&mut line, event.summary);
        push_line(&mut out, &line);
        line.clear();
        line.push_str("DESCRIPTION:");
        push_text(&mut line, event.description);
        if line.len() > "DESCRIPTION:".len() {
            push_line(&mut out, &line);
        }
        push_line(&mut out, "TRANSP:TRANSPARENT");
        push_line(&mut out, "END:VEVENT");
        written += 1;
    }
    push_line(&mut out, "END:VCALENDAR");
    (written > 0).then_some(out)
}

/// `YYYYMMDD` of a day counted from 1970-01-01, if its year has four digits.
fn ics_date(days: i64) -> Option<String> {
    let (y, m, d) = civil_from_days(days);
    (0..=9999)
        .contains(&y)
        .then(|| format!("{y:04}{m:02}{d:02}"))
}

/// UTC `YYYYMMDDTHHMMSSZ` of an instant, clamped to the last one with a four-digit year.
fn utc_stamp(millis: u64) -> String {
    let millis = millis.min(LAST_STAMP_MILLIS);
    let (y, m, d) = civil_from_days((millis / DAY_MS) as i64);
    let seconds = (millis % DAY_MS) / 1000;
    let (h, min, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    format!("{y:04}{m:02}{d:02}T{h:02}{min:02}{s:02}Z")
}

/// Appends `text` as an RFC 5545 TEXT value (3.3.11): backslash, semicolon and comma
/// escaped, each line break (CRLF, LF or a lone CR) as `\n`. Breaks that calendar programs
/// may honour but the writer did not mean as one (U+2028 LINE SEPARATOR, U+2029 PARAGRAPH
/// SEPARATOR, U+0085 NEXT LINE, vertical tab, form feed) become spaces, so a title stays one
/// line; every other control character except the tab (which TEXT allows) is left out, and
/// so are the marks that reorder or hide text (`text::is_unsafe_char`).
fn push_text(out: &mut String, text: &str) {
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\t' => out.push('\t'),
            '\u{2028}' | '\u{2029}' | '\u{85}' | '\u{b}' | '\u{c}' => out.push(' '),
            c if c.is_control() || is_unsafe_char(c) => {}
            c => out.push(c),
        }
    }
}

/// Appends one content line, folded so that no physical line exceeds 75 octets (a
/// continuation line's leading space included), never inside a UTF-8 character, and ended
/// with CRLF.
fn push_line(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > LINE_OCTETS {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event<'a>(
        uid: &'a str,
        date: &'a str,
        summary: &'a str,
        description: &'a str,
    ) -> CalendarEvent<'a> {
        CalendarEvent {
            uid,
            date,
            summary,
            description,
        }
    }

    /// 2026-11-22T13:45:07.890Z.
    const STAMP: u64 = 1_795_305_600_000 + (13 * 3600 + 45 * 60 + 7) * 1000 + 890;

    /// One event as read back: its properties in order, names with their parameters, values
    /// unescaped.
    type Parsed = Vec<(String, String)>;

    /// Reads `ics` back as a calendar program does: unfolds (a CRLF followed by one space or
    /// tab is removed), splits into content lines, collects each VEVENT's properties and
    /// unescapes their values. Panics on anything the writer must not produce.
    fn parse(ics: &str) -> Vec<Parsed> {
        let unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
        let lines: Vec<&str> = unfolded.split("\r\n").collect();
        assert_eq!(lines.last(), Some(&""), "the file ends with CRLF");
        let lines = &lines[..lines.len() - 1];
        assert_eq!(lines.first(), Some(&"BEGIN:VCALENDAR"));
        assert_eq!(lines.last(), Some(&"END:VCALENDAR"));
        let mut events = Vec::new();
        let mut current: Option<Parsed> = None;
        for line in lines {
            match *line {
                "BEGIN:VEVENT" => {
                    assert!(current.is_none(), "nested VEVENT");
                    current = Some(Vec::new());
                }
                "END:VEVENT" => events.push(current.take().expect("END without BEGIN")),
                _ => {
                    let (name, value) = line.split_once(':').expect("a content line has a colon");
                    if let Some(properties) = current.as_mut() {
                        properties.push((name.to_string(), unescape(value)));
                    }
                }
            }
        }
        assert!(current.is_none(), "unterminated VEVENT");
        events
    }

    fn unescape(value: &str) -> String {
        let mut out = String::new();
        let mut chars = value.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => match chars.next() {
                    Some('\\') => out.push('\\'),
                    Some(';') => out.push(';'),
                    Some(',') => out.push(','),
                    Some('n' | 'N') => out.push('\n'),
                    other => panic!("bad escape \\{other:?} in {value:?}"),
                },
                ';' | ',' => panic!("unescaped {c:?} in {value:?}"),
                c => out.push(c),
            }
        }
        out
    }

    fn property<'p>(event: &'p Parsed, name: &str) -> Option<&'p str> {
        let mut found = event.iter().filter(|(n, _)| n == name);
        let value = found.next().map(|(_, v)| v.as_str());
        assert!(found.next().is_none(), "{name} appears twice");
        value
    }

    /// What a goal's text should read as after the round trip: line breaks as LF, control
    /// characters other than LF and tab gone.
    fn expected_text(text: &str) -> String {
        text.replace("\r\n", "\n")
            .replace('\r', "\n")
            .chars()
            .filter(|&c| c == '\n' || c == '\t' || !c.is_control())
            .collect()
    }

    /// Every physical line is at most 75 octets, ends with CRLF (no bare CR or LF anywhere),
    /// and is folded no earlier than needed: a line followed by a continuation could not
    /// have taken the continuation's first character.
    fn assert_physical_lines(ics: &str) {
        assert!(ics.ends_with("\r\n"));
        let lines: Vec<&str> = ics[..ics.len() - 2].split("\r\n").collect();
        for (i, line) in lines.iter().enumerate() {
            assert!(
                !line.contains(['\r', '\n']),
                "bare CR or LF in line {i}: {line:?}"
            );
            assert!(
                line.len() <= LINE_OCTETS,
                "line {i} has {} octets: {line:?}",
                line.len()
            );
            if let Some(next) = lines.get(i + 1).and_then(|l| l.strip_prefix(' ')) {
                let first = next.chars().next().expect("a continuation carries text");
                assert!(
                    line.len() + first.len_utf8() > LINE_OCTETS,
                    "line {i} folded early ({} octets, next {first:?})",
                    line.len()
                );
            }
        }
    }

    #[test]
    fn writes_the_exact_calendar_for_one_goal() {
        let ics = calendar_ics(
            &[event(
                "g-1732-sql@skillgap.local",
                "2026-12-01",
                "Learn SQL, joins; window functions",
                "Line one\nC:\\data\r\nthree",
            )],
            STAMP,
        )
        .unwrap();
        assert_eq!(
            ics,
            "BEGIN:VCALENDAR\r\n\
             VERSION:2.0\r\n\
             PRODID:-//Skillgap//Development plan//EN\r\n\
             CALSCALE:GREGORIAN\r\n\
             METHOD:PUBLISH\r\n\
             BEGIN:VEVENT\r\n\
             UID:g-1732-sql@skillgap.local\r\n\
             DTSTAMP:20261122T134507Z\r\n\
             DTSTART;VALUE=DATE:20261201\r\n\
             DTEND;VALUE=DATE:20261202\r\n\
             SUMMARY:Learn SQL\\, joins\\; window functions\r\n\
             DESCRIPTION:Line one\\nC:\\\\data\\nthree\r\n\
             TRANSP:TRANSPARENT\r\n\
             END:VEVENT\r\n\
             END:VCALENDAR\r\n"
        );
    }

    #[test]
    fn omits_an_empty_description_and_keeps_event_order() {
        let ics = calendar_ics(
            &[
                event("b@x", "2026-03-02", "B", ""),
                event("a@x", "2026-03-01", "A", "\u{0}\u{7}"),
            ],
            STAMP,
        )
        .unwrap();
        let events = parse(&ics);
        assert_eq!(events.len(), 2);
        assert_eq!(property(&events[0], "UID"), Some("b@x"));
        assert_eq!(property(&events[1], "UID"), Some("a@x"));
        for e in &events {
            assert_eq!(property(e, "DESCRIPTION"), None);
            let names: Vec<&str> = e.iter().map(|(n, _)| n.as_str()).collect();
            assert_eq!(
                names,
                [
                    "UID",
                    "DTSTAMP",
                    "DTSTART;VALUE=DATE",
                    "DTEND;VALUE=DATE",
                    "SUMMARY",
                    "TRANSP"
                ]
            );
        }
    }

    #[test]
    fn escapes_text_and_strips_control_characters() {
        let mut out = String::new();
        push_text(
            &mut out,
            "a\\b;c,d\r\ne\rf\ng\r\r\nh\u{0}i\u{1b}j\u{7f}k\u{85}l\tm:n\"o",
        );
        assert_eq!(out, "a\\\\b\\;c\\,d\\ne\\nf\\ng\\n\\nhijk l\tm:n\"o");
    }

    #[test]
    fn line_and_paragraph_separators_become_spaces_and_direction_marks_go() {
        let title = "Plan\u{2028}END:VEVENT\u{2029}BEGIN:VEVENT\u{85}x\u{b}y\u{c}z";
        let mut out = String::new();
        push_text(&mut out, title);
        assert_eq!(out, "Plan END:VEVENT BEGIN:VEVENT x y z");
        out.clear();
        push_text(
            &mut out,
            "\u{202E}evil\u{202C} \u{2066}ok\u{2069} 👩\u{200D}💻",
        );
        assert_eq!(out, "evil ok 👩\u{200D}💻");
        let ics = calendar_ics(
            &[event("u@x", "2026-06-01", title, "a\u{2028}b\u{2029}c")],
            STAMP,
        )
        .unwrap();
        assert!(!ics.contains(['\u{2028}', '\u{2029}', '\u{85}']), "{ics:?}");
        let events = parse(&ics);
        assert_eq!(events.len(), 1);
        assert_eq!(
            property(&events[0], "SUMMARY"),
            Some("Plan END:VEVENT BEGIN:VEVENT x y z")
        );
        assert_eq!(property(&events[0], "DESCRIPTION"), Some("a b c"));
    }

    #[test]
    fn folds_at_75_octets_without_splitting_characters() {
        let mut out = String::new();
        push_line(&mut out, &"a".repeat(75));
        assert_eq!(out, format!("{}\r\n", "a".repeat(75)));

        out.clear();
        push_line(&mut out, &"a".repeat(75 + 74 + 1));
        assert_eq!(
            out,
            format!("{}\r\n {}\r\n a\r\n", "a".repeat(75), "a".repeat(74))
        );

        // 73 ASCII octets, then a four-octet emoji that would end at octet 77: it moves whole.
        out.clear();
        push_line(&mut out, &format!("{}🎯🎯", "a".repeat(73)));
        assert_eq!(out, format!("{}\r\n 🎯🎯\r\n", "a".repeat(73)));

        // Two-octet Arabic letters: 37 fill 74 octets, the 38th starts the next line.
        out.clear();
        push_line(&mut out, &"ب".repeat(38));
        assert_eq!(out, format!("{}\r\n ب\r\n", "ب".repeat(37)));
    }

    #[test]
    fn goal_text_reads_back_unchanged() {
        let arabic = "تعلّم SQL، ثم قواعد البيانات؛ الهدف: «الاستعلامات المعقدة»\nسطر ثانٍ";
        let emoji = "🎯 Ship it 👩‍💻🚀 — naïve café 🇸🇪, done; ok\\";
        let pattern = "Ünïcödé, text; with \\ back\\slashes\nand 🎯 emoji, عربي؛\r\nCRLF\rCR\t";
        let long: String = pattern.chars().cycle().take(2000).collect();
        assert_eq!(long.chars().count(), 2000);
        let goals = [
            event("g-1-ar@skillgap.local", "2026-05-10", arabic, arabic),
            event("g-2-emoji@skillgap.local", "2026-05-11", emoji, emoji),
            event("g-3-long@skillgap.local", "2026-05-12", &long[..300], &long),
        ];
        let ics = calendar_ics(&goals, STAMP).unwrap();
        assert_physical_lines(&ics);
        let events = parse(&ics);
        assert_eq!(events.len(), goals.len());
        for (goal, read) in goals.iter().zip(&events) {
            assert_eq!(property(read, "UID"), Some(goal.uid));
            assert_eq!(
                property(read, "SUMMARY"),
                Some(expected_text(goal.summary).as_str())
            );
            assert_eq!(
                property(read, "DESCRIPTION"),
                Some(expected_text(goal.description).as_str())
            );
            assert_eq!(property(read, "DTSTAMP"), Some("20261122T134507Z"));
            assert_eq!(property(read, "TRANSP"), Some("TRANSPARENT"));
        }
        assert_eq!(property(&events[2], "DTSTART;VALUE=DATE"), Some("20260512"));
        assert_eq!(property(&events[2], "DTEND;VALUE=DATE"), Some("20260513"));
        // The long description really was folded, many times.
        assert!(ics.matches("\r\n ").count() > 40);
    }

    #[test]
    fn every_fold_offset_keeps_lines_short_and_text_intact() {
        // Shifting multi-octet characters across the fold point at every offset.
        let text = "é😀ب中a\\;,\n".repeat(30);
        for pad in 0..8 {
            let summary = format!("{}{text}", "x".repeat(pad));
            let uid = format!("{}@skillgap.local", "u,;".repeat(pad * 10));
            let ics = calendar_ics(&[event(&uid, "2026-01-15", &summary, &summary)], 0).unwrap();
            assert_physical_lines(&ics);
            let events = parse(&ics);
            assert_eq!(property(&events[0], "UID"), Some(uid.as_str()));
            assert_eq!(property(&events[0], "SUMMARY"), Some(summary.as_str()));
            assert_eq!(property(&events[0], "DESCRIPTION"), Some(summary.as_str()));
            assert_eq!(property(&events[0], "DTSTAMP"), Some("19700101T000000Z"));
        }
    }

    #[test]
    fn all_day_events_end_on_the_next_day_across_months_years_and_leap_days() {
        let cases = [
            ("2026-12-31", "20261231", "20270101"),
            ("2024-02-28", "20240228", "20240229"),
            ("2024-02-29", "20240229", "20240301"),
            ("2025-02-28", "20250228", "20250301"),
            ("2000-02-28", "20000228", "20000229"),
            ("2100-02-28", "21000228", "21000301"),
            ("2026-04-30", "20260430", "20260501"),
            ("2026-01-31", "20260131", "20260201"),
            ("1969-12-31", "19691231", "19700101"),
            ("0033-01-05", "00330105", "00330106"),
            ("9999-12-30", "99991230", "99991231"),
        ];
        for (date, start, end) in cases {
            let ics = calendar_ics(&[event("u@x", date, "Goal", "")], STAMP).unwrap();
            let events = parse(&ics);
            assert_eq!(
                property(&events[0], "DTSTART;VALUE=DATE"),
                Some(start),
                "{date}"
            );
            assert_eq!(
                property(&events[0], "DTEND;VALUE=DATE"),
                Some(end),
                "{date}"
            );
        }
    }

    #[test]
    fn invalid_dates_are_skipped() {
        let goals = [
            event("bad-1@x", "2025-02-29", "Not a leap year", ""),
            event("bad-2@x", "2026-13-01", "No month 13", ""),
            event("bad-3@x", "2026-1-05", "Short month", ""),
            event("bad-4@x", "2026-04-31", "April has 30", ""),
            event("good@x", "2026-06-01", "Kept", ""),
            event("bad-5@x", "", "Empty", ""),
            event("bad-6@x", "2026-06-01T10:00", "A time", ""),
            event("bad-7@x", " 2026-06-01", "Padded", ""),
            // Its DTEND would need a five-digit year.
            event("bad-8@x", "9999-12-31", "Last day", ""),
        ];
        let ics = calendar_ics(&goals, STAMP).unwrap();
        let events = parse(&ics);
        assert_eq!(events.len(), 1);
        assert_eq!(property(&events[0], "UID"), Some("good@x"));
        assert_eq!(property(&events[0], "SUMMARY"), Some("Kept"));
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 1);
    }

    #[test]
    fn no_valid_date_gives_no_file() {
        assert_eq!(calendar_ics(&[], STAMP), None);
        assert_eq!(
            calendar_ics(
                &[
                    event("a@x", "someday", "A", ""),
                    event("b@x", "2026-02-30", "B", "")
                ],
                STAMP
            ),
            None
        );
    }

    #[test]
    fn an_empty_uid_gets_a_fallback() {
        let ics = calendar_ics(
            &[
                event("x@x", "2026-06-01", "A", ""),
                event("\u{0}", "2026-06-02", "B", ""),
            ],
            STAMP,
        )
        .unwrap();
        let events = parse(&ics);
        assert_eq!(
            property(&events[1], "UID"),
            Some("20260602-1@skillgap.local")
        );
    }

    #[test]
    fn stamps_are_utc_and_clamped_to_four_digit_years() {
        assert_eq!(utc_stamp(0), "19700101T000000Z");
        assert_eq!(utc_stamp(STAMP), "20261122T134507Z");
        assert_eq!(utc_stamp(951_868_799_999), "20000229T235959Z");
        assert_eq!(utc_stamp(LAST_STAMP_MILLIS), "99991231T235959Z");
        assert_eq!(utc_stamp(u64::MAX), "99991231T235959Z");
    }
}
