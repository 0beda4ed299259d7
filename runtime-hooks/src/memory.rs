//! Memory a process spends, from Linux's `/proc/self/smaps`: how much is
//! private (what each extra process costs). The snapshot itself is not mapped;
//! what a run copied out of it is in its loading stats (`bytes_read`).

const PRIVATE: &[&str] = &["Private_Clean:", "Private_Dirty:"];

/// Private memory of this process (not shared with any other).
pub fn process_private_kib() -> Option<u64> {
    smaps_kib("/proc/self/smaps_rollup", None, PRIVATE)
}

/// Sum of `fields` (kB values) in an smaps-format file, over the mappings of
/// `file` (every mapping when `None`).
pub fn smaps_kib(smaps: &str, file: Option<&std::path::Path>, fields: &[&str]) -> Option<u64> {
    let text = std::fs::read_to_string(smaps).ok()?;
    let wanted = file.map(|f| f.display().to_string());
    let (mut total, mut inside) = (0u64, wanted.is_none());
    for line in text.lines() {
        let first = line.split_whitespace().next().unwrap_or("");
        if first.contains('-') && first.chars().all(|c| c.is_ascii_hexdigit() || c == '-') {
            // A mapping header: "start-end perms offset dev inode [path]".
            inside = match &wanted {
                Some(w) => line.split_whitespace().nth(5) == Some(w.as_str()),
                None => true,
            };
        } else if inside {
            if let Some(v) = fields.iter().find_map(|f| line.strip_prefix(f)) {
                total += v.trim().trim_end_matches("kB").trim().parse::<u64>().ok()?;
            }
        }
    }
    Some(total)
}
