//! zlib through the browser's `CompressionStream` and `DecompressionStream`: the same format
//! as miniz writes natively, without shipping a compressor in the WebAssembly module.

use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{ReadableStream, ReadableStreamDefaultReader, WritableStream};

// web-sys has these only behind `--cfg web_sys_unstable_apis`; the part used here is small.
#[wasm_bindgen]
extern "C" {
    type CompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<CompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &CompressionStream) -> ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &CompressionStream) -> WritableStream;

    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &DecompressionStream) -> ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &DecompressionStream) -> WritableStream;
}

/// zlib: RFC 1950, the format of the links miniz made before.
const ZLIB: &str = "deflate";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StreamError {
    /// The browser has no compression streams.
    Unsupported,
    /// Not valid zlib.
    Failed,
    /// The output grew past the caller's limit; reading stopped there.
    TooLarge,
}

pub async fn zlib_compress(bytes: &[u8]) -> Result<Vec<u8>, StreamError> {
    let stream = CompressionStream::new(ZLIB).map_err(|_| StreamError::Unsupported)?;
    transform(bytes, &stream.writable(), &stream.readable(), usize::MAX).await
}

/// Decompresses at most `limit` bytes, so a hostile input cannot exhaust memory.
pub async fn zlib_decompress(bytes: &[u8], limit: usize) -> Result<Vec<u8>, StreamError> {
    let stream = DecompressionStream::new(ZLIB).map_err(|_| StreamError::Unsupported)?;
    transform(bytes, &stream.writable(), &stream.readable(), limit).await
}

async fn transform(
    input: &[u8],
    writable: &WritableStream,
    readable: &ReadableStream,
    limit: usize,
) -> Result<Vec<u8>, StreamError> {
    let writer = writable.get_writer().map_err(|_| StreamError::Failed)?;
    // Not awaited here: the stream only takes more input while its output is being read.
    settle_quietly(writer.write_with_chunk(&Uint8Array::from(input)));
    settle_quietly(writer.close());
    let reader: ReadableStreamDefaultReader = readable.get_reader().unchecked_into();
    let mut output = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read())
            .await
            .map_err(|_| StreamError::Failed)?;
        if Reflect::get(&chunk, &JsValue::from_str("done"))
            .ok()
            .and_then(|done| done.as_bool())
            .unwrap_or(true)
        {
            return Ok(output);
        }
        let value: Uint8Array = Reflect::get(&chunk, &JsValue::from_str("value"))
            .map_err(|_| StreamError::Failed)?
            .unchecked_into();
        if output.len() + value.length() as usize > limit {
            settle_quietly(reader.cancel());
            return Err(StreamError::TooLarge);
        }
        let start = output.len();
        output.resize(start + value.length() as usize, 0);
        value.copy_to(&mut output[start..]);
    }
}

/// Handles a promise's rejection (a damaged input rejects the writer's too) without a
/// console error.
fn settle_quietly(promise: js_sys::Promise) {
    spawn_local(async move {
        let _ = JsFuture::from(promise).await;
    });
}
