//! Reading a link's JSON: within `MAX_PAYLOAD`, ids of the form Skillgap makes, at most
//! `MAX_SKILLS` skills, levels a scale can have. Text from outside is cleaned, never refused:
//! control, text-direction and invisible characters are removed (`text::is_unsafe_char`),
//! names become one line, and text over its limit (`MAX_NAME`, `MAX_NOTE`, `MAX_COMMENT`) is
//! cut there, so one over-long comment does not lose the rest of an answer. The widget's own
//! forms never write more than the limits. Anything else no Skillgap makes is `Invalid`.

use super::error::{FeedbackError, InvalidContent};
use super::model::{FeedbackRequest, FeedbackResponse, SkillAnswer};
use super::{MAX_COMMENT, MAX_NAME, MAX_NOTE, MAX_PAYLOAD, MAX_SKILLS};
use crate::scale::Level;
use serde::de::DeserializeOwned;
use stdx::sorted_map::{SortedMap, SortedSet};
use stdx::text::{is_unsafe_char, truncate_chars, without_unsafe_chars};

/// Longest skill id, as feeds allow.
const MAX_SKILL_ID: usize = 100;
/// Levels above this are on no scale a feed can define.
const MAX_LEVEL: Level = 100;
/// Longest request or response id.
const MAX_ID: usize = 64;

fn parse<T: DeserializeOwned>(json: &[u8]) -> Result<T, FeedbackError> {
    if json.len() > MAX_PAYLOAD {
        return Err(FeedbackError::TooLarge);
    }
    let text = std::str::from_utf8(json).map_err(|_| FeedbackError::Damaged)?;
    serde_json::from_str(text).map_err(|_| FeedbackError::Damaged)
}

/// A request from a link's decompressed JSON, checked and cleaned.
pub fn request_from_json(json: &[u8]) -> Result<FeedbackRequest, FeedbackError> {
    clean_request(parse(json)?)
}

/// A response from a link's (or a file's) decompressed JSON, checked and cleaned.
pub fn response_from_json(json: &[u8]) -> Result<FeedbackResponse, FeedbackError> {
    clean_response(parse(json)?)
}

/// 1 to 64 characters of `0-9`, `a-z` and `-`: what browsers make for request and response ids.
pub(crate) fn is_link_id(id: &str) -> bool {
    (1..=MAX_ID).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_digit() || b.is_ascii_lowercase() || b == b'-')
}

fn check_link_id(id: &str, what: InvalidContent) -> Result<(), FeedbackError> {
    if is_link_id(id) {
        Ok(())
    } else {
        Err(FeedbackError::Invalid(what))
    }
}

/// A skill id as a feed may have it: 1 to 100 characters, nothing hidden, no edge spaces.
fn check_skill_id(id: &str) -> Result<(), FeedbackError> {
    let fits = !id.is_empty()
        && id.trim() == id
        && (id.len() <= MAX_SKILL_ID || id.chars().count() <= MAX_SKILL_ID)
        && !id.chars().any(|c| c == '\n' || is_unsafe_char(c));
    if fits {
        Ok(())
    } else {
        Err(FeedbackError::Invalid(InvalidContent::SkillId))
    }
}

/// A name on one line: hidden characters removed, runs of white space as one space, cut at
/// `max` characters.
pub(crate) fn clean_name(text: &str, max: usize) -> String {
    let clean = without_unsafe_chars(text);
    let one_line = clean.split_whitespace().collect::<Vec<_>>().join(" ");
    truncate_chars(&one_line, max).trim_end().to_owned()
}

/// Free text (a note, a comment): hidden characters removed (line breaks stay), trimmed, cut
/// at `max` characters.
pub(crate) fn clean_text(text: &str, max: usize) -> String {
    let clean = without_unsafe_chars(text);
    truncate_chars(clean.trim(), max).trim_end().to_owned()
}

pub(crate) fn clean_request(
    mut request: FeedbackRequest,
) -> Result<FeedbackRequest, FeedbackError> {
    check_link_id(&request.id, InvalidContent::RequestId)?;
    if request.skills.len() > MAX_SKILLS {
        return Err(FeedbackError::Invalid(InvalidContent::TooManyAsked));
    }
    let mut seen = SortedSet::new();
    let mut skills = Vec::with_capacity(request.skills.len());
    for skill in std::mem::take(&mut request.skills) {
        check_skill_id(&skill)?;
        if seen.insert(skill.clone()) {
            skills.push(skill);
        }
    }
    if skills.is_empty() {
        return Err(FeedbackError::Invalid(InvalidContent::NoSkills));
    }
    Ok(FeedbackRequest {
        skills,
        name: clean_name(&request.name, MAX_NAME),
        note: clean_text(&request.note, MAX_NOTE),
        id: request.id,
    })
}

pub(crate) fn clean_response(
    mut response: FeedbackResponse,
) -> Result<FeedbackResponse, FeedbackError> {
    check_link_id(&response.request_id, InvalidContent::RequestId)?;
    check_link_id(&response.response_id, InvalidContent::AnswerId)?;
    clean_answers(&mut response.reviewer, &mut response.answers)?;
    response.overall = clean_text(&response.overall, MAX_COMMENT);
    Ok(response)
}

/// One reviewer's name and answers, by the rules of a response link: at most `MAX_SKILLS`
/// answers, skill ids a feed can have, no level beyond any scale, the name on one line and
/// cut at `MAX_NAME`, comments cut at `MAX_COMMENT`, hidden characters removed from both.
/// Share links carrying received feedback are read by the same rules.
pub(crate) fn clean_answers(
    reviewer: &mut String,
    answers: &mut SortedMap<String, SkillAnswer>,
) -> Result<(), FeedbackError> {
    if answers.len() > MAX_SKILLS {
        return Err(FeedbackError::Invalid(InvalidContent::TooManyAnswered));
    }
    for (skill, answer) in answers.iter_mut() {
        check_skill_id(skill)?;
        if answer.level.is_some_and(|l| l > MAX_LEVEL) {
            return Err(FeedbackError::Invalid(InvalidContent::LevelBeyondScale));
        }
        answer.comment = clean_text(&answer.comment, MAX_COMMENT);
    }
    *reviewer = clean_name(reviewer, MAX_NAME);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feedback::model::Relationship;
    use crate::feedback::test_support::{answer, request, response};
    use crate::feedback::{request_json, response_json};

    fn read_request(request: &FeedbackRequest) -> Result<FeedbackRequest, FeedbackError> {
        request_from_json(&request_json(request))
    }

    fn read_response(response: &FeedbackResponse) -> Result<FeedbackResponse, FeedbackError> {
        response_from_json(&response_json(response))
    }

    fn invalid<T: std::fmt::Debug>(result: Result<T, FeedbackError>) -> bool {
        matches!(result, Err(FeedbackError::Invalid(_)))
    }

    #[test]
    fn ids_must_be_of_the_form_browsers_make() {
        for id in ["", "R-1", "r_1", "r 1", "r-1\u{202E}", "é", &"a".repeat(65)] {
            assert!(
                invalid(read_request(&FeedbackRequest {
                    id: id.into(),
                    ..request()
                })),
                "{id:?}"
            );
            let mut r = response("f-1", "Bo", &[("sql", Some(2))]);
            r.response_id = id.into();
            assert!(invalid(read_response(&r)), "{id:?}");
            let mut r = response("f-1", "Bo", &[("sql", Some(2))]);
            r.request_id = id.into();
            assert!(invalid(read_response(&r)), "{id:?}");
        }
        let longest = "0123456789-abcdefghijklmnopqrstuvwxyz".repeat(2)[..64].to_owned();
        assert!(read_request(&FeedbackRequest {
            id: longest,
            ..request()
        })
        .is_ok());
    }

    #[test]
    fn hostile_names_and_comments_are_cleaned_and_cut() {
        let mut r = response(
            "f-1",
            "\u{202E}nimdA\u{202C} <script>alert(1)</script>",
            &[],
        );
        r.answers.insert(
            "sql".into(),
            answer(
                Some(3),
                &format!("\u{2066}fine\u{2069}\u{0}\r\n{}", "x".repeat(5_000)),
            ),
        );
        r.overall = "é".repeat(5_000);
        let read = read_response(&r).unwrap();
        // Markup is only text here; every view escapes it.
        assert_eq!(read.reviewer, "nimdA <script>alert(1)</script>");
        let comment = &read.answers["sql"].comment;
        assert!(comment.starts_with("fine\nxxx"));
        assert_eq!(comment.chars().count(), MAX_COMMENT);
        assert_eq!(read.overall.chars().count(), MAX_COMMENT);
        let read = read_request(&FeedbackRequest {
            name: format!("Ana\n\tLima\u{200B} {}", "y".repeat(5_000)),
            note: format!(" \u{202D}note\u{202C}\nline 2 {}", "z".repeat(5_000)),
            ..request()
        })
        .unwrap();
        assert!(read.name.starts_with("Ana Lima yyy"));
        assert_eq!(read.name.chars().count(), MAX_NAME);
        assert!(read.note.starts_with("note\nline 2 zzz"));
        assert_eq!(read.note.chars().count(), MAX_NOTE);
    }

    #[test]
    fn skill_lists_are_limited_and_deduplicated() {
        let skills = |n: usize| (0..n).map(|i| format!("s{i}")).collect::<Vec<_>>();
        assert_eq!(
            read_request(&FeedbackRequest {
                skills: skills(MAX_SKILLS),
                ..request()
            })
            .unwrap()
            .skills
            .len(),
            MAX_SKILLS
        );
        assert!(invalid(read_request(&FeedbackRequest {
            skills: skills(MAX_SKILLS + 1),
            ..request()
        })));
        assert!(invalid(read_request(&FeedbackRequest {
            skills: Vec::new(),
            ..request()
        })));
        for bad in ["", " sql", "a\u{202E}b", "two\nlines", &"k".repeat(101)] {
            assert!(
                invalid(read_request(&FeedbackRequest {
                    skills: vec!["sql".into(), bad.into()],
                    ..request()
                })),
                "{bad:?}"
            );
        }
        let read = read_request(&FeedbackRequest {
            skills: vec!["sql".into(), "rust".into(), "sql".into()],
            ..request()
        })
        .unwrap();
        assert_eq!(read.skills, ["sql", "rust"]);
        let mut many = response("f-1", "Bo", &[]);
        for skill in skills(MAX_SKILLS + 1) {
            many.answers.insert(skill, answer(Some(1), ""));
        }
        assert!(invalid(read_response(&many)));
    }

    #[test]
    fn levels_beyond_any_scale_are_refused_and_others_left_to_receiving() {
        assert!(read_response(&response("f-1", "Bo", &[("sql", Some(100))])).is_ok());
        assert!(invalid(read_response(&response(
            "f-1",
            "Bo",
            &[("sql", Some(101))]
        ))));
        // Not a level at all: not an answer Skillgap wrote.
        assert_eq!(
            response_from_json(br#"{"q":"r-1","i":"f-1","a":{"sql":{"l":300}}}"#),
            Err(FeedbackError::Damaged)
        );
    }

    #[test]
    fn unknown_relationships_read_as_other_and_missing_parts_as_empty() {
        let read = response_from_json(br#"{"q":"r-1","i":"f-1","r":"coach"}"#).unwrap();
        assert_eq!(read.relationship, Relationship::Other);
        assert!(read.answers.is_empty() && read.reviewer.is_empty());
        let read =
            response_from_json(br#"{"q":"r-1","i":"f-1","r":"mentor","a":{"go":{}}}"#).unwrap();
        assert_eq!(read.relationship, Relationship::Mentor);
        assert_eq!(read.answers["go"], answer(None, ""));
    }

    #[test]
    fn json_of_another_shape_is_damaged() {
        for json in [
            &b"{\"i\":\"r-1\"}"[..],
            b"{\"q\":\"r-1\"}",
            b"[1,2]",
            b"{\"i\":5,\"s\":[\"a\"]}",
            b"not json",
            &[0xff, 0xfe],
        ] {
            assert_eq!(
                response_from_json(json),
                Err(FeedbackError::Damaged),
                "{json:?}"
            );
        }
        assert_eq!(
            request_from_json(b"{\"s\":[\"a\"]}"),
            Err(FeedbackError::Damaged)
        );
    }
}
