//! Saving a file the user asked for, and reading one they picked. Nothing leaves the machine.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

pub fn download_text(filename: &str, mime: &str, text: &str) -> Result<(), String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| "could not prepare the file")?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| "could not prepare the file")?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| "could not prepare the download")?
        .unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.set_hidden(true);
    let parent = document.body().ok_or("no page body")?;
    let _ = parent.append_child(&anchor);
    anchor.click();
    anchor.remove();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// The text of the first file chosen in an `<input type="file">`.
pub async fn read_chosen_file(input: &web_sys::HtmlInputElement) -> Result<String, String> {
    let file = input
        .files()
        .and_then(|files| files.get(0))
        .ok_or("no file chosen")?;
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| "the file could not be read")?;
    text.as_string()
        .ok_or_else(|| "the file is not text".to_owned())
}
