use super::*;

const ONE: &str = r#"{
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  "url": "https://checks.example/5g-covid",
  "claimReviewed": "5G masts <b>spread</b> the coronavirus.",
  "headline": "No, 5G does not spread viruses",
  "description": "<p>Radio waves cannot carry a virus.</p>",
  "author": {"@type": "Organization", "name": "Checks &amp; Balances"},
  "reviewRating": {"@type": "Rating", "ratingValue": 1, "bestRating": 5, "alternateName": "False"},
  "datePublished": "2020-04-06T09:00:00Z",
  "inLanguage": "en"
}"#;

fn read(text: &str) -> Import {
    read_text(text).expect("read as fact-checks")
}

#[test]
fn a_single_claimreview_is_read_as_plain_text() {
    let import = read(ONE);
    assert_eq!(import.skipped, 0);
    assert_eq!(
        import.fact_checks,
        vec![FactCheck {
            url: "https://checks.example/5g-covid".into(),
            claim: "5G masts spread the coronavirus.".into(),
            headline: "No, 5G does not spread viruses".into(),
            description: "Radio waves cannot carry a virus.".into(),
            rating: "False".into(),
            publisher: "Checks & Balances".into(),
            date: "2020-04-06".into(),
            language: "en".into(),
        }]
    );
}

#[test]
fn arrays_graphs_and_data_feeds_are_read_in_order() {
    let item = |n: usize| {
        format!(
            r#"{{"@type": "ClaimReview", "url": "https://c.example/{n}", "claimReviewed": "claim {n}",
               "reviewRating": {{"alternateName": "False"}}}}"#
        )
    };
    let array = format!("[{}, {}]", item(1), item(2));
    let graph = format!(
        r#"{{"@context": "https://schema.org", "@graph": [{}, {}]}}"#,
        item(1),
        item(2)
    );
    let feed = format!(
        r#"{{"@context": "https://schema.org", "@type": "DataFeed", "dataFeedElement": [
            {{"@type": "DataFeedItem", "item": [{}]}},
            {{"@type": "DataFeedItem", "item": {}}}]}}"#,
        item(1),
        item(2)
    );
    let lines = format!(
        "{}\n\n{}\n",
        item(1).replace('\n', " "),
        item(2).replace('\n', " ")
    );
    for text in [array, graph, feed, lines] {
        let import = read(&text);
        let claims: Vec<&str> = import
            .fact_checks
            .iter()
            .map(|f| f.claim.as_str())
            .collect();
        assert_eq!(claims, ["claim 1", "claim 2"], "{text}");
        assert_eq!(import.skipped, 0);
    }
}

#[test]
fn what_is_not_a_review_is_skipped_and_the_first_ten_listed() {
    let mut items = vec![r#"{"@type": "ClaimReview", "claimReviewed": "kept"}"#.to_string()];
    items.push(r#"{"@type": "ClaimReview", "claimReviewed": "  "}"#.into());
    items.push(r#"{"@type": "NewsArticle", "headline": "x"}"#.into());
    items.push("42".into());
    items.extend((0..12).map(|_| r#"{"name": "x"}"#.to_string()));
    let import = read(&format!("[{}]", items.join(",")));
    assert_eq!(import.fact_checks.len(), 1);
    assert_eq!(import.skipped, 15);
    assert_eq!(import.first_skipped.len(), LISTED_SKIPS);
    assert_eq!(
        import.first_skipped[..3],
        [
            Skipped {
                at: "item 2".into(),
                reason: "no claimReviewed".into()
            },
            Skipped {
                at: "item 3".into(),
                reason: "a NewsArticle, not a ClaimReview".into()
            },
            Skipped {
                at: "item 4".into(),
                reason: "not an object".into()
            },
        ]
    );
    // A broken line of JSON Lines is skipped by its number.
    let lines = read("{\"@type\": \"ClaimReview\", \"claimReviewed\": \"a\"}\n{broken\n");
    assert_eq!(lines.fact_checks.len(), 1);
    assert_eq!(
        lines.first_skipped,
        [Skipped {
            at: "line 2".into(),
            reason: "not JSON".into()
        }]
    );
}

#[test]
fn only_web_addresses_are_links_and_the_host_names_a_missing_publisher() {
    let import = read(
        r#"[{"@type": ["ClaimReview"], "url": "javascript:alert(1)", "claimReviewed": "a"},
            {"@type": "http://schema.org/ClaimReview", "url": "https://www.fatabyyano.net/x", "claimReviewed": "b",
             "inLanguage": {"@type": "Language", "alternateName": "ar"}, "reviewRating": {"ratingValue": 2, "bestRating": 5}}]"#,
    );
    assert_eq!(import.fact_checks[0].url, "");
    assert_eq!(import.fact_checks[0].publisher, "");
    assert_eq!(import.fact_checks[1].publisher, "fatabyyano.net");
    assert_eq!(import.fact_checks[1].language, "ar");
    assert_eq!(import.fact_checks[1].rating, "2/5");
}

#[test]
fn csv_columns_are_found_by_their_names() {
    let csv = "Claim Reviewed,Verdict,Link,Date Published,Fact checker,Lang\n\
               \"Tea cures cancer, doctors say\",False,https://c.example/tea,2021-05-01,Misbar,en\n\
               ,True,https://c.example/empty,,,\n\
               هذا الادعاء صحيح,صحيح,ftp://x.example/a,01/05/2021,,AR\n";
    let import = read(csv);
    assert_eq!(import.fact_checks.len(), 2);
    assert_eq!(
        import.fact_checks[0],
        FactCheck {
            url: "https://c.example/tea".into(),
            claim: "Tea cures cancer, doctors say".into(),
            rating: "False".into(),
            publisher: "Misbar".into(),
            date: "2021-05-01".into(),
            language: "en".into(),
            ..FactCheck::default()
        }
    );
    assert_eq!(import.fact_checks[1].url, "", "only http and https");
    assert_eq!(import.fact_checks[1].date, "", "not an ISO date");
    assert_eq!(import.fact_checks[1].language, "ar");
    assert_eq!(
        import.first_skipped,
        [Skipped {
            at: "row 3".into(),
            reason: "no claim".into()
        }]
    );
    let tsv = read("claim\trating\nThe sea is rising\tTrue\n");
    assert_eq!(tsv.fact_checks[0].rating, "True");
}

#[test]
fn files_that_are_not_fact_checks_are_refused_whole() {
    for text in [
        "",
        "just some prose\nwith lines",
        "name,age\nx,3\n",
        "\"a string\"",
        "%PDF-1.7",
    ] {
        assert!(read_text(text).is_none(), "{text:?}");
    }
    let dir = std::env::temp_dir().join(format!("sanad-factchecks-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let binary = dir.join("image.png");
    std::fs::write(&binary, [0x89, b'P', b'N', b'G', 0xFF, 0xFE, 0]).unwrap();
    assert!(matches!(
        read_file(&binary),
        Err(FactCheckFileError::NotText(_))
    ));
    let prose = dir.join("notes.txt");
    std::fs::write(&prose, "not a feed").unwrap();
    let refused = read_file(&prose).unwrap_err().to_string();
    assert!(refused.contains("not a fact-check file"), "{refused}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn sanads_own_export_reads_back() {
    use crate::model::Verdict;
    let article = crate::import::article_from_text(
        "The bridge cost 3 million dollars. It opened in 1990.".into(),
        "UTF-8",
        "t",
    );
    let claims = crate::engine::extract_claims(&article);
    let mut review = crate::model::Review::new(article, claims);
    review.claims[0].verdict = Verdict::False;
    let settings = crate::share::ExportSettings {
        organisation: "Desk".into(),
        review_url: "https://desk.example/bridge".into(),
    };
    let exported = crate::share::claimreview_json(&review, &settings);
    let import = read(&exported);
    assert_eq!(import.skipped, 0);
    assert_eq!(import.fact_checks.len(), 1);
    let read_back = &import.fact_checks[0];
    assert_eq!(read_back.claim, "The bridge cost 3 million dollars.");
    assert_eq!(read_back.url, "https://desk.example/bridge#claim-1");
    assert_eq!(read_back.publisher, "Desk");
    assert_eq!(read_back.rating, Verdict::False.label_en());
    assert_eq!(read_back.date.len(), 10);
}

#[test]
fn the_same_fact_check_imported_again_is_updated_not_added() {
    let mut library = FactChecks::default();
    let first = read(ONE).fact_checks.remove(0);
    assert_eq!(library.upsert(first.clone()), Upsert::Added);
    assert_eq!(library.upsert(first.clone()), Upsert::Unchanged);
    let rerated = FactCheck {
        rating: "Mostly false".into(),
        ..first.clone()
    };
    assert_eq!(library.upsert(rerated), Upsert::Updated);
    assert_eq!(library.items().len(), 1);
    assert_eq!(library.items()[0].rating, "Mostly false");
    // Without a page: the same claim (folded), publisher and date.
    let bare = FactCheck {
        claim: "الأرض مسطحة".into(),
        publisher: "Misbar".into(),
        date: "2021-01-01".into(),
        ..FactCheck::default()
    };
    assert_eq!(library.upsert(bare.clone()), Upsert::Added);
    let respelled = FactCheck {
        claim: "الأَرض مسطّحة".into(),
        rating: "خطأ".into(),
        ..bare.clone()
    };
    assert_eq!(library.upsert(respelled), Upsert::Updated);
    let later = FactCheck {
        date: "2022-01-01".into(),
        ..bare
    };
    assert_eq!(library.upsert(later), Upsert::Added);
    assert_eq!(library.items().len(), 3);
}

#[test]
fn hostile_files_are_refused_or_read_without_harm() {
    // Nested deeper than any feed: refused (the JSON reader's depth limit), never a crash.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(read_text(&deep).is_none());
    let deep_object = format!("{}1{}", r#"{"item":"#.repeat(50_000), "}".repeat(50_000));
    assert!(read_text(&deep_object).is_none());
    // Control characters in the fields are dropped, not kept for a terminal to obey.
    let import = read(
        "{\"@type\": \"ClaimReview\", \"claimReviewed\": \"a\\u001b[2Jb\", \"author\": {\"name\": \"x\\u0007\"}}",
    );
    assert_eq!(import.fact_checks[0].claim, "a[2Jb");
    assert_eq!(import.fact_checks[0].publisher, "x");
    // A large feed is read whole: 20 000 items.
    let many: Vec<String> = (0..20_000)
        .map(|n| format!(r#"{{"@type": "ClaimReview", "claimReviewed": "claim {n}"}}"#))
        .collect();
    assert_eq!(
        read(&format!("[{}]", many.join(","))).fact_checks.len(),
        20_000
    );
}

#[cfg(unix)]
#[test]
fn a_fifo_or_a_link_to_one_is_refused_without_waiting() {
    let dir = std::env::temp_dir().join(format!("sanad-factchecks-fifo-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let fifo = dir.join("feed.json");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let link = dir.join("link.json");
    std::os::unix::fs::symlink(&fifo, &link).unwrap();
    for path in [&fifo, &link] {
        let refused = read_file(path).unwrap_err().to_string();
        assert!(refused.contains("not a regular file"), "{refused}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
