//! Plural rules, numbers and dates from the browser's `Intl`, so that no locale data is
//! compiled into the module. Each formatter is built once per language and option, and kept.

use domain::i18n::{EnglishFormats, Formats, PluralCategory};
use js_sys::{Array, Function, Object, Reflect};
use std::cell::RefCell;
use stdx::fast_map::FastMap;
use wasm_bindgen::{JsCast, JsValue};

pub struct IntlFormats {
    tag: &'static str,
}

impl IntlFormats {
    pub fn new(tag: &'static str) -> Self {
        IntlFormats { tag }
    }

    /// `Intl[constructor](tag, options)`, built once per key and kept for the page's life.
    fn formatter(
        &self,
        constructor: &str,
        cache_key: String,
        options: &[(&str, JsValue)],
    ) -> Option<Object> {
        thread_local! {
            static BUILT: RefCell<FastMap<String, Object>> = RefCell::new(FastMap::default());
        }
        let key = format!("{}|{constructor}|{cache_key}", self.tag);
        if let Some(found) = BUILT.with(|b| b.borrow().get(&key).cloned()) {
            return Some(found);
        }
        let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
        let class: Function = Reflect::get(&intl, &constructor.into())
            .ok()?
            .dyn_into()
            .ok()?;
        let settings = Object::new();
        for (name, value) in options {
            Reflect::set(&settings, &(*name).into(), value).ok()?;
        }
        // The interface's English is British ("organisation", "30 Nov 2026"), as
        // `EnglishFormats` writes it; plain "en" would give American dates ("Nov 30, 2026").
        let locale = if self.tag == "en" { "en-GB" } else { self.tag };
        let locales = Array::of1(&locale.into());
        let built: Object = Reflect::construct(&class, &Array::of2(&locales, &settings))
            .ok()?
            .dyn_into()
            .ok()?;
        BUILT.with(|b| b.borrow_mut().insert(key, built.clone()));
        Some(built)
    }
}

/// `object[method](argument)` as a string.
fn call(object: &Object, method: &str, argument: &JsValue) -> Option<String> {
    let function: Function = Reflect::get(object, &method.into()).ok()?.dyn_into().ok()?;
    function.call1(object, argument).ok()?.as_string()
}

impl Formats for IntlFormats {
    fn plural(&self, count: f64) -> PluralCategory {
        self.formatter("PluralRules", String::new(), &[])
            .and_then(|rules| call(&rules, "select", &count.into()))
            .map_or_else(
                || EnglishFormats.plural(count),
                |name| PluralCategory::from_name(&name),
            )
    }

    fn number(&self, value: f64, max_decimals: u32) -> String {
        let options = [("maximumFractionDigits", JsValue::from(max_decimals.min(20)))];
        self.formatter("NumberFormat", max_decimals.to_string(), &options)
            .and_then(|format| call(&format, "format", &value.into()))
            .unwrap_or_else(|| EnglishFormats.number(value, max_decimals))
    }

    fn percent(&self, fraction: f64) -> String {
        let options = [
            ("style", JsValue::from("percent")),
            ("maximumFractionDigits", 0.into()),
        ];
        // Rounded as the English form rounds it, so a figure reads the same in every language.
        let whole = stdx::number::percent(fraction) as f64 / 100.0;
        self.formatter("NumberFormat", "percent".into(), &options)
            .and_then(|format| call(&format, "format", &whole.into()))
            .unwrap_or_else(|| EnglishFormats.percent(fraction))
    }

    fn date(&self, year: i64, month: u32, day: u32) -> String {
        // English keeps the widget's British "1 Sep 2026": `Intl` writes "Sep 1, 2026" for en
        // and "1 Sept 2026" for en-GB.
        if self.tag == "en" {
            return EnglishFormats.date(year, month, day);
        }
        let options = [
            ("dateStyle", JsValue::from("medium")),
            ("timeZone", "UTC".into()),
        ];
        let utc = js_sys::Date::utc(year as f64, f64::from(month) - 1.0);
        let date = js_sys::Date::new(&JsValue::from(utc));
        date.set_utc_date(day);
        self.formatter("DateTimeFormat", "medium".into(), &options)
            .and_then(|format| call(&format, "format", &date.into()))
            .unwrap_or_else(|| EnglishFormats.date(year, month, day))
    }

    fn language_name(&self, tag: &str) -> String {
        let options = [("type", JsValue::from("language"))];
        // `of` throws on a malformed tag (the call gives `None`) and answers an unknown
        // well-formed one with the tag itself.
        self.formatter("DisplayNames", "language".into(), &options)
            .and_then(|names| call(&names, "of", &tag.into()))
            .unwrap_or_else(|| tag.to_owned())
    }
}
