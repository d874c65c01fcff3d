/// Milliseconds since the epoch, from the browser clock.
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// The calendar date ("YYYY-MM-DD") of an instant in the user's own time zone, as the
/// browser knows it. Everything a person sees or names by date uses this, never UTC: for part
/// of every day outside UTC the two are a day apart.
pub fn local_date(millis: u64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(millis as f64));
    stdx::time::iso_from_parts(
        i64::from(date.get_full_year()),
        date.get_month() + 1,
        date.get_date(),
    )
    .unwrap_or_else(|| stdx::time::iso_date(millis))
}

/// Today's calendar date in the user's time zone.
pub fn today() -> String {
    local_date(now_ms())
}

/// A `performance.mark`/`measure` pair, read by the benchmarks in the browser.
pub struct Mark {
    name: &'static str,
}

impl Mark {
    pub fn start(name: &'static str) -> Self {
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark(&format!("{name}:start"));
        }
        Mark { name }
    }

    pub fn end(self) {
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let start = format!("{}:start", self.name);
            let _ = performance.measure_with_start_mark(self.name, &start);
        }
    }
}

/// Calls `then` once, after `millis` milliseconds.
pub fn after_ms(millis: i32, then: impl FnOnce() + 'static) {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = wasm_bindgen::closure::Closure::once_into_js(then);
    let _ = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), millis);
}

/// Resolves on the next animation frame, after the browser has rendered pending changes.
pub async fn next_frame() {
    resolve_from(|window, resolve| {
        let _ = window.request_animation_frame(resolve);
    })
    .await;
}

/// Resolves in a new task, after the browser has handled what is pending (input, painting).
pub async fn next_task() {
    resolve_from(|window, resolve| {
        let _ = window.set_timeout_with_callback(resolve);
    })
    .await;
}

/// Waits until the callback that `register` hands to the browser is called.
async fn resolve_from(register: impl Fn(&web_sys::Window, &js_sys::Function)) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            register(&window, &resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
