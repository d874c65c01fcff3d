//! Mounting a module's app into the element the loader gives it, and taking it down again when
//! the loader replaces it with another module's (a link of another kind pasted into the tab).

use leptos::prelude::*;
use std::any::Any;
use wasm_bindgen::prelude::*;

/// A mounted app; `unmount` removes it and disposes of everything it set up (listeners,
/// timers, effects). Handed to the loader (`embed/skillgap-widget.js`).
#[wasm_bindgen]
pub struct Mounted {
    handle: Option<Box<dyn Any>>,
}

#[wasm_bindgen]
impl Mounted {
    pub fn unmount(&mut self) {
        self.handle.take();
    }
}

/// Draws `app` into `container`. With `panic = "abort"` a panic stops every widget on the
/// page, so its message goes to the console first.
pub fn mount<V: IntoView + 'static>(
    container: web_sys::HtmlElement,
    app: impl FnOnce() -> V + 'static,
) -> Mounted {
    console_error_panic_hook::set_once();
    let handle = leptos::mount::mount_to(container, app);
    Mounted {
        handle: Some(Box::new(handle)),
    }
}
