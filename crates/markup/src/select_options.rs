//! The `<option>`s of a select or datalist as markup: a list built as nodes would be its own
//! view type in the module, while these lists never hold a control of their own.

use super::Markup;
use domain::i18n::k;
use domain::i18n::Translator;
use domain::scale::Scale;

/// `(value, label)` pairs as options; with `empty`, a first option of value "" labelled so.
pub fn options<'a>(
    empty: Option<&str>,
    items: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> String {
    let mut m = Markup::new();
    if let Some(empty) = empty {
        m.element("option", &[("value", "")], empty);
    }
    for (value, label) in items {
        m.element("option", &[("value", value)], label);
    }
    m.finish()
}

/// The scale's levels ("3 Practitioner"), after a "Not set" option, in the interface language.
pub fn level_options(scale: &Scale, tr: &Translator) -> String {
    let labelled: Vec<(String, String)> = scale
        .levels
        .iter()
        .map(|l| (l.level.to_string(), scale.name_in(l.level, tr)))
        .collect();
    options(
        Some(tr.t(k::SCALE_NOT_SET)),
        labelled.iter().map(|(v, l)| (v.as_str(), l.as_str())),
    )
}

/// Values only, for a `<datalist>`: the browser shows the value itself.
pub fn datalist_options<'a>(values: impl IntoIterator<Item = &'a str>) -> String {
    let mut m = Markup::new();
    for value in values {
        m.open("option", &[("value", value)]).close("option");
    }
    m.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_escape_values_and_labels() {
        assert_eq!(
            options(Some("None"), [("a\"b", "<A>")]),
            "<option value=\"\">None</option><option value=\"a&quot;b\">&lt;A&gt;</option>"
        );
        assert!(level_options(&Scale::default(), &Translator::english())
            .starts_with("<option value=\"\">Not set</option><option value=\"0\">0 "));
        assert_eq!(
            datalist_options(["x<y"]),
            "<option value=\"x&lt;y\"></option>"
        );
    }
}
