//! The verdict a reviewer gives a claim.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// The verdict on one claim. The serialised names are part of the file format: never rename.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
pub enum Verdict {
    /// Nobody has looked at the claim yet.
    #[default]
    Unreviewed,
    /// The evidence confirms the claim.
    Verified,
    /// Credible sources disagree about the claim.
    Disputed,
    /// The evidence contradicts the claim.
    False,
    /// True in part, or true but presented to mislead.
    Misleading,
    /// No evidence could settle the claim either way.
    Unverifiable,
    /// Opinion, question or page boilerplate: nothing to check.
    NotCheckable,
}

impl Verdict {
    /// Every verdict, in key order (1–7).
    pub const ALL: [Verdict; 7] = [
        Verdict::Unreviewed,
        Verdict::Verified,
        Verdict::Disputed,
        Verdict::False,
        Verdict::Misleading,
        Verdict::Unverifiable,
        Verdict::NotCheckable,
    ];

    /// The stable machine name, as used on the command line and in exports.
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Unreviewed => "unreviewed",
            Verdict::Verified => "verified",
            Verdict::Disputed => "disputed",
            Verdict::False => "false",
            Verdict::Misleading => "misleading",
            Verdict::Unverifiable => "unverifiable",
            Verdict::NotCheckable => "not-checkable",
        }
    }

    /// The English label shown to readers.
    pub fn label_en(self) -> &'static str {
        match self {
            Verdict::Unreviewed => "Unreviewed",
            Verdict::Verified => "Verified",
            Verdict::Disputed => "Disputed",
            Verdict::False => "False",
            Verdict::Misleading => "Misleading",
            Verdict::Unverifiable => "Unverifiable",
            Verdict::NotCheckable => "Not checkable",
        }
    }

    /// The Arabic label shown to readers.
    pub fn label_ar(self) -> &'static str {
        match self {
            Verdict::Unreviewed => "لم تُراجَع",
            Verdict::Verified => "صحيح",
            Verdict::Disputed => "متنازع عليه",
            Verdict::False => "خاطئ",
            Verdict::Misleading => "مضلِّل",
            Verdict::Unverifiable => "لا يمكن التحقق منه",
            Verdict::NotCheckable => "غير قابل للتحقق",
        }
    }

    /// The label in the given language (BCP 47 primary tag); English where we have none.
    pub fn label(self, language: &str) -> &'static str {
        if language.starts_with("ar") {
            self.label_ar()
        } else {
            self.label_en()
        }
    }

    /// The key (1–7) that sets this verdict in the window.
    pub fn key(self) -> u8 {
        Verdict::ALL
            .iter()
            .position(|v| *v == self)
            .map_or(0, |i| i as u8 + 1)
    }

    /// The verdict's colour as sRGB, used by the window and the HTML export.
    pub fn rgb(self) -> [u8; 3] {
        match self {
            Verdict::Unreviewed => [150, 150, 150],
            Verdict::Verified => [46, 160, 67],
            Verdict::Disputed => [230, 145, 30],
            Verdict::False => [210, 50, 45],
            Verdict::Misleading => [170, 90, 200],
            Verdict::Unverifiable => [70, 130, 200],
            Verdict::NotCheckable => [110, 110, 90],
        }
    }

    /// Whether a reviewer has decided on the claim (anything but Unreviewed).
    pub fn is_reviewed(self) -> bool {
        self != Verdict::Unreviewed
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A verdict name that matches no verdict.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown verdict \"{0}\" (expected one of: unreviewed, verified, disputed, false, misleading, unverifiable, not-checkable, or 1-7)"
)]
pub struct ParseVerdictError(pub String);

impl FromStr for Verdict {
    type Err = ParseVerdictError;

    /// Accepts the machine name in any case, with `-`, `_` or nothing between words, the
    /// key 1–7, or the English or Arabic label.
    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let trimmed = input.trim();
        let folded: String = trimmed
            .chars()
            .filter(|c| !matches!(c, '-' | '_' | ' '))
            .flat_map(char::to_lowercase)
            .collect();
        Verdict::ALL
            .into_iter()
            .find(|v| {
                folded == v.name().replace('-', "")
                    || folded == v.key().to_string()
                    || trimmed == v.label_ar()
            })
            .ok_or_else(|| ParseVerdictError(input.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_run_one_to_seven_in_order() {
        let keys: Vec<u8> = Verdict::ALL.iter().map(|v| v.key()).collect();
        assert_eq!(keys, vec![1, 2, 3, 4, 5, 6, 7]);
    }

    #[test]
    fn parses_names_keys_and_labels() {
        assert_eq!("verified".parse(), Ok(Verdict::Verified));
        assert_eq!("Not_Checkable".parse(), Ok(Verdict::NotCheckable));
        assert_eq!("not checkable".parse(), Ok(Verdict::NotCheckable));
        assert_eq!("4".parse(), Ok(Verdict::False));
        assert_eq!("خاطئ".parse(), Ok(Verdict::False));
        assert!("maybe".parse::<Verdict>().is_err());
        assert!("".parse::<Verdict>().is_err());
    }

    #[test]
    fn every_name_parses_back() {
        for v in Verdict::ALL {
            assert_eq!(v.name().parse(), Ok(v));
            assert_eq!(v.label_en().parse(), Ok(v));
        }
    }
}
