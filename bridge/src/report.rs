//! The report of an uncaught runtime error, as `runmat script.m` 0.6.2 prints
//! it on stderr: message, identifier (its namespace replaced by the session's,
//! `RunMat`), the script line with a caret under the span, and the call stack.
//! RunMat's renderer is private to its CLI crate and the call stack is built by
//! runmat-core's session; this restates both over the same `RuntimeError`.

use runmat_runtime::RuntimeError;

/// What a run needs to keep of a `RuntimeError` to report it after the run.
/// A call frame: function, source id, span.
pub type Frame = (String, Option<usize>, Option<(usize, usize)>);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub message: String,
    pub identifier: Option<String>,
    /// Byte offset and length in the source that was running.
    pub span: Option<(usize, usize)>,
    /// Innermost last, as the VM records them: function, source id, span.
    pub frames: Vec<Frame>,
    pub frames_elided: usize,
    /// The source id the script's bytecode ran under: its frames get a location.
    pub source_id: Option<usize>,
}

impl Failure {
    pub fn of(e: &RuntimeError, source_id: Option<usize>) -> Failure {
        Failure {
            message: e.message.clone(),
            identifier: e.identifier.clone(),
            span: e.span.map(|s| (s.offset(), s.len())),
            frames: e.context.call_frames.iter().map(|f| (f.function.clone(), f.source_id, f.span)).collect(),
            frames_elided: e.context.call_frames_elided,
            source_id,
        }
    }

    /// The report for a script named `name` (as RunMat names it: see
    /// [`source_name`]) whose text is `source`.
    pub fn render(&self, name: &str, source: &str) -> String {
        let mut lines = vec![format!("error: {}", self.message), format!("id: {}", self.code())];
        // A span past the script's end (another file's, as a unit's compile
        // error) is shown on its last line, as RunMat shows it.
        if let Some((offset, len)) = self.span {
            let (line, column, text, caret) = locate(source, offset, len);
            lines.push(format!("--> {name}:{line}:{column}"));
            lines.push(format!("{line} | {text}"));
            lines.push(format!("  | {caret}"));
        }
        if !self.frames.is_empty() {
            lines.push("callstack:".into());
            if self.frames_elided > 0 {
                lines.push(format!("  ... {} frames elided ...", self.frames_elided));
            }
            for (function, id, span) in self.frames.iter().rev() {
                match (id, span) {
                    (Some(id), Some((start, _))) if Some(*id) == self.source_id => {
                        let (line, column, _, _) = locate(source, *start, 1);
                        lines.push(format!("  {function} @ {name}:{line}:{column}"));
                    }
                    _ => lines.push(format!("  {function}")),
                }
            }
        }
        lines.join("\n")
    }

    /// The identifier as RunMat reports it: its namespace replaced by the
    /// session's, `RunMat:RuntimeError` when the error has none.
    pub fn code(&self) -> String {
        let suffix = self.identifier.as_deref().map(|id| id.split_once(':').map_or(id, |(_, s)| s)).unwrap_or("RuntimeError");
        format!("RunMat:{suffix}")
    }

    /// The one line RunMat's REPL prints for a runtime error: `code: message`.
    pub fn compact(&self) -> String {
        format!("{}: {}", self.code(), self.message)
    }
}

/// RunMat names a script by the path it was given, relative to the working
/// directory when it lies below it.
pub fn source_name(script: &std::path::Path) -> String {
    let cwd = std::env::current_dir().ok();
    cwd.and_then(|cwd| script.strip_prefix(cwd).ok().map(|p| p.display().to_string())).unwrap_or_else(|| script.display().to_string())
}

/// Line and column (1-based) of byte `offset`, that line's text, and a caret
/// line marking `len` bytes (at least one, at most to the end of the line).
/// An offset past the end is on the last line, its column counted on.
fn locate(source: &str, offset: usize, len: usize) -> (usize, usize, String, String) {
    let mut at = offset.min(source.len());
    while !source.is_char_boundary(at) {
        at -= 1;
    }
    let offset = if offset > source.len() { offset } else { at };
    let before = &source[..at];
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    let end = source[start..].find('\n').map_or(source.len(), |i| start + i);
    let column = offset - start + 1;
    let caret = len.max(1).min(end.saturating_sub(offset).max(1));
    (line, column, source[start..end].to_string(), format!("{}{}", " ".repeat(column - 1), "^".repeat(caret)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_runmat_s_layout() {
        let f = Failure {
            message: "Index 5 out of bounds (1 to 3)".into(),
            identifier: Some("MATLAB:badsubscript".into()),
            span: Some((13, 8)),
            frames: vec![("idx.m".into(), Some(7), Some((13, 21)))],
            frames_elided: 0,
            source_id: Some(7),
        };
        let text = "x = [1 2 3];\ny = x(5);\n";
        assert_eq!(
            f.render("idx.m", text),
            "error: Index 5 out of bounds (1 to 3)\nid: RunMat:badsubscript\n--> idx.m:2:1\n2 | y = x(5);\n  | ^^^^^^^^\ncallstack:\n  idx.m @ idx.m:2:1"
        );
        // A frame of another source gets no location; no identifier is RuntimeError.
        let g = Failure { identifier: None, span: None, frames: vec![("main.m".into(), Some(1), Some((0, 3)))], ..f };
        assert_eq!(g.render("idx.m", text), "error: Index 5 out of bounds (1 to 3)\nid: RunMat:RuntimeError\ncallstack:\n  main.m");
    }

    #[test]
    fn a_span_past_the_end_is_on_the_last_line() {
        // Another file's span (a unit's compile error), as runmat 0.6.2 shows it.
        let f = Failure {
            message: "dynamic output count is not supported for expanded static calls".into(),
            identifier: None,
            span: Some((36, 48)),
            frames: vec![("s.m".into(), Some(7), Some((36, 48)))],
            frames_elided: 0,
            source_id: Some(7),
        };
        let shown = |text: &str| f.render("s.m", text).lines().skip(2).collect::<Vec<_>>().join("\n");
        assert_eq!(shown("disp('start');\ndisp(other(1));\n"), "--> s.m:3:6\n3 | \n  |      ^\ncallstack:\n  s.m @ s.m:3:6");
        assert_eq!(
            shown("disp('start'); other(1)"),
            format!("--> s.m:1:37\n1 | disp('start'); other(1)\n  | {}^\ncallstack:\n  s.m @ s.m:1:37", " ".repeat(36))
        );
    }
}
