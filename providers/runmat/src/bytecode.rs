//! `runmat.bytecode`: every library function compiled by RunMat's own compiler,
//! one entry per function so the runtime decodes only what a script reaches.

use snapshot_core::{register_provider, Access, BuildContext, ProviderOutput, SectionOutput, SectionSpec, SnapshotProvider};

use crate::unit::{library_functions, LibraryUnit};
use crate::hir::UNIT_ARTIFACT;
use crate::link::LibraryFunction;
use crate::parallel::par_map;
use crate::{BYTECODE_SECTION, HIR_SECTION, UNIT_KEY};

pub struct BytecodeProvider;

impl SnapshotProvider for BytecodeProvider {
    fn id(&self) -> &'static str {
        BYTECODE_SECTION
    }
    fn version(&self) -> &'static str {
        // Follows RunMat's bytecode schema: a new schema means old entries are
        // unusable. 2: entries were CBOR. 3: bincode with sorted maps; one RunMat
        // unit per file, global ids by name order, closures keyed `owner>name`.
        "3+vm-schema-3"
    }
    fn sections(&self) -> &'static [SectionSpec] {
        &[SectionSpec { id: BYTECODE_SECTION, access: Access::Hot }]
    }
    fn depends_on(&self) -> &'static [&'static str] {
        &[HIR_SECTION]
    }
    fn build(&self, ctx: &BuildContext) -> Result<ProviderOutput, String> {
        let unit = ctx.take_shared::<LibraryUnit>(UNIT_ARTIFACT).ok_or("the HIR provider shared no library unit")?;
        // Taken, not borrowed: the compiled library is the build's largest value.
        let unit = std::sync::Arc::try_unwrap(unit).map_err(|_| "the library unit is held elsewhere")?;
        let (functions, info) = library_functions(unit);
        let mut section = SectionOutput::new(BYTECODE_SECTION);
        let encoded = par_map(&functions, |f| {
            let bytes = snapshot_core::codec::encode(f).map_err(|e| format!("encoding `{}`: {e}", f.name))?;
            // What the runtime could not decode must fail the build, not a run.
            snapshot_core::codec::decode::<LibraryFunction>(&bytes).map_err(|e| format!("`{}` does not decode: {e}", f.name))?;
            Ok::<_, String>(bytes)
        });
        for (f, bytes) in functions.iter().zip(encoded) {
            section.insert_raw(f.name.clone(), bytes?)?;
        }
        section.insert(UNIT_KEY, &info)?;
        Ok(ProviderOutput::default().with(section))
    }
}

register_provider!(BYTECODE_PROVIDER: BytecodeProvider = BytecodeProvider);
