//! Deterministic encoding for RunMat types that hold `HashMap`s (bytecode, HIR):
//! their serde output follows hash order, which differs per process. Going
//! through `serde_json::Value` sorts every map, so the same input always gives
//! the same bytes. Floats round-trip exactly; a non-finite float fails the
//! round-trip check at build time instead of changing meaning.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{DeserializeOwned, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Debug, Clone, PartialEq)]
pub struct Canonical<T>(pub T);

/// Canonical JSON bytes of `value`, checked to decode back to the same JSON.
pub fn to_canonical_bytes<T: Serialize + DeserializeOwned>(value: &T) -> Result<Vec<u8>, String> {
    let tree = serde_json::to_value(value).map_err(|e| e.to_string())?;
    let bytes = serde_json::to_vec(&tree).map_err(|e| e.to_string())?;
    let back: T = serde_json::from_slice(&bytes).map_err(|e| format!("does not round-trip: {e}"))?;
    if serde_json::to_value(&back).map_err(|e| e.to_string())? != tree {
        return Err("does not round-trip through its canonical form".into());
    }
    Ok(bytes)
}

impl<T: Serialize + DeserializeOwned> Serialize for Canonical<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let bytes = to_canonical_bytes(&self.0).map_err(serde::ser::Error::custom)?;
        serializer.serialize_bytes(&bytes)
    }
}

struct BytesVisitor<T>(PhantomData<T>);

impl<'de, T: DeserializeOwned> Visitor<'de> for BytesVisitor<T> {
    type Value = Canonical<T>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("canonical JSON bytes")
    }
    fn visit_bytes<E: serde::de::Error>(self, v: &[u8]) -> Result<Self::Value, E> {
        serde_json::from_slice(v).map(Canonical).map_err(E::custom)
    }
    fn visit_byte_buf<E: serde::de::Error>(self, v: Vec<u8>) -> Result<Self::Value, E> {
        self.visit_bytes(&v)
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Canonical<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_bytes(BytesVisitor(PhantomData))
    }
}
