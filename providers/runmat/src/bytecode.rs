//! `runmat.bytecode`: every library function compiled by RunMat's own compiler,
//! one entry per function so the runtime decodes only what a script reaches.
//! The entries are compiled and encoded file by file (`unit.rs`) as the HIR
//! provider checks the library; this provider files them under their keys.

use snapshot_core::{register_provider, Access, BuildContext, ProviderOutput, SectionOutput, SectionSpec, SnapshotProvider};

use crate::unit::LibraryUnit;
use crate::hir::UNIT_ARTIFACT;
use crate::link::UnitInfo;
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
        // Taken, not borrowed: the encoded library is the build's largest value.
        let unit = ctx.take_shared::<LibraryUnit>(UNIT_ARTIFACT).ok_or("the HIR provider shared no library unit")?;
        let unit = std::sync::Arc::try_unwrap(unit).map_err(|_| "the library unit is held elsewhere")?;
        let mut section = SectionOutput::new(BYTECODE_SECTION);
        let mut functions = 0;
        for file in unit.files {
            for (key, bytes) in file.entries {
                section.insert_raw(key, bytes)?;
                functions += 1;
            }
        }
        section.insert(UNIT_KEY, &UnitInfo { next_id: unit.next_id, functions })?;
        Ok(ProviderOutput::default().with(section))
    }
}

register_provider!(BYTECODE_PROVIDER: BytecodeProvider = BytecodeProvider);
