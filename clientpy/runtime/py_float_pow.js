// requires: py_two_prod
// x ** y, exp(x) and log(x) on floats, correctly rounded as CPython's C library (glibc)
// gives them: Math.pow, Math.exp and Math.log can be an ulp away (1.01 ** 14 is
// 1.1494742132376226 in CPython, Math.pow gives ...223). The value is computed in
// double-double arithmetic (about 100 bits), then rounded once. py_float_pow takes a
// finite x > 0 and a finite y; the callers handle the special cases.
function py_float_pow(x, y) {
  if (y === 1) return x;
  if (y === 2) return x * x;
  // IEEE division and square root are correctly rounded themselves, where the path
  // through log and exp can land an ulp off ((2**53 - 1) ** -1 is 1.1102230246251568e-16)
  if (y === -1) return 1 / x;
  if (y === 0.5) return Math.sqrt(x);
  const l = py_float_pow_log_dd(x);
  const z0 = y * l[0];
  if (z0 > 710) return Infinity;
  if (z0 < -708) return Math.pow(x, y);
  // z = y * log(x), in double-double
  const p = py_two_prod(y, l[0]);
  const z = py_float_pow_two_sum(p[0], p[1] + y * l[1]);
  if (z[0] > 709.8) return Infinity;
  // below ~2**-1020 the result is subnormal and rounds again when scaled
  if (z[0] < -707) return Math.pow(x, y);
  return py_float_pow_exp_dd(z[0], z[1]);
}

function py_float_pow_exp(x) {
  if (!(x > -707 && x < 709.8)) return Math.exp(x);
  return py_float_pow_exp_dd(x, 0);
}

function py_float_pow_log(x) {
  if (!(x > 0 && x < Infinity)) return Math.log(x);
  const l = py_float_pow_log_dd(x);
  return l[0] + l[1];
}

function py_float_pow_log2(x) {
  if (!(x > 0 && x < Infinity)) return Math.log2(x);
  const l = py_float_pow_log_dd(x);
  // divided by ln 2 in double-double: q = l / ln2, then one correction step
  const q = l[0] / py_float_pow_LN2[0];
  const p = py_float_pow_dd_mul(q, 0, py_float_pow_LN2[0], py_float_pow_LN2[1]);
  const r = py_float_pow_dd_add(l[0], l[1], -p[0], -p[1]);
  return q + r[0] / py_float_pow_LN2[0];
}

// [s, e] with s + e === a + b exactly
function py_float_pow_two_sum(a, b) {
  const s = a + b;
  const bb = s - a;
  return [s, (a - (s - bb)) + (b - bb)];
}

function py_float_pow_dd_mul(ah, al, bh, bl) {
  const p = py_two_prod(ah, bh);
  return py_float_pow_two_sum(p[0], p[1] + (ah * bl + al * bh));
}

function py_float_pow_dd_add(ah, al, bh, bl) {
  const s = py_float_pow_two_sum(ah, bh);
  return py_float_pow_two_sum(s[0], s[1] + al + bl);
}

const py_float_pow_LN2 = [0.6931471805599453, 2.3190468138462996e-17];
// 1/n! for n = 12 down to 3, as double-doubles
const py_float_pow_INV_FACT = [
  [2.08767569878681e-09, -1.20734505911326e-25],
  [2.505210838544172e-08, -1.448814070935912e-24],
  [2.755731922398589e-07, 2.3767714622250297e-23],
  [2.7557319223985893e-06, -1.858393274046472e-22],
  [2.48015873015873e-05, 2.1511947866775882e-23],
  [0.0001984126984126984, 1.7209558293420705e-22],
  [0.001388888888888889, -5.300543954373577e-20],
  [0.008333333333333333, 1.1564823173178714e-19],
  [0.041666666666666664, 2.3129646346357427e-18],
  [0.16666666666666666, 9.25185853854297e-18],
];

// exp(zh + zl) rounded to a double, for -707 < zh < 709.8.
function py_float_pow_exp_dd(zh, zl) {
  const k = Math.round(zh / py_float_pow_LN2[0]);
  // r = z - k * ln2: zh - k * LN2[0] is exact (Sterbenz), the rest is small
  const p = py_two_prod(k, py_float_pow_LN2[0]);
  const r = py_float_pow_two_sum(zh - p[0], zl - p[1] - k * py_float_pow_LN2[1]);
  // exp(r) - 1 for r / 256 by Taylor (Horner in double-double), then doubled 8 times:
  // expm1(2t) = expm1(t) * (2 + expm1(t))
  const th = r[0] / 256;
  const tl = r[1] / 256;
  let u = py_float_pow_INV_FACT[0];
  for (let i = 1; i < py_float_pow_INV_FACT.length; i++) {
    u = py_float_pow_dd_mul(u[0], u[1], th, tl);
    u = py_float_pow_dd_add(u[0], u[1], py_float_pow_INV_FACT[i][0], py_float_pow_INV_FACT[i][1]);
  }
  u = py_float_pow_dd_mul(u[0], u[1], th, tl);
  u = py_float_pow_dd_add(u[0], u[1], 0.5, 0);
  u = py_float_pow_dd_mul(u[0], u[1], th, tl);
  u = py_float_pow_dd_add(u[0], u[1], 1, 0);
  u = py_float_pow_dd_mul(u[0], u[1], th, tl);
  for (let i = 0; i < 8; i++) {
    const sq = py_float_pow_dd_mul(u[0], u[1], u[0], u[1]);
    u = py_float_pow_dd_add(2 * u[0], 2 * u[1], sq[0], sq[1]);
  }
  const e = py_float_pow_two_sum(1, u[0]);
  const v = e[0] + (e[1] + u[1]);
  // times 2**k in two exact steps (2**1024 alone would overflow)
  const k1 = Math.trunc(k / 2);
  return v * Math.pow(2, k1) * Math.pow(2, k - k1);
}

// log(x) for a finite x > 0 as a double-double: x = m * 2**e with m near 1, then
// log(m) = l0 + log1p(m * exp(-l0) - 1) with l0 = Math.log(m) (within an ulp or two).
function py_float_pow_log_dd(x) {
  let e = 0;
  let m = x;
  if (m < 2.2250738585072014e-308) {
    m *= 18014398509481984; // 2**54: subnormals first become normal
    e -= 54;
  }
  const b = Math.floor(Math.log2(m));
  let mm = m / Math.pow(2, b);
  e += b;
  if (mm >= 2) {
    mm /= 2;
    e += 1;
  } else if (mm < 1) {
    mm *= 2;
    e -= 1;
  }
  if (mm > Math.SQRT2) {
    mm /= 2;
    e += 1;
  }
  let hi;
  let lo;
  const d = mm - 1; // exact
  if (Math.abs(d) < 9.5367431640625e-7) {
    // |d| < 2**-20: log1p(d) = d - d**2/2 + d**3/3 - d**4/4, the first three in
    // double-double (log(1 - 2**-52) needs all of that)
    const sq = py_two_prod(d, d);
    const cube = py_float_pow_dd_mul(sq[0], sq[1], d, 0);
    const third = py_float_pow_dd_mul(cube[0], cube[1], 0.3333333333333333, 1.850371707708594e-17);
    let a = py_float_pow_two_sum(d, -sq[0] / 2);
    a = py_float_pow_dd_add(a[0], a[1], -sq[1] / 2, 0);
    a = py_float_pow_dd_add(a[0], a[1], third[0], third[1] - (sq[0] * sq[0]) / 4);
    hi = a[0];
    lo = a[1];
  } else {
    const l0 = Math.log(mm);
    // t = mm * exp(-l0) - 1 = (mm - 1) + mm * expm1(-l0)
    const u = py_float_pow_expm1_parts(-l0);
    const q = py_float_pow_dd_mul(u[0], u[1], mm, 0);
    const t = py_float_pow_dd_add(d, 0, q[0], q[1]);
    // log1p(t) = t - t*t/2 + ... ; t is of the order of 2**-52
    const s = py_float_pow_two_sum(l0, t[0] - (t[0] * t[0]) / 2);
    hi = s[0];
    lo = s[1] + t[1];
  }
  if (e !== 0) {
    const p = py_two_prod(e, py_float_pow_LN2[0]);
    const a = py_float_pow_dd_add(p[0], p[1] + e * py_float_pow_LN2[1], hi, lo);
    hi = a[0];
    lo = a[1];
  }
  return py_float_pow_two_sum(hi, lo);
}

// expm1(z) for |z| < 0.35 as an unrounded double-double [hi, lo]: Taylor on z / 256,
// then doubled back, unless z is already that small (keeping its relative precision).
function py_float_pow_expm1_parts(z) {
  const small = Math.abs(z) < 0.00390625;
  const th = small ? z : z / 256;
  let u = py_float_pow_INV_FACT[0];
  for (let i = 1; i < py_float_pow_INV_FACT.length; i++) {
    u = py_float_pow_dd_mul(u[0], u[1], th, 0);
    u = py_float_pow_dd_add(u[0], u[1], py_float_pow_INV_FACT[i][0], py_float_pow_INV_FACT[i][1]);
  }
  u = py_float_pow_dd_mul(u[0], u[1], th, 0);
  u = py_float_pow_dd_add(u[0], u[1], 0.5, 0);
  u = py_float_pow_dd_mul(u[0], u[1], th, 0);
  u = py_float_pow_dd_add(u[0], u[1], 1, 0);
  u = py_float_pow_dd_mul(u[0], u[1], th, 0);
  if (small) return u;
  for (let i = 0; i < 8; i++) {
    const sq = py_float_pow_dd_mul(u[0], u[1], u[0], u[1]);
    u = py_float_pow_dd_add(2 * u[0], 2 * u[1], sq[0], sq[1]);
  }
  return u;
}
