//! Which feed addresses a link in the address bar may load.
//!
//! A feed decides what a framework says, which resources it links to and which "mentors" it
//! names, so a link that could point the widget at any feed could make it speak for the
//! organisation. The address bar (`?feed=` on the standalone page) may therefore name only
//! feeds on the page's own origin, or on origins the page itself lists (`feed-origins`), and
//! only over http(s): never `data:`, `blob:` or anything else. Feeds the host page configures
//! in its own markup are the host's choice and are not judged here.

use crate::i18n::k;
use crate::i18n::Translator;

/// Why a feed address from the address bar was refused; shown to the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeedRefusal {
    /// Not an http(s) address (`data:`, `blob:`, `javascript:`, `file:`…).
    Scheme(String),
    /// On an origin the page does not list.
    Origin(String),
}

impl FeedRefusal {
    pub fn message(&self, tr: &Translator) -> String {
        match self {
            FeedRefusal::Scheme(scheme) => tr.tf(k::FEED_REFUSED_SCHEME, &[("scheme", scheme)]),
            FeedRefusal::Origin(origin) => tr.tf(k::FEED_REFUSED_ORIGIN, &[("origin", origin)]),
        }
    }
}

/// Normalises an origin as written by an admin: lower case, no trailing slash.
fn normal_origin(origin: &str) -> String {
    origin.trim().trim_end_matches('/').to_ascii_lowercase()
}

/// Judges a feed address from the address bar, already resolved against the page by the
/// browser: its `protocol` ("https:") and `origin` ("https://hr.example.com").
pub fn judge_linked_feed(
    protocol: &str,
    origin: &str,
    page_origin: &str,
    listed_origins: &[String],
) -> Result<(), FeedRefusal> {
    let protocol = protocol.to_ascii_lowercase();
    if protocol != "https:" && protocol != "http:" {
        return Err(FeedRefusal::Scheme(
            protocol.trim_end_matches(':').to_owned(),
        ));
    }
    let origin = normal_origin(origin);
    if origin == normal_origin(page_origin)
        || listed_origins
            .iter()
            .any(|listed| normal_origin(listed) == origin)
    {
        Ok(())
    } else {
        Err(FeedRefusal::Origin(origin))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "https://intranet.example.com";

    #[test]
    fn same_origin_feeds_load() {
        assert_eq!(
            judge_linked_feed("https:", "https://intranet.example.com", PAGE, &[]),
            Ok(())
        );
    }

    #[test]
    fn other_origins_load_only_when_the_page_lists_them() {
        let listed = vec!["https://HR.example.com/".to_owned()];
        assert_eq!(
            judge_linked_feed("https:", "https://hr.example.com", PAGE, &listed),
            Ok(())
        );
        assert_eq!(
            judge_linked_feed("https:", "https://evil.example.net", PAGE, &listed),
            Err(FeedRefusal::Origin("https://evil.example.net".into()))
        );
        // Same host, other scheme or port: another origin.
        assert!(judge_linked_feed("http:", "http://intranet.example.com", PAGE, &[]).is_err());
        assert!(
            judge_linked_feed("https:", "https://intranet.example.com:8443", PAGE, &[]).is_err()
        );
    }

    #[test]
    fn data_blob_and_script_addresses_never_load() {
        for (protocol, origin) in [
            ("data:", "null"),
            ("blob:", PAGE),
            ("javascript:", "null"),
            ("file:", "null"),
        ] {
            let listed = vec![origin.to_owned(), PAGE.to_owned()];
            assert!(matches!(
                judge_linked_feed(protocol, origin, PAGE, &listed),
                Err(FeedRefusal::Scheme(_))
            ));
        }
    }
}
