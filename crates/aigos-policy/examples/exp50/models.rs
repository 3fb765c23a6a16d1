use super::feat;
use super::{evaluate, report, Case};
use std::io::Write;

pub type Sp = Vec<(u32, f32)>;

pub fn sparse(hashes: &[u32], mask: u32) -> Sp {
    let mut b: Vec<u32> = hashes.iter().map(|h| h & mask).collect();
    b.sort_unstable();
    let norm = 1.0 / (hashes.len().max(1) as f32).sqrt();
    let mut out: Sp = Vec::new();
    for x in b {
        match out.last_mut() {
            Some((l, v)) if *l == x => *v += norm,
            _ => out.push((x, norm)),
        }
    }
    out
}

pub fn hashes(text: &str) -> Vec<u32> {
    let mut v = Vec::new();
    feat::features(text, |h| v.push(h));
    v
}

/// Per case: joined features (training), per unit per chunk features (scoring).
pub struct Data {
    pub joined: Vec<Vec<u32>>,
    pub units: Vec<Vec<Vec<Vec<u32>>>>,
}

/// Extra features: shape (per chunk), context (per unit).
#[derive(Clone, Copy, Default)]
pub struct Extra {
    pub shape: bool,
    pub hits: bool,
    pub field: bool,
    pub tool: bool,
    pub seq: usize,
}

pub fn prepare_extra(cases: &[Case], e: Extra) -> Data {
    let mut d = prepare(cases);
    for (i, c) in cases.iter().enumerate() {
        for (k, u) in c.units.iter().enumerate() {
            let mut ctx = Vec::new();
            super::shape::context(c, u, &mut ctx, e.hits, e.field, e.tool);
            for (j, (_, ch)) in feat::chunks(&u.text).enumerate() {
                let mut x = ctx.clone();
                if e.shape {
                    super::shape::shape(ch, &mut x);
                }
                if e.seq > 0 {
                    super::shape::shapeseq(ch, &mut x, e.seq, std::env::var("SEQHI").ok().and_then(|s| s.parse().ok()).unwrap_or(e.seq + 1));
                }
                d.units[i][k][j].extend_from_slice(&x);
                d.joined[i].extend_from_slice(&x);
            }
        }
    }
    d
}

pub fn prepare(cases: &[Case]) -> Data {
    let joined = cases.iter().map(|c| hashes(&c.units.iter().map(|u| u.text.as_str()).collect::<Vec<_>>().join("\n"))).collect();
    let units = cases.iter().map(|c| c.units.iter().map(|u| feat::chunks(&u.text).map(|(_, ch)| hashes(ch)).collect()).collect()).collect();
    Data { joined, units }
}

pub struct Lr {
    pub bits: u32,
    pub epochs: usize,
    pub rate: f32,
    pub l2: f32,
}

impl Default for Lr {
    fn default() -> Self {
        Lr { bits: 18, epochs: 60, rate: 0.2, l2: 1e-2 }
    }
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

pub fn shuffle(order: &mut [usize], rng: &mut u64) {
    for i in (1..order.len()).rev() {
        *rng ^= *rng << 13;
        *rng ^= *rng >> 7;
        *rng ^= *rng << 17;
        order.swap(i, (*rng % (i as u64 + 1)) as usize);
    }
}

/// Weighted, class-balanced logistic regression with Adagrad (as the crate's trainer).
pub fn train_lr(data: &[(Sp, bool, f32)], o: &Lr) -> (Vec<f32>, f32) {
    let pos: f32 = data.iter().filter(|d| d.1).map(|d| d.2).sum::<f32>().max(1.0);
    let neg: f32 = data.iter().filter(|d| !d.1).map(|d| d.2).sum::<f32>().max(1.0);
    let total = pos + neg;
    let (wp, wn) = (total / (2.0 * pos), total / (2.0 * neg));
    let size = 1usize << o.bits;
    let mut w = vec![0f32; size];
    let mut g2 = vec![0f32; size];
    let (mut bias, mut bg2) = (0f32, 0f32);
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = 0x5eed_a160_5eed_a161u64 ^ std::env::var("SEED").ok().and_then(|s| s.parse::<u64>().ok()).unwrap_or(0).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    for _ in 0..o.epochs {
        shuffle(&mut order, &mut rng);
        for &i in &order {
            let (x, label, sw) = &data[i];
            let z: f32 = x.iter().map(|&(b, v)| w[b as usize] * v).sum::<f32>() + bias;
            let y = if *label { 1.0 } else { 0.0 };
            let err = (sigmoid(z) - y) * if *label { wp } else { wn } * sw;
            for &(b, v) in x {
                let b = b as usize;
                let g = err * v + o.l2 * w[b];
                g2[b] += g * g;
                w[b] -= o.rate * g / (g2[b].sqrt() + 1e-6);
            }
            bg2 += err * err;
            bias -= o.rate * err / (bg2.sqrt() + 1e-6);
        }
    }
    (w, bias)
}

pub fn dot(w: &[f32], x: &Sp) -> f32 {
    x.iter().map(|&(b, v)| w[b as usize] * v).sum()
}

/// Max over a case's units and chunks of a chunk scorer.
pub fn case_max(units: &[Vec<Vec<u32>>], f: &mut impl FnMut(&[u32]) -> f32) -> f32 {
    let mut best = f32::NEG_INFINITY;
    for u in units {
        for ch in u {
            if !ch.is_empty() {
                best = best.max(f(ch));
            }
        }
    }
    if best == f32::NEG_INFINITY {
        -1e9
    } else {
        best
    }
}

/// Out-of-fold scores of the linear model trained on joined text with a per-case weight.
pub fn oof_lr(cases: &[Case], d: &Data, o: &Lr, weight: &dyn Fn(&Case) -> f32) -> Vec<f32> {
    let mask = (1u32 << o.bits) - 1;
    let train: Vec<Sp> = d.joined.iter().map(|h| sparse(h, mask)).collect();
    let mut oof = vec![0f32; cases.len()];
    for fold in 0..5 {
        let data: Vec<(Sp, bool, f32)> =
            cases.iter().enumerate().filter(|(_, c)| c.fold != fold).map(|(i, c)| (train[i].clone(), c.injection, weight(c))).collect();
        let (w, bias) = train_lr(&data, o);
        for (i, c) in cases.iter().enumerate().filter(|(_, c)| c.fold == fold) {
            oof[i] = case_max(&d.units[i], &mut |h| dot(&w, &sparse(h, mask))) + bias;
        }
    }
    oof
}

pub fn misses(cases: &[Case], oof: &[f32], path: &str) {
    let (t, ..) = evaluate(cases, oof, 0.005);
    let mut f = std::fs::File::create(path).expect("create");
    for (c, s) in cases.iter().zip(oof) {
        if c.injection && !c.rules {
            let tag = if *s >= t { "CAUGHT" } else { "MISSED" };
            let _ = writeln!(f, "=== {tag} {} score {:.3} (t {:.3}) tool {}", c.id, s, t, c.tool);
            for u in &c.units {
                let hits: Vec<String> = u.hits.iter().map(|h| format!("{:?}/{:?}/{}", h.0, h.1, h.2)).collect();
                let text: String = u.text.chars().take(400).collect();
                let _ = writeln!(f, "  [{}] {:?} {}", u.field, hits, text.replace('\n', " "));
            }
        }
    }
    // FPs too.
    for (c, s) in cases.iter().zip(oof) {
        if c.legit && *s >= t {
            let _ = writeln!(f, "=== FP {} score {:.3} tool {}", c.id, s, c.tool);
            for u in &c.units {
                let text: String = u.text.chars().take(300).collect();
                let _ = writeln!(f, "  [{}] {}", u.field, text.replace('\n', " "));
            }
        }
    }
}

pub fn run(args: &[String], cases: &[Case]) {
    let t0 = std::time::Instant::now();
    let d = prepare(cases);
    eprintln!("features {:?}", t0.elapsed());
    let what = args.first().map(String::as_str).unwrap_or("base");
    match what {
        "base" => {
            let oof = oof_lr(cases, &d, &Lr::default(), &|_| 1.0);
            report("lr baseline", cases, &oof);
            misses(cases, &oof, "/tmp/e50/misses.txt");
        }
        "weight" => {
            for wmiss in [1.0f32, 2.0, 3.0, 5.0] {
                for wcaught in [1.0f32, 0.5, 0.2] {
                    let oof = oof_lr(cases, &d, &Lr::default(), &|c| if c.injection { if c.rules { wcaught } else { wmiss } } else { 1.0 });
                    report(&format!("lr w rule-missed {wmiss} caught {wcaught}"), cases, &oof);
                }
            }
        }
        "mil" => {
            for per in [false, true] {
                for wm in [1.0f32, 2.0] {
                    let oof = oof_mil(cases, &d, &Lr::default(), per, &|c| if c.injection && !c.rules { wm } else { 1.0 });
                    report(&format!("mil per_case {per} wmiss {wm}"), cases, &oof);
                }
            }
        }
        "joined" => {
            // Score the joined text of the case (chunked) instead of / as well as each unit.
            let o = Lr::default();
            let mask = (1u32 << o.bits) - 1;
            let train: Vec<Sp> = d.joined.iter().map(|h| sparse(h, mask)).collect();
            let jchunks: Vec<Vec<Vec<u32>>> = cases.iter().map(|c| {
                let t = c.units.iter().map(|u| u.text.as_str()).collect::<Vec<_>>().join("\n");
                feat::chunks(&t).map(|(_, ch)| hashes(ch)).collect()
            }).collect();
            let (mut a, mut b, mut m) = (vec![0f32; cases.len()], vec![0f32; cases.len()], vec![0f32; cases.len()]);
            for fold in 0..5 {
                let data: Vec<(Sp, bool, f32)> = cases.iter().enumerate().filter(|(_, c)| c.fold != fold).map(|(i, c)| (train[i].clone(), c.injection, 1.0)).collect();
                let (w, bias) = train_lr(&data, &o);
                for i in (0..cases.len()).filter(|&i| cases[i].fold == fold) {
                    a[i] = case_max(&d.units[i], &mut |h| dot(&w, &sparse(h, mask))) + bias;
                    b[i] = case_max(&[jchunks[i].clone()], &mut |h| dot(&w, &sparse(h, mask))) + bias;
                    m[i] = a[i].max(b[i]);
                }
            }
            report("units", cases, &a);
            report("joined", cases, &b);
            report("max(units, joined)", cases, &m);
            let avg: Vec<f32> = a.iter().zip(&b).map(|(x, y)| 0.5 * (x + y)).collect();
            report("avg(units, joined)", cases, &avg);
        }
        "nblr" => {
            for binar in [true, false] {
                for alpha in [0.5f32, 1.0] {
                    for l2 in [1e-2f32, 3e-3] {
                        let o = Lr { l2, ..Lr::default() };
                        let oof = oof_nblr(cases, &d, &o, alpha, 1.0, binar, 3.0, &|_| 1.0);
                        report(&format!("nblr bin {binar} a {alpha} l2 {l2}"), cases, &oof);
                    }
                }
            }
        }
        "binar" => {
            // plain LR on binarized features
            let o = Lr::default();
            let oof = oof_nblr(cases, &d, &o, 1e9, 1.0, true, 3.0, &|_| 1.0);
            report("lr binarized (r=const)", cases, &oof);
        }
        "extra" => {
            // extra shape hits field tool  (0/1 each), then model lr|nb
            let b = |k: usize| args[k] == "1";
            let e = Extra { shape: b(1), hits: b(2), field: b(3), tool: b(4), seq: std::env::var("SEQ").ok().and_then(|s| s.parse().ok()).unwrap_or(0) };
            let d = prepare_extra(cases, e);
            let name = format!("shape {} hits {} field {} tool {}", b(1), b(2), b(3), b(4));
            if args[5] == "lr" {
                let oof = oof_lr(cases, &d, &Lr::default(), &|_| 1.0);
                report(&format!("lr {name}"), cases, &oof);
            } else {
                let g = |k: usize, def: f32| -> f32 { args.get(k).map_or(def, |a| a.parse().expect("num")) };
                let (wm, wc, l2, alpha, rs) = (g(6, 1.0), g(7, 1.0), g(8, 3e-3), g(9, 1.0), g(10, 3.0));
                let o = Lr { l2, ..Lr::default() };
                let oof = oof_nblr(cases, &d, &o, alpha, 1.0, false, rs, &|c| if c.injection { if c.rules { wc } else { wm } } else { 1.0 });
                report(&format!("nb {name} wm {wm} wc {wc} l2 {l2} a {alpha} rs {rs}"), cases, &oof);
                if args.get(11).is_some() { misses(cases, &oof, &args[11]); }
            }
        }
        "deep" => {
            // deep ebits dim hidden epochs rate l2 wide init
            let f = |k: usize| -> f32 { args[k].parse().expect("num") };
            let o = super::deep::Deep { ebits: f(1) as u32, dim: f(2) as usize, hidden: f(3) as usize, epochs: f(4) as usize, rate: f(5), l2: f(6), wide: args[7] == "1", init: f(8) };
            let oof = super::deep::oof_deep(cases, &d, o, &Lr::default(), &|_| 1.0);
            report(&format!("deep {}", args[1..].join(" ")), cases, &oof);
        }
        "ens" => {
            let d = prepare_extra(cases, Extra { shape: true, hits: true, field: true, tool: true, seq: 0 });
            let lr = oof_lr(cases, &d, &Lr::default(), &|_| 1.0);
            report("lr all", cases, &lr);
            let nb1 = oof_nblr(cases, &d, &Lr { l2: 1e-3, ..Lr::default() }, 1.0, 1.0, false, 3.0, &|_| 1.0);
            report("nb all l2 1e-3", cases, &nb1);
            let nb3 = oof_nblr(cases, &d, &Lr { l2: 3e-3, ..Lr::default() }, 1.0, 1.0, false, 3.0, &|_| 1.0);
            report("nb all l2 3e-3", cases, &nb3);
            let d0 = prepare(cases);
            let base = oof_lr(cases, &d0, &Lr::default(), &|_| 1.0);
            report("lr plain", cases, &base);
            let avg = |a: &[f32], b: &[f32], wa: f32| -> Vec<f32> { a.iter().zip(b).map(|(x, y)| wa * x + (1.0 - wa) * y).collect() };
            for wa in [0.3f32, 0.5, 0.7] {
                report(&format!("ens lr all + nb1e-3 wa {wa}"), cases, &avg(&lr, &nb1, wa));
                report(&format!("ens lr plain + nb1e-3 wa {wa}"), cases, &avg(&base, &nb1, wa));
            }
            report("ens nb1e-3 + nb3e-3", cases, &avg(&nb1, &nb3, 0.5));
        }
        "nbgrid" => {
            // nbgrid alpha l2 rscale beta wmiss epochs
            let f = |k: usize| -> f32 { args[k].parse().expect("num") };
            let o = Lr { l2: f(2), epochs: f(6) as usize, ..Lr::default() };
            let wm = f(5);
            let oof = oof_nblr(cases, &d, &o, f(1), f(4), false, f(3), &|c| if c.injection && !c.rules { wm } else { 1.0 });
            report(&format!("nblr a {} l2 {} rs {} beta {} wm {} ep {}", f(1), f(2), f(3), f(4), f(5), f(6)), cases, &oof);
        }
        _ => eprintln!("unknown"),
    }
    eprintln!("total {:?}", t0.elapsed());
}

/// Multi-instance logistic regression: a case is positive when its best
/// unit is; each epoch a positive case trains its currently best unit
/// (softmax-weighted over units), every unit of a negative case trains as
/// negative (weight 1/units so a case weighs 1).
pub fn train_mil(data: &[(Vec<Sp>, bool, f32)], o: &Lr, neg_unit_weight_per_case: bool) -> (Vec<f32>, f32) {
    let pos: f32 = data.iter().filter(|d| d.1).map(|d| d.2).sum::<f32>().max(1.0);
    let neg: f32 = data.iter().filter(|d| !d.1).map(|d| d.2).sum::<f32>().max(1.0);
    let total = pos + neg;
    let (wp, wn) = (total / (2.0 * pos), total / (2.0 * neg));
    let size = 1usize << o.bits;
    let mut w = vec![0f32; size];
    let mut g2 = vec![0f32; size];
    let (mut bias, mut bg2) = (0f32, 0f32);
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = 0x5eed_a160_5eed_a161u64;
    let mut step = |x: &Sp, err: f32, w: &mut Vec<f32>, g2: &mut Vec<f32>, bias: &mut f32, bg2: &mut f32| {
        for &(b, v) in x {
            let b = b as usize;
            let g = err * v + o.l2 * w[b];
            g2[b] += g * g;
            w[b] -= o.rate * g / (g2[b].sqrt() + 1e-6);
        }
        *bg2 += err * err;
        *bias -= o.rate * err / (bg2.sqrt() + 1e-6);
    };
    for _ in 0..o.epochs {
        shuffle(&mut order, &mut rng);
        for &i in &order {
            let (units, label, sw) = &data[i];
            if units.is_empty() {
                continue;
            }
            if *label {
                let zs: Vec<f32> = units.iter().map(|x| dot(&w, x) + bias).collect();
                let (k, z) = zs.iter().enumerate().fold((0, f32::NEG_INFINITY), |a, (k, z)| if *z > a.1 { (k, *z) } else { a });
                let err = (sigmoid(z) - 1.0) * wp * sw;
                step(&units[k], err, &mut w, &mut g2, &mut bias, &mut bg2);
            } else {
                let per = if neg_unit_weight_per_case { 1.0 / units.len() as f32 } else { 1.0 };
                for x in units {
                    let z = dot(&w, x) + bias;
                    let err = sigmoid(z) * wn * sw * per;
                    step(x, err, &mut w, &mut g2, &mut bias, &mut bg2);
                }
            }
        }
    }
    (w, bias)
}

pub fn oof_mil(cases: &[Case], d: &Data, o: &Lr, per_case: bool, weight: &dyn Fn(&Case) -> f32) -> Vec<f32> {
    let mask = (1u32 << o.bits) - 1;
    let train: Vec<Vec<Sp>> = d.units.iter().map(|u| u.iter().map(|chs| sparse(&chs.concat(), mask)).collect()).collect();
    let mut oof = vec![0f32; cases.len()];
    for fold in 0..5 {
        let data: Vec<(Vec<Sp>, bool, f32)> =
            cases.iter().enumerate().filter(|(_, c)| c.fold != fold).map(|(i, c)| (train[i].clone(), c.injection, weight(c))).collect();
        let (w, bias) = train_mil(&data, o, per_case);
        for i in (0..cases.len()).filter(|&i| cases[i].fold == fold) {
            oof[i] = case_max(&d.units[i], &mut |h| dot(&w, &sparse(h, mask))) + bias;
        }
    }
    oof
}

/// NB-LR: log-count ratios scale each feature; the LR weight and the ratio
/// fold into one table at scoring.
pub fn oof_nblr(cases: &[Case], d: &Data, o: &Lr, alpha: f32, beta_mix: f32, binar: bool, rscale: f32, weight: &dyn Fn(&Case) -> f32) -> Vec<f32> {
    let mask = (1u32 << o.bits) - 1;
    let size = 1usize << o.bits;
    let prep = |h: &[u32]| -> Sp {
        let mut s = sparse(h, mask);
        if binar {
            let norm = 1.0 / (s.len().max(1) as f32).sqrt();
            s.iter_mut().for_each(|x| x.1 = norm);
        }
        s
    };
    let train: Vec<Sp> = d.joined.iter().map(|h| prep(h)).collect();
    let mut oof = vec![0f32; cases.len()];
    for fold in 0..5 {
        let mut p = vec![alpha; size];
        let mut q = vec![alpha; size];
        for (i, c) in cases.iter().enumerate().filter(|(_, c)| c.fold != fold) {
            let t = if c.injection { &mut p } else { &mut q };
            for &(b, _) in &train[i] {
                t[b as usize] += 1.0;
            }
        }
        let (sp, sq): (f32, f32) = (p.iter().sum(), q.iter().sum());
        let r: Vec<f32> = p.iter().zip(&q).map(|(a, b)| ((a / sp) / (b / sq)).ln()).collect();
        let rmax = r.iter().fold(0f32, |m, x| m.max(x.abs()));
        let r: Vec<f32> = r.iter().map(|x| x / rmax * rscale).collect();
        let data: Vec<(Sp, bool, f32)> = cases
            .iter()
            .enumerate()
            .filter(|(_, c)| c.fold != fold)
            .map(|(i, c)| (train[i].iter().map(|&(b, v)| (b, v * r[b as usize])).collect(), c.injection, weight(c)))
            .collect();
        let (w, bias) = train_lr(&data, o);
        let wmean = w.iter().map(|x| x.abs()).sum::<f32>() / size as f32;
        let mut weff: Vec<f32> = w.iter().zip(&r).map(|(a, b)| ((1.0 - beta_mix) * wmean + beta_mix * a) * b).collect();
        if std::env::var("QUANT").is_ok() {
            let max = weff.iter().fold(0f32, |m, x| m.max(x.abs()));
            let scale = max / 127.0;
            weff.iter_mut().for_each(|x| *x = (*x / scale).round().clamp(-127.0, 127.0) * scale);
        }
        for i in (0..cases.len()).filter(|&i| cases[i].fold == fold) {
            oof[i] = case_max(&d.units[i], &mut |h| dot(&weff, &prep(h))) + bias;
        }
    }
    oof
}
