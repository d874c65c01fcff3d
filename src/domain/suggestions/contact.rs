//! The intro message a user may send a mentor, and the link that opens their own mail or chat
//! app with it. The widget itself sends nothing.

use crate::domain::scale::Level;

pub fn intro_message(mentor_name: &str, skill: &str, current: Level, required: Level) -> String {
    let first_name = mentor_name.split_whitespace().next().unwrap_or(mentor_name);
    format!(
        "Hi {first_name},\n\nI'm working on my {skill} (I'd put myself at level {current} and I'm aiming for {required}) and saw that you offer to mentor on it. Would you have 30 minutes in the next few weeks to share how you built it and what you would focus on?\n\nThank you!"
    )
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

/// The contact link with the message filled in where the scheme supports it; `false` when the
/// user has to paste the message themselves.
pub fn contact_link(contact: &str, subject: &str, message: &str) -> (String, bool) {
    let lower = contact.to_ascii_lowercase();
    let joiner = if contact.contains('?') { '&' } else { '?' };
    if lower.starts_with("mailto:") {
        (
            format!(
                "{contact}{joiner}subject={}&body={}",
                encode(subject),
                encode(message)
            ),
            true,
        )
    } else if lower.starts_with("msteams:")
        || lower.starts_with("https://teams.microsoft.com/l/chat")
    {
        (
            format!("{contact}{joiner}message={}", encode(message)),
            true,
        )
    } else {
        (contact.to_owned(), false)
    }
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
    fn the_intro_names_the_skill_and_the_ask() {
        let text = intro_message("Fatou Diop", "Kubernetes", 1, 4);
        assert!(text.starts_with("Hi Fatou,"));
        assert!(text.contains("my Kubernetes (I'd put myself at level 1 and I'm aiming for 4)"));
        assert!(text.contains("30 minutes"));
    }
}
