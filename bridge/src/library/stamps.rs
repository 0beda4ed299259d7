//! File stamps: what a refresh knows of a library file without reading it.
//!
//! A cache entry keeps, beside its snapshot, a table of the library files its
//! build read: each file's id, what `stat` said of it (device, inode, size,
//! modification and change times) and the SHA-256 of the text read. The next
//! refresh takes a file whose `stat` is the same as its digest, unread — in a
//! large library, nearly every file. This decides only what a refresh reads:
//! a run still checks every function it reaches by content, so a stamp that
//! lied (however it came to) costs a reuse, never a wrong answer.
//!
//! A file is recorded only if it had not changed for [`MARGIN`] when it was
//! read: a later write then shows in its times even on a filesystem that
//! keeps them coarsely (FAT's two seconds) or lags a clock tick behind, and
//! its change time cannot be set back by anyone. The table is the stamp
//! file's whole content, sealed by its own SHA-256; a file that does not read
//! back whole and sealed is no table (everything is read, as without one).

use std::collections::HashMap;
use std::fs::Metadata;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use serde::{Deserialize, Serialize};
use snapshot_core::Digest;

/// How long a file must have been unchanged, when read, to be recorded.
pub const MARGIN: Duration = Duration::from_secs(2);

const MAGIC: &[u8; 8] = b"RMSTAMP2";

/// What `stat` says of a file that any write to it changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    dev: u64,
    ino: u64,
    len: u64,
    /// Seconds and nanoseconds since the epoch.
    mtime: (i64, i64),
    ctime: (i64, i64),
}

impl Stamp {
    /// The stamp of `meta`; `None` where the platform does not say enough.
    pub fn of(meta: &Metadata) -> Option<Stamp> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            Some(Stamp {
                dev: meta.dev(),
                ino: meta.ino(),
                len: meta.len(),
                mtime: (meta.mtime(), meta.mtime_nsec()),
                ctime: (meta.ctime(), meta.ctime_nsec()),
            })
        }
        #[cfg(not(unix))]
        {
            let _ = meta;
            None
        }
    }

    /// Whether the file had been unchanged for [`MARGIN`] at `read_at`.
    fn settled(&self, read_at: SystemTime) -> bool {
        let Some(limit) = read_at.checked_sub(MARGIN).and_then(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok()) else { return false };
        let limit = (limit.as_secs() as i64, i64::from(limit.subsec_nanos()));
        self.mtime.max(self.ctime) < limit
    }
}

/// One file's stamp and digest, as the table stores it: every file the build
/// read has one (so the table also says which files there were), but only a
/// settled file its stamp.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Row {
    id: String,
    stamp: Option<Stamp>,
    sha256: [u8; 32],
}

/// An earlier build's table, by file id ([`Stamps::read_beside`]): what the
/// files it read were then.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stamps {
    rows: HashMap<String, Option<(Stamp, [u8; 32])>>,
}

impl Stamps {
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The SHA-256 of file `id` if `stamp` is the one recorded for it.
    pub fn digest(&self, id: &str, stamp: Option<Stamp>) -> Option<Digest> {
        let (known, sha) = self.rows.get(id)?.as_ref()?;
        (Some(*known) == stamp).then_some(Digest(*sha))
    }

    /// Whether the table lists exactly the files `ids` (in any order): no file
    /// was added, removed or moved since it was taken.
    pub fn lists_exactly<'a>(&self, ids: impl IntoIterator<Item = &'a str>) -> bool {
        let mut n = 0;
        for id in ids {
            if !self.rows.contains_key(id) {
                return false;
            }
            n += 1;
        }
        n == self.rows.len()
    }

    /// The stamp file kept beside `snapshot`.
    pub fn path_beside(snapshot: &Path) -> PathBuf {
        snapshot.with_extension("stamps")
    }

    /// The table beside `snapshot`; empty if there is none or it does not read
    /// back sealed (it is only ever a shortcut).
    pub fn read_beside(snapshot: &Path) -> Stamps {
        std::fs::read(Stamps::path_beside(snapshot))
            .ok()
            .and_then(|bytes| decode(&bytes))
            .map(|rows| Stamps { rows: rows.into_iter().map(|r| (r.id, r.stamp.map(|s| (s, r.sha256)))).collect() })
            .unwrap_or_default()
    }
}

/// The table a build records as it reads ([`StampRecord::row`]), for the next.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StampRecord {
    rows: Vec<Row>,
    /// When this build began to read (the margin is counted back from it).
    read_at: Option<SystemTime>,
}

impl StampRecord {
    /// An empty table for files read from now on.
    pub fn starting_now() -> StampRecord {
        StampRecord { rows: Vec::new(), read_at: Some(SystemTime::now()) }
    }

    /// The row of file `id`, stamped `stamp` before it was read, whose text
    /// has SHA-256 `sha256`: with its stamp if it had settled by then. `None`
    /// where nothing is recorded (a run's library, read from source).
    pub fn row(&self, id: &str, stamp: Option<Stamp>, sha256: Digest) -> Option<Row> {
        let read_at = self.read_at?;
        let stamp = stamp.filter(|s| s.settled(read_at));
        Some(Row { id: id.to_string(), stamp, sha256: sha256.0 })
    }

    pub fn extend(&mut self, rows: impl IntoIterator<Item = Row>) {
        self.rows.extend(rows);
    }

    /// Publishes the table beside `snapshot` (atomically, as a cache file).
    pub fn write_beside(mut self, snapshot: &Path) -> std::io::Result<()> {
        use std::io::Write;
        // Sorted, so the same table is the same bytes.
        self.rows.sort_by(|a, b| a.id.cmp(&b.id));
        let bytes = encode(&self.rows).map_err(std::io::Error::other)?;
        snapshot_core::write::publish(&Stamps::path_beside(snapshot), snapshot_core::write::Durability::Cached, |f| f.write_all(&bytes))
    }
}

fn encode(rows: &[Row]) -> Result<Vec<u8>, String> {
    let mut out = MAGIC.to_vec();
    out.extend(snapshot_core::codec::encode(rows)?);
    let seal = Digest::of(&out);
    out.extend(seal.0);
    Ok(out)
}

fn decode(bytes: &[u8]) -> Option<Vec<Row>> {
    let (body, seal) = bytes.split_at_checked(bytes.len().checked_sub(32)?)?;
    if !body.starts_with(MAGIC) || Digest::of(body).0 != seal {
        return None;
    }
    snapshot_core::codec::decode(&body[MAGIC.len()..]).ok()
}

#[cfg(test)]
#[cfg(unix)]
mod tests {
    use super::*;

    fn stamp_of(path: &Path) -> Option<Stamp> {
        Stamp::of(&std::fs::metadata(path).unwrap())
    }

    /// A scratch folder of this test's own, removed when dropped.
    struct Scratch(PathBuf);
    impl Scratch {
        fn new(name: &str) -> Scratch {
            let dir = std::env::temp_dir().join(format!("rmsnap-stamps-{name}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).unwrap();
            Scratch(dir)
        }
        fn path(&self) -> &Path {
            &self.0
        }
    }
    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn settled_file(dir: &Path, name: &str, text: &str) -> PathBuf {
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        p
    }

    /// Recorded stamps read back from beside a snapshot; a file written again
    /// (even to the same length) no longer matches; a file changed within the
    /// margin before reading is not recorded.
    #[test]
    fn stamps_round_trip_and_see_a_rewrite() {
        let dir = Scratch::new("round-trip");
        let a = settled_file(dir.path(), "a.m", "function a\nend\n");
        let sha = Digest::of(b"function a\nend\n");
        // Read "later": the file settled well before.
        let later = StampRecord { rows: Vec::new(), read_at: Some(SystemTime::now() + MARGIN * 2) };
        let row = later.row("lib/a.m", stamp_of(&a), sha).unwrap();
        assert!(row.stamp.is_some());
        assert!(StampRecord::starting_now().row("lib/a.m", stamp_of(&a), sha).unwrap().stamp.is_none(), "a file written just now is listed without its stamp");
        assert!(StampRecord::default().row("lib/a.m", stamp_of(&a), sha).is_none(), "a library not recording keeps no rows");
        let mut table = later;
        table.extend([row]);
        table.extend(StampRecord::starting_now().row("lib/fresh.m", stamp_of(&a), sha));
        let snap = dir.path().join("set.rmsnap");
        table.write_beside(&snap).unwrap();
        let back = Stamps::read_beside(&snap);
        assert_eq!(back.len(), 2);
        assert_eq!(back.digest("lib/a.m", stamp_of(&a)), Some(sha));
        assert_eq!(back.digest("lib/fresh.m", stamp_of(&a)), None, "listed without a stamp: read again");
        assert_eq!(back.digest("lib/b.m", stamp_of(&a)), None);
        assert!(back.lists_exactly(["lib/fresh.m", "lib/a.m"]));
        assert!(!back.lists_exactly(["lib/a.m"]), "a file removed");
        assert!(!back.lists_exactly(["lib/a.m", "lib/fresh.m", "lib/b.m"]), "a file added");
        assert!(!back.lists_exactly(["lib/a.m", "lib/b.m"]), "a file moved");
        std::thread::sleep(Duration::from_millis(20));
        std::fs::write(&a, "function b\nend\n").unwrap();
        assert_eq!(back.digest("lib/a.m", stamp_of(&a)), None, "a rewrite of the same length changes the stamp");
    }

    /// A stamp file cut short, flipped or foreign is no table (never an error).
    #[test]
    fn a_damaged_stamp_file_is_no_table() {
        let dir = Scratch::new("damaged");
        let a = settled_file(dir.path(), "a.m", "x");
        let later = StampRecord { rows: Vec::new(), read_at: Some(SystemTime::now() + MARGIN * 2) };
        let rows: Vec<Row> = later.row("lib/a.m", stamp_of(&a), Digest::of(b"x")).into_iter().collect();
        let bytes = encode(&rows).unwrap();
        assert_eq!(decode(&bytes).map(|r| r.len()), Some(1));
        for cut in 0..bytes.len() {
            assert!(decode(&bytes[..cut]).is_none(), "cut at {cut}");
        }
        for i in 0..bytes.len() {
            let mut bad = bytes.clone();
            bad[i] ^= 0x20;
            assert!(decode(&bad).is_none(), "byte {i} flipped");
        }
        let snap = dir.path().join("set.rmsnap");
        std::fs::write(Stamps::path_beside(&snap), b"not a table").unwrap();
        assert!(Stamps::read_beside(&snap).is_empty());
        assert!(Stamps::read_beside(&dir.path().join("none.rmsnap")).is_empty());
    }
}
