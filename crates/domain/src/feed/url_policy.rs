//! Which links a feed may carry. Everything not on the allow-list is refused, so obfuscated
//! schemes (`java\tscript:`, `JaVaScRiPt:`, `data:`) fail closed.

/// Schemes of chat and call apps a mentor may give as a contact link.
pub const CHAT_SCHEMES: &[&str] = &["msteams", "slack", "sip", "tel", "xmpp", "zoommtg", "skype"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkUse {
    /// A learning resource: a web page.
    Resource,
    /// A mentor's contact: web, e-mail or a chat deep link.
    Contact,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UrlProblem {
    Empty,
    HasWhitespaceOrControl,
    NotAbsolute,
    DisallowedScheme(String),
    TooLong(usize),
}

impl UrlProblem {
    pub fn message(&self, usage: LinkUse) -> String {
        let allowed = match usage {
            LinkUse::Resource => "https:, http: or mailto:".to_owned(),
            LinkUse::Contact => format!("https:, http:, mailto: or {}:", CHAT_SCHEMES.join(":, ")),
        };
        match self {
            UrlProblem::Empty => "the link is empty".into(),
            UrlProblem::HasWhitespaceOrControl => {
                "the link contains spaces or control characters; percent-encode them".into()
            }
            UrlProblem::NotAbsolute => {
                format!("the link must be absolute and start with {allowed}")
            }
            UrlProblem::DisallowedScheme(scheme) => {
                format!("the scheme \"{scheme}:\" is not allowed; use {allowed}")
            }
            UrlProblem::TooLong(len) => {
                format!("the link is {len} characters long; the limit is {MAX_URL_LEN}")
            }
        }
    }
}

pub const MAX_URL_LEN: usize = 2048;

/// Returns the trimmed link when it is safe for its use.
pub fn check_url(raw: &str, usage: LinkUse) -> Result<String, UrlProblem> {
    let url = raw.trim();
    if url.is_empty() {
        return Err(UrlProblem::Empty);
    }
    if url.chars().count() > MAX_URL_LEN {
        return Err(UrlProblem::TooLong(url.chars().count()));
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(UrlProblem::HasWhitespaceOrControl);
    }
    let scheme = scheme_of(url).ok_or(UrlProblem::NotAbsolute)?;
    let allowed = match scheme.as_str() {
        "https" | "http" => url[scheme.len() + 1..].starts_with("//"),
        "mailto" => true,
        other => usage == LinkUse::Contact && CHAT_SCHEMES.contains(&other),
    };
    if !allowed {
        if matches!(scheme.as_str(), "https" | "http") {
            return Err(UrlProblem::NotAbsolute);
        }
        return Err(UrlProblem::DisallowedScheme(scheme));
    }
    Ok(url.to_owned())
}

fn scheme_of(url: &str) -> Option<String> {
    let colon = url.find(':')?;
    let scheme = &url[..colon];
    let mut chars = scheme.chars();
    let first = chars.next()?;
    let valid = first.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then(|| scheme.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_web_mail_and_chat_links() {
        assert!(check_url("https://learn.example.com/k8s", LinkUse::Resource).is_ok());
        assert!(check_url("  http://example.com  ", LinkUse::Resource).is_ok());
        assert!(check_url("mailto:ana@example.com?subject=Hi", LinkUse::Contact).is_ok());
        assert!(check_url(
            "msteams:/l/chat/0/0?users=ana@example.com",
            LinkUse::Contact
        )
        .is_ok());
        assert!(check_url("slack://user?team=T1&id=U2", LinkUse::Contact).is_ok());
        assert!(check_url("HTTPS://EXAMPLE.COM", LinkUse::Resource).is_ok());
    }

    #[test]
    fn rejects_script_data_and_obfuscated_schemes() {
        for hostile in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "file:///etc/passwd",
        ] {
            assert!(
                matches!(
                    check_url(hostile, LinkUse::Contact),
                    Err(UrlProblem::DisallowedScheme(_))
                ),
                "{hostile}"
            );
        }
        assert_eq!(
            check_url("java\tscript:alert(1)", LinkUse::Contact),
            Err(UrlProblem::HasWhitespaceOrControl)
        );
        assert_eq!(
            check_url("\u{0}javascript:alert(1)", LinkUse::Contact),
            Err(UrlProblem::HasWhitespaceOrControl)
        );
    }

    #[test]
    fn chat_links_are_for_contacts_only() {
        assert_eq!(
            check_url("slack://user?id=U2", LinkUse::Resource),
            Err(UrlProblem::DisallowedScheme("slack".into()))
        );
    }

    #[test]
    fn rejects_relative_empty_and_overlong_links() {
        assert_eq!(
            check_url("/courses/k8s", LinkUse::Resource),
            Err(UrlProblem::NotAbsolute)
        );
        assert_eq!(
            check_url("https:example.com", LinkUse::Resource),
            Err(UrlProblem::NotAbsolute)
        );
        assert_eq!(check_url("   ", LinkUse::Resource), Err(UrlProblem::Empty));
        let long = format!("https://example.com/{}", "a".repeat(MAX_URL_LEN));
        assert!(matches!(
            check_url(&long, LinkUse::Resource),
            Err(UrlProblem::TooLong(_))
        ));
    }
}
