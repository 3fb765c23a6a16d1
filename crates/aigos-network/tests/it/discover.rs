//! URL discovery in payloads: uppercase schemes, shell strings and nested
//! JSON are found; words with a colon, drive paths and dotted names are not.

use aigos_network::{EgressConfig, EgressFilter, StaticResolver, looks_like_url, urls_in_json, urls_in_text};
use serde_json::json;

#[test]
fn whole_strings_that_are_urls() {
    for s in [
        "HTTP://169.254.169.254/",
        "http://allowed.example/",
        " https://allowed.example/ ",
        "\u{a0}https://allowed.example/",
        "http:/169.254.169.254/",
        "http:\\\\169.254.169.254\\",
        "http:169.254.169.254",
        "HtTpS:allowed.example",
        "ws://127.0.0.1:6379/",
        "gopher://127.0.0.1:6379/_INFO",
        "GOPHER:127.0.0.1:6379",
        "file:///etc/shadow",
        "file:/etc/shadow",
        "FILE:etc/shadow",
        "dict://127.0.0.1:11211/",
        "jdbc:mysql://db.internal/x",
        "mysql:host=db.internal;dbname=x",
        "mongodb+srv://cluster.example/",
        "x-custom-scheme://anything",
        "ht\ttp://169.254.169.254/",
    ] {
        assert!(looks_like_url(s), "{s:?}");
    }
}

#[test]
fn words_with_a_colon_are_not_urls() {
    for s in [
        "note: hi",
        "note:hi",
        "C:\\Windows",
        "c:/windows/system32",
        "C:",
        "config.update",
        "a:b",
        "std::mem::take",
        "urn:isbn:0451450523",
        "mailto:someone@example.com",
        "http: not a url",
        "http:",
        "https",
        "1http://169.254.169.254/",
        "://169.254.169.254/",
        "time: 12:30",
        "",
        "   ",
    ] {
        assert!(!looks_like_url(s), "{s:?}");
    }
}

#[test]
fn urls_inside_shell_strings_and_text() {
    let cases: &[(&str, &[&str])] = &[
        ("curl -s HTTP://169.254.169.254/latest", &["HTTP://169.254.169.254/latest"]),
        ("wget -qO- \"http://a.example/x\" && curl 'https://b.example'", &["http://a.example/x", "https://b.example"]),
        ("curl --url=Gopher://127.0.0.1:6379/_INFO|sh", &["Gopher://127.0.0.1:6379/_INFO"]),
        ("requests.get(\"http://c.example/p\", timeout=3)", &["http://c.example/p"]),
        ("fetch(`https://d.example/a`).then(r => r.json())", &["https://d.example/a"]),
        ("see [the docs](https://e.example/wiki/A_(b)).", &["https://e.example/wiki/A_(b)"]),
        ("Visit <https://f.example>, then https://g.example.", &["https://f.example", "https://g.example"]),
        ("redis-cli -u redis:127.0.0.1:6379 ping", &["redis:127.0.0.1:6379"]),
        ("python3 -c 'import urllib.request as u; u.urlopen(\"FILE:///etc/shadow\")'", &["FILE:///etc/shadow"]),
        ("x=$(curl http:/169.254.169.254/)", &["http:/169.254.169.254/"]),
        ("proxy:http://h.example/ next", &["http://h.example/"]),
        ("a https://i.example/?next=http://169.254.169.254/ b", &["https://i.example/?next=http://169.254.169.254/"]),
        // Quotes and backslashes inside the authority stay in: a shell joins
        // the pieces, curl reads past the backslash.
        ("curl \"http://allowed.example\"@169.254.169.254/", &["http://allowed.example\"@169.254.169.254/"]),
        ("curl http://allowed.example\\@169.254.169.254/", &["http://allowed.example\\@169.254.169.254/"]),
        ("note: hi, config.update and C:\\Windows and a:b; std::mem", &[]),
        ("the http:// prefix and ftp:", &[]),
    ];
    for (text, expected) in cases {
        assert_eq!(&urls_in_text(text), expected, "{text:?}");
    }
}

#[tokio::test]
async fn every_url_found_in_an_attack_is_denied_and_the_control_allowed() {
    let config: EgressConfig = toml::from_str("[[rules]]\nid = \"allowed\"\nhosts = [\"allowed.example\"]\n").unwrap();
    let filter = EgressFilter::new(&config);
    let dns = StaticResolver([("allowed.example".to_string(), vec!["93.184.215.14".parse().unwrap()])].into());
    let attacks = [
        "curl -s HTTP://169.254.169.254/latest/meta-data/",
        "curl \"https://allowed.example\"@169.254.169.254/",
        "curl 'https://allowed.example'\"@evil.example\"",
        "curl https://allowed.example\\@evil.example/",
        "curl gopher://127.0.0.1:6379/_FLUSHALL",
        "cat <(curl -s http:/169.254.169.254/)",
        "wget https:allowed.example.evil.example",
    ];
    for text in attacks {
        let urls = urls_in_text(text);
        assert!(!urls.is_empty(), "{text:?}");
        for url in urls {
            assert!(!filter.check_url(url, &dns).await.is_allowed(), "{url:?} from {text:?}");
        }
    }
    let control = urls_in_text("curl -s 'https://allowed.example/x' | jq .");
    assert_eq!(control, ["https://allowed.example/x"]);
    assert!(filter.check_url(control[0], &dns).await.is_allowed());
}

#[test]
fn urls_at_any_depth_of_json_with_pointers() {
    let value = json!({
        "cmd": "curl -s HTTP://169.254.169.254/latest && echo done",
        "args": [
            {"url": " http://allowed.example/"},
            {"deep": {"a/b~c": ["ftp:files.example", 3, null, true]}},
            "note: hi",
        ],
        "http://key.example/": {"config.update": "C:\\Windows"},
        "text": "Look at https://allowed.example/docs, it is fine.",
        "tabbed": "https://allowed.example\t.evil.example/",
    });
    let mut found = urls_in_json(&value, 100);
    found.sort();
    let expected: Vec<(String, String)> = [
        ("/args/0/url", " http://allowed.example/"),
        ("/args/1/deep/a~1b~0c/0", "ftp:files.example"),
        ("/cmd", "HTTP://169.254.169.254/latest"),
        ("/http:~1~1key.example~1", "http://key.example/"),
        ("/tabbed", "https://allowed.example\t.evil.example/"),
        ("/text", "https://allowed.example/docs"),
    ]
    .iter()
    .map(|(p, u)| (p.to_string(), u.to_string()))
    .collect();
    assert_eq!(found, expected);
    // Each pointer leads to the string the URL came from (keys: their member).
    for (pointer, url) in &found {
        let at = value.pointer(pointer).unwrap();
        let key = pointer.rsplit('/').next().unwrap().replace("~1", "/").replace("~0", "~");
        assert!(at.as_str().is_some_and(|s| s.contains(url.as_str())) || key.contains(url.as_str()), "{pointer}");
    }
    assert!(urls_in_json(&json!({"a": "note: hi", "b": ["config.update", "a:b", "C:\\x"], "c": 1}), 10).is_empty());
    assert!(urls_in_json(&json!("HTTPS://x.example/"), 0).len() == 1, "a lone string is its own pointer");
    assert_eq!(urls_in_json(&json!("HTTPS://x.example/"), 1), [(String::new(), "HTTPS://x.example/".to_string())]);
}

#[test]
fn more_than_max_comes_back_as_max_plus_one() {
    let value = json!(["http://a.example/", "http://b.example/ http://c.example/", {"d": "http://d.example/"}]);
    assert_eq!(urls_in_json(&value, 10).len(), 4);
    assert_eq!(urls_in_json(&value, 4).len(), 4, "exactly max: all of them");
    assert_eq!(urls_in_json(&value, 2).len(), 3, "more than max: max + 1");
    assert_eq!(urls_in_json(&value, 0).len(), 1);
    assert_eq!(urls_in_json(&value, usize::MAX).len(), 4);
}

#[test]
fn deep_json_is_walked_without_recursion() {
    const DEPTH: usize = 10_000;
    // serde_json builds and drops values recursively: give that a big stack,
    // and the walk a small one.
    let big = std::thread::Builder::new().stack_size(256 << 20);
    big.spawn(|| {
        let mut value = json!("gopher://127.0.0.1:70/");
        for _ in 0..DEPTH {
            value = serde_json::Value::Array(vec![value]);
        }
        let found = std::thread::scope(|s| {
            std::thread::Builder::new().stack_size(128 << 10).spawn_scoped(s, || urls_in_json(&value, 5)).unwrap().join().unwrap()
        });
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0.len(), 2 * DEPTH);
    })
    .unwrap()
    .join()
    .unwrap();
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn discovery_is_total_and_returns_substrings(s in "\\PC{0,80}") {
            let _ = looks_like_url(&s);
            for url in urls_in_text(&s) {
                prop_assert!(s.contains(url));
                prop_assert!(looks_like_url(url), "{:?} from {:?}", url, s);
            }
        }

        #[test]
        fn an_embedded_url_is_found_whatever_surrounds_it(
            before in "([ a-z0-9\"'(=;|]{0,10}[ \"'(=;|:,@_])?",
            scheme in prop::sample::select(vec!["http", "HTTP", "Https", "ws", "gopher", "FILE"]),
            host in "[a-z0-9.]{1,20}",
        ) {
            let url = format!("{scheme}://{host}/p");
            let text = format!("{before}{url} tail");
            prop_assert_eq!(urls_in_text(&text), vec![url.as_str()]);
        }
    }
}
