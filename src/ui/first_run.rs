//! A short introduction for someone using Skillgap for the first time in this browser.

use super::navigation::{use_navigation, Section};
use super::profile_sync::use_profile;
use browser::profile_store::{ProfileStore, StorageNotice};
use domain::first_run::has_own_data;
use domain::i18n::k;
use domain::profile::Profile;
use leptos::prelude::*;
use shell::i18n::use_i18n;
use shell::notifier::{use_notifier, Notifier};

/// Whether to introduce Skillgap: not to someone who closed the introduction in this browser
/// before, nor to someone with data stored (readable or not), who used it before it had one.
/// Where storage is blocked, nothing is remembered and it shows each time.
pub fn wanted(store: &ProfileStore, profile: &Profile, notice: Option<&StorageNotice>) -> bool {
    let stored_elsewise = matches!(
        notice,
        Some(
            StorageNotice::Corrupt { .. } | StorageNotice::Newer { .. } | StorageNotice::ReadFailed
        )
    );
    !stored_elsewise
        && !has_own_data(profile)
        && store.read_key(&store.keys().intro_seen()).is_none()
}

/// The first of the section's controls: the first step of rating.
const FIRST_CONTROL: &str =
    ".sg-main select, .sg-main input, .sg-main button, .sg-main textarea, .sg-main a[href]";

#[component]
pub fn FirstRun(shown: RwSignal<bool>) -> impl IntoView {
    let profile = use_profile();
    let nav = use_navigation();
    let notifier = use_notifier();
    let i18n = use_i18n();
    let dismiss = move |then_focus: &'static str| {
        shown.set(false);
        let store = profile.store();
        // Where storage is blocked the introduction shows again next time, which is fine.
        let _ = store.write_key(&store.keys().intro_seen(), "1");
        request_animation_frame(move || focus_in_place(notifier, then_focus));
    };
    let start = move |_| {
        nav.section.set(Section::Assess);
        dismiss(FIRST_CONTROL);
    };
    let close = move |_| dismiss(".sg-nav-current");
    // A closure rather than `<Show>`: the same, for fewer bytes.
    move || {
        shown.get().then(|| {
            view! {
                <section
                    class="sg-intro"
                    aria-labelledby="sg-intro-heading"
                    data-testid="first-run"
                >
                    <h2 id="sg-intro-heading" class="sg-h2">
                        {i18n.t(k::INTRO_HEADING)}
                    </h2>
                    <p>{i18n.t(k::INTRO_TEXT)}</p>
                    <ol class="sg-intro-steps">
                        <li>{i18n.t(k::INTRO_STEP_ROLE)}</li>
                        <li>{i18n.t(k::INTRO_STEP_RATE)}</li>
                        <li>{i18n.t(k::INTRO_STEP_PLAN)}</li>
                    </ol>
                    <p class="sg-intro-privacy" data-testid="first-run-privacy">
                        {i18n.t(k::INTRO_PRIVACY)}
                    </p>
                    <div class="sg-actions">
                        <button
                            type="button"
                            class="sg-button"
                            data-testid="first-run-start"
                            on:click=start
                        >
                            {i18n.t(k::INTRO_START)}
                        </button>
                        <button
                            type="button"
                            class="sg-button sg-button-quiet"
                            data-testid="first-run-close"
                            aria-label=i18n.t(k::INTRO_CLOSE_LABEL)
                            on:click=close
                        >
                            {i18n.t(k::INTRO_CLOSE)}
                        </button>
                    </div>
                </section>
            }
        })
    }
}

/// Moves focus to the first element matching `selector`, scrolling only if it is out of view
/// (`Notifier::focus` puts the element at the top, which would hide a control's label).
fn focus_in_place(notifier: Notifier, selector: &str) {
    use wasm_bindgen::JsCast;
    let element = notifier
        .root
        .get_untracked()
        .and_then(|root| root.query_selector(selector).ok().flatten())
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}
