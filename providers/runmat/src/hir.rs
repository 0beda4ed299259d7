//! `runmat.hir`: the library parsed and lowered by RunMat as one unit, plus one
//! entry per function with the SHA-256 of the source it came from (the runtime
//! uses these to refuse stale code).

use std::collections::BTreeMap;

use snapshot_core::{register_provider, Access, BuildContext, Diagnostic, ProviderOutput, SectionOutput, SectionSpec, SnapshotProvider};

use crate::compile::lower_library;
use crate::worker::check_files;
use crate::{inputs, Canonical, HIR_SECTION, UNIT_KEY};

/// Entry listing (path, SHA-256) of library files the build could not compile.
pub const REJECTED_KEY: &str = "@rejected";

pub struct HirProvider;

impl SnapshotProvider for HirProvider {
    fn id(&self) -> &'static str {
        HIR_SECTION
    }
    fn version(&self) -> &'static str {
        "1"
    }
    fn sections(&self) -> &'static [SectionSpec] {
        &[SectionSpec { id: HIR_SECTION, access: Access::Cold }]
    }
    fn build(&self, ctx: &BuildContext) -> Result<ProviderOutput, String> {
        let inputs = inputs(ctx);
        let files: Vec<_> = inputs.library.files.iter().collect();
        let checks = check_files(&files, &inputs.isolation);
        let mut good = Vec::new();
        let mut rejected: Vec<(String, String)> = Vec::new();
        // Function name → (library, path) of its first definition.
        let mut defined: BTreeMap<String, (String, String)> = BTreeMap::new();
        for (file, check) in files.iter().zip(checks) {
            let names = match check {
                Ok(names) => names,
                Err(failure) => {
                    rejected.push((file.path.clone(), file.sha256()));
                    ctx.report(Diagnostic { provider: HIR_SECTION.into(), path: failure.path, line: failure.line, message: format!("{}: {}", failure.stage, failure.message) });
                    continue;
                }
            };
            if let Some((name, (lib, path))) = names.iter().find_map(|n| defined.get(n).map(|d| (n, d))) {
                if *lib != file.library {
                    return Err(format!(
                        "function `{name}` is defined by two libraries: `{lib}` ({path}) and `{}` ({})",
                        file.library, file.path
                    ));
                }
                ctx.report(Diagnostic { provider: HIR_SECTION.into(), path: file.path.clone(), line: None, message: format!("library: function `{name}` is already defined by {path}; file skipped") });
                rejected.push((file.path.clone(), file.sha256()));
                continue;
            }
            for n in names {
                defined.insert(n, (file.library.clone(), file.path.clone()));
            }
            good.push(*file);
        }
        let unit = lower_library(&good).map_err(|e| e.to_string())?;
        let mut section = SectionOutput::new(HIR_SECTION);
        for (name, origin) in &unit.origins {
            section.insert(name.as_str(), origin)?;
        }
        section.insert(UNIT_KEY, &Canonical(unit))?;
        section.insert(REJECTED_KEY, &rejected)?;
        Ok(ProviderOutput::default().with(section))
    }
}

register_provider!(HIR_PROVIDER: HirProvider = HirProvider);
