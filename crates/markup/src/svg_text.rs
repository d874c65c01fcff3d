//! Where an SVG text sits, whatever the language's direction. The charts keep their geometry
//! in every language; but SVG text follows the widget's `dir`, and in a right-to-left language
//! `text-anchor="start"` puts a text's right end at its `x`. These give the anchor that puts
//! the text where the chart means it.

use domain::i18n::{Direction, Translator};

/// Which end of a text is at its `x`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The text runs rightwards from `x`.
    Left,
    /// The text ends at `x`.
    Right,
    Middle,
}

pub fn is_rtl(tr: &Translator) -> bool {
    tr.direction() == Direction::RightToLeft
}

/// The `text-anchor` value that puts `side` of the text at its `x`.
pub fn anchor(side: Side, rtl: bool) -> &'static str {
    match (side, rtl) {
        (Side::Middle, _) => "middle",
        (Side::Left, false) | (Side::Right, true) => "start",
        (Side::Left, true) | (Side::Right, false) => "end",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn right_to_left_texts_swap_start_and_end() {
        assert_eq!(anchor(Side::Left, false), "start");
        assert_eq!(anchor(Side::Left, true), "end");
        assert_eq!(anchor(Side::Right, true), "start");
        assert_eq!(anchor(Side::Middle, true), "middle");
        assert!(!is_rtl(&Translator::english()));
    }
}
