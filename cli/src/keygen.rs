//! `rmsnap keygen`: a new Ed25519 key pair for `build --sign-key` and `--require-signed`.

use std::path::PathBuf;

use snapshot_core::{keys, KeyFileError, SecretKey};

use crate::exit;

#[derive(clap::Args)]
pub struct Args {
    /// Secret key file to write (mode 0600); the public key goes to OUT.pub (mode 0644).
    #[arg(long, value_name = "OUT")]
    out: PathBuf,
    /// Replace existing key files.
    #[arg(long)]
    force: bool,
}

pub fn main(args: Args) -> u8 {
    let key = match SecretKey::generate() {
        Ok(k) => k,
        Err(e) => {
            eprintln!("rmsnap keygen: {e}");
            return exit::USAGE;
        }
    };
    let public = match keys::write_key_pair(&key, &args.out, args.force) {
        Ok(p) => p,
        Err(e @ KeyFileError::Exists { .. }) => {
            eprintln!("rmsnap keygen: {e} (pass --force to replace it)");
            return exit::USAGE;
        }
        Err(e) => {
            eprintln!("rmsnap keygen: {e}");
            return exit::USAGE;
        }
    };
    let (secret, public) = (args.out.display(), public.display());
    println!("secret key {secret} (keep it private; sign with `rmsnap build --sign-key {secret}`)");
    println!("public key {public} (check with `rmsnap verify SNAPSHOT --key {public}`)");
    println!("key id {}", key.public().id());
    0
}
