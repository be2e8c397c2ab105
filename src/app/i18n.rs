//! The window's words: every string a reader sees comes through `tr!` from the catalogue
//! of the interface language (`crate::i18n`).
//!
//! The catalogue in use is kept per thread: egui draws a window on one thread, and passing
//! it to every drawing function would thread one parameter through the whole window for a
//! value that changes only when the reader picks another language. Tests run on threads of
//! their own, each window with its own language.

pub use crate::i18n::Phrase;
use crate::i18n::{Arg, Catalogue, Digits, Language};
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    static CURRENT: RefCell<Option<Rc<Catalogue>>> = const { RefCell::new(None) };
}

/// The catalogue in use on this thread (English, Western digits, until one is chosen).
pub fn catalogue() -> Rc<Catalogue> {
    CURRENT.with(|current| {
        let mut current = current.borrow_mut();
        match current.as_ref() {
            Some(catalogue) => catalogue.clone(),
            None => {
                let catalogue = Rc::new(load(Language::English, Digits::Western));
                *current = Some(catalogue.clone());
                catalogue
            }
        }
    })
}

/// Use `language` and `digits` from now on (a no-op when they are already in use).
pub fn use_language(language: Language, digits: Digits) {
    let now = catalogue();
    if now.language() == language && now.digits() == digits {
        return;
    }
    let catalogue = Rc::new(load(language, digits));
    CURRENT.with(|current| *current.borrow_mut() = Some(catalogue));
}

fn load(language: Language, digits: Digits) -> Catalogue {
    // Both catalogues are built in and a test parses them; English is the fallback if a
    // translation ever shipped broken, and keys (never a crash) if English did.
    Catalogue::new(language, digits)
        .or_else(|_| Catalogue::new(Language::English, digits))
        .unwrap_or_else(|_| Catalogue::empty(digits))
}

/// The interface language in use.
pub fn language() -> Language {
    catalogue().language()
}

/// Whether the interface is laid out right to left.
pub fn right_to_left() -> bool {
    language().is_right_to_left()
}

/// `text`'s digits in the interface's digits (claim numbers, counts, dates shown by the
/// window; never the article or a file).
pub fn digits(text: &str) -> String {
    catalogue().digits().apply(text)
}

/// The message `key` with `args` (what `tr!` calls).
pub fn text(key: &str, args: &[(&str, Arg)]) -> Phrase {
    Phrase::new(catalogue().text(key, args))
}

/// Run `work` on a new thread that speaks the interface's language: background jobs write
/// their messages ("Exported …", why a file could not be opened) before the window sees
/// them.
pub fn spawn<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> std::thread::JoinHandle<T> {
    let now = catalogue();
    let (language, digits) = (now.language(), now.digits());
    std::thread::spawn(move || {
        use_language(language, digits);
        work()
    })
}

/// The message `key` of the interface's catalogue, with named arguments:
/// `tr!("saved", file = name)`. Keys are literals, so a test can check that each is in
/// every catalogue and that each catalogue message is used.
macro_rules! tr {
    ($key:literal) => {
        $crate::app::i18n::text($key, &[])
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::app::i18n::text(
            $key,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
}
pub(crate) use tr;
