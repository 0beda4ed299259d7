//! The byte layout of a snapshot file. This is the only module that knows where
//! bytes go; `FORMAT.md` describes the same layout in prose and must change with it.
//!
//! ```text
//! [preamble 72 B][header][section table][zero pad][section 0][zero pad][section 1]...[footer 144 B]
//! section region = [page directory][entry records n×64 B][entry keys][entry payloads, contiguous]
//! ```
//! All integers are little-endian. Every byte is covered by a check: the preamble,
//! header and table by `meta_digest`; each section's records and keys by the
//! table's `index_sha256` (over the page directory) and the directory's page
//! digests; each payload by its record's `sha256`; padding must be
//! zero; the footer repeats the file length and `meta_digest`.

use std::collections::BTreeMap;

use crate::compress::Codec;
use crate::digest::{sha256_parts, Digest};
use crate::error::FormatError;

/// First eight bytes of every snapshot. The high byte and the newline catch
/// text-mode transfers that would otherwise corrupt the file silently.
pub const MAGIC: [u8; 8] = *b"\x89RMSNAP\n";
/// First eight bytes of the footer: the completion marker, written last.
pub const FOOTER_MAGIC: [u8; 8] = *b"\x89RMSEND\n";
/// The format version this crate writes and the only one it reads.
pub const FORMAT_VERSION: u32 = 5;

pub const PREAMBLE_LEN: usize = 72;
pub const FOOTER_LEN: usize = 144;
/// Preamble flag: the footer carries the signer's Ed25519 public key and signature (see `sign.rs`).
pub const FLAG_SIGNED: u32 = 1;
pub const RECORD_LEN: usize = 64;
/// Entry records per index page, the unit the loader verifies on first touch.
pub const PAGE_ENTRIES: usize = 64;
/// Minimum alignment of a section region.
pub const SECTION_ALIGN: u64 = 64;
/// Alignment of uncompressed section regions, so they can be used from the map.
pub const PAGE_ALIGN: u64 = 4096;

/// Upper bounds checked before anything is allocated from a length field.
pub const MAX_HEADER_LEN: u64 = 1 << 20;
pub const MAX_TABLE_LEN: u64 = 16 << 20;
pub const MAX_SECTIONS: u32 = 4096;
pub const MAX_STRING_LEN: u32 = 4096;
pub const MAX_MAP_LEN: u32 = 4096;
/// Largest decoded entry we accept (real entries are under 1 MiB).
pub const MAX_ENTRY_RAW_LEN: u64 = 64 << 20;
/// A compressed entry may not declare more than this many raw bytes per stored
/// byte (plus [`RATIO_SLACK`]): the output buffer is sized from `raw_len`, so the
/// file's real bytes bound what a reader allocates. Code and metadata compress
/// far below this; only a decompression bomb gets near it.
pub const MAX_COMPRESSION_RATIO: u64 = 1024;
pub const RATIO_SLACK: u64 = 64 << 10;

/// The fixed-size start of the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Preamble {
    pub format_version: u32,
    pub flags: u32,
    pub header_len: u64,
    pub table_len: u64,
    pub file_len: u64,
    pub meta_digest: Digest,
}

/// What a snapshot was built for. Two snapshots with equal keys are interchangeable
/// for a runtime; any difference makes the loader refuse with the field named.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CompatKey {
    pub format_version: u32,
    pub runtime_version: String,
    pub target_triple: String,
    pub pointer_width: u32,
    pub endianness: String,
    /// Provider id → what that provider stamped into the snapshot.
    pub providers: BTreeMap<String, ProviderStamp>,
}

/// A provider's version and the fingerprints it declares (e.g. a builtin ABI hash).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ProviderStamp {
    pub version: String,
    pub fingerprints: BTreeMap<String, String>,
}

/// Everything between the preamble and the section table.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Header {
    pub compat: CompatKey,
    /// Free-form build facts (generator name, inputs); deterministic by construction.
    pub meta: BTreeMap<String, String>,
}

/// One row of the section table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionRecord {
    pub id: String,
    pub provider: String,
    pub codec: Codec,
    pub offset: u64,
    /// Length of the whole region: records, keys and payloads.
    pub stored_len: u64,
    /// Sum of the decoded lengths of all entries.
    pub raw_len: u64,
    pub entry_count: u32,
    /// Length of records + keys.
    pub index_len: u64,
    pub index_sha256: Digest,
}

/// One entry record inside a section region (64 bytes on disk).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EntryRecord {
    pub key_offset: u32,
    pub key_len: u32,
    /// Offset of the payload from the start of the region.
    pub data_offset: u64,
    pub stored_len: u64,
    pub raw_len: u64,
    pub sha256: Digest,
}

pub fn align_for(codec: Codec) -> u64 {
    match codec {
        Codec::None => PAGE_ALIGN,
        _ => SECTION_ALIGN,
    }
}

pub fn align_up(value: u64, align: u64) -> Option<u64> {
    value.checked_add(align - 1).map(|v| v & !(align - 1))
}

// ---------------------------------------------------------------- writing

pub fn encode_preamble(p: &Preamble) -> [u8; PREAMBLE_LEN] {
    let mut out = [0u8; PREAMBLE_LEN];
    out[0..8].copy_from_slice(&MAGIC);
    out[8..12].copy_from_slice(&p.format_version.to_le_bytes());
    out[12..16].copy_from_slice(&p.flags.to_le_bytes());
    out[16..24].copy_from_slice(&p.header_len.to_le_bytes());
    out[24..32].copy_from_slice(&p.table_len.to_le_bytes());
    out[32..40].copy_from_slice(&p.file_len.to_le_bytes());
    out[40..72].copy_from_slice(&p.meta_digest.0);
    out
}

/// The digest that seals the preamble's first 40 bytes, the header and the table.
pub fn meta_digest(preamble_prefix: &[u8], header: &[u8], table: &[u8]) -> Digest {
    sha256_parts(&[preamble_prefix, header, table])
}

/// The footer's signature fields: who claims to have signed, and the signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seal {
    /// The signer's Ed25519 public key. Names the signer; never trusted to verify.
    pub signer: [u8; 32],
    pub signature: [u8; 64],
}

impl Seal {
    /// What an unsigned file holds.
    pub const NONE: Seal = Seal { signer: [0; 32], signature: [0; 64] };
}

pub fn encode_footer(file_len: u64, meta: &Digest, seal: &Seal) -> [u8; FOOTER_LEN] {
    let mut out = [0u8; FOOTER_LEN];
    out[0..8].copy_from_slice(&FOOTER_MAGIC);
    out[8..16].copy_from_slice(&file_len.to_le_bytes());
    out[16..48].copy_from_slice(&meta.0);
    out[48..80].copy_from_slice(&seal.signer);
    out[80..144].copy_from_slice(&seal.signature);
    out
}

/// Marks a complete unsigned file as signed: sets [`FLAG_SIGNED`], reseals the
/// meta digest (it covers the flags) in preamble and footer, and stores the
/// seal `sign` computes from the new digest.
pub fn seal_signed(bytes: &mut [u8], sign: impl FnOnce(&Digest) -> Seal) -> Result<(), FormatError> {
    let p = decode_preamble(bytes)?;
    let (h_end, t_end) = (PREAMBLE_LEN + p.header_len as usize, PREAMBLE_LEN + (p.header_len + p.table_len) as usize);
    bytes[12..16].copy_from_slice(&(p.flags | FLAG_SIGNED).to_le_bytes());
    let digest = meta_digest(&bytes[..40], &bytes[PREAMBLE_LEN..h_end], &bytes[h_end..t_end]);
    let seal = sign(&digest);
    let footer = bytes.len() - FOOTER_LEN;
    bytes[40..72].copy_from_slice(&digest.0);
    bytes[footer..].copy_from_slice(&encode_footer(p.file_len, &digest, &seal));
    Ok(())
}

/// What the footer holds.
pub struct Footer {
    pub file_len: u64,
    pub meta_digest: Digest,
    pub seal: Seal,
}

#[derive(Default)]
struct Writer(Vec<u8>);

impl Writer {
    fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn str(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.0.extend_from_slice(s.as_bytes());
    }
    fn map(&mut self, m: &BTreeMap<String, String>) {
        self.u32(m.len() as u32);
        for (k, v) in m {
            self.str(k);
            self.str(v);
        }
    }
}

pub fn encode_header(h: &Header) -> Vec<u8> {
    let mut w = Writer::default();
    let c = &h.compat;
    w.u32(c.format_version);
    w.str(&c.runtime_version);
    w.str(&c.target_triple);
    w.u32(c.pointer_width);
    w.str(&c.endianness);
    w.u32(c.providers.len() as u32);
    for (id, stamp) in &c.providers {
        w.str(id);
        w.str(&stamp.version);
        w.map(&stamp.fingerprints);
    }
    w.map(&h.meta);
    w.0
}

pub fn encode_table(sections: &[SectionRecord]) -> Vec<u8> {
    let mut w = Writer::default();
    w.u32(sections.len() as u32);
    for s in sections {
        w.str(&s.id);
        w.str(&s.provider);
        w.u8(s.codec as u8);
        w.u64(s.offset);
        w.u64(s.stored_len);
        w.u64(s.raw_len);
        w.u32(s.entry_count);
        w.u64(s.index_len);
        w.0.extend_from_slice(&s.index_sha256.0);
    }
    w.0
}

/// Number of index pages for `entries` entries.
pub fn page_count(entries: usize) -> usize {
    entries.div_ceil(PAGE_ENTRIES)
}

/// Length of the page directory: per page, a 32-byte digest and its first key as `str`.
pub fn directory_len<'k>(keys: impl Iterator<Item = &'k str>) -> usize {
    keys.step_by(PAGE_ENTRIES).map(|k| 32 + 4 + k.len()).sum()
}

fn record_bytes(r: &EntryRecord) -> [u8; RECORD_LEN] {
    let mut out = [0u8; RECORD_LEN];
    out[0..4].copy_from_slice(&r.key_offset.to_le_bytes());
    out[4..8].copy_from_slice(&r.key_len.to_le_bytes());
    out[8..16].copy_from_slice(&r.data_offset.to_le_bytes());
    out[16..24].copy_from_slice(&r.stored_len.to_le_bytes());
    out[24..32].copy_from_slice(&r.raw_len.to_le_bytes());
    out[32..64].copy_from_slice(&r.sha256.0);
    out
}

/// A page's digest: SHA-256 of its records and then their keys.
pub fn page_digest(records: &[u8], keys: &[u8]) -> Digest {
    sha256_parts(&[records, keys])
}

/// The index: page directory, records, keys. `records[i].key_offset` is
/// relative to the key area. The table's `index_sha256` is the directory's digest.
pub fn encode_index(records: &[EntryRecord], keys: &[u8]) -> Vec<u8> {
    let record_area: Vec<u8> = records.iter().flat_map(record_bytes).collect();
    let mut out = Vec::with_capacity(records.len() * (RECORD_LEN + 8) + keys.len());
    for page in 0..page_count(records.len()) {
        let (first, end) = (page * PAGE_ENTRIES, ((page + 1) * PAGE_ENTRIES).min(records.len()));
        let key_start = records[first].key_offset as usize;
        let key_end = records[end - 1].key_offset as usize + records[end - 1].key_len as usize;
        out.extend_from_slice(&page_digest(&record_area[first * RECORD_LEN..end * RECORD_LEN], &keys[key_start..key_end]).0);
        out.extend_from_slice(&records[first].key_len.to_le_bytes());
        out.extend_from_slice(&keys[key_start..key_start + records[first].key_len as usize]);
    }
    out.extend_from_slice(&record_area);
    out.extend_from_slice(keys);
    out
}

// ---------------------------------------------------------------- reading

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
    what: &'static str,
}

impl<'a> Reader<'a> {
    fn new(bytes: &'a [u8], what: &'static str) -> Self {
        Reader { bytes, pos: 0, what }
    }
    fn take(&mut self, n: usize, field: &'static str) -> Result<&'a [u8], FormatError> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.bytes.len());
        // Lazily: this runs for every field of every index record.
        let end = end.ok_or_else(|| self.past_end(field))?;
        let s = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(s)
    }
    /// The next `N` bytes as an array (one bounds check, no conversion that could fail).
    fn array<const N: usize>(&mut self, field: &'static str) -> Result<[u8; N], FormatError> {
        let Some(a) = self.bytes.get(self.pos..).and_then(<[u8]>::first_chunk::<N>) else { return Err(self.past_end(field)) };
        self.pos += N;
        Ok(*a)
    }
    fn past_end(&self, field: &'static str) -> FormatError {
        FormatError::Malformed { part: self.what, detail: format!("`{field}` runs past the end ({} bytes)", self.bytes.len()) }
    }
    fn u8(&mut self, field: &'static str) -> Result<u8, FormatError> {
        let [b] = self.array(field)?;
        Ok(b)
    }
    fn u32(&mut self, field: &'static str) -> Result<u32, FormatError> {
        Ok(u32::from_le_bytes(self.array(field)?))
    }
    fn u64(&mut self, field: &'static str) -> Result<u64, FormatError> {
        Ok(u64::from_le_bytes(self.array(field)?))
    }
    fn digest(&mut self, field: &'static str) -> Result<Digest, FormatError> {
        Ok(Digest(self.array(field)?))
    }
    fn count(&mut self, field: &'static str, max: u32) -> Result<u32, FormatError> {
        let n = self.u32(field)?;
        if n > max {
            return Err(self.bad(format!("`{field}` is {n}, more than the limit {max}")));
        }
        Ok(n)
    }
    fn str(&mut self, field: &'static str) -> Result<String, FormatError> {
        let n = self.count(field, MAX_STRING_LEN)?;
        let raw = self.take(n as usize, field)?;
        String::from_utf8(raw.to_vec()).map_err(|_| self.bad(format!("`{field}` is not valid UTF-8")))
    }
    fn map(&mut self, field: &'static str) -> Result<BTreeMap<String, String>, FormatError> {
        let n = self.count(field, MAX_MAP_LEN)?;
        let mut m = BTreeMap::new();
        let mut last: Option<String> = None;
        for _ in 0..n {
            let k = self.str(field)?;
            let v = self.str(field)?;
            // Strictly increasing keys keep the encoding canonical.
            if last.as_ref().is_some_and(|l| *l >= k) {
                return Err(self.bad(format!("keys of `{field}` are not sorted and unique")));
            }
            last = Some(k.clone());
            m.insert(k, v);
        }
        Ok(m)
    }
    fn finish(&self) -> Result<(), FormatError> {
        if self.pos != self.bytes.len() {
            return Err(self.bad(format!("{} trailing bytes", self.bytes.len() - self.pos)));
        }
        Ok(())
    }
    fn bad(&self, detail: String) -> FormatError {
        FormatError::Malformed { part: self.what, detail }
    }
}

/// Parses the preamble; checks magic, version, reserved flags and length bounds.
pub fn decode_preamble(bytes: &[u8]) -> Result<Preamble, FormatError> {
    decode_preamble_of(bytes, bytes.len() as u64)
}

/// [`decode_preamble`] for a file of `actual_len` bytes whose first bytes are
/// `bytes` (a reader that does not hold the whole file).
pub fn decode_preamble_of(bytes: &[u8], actual_len: u64) -> Result<Preamble, FormatError> {
    let preamble = bytes.get(..PREAMBLE_LEN).filter(|_| actual_len >= (PREAMBLE_LEN + FOOTER_LEN) as u64);
    let Some(preamble) = preamble else {
        return Err(FormatError::Truncated { len: actual_len, needed: (PREAMBLE_LEN + FOOTER_LEN) as u64 });
    };
    let mut r = Reader::new(preamble, "preamble");
    let magic = r.array("magic")?;
    if magic != MAGIC {
        return Err(FormatError::BadMagic { found: magic });
    }
    let format_version = r.u32("format_version")?;
    if format_version != FORMAT_VERSION {
        return Err(FormatError::UnsupportedVersion { found: format_version, supported: FORMAT_VERSION });
    }
    let flags = r.u32("flags")?;
    if flags & !FLAG_SIGNED != 0 {
        return Err(FormatError::Malformed { part: "preamble", detail: format!("reserved flags are {:#x}, expected 0", flags & !FLAG_SIGNED) });
    }
    let header_len = r.u64("header_len")?;
    let table_len = r.u64("table_len")?;
    let file_len = r.u64("file_len")?;
    let meta_digest = r.digest("meta_digest")?;
    if header_len > MAX_HEADER_LEN || table_len > MAX_TABLE_LEN {
        return Err(FormatError::Malformed { part: "preamble", detail: format!("header_len {header_len} or table_len {table_len} exceeds its limit") });
    }
    if file_len != actual_len {
        return Err(FormatError::LengthMismatch { declared: file_len, actual: actual_len });
    }
    let meta_end = PREAMBLE_LEN as u64 + header_len + table_len;
    if meta_end + FOOTER_LEN as u64 > file_len {
        return Err(FormatError::Truncated { len: file_len, needed: meta_end + FOOTER_LEN as u64 });
    }
    Ok(Preamble { format_version, flags, header_len, table_len, file_len, meta_digest })
}

/// Parses the footer, the last [`FOOTER_LEN`] bytes of `bytes`.
pub fn decode_footer(bytes: &[u8]) -> Result<Footer, FormatError> {
    let Some(f) = bytes.last_chunk::<FOOTER_LEN>() else {
        return Err(FormatError::Truncated { len: bytes.len() as u64, needed: FOOTER_LEN as u64 });
    };
    // The reader cannot run past 144 bytes holding exactly these fields.
    let mut r = Reader::new(f, "footer");
    if r.array("completion marker")? != FOOTER_MAGIC {
        return Err(FormatError::MissingCompletionMarker);
    }
    let file_len = r.u64("file_len")?;
    let meta_digest = r.digest("meta_digest")?;
    let seal = Seal { signer: r.array("signer")?, signature: r.array("signature")? };
    r.finish()?;
    Ok(Footer { file_len, meta_digest, seal })
}

pub fn decode_header(bytes: &[u8]) -> Result<Header, FormatError> {
    let mut r = Reader::new(bytes, "header");
    let format_version = r.u32("compat.format_version")?;
    let runtime_version = r.str("compat.runtime_version")?;
    let target_triple = r.str("compat.target_triple")?;
    let pointer_width = r.u32("compat.pointer_width")?;
    let endianness = r.str("compat.endianness")?;
    let n = r.count("compat.providers", MAX_MAP_LEN)?;
    let mut providers = BTreeMap::new();
    for _ in 0..n {
        let id = r.str("compat.providers.id")?;
        let version = r.str("compat.providers.version")?;
        let fingerprints = r.map("compat.providers.fingerprints")?;
        if providers.keys().next_back().is_some_and(|l: &String| *l >= id) {
            return Err(r.bad("provider ids are not sorted and unique".into()));
        }
        providers.insert(id, ProviderStamp { version, fingerprints });
    }
    let meta = r.map("meta")?;
    r.finish()?;
    Ok(Header { compat: CompatKey { format_version, runtime_version, target_triple, pointer_width, endianness, providers }, meta })
}

pub fn decode_table(bytes: &[u8]) -> Result<Vec<SectionRecord>, FormatError> {
    let mut r = Reader::new(bytes, "section table");
    let n = r.count("section_count", MAX_SECTIONS)?;
    let mut out: Vec<SectionRecord> = Vec::with_capacity(n as usize);
    for _ in 0..n {
        let id = r.str("id")?;
        let provider = r.str("provider")?;
        let codec_byte = r.u8("codec")?;
        let codec = Codec::from_byte(codec_byte).ok_or_else(|| r.bad(format!("section `{id}` has unknown codec {codec_byte}")))?;
        let rec = SectionRecord {
            id,
            provider,
            codec,
            offset: r.u64("offset")?,
            stored_len: r.u64("stored_len")?,
            raw_len: r.u64("raw_len")?,
            entry_count: r.u32("entry_count")?,
            index_len: r.u64("index_len")?,
            index_sha256: r.digest("index_sha256")?,
        };
        if out.last().is_some_and(|l| l.id >= rec.id) {
            return Err(r.bad(format!("section `{}` is out of order or repeated", rec.id)));
        }
        out.push(rec);
    }
    r.finish()?;
    Ok(out)
}

/// Checks that sections tile the data area exactly: each starts at the next
/// aligned offset after the previous one, and the last ends at the footer.
pub fn check_placement(sections: &[SectionRecord], data_start: u64, footer_start: u64) -> Result<(), FormatError> {
    let mut cursor = data_start;
    for s in sections {
        let bad = |detail: String| FormatError::BadSection { id: s.id.clone(), detail };
        let expected = align_up(cursor, align_for(s.codec)).ok_or_else(|| bad("offset overflows".into()))?;
        if s.offset != expected {
            return Err(bad(format!("offset is {}, expected {expected}", s.offset)));
        }
        let end = s.offset.checked_add(s.stored_len).filter(|&e| e <= footer_start);
        cursor = end.ok_or_else(|| bad(format!("region of {} bytes at {} runs past the data area", s.stored_len, s.offset)))?;
        let min_index = (s.entry_count as u64) * RECORD_LEN as u64;
        if s.index_len < min_index || s.index_len > s.stored_len {
            return Err(bad(format!("index_len {} does not fit {} entries in {} bytes", s.index_len, s.entry_count, s.stored_len)));
        }
        if s.codec == Codec::None && s.raw_len != s.stored_len - s.index_len {
            return Err(bad(format!("uncompressed section stores {} payload bytes but declares raw_len {}", s.stored_len - s.index_len, s.raw_len)));
        }
    }
    if cursor != footer_start {
        return Err(FormatError::Malformed { part: "section table", detail: format!("sections end at {cursor} but the footer starts at {footer_start}") });
    }
    Ok(())
}

/// One page of an index, as the directory describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageRef {
    pub digest: Digest,
    pub first_key: String,
}

/// A section's page directory, parsed (its digest is the table's `index_sha256`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directory {
    pub pages: Vec<PageRef>,
    /// Its length in bytes; the records follow it.
    pub len: usize,
}

impl Directory {
    /// Offset of the key area from the start of the index.
    pub fn keys_at(&self, section: &SectionRecord) -> usize {
        self.len + section.entry_count as usize * RECORD_LEN
    }
    /// Entries of page `p`: `first..end`.
    pub fn entries(&self, section: &SectionRecord, p: usize) -> (usize, usize) {
        (p * PAGE_ENTRIES, ((p + 1) * PAGE_ENTRIES).min(section.entry_count as usize))
    }
    /// The page that would hold `key`, by the directory's first keys.
    pub fn page_for(&self, key: &str) -> Option<usize> {
        self.pages.partition_point(|p| p.first_key.as_str() <= key).checked_sub(1)
    }
}

/// Parses the page directory at the start of `index` (not yet hashed: the
/// caller compares the digest of `index[..len]` with `index_sha256`).
pub fn decode_directory(section: &SectionRecord, index: &[u8]) -> Result<Directory, FormatError> {
    let bad = |detail: String| FormatError::BadSection { id: section.id.clone(), detail };
    let n = section.entry_count as usize;
    let mut r = Reader::new(index, "page directory");
    let mut pages: Vec<PageRef> = Vec::with_capacity(page_count(n));
    for p in 0..page_count(n) {
        let digest = r.digest("page digest")?;
        let first_key = r.str("page first key").map_err(|_| bad(format!("page {p}: first key is malformed or runs past the index")))?;
        if pages.last().is_some_and(|l| l.first_key >= first_key) {
            return Err(bad(format!("page {p}: first keys are not sorted and unique")));
        }
        pages.push(PageRef { digest, first_key });
    }
    let len = r.pos;
    if (len + n * RECORD_LEN) as u64 > section.index_len {
        return Err(bad(format!("directory ({len} bytes) and {n} records do not fit index_len {}", section.index_len)));
    }
    Ok(Directory { pages, len })
}

/// Page `p`'s record bytes and key bytes inside `index`, bounds-checked. The
/// key range comes from unverified records; the page digest then vouches for it.
pub fn page_parts<'a>(section: &SectionRecord, dir: &Directory, index: &'a [u8], p: usize) -> Result<(&'a [u8], &'a [u8]), FormatError> {
    let bad = |detail: String| FormatError::BadSection { id: section.id.clone(), detail };
    let (first, end) = dir.entries(section, p);
    let records = &index[dir.len + first * RECORD_LEN..dir.len + end * RECORD_LEN];
    let field = |i: usize, at: usize| records.get(i * RECORD_LEN + at..).and_then(<[u8]>::first_chunk).map(|b| u32::from_le_bytes(*b) as usize);
    let keys = &index[dir.keys_at(section)..];
    let last = end - first - 1;
    // From the first record's key offset to the end of the last record's key.
    let key_range = || keys.get(field(0, 0)?..field(last, 0)?.checked_add(field(last, 4)?)?);
    let key_bytes = key_range();
    Ok((records, key_bytes.ok_or_else(|| bad(format!("page {p}: keys run outside the key area")))?))
}

/// Parses and checks one verified page: everything checkable without other
/// pages (keys sorted and tied to the directory, payloads inside the region,
/// size and ratio limits). Contiguity across pages is [`decode_index`]'s.
pub fn decode_page(section: &SectionRecord, dir: &Directory, index: &[u8], p: usize) -> Result<Vec<EntryRecord>, FormatError> {
    let (first, end) = dir.entries(section, p);
    let keys = &index[dir.keys_at(section)..];
    let next_first = dir.pages.get(p + 1).map(|n| n.first_key.as_bytes());
    let mut records = Vec::with_capacity(end - first);
    let mut prev: Option<(&[u8], EntryRecord)> = None;
    for i in first..end {
        let rec = read_record(section, &index[dir.len + i * RECORD_LEN..dir.len + (i + 1) * RECORD_LEN], i)?;
        let key = check_entry(section, keys, &rec, i, prev.as_ref().map(|(k, r)| (*k, r)))?;
        if i == first && key != dir.pages[p].first_key.as_bytes() {
            return Err(FormatError::BadSection { id: section.id.clone(), detail: format!("page {p}: first key differs from the directory's") });
        }
        if i + 1 == end && next_first.is_some_and(|n| key >= n) {
            return Err(FormatError::BadSection { id: section.id.clone(), detail: format!("page {p}: keys run into the next page's") });
        }
        prev = Some((key, rec));
        records.push(rec);
    }
    Ok(records)
}

fn read_record(section: &SectionRecord, bytes: &[u8], i: usize) -> Result<EntryRecord, FormatError> {
    let mut r = Reader::new(bytes, "entry record");
    let rec = EntryRecord {
        key_offset: r.u32("key_offset")?,
        key_len: r.u32("key_len")?,
        data_offset: r.u64("data_offset")?,
        stored_len: r.u64("stored_len")?,
        raw_len: r.u64("raw_len")?,
        sha256: r.digest("sha256")?,
    };
    let bad = |detail: String| FormatError::BadSection { id: section.id.clone(), detail: format!("entry {i}: {detail}") };
    if rec.key_len > MAX_STRING_LEN {
        return Err(bad(format!("key_len {} exceeds {MAX_STRING_LEN}", rec.key_len)));
    }
    if rec.raw_len > MAX_ENTRY_RAW_LEN {
        return Err(bad(format!("raw_len {} exceeds the limit {MAX_ENTRY_RAW_LEN}", rec.raw_len)));
    }
    if section.codec != Codec::None && rec.raw_len > rec.stored_len.saturating_mul(MAX_COMPRESSION_RATIO).saturating_add(RATIO_SLACK) {
        return Err(bad(format!("raw_len {} from {} stored bytes is a decompression ratio above {MAX_COMPRESSION_RATIO}:1", rec.raw_len, rec.stored_len)));
    }
    if section.codec == Codec::None && rec.raw_len != rec.stored_len {
        return Err(bad(format!("uncompressed but stored_len {} != raw_len {}", rec.stored_len, rec.raw_len)));
    }
    let end = rec.data_offset.checked_add(rec.stored_len);
    if rec.data_offset < section.index_len || end.is_none_or(|e| e > section.stored_len) {
        return Err(bad("payload runs past the region".into()));
    }
    Ok(rec)
}

/// Checks an entry against the one before it (same page or not) and returns its key.
fn check_entry<'k>(section: &SectionRecord, keys: &'k [u8], rec: &EntryRecord, i: usize, prev: Option<(&[u8], &EntryRecord)>) -> Result<&'k [u8], FormatError> {
    let bad = |detail: String| FormatError::BadSection { id: section.id.clone(), detail: format!("entry {i}: {detail}") };
    let key = keys.get(rec.key_offset as usize..rec.key_offset as usize + rec.key_len as usize).ok_or_else(|| bad("key runs past the key area".into()))?;
    if std::str::from_utf8(key).is_err() {
        return Err(bad("key is not valid UTF-8".into()));
    }
    if let Some((prev_key, p)) = prev {
        if rec.key_offset as u64 != p.key_offset as u64 + p.key_len as u64 {
            return Err(bad(format!("key at {} is not where the previous one ended ({})", rec.key_offset, p.key_offset as u64 + p.key_len as u64)));
        }
        if prev_key >= key {
            return Err(bad("keys are not sorted and unique".into()));
        }
        if rec.data_offset != p.data_offset + p.stored_len {
            return Err(bad(format!("payload at {}, expected {}", rec.data_offset, p.data_offset + p.stored_len)));
        }
    }
    Ok(key)
}

/// Parses and checks a whole index: the directory against `index_sha256` is
/// the caller's; here every page digest, every record, and the contiguity of
/// keys and payloads across pages. Returns the records.
pub fn decode_index(section: &SectionRecord, index: &[u8]) -> Result<Vec<EntryRecord>, FormatError> {
    let bad = |detail: String| FormatError::BadSection { id: section.id.clone(), detail };
    let n = section.entry_count as usize;
    let dir = decode_directory(section, index)?;
    let keys = &index[dir.keys_at(section)..];
    let mut records: Vec<EntryRecord> = Vec::with_capacity(n);
    for p in 0..dir.pages.len() {
        let (rec_bytes, key_bytes) = page_parts(section, &dir, index, p)?;
        if page_digest(rec_bytes, key_bytes) != dir.pages[p].digest {
            return Err(bad(format!("page {p} does not match its digest")));
        }
        records.extend(decode_page(section, &dir, index, p)?);
    }
    // Within a page `decode_page` checked each entry against the one before;
    // what is left is each page's first entry against the previous page's last.
    for i in (PAGE_ENTRIES..n).step_by(PAGE_ENTRIES) {
        let r = &records[i - 1];
        let prev_key = &keys[r.key_offset as usize..r.key_offset as usize + r.key_len as usize];
        check_entry(section, keys, &records[i], i, Some((prev_key, r)))?;
    }
    let raw_total = records.iter().fold(0u64, |sum, r| sum.saturating_add(r.raw_len));
    let key_end = records.last().map_or(0, |r| r.key_offset as u64 + r.key_len as u64);
    if records.first().is_some_and(|r| r.key_offset != 0) || key_end != keys.len() as u64 {
        return Err(bad(format!("key area is {} bytes but keys use {key_end}", keys.len())));
    }
    let data_start = records.first().map_or(section.index_len, |r| r.data_offset);
    let data_end = records.last().map_or(section.index_len, |r| r.data_offset + r.stored_len);
    if data_start != section.index_len || data_end != section.stored_len {
        return Err(bad(format!("payloads span {data_start}..{data_end}, region holds them at {}..{}", section.index_len, section.stored_len)));
    }
    if raw_total != section.raw_len {
        return Err(bad(format!("entries decode to {raw_total} bytes, table says {}", section.raw_len)));
    }
    Ok(records)
}
