//! Cross-lingual shape features and context features (experiment).
use super::feat::finish;
use super::{Case, Unit};

pub fn h(s: &str) -> u32 {
    let mut x: u32 = 0x2545_f491;
    for b in s.bytes() {
        x = (x ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }
    finish(x)
}

fn script(c: char) -> u8 {
    let u = c as u32;
    match u {
        0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F => 1,
        0x370..=0x3FF => 2,
        0x400..=0x4FF => 3,
        0xFF01..=0xFF5E => 9,
        _ if c.is_ascii_digit() => 0,
        _ if c.is_alphabetic() => 10 + (u >> 8).min(200) as u8,
        _ => 255,
    }
}

/// Shape features of one text (each at most once).
pub fn shape(text: &str, out: &mut Vec<u32>) {
    let mut seen: Vec<&'static str> = Vec::new();
    let mut add = |s: &'static str, seen: &mut Vec<&'static str>| {
        if !seen.contains(&s) {
            seen.push(s);
        }
    };
    let mut single_run = 0;
    let mut counts = [0usize; 4]; // latin, cyrillic, greek, other-alpha
    for tok in text.split(|c: char| c.is_whitespace()) {
        let word: String = tok.chars().filter(|c| c.is_alphanumeric()).collect();
        if word.is_empty() {
            continue;
        }
        let nchars = word.chars().count();
        if nchars == 1 && word.chars().all(char::is_alphabetic) {
            single_run += 1;
            if single_run >= 5 {
                add("spaced-letters", &mut seen);
            }
        } else {
            single_run = 0;
        }
        let mut scripts: Vec<u8> = word.chars().map(script).filter(|s| *s != 0 && *s != 255).collect();
        for s in &scripts {
            match s {
                1 => counts[0] += 1,
                3 => counts[1] += 1,
                2 => counts[2] += 1,
                _ => counts[3] += 1,
            }
        }
        scripts.sort_unstable();
        scripts.dedup();
        if scripts.len() > 1 {
            add("mixed-script-word", &mut seen);
        }
        if scripts.contains(&9) {
            add("fullwidth", &mut seen);
        }
        let digits = word.chars().filter(char::is_ascii_digit).count();
        let letters = nchars - digits;
        if nchars >= 4 && digits >= 1 && letters >= 2 && word.chars().any(|c| "013457".contains(c)) && !word.chars().next().is_some_and(|c| c.is_ascii_digit()) && digits * 4 >= nchars {
            add("leet-word", &mut seen);
        }
        if tok.contains('@') && tok.contains('.') {
            add("email", &mut seen);
            let l = tok.to_lowercase();
            if ["gmail.", "outlook.", "hotmail.", "proton", "yahoo.", "wp.pl", "web.de", "gmx.", "mail.ru", "yandex", "icloud", "qq.com", "163.com"].iter().any(|d| l.contains(d)) {
                add("freemail", &mut seen);
            }
        }
        if tok.contains("http://") || tok.contains("https://") {
            add("url", &mut seen);
        }
        if tok.len() >= 40 && tok.chars().all(|c| c.is_ascii_alphanumeric() || "+/=_-".contains(c)) {
            add("b64-token", &mut seen);
        }
    }
    let digits_run = text.as_bytes().split(|b| !b.is_ascii_digit() && *b != b' ').any(|r| r.iter().filter(|b| b.is_ascii_digit()).count() >= 10);
    if digits_run {
        add("long-number", &mut seen);
    }
    let b = text.as_bytes();
    if b.windows(4).any(|w| w[0].is_ascii_uppercase() && w[1].is_ascii_uppercase() && w[2].is_ascii_digit() && w[3].is_ascii_digit()) && digits_run {
        add("iban-like", &mut seen);
    }
    if text.chars().any(|c| matches!(c as u32, 0x200B..=0x200F | 0x2060..=0x2064 | 0xFEFF | 0xE0000..=0xE007F)) {
        add("invisible", &mut seen);
    }
    let low = text.to_lowercase();
    if ["display:none", "display: none", "<!--", "font-size:0", "color:#fff", "visibility:hidden", "opacity:0"].iter().any(|m| low.contains(m)) {
        add("hidden-markup", &mut seen);
    }
    if low.matches("&#").count() >= 3 {
        add("entities", &mut seen);
    }
    // Dominant script.
    let total: usize = counts.iter().sum();
    if total > 0 {
        let k = (0..4).max_by_key(|&i| counts[i]).unwrap_or(0);
        add(["script-latin", "script-cyrillic", "script-greek", "script-other"][k], &mut seen);
        if counts[0] > 0 && counts[0] * 4 < total {
            add("some-latin-in-other", &mut seen);
        }
    }
    out.extend(seen.iter().map(|s| h(s)));
}

/// Context features of one unit: its field, the tool's name parts, the
/// rule findings on it (family, confidence, rule).
pub fn context(case: &Case, unit: &Unit, out: &mut Vec<u32>, with_hits: bool, with_field: bool, with_tool: bool) {
    if with_field {
        out.push(h(&format!("field={}", unit.field)));
    }
    if with_tool {
        out.push(h(&format!("tool={}", case.tool)));
        for part in case.tool.split(|c: char| !c.is_alphanumeric()).filter(|p| !p.is_empty()) {
            out.push(h(&format!("toolpart={part}")));
        }
    }
    if with_hits {
        for (f, c, r) in &unit.hits {
            out.push(h(&format!("hit={f:?}/{c:?}/{r}")));
            out.push(h(&format!("hitfam={f:?}/{c:?}")));
        }
    }
}

/// Word-shape sequence n-grams: each word as its shape class (lower,
/// Capitalized, UPPER, digits, mixed) and each punctuation mark as itself
/// (blanks dropped, a line break as 'n'); 3- and 4-grams of that sequence.
pub fn shapeseq(text: &str, out: &mut Vec<u32>, lo: usize, hi: usize) {
    let mut seq: Vec<u32> = Vec::new();
    let mut word = String::new();
    let flush = |word: &mut String, seq: &mut Vec<u32>| {
        if word.is_empty() {
            return;
        }
        let digits = word.chars().all(|c| c.is_numeric());
        let class = if digits {
            'd'
        } else if word.chars().any(|c| c.is_numeric()) {
            'm'
        } else if word.chars().all(|c| !c.is_uppercase()) {
            'a'
        } else if word.chars().count() > 1 && word.chars().all(|c| !c.is_lowercase()) {
            'U'
        } else if word.chars().next().is_some_and(char::is_uppercase) {
            'A'
        } else {
            'x'
        };
        seq.push(class as u32);
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphanumeric() {
            word.push(c);
        } else {
            flush(&mut word, &mut seq);
            if c == '\n' {
                seq.push('n' as u32);
            } else if !c.is_whitespace() {
                seq.push(0x1000 + c as u32);
            }
        }
    }
    flush(&mut word, &mut seq);
    for n in lo..=hi {
        for g in seq.windows(n) {
            let mut x: u32 = 0x6a09_e667 ^ n as u32;
            for &s in g {
                x = (x ^ s).wrapping_mul(0x0100_0193);
            }
            out.push(finish(x));
        }
    }
}
