//! Feedback links: `#sgr1.` (a request) or `#sgf1.` (a response), then base64url (no padding)
//! of zlib-compressed JSON. zlib's Adler-32 checksum rejects tampered or truncated links; the
//! browser compresses with its own `CompressionStream`, tests and tools with miniz.

use super::error::FeedbackError;
use super::model::{FeedbackRequest, FeedbackResponse};
use super::{REQUEST_PREFIX, RESPONSE_PREFIX};
use crate::fragment::is_share_fragment;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

/// What a URL fragment is meant to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    /// `sgr<version>.…`, in any case.
    Request,
    /// `sgf<version>.…`, in any case.
    Response,
    /// A share link (`sg<version>.…`).
    Share,
    None,
}

/// Whether `fragment` starts with `tag` (any case), a version number and a dot.
fn tagged(fragment: &str, tag: &str) -> bool {
    let Some(rest) = fragment
        .get(..tag.len())
        .filter(|p| p.eq_ignore_ascii_case(tag))
        .map(|p| &fragment[p.len()..])
    else {
        return false;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && rest[digits..].starts_with('.')
}

/// The kind of link a fragment (with or without `#`) is meant as. Other versions (`sgr2.`,
/// `SGF1.`) count as their kind, so that they are answered with "unknown version", not
/// ignored.
pub fn link_kind(fragment: &str) -> LinkKind {
    let fragment = fragment.trim_start_matches('#');
    if tagged(fragment, "sgr") {
        LinkKind::Request
    } else if tagged(fragment, "sgf") {
        LinkKind::Response
    } else if is_share_fragment(fragment) {
        LinkKind::Share
    } else {
        LinkKind::None
    }
}

/// The JSON a request link carries, before compression.
pub fn request_json(request: &FeedbackRequest) -> Vec<u8> {
    serde_json::to_vec(request).expect("a feedback request always serialises")
}

/// The JSON a response link carries, before compression.
pub fn response_json(response: &FeedbackResponse) -> Vec<u8> {
    serde_json::to_vec(response).expect("a feedback response always serialises")
}

/// The request link's fragment (without `#`) for the zlib-compressed JSON.
pub fn request_fragment(zlib: &[u8]) -> String {
    format!("{REQUEST_PREFIX}{}", URL_SAFE_NO_PAD.encode(zlib))
}

/// The response link's fragment (without `#`) for the zlib-compressed JSON.
pub fn response_fragment(zlib: &[u8]) -> String {
    format!("{RESPONSE_PREFIX}{}", URL_SAFE_NO_PAD.encode(zlib))
}

/// The zlib bytes a fragment (with or without `#`) of `kind` (`Request` or `Response`)
/// carries. A fragment of the other kind, a share link or anything else is
/// `NotAFeedbackLink`; `kind` in another version is `UnknownVersion`.
pub fn fragment_zlib(fragment: &str, kind: LinkKind) -> Result<Vec<u8>, FeedbackError> {
    let fragment = fragment.trim_start_matches('#');
    let prefix = match kind {
        LinkKind::Request => REQUEST_PREFIX,
        LinkKind::Response => RESPONSE_PREFIX,
        LinkKind::Share | LinkKind::None => return Err(FeedbackError::NotAFeedbackLink),
    };
    let body = match fragment.strip_prefix(prefix) {
        Some(body) => body,
        None if link_kind(fragment) == kind => return Err(FeedbackError::UnknownVersion),
        None => return Err(FeedbackError::NotAFeedbackLink),
    };
    URL_SAFE_NO_PAD
        .decode(body.trim())
        .map_err(|_| FeedbackError::Damaged)
}

/// Decompresses natively with miniz, stopping at `MAX_PAYLOAD`.
#[cfg(not(target_arch = "wasm32"))]
fn inflate(zlib: &[u8]) -> Result<Vec<u8>, FeedbackError> {
    miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(zlib, super::MAX_PAYLOAD).map_err(
        |err| {
            if matches!(err.status, miniz_oxide::inflate::TINFLStatus::HasMoreOutput) {
                FeedbackError::TooLarge
            } else {
                FeedbackError::Damaged
            }
        },
    )
}

/// A request link's fragment, natively with miniz: for tests and tools.
#[cfg(not(target_arch = "wasm32"))]
pub fn encode_request(request: &FeedbackRequest) -> String {
    request_fragment(&miniz_oxide::deflate::compress_to_vec_zlib(
        &request_json(request),
        9,
    ))
}

/// Reads a request link natively, with miniz: for tests and tools.
#[cfg(not(target_arch = "wasm32"))]
pub fn decode_request(fragment: &str) -> Result<FeedbackRequest, FeedbackError> {
    let zlib = fragment_zlib(fragment, LinkKind::Request)?;
    super::validate::request_from_json(&inflate(&zlib)?)
}

/// A response link's fragment, natively with miniz: for tests and tools.
#[cfg(not(target_arch = "wasm32"))]
pub fn encode_response(response: &FeedbackResponse) -> String {
    response_fragment(&miniz_oxide::deflate::compress_to_vec_zlib(
        &response_json(response),
        9,
    ))
}

/// Reads a response link natively, with miniz: for tests and tools.
#[cfg(not(target_arch = "wasm32"))]
pub fn decode_response(fragment: &str) -> Result<FeedbackResponse, FeedbackError> {
    let zlib = fragment_zlib(fragment, LinkKind::Response)?;
    super::validate::response_from_json(&inflate(&zlib)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feedback::test_support::{answer, request, response};
    use crate::feedback::{request_from_json, response_from_json, Relationship, MAX_PAYLOAD};

    fn full_response() -> FeedbackResponse {
        let mut r = response("f-12ab", "Bo Chen", &[("sql", Some(4)), ("rust", None)]);
        r.relationship = Relationship::Peer;
        r.answers.insert(
            "k8s".into(),
            answer(Some(1), "Line one\nline two, \"quoted\""),
        );
        r.overall = "Great year. Keep pairing!".into();
        r
    }

    fn link_chars_are_safe(link: &str) -> bool {
        link.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    }

    #[test]
    fn requests_and_responses_round_trip() {
        let link = encode_request(&request());
        assert!(link.starts_with("sgr1.") && link_chars_are_safe(&link));
        assert_eq!(decode_request(&link), Ok(request()));
        assert_eq!(decode_request(&format!("#{link}")), Ok(request()));
        let link = encode_response(&full_response());
        assert!(link.starts_with("sgf1.") && link_chars_are_safe(&link));
        assert_eq!(decode_response(&format!("#{link}")), Ok(full_response()));
    }

    #[test]
    fn links_use_short_keys_and_leave_out_what_is_empty() {
        let json = String::from_utf8(request_json(&FeedbackRequest {
            note: String::new(),
            ..request()
        }))
        .unwrap();
        assert_eq!(
            json,
            r#"{"i":"r-7f3a9c","n":"Ana Lima","s":["sql","rust","k8s","go"]}"#
        );
        let json = String::from_utf8(response_json(&full_response())).unwrap();
        assert_eq!(
            json,
            r#"{"q":"r-7f3a9c","i":"f-12ab","n":"Bo Chen","r":"peer","a":{"k8s":{"l":1,"c":"Line one\nline two, \"quoted\""},"rust":{},"sql":{"l":4}},"o":"Great year. Keep pairing!"}"#
        );
    }

    #[test]
    fn forty_skills_fit_in_a_chat_message() {
        let skills: Vec<String> = (0..40).map(|i| format!("skill-number-{i}")).collect();
        let link = encode_request(&FeedbackRequest {
            skills: skills.clone(),
            ..request()
        });
        assert!(link.len() < 600, "request: {} characters", link.len());
        let mut answer_all = response("f-12ab", "Bo Chen", &[]);
        for (i, skill) in skills.iter().enumerate() {
            answer_all
                .answers
                .insert(skill.clone(), answer(Some((i % 6) as u8), ""));
        }
        let link = encode_response(&answer_all);
        assert!(link.len() < 700, "response: {} characters", link.len());
    }

    #[test]
    fn link_kinds_are_told_apart_in_any_case_and_version() {
        for (fragment, kind) in [
            ("#sgr1.abc", LinkKind::Request),
            ("sgr2.abc", LinkKind::Request),
            ("SGR1.", LinkKind::Request),
            ("#sgf1.abc", LinkKind::Response),
            ("SgF12.x", LinkKind::Response),
            ("#sg1.abc", LinkKind::Share),
            ("SG3.x", LinkKind::Share),
            ("#sgr.abc", LinkKind::None),
            ("#sgrx1.abc", LinkKind::None),
            ("#section-2", LinkKind::None),
            ("", LinkKind::None),
            ("#", LinkKind::None),
            ("sgé1.", LinkKind::None),
        ] {
            assert_eq!(link_kind(fragment), kind, "{fragment}");
        }
    }

    #[test]
    fn wrong_versions_and_kinds_are_named() {
        let body = &encode_request(&request())[5..];
        for version in ["sgr2.", "SGR1.", "Sgr1."] {
            assert_eq!(
                decode_request(&format!("#{version}{body}")),
                Err(FeedbackError::UnknownVersion),
                "{version}"
            );
        }
        let body = &encode_response(&full_response())[5..];
        assert_eq!(
            decode_response(&format!("sgf2.{body}")),
            Err(FeedbackError::UnknownVersion)
        );
        assert_eq!(
            decode_response(&format!("SGF1.{body}")),
            Err(FeedbackError::UnknownVersion)
        );
        // A response is not a request, a share link neither.
        assert_eq!(
            decode_request(&format!("sgf1.{body}")),
            Err(FeedbackError::NotAFeedbackLink)
        );
        assert_eq!(
            decode_response("#sg1.eJwDAAAAAAE"),
            Err(FeedbackError::NotAFeedbackLink)
        );
        assert_eq!(
            decode_request("#section-2"),
            Err(FeedbackError::NotAFeedbackLink)
        );
        assert_eq!(
            fragment_zlib("#sgr1.eJwDAAAAAAE", LinkKind::Share),
            Err(FeedbackError::NotAFeedbackLink)
        );
    }

    #[test]
    fn tampered_and_truncated_links_are_damaged() {
        let link = encode_response(&full_response());
        let zlib = fragment_zlib(&link, LinkKind::Response).unwrap();
        // Every byte, flipped in turn: never read as an answer.
        for i in 0..zlib.len() {
            let mut flipped = zlib.clone();
            flipped[i] ^= 0x5a;
            let result = decode_response(&response_fragment(&flipped));
            assert!(
                matches!(
                    result,
                    Err(FeedbackError::Damaged | FeedbackError::TooLarge)
                ),
                "byte {i}: {result:?}"
            );
        }
        // A character of the link changed, as a chat tool might.
        let mut chars: Vec<char> = link.chars().collect();
        let i = chars.len() / 2;
        chars[i] = if chars[i] == 'A' { 'B' } else { 'A' };
        let tampered: String = chars.into_iter().collect();
        assert_eq!(decode_response(&tampered), Err(FeedbackError::Damaged));
        for cut in [1, 6, link.len() / 2] {
            assert_eq!(
                decode_response(&link[..link.len() - cut]),
                Err(FeedbackError::Damaged),
                "cut {cut}"
            );
        }
        assert_eq!(decode_response("sgf1."), Err(FeedbackError::Damaged));
        assert_eq!(decode_request("#sgr1.!!!"), Err(FeedbackError::Damaged));
        // Well-formed zlib of something that is not an answer.
        let not_json = miniz_oxide::deflate::compress_to_vec_zlib(b"hello", 9);
        assert_eq!(
            decode_response(&response_fragment(&not_json)),
            Err(FeedbackError::Damaged)
        );
    }

    #[test]
    fn a_zip_bomb_stops_at_the_limit() {
        // 1 MiB of spaces packs into about a kilobyte.
        let bomb = miniz_oxide::deflate::compress_to_vec_zlib(&vec![b' '; MAX_PAYLOAD * 4], 9);
        assert!(bomb.len() < 4096);
        assert_eq!(
            decode_request(&request_fragment(&bomb)),
            Err(FeedbackError::TooLarge)
        );
        assert_eq!(
            decode_response(&response_fragment(&bomb)),
            Err(FeedbackError::TooLarge)
        );
        // Whoever unpacked it, the JSON readers refuse anything over the limit before parsing.
        let oversized = vec![b' '; MAX_PAYLOAD + 1];
        assert_eq!(request_from_json(&oversized), Err(FeedbackError::TooLarge));
        assert_eq!(response_from_json(&oversized), Err(FeedbackError::TooLarge));
    }
}
