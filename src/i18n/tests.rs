use super::*;
use fluent_syntax::ast;
use std::collections::BTreeSet;

fn variables_of(language: Language) -> Vec<(String, BTreeSet<String>)> {
    let resource = FluentResource::try_new(language.source().to_string()).expect("parses");
    let mut out = Vec::new();
    for entry in resource.entries() {
        if let ast::Entry::Message(message) = entry {
            let mut names = BTreeSet::new();
            if let Some(pattern) = &message.value {
                collect(pattern, &mut names);
            }
            out.push((message.id.name.to_string(), names));
        }
    }
    out
}

fn collect(pattern: &ast::Pattern<&str>, names: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_names(expression, names);
        }
    }
}

fn expression_names(expression: &ast::Expression<&str>, names: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_names(selector, names);
            for variant in variants {
                collect(&variant.value, names);
            }
        }
        ast::Expression::Inline(inline) => inline_names(inline, names),
    }
}

fn inline_names(inline: &ast::InlineExpression<&str>, names: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            names.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_names(expression, names),
        _ => {}
    }
}

#[test]
fn every_catalogue_parses_without_an_error() {
    for language in Language::ALL {
        for digits in [Digits::Western, Digits::ArabicIndic] {
            Catalogue::new(language, digits).unwrap_or_else(|e| panic!("{e}"));
        }
    }
}

#[test]
fn both_catalogues_have_the_same_keys_with_the_same_placeables() {
    let english = variables_of(Language::English);
    let arabic = variables_of(Language::Arabic);
    let keys = |v: &[(String, BTreeSet<String>)]| -> BTreeSet<String> {
        v.iter().map(|(k, _)| k.clone()).collect()
    };
    let (en, ar) = (keys(&english), keys(&arabic));
    assert_eq!(
        en.difference(&ar).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "only in English"
    );
    assert_eq!(
        ar.difference(&en).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "only in Arabic"
    );
    assert_eq!(english.len(), en.len(), "an English key is defined twice");
    assert_eq!(arabic.len(), ar.len(), "an Arabic key is defined twice");
    for (key, names) in &english {
        let other = &arabic.iter().find(|(k, _)| k == key).expect("same keys").1;
        assert_eq!(names, other, "{key}: the translation uses other placeables");
    }
}

#[test]
fn arabic_counts_take_all_six_cldr_plural_forms() {
    let arabic = Catalogue::new(Language::Arabic, Digits::Western).expect("parses");
    let found = |n: usize| arabic.text("library-found", &[("count", Arg::from(n))]);
    assert_eq!(found(0), "لم يُعثر على شيء", "zero");
    assert_eq!(found(1), "نتيجة واحدة", "one");
    assert_eq!(found(2), "نتيجتان", "two");
    assert_eq!(found(7), "7 نتائج", "few: 3–10");
    assert_eq!(found(104), "104 نتائج", "few: 103–110 too");
    assert_eq!(found(11), "11 نتيجة", "many: 11–99");
    let selected = |n: usize| arabic.text("bulk-selected", &[("count", Arg::from(n))]);
    assert_eq!(selected(11), "11 ادعاءً محددًا:", "many");
    assert_eq!(selected(100), "100 ادعاء محدد:", "other");
    let english = Catalogue::new(Language::English, Digits::Western).expect("parses");
    let found = |n: usize| english.text("library-found", &[("count", Arg::from(n))]);
    assert_eq!(
        (found(1).as_str(), found(2).as_str()),
        ("One found", "2 found")
    );
}

#[test]
fn arabic_indic_digits_apply_to_the_numbers_a_message_formats() {
    let arabic = Catalogue::new(Language::Arabic, Digits::ArabicIndic).expect("parses");
    assert_eq!(
        arabic.text("library-found", &[("count", Arg::from(12))]),
        "١٢ نتيجة"
    );
    assert_eq!(Digits::ArabicIndic.apply("3/24 · 0.75"), "٣/٢٤ · ٠٫٧٥");
    assert_eq!(Digits::Western.apply("3/24"), "3/24");
    assert_eq!(
        Digits::ArabicIndic.apply("v1.2 x."),
        "v١٫٢ x.",
        "a full stop stays"
    );
}

#[test]
fn a_missing_key_shows_itself_and_language_tags_choose_a_catalogue() {
    let english = Catalogue::new(Language::English, Digits::Western).expect("parses");
    assert_eq!(english.text("no-such-key", &[]), "no-such-key");
    assert_eq!(Language::from_tag("ar-EG"), Some(Language::Arabic));
    assert_eq!(Language::from_tag("en_US"), Some(Language::English));
    assert_eq!(Language::from_tag("fa"), None);
    assert_eq!(Language::from_tag(""), None);
}

#[test]
fn arabic_variants_are_named_by_category_since_they_are_selected_by_one() {
    let source = Language::Arabic.source();
    for line in source.lines() {
        let key = line.trim_start().trim_start_matches('*');
        if let Some(rest) = key.strip_prefix('[') {
            let name = rest.split(']').next().unwrap_or("");
            assert!(
                ["zero", "one", "two", "few", "many", "other"].contains(&name),
                "ar.ftl: the variant [{name}] is never chosen"
            );
        }
    }
}
