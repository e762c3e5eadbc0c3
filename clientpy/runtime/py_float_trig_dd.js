// requires: py_float_pow
// sin, cos, tan, atan, atan2, asin and acos to about 100 bits, then rounded once: the
// slow path behind py_float_trig, for the arguments its faster estimate cannot round with
// certainty. Double-double arithmetic: the argument reduced by pi/2 held to 200 bits,
// Taylor series, and for the inverse functions one Newton step from the Math result.
// Arguments past 1e6 (and infinities, NaN) keep the Math result.
function py_float_trig_dd(name, x, y) {
  if (name === "atan2") return py_float_trig_dd_atan2(x, y);
  if (!(Math.abs(x) < 1e6) || x === 0) return Math[name](x);
  switch (name) {
    case "sin": {
      const sc = py_float_trig_dd_sincos(x);
      return sc[0] + sc[1];
    }
    case "cos": {
      const sc = py_float_trig_dd_sincos(x);
      return sc[2] + sc[3];
    }
    case "tan": {
      const sc = py_float_trig_dd_sincos(x);
      return py_float_trig_dd_div(sc[0], sc[1], sc[2], sc[3]);
    }
    case "atan":
      return py_float_trig_dd_atan2(x, 1);
    case "asin": {
      if (!(Math.abs(x) < 1)) return Math.asin(x);
      const a = Math.asin(x);
      const sc = py_float_trig_dd_sincos(a);
      // asin(x) = a + (x - sin a) / cos a, to first order
      const n = py_float_pow_dd_add(x, 0, -sc[0], -sc[1]);
      return a + (n[0] + n[1]) / sc[2];
    }
    case "acos": {
      if (!(Math.abs(x) < 1)) return Math.acos(x);
      const a = Math.acos(x);
      const sc = py_float_trig_dd_sincos(a);
      const n = py_float_pow_dd_add(sc[2], sc[3], -x, 0);
      return a + (n[0] + n[1]) / sc[0];
    }
    default:
      return Math[name](x);
  }
}

// atan2(y, x): a = Math.atan2(y, x), then a + atan((y cos a - x sin a) / (x cos a + y sin a)).
function py_float_trig_dd_atan2(y, x) {
  if (y === 0 || x === 0 || !Number.isFinite(y) || !Number.isFinite(x)) return Math.atan2(y, x);
  if (Math.abs(x) < 1e-300 && Math.abs(y) < 1e-300) {
    // both tiny (2**-1023 and below the scale below would be 2**1024, infinite):
    // scaled up first, exactly, as atan2 only sees their ratio
    y *= 4.149515568880993e180; // 2**600
    x *= 4.149515568880993e180;
  }
  const m = Math.max(Math.abs(x), Math.abs(y));
  const small = Math.min(Math.abs(x), Math.abs(y));
  if (m / small > 1e300) return Math.atan2(y, x);
  // scale both by one power of two (exact) so the products below neither overflow nor
  // lose bits to underflow
  const scale = Math.pow(2, -Math.floor(Math.log2(m)));
  const ys = y * scale;
  const xs = x * scale;
  const a = Math.atan2(ys, xs);
  if (Math.abs(a) < 1e-300) return a;
  const sc = py_float_trig_dd_sincos(a);
  const p = py_float_pow_dd_mul(sc[2], sc[3], ys, 0);
  const q = py_float_pow_dd_mul(sc[0], sc[1], xs, 0);
  const n = py_float_pow_dd_add(p[0], p[1], -q[0], -q[1]);
  const d = xs * sc[2] + ys * sc[0];
  const s = py_float_pow_two_sum(a, (n[0] + n[1]) / d);
  return s[0] + s[1];
}

// (ah + al) / (bh + bl) rounded to a double.
function py_float_trig_dd_div(ah, al, bh, bl) {
  const q = ah / bh;
  const p = py_float_pow_dd_mul(q, 0, bh, bl);
  const r = py_float_pow_dd_add(ah, al, -p[0], -p[1]);
  return q + (r[0] + r[1]) / bh;
}

// pi / 2 as the sum of four doubles (about 200 bits)
const py_float_trig_dd_PIO2 = [1.5707963267948966, 6.123233995736766e-17, -1.4973849048591698e-33, 5.562271104316826e-50];

// [sin hi, sin lo, cos hi, cos lo] of x, |x| < 1e6.
function py_float_trig_dd_sincos(x) {
  const P = py_float_trig_dd_PIO2;
  const k = Math.round(x * 0.6366197723675814);
  let r;
  if (k === 0) {
    r = [x, 0];
  } else {
    const p1 = py_two_prod(k, P[0]);
    r = py_float_pow_two_sum(x, -p1[0]);
    r = py_float_pow_dd_add(r[0], r[1], -p1[1], 0);
    const p2 = py_two_prod(k, P[1]);
    r = py_float_pow_dd_add(r[0], r[1], -p2[0], -p2[1]);
    r = py_float_pow_dd_add(r[0], r[1], -k * P[2], -k * P[3]);
  }
  const s = py_float_trig_dd_series(r[0], r[1], py_float_trig_dd_SIN);
  const sin = py_float_pow_dd_mul(s[0], s[1], r[0], r[1]);
  const cos = py_float_trig_dd_series(r[0], r[1], py_float_trig_dd_COS);
  switch (((k % 4) + 4) % 4) {
    case 0:
      return [sin[0], sin[1], cos[0], cos[1]];
    case 1:
      return [cos[0], cos[1], -sin[0], -sin[1]];
    case 2:
      return [-sin[0], -sin[1], -cos[0], -cos[1]];
    default:
      return [-cos[0], -cos[1], sin[0], sin[1]];
  }
}

// sum of c[i] * r**(2i) in double-double, by Horner's rule in r**2
function py_float_trig_dd_series(rh, rl, c) {
  const r2 = py_float_pow_dd_mul(rh, rl, rh, rl);
  let p = c[c.length - 1];
  for (let i = c.length - 2; i >= 0; i--) {
    p = py_float_pow_dd_mul(p[0], p[1], r2[0], r2[1]);
    p = py_float_pow_dd_add(p[0], p[1], c[i][0], c[i][1]);
  }
  return p;
}

// (-1)**n / (2n + 1)! and (-1)**n / (2n)!, n = 0..14, as double-doubles
const py_float_trig_dd_SIN = [
  [1, 0],
  [-0.16666666666666666, -9.25185853854297e-18],
  [0.008333333333333333, 1.1564823173178714e-19],
  [-0.0001984126984126984, -1.7209558293420705e-22],
  [2.7557319223985893e-06, -1.858393274046472e-22],
  [-2.505210838544172e-08, 1.448814070935912e-24],
  [1.6059043836821613e-10, 1.2585294588752098e-26],
  [-7.647163731819816e-13, -7.03872877733453e-30],
  [2.8114572543455206e-15, 1.6508842730861433e-31],
  [-8.22063524662433e-18, -2.2141894119604265e-34],
  [1.9572941063391263e-20, -1.3643503830087908e-36],
  [-3.868170170630684e-23, 8.843177655482344e-40],
  [6.446950284384474e-26, -1.9330404233703465e-42],
  [-9.183689863795546e-29, -1.4303150396787322e-45],
  [1.1309962886447716e-31, 1.0498015412959506e-47],
];
const py_float_trig_dd_COS = [
  [1, 0],
  [-0.5, 0],
  [0.041666666666666664, 2.3129646346357427e-18],
  [-0.001388888888888889, 5.300543954373577e-20],
  [2.48015873015873e-05, 2.1511947866775882e-23],
  [-2.755731922398589e-07, -2.3767714622250297e-23],
  [2.08767569878681e-09, -1.20734505911326e-25],
  [-1.1470745597729725e-11, -2.0655512752830745e-28],
  [4.779477332387385e-14, 4.399205485834081e-31],
  [-1.5619206968586225e-16, -1.1910679660273754e-32],
  [4.110317623312165e-19, 1.4412973378659527e-36],
  [-8.896791392450574e-22, 7.911402614872376e-38],
  [1.6117375710961184e-24, -3.6846573564509766e-41],
  [-2.4795962632247976e-27, 1.2953730964765229e-43],
  [3.279889237069838e-30, 1.5117542744029879e-46],
];
