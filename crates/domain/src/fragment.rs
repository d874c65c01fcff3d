//! What the links people send each other have in common: data in the URL fragment (which
//! browsers never send to a server), a tag with a version number (`sg1.` a share link,
//! `sgr1.` a feedback request, `sgf1.` an answer), and a bound on what they unpack to.

/// Decompressed payloads above this are refused, so a hostile link cannot exhaust memory.
pub const MAX_PAYLOAD: usize = 256 * 1024;

/// Whether the fragment is meant as a share link: `sg`, a version number and a dot, in any
/// case, so that a link of an unknown version is answered with a message, not ignored.
pub fn is_share_fragment(fragment: &str) -> bool {
    let fragment = fragment.trim_start_matches('#');
    let Some(rest) = fragment.get(..2).filter(|p| p.eq_ignore_ascii_case("sg")) else {
        return false;
    };
    let rest = &fragment[rest.len()..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && rest[digits..].starts_with('.')
}
