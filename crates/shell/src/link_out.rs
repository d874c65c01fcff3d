//! A link the person sends by their own means: shown in full, with Copy and an e-mail draft.
//! Nothing is sent by the widget.

use crate::i18n::use_i18n;
use crate::notifier::use_notifier;
use browser::page;
use domain::i18n::k;
use domain::suggestions::contact::contact_link;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn LinkOut(
    link: String,
    /// Names the field ("Request link", "Your answer").
    label: String,
    subject: String,
    /// The e-mail's text before the link.
    message: String,
    testid: &'static str,
) -> impl IntoView {
    let notifier = use_notifier();
    let i18n = use_i18n();
    let field_id = format!("sg-{testid}");
    let (mail, _) = contact_link("mailto:", &subject, &format!("{message}\n\n{link}"));
    let copy = {
        let link = link.clone();
        move |_| {
            let link = link.clone();
            spawn_local(async move {
                let copied = page::copy_to_clipboard(&link).await;
                notifier.confirm(
                    i18n.t(if copied {
                        k::FEEDBACK_LINK_COPIED
                    } else {
                        k::COMMON_COPY_FAILED
                    }),
                    None,
                );
            });
        }
    };
    view! {
        <div class="sg-link-out">
            <label for=field_id.clone() class="sg-label">
                {label}
            </label>
            <input
                id=field_id
                class="sg-input"
                readonly
                // An address reads left to right, whatever the language.
                dir="ltr"
                prop:value=link.clone()
                data-testid=testid
            />
            <p class="sg-hint">{i18n.plural(k::COMMON_CHARACTERS, link.len(), &[])}</p>
            <div class="sg-actions">
                <button type="button" class="sg-button" on:click=copy>
                    {i18n.t(k::COMMON_COPY_LINK)}
                </button>
                <a class="sg-button sg-button-quiet" href=mail>
                    {i18n.t(k::FEEDBACK_LINK_MAIL)}
                </a>
            </div>
        </div>
    }
}
