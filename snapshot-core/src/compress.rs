//! Per-section compression. Decompression never produces more than the declared
//! raw length: the output buffer is sized from the (bounded) record, not the input.

use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Codec {
    None = 0,
    Lz4 = 1,
    Zstd = 2,
}

impl Codec {
    pub fn from_byte(b: u8) -> Option<Codec> {
        match b {
            0 => Some(Codec::None),
            1 => Some(Codec::Lz4),
            2 => Some(Codec::Zstd),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Codec::None => "none",
            Codec::Lz4 => "lz4",
            Codec::Zstd => "zstd",
        }
    }
}

/// An entry's bytes as a section stored them: compressed with `codec`,
/// `raw_len` bytes once decompressed. An incremental build hands these back
/// to the writer, which copies them when the new section uses the same codec
/// (lz4 and none are deterministic without settings; zstd depends on its
/// level, so zstd entries are compressed again) instead of decompressing and
/// compressing every unchanged entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredEntry {
    pub codec: Codec,
    pub raw_len: u64,
    pub bytes: Vec<u8>,
    /// SHA-256 of `bytes`, checked when they were read.
    pub sha256: crate::Digest,
}

impl StoredEntry {
    /// The bytes as stored with `codec` (at `zstd_level`): these, when they are.
    pub fn recompressed(&self, codec: Codec, zstd_level: i32) -> Result<std::borrow::Cow<'_, [u8]>, String> {
        if self.codec == codec && codec != Codec::Zstd {
            return Ok(std::borrow::Cow::Borrowed(&self.bytes));
        }
        Ok(std::borrow::Cow::Owned(compress(codec, &self.raw()?, zstd_level)))
    }

    pub fn raw(&self) -> Result<Vec<u8>, String> {
        match self.codec {
            Codec::None => Ok(self.bytes.clone()),
            c => decompress(c, &self.bytes, self.raw_len as usize),
        }
    }
}

impl fmt::Display for Codec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Codec {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "none" => Ok(Codec::None),
            "lz4" => Ok(Codec::Lz4),
            "zstd" => Ok(Codec::Zstd),
            other => Err(format!("unknown codec `{other}` (expected none, lz4 or zstd)")),
        }
    }
}

pub fn compress(codec: Codec, raw: &[u8], zstd_level: i32) -> Vec<u8> {
    match codec {
        Codec::None => raw.to_vec(),
        Codec::Lz4 => lz4_flex::block::compress(raw),
        // Compressing an in-memory buffer cannot fail short of allocation failure.
        Codec::Zstd => zstd::bulk::compress(raw, zstd_level).expect("zstd compression of a memory buffer"),
    }
}

/// Decompresses `stored` into exactly `raw_len` bytes, or explains why not.
pub fn decompress(codec: Codec, stored: &[u8], raw_len: usize) -> Result<Vec<u8>, String> {
    match codec {
        Codec::None => {
            if stored.len() != raw_len {
                return Err(format!("stored {} bytes, expected {raw_len}", stored.len()));
            }
            Ok(stored.to_vec())
        }
        Codec::Lz4 => {
            let mut out = vec![0u8; raw_len];
            let n = lz4_flex::block::decompress_into(stored, &mut out).map_err(|e| format!("lz4: {e}"))?;
            if n != raw_len {
                return Err(format!("lz4 produced {n} bytes, expected {raw_len}"));
            }
            Ok(out)
        }
        Codec::Zstd => {
            let mut out = Vec::with_capacity(raw_len);
            zstd::bulk::Decompressor::new()
                .and_then(|mut d| d.decompress_to_buffer(stored, &mut out))
                .map_err(|e| format!("zstd: {e}"))?;
            if out.len() != raw_len {
                return Err(format!("zstd produced {} bytes, expected {raw_len}", out.len()));
            }
            Ok(out)
        }
    }
}
