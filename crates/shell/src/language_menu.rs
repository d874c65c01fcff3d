//! The language menu in the widget's header: overrides what the page asked for, and is
//! remembered in this browser (`StorageKeys::language`) under the widget's storage key.

use crate::i18n::use_i18n;
use domain::i18n::k;
use domain::i18n::languages::by_tag;
use domain::i18n::INTERFACE_LANGUAGES;
use domain::profile::keys::StorageKeys;
use leptos::prelude::*;

#[component]
pub fn LanguageMenu(keys: StorageKeys) -> impl IntoView {
    let i18n = use_i18n();
    let remembered_as = StoredValue::new(keys.language());
    let failed = RwSignal::new(None::<&'static str>);
    let current = move || {
        i18n.track();
        i18n.language().tag
    };
    let choose = move |tag: String| {
        let Some(language) = by_tag(&tag) else { return };
        failed.set(None);
        i18n.switch_to(language, move |ok| {
            if ok {
                remembered_as
                    .with_value(|key| browser::profile_store::write_setting(key, language.tag));
            } else {
                failed.set(Some(language.name));
            }
        });
    };
    let options = INTERFACE_LANGUAGES
        .iter()
        .map(|language| {
            view! {
                <option
                    value=language.tag
                    lang=language.tag
                    selected=i18n.language().tag == language.tag
                >
                    {language.name}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="sg-language">
            <label class="sg-language-label" for="sg-language-menu">
                {move || {
                    i18n.track();
                    i18n.t(k::LANGUAGE_MENU)
                }}
            </label>
            <select
                class="sg-select"
                id="sg-language-menu"
                data-testid="language-menu"
                prop:value=current
                on:change=move |event| choose(event_target_value(&event))
            >
                {options}
            </select>
            {move || {
                failed
                    .get()
                    .map(|name| {
                        view! {
                            <p
                                class="sg-language-problem"
                                role="alert"
                                data-testid="language-problem"
                            >
                                {i18n.tf(k::LANGUAGE_FAILED, &[("language", name)])}
                            </p>
                        }
                    })
            }}
        </div>
    }
}
