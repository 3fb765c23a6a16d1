//! Destination discovery in payloads: uppercase schemes, shell strings,
//! options with a URL glued on, scheme-relative references, bare IP
//! literals and host/port objects are found; words with a colon, drive
//! paths, dotted names, versions, dates and ratios are not.

use std::net::IpAddr;

use aigos_network::{
    BareAddress, EgressConfig, EgressFilter, StaticResolver, addresses_in_json, looks_like_url, special, urls_in_json, urls_in_text,
};
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
            assert!(!filter.check_url(&url, &dns).await.is_allowed(), "{url:?} from {text:?}");
        }
    }
    let control = urls_in_text("curl -s 'https://allowed.example/x' | jq .");
    assert_eq!(control, ["https://allowed.example/x"]);
    assert!(filter.check_url(&control[0], &dns).await.is_allowed());
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

/// (pointer, address, port) of every bare address in `value`.
fn addresses(value: &serde_json::Value) -> Vec<(String, IpAddr, Option<u16>)> {
    addresses_in_json(value, 100).into_iter().map(|a| (a.pointer, a.ip, a.port)).collect()
}

fn ip(s: &str) -> IpAddr {
    s.parse().unwrap()
}

#[test]
fn urls_glued_to_options_and_scheme_relative_ones() {
    let cases: &[(&str, &[&str])] = &[
        ("curl -xhttp://127.0.0.1:6379 -d x https://allowed.example/", &["http://127.0.0.1:6379", "https://allowed.example/"]),
        ("curl -sSxHTTP://10.0.0.1:3128 x", &["HTTP://10.0.0.1:3128"]),
        ("curl -xgopher:127.0.0.1:6379/_INFO", &["gopher:127.0.0.1:6379/_INFO"]),
        ("curl -x//169.254.169.254/ x", &["http://169.254.169.254/"]),
        ("curl --proxy=http://127.0.0.1:8080 x", &["http://127.0.0.1:8080"]),
        ("curl --url=//169.254.169.254/latest", &["http://169.254.169.254/latest"]),
        ("curl \"//169.254.169.254/latest/meta-data/\"", &["http://169.254.169.254/latest/meta-data/"]),
        ("fetch('//[::1]:6379/x')", &["http://[::1]:6379/x"]),
        ("see //localhost:8080/admin, then", &["http://localhost:8080/admin"]),
        ("x //user@db.internal:5432/x", &["http://user@db.internal:5432/x"]),
        ("img src=//cdn.example.com/a.png", &["http://cdn.example.com/a.png"]),
        ("open //127.1/ now", &["http://127.1/"]),
        ("open //2130706433/ now", &["http://2130706433/"]),
        // Not URLs: comments, lone or triple slashes, paths, names without a dot.
        ("// TODO: fix this", &[]),
        ("x = 1 // see the docs", &[]),
        ("//TODO: fix", &[]),
        ("//eslint-disable-next-line no-console", &[]),
        ("//console.log(x)", &[]),
        ("//", &[]),
        ("a//b and /usr//lib and ///etc/passwd", &[]),
        ("//1.2.3.4.5/", &[]),
        ("-v -h -xvf archive.tar", &[]),
        ("redis-cli -u redis:127.0.0.1:6379 ping", &["redis:127.0.0.1:6379"]),
    ];
    for (text, expected) in cases {
        assert_eq!(&urls_in_text(text), expected, "{text:?}");
    }
}

#[test]
fn whole_strings_that_are_scheme_relative() {
    let value = json!({
        "url": "//169.254.169.254/",
        "padded": " //allowed.example/x",
        "tabbed": "//169.254\t.169.254/",
        "todo": "// TODO",
        "slashes": "//",
        "comment": "//TODO",
    });
    let mut found = urls_in_json(&value, 10);
    found.sort();
    let expected: Vec<(String, String)> =
        [("/padded", " http://allowed.example/x"), ("/tabbed", "http://169.254\t.169.254/"), ("/url", "http://169.254.169.254/")]
            .iter()
            .map(|(p, u)| (p.to_string(), u.to_string()))
            .collect();
    assert_eq!(found, expected);
}

#[tokio::test]
async fn every_red_team_url_is_found_and_denied_by_default() {
    let filter = EgressFilter::new(&EgressConfig::default());
    let dns = StaticResolver::default();
    let cases = [
        (json!({"cmd": "curl -xhttp://127.0.0.1:6379 -d x"}), "http://127.0.0.1:6379"),
        (json!({"url": "//169.254.169.254/"}), "http://169.254.169.254/"),
        (json!({"cmd": "curl --proxy=http://127.0.0.1:8080 https://x"}), "http://127.0.0.1:8080"),
        (json!({"cmd": "curl --url=http://169.254.169.254/latest"}), "http://169.254.169.254/latest"),
        (json!({"args": ["-x//169.254.169.254/"]}), "http://169.254.169.254/"),
        (json!({"cmd": "curl -sSxhttp://[::1]:6379/"}), "http://[::1]:6379/"),
        (json!({"html": "<img src=\"//127.1/\">"}), "http://127.1/"),
    ];
    for (value, url) in cases {
        let found = urls_in_json(&value, 10);
        assert!(found.iter().any(|(_, u)| u == url), "{url} in {value}: {found:?}");
        for (pointer, url) in found {
            let decision = filter.check_url(&url, &dns).await;
            assert!(!decision.is_allowed(), "{pointer}: {url}: {decision:?}");
        }
    }
}

#[test]
fn every_red_team_address_is_found_and_special() {
    let cases: Vec<(serde_json::Value, &str, Option<u16>)> = vec![
        (json!({"cmd": "curl -s 169.254.169.254/latest/meta-data/"}), "169.254.169.254", None),
        (json!({"cmd": "curl -x169.254.169.254:80 http://example.com/"}), "169.254.169.254", Some(80)),
        (json!({"host": "169.254.169.254", "port": 80}), "169.254.169.254", Some(80)),
        (json!({"cmd": "wget 10.0.0.1:8080"}), "10.0.0.1", Some(8080)),
        (json!({"cmd": "wget -qO- 10.0.0.1:8080/path?x=1"}), "10.0.0.1", Some(8080)),
        (json!({"cmd": "redis-cli -h [::1] -p 6379; nc [::1]:6379"}), "::1", None),
        (json!(["nc", "[::1]:6379"]), "::1", Some(6379)),
        (json!({"cmd": "curl -sSx[::1]:6379 http://example.com/"}), "::1", Some(6379)),
        (json!({"cmd": "ping6 fe80::1%eth0"}), "fe80::1", None),
        (json!({"cmd": "curl -s 169.254.169.254./latest"}), "169.254.169.254", None),
        (json!({"cmd": "dir \\\\10.0.0.9\\c$"}), "10.0.0.9", None),
        (json!({"cmd": "mysql -h10.0.0.7 -uroot"}), "10.0.0.7", None),
        (json!({"cmd": "ssh admin@10.0.0.5"}), "10.0.0.5", None),
        (json!({"cmd": "x://10.0.0.6/ and ://169.254.169.254/"}), "10.0.0.6", None),
        (json!({"env": "http_proxy=10.0.0.8:3128"}), "10.0.0.8", Some(3128)),
        (json!({"cmd": "curl --resolve a.example:443:127.0.0.1 https://a.example/"}), "127.0.0.1", None),
        (json!({"cmd": "curl ::ffff:169.254.169.254"}), "::ffff:169.254.169.254", None),
        // Non-canonical IPv4 forms where a host is expected.
        (json!({"cmd": "curl 2130706433:80"}), "127.0.0.1", Some(80)),
        (json!({"cmd": "curl 0x7f000001:6379"}), "127.0.0.1", Some(6379)),
        (json!({"cmd": "curl 0177.0.0.1:80"}), "127.0.0.1", Some(80)),
        (json!({"cmd": "redis-cli -h 127.1:6379"}), "127.0.0.1", Some(6379)),
        (json!({"cmd": "curl -x0x7f000001 http://example.com/"}), "127.0.0.1", None),
        (json!({"cmd": "curl -x 0xa9fea9fe http://example.com/"}), "169.254.169.254", None),
        (json!({"cmd": "curl --proxy=2130706433 http://example.com/"}), "127.0.0.1", None),
        (json!({"cmd": "curl --proxy '0177.1:3128' http://example.com/"}), "127.0.0.1", Some(3128)),
        (json!({"cmd": "psql -h 0 -p 5432"}), "0.0.0.0", None),
        (json!({"hostname": "0x7f000001", "port": "6379"}), "127.0.0.1", Some(6379)),
        (json!({"IP": "127.1"}), "127.0.0.1", None),
        (json!({"address": "[fd00:ec2::254]:80"}), "fd00:ec2::254", Some(80)),
        (json!({"addr": "0", "port": 22}), "0.0.0.0", Some(22)),
        (json!({"target": {"host": " 169.254.169.254:8080 ", "port": 80}}), "169.254.169.254", Some(8080)),
    ];
    for (value, expected, port) in cases {
        let found = addresses(&value);
        assert!(found.iter().any(|(_, a, p)| *a == ip(expected) && *p == port), "{expected} {port:?} in {value}: {found:?}");
        for (pointer, address, _) in &found {
            assert!(special(*address).is_some(), "{pointer}: {address} in {value}");
        }
        assert!(urls_in_json(&value, 10).iter().all(|(_, u)| !u.contains(expected)), "{value}: not a URL");
    }
}

#[test]
fn addresses_come_with_pointers_ports_and_text_in_document_order() {
    let value = json!({
        "cmd": "curl -x169.254.169.254:80 http://10.0.0.1/ //10.0.0.2/ then wget 10.0.0.3",
        "args": ["[::1]:6379", {"10.0.0.4": 1}],
        "server": {"host": "0x7f000001", "port": 6379, "name": "10.0.0.5"},
        "url": "http://10.0.0.6:8080/",
    });
    // Object members come in the map's order, which depends on whether some
    // crate in the build enables serde_json's `preserve_order`: compare sorted.
    let mut found: Vec<(String, IpAddr, Option<u16>, String)> =
        addresses_in_json(&value, 100).into_iter().map(|a| (a.pointer, a.ip, a.port, a.written)).collect();
    found.sort();
    let mut expected: Vec<(String, IpAddr, Option<u16>, String)> = [
        ("/args/0", "::1", Some(6379), "[::1]:6379"),
        ("/args/1/10.0.0.4", "10.0.0.4", None, "10.0.0.4"),
        ("/cmd", "169.254.169.254", Some(80), "169.254.169.254:80"),
        ("/cmd", "10.0.0.3", None, "10.0.0.3"),
        ("/server/host", "127.0.0.1", Some(6379), "0x7f000001"),
        ("/server/name", "10.0.0.5", None, "10.0.0.5"),
    ]
    .iter()
    .map(|(p, a, port, w)| (p.to_string(), ip(a), *port, w.to_string()))
    .collect();
    expected.sort();
    assert_eq!(found, expected, "URLs are urls_in_json's, not addresses");
    // Within one string, text order.
    let cmd: Vec<IpAddr> = addresses_in_json(&value["cmd"], 100).into_iter().map(|a| a.ip).collect();
    assert_eq!(cmd, [ip("169.254.169.254"), ip("10.0.0.3")]);
    assert_eq!(addresses_in_json(&value, 0).len(), 1, "max 0: one, to say there are more");
}

#[test]
fn more_than_max_addresses_come_back_as_max_plus_one() {
    let value = json!(["10.0.0.1", "10.0.0.2 10.0.0.3", {"host": "10.0.0.4"}]);
    assert_eq!(addresses_in_json(&value, 10).len(), 4);
    assert_eq!(addresses_in_json(&value, 4).len(), 4, "exactly max: all of them");
    assert_eq!(addresses_in_json(&value, 2).len(), 3, "more than max: max + 1");
    assert_eq!(addresses_in_json(&value, 0).len(), 1);
    assert_eq!(addresses_in_json(&value, usize::MAX).len(), 4);
}

/// Ordinary text that names no destination: neither function reports
/// anything in it.
const ORDINARY: &[&str] = &[
    "v2.10.1.3",
    "release v1.2.3.4 is out",
    "1.2.3.4.5",
    "1.2.3.4a",
    "pkg==1.2.3 and python3.11 and node-v18.2.0.1",
    "build 10.0.19041.1",
    "released 2024-01-15T12:30:45Z, 15.01.2024, 2024.01.15, 01.02.03",
    "pi is 3.14159, e is 2.71828, 0.5 and 1e-10",
    "ratio 3:2, at 0:30, 12:30:45, 16:9",
    "a:b",
    "note: hi",
    "C:\\Windows\\System32\\drivers\\etc\\hosts",
    "c:/windows/system32",
    "/usr/lib/python3.10/site-packages/x.py",
    "/srv/backups/10.0.0.1/db.sql and /var/log/10.0.0.2.log",
    "// TODO: fix",
    "//",
    "x = 1; // see below",
    "//TODO",
    "//eslint-disable-next-line",
    "//console.log(x)",
    "std::mem::take(&mut x); Vec::<u8>::new(); ::add(1, 2)",
    "a[::2] and f(x)[::-1] and m[::1]",
    "f :: Int -> Int",
    "{0x10:5, 0x20:6}",
    "count 2130706433 rows, id 0x7f000001",
    "mac aa:bb:cc:dd:ee:ff",
    "uuid 123e4567-e89b-12d3-a456-426614174000",
    "sha dead:beef",
    "-v -h -xvf archive.tar",
    "du -h 10; head -n 2130706433",
    "",
];

#[test]
fn ordinary_payloads_name_no_destination() {
    for text in ORDINARY {
        let value = json!({"text": text, "list": [text], "obj": {"name": text}});
        assert_eq!(urls_in_json(&value, 10), Vec::<(String, String)>::new(), "{text:?}");
        assert_eq!(addresses_in_json(&value, 10), Vec::<BareAddress>::new(), "{text:?}");
    }
    // Positive controls: the same discovery finds the destinations next to them.
    let mixed = json!({"text": format!("{} curl 169.254.169.254 //10.0.0.1/", ORDINARY.join(" | "))});
    assert_eq!(addresses(&mixed), [("/text".to_string(), ip("169.254.169.254"), None)]);
    assert_eq!(urls_in_json(&mixed, 10), [("/text".to_string(), "http://10.0.0.1/".to_string())]);
}

#[test]
fn public_addresses_that_look_like_versions_are_not_special() {
    // A four-part version is an address as written; a public one, which the
    // Guard ignores.
    for text in ["version 1.2.3.4", "ratio 1.5:1", "pkg 2.10.1.3", "dns 8.8.8.8:53", "2001:4860:4860::8888"] {
        let found = addresses_in_json(&json!(text), 10);
        assert!(!found.is_empty(), "{text:?}");
        for a in found {
            assert_eq!(special(a.ip), None, "{text:?}: {a:?}");
        }
    }
}

#[test]
fn deep_json_is_walked_without_recursion_for_addresses() {
    const DEPTH: usize = 10_000;
    let big = std::thread::Builder::new().stack_size(256 << 20);
    big.spawn(|| {
        let mut value = json!({"host": "127.1", "port": 6379});
        for _ in 0..DEPTH {
            value = serde_json::Value::Array(vec![value]);
        }
        let found = std::thread::scope(|s| {
            std::thread::Builder::new().stack_size(128 << 10).spawn_scoped(s, || addresses_in_json(&value, 5)).unwrap().join().unwrap()
        });
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].port, Some(6379));
        assert_eq!(found[0].pointer.len(), 2 * DEPTH + "/host".len());
    })
    .unwrap()
    .join()
    .unwrap();
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Arbitrary JSON whose strings are often made of address characters
    /// and whose keys are often host or port members.
    fn json_value() -> impl Strategy<Value = serde_json::Value> {
        let key = prop_oneof![Just("host".to_string()), Just("port".to_string()), Just("Addr".to_string()), "\\PC{0,8}"].boxed();
        let text =
            prop_oneof!["\\PC{0,40}", "[0-9a-fx.:\\[\\]/ %@=-]{0,30}", "(-x|--proxy |-h |//|curl )?[0-9x.:\\[\\]]{1,20}[ /:0-9]{0,6}",];
        let leaf = prop_oneof![
            Just(serde_json::Value::Null),
            any::<bool>().prop_map(serde_json::Value::from),
            any::<u16>().prop_map(serde_json::Value::from),
            any::<i64>().prop_map(serde_json::Value::from),
            text.prop_map(serde_json::Value::from),
        ];
        leaf.prop_recursive(4, 48, 6, move |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
                prop::collection::vec((key.clone(), inner), 0..6).prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
            ]
        })
    }

    /// How WHATWG reads the host of an address as written (its port and a
    /// zone left out), to compare with the address reported.
    fn whatwg_reads(address: &BareAddress) -> Option<IpAddr> {
        let mut host = address.written.trim();
        // (The port as written may carry leading zeros: `0.0:00` is port 0.)
        if let Some(port) = address.port
            && let Some((h, written)) = host.rsplit_once(':')
            && !written.is_empty()
            && written.bytes().all(|b| b.is_ascii_digit())
            && written.parse::<u16>().ok() == Some(port)
            && (h.ends_with(']') || !h.contains(':'))
        {
            host = h;
        }
        // WHATWG takes no zone (`[fe80::1%eth0]`): leave it out.
        let host = match host.split_once('%') {
            Some((address, zone)) => format!("{address}{}", if zone.ends_with(']') { "]" } else { "" }),
            None => host.to_string(),
        };
        let host = if host.contains(':') && !host.starts_with('[') { format!("[{host}]") } else { host.to_string() };
        match url::Url::parse(&format!("http://{host}/")).ok()?.host()? {
            url::Host::Ipv4(ip) => Some(IpAddr::V4(ip)),
            url::Host::Ipv6(ip) => Some(IpAddr::V6(ip)),
            url::Host::Domain(_) => None,
        }
    }

    proptest! {
        #[test]
        fn address_discovery_is_total_and_every_address_parses(value in json_value()) {
            let _ = urls_in_json(&value, 20);
            let found = addresses_in_json(&value, 20);
            prop_assert!(found.len() <= 21);
            for address in found {
                // What it names parses as that IP, for WHATWG as for us.
                prop_assert_eq!(address.ip.to_string().parse::<IpAddr>().ok(), Some(address.ip));
                prop_assert_eq!(whatwg_reads(&address), Some(address.ip), "{:?} in {}", address, value);
                // The pointer leads to the string (or the key) it was written in.
                let at = value.pointer(&address.pointer);
                let key = address.pointer.rsplit('/').next().unwrap_or("").replace("~1", "/").replace("~0", "~");
                prop_assert!(
                    at.and_then(|v| v.as_str()).is_some_and(|s| s.contains(&address.written)) || key.contains(&address.written),
                    "{:?} in {}", address, value
                );
            }
        }

        #[test]
        fn address_discovery_is_total_on_any_text(s in "\\PC{0,80}") {
            for address in addresses_in_json(&json!(s), 20) {
                prop_assert!(s.contains(&address.written));
                prop_assert_eq!(whatwg_reads(&address), Some(address.ip), "{:?} in {:?}", address, s);
            }
        }

        #[test]
        fn an_embedded_address_is_found_whatever_surrounds_it(
            before in "([a-z ]{0,8}[ \"'(=,;|@])?",
            octets in prop::array::uniform4(0_u8..=255),
            port in prop::option::of(1_u16..),
            after in "([ \"'),;|/?][a-z /]{0,8})?",
        ) {
            let address = std::net::Ipv4Addr::from(octets);
            let written = match port { Some(p) => format!("{address}:{p}"), None => address.to_string() };
            let text = format!("{before}{written}{after}");
            let found: Vec<(IpAddr, Option<u16>)> = addresses_in_json(&json!(text), 5).into_iter().map(|a| (a.ip, a.port)).collect();
            prop_assert_eq!(found, vec![(IpAddr::V4(address), port)], "{:?}", text);
            // Inside a URL it is the URL's, not an address.
            let in_url = format!("{before}http://{written}/x{after}");
            prop_assert!(addresses_in_json(&json!(in_url), 5).is_empty(), "{:?}", in_url);
            prop_assert_eq!(urls_in_json(&json!(in_url), 5).len(), 1);
        }

        #[test]
        fn discovery_is_total_and_returns_substrings(s in "\\PC{0,80}") {
            let _ = looks_like_url(&s);
            for url in urls_in_text(&s) {
                // A slice of the text, or a scheme-relative one with `http:` in front.
                prop_assert!(s.contains(&*url) || url.strip_prefix("http:").is_some_and(|u| u.starts_with("//") && s.contains(u)));
                prop_assert!(looks_like_url(&url), "{:?} from {:?}", url, s);
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
