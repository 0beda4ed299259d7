//! What a `.m` file's first lines say, read without parsing (RunMat's parser
//! is costly and can crash; these answer before it runs, conservatively).

/// Whether a file's text may define functions: any line starting with the
/// `function` keyword. A class definition file (its methods are `function`
/// lines too) defines none.
pub fn may_define_functions(text: &str) -> bool {
    !starts_with_classdef(text) && text.lines().map(str::trim_start).any(|l| keyword(l, "function", &['['][..]).is_some())
}

/// The name a function file's primary function declares, from its first line
/// of code (`function [a, b] = name(...)`, `function name`); `None` for a
/// script (code before any `function`).
pub fn declared_name(text: &str) -> Option<&str> {
    let line = first_code_line(text)?;
    let rest = keyword(line, "function", &['['][..])?;
    let rest = rest.split('%').next()?;
    let head = match rest.split_once('=') {
        Some((_, after)) => after,
        None => rest,
    };
    let name = head.trim_start().split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.')).next()?;
    (!name.is_empty()).then_some(name)
}

/// Whether the first line of code opens a `classdef`.
pub fn starts_with_classdef(text: &str) -> bool {
    first_code_line(text).is_some_and(|line| keyword(line, "classdef", &['('][..]).is_some())
}

/// What follows keyword `word` opening `line` (then the end of the line, a
/// blank or one of `also`), if it does.
fn keyword<'a>(line: &'a str, word: &str, also: &[char]) -> Option<&'a str> {
    line.strip_prefix(word).filter(|rest| rest.is_empty() || rest.starts_with([' ', '\t']) || rest.starts_with(also))
}

/// The first line that is neither blank nor a comment; `%{ ... %}` block
/// comments (nested) stand alone on their lines.
fn first_code_line(text: &str) -> Option<&str> {
    let mut in_block = 0usize;
    text.trim_start_matches('\u{feff}').lines().map(str::trim).find(|line| match *line {
        "%{" => {
            in_block += 1;
            false
        }
        "%}" if in_block > 0 => {
            in_block -= 1;
            false
        }
        _ => !(in_block > 0 || line.is_empty() || line.starts_with('%')),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_declared_name_is_read_from_the_function_line() {
        for (text, name) in [
            ("function y = twice(x)\n y = 2*x;\nend\n", Some("twice")),
            ("% help\nfunction [a, b] = two_out(x) % note\nend\n", Some("two_out")),
            ("function noargs\nend\n", Some("noargs")),
            ("\u{feff}function bom(x)\nend\n", Some("bom")),
            ("x = 1;\n", None),
            ("functions = 3;\n", None),
            ("disp(1)\nfunction r = helper(x)\nend\n", None),
            ("%{\nfunction fake\n%}\nfunction real(x)\nend\n", Some("real")),
        ] {
            assert_eq!(declared_name(text), name, "{text:?}");
        }
    }

    #[test]
    fn scripts_classes_and_function_files_are_told_apart() {
        // (text, may define functions, classdef)
        for (text, defines, class) in [
            ("function f\nend\n", true, false),
            ("disp(1)\nfunction g\nend\n", true, false),
            ("disp(1)\n", false, false),
            ("% c\nclassdef Point < handle\n methods\n function p = Point()\n end\n end\nend\n", false, true),
            ("classdef(Sealed) P\nend\n", false, true),
            ("classdefs = 1;\n", false, false),
        ] {
            assert_eq!((may_define_functions(text), starts_with_classdef(text)), (defines, class), "{text:?}");
        }
    }
}
