//! What decides which file each name binds to, read without opening any
//! function file: one entry per library file in the order a build takes them,
//! and each toolbox directory's manifest by digest. A snapshot stores the
//! listing it was built from (one line per entry, the form [`ListingEntry`]
//! prints); a different listing now means a file was added, removed or moved,
//! or a manifest edited, since the build.

use std::fmt;
use std::str::FromStr;

/// The manifest a toolbox directory may have at its root.
pub const DIR_MANIFEST: &str = "toolbox.json";

/// The digest a listing records for a toolbox directory without a manifest.
pub const NO_MANIFEST: &str = "none";

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ListingEntry {
    /// `library<TAB>file id`.
    File { library: String, id: String },
    /// `library<TAB>toolbox.json<TAB>digest` (hex SHA-256, or [`NO_MANIFEST`]).
    Manifest { library: String, digest: String },
}

impl ListingEntry {
    pub fn file(library: &str, id: &str) -> ListingEntry {
        ListingEntry::File { library: library.to_string(), id: id.to_string() }
    }

    pub fn library(&self) -> &str {
        match self {
            ListingEntry::File { library, .. } | ListingEntry::Manifest { library, .. } => library,
        }
    }

    /// The file id of a file entry.
    pub fn id(&self) -> Option<&str> {
        match self {
            ListingEntry::File { id, .. } => Some(id),
            ListingEntry::Manifest { .. } => None,
        }
    }

    /// How messages name the entry: its file id, or the manifest.
    pub fn shown(&self) -> &str {
        self.id().unwrap_or(DIR_MANIFEST)
    }
}

impl fmt::Display for ListingEntry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ListingEntry::File { library, id } => write!(f, "{library}\t{id}"),
            ListingEntry::Manifest { library, digest } => write!(f, "{library}\t{DIR_MANIFEST}\t{digest}"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("listing line {0:?} is neither `library<TAB>file` nor `library<TAB>{DIR_MANIFEST}<TAB>digest`")]
pub struct ListingError(String);

impl FromStr for ListingEntry {
    type Err = ListingError;

    fn from_str(s: &str) -> Result<ListingEntry, ListingError> {
        let parts: Vec<&str> = s.split('\t').collect();
        match parts.as_slice() {
            [library, DIR_MANIFEST, digest] if !library.is_empty() && !digest.is_empty() => {
                Ok(ListingEntry::Manifest { library: library.to_string(), digest: digest.to_string() })
            }
            [library, id] if !library.is_empty() && !id.is_empty() => Ok(ListingEntry::file(library, id)),
            _ => Err(ListingError(s.to_string())),
        }
    }
}

/// Stored as the line it prints, so a stored listing is a list of strings
/// (the bytes of format 4.x), and decoding it checks every line.
impl serde::Serialize for ListingEntry {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for ListingEntry {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<ListingEntry, D::Error> {
        String::deserialize(d)?.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_keep_the_stored_lines() {
        for line in ["folder\tfolder/f.m", "toolbox.x\ttoolbox.json\tnone", "toolbox.x\ttoolbox.json\tab12"] {
            let entry: ListingEntry = line.parse().unwrap();
            assert_eq!(entry.to_string(), line);
        }
        let entry: ListingEntry = "folder\tfolder/+p/f.m".parse().unwrap();
        assert_eq!((entry.library(), entry.id(), entry.shown()), ("folder", Some("folder/+p/f.m"), "folder/+p/f.m"));
        let manifest: ListingEntry = "toolbox.x\ttoolbox.json\tnone".parse().unwrap();
        assert_eq!((manifest.id(), manifest.shown()), (None, DIR_MANIFEST));
    }

    /// Stored exactly as the lines they print (what earlier builds stored).
    #[test]
    fn entries_serialize_as_their_lines() {
        let entries: Vec<ListingEntry> = vec!["folder\tfolder/f.m".parse().unwrap(), "toolbox.x\ttoolbox.json\tnone".parse().unwrap()];
        let lines: Vec<String> = entries.iter().map(ToString::to_string).collect();
        let json = serde_json::to_string(&entries).unwrap();
        assert_eq!(json, serde_json::to_string(&lines).unwrap());
        assert_eq!(serde_json::from_str::<Vec<ListingEntry>>(&json).unwrap(), entries);
        assert!(serde_json::from_str::<Vec<ListingEntry>>("[\"no tab\"]").unwrap_err().to_string().contains("no tab"));
    }

    #[test]
    fn other_lines_are_errors() {
        for line in ["", "folder", "\tfolder/f.m", "a\tb\tc", "a\tb\tc\td"] {
            assert!(line.parse::<ListingEntry>().is_err(), "{line:?}");
        }
    }
}
