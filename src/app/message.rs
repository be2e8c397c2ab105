//! The window's messages: each carries a severity. Information fades from the status bar
//! after a few seconds; a warning stays until the next message; an error stays, in the error
//! colour, until the reader dismisses it, and says what failed with which file.

/// How much a message matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// Something done ("Saved r.sanad"): shown, then fades.
    Info,
    /// Something not done, at no cost ("Select some article text first").
    Warning,
    /// Something that failed ("Could not save r.sanad: …"): stays until dismissed.
    Error,
}

/// The last message for the status bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    /// What it says.
    pub text: String,
    /// How much it matters.
    pub severity: Severity,
    /// When it was first shown (egui's clock), for fading; set on its first frame.
    pub shown_at: Option<f64>,
}

/// How long information stays in the status bar, in seconds.
pub const INFO_SECONDS: f64 = 6.0;

impl Message {
    /// No message.
    pub fn none() -> Self {
        Message {
            text: String::new(),
            severity: Severity::Info,
            shown_at: None,
        }
    }

    /// A message of `severity` saying `text`.
    pub fn new(severity: Severity, text: impl Into<String>) -> Self {
        Message {
            text: text.into(),
            severity,
            shown_at: None,
        }
    }

    /// Whether it is still to be shown at `now`: information for [`INFO_SECONDS`], the rest
    /// until replaced or dismissed.
    pub fn visible_at(&self, now: f64) -> bool {
        !self.text.is_empty()
            && (self.severity != Severity::Info
                || self.shown_at.is_none_or(|at| now - at < INFO_SECONDS))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn information_fades_and_errors_stay() {
        let mut info = Message::new(Severity::Info, "Saved");
        info.shown_at = Some(10.0);
        assert!(info.visible_at(12.0));
        assert!(!info.visible_at(10.0 + INFO_SECONDS));
        let mut error = Message::new(Severity::Error, "Could not save");
        error.shown_at = Some(10.0);
        assert!(error.visible_at(1000.0));
        assert!(!Message::none().visible_at(0.0));
    }
}
