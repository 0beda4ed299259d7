//! Per-section compression. Decompression never produces more than the declared
//! raw length: the output buffer is sized from the (bounded) record, not the input.

use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use crate::loader::Storage;

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
#[derive(Clone)]
pub struct StoredEntry {
    pub codec: Codec,
    pub raw_len: u64,
    /// SHA-256 of the stored bytes: checked when they were read or, for
    /// bytes left in their file, as the writer copies them.
    pub sha256: crate::Digest,
    bytes: StoredBytes,
}

#[derive(Clone)]
enum StoredBytes {
    Read(Vec<u8>),
    /// Not read yet: `len` bytes at `offset` of a snapshot's storage. An
    /// incremental build copies most of a 40 MB section this way, in large
    /// reads verified as they are written, instead of holding it in memory.
    InFile {
        storage: Arc<Storage>,
        offset: u64,
        len: u64,
    },
}

impl fmt::Debug for StoredEntry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let held = matches!(self.bytes, StoredBytes::Read(_));
        f.debug_struct("StoredEntry")
            .field("codec", &self.codec)
            .field("raw_len", &self.raw_len)
            .field("stored_len", &self.stored_len())
            .field("sha256", &self.sha256)
            .field("read", &held)
            .finish()
    }
}

/// The same entry: the digest stands for the bytes.
impl PartialEq for StoredEntry {
    fn eq(&self, other: &Self) -> bool {
        (self.codec, self.raw_len, self.stored_len(), self.sha256) == (other.codec, other.raw_len, other.stored_len(), other.sha256)
    }
}
impl Eq for StoredEntry {}

impl StoredEntry {
    /// Stored bytes handed over (their digest computed here).
    pub fn from_bytes(codec: Codec, raw_len: u64, bytes: Vec<u8>) -> StoredEntry {
        let sha256 = crate::Digest::of(&bytes);
        StoredEntry::read(codec, raw_len, bytes, sha256)
    }

    /// Bytes read and verified against `sha256`.
    pub(crate) fn read(codec: Codec, raw_len: u64, bytes: Vec<u8>, sha256: crate::Digest) -> StoredEntry {
        StoredEntry { codec, raw_len, sha256, bytes: StoredBytes::Read(bytes) }
    }

    /// Bytes still at `offset` of `storage`, to be verified against `sha256` when read.
    pub(crate) fn in_file(codec: Codec, raw_len: u64, sha256: crate::Digest, storage: Arc<Storage>, offset: u64, len: u64) -> StoredEntry {
        StoredEntry { codec, raw_len, sha256, bytes: StoredBytes::InFile { storage, offset, len } }
    }

    pub fn stored_len(&self) -> u64 {
        match &self.bytes {
            StoredBytes::Read(b) => b.len() as u64,
            StoredBytes::InFile { len, .. } => *len,
        }
    }

    /// Where the bytes still are, if they were not read.
    pub(crate) fn unread(&self) -> Option<(&Arc<Storage>, u64, u64)> {
        match &self.bytes {
            StoredBytes::Read(_) => None,
            StoredBytes::InFile { storage, offset, len } => Some((storage, *offset, *len)),
        }
    }

    /// The stored bytes, read and verified now if they were left in their file.
    pub fn bytes(&self) -> Result<std::borrow::Cow<'_, [u8]>, String> {
        match &self.bytes {
            StoredBytes::Read(b) => Ok(std::borrow::Cow::Borrowed(b)),
            StoredBytes::InFile { storage, offset, len } => {
                let mut buf = Vec::new();
                storage.read_into(*offset, *len, &mut buf).map_err(|e| e.to_string())?;
                if crate::Digest::of(&buf) != self.sha256 {
                    return Err("the stored bytes no longer match their SHA-256 digest".into());
                }
                Ok(std::borrow::Cow::Owned(buf))
            }
        }
    }

    /// The bytes as stored with `codec` (at `zstd_level`): these, when they are.
    pub fn recompressed(&self, codec: Codec, zstd_level: i32) -> Result<std::borrow::Cow<'_, [u8]>, String> {
        if self.codec == codec && codec != Codec::Zstd {
            return self.bytes();
        }
        Ok(std::borrow::Cow::Owned(compress(codec, &self.raw()?, zstd_level)?))
    }

    pub fn raw(&self) -> Result<Vec<u8>, String> {
        let bytes = self.bytes()?;
        match self.codec {
            Codec::None => Ok(bytes.into_owned()),
            c => decompress(c, &bytes, self.raw_len as usize),
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

/// `raw` compressed with `codec` (at `zstd_level`); fails only if zstd cannot allocate.
pub fn compress(codec: Codec, raw: &[u8], zstd_level: i32) -> Result<Vec<u8>, String> {
    match codec {
        Codec::None => Ok(raw.to_vec()),
        Codec::Lz4 => Ok(lz4_flex::block::compress(raw)),
        Codec::Zstd => zstd::bulk::compress(raw, zstd_level).map_err(|e| format!("zstd compression failed: {e}")),
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
            zstd::bulk::Decompressor::new().and_then(|mut d| d.decompress_to_buffer(stored, &mut out)).map_err(|e| format!("zstd: {e}"))?;
            if out.len() != raw_len {
                return Err(format!("zstd produced {} bytes, expected {raw_len}", out.len()));
            }
            Ok(out)
        }
    }
}
