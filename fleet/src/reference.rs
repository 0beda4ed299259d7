//! What a user types for a registry location: `REGISTRY/REPOSITORY[:TAG]`.

use oci_client::Reference;

use crate::FleetError;

/// A parsed registry location, remembering whether the user named a tag
/// (the parser fills in `latest` when they did not).
#[derive(Debug, Clone)]
pub struct Target {
    pub reference: Reference,
    pub explicit_tag: bool,
}

impl Target {
    pub fn parse(text: &str) -> Result<Target, FleetError> {
        let text = text.trim();
        let err = |detail: String| FleetError::Reference { reference: text.to_string(), detail };
        if text.contains('@') {
            return Err(err("digest references are not supported; name a tag".into()));
        }
        // Without a registry host the parser would pick Docker Hub: a snapshot
        // should only travel to a registry the user named.
        let first = text.split('/').next().unwrap_or_default();
        if !text.contains('/') || !(first.contains('.') || first.contains(':') || first == "localhost") {
            return Err(err("no registry host".into()));
        }
        let reference = Reference::try_from(text).map_err(|e| err(e.to_string()))?;
        let explicit_tag = text.rsplit('/').next().is_some_and(|last| last.contains(':'));
        Ok(Target { reference, explicit_tag })
    }

    pub fn registry(&self) -> &str {
        self.reference.registry()
    }

    /// The same repository with another tag.
    pub fn with_tag(&self, tag: &str) -> Reference {
        Reference::with_tag(self.reference.registry().to_string(), self.reference.repository().to_string(), tag.to_string())
    }

    /// `REGISTRY/REPOSITORY` without a tag.
    pub fn repository(&self) -> String {
        format!("{}/{}", self.reference.registry(), self.reference.repository())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explicit_tags_are_told_apart_from_the_default() {
        let t = Target::parse("localhost:5000/team/lib").unwrap();
        assert!(!t.explicit_tag);
        assert_eq!(t.repository(), "localhost:5000/team/lib");
        let t = Target::parse("localhost:5000/team/lib:v2").unwrap();
        assert!(t.explicit_tag);
        assert_eq!(t.reference.tag(), Some("v2"));
        assert_eq!(t.with_tag("abc").whole(), "localhost:5000/team/lib:abc");
    }

    #[test]
    fn references_without_a_registry_or_with_a_digest_are_refused() {
        for bad in ["team/lib", "lib", "", "localhost:5000/lib@sha256:00", "localhost:5000/UPPER"] {
            let e = Target::parse(bad).unwrap_err();
            assert!(matches!(e, FleetError::Reference { .. }), "{bad}: {e}");
            assert!(e.to_string().contains("REGISTRY/REPOSITORY"), "{e}");
        }
    }
}
