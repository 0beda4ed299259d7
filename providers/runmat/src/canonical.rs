//! Deterministic encoding for RunMat types that hold `HashMap`s (bytecode, HIR):
//! their serde output follows hash order, which differs per process. The value
//! goes through a CBOR tree whose maps are sorted by encoded key, so the same
//! input always gives the same bytes. CBOR (unlike JSON) carries every f64,
//! including `Inf`, `-Inf` and `NaN` constants in MATLAB code, bit for bit.

use std::fmt;
use std::marker::PhantomData;

use ciborium::Value;
use serde::de::{DeserializeOwned, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Debug, Clone, PartialEq)]
pub struct Canonical<T>(pub T);

fn encode_tree(tree: &Value) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    ciborium::into_writer(tree, &mut bytes).map_err(|e| e.to_string())?;
    Ok(bytes)
}

/// Sorts every map of `tree` by the encoding of its keys (RFC 8949 §4.2.3's
/// order, byte-wise), recursively.
fn sort_maps(tree: &mut Value) -> Result<(), String> {
    match tree {
        Value::Map(entries) => {
            let mut keyed = Vec::with_capacity(entries.len());
            for (mut k, mut v) in std::mem::take(entries) {
                sort_maps(&mut k)?;
                sort_maps(&mut v)?;
                keyed.push((encode_tree(&k)?, k, v));
            }
            keyed.sort_by(|a, b| a.0.cmp(&b.0));
            *entries = keyed.into_iter().map(|(_, k, v)| (k, v)).collect();
        }
        Value::Array(items) => items.iter_mut().try_for_each(sort_maps)?,
        Value::Tag(_, inner) => sort_maps(inner)?,
        _ => {}
    }
    Ok(())
}

fn canonical_bytes<T: Serialize>(value: &T) -> Result<Vec<u8>, String> {
    let mut tree = Value::serialized(value).map_err(|e| e.to_string())?;
    sort_maps(&mut tree)?;
    encode_tree(&tree)
}

/// Canonical CBOR bytes of `value`, checked to decode back as `T` (a value the
/// loader could not decode must fail the build, not the run).
pub fn to_canonical_bytes<T: Serialize + DeserializeOwned>(value: &T) -> Result<Vec<u8>, String> {
    let bytes = canonical_bytes(value)?;
    from_canonical_bytes::<T>(&bytes).map_err(|e| format!("does not round-trip: {e}"))?;
    Ok(bytes)
}

pub fn from_canonical_bytes<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, String> {
    ciborium::from_reader(bytes).map_err(|e| e.to_string())
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
        f.write_str("canonical CBOR bytes")
    }
    fn visit_bytes<E: serde::de::Error>(self, v: &[u8]) -> Result<Self::Value, E> {
        from_canonical_bytes(v).map(Canonical).map_err(E::custom)
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
