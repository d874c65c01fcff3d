//! Asking the loader to put another module in this widget's place: a visitor's module hands
//! over to the employee's app ("Back to my own profile", taking a shared profile's ratings).
//! The loader (`embed/skillgap-widget.js`) listens for the event on the widget's container.

use wasm_bindgen::JsValue;

/// The event the loader listens for; its `detail` names what the employee's app should do.
pub const EVENT: &str = "skillgap-open";

/// What the employee's app is asked to do when it opens in a visitor module's place.
pub enum Handover {
    /// Open one's own profile (the fragment is cleared first).
    OwnProfile,
    /// Take the ratings of the shared profile still in the fragment into one's own: `add`
    /// fills what one lacks, `replace` takes theirs where they differ.
    ImportShared { replace: bool },
}

/// Dispatches the hand-over from `from` (any element inside the widget); it bubbles to the
/// container, where the loader swaps the module.
pub fn hand_over(from: &web_sys::Element, what: Handover) {
    let detail = js_sys::Object::new();
    let import = match what {
        Handover::OwnProfile => {
            browser::page::clear_fragment();
            None
        }
        Handover::ImportShared { replace } => Some(if replace { "replace" } else { "add" }),
    };
    if let Some(mode) = import {
        let _ = js_sys::Reflect::set(&detail, &"importShared".into(), &JsValue::from_str(mode));
    }
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_detail(&detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(EVENT, &init) {
        let _ = from.dispatch_event(&event);
    }
}
