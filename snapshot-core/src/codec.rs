//! The one place that turns serde values into entry bytes and back.
//! bincode 1.x is unmaintained (RUSTSEC-2025-0141); keeping it behind these two
//! functions means swapping it is a change here plus a format version bump.

use bincode::Options;
use serde::de::DeserializeOwned;
use serde::Serialize;

fn options() -> impl Options {
    // Variable-width integers (format 5): compiled code is mostly small
    // numbers (slots, spans, ids), and fixed-width ones made its entries 3.5x
    // larger — bytes every build compresses and hashes, and every refresh
    // copies. No trailing bytes accepted.
    bincode::DefaultOptions::new().with_varint_encoding().reject_trailing_bytes()
}

pub fn encode<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>, String> {
    // One pass: `serialize` would first walk the value to size the buffer, and
    // some values (canonical RunMat code) are expensive to walk.
    let mut out = Vec::new();
    options().serialize_into(&mut out, value).map_err(|e| e.to_string())?;
    Ok(out)
}

/// Decodes `bytes` as `T`. The size limit is the input length: no length prefix
/// inside can make the decoder allocate more than the entry itself holds.
pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, String> {
    options().with_limit(bytes.len() as u64).deserialize(bytes).map_err(|e| e.to_string())
}
