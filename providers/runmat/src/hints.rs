//! `runmat.hints`: library functions ranked by how often a profiling run called
//! them (RunMat coverage counters at each function's first instruction). The
//! runtime decodes the hot ones eagerly at startup and the rest on first call.

use std::sync::Arc;

use snapshot_core::{register_provider, Access, BuildContext, Diagnostic, ProviderOutput, SectionOutput, SectionSpec, SnapshotProvider};

use crate::link::{link_script, FunctionSource, StoredFunction, UnitInfo};
use crate::{exec, inputs, BYTECODE_SECTION, DEMO_SCRIPT, HINTS_SECTION, UNIT_KEY};

pub const HOT_KEY: &str = "@hot";

/// A function and how many times the profiling run entered it.
pub type Hot = (String, u64);

pub struct HintsProvider;

impl SnapshotProvider for HintsProvider {
    fn id(&self) -> &'static str {
        HINTS_SECTION
    }
    fn version(&self) -> &'static str {
        "1"
    }
    fn sections(&self) -> &'static [SectionSpec] {
        &[SectionSpec { id: HINTS_SECTION, access: Access::Hot }]
    }
    fn depends_on(&self) -> &'static [&'static str] {
        &[BYTECODE_SECTION]
    }
    fn build(&self, ctx: &BuildContext) -> Result<ProviderOutput, String> {
        let bytecode = ctx.section(BYTECODE_SECTION).ok_or("the bytecode section was not built")?;
        let library = Built(bytecode);
        let inputs = inputs(ctx);
        let (path, text) = inputs.profile.clone().unwrap_or((DEMO_SCRIPT.0.into(), DEMO_SCRIPT.1.into()));
        let mut hot: Vec<Hot> = match link_script(&path, &text, &library) {
            Ok(mut linked) => {
                let (out, calls) = exec::run_profiled(&mut linked.bytecode);
                if let Some(e) = out.error {
                    ctx.report(Diagnostic { provider: HINTS_SECTION.into(), path: path.clone(), line: None, message: format!("profiling run failed: {e}") });
                }
                calls.into_iter().filter(|(name, n)| *n > 0 && name != UNIT_KEY && bytecode.entries.contains_key(name)).collect()
            }
            Err(e) => {
                ctx.report(Diagnostic { provider: HINTS_SECTION.into(), path: path.clone(), line: None, message: format!("profiling script does not compile: {e}") });
                Vec::new()
            }
        };
        hot.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut section = SectionOutput::new(HINTS_SECTION);
        section.insert(HOT_KEY, &hot)?;
        section.insert("@profile", &path)?;
        Ok(ProviderOutput::default().with(section))
    }
}

/// The bytecode section built in this run, decoded only where the profiling
/// script reaches (a large library has far more functions than a run touches).
struct Built<'a>(&'a SectionOutput);

impl FunctionSource for Built<'_> {
    fn function(&self, name: &str) -> Result<Option<Arc<StoredFunction>>, String> {
        if name == UNIT_KEY || !self.0.entries.contains_key(name) {
            return Ok(None);
        }
        self.0.decode::<StoredFunction>(name).map(|f| Some(Arc::new(f)))
    }
    fn unit(&self) -> Result<UnitInfo, String> {
        self.0.decode(UNIT_KEY)
    }
}

register_provider!(HINTS_PROVIDER: HintsProvider = HintsProvider);
