/// Milliseconds since the epoch, from the browser clock.
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}
