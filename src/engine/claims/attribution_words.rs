//! The words attribution reads names by: kinds of source, offices, the words that end a
//! name, pronouns, words that are never names, and short names expanded.

/// Words that name the kind of source rather than the source ("صحيفة", "the"); with
/// [`DOCUMENTS`], the words a name is read after.
pub(super) const DESCRIPTORS: &[&str] = &[
    "صحيفة",
    "جريدة",
    "موقع",
    "وكالة",
    "شبكة",
    "قناة",
    "مجلة",
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
    "الصادر",
    "الصادرة",
    "عن",
    "the",
    "a",
    "an",
    "by",
    "from",
    "un",
    "une",
    "des",
    "de",
    "du",
];

/// Kinds of source that are documents of the source, not the source ("بحسب بيانات البنك
/// المركزي", "according to a report by the WHO", "selon un communiqué de l'Élysée"):
/// dropped before the name even when it has the article ("تقرير البنك الدولي" → البنك
/// الدولي), unlike an outlet ("قناة الجزيرة"). They are descriptors too.
pub(super) const DOCUMENTS: &[&str] = &[
    "تقرير",
    "لتقرير",
    // "تقرير صادر عن البنك الدولي": issued by.
    "صادر",
    "صادرة",
    "بيانات",
    "لبيانات",
    "بيان",
    "لبيان",
    "إحصاءات",
    "لإحصاءات",
    "دراسة",
    "لدراسة",
    "أرقام",
    "لأرقام",
    "report",
    "statement",
    "study",
    "survey",
    "data",
    "figures",
    "estimates",
    "analysis",
    "communiqué",
    "rapport",
    "étude",
    "sondage",
];

/// The first words of an Arabic compound name, joined to the defined word after them
/// ("عبد الله", "بن سلمان", "آل مكتوم", "أبو الغيط").
/// Arabic nouns that open an organisation's name, which may go on with a word joined to ل
/// ("المرصد السوري لحقوق الإنسان", "المجلس الأعلى للقوات المسلحة").
pub(super) const ORGANISATION_HEADS: &[&str] = &[
    "المرصد",
    "المجلس",
    "الهيئة",
    "المركز",
    "المنظمة",
    "اللجنة",
    "الاتحاد",
    "الجمعية",
    "المعهد",
    "الشبكة",
    "المفوضية",
    "الصندوق",
    "البرنامج",
    "الرابطة",
    "النقابة",
];

pub(super) const NAME_LINKS: &[&str] = &["عبد", "بن", "ابن", "بنت", "آل", "أبو", "أبي", "أم"];

/// Persian words that open what comes between a speaker and "گفت": a place, a time, to
/// whom ("رئیس جمهور در سخنرانی خود گفت", "مریم احمدی به خبرنگاران گفت").
pub(super) const PERSIAN_BREAKS: &[&str] = &[
    "در",
    "به",
    "با",
    "از",
    "برای",
    "طی",
    "روز",
    "امروز",
    "دیروز",
    "صبح",
    "شب",
    "نیز",
    "هم",
    "ضمن",
    "پس",
];

/// Words that join the capitalised words of a long name ("Department of Health and Human
/// Services", "Ministère de la Santé").
pub(super) const NAME_JOINERS: &[&str] = &["of", "and", "for", "&", "de", "du", "des", "la", "et"];

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
    "الأمير",
    "الأميرة",
    "الملك",
    "الملكة",
    "ولي",
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
