//! Share links in the browser: the domain's link format, compressed by the browser.

use super::compression::{zlib_compress, zlib_decompress, StreamError};
use domain::share::{
    fragment_zlib, share_fragment, share_json, shared_from_json, ShareError, SharedProfile,
    MAX_PAYLOAD,
};

/// The fragment (without `#`) for `shared`.
pub async fn encode_share(shared: &SharedProfile) -> Result<String, ShareError> {
    let zlib = zlib_compress(&share_json(shared))
        .await
        .map_err(|_| ShareError::Unsupported)?;
    Ok(share_fragment(&zlib))
}

pub async fn decode_share(fragment: &str) -> Result<SharedProfile, ShareError> {
    let zlib = fragment_zlib(fragment)?;
    let json = zlib_decompress(&zlib, MAX_PAYLOAD)
        .await
        .map_err(|error| match error {
            StreamError::TooLarge => ShareError::TooLarge,
            StreamError::Unsupported => ShareError::Unsupported,
            StreamError::Failed => ShareError::Damaged,
        })?;
    shared_from_json(&json)
}
