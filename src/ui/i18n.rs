//! The interface language as a small `Copy` context: every component asks it for its texts.
//!
//! Reads are untracked: when the language changes, the app draws its sections again (see
//! `App`), so a text needs no subscription of its own and memos never hold a stale language.

use crate::browser::catalogue_fetch::fetch_catalogue;
use crate::browser::intl::IntlFormats;
use crate::domain::fast_map::FastMap;
use crate::domain::i18n::languages::english_language;
use crate::domain::i18n::{
    find_interface_language, interface_language, Catalogue, Direction, InterfaceLanguage,
    Translator,
};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

#[derive(Clone, Copy)]
pub struct I18n {
    translator: RwSignal<Arc<Translator>>,
    /// False while the catalogue the page asked for is on its way (the skeleton stays).
    pub ready: RwSignal<bool>,
    /// Why a catalogue could not be used, for the diagnostics panel.
    pub problem: RwSignal<Option<String>>,
    /// True when nothing the page said matched a language: the feed's language decides.
    waits_for_feed: StoredValue<bool>,
    asset_base: StoredValue<String>,
    loaded: StoredValue<FastMap<&'static str, Catalogue>>,
}

#[allow(dead_code)] // TEMP until the sections use every method
impl I18n {
    /// Decides the language from `candidates` (most wanted first) and starts its catalogue.
    pub fn start<'c>(candidates: impl IntoIterator<Item = &'c str>, asset_base: String) -> Self {
        let found = find_interface_language(candidates);
        let i18n = I18n {
            translator: RwSignal::new(Arc::new(translator(english_language(), None))),
            ready: RwSignal::new(found.is_some_and(|l| l.tag == english_language().tag)),
            problem: RwSignal::new(None),
            waits_for_feed: StoredValue::new(found.is_none()),
            asset_base: StoredValue::new(asset_base),
            loaded: StoredValue::new(FastMap::default()),
        };
        if let Some(language) = found {
            i18n.switch_to(language, |_| ());
        }
        i18n
    }

    /// The feed is in: when the page named no language the widget has, the feed's own decides.
    pub fn feed_arrived(&self, feed_language: &str) {
        if self.waits_for_feed.get_value() {
            self.waits_for_feed.set_value(false);
            self.switch_to(interface_language([feed_language]), |_| ());
        }
    }

    /// Shows `language` once its catalogue is in; `done` hears whether it could be used (if
    /// not, the interface stays as it was, or English at the start, and the problem is kept).
    pub fn switch_to(
        &self,
        language: &'static InterfaceLanguage,
        done: impl FnOnce(bool) + 'static,
    ) {
        let this = *self;
        if language.tag == english_language().tag {
            this.translator.set(Arc::new(translator(language, None)));
            this.ready.set(true);
            done(true);
            return;
        }
        if let Some(catalogue) = this.loaded.with_value(|l| l.get(language.tag).cloned()) {
            this.translator
                .set(Arc::new(translator(language, Some(catalogue))));
            this.ready.set(true);
            done(true);
            return;
        }
        let base = this.asset_base.get_value();
        spawn_local(async move {
            match fetch_catalogue(&base, language.tag).await {
                Ok(catalogue) => {
                    this.loaded.update_value(|l| {
                        l.insert(language.tag, catalogue.clone());
                    });
                    this.translator
                        .set(Arc::new(translator(language, Some(catalogue))));
                    this.problem.set(None);
                    this.ready.set(true);
                    done(true);
                }
                Err(why) => {
                    this.problem.set(Some(this.translator.with_untracked(|t| {
                        t.tf(
                            "diagnostics.language-problem",
                            &[
                                ("tag", language.tag),
                                ("language", t.language().name),
                                ("why", &why),
                            ],
                        )
                    })));
                    this.ready.set(true);
                    done(false);
                }
            }
        });
    }

    /// Subscribes the caller to language changes (for the few views outside the sections).
    pub fn track(&self) {
        self.translator.track();
    }

    pub fn with<R>(&self, f: impl FnOnce(&Translator) -> R) -> R {
        self.translator.with_untracked(|t| f(t))
    }

    pub fn translator(&self) -> Arc<Translator> {
        self.translator.get_untracked()
    }

    pub fn language(&self) -> &'static InterfaceLanguage {
        self.with(|t| t.language())
    }

    pub fn direction(&self) -> Direction {
        self.with(|t| t.direction())
    }

    pub fn t(&self, key: &str) -> String {
        self.with(|t| t.t(key).to_owned())
    }

    pub fn tf(&self, key: &str, args: &[(&str, &str)]) -> String {
        self.with(|t| t.tf(key, args))
    }

    pub fn plural(&self, key: &str, count: usize, args: &[(&str, &str)]) -> String {
        self.with(|t| t.plural(key, count, args))
    }

    pub fn integer(&self, value: i64) -> String {
        self.with(|t| t.integer(value))
    }

    pub fn number(&self, value: f64, max_decimals: u32) -> String {
        self.with(|t| t.number(value, max_decimals))
    }

    pub fn percent(&self, fraction: f64) -> String {
        self.with(|t| t.percent(fraction))
    }

    pub fn date(&self, iso: &str) -> String {
        self.with(|t| t.date(iso))
    }
}

fn translator(language: &'static InterfaceLanguage, catalogue: Option<Catalogue>) -> Translator {
    Translator::new(
        language,
        catalogue,
        Box::new(IntlFormats::new(language.tag)),
    )
}

pub fn provide_i18n(i18n: I18n) {
    provide_context(i18n);
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}
