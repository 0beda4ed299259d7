//! Streams a snapshot to any `Write + Seek`: sections are encoded one at a time
//! and written as soon as each is done, so a build holds one section's bytes
//! rather than the whole file. Layout (see [`crate::layout`]): preamble, header
//! and table first, then the aligned regions, then the footer. The table has a
//! fixed width, so its space is reserved up front and filled in once every
//! region's offset is known.

use std::borrow::{Borrow, Cow};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::Path;
use std::sync::Arc;

use rayon::prelude::*;

use crate::builder::BuildProgress;
use crate::compress::{compress, Codec, StoredEntry};
use crate::digest::Digest;
use crate::error::BuildError;
use crate::layout::{self, EntryRecord, Header, Preamble, SectionRecord};
use crate::loader::Storage;
use crate::provider::SectionOutput;

/// Below this many raw bytes a section's entries compress on the calling
/// thread: splitting the work would cost more than it saves.
const PARALLEL_MIN_BYTES: usize = 64 << 10;

/// A section to write. `S` is owned in a build, so each section's entries are
/// freed as soon as its region is encoded, and borrowed in `encode_snapshot`.
pub(crate) struct Job<'a, S> {
    pub section: S,
    pub provider: &'a str,
    pub codec: Codec,
}

pub(crate) struct Settings<'a> {
    pub zstd_level: i32,
    /// Copy stored entries of the section's codec as they are, zstd too (a
    /// build recompresses zstd ones at its level; composing layers must not).
    pub keep_stored: bool,
    pub sign_key: Option<&'a crate::keys::SecretKey>,
    /// Refuse a region the reader would refuse (builds do; `encode_snapshot`,
    /// which fuzzing uses to write hostile files, does not).
    pub check_index: bool,
    pub progress: Option<&'a dyn Fn(BuildProgress<'_>)>,
}

/// What was written.
pub(crate) struct Written {
    pub records: Vec<SectionRecord>,
    pub file_len: u64,
    pub meta_digest: Digest,
}

#[derive(Debug)]
pub(crate) enum EncodeError {
    Io(io::Error),
    Build(BuildError),
}

impl From<io::Error> for EncodeError {
    fn from(e: io::Error) -> Self {
        EncodeError::Io(e)
    }
}

impl From<BuildError> for EncodeError {
    fn from(e: BuildError) -> Self {
        EncodeError::Build(e)
    }
}

impl EncodeError {
    pub fn into_build(self, path: &Path) -> BuildError {
        match self {
            EncodeError::Io(source) => BuildError::Io { path: path.into(), source },
            EncodeError::Build(e) => e,
        }
    }
}

/// Writes a whole snapshot into `out`, which must be empty and at offset 0;
/// `jobs` must be in id order. `halfway` runs once half of the regions are
/// written (the write fault-injection pause hooks in there).
pub(crate) fn write_snapshot<W, S>(
    out: &mut W,
    header: &Header,
    jobs: Vec<Job<'_, S>>,
    settings: &Settings,
    halfway: &mut dyn FnMut(&mut W) -> io::Result<()>,
) -> Result<Written, EncodeError>
where
    W: Write + Seek,
    S: Borrow<SectionOutput>,
{
    let header_bytes = layout::encode_header(header);
    let mut records: Vec<SectionRecord> = jobs.iter().map(|j| placeholder(j.section.borrow(), j.provider, j.codec)).collect();
    let table_len = layout::encode_table(&records).len() as u64;
    let prefix_len = layout::PREAMBLE_LEN as u64 + header_bytes.len() as u64 + table_len;
    // Zeros until the end: a file cut short has no magic, so nothing reads it as a snapshot.
    zeros(out, prefix_len)?;

    let total = jobs.len();
    let pause_after = total.div_ceil(2);
    if pause_after == 0 {
        halfway(out)?;
    }
    let mut cursor = prefix_len;
    let mut copy_buf = Vec::new();
    for (i, job) in jobs.into_iter().enumerate() {
        let Job { section, provider, codec } = job;
        if let Some(progress) = settings.progress {
            progress(BuildProgress::Section { id: &section.borrow().id, done: i, total });
        }
        let mut region = encode_section(section.borrow(), provider, codec, settings.zstd_level, settings.keep_stored)?;
        if settings.check_index {
            // Whatever is written must pass the reader's index checks (size and ratio limits).
            layout::decode_index(&region.record, &region.index).map_err(|e| BuildError::Provider { provider: provider.into(), detail: e.to_string() })?;
        }
        let offset = layout::align_up(cursor, layout::align_for(codec));
        let Some(offset) = offset else {
            let detail = format!("section `{}` would start past the largest offset a file can have", section.borrow().id);
            return Err(io::Error::new(io::ErrorKind::FileTooLarge, detail).into());
        };
        region.record.offset = offset;
        zeros(out, region.record.offset - cursor)?;
        out.write_all(&region.index)?;
        write_pieces(out, &section.borrow().id, &region.payloads, &mut copy_buf)?;
        cursor = region.record.offset + region.record.stored_len;
        records[i] = region.record;
        // Payloads may borrow the section's stored entries: both go now.
        drop(region.payloads);
        drop(section);
        if i + 1 == pause_after {
            halfway(out)?;
        }
    }

    let file_len = cursor + layout::FOOTER_LEN as u64;
    let table = layout::encode_table(&records);
    debug_assert_eq!(table.len() as u64, table_len, "the table's width does not depend on offsets");
    let mut preamble = Preamble {
        format_version: layout::FORMAT_VERSION,
        flags: if settings.sign_key.is_some() { layout::FLAG_SIGNED } else { 0 },
        header_len: header_bytes.len() as u64,
        table_len,
        file_len,
        meta_digest: Digest::default(),
    };
    // The digest covers the preamble's first 40 bytes (flags and lengths included).
    preamble.meta_digest = layout::meta_digest(&layout::encode_preamble(&preamble)[..40], &header_bytes, &table);
    let seal = settings.sign_key.map_or(layout::Seal::NONE, |key| crate::sign::seal(key, &preamble.meta_digest));
    out.write_all(&layout::encode_footer(file_len, &preamble.meta_digest, &seal))?;
    out.seek(SeekFrom::Start(0))?;
    out.write_all(&layout::encode_preamble(&preamble))?;
    out.write_all(&header_bytes)?;
    out.write_all(&table)?;
    Ok(Written { records, file_len, meta_digest: preamble.meta_digest })
}

fn zeros(out: &mut impl Write, n: u64) -> io::Result<()> {
    io::copy(&mut io::repeat(0).take(n), out).map(drop)
}

/// A table row whose encoded width is final (ids and codec known; numbers fixed-width).
fn placeholder(section: &SectionOutput, provider: &str, codec: Codec) -> SectionRecord {
    SectionRecord {
        id: section.id.clone(),
        provider: provider.into(),
        codec,
        offset: 0,
        stored_len: 0,
        raw_len: 0,
        entry_count: 0,
        index_len: 0,
        index_sha256: Digest::default(),
    }
}

/// One encoded section region: the index (page directory, records, keys), then
/// the payloads, each compressed on its own so that one entry can be verified
/// and decoded without touching the others. Kept apart so they are written
/// without being copied into one buffer.
struct Region<'a> {
    index: Vec<u8>,
    /// Borrowed, or left in their file, where an earlier snapshot's stored
    /// bytes are copied as they are.
    payloads: Vec<Piece<'a>>,
    /// Offset still 0: placed by the writer.
    record: SectionRecord,
}

fn encode_section<'a>(section: &'a SectionOutput, provider: &str, codec: Codec, zstd_level: i32, keep_stored: bool) -> Result<Region<'a>, BuildError> {
    // Raw and already stored entries, in key order (keys are unique across both).
    let mut items: Vec<(&str, Payload<'a>)> = section.entries.iter().map(|(k, v)| (k.as_str(), Payload::Raw(v))).collect();
    items.extend(section.stored().iter().map(|(k, s)| (k.as_str(), Payload::Stored(s))));
    items.sort_by(|a, b| a.0.cmp(b.0));
    let n = items.len();
    let keys_len: usize = items.iter().map(|(k, _)| k.len()).sum();
    let directory_len = layout::directory_len(items.iter().map(|(k, _)| *k));
    let index_len = (directory_len + n * layout::RECORD_LEN + keys_len) as u64;
    let payloads_in: Vec<Payload<'a>> = items.iter().map(|(_, p)| *p).collect();
    let compressed = compress_all(&payloads_in, codec, zstd_level, keep_stored).map_err(|(i, detail)| match payloads_in[i] {
        Payload::Stored(s) if s.unread().is_some() => BuildError::Reused { section: section.id.clone(), key: items[i].0.into(), detail },
        _ => BuildError::Provider { provider: provider.into(), detail: format!("section `{}`, entry `{}`: {detail}", section.id, items[i].0) },
    })?;
    let mut keys = Vec::with_capacity(keys_len);
    let mut records = Vec::with_capacity(n);
    let mut payloads = Vec::with_capacity(n);
    let (mut raw_len, mut data_offset) = (0u64, index_len);
    for ((key, payload), (stored, sha256)) in items.iter().zip(compressed) {
        let stored = match stored {
            Piece::Copy { entry, storage, offset, .. } => Piece::Copy { entry, key, storage, offset },
            bytes => bytes,
        };
        records.push(EntryRecord {
            key_offset: keys.len() as u32,
            key_len: key.len() as u32,
            data_offset,
            stored_len: stored.len(),
            raw_len: payload.raw_len(),
            sha256,
        });
        keys.extend_from_slice(key.as_bytes());
        data_offset += stored.len();
        raw_len += payload.raw_len();
        payloads.push(stored);
    }
    let index = layout::encode_index(&records, &keys);
    debug_assert_eq!(index.len() as u64, index_len);
    let record = SectionRecord {
        id: section.id.clone(),
        provider: provider.into(),
        codec,
        offset: 0,
        stored_len: data_offset,
        raw_len,
        entry_count: n as u32,
        index_len,
        index_sha256: Digest::of(&index[..directory_len]),
    };
    Ok(Region { index, payloads, record })
}

/// Each entry compressed and hashed, in order. Entries are independent, so a
/// large section spreads over rayon's threads; the result (and so the file)
/// does not depend on how many there are.
fn compress_all<'a>(raws: &[Payload<'a>], codec: Codec, zstd_level: i32, keep_stored: bool) -> Result<Vec<(Piece<'a>, Digest)>, (usize, String)> {
    let one = |(i, p): (usize, &Payload<'a>)| {
        let stored = match *p {
            Payload::Raw(raw) => Cow::Owned(compress(codec, raw, zstd_level).map_err(|e| (i, e))?),
            // Copied as they were stored, with the digest they are (or will be) checked against.
            Payload::Stored(s) if s.codec == codec && (keep_stored || codec != Codec::Zstd) => {
                return Ok(match s.unread() {
                    Some((storage, offset, _)) => (Piece::Copy { entry: s, key: "", storage, offset }, s.sha256),
                    None => (Piece::Bytes(s.bytes().map_err(|e| (i, e))?), s.sha256),
                })
            }
            Payload::Stored(s) => {
                let raw = s.raw().map_err(|e| (i, format!("stored bytes do not decompress: {e}")))?;
                Cow::Owned(compress(codec, &raw, zstd_level).map_err(|e| (i, e))?)
            }
        };
        let digest = Digest::of(&stored);
        Ok((Piece::Bytes(stored), digest))
    };
    let total: u64 = raws.iter().map(Payload::raw_len).sum();
    if raws.len() < 2 || total < PARALLEL_MIN_BYTES as u64 {
        return raws.iter().enumerate().map(one).collect();
    }
    raws.par_iter().enumerate().map(one).collect()
}

/// Most a run of copied entries is read at once.
const COPY_CHUNK: u64 = 4 << 20;

/// One entry's stored bytes, as the writer gets them.
enum Piece<'a> {
    Bytes(Cow<'a, [u8]>),
    /// An earlier snapshot's entry still in its file (`key` names it in
    /// errors), at `offset` of `storage` (where [`StoredEntry::unread`] said).
    Copy {
        entry: &'a StoredEntry,
        key: &'a str,
        storage: &'a Arc<Storage>,
        offset: u64,
    },
}

impl Piece<'_> {
    fn len(&self) -> u64 {
        match self {
            Piece::Bytes(b) => b.len() as u64,
            Piece::Copy { entry, .. } => entry.stored_len(),
        }
    }
}

/// Writes `pieces` in order. Entries left in an earlier snapshot's file that
/// lie one after another (unchanged functions, in key order there as here)
/// are read in one read of up to [`COPY_CHUNK`] into `buf`, each verified
/// against its digest on rayon's threads, then written: no more memory than
/// one chunk, and each byte hashed once. (Overlapping the hashing with the
/// write of the run before measured no faster on two cores.)
fn write_pieces(out: &mut impl Write, section: &str, pieces: &[Piece<'_>], buf: &mut Vec<u8>) -> Result<(), EncodeError> {
    let mut i = 0;
    while i < pieces.len() {
        let &Piece::Copy { storage, offset: start, .. } = &pieces[i] else {
            if let Piece::Bytes(b) = &pieces[i] {
                out.write_all(b)?;
            }
            i += 1;
            continue;
        };
        // The run: same file, each entry where the last one ended.
        let (mut end, mut at) = (i, start);
        while let Some(&Piece::Copy { entry, storage: s, offset, .. }) = pieces.get(end) {
            let len = entry.stored_len();
            if !Arc::ptr_eq(s, storage) || offset != at || (end > i && at + len - start > COPY_CHUNK) {
                break;
            }
            at += len;
            end += 1;
        }
        let run = &pieces[i..end];
        storage.read_into(start, at - start, buf).map_err(|e| reused(section, &run[0], format!("cannot read it: {e}")))?;
        if let Some(p) = first_damaged(run, buf) {
            return Err(reused(section, p, "its bytes no longer match their SHA-256 digest".into()));
        }
        out.write_all(buf)?;
        i = end;
    }
    Ok(())
}

/// The first piece of `run` (read into `bytes`, one after another) whose bytes do not match its digest.
fn first_damaged<'p, 'a>(run: &'p [Piece<'a>], bytes: &[u8]) -> Option<&'p Piece<'a>> {
    let mut offsets = Vec::with_capacity(run.len());
    let mut o = 0usize;
    for p in run {
        offsets.push(o);
        o += p.len() as usize;
    }
    run.par_iter()
        .zip(offsets)
        .find_first(|(p, o)| match p {
            Piece::Copy { entry, .. } => bytes.get(*o..*o + entry.stored_len() as usize).is_none_or(|b| Digest::of(b) != entry.sha256),
            Piece::Bytes(_) => false,
        })
        .map(|(p, _)| p)
}

fn reused(section: &str, piece: &Piece<'_>, detail: String) -> EncodeError {
    let key = match piece {
        Piece::Copy { key, .. } => key.to_string(),
        Piece::Bytes(_) => String::new(),
    };
    EncodeError::Build(BuildError::Reused { section: section.into(), key, detail })
}

/// One entry's bytes on their way into a section.
#[derive(Clone, Copy)]
enum Payload<'a> {
    Raw(&'a [u8]),
    Stored(&'a StoredEntry),
}

impl Payload<'_> {
    fn raw_len(&self) -> u64 {
        match self {
            Payload::Raw(r) => r.len() as u64,
            Payload::Stored(s) => s.raw_len,
        }
    }
}
