// Records the target triple so snapshots can name the platform they were built for.
fn main() {
    let target = std::env::var("TARGET").unwrap_or_else(|_| "unknown".into());
    println!("cargo:rustc-env=RMSNAP_TARGET={target}");
}
