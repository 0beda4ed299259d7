// Embeds the bundled toolbox (`toolbox/*.m`) so `rmsnap build` needs no files on disk.
fn main() {
    rmsnap_embed::embed_m_files("toolbox", "bundled.rs");
}
