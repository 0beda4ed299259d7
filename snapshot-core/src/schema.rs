//! What a section's entries are, declared once by the provider that writes them.
//!
//! A provider declares each entry type as a [`Record`] (one entry under a fixed
//! key, such as `@unit`) or [`Entries`] (every other key: one per function,
//! preset...), and writes, reads and describes its section only through those
//! declarations. `verify` ([`verify_entries`]) and `inspect`
//! ([`describe_sections`]) reach them through [`SnapshotProvider::schema`], so
//! they name no provider, and what is checked cannot drift from what is written
//! or what the runtime decodes.

use std::marker::PhantomData;
use std::sync::Arc;

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::error::{SectionError, SectionErrorKind};
use crate::loader::Snapshot;
use crate::provider::{Registry, SectionOutput, SnapshotProvider};

/// An entry type of a section, as `verify` sees it.
pub trait EntryType: Sync {
    /// The entry's fixed key (`None`: the type of every key not fixed).
    fn key(&self) -> Option<&'static str>;
    /// Rust type name, for messages.
    fn type_name(&self) -> &'static str;
    /// Decodes the entry as this type (digest, decompression and decoding).
    fn check(&self, snap: &Snapshot, section: &str, key: &str) -> Result<(), SectionError>;
}

/// One entry of type `T` under the fixed key `key`.
pub struct Record<T> {
    pub key: &'static str,
    _t: PhantomData<fn() -> T>,
}

/// Entries of type `T` under every key a section does not fix.
pub struct Entries<T> {
    _t: PhantomData<fn() -> T>,
}

impl<T> Record<T> {
    /// Keys of records start with `@`, which no MATLAB name (or other entry key) can.
    pub const fn new(key: &'static str) -> Self {
        Record { key, _t: PhantomData }
    }
}

impl<T> Entries<T> {
    pub const fn new() -> Self {
        Entries { _t: PhantomData }
    }
}

impl<T> Default for Entries<T> {
    fn default() -> Self {
        Entries::new()
    }
}

impl<T: Serialize + DeserializeOwned + Send + Sync + 'static> Record<T> {
    pub fn get(&self, snap: &Snapshot, section: &str) -> Result<Arc<T>, SectionError> {
        snap.entry::<T>(section, self.key)
    }
    pub fn put(&self, out: &mut SectionOutput, value: &T) -> Result<(), String> {
        out.insert(self.key, value)
    }
    /// The record decoded for the caller to own, not cached ([`Snapshot::decode_entry`]).
    pub fn take(&self, snap: &Snapshot, section: &str) -> Result<T, SectionError> {
        snap.decode_entry(section, self.key)
    }
}

impl<T: Serialize + DeserializeOwned + Send + Sync + 'static> Entries<T> {
    pub fn get(&self, snap: &Snapshot, section: &str, key: &str) -> Result<Arc<T>, SectionError> {
        snap.entry::<T>(section, key)
    }
    pub fn put(&self, out: &mut SectionOutput, key: impl Into<String>, value: &T) -> Result<(), String> {
        let key = key.into();
        if is_record_key(&key) {
            return Err(format!("entry key `{key}` of `{}` starts with `@`, which is reserved for records", out.id));
        }
        out.insert(key, value)
    }
    /// Every entry (not the records), decoded for the caller to own, in key
    /// order and not cached ([`Snapshot::decode_entries`]).
    pub fn take_all<'s>(&self, snap: &'s Snapshot, section: &str) -> Result<Vec<(&'s str, T)>, SectionError> {
        snap.decode_entries(section, |k| !is_record_key(k))
    }
    /// The keys of these entries in `section` (every key that is not a record's), sorted.
    pub fn keys<'s>(&self, snap: &'s Snapshot, section: &str) -> Result<Vec<&'s str>, SectionError> {
        Ok(snap.keys(section)?.into_iter().filter(|k| !is_record_key(k)).collect())
    }
}

/// Record keys start with `@`.
pub fn is_record_key(key: &str) -> bool {
    key.starts_with('@')
}

impl<T: DeserializeOwned + Send + Sync + 'static> EntryType for Record<T> {
    fn key(&self) -> Option<&'static str> {
        Some(self.key)
    }
    fn type_name(&self) -> &'static str {
        std::any::type_name::<T>()
    }
    fn check(&self, snap: &Snapshot, section: &str, key: &str) -> Result<(), SectionError> {
        snap.entry::<T>(section, key).map(drop)
    }
}

impl<T: DeserializeOwned + Send + Sync + 'static> EntryType for Entries<T> {
    fn key(&self) -> Option<&'static str> {
        None
    }
    fn type_name(&self) -> &'static str {
        std::any::type_name::<T>()
    }
    fn check(&self, snap: &Snapshot, section: &str, key: &str) -> Result<(), SectionError> {
        snap.entry::<T>(section, key).map(drop)
    }
}

/// One line of what `inspect` shows of a section: a field of its JSON
/// `contents` and the same fact as a line of text.
#[derive(Debug, Clone)]
pub struct Row {
    pub name: String,
    pub value: serde_json::Value,
    pub text: String,
}

/// The entry types of one section and how `inspect` describes it.
#[derive(Clone, Copy)]
pub struct SectionSchema {
    /// Entries under fixed keys.
    pub records: &'static [&'static dyn EntryType],
    /// The type of every other entry; `None`: a section of records only.
    pub entries: Option<&'static dyn EntryType>,
    /// What `inspect` shows of the section (given the section id).
    pub describe: fn(&Snapshot, &str) -> Result<Vec<Row>, SectionError>,
}

impl SectionSchema {
    /// The declared type of `key`, if any.
    pub fn entry_type(&self, key: &str) -> Option<&'static dyn EntryType> {
        match self.records.iter().find(|r| r.key() == Some(key)) {
            Some(r) => Some(*r),
            None if is_record_key(key) => None,
            None => self.entries,
        }
    }
}

/// Declares a section's entry types once, as `rustc_metadata`'s
/// `define_tables!` declares its tables: each record (an entry under a fixed
/// `@key`) and the type of every other entry become constants, and the
/// section's [`SectionSchema`] lists exactly those, so what is written, what
/// `verify` decodes and what `inspect` shows cannot drift apart.
///
/// ```
/// fn describe(_: &snapshot_core::Snapshot, _: &str) -> Result<Vec<snapshot_core::schema::Row>, snapshot_core::SectionError> {
///     Ok(Vec::new())
/// }
/// snapshot_core::section_schema! {
///     /// The section's schema.
///     pub schema SCHEMA, describe describe;
///     record
///     /// One record.
///     pub UNIT: u64 = "@unit";
///     entries
///     /// Every other entry.
///     pub ITEMS: String;
/// }
/// assert_eq!(UNIT.key, "@unit");
/// assert!(SCHEMA.entry_type("@unit").is_some() && SCHEMA.entry_type("f").is_some());
/// assert!(SCHEMA.entry_type("@other").is_none());
/// ```
#[macro_export]
macro_rules! section_schema {
    (
        $(#[$smeta:meta])* $svis:vis schema $schema:ident, describe $describe:path;
        $( record $(#[$rmeta:meta])* $rvis:vis $rname:ident : $rty:ty = $rkey:literal; )*
        $( entries $(#[$emeta:meta])* $evis:vis $ename:ident : $ety:ty; )?
    ) => {
        $( $(#[$rmeta])* $rvis const $rname: $crate::schema::Record<$rty> = $crate::schema::Record::new($rkey); )*
        $( $(#[$emeta])* $evis const $ename: $crate::schema::Entries<$ety> = $crate::schema::Entries::new(); )?
        $(#[$smeta])*
        $svis const $schema: $crate::schema::SectionSchema = $crate::schema::SectionSchema {
            records: &[ $( &$rname ),* ],
            entries: $crate::section_schema!(@entries $( $ename )?),
            describe: $describe,
        };
    };
    (@entries) => { None };
    (@entries $e:ident) => { Some(&$e) };
}

/// A schema whose `inspect` shows nothing beyond the section table.
pub fn no_description(_: &Snapshot, _: &str) -> Result<Vec<Row>, SectionError> {
    Ok(Vec::new())
}

/// What [`verify_entries`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EntryCheck {
    /// Entries decoded as their declared type.
    pub decoded: u64,
    /// Sections whose provider is not linked into this binary (their entries
    /// are digest-checked by `verify_all` but cannot be decoded here).
    pub unknown_sections: Vec<String>,
}

fn schema_of<'r>(registry: &Registry<'r>, section: &crate::SectionRecord) -> Option<(&'r dyn SnapshotProvider, SectionSchema)> {
    let provider = registry.get(&section.provider)?;
    provider.schema(&section.id).map(|s| (provider, s))
}

/// Decodes every entry of every section whose provider is linked as the type
/// its provider declares; an entry no declaration covers is an error.
pub fn verify_entries(snap: &Snapshot, registry: &Registry) -> Result<EntryCheck, SectionError> {
    let mut out = EntryCheck::default();
    let sections: Vec<crate::SectionRecord> = snap.sections().cloned().collect();
    for section in &sections {
        let Some((_, schema)) = schema_of(registry, section) else {
            out.unknown_sections.push(section.id.clone());
            continue;
        };
        for key in snap.keys(&section.id)? {
            let ty = schema.entry_type(key).ok_or_else(|| SectionError {
                path: snap.path().into(),
                section: section.id.clone(),
                provider: section.provider.clone(),
                entry: Some(key.into()),
                kind: SectionErrorKind::Undeclared,
            })?;
            ty.check(snap, &section.id, key)?;
            out.decoded += 1;
        }
    }
    Ok(out)
}

/// What every linked provider says about its sections in `snap`, in section order.
pub fn describe_sections(snap: &Snapshot, registry: &Registry) -> Result<Vec<(String, Vec<Row>)>, SectionError> {
    let mut out = Vec::new();
    for section in snap.sections() {
        if let Some((_, schema)) = schema_of(registry, section) {
            out.push((section.id.clone(), (schema.describe)(snap, &section.id)?));
        }
    }
    Ok(out)
}
