//! Helpers shared by the fuzz targets and the seed generator.
//!
//! The loader seals every byte with SHA-256 (meta digest → table → index digest →
//! entry digest), so almost every mutation of a real snapshot is rejected at the
//! meta digest check. [`reseal`] recomputes the whole chain after mutation, which
//! lets the fuzzer reach the header/table parsers, placement checks, index
//! decoding, decompression and typed decoding through `Snapshot::from_bytes`.
//! It only uses snapshot-core's public API and never "repairs" anything but
//! digests and the two `file_len` fields.

use snapshot_core::digest::Digest;
use snapshot_core::layout::{self, FOOTER_LEN, MAX_HEADER_LEN, MAX_TABLE_LEN, PREAMBLE_LEN, RECORD_LEN};

/// Input layout of the `section_decoders` target: the first byte picks the decoder.
pub mod mode {
    /// `[0][header bytes]` → `layout::decode_header`.
    pub const HEADER: u8 = 0;
    /// `[1][u64 data_start][u64 footer_start][table bytes]` → `decode_table` + `check_placement`.
    pub const TABLE: u8 = 1;
    /// `[2][codec u8][u64 raw_len][u32 entry_count][u32 extra][index bytes]` → `decode_index`.
    pub const INDEX: u8 = 2;
    /// `[3][u32 raw_len][stored bytes]` → `compress::decompress` with every codec.
    pub const DECOMPRESS: u8 = 3;
    /// `[4][bincode bytes]` → `codec::decode` into several types.
    pub const CODEC: u8 = 4;
    /// `[5][file bytes]` → `decode_preamble` + `decode_footer`.
    pub const PREAMBLE: u8 = 5;
    pub const COUNT: u8 = 6;
}

fn le_u64(b: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(b[at..at + 8].try_into().unwrap())
}

/// Recomputes every digest of a (possibly mutated) snapshot so that the loader's
/// integrity checks pass and the structure behind them gets exercised. Returns
/// `None` when the preamble's lengths do not even frame a header and a table.
pub fn reseal(input: &[u8]) -> Option<Vec<u8>> {
    let len = input.len();
    if len < PREAMBLE_LEN + FOOTER_LEN {
        return None;
    }
    let (header_len, table_len) = (le_u64(input, 16), le_u64(input, 24));
    if header_len > MAX_HEADER_LEN || table_len > MAX_TABLE_LEN {
        return None;
    }
    let t_start = PREAMBLE_LEN + header_len as usize;
    let data_start = t_start + table_len as usize;
    if data_start + FOOTER_LEN > len {
        return None;
    }
    let footer_start = len - FOOTER_LEN;
    let mut b = input.to_vec();
    b[32..40].copy_from_slice(&(len as u64).to_le_bytes());

    // Entry digests, then index digests, bottom up, for every region that fits.
    if let Ok(mut records) = layout::decode_table(&b[t_start..data_start]) {
        for rec in &mut records {
            let (Ok(off), Ok(stored), Ok(index_len)) =
                (usize::try_from(rec.offset), usize::try_from(rec.stored_len), usize::try_from(rec.index_len))
            else {
                continue;
            };
            let Some(end) = off.checked_add(stored).filter(|&e| e <= footer_start) else { continue };
            let n = rec.entry_count as usize;
            if index_len > stored || n.saturating_mul(RECORD_LEN) > index_len {
                continue;
            }
            for i in 0..n {
                let r = off + i * RECORD_LEN;
                let (data_offset, entry_stored) = (le_u64(&b, r + 8), le_u64(&b, r + 16));
                let payload = usize::try_from(data_offset)
                    .ok()
                    .zip(usize::try_from(entry_stored).ok())
                    .and_then(|(d, s)| Some((off.checked_add(d)?, s)))
                    .and_then(|(start, s)| Some(start..start.checked_add(s)?))
                    .filter(|range| range.end <= end);
                if let Some(range) = payload {
                    let digest = Digest::of(&b[range]);
                    b[r + 32..r + 64].copy_from_slice(&digest.0);
                }
            }
            rec.index_sha256 = Digest::of(&b[off..off + index_len]);
        }
        // decode_table accepted these bytes, so re-encoding gives the same length.
        let table = layout::encode_table(&records);
        if table.len() == data_start - t_start {
            b[t_start..data_start].copy_from_slice(&table);
        }
    }

    let meta = layout::meta_digest(&b[..40], &b[PREAMBLE_LEN..t_start], &b[t_start..data_start]);
    b[40..72].copy_from_slice(&meta.0);
    b[footer_start + 8..footer_start + 16].copy_from_slice(&(len as u64).to_le_bytes());
    b[footer_start + 16..footer_start + 48].copy_from_slice(&meta.0);
    Some(b)
}
