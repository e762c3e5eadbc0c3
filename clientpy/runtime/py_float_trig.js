// requires: py_float_trig_dd py_two_prod
// sin, cos, tan, atan, atan2, asin and acos rounded to the nearest float, as glibc's
// nearly always are (Math.sin and the others, fdlibm's, are an ulp away for a few
// arguments in a hundred). All but tan first take a fast estimate in double-double
// arithmetic with a bound on its error (Ziv's strategy): when every value within the
// bound rounds to one float, that float is the answer. For the few arguments whose value
// lies too near a rounding boundary (about one in two thousand), for the edges each fast
// path leaves out, and for tan, py_float_trig_dd computes about 100 bits.

// One entry per function, as math.sin and the others call them (a call site that
// always calls the same small function is inlined); math.tan calls py_float_trig_dd.
function py_float_trig_sin(x) {
  const r = py_float_trig_sin_cos(x, false);
  return r === r ? r : py_float_trig_dd("sin", x);
}

function py_float_trig_cos(x) {
  const r = py_float_trig_sin_cos(x, true);
  return r === r ? r : py_float_trig_dd("cos", x);
}

function py_float_trig_asin(x) {
  let r = Math.abs(x) < 0.001953125 ? py_float_trig_odd_tiny(x, 0.16666666666666666, 0.075, 0.044642857142857144) : NaN;
  if (r !== r) r = py_float_trig_inverse(x, false);
  return r === r ? r : py_float_trig_dd("asin", x);
}

function py_float_trig_acos(x) {
  const r = py_float_trig_inverse(x, true);
  return r === r ? r : py_float_trig_dd("acos", x);
}

function py_float_trig_atan2(y, x) {
  const r = py_float_trig_quick_atan2(y, x);
  return r === r ? r : py_float_trig_dd("atan2", y, x);
}

function py_float_trig_sin_cos(x, cosine) {
  const a = Math.abs(x);
  // the terms after x, below 2**-26 (after 1, below 2**-27) are under half an ulp
  if (a < 1.4901161193847656e-8 && (!cosine || a < 7.450580596923828e-9)) return cosine ? 1 : x;
  if (a < 0.001953125) {
    const r = cosine ? py_float_trig_cos_tiny(x) : py_float_trig_odd_tiny(x, -0.16666666666666666, 0.008333333333333333, -0.0001984126984126984);
    if (r === r) return r;
  }
  return a < 1e6 ? py_float_trig_round(py_float_trig_sincos(x, cosine)) : NaN;
}

// Below 2**-9 (a GPS track's half-steps, asin of their haversine): x plus the rest of
// an odd series, x**3 (c1 + c3 x**2 + c5 x**4), its error under 2**-46 of itself (a few
// roundings of 2**-53 each) plus 2**-70 of x (the terms left out: x**9 / 9! for sin,
// 35 x**9 / 1152 for asin). The float x + rest rounds to when the rest +- that error
// rounds alike, else NaN (the general path then). A tenth of the general path's work.
function py_float_trig_odd_tiny(x, c1, c3, c5) {
  const x2 = x * x;
  const rest = x * x2 * (c1 + x2 * (c3 + x2 * c5));
  const err = Math.abs(rest) * 1.4210854715202004e-14 + Math.abs(x) * 8.470329472543003e-22;
  const r = x + (rest - err);
  return r === x + (rest + err) ? r : NaN;
}

// cos below 2**-9: 1 plus -x**2/2 + x**4/24 - x**6/720, bounded as py_float_trig_odd_tiny
// (the term left out, x**8 / 8!, is below 2**-87).
function py_float_trig_cos_tiny(x) {
  const x2 = x * x;
  const rest = -x2 * (0.5 - x2 * (0.041666666666666664 - x2 * 0.001388888888888889));
  const err = Math.abs(rest) * 1.4210854715202004e-14 + 6.462348535570529e-27;
  const r = 1 + (rest - err);
  return r === 1 + (rest + err) ? r : NaN;
}

// The estimate: py_float_trig_sincos and the kernel leave a double-double here (the
// high part the float nearest the sum). A typed array holds doubles unboxed, so the hot
// path allocates nothing.
const py_float_trig_out = new Float64Array(2);

// The float out[0] + out[1] rounds to when that is also where the value +-err rounds
// to; NaN when not (the value may lie on either side of a rounding boundary).
function py_float_trig_round(err) {
  const h = py_float_trig_out[0];
  const l = py_float_trig_out[1];
  const a = h + (l - err);
  return a === h + (l + err) ? a : NaN;
}

// The rounding error of s = a + b (Knuth's two-sum); py_two_prod_err is the product's.
function py_float_trig_sum_err(a, b, s) {
  const bb = s - a;
  return a - (s - bb) + (b - bb);
}

// sin x (cos x when `cosine`) for 2**-26 <= |x| < 1e6 into py_float_trig_out; returns
// the bound on its absolute error, or NaN when the reduction is not to be trusted.
function py_float_trig_sincos(x, cosine) {
  const k = Math.round(x * 0.6366197723675814);
  let rh = x;
  let rl = 0;
  if (k !== 0) {
    // r = x - k pi/2 with pi/2 in four parts (33, 33, 33 and 53 bits): every k * part
    // is exact below 2**20, and so is x - k * C1 (the two are within a factor of two)
    const t = x - k * 1.5707963267341256;
    const p2 = k * 6.077100506303966e-11;
    const s = t - p2;
    const e = py_float_trig_sum_err(t, -p2, s);
    const p3 = k * 2.0222662487111665e-21;
    rh = s - p3;
    rl = py_float_trig_sum_err(s, -p3, rh) + (e - k * 8.4784276603689e-32);
    const h = rh + rl;
    rl -= h - rh;
    rh = h;
    // what is left of pi/2 past the four parts (k * 7e-49) must stay below 2**-70 of r
    if (!(Math.abs(rh) > 1e-20)) return NaN;
  }
  // sin x is, by quadrant, sin r, cos r, -sin r, -cos r; cos x is sin(x + pi/2)
  const q = (cosine ? k + 1 : k) & 3;
  const err = py_float_trig_kernel(rh, rl, (q & 1) === 1);
  if (q & 2) {
    py_float_trig_out[0] = -py_float_trig_out[0];
    py_float_trig_out[1] = -py_float_trig_out[1];
  }
  return err;
}

// sin and cos of i/128 for i = 0..101 as double-doubles (sh, sl, ch, cl for each i),
// computed by the slow path at first use: shipping them would add 8 kB to a bundle.
let py_float_trig_table = null;

function py_float_trig_make_table() {
  const t = new Float64Array(408);
  for (let i = 0; i < 102; i++) t.set(py_float_trig_dd_sincos(i / 128), 4 * i);
  return (py_float_trig_table = t);
}

// sin(rh + rl) (cos when `cosine`) for |rh| <= pi/4 (a little over) into
// py_float_trig_out; returns the bound on its absolute error. With a = i/128 the nearest
// table point and h = |r| - a (|h| <= 1/256, exact): sin(a + h) = sin a cos h + cos a sin h,
// cos(a + h) = cos a cos h - sin a sin h, where cos a * h is exact in double-double and
// what is left of sin h - h and cos h - 1 is small enough for plain doubles.
function py_float_trig_kernel(rh, rl, cosine) {
  const T = py_float_trig_table || py_float_trig_make_table();
  const neg = rh < 0;
  const ar = neg ? -rh : rh;
  const i = (ar * 128 + 0.5) | 0;
  const h = ar - i * 0.0078125;
  const hl = neg ? -rl : rl;
  const hh = h * h;
  // sin(h + hl) - h and cos(h + hl) - 1: the next terms are below 2**-75 of the result
  const sp = hl - h * hh * (0.16666666666666666 - hh * (0.008333333333333333 - hh * 0.0001984126984126984));
  const cp = -hh * (0.5 - hh * (0.041666666666666664 - hh * 0.001388888888888889)) - h * hl;
  const j = i << 2;
  const sh = T[j];
  const sl = T[j + 1];
  const ch = T[j + 2];
  const cl = T[j + 3];
  let hi;
  let lo;
  if (cosine) {
    const p = sh * h;
    hi = ch - p;
    lo = py_float_trig_sum_err(ch, -p, hi) - py_two_prod_err(sh, h, p) + (cl - sl * h + ch * cp - sh * sp);
  } else {
    const p = ch * h;
    hi = sh + p;
    lo = py_float_trig_sum_err(sh, p, hi) + py_two_prod_err(ch, h, p) + (sl + cl * h + sh * cp + ch * sp);
  }
  const v = hi + lo;
  const r = lo - (v - hi);
  if (neg && !cosine) {
    py_float_trig_out[0] = -v;
    py_float_trig_out[1] = -r;
  } else {
    py_float_trig_out[0] = v;
    py_float_trig_out[1] = r;
  }
  // the lo sum's terms are below 2**-17 of the value (hh / 2), each rounded to 2**-53 of
  // that: about 2**-67 in all (2**-67.4 the most measured over millions of arguments)
  return Math.abs(v) * 5.421010862427522e-20; // 2**-64
}

// asin x (acos x when `cosine`) for |x| <= 0.99: one Newton step from Math's result a,
// asin x = a + (x - sin a) / cos a (acos: a + (cos a - x) / sin a), with sin a (cos a)
// from the estimate above. NaN when the result is not certain.
function py_float_trig_inverse(x, cosine) {
  if (!(Math.abs(x) <= 0.99)) return NaN;
  const a = cosine ? Math.acos(x) : Math.asin(x);
  if (Math.abs(a) < 1.4901161193847656e-8) return cosine ? NaN : x;
  const err = py_float_trig_sincos(a, cosine);
  if (err !== err) return NaN;
  const n = cosine ? py_float_trig_out[0] - x + py_float_trig_out[1] : x - py_float_trig_out[0] - py_float_trig_out[1];
  const slope = cosine ? Math.sin(a) : Math.cos(a);
  const d = n / slope;
  const h = a + d;
  py_float_trig_out[0] = h;
  py_float_trig_out[1] = py_float_trig_sum_err(a, d, h);
  // the estimate's error through the step, the step's own rounding (a few ulps of d),
  // and the Newton step's second-order term (d**2 tan a / 2, tan a <= 7.1)
  return py_float_trig_round(err / slope + Math.abs(d) * (8.881784197001252e-16 + 4 * Math.abs(d)));
}

// atan2(y, x) for y, x nonzero between 1e-100 and 1e100 in size (no product below
// overflows or loses bits to underflow): from Math's a, theta = a + atan(t) with
// t = (y cos a - x sin a) / (x cos a + y sin a), where atan(t) is t (t is an ulp or two
// of a). The numerator cancels: its products are exact (Dekker) and sin a, cos a come
// from the estimate above.
function py_float_trig_quick_atan2(y, x) {
  const ay = Math.abs(y);
  const ax = Math.abs(x);
  if (!(ay >= 1e-100 && ay <= 1e100 && ax >= 1e-100 && ax <= 1e100)) return NaN;
  const a = Math.atan2(y, x);
  const es = py_float_trig_sincos(a, false);
  const sh = py_float_trig_out[0];
  const sl = py_float_trig_out[1];
  const ec = py_float_trig_sincos(a, true);
  if (es !== es || ec !== ec) return NaN;
  const ch = py_float_trig_out[0];
  const cl = py_float_trig_out[1];
  const p = y * ch;
  const q = x * sh;
  const n = p - q + (py_two_prod_err(y, ch, p) - py_two_prod_err(x, sh, q) + (y * cl - x * sl));
  const d = x * ch + y * sh;
  const t = n / d;
  const h = a + t;
  py_float_trig_out[0] = h;
  py_float_trig_out[1] = py_float_trig_sum_err(a, t, h);
  // the estimates' errors through the quotient, and the quotient's own rounding
  return py_float_trig_round((ay * ec + ax * es) / Math.abs(d) + Math.abs(t) * 8.881784197001252e-16);
}
