//! Asking the loader to put another module in this widget's place: a visitor's module hands
//! over to the employee's app ("Back to my own profile", comparing a shared profile with one's own).
//! The loader (`embed/skillgap-widget.js`) listens for the event on the widget's container.

use wasm_bindgen::JsValue;

/// The event the loader listens for; its `detail` names what the employee's app should do.
pub const EVENT: &str = "skillgap-open";

/// What the employee's app is asked to do when it opens in a visitor module's place.
pub enum Handover {
    /// Open one's own profile (the fragment is cleared first).
    OwnProfile,
    /// Compare the shared profile still in the fragment with one's own, and choose whether to
    /// take its ratings (the employee's app shows what it would change).
    CompareShared,
}

/// Dispatches the hand-over from `from` (any element inside the widget); it bubbles to the
/// container, where the loader swaps the module.
pub fn hand_over(from: &web_sys::Element, what: Handover) {
    let detail = js_sys::Object::new();
    match what {
        Handover::OwnProfile => browser::page::clear_fragment(),
        Handover::CompareShared => {
            let _ = js_sys::Reflect::set(&detail, &"compareShared".into(), &JsValue::TRUE);
        }
    }
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_detail(&detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(EVENT, &init) {
        let _ = from.dispatch_event(&event);
    }
}
