//! The interface language as a small `Copy` context: every component asks it for its texts.
//!
//! Reads are untracked: when the language changes, the app draws its sections again (see
//! `App`), so a text needs no subscription of its own and memos never hold a stale language.
//! The translators live in a thread-local table rather than in signals: one small `Trigger`
//! says when one changes, and the module carries no reactive code per translator type.

use browser::catalogue_fetch::fetch_catalogue;
use browser::intl::IntlFormats;
use domain::i18n::k;
use domain::i18n::languages::english_language;
use domain::i18n::{
    find_interface_language, interface_language, Catalogue, Direction, InterfaceLanguage, Key,
    Translator,
};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::cell::RefCell;
use std::rc::Rc;

/// One widget's language state (a page may hold several widgets, in several languages).
struct Instance {
    translator: Rc<Translator>,
    /// Catalogues fetched so far, so that switching back is immediate.
    loaded: Vec<(&'static str, Catalogue)>,
    /// True when nothing the page said matched a language: the feed's language decides.
    waits_for_feed: bool,
    asset_base: String,
    /// The loader's request for a catalogue (tag, text), taken by the first switch to it.
    prefetched: Option<(String, js_sys::Promise)>,
}

thread_local! {
    static INSTANCES: RefCell<Vec<Instance>> = const { RefCell::new(Vec::new()) };
}

#[derive(Clone, Copy)]
pub struct I18n {
    id: usize,
    changed: Trigger,
    /// False while the catalogue the page asked for is on its way (the skeleton stays).
    pub ready: RwSignal<bool>,
    /// Why a catalogue could not be used, for the diagnostics panel.
    pub problem: RwSignal<Option<String>>,
}

impl I18n {
    /// Decides the language from `candidates` (most wanted first) and starts its catalogue.
    pub fn start<'c>(
        candidates: impl IntoIterator<Item = &'c str>,
        asset_base: String,
        prefetched: Option<(String, js_sys::Promise)>,
    ) -> Self {
        let found = find_interface_language(candidates);
        let id = INSTANCES.with(|all| {
            let mut all = all.borrow_mut();
            all.push(Instance {
                translator: Rc::new(translator(english_language(), None)),
                loaded: Vec::new(),
                waits_for_feed: found.is_none(),
                asset_base,
                prefetched,
            });
            all.len() - 1
        });
        let i18n = I18n {
            id,
            changed: Trigger::new(),
            ready: RwSignal::new(found.is_some_and(|l| l.tag == english_language().tag)),
            problem: RwSignal::new(None),
        };
        if let Some(language) = found {
            i18n.switch_to(language, |_| ());
        }
        i18n
    }

    fn instance<R>(&self, f: impl FnOnce(&mut Instance) -> R) -> R {
        INSTANCES.with(|all| f(&mut all.borrow_mut()[self.id]))
    }

    fn show(&self, language: &'static InterfaceLanguage, catalogue: Option<Catalogue>) {
        self.instance(|i| i.translator = Rc::new(translator(language, catalogue)));
        self.changed.notify();
        self.ready.set(true);
    }

    /// The feed is in: when the page named no language the widget has, the feed's own decides.
    pub fn feed_arrived(&self, feed_language: &str) {
        if self.instance(|i| std::mem::take(&mut i.waits_for_feed)) {
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
        let known = this.instance(|i| {
            i.loaded
                .iter()
                .find(|(tag, _)| *tag == language.tag)
                .map(|(_, c)| c.clone())
        });
        if language.tag == english_language().tag || known.is_some() {
            this.show(language, known);
            done(true);
            return;
        }
        let (base, prefetched) = this.instance(|i| {
            let early = match &i.prefetched {
                Some((tag, _)) if tag == language.tag => i.prefetched.take().map(|(_, text)| text),
                _ => None,
            };
            (i.asset_base.clone(), early)
        });
        spawn_local(async move {
            match fetch_catalogue(&base, language.tag, prefetched).await {
                Ok(catalogue) => {
                    this.instance(|i| i.loaded.push((language.tag, catalogue.clone())));
                    this.problem.set(None);
                    this.show(language, Some(catalogue));
                    done(true);
                }
                Err(why) => {
                    this.problem.set(Some(this.tf(
                        k::DIAGNOSTICS_LANGUAGE_PROBLEM,
                        &[
                            ("tag", language.tag),
                            ("language", this.language().name),
                            ("why", &why),
                        ],
                    )));
                    this.ready.set(true);
                    done(false);
                }
            }
        });
    }

    /// Subscribes the caller to language changes (for the few views outside the sections).
    pub fn track(&self) {
        self.changed.track();
    }

    pub fn translator(&self) -> Rc<Translator> {
        self.instance(|i| i.translator.clone())
    }

    pub fn with<R>(&self, f: impl FnOnce(&Translator) -> R) -> R {
        f(&self.translator())
    }

    pub fn language(&self) -> &'static InterfaceLanguage {
        self.with(|t| t.language())
    }

    pub fn direction(&self) -> Direction {
        self.with(|t| t.direction())
    }

    pub fn t(&self, key: Key) -> String {
        self.with(|t| t.t(key).to_owned())
    }

    pub fn tf(&self, key: Key, args: &[(&str, &str)]) -> String {
        self.with(|t| t.tf(key, args))
    }

    pub fn plural(&self, key: Key, count: usize, args: &[(&str, &str)]) -> String {
        self.with(|t| t.plural(key, count, args))
    }

    pub fn integer(&self, value: i64) -> String {
        self.with(|t| t.integer(value))
    }

    pub fn percent(&self, fraction: f64) -> String {
        self.with(|t| t.percent(fraction))
    }

    pub fn date(&self, iso: &str) -> String {
        self.with(|t| t.date(iso))
    }

    pub fn language_name(&self, tag: &str) -> String {
        self.with(|t| t.language_name(tag))
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
