//! Deterministic synthetic MATLAB toolboxes of realistic shape, for benchmarks:
//! functions of 10–80 lines with loops, matrices, `nargin` defaults and multiple
//! outputs, calling each other inside clusters of [`CLUSTER`] functions (as real
//! toolboxes group helpers). Each function calls the one before it in its
//! cluster (and sometimes another earlier one), so a cluster's top function
//! reaches the whole cluster: what a script reaches is fixed by how many
//! clusters it calls, not by the toolbox's size.

use std::fmt::Write as _;
use std::path::Path;

/// Functions per cluster; calls stay inside a cluster.
pub const CLUSTER: usize = 16;

/// A small xorshift generator: the same seed gives the same toolbox (or test case) everywhere.
pub struct Rng(pub u64);

impl Rng {
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
}

pub fn function_name(i: usize) -> String {
    format!("syn_f{i:06}")
}

/// `(file name, source)` for each of `count` functions.
pub fn synthetic_toolbox(count: usize, seed: u64) -> Vec<(String, String)> {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    (0..count).map(|i| (format!("{}.m", function_name(i)), function_source(i, &mut rng))).collect()
}

fn function_source(i: usize, rng: &mut Rng) -> String {
    let name = function_name(i);
    let cluster_start = i - i % CLUSTER;
    // The previous function and maybe another earlier one in the same cluster:
    // an acyclic call graph.
    let callees: Vec<usize> = if i > cluster_start {
        let mut c = vec![i - 1];
        if i - cluster_start > 1 && rng.below(2) == 0 {
            c.push(cluster_start + rng.below(i - cluster_start));
        }
        c.sort();
        c.dedup();
        c
    } else {
        Vec::new()
    };
    let mut s = String::new();
    let _ = writeln!(s, "function [y, k] = {name}(x, n)");
    let _ = writeln!(s, "%{} Synthetic toolbox function {i}.", name.to_uppercase());
    let _ = writeln!(s, "if nargin < 2\n    n = 2;\nend");
    let _ = writeln!(s, "m = numel(x);\ny = zeros(1, m);\nk = 0;");
    // A loop body of varying length: the bulk of the 10–80 lines.
    let _ = writeln!(s, "for t = 1:m");
    for step in 0..(2 + rng.below(24)) {
        let a = 1 + rng.below(9);
        let _ = match step % 4 {
            0 => writeln!(s, "    y(t) = y(t) + x(t) * {a};"),
            1 => writeln!(s, "    y(t) = y(t) - mod(t, {a}) / {};", a + 1),
            2 => writeln!(s, "    if y(t) > {}\n        y(t) = y(t) / 2;\n    end", 10 * a),
            _ => writeln!(s, "    k = k + abs(y(t)) * {a};"),
        };
    }
    let _ = writeln!(s, "end");
    let size = 2 + rng.below(3);
    let _ = writeln!(s, "A = eye({size}) * {};\nv = A * ones({size}, 1);\nk = k + sum(v);", 1 + rng.below(5));
    let _ = writeln!(s, "if n > 0");
    for c in &callees {
        let _ = writeln!(s, "    [z, kz] = {}(y, n - 1);\n    y = y + z / 4;\n    k = k + kz;", function_name(*c));
    }
    let _ = writeln!(s, "end");
    let _ = writeln!(s, "end");
    s
}

/// A script calling the top function of `clusters` clusters (spread over the toolbox).
pub fn driver_script(count: usize, clusters: usize) -> String {
    let total = count.div_ceil(CLUSTER);
    let mut s = String::from("x = [1, 2, 3, 4];\nacc = 0;\n");
    for c in 0..clusters.min(total) {
        let cluster = c * total / clusters.max(1);
        let top = (cluster * CLUSTER + CLUSTER - 1).min(count - 1);
        let _ = writeln!(s, "[y, k] = {}(x, 3);\nacc = acc + sum(y) + k;", function_name(top));
    }
    s.push_str("fprintf('%.6f\\n', acc);\n");
    s
}

/// Writes the toolbox into `dir`.
pub fn write_toolbox(dir: &Path, count: usize, seed: u64) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for (file, text) in synthetic_toolbox(count, seed) {
        std::fs::write(dir.join(file), text)?;
    }
    Ok(())
}
