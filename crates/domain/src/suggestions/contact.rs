//! The intro message a user may send a mentor, and the link that opens their own mail or chat
//! app with it. The widget itself sends nothing.

use crate::i18n::k;
use crate::i18n::Translator;
use crate::scale::Level;

/// The first message to a mentor, in the interface's language; plain text (it goes into the
/// user's own mail or chat app), so names carry no isolation marks.
pub fn intro_message(
    mentor_name: &str,
    skill: &str,
    current: Level,
    required: Level,
    tr: &Translator,
) -> String {
    let first_name = mentor_name.split_whitespace().next().unwrap_or(mentor_name);
    tr.tf_plain(
        k::MENTOR_INTRO,
        &[
            ("name", first_name),
            ("skill", skill),
            ("current", &tr.integer(i64::from(current))),
            ("required", &tr.integer(i64::from(required))),
        ],
    )
}

/// The subject of a mail to a mentor.
pub fn intro_subject(skill: &str, tr: &Translator) -> String {
    tr.tf_plain(k::MENTOR_SUBJECT, &[("skill", skill)])
}

fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// A query parameter's name, percent-decoded and lower-cased, for comparing names.
fn parameter_name(pair: &str) -> String {
    let name = pair.split('=').next().unwrap_or(pair).as_bytes();
    let mut out = Vec::with_capacity(name.len());
    let mut i = 0;
    while i < name.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (
            name[i],
            name.get(i + 1).and_then(|&b| hex(b)),
            name.get(i + 2).and_then(|&b| hex(b)),
        ) {
            (b'%', Some(high), Some(low)) => {
                out.push((high * 16 + low) as u8);
                i += 3;
            }
            (byte, _, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).to_ascii_lowercase()
}

/// The contact link with the message filled in where the scheme supports it; `false` when the
/// user has to paste the message themselves.
///
/// The publisher's contact may carry its own query and fragment
/// (`mailto:hr@x.org?subject=Mentoring&cc=a@x.org`, `https://teams.microsoft.com/…?users=…#top`).
/// Their parameters stay, in their order and as written; empty ones (`?`, `&&`) are dropped.
/// A `subject` of theirs (the name in any case) wins over ours. Our `body` (mail) or `message`
/// (Teams) is the text the user edited, so it takes the place of theirs, once. Parameters we
/// add go after theirs, percent-encoded; the fragment goes back at the very end.
pub fn contact_link(contact: &str, subject: &str, message: &str) -> (String, bool) {
    let lower = contact.to_ascii_lowercase();
    let (text_name, subject) = if lower.starts_with("mailto:") {
        ("body", Some(subject))
    } else if lower.starts_with("msteams:")
        || lower.starts_with("https://teams.microsoft.com/l/chat")
    {
        ("message", None)
    } else {
        return (contact.to_owned(), false);
    };
    let (before_fragment, fragment) = match contact.split_once('#') {
        Some((before, fragment)) => (before, Some(fragment)),
        None => (contact, None),
    };
    let (base, query) = before_fragment
        .split_once('?')
        .unwrap_or((before_fragment, ""));
    let text = format!("{text_name}={}", encode(message));
    let mut parameters: Vec<String> = Vec::new();
    let (mut has_subject, mut has_text) = (false, false);
    for pair in query.split('&').filter(|pair| !pair.is_empty()) {
        let name = parameter_name(pair);
        if name == text_name {
            if !has_text {
                parameters.push(text.clone());
                has_text = true;
            }
            continue;
        }
        has_subject |= name == "subject";
        parameters.push(pair.to_owned());
    }
    if let Some(subject) = subject.filter(|_| !has_subject) {
        parameters.push(format!("subject={}", encode(subject)));
    }
    if !has_text {
        parameters.push(text);
    }
    let mut link = format!("{base}?{}", parameters.join("&"));
    if let Some(fragment) = fragment {
        link.push('#');
        link.push_str(fragment);
    }
    (link, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mailto_links_carry_subject_and_body() {
        let (link, filled) = contact_link(
            "mailto:ana@example.com",
            "Mentoring: Rust",
            "Hi Ana,\nthanks & bye",
        );
        assert!(filled);
        assert_eq!(link, "mailto:ana@example.com?subject=Mentoring%3A%20Rust&body=Hi%20Ana%2C%0Athanks%20%26%20bye");
    }

    #[test]
    fn teams_links_carry_the_message_and_other_chats_do_not() {
        let (link, filled) = contact_link("msteams:/l/chat/0/0?users=ana@example.com", "s", "Hi");
        assert!(filled);
        assert_eq!(link, "msteams:/l/chat/0/0?users=ana@example.com&message=Hi");
        assert_eq!(
            contact_link("slack://user?id=U1", "s", "Hi"),
            ("slack://user?id=U1".to_owned(), false)
        );
    }

    #[test]
    fn the_publishers_subject_wins_and_their_other_parameters_stay_in_order() {
        let (link, filled) = contact_link(
            "mailto:hr@x.org?subject=Mentoring&cc=a@x.org",
            "Ours",
            "Hi there",
        );
        assert!(filled);
        assert_eq!(
            link,
            "mailto:hr@x.org?subject=Mentoring&cc=a@x.org&body=Hi%20there"
        );
        // The name in any case, or percent-encoded, is still a subject.
        for theirs in [
            "SUBJECT=Mentoring",
            "Subject=",
            "%73ubject=Mentoring",
            "subject",
        ] {
            let (link, _) = contact_link(&format!("mailto:hr@x.org?{theirs}"), "Ours", "Hi");
            assert_eq!(link, format!("mailto:hr@x.org?{theirs}&body=Hi"));
        }
        // Not a subject: a name that only starts like one.
        let (link, _) = contact_link("mailto:hr@x.org?subjects=x", "Ours", "Hi");
        assert_eq!(link, "mailto:hr@x.org?subjects=x&subject=Ours&body=Hi");
    }

    #[test]
    fn the_users_text_replaces_the_publishers_body_or_message_once() {
        let (link, _) = contact_link(
            "mailto:a@x.org?body=Hello%20mentor&cc=b@x.org&BODY=again",
            "S",
            "Mine",
        );
        assert_eq!(link, "mailto:a@x.org?body=Mine&cc=b@x.org&subject=S");
        let (link, _) = contact_link(
            "msteams:/l/chat/0/0?message=Hello&users=a@x.org",
            "S",
            "Mine",
        );
        assert_eq!(link, "msteams:/l/chat/0/0?message=Mine&users=a@x.org");
        // A mail link's `message` parameter is not its body, nor a chat's `body` its message.
        let (link, _) = contact_link("mailto:a@x.org?message=x", "S", "Mine");
        assert_eq!(link, "mailto:a@x.org?message=x&subject=S&body=Mine");
    }

    #[test]
    fn the_fragment_goes_back_at_the_very_end() {
        let (link, filled) = contact_link(
            "https://teams.microsoft.com/l/chat/0/0?users=a@x.org#top",
            "S",
            "Hi you",
        );
        assert!(filled);
        assert_eq!(
            link,
            "https://teams.microsoft.com/l/chat/0/0?users=a@x.org&message=Hi%20you#top"
        );
        let (link, _) = contact_link("mailto:a@x.org#x?subject=not-a-query", "S", "B");
        assert_eq!(
            link,
            "mailto:a@x.org?subject=S&body=B#x?subject=not-a-query"
        );
        let (link, _) = contact_link("mailto:a@x.org?cc=b@x.org#", "S", "B");
        assert_eq!(link, "mailto:a@x.org?cc=b@x.org&subject=S&body=B#");
    }

    #[test]
    fn an_empty_query_or_empty_pairs_leave_no_stray_separators() {
        for contact in ["mailto:a@x.org?", "mailto:a@x.org?&", "mailto:a@x.org?&&"] {
            let (link, _) = contact_link(contact, "S", "B");
            assert_eq!(link, "mailto:a@x.org?subject=S&body=B", "{contact}");
        }
        let (link, _) = contact_link("mailto:a@x.org?cc=b@x.org&&bcc=c@x.org&", "S", "B");
        assert_eq!(
            link,
            "mailto:a@x.org?cc=b@x.org&bcc=c@x.org&subject=S&body=B"
        );
        let (link, _) = contact_link("msteams:/l/chat/0/0?#f", "S", "B");
        assert_eq!(link, "msteams:/l/chat/0/0?message=B#f");
        // Links we do not fill are left exactly as published.
        assert_eq!(
            contact_link("https://x.org/a?b=1&&#c", "S", "B"),
            ("https://x.org/a?b=1&&#c".to_owned(), false)
        );
    }

    #[test]
    fn the_intro_names_the_skill_and_the_ask() {
        let en = Translator::english();
        let text = intro_message("Fatou Diop", "Kubernetes", 1, 4, &en);
        assert!(text.starts_with("Hi Fatou,"));
        assert!(text.contains("my Kubernetes (I'd put myself at level 1 and I'm aiming for 4)"));
        assert!(text.contains("30 minutes"));
        assert!(text.ends_with("\n\nThank you!"));
        assert_eq!(intro_subject("SQL", &en), "Mentoring on SQL?");
    }
}
