//! Writes the resealed form of a fuzz input (what the `loader` target feeds the
//! loader on its second pass), for turning a crash into a regression test:
//!
//!     cargo run --manifest-path fuzz/Cargo.toml --example reseal -- IN OUT

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else {
        eprintln!("usage: reseal IN OUT");
        std::process::exit(2);
    };
    let bytes = std::fs::read(input).expect("read input");
    match rmsnap_fuzz::reseal(&bytes) {
        Some(fixed) => std::fs::write(output, fixed).expect("write output"),
        None => {
            eprintln!("{input}: preamble lengths do not frame a header and table; nothing to reseal");
            std::process::exit(1);
        }
    }
}
