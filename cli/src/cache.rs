//! `rmsnap cache`: the automatic snapshot cache (`runtime_hooks::cache`).

use runtime_hooks::cache;

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Action {
    /// Cached snapshots, most recently used first.
    List,
    /// Evict least recently used snapshots beyond RMSNAP_CACHE_MAX (default 2G).
    Gc,
    /// Remove every cached snapshot.
    Clear,
}

pub fn main(action: Action) -> u8 {
    match action {
        Action::List => {
            let entries = cache::list();
            let total: u64 = entries.iter().map(|e| e.bytes).sum();
            for e in &entries {
                let age = e.last_used.elapsed().map(|d| d.as_secs()).unwrap_or(0);
                println!("{:>12} bytes  used {:>8} s ago  {}", e.bytes, age, e.path.display());
            }
            println!("{} snapshots, {total} bytes in {}", entries.len(), cache::dir().display());
            0
        }
        Action::Gc => match cache::max_bytes() {
            Ok(max) => {
                let removed = cache::evict(max, None);
                println!("removed {} snapshots (limit {max} bytes)", removed.len());
                0
            }
            Err(e) => {
                eprintln!("rmsnap cache: {e}");
                crate::exit::USAGE
            }
        },
        Action::Clear => {
            println!("removed {} snapshots", cache::clear());
            0
        }
    }
}
