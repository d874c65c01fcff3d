//! Feedback request and response links in the browser: the domain's link formats, compressed
//! by the browser.

use super::compression::{zlib_compress, zlib_decompress, StreamError};
use domain::feedback::{
    fragment_zlib, request_fragment, request_from_json, request_json, response_fragment,
    response_from_json, response_json, FeedbackError, FeedbackRequest, FeedbackResponse, LinkKind,
};
use domain::fragment::MAX_PAYLOAD;

async fn compress(json: &[u8]) -> Result<Vec<u8>, FeedbackError> {
    zlib_compress(json)
        .await
        .map_err(|_| FeedbackError::Unsupported)
}

async fn decompress(fragment: &str, kind: LinkKind) -> Result<Vec<u8>, FeedbackError> {
    let zlib = fragment_zlib(fragment, kind)?;
    zlib_decompress(&zlib, MAX_PAYLOAD)
        .await
        .map_err(|error| match error {
            StreamError::TooLarge => FeedbackError::TooLarge,
            StreamError::Unsupported => FeedbackError::Unsupported,
            StreamError::Failed => FeedbackError::Damaged,
        })
}

/// The fragment (without `#`) of a request link.
pub async fn encode_request(request: &FeedbackRequest) -> Result<String, FeedbackError> {
    Ok(request_fragment(&compress(&request_json(request)).await?))
}

pub async fn decode_request(fragment: &str) -> Result<FeedbackRequest, FeedbackError> {
    request_from_json(&decompress(fragment, LinkKind::Request).await?)
}

/// The fragment (without `#`) of a response link.
pub async fn encode_response(response: &FeedbackResponse) -> Result<String, FeedbackError> {
    Ok(response_fragment(
        &compress(&response_json(response)).await?,
    ))
}

pub async fn decode_response(fragment: &str) -> Result<FeedbackResponse, FeedbackError> {
    response_from_json(&decompress(fragment, LinkKind::Response).await?)
}
