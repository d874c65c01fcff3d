//! Saving a file the user asked for, and reading one they picked. Nothing leaves the machine.

use domain::i18n::k;
use domain::i18n::Translator;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a file could not be saved or read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileProblem {
    /// The page has no document or body to start a download from.
    NoPage,
    /// The browser would not make the file or the download.
    NotPrepared,
    NoFileChosen,
    NotRead,
    NotText,
}

impl FileProblem {
    /// Why, in a few words (a clause inside a longer message).
    pub fn message(self, tr: &Translator) -> String {
        tr.t(match self {
            FileProblem::NoPage => k::DATA_FILE_PROBLEM_NO_PAGE,
            FileProblem::NotPrepared => k::DATA_FILE_PROBLEM_NOT_PREPARED,
            FileProblem::NoFileChosen => k::DATA_FILE_PROBLEM_NONE_CHOSEN,
            FileProblem::NotRead => k::DATA_FILE_PROBLEM_NOT_READ,
            FileProblem::NotText => k::DATA_FILE_PROBLEM_NOT_TEXT,
        })
        .to_owned()
    }
}

pub fn download_text(filename: &str, mime: &str, text: &str) -> Result<(), FileProblem> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(FileProblem::NoPage)?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| FileProblem::NotPrepared)?;
    let url =
        web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| FileProblem::NotPrepared)?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| FileProblem::NotPrepared)?
        .unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.set_hidden(true);
    let parent = document.body().ok_or(FileProblem::NoPage)?;
    let _ = parent.append_child(&anchor);
    anchor.click();
    anchor.remove();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// The text of the first file chosen in an `<input type="file">`.
pub async fn read_chosen_file(input: &web_sys::HtmlInputElement) -> Result<String, FileProblem> {
    let file = input
        .files()
        .and_then(|files| files.get(0))
        .ok_or(FileProblem::NoFileChosen)?;
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| FileProblem::NotRead)?;
    text.as_string().ok_or(FileProblem::NotText)
}
