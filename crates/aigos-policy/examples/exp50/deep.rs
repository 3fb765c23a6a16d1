//! Wide & deep: the linear model over hashed n-grams plus an embedding bag
//! (fastText-style) through one hidden ReLU layer, trained jointly.
use super::models::{case_max, shuffle, sparse, Data, Lr, Sp};
use super::Case;

#[derive(Clone, Copy)]
pub struct Deep {
    pub ebits: u32,
    pub dim: usize,
    pub hidden: usize,
    pub epochs: usize,
    pub rate: f32,
    pub l2: f32,
    pub wide: bool,
    pub init: f32,
}

pub struct Net {
    pub o: Deep,
    pub lin: Vec<f32>,
    pub emb: Vec<f32>,
    pub w1: Vec<f32>,
    pub b1: Vec<f32>,
    pub w2: Vec<f32>,
    pub bias: f32,
    pub lbits: u32,
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

struct Ada {
    g2: Vec<f32>,
}
impl Ada {
    fn new(n: usize) -> Self {
        Ada { g2: vec![0.0; n] }
    }
    #[inline]
    fn step(&mut self, w: &mut [f32], i: usize, g: f32, rate: f32) {
        self.g2[i] += g * g;
        w[i] -= rate * g / (self.g2[i].sqrt() + 1e-6);
    }
}

impl Net {
    /// Forward: returns (z, x, pre-activation).
    pub fn forward(&self, lin_x: &Sp, emb_x: &Sp) -> (f32, Vec<f32>, Vec<f32>) {
        let d = self.o.dim;
        let mut x = vec![0f32; d];
        for &(b, v) in emb_x {
            let row = &self.emb[b as usize * d..b as usize * d + d];
            for k in 0..d {
                x[k] += row[k] * v;
            }
        }
        let mut pre = self.b1.clone();
        for j in 0..self.o.hidden {
            let r = &self.w1[j * d..j * d + d];
            pre[j] += r.iter().zip(&x).map(|(a, b)| a * b).sum::<f32>();
        }
        let mut z = self.bias;
        for j in 0..self.o.hidden {
            z += self.w2[j] * pre[j].max(0.0);
        }
        if self.o.wide {
            z += lin_x.iter().map(|&(b, v)| self.lin[b as usize] * v).sum::<f32>();
        }
        (z, x, pre)
    }

    pub fn score(&self, h: &[u32]) -> f32 {
        let lm = (1u32 << self.lbits) - 1;
        let em = (1u32 << self.o.ebits) - 1;
        self.forward(&sparse(h, lm), &sparse(h, em)).0
    }
}

pub fn train(data: &[(Vec<u32>, bool, f32)], o: Deep, lbits: u32, lin_l2: f32) -> Net {
    let lm = (1u32 << lbits) - 1;
    let em = (1u32 << o.ebits) - 1;
    let xs: Vec<(Sp, Sp)> = data.iter().map(|(h, _, _)| (sparse(h, lm), sparse(h, em))).collect();
    let pos: f32 = data.iter().filter(|d| d.1).map(|d| d.2).sum::<f32>().max(1.0);
    let neg: f32 = data.iter().filter(|d| !d.1).map(|d| d.2).sum::<f32>().max(1.0);
    let total = pos + neg;
    let (wp, wn) = (total / (2.0 * pos), total / (2.0 * neg));
    let d = o.dim;
    let mut rng = 0x1234_5678_9abc_def1u64;
    let mut rnd = || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        (rng >> 11) as f32 / (1u64 << 53) as f32 * 2.0 - 1.0
    };
    let esize = (1usize << o.ebits) * d;
    let mut net = Net {
        o,
        lin: vec![0.0; 1 << lbits],
        emb: (0..esize).map(|_| rnd() * o.init).collect(),
        w1: (0..o.hidden * d).map(|_| rnd() / (d as f32).sqrt()).collect(),
        b1: vec![0.0; o.hidden],
        w2: (0..o.hidden).map(|_| rnd() * 0.1).collect(),
        bias: 0.0,
        lbits,
    };
    let (mut a_lin, mut a_emb, mut a_w1, mut a_b1, mut a_w2, mut a_b) =
        (Ada::new(1 << lbits), Ada::new(esize), Ada::new(o.hidden * d), Ada::new(o.hidden), Ada::new(o.hidden), Ada::new(1));
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut srng = 0x5eed_a160_5eed_a161u64;
    let lin_rate = 0.2;
    for _ in 0..o.epochs {
        shuffle(&mut order, &mut srng);
        for &i in &order {
            let (lx, ex) = &xs[i];
            let (_, label, sw) = &data[i];
            let (z, x, pre) = net.forward(lx, ex);
            let y = if *label { 1.0 } else { 0.0 };
            let dz = (sigmoid(z) - y) * if *label { wp } else { wn } * sw;
            if o.wide {
                for &(b, v) in lx {
                    let b = b as usize;
                    let g = dz * v + lin_l2 * net.lin[b];
                    a_lin.step(&mut net.lin, b, g, lin_rate);
                }
            }
            let mut dx = vec![0f32; d];
            for j in 0..o.hidden {
                let hj = pre[j].max(0.0);
                let gw2 = dz * hj + o.l2 * net.w2[j];
                let dpre = if pre[j] > 0.0 { dz * net.w2[j] } else { 0.0 };
                a_w2.step(&mut net.w2, j, gw2, o.rate);
                if dpre != 0.0 {
                    for k in 0..d {
                        dx[k] += dpre * net.w1[j * d + k];
                        let g = dpre * x[k] + o.l2 * net.w1[j * d + k];
                        a_w1.step(&mut net.w1, j * d + k, g, o.rate);
                    }
                    a_b1.step(&mut net.b1, j, dpre, o.rate);
                }
            }
            for &(b, v) in ex {
                let base = b as usize * d;
                for k in 0..d {
                    let g = dx[k] * v + o.l2 * net.emb[base + k];
                    a_emb.step(&mut net.emb, base + k, g, o.rate);
                }
            }
            a_b.step(std::slice::from_mut(&mut net.bias), 0, dz, lin_rate);
        }
    }
    net
}

pub fn oof_deep(cases: &[Case], dd: &Data, o: Deep, lin: &Lr, weight: &dyn Fn(&Case) -> f32) -> Vec<f32> {
    let mut oof = vec![0f32; cases.len()];
    for fold in 0..5 {
        let data: Vec<(Vec<u32>, bool, f32)> =
            cases.iter().enumerate().filter(|(_, c)| c.fold != fold).map(|(i, c)| (dd.joined[i].clone(), c.injection, weight(c))).collect();
        let net = train(&data, o, lin.bits, lin.l2);
        for i in (0..cases.len()).filter(|&i| cases[i].fold == fold) {
            oof[i] = case_max(&dd.units[i], &mut |h| net.score(h));
        }
    }
    oof
}
