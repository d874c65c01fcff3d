//! Texts of framework items: cut to the feed's lengths at a word, and HTML (as Moodle stores
//! descriptions) turned into plain text.

/// The feed's limits (docs/feed.md, "Safety"), as the feed check has them: texts above them
/// would be cut by the widget with a warning and break the JSON Schema, so imports cut them
/// first.
pub use domain::feed::validate::{
    MAX_ANCHOR_LEN as ANCHOR_MAX, MAX_DESCRIPTION_LEN as DESCRIPTION_MAX, MAX_ID_LEN as ID_MAX,
    MAX_NAME_LEN as NAME_MAX,
};

/// Whitespace runs (spaces, tabs, line breaks) as one space, trimmed.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` when it has at most `max` characters, else cut at the last space before `max - 1`
/// characters (or at `max - 1` when there is none) with "…" added.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let keep: String = text.chars().take(max.saturating_sub(1)).collect();
    let cut = match keep.rfind(char::is_whitespace) {
        Some(at) if at > keep.len() / 2 => keep[..at].trim_end(),
        _ => keep.trim_end(),
    };
    format!("{cut}…")
}

/// Plain text from HTML: tags removed (paragraphs, line breaks and list items become line
/// breaks), `<script>` and `<style>` dropped with their content, entities decoded, spaces
/// collapsed within lines and empty lines removed.
pub fn strip_html(html: &str) -> String {
    // Line breaks in the source are spaces in HTML; only tags break lines.
    let text = |raw: &str| decode_entities(raw).replace(['\n', '\r', '\t'], " ");
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&text(&rest[..open]));
        let after = &rest[open + 1..];
        let starts_tag = after
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!');
        let close = after.find('>').filter(|_| starts_tag);
        let Some(close) = close else {
            // A "<" that opens no tag (as in "a < b") is text.
            out.push('<');
            rest = after;
            continue;
        };
        let tag = &after[..close];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .flat_map(|c| c.to_lowercase())
            .collect();
        rest = &after[close + 1..];
        if (name == "script" || name == "style") && !closing {
            let end = format!("</{name}");
            rest = match rest.to_ascii_lowercase().find(&end) {
                Some(at) => rest[at..].find('>').map_or("", |gt| &rest[at + gt + 1..]),
                None => "",
            };
            continue;
        }
        match name.as_str() {
            "br" | "p" | "div" | "tr" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "ul" | "ol"
            | "table" | "blockquote" => out.push('\n'),
            "li" if !closing => out.push_str("\n• "),
            "td" | "th" => out.push(' '),
            _ => {}
        }
    }
    out.push_str(&text(rest));
    out.lines()
        .map(one_line)
        .filter(|line| !line.is_empty() && line != "•")
        .collect::<Vec<_>>()
        .join("\n")
}

/// Whether `text` holds HTML: a known tag (`<p>`, `</b>`, `<br/>`) or a character entity
/// (`&amp;`, `&#8211;`). A bare `<` as in "a < b" or "x<y and z>w" is not.
pub fn looks_like_html(text: &str) -> bool {
    const TAGS: [&str; 33] = [
        "p",
        "br",
        "b",
        "i",
        "u",
        "em",
        "strong",
        "span",
        "div",
        "ul",
        "ol",
        "li",
        "a",
        "sub",
        "sup",
        "table",
        "tr",
        "td",
        "th",
        "tbody",
        "thead",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "code",
        "pre",
        "img",
        "font",
        "small",
    ];
    let tag = text.match_indices('<').any(|(at, _)| {
        let after = text[at + 1..].trim_start_matches('/');
        let name: String = after
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .flat_map(|c| c.to_lowercase())
            .collect();
        let rest = &after[name.len()..];
        let closes = match rest.chars().next() {
            Some('>' | '/') => true,
            Some(' ') => rest.contains('>'),
            _ => false,
        };
        TAGS.contains(&name.as_str()) && closes
    });
    tag || text.match_indices('&').any(|(at, _)| {
        let after = &text[at + 1..];
        after
            .find(';')
            .filter(|&semi| semi <= 10)
            .is_some_and(|semi| entity(&after[..semi]).is_some())
    })
}

/// `raw` as plain text: [`strip_html`] when it [`looks_like_html`] (line breaks from
/// paragraphs kept), else trimmed as written.
pub fn plain_text(raw: &str) -> String {
    if looks_like_html(raw) {
        strip_html(raw)
    } else {
        raw.trim().to_owned()
    }
}

fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let decoded = after
            .find(';')
            .filter(|&semi| semi <= 10)
            .and_then(|semi| entity(&after[..semi]).map(|c| (c, semi)));
        match decoded {
            Some((c, semi)) => {
                out.push(c);
                rest = &after[semi + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        return char::from_u32(code);
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "hellip" => '…',
        "bull" => '•',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_texts_are_kept_and_long_ones_cut_at_a_word() {
        assert_eq!(shorten("Analytical thinking", 200), "Analytical thinking");
        assert_eq!(shorten("one two three four", 12), "one two…");
        assert_eq!(shorten("abcdefghijkl", 5), "abcd…");
        assert_eq!(shorten("ééééé", 4).chars().count(), 4);
    }

    #[test]
    fn moodle_html_becomes_lines_of_text() {
        let html = "<p>The delivery-related competencies <br>• The interpersonal\ncompetencies</p><p>Tom &amp; Jerry&nbsp;&#8211; &#x2014; &unknown; a < b</p>";
        assert_eq!(
            strip_html(html),
            "The delivery-related competencies\n• The interpersonal competencies\nTom & Jerry – — &unknown; a < b"
        );
    }

    #[test]
    fn lists_scripts_and_styles() {
        let html =
            "<ul><li>One</li><li>Two</li></ul><script>alert('x')</script><STYLE>p{}</STYLE>End";
        assert_eq!(strip_html(html), "• One\n• Two\nEnd");
    }

    #[test]
    fn attributes_with_angle_brackets_in_quotes_do_not_leak_much() {
        assert_eq!(strip_html("<a href=\"x\">link</a> text"), "link text");
        assert_eq!(strip_html("no tags at all"), "no tags at all");
    }

    #[test]
    fn html_is_told_from_text_with_angle_brackets() {
        assert!(looks_like_html("<p>Use <b>ratio</b> &amp; rate</p>"));
        assert!(looks_like_html("Line<br/>break"));
        assert!(looks_like_html("Tom &amp; Jerry"));
        assert!(!looks_like_html("a < b and c > d"));
        assert!(!looks_like_html("x<y and z>w"));
        assert!(!looks_like_html("n <b then"));
        assert!(!looks_like_html("R&D; Q&A"));
        assert_eq!(
            plain_text("<p>Use <b>ratio</b> &amp; rate</p>"),
            "Use ratio & rate"
        );
        assert_eq!(plain_text("  x<y and z>w "), "x<y and z>w");
    }
}
