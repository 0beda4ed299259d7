fn main() {
    rmsnap_embed::embed_m_files("m", "toolbox_files.rs");
}
