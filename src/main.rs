//! The widget's entry point, built for wasm32 by Trunk.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    skillgap::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The skillgap widget runs in a browser: build it with `trunk build --release` (see README.md).");
    std::process::exit(2);
}
