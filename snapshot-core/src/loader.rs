//! Opens a snapshot: eager validation of everything small (preamble, header,
//! table, placement, padding, footer), lazy verification and decoding of each
//! section index and entry on first access, cached and thread-safe.
//!
//! The file is read with positioned reads of the open descriptor, never
//! memory-mapped: every region is copied into memory owned by this process,
//! verified there and decoded from those same bytes. Whatever happens to the
//! file afterwards (truncation, rewriting in place, replacement, deletion) can
//! only make a later read fail or a digest differ — a typed error — never a
//! SIGBUS, and never bytes other than the verified ones. What processes still
//! share is the kernel's page cache of the file; each keeps private copies of
//! the index and entries it reached (which it decodes into private values anyway).

use std::any::Any;
use std::borrow::Cow;
use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::codec;
use crate::compress::{decompress, Codec, StoredEntry};
use crate::digest::Digest;
use crate::error::{FormatError, OpenError, SectionError, SectionErrorKind};
use crate::layout::{self, CompatKey, EntryRecord, Header, Preamble, ProviderStamp, SectionRecord};

pub(crate) enum Storage {
    /// The opened file, read region by region as the snapshot is used.
    File(File),
    /// The whole file, read once (or bytes handed over).
    Owned(Vec<u8>),
}

impl Storage {
    /// `len` bytes at `offset` into `buf` (replacing what it held).
    pub(crate) fn read_into(&self, offset: u64, len: u64, buf: &mut Vec<u8>) -> io::Result<()> {
        let len = usize::try_from(len).map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "region too large"))?;
        buf.clear();
        match self {
            Storage::File(file) => {
                buf.resize(len, 0);
                read_exact_at(file, buf, offset)
            }
            Storage::Owned(_) => {
                buf.extend_from_slice(&self.read(offset, len)?);
                Ok(())
            }
        }
    }

    /// `len` bytes at `offset`: copied out of the file, or borrowed from memory.
    fn read(&self, offset: u64, len: usize) -> io::Result<Cow<'_, [u8]>> {
        match self {
            Storage::File(file) => {
                let mut buf = vec![0; len];
                read_exact_at(file, &mut buf, offset)?;
                Ok(Cow::Owned(buf))
            }
            Storage::Owned(bytes) => usize::try_from(offset)
                .ok()
                .and_then(|o| bytes.get(o..)?.get(..len))
                .map(Cow::Borrowed)
                .ok_or_else(|| io::Error::new(io::ErrorKind::UnexpectedEof, "region past the end of the bytes")),
        }
    }
}

#[cfg(unix)]
fn read_exact_at(file: &File, buf: &mut [u8], offset: u64) -> io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, buf, offset)
}

#[cfg(windows)]
fn read_exact_at(file: &File, mut buf: &mut [u8], mut offset: u64) -> io::Result<()> {
    while !buf.is_empty() {
        match std::os::windows::fs::FileExt::seek_read(file, buf, offset)? {
            0 => return Err(io::ErrorKind::UnexpectedEof.into()),
            n => {
                buf = &mut buf[n..];
                offset += n as u64;
            }
        }
    }
    Ok(())
}

/// How to bring the file into memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    /// Read each region when it is first used (a short run reads only what it reaches).
    OnDemand,
    /// Read the whole file into memory at open (a long-lived session that must
    /// not depend on the file staying as it was).
    Read,
}

type Cached = Result<Arc<dyn Any + Send + Sync>, SectionErrorKind>;

/// A section's index, verified page by page as lookups reach it: what a run
/// pays for is the directory and the pages it touches, not the library.
struct SectionIndex {
    /// The index region, read once; verified and decoded from these bytes only.
    bytes: Vec<u8>,
    dir: layout::Directory,
    /// Offset of the key area in `bytes`.
    keys_at: usize,
    pages: Vec<OnceLock<Result<Page, SectionErrorKind>>>,
    /// The whole-index check (every page, contiguity across pages), when asked for.
    full: OnceLock<Result<(), SectionErrorKind>>,
}

struct Page {
    records: Vec<EntryRecord>,
    values: Vec<OnceLock<Cached>>,
}

#[derive(Default)]
struct Counters {
    verify_ns: AtomicU64,
    decompress_ns: AtomicU64,
    decode_ns: AtomicU64,
    entries_loaded: AtomicU64,
    bytes_read: AtomicU64,
}

struct SectionSlot {
    record: SectionRecord,
    index: OnceLock<Result<SectionIndex, SectionErrorKind>>,
    /// The whole region, read at once for a caller about to read most of it
    /// ([`Snapshot::preload`]); entries are then verified from these bytes.
    region: OnceLock<Vec<u8>>,
    counters: Counters,
}

/// An open, validated snapshot.
pub struct Snapshot {
    path: PathBuf,
    /// Shared with entries handed out unread ([`Snapshot::stored_entry_unread`]).
    storage: Arc<Storage>,
    preamble: Preamble,
    header: Header,
    seal: layout::Seal,
    /// Bytes read at open (head, footer, padding).
    head_read: u64,
    slots: Vec<SectionSlot>,
    open_time: Duration,
    validate_time: Duration,
}

/// Loading figures, measured as they happen.
#[derive(Debug, Clone, Serialize)]
pub struct LoadingStats {
    pub file_len: u64,
    /// `on demand` (positioned reads of the open file) or `in memory`.
    pub reads: &'static str,
    /// Bytes this process copied out of the file so far (private to it).
    pub bytes_read: u64,
    pub open: Duration,
    pub validate: Duration,
    pub sections: Vec<SectionLoadStats>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SectionLoadStats {
    pub id: String,
    pub codec: String,
    pub entries: u32,
    pub entries_loaded: u64,
    pub stored_len: u64,
    pub raw_len: u64,
    pub compression_ratio: f64,
    pub verify: Duration,
    pub decompress: Duration,
    pub decode: Duration,
}

fn nanos(d: Duration) -> u64 {
    d.as_nanos().min(u64::MAX as u128) as u64
}

impl Snapshot {
    pub fn open(path: impl AsRef<Path>) -> Result<Snapshot, OpenError> {
        Snapshot::open_with(path, OpenMode::OnDemand)
    }

    pub fn open_with(path: impl AsRef<Path>, mode: OpenMode) -> Result<Snapshot, OpenError> {
        let path = path.as_ref();
        let file = File::open(path).map_err(|source| OpenError::Io { path: path.into(), source })?;
        Snapshot::open_file(file, path, mode)
    }

    /// Opens an already opened file (whose metadata a caller may have checked:
    /// the bytes read are this file's, whatever happens to `path` meanwhile).
    pub fn open_file(file: File, path: impl Into<PathBuf>, mode: OpenMode) -> Result<Snapshot, OpenError> {
        let path = path.into();
        let start = Instant::now();
        let io = |source| OpenError::Io { path: path.clone(), source };
        let len = file.metadata().map_err(io)?.len();
        let storage = match mode {
            #[cfg(any(unix, windows))]
            OpenMode::OnDemand => Storage::File(file),
            _ => {
                let mut bytes = Vec::with_capacity(len as usize);
                io::Read::read_to_end(&mut &file, &mut bytes).map_err(io)?;
                Storage::Owned(bytes)
            }
        };
        let len = match &storage {
            Storage::Owned(bytes) => bytes.len() as u64,
            Storage::File(_) => len,
        };
        Snapshot::validate(path, storage, len, start.elapsed())
    }

    /// Validates bytes already in memory; `label` names them in errors.
    pub fn from_bytes(bytes: Vec<u8>, label: impl Into<PathBuf>) -> Result<Snapshot, OpenError> {
        let len = bytes.len() as u64;
        Snapshot::validate(label.into(), Storage::Owned(bytes), len, Duration::ZERO)
    }

    fn validate(path: PathBuf, storage: Storage, len: u64, open_time: Duration) -> Result<Snapshot, OpenError> {
        let start = Instant::now();
        match check_file(&storage, len) {
            Ok(Checked { preamble, header, records, seal, bytes_read }) => {
                let slots = records
                    .into_iter()
                    .map(|record| SectionSlot { record, index: OnceLock::new(), region: OnceLock::new(), counters: Counters::default() })
                    .collect();
                Ok(Snapshot {
                    path,
                    storage: Arc::new(storage),
                    preamble,
                    header,
                    seal,
                    head_read: bytes_read,
                    slots,
                    open_time,
                    validate_time: start.elapsed(),
                })
            }
            Err(Invalid::Format(source)) => Err(OpenError::Format { path, source }),
            Err(Invalid::Read(source)) => Err(OpenError::Io { path, source }),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
    pub fn header(&self) -> &Header {
        &self.header
    }
    pub fn compat(&self) -> &CompatKey {
        &self.header.compat
    }
    pub fn meta_digest(&self) -> Digest {
        self.preamble.meta_digest
    }
    pub fn file_len(&self) -> u64 {
        self.preamble.file_len
    }
    pub fn is_signed(&self) -> bool {
        self.preamble.flags & crate::layout::FLAG_SIGNED != 0
    }
    /// The footer's signer and signature (zero when unsigned).
    pub(crate) fn footer_seal(&self) -> &layout::Seal {
        &self.seal
    }
    pub fn provider_stamp(&self, id: &str) -> Option<&ProviderStamp> {
        self.header.compat.providers.get(id)
    }
    pub fn sections(&self) -> impl Iterator<Item = &SectionRecord> {
        self.slots.iter().map(|s| &s.record)
    }
    pub fn section(&self, id: &str) -> Option<&SectionRecord> {
        self.slot(id).map(|s| &s.record)
    }

    fn slot(&self, id: &str) -> Option<&SectionSlot> {
        self.slots.binary_search_by(|s| s.record.id.as_str().cmp(id)).ok().map(|i| &self.slots[i])
    }

    fn err(&self, section: &str, provider: &str, entry: Option<&str>, kind: SectionErrorKind) -> SectionError {
        SectionError { path: self.path.clone(), section: section.into(), provider: provider.into(), entry: entry.map(Into::into), kind }
    }

    fn slot_and_index(&self, section: &str) -> Result<(&SectionSlot, &SectionIndex), SectionError> {
        let slot = self.slot(section).ok_or_else(|| self.err(section, "", None, SectionErrorKind::NotFound))?;
        let index = slot.index.get_or_init(|| self.load_index(slot));
        match index {
            Ok(ix) => Ok((slot, ix)),
            Err(kind) => Err(self.err(section, &slot.record.provider, None, kind.clone())),
        }
    }

    /// `len` bytes at `offset`, counted against `slot`.
    fn read<'s>(&'s self, slot: &'s SectionSlot, offset: u64, len: u64) -> Result<Cow<'s, [u8]>, SectionErrorKind> {
        if let Some(region) = slot.region.get() {
            let within = offset.checked_sub(slot.record.offset).and_then(|at| region.get(usize::try_from(at).ok()?..)?.get(..usize::try_from(len).ok()?));
            if let Some(bytes) = within {
                return Ok(Cow::Borrowed(bytes));
            }
        }
        let bytes = self.storage.read(offset, len as usize).map_err(|e| SectionErrorKind::Read(e.to_string()))?;
        if matches!(bytes, Cow::Owned(_)) {
            slot.counters.bytes_read.fetch_add(len, Ordering::Relaxed);
        }
        Ok(bytes)
    }

    fn load_index(&self, slot: &SectionSlot) -> Result<SectionIndex, SectionErrorKind> {
        let start = Instant::now();
        let r = &slot.record;
        let bytes = self.read(slot, r.offset, r.index_len)?.into_owned();
        // The directory's length comes from parsing it: one that does not parse
        // cannot be matched against `index_sha256`, so it counts as not matching.
        let dir = match layout::decode_directory(r, &bytes) {
            Ok(d) if Digest::of(&bytes[..d.len]) == r.index_sha256 => d,
            _ => return Err(SectionErrorKind::IndexDigest),
        };
        let pages = (0..dir.pages.len()).map(|_| OnceLock::new()).collect();
        slot.counters.verify_ns.fetch_add(nanos(start.elapsed()), Ordering::Relaxed);
        Ok(SectionIndex { keys_at: dir.keys_at(r), bytes, dir, pages, full: OnceLock::new() })
    }

    fn page<'s>(&'s self, slot: &SectionSlot, ix: &'s SectionIndex, p: usize) -> Result<&'s Page, SectionErrorKind> {
        let page = ix.pages[p].get_or_init(|| {
            let start = Instant::now();
            let r = &slot.record;
            let bytes = &ix.bytes;
            let layout_err = |e: crate::error::FormatError| SectionErrorKind::Layout(e.to_string());
            let (records, keys) = layout::page_parts(r, &ix.dir, bytes, p).map_err(layout_err)?;
            if layout::page_digest(records, keys) != ix.dir.pages[p].digest {
                return Err(SectionErrorKind::IndexDigest);
            }
            let records = layout::decode_page(r, &ix.dir, bytes, p).map_err(layout_err)?;
            let values = (0..records.len()).map(|_| OnceLock::new()).collect();
            slot.counters.verify_ns.fetch_add(nanos(start.elapsed()), Ordering::Relaxed);
            Ok(Page { records, values })
        });
        page.as_ref().map_err(Clone::clone)
    }

    /// Every page and the contiguity across them: what `keys` and `verify_all`
    /// promise. The pages it verifies are kept, so none is hashed twice.
    fn check_whole_index(&self, slot: &SectionSlot, ix: &SectionIndex) -> Result<(), SectionErrorKind> {
        ix.full
            .get_or_init(|| {
                let start = Instant::now();
                let records = layout::decode_index(&slot.record, &ix.bytes).map_err(|e| SectionErrorKind::Layout(e.to_string()))?;
                for (page, chunk) in ix.pages.iter().zip(records.chunks(layout::PAGE_ENTRIES)) {
                    // A page a lookup verified already stays as it is.
                    let _ = page.set(Ok(Page { records: chunk.to_vec(), values: chunk.iter().map(|_| OnceLock::new()).collect() }));
                }
                slot.counters.verify_ns.fetch_add(nanos(start.elapsed()), Ordering::Relaxed);
                Ok(())
            })
            .clone()
    }

    fn key_of<'a>(&self, ix: &'a SectionIndex, rec: &EntryRecord) -> &'a str {
        let at = ix.keys_at + rec.key_offset as usize;
        // Bounds and UTF-8 were checked when the page was decoded.
        ix.bytes.get(at..at + rec.key_len as usize).and_then(|k| std::str::from_utf8(k).ok()).unwrap_or("")
    }

    /// The page and position of `key`, verifying the one page that can hold it.
    fn find<'s>(&'s self, slot: &SectionSlot, ix: &'s SectionIndex, key: &str) -> Result<Option<(&'s Page, usize)>, SectionErrorKind> {
        let Some(p) = ix.dir.page_for(key) else { return Ok(None) };
        let page = self.page(slot, ix, p)?;
        Ok(page.records.binary_search_by(|rec| self.key_of(ix, rec).cmp(key)).ok().map(|i| (page, i)))
    }

    /// Every page, in order, after the whole-index check.
    fn all_pages<'s>(&'s self, slot: &SectionSlot, ix: &'s SectionIndex) -> Result<Vec<&'s Page>, SectionErrorKind> {
        self.check_whole_index(slot, ix)?;
        (0..ix.pages.len()).map(|p| self.page(slot, ix, p)).collect()
    }

    /// The keys of a section's entries, in order (verifies the whole section index).
    pub fn keys(&self, section: &str) -> Result<Vec<&str>, SectionError> {
        let (slot, ix) = self.slot_and_index(section)?;
        let pages = self.all_pages(slot, ix).map_err(|k| self.err(section, &slot.record.provider, None, k))?;
        Ok(pages.iter().flat_map(|p| p.records.iter()).map(|r| self.key_of(ix, r)).collect())
    }

    pub fn contains(&self, section: &str, key: &str) -> Result<bool, SectionError> {
        let (slot, ix) = self.slot_and_index(section)?;
        let found = self.find(slot, ix, key).map_err(|k| self.err(section, &slot.record.provider, Some(key), k))?;
        Ok(found.is_some())
    }

    /// Verifies and decompresses one entry; borrowed straight from the map when uncompressed.
    pub fn entry_bytes(&self, section: &str, key: &str) -> Result<Cow<'_, [u8]>, SectionError> {
        let (slot, ix) = self.slot_and_index(section)?;
        let err = |k| self.err(section, &slot.record.provider, Some(key), k);
        let (page, i) = self.find(slot, ix, key).map_err(err)?.ok_or_else(|| err(SectionErrorKind::EntryNotFound))?;
        self.raw_entry(slot, &page.records[i]).map_err(err)
    }

    /// One entry's bytes as stored (compressed), verified against its digest
    /// but not decompressed: what an incremental build copies into the next file.
    pub fn stored_entry(&self, section: &str, key: &str) -> Result<StoredEntry, SectionError> {
        let (slot, ix) = self.slot_and_index(section)?;
        let err = |k| self.err(section, &slot.record.provider, Some(key), k);
        let (page, i) = self.find(slot, ix, key).map_err(err)?.ok_or_else(|| err(SectionErrorKind::EntryNotFound))?;
        let rec = &page.records[i];
        let stored = self.read(slot, slot.record.offset + rec.data_offset, rec.stored_len).map_err(err)?;
        if Digest::of(&stored) != rec.sha256 {
            return Err(err(SectionErrorKind::PayloadDigest));
        }
        Ok(StoredEntry::read(slot.record.codec, rec.raw_len, stored.into_owned(), rec.sha256))
    }

    /// [`Snapshot::stored_entry`] without reading its bytes: they stay in the
    /// file until a writer copies them, verifying them then (a mismatch fails
    /// that build with [`BuildError::Reused`](crate::BuildError::Reused)).
    pub fn stored_entry_unread(&self, section: &str, key: &str) -> Result<StoredEntry, SectionError> {
        let (slot, ix) = self.slot_and_index(section)?;
        let err = |k| self.err(section, &slot.record.provider, Some(key), k);
        let (page, i) = self.find(slot, ix, key).map_err(err)?.ok_or_else(|| err(SectionErrorKind::EntryNotFound))?;
        let rec = &page.records[i];
        Ok(StoredEntry::in_file(slot.record.codec, rec.raw_len, rec.sha256, Arc::clone(&self.storage), slot.record.offset + rec.data_offset, rec.stored_len))
    }

    fn raw_entry<'s>(&'s self, slot: &'s SectionSlot, rec: &EntryRecord) -> Result<Cow<'s, [u8]>, SectionErrorKind> {
        let start = Instant::now();
        // Verified and then used from this one copy.
        let stored = self.read(slot, slot.record.offset + rec.data_offset, rec.stored_len)?;
        if Digest::of(&stored) != rec.sha256 {
            return Err(SectionErrorKind::PayloadDigest);
        }
        let verified = Instant::now();
        slot.counters.verify_ns.fetch_add(nanos(verified - start), Ordering::Relaxed);
        if slot.record.codec == Codec::None {
            return Ok(stored);
        }
        let raw = decompress(slot.record.codec, &stored, rec.raw_len as usize).map_err(SectionErrorKind::Decompress)?;
        slot.counters.decompress_ns.fetch_add(nanos(verified.elapsed()), Ordering::Relaxed);
        Ok(Cow::Owned(raw))
    }

    /// Verifies, decompresses and decodes one entry as `T` on first access; later
    /// calls return the cached value. Asking for the same entry as two types is an error.
    pub fn entry<T: DeserializeOwned + Send + Sync + 'static>(&self, section: &str, key: &str) -> Result<Arc<T>, SectionError> {
        let (slot, ix) = self.slot_and_index(section)?;
        let provider = slot.record.provider.as_str();
        let (page, i) = self
            .find(slot, ix, key)
            .map_err(|k| self.err(section, provider, Some(key), k))?
            .ok_or_else(|| self.err(section, provider, Some(key), SectionErrorKind::EntryNotFound))?;
        let cached = page.values[i].get_or_init(|| {
            let raw = self.raw_entry(slot, &page.records[i])?;
            let start = Instant::now();
            let value: T = codec::decode(&raw).map_err(SectionErrorKind::Decode)?;
            slot.counters.decode_ns.fetch_add(nanos(start.elapsed()), Ordering::Relaxed);
            slot.counters.entries_loaded.fetch_add(1, Ordering::Relaxed);
            Ok(Arc::new(value) as Arc<dyn Any + Send + Sync>)
        });
        match cached {
            Ok(any) => {
                any.clone().downcast::<T>().map_err(|_| self.err(section, provider, Some(key), SectionErrorKind::TypeMismatch(std::any::type_name::<T>())))
            }
            Err(kind) => Err(self.err(section, provider, Some(key), kind.clone())),
        }
    }

    /// Every entry of `section` whose key `keep` accepts, verified,
    /// decompressed and decoded as `T`, in key order — on rayon's threads, and
    /// not cached: for a caller that takes each value once and keeps it (an
    /// incremental build reading an earlier file's tables).
    pub fn decode_entries<T: DeserializeOwned + Send>(&self, section: &str, keep: impl Fn(&str) -> bool + Sync) -> Result<Vec<(&str, T)>, SectionError> {
        use rayon::prelude::*;
        let (slot, ix) = self.slot_and_index(section)?;
        let provider = slot.record.provider.as_str();
        let pages = self.all_pages(slot, ix).map_err(|k| self.err(section, provider, None, k))?;
        let records: Vec<(&str, &EntryRecord)> =
            pages.iter().flat_map(|p| p.records.iter()).map(|r| (self.key_of(ix, r), r)).filter(|(k, _)| keep(k)).collect();
        records
            .into_par_iter()
            .map(|(key, rec)| {
                let decoded = self.raw_entry(slot, rec).and_then(|raw| codec::decode::<T>(&raw).map_err(SectionErrorKind::Decode));
                decoded.map(|v| (key, v)).map_err(|k| self.err(section, provider, Some(key), k))
            })
            .collect()
    }

    /// One entry decoded as `T`, not cached (see [`Snapshot::decode_entries`]).
    pub fn decode_entry<T: DeserializeOwned>(&self, section: &str, key: &str) -> Result<T, SectionError> {
        let raw = self.entry_bytes(section, key)?;
        let (slot, _) = self.slot_and_index(section)?;
        codec::decode(&raw).map_err(|e| self.err(section, &slot.record.provider, Some(key), SectionErrorKind::Decode(e)))
    }

    /// Reads `section`'s whole region in one read, for a caller that is about
    /// to read most of its entries (an incremental build copying them): one
    /// read instead of one per entry. Every entry is still verified when read.
    pub fn preload(&self, section: &str) -> Result<(), SectionError> {
        let slot = self.slot(section).ok_or_else(|| self.err(section, "", None, SectionErrorKind::NotFound))?;
        // Bytes already in memory are borrowed as they are.
        if slot.region.get().is_none() && !matches!(*self.storage, Storage::Owned(_)) {
            let r = &slot.record;
            let bytes = self.read(slot, r.offset, r.stored_len).map_err(|k| self.err(section, &r.provider, None, k))?;
            let _ = slot.region.set(bytes.into_owned());
        }
        Ok(())
    }

    /// Verifies every entry of every section (digests and decompression). The
    /// typed decode is left to whoever knows the types.
    pub fn verify_all(&self) -> Result<u64, SectionError> {
        let mut entries = 0;
        for slot in &self.slots {
            let (_, ix) = self.slot_and_index(&slot.record.id)?;
            let pages = self.all_pages(slot, ix).map_err(|k| self.err(&slot.record.id, &slot.record.provider, None, k))?;
            for rec in pages.iter().flat_map(|p| p.records.iter()) {
                self.raw_entry(slot, rec).map_err(|k| {
                    let key = self.key_of(ix, rec).to_string();
                    self.err(&slot.record.id, &slot.record.provider, Some(&key), k)
                })?;
                entries += 1;
            }
        }
        Ok(entries)
    }

    pub fn stats(&self) -> LoadingStats {
        let d = |a: &AtomicU64| Duration::from_nanos(a.load(Ordering::Relaxed));
        LoadingStats {
            file_len: self.preamble.file_len,
            reads: match *self.storage {
                Storage::File(_) => "on demand",
                Storage::Owned(_) => "in memory",
            },
            bytes_read: match *self.storage {
                Storage::File(_) => self.head_read + self.slots.iter().map(|s| s.counters.bytes_read.load(Ordering::Relaxed)).sum::<u64>(),
                Storage::Owned(_) => self.preamble.file_len,
            },
            open: self.open_time,
            validate: self.validate_time,
            sections: self
                .slots
                .iter()
                .map(|s| SectionLoadStats {
                    id: s.record.id.clone(),
                    codec: s.record.codec.name().into(),
                    entries: s.record.entry_count,
                    entries_loaded: s.counters.entries_loaded.load(Ordering::Relaxed),
                    stored_len: s.record.stored_len,
                    raw_len: s.record.raw_len,
                    compression_ratio: s.record.raw_len as f64 / (s.record.stored_len - s.record.index_len).max(1) as f64,
                    verify: d(&s.counters.verify_ns),
                    decompress: d(&s.counters.decompress_ns),
                    decode: d(&s.counters.decode_ns),
                })
                .collect(),
        }
    }
}

impl std::fmt::Debug for Snapshot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Snapshot").field("path", &self.path).field("file_len", &self.preamble.file_len).finish()
    }
}

struct Checked {
    preamble: Preamble,
    header: Header,
    records: Vec<SectionRecord>,
    seal: layout::Seal,
    bytes_read: u64,
}

enum Invalid {
    Format(FormatError),
    Read(io::Error),
}

impl From<FormatError> for Invalid {
    fn from(e: FormatError) -> Invalid {
        Invalid::Format(e)
    }
}

/// The eager checks: everything except section contents, on bytes read once.
fn check_file(storage: &Storage, len: u64) -> Result<Checked, Invalid> {
    let mut bytes_read = 0u64;
    let mut read = |offset: u64, n: usize| {
        bytes_read += n as u64;
        storage.read(offset, n).map_err(Invalid::Read)
    };
    let head_len = (layout::PREAMBLE_LEN as u64).min(len) as usize;
    let preamble = layout::decode_preamble_of(&read(0, head_len)?, len)?;
    let footer = layout::decode_footer(&read(len - layout::FOOTER_LEN as u64, layout::FOOTER_LEN)?)?;
    if footer.file_len != preamble.file_len {
        return Err(FormatError::FooterMismatch { field: "file_len" }.into());
    }
    if footer.meta_digest != preamble.meta_digest {
        return Err(FormatError::FooterMismatch { field: "meta_digest" }.into());
    }
    if preamble.flags & layout::FLAG_SIGNED == 0 && footer.seal != layout::Seal::NONE {
        return Err(FormatError::FooterMismatch { field: "signer or signature (file is not flagged as signed)" }.into());
    }
    let h_start = layout::PREAMBLE_LEN;
    let t_start = h_start + preamble.header_len as usize;
    let data_start = t_start + preamble.table_len as usize;
    // Preamble, header and table in one read: the digest is of the bytes decoded.
    let meta = read(0, data_start)?;
    let (header_bytes, table_bytes) = (&meta[h_start..t_start], &meta[t_start..data_start]);
    let computed = layout::meta_digest(&meta[..40], header_bytes, table_bytes);
    if computed != preamble.meta_digest {
        return Err(FormatError::MetaDigestMismatch { expected: preamble.meta_digest.to_hex(), found: computed.to_hex() }.into());
    }
    // The preamble decoded above came from an earlier read: it must be these bytes.
    if layout::decode_preamble_of(&meta, len)? != preamble {
        return Err(FormatError::Malformed { part: "preamble", detail: "changed while the file was being opened".into() }.into());
    }
    let header = layout::decode_header(header_bytes)?;
    if header.compat.format_version != preamble.format_version {
        return Err(FormatError::Malformed {
            part: "header",
            detail: format!("compat.format_version {} differs from the preamble's {}", header.compat.format_version, preamble.format_version),
        }
        .into());
    }
    let records = layout::decode_table(table_bytes)?;
    let footer_start = len - layout::FOOTER_LEN as u64;
    layout::check_placement(&records, data_start as u64, footer_start)?;
    // Padding: the gaps before each region must be zero.
    let mut cursor = data_start as u64;
    for r in &records {
        let gap = read(cursor, (r.offset - cursor) as usize)?;
        if let Some(p) = gap.iter().position(|&b| b != 0) {
            return Err(FormatError::NonZeroPadding { offset: cursor + p as u64 }.into());
        }
        cursor = r.offset + r.stored_len;
    }
    Ok(Checked { preamble, header, records, seal: footer.seal, bytes_read })
}
