//! Which interface language the system asks for, the way desktop applications read it.

use super::Language;

/// The first language with a catalogue among `locales`, most preferred first (POSIX
/// `ar_EG.UTF-8`, BCP 47 `ar-EG`, a `LANGUAGE` list `ar:en` split already); English when
/// none has one. `C` and `POSIX` name no language and are passed over.
pub fn language_from_locales<'a>(locales: impl IntoIterator<Item = &'a str>) -> Language {
    locales
        .into_iter()
        .filter_map(|locale| {
            // "ar_EG.UTF-8@latin" → "ar_EG".
            let tag = locale.split(['.', '@']).next().unwrap_or("");
            Language::from_tag(tag)
        })
        .next()
        .unwrap_or(Language::English)
}

/// The interface language the system asks for: on Unix `LANGUAGE` (a list; ignored when
/// the locale is `C`, as gettext does), then `LC_ALL`, `LC_MESSAGES` and `LANG`; elsewhere
/// the platform's list (through `sys-locale`). English when none has a catalogue.
pub fn system_language() -> Language {
    let from_environment = language_from_environment(|name| std::env::var(name).ok());
    match from_environment {
        Some(language) if cfg!(unix) => language,
        _ => {
            let locales: Vec<String> = sys_locale::get_locales().collect();
            language_from_locales(locales.iter().map(String::as_str))
        }
    }
}

/// The language the POSIX locale variables ask for (`var` reads one), or `None` when none
/// is set: `LANGUAGE` first (a colon-separated list, ignored under the `C` locale), then the
/// first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set.
pub fn language_from_environment(var: impl Fn(&str) -> Option<String>) -> Option<Language> {
    let var = |name: &str| var(name).filter(|v| !v.is_empty());
    let locale = var("LC_ALL")
        .or_else(|| var("LC_MESSAGES"))
        .or_else(|| var("LANG"));
    let is_c = locale
        .as_deref()
        .is_none_or(|l| l == "C" || l == "POSIX" || l.starts_with("C."));
    let mut wanted: Vec<String> = Vec::new();
    if !is_c && let Some(list) = var("LANGUAGE") {
        wanted.extend(list.split(':').map(str::to_string));
    }
    wanted.extend(locale);
    (!wanted.is_empty()).then(|| language_from_locales(wanted.iter().map(String::as_str)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posix_and_bcp47_locales_name_their_language() {
        assert_eq!(language_from_locales(["ar_EG.UTF-8"]), Language::Arabic);
        assert_eq!(language_from_locales(["ar-MA"]), Language::Arabic);
        assert_eq!(language_from_locales(["en_GB.UTF-8"]), Language::English);
        assert_eq!(language_from_locales(["ar_SA@calendar"]), Language::Arabic);
    }

    fn environment<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        |name| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn lang_alone_chooses_arabic_and_the_posix_order_is_kept() {
        let only_lang = environment(&[("LANG", "ar_EG.UTF-8")]);
        assert_eq!(language_from_environment(only_lang), Some(Language::Arabic));
        let all_wins = environment(&[("LC_ALL", "en_US.UTF-8"), ("LANG", "ar_EG.UTF-8")]);
        assert_eq!(language_from_environment(all_wins), Some(Language::English));
        let messages = environment(&[("LC_MESSAGES", "ar_MA"), ("LANG", "en_GB")]);
        assert_eq!(language_from_environment(messages), Some(Language::Arabic));
        let list = environment(&[("LANGUAGE", "fa:ar:en"), ("LANG", "en_US.UTF-8")]);
        assert_eq!(language_from_environment(list), Some(Language::Arabic));
        // gettext ignores LANGUAGE under the C locale.
        let c = environment(&[("LANGUAGE", "ar"), ("LANG", "C.UTF-8")]);
        assert_eq!(language_from_environment(c), Some(Language::English));
        assert_eq!(language_from_environment(environment(&[])), None);
        let empty = environment(&[("LANG", "")]);
        assert_eq!(language_from_environment(empty), None);
    }

    #[test]
    fn languages_without_a_catalogue_fall_back_in_order_then_to_english() {
        assert_eq!(
            language_from_locales(["de_DE", "ar", "en"]),
            Language::Arabic
        );
        assert_eq!(language_from_locales(["fa_IR", "tr"]), Language::English);
        assert_eq!(language_from_locales(["C", "POSIX"]), Language::English);
        assert_eq!(language_from_locales([]), Language::English);
    }
}
