//! Dates and times as the interface language writes them: the month's name from the
//! catalogue, the order from its format messages, the digits from the setting. Files and
//! exports keep ISO 8601 whatever the interface says.

use super::i18n::{self, Phrase, tr};
use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};

/// The month's name (1 = January).
pub fn month_name(month: u32) -> Phrase {
    match month {
        1 => tr!("month-1"),
        2 => tr!("month-2"),
        3 => tr!("month-3"),
        4 => tr!("month-4"),
        5 => tr!("month-5"),
        6 => tr!("month-6"),
        7 => tr!("month-7"),
        8 => tr!("month-8"),
        9 => tr!("month-9"),
        10 => tr!("month-10"),
        11 => tr!("month-11"),
        _ => tr!("month-12"),
    }
}

fn time_of(at: &DateTime<Utc>) -> String {
    i18n::digits(&format!("{:02}:{:02}", at.hour(), at.minute()))
}

/// "3 Mar 14:05": a change in the table.
pub fn day_month_time(at: &DateTime<Utc>) -> String {
    tr!(
        "date-day-month-time",
        day = i18n::digits(&at.day().to_string()),
        month = month_name(at.month()),
        time = time_of(at)
    )
    .into()
}

/// "3 March 2026, 14:05 UTC": a change in the claim's history, a recovery copy.
pub fn full(at: &DateTime<Utc>) -> String {
    tr!(
        "date-full",
        day = i18n::digits(&at.day().to_string()),
        month = month_name(at.month()),
        year = i18n::digits(&at.year().to_string()),
        time = time_of(at)
    )
    .into()
}

/// "3 March 2026": a day (a source's access date, a fact-check's date).
pub fn day(date: &NaiveDate) -> String {
    tr!(
        "date-day",
        day = i18n::digits(&date.day().to_string()),
        month = month_name(date.month()),
        year = i18n::digits(&date.year().to_string())
    )
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Digits, Language};
    use chrono::TimeZone;

    #[test]
    fn dates_take_the_interface_month_names_and_digits() {
        let at = Utc
            .with_ymd_and_hms(2026, 3, 4, 9, 5, 0)
            .single()
            .expect("a time");
        i18n::use_language(Language::English, Digits::Western);
        assert_eq!(day_month_time(&at), "4 March 09:05");
        assert_eq!(full(&at), "4 March 2026, 09:05 UTC");
        i18n::use_language(Language::Arabic, Digits::Western);
        assert_eq!(day(&at.date_naive()), "4 مارس 2026");
        i18n::use_language(Language::Arabic, Digits::ArabicIndic);
        assert_eq!(day_month_time(&at), "٤ مارس ٠٩:٠٥");
        assert_eq!(month_name(12).as_str(), "ديسمبر");
        i18n::use_language(Language::English, Digits::Western);
    }
}
