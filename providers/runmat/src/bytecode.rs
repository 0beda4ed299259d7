//! `runmat.bytecode`: every library function compiled by RunMat's own compiler,
//! one entry per function so the runtime decodes only what a script reaches.

use snapshot_core::{register_provider, Access, BuildContext, ProviderOutput, SectionOutput, SectionSpec, SnapshotProvider};

use crate::compile::{compile_library, LibraryUnit};
use crate::link::library_functions;
use crate::hir::UNIT_ARTIFACT;
use crate::{Canonical, BYTECODE_SECTION, HIR_SECTION, UNIT_KEY};

pub struct BytecodeProvider;

impl SnapshotProvider for BytecodeProvider {
    fn id(&self) -> &'static str {
        BYTECODE_SECTION
    }
    fn version(&self) -> &'static str {
        // Follows RunMat's bytecode schema: a new schema means old entries are
        // unusable. 2: canonical entries are CBOR.
        "2+vm-schema-3"
    }
    fn sections(&self) -> &'static [SectionSpec] {
        &[SectionSpec { id: BYTECODE_SECTION, access: Access::Hot }]
    }
    fn depends_on(&self) -> &'static [&'static str] {
        &[HIR_SECTION]
    }
    fn build(&self, ctx: &BuildContext) -> Result<ProviderOutput, String> {
        let unit = ctx.shared::<LibraryUnit>(UNIT_ARTIFACT).ok_or("the HIR provider shared no library unit")?;
        let compiled = compile_library(&unit).map_err(|e| e.to_string())?;
        let (functions, info) = library_functions(compiled);
        let mut section = SectionOutput::new(BYTECODE_SECTION);
        for f in functions {
            section.insert(f.name.clone(), &Canonical(f))?;
        }
        section.insert(UNIT_KEY, &info)?;
        Ok(ProviderOutput::default().with(section))
    }
}

register_provider!(BYTECODE_PROVIDER: BytecodeProvider = BytecodeProvider);
