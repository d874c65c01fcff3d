//! A link the person sends by their own means: shown in full, with Copy and an e-mail draft.
//! Nothing is sent by the widget.

use crate::browser::page;
use crate::domain::suggestions::contact::contact_link;
use crate::ui::state::use_app_state;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn LinkOut(
    link: String,
    /// Names the field ("Request link", "Your answer").
    label: &'static str,
    subject: String,
    /// The e-mail's text before the link.
    message: String,
    testid: &'static str,
) -> impl IntoView {
    let state = use_app_state();
    let field_id = format!("sg-{testid}");
    let (mail, _) = contact_link("mailto:", &subject, &format!("{message}\n\n{link}"));
    let copy = {
        let link = link.clone();
        move |_| {
            let link = link.clone();
            spawn_local(async move {
                let copied = page::copy_to_clipboard(&link).await;
                state.confirm(
                    if copied {
                        "Link copied. Paste it into a message to send it."
                    } else {
                        "Copying failed; select the link and copy it yourself."
                    },
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
                prop:value=link.clone()
                data-testid=testid
            />
            <p class="sg-hint">{format!("{} characters", link.len())}</p>
            <div class="sg-actions">
                <button type="button" class="sg-button" on:click=copy>
                    "Copy link"
                </button>
                <a class="sg-button sg-button-quiet" href=mail>
                    "Write an e-mail with it"
                </a>
            </div>
        </div>
    }
}
