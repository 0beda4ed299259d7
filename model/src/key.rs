//! The key a compiled function is stored under, in a snapshot's sections and
//! in every table that names a function.
//!
//! - a name other files can call: `f`, a package's `pkg.sub.f`, a dependency's
//!   `alias.f`, a scoped `private/` function `folder/private/f`, a search-path
//!   folder's own function `path.x/f` ([`crate::file`] makes the last two);
//! - a function only its file calls (a local function, closure or nested
//!   function): `owner>name`, under the file's primary function. `>` cannot
//!   occur in a MATLAB identifier, so no call can name one.
//!
//! Keys are stored as strings (the on-disk form); [`FunctionKey`] parses and
//! prints exactly that form, and the `&str` helpers answer the common
//! questions without allocating.

use std::fmt;
use std::str::FromStr;

/// Separates a file's primary function from a function only that file calls.
const LOCAL: char = '>';

/// A parsed function key.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FunctionKey {
    owner: String,
    local: Option<String>,
}

impl FunctionKey {
    /// A name other files can call.
    pub fn primary(name: impl Into<String>) -> FunctionKey {
        FunctionKey { owner: name.into(), local: None }
    }

    /// A function of `owner`'s file that only that file calls.
    pub fn local(owner: impl Into<String>, name: impl Into<String>) -> FunctionKey {
        FunctionKey { owner: owner.into(), local: Some(name.into()) }
    }

    /// The primary function of the file that defines it (itself, for a primary).
    pub fn owner(&self) -> &str {
        &self.owner
    }

    /// Its name within its file, if only its file calls it.
    pub fn local_name(&self) -> Option<&str> {
        self.local.as_deref()
    }

    pub fn is_local(&self) -> bool {
        self.local.is_some()
    }
}

impl fmt::Display for FunctionKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.local {
            Some(local) => write!(f, "{}{LOCAL}{local}", self.owner),
            None => f.write_str(&self.owner),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a function key: {1}")]
pub struct KeyError(String, &'static str);

impl FromStr for FunctionKey {
    type Err = KeyError;

    fn from_str(s: &str) -> Result<FunctionKey, KeyError> {
        let bad = |why| Err(KeyError(s.to_string(), why));
        match s.split_once(LOCAL) {
            _ if s.is_empty() => bad("it is empty"),
            Some(("", _)) | Some((_, "")) => bad("an empty owner or local name"),
            Some((_, local)) if local.contains(LOCAL) => bad("more than one `>`"),
            Some((owner, local)) => Ok(FunctionKey::local(owner, local)),
            None => Ok(FunctionKey::primary(s)),
        }
    }
}

/// The primary function whose file defines the function stored under `key`.
pub fn owner_of(key: &str) -> &str {
    key.split_once(LOCAL).map_or(key, |(owner, _)| owner)
}

/// Whether `key` is a function only its own file calls.
pub fn is_local(key: &str) -> bool {
    key.contains(LOCAL)
}

/// The key of local function (closure, nested function) `name` of `owner`'s file.
pub fn local_key(owner: &str, name: &str) -> String {
    FunctionKey::local(owner, name).to_string()
}

/// Whether `key` is a plain name a search-path lookup could find: no package
/// qualifier, no scoped key, no local function.
pub fn is_bare(key: &str) -> bool {
    !key.contains(['.', '/', LOCAL])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_print_as_they_parse() {
        for (text, owner, local) in [
            ("f", "f", None),
            ("pkg.sub.f", "pkg.sub.f", None),
            ("folder/private/f", "folder/private/f", None),
            ("f>helper", "f", Some("helper")),
            ("pkg.f>anonymous_3", "pkg.f", Some("anonymous_3")),
        ] {
            let key: FunctionKey = text.parse().unwrap();
            assert_eq!((key.owner(), key.local_name()), (owner, local), "{text}");
            assert_eq!(key.to_string(), text);
            assert_eq!(owner_of(text), owner);
            assert_eq!(is_local(text), local.is_some());
        }
    }

    #[test]
    fn malformed_keys_are_errors_that_name_them() {
        for text in ["", ">f", "f>", "a>b>c"] {
            let err = text.parse::<FunctionKey>().unwrap_err();
            assert!(err.to_string().contains(&format!("`{text}`")), "{err}");
        }
    }

    #[test]
    fn bare_names_are_only_plain_identifiers() {
        assert!(is_bare("mean"));
        for key in ["pkg.f", "path.x/f", "f>g"] {
            assert!(!is_bare(key), "{key}");
        }
    }
}
