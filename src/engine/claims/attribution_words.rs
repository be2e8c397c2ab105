//! The words attribution reads names by: kinds of source, offices, the words that end a
//! name, pronouns, words that are never names, and short names expanded.

/// Words that name the kind of source rather than the source ("صحيفة", "the").
pub(super) const DESCRIPTORS: &[&str] = &[
    "صحيفة",
    "جريدة",
    "موقع",
    "وكالة",
    "شبكة",
    "قناة",
    "مجلة",
    "تقرير",
    "سابق",
    "جديد",
    "حديث",
    "من",
    "لصحيفة",
    "لموقع",
    "لوكالة",
    "لشبكة",
    "لقناة",
    "لمجلة",
    "لتقرير",
    // "تقرير صادر عن البنك الدولي": issued by.
    "صادر",
    "الصادر",
    "صادرة",
    "الصادرة",
    "عن",
    "the",
    "a",
    "an",
];

/// Titles that stand before a person's name and are not part of it ("وزير المالية محمد
/// معيط", "الوزير د. فلان"): left out when a name follows them, kept when none does
/// ("المتحدث باسم الجيش").
pub(super) const TITLES: &[&str] = &[
    "الوزير",
    "وزير",
    "وزيرة",
    "الوزيرة",
    "الرئيس",
    "رئيس",
    "رئيسة",
    "الرئيسة",
    "د.",
    "الدكتور",
    "الدكتورة",
    "دكتور",
    "المتحدث",
    "المتحدثة",
    "السفير",
    "النائب",
    "الشيخ",
    "اللواء",
    "العميد",
    "العقيد",
    "المهندس",
    "الأستاذ",
    "السيد",
    "السيدة",
    "المدير",
    "مدير",
    "الأمين",
    "التنفيذي",
    "العام",
];

/// Lower-case words of English and French that name an office before a capitalised name
/// ("le ministre Jean Dupont", "finance minister Ana Ruiz"): the name is what follows.
pub(super) const LATIN_TITLES: &[&str] = &[
    "ministre",
    "président",
    "présidente",
    "maire",
    "directeur",
    "directrice",
    "porte-parole",
    "député",
    "secrétaire",
    "minister",
    "president",
    "chairman",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "director",
    "professor",
];

/// Words that end a source's name.
pub(super) const STOP_WORDS: &[&str] = &[
    "أن",
    "إن",
    "بأن",
    "أنه",
    "إنه",
    "أنها",
    "إنها",
    "في",
    "على",
    "عن",
    "إلى",
    "مع",
    "خلال",
    "الذي",
    "التي",
    "هذا",
    "هذه",
    "نقلاً",
    "نقلا",
    "من",
    "ما",
    "حول",
    "لا",
    "قد",
    "كان",
    "that",
    "on",
    "in",
    "at",
    "for",
    "with",
    "who",
    "which",
    "this",
    "last",
    "earlier",
    "late",
    "told",
    "to",
    "and",
    "but",
    "as",
    "no",
    "the",
    "it",
    "its",
    "would",
    "will",
    "had",
    "has",
    "was",
    "is",
    "on",
];

/// Pronouns are not sources a reviewer can check.
pub(super) const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "we", "i", "you", "il", "elle", "ils", "elles", "on", "هو", "هي",
    "هم", "او", "آنها",
];

/// Words that are never a speaker's whole name: function words and verbs.
pub(super) const NEVER_NAMES: &[&str] = &[
    "was", "is", "are", "were", "be", "been", "has", "have", "had", "said", "says", "told", "that",
    "this", "there", "here", "which", "who", "what", "also", "then", "and", "but", "of", "to",
    "in", "on", "for", "with", "by", "as", "at", "from", "que", "qui", "et", "est", "a", "de",
    "du", "des", "le", "la", "les", "un", "une", "أن", "إن", "في", "من", "على", "كان", "قد", "که",
    "از", "به", "را", "است",
];

/// Well-known short names, expanded so that "the FT" and "Financial Times" are one source.
pub(super) const ALIASES: &[(&str, &str)] = &[
    ("ft", "Financial Times"),
    ("nyt", "The New York Times"),
    ("wsj", "The Wall Street Journal"),
    ("ap", "Associated Press"),
    ("afp", "Agence France-Presse"),
    ("wapo", "The Washington Post"),
];
