/// A random id for this browser only (seeds fair mentor rotation); never sent anywhere.
pub fn local_id() -> String {
    let mut bytes = [0u8; 12];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|crypto| crypto.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        for byte in &mut bytes {
            *byte = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// This tab's own short tag, the same for as long as the page is open: ids made here carry it,
/// so two tabs making something in the same millisecond never pick one id.
pub fn tab_tag() -> &'static str {
    static TAG: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    TAG.get_or_init(|| local_id()[..8].to_owned())
}
