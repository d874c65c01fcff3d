//! Views drawn as markup (`src/markup/`) carry no event handlers of their own: their section
//! listens once and asks which element of the markup was clicked.

use wasm_bindgen::JsCast;

/// The element clicked, or its nearest ancestor matching `selector`.
pub fn clicked(ev: &web_sys::MouseEvent, selector: &str) -> Option<web_sys::Element> {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|t| t.closest(selector).ok().flatten())
}
